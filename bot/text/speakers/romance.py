"""Rules of the French, Spanish, Italian and Portuguese news shapes that look past one
clause (private to ``attribution.py``, mixed into ``Attributor``).

Romance news drops the subject of a speech verb ("», ha aggiunto.", "À saída, limitou-se a
dizer:") and refers back with a role noun ("L'éleveur, lui, … « … », prévient-il."): the
subject of the sentence before then names the speaker.
"""

from __future__ import annotations

import bisect

from bot.text.lexicon import load
from bot.text.speakers import foreign as fw
from bot.text.speakers import names as nm
from bot.text.speakers.copular import cleft_pronoun, identified_person
from bot.text.speakers.dropped import dropped_subject
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.fronted import opens_on_article
from bot.text.speakers.groups_esit import count_word
from bot.text.speakers.marks import Span
from bot.text.speakers.mentions import Mention
from bot.text.speakers.openings_esit import REACHED, described_after_adjuncts
from bot.text.speakers.people import People
from bot.text.speakers.reading import language
from bot.text.speakers.romance_colons import WHO as _WHO
from bot.text.speakers.romance_colons import RomanceColonRules
from bot.text.speakers.romance_words import (
    ASKED_PARTICIPLES,
    clitic_after,
    pronoun_subject,
)
from bot.text.speakers.shapes import Token

_EN_VERBS = load("speech_verbs_en")


# Spanish and Italian prepositions opening a fronted topic before the subject
_FRONTING = frozenset("sobre acerca sul sulla sui sugli sullo riguardo".split())
_THEN = frozenset("Puis Ensuite Alors Depois Então Luego Después Poi".split())
# indefinite articles: a noun phrase opening on one after a fronted adjunct is a subject
_INDEFINITE = frozenset("un une um uma uno una unos unas uns umas".split())


# prepositions (with their articles) that govern a name inside a fronted adjunct: "Do lado do
# Braga, X lamentou …", "Du côté de Lens, …", "Nel derby contro la Juve, …"
_GOVERNING = frozenset(
    "de do da dos das del della dello dei di du des à au aux a al ao contra contre contro en em"
    " in".split()
)


def _lower_or_governed(toks: list[Token], lo: int, hi: int) -> bool:
    """True when every word of ``toks[lo:hi]`` is in lower case or is a capitalized name a
    preposition governs (a place's or a club's: "Do lado do Braga", "del Real Betis"), so
    the words are an adjunct, not a subject."""
    governed = False
    for q in range(lo, hi):
        word = toks[q][0]
        if word[:1].isupper():
            prev = toks[q - 1][0].lower() if q > lo else ""
            governed = governed or prev in _GOVERNING
            if not governed:
                return False
        else:
            governed = False
    return True


def _opening_person(mentions: list[Mention], names: set[str], toks: list[Token]) -> str:
    """The person named in full who opens the sentence ``toks`` followed by a comma or a
    lower-case word other than "and" ("Pilar X, hermana de …", "Ana X se acogió …"), else ""."""
    first = next((m for m in mentions if m.pos == toks[0][1] and m.name in names), None)
    if first is None or " " not in first.name:
        return ""
    n = len(first.name.split())
    after = toks[n][0] if n < len(toks) else ""
    return first.name if after == "," or (after.islower() and after not in ("y", "e")) else ""


# a body's aside naming who heads it ("El jurado, presidido por X,", "Le jury, présidé par
# X,", "la giuria, presieduta da X,", "o júri, presidido por X,"): the body speaks, not X
_HEADED = frozenset(
    "presidido presidida presididos présidé présidée présidés presieduto presieduta presieduti"
    " dirigido dirigida dirigé dirigée diretto diretta encabezado encabezada liderado liderada"
    " coordinado coordinada coordonné coordonnée coordinato coordinata".split()
)
_BY = frozenset("por par da pelo pela dal dalla dallo".split())


class RomanceRules(RomanceColonRules):
    """Cross-sentence subject rules; ``Attributor`` provides the text and clause helpers."""

    text: str
    spans: list[Span]
    span_opens: list[int]
    paras: list[tuple[int, int]]
    people: People

    def _para_of(self, pos: int) -> tuple[int, int, int]:
        raise NotImplementedError

    def _sentence_start(self, pos: int, floor: int) -> int:
        raise NotImplementedError

    def _tokens(self, start: int, end: int) -> list[Token]:
        raise NotImplementedError

    def _role_appositive(self, toks: list[Token], k: int) -> tuple[int, int] | None:
        raise NotImplementedError

    def _romance_subject(
        self, toks: list[Token], k: int, inner: bool = False
    ) -> tuple[int, int] | None:
        raise NotImplementedError

    def _fronted_phrase(self, toks: list[Token]) -> bool:
        raise NotImplementedError

    def _first_name_run(self, toks: list[Token], j: int) -> tuple[int, int] | None:
        raise NotImplementedError

    def _epithet_before(self, pos: int, named: bool = False) -> tuple[str, int] | None:
        """The Romance role noun ("L'éleveur", "La joueuse"), or the name after one in commas,
        opening the sentence before the quotation whose attribution is at ``pos``, in the
        same paragraph, as (phrase, where); with ``named``, else the one person that sentence
        names ("Deluso l'allenatore X. «…», ha ammesso.")."""
        k = bisect.bisect_right(self.span_opens, pos) - 1
        _, ps, _ = self._para_of(pos)
        start = self._sentence_start(pos, ps)
        if k >= 0 and self.spans[k].open_at < start < self.spans[k].close_end:
            start = self.spans[k].open_at  # a quotation of several sentences opens its own
        if k + 1 < len(self.spans) and start == self._sentence_start(self.spans[k + 1].open_at, ps):
            k += 1  # the verb before the quotation in its sentence: "À saída, limitou-se a dizer:"
        elif k < 0 or start != self.spans[k].open_at:
            return None  # the quotation does not open its sentence
        if start <= ps or (k and self.spans[k - 1].close_end > start):
            return None
        # (a phrase in marks inside the sentence before, after its subject, leaves it the
        # subject's: "X llegó «de rebote», según sus palabras. «…», cuenta." (Spanish, Italian)
        inside = language() in ("spanish", "italian")
        return self._subject_back(start, ps, k - 1, named, inside=inside)

    def _read_back(self, idx: int) -> tuple[int, int] | None:
        """(floor, end) of the text before quotation ``idx`` that opens its own sentence, in
        which to read back for its speaker: its paragraph up to it, or, when it opens its
        paragraph, the whole paragraph before (never a headline); None when the quotation does
        not open its sentence."""
        span = self.spans[idx]
        para, ps, _ = self._para_of(span.open_at)
        start = self._sentence_start(span.open_at, ps)
        if self.text[start : span.open_at].strip():
            return None
        if start > ps:
            return ps, start
        if para == 0 or self.people.is_headline(para - 1):
            return None
        return self.paras[para - 1]

    def _inside_sentence(self, k: int, prev: int) -> bool:
        """True when the quotation ``k`` and any before it in the sentence opening at ``prev``
        are words inside that sentence, after its subject ("Elle a dénoncé une « université à
        deux vitesses »."): the sentence is still the person's."""
        while k >= 0 and self.spans[k].close_end > prev:
            span = self.spans[k]
            if span.open_at <= prev or not self.text[span.start : span.start + 1].islower():
                return False
            k -= 1
        return True

    def _subject_back(
        self, end: int, floor: int, k: int, named: bool, inside: bool = False
    ) -> tuple[str, int] | None:
        """The subject (as ``_opener``) of the sentence ending at ``end``, or, when that
        sentence drops its subject ("Pidió además que …", "Ha chiesto inoltre …"), of the
        sentence before it (two such steps at most), all at or after ``floor`` and after
        the end of the quotation ``k`` (-1: none); with ``inside``, a quotation inside such a
        sentence after its subject is no end ("Elle a dénoncé une « … ».")."""
        for _ in range(3):
            if end <= floor:
                return None
            prev = self._sentence_start(end - 1, floor)
            if k >= 0 and self.spans[k].close_end > prev:
                if not (inside and self._inside_sentence(k, prev)):
                    return None
            toks = self._tokens(prev, end)
            if not dropped_subject(toks, self.people.registry):
                return self._opener(toks, prev, end, named)
            end = prev
        return None

    def _opener(
        self, toks: list[Token], prev: int, start: int, named: bool
    ) -> tuple[str, int] | None:
        """The role noun, the name after one in commas, a subject pronoun or (``named``) the
        one person named, that the sentence ``toks`` (from ``prev`` to ``start``) opens on."""
        if not toks:
            return None
        if (
            len(toks) > 1
            and nm.bare(toks[0][0]) in FIRST_NAMES
            and count_word(toks[0][0], toks[1][0])
        ):
            return None  # "Otto ore di stop, …": a count opening the sentence, not "Otto"
        identified = identified_person(self.text, self.people, toks)
        if identified is not None:
            return identified
        # ("Le préfet de X, Hugues Mercier, a reçu …": the name after the role)
        got = self._role_appositive(toks, 0)
        if got is None and (got := self._romance_subject(toks, 0)):
            if clitic_after(toks, got):
                got = None  # "El aviso lo dio … la hermana, Marta X, …": a fronted object
            elif named and (inner := self._named_aside(got[1], start)) is not None:
                return inner  # "La defensa, a cargo del abogado X Y, pidió …": the person
        # (a longer one opening on "Sobre", "Sul", … may name things: "Sobre el auge de la
        # música del Pacífico, la veterana es cauta.")
        fronted = toks[0][0].lower() in _FRONTING and language() in ("spanish", "italian")
        c = next(
            (c for c in range(2, min(len(toks), 16 if fronted else 10)) if toks[c][0] == ","), 0
        )
        if (
            got is None
            and c
            and (_lower_or_governed(toks, 1, c) or fronted)
            and nm.bare(toks[0][0]) not in nm.ACCORDING | nm.FOR_WHOM | {"de"}  # "De acordo com"
        ):
            # after a fronted adjunct: "Consultado sobre su futuro, el volante adelantó …"
            got = self._role_appositive(toks, c + 1) or self._romance_subject(toks, c + 1, True)
        if got is None and language() in ("spanish", "italian"):
            # adjuncts in commas after a time word: "Ieri, raggiunto al telefono, l'ex
            # allenatore …", "Sabato sera, a caldo, il cinquantunenne …": the subject after
            # the last comma, on its article
            c = next(
                (
                    c
                    for c in range(min(len(toks), 12) - 2, 1, -1)
                    if toks[c][0] == ","
                    and opens_on_article(toks[c + 1][0])
                    and all(t[0].islower() or t[0] == "," for t in toks[1:c])
                    and any(t[0] == "," for t in toks[1:c])
                ),
                0,
            )
            if c:
                got = self._role_appositive(toks, c + 1) or self._romance_subject(toks, c + 1, True)
        if got is None and language() == "spanish":
            got = described_after_adjuncts(self.text, toks)
        if (
            got is None
            and toks[0][0].lower() in ASKED_PARTICIPLES
            and language() in ("french", "portuguese")
        ):
            got = self._asked_one(toks)  # "Perguntado se …, o médico hesitou. «…»"
        p = int(len(toks) > 3 and toks[0][0] in _THEN)  # ("Puis elle se retourne. « … »")
        if got is None and len(toks) > p + 2 and toks[p + 1][0].islower():
            if pronoun_subject(toks[p][0].capitalize()):
                got = toks[p][1], toks[p][2]  # "Ella sí quiso hablar. «…», dijo.": the pronoun's
        if (
            got is None
            and len(toks) > 3
            and toks[0][0] in ("Anche", "También", "Também")
            and toks[1][0] in ("lei", "lui", "ella", "él", "ela", "ele")
            and toks[2][0].islower()
        ):
            got = toks[1][1], toks[1][2]  # "Anche lei ha qualcosa da dire.": the pronoun's
        if got is None and cleft_pronoun(toks):
            # "La madre, Ana X, annuisce. È lei che lo accompagna alle gare. «…»"
            got = toks[1][1], toks[1][2]
        if (
            got is None
            and language() in ("spanish", "italian", "portuguese")
            and len(toks) > 2
            and toks[1][0].islower()
            and toks[0][0][:1].isupper()
        ):
            # "Ruiz no se dio por vencido.": a surname alone, for a full name seen before
            full = self.people.name_in(toks[0][0], toks[0][1])
            if full is not None and full[1] and " " in full[0]:
                got = toks[0][1], toks[0][2]
        if got is None and named:
            lo = bisect.bisect_left(self.people._mention_pos, prev)
            hi = bisect.bisect_left(self.people._mention_pos, start)
            # (someone a first name or a title shows to be a person: not "de Serra Talhada")
            names = {m.name for m in self.people.mentions[lo:hi] if m.gender}
            if not names:
                # "A deputada Gracinda Veloso considera … «…», argumentou.": a first name
                # no list holds, but the full name is that sentence's subject
                names = {m.name for m in self.people.mentions[lo:hi] if m.subject}
            one = next(iter(names)) if len(names) == 1 else ""
            if len(names) > 1:
                # "Pilar X, hermana de la acusada y esposa de Y, se acogió …": the one the
                # sentence opens on, named in full, with an aside or a verb after the name
                one = _opening_person(self.people.mentions[lo:hi], names, toks)
            if " " in (name := one):
                pos = next(m.pos for m in self.people.mentions[lo:hi] if m.name == name)
                whole = self.text.find(name, pos, pos + len(name) + 30)
                end = self.text.find(last := name.split()[-1], pos, pos + len(name) + 30)
                if whole < 0 <= end:  # (the words naming them there: "Mme X" for "Ana X")
                    return self.text[pos : end + len(last)], pos
                return name, max(whole, pos)
            if one and nm.bare(one) in FIRST_NAMES and toks[0][0] == one:
                return one, next(m.pos for m in self.people.mentions[lo:hi] if m.name == one)
        return (self.text[got[0] : got[1]], got[0]) if got else None

    def _asked_one(self, toks: list[Token]) -> tuple[int, int] | None:
        """For a French or Portuguese sentence opening on a participle of being asked, however
        long the question ("Perguntado se a cidade estava preparada para uma epidemia desta
        dimensão, o médico hesitou.", "Perguntada se …, ela demora a responder.", "Interrogée
        sur son avenir, l'ancienne ministre sourit."): the one asked, the subject after the
        comma closing the question (a role noun, a name or a subject pronoun)."""
        for c in range(2, min(len(toks) - 2, 40)):
            if toks[c][0] != ",":
                continue
            nxt = toks[c + 1][0]
            if pronoun_subject(nxt.capitalize()) and toks[c + 2][0].islower():
                return toks[c + 1][1], toks[c + 1][2]  # "…, ela demora a responder."
            if opens_on_article(nxt) or nxt[:1].isupper():
                return self._role_appositive(toks, c + 1) or self._romance_subject(
                    toks, c + 1, True
                )
        return None

    def _named_aside(self, end: int, limit: int) -> tuple[str, int] | None:
        """The one person (by a full name) named in the aside in commas right after a
        role noun ending at ``end``: "La defensa, a cargo del abogado X Y, pidió …"."""
        if self.text[end : end + 1] != ",":
            return None
        close = self.text.find(",", end + 1, min(limit, end + 120))
        aside = self.text[end + 1 : close].split()
        if close < 0 or any(c in self.text[end:close] for c in '.;:«»"“”\n') or not aside:
            return None
        if aside[0].lower() in _WHO:
            return None  # "la mujer, que vive en X desde …": a relative clause, no aside
        if len(aside) > 1 and aside[0].lower() in _HEADED and aside[1].lower() in _BY:
            return None  # "El jurado, presidido por el crítico X,": the jury, not who chairs it
        lo = bisect.bisect_left(self.people._mention_pos, end)
        hi = bisect.bisect_left(self.people._mention_pos, close)
        found = {m.name: m.pos for m in self.people.mentions[lo:hi] if m.gender or " " in m.name}
        return next(iter(found.items())) if len(found) == 1 else None

    def _zero_subject(self, toks: list[Token], v: int) -> bool:
        """True for a Romance clause with no subject before its speech verb: a fronted
        adjunct, then only lower-case words ("All'uscita si è limitato a dire:", "À saída,
        limitou-se a dizer:"); the verb then goes on with the person named before."""
        if not toks or v < 2:
            return False
        first = toks[0][0]
        if fw.ELIDED_PREP_RE.match(first):
            k = 1
        elif (
            first.lower() in fw.FRONT_PREPS
            or self._fronted_phrase(toks)
            # "Raggiunta al telefono, racconta di …": a participle of being reached or asked
            or (first.lower() in REACHED and language() in ("spanish", "italian"))
        ):
            k = next((c + 1 for c in range(1, min(v, 12)) if toks[c][0] == ","), 0)
            if not k:
                return False
        else:
            return False
        if k < v and language() in ("spanish", "italian") and opens_on_article(toks[k][0]):
            return False  # "En un comunicado, la compañía atribuyó …": a subject after all
        if k + 1 < v and toks[k][0].lower() in _INDEFINITE and toks[k + 1][0][:1].isalpha():
            # "Em nota, um porta-voz da marinha afirmou que …", "Na segunda-feira, um
            # pescador disse …": someone unnamed is the subject, not the person named before
            return False
        if k == v and first.lower() in REACHED:
            return True  # (the verb right after the participle's comma: "…, racconta")
        return k < v and all(t[0].islower() for t in toks[k:v])

    def _object_then_colon(self, toks: list[Token], after: int, clause: str) -> bool:
        """True when a Romance speech verb with no subject of its own is followed by a name
        and the clause ends on a colon: "Une perspective qui inquiète Josiane Perrin : « »"."""
        return (
            clause.rstrip().endswith(":")
            and toks[after - 1][0].lower() not in _EN_VERBS
            and after < len(toks)
            and toks[after][0][:1].isupper()
        )
