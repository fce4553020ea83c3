"""Summary quality: the ``summarybot`` CLI on the CNN/DailyMail and BBC sets, scored with ROUGE.

    .venv/bin/python benchmarks/summaries.py                          # dev, both sets, default method
    .venv/bin/python benchmarks/summaries.py --methods default,lead,lexrank,textrank,reduction
    SUMMARYBOT_EVAL_DIR=/path/to/eval .venv/bin/python benchmarks/summaries.py

Each article's text goes to a temporary file (deleted afterwards). The CLI is run the way a user
runs it, one process per sentence budget k over all files with that k:
``python -m bot summarize --json --sentences k --method M FILE...`` (CNN/DM k = 3, BBC k = the
number of reference sentences). The summaries become the scorer's prediction JSONL, and
``<eval>/score_summaries.py --lead auto`` prints ROUGE-1/2/L/Lsum F1 with LEAD-k in the same table.

Verdict (default method): CNN/DM passes when R-1 and R-2 are >= LEAD-3's of the same run;
BBC passes when R-1 >= LEAD-k + 12 (BBC references look machine-made; see the eval README).

``--split test`` only says that the test split is held by the team (and exits 2).

Needs rouge-score for the scorer: ``pip install -e '.[bench]'`` (pysbd, a runtime dependency,
gives the scorer's LEAD-k).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (  # noqa: E402
    REPO,
    SUMMARY_SETS,
    cli_command,
    cli_env,
    eval_dir,
    fail,
    load_jsonl,
    markdown_table,
    refuse_held_split,
    require_file,
    summaries_file,
)

CNNDM_K = 3
BBC_MARGIN = 12.0  # BBC: R-1 must beat LEAD-k by this many points
METRICS = ("R1", "R2", "RL", "RLsum")


def budget(name: str, row: dict) -> int:
    """The sentence budget of one article: BBC k = #reference sentences, CNN/DM k = 3."""
    return len(row["reference_sentences"]) if name == "bbc" else CNNDM_K


def run_cli(files_by_k: dict[int, list[tuple[str, Path]]], method: str) -> tuple[dict, list, float]:
    """Summarize every file with the CLI, one process per budget k.

    Returns (id -> summary sentences, [(id, error)], wall seconds).
    """
    predictions: dict[str, list[str]] = {}
    errors: list[tuple[str, str]] = []
    started = time.perf_counter()
    for k, items in sorted(files_by_k.items()):
        by_path = {str(path): art_id for art_id, path in items}
        cmd = [*cli_command(), "summarize", "--json", "--sentences", str(k), "--method", method]
        cmd += [str(path) for _, path in items]
        proc = subprocess.run(
            cmd, capture_output=True, text=True, env=cli_env(), cwd=REPO, check=False
        )
        seen = set()
        for line in proc.stdout.splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            art_id = by_path.get(record.get("source"))
            if art_id is None:
                continue
            seen.add(art_id)
            if "error" in record:
                errors.append((art_id, record["error"]))
            else:
                predictions[art_id] = record["summary"]
        if proc.returncode not in (0, 1) or not seen:
            fail(
                f"the CLI failed (exit {proc.returncode}) for method {method!r}, k={k}:\n"
                + proc.stderr.strip()[-2000:],
                code=1,
            )
        for art_id in by_path.values():
            if art_id not in seen:
                errors.append((art_id, "no output record"))
    return predictions, errors, time.perf_counter() - started


def score(scorer: Path, data: Path, pred: Path, lead: bool, json_out: Path) -> dict:
    """Run the shared scorer (its table goes to our stdout) and return its JSON results."""
    cmd = [sys.executable, str(scorer), "--data", str(data), "--pred", str(pred)]
    if lead:
        cmd += ["--lead", "auto"]
    cmd += ["--json-out", str(json_out)]
    sys.stdout.flush()
    proc = subprocess.run(cmd, check=False)
    if proc.returncode != 0:
        fail(f"the scorer exited with {proc.returncode}: {' '.join(cmd)}", code=1)
    with json_out.open(encoding="utf-8") as fh:
        return json.load(fh)["results"]


def verdict(name: str, ours: dict, lead: dict) -> tuple[bool, str]:
    """The pass rule for the default method on one set."""
    if name == "cnndm":
        ok = ours["R1"] >= lead["R1"] and ours["R2"] >= lead["R2"]
        rule = (
            f"R-1 {ours['R1']:.2f} vs LEAD-3 {lead['R1']:.2f}, "
            f"R-2 {ours['R2']:.2f} vs LEAD-3 {lead['R2']:.2f} (need both >=)"
        )
    else:
        need = lead["R1"] + BBC_MARGIN
        ok = ours["R1"] >= need
        rule = f"R-1 {ours['R1']:.2f} vs LEAD-k {lead['R1']:.2f} + {BBC_MARGIN:g} = {need:.2f}"
    return ok, rule


def evaluate_set(
    name: str, split: str, methods: list[str], scorer: Path, work: Path, keep: Path | None
):
    """Summarize and score one set with every method; returns (rows for the summary table, verdict)."""
    data = require_file(summaries_file(name, split), f"{name}-{split} data")
    rows = load_jsonl(data)
    files_by_k: dict[int, list[tuple[str, Path]]] = defaultdict(list)
    text_dir = work / f"{name}-{split}"
    text_dir.mkdir()
    for n, row in enumerate(rows):
        path = text_dir / f"{n:04d}.txt"
        path.write_text(row["text"], encoding="utf-8")
        files_by_k[budget(name, row)].append((row["id"], path))

    print(f"\n## {name}-{split}: {len(rows)} articles, {len(files_by_k)} budget groups\n")
    table: list[list[str]] = []
    lead_scores = None
    outcome = None
    for i, method in enumerate(methods):
        predictions, errors, wall = run_cli(files_by_k, method)
        pred_path = (keep or work) / f"{name}-{split}-{method}.jsonl"
        with pred_path.open("w", encoding="utf-8") as fh:
            for row in rows:
                if row["id"] in predictions:
                    rec = {"id": row["id"], "summary": predictions[row["id"]]}
                    fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(
            f"### method {method}: CLI {wall:.1f} s for {len(rows)} articles ({len(rows) / wall:.1f}/s)"
        )
        if errors:
            print(f"{len(errors)} articles failed, e.g. {errors[0][0]}: {errors[0][1]}")
        results = score(scorer, data, pred_path, lead=(i == 0), json_out=work / "scores.json")
        ours = next(v for k, v in results.items() if k.startswith("pred"))
        if i == 0:
            lead_scores = next(v for k, v in results.items() if k.startswith("LEAD"))
        table.append(
            [method]
            + [f"{ours[m]:.2f}" for m in METRICS]
            + [f"{ours['mean_sentences']:.2f}", f"{wall:.1f}"]
        )
        if method == "default":
            outcome = verdict(name, ours, lead_scores)
        print()
    table.append(
        ["LEAD-k (scorer, pysbd)"]
        + [f"{lead_scores[m]:.2f}" for m in METRICS]
        + [f"{lead_scores['mean_sentences']:.2f}", "-"]
    )
    return table, outcome


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--split", choices=("dev", "test"), default="dev", help="dev (test is held by the team)"
    )
    ap.add_argument("--set", dest="sets", choices=(*SUMMARY_SETS, "both"), default="both")
    ap.add_argument(
        "--methods", default="default", help="comma-separated methods (see `summarybot methods`)"
    )
    ap.add_argument(
        "--keep-preds", type=Path, metavar="DIR", help="keep the prediction JSONL files in DIR"
    )
    ap.add_argument("--check", action="store_true", help="exit 1 when a verdict fails")
    args = ap.parse_args(argv)
    refuse_held_split(args.split)

    if importlib.util.find_spec("rouge_score") is None:
        fail("rouge-score is not installed; install the bench extra: pip install -e '.[bench]'")
    scorer = require_file(eval_dir() / "score_summaries.py", "the scorer score_summaries.py")
    methods = [m.strip() for m in args.methods.split(",") if m.strip()]
    if not methods:
        fail("--methods is empty")
    sets = SUMMARY_SETS if args.sets == "both" else (args.sets,)
    for name in sets:  # fail before any work when a file is missing
        require_file(summaries_file(name, args.split), f"{name}-{args.split} data")
    if args.keep_preds:
        args.keep_preds.mkdir(parents=True, exist_ok=True)

    print(
        f"summaries benchmark: split={args.split} sets={','.join(sets)} methods={','.join(methods)}"
    )
    header = ["method", "R-1", "R-2", "R-L", "R-Lsum", "mean #sent", "CLI s"]
    verdicts = []
    with tempfile.TemporaryDirectory(prefix="summarybot-bench-") as tmp:
        for name in sets:
            table, outcome = evaluate_set(
                name, args.split, methods, scorer, Path(tmp), args.keep_preds
            )
            print(f"### {name}-{args.split}: all methods (F1 x100)\n")
            print(markdown_table(header, table))
            if outcome:
                verdicts.append((name, *outcome))

    if verdicts:
        print("\n## Verdict (default method)\n")
        for name, ok, rule in verdicts:
            print(f"{name}-{args.split}: {'PASS' if ok else 'FAIL'}  {rule}")
    if args.check and not all(ok for _, ok, _ in verdicts):
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
