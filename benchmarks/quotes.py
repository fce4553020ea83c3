"""Quote extraction benchmark: find_quotes over a PolNeAR split, scored by score_quotes.py.

    .venv/bin/python benchmarks/quotes.py                       # dev split
    .venv/bin/python benchmarks/quotes.py --data ../shared/eval/quotes/polnear_test.jsonl
    SUMMARYBOT_EVAL_DIR=/path/to/eval .venv/bin/python benchmarks/quotes.py --errors 10

Writes the predictions (``--out``) in the scorer's format, runs the scorer in a
subprocess and prints its table, then the throughput of ``find_quotes``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bot.text.quotes import find_quotes  # noqa: E402


def eval_dir() -> Path:
    """The shared evaluation folder: $SUMMARYBOT_EVAL_DIR or ../shared/eval."""
    env = os.environ.get("SUMMARYBOT_EVAL_DIR")
    return Path(env) if env else REPO.parent / "shared" / "eval"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, help="gold JSONL (default: <eval>/quotes/polnear_dev.jsonl)")
    ap.add_argument("--out", type=Path, default=Path("preds.jsonl"), help="where to write predictions")
    ap.add_argument("--scorer", type=Path, help="score_quotes.py (default: <eval>/score_quotes.py)")
    ap.add_argument("--errors", type=int, default=0, help="print N errors of each kind (scorer)")
    ap.add_argument("--threshold", type=float, default=0.8, help="token overlap for a hit")
    args = ap.parse_args(argv)

    data = args.data or eval_dir() / "quotes" / "polnear_dev.jsonl"
    scorer = args.scorer or eval_dir() / "score_quotes.py"
    if not data.is_file():
        print(f"error: evaluation data not found: {data} (pass --data or set SUMMARYBOT_EVAL_DIR)", file=sys.stderr)
        return 2
    if not scorer.is_file():
        print(f"error: scorer not found: {scorer} (pass --scorer or set SUMMARYBOT_EVAL_DIR)", file=sys.stderr)
        return 2

    with data.open(encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh if line.strip()]
    chars = sum(len(d["text"]) for d in docs)
    t0 = time.perf_counter()
    preds = [{"id": d["id"], "quotes": [q.to_dict() for q in find_quotes(d["text"])]} for d in docs]
    elapsed = time.perf_counter() - t0
    with args.out.open("w", encoding="utf-8") as fh:
        for rec in preds:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")

    cmd = [sys.executable, str(scorer), "--data", str(data), "--pred", str(args.out), "--threshold", str(args.threshold)]
    if args.errors:
        cmd += ["--errors", str(args.errors)]
    proc = subprocess.run(cmd, check=False)
    if proc.returncode != 0:
        print(f"error: scorer exited with {proc.returncode}", file=sys.stderr)
        return proc.returncode
    rate = len(docs) / elapsed if elapsed else float("inf")
    mb_s = chars / 1e6 / elapsed if elapsed else float("inf")
    print(f"find_quotes: {len(docs)} articles, {chars / 1e6:.2f} MB in {elapsed:.2f} s "
          f"= {rate:.0f} articles/s, {mb_s:.2f} MB/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
