"""Domain errors. Each carries a message that can be shown to a chat user as is."""

from __future__ import annotations


class SummarybotError(Exception):
    """Base class: ``str(error)`` is a friendly, user-facing message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InputError(SummarybotError):
    """The text or file given cannot be summarized (empty, too large, not text...)."""


class LanguageError(InputError):
    """The text is in a language we cannot handle."""


class FetchError(SummarybotError):
    """A link could not be fetched (refused address, timeout, too large, HTTP error...)."""


class ExtractionError(SummarybotError):
    """A page was fetched but no article text could be found in it."""


class TooComplexError(ExtractionError):
    """A document goes past the work we allow for one (elements, pages, unpacked bytes)."""


class StorageError(SummarybotError):
    """The history store refused a request (bad search query, unknown entry...)."""


class NotFoundError(StorageError):
    """No such history entry in this channel."""


class PermissionDenied(SummarybotError):
    """The caller may not do this (e.g. delete someone else's entry)."""


class TimeLimitError(SummarybotError):
    """A job took longer than its time limit."""


class DiscordUnreachable(SummarybotError):
    """Discord's API or gateway could not be reached (no network, DNS failure, outage)."""
