"""Extractive summarizers by name: our default, LEAD, and every sumy algorithm that runs offline.

Every method takes a prepared ``Document`` and a sentence count and returns the indices of the
chosen sentences in article order: real sentences, never fragments, deterministic.
"""

from __future__ import annotations

from functools import lru_cache

from bot.text.centrality import DefaultParams, summarize_default
from bot.text.document import Document
from bot.text.methods import DEFAULT_METHOD, METHODS, resolve_method
from bot.text.sumy_methods import SUMY_MAX_SENTENCES, summarize_sumy

# The method dispatch lives here; the default method is in centrality, sumy's in sumy_methods,
# the prepared text in document.
__all__ = [
    "DEFAULT_METHOD",
    "METHODS",
    "SUMY_MAX_SENTENCES",
    "DefaultParams",
    "Document",
    "method_names",
    "resolve_method",
    "select",
    "summarize_default",
    "summarize_lead",
    "summarize_sumy",
]


def summarize_lead(doc: Document, count: int) -> list[int]:
    """The first ``count`` article sentences (skipping page furniture)."""
    return doc.candidates[: max(0, count)]


# ----------------------------------------------------------------------------- registry


def select(doc: Document, count: int, method: str = DEFAULT_METHOD) -> list[int]:
    """Indices (article order) of the ``count`` sentences ``method`` picks."""
    method = resolve_method(method)
    count = min(count, len(doc.candidates))
    if method == "default":
        return summarize_default(doc, count)
    if method == "lead":
        return summarize_lead(doc, count)
    return summarize_sumy(doc, count, method)


@lru_cache(maxsize=1)
def method_names() -> tuple[str, ...]:
    return tuple(METHODS)
