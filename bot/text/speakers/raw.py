"""What the attribution rules found for one quotation, before its name is resolved (shared by
the speaker modules)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Raw:
    """What the attribution rules found for one quotation, before name resolution."""

    phrase: str | None  # "he", "Sen. Jo Marlow", "the senator", "a spokesman"
    pos: int  # where the phrase is
    inherited: int | None = None  # index of the quotation whose speaker this one shares
    # shown as written, never read back to someone named before: someone new by a definite
    # role noun ("Der Friedhofsgärtner, den ich besucht habe, …. „…“, meinte er")
    written: bool = False
