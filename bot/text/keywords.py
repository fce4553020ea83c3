"""Keywords: the terms and short phrases an article is about."""

from __future__ import annotations

import heapq
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from bot.text.language import CJK
from bot.text.segment import CJK_RUN
from bot.text.stopwords import stemmer_for, stop_words

# Links and e-mail addresses are not words ("http amzn" is no keyword). A scheme is short and an
# address starts a token at its first "@": both keep a long token from being read once per letter.
_ADDRESS = re.compile(
    r"(?:\b[a-z][a-z0-9+.-]{0,30}://|\bwww\.)\S+|(?<!\S)[^\s@]+@\S+\.\w+", re.IGNORECASE
)
_POSSESSIVE = re.compile(r"['’]s?$")
# Korean particles and the copula glued to the end of a word.
_JOSA = re.compile(
    r"(?:에서|으로|이다|입니다|까지|부터|에게|한테|처럼|보다|은|는|이|가|을|를|의|에|로|와|과|도|만)$"
)
_AMOUNT = re.compile(
    r"\d+(?:bn|mn|m|k|tn|st|nd|rd|th|s|am|pm|kg|km|mph|ft|mm|cm)"
)  # "9bn", "1990s"
# Words of the page around an article (links, ads, reference lists): never keywords on their own.
_PAGE_WORDS = frozenset(
    """read more full advertisement advert ad ads sponsored visit website click here subscribe
    newsletter share comments comment login sign menu cookie cookies privacy policy doi pubmed
    crossref article articles page continues below related""".split()
)
_PAGE_PHRASES = frozenset({"google scholar", "web of science", "view article", "full text"})
# A phrase never runs across punctuation: "Rust. We're on it" has no phrase "Rust We're".
_PUNCTUATION = r"[.,;:!?()\[\]{}\"“”«»„‹›—–|…•·/\\。、，！？；：「」『』（）]"
_BREAK = re.compile(_PUNCTUATION + r"|(?<![^\W_])['‘’]|['‘’](?![^\W_])")
# One pass for alphabetic scripts: a word (as ``segment.words`` reads it) or a break (a quote
# mark inside a word is part of the word, so one left over is a break).
_WORD_OR_BREAK = re.compile(r"([^\W_]+(?:['’][^\W_]+)*)|" + _PUNCTUATION + r"|['‘’]")


def clauses(sentence: str, language: str) -> list[list[str]]:
    """The words of ``sentence`` in runs between punctuation, links left out."""
    if "/" in sentence or "@" in sentence or "www." in sentence:
        sentence = _ADDRESS.sub(" | ", sentence)
    if language in CJK or (not sentence.isascii() and CJK_RUN.search(sentence)):
        return _cjk_clauses(sentence)
    runs: list[list[str]] = []
    run: list[str] = []
    for match in _WORD_OR_BREAK.finditer(sentence):
        word = match.group(1)
        if word:
            run.append(word)
        elif run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    return runs


# Chinese and Japanese have no spaces: katakana runs are words (loanwords), a short run of
# kanji is a word, a long one (Chinese) is read as overlapping bigrams, and hiragana (Japanese
# particles and endings) separates words like punctuation.
_CJK_PIECE = re.compile(
    r"(?P<kata>[\u30a0-\u30ffー]+)|(?P<han>[\u3400-\u4dbf\u4e00-\u9fff]+)|(?P<hira>[\u3040-\u309f]+)"
    r"|(?P<word>[^\W_\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]+(?:['’][^\W_]+)*)"
)
_HAN_WORD = 6  # a kanji run up to this long is one word


def _cjk_clauses(sentence: str) -> list[list[str]]:
    runs: list[list[str]] = []
    for part in _BREAK.split(sentence):
        run: list[str] = []
        for match in _CJK_PIECE.finditer(part):
            piece = match.group()
            if match.lastgroup == "hira":
                if run:
                    runs.append(run)
                run = []
            elif match.lastgroup == "han" and len(piece) > _HAN_WORD:
                run.extend(piece[i : i + 2] for i in range(len(piece) - 1))
            else:
                run.append(piece)
        if run:
            runs.append(run)
    return runs


def keywords(
    sentences: Sequence[str], language: str, *, limit: int = 8, title: str | None = None
) -> list[str]:
    """Top terms or two-word phrases, stop words out, words with the same stem merged.

    A term scores by how often it occurs, more when it occurs early or in the title; a phrase
    (two adjacent content words, with no punctuation between them, seen at least twice)
    replaces its single words when it is as frequent. Each stem is shown in its most common
    spelling (so "Senate" keeps its capital).
    """
    stem = stemmer_for(language)
    stops = stop_words(language)
    n = max(1, len(sentences))
    scores: Counter[str] = Counter()
    phrase_scores: Counter[tuple[str, str]] = Counter()
    phrase_counts: Counter[tuple[str, str]] = Counter()
    phrase_forms: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    counts: Counter[str] = Counter()
    early = max(3, n // 10)
    weighted = itertools.chain(  # read one sentence at a time: a 1 MB text stays unlisted
        (
            (run, 2.0 if i < early else 1.0)
            for i, sentence in enumerate(sentences)
            if sentence != title  # a headline line is the title, weighed (once) below
            for run in clauses(sentence, language)
        ),
        ((run, 3.0) for run in (clauses(title, language) if title else ())),
    )
    body_runs = True  # the title's runs come last: they weigh, but a phrase must recur in the body
    skip: dict[str, bool] = {}
    for toks, weight in weighted:
        if weight == 3.0:
            body_runs = False
        previous: str | None = None
        previous_token = ""
        for token in toks:
            if "'" in token or "’" in token:  # shown as "Google", not "Google's"
                token = _POSSESSIVE.sub("", token) or token
            elif language == "korean" and len(token) >= 4:  # a 3-syllable name stays whole
                token = _JOSA.sub("", token) or token  # 드라마의 -> 드라마, 엘제이의 -> 엘제이
            low = token.lower()
            skipped = skip.get(low)
            if skipped is None:
                skipped = skip[low] = (
                    low in stops
                    or len(low) < (2 if CJK_RUN.match(low) else 3)  # CJK words come as bigrams
                    or low.isdigit()
                    or not any(ch.isalpha() for ch in low)
                    or _AMOUNT.fullmatch(low) is not None
                )
            if skipped:
                previous = None
                continue
            key = stem(low)
            scores[key] += weight
            forms[key][token] += 1
            counts[key] += 1
            if previous is not None:
                phrase_scores[(previous, key)] += weight
                phrase_counts[(previous, key)] += body_runs
                phrase_forms[(previous, key)][_joined(previous_token, token)] += 1
            previous = key
            previous_token = token
    if not scores:
        return []
    chosen: list[str] = []
    used: set[str] = set()
    ranked_phrases = [
        (p, s) for p, s in phrase_scores.items() if phrase_counts[p] >= 2 and p[0] != p[1]
    ]
    scored = [(s * 2.0, p) for p, s in ranked_phrases] + [
        (s, (k,))
        for k, s in scores.items()
        if counts[k] >= 2 or not CJK_RUN.match(k)  # a CJK bigram seen once is mostly noise
    ]
    # spell out only the best-scored few: a long text has tens of thousands of terms
    top = heapq.nlargest(max(50, 10 * limit), scored, key=lambda c: c[0])
    candidates = [
        (score, _form(phrase_forms[keys] if len(keys) == 2 else forms[keys[0]]), keys)
        for score, keys in top
    ]
    candidates.sort(key=lambda c: (-c[0], c[1].lower()))
    seen_display: set[str] = set()
    for _score, display, keys in candidates:
        if len(chosen) >= limit:
            break
        if any(k in used for k in keys) or display.lower() in seen_display:
            continue
        low = display.lower()
        if low in _PAGE_PHRASES or all(w in _PAGE_WORDS for w in low.split()):
            continue  # "Read", "Advertisement", "Visit Website", "Google Scholar": the page's
        if language == "german" and not any(w[:1].isupper() for w in display.split()):
            continue  # German writes every noun capitalised: "teilweise gesperrt" names nothing
        chosen.append(display)
        seen_display.add(display.lower())
        used.update(keys)
    return chosen


def _joined(first: str, second: str) -> str:
    """Two adjacent words as a phrase; overlapping CJK bigrams merge: 市議 + 議会 -> 市議会."""
    if first[-1:] == second[:1] and CJK_RUN.match(second):
        return first + second[1:]
    return f"{first} {second}"


def _form(counter: Counter[str]) -> str:
    """Most common spelling; each word lower case unless it is mostly written capitalised.

    Casing is decided word by word, so "zwei Jahre" keeps its noun's capital and "Marlow bay"
    cannot come from a sentence-initial "Marlow" alone.
    """
    best, _ = max(counter.items(), key=lambda kv: (kv[1], kv[0].islower(), kv[0]))
    words = best.split(" ")
    total = sum(counter.values())
    shown = []
    for i, word in enumerate(words):
        capitalised = sum(
            n
            for f, n in counter.items()
            if (parts := f.split(" ")) and len(parts) > i and parts[i][:1].isupper()
        )
        shown.append(word.lower() if capitalised * 2 <= total and not word.isupper() else word)
    return " ".join(shown)
