"""The summarizer methods by name: a registry without the summarizers' own imports (numpy, sumy).

Processes that only check a method name (the command line, the store's settings) load this, not
``bot.text.summarize``.
"""

from __future__ import annotations

from bot.errors import InputError

DEFAULT_METHOD = "default"

METHODS: dict[str, str] = {
    "default": "position-aware centrality with redundancy control (ours; best on news)",
    "lead": "the first sentences (a strong baseline for news)",
    "lexrank": "sumy LexRank (graph centrality)",
    "textrank": "sumy TextRank (graph centrality)",
    "lsa": "sumy LSA (latent semantic analysis)",
    "luhn": "sumy Luhn (significant-word clusters)",
    "kl": "sumy KL-Sum (word-distribution divergence)",
    "sumbasic": "sumy SumBasic (word probability)",
    "reduction": "sumy Reduction (graph of shared words)",
    "edmundson": "sumy Edmundson (cue, key, title and location words)",
}


def resolve_method(name: str | None) -> str:
    """Validate a method name (case-insensitive); ``None`` is the default method."""
    if not name:
        return DEFAULT_METHOD
    key = name.strip().lower().replace("-", "").replace("_", "")
    if key in METHODS:
        return key
    raise InputError(f"Unknown method {name!r}. Choose one of: {', '.join(METHODS)}.")
