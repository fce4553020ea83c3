"""Main-text extraction quality and speed on the shared news-page benchmarks.

Runs ``bot.web.extract.extract_article`` on every page of a split (with the page's URL), writes
the predictions as JSONL, scores them with ``score_extraction.py`` from the evaluation folder and
prints its table plus the median and slowest time per page.

    python benchmarks/extraction.py --dataset scrapinghub --split dev
    python benchmarks/extraction.py --dataset wcxb_articles --split dev --worst 10
    python benchmarks/extraction.py --big            # time and peak memory on an 8 MB page

The evaluation data is read at run time from ``$SUMMARYBOT_EVAL_DIR`` (default
``../shared/eval`` next to the repository); it is never copied into the repository.
``--set name=value`` overrides one trafilatura option for a tuning run (dev split only).
``--split test`` only says that the test split is held by the team (and exits 2).
"""

from __future__ import annotations

import argparse
import gzip
import json
import multiprocessing
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from _common import HELD_SPLIT, refuse_held_split  # noqa: E402

from bot.errors import ExtractionError  # noqa: E402
from bot.web import _html  # noqa: E402
from bot.web.extract import extract_article  # noqa: E402


def eval_root() -> Path:
    return Path(os.environ.get("SUMMARYBOT_EVAL_DIR") or REPO.parent / "shared" / "eval")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--dataset", choices=("scrapinghub", "wcxb_articles"), default="scrapinghub"
    )
    parser.add_argument(
        "--split",
        choices=("dev", "test", "all"),
        default="dev",
        help="dev (default); all = every page in the shared folder; test is held by the team",
    )
    parser.add_argument(
        "--data-dir", help="the extraction/ folder (default: <eval root>/extraction)"
    )
    parser.add_argument(
        "--pred", help="where to write the predictions JSONL (default: a temp file)"
    )
    parser.add_argument("--worst", type=int, default=0, help="list the N lowest-F1 pages")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                        help="override a trafilatura option, e.g. favor_precision=true")  # fmt: skip
    parser.add_argument("--big", action="store_true", help="time and peak memory on an 8 MB page")
    parser.add_argument("--big-mb", type=float, default=8.0)
    args = parser.parse_args(argv)
    refuse_held_split(args.split)

    if args.big:
        return run_big(args.big_mb)

    for item in args.set:
        name, _, value = item.partition("=")
        if name == "short_text":
            _html.SHORT_TEXT = int(value)
        else:
            _html.TRAFILATURA_OPTIONS[name] = _parse_value(value)

    data_dir = Path(args.data_dir) if args.data_dir else eval_root() / "extraction"
    scorer = eval_root() / "score_extraction.py"
    folder = data_dir if args.dataset == "scrapinghub" else data_dir / "wcxb_articles"
    truth_file = folder / "ground-truth.jsonl"
    if not truth_file.is_file() or not scorer.is_file():
        print(f"evaluation data not found: {truth_file} / {scorer}", file=sys.stderr)
        print("set SUMMARYBOT_EVAL_DIR to the folder holding extraction/", file=sys.stderr)
        return 2

    records = [json.loads(line) for line in truth_file.read_text().splitlines() if line.strip()]
    if args.split != "all":
        records = [r for r in records if r["split"] == args.split]
    records = [r for r in records if r["split"] != HELD_SPLIT]  # --worst lists dev/train pages only
    if args.pred:
        return run_split(args, records, folder, data_dir, scorer, Path(args.pred))
    with tempfile.TemporaryDirectory() as tmp:
        return run_split(args, records, folder, data_dir, scorer, Path(tmp) / "preds.jsonl")


def run_split(args, records, folder: Path, data_dir: Path, scorer: Path, pred_path: Path) -> int:
    """Extract every page of ``records``, write the predictions, score and print them."""
    times: list[tuple[float, str]] = []
    failures = 0
    with pred_path.open("w") as out:
        for record in records:
            body = gzip.decompress((folder / "html" / f"{record['id']}.html.gz").read_bytes())
            start = time.perf_counter()
            try:
                article = extract_article(
                    body, url=record["url"], content_type="text/html", source=record["url"]
                )
                pred = {"id": record["id"], "text": article.text, "title": article.title,
                        "author": article.author, "date": article.date}  # fmt: skip
            except ExtractionError:
                failures += 1
                pred = {"id": record["id"], "text": ""}
            times.append((time.perf_counter() - start, record["id"]))
            out.write(json.dumps(pred, ensure_ascii=False) + "\n")

    command = [sys.executable, str(scorer), "--dataset", args.dataset, "--split", args.split,
               "--pred", str(pred_path), "--data-dir", str(data_dir)]  # fmt: skip
    if args.worst:
        command += ["--worst", str(args.worst)]
    scored = subprocess.run(command, capture_output=True, text=True, check=False)
    print(scored.stdout.rstrip())
    if scored.returncode != 0:
        print(scored.stderr, file=sys.stderr)
        return scored.returncode
    durations = sorted(t for t, _ in times)
    slowest = max(times)
    print()
    print(f"options: {_html.TRAFILATURA_OPTIONS} short_text={_html.SHORT_TEXT}")
    kept = args.pred or "not kept (use --pred FILE)"
    print(f"pages: {len(records)}, no text found: {failures}, predictions: {kept}")
    print(
        f"time per page: median {statistics.median(durations) * 1000:.0f} ms, "
        f"p90 {durations[int(0.9 * (len(durations) - 1))] * 1000:.0f} ms, "
        f"slowest {slowest[0] * 1000:.0f} ms ({slowest[1]}), total {sum(durations):.1f} s"
    )
    return 0


def run_big(megabytes: float) -> int:
    """Extract a synthetic page of ``megabytes`` MB in a fresh process; report time and memory."""
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    child = ctx.Process(target=_big_child, args=(megabytes, queue))
    child.start()
    result = queue.get(timeout=600)
    child.join()
    print(f"page size: {result['bytes'] / 1e6:.1f} MB, extracted text: {result['chars'] / 1e6:.2f} M chars, "
          f"{result['paragraphs']} paragraphs")  # fmt: skip
    print(f"extraction time: {result['seconds']:.1f} s")
    print(
        f"peak memory (max RSS of the extracting process): {result['peak_mb']:.0f} MB "
        f"(baseline after imports and building the page: {result['baseline_mb']:.0f} MB, "
        f"growth {result['peak_mb'] - result['baseline_mb']:.0f} MB)"
    )
    return 0


def _big_child(megabytes: float, queue) -> None:
    page = build_big_page(int(megabytes * 1_000_000))
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start = time.perf_counter()
    article = extract_article(page, url="https://news.example.com/big", content_type="text/html",
                              source="big")  # fmt: skip
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    queue.put({"bytes": len(page), "chars": len(article.text), "paragraphs": len(article.paragraphs),
               "seconds": seconds, "peak_mb": peak, "baseline_mb": baseline})  # fmt: skip


def build_big_page(size: int) -> bytes:
    """A news-like page of about ``size`` bytes: half article text, the rest inline scripts,
    styles, navigation and related-links boilerplate (what large real pages carry)."""
    rng = random.Random(8)
    words = ("the council said on monday that its new budget would fund schools roads and "
             "libraries while critics argued the plan relied on optimistic forecasts of growth "
             "residents packed the hall to hear officials explain why taxes must rise again "
             "this year after two years of cuts").split()  # fmt: skip

    def sentence() -> str:
        n = rng.randint(8, 24)
        return " ".join(rng.choice(words) for _ in range(n)).capitalize() + "."

    head = ["<!doctype html><html lang='en'><head><meta charset='utf-8'>",
            "<title>Council passes budget | Example News</title>",
            "<meta property='og:site_name' content='Example News'>",
            "<meta name='author' content='Jane Reporter'>",
            "<meta property='article:published_time' content='2024-03-05T10:00:00Z'>",
            "<style>" + ".c{color:red}" * 20_000 + "</style></head><body>",
            "<nav>" + "".join(f"<a href='/s{i}'>Section {i}</a>" for i in range(2000)) + "</nav>",
            "<article><h1>Council passes budget</h1>"]  # fmt: skip
    tail = ["</article><aside>" + "".join(f"<li><a href='/r{i}'>Related story {i}</a></li>"
            for i in range(5000)) + "</aside>"]  # fmt: skip
    scripts = []
    filler = size // 4
    while sum(map(len, scripts)) < filler:
        scripts.append("<script>window.__data=" + json.dumps({"k": "x" * 5000}) + ";</script>")
    body: list[str] = []
    budget = size - sum(map(len, head + tail + scripts))
    while budget > 0:
        paragraph = "<p>" + " ".join(sentence() for _ in range(rng.randint(3, 7))) + "</p>\n"
        body.append(paragraph)
        budget -= len(paragraph)
    html = "".join(head + body + tail + scripts) + "</body></html>"
    return html.encode("utf-8")


def _parse_value(value: str):
    lowered = value.lower()
    if lowered in ("true", "false"):
        return lowered == "true"
    try:
        return int(value)
    except ValueError:
        return value


if __name__ == "__main__":
    sys.exit(main())
