"""Is this prose at all? Data and configuration files are refused before they are summarized."""

from __future__ import annotations

import re

# A word as prose writes it: letters (with inner apostrophes or hyphens), maybe followed by
# punctuation ("said,", "end.", "well-known", "l'eau"), maybe after an opening mark.
_PROSE_WORD = re.compile(r"[\"'“‘«„(\[¿¡]*[^\W\d_]+(?:['’\-][^\W\d_]+)*[.,;:!?\"'”’»)\]…]*")
# Enough tokens to judge; a short note is always let through.
_MIN_TOKENS = 40
# Prose is mostly words: in news text well over half of the tokens are. Tables of figures,
# /etc/passwd, CSV, logs and JSON fall far below.
_MIN_WORD_SHARE = 0.35
_SAMPLE_CHARS = 200_000
# A table with this many lines of real sentences around it is still an article.
_MIN_PROSE_LINES = 2
# Scripts written without spaces between words: Thai, Lao, Myanmar, Khmer, kana, CJK, Hangul.
_UNSPACED = re.compile(
    r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"
)


def looks_like_prose(text: str) -> bool:
    """False for text that is mostly not words: fields joined by colons, paths, numbers, code.

    Judged on the tokens between white space (the first 200,000 characters): prose has at least
    a third of them made of letters, as words are. Scripts without spaces between words (Chinese,
    Japanese, Thai) are always prose here: the test cannot read them.
    """
    tokens = text[:_SAMPLE_CHARS].split()
    if len(tokens) < _MIN_TOKENS:
        return True
    sample = text[:_SAMPLE_CHARS]
    unspaced = len(_UNSPACED.findall(sample))
    if unspaced and unspaced > 0.3 * sum(map(str.isalpha, sample)):
        return True  # a script written without spaces between words
    needed = _MIN_WORD_SHARE * len(tokens)
    words = 0
    for token in tokens:  # counted only as far as the share needs
        if _PROSE_WORD.fullmatch(token):
            words += 1
            if words >= needed:
                return True
    # Mostly a table or a list, but a few paragraphs of real sentences around it are an article.
    return _prose_lines(sample) >= _MIN_PROSE_LINES


def _prose_lines(text: str) -> int:
    """Lines that read as sentences: eight tokens or more, most of them words."""
    count = 0
    for line in text.splitlines():
        tokens = line.split()
        if len(tokens) >= 8 and sum(1 for t in tokens if _PROSE_WORD.fullmatch(t)) >= 0.6 * len(
            tokens
        ):
            count += 1
            if count >= _MIN_PROSE_LINES:
                break
    return count
