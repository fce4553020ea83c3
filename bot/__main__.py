"""``python -m bot`` is the same as the ``summarybot`` command."""

from bot.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
