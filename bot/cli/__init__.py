"""``summarybot``: the command line (``app`` builds the parser; one module per group of commands)."""

from bot.cli.app import build_parser, configure_logging, main

__all__ = ["build_parser", "configure_logging", "main"]
