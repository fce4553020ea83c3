"""Shared helpers of the summary, speed and segmentation benchmarks.

The evaluation data is never copied into the repository: it is read at run time from
``$SUMMARYBOT_EVAL_DIR`` (the eval root) or, by default, ``../shared/eval`` next to the repo.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT_DIR = REPO / "benchmarks" / "out"
SUMMARY_SETS = ("cnndm", "bbc")


def eval_dir() -> Path:
    """The evaluation root: ``$SUMMARYBOT_EVAL_DIR`` or ``<repo>/../shared/eval``."""
    env = os.environ.get("SUMMARYBOT_EVAL_DIR")
    return Path(env).expanduser() if env else REPO.parent / "shared" / "eval"


def summaries_file(name: str, split: str) -> Path:
    """``<eval>/summaries/<name>-<split>.jsonl``, e.g. ``summaries_file("bbc", "dev")``."""
    return eval_dir() / "summaries" / f"{name}-{split}.jsonl"


def fail(message: str, code: int = 2) -> None:
    """Print ``error: message`` on stderr and exit with ``code``."""
    print(f"error: {message}", file=sys.stderr)
    raise SystemExit(code)


HELD_SPLIT = "test"
HELD_MESSAGE = (
    "the test split is held by the summarybot team: it is not in the shared evaluation folder "
    "and is scored by the team on what lands on main. Tune and look at errors on dev (and train "
    "for quotes); the figures on test come back in issues."
)


def refuse_held_split(split: str) -> None:
    """Exit non-zero, doing nothing else, when ``split`` is the test split the team holds."""
    if split == HELD_SPLIT:
        fail(HELD_MESSAGE)


def require_file(path: Path, what: str) -> Path:
    """Exit with a clear message when an input file is missing."""
    if not path.is_file():
        fail(
            f"{what} not found: {path}\n"
            "The evaluation data lives outside the repo (default ../shared/eval); "
            "set SUMMARYBOT_EVAL_DIR to the eval root if it is elsewhere."
        )
    return path


def load_jsonl(path: Path) -> list[dict]:
    """All records of a JSONL file."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def dev_texts() -> list[str]:
    """Article texts of cnndm-dev then bbc-dev (exits if the data is missing)."""
    texts: list[str] = []
    for name in SUMMARY_SETS:
        path = require_file(summaries_file(name, "dev"), f"{name}-dev data")
        texts.extend(row["text"] for row in load_jsonl(path))
    return texts


def cli_command() -> list[str]:
    """How to start the ``summarybot`` CLI with this interpreter (works without ``pip install``)."""
    return [sys.executable, "-m", "bot"]


def cli_env() -> dict[str, str]:
    """Environment for CLI subprocesses: the repo on ``PYTHONPATH``, quiet logging."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    return env


def markdown_table(header: list[str], rows: list[list[str]], align: str = "") -> str:
    """A Markdown table; ``align`` holds one of ``l``/``r`` per column (default: first l, rest r)."""
    align = align or "l" + "r" * (len(header) - 1)
    lines = ["| " + " | ".join(header) + " |"]
    lines.append("|" + "|".join("---" if a == "l" else "---:" for a in align) + "|")
    lines.extend("| " + " | ".join(row) + " |" for row in rows)
    return "\n".join(lines)
