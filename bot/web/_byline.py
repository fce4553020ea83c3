"""Bylines and datelines: an article's author and date from the lines around its headline."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

import lxml.html
from htmldate.extractors import try_date_expr

from bot.text.lexicon import load
from bot.web._text import clean_value

_READING_TIME = re.compile(
    r"\W*(?:\d+\s*(?:min|mins|minutes?|minutos?)\.?\s*(?:read|reading|de leitura|de lectura|"
    r"lesezeit|de lecture)?|(?:reading time|read time|tempo de leitura|tiempo de lectura|"
    r"lesezeit|temps de lecture)\W*\d+\s*\w*)\W*",
    re.IGNORECASE,
)
# A year, a clock time or a numeric date.
_DATE_MARK = re.compile(
    r"\b(?:1[89]\d\d|20\d\d)\b|\b\d{1,2}:\d{2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b"
)
_WORD = re.compile(r"[^\W\d_]+")
# Words a dateline or byline is made of, besides the names in it.
_DATE_WORDS = load(
    *(f"months_{lang}" for lang in ("en", "short_en", "de", "fr", "es", "pt", "ru")),
    *(f"weekdays_{lang}" for lang in ("en", "short_en", "fr", "es", "pt")),
) | frozenset(
    """
    am pm a m p est edt pst pdt cst cdt mst mdt gmt utc bst cet cest ist et pt ct by on at of
    the and in updated update published posted last modified written date de da do em às por
    e publicado atualizado atualizada el actualizado le mis à jour publié par von um
    uhr aktualisiert veröffentlicht текст автор фото опубликовано обновлено
    """.split()
)
_BYLINE = re.compile(
    r"(?:^|\s)(?:[Bb]y|BY|[Pp]or|[Vv]on|[Pp]ar)\s+([A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|da|van|von|der)){0,3})"
    r"\s*(?:$|[,|•·\-–—(]|\bon\b|\bin\b|\d)"
)
_NOT_AUTHORS = frozenset(
    {"view more posts", "about the author", "name", "author", "authors", "posted by", "by",
     "admin", "administrator", "anonymous", "unknown", "guest", "editor", "user", "written by",
     "more posts", "all posts", "read more", "follow", "share", "email", "comments"}
)  # fmt: skip


def byline_author(paragraphs: list[str]) -> str | None:
    """A name from a short "By Jane Doe" line near the top of the text."""
    for line in paragraphs:
        if len(line) <= 100:
            m = _BYLINE.search(line)
            if m and m.group(1).casefold() not in _NOT_AUTHORS:
                return m.group(1)
    return None


def page_author(value: Any) -> str | None:
    """The page's author(s), without the date words a byline drags in: "Dana Whitlock; Ravi
    Okafor Monday; November" -> "Dana Whitlock; Ravi Okafor"."""
    author = clean_value(value)
    if not author or "http" in author:
        return None
    names: list[str] = []
    for part in author.split(";"):
        part = _AUTHOR_LEAD.sub("", part)
        part = _AUTHOR_TAIL.split(part, maxsplit=1)[0]  # "Jo Moss is a reporter", "… Subscribe"
        tokens = part.split()
        keep = len(tokens)
        while keep and len(tokens[keep - 1].strip(".,")) == 1:
            keep -= 1
        if len(tokens) - keep >= 2:  # credentials read as initials: "Nora Feld M P H"
            tokens = tokens[:keep]  # ("James R" keeps his initial)
        while tokens and _is_date_word(tokens[-1]):
            tokens.pop()
        while tokens and _is_date_word(tokens[0]):
            tokens.pop(0)
        name = " ".join(tokens).strip(" ,:|-–—")
        if names and _CREDENTIAL.fullmatch(name.replace(" ", "")):
            names[-1] += f", {name.replace(' ', '')}"  # "Corinne Ashby-Lowe; MD": her degree
        elif _looks_like_name(name) and name not in names:
            names.append(name)
    return "; ".join(names) or None


_CREDENTIAL = re.compile(r"(?:[A-Z]\.?){2,4}|Ph\.?D\.?|M\.?Sc\.?|CFP®?|RN|Jr\.?|Sr\.?")


# What bylines wrap around a name: "View all posts by …", "About the author …", "… is a reporter",
# "… Subscribe", "… Updated Jan 5".
_AUTHOR_LEAD = re.compile(
    r"^\s*(?:view (?:all|more) (?:posts|articles|stories) by|about the author|more (?:from|by)|"
    r"written by|posted by|authors?\b:?)\s*",
    re.IGNORECASE,
)
_AUTHOR_TAIL = re.compile(
    r"(?<!\s)\s+(?:is an?|was an?|subscribe|follow|read more|updated|published|posted|"
    r"last updated)\b",
    re.IGNORECASE,
)
_AUTHOR_JUNK = frozenset("www com net org facebook twitter instagram log login username".split())
_ROLE_WORDS = frozenset(
    """senior junior staff chief managing contributing deputy associate executive lead principal
    analyst editor reporter writer correspondent contributor columnist producer team desk
    staff""".split()
)


def _looks_like_name(name: str) -> bool:
    """False for what is left of a byline that names no one: "Log", "Www Facebook Com",
    "Senior Analyst"."""
    words = [w.strip(".,") for w in name.split()]
    if not words or name.casefold() in _NOT_AUTHORS:
        return False
    if any(w.casefold() in _AUTHOR_JUNK for w in words):
        return False
    if all(w.casefold() in _ROLE_WORDS for w in words):
        return False
    return not (len(words) == 1 and len(words[0]) <= 3)


def _is_date_word(token: str) -> bool:
    """A date, time or byline word; short ones that are also names ("May", "Sun") are kept."""
    word = token.strip(".,:;|()").casefold()
    return (
        not word
        or any(ch.isdigit() for ch in word)
        or word in _EDGE_WORDS
        or (word in _DATE_WORDS and len(word) > 3)
    )


_EDGE_WORDS = frozenset("by on at of the and in am pm gmt utc est edt pst pdt bst cet".split())

# Text nodes looked at for a dateline: a byline sits near the top of the page.
_DATELINE_NODES = 3000
_EARLIEST = datetime(1995, 1, 1)


def dateline_date(tree: lxml.html.HtmlElement) -> str | None:
    """A date written in a short dateline or byline line ("Published 5 March 2024 · 3 min"),
    when the page's metadata gave none; a sentence of prose never gives one."""
    latest = datetime.now()
    for i, node in enumerate(tree.itertext()):
        if i >= _DATELINE_NODES:
            break
        line = node.strip()
        if 6 <= len(line) <= 100 and is_dateline(line):
            found = try_date_expr(line, "%Y-%m-%d", True, _EARLIEST, latest)
            if found:
                return found
    return None


def is_dateline(line: str) -> bool:
    if len(line) > 100 or line.endswith((".", "!", "?", ":")) and not _READING_TIME.search(line):
        return False
    if _READING_TIME.fullmatch(line.strip()):
        return True
    if not _DATE_MARK.search(line):
        return False
    words = [w for w in _WORD.findall(line.casefold()) if w not in _DATE_WORDS]
    return len(words) <= 3
