"""A Romance quotation standing alone after a sentence about a person (private to
``attribution.py``, mixed into ``Attributor``).

French, Spanish, Italian and Portuguese news often lets a quotation stand as its own sentence
or paragraph, with no speech verb by it, after a sentence whose subject is the speaker: named
("Il tecnico, Paolo X, parla con calma. «…»"), by a role noun or a pronoun ("Elle a aussi
demandé … « … »"), or left out ("Pidió además que … «…»"). The subject is read as for a
subjectless verb after a quotation (``romance.RomanceRules._subject_back``).
"""

from __future__ import annotations

import bisect
import re

from bot.text.speakers import names as nm
from bot.text.speakers.ages import aged_person
from bot.text.speakers.dropped import ROMANCE_AUX, verb_after_adjunct
from bot.text.speakers.epithets import SEXED_NOUNS, SYNONYMS, is_age, role_phrase
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.marks import Span
from bot.text.speakers.newcomer import died
from bot.text.speakers.people import People
from bot.text.speakers.raw import Raw
from bot.text.speakers.reading import language
from bot.text.speakers.romance_words import ASKED_PARTICIPLES, asked_clause_end, pronoun_subject
from bot.text.speakers.signs import cites_a_thing, sign_words, term_before

_CAPITALIZED_RUN_RE = re.compile(r"[A-ZÀ-Ý][\w'’-]*(?:\s[A-ZÀ-Ý][\w'’-]*)*")
# endings of Spanish and Italian nouns for people: "la fornaia", "el entrenador", "la
# vecina", "l'artigiano", "il farmacista", "la pensionata"
_PERSON_ENDS = (
    "ista",
    "ore",
    "ora",
    "ice",
    "ero",
    "era",
    "aio",
    "aia",
    "ante",
    "ente",
    "ino",
    "ina",
    "ano",
    "ana",
    "ese",
    "ico",
    "ica",
    "ogo",
    "oga",
    "ario",
    "aria",
    "ata",
    "ato",
    "ado",
    "ada",
    "dor",
    "iere",
    "iera",
    "tor",  # "el actor", "el escritor", "el inspector" (not the things in _TOR_THINGS)
    "triz",  # "la actriz", "la directriz"
)
_TOR_THINGS = frozenset("sector motor factor vector tractor reactor ecuador".split())
_DEFINITE = frozenset("il lo la el".split())
_DEFINITE_PT = frozenset("o a".split())
_ARTICLES = frozenset("il lo la le les el los las o os a as".split())


class LoneRules:
    """The lone-quotation rule; ``Attributor`` provides the text and the helpers."""

    text: str
    spans: list[Span]
    span_opens: list[int]
    paras: list[tuple[int, int]]
    people: People

    def _para_of(self, pos: int) -> tuple[int, int, int]:
        raise NotImplementedError

    def _sentence_start(self, pos: int, floor: int) -> int:
        raise NotImplementedError

    def _subject_back(
        self, end: int, floor: int, k: int, named: bool, inside: bool = False
    ) -> tuple[str, int] | None:
        raise NotImplementedError

    def _people_named(self, start: int, end: int, other_than: str = "") -> int:
        raise NotImplementedError

    def _resolve(self, raw: Raw, orgs: list[str]) -> str | None:
        raise NotImplementedError

    def _introduced(self) -> dict[str, list[tuple[int, str]]]:
        raise NotImplementedError

    def _epithet_before(self, pos: int, named: bool = False) -> tuple[str, int] | None:
        raise NotImplementedError

    def _lone_quote(self, idx: int, dropped: bool = False) -> tuple[int, int] | None:
        """A quotation standing alone, its own sentence or paragraph with no speech verb by it,
        after a sentence whose subject is a person (named, by a role noun or a pronoun, or
        left out: "La secretaria, Ana Ruiz, anunció la huelga. Pidió además que … «…»",
        "Il tecnico, 48 anni, parla con calma. «…»"): that person, when the sentences between
        name no one else and hold no quotation (French, Spanish, Italian, Portuguese)."""
        if language() not in ("french", "spanish", "italian", "portuguese"):
            return None
        span = self.spans[idx]
        _, _, pe = self._para_of(span.open_at)
        rest = self.text[span.close_end : min(pe, span.close_end + 3)]
        ends = self.text[span.start : span.end].rstrip()[-1:] in ".!?…"
        if dropped:
            # ("¶ «…», ha assicurato.": a quotation opening its paragraph, its verb's subject
            # left out)
            rest = (
                "" if not self.text[self._para_of(span.open_at)[1] : span.open_at].strip() else "x"
            )
        if (
            rest.strip(" .")
            and rest.strip()[:1] not in '«“"„'
            # (a quotation closing on its full stop, a new sentence after it: "« … savoir. »
            # À ses côtés, …")
            and not (ends and rest.strip()[:1].isupper())
        ):
            return None  # the sentence goes on after it ("«…» es su lema")
        before = self._read_back(idx)
        if before is None:
            return None
        floor, start = before
        got = self._subject_back(start, floor, idx - 1, True)
        if got is None:
            # a phrase in marks inside the sentence before, after a pronoun subject ("Elle a
            # dénoncé une « ville à deux vitesses ». ¶ « … »"): the sentence is still the
            # person's (not after a name that sentence brings in: "O tio, X, dizia-lhe que o
            # barro «…»", where the quotation after is the portrait's own)
            got = self._subject_back(start, floor, idx - 1, True, inside=True)
            if got is None or not pronoun_subject(got[0]):
                return None
        phrase, at = got
        name = self._resolve(Raw(phrase, at), [])
        if (
            name is None
            or not name[:1].isupper()
            # (a full name, or a first name alone opening the sentence: "Giulia, 17 anni,
            # frequenta il liceo. «…»")
            or (" " not in name and not (phrase == name and nm.bare(name) in FIRST_NAMES))
            # (not a body: "Il Sangallo", "La Fiscalía Provincial")
            or name.split()[0].lower() in _ARTICLES
            or nm.looks_like_org(name.split())
            # a person: a first name or a title shows it, or the name opens its sentence, or a
            # role noun stands for it ("La secretaria …" after "la secretaria, Ana Ruiz")
            or not (
                any(m.name == name for m in self.people.mentions if m.gender or m.subject)
                or (phrase != name and phrase.split()[-1].islower())
            )
            or self._people_named(at + len(phrase), span.open_at, name)
            # (a noun no person is called by: "Il forno, dice, resterà com'è.")
            or (phrase != name and phrase.split()[-1].islower() and not self._person_noun(phrase))
            # (someone whose death the sentence tells, spoken about: "O marido, Armindo X,
            # morreu em 2003. Ficou sozinha com a loja. ¶ «Eu …»")
            or died(self.text[at : self._sentence_end(at, span.open_at)])
        ):
            return None
        if self.text[at : at + len(phrase)] != phrase:
            # the full name of a person the sentence calls by surname ("Cuevas Loaiza no
            # quiere …" after "Efraín Cuevas Loaiza"): the surname as written, not as many
            # characters as the full name has
            words = _CAPITALIZED_RUN_RE.match(self.text, at)
            return (at, words.end()) if words is not None else None
        return at, at + len(phrase)

    def _lone_dropped(self, pos: int) -> tuple[int, int] | None:
        """For a Romance speech verb at ``pos`` whose subject is left out, right after a
        quotation opening its paragraph ("… la ministra Elena X. Lei ha promesso una risposta.
        ¶ «…», ha assicurato."): the subject of the sentence before, as ``_lone_quote``."""
        k = bisect.bisect_right(self.span_opens, pos) - 1
        # (an auxiliary may stand between: "», ha assicurato.")
        between = self.text[self.spans[k].close_end : pos].split() if k >= 0 else ["x"]
        if any(w != "," and w.lower() not in ROMANCE_AUX for w in between[:3]) or len(between) > 3:
            return None
        got = self._lone_quote(k, dropped=True)
        if got is None:
            return None
        # (the subject opening that sentence, not a name later in it: "Il presidente X ha
        # ricevuto la cancelliera, Y, …" is X's sentence)
        _, ps, _ = self._para_of(got[0])
        phrase = self.text[got[0] : got[1]]
        # (a subject pronoun only, "Lei ha promesso …": a capitalized run may be a place
        # fronted before the verb, and "A ideia nasceu …" no one)
        if not pronoun_subject(phrase) or self._sentence_start(got[0], ps) != got[0]:
            return None
        return got

    def _according_dropped(self, idx: int) -> tuple[int, int] | None:
        """A Spanish quotation in a sentence opening on "según" and a speech verb with its
        subject left out ("La concejala, Ana Ruiz, visitó el barrio. Según explicó, el
        parque «está al límite»." / "Según precisó, …"): the person the sentence before is
        about, as for a quotation standing alone (``_subject_back``), when no quotation
        comes between and the sentences name no one else."""
        if language() != "spanish":
            return None
        span = self.spans[idx]
        _, ps, _ = self._para_of(span.open_at)
        start = self._sentence_start(span.open_at, ps)
        words = self.text[start : min(span.open_at, start + 40)].split(None, 2)
        if (
            start <= ps
            or len(words) < 3
            or words[0] != "Según"
            or not words[1].endswith(",")
            or nm.bare(words[1][:-1]) not in nm.SPEECH_VERBS
            or (idx and self.spans[idx - 1].close_end > start)
        ):
            return None
        got = self._subject_back(start, ps, idx - 1, True)
        if got is None:
            return None
        phrase, at = got
        name = self._resolve(Raw(phrase, at), [])
        if (
            name is None
            or " " not in name
            or not name[:1].isupper()
            or name.split()[0].lower() in _ARTICLES  # (a body: "La Autoridad Portuaria")
            or nm.looks_like_org(name.split())
            # (a person: a first name or a title shows it, or the name opens its sentence)
            or not any(m.name == name for m in self.people.mentions if m.gender or m.subject)
            or self._people_named(at + len(phrase), span.open_at, name)
            or self.text[at : at + len(phrase)] != phrase
        ):
            return None
        return at, at + len(phrase)

    def _person_noun(self, phrase: str) -> bool:
        """True unless the lower-case phrase is a Spanish or Italian noun no person is called
        by: one no one was introduced with, no office, kin or age noun, nor of a person
        noun's ending ("la fornaia", "el entrenador"; not "il forno", "la lluvia")."""
        if language() not in ("spanish", "italian"):
            return True
        noun = role_phrase(phrase, self.text)
        if noun is None:
            return True  # (a pronoun, a name: the resolver decided)
        return (
            noun in self._introduced()
            or noun in SYNONYMS
            or noun in SEXED_NOUNS
            or is_age(phrase)
            or (noun.endswith(_PERSON_ENDS) and noun not in _TOR_THINGS)
        )

    def _role_after_comma(self, toks: list[tuple[str, int, int]]) -> tuple[int, int] | None:
        """In a Spanish, Italian or Portuguese clause before a colon with no speech verb, the
        role noun someone was introduced with that opens it after a fronted phrase: "En uno de
        ellos, fechado en 2019, la entonces concejala escribía a un vecino: «…»" -> "la
        entonces concejala", "Quanto ao penálti, o treinador foi perentório:" -> "o treinador"
        (a noun no one was introduced with, "la lluvia", is no speaker)."""
        lang = language()
        if lang not in ("spanish", "italian", "portuguese"):
            return None
        roles = self._introduced()
        definite = _DEFINITE_PT if lang == "portuguese" else _DEFINITE
        for c in range(len(toks) - 3):
            if toks[c][0] != ",":
                continue
            elided = toks[c + 1][0]
            if elided[:2].lower() in ("l'", "l’") and lang == "italian":
                # "Sul mercato, l'allenatore è stato chiaro:": the article elided
                if elided[2:].islower() and elided[2:] in roles and toks[c + 2][0].isalpha():
                    return toks[c + 1][1], toks[c + 1][2]
                continue
            if toks[c + 1][0].lower() not in definite:
                continue
            # (Portuguese: the noun alone, "o treinador"; "o treinador adversário" is another)
            for n in (2,) if lang == "portuguese" else (2, 3):
                if c + n + 1 >= len(toks) or not all(
                    t[0].islower() for t in toks[c + 2 : c + n + 1]
                ):
                    break
                phrase = self.text[toks[c + 1][1] : toks[c + n][2]]
                noun = role_phrase(phrase, self.text)
                if noun is not None and noun in roles and toks[c + n + 1][0].isalpha():
                    if lang == "portuguese" and not _pt_verb(toks[c + n + 1][0]):
                        break  # "o treinador adversário": an adjective, someone else
                    return toks[c + 1][1], toks[c + n][2]
        return None

    def _colon_chain(self, toks: list[tuple[str, int, int]]) -> tuple[int, int] | None:
        """For a Romance clause before a colon that names no one ("Tras conocer el fallo,
        se mostró satisfecha :", "Elle hésite, puis se lance :"): its subject pronoun, else
        the subject the sentence before opens on."""
        if not toks or language() not in ("french", "spanish", "italian", "portuguese"):
            return None
        if len(toks) > 2 and toks[1][0].islower() and pronoun_subject(toks[0][0]):
            return toks[0][1], toks[0][2]
        # (a name inside an opening question clause is what was asked about: "Perguntado se
        # Gusmão continua, foi direto:")
        if any(t[0][:1].isupper() for t in toks[max(1, asked_clause_end(toks)) :]):
            return None
        para, ps, _ = self._para_of(toks[0][1])
        if toks[0][1] == ps and para > 0 and not self.people.is_headline(para - 1):
            # "Y añade: «…»", "E aggiunge: «…»" opening a paragraph: the subject the
            # paragraph before ends on, when no quotation stands after it
            floor, end = self.paras[para - 1]
            k = bisect.bisect_right(self.span_opens, ps) - 1
            got = self._subject_back(end, floor, k, True)
            if got is None or self.text[got[1] : got[1] + len(got[0])] != got[0]:
                return None
            # (a person: a pronoun, a name, or a role noun the text gives someone, not "El
            # proyecto" or a company)
            who = self._resolve(Raw(*got), [])
            person = who is not None and (
                nm.bare(who.split()[0]) in FIRST_NAMES or bool(self.people.genders(who))
            )
            if pronoun_subject(got[0]) or person:
                return got[1], got[1] + len(got[0])
            return None
        chain = self._epithet_before(toks[-1][1])
        short = language() in ("spanish", "italian") and len(toks) <= 4
        # "A la salida, sin embargo, atendió a los periodistas: «…»": adjuncts, then the verb
        # whose subject is left out (the person named in full there: a surname alone may be
        # someone else's too)
        fronted = not short and verb_after_adjunct(toks, self.people.registry)
        # "Questionado sobre a renovação, foi taxativo:", "Preguntado por su futuro, fue
        # tajante:": the one asked, named in the sentence before
        fronted = fronted or toks[0][0].lower() in ASKED_PARTICIPLES
        if chain is None and (short or fronted):
            # "La propia Ana X … evitó hablar. Sólo dijo: «…»": the one person named there
            chain = self._epithet_before(toks[-1][1], named=True)
            run = _CAPITALIZED_RUN_RE.match(self.text, chain[1]) if chain is not None else None
            if run is None or (fronted and " " not in run.group().strip()):
                return None
            return run.span()
        if chain is None or self.text[chain[1] : chain[1] + len(chain[0])] != chain[0]:
            return None
        return chain[1], chain[1] + len(chain[0])

    def _dropped_back(self, pos: int) -> tuple[str, int] | None:
        """For a French or Portuguese sentence opening at ``pos`` on a speech verb whose
        subject is left out ("Durante o julgamento, o antigo diretor negou tudo. Na última
        sessão, pediu a palavra. Disse que era «…»"): the subject the sentences before open
        on (as ``_subject_back``), in the same paragraph and after the quotation before."""
        if language() not in ("french", "portuguese"):
            return None
        _, ps, _ = self._para_of(pos)
        if pos <= ps or self._sentence_start(pos, ps) != pos:
            return None
        k = bisect.bisect_right(self.span_opens, pos) - 1
        return self._subject_back(pos, ps, k, True)

    def _aged_before(self, pos: int, k: int | None = None) -> tuple[str, int] | None:
        """For a speech verb at ``pos`` right after its quotation: the one person introduced
        with an age in apposition between the quotation before and this one, in its paragraph
        (or in the paragraph before, when the quotation opens its own): "… obra de la juvenil
        Ada Soto, de 18 años. «…», aseguró después." (``ages.aged_person``)."""
        if k is None:
            k = bisect.bisect_right(self.span_opens, pos) - 1
        if k < 0 or self.text[self.spans[k].close_end : pos].strip() not in (",", ""):
            return None
        span = self.spans[k]
        para, ps, _ = self._para_of(span.open_at)
        lo = ps
        if span.open_at <= ps:
            if para == 0 or self.people.is_headline(para - 1):
                return None
            lo = self.paras[para - 1][0]
        if k > 0:
            lo = max(lo, self.spans[k - 1].close_end)
        return aged_person(self.text, self.people.mentions, lo, span.open_at)

    def _aged_lone(self, idx: int) -> tuple[int, int] | None:
        """For a Spanish or Italian quotation opening its sentence with no attribution of its
        own: the one person introduced with an age just before it, as ``_aged_before`` ("…
        ci pensa Ada Neri, 74 anni, fornaia da sempre. ¶ «…»")."""
        if language() not in ("spanish", "italian"):
            return None
        span = self.spans[idx]
        _, ps, _ = self._para_of(span.open_at)
        if self.text[self._sentence_start(span.open_at, ps) : span.open_at].strip():
            return None  # (a colon's clause before it: read by the rules before the mark)
        got = self._aged_before(span.close_end, idx)
        return (got[1], got[1] + len(got[0])) if got is not None else None

    def _sign_text(self, idx: int) -> bool:
        """True for a quotation whose sentence gives it as a sign's, a slogan's or a title's
        words, no one's to speak (``signs.sign_words``)."""
        span = self.spans[idx]
        _, ps, _ = self._para_of(span.open_at)
        before = self.text[self._sentence_start(span.open_at, ps) : span.open_at].rstrip()
        after = self.text[span.close_end : span.close_end + 120]
        if term_before(before, after, self.text[span.start : span.end]):
            return True  # "vor sogenannten „Gaffern“", "Das Motto: „…“": a term, a slogan
        if language() in ("german", "dutch"):
            return cites_a_thing(before)
        if language() not in ("french", "portuguese", "spanish", "italian", "english"):
            return False
        return sign_words(before)


# Portuguese verbs a subject's role noun goes on with before a colon: "o treinador foi
# perentório:", "a autarca mostrou-se", "o médico explicava"
_PT_COPULAS = frozenset("foi é era esteve está estava fica ficou".split())


def _pt_verb(word: str) -> bool:
    word = word.split("-")[0]
    return word in _PT_COPULAS or (
        word.islower() and len(word) > 3 and word.endswith(("ou", "eu", "iu", "ava", "ia"))
    )
