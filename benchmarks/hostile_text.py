"""Hostile text shapes through the CLI's path: 1 MB of each summarized or refused, and how time grows.

    .venv/bin/python benchmarks/hostile_text.py                 # every shape
    .venv/bin/python benchmarks/hostile_text.py --only initials # shapes whose name has this

For each shape of ``tests/text/test_linear_time.py`` (unclosed Markdown, quote marks, initials,
dots, long words, links, mentions, backticks, …) it prints the wall and CPU time of summarizing
1 MB the way ``summarybot summarize FILE`` does (the file read as plain text, then ``analyze``),
and the linear-time ratio of the unit test: all paths (``analyze`` as message and file,
``quotations``, ``keywords``) at 100 KB over 10 KB, CPU time, best of 3. Linear is about 10,
quadratic 100; the target is 1 MB in under 3 s. No evaluation data is needed. On a shared machine, CPU time is
the steadier figure.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _common import markdown_table  # noqa: E402

from bot.errors import InputError  # noqa: E402
from bot.text.pipeline import analyze  # noqa: E402
from bot.web.extract import extract_article  # noqa: E402
from tests.text.test_linear_time import SHAPES, best_time, every_path, hostile  # noqa: E402

MB = 1_000_000
TARGET = 3.0


def summarize_like_the_cli(data: bytes) -> str:
    """What ``summarybot summarize FILE.txt`` does with ``data``; "refused" or "summarized"."""
    try:
        article = extract_article(data, url=None, content_type="text/plain", source="hostile.txt")
        analyze(article.text, title=article.title, chat=article.from_message)
    except InputError:
        return "refused"
    return "summarized"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", default="", help="run the shapes whose name contains this")
    ap.add_argument("--size", type=int, default=MB, help="characters per shape (default 1 MB)")
    args = ap.parse_args()
    names = [name for name in sorted(SHAPES) if args.only in name]
    if not names:
        print(f"error: no shape matches {args.only!r}", file=sys.stderr)
        return 2
    every_path("The council met on Monday. “We agree,” said Mayor Anna Berg.")  # lazy tables
    every_path("市议会星期一批准了新桥。新桥将连接港口和老城。")
    rows, slowest = [], 0.0
    for name in names:
        data = hostile(name, args.size).encode("utf-8")
        wall, cpu = time.perf_counter(), time.process_time()
        outcome = summarize_like_the_cli(data)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        small = best_time(hostile(name, 10_000), 3)
        large = best_time(hostile(name, 100_000), 3)
        ratio = large / max(small, 0.01)
        slowest = max(slowest, cpu)
        rows.append(
            [
                name,
                outcome,
                f"{wall:.2f}",
                f"{cpu:.2f}",
                f"{small:.3f}",
                f"{large:.3f}",
                f"{ratio:.1f}",
            ]
        )
        print(" | ".join(rows[-1]), file=sys.stderr, flush=True)
    size = f"{args.size / MB:g} MB"
    header = ["shape", size, "wall s", "CPU s", "10 KB CPU s", "100 KB CPU s", "ratio"]
    print(markdown_table(header, rows, "llrrrrr"))
    print(f"\n{len(rows)} shapes; slowest {size}: {slowest:.2f} s CPU (target under {TARGET:g} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
