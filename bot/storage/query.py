"""Parse what a user typed into a search query that can never be a syntax error.

Accepted: plain words (all must match), ``"exact phrases"``, ``prefix*``, ``OR``, ``NOT`` and
``-word`` (exclude), ``AND``. Everything else (brackets, colons, ``NEAR(``, stray quotes and
stars, emoji) is treated as ordinary text: each word or phrase is reduced to search words
(:mod:`bot.storage.tokens`) and passed to the full-text engine as a quoted string, so no user
input reaches its query syntax.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.errors import StorageError
from bot.storage.tokens import scope_prefix, words

MAX_TERMS = 16
MAX_QUERY_CHARS = 500
MIN_PREFIX_CHARS = 2
OPERATORS = ("AND", "OR", "NOT")
_BREAKS = frozenset('"()')


@dataclass(frozen=True, slots=True)
class Term:
    """A word or phrase to look for; ``prefix`` matches any word starting with its last word."""

    text: str
    prefix: bool = False
    phrase: bool = False


@dataclass(frozen=True, slots=True)
class SearchQuery:
    """A validated query: terms joined by operators (``"AND"``, ``"OR"``, ``"NOT"``).

    Adjacent terms with no operator between them must all match. The structure is backend
    neutral; :meth:`to_fts5` renders it for SQLite.
    """

    items: tuple[Term | str, ...]

    @property
    def terms(self) -> tuple[Term, ...]:
        return tuple(item for item in self.items if isinstance(item, Term))

    def to_fts5(self, scope_num: int) -> str:
        """The query in SQLite FTS5 syntax for the scope's index words.

        Every term becomes a quoted string of prefixed words (only letters, digits and the
        scope prefix), so no user text can reach the FTS5 query syntax.
        """
        prefix = scope_prefix(scope_num)
        parts = []
        for item in self.items:
            if isinstance(item, Term):
                phrase = " ".join(prefix + word for _, _, word in words(item.text))
                parts.append(f'"{phrase}" *' if item.prefix else f'"{phrase}"')
            else:
                parts.append(item)
        return " ".join(parts)


def _searchable(text: str) -> bool:
    return bool(words(text))


def _last_word_length(text: str) -> int:
    """Length of the last search word (the word a prefix search extends)."""
    found = words(text)
    return len(found[-1][2]) if found else 0


def _tokens(text: str) -> list[Term | str]:
    out: list[Term | str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace() or ch in "()":
            i += 1
            continue
        if ch == '"':
            end = text.find('"', i + 1)
            body = text[i + 1 :] if end == -1 else text[i + 1 : end]
            i = n if end == -1 else end + 1
            prefix = False
            while i < n and text[i] == "*":
                prefix = True
                i += 1
            out.append(Term(" ".join(body.split()), prefix=prefix, phrase=True))
            continue
        j = i
        while j < n and not text[j].isspace() and text[j] not in _BREAKS:
            j += 1
        word = text[i:j]
        i = j
        if word in OPERATORS:
            out.append(word)
            continue
        if word.startswith("-") and _searchable(word):
            out.append("NOT")
            word = word.lstrip("-")
        prefix = word.endswith("*")
        out.append(Term(word.strip("*"), prefix=prefix))
    return out


def parse_query(text: str) -> SearchQuery:
    """Parse user text; ``StorageError`` (friendly) if nothing searchable remains."""
    if not isinstance(text, str):
        raise StorageError("A search needs some words to look for.")
    # lone surrogates and NULs cannot be passed to SQLite; they are not searchable anyway
    text = text.encode("utf-8", "replace").decode("utf-8").replace("\x00", " ")
    if len(text) > MAX_QUERY_CHARS:
        raise StorageError(f"That search is too long: keep it under {MAX_QUERY_CHARS} characters.")
    items: list[Term | str] = []
    leading_not = False
    for token in _tokens(text):
        if isinstance(token, Term):
            if not _searchable(token.text):
                leading_not = False
                if items and isinstance(items[-1], str):
                    items.pop()  # "bridge NOT 🙂 river" must not become "bridge NOT river"
                continue
            if leading_not:
                raise StorageError(
                    "Start with a word to look for before NOT or -word, for example: bridge NOT river."
                )
            if token.prefix:
                if _last_word_length(token.text) < MIN_PREFIX_CHARS:
                    raise StorageError(
                        f"Give at least {MIN_PREFIX_CHARS} letters before * "
                        f"(for example bri* finds bridge and bridges)."
                    )
            items.append(token)
            continue
        if not items:
            leading_not = leading_not or token == "NOT"
            continue  # a leading AND/OR means nothing; a leading NOT cannot be searched
        if isinstance(items[-1], str):
            # several operators in a row: NOT wins, then OR, then AND
            rank = {"AND": 0, "OR": 1, "NOT": 2}
            if rank[token] > rank[items[-1]]:
                items[-1] = token
            continue
        items.append(token)
    while items and isinstance(items[-1], str):
        items.pop()
    terms = [item for item in items if isinstance(item, Term)]
    if not terms:
        raise StorageError(
            'There is nothing to search for in that query. Use words, "exact phrases" or prefix*.'
        )
    if len(terms) > MAX_TERMS:
        raise StorageError(f"That search has too many words: use at most {MAX_TERMS}.")
    return SearchQuery(tuple(items))
