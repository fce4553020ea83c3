"""Whole-process speed and memory: the ``summarybot`` CLI against sumy's LexRank.

    .venv/bin/python benchmarks/speed.py                 # 3 runs each, medians
    .venv/bin/python benchmarks/speed.py --repeat 5

Builds news text of about 10 KB, 100 KB and 1 MB from the dev articles (cnndm-dev + bbc-dev,
paragraphs separated by blank lines, repeated if needed) in temporary files, then measures the
wall time and peak RSS (``os.wait4`` rusage of the child) of whole processes:

- ``python -m bot summarize --json FILE`` with the default method and with ``lead``
  (10 KB, 100 KB, 1 MB), i.e. interpreter start, imports, summary, quotes and keywords, and
  the default method asked for 200 sentences of the 1 MB text (work that grows with the length
  of the summary shows here);
- a baseline: sumy's LexRank (``LexRankSummarizer(Stemmer("english"))`` with sumy's English
  stop words, 5 sentences) as its own ``python -c`` process at 10 KB and 100 KB; sumy's default
  tokenizer needs NLTK punkt data, so its parser gets ``bot.text.segment.SumyTokenizer``;
- the bare import of the text engine, to show the fixed start-up cost.

Each measurement is repeated (default 3) and the median is reported. The machine is shared, so
compare the ratios printed at the end, not the absolute times.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import REPO, cli_command, cli_env, dev_texts, fail, markdown_table  # noqa: E402

SIZES = {"10 KB": 10_000, "100 KB": 100_000, "1 MB": 1_000_000}
LEXRANK_SIZES = ("10 KB", "100 KB")
TIMEOUT = 900.0

LEXRANK_PROGRAM = """
import sys
from sumy.nlp.stemmers import Stemmer
from sumy.parsers.plaintext import PlaintextParser
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.utils import get_stop_words
from bot.text.segment import SumyTokenizer

with open(sys.argv[1], encoding="utf-8") as fh:
    text = fh.read()
parser = PlaintextParser.from_string(text, SumyTokenizer("english"))
summarizer = LexRankSummarizer(Stemmer("english"))
summarizer.stop_words = get_stop_words("english")
for sentence in summarizer(parser.document, 5):
    print(sentence)
"""

IMPORT_PROGRAM = "import bot.text.pipeline"


@dataclass
class Runs:
    """Repeated measurements of one command."""

    label: str
    size: str
    walls: list[float] = field(default_factory=list)
    rss_kb: list[int] = field(default_factory=list)

    @property
    def wall(self) -> float:
        return statistics.median(self.walls)

    @property
    def rss_mb(self) -> float:
        return statistics.median(self.rss_kb) / 1024


def build_text(texts: list[str], size: int) -> str:
    """Whole articles joined by blank lines until ``size`` UTF-8 bytes (repeating the list if needed)."""
    parts: list[str] = []
    total = 0
    i = 0
    while total < size:
        article = texts[i % len(texts)].strip()
        parts.append(article)
        total += len(article.encode("utf-8")) + 2
        i += 1
    return "\n\n".join(parts)


# organisations, places and first names in one run: the speaker rules look for where one ends
NAME_WALL = "United Nations Samantha Power Bank John House Paris Mary Smith".split()


def hostile_texts(texts: list[str], size: int) -> dict[str, str]:
    """News text reshaped the ways that have made text code slow: see ``main``."""
    news = build_text(texts, size)
    words = news.split()
    bare = [w.strip(".,;:!?\"'“”‘’()") for w in words]
    return {
        "Title Case, no punctuation": " ".join(w[:1].upper() + w[1:] for w in bare)
        + '. "We will see how it goes," she said.',
        "no punctuation": " ".join(bare),
        "a wall of names": " ".join(random.Random(1).choices(NAME_WALL, k=size // 6))[:size]
        + '. "We will see how it goes," she said.',
        "all quotes": " ".join(f'"{w}," he said.' for w in words)[:size],
    }


def measure(cmd: list[str], out_path: Path) -> tuple[float, int]:
    """Run ``cmd`` with stdout to ``out_path``; return (wall seconds, peak RSS of the child in KiB)."""
    err_path = out_path.with_suffix(".err")
    with out_path.open("wb") as out, err_path.open("wb") as err:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=cli_env(), cwd=REPO)
        timer = threading.Timer(TIMEOUT, proc.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        wall = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        stderr = err_path.read_text(encoding="utf-8", errors="replace")
        fail(
            f"{' '.join(cmd[:4])}... exited with {proc.returncode}:\n{stderr.strip()[-2000:]}",
            code=1,
        )
    return wall, usage.ru_maxrss


def check_cli_output(path: Path) -> None:
    """The CLI printed one JSON record with a non-empty summary."""
    record = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    if "error" in record or not record.get("summary"):
        fail(f"the CLI gave no summary: {record.get('error', record)}", code=1)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--repeat", type=int, default=3, help="runs per measurement (median reported)")
    args = ap.parse_args(argv)
    if args.repeat < 1:
        fail("--repeat must be at least 1")

    texts = dev_texts()
    results: dict[tuple[str, str], Runs] = {}
    with tempfile.TemporaryDirectory(prefix="summarybot-speed-") as tmp:
        work = Path(tmp)
        files = {}
        for name, size in SIZES.items():
            path = work / f"news-{size}.txt"
            path.write_text(build_text(texts, size), encoding="utf-8")
            files[name] = path
        print("inputs: " + ", ".join(f"{n} = {p.stat().st_size:,} bytes" for n, p in files.items()))

        plan: list[tuple[str, str, list[str], bool]] = [
            ("import bot.text.pipeline", "-", [sys.executable, "-c", IMPORT_PROGRAM], False)
        ]
        for name, path in files.items():
            for method in ("default", "lead"):
                cmd = [*cli_command(), "summarize", "--json", "--method", method, str(path)]
                plan.append((f"summarybot --method {method}", name, cmd, True))
        # a long summary: the most sentences the CLI allows, to catch work that grows with k
        cmd = [*cli_command(), "summarize", "--json", "--sentences", "200", str(files["1 MB"])]
        plan.append(("summarybot --sentences 200", "1 MB", cmd, True))
        # hostile shapes of 1 MB: no punctuation (one endless sentence), the same with every word
        # capitalised, only the text's capitalised words (one endless run of names for the quote
        # speaker rules), and a wall of quotations
        for label, text in hostile_texts(texts, SIZES["1 MB"]).items():
            path = work / f"hostile-{label.replace(' ', '-')}.txt"
            path.write_text(text, encoding="utf-8")
            cmd = [*cli_command(), "summarize", "--json", str(path)]
            plan.append((f"summarybot, {label}", "1 MB", cmd, True))
        for name in LEXRANK_SIZES:
            cmd = [sys.executable, "-c", LEXRANK_PROGRAM, str(files[name])]
            plan.append(("sumy LexRank (5 sentences)", name, cmd, False))

        out_path = work / "stdout.txt"
        for run in range(args.repeat):  # interleave the repeats so background load hits all alike
            for label, size, cmd, is_cli in plan:
                wall, rss = measure(cmd, out_path)
                if is_cli:
                    check_cli_output(out_path)
                runs = results.setdefault((label, size), Runs(label, size))
                runs.walls.append(wall)
                runs.rss_kb.append(rss)
                print(
                    f"  run {run + 1}/{args.repeat}: {label} @ {size}: {wall:.2f} s, {rss / 1024:.0f} MB",
                    flush=True,
                )

    rows = [
        [
            r.label,
            r.size,
            f"{r.wall:.2f}",
            f"{min(r.walls):.2f}",
            f"{max(r.walls):.2f}",
            f"{r.rss_mb:.0f}",
        ]
        for r in results.values()
    ]
    print(f"\n## Whole-process wall time and peak RSS (median of {args.repeat})\n")
    print(
        markdown_table(["command", "input", "wall s (median)", "min", "max", "peak RSS MB"], rows)
    )

    ours_1mb = results[("summarybot --method default", "1 MB")]
    ours_10kb = results[("summarybot --method default", "10 KB")]
    lex_100kb = results[("sumy LexRank (5 sentences)", "100 KB")]
    lex_10kb = results[("sumy LexRank (5 sentences)", "10 KB")]
    ratio = ours_1mb.wall / lex_100kb.wall
    print("\n## Ratios\n")
    print(
        f"ours (default) @ 1 MB / sumy LexRank @ 100 KB = {ours_1mb.wall:.2f} / {lex_100kb.wall:.2f} s "
        f"= {ratio:.2f}  (target < 0.5: {'PASS' if ratio < 0.5 else 'FAIL'})"
    )
    print(
        f"sumy LexRank @ 10 KB / ours (default) @ 10 KB = {lex_10kb.wall:.2f} / {ours_10kb.wall:.2f} s "
        f"= {lex_10kb.wall / ours_10kb.wall:.2f}x; peak RSS {lex_10kb.rss_mb:.0f} MB vs {ours_10kb.rss_mb:.0f} MB"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
