"""Paragraphs, sentences and words, with no NLTK data.

A rule-based splitter written for news text: it knows abbreviations (Mr., U.S., Jan.), initials,
decimals, sentences ending inside a closing quote, ellipses, bullet lists and headlines without a
final stop. It runs in linear time (about 50x faster than pysbd; see benchmarks/segmentation.py).
``SumyTokenizer`` plugs it into sumy through sumy's tokenizer protocol.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.text.language import CJK
from bot.text.lexicon import (
    MONTHS_EN,
    MONTHS_SHORT_EN,
    US_STATE_ABBREVIATIONS,
    WEEKDAYS_EN,
    load,
)

# Abbreviations after which a period never ends a sentence: titles and words that need what follows.
_TITLES = frozenset(
    """mr mrs ms mx dr prof sen rep gov gen lt col maj capt cpt sgt cmdr adm rev hon pres supt insp det
    st ste mt ft messrs mme mlle mm sra srta sig dott dra hr frau herrn ing dipl
    vs cf approx ca nos nr figs vol pp eds dept univ assn
    jan feb mar apr jun jul aug sep sept oct nov dec
    z.b u.a d.h bzw usw vgl evtl ggf inkl ggü e.g i.e av avda ud uds pág núm dña sta sto avv
    проф акад доц ул пр просп пл пер им тов гос руб коп тыс млн млрд стр см св др вул ім пров""".split()
)
# Abbreviations that can also end a sentence: split when a capitalised word follows.
_AMBIGUOUS = (
    frozenset("inc ltd co corp plc llc etc jr sr bros est a.m p.m d.c n.y l.a no op ed".split())
    | US_STATE_ABBREVIATIONS
)
# Country initials are mostly followed by a noun ("U.S. Army"): split only before a sentence opener.
_COUNTRY = frozenset("u.s u.k u.n e.u".split())
_OPENERS = frozenset(
    """the a an he she it they we i you his her its their our this that these those there here
    but and or so yet if when while after before as in on at for from with by to of not no
    mr mrs ms dr some many most all one two three four five six seven eight nine ten
    what who why how where which however meanwhile instead still then now today yesterday""".split()
)
_MONTHS = MONTHS_EN | load("months_de")

# Candidate sentence end: terminal punctuation, optional closing quotes/brackets, then whitespace.
_END = re.compile(r"(?:(?<![.!?])[.!?]+|…|\.\.\.)(?:[\"'”’“»)\]]| »)*(?=\s+(\S))")
_CJK_END = re.compile(r"[。！？!?]+[」』”’）)]*")
_WORD = re.compile(r"\w+(?:['’.-]\w+)*")
_BULLET = re.compile(r"^\s*(?:[-*•▪◦‣–—·]|\d{1,3}[.)]|\([a-z0-9]\))\s+")
_TERMINAL = frozenset(".!?…:;\"'”’»)]。！？")
_PARA_BREAK = re.compile(r"\n[ \t]*\n")
_WRAP_WIDTH = 55


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of an article, with where it stands."""

    text: str
    index: int  # position among all sentences of the text
    paragraph: int  # index of its paragraph
    position: int  # position inside its paragraph


def paragraphs(text: str) -> list[str]:
    """Split normalized text into paragraphs.

    Blank lines always separate paragraphs. Inside a block, a line break separates paragraphs
    unless the line looks wrapped (a long line without a final stop followed by a continuation);
    bullet items and short headline lines are paragraphs of their own.
    """
    result: list[list[str]] = []  # each paragraph as its lines, joined once at the end
    for block in _PARA_BREAK.split(text):
        current: list[str] = []
        for raw in block.split("\n"):
            line = raw.strip()
            if not line:
                continue
            bullet = _BULLET.match(line)
            if bullet:
                line = line[bullet.end() :].strip()
                if current:
                    result.append(current)
                current = []
                if line:
                    result.append([line])
                continue
            if current and _is_wrapped(current, line):
                current.append(line)
            else:
                if current:
                    result.append(current)
                current = [line]
        if current:
            if result and _continues(result[-1], current[0]):
                result[-1].extend(current)  # a line broken by a stray <br>
            else:
                result.append(current)
    return [" ".join(lines) for lines in result]


def _continues(previous: list[str], block: str) -> bool:
    """A block that goes on with the sentence the previous one left open ("…and we are very"
    + blank line + "impressed with their work…"); "iPhone 11 review" starts a new one."""
    first = block[:1]
    return (
        _long_enough(previous)
        and previous[-1][-1].isalpha()
        and first.islower()
        and not block[1:2].isupper()
    )


def _is_wrapped(previous: list[str], line: str) -> bool:
    if previous[-1][-1] in _TERMINAL:
        return False
    first = line[0]
    if first.islower():
        return True
    return _long_enough(previous) and not first.isdigit()


def _long_enough(lines: list[str]) -> bool:
    """The lines joined by spaces are at least ``_WRAP_WIDTH`` long (reads at most that many)."""
    total = -1
    for line in lines:
        total += len(line) + 1
        if total >= _WRAP_WIDTH:
            return True
    return False


def split_sentences(paragraph: str, language: str = "english") -> list[str]:
    """Split one paragraph into sentences (verbatim text, whitespace trimmed)."""
    paragraph = paragraph.strip()
    if not paragraph:
        return []
    if language in CJK or _mostly_cjk(paragraph):
        return _split_cjk(paragraph)
    sentences = []
    start = 0
    marks = _QuoteMarks(paragraph)
    for match in _END.finditer(paragraph):
        end = match.end()
        if _is_boundary(paragraph, match, start, language) and not marks.inside_quote(end):
            piece = paragraph[start:end].strip()
            if piece:
                sentences.append(piece)
            start = end
            marks.restart(end)
    tail = paragraph[start:].strip()
    if tail:
        sentences.append(tail)
    if _GLUED.search(paragraph):
        sentences = [part for piece in sentences for part in _unglue(piece)]
    return sentences


# A full stop with no space after it, between a lower-case word and a capitalised one: pages
# that lose a tag between paragraphs glue sentences ("…shut on Wednesday.The leak began…").
_GLUED = re.compile(r"(?<=[a-z]{3}[.!?])(?=[A-Z][a-z]{2})")


def _unglue(piece: str) -> list[str]:
    parts: list[str] = []
    start = 0
    # the word before each glue point, read once however long: its dots, and a "/" or "@" in it
    read = dots = 0
    address = False
    for match in _GLUED.finditer(piece):
        at = match.start()
        space = piece.rfind(" ", read, at)
        if space != -1:
            read, dots, address = space + 1, 0, False
        dots += piece.count(".", read, at)
        address = address or piece.find("/", read, at) != -1 or piece.find("@", read, at) != -1
        read = at
        if dots > 1 or address:
            continue  # a domain or an address: example.Com, a.b.Cd
        parts.append(piece[start : match.start()].strip())
        start = match.start()
    parts.append(piece[start:].strip())
    return [p for p in parts if p]


_QUOTE_SPAN = 600  # a quotation longer than this may be split into its sentences


_COUNTED_MARKS = '„“"”«»'


class _QuoteMarks:
    """The quote marks of the sentence being read, counted once each as its end moves on."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.any = any(mark in text for mark in _COUNTED_MARKS)
        self.restart(0)

    def restart(self, start: int) -> None:
        """A new sentence begins at ``start``."""
        self.upto = start
        self.count = dict.fromkeys(_COUNTED_MARKS, 0) if self.any else {}

    def inside_quote(self, end: int) -> bool:
        """True when ``end`` falls inside a quotation that opened in this sentence and closes soon.

        Quoted speech of several sentences stays one unit (``"We won. It's over," she said.``):
        its parts on their own would be fragments. A quotation that never closes in the paragraph
        (one that runs on into the next) does not hold up splitting.
        """
        if not self.any:
            return False
        text, count = self.text, self.count
        for mark in count:
            count[mark] += text.count(mark, self.upto, end)
        self.upto = end
        if count["„"] > count["“"]:
            closer = "“"
        elif count['"'] % 2 == 1:
            closer = '"'
        elif count["“"] > count["”"]:
            closer = "”"
        elif count["«"] > count["»"]:
            closer = "»"
        else:
            return False
        return text.find(closer, end, end + _QUOTE_SPAN) != -1


def _is_boundary(text: str, match: re.Match, start: int, language: str) -> bool:
    next_char = match.group(1)[0]
    punct = match.group(0)
    if next_char.islower():
        return False
    if not (next_char.isupper() or next_char.isdigit() or next_char in "\"'“‘«„¿¡([–—-*"):
        # e.g. a sentence followed by an emoji or symbol: still a boundary after ! ? or ...
        if not punct.startswith(("!", "?", "…", "...")) and not next_char.isalpha():
            return not punct.startswith(".")
    if not punct.startswith(".") or punct.startswith("..."):
        return True
    raw = _token_before(text, start, match.start())
    if not raw:
        return True
    raw = raw.lstrip("\"'“‘«„([")
    if "-" in raw:  # "then-Sen. Obama", "ex-Gov. Smith": the abbreviation is the last part
        tail = raw.rsplit("-", 1)[1]
        if tail.lower() in _TITLES or tail.lower() in _AMBIGUOUS:
            raw = tail
    token = raw.lower()
    if not token:
        return True
    if len(token) == 1 and token.isalpha():
        return False  # an initial: "J. Smith", "Plan B." is rarer than "George W. Bush"
    letters = token.replace(".", "")
    if not letters.isalpha():
        # numbers and amounts end sentences ("fell 2.6%."), except German-style ordinals
        if token.isdigit() and len(token) <= 2 and language != "english":
            next_word = _next_word(text, match.end())
            return next_word.lower() not in _MONTHS and not next_word[:1].isupper()
        return True
    next_word = _next_word(text, match.end())
    if token in _COUNTRY:
        return next_word.lower() in _OPENERS and next_word[:1].isupper()
    if token in _AMBIGUOUS:
        if next_char == "(":
            return False  # "ST. JOSEPH, Mich. (AP) —", "Acme Inc. (NYSE: ACME)"
        if token in ("a.m", "p.m") and next_word.lower() in _TIME_FOLLOWERS:
            return False  # "at 10 a.m. Friday", "9 p.m. ET"
        return next_word[:1].isupper()
    if token in _TITLES and (raw[:1].isupper() or "." in token or token in _LOWER_ABBREVIATIONS):
        return False
    if "." in token and len(token) <= 6:  # other dotted initials: N.A.S.A., e.V.
        return next_word.lower() in _OPENERS and next_word[:1].isupper()
    return True


_TIME_FOLLOWERS = (
    WEEKDAYS_EN
    | frozenset(
        """today tomorrow tonight
    et est edt ct cst cdt mt mst mdt pt pst pdt gmt bst utc cet cest local""".split()
    )
    | _MONTHS
    | MONTHS_SHORT_EN
)

# lower-case abbreviations that are never sentence-final words in prose
_LOWER_ABBREVIATIONS = frozenset(
    "vs cf approx ca nos nr pp z.b u.a d.h bzw usw vgl evtl ggf inkl e.g i.e "
    "ул пр просп пл пер им руб коп тыс млн млрд стр см св вул ім пров prof".split()
)


def _token_before(text: str, start: int, end: int) -> str:
    """The run of non-space characters that ends at ``end`` (not before ``start``).

    Only the last ``_TOKEN_WINDOW`` characters are read: a longer token is no abbreviation, and
    reading it whole at every full stop of a long sentence ("A. A. A. …") would be quadratic.
    """
    lo = max(start, end - _TOKEN_WINDOW)
    piece = text[lo:end]
    if not piece or piece[-1].isspace():
        return ""
    parts = piece.rsplit(maxsplit=1)
    return parts[-1]


_TOKEN_WINDOW = 64


def _next_word(text: str, pos: int) -> str:
    match = _WORD.search(text, pos, pos + 60)
    return match.group(0) if match else ""


def _mostly_cjk(text: str) -> bool:
    """Chinese or Japanese: sentences end at 。！？ with no space. Korean writes spaces and
    full stops, so it goes through the ordinary rules."""
    cjk = len(_CJK_CHAR.findall(text, 0, 400))
    return cjk > 0.3 * min(len(text), 400)


_CJK_CHAR = re.compile("[\u3040-\u9fff]")


def _split_cjk(paragraph: str) -> list[str]:
    sentences = []
    start = 0
    for match in _CJK_END.finditer(paragraph):
        piece = paragraph[start : match.end()].strip()
        if piece:
            sentences.append(piece)
        start = match.end()
    tail = paragraph[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences


def segment(text: str, language: str = "english") -> list[Sentence]:
    """All sentences of a normalized text, in order, with their paragraph positions."""
    result: list[Sentence] = []
    for p, para in enumerate(paragraphs(text)):
        for i, sentence in enumerate(split_sentences(para, language)):
            result.append(Sentence(sentence, len(result), p, i))
    return result


_WORD_CHARS = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]+")


def words(sentence: str, language: str = "english") -> list[str]:
    """Word tokens of a sentence (letters and digits; CJK text as character bigrams)."""
    if language in CJK or CJK_RUN.search(sentence):
        tokens: list[str] = []
        last = 0
        for run in CJK_RUN.finditer(sentence):
            tokens.extend(_WORD_CHARS.findall(sentence, last, run.start()))
            chars = run.group(0)
            tokens.extend(chars[i : i + 2] for i in range(max(1, len(chars) - 1)))
            last = run.end()
        tokens.extend(_WORD_CHARS.findall(sentence, last))
        return tokens
    return _WORD_CHARS.findall(sentence)


class SumyTokenizer:
    """sumy's tokenizer protocol (``to_sentences``, ``to_words``) on our own rules: no NLTK data."""

    def __init__(self, language: str = "english") -> None:
        self._language = language

    @property
    def language(self) -> str:
        return self._language

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(split_sentences(paragraph, self._language))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(words(sentence, self._language))
