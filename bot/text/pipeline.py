"""The text engine's front door: text in, ``Summary`` (or ranked quotes) out. Pure and picklable."""

from __future__ import annotations

import math
import re
import textwrap
from dataclasses import replace

from bot.errors import InputError
from bot.models import Quote, Summary
from bot.text.boilerplate import strip_leader
from bot.text.keywords import keywords
from bot.text.language import detect_language, language_mismatch, resolve_language
from bot.text.normalize import normalize
from bot.text.prose import looks_like_prose
from bot.text.quotes import distinct_quotes, find_quotes, key_quotes, rank_quotes
from bot.text.segment import Sentence, segment, words
from bot.text.summarize import DEFAULT_METHOD, Document, resolve_method, select

MAX_SENTENCES = 200
DEFAULT_SENTENCES = 5
WORDS_PER_MINUTE = 230

# Chat markup: only text that came from a message (pasted text, a Discord message) has it.
_MENTION = re.compile(r"<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>|<t:-?\d+(?::[tTdDfFR])?>|<id:\w+>")
_EVERYONE = re.compile(r"@(everyone|here)\b")
_CHAT_LINE_MARKUP = re.compile(r"^(?:-# |>>> )", re.MULTILINE)
# Markdown that messages and Markdown files share. No pattern here can rescan text it has passed:
# a link's parts exclude the brackets that would start another, and a pair of markers encloses no
# third one, so a thousand unclosed ``**`` cost what one does.
_MASKED_LINK = re.compile(r"\[([^\[\]\n]{1,300})\]\(<?https?://[^\s)<>\[\]]+>?\)")
_ANGLE_LINK = re.compile(r"<(https?://[^\s<>]+)>")
_INLINE_CODE = re.compile(r"(?<!`)`([^`\n]+)`(?!`)")  # not ``quoted'' speech
_LINE_MARKUP = re.compile(r"^(?:#{1,3} |> )", re.MULTILINE)
_LETTER = re.compile(r"[^\W\d_]")


def _pair(marker: str) -> re.Pattern[str]:
    """``marker``text``marker`` with no marker inside, touching text on both ends (``**bold**``)."""
    m, c = re.escape(marker), re.escape(marker[0])
    return re.compile(rf"{m}(?=\S)((?:[^{c}]|{c}(?!{c}))+?)(?<=\S){m}")


_EMPHASIS = tuple(_pair(marker) for marker in ("**", "__", "~~"))
_SPOILER = _pair("||")


def _without_code_blocks(text: str) -> str:
    """``text`` without its chat code blocks: a line opening with ``` up to the next line that is
    only ```, or a single line that opens and closes. An unclosed fence is text (an article may
    mention "three backticks (```)")."""
    if "```" not in text:
        return text
    lines = text.split("\n")
    closers = [i for i, line in enumerate(lines) if line.strip() == "```"]
    keep: list[str] = []
    c = i = 0
    while i < len(lines):
        line = lines[i].strip()
        if line.startswith("```") and len(line) >= 6 and line.endswith("```"):
            keep.append("")  # ```one line```
            i += 1
            continue
        if line.startswith("```"):
            while c < len(closers) and closers[c] <= i:
                c += 1
            if c < len(closers):
                keep.append("")
                i = closers[c] + 1
                continue
        keep.append(lines[i])
        i += 1
    return "\n".join(keep)


def clean_text(text: str, *, chat: bool = False) -> str:
    """Normalize text and remove Markdown markers (emphasis, links, inline code, headings).

    ``chat`` is for text that came from a message: it also removes what only chat has (code
    blocks, mentions, custom emoji, spoilers, @everyone). Pages, PDFs and files keep those.
    """
    text = normalize(text)
    if chat:
        text = _without_code_blocks(text)
        text = _MENTION.sub("", text)
    text = _MASKED_LINK.sub(r"\1", text)
    text = _ANGLE_LINK.sub(r"\1", text)
    text = _INLINE_CODE.sub(r"\1", text)
    for pattern in (*_EMPHASIS, _SPOILER) if chat else _EMPHASIS:
        text = pattern.sub(r"\1", text)
    text = _LINE_MARKUP.sub("", text)
    if chat:
        text = _CHAT_LINE_MARKUP.sub("", text)
        text = _EVERYONE.sub(r"\1", text)
    return normalize(text)


def sentence_count(total: int, sentences: int | None, ratio: float | None, default: int) -> int:
    """How many sentences to pick: an explicit count, a ratio of the text, or a sensible default."""
    if sentences is not None and ratio is not None:
        raise InputError("Give either a number of sentences or a ratio, not both.")
    if sentences is not None:
        if sentences < 1:
            raise InputError("The number of sentences must be at least 1.")
        return min(sentences, MAX_SENTENCES)
    if ratio is not None:
        if not 0 < ratio <= 1:
            raise InputError("The ratio must be between 0 and 1 (for example 0.2 for a fifth).")
        return max(1, min(MAX_SENTENCES, round(total * ratio)))
    return max(1, min(default, math.ceil(total * 0.35)))


def _prepare(text: str, language: str | None, chat: bool) -> tuple[str, str]:
    if text is None or not text.strip():
        raise InputError("There's no text to summarize: it's empty.")
    cleaned = clean_text(text, chat=chat)
    if not cleaned:
        if chat and "```" in text:
            raise InputError(
                "That looks like a code block, not an article, so there's nothing to summarize."
            )
        raise InputError("There's no text to summarize: it's only mentions, emoji or markup.")
    if not _LETTER.search(cleaned):
        raise InputError("I couldn't find any words to summarize (only numbers, symbols or emoji).")
    if not looks_like_prose(cleaned):
        raise InputError(
            "That doesn't read like prose: it looks like data, a table or a configuration "
            "file, so there's nothing to summarize."
        )
    lang = resolve_language(language) if language else detect_language(cleaned)
    return cleaned, lang


def analyze(
    text: str,
    *,
    title: str | None = None,
    sentences: int | None = None,
    ratio: float | None = None,
    method: str | None = None,
    language: str | None = None,
    default_sentences: int = DEFAULT_SENTENCES,
    max_quotes: int = 3,
    max_keywords: int = 8,
    chat: bool = False,
) -> Summary:
    """Summarize ``text``: chosen sentences in article order, key quotes, keywords and stats.

    ``chat`` says the text came from a message, so chat markup is removed (see ``clean_text``).
    """
    method = resolve_method(method or DEFAULT_METHOD)
    cleaned, lang = _prepare(text, language, chat)
    all_sentences = _without_leaders(segment(cleaned, lang))
    if title is None:
        title = _headline(all_sentences)
    doc = Document.build(all_sentences, lang, title)
    count = sentence_count(len(doc.candidates), sentences, ratio, default_sentences)
    picked = select(doc, count, method)
    chosen = tuple(all_sentences[i].text for i in picked)
    total_words = sum(len(toks) for toks in doc.tokens)
    summary_words = sum(len(words(s, lang)) for s in chosen)
    found = find_quotes(cleaned)
    quotes = key_quotes(found, max_quotes, shown=chosen) if max_quotes else []
    in_summary = [q for q in key_quotes(found, max_quotes) if q not in quotes]
    return Summary(
        sentences=chosen,
        quotes=tuple(quotes),
        keywords=tuple(
            keywords([s.text for s in all_sentences], lang, limit=max_keywords, title=title)
        ),
        language=lang,
        method=method,
        words=total_words,
        sentences_total=len(all_sentences),
        summary_words=summary_words,
        reading_time_seconds=round(total_words * 60 / WORDS_PER_MINUTE),
        title=title or (_opening_title(all_sentences) if chat else None),
        notes=_language_notes(cleaned, lang) if language else (),
        sentence_speakers=sentence_speakers(chosen, found),
        quotes_in_summary=sum(1 for q in in_summary if _inside(q, chosen)),
    )


_QUOTE_SHARE = 0.6  # a sentence "is" a quotation when the quotation holds this share of its words


def sentence_speakers(sentences: tuple[str, ...], found: list[Quote]) -> tuple[str | None, ...]:
    """For each sentence that is (mostly) an attributed quotation, its speaker; else None.

    A sentence that already names the speaker ("..., said Ana Ruiz.") needs no credit line.
    """
    speakers: list[str | None] = []
    for sentence in sentences:
        size = len(sentence.split())
        speaker = next(
            (
                q.speaker
                for q in found
                if q.speaker
                and q.display.rstrip(".!?…") in sentence
                and len(q.display.split()) >= _QUOTE_SHARE * size
                and q.speaker not in sentence
            ),
            None,
        )
        speakers.append(speaker)
    return tuple(speakers)


def _inside(quote: Quote, sentences: tuple[str, ...]) -> bool:
    text = quote.display.rstrip(".!?…")
    return any(text in s for s in sentences)


def _language_notes(text: str, language: str) -> tuple[str, ...]:
    """A note when the language asked for is clearly not the one the text is written in."""
    written = language_mismatch(text, language)
    if written is None:
        return ()
    return (
        f"This text looks like {written.title()}, not {language.title()}: the keywords and the "
        "summary may be off. Leave the language out to let me detect it.",
    )


def _without_leaders(sentences: list[Sentence]) -> list[Sentence]:
    """Sentences with wire datelines ("Washington (CNN) --") and glued caption prompts removed."""
    out = []
    for s in sentences:
        text = strip_leader(s.text, paragraph_start=s.position == 0)
        out.append(s if text == s.text else replace(s, text=text))
    return out


def _headline(sentences: list) -> str | None:
    """The first line of a pasted text when it is a headline (own paragraph, no final stop)."""
    if len(sentences) < 3:
        return None
    first = sentences[0]
    if sentences[1].paragraph == first.paragraph or first.text[-1] in ".!?…:;\"'”’»。！？":
        return None
    return first.text if len(first.text.split()) <= 20 else None


TITLE_CHARS = 60  # a pasted text's title: its first sentence, shortened to this


def _opening_title(sentences: list[Sentence]) -> str | None:
    """A message's first sentence, shortened, as its title (so history lines differ)."""
    if not sentences:
        return None
    first = " ".join(sentences[0].text.split()).rstrip(".")
    return textwrap.shorten(first, TITLE_CHARS, placeholder=" …") or None


def quotations(text: str, *, chat: bool = False) -> list[Quote]:
    """Every direct quotation in ``text`` with its speaker, ranked most informative first."""
    if text is None or not text.strip():
        raise InputError("There's no text to look for quotes in: it's empty.")
    cleaned = clean_text(text, chat=chat)
    return distinct_quotes(rank_quotes(find_quotes(cleaned)))
