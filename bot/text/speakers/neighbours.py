"""What the sentences and quotations around a speaker phrase say it stands for (private to
``resolve.py``): the person an "according to" of another language cites, the person a
sentence before a subjectless verb opens on, the role nouns people are introduced with, and
whether the speaker before an "it" is a thing, and whether a Romance epithet's gender or
role rules a person out; who issued the statement a phrase names is in ``issuers``.
``Resolver`` builds on ``NeighbourRules``.
"""

from __future__ import annotations

import bisect
import re

from bot.text.speakers import foreign as fw
from bot.text.speakers import names as nm
from bot.text.speakers import reading as _reading
from bot.text.speakers.descriptions import description_before, description_shown, speaks_for_body
from bot.text.speakers.epithets import SYNONYMS, role_phrase
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.institutions import joined_name
from bot.text.speakers.issuers import IssuerRules
from bot.text.speakers.lone_unnamed import unnamed_for_pronoun
from bot.text.speakers.marks import Span
from bot.text.speakers.people import People
from bot.text.speakers.raw import Raw
from bot.text.speakers.role_introductions import introduced_roles
from bot.text.speakers.roles_germanic import GermanicEpithets
from bot.text.speakers.romance_people import role_opening_between
from bot.text.speakers.shapes import ROMANCE_INDEFINITE
from bot.text.speakers.statement_subjects import body_opening_before
from bot.text.speakers.unnamed_en import unnamed_for_he_she
from bot.text.speakers.unnamed_esit import unnamed_esit

# "according to" and the person cited, up to a comma: "De acordo com o delegado, o grupo …"
_ACCORDING_RE = re.compile(
    r"(?i:\b(?:selon|según|secondo|segundo|de acordo com|de acuerdo con|d['’]après))\s+"
    r"([^,.;:«»\"“”\n]{2,60}),(?:\s([^,.;:«»\"“”\n]{2,40}),)?"
)


def _name_before_clause(cited: str) -> str:
    """The name an "according to" phrase cites when the clause goes on with no comma after
    it: "Secondo Lanzani le piogge di domenica hanno …" -> "Lanzani" (capitalized words, then
    an article opening the clause's subject); else the phrase as matched."""
    words = cited.split()
    k = next((k for k, w in enumerate(words) if not nm.is_cap(w)), len(words))
    if 0 < k < len(words) and words[k] in _SUBJECT_ARTICLES:
        return " ".join(words[:k])
    return cited


# the Romance definite articles, singular and plural, that open a clause's subject
_SUBJECT_ARTICLES = fw.ROMANCE_ARTICLES | frozenset("i gli los las os as les".split())
# a capital opening a word or following an elision: "Fazenda", "dell'Economia"
_CAPITAL_RE = re.compile(r"(?:^|['’])[^\W\d_a-z]")

# the "of" before someone unnamed a kin or role noun hangs off ("Il padre di un sedicenne",
# "La madre de una alumna", "O pai de um aluno", "La mère d'un élève" is elided, not read)
_OF_SOMEONE = frozenset("di de do da".split())


# the gender a French or Portuguese indefinite article gives someone unnamed, and its pronouns
_UNNAMED_GENDER = {"un": "m", "um": "m", "une": "f", "uma": "f"}
# a German agent noun after "der" whose woman is its "-in" form ("der Minister", "der
# Bürgermeister", "der Präsident", "der Polizist", "der Trainer der Gäste"): a man, never a
# woman named before ("die Ministerin" would be her)
_GERMAN_AGENT_RE = re.compile(
    r"^(?i:der) (?:\S+ )??[^\W\d_][\w-]*[a-zäöü](?:er|or|ent|ant|ist|eur)"
    r"(?: (?:der|des|von|vom|beim)\b|$)"
)
_ROMANCE_PRONOUN_GENDER = {"il": "m", "ele": "m", "elle": "f", "ela": "f"}


class NeighbourRules(IssuerRules, GermanicEpithets):
    """Rules that read the neighbourhood of a speaker phrase; ``Resolver`` resolves."""

    spans: list[Span]
    people: People

    def _noun_epithet(self, words: list[str]) -> bool:
        """True for a German or Dutch article and a capitalized noun no one in the text is
        called: "sagte der Hamburger", "zei de Nederlander" (not "zei de Vries" after Peter
        de Vries), an English one ("the Spaniard said": kept as written), or a French elided
        article and a role ("L'élu")."""
        if len(words) == 1 and words[0][:2] in ("L'", "L’") and words[0][2:3].islower():
            return True  # "L'élu écologiste a défendu …": an article, then a role
        adjective = ""
        if (
            len(words) in (3, 4)
            and words[0].lower() in ("der", "die")
            # (or a place's adjective: "der Wiener Anwalt", "die Lünener Trainerin")
            and all(w.isalpha() and (w.islower() or w.endswith("er")) for w in words[1:-1])
        ):
            adjective = words[1] if words[1][:1].isupper() else ""
            words = [words[0], words[-1]]  # "die gebürtige Nigerianerin": adjectives, a noun
        if len(words) != 2 or words[0].lower() not in ("der", "die", "de", "le", "la", "the"):
            return False  # (French: "a confié le Français", "la Britannique")
        key = nm.bare(words[1])
        if words[0].lower() == "the" and (key in nm.ORG_WORDS or nm.looks_like_org([words[1]])):
            return False  # "the Pentagon", "the Times": an organisation by its name
        # (a run read as a name only with its place's adjective, "Wiener Anwalt", is none)
        entries = [e for e in self.people.registry.get(key, []) if e[1][0] != adjective]
        return (
            words[1][:1].isupper()
            and not entries
            and key not in self.people.key_gender
            and key not in FIRST_NAMES
        )

    def _according_before(self, idx: int, pos: int, orgs: list[str]) -> str | None:
        """The person an "according to" phrase of another language cites between the
        quotation before ``idx`` (or its paragraph's start) and ``pos``."""
        text = self.people.text
        start = self.spans[idx - 1].close_end if idx else 0
        start = max(start, text.rfind("\n", 0, self.spans[idx].open_at) + 1)
        found = [m for m in _ACCORDING_RE.finditer(text, start, pos)]
        if not found:
            return None
        m = found[-1]
        group = 1
        second = (m.group(2) or "").split()
        if second and all(nm.is_cap(w) or w in nm.NAME_PARTICLES for w in second):
            group = 2  # "Segundo o secretário de Urbanismo, Fernando Lima, …": the name
        cited = m.group(group).strip()
        words = cited.split()
        if (
            _reading.language() in ("spanish", "italian")
            and len(words) >= 2
            and words[0].lower() in ("un", "una", "uno")
            and all(w.isalpha() and w.islower() for w in words[1:])
            # ("Secondo una nota della questura": a document, its body resolved below)
            and not (words[1] == "nota" or nm.bare(words[1]) in nm.DOCUMENT_NOUNS)
        ):
            # "Según un portavoz del ministerio, …": someone unnamed, as written (not the
            # ministry named before: the body did not speak, its spokesperson did)
            return cited[0].lower() + cited[1:]
        phrase = _name_before_clause(m.group(group))
        got = self._resolve(Raw(phrase, m.start(group)), orgs)
        return got if got and got[:1].isupper() else None

    def _role_sentence_between(self, idx: int, pos: int, orgs: list[str]) -> str | None:
        """The one person the role noun of a sentence opening on it ("O vereador …") between
        the quotation before ``idx`` and ``pos`` stands for (see ``romance_people``)."""
        if not idx:
            return None

        def holders(noun: str, at: int) -> set[str]:
            found = {n for pos_, n in self._introduced().get(noun, []) if pos_ < at}
            return found | {n for n, pos_ in self.people.roles.get(noun, {}).items() if pos_ < at}

        start = self.spans[idx - 1].close_end
        return role_opening_between(self.people.text, self.people.bounds, start, pos, holders)

    def _chained(self, pos: int, orgs: list[str]) -> str | None:
        """The person (or the role, as written, of someone never named: "Il ministro
        dell'Economia") the sentence before a quotation opens on, for a verb after it with no
        subject; None when that sentence opens on no role or name."""
        chain = self._epithet_before(pos, named=True)  # type: ignore[attr-defined]
        if chain is None:
            # "Il Comitato X alza il tiro. “…”, chiede in una nota.": the body
            return body_opening_before(self, pos)
        phrase, at = chain
        words = phrase.split()
        if len(words) == 1 and words[0].lower() in fw.ROMANCE_ARTICLES:
            return None  # an article alone ("O" of a role the rules did not read) is no one
        if len(words) >= 3 and words[1].islower() and any(_CAPITAL_RE.search(w) for w in words[2:]):
            # "O ministro da Fazenda": a role of an institution, the one person introduced
            # with it, else someone never named (as written)
            return self.people.role_person(" ".join(words[:2]), at) or phrase
        got = self._resolve(Raw(phrase, at), orgs)
        known = got is not None and self.people.mentioned(got)
        if got is not None and got[:1].isupper() and (got != phrase or known):
            return got  # a name, or the person the role noun stands for
        if (
            got == phrase
            and len(words) >= 4
            and words[2] in _OF_SOMEONE
            and words[3] in ROMANCE_INDEFINITE
            and words[1].isalpha()
            and words[1].islower()
        ):
            return got  # "Il padre di un sedicenne, arrivato …, si è fermato … «…», dice."
        if got is not None and unnamed_esit(self.people.text, at) == got:
            return got  # "En el muelle, un marinero jubilado miraba … «…», resumió."
        if (
            got
            and words[0].lower() in ("um", "uma", "un", "une")
            and _reading.language() in ("french", "portuguese")
            and got.split()[0].lower() == words[0].lower()
        ):
            # "Um vizinho, que ajudou …, garante que … «…», contou.": someone unnamed,
            # described (``unnamed.py``), not the person named before them
            return got
        return None

    def _not_other_gender(
        self, name: str | None, gender: str | None, phrase: str = ""
    ) -> str | None:
        """``name``, unless the text shows that person to be of the other gender than the
        Romance epithet's article ("insistió la mujer" is no man named before), or than a
        German woman's noun on "-in" ("sagt die Rentnerin", "die 54-Jährige"; an article alone
        shows no one's sex: "die Vereinsikone", "de burgemeester")."""
        if name is None or gender is None:
            return name
        german_woman = (
            gender == "f"
            and _reading.language() == "german"
            and phrase.split()[-1:] != []
            and (
                (phrase.split()[-1].endswith("in") and len(phrase.split()[-1]) > 5)
                # "die 54-Jährige" (a woman; "der 54-Jährige" a man)
                or (phrase.lower().startswith("die ") and phrase.endswith("Jährige"))
            )
        )
        # "kritisierte der 58-Jährige": a man, never a woman named before (the masculine
        # article before an age noun shows the sex as "die 54-Jährige" does)
        german_man = (
            gender == "m"
            and _reading.language() == "german"
            and phrase.lower().startswith("der ")
            and (
                phrase.endswith("Jährige")
                or (
                    _GERMAN_AGENT_RE.match(phrase) is not None
                    # (loan words for the young of either sex: "der Teenager")
                    and phrase.split()[1].lower() not in ("teenager", "youngster", "newcomer")
                )
            )
        )
        if not _reading.romance_text() and not german_woman and not german_man:
            return name
        known = self.people.genders(name)
        return None if known and gender not in known else name

    def _other_holder(self, phrase: str, pos: int, name: str) -> bool:
        """True in Romance text when someone other than ``name`` and not ``name``
        was introduced with the role noun of ``phrase`` or a synonym of it: "ha detto l'ad"
        after "l'amministratore delegato X" and then "il presidente, Y" is X, not Y."""
        noun = role_phrase(phrase, self.people.text)
        if noun is None or not _reading.romance_text():
            return False
        holders = set()
        for role in (noun, *SYNONYMS.get(noun, ())):
            holders |= {n for at, n in self._introduced().get(role, []) if at < pos}
        if not holders or name in holders:
            return False
        # (only when ``name`` came in with a role of their own: "Do lado portista, Martín X
        # mostrou-se satisfeito. «…», disse o técnico argentino" is Martín's, though "o
        # treinador encarnado, Y" was named before)
        return any(
            n == name and at < pos for found in self._introduced().values() for at, n in found
        )

    def _remember_epithet(self, raw: Raw, name: str | None) -> None:
        """Note the person a Romance definite role noun was resolved to ("», conta o guarda-
        redes" -> the one named before), the first time the noun speaks."""
        if not name or not name[:1].isupper() or not raw.phrase or not _reading.romance_text():
            return
        if name.casefold() == raw.phrase.casefold():
            # "La pensionata: «…»" in a headline, the role as written: no one to remember (the
            # body's "racconta la pensionata" is the woman it named)
            return
        noun = role_phrase(raw.phrase, self.people.text)
        memo: dict[str, tuple[int, str]] = self.__dict__.setdefault("_epithet_memo", {})
        if noun is not None and noun not in memo:
            memo[noun] = (raw.pos, name)

    def _remembered(self, phrase: str, pos: int, gender: str | None) -> str | None:
        """The person an earlier quotation's same role noun stood for, when no one was
        introduced with that noun: a portrait calls its subject "o goleiro", "la
        boulangère" throughout, though someone else of that gender was named in between
        ("O goleiro conta o resto devagar. «…»" is the keeper, not his son named last)."""
        noun = role_phrase(phrase, self.people.text)
        got = self.__dict__.get("_epithet_memo", {}).get(noun) if noun else None
        if got is None or got[0] >= pos or self._introduced().get(noun):
            return None
        return self._not_other_gender(got[1], gender)

    def _introduced(self) -> dict[str, list[tuple[int, str]]]:
        """The role nouns the people of the text are introduced with (computed once)."""
        got: dict[str, list[tuple[int, str]]] | None = getattr(self, "_roles_seen", None)
        if got is None:
            mentions = [(m.pos, m.name) for m in self.people.mentions]
            got = introduced_roles(self.people.text, mentions)
            self._roles_seen = got
        return got

    def _other_body_between(self, speaker: str | None, idx: int, pos: int) -> bool:
        """True when a body other than ``speaker`` is named as a sentence's subject between
        the quotation before ``idx`` and ``pos`` ("“…,” a spokesperson said. ¶ The Trust has
        put up a sign. It reads: “…”": the sign's, not the spokesperson's body)."""
        lo = self.spans[idx - 1].close_end
        k = bisect.bisect_left(self.people.orgs, (lo,))
        return any(
            subject and name != speaker and lo <= p < pos
            for p, name, subject in self.people.orgs[k : k + 20]
        )

    def _thing(self, speaker: str | None, orgs: list[str], idx: int) -> bool:
        """True when ``speaker``, the speaker of the quotation before ``idx`` (in the same
        paragraph or one of the two before), is no person: an organisation or a common noun
        ("the report", "the agency") that a following "it" stands for."""
        if not speaker or self.spans[idx].paragraph - self.spans[idx - 1].paragraph > 2:
            return False
        if speaker in orgs:
            return True
        last = nm.bare(speaker.split()[-1])
        first = nm.bare(speaker.split()[0])
        return speaker[:1].islower() and not (
            last in nm.PERSON_ROLES
            or last in nm.TITLES
            or last in nm.GROUP_SPEAKERS
            or first in ("its", "his", "her", "their")
        )

    def _described(self, pos: int) -> str | None:
        """Someone unnamed a Spanish or Italian phrase at ``pos`` describes, as written with
        an adjective, an age or a place ("Un socio di 82 anni, …"); two words alone ("un
        vocero") are left to the other rules: a body may speak through them."""
        someone = unnamed_esit(self.people.text, pos)
        return someone if someone is not None and len(someone.split()) > 2 else None

    def _joined(self, name: str, pos: int, person: bool) -> str | None:
        """The whole Spanish or Italian body's name ``name`` is part of ("Según Correos y
        Telégrafos del Estado", "… de la ONU para los Refugiados celebró"), not for a person
        the text gives a gender (``institutions.joined_name``)."""
        if (
            person
            and self.people.genders(name)
            and name.split()[0].lower() not in fw.ROMANCE_ARTICLES
        ):
            return None
        return joined_name(self.people.text, pos, name, FIRST_NAMES)

    def _newcomer_described(self, idx: int, raw: Raw) -> str | None:
        """The description of someone new (``descriptions``) a verb with no subject at
        ``raw.pos`` goes back to, when it stands after the quotation before; else None."""
        got = description_before(self.people, raw.pos, None)
        if got is None or (idx and got[1] < self.spans[idx - 1].close_end):
            return None
        if speaks_for_body(got[0]):
            return None  # (a spokesperson's body: the rules below name it)
        # (the description as the unnamed-speaker rules show it where they read it, else as
        # ``descriptions`` reads it; never a person those rules name for it)
        shown = self._resolve(Raw(*got), [])
        return shown if shown and shown[:1].islower() else description_shown(got[0])

    def _with_neighbours(
        self, idx: int, raws: list[Raw], result: list[str | None], orgs: list[str]
    ) -> str | None:
        """The speaker of a quotation whose phrase its neighbours may decide: "it" after a
        report, a verb with no subject after a sentence or a quotation naming someone, "she"
        after a role noun's quotation; else the phrase itself resolved (``_resolve``)."""
        raw = raws[idx]
        before = result[idx - 1] if idx else None
        if (
            raw.phrase.lower() == "it"
            and self._thing(before, orgs, idx)
            and not self._other_body_between(before, idx, raw.pos)
        ):
            return before  # “…,” the report said. / “…,” it added.
        if self._no_subject(raw.phrase) and (aged := self._aged_before(raw.pos)) is not None:  # type: ignore[attr-defined]
            # "… obra de la juvenil Ada Soto, de 18 años. «…», aseguró después.": the person
            # just introduced with an age, not the sentence's subject or the last speaker
            return self._resolve(Raw(*aged), orgs)
        if self._no_subject(raw.phrase) and (chained := self._chained(raw.pos, orgs)):
            # "Il ministro dell'Economia ha accolto i dati. «…», ha detto.": a verb
            # without a subject goes on with the subject of the sentence before
            return chained
        if self._no_subject(raw.phrase) and (
            according := self._according_before(idx, raw.pos, orgs)
        ):
            # "De acordo com o delegado, o grupo … “…”, afirmou.": a verb without a
            # subject after a sentence citing someone goes on with that person
            return according
        if self._no_subject(raw.phrase) and (
            opened := self._role_sentence_between(idx, raw.pos, orgs)
        ):
            # "«…», respondeu. ¶ O vereador não se deu por satisfeito. … «…», disse.":
            # a sentence opening on a role noun between the quotations gives the person
            return opened
        if self._no_subject(raw.phrase) and (new := self._newcomer_described(idx, raw)):
            # "Sentada à porta, uma idosa faz renda. «…», diz.": someone new by a
            # description since the quotation before, not the last speaker
            return new
        if (
            before is not None
            and before not in orgs
            and self._no_subject(raw.phrase)
            and self.spans[idx].paragraph - self.spans[idx - 1].paragraph <= 1
            and not self.people.other_named(self.spans[idx - 1].close_end, raw.pos, before)
        ):
            # “A”, explicó Juan Ruiz. / “B”, añadió.: a verb without a subject goes
            # on with the speaker of the quotation just before
            return before
        if (
            raw.phrase in ("he", "she")
            and before is not None
            and (raws[idx - 1].phrase or "")[:4].lower() == "the "
            # (a person: the name the role stood for, or a role noun; not "the most
            # impoverished camps" a caption's clause left before a quotation)
            and (before[:1].isupper() or before.split()[-1].lower() in nm.PERSON_ROLES)
            and self.spans[idx].paragraph == self.spans[idx - 1].paragraph
            and not self.people.other_named(self.spans[idx - 1].close_end, raw.pos, before)
            and self.people.fits(before, "m" if raw.phrase == "he" else "f")
        ):
            # "The judge said … “…”. “…,” she said.": the person the role noun of the
            # paragraph's quotation before stood for, when no one else is named between
            return before
        if (
            before is not None
            and (article := before.split(" ", 1)[0]) in _UNNAMED_GENDER
            and nm.bare(raw.phrase) in _ROMANCE_PRONOUN_GENDER
            and _ROMANCE_PRONOUN_GENDER[nm.bare(raw.phrase)] == _UNNAMED_GENDER[article]
            and self.spans[idx].paragraph == self.spans[idx - 1].paragraph
            and not self.people.other_named(self.spans[idx - 1].close_end, raw.pos, before)
        ):
            # "Une infirmière, qui a requis l'anonymat, raconte des nuits « sans pause ».
            # « … », souffle-t-elle.": the someone unnamed the paragraph's quotation before
            # is from, when the pronoun's gender is the description's
            return before
        someone = None
        if raw.phrase in ("he", "she"):
            someone = unnamed_for_he_she(self, idx, "m" if raw.phrase == "he" else "f")
        kin_of = someone is not None and someone[0].split()[0] in ("Her", "His", "Their")
        if someone is not None and not kin_of:
            # "One woman, a retired teacher, asked … ¶ “…,” she said.": someone unnamed the
            # sentence before opens on (``unnamed_en``)
            return someone[0]
        if kin_of and (
            kin := self.people.role_person(f"the {someone[0].split()[-1]}", raw.pos, later=False)
        ):
            return kin  # "Her son was firm. “…,” he said.": the one introduced as her son
        if nm.bare(raw.phrase or "") in _ROMANCE_PRONOUN_GENDER and (
            someone := unnamed_for_pronoun(self, idx, _ROMANCE_PRONOUN_GENDER[nm.bare(raw.phrase)])
        ):
            # "Une mère d'élève résume son malaise. ¶ « Je …, précise-t-elle. »": someone
            # unnamed the sentence before opens on, of the pronoun's gender
            return someone
        return self._resolve(raw, orgs)
