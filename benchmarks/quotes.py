"""Quote and speaker extraction on PolNeAR: find_quotes scored by score_quotes.py.

    .venv/bin/python benchmarks/quotes.py                        # dev split
    .venv/bin/python benchmarks/quotes.py --errors 10            # + examples of each error
    .venv/bin/python benchmarks/quotes.py --split train --errors 10   # tune on train too

Runs ``find_quotes`` over every article of the split, writes the predictions in the
scorer's format (``--out``, default ``benchmarks/out/quotes-<split>-preds.jsonl``),
runs ``<eval>/score_quotes.py`` in a subprocess and prints its table, then the
throughput. The data is read from ``--data``, else ``$SUMMARYBOT_EVAL_DIR`` (the eval
root), else ``../shared/eval`` next to the repo; the script exits non-zero when it is
missing. Tune and list errors on train/dev; the test split is held by the team, and
``--split test`` (or a ``--data`` file named like a test split) only says so and exits 2.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (  # noqa: E402
    HELD_SPLIT,
    OUT_DIR,
    REPO,
    eval_dir,
    fail,
    load_jsonl,
    refuse_held_split,
    require_file,
)

sys.path.insert(0, str(REPO))

from bot.text.quotes import find_quotes  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--split", choices=("dev", "train", "test"), default="dev", help="PolNeAR split (dev)"
    )
    ap.add_argument(
        "--data", type=Path, help="gold JSONL (default <eval>/quotes/polnear_<split>.jsonl)"
    )
    ap.add_argument("--out", type=Path, help="predictions JSONL to write")
    ap.add_argument("--scorer", type=Path, help="scorer (default <eval>/score_quotes.py)")
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="show N errors of each kind")
    ap.add_argument("--threshold", type=float, default=0.8, help="token overlap for a hit (0.8)")
    args = ap.parse_args(argv)
    refuse_held_split(args.split)
    if args.data and HELD_SPLIT in args.data.stem.lower().replace("-", "_").split("_"):
        refuse_held_split(HELD_SPLIT)

    default_data = eval_dir() / "quotes" / f"polnear_{args.split}.jsonl"
    data = require_file(args.data or default_data, "quote data")
    scorer = require_file(args.scorer or eval_dir() / "score_quotes.py", "quote scorer")
    out = args.out or OUT_DIR / f"quotes-{data.stem.removeprefix('polnear_')}-preds.jsonl"
    docs = load_jsonl(data)
    if not docs:
        fail(f"no articles in {data}")

    started = time.perf_counter()
    preds = [{"id": d["id"], "quotes": [q.to_dict() for q in find_quotes(d["text"])]} for d in docs]
    elapsed = max(time.perf_counter() - started, 1e-9)

    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(rec, ensure_ascii=False) + "\n" for rec in preds)

    cmd = [sys.executable, str(scorer), "--data", str(data), "--pred", str(out)]
    cmd += ["--threshold", str(args.threshold)]
    if args.errors:
        cmd += ["--errors", str(args.errors)]
    proc = subprocess.run(cmd, check=False)
    if proc.returncode != 0:
        fail(f"scorer exited with {proc.returncode}", proc.returncode)

    chars = sum(len(d["text"]) for d in docs)
    found = sum(len(p["quotes"]) for p in preds)
    attributed = sum(1 for p in preds for q in p["quotes"] if q["speaker"])
    print(f"predictions: {out} ({found} quotes, {attributed} with a speaker)")
    print(
        f"find_quotes: {len(docs)} articles, {chars / 1e6:.2f} MB in {elapsed:.2f} s = "
        f"{len(docs) / elapsed:.0f} articles/s, {chars / 1e6 / elapsed:.2f} MB/s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
