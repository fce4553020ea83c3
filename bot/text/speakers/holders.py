"""The person a role noun or an epithet stands for (private to ``resolve.py``).

"répond la prévenue" after "X comparaissait …", "añadió la alcaldesa" after "la alcaldesa,
Lucía Romero", "contou o médio" after "o jovem médio Diogo Faria", "sagte der 27-Jährige"
after the sentence naming him: the one person the text introduced with that noun or shows
to fit it.
"""

from __future__ import annotations

import bisect
import re

from bot.text.speakers import names as nm
from bot.text.speakers.bodywords import body_word
from bot.text.speakers.court import defendant
from bot.text.speakers.english_heads import english_role_then_name, person_head, same_noun
from bot.text.speakers.epithets import SEXED_NOUNS, SYNONYMS, epithet_gender, is_age, role_phrase
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.germanic_things import role_of_genitive
from bot.text.speakers.institutions import without_article
from bot.text.speakers.kin import unlinked_kin
from bot.text.speakers.orgs_romance import body_noun
from bot.text.speakers.people import People
from bot.text.speakers.raw import Raw
from bot.text.speakers.reading import language
from bot.text.speakers.roles import role_at_new_place
from bot.text.speakers.written import as_written

# a relative clause right after a role noun saying its holder kept their name back ("…», diz o
# pipoqueiro, que preferiu não dar o nome", "ajoute le serveur, qui n'a pas souhaité donner
# son nom", "said the driver, who asked not to be named"): someone unnamed, not the person the
# article is about
_KEPT_NAME_RE = re.compile(
    r"[^,.;:!?\n«»“”]{0,40}?,?\s*(?:que|qui|who|che)\s+(?:(?:n['’]\s*)?(?:a|as|has|had|ha)\s+)?"
    r"(?:não\s+)?"
    r"(?:preferiu|prefere|pediu|quis|quer|préfère|préférait|a\s+préféré|souhaite|souhaitait|"
    r"pas\s+souhaité|pas\s+voulu|veut|voulait|requis|demandé|asked|declined|preferred|"
    r"requested|wished|chiede|chiesto|preferisce|preferito|vuole)\b[^.!?\n]{0,40}?"
    r"(?:nome|anonimato|identificad[oa]s?|nom\b|anonymat|anonyme|named|name\b|identified|"
    r"anonymity|anonim[oa]|citat[oa]|nominat[oa])"
    # (their own name, not another's: "não quis revelar o nome do clube", "que le nom de son
    # établissement ne soit pas cité")
    r"(?!\s+(?:d[aeo]s?|du|of|del|della|dello|dei)\b)(?!\s+\w+\s+(?:ne|não|not)\b)",
    re.I,
)


# Romance nouns for places that speak as bodies ("l'hôpital a indiqué", "o tribunal considerou")
# and bodies no text calls a person by ("la autoridad", "o grupo" may be someone's)
_SPEAKING_PLACES = frozenset(
    "hôpital clinique hospital clínica ospedale clinica tribunal tribunale juzgado questura "
    "comune municipio prefettura mairie préfecture ayuntamiento câmara prefeitura gendarmerie "
    "police policía polizia polícia parquet fiscalía procura procuradoria ministère ministerio "
    "ministero ministério entreprise empresa azienda société compañía companhia "
    # (an agency, a union, an association or a federation speaks as a body too: "Dans un
    # communiqué, l'agence assure …" after "X a parlé" is no role of X's)
    "agence agencia agenzia agência syndicat sindicato sindacato association asociación "
    "associazione associação fédération federación federazione federação institut instituto "
    "istituto".split()
)


# Romance role nouns of either gender, which only the article shows ("la/il cantante",
# "la/il giornalista", "la/el presidente")
_COMMON_GENDER_ENDS = ("ante", "ente", "ista")
_OF_WORDS = frozenset("à au aux de du des d'un d'une da do das dos".split())
# possessives before a role noun ("sa représentante", "su portavoz", "a sua porta-voz")
_POSSESSIVES = frozenset("sa son su sua seu".split())
# a name in commas after a role phrase, maybe after its complement: "…, Marquinhos,"
_NAME_AFTER_RE = re.compile(r"(?:\s+(?:d[aeo]s?|du)\s+[\w'’-]+(?:\s+[\w'’-]+)?)?\s*,\s*[A-ZÀ-Ý]")
# the complement of a role noun read without it: "O presidente [da câmara]"
_OF_PLACE_RE = re.compile(r"\s+(?:d[aeo]s?|du)\s+(?:la\s+|l['’])?[\w-]+")
# a trade in apposition right after a name: "Didier X, agriculteur", "Ana Y, presidente da …"
_APPOSED_TRADE_RE = re.compile(
    r",\s+(?:(?:l['’]|le\s+|la\s+|o\s+|a\s+)?(?:ancien(?:ne)?\s+|antig[oa]\s+|jeune\s+)?)"
    r"([a-zà-ÿ][a-zà-ÿ-]{3,})\b(?![,.;:]?\s*\d)"
)

# the lower-case rest of a role's complement (at most six words), then a comma: what may stand
# between a role phrase cut short and the name of its holder
_AFTER_ROLE_RE = re.compile(r"(?:\s+[^\W\d_A-Z][\w'’-]*){0,6},\s+")


def _body_for_person(phrase: str, name: str, gender: str | None) -> bool:
    """True when the role phrase is a body's or a place's noun ("El hospital", "la mairie") and
    the one named before is a person (of a known gender or on a first name): not its holder."""
    noun = (role_phrase(phrase, "") or "").lower()
    if noun not in _SPEAKING_PLACES:
        return False
    return gender is not None or nm.bare(name.split()[0]) in FIRST_NAMES


def kept_name_back(text: str, end: int) -> bool:
    """True when the words at ``end`` (right after a role noun) say its holder gave no name."""
    return _KEPT_NAME_RE.match(text, end) is not None


class RoleHolders:
    """The role-noun and epithet rules of ``Resolver``; the resolver provides the rest."""

    people: People

    def _introduced_as(self, noun: str, pos: int) -> bool:
        """True when the text before ``pos`` put a role noun ending on ``noun`` before a name
        ("Rechtsanwalt Peter X" for "Anwalt")."""
        named = re.compile(rf"(?i:\w*{re.escape(noun)})(?:in)?\s+[A-ZÄÖÜ][\w-]+")
        return named.search(self.people.text, max(0, pos - 8000), pos) is not None

    def _named_after_role(self, end: int) -> str | None:
        """The person (a full name or one of known gender) named right after a role phrase
        ending at ``end``, after the rest of its complement in lower case and a comma, with
        the clause closing after the name: ", Aurélie X." in "s'amuse la metteuse en scène de
        la troupe, Aurélie X.", "dijo el entrenador del equipo, Ana X,"."""
        m = _AFTER_ROLE_RE.match(self.people.text, end)
        if m is None:
            return None
        k = bisect.bisect_left(self.people._mention_pos, m.end())
        if k >= len(self.people.mentions) or self.people.mentions[k].pos != m.end():
            return None
        person = self.people.mentions[k]
        if not (person.gender or " " in person.name):
            return None
        after = self.people.text[m.end() + len(person.name) : m.end() + len(person.name) + 1]
        return person.name if after in (",", ".", ";", "") else None

    def _possessive_role_named(self, phrase: str, pos: int) -> str | None:
        """The person named after a French, Spanish or Portuguese role noun with a possessive
        (a body's or a person's "her representative"), once the lower-case rest of the phrase
        and a comma close it: "« … », a souligné sa représentante sur place, Ana X, en …",
        "explicó su portavoz en Ginebra, Luis Y.", "disse a sua porta-voz, Rita Z." (else
        None: "a dit sa représentante." names no one after it)."""
        words = phrase.split()
        if words[:1] in (["a"], ["o"]) and language() == "portuguese":
            words = words[1:]  # "a sua porta-voz"
        if not 2 <= len(words) <= 3 or words[0].lower() not in _POSSESSIVES:
            return None
        if not all(w.isalpha() or "-" in w for w in words[1:]) or not words[1].islower():
            return None
        if body_noun(words[1:]) is not None:
            return None  # "su gobierno, …": a body, whose name may follow
        return self._named_after_role(pos + len(phrase))

    def _role_holder(
        self, phrase: str, words: list[str], raw: Raw, orgs: list[str], germanic: bool
    ) -> tuple[bool, str | None]:
        """(True, the person) when the role noun or epithet ``phrase`` stands for someone
        the text introduced or shows; (False, None) when the other rules should go on."""
        whole = raw.phrase or phrase  # (the phrase before its complement was cut)
        if role_at_new_place(whole):
            # "ammette il titolare di una trattoria", "seufzt der Inhaber eines
            # Möbelgeschäfts": the holder of a role at a place the text brings in now, someone
            # new, as written (never the person named before)
            return True, as_written(whole.split(), whole)
        if epithet_gender(phrase, self.people.text, raw.pos) is not None and kept_name_back(
            self.people.text, raw.pos + len(phrase)
        ):
            return False, None  # "diz o pipoqueiro, que preferiu não dar o nome": as written
        accused = defendant(self.people, role_phrase(phrase, self.people.text), raw.pos)
        if accused is not None:
            return (
                True,
                accused or None,
            )  # "répond la prévenue" after "X comparaissait …" (court.py)
        if role_phrase(phrase, self.people.text) is not None:
            # "Martín X mostrou-se satisfeito. «…», disse o técnico argentino.": a role noun
            # right after a sentence naming one person in the paragraph is that person
            near = self._epithet_before(raw.pos, named=True)  # type: ignore[attr-defined]
            gender = epithet_gender(phrase, self.people.text, raw.pos)
            person = next((m for m in self.people.mentions if near and m.name == near[0]), None)
            if person is not None and _body_for_person(phrase, person.name, person.gender):
                person = None  # "El hospital informó …" after "Ana X resultó herida": no one
            if person is not None and (not gender or gender[0] in (None, person.gender)):
                if not self._other_holder(phrase, raw.pos, person.name):
                    return True, without_article(self.people.text, person.name, raw.pos)
        role = self.people.role_person(phrase, raw.pos)
        if role is not None:
            return True, role  # "añadió la alcaldesa" after "la alcaldesa, Lucía Romero"
        noun = role_phrase(phrase, self.people.text)
        if noun is not None:
            # "contou o médio" after "o jovem médio Diogo Faria", "L'éleveur" after "Yannick
            # Le Gall, éleveur laitier": the one person the text introduced with that noun
            holders = {name for at, name in self._introduced().get(noun, []) if at < raw.pos}
            for other in SYNONYMS.get(noun, ()):
                # "la edil" after "la consejera de Urbanismo, X": a noun for the same office
                holders |= {n for at, n in self._introduced().get(other, []) if at < raw.pos}
                holders |= {n for n, at in self.people.roles.get(other, {}).items() if at < raw.pos}
            if len(holders) > 1:
                # "a autarca" after "o vereador X" and "a presidente, Y": the holder of the
                # article's gender
                gender = (epithet_gender(phrase, self.people.text, raw.pos) or (None,))[0]
                genders = {m.name: m.gender for m in self.people.mentions if m.name in holders}
                if gender is not None:
                    holders = {n for n in holders if genders.get(n) == gender}
            if len(holders) == 1:
                # (not one of the other gender: "Paolo e Daniela X, marito e moglie" gives
                # "marito" to the name next to it)
                sex = (epithet_gender(phrase, self.people.text, raw.pos) or (None,))[0]
                # ("il pm" may be a woman; but a noun of either gender with a feminine
                # article, "la cantante", "la giornalista", is a woman: not "il cantautore X")
                common = sex == "f" and noun.endswith(_COMMON_GENDER_ENDS)
                sex = sex if noun in SEXED_NOUNS or common else None
                if (one := self._not_other_gender(next(iter(holders)), sex)) is not None:
                    return True, one
        if is_age(phrase) and language() in ("italian", "portuguese"):
            # "Il colombiano, che …, ha ammesso … «…», ha dichiarato il 29enne.": the role noun
            # or name opening the sentence before is the age's person
            chain = self._epithet_before(raw.pos, named=True)  # type: ignore[attr-defined]
            got_chain = self._resolve(Raw(*chain), orgs) if chain is not None else None
            if got_chain is not None and got_chain[:1].isupper():
                return True, got_chain
        epithet = epithet_gender(phrase, self.people.text, raw.pos)
        if (
            epithet is not None
            and role_of_genitive(phrase, self.people.registry)
            and phrase.split(maxsplit=1)[-1] not in self.people.text[: raw.pos]
            and not self._introduced_as(phrase.split()[1], raw.pos)
        ):
            # "der Anwalt des Angeklagten" after "Richter X": as written (but "die
            # Bürgermeisterin der Stadt Lindau" after "Die Bürgermeisterin der Stadt Lindau,
            # X,", "der Anwalt des Klägers" after "Rechtsanwalt X": the one introduced so)
            epithet = None
        if epithet is not None and (holder := self._unnamed_holder(phrase, raw.pos)):
            return True, holder  # "Le maire de X a annoncé … « … », a déclaré l'édile."
        if epithet is not None:
            # someone a first name shows to be a person first ("Max Verstappen", not "Grote
            # Prijs van Brazilië"), of the article's gender; a name read the other way
            # ("Joan") may still fit
            found = (
                self._remembered(phrase, raw.pos, epithet[0])  # "o goleiro" spoke before
                or
                # "Doppeltorschütze Ermedin Hadžić war kaum zu bremsen. „…“, sagte der
                # 27-Jährige": the subject of the sentence just before, whose first name no
                # list holds
                (
                    self.people.recent_subject(raw.pos, epithet[0])
                    if any(ch.isdigit() for ch in phrase)  # (an age epithet only)
                    else None
                )
                # "Hermine X hatte … bei Zach angelegt. »…«, schilderte die Pensionistin":
                # German and Dutch epithets, the one subject of the sentence before
                or (self._one_subject_before(raw.pos, epithet[0]) if germanic else None)
            )
            if found is None:
                # "s'amuse la metteuse en scène de la troupe, Aurélie X.": the holder named
                # right after the role's complement, not someone named before
                found = self._named_after_role(raw.pos + len(phrase))
            salient = found is None  # (only the most salient person fits it: no evidence)
            found = (
                found
                or self.people.antecedent(raw.pos, epithet[0], known=True)
                or self.people.antecedent(raw.pos, epithet[0])
                or self._not_other_gender(self.people.antecedent(raw.pos, None), epithet[0], phrase)
            )
            older = self.people.other_aged(phrase, raw.pos) if found is not None else set()
            if found is not None and " " not in found and any(ch.isdigit() for ch in phrase):
                # a relative given by first name in commas ("whose father, Leonard,") is
                # not "the 61-year-old" (one named in full there may be: "Her daughter,
                # Sofia Ruiz, is a junior …")
                older |= self.people.kin_named(found, raw.pos)
            if found in older:
                # "said the 20-year-old" is not "Gary Pendlebury, 52", however salient: the
                # most salient person not given another age
                skip = frozenset(older)
                found = self.people.antecedent(
                    raw.pos, epithet[0], known=True, skip=skip
                ) or self.people.antecedent(raw.pos, epithet[0], skip=skip)
            if salient and found is not None and unlinked_kin(self.people.text, phrase, raw.pos):
                # "plaisante le mari", "se queja el padre": someone's relative, not the
                # person the text is about, unless the text spoke of that relative before
                found = None
            body = body_noun(words) or body_noun(words[:2])  # (or "la direction régionale de …")
            if found is not None and self._other_trade(phrase, found, raw.pos):
                return True, as_written(
                    words, phrase
                ) or phrase  # "souligne l'adjoint" after "X, agriculteur"
            # (nor "de regionale korfbalbond", "der örtliche Sportverein": a kind of body)
            kind = language() in ("german", "dutch") and body_word(words[-1], False)
            if (
                found is not None
                and not body
                and language() in _ROMANCE
                and _body_named(found, self.people.genders(found))
            ):
                found = None  # "relatou o rapaz" after "ligou para a GNR de X": no person
                # (a Romance person's epithet; "schrijft de club" after "SC X" is the club's)
            if found is not None and not (body and self.people.genders(found)) and not kind:
                return True, found  # "the midfielder", "la boulangère" (not "l'office": a person)
        return False, None

    def _unnamed_holder(self, phrase: str, pos: int) -> str | None:
        """The role phrase of an office of a place or a body naming no one ("Le maire de
        Lorient") that opens the sentence just before a French or Portuguese epithet of the
        same office ("l'édile", "o autarca"), as written: that unnamed holder, not a person
        named further back."""
        noun = role_phrase(phrase, self.people.text)
        if noun is None or language() not in ("french", "portuguese"):
            return None
        chain = self._epithet_before(pos)  # type: ignore[attr-defined]
        if chain is None or not chain[0][:1].isupper():
            return None
        words = chain[0].split()
        cut = next((k for k, w in enumerate(words) if k and w.lower() in _OF_WORDS), len(words))
        head = role_phrase(" ".join(words[:cut]), self.people.text)
        if head is None or head not in {noun, *SYNONYMS.get(noun, ())}:
            return None
        after = chain[1] + len(chain[0])
        if (
            self.people.name_in(" ".join(words[:cut]), chain[1]) is not None
            or self.people.other_named(chain[1], pos, "")
            or _NAME_AFTER_RE.match(self.people.text, after)
        ):
            return None  # ("Le maire, Paul X,", "O capitão da seleção, Marquinhos,": named)
        if cut < len(words):
            return chain[0]
        # (only an office of a place or a body, which the text would name if it knew the
        # holder: "O avançado brasileiro" is an epithet for someone named before)
        whole = _OF_PLACE_RE.match(self.people.text, after)
        return chain[0] + whole.group() if whole else None

    def _other_trade(self, phrase: str, found: str, pos: int) -> bool:
        """True when a French or Portuguese role noun ("l'adjoint", "o engenheiro") would stand
        for a person the text introduced only in an apposition naming another trade ("Didier
        X, agriculteur", "Ana Y, presidente da junta"): someone else, left as written."""
        words = phrase.split()
        cut = next((k for k, w in enumerate(words) if k and w.lower() in _OF_WORDS), len(words))
        if cut >= len(words) - 1:
            return False  # (a bare noun may be a wider word for the same trade: "l'élu")
        noun = role_phrase(" ".join(words[:cut]), self.people.text)  # ("l'adjoint au maire")
        if noun is None or language() not in ("french", "portuguese") or is_age(phrase):
            return False
        trades = set()
        for m in self.people.mentions:
            if m.name != found or m.pos >= pos:
                continue
            last = m.name.split()[-1]  # (the mention may be the surname alone)
            tail = self.people.text.find(last, m.pos, m.pos + 80)
            got = _APPOSED_TRADE_RE.match(self.people.text, tail + len(last)) if tail >= 0 else None
            if got is not None:
                trades.add(got.group(1).lower())
        if not trades:
            return False
        near = {noun, *SYNONYMS.get(noun, ())}
        return not any(
            t in near or t[:5] == noun[:5] or noun in SYNONYMS.get(t, ()) for t in trades
        )

    def _after_unnamed(self, idx: int, raws: list[Raw], result: list[str | None]) -> bool:
        """True for an English "he"/"she" right after the quotation before it in its
        paragraph when that one's speaker is someone unnamed and no one is named between: "An
        intensive-care nurse … described it as “…”. “…,” she said." (the nurse, not the
        person named further back)."""
        before = result[idx - 1] if idx else None
        if before and language() == "english" and same_noun(raws[idx].phrase or "", before):
            # "A senior diplomat …, said the talks had been “…”." ¶ "“…,” the diplomat said.":
            # the one just introduced by that noun, in that paragraph or the one before
            prev, span = self.spans[idx - 1], self.spans[idx]
            return span.paragraph - prev.paragraph in (0, 1) and not self.people.other_named(
                prev.close_end, span.open_at, ""
            )
        if (
            (raws[idx].phrase or "").lower() not in ("he", "she")  # (also "He said: “…”")
            or not before
            or before.split()[0].lower() not in ("a", "an", "one")
            or language() != "english"
        ):
            return False
        prev, span = self.spans[idx - 1], self.spans[idx]
        # (the pronoun itself before the quotation, "He said: “…”", is no one else named; it
        # opens the sentence right after the unnamed person's quotation)
        end = min(span.open_at, raws[idx].pos)
        if end < span.open_at and (
            self.people.text[prev.close_end : end].strip(" .") != ""
            or raws[idx - 1].phrase is None
            or not person_head(before)
        ):
            return False  # (and the quotation before names that person itself: not "a message")
        return prev.paragraph == span.paragraph and not self.people.other_named(
            prev.close_end, end, ""
        )

    def _english_aside(self, phrase: str, pos: int, name: str) -> bool:
        """True when the English role phrase at ``pos`` is followed by an aside in commas
        that ends on ``name``: "The chair of judges, the poet Ruth Kellerman, said"."""
        text = self.people.text
        end = pos + len(phrase)
        close = text.find(",", end + 1, end + 121)
        aside = text[end + 1 : close].split() if close > 0 else []
        return (
            bool(aside)
            and nm.bare(aside[-1]) == nm.bare(name.split()[-1])
            and english_role_then_name(phrase, " ".join(aside))
        )


_ROMANCE = ("french", "spanish", "italian", "portuguese")


def _body_named(name: str, genders: set[str]) -> bool:
    """True for a name an epithet of a person ("o rapaz", "la funcionaria") never stands for,
    which no mention gives a gender: a body's, opening on an acronym or an organisation's word
    ("GNR de Vale Seco", "Unidad Fiscal de X"), or a place's, over a lower-case link and no
    first name ("Monte de Carvalhal")."""
    words = name.split()
    return (
        not genders
        and bool(words)
        and (
            nm.looks_like_org(words)
            or (words[0].isupper() and len(words[0]) > 1)
            or (
                len(words) >= 3
                and nm.bare(words[0]) not in FIRST_NAMES
                and any(w.islower() for w in words[1:-1])
            )
        )
    )
