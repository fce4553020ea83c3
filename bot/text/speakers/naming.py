"""Full names for the names a text uses (private to ``people.py``).

A surname alone ("Osei", "Mr. Osei") becomes the full name the text introduced ("Victor
Osei"), a first name alone or a family name written first the one full name opening on it,
and a speaker phrase ends on the name it holds ("former Harbour Commissioner Victor Osei").
"""

from __future__ import annotations

import re

from bot.text.speakers import firstnames as fn
from bot.text.speakers import germanic_people as gp
from bot.text.speakers import names as nm
from bot.text.speakers.bodywords import body_word, genitive_body
from bot.text.speakers.cuts import employer_cut
from bot.text.speakers.institutions import club_name
from bot.text.speakers.kin import elder_or_younger
from bot.text.speakers.orgs import institution
from bot.text.speakers.reading import language
from bot.text.speakers.roles import role_noun
from bot.text.speakers.romance_people import first_names_opening
from bot.text.speakers.runs import clean_run
from bot.text.speakers.runs import name_runs as runs_of
from bot.text.speakers.sources_romance import source_of_body

# endings of German person nouns ("Verbraucherschützerin", "Kreisbrandmeister"; offices
# such as "Stadtrat" roles.py holds): an agent in -er/-erin, -ent, -ist, -or, -eur (-in)
_GERMAN_PERSON_ENDS = ("er", "erin", "ent", "entin", "ist", "istin", "or", "orin", "eur", "eurin")

_ROMANCE_OF = frozenset("dello della del dei degli delle do da dos das".split())
_Entry = tuple[int, tuple[str, ...], str | None]  # where introduced, its words, its gender


def named_people(entries: list[_Entry]) -> list[_Entry]:
    """German and Dutch full names of a surname without those no first name opens when one
    does: "Juwelier Hendriks", "Möbelkette Wohnwelt Brandstätter" (a role or a body noun
    before the surname) are the family's shop or firm, "Frank Hendriks" the person a bare
    "Hendriks" stands for."""
    named = [e for e in entries if any(nm.bare(w) in fn.FIRST_NAMES for w in e[1][:-1])]
    shops = [e for e in entries if _trade(e[1][0]) or body_word(e[1][0], True)]
    return [e for e in entries if e not in shops] if named and shops else entries


# German and Dutch trades a shop or a firm is named by with the family's surname ("Juwelier X",
# "Bäckerei Y", "Slagerij Z"); a person's title ("Dokter X") is no shop
_TRADES = (
    "juwelier",
    "bakker",
    "bakkerij",
    "slager",
    "slagerij",
    "kapper",
    "bloemist",
    "drogist",
    "opticien",
    "garage",
    "fietsen",
    "bäcker",
    "bäckerei",
    "metzger",
    "metzgerei",
    "friseur",
    "optiker",
    "schreiner",
    "schreinerei",
    "autohaus",
    "gärtnerei",
    "kwekerij",
    "brouwerij",
    "brauerei",
    "weingut",
    "hotel",
    "café",
    "restaurant",
)


def _trade(word: str) -> bool:
    return word.lower().startswith(_TRADES) or (role_noun(word) and word.lower().endswith(_TRADES))


def _after_governed_noun(words: list[str], phrase: str) -> list[str]:
    """A name run after a Romance "of" whose first word is a noun it governs, not a name:
    "l'avvocata dello Stato Marina X" -> "Marina X" (the person opens on the first name)."""
    if len(words) < 3 or nm.bare(words[0]) in fn.FIRST_NAMES:
        return words
    before = phrase[: phrase.find(words[0])].split()[-1:]
    if not before or before[0].lower() not in _ROMANCE_OF:
        return words
    k = next((k for k in range(1, len(words) - 1) if nm.bare(words[k]) in fn.FIRST_NAMES), 0)
    if not k and len(words) == 3 and not nm.looks_like_org(words[1:]):
        k = 1  # ("Marina", a harbour too, is in no list: the governed noun is one word)
    return words[k:] if k else words


# a kinship noun in apposition right after a name: ", his son," ", zijn neef,"
_KIN_AFTER_RE = re.compile(
    r",\s+(?:his|her|their|zijn|haar|sein|seine|ihr|ihre|son|sa|su|suo|sua|seu)\s+\w+",
    re.IGNORECASE,
)
# a kinship noun right before a name: the name is a relative of someone else named so
_KIN_BEFORE_RE = re.compile(
    r"\b(?:son|daughter|brother|sister|wife|husband|nephew|niece|father|mother|cousin|zoon"
    r"|dochter|broer|zus|vrouw|man|neef|nicht|vader|moeder|Sohn|Tochter|Bruder|Schwester|Frau"
    r"|Mann|Neffe|Nichte|Vater|Mutter|fils|fille|frère|sœur|femme|mari|hijo|hija|hermano"
    r"|hermana|figlio|figlia|fratello|sorella|filho|filha|irmão|irmã)\W+(?:\w+\W+)?$",
    re.IGNORECASE,
)


class Naming:
    """The name lookups of ``People``, which provides the registry and the text."""

    text: str
    registry: dict[str, list[_Entry]]
    key_gender: dict[str, str]
    roles: dict[str, dict[str, int]]
    _first_index: dict[str, list[_Entry]] | None
    _word_index: dict[str, list[_Entry]] | None
    _germanic: bool

    def _by_first(self) -> dict[str, list[tuple[int, tuple[str, ...], str | None]]]:
        """The full names of the registry by their first word, built once."""
        if self._first_index is None:
            self._first_index = {}
            for entries in self.registry.values():
                for e in entries:
                    if len(e[1]) >= 2:
                        self._first_index.setdefault(e[1][0], []).append(e)
        return self._first_index

    def by_word(self) -> dict[str, list[_Entry]]:
        """The names of the registry by each of their words, built once (``fuller_name``)."""
        if self._word_index is None:
            self._word_index = {}
            for entries in self.registry.values():
                for e in entries:
                    for w in dict.fromkeys(e[1]):
                        self._word_index.setdefault(w, []).append(e)
        return self._word_index

    def canonical(self, words: list[str], gender: str | None, pos: int) -> tuple[str, str | None]:
        """Full name for a (possibly surname-only) name, with its gender if known."""
        key = nm.surname_key(words)
        if key is None:
            return " ".join(words), gender
        entries = self.registry.get(key, [])
        while 2 <= len(words) <= 3 and nm.bare(words[0]) in nm.NAME_PARTICLES and entries:
            # "De Vries reageerde" opening a sentence, "zei Ter Haar-Visser" after "Jorien ter
            # Haar-Visser", "Van der Heide": particles capitalized before the surname alone
            words = words[1:]
        if (
            len(words) == 1
            and entries
            and (alone := self._first_name_alone(words[0], entries, pos))
        ):
            return alone[0], gender or alone[1]
        if len(words) == 1 and entries:
            fitting = [e for e in entries if gender is None or e[2] in (None, gender)]
            if self._germanic:
                fitting = named_people(fitting)
            # (a surname with its particle alone, "Trainer Van Dorp:" in a standfirst, is no
            # full name beside "Erik van Dorp")
            if any(nm.bare(e[1][0]) in nm.NAME_PARTICLES for e in fitting):
                fuller = [
                    e
                    for e in fitting
                    if nm.bare(e[1][0]) not in nm.NAME_PARTICLES
                    # (not a relative brought in by kin: "Zijn neef Erik van Dorp", "his son,
                    # Tom van Gaal")
                    and not _KIN_BEFORE_RE.search(self.text, max(0, e[0] - 25), e[0])
                    and not _KIN_AFTER_RE.match(self.text, e[0] + len(" ".join(e[1])))
                ]
                fitting = fuller or fitting
            if fitting:
                # the first full name introduced ("the elder X" may be another: kin.py)
                before = [e for e in fitting if e[0] <= pos]
                if kin := elder_or_younger(self.text, pos, before, self.roles):
                    return kin[0], gender or kin[1]
                if not before and (middle := self._first_surname(words[0], pos)):  # type: ignore[attr-defined]
                    return middle[0], gender or middle[1]  # (a namesake named only later)
                entry = before[0] if before else fitting[0]
                return " ".join(entry[1]), gender or entry[2]
        if len(words) == 1 and not entries and (middle := self._first_surname(words[0], pos)):  # type: ignore[attr-defined]
            return middle[0], gender or middle[1]  # "Quiroz" after "Ysabel Quiroz Chumpitaz"
        if (
            len(words) == 1
            and not entries
            and nm.bare(words[0]) not in nm.NAME_PARTICLES
            and nm.bare(words[0]) not in nm.STOPWORDS
        ):
            # "Madam Lim" after "Lim Hui-Wen": a family name written first (Chinese, Korean,
            # Hungarian order), or a first name alone ("Lise-Anne came over" after "Lise-Anne
            # Thibodeau"), when one full name opens on it; a headline's first name, the one
            # named in full right below it (``_headline_first_name``)
            opening = [e for e in self._by_first().get(words[0], []) if e[0] <= pos]
            if not opening and (ahead := self._headline_first_name(words[0], pos)) is not None:
                opening = [ahead]
            full = {e[1] for e in opening}
            full -= {f for f in full if any(g[: len(f)] == f != g for g in full)}  # "Seán Ó"
            if len(full) == 1:
                entry = next(e for e in opening if e[1] in full)
                return " ".join(entry[1]), gender or entry[2]
        opening = first_names_opening(self.registry, words, pos) if not entries else None
        if opening is not None:  # "Maria do Socorro" after "Maria do Socorro Araújo Lins"
            return " ".join(opening), gender or fn.first_name_gender(list(opening))
        if len(words) == 2 and nm.bare(words[0]) not in fn.FIRST_NAMES:
            # "ha spiegato Sartori Bellin": a double surname alone after the full name
            longer = [e for e in entries if len(e[1]) > 2 and e[1][-2:] == tuple(words)]
            before = [e for e in longer if e[0] <= pos]
            if before:
                return " ".join(before[0][1]), gender or before[0][2]
        if (held := self._role_and_surname(words, entries, gender, pos)) is not None:
            return held
        if len(words) >= 2:
            gender = gender or fn.first_name_gender(words)
            for e in entries:
                if e[1] == tuple(words):
                    gender = gender or e[2]
        return " ".join(words), gender or self.key_gender.get(key)

    def _headline_first_name(self, word: str, pos: int) -> _Entry | None:
        """The full name opening on the first name ``word`` of a short first paragraph (a
        headline: "Andrés, jubilado, lleva un año sin cobrar: «…»") when the article introduces
        it in its next three paragraphs and never uses the first name alone before that
        ("dice Pedro, jubilado de 71 años" is someone else than a "Pedro Albarracín" after him),
        else None."""
        para = self._para(pos)  # type: ignore[attr-defined]
        start, end = self.paras[para]  # type: ignore[attr-defined]
        if nm.bare(word) not in fn.FIRST_NAMES or end - start > 400:
            return None  # (a long paragraph is no headline: read no further, in linear time)
        line = self.text[start:end].rstrip()
        # (or a subheading: a short line with no full stop, "La storia di Angelo"; not a line
        # of speech, "Carmen, jubilada: «…»")
        subheading = (
            len(line.split()) <= 8
            and not line.endswith((".", "!", "?", ":"))
            and not any(ch in line for ch in ',:«»“”„"‘’')
        )
        if not (para == 0 or subheading or self.is_headline(para)) or len(line.split()) > 25:  # type: ignore[attr-defined]
            return None
        ahead = [
            e
            for e in self._by_first().get(word, [])
            if e[0] >= end and self._para(e[0]) <= para + 3  # type: ignore[attr-defined]
        ]
        if len({e[1] for e in ahead}) != 1:
            return None
        first = min(ahead)
        alone = re.compile(rf"\b{re.escape(word)}\b(?!\s+{re.escape(first[1][1])})")
        return None if alone.search(self.text, end, first[0]) else first

    def _role_and_surname(
        self, words: list[str], entries: list[_Entry], gender: str | None, pos: int
    ) -> tuple[str, str | None] | None:
        """German: a person noun no role list holds, then the surname of the one person named
        in full before ("Verbraucherschützerin Tjaden fordert …" after "…, Henrike Tjaden",
        "Kreisbrandmeister Kuhn" after "Bernd Kuhn"): that full name, of a fitting sex."""
        if not (self._germanic and len(words) == 2 and words[0][1:].islower()):
            return None
        noun = nm.bare(words[0])
        if noun in fn.FIRST_NAMES or noun in nm.NAME_PARTICLES or len(noun) < 5:
            return None
        if not noun.endswith(_GERMAN_PERSON_ENDS):
            return None
        sex = "f" if noun.endswith("in") else gender
        full = {
            e[1]: e[2]
            for e in entries
            if e[0] < pos and len(e[1]) >= 2 and nm.bare(e[1][0]) in fn.FIRST_NAMES
        }
        if len(full) != 1:
            return None
        name, known = full.popitem()
        if sex and known and known != sex:
            return None
        return " ".join(name), known or sex

    def _first_name_alone(
        self, word: str, entries: list[_Entry], pos: int
    ) -> tuple[str, str | None] | None:
        """The one full name named before ``pos`` that opens on ``word``, a first name alone,
        when every run that ends on it opens on no first name: "Jeanine" after "Jeanine De
        Wilde" is she, not the end of "Zonder Jeanine" (a sentence in a quotation opening on
        a preposition) or "De Kantine van Jeanine" (a place named after her)."""
        if nm.bare(word) not in fn.FIRST_NAMES or any(
            nm.bare(e[1][0]) in fn.FIRST_NAMES for e in entries
        ):
            return None
        opening = [e for e in self._by_first().get(word, []) if e[0] <= pos]
        full = {e[1] for e in opening}
        if len(full) != 1:
            return None
        entry = next(e for e in opening if e[1] in full)
        return " ".join(entry[1]), entry[2]

    def name_in(self, phrase: str, pos: int) -> tuple[str, bool] | None:
        """(name, is_person) for the name a speaker phrase ends with, or None.

        "former Harbour Commissioner Victor Osei" -> "Victor Osei"; "Mr. Keane" ->
        "Robert J. Keane" when the text named him in full; "a Whitlock spokesman" (a
        common noun phrase) -> None.
        """
        if source_of_body(phrase):
            return None  # "fonte da PJ": the unnamed source, not the body
        phrase = employer_cut(phrase)
        found, tries = _OF_FROM_RE.search(phrase), 0
        while found is not None and tries < 4:
            tries += 1
            # "Owen Pryce of Cornwall", "Ines Marlow of the Harbour Research Institute", "Ana
            # Ruiz of the University of Leeds School of Law", "Kate Lowe from the Consumer
            # Goods Association" (English): the person before the first "of" or "from" that
            # follows a full name, not their place or employer ("Secretary of State Dana
            # Whitlock" stays)
            head, tail = phrase[: found.start()], phrase[found.end() :]
            runs = runs_of(head)
            if runs_of(tail) and runs and head.rstrip().endswith(runs[-1][-1]):
                person, _ = clean_run(runs[-1])
                if len(person) >= 2 and not nm.looks_like_org(person):
                    phrase = head
                    break
            found = _OF_FROM_RE.search(phrase, found.end())
        whole = institution(phrase) or genitive_body(phrase)  # ("des Landes": no name)
        whole = whole or _body_for(phrase)  # "das Landesamt für Denkmalpflege"
        if whole is not None:
            return whole, False
        words = [w for w in phrase.split() if nm.bare(w) not in ("himself", "herself")]
        head = words[-1].strip('.,;:!?"“”()') if words else ""
        if head[:1].isalpha() and not nm.is_cap(head) and nm.bare(head) not in nm.NAME_SUFFIXES:
            return None
        runs = runs_of(" ".join(words))
        if not runs:
            return None
        best = next((r for r in reversed(runs) if not nm.possessive(r[-1])), runs[-1])
        if (joined := _joined_body(runs, best, phrase)) is not None:
            return joined, False
        words, gender = clean_run(best)
        if self._germanic and (club := club_name(best)):
            return club, False  # "aldus FC Lindewijk", "SV Ahrenfeld 05": a club
        if not words or all(nm.bare(w) in nm.STOPWORDS and not nm.acronym(w) for w in words):
            return None
        words = gp.role_cut(_after_governed_noun(words, phrase), self.registry)  # "Stadtrat X"
        if self._germanic:
            words = gp.second_particle_cut(words)  # "Henk van Dalsum van Moerdijk"
        if len(best) == 1 and (
            nm.bare(words[0]) in nm.TITLES or nm.bare(words[0]) in nm.PERSON_ROLES
        ):
            return None  # "the President" -- but "Mr. King" is a name
        if _role_title(best, self.registry):
            return None  # "the Prime Minister", "the Foreign Secretary": a role, no name
        if len(words) >= 2 and nm.bare(words[0]) in nm.NOUN_ARTICLES - {"hun", "des"}:
            # "Die IG Metall", "Der Stadtrat", "Ihr Sohn": a German or Dutch article opens a
            # noun phrase, an organisation or a common noun, never a person's name
            return " ".join(words), False
        if (body := gp.body_complement(words, phrase)) is not None:
            return body, False  # "De Vluchtelingenorganisatie van de Verenigde Landen"
        at = phrase.rfind(words[0]) if len(words) == 1 else -1  # ("the elder Dunphy")
        name, _ = self.canonical(words, gender, pos + max(at, 0))
        return name, not nm.looks_like_org(name.split())


def _role_title(run: list[str], registry: dict) -> bool:
    """True for an English capitalized run of two or three words that ends on a person's
    role and holds no first name and no name the text uses: "Prime Minister", "Deputy Prime
    Minister", "Foreign Secretary", "Justice Minister" (not "Mr. King", not "Ana Minister")."""
    if run and nm.bare(run[0]) == "the":
        run = run[1:]
    if language() != "english" or not 2 <= len(run) <= 3 or nm.bare(run[-1]) not in _ROLE_HEADS:
        return False
    return not any(nm.bare(w) in fn.FIRST_NAMES or nm.bare(w) in registry for w in run[:-1])


# the heads of English titles of office that a capitalized run ends on
_ROLE_HEADS = frozenset("minister secretary".split())


def _joined_body(runs: list[list[str]], best: list[str], phrase: str) -> str | None:
    """One body's name written over "and", which splits it into two capitalized runs: "Kent
    Fire and Rescue Service", "the Food and Drug Administration", "the Pellow and District
    Crabbers’ Association" (the last run ends on an organisation word, the word before "and"
    is no first name; a possessive inside is a group's, "Fishermen’s", "Growers’"), else
    None."""
    if len(runs) < 2 or best is not runs[-1]:
        return None
    m = _BODY_TAIL_RE.search(phrase.rstrip(" .,;:"))
    if m is None or not _AND_RE.search(m.group()):
        return None
    words = m.group().split()
    if words[0] in ("The", "the", "De", "Het", "Der", "Die", "Das"):
        words = words[1:]
    if nm.bare(best[-1]) not in nm.ORG_WORDS and not (
        # (Dutch, German: a kind of body opens it, "De Bond Vervoer en Logistiek")
        language() in ("dutch", "german") and words and body_word(words[0], True)
    ):
        return None
    for k, w in enumerate(words[:-1]):
        if words[k + 1] in ("and", "&", "en", "und") and nm.bare(w) in fn.FIRST_NAMES:
            return None  # "Ana and Tom Lind Associates"? no: two people's names
        if nm.possessive(w) and not _GROUP_POSSESSIVE_RE.search(w):
            return None  # "Lind’s Harbour and Marine Trust": a person's possessive
    return " ".join(words) if len(words) >= 3 else None


# capitalized words joined by "and" or "&" up to the end of a phrase; "and" between them
# the word between a person's full name and their place or employer
_OF_FROM_RE = re.compile(r" (?:of|from) ")
_BODY_TAIL_RE = re.compile(r"(?:[A-Z][\w’'-]*\s+(?:(?:and|&|en|und)\s+)?)+[A-Z][\w’'-]*$")
_AND_RE = re.compile(r"\s(?:and|&|en|und)\s")
# a group's possessive inside a body's name: "Fishermen’s", "Women’s", "People’s", "Growers’"
_GROUP_POSSESSIVE_RE = re.compile(r"(?:men|ren|ple)[’']s$|s[’']$")


# a German or Dutch body named for its charge: "das Landesamt für Denkmalpflege", "het
# Instituut voor Fysieke Veiligheid" (not "Denkmalpflege", the name the phrase ends with)
_BODY_FOR_RE = re.compile(
    r"(?:(?:der|die|das|dem|den|de|het)\s+)?([^\W\d_a-z][\w-]*)\s+(?:für|voor)\s+"
    r"[^\W\d_a-z][\w-]*(?:\s+(?:und|en)\s+[^\W\d_a-z][\w-]*)?"
)


def _body_for(phrase: str) -> str | None:
    """The whole name of a German or Dutch body named for its charge that is all of
    ``phrase`` (its article left out), else None."""
    if language() not in ("german", "dutch"):
        return None
    m = _BODY_FOR_RE.fullmatch(phrase.strip())
    if m is None or not body_word(m.group(1), True):
        return None
    return phrase.strip()[m.start(1) :]
