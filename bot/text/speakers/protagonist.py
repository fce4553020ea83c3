"""The subject of a profile speaks its free-standing quotation paragraphs (French, Spanish,
Italian, Portuguese and, in the first person only, English; private to ``attribution.py``).

A profile or an interview portrait names its subject first (in the headline or the opening
sentence) and quotes them throughout, often in paragraphs that are only quotation, with no
speech verb, after a paragraph about their life rather than about what they said:

    Odile Ferrand tient la quincaillerie de la place depuis 1991. « … », dit-elle.
    Née à Vienne, elle a grandi à la ferme. Son oncle voulait qu'elle « devienne notaire ».
    « J'aimais trop le bruit du tiroir-caisse. »

    La cocinera se ríe cuando le preguntamos por los clientes difíciles.
    «Una vez vino un señor de Madrid …»

The subject is the first person the headline or the opening paragraph names, when the text
quotes them elsewhere, else the one person who plainly dominates the attributed quotations (at
least three, and two more than anyone else). A paragraph that is only a quotation no rule
attributed is theirs when it speaks in the first person ("je", "mi", "eu", "I"), when it
follows a paragraph given so, or, when they dominate the quotations, when the paragraph before
it names and quotes no one else; never a headline's, nor one after a paragraph introducing
someone else ("Illustrator X worked with her.", "One driver … described …"). So is an answer
to the writer's question just before it in its paragraph ("Il segreto? «…»"), and a
first-person quotation ending a paragraph of their story that names no one, after their words.
"""

from __future__ import annotations

import re
from collections import Counter

from bot.text.speakers.kin import RELATIVES
from bot.text.speakers.marks import Span, closes_on_comma, spaces_back
from bot.text.speakers.people import People
from bot.text.speakers.reading import language
from bot.text.speakers.romance_words import FIRST_PERSON_RE

# English first-person words ("I", "I’m", "me", "my", "mine", "myself")
_ENGLISH_FIRST_PERSON = re.compile(r"\b(?:I|me|my|mine|myself)\b|\bI['’](?:m|ve|ll|d)\b")

_MIN_QUOTES = 3  # a dominant speaker's attributed quotations at least
_LEAD = 2  # and this many more than anyone else's


def _alone(text: str, span: Span, paras: list[tuple[int, int]]) -> bool:
    """True when ``span`` is all of its paragraph (its marks and a full stop aside)."""
    ps, pe = paras[span.paragraph]
    return not text[ps : span.open_at].strip() and not text[span.close_end : pe].strip(" .")


def _dominant(people: People, speakers: list[str | None]) -> str | None:
    """The one person (a full name) with most of the text's attributed quotations, or None."""
    counts = Counter(s for s in speakers if s and s[:1].isupper() and " " in s)
    if not counts:
        return None
    ranked = counts.most_common(2)
    name, top = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    if top < _MIN_QUOTES or top < second + _LEAD:
        return None
    person = any(m.name == name and (m.gender or m.subject) for m in people.mentions)
    return name if person else None


def _subject(people: People, speakers: list[str | None]) -> str | None:
    """The person the profile is about (see the module's note), or None."""
    # (the first person named in the headline or the opening paragraph: one a first name or
    # a title shows to be a person, else the subject of a sentence, else anyone)
    # (not a dateline in capitals, "VILLAFRÍA DEL CONDE.– …", read as a name)
    opening = [m for m in people.mentions if m.para <= 1 and " " in m.name and not m.name.isupper()]
    first = next((m.name for m in opening if m.gender), None)
    first = first or next((m.name for m in opening if m.subject), None)
    first = first or next((m.name for m in opening), None)
    if first is not None and first in speakers:
        return first
    return _dominant(people, speakers)


def protagonist_speakers(
    text: str,
    spans: list[Span],
    paras: list[tuple[int, int]],
    people: People,
    speakers: list[str | None],
) -> None:
    """Give the free-standing quotation paragraphs no rule attributed to the profile's subject
    (in place)."""
    lang = language() or ""
    first_person = _ENGLISH_FIRST_PERSON if lang == "english" else FIRST_PERSON_RE.get(lang)
    if first_person is None or not people.mentions:
        return
    name = _subject(people, speakers)
    if name is None:
        return
    if lang == "english":
        _possessed_others(text, spans, paras, people, speakers, name)
    if all(s is not None for s in speakers):
        return
    # (after a plain paragraph, only for someone who dominates the quotations: one quoted once
    # before may be a relative the subject talks about)
    # (not in English, where a paragraph of quotation after one a plural or an unresolved
    # pronoun attributes, "…,” they said in a statement. ¶ “…”", goes on with that one)
    dominant = lang != "english" and name == _dominant(people, speakers)
    previous = -1  # the last quotation given so
    for idx, span in enumerate(spans):
        para = span.paragraph
        if para < 1 or people.is_headline(para - 1):
            continue
        if (
            _asked(text, spans, paras, people, idx, name)
            and name in speakers[:idx]
            and not (
                _other_quoted(text, spans, speakers, idx, name)
                # (the question alone: "Lei scuote la testa. Ha paura? «…»" tells of the subject)
                and not re.search(r"[.!?]\s", text[paras[para][0] : span.open_at].rstrip()[:-1])
            )
        ):
            # "Il segreto? “Non c’è segreto. …”": the answer to the writer's question is the
            # subject's, over a speaker the rules took from outside its paragraph
            ps, pe = paras[para]
            got = speakers[idx]
            if got is None or got.split()[-1] not in text[ps:pe]:
                speakers[idx] = name
                previous = idx
            continue
        if speakers[idx] is not None or _other_introduced(text, paras, people, para - 1, name):
            continue
        if _other_quoted(text, spans, speakers, idx, name):
            continue  # "…,” she said. ¶ “I do not know what I will do.”": the one before goes on
        if _alone(text, span, paras):
            if (
                first_person.search(text, span.start, span.end)
                or (previous == idx - 1 and spans[previous].paragraph == para - 1)
                or (dominant and _plain_before(text, spans, paras, people, speakers, idx, name))
            ):
                speakers[idx] = name
                previous = idx
        elif (
            idx > 0
            and spans[idx - 1].paragraph == para - 1
            and speakers[idx - 1] == name
            and _closes_plain(text, spans, paras, people, idx)
            and first_person.search(text, span.start, span.end)
        ):
            # "«…», precisa X. ¶ Arrivò dalla Sicilia nel 1955. «Mio padre mi mise sul treno
            # …»": a first-person quotation ending a paragraph whose sentences before it name
            # no one, after a paragraph ending on the subject's words (not "Una enfermera se
            # acercó a abrazarla. “Mis turnos …”" after someone else's)
            speakers[idx] = name
            previous = idx


# someone introduced as another person's relation or aide: "Her manager, Priya X,", "his
# brother, Tom X,"
_POSSESSED_INTRO = re.compile(r"\b(?:[Hh]er|[Hh]is) (?:[a-z-]+ ){0,2}[a-z-]+, ")


def _possessed_others(
    text: str,
    spans: list[Span],
    paras: list[tuple[int, int]],
    people: People,
    speakers: list[str | None],
    name: str,
) -> None:
    """In an English profile, give back to its subject (``name``) a quotation that a pronoun
    gave to someone the text introduced as a relation or an aide of someone of that gender
    ("Her manager, Priya X, says …" ¶ "Now she is back …" ¶ "“…,” she admits."), when
    that person's name is not written in the quotation's paragraph nor the one before: the
    "her" of the introduction is the subject, whom the text calls "she" throughout (in place).
    """
    # (each person's genders and introduction found once, not once per quotation: a long text
    # with thousands of quotations stays linear)
    genders_of: dict[str, set[str]] = {}
    for m in people.mentions:
        if m.gender is not None:
            genders_of.setdefault(m.name, set()).add(m.gender)
    genders = genders_of.get(name, set())
    intros = _Intros(text)
    seen = False  # ``name`` has spoken before the quotation
    for idx, span in enumerate(spans):
        other = speakers[idx]
        if idx and speakers[idx - 1] == name:
            seen = True
        if not other or other == name or " " not in other or not seen:
            continue
        if genders_of.get(other, set()) != genders:
            continue
        if not intros.before(other, span.open_at):
            continue
        near = text[paras[max(0, span.paragraph - 1)][0] : paras[span.paragraph][1]]
        if not any(re.search(rf"\b{re.escape(w)}\b", near) for w in other.split()):
            speakers[idx] = name


class _Intros:
    """Where the text introduces each person as someone's relation or aide ("Her manager, X,"):
    the introductions are found once, and each person is looked up among them once, so a long
    text naming many people stays linear."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.sites: dict[str, list[int]] = {}  # the names' first three letters -> where they start
        for m in _POSSESSED_INTRO.finditer(text):
            self.sites.setdefault(text[m.end() : m.end() + 3], []).append(m.end())
        self.ends: dict[str, int | None] = {}  # a person -> where their first introduction ends

    def before(self, name: str, pos: int) -> bool:
        """True when the text introduces ``name`` that way before ``pos``."""
        if name not in self.ends:
            whole = re.compile(rf"{re.escape(name)}\b")
            self.ends[name] = next(
                (
                    at + len(name)
                    for at in self.sites.get(name[:3], ())
                    if whole.match(self.text, at)
                ),
                None,
            )
        end = self.ends[name]
        return end is not None and end <= pos


def _other_quoted(
    text: str, spans: list[Span], speakers: list[str | None], idx: int, name: str
) -> bool:
    """True when the paragraph before quotation ``idx``'s ends on words someone other than
    ``name`` said, a quotation opening on a capital ("Jacques Perrin … « Si l'école ferme … »,
    dit-il. ¶ Et si la gare ferme ? « … »"); not a phrase inside a sentence ("Son oncle
    voulait qu'elle « devienne institutrice »")."""
    para = spans[idx].paragraph
    before = [k for k, s in enumerate(spans[:idx]) if s.paragraph == para - 1]
    if not before or speakers[before[-1]] in (None, name):
        return False
    return text[spans[before[-1]].start : spans[before[-1]].start + 1].isupper()


def _before_in_paragraph(
    text: str, spans: list[Span], paras: list[tuple[int, int]], idx: int
) -> str | None:
    """The text of quotation ``idx``'s paragraph before it, when it is the paragraph's first
    quotation and ends the paragraph (a full stop aside), else None."""
    span = spans[idx]
    ps, pe = paras[span.paragraph]
    if idx > 0 and spans[idx - 1].paragraph == span.paragraph:
        return None
    if idx + 1 < len(spans) and spans[idx + 1].paragraph == span.paragraph:
        return None
    return text[ps : span.open_at]


def _asked(
    text: str,
    spans: list[Span],
    paras: list[tuple[int, int]],
    people: People,
    idx: int,
    name: str,
) -> bool:
    """True when quotation ``idx`` answers a question the writer puts just before it in its
    paragraph, naming no one but the subject ("Ha paura che finisca? “…”", "E a reforma, Dona
    Albertina? «…», responde."); not a question about someone else ("Su hijo, Adrián X, …
    ¿Seguirá la saga? «…»"). (The caller asks too that the subject was quoted before: not
    "The tagline? “…”" opening a report.)"""
    span = spans[idx]
    before = _before_in_paragraph(text, spans, paras, idx)
    if before is None or not before.rstrip().endswith("?") or len(before) > 300:
        return False
    ps = paras[span.paragraph][0]
    own = set(name.split())
    return all(set(m.name.split()) <= own for m in people.mentions if ps <= m.pos < span.open_at)


def _closes_plain(
    text: str, spans: list[Span], paras: list[tuple[int, int]], people: People, idx: int
) -> bool:
    """True when quotation ``idx`` ends its paragraph after sentences of it that name no one and
    do not announce it with a colon (a sign, a letter: "un cartello: «…»")."""
    span = spans[idx]
    before = _before_in_paragraph(text, spans, paras, idx)
    if before is None or not before.strip() or before.rstrip().endswith(":"):
        return False
    ps, pe = paras[span.paragraph]
    if text[span.close_end : pe].strip(" ."):
        return False
    first = before.split(" ", 1)[0].lower()
    if (
        first in _INDEFINITE
        or first in _DEFINITE
        or first in _POSSESSIVES
        or first[:2] in ("l'", "l’")
    ):
        return False  # "A vizinha tem 88 anos. «Eu …»": the person the sentences are about
    return not any(ps <= m.pos < span.open_at for m in people.mentions)


def _other_introduced(
    text: str, paras: list[tuple[int, int]], people: People, para: int, name: str
) -> bool:
    """True when paragraph ``para`` introduces someone else by full name as the subject of a
    sentence and ends on its own words, not a quotation ("Illustrator Bram Oosterhout (71)
    worked with her for thirty years."): the quotation paragraph after it is theirs, not the
    profile's subject's."""
    ps, pe = paras[para]
    if text[ps:pe].rstrip()[-1:] in _CLOSING:
        return False
    words = text[ps:pe].split(None, 2)
    if words[0].lower() in _INDEFINITE and (
        len(words) < 2 or words[1].strip(",.").lower() not in _TIMES
    ):
        return True  # "One driver, who asked not to be named, described …": someone unnamed
    if words[0].lower() in _POSSESSIVES and len(words) > 1 and words[1].strip(",.").lower() in _KIN:
        return True  # "His wife, Pat, is less enthusiastic.", "Sa fille, elle, n'a rien oublié."
    surname = name.split()[-1]
    return any(
        ps <= m.pos < pe and m.subject and " " in m.name and m.name.split()[-1] != surname
        for m in people.mentions
    )


def _plain_before(
    text: str,
    spans: list[Span],
    paras: list[tuple[int, int]],
    people: People,
    speakers: list[str | None],
    idx: int,
    name: str,
) -> bool:
    """True when quotation ``idx`` opens on a capital (what someone said, not a fragment) after
    a paragraph that names and quotes no one but ``name``."""
    span = spans[idx]
    if not text[span.start : span.start + 1].isupper():
        return False
    pps, ppe = paras[span.paragraph - 1]
    if {m.name for m in people.mentions if pps <= m.pos < ppe} - {name}:
        return False  # the paragraph before names someone else
    quoted = {speakers[k] for k, s in enumerate(spans) if s.paragraph == span.paragraph - 1}
    return not quoted - {name, None}  # or quotes someone else


def unclosed_speakers(
    text: str, spans: list[Span], paras: list[tuple[int, int]], speakers: list[str | None]
) -> None:
    """A quotation over several paragraphs leaves each paragraph but the last unclosed and
    opens the next on a new mark; its attribution stands in a later paragraph:

        « Elle servait les ouvriers à 6 heures du matin. …
        « Moi, j'ai gardé la soupe. », dit-elle.

    A paragraph that is only such an unclosed quotation, with no speaker, takes the speaker
    of the quotation that goes on at the start of the next paragraph (in place; from the last
    paragraph back, so a chain of them takes it too). The same holds for such paragraphs run
    together on one line, where the next paragraph's mark stopped the quotation (``marks``):

        “The queue starts at six. "Nobody has complained yet," said the caretaker, Ivo Brandt.
    """
    for idx in range(len(spans) - 2, -1, -1):
        span, nxt = spans[idx], spans[idx + 1]
        if speakers[idx] is not None or speakers[idx + 1] is None:
            continue
        if nxt.open_at == span.close_end and text[span.close_end - 1 : span.close_end] == " ":
            if closes_on_comma(text, nxt):  # (not '"A. "B." X said the …'; '"B", disse X')
                speakers[idx] = speakers[idx + 1]  # (stopped by the next one's mark, one line)
            continue
        ps, pe = paras[span.paragraph]
        if text[ps : span.open_at].strip() or span.close_end < spaces_back(text, pe):
            continue  # not all of its paragraph, or closed before the paragraph's end
        if text[span.close_end - 1 : span.close_end] in _CLOSING:
            continue  # closed: a quotation of its own
        if nxt.paragraph != span.paragraph + 1 or nxt.open_at != paras[nxt.paragraph][0]:
            continue
        if not {text[span.open_at], text[nxt.open_at]} <= _OPENING:
            continue  # a line a dash opens ends where its attribution begins
        speakers[idx] = speakers[idx + 1]


# articles opening a paragraph about someone unnamed ("Un pêcheur …", "One driver …")
_INDEFINITE = frozenset("a an one another un une una uno um uma ein eine een".split())
_DEFINITE = frozenset("the le la les el los las il lo gli o os as de het der die das".split())
_CLOSING = frozenset('»”’“"›«‹')  # (German closes »…« on «)
_OPENING = frozenset('«“„‘"‹»')  # (Spanish goes on with "»")
# a word of time after an indefinite article: "Un jour de 1984, elle a tout quitté." opens no
# one's introduction
_TIMES = frozenset(
    "day morning evening night week month year time jour matin soir nuit semaine mois an année"
    " fois día mañana tarde noche semana mes año vez giorno mattina sera notte settimana mese"
    " anno volta dia manhã noite mês ano tag morgen abend nacht woche monat jahr mal dag ochtend"
    " avond week maand jaar keer".split()
)
# a possessive and a relative (``kin.RELATIVES``) or companion opening a paragraph about that
# other person ("His wife, Pat, …", "Sa fille, elle, …", "Su hija …", "Her neighbour of fifty
# years …")
_POSSESSIVES = frozenset(
    "his her their sa son ses su sus sua seu suo sein seine ihr ihre zijn haar".split()
)
_KIN = RELATIVES | frozenset(
    "wife husband partner widow grandson granddaughter neighbour neighbor friend colleague boss"
    " assistant femme mari compagne compagnon voisin voisine ami amie esposa esposo marido mujer"
    " vecino vecina amigo amiga moglie marito vicino vicina mulher vizinho vizinha frau mann"
    " nachbar nachbarin vrouw man buurman buurvrouw".split()
)
