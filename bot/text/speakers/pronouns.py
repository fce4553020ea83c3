"""Pronoun speakers: "he said", "a-t-elle ajouté", "sagte sie", "it added", "I wrote", "他说"
(private to ``resolve.py``, mixed into ``Resolver``).

A pronoun goes to the most likely person named before it (``People.antecedent``), or, in the
Romance languages, to the role noun the sentence before opens on; "it" and "they" to an
organisation; "I" to the byline's writer; a husband named as such for "he" after his wife.
"""

from __future__ import annotations

import bisect
import re

from bot.text.speakers import names as nm
from bot.text.speakers import reading as _reading
from bot.text.speakers.bodywords import plural_body
from bot.text.speakers.businesses import business_noun
from bot.text.speakers.companies_romance import ROMANCE_BODY_NOUNS
from bot.text.speakers.descriptions import description_before, newcomer_speaker
from bot.text.speakers.epithets import epithet_gender
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.lone_unnamed import unnamed_person
from bot.text.speakers.newcomer import newcomer_pronoun
from bot.text.speakers.orgs import byline_author, common_org_at, org_named_before
from bot.text.speakers.own_account import aside_subject
from bot.text.speakers.people import People
from bot.text.speakers.raw import Raw
from bot.text.speakers.spouses import partner_before

# a Chinese sentence opening on a name of two or three characters and a verb of being, saying
# or doing: "李明是市长。", "王芳表示"
_CJK_SUBJECT_RE = re.compile(
    r"(?:^|[。！？\n])\s*([\u4e00-\u9fff]{2,3})(?:是|说|表示|指出|认为|在|今天|昨天)"
)
# a document's verb after "it": "“…,” it read.", "it reads in part"
_READ_RE = re.compile(r"\s+reads?\b")
_HE_SHE = nm.MALE_PRONOUNS | nm.FEMALE_PRONOUNS
_ASKED = ("Asked ", "Pressed ", "Questioned ")  # opening a question before its answerer
_ROMANCE_HE_SHE = frozenset("il elle él ella lui lei egli ele ela".split())
# French and Portuguese prepositions before a place or a body named in passing ("à
# Vallerbeek", "avec le Racing", "em Coimbra"; the medium that asked, "Interrogé par Le Courrier
# du Nord, il a répondu :", is not who "il" is)
_PASSING_PREPS = frozenset(
    "à au aux de du des avec pour par chez contre vers en a ao aos da do das dos em no na nos nas"
    " com para pelo pela"
    # (Italian and Spanish: "della Terra del Mediterraneo", "del Monte X", "en la Sierra X")
    " di della dello dei degli delle dal dalla in nel nella per sul sulla del al con por".split()
)

# the articles of a name that show its gender ("Le Guide X", "Il Monte Y", "La Fondation Z")
_MASCULINE_ARTICLES = frozenset("le il el lo o".split())
_FEMININE_ARTICLES = frozenset("la a".split())


def _article_clash(name: str, gender: str) -> bool:
    """True when ``name`` opens on a Romance article of the gender other than ``gender``."""
    first = name.split(" ", 1)[0].lower()
    other = _FEMININE_ARTICLES if gender == "m" else _MASCULINE_ARTICLES
    return " " in name and first in other


# nouns a body a plural verb makes one ("Harbour Lights have denied …") is called by later
# besides the business nouns ("the club said", "the band said": that body)
_PLURAL_BODY_KINDS = frozenset("club band team side group business".split())


# two names joined in one phrase: "Marta X y Nuria Y", "Marco X di Ronco e Stefano Y" (a
# place or an age between at most)
_JOINED_RE = re.compile(r"(?:,? [^,.;:!?\n]{0,25})? (?:and|et|y|e|und|en) ")
# a family opening the sentence before "they said" ("The family thanked everyone …", "Her
# family said in a statement …")
_FAMILY_BEFORE_RE = re.compile(r"(?:^|(?<=[.!?”\"]\s)|(?<=\n))((?:The|Her|His|Their) family)\b")


def _other_than_plural_body(common: str, found: str, text: str, pos: int) -> bool:
    """True when ``found`` is a body only by a plural verb after its bare name ("Northline
    Rail are to cut …", ``bodywords.plural_body``) and ``common``, a body's common noun that
    speaks after it was last named ("The regulator said …"), is another body: the nearest
    body that speaks is the one "it said" stands for, not the one named further back."""
    words, kind = found.split(), common.split()
    if nm.looks_like_org(words) or not plural_body(text, pos, words):
        return False
    noun = nm.bare(kind[-1])
    return not business_noun(["the", noun]) and noun not in _PLURAL_BODY_KINDS


class PronounRules:
    """``Resolver`` provides the people and the resolution of a role noun."""

    people: People

    def _resolve(self, raw: Raw, orgs: list[str]) -> str | None:
        raise NotImplementedError

    def _pronoun(
        self, phrase: str, words: list[str], low: str, raw: Raw, orgs: list[str]
    ) -> tuple[bool, str | None]:
        """(True, the speaker) when the phrase is a pronoun, else (False, None)."""
        if phrase in ("他", "她"):  # “…，”他说: the person a sentence before opens on
            found = [m for m in _CJK_SUBJECT_RE.finditer(self.people.text, 0, raw.pos)]
            return True, (found[-1].group(1) if found else None)
        if low in _HE_SHE and (partner := partner_before(self.people, raw.pos, low)) is not None:
            return True, (partner or None)  # "Haar man vulde aan: ‘…’, zei hij.": the husband
        if phrase in ("his", "her") and _reading.language() == "english":
            # "in her words, “…”" (``cues``): the person the owner stands for
            return True, self.people.antecedent(raw.pos, "m" if phrase == "his" else "f")
        if low in nm.PRONOUNS and not nm.acronym(words[0]):  # "…, says WHO": no pronoun
            chain = self._epithet_before(raw.pos)  # type: ignore[attr-defined]
            shown = epithet_gender(chain[0], self.people.text, chain[1]) if chain else None
            if shown and shown[0] not in (None, "m" if low in nm.MALE_PRONOUNS else "f"):
                chain = None  # "La défense, assurée par Me X, … « … », a-t-il déclaré"
            if chain is not None and low not in ("he", "she") and low in _HE_SHE:
                # "L'éleveur, lui, ne compte pas lâcher. « … », prévient-il.": the role noun
                # opening the sentence before is the pronoun's person
                got_chain = self._resolve(Raw(*chain), orgs)
                # (in German and Dutch, where "sie" is also "her" and "they", only a person
                # known to be of the pronoun's gender: not "der Linguist X brachte sie …";
                # elsewhere not one known to be of the other: "Le maire, Roger X, s'y opposait.
                # « … », se souvient-elle.")
                sex = "m" if low in nm.MALE_PRONOUNS else "f"
                known = self.people.genders(got_chain) if got_chain is not None else set()
                germanic = _reading.language() in ("german", "dutch")
                if (
                    got_chain is not None
                    and got_chain[:1].isupper()
                    and (known == {sex} or (not germanic and (not known or sex in known)))
                    and not named_after_thing(self.people, got_chain, chain[1], raw.pos, sex)
                ):
                    return True, got_chain
                if got_chain is not None and _body_of_gender(chain[0], got_chain, sex):
                    # "La mairie des Tilleuls promet … Dans un communiqué, elle annonce « … »":
                    # a body's kind and name, its article of the pronoun's gender
                    return True, got_chain
                if (
                    got_chain is not None
                    and _unnamed_of_gender(got_chain, sex)
                    and not _PASSIVE_AFTER_RE.match(self.people.text, chain[1] + len(chain[0]))
                ):
                    # "Un garçon de dix ans brandit son butin. « … », annonce-t-il.": someone
                    # unnamed opening the sentence before, its article of the pronoun's gender
                    # (as the description rules give it in full: "un diplomate … en poste à X")
                    new = description_before(self.people, raw.pos, sex)
                    fuller = (
                        newcomer_speaker(new, lambda r: self._resolve(r, orgs)) if new else None
                    )
                    if fuller and fuller.casefold().startswith(got_chain.casefold()):
                        return True, fuller
                    return True, got_chain
            if low in _HE_SHE and (new := newcomer_pronoun(self.people, raw.pos, low)):
                return True, new  # "… está el alcalde, Andrés X, que … Él la recuerda …"
            if low in _HE_SHE:
                g = "m" if low in nm.MALE_PRONOUNS else "f"
                if (new := description_before(self.people, raw.pos, g)) is not None:
                    # "One shop manager … said … “…,” he said.": theirs (a spokesperson's
                    # description, the body's)
                    return True, newcomer_speaker(new, lambda r: self._resolve(r, orgs))
                # ("Kobler, he recalls, made him wait": not Kobler)
                skip = aside_subject(self.people, raw.pos)
                tried: frozenset[str] = frozenset((skip,)) if skip else frozenset()
                found = self.people.antecedent(self._past_question(raw.pos), g, skip=tried)
                while (
                    found and low in _ROMANCE_HE_SHE and _article_clash(found, g) and len(tried) < 4
                ):
                    # "Le Guide X l'a distinguée … « … », lâche-t-elle": a name whose article
                    # is of the other gender is no "elle"/"lei"/"ella"/"ela" (nor the converse)
                    tried |= {found}
                    found = self.people.antecedent(self._past_question(raw.pos), g, skip=tried)
                if (
                    found
                    and low in _ROMANCE_HE_SHE
                    and (" " not in found or self._no_one(found, raw.pos))
                ):
                    # a lone word never named with a first name ("Hydro-Québec affirme …") is
                    # no Romance "il" when a person a first name shows is at hand, nor is a
                    # name of several words whose first is neither a first name nor a title
                    # ("Joint à Vallerbeek, où il …, X a remercié …" with "le Racing
                    # Vallerbeek" named later, "La Métropole de Y")
                    return True, (self.people.antecedent(raw.pos, g, known=True) or found)
                return True, found
            if low == "who":
                return True, self.people.nearest(raw.pos)
            if low == "i":  # “…,” I wrote: the columnist the byline names
                return True, byline_author(self.people.text, self.people.paras)
            if low == "it" and _READ_RE.match(self.people.text, raw.pos + 2):
                # "X confirmed the talks in a brief statement. “…,” it read.": a document's
                # words, of whoever issued it (no one's for a sign or a letter no one is named
                # as writing: "A letter arrived. “…,” it read."); else the body as below
                decided, who = self._read_issuer(raw.pos, orgs)  # type: ignore[attr-defined]
                if decided:
                    return True, who
            if low == "they" and not self.people.organisation(raw.pos):
                family = _FAMILY_BEFORE_RE.search(self.people.text, max(0, raw.pos - 400), raw.pos)
                if family is not None and "\n\n" not in self.people.text[family.end() : raw.pos]:
                    # "The family thanked everyone … “…,” they said": the family, as written
                    return True, family.group(1)
            if low in ("it", "they"):  # an organisation: named just before, or quoted last
                found = self.people.organisation(raw.pos) or (orgs[-1] if orgs else None)
                common = common_org_at(self.people.text, raw.pos) if low == "it" else None
                if common and (not found or self._org_before(found, raw.pos) < common[1]):
                    # "The FCA fined Harland Bank. The bank said it accepted … “…,” it said":
                    # the body a common noun made the subject since the last one named, when
                    # that noun names a body in full before ("Harbour Group … The company said
                    # … it said" keeps Harbour Group: "the company" names no one of that word)
                    named = org_named_before(common[0], self.people.text, raw.pos)
                    if (
                        not found
                        or (named and named != common[0])
                        or _other_than_plural_body(common[0], found, self.people.text, raw.pos)
                    ):
                        found = common[0]
                # "The authority says … In a statement, it said …": the body "the authority"
                # stands for, named in full before
                return True, (found and org_named_before(found, self.people.text, raw.pos)) or found
            return True, None
        return False, None

    def _past_question(self, pos: int) -> int:
        """Where to read back from for an English pronoun at ``pos`` answering a question its
        sentence opens on ("Asked whether selling Amankwah had hurt him, he paused."): that
        sentence's start, past the names the question holds; else ``pos``."""
        start = self.people._sentence_start(pos)
        if pos - start > 200 or not self.people.text.startswith(_ASKED, start):
            return pos
        return start if self.people.text[max(start, pos - 2) : pos] == ", " else pos

    def _org_before(self, name: str, pos: int) -> int:
        """Where the organisation ``name`` was last named before ``pos`` (-1: not seen)."""
        k = bisect.bisect_left(self.people.orgs, (pos,))
        return next(
            (p for p, n, _ in reversed(self.people.orgs[max(0, k - 20) : k]) if n == name), -1
        )

    def _no_one(self, name: str, pos: int) -> bool:
        """True in French or Portuguese for a name of several words no mention shows a gender
        of, whose first word is no first name ("Racing Vallerbeek", "Métropole de Y") and whose
        last mention before ``pos`` follows a preposition: a club, a body or a place named in
        passing ("Joint à Vallerbeek, où il …, Paul X a remercié …"), not the one a pronoun
        stands for ("Le CHU a réagi. Il précise …" keeps the hospital)."""
        if not _reading.romance_text():
            return False
        if self.people.genders(name) or nm.bare(name.split()[0]) in FIRST_NAMES:
            return False
        k = bisect.bisect_left(self.people._mention_pos, pos)
        last = next((m for m in reversed(self.people.mentions[:k]) if m.name == name), None)
        if last is None:
            return False
        before = self.people.text[max(0, last.pos - 24) : last.pos]
        if _CLEFT_RE.search(before):
            return True  # "C'est finalement X qui lui a prêté …": the one who helped her
        words = before.split()
        return bool(words) and words[-1].lower() in _PASSING_PREPS

    def _of_two(self, pos: int, gender: str, second: bool) -> str | None:
        """One of the two people of ``gender`` named last before ``pos`` ("« A », sourit Ana
        X. ¶ « B », répond Eva Y. ¶ « C », insiste la première."): the earlier for "la
        première", the later for "la seconde"; None when fewer than two are named."""
        mentions = self.people.mentions[: bisect.bisect_left(self.people._mention_pos, pos)][-40:]
        # two named together ("Marta X y Nuria Y ganaron …"): the pair the phrase means, even
        # when someone else spoke since
        for a, b in zip(reversed(mentions[:-1]), reversed(mentions[1:]), strict=True):
            between = self.people.text[a.pos + len(a.name) : b.pos]
            if (
                a.name != b.name
                and a.gender == b.gender == gender
                and a.sent == b.sent
                and _JOINED_RE.fullmatch(between) is not None
            ):
                return b.name if second else a.name
        seen: list[str] = []
        for m in reversed(mentions):
            if (
                " " in m.name
                and m.gender == gender
                and not nm.looks_like_org(m.name.split())
                and m.name not in seen
            ):
                seen.append(m.name)
                if len(seen) == 2:
                    return seen[0] if second else seen[1]
        return None

    def _latter(self, pos: int, gender: str) -> str | None:
        """The person named last before ``pos`` ("… repéré par le guitariste Idrissa X. Joint
        par téléphone, ce dernier …"): a full name of that gender (or of none known), not an
        organisation."""
        for m in reversed(
            self.people.mentions[: bisect.bisect_left(self.people._mention_pos, pos)]
        ):
            if (
                " " in m.name
                and m.gender in (gender, None)
                and not nm.looks_like_org(m.name.split())
            ):
                return m.name
        return None


# French body nouns of the feminine, for a body named after "l'" ("l'inspection académique")
_FEMININE_BODIES = frozenset(
    "inspection direction agence association autorité institution entreprise organisation"
    " administration académie université école fédération confédération commission".split()
)
_BODY_ARTICLES = {"la": "f", "a": "f", "le": "m", "o": "m"}
_LOW_HEADS = frozenset("ministère préfecture secrétariat direction délégation".split())


_PAST_AUXILIARIES = frozenset("a avait aurait est était tinha teria foi era havia".split())


def body_pronoun(
    text: str, people: People, phrase: str, pos: int, before: str | None, at: int
) -> str | None:
    """The body a French or Portuguese "il"/"elle"/"ele"/"ela" stands for when the quotation
    just before was that body's ("« … », fait valoir l'inspection académique. Elle évoque une
    « … »"; "… « suivie de près ». Dans un courriel, il précise …"; "“…”, afirma a direção. Ela
    diz que “…”"): ``before``
    is that quotation's speaker, a body by its lower-case noun of the pronoun's gender, and
    ``at`` where that quotation closed; no one is named in between, and the same paragraph
    holds both (a person named last, before the body, is not the one meant)."""
    if _reading.language() not in ("french", "portuguese") or not before:
        return None
    low = phrase.lower()
    if low not in _ROMANCE_HE_SHE:
        return None
    words = before.replace("’", "'").split()
    art, noun = (words[0].lower(), words[1]) if len(words) > 1 else ("", "")
    if art.startswith("l'") or art in _LOW_HEADS:
        # (a body's name in full from its lower-case head: "ministère des Transports")
        noun = art[2:] if art.startswith("l'") else art
        gender = "f" if noun in _FEMININE_BODIES or noun == "préfecture" else "m"
    else:
        gender = _BODY_ARTICLES.get(art, "")
    if noun not in ROMANCE_BODY_NOUNS or gender != ("m" if low in nm.MALE_PRONOUNS else "f"):
        return None
    if not 0 <= pos - at <= 300 or "\n" in text[at:pos]:
        return None
    after = text[pos + len(phrase) : pos + len(phrase) + 12].split()
    if after and after[0].lower() in _PAST_AUXILIARIES:
        # a body goes on in the present ("Elle évoque", "Ela diz"); a story's past tense is
        # about someone in the quotation ("« Le suspect a reconnu … », indique le parquet.
        # Il a déclaré aux enquêteurs …")
        return None
    k = bisect.bisect_left(people._mention_pos, at)
    if k < len(people.mentions) and people.mentions[k].pos < pos:
        return None  # someone named between the two
    return before


def name_before(text: str, pos: int) -> bool:
    """True when the last word before ``pos`` (over the stop and spaces that end the sentence
    before) is capitalized: "… a écrit au maire Claire Petit. Celle-ci …" points at a person,
    "… un projet de loi. Celui-ci …" at a thing."""
    words = text[max(0, pos - 80) : pos].rstrip(" .,;:!?»”\n").split()
    return bool(words) and words[-1][:1].isupper()


# a French cleft naming a body or a person as the one who did something ("C'est finalement X
# qui lui a prêté …"): its focus, no one a pronoun after it stands for
_CLEFT_RE = re.compile(r"(?:^|[.!?]\s+|\n)[Cc]['’]est(?:\s+[a-zé]+ment)?\s+$")


# a passive after someone unnamed: the one it happened to ("Une infirmière a été agressée …",
# "Uma enfermeira foi agredida …"), not the one who speaks after it
_PASSIVE_AFTER_RE = re.compile(
    r"[^.!?]{0,60}?\b(?:(?:a|ont|avait|avaient) été|fut|furent|foi|foram|tinha sido) \w+"
    r"(?:ée?s?|é|ada|ado|adas|ados|ida|ido|idas|idos)\b"
)

# the gender French and Portuguese indefinite articles show
_INDEFINITE_GENDER = {"un": "m", "une": "f", "um": "m", "uma": "f"}


def _unnamed_of_gender(resolved: str, sex: str) -> bool:
    """True when ``resolved`` is a French or Portuguese description of someone unnamed whose
    article is of the pronoun's gender ("un garçon de dix ans" for "il", "uma vendedora" for
    "ela"; not a thing: "un rapport")."""
    words = resolved.split()
    return (
        _reading.language() in ("french", "portuguese")
        and len(words) >= 2
        and _INDEFINITE_GENDER.get(words[0]) == sex
        and unnamed_person(resolved)
    )


# the articles a thing or a body opens on ("La librairie", "Le café des Sports")
_THING_ARTICLES = frozenset("la le les l' l’ el los las il lo o a os as".split())


def named_after_thing(people: People, resolved: str, start: int, end: int, sex: str) -> bool:
    """True when ``resolved`` is a thing, a place or a body by its article and a lower-case
    noun ("La librairie", "La librairie des Tilleuls") and a person of the pronoun's gender is
    named after it before ``end`` ("La librairie a vendu 2 300 livres, selon sa gérante, Odile
    X. « … », confie-t-elle."): the pronoun is hers."""
    words = resolved.split()
    if len(words) < 2 or not words[1].islower() or words[0].lower() not in _THING_ARTICLES:
        return False
    return any(m.gender == sex for m in people.mentions_between(start + len(resolved), end))


def _body_of_gender(phrase: str, resolved: str, sex: str) -> bool:
    """True when ``phrase`` opens on a French article and a body's kind of that gender, and
    ``resolved`` is the body's kind and name ("La mairie des Tilleuls" -> "mairie des
    Tilleuls" for "elle"; "Le syndicat X" for "il")."""
    words = phrase.split()
    if _reading.language() != "french" or len(words) < 3 or resolved[:1].isupper():
        return False
    article, noun = words[0].lower(), words[1].lower()
    if article not in ("la", "le") or noun not in ROMANCE_BODY_NOUNS:
        return False
    return (article == "la") == (sex == "f") and resolved.lower().startswith(noun)
