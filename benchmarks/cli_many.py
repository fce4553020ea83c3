"""Wall time of one ``summarybot summarize --json`` call on many small files.

Writes ``--files`` invented articles of about ``--size`` bytes each (generated from a fixed seed,
no evaluation data) and times one ``python -m bot summarize --json FILE...`` process over all of
them. With ``--against PATH`` (another checkout, e.g. the code before a change) both versions run
alternately in the same session and the ratio of their medians is printed, so machine load hits
both alike.

Both versions run with a bytecode cache, as an installed package does: the environment may set
``PYTHONDONTWRITEBYTECODE`` (then every process compiles every module it imports, again and
again, which says more about import counts than about the command); each checkout writes its
``.pyc`` files under the run's temporary folder in one untimed warm-up run. ``--no-bytecode``
measures without any, as a first run would.

    .venv/bin/python benchmarks/cli_many.py
    .venv/bin/python benchmarks/cli_many.py --against /tmp/summarybot-before --repeat 5
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
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

PLACES = "Harrowby Kelmsford Dunmore Ostrava Lindholm Carrick Bellmont Faro Tessin Arden".split()
THINGS = (
    "tram line",
    "harbour wall",
    "school roof",
    "water plant",
    "cycle bridge",
    "market hall",
    "library wing",
    "ferry pier",
)
PEOPLE = ("Mara Quill", "Oskar Venn", "Ilse Marrow", "Teodor Brisk", "Nadia Holt", "Piet Olander")
TEMPLATES = (
    "The council of {place} voted on {day} to spend {n} million on the {thing}.",
    "Engineers said the {thing} in {place} needed repairs before the winter storms.",
    '"We cannot wait another year for the {thing}," said {person}, who chairs the works committee.',
    "Residents of {place} asked whether the old {thing} would stay open during the works.",
    "{person} told reporters that the budget for the {thing} had grown by {n} percent.",
    "A public meeting about the {thing} is planned in {place} for the end of the month.",
    "Critics in {place} argued that the money should go to the {other} instead.",
    "The first phase of the {thing} is due to finish in {n} months, officials said.",
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def invented_article(rng: random.Random, size: int) -> str:
    """About ``size`` bytes of invented local news: a headline and short paragraphs."""
    place = rng.choice(PLACES)
    thing = rng.choice(THINGS)
    lines = [f"{place} Approves {thing.title()} Plan", ""]
    paragraph: list[str] = []
    while sum(len(x) + 1 for x in lines) + sum(len(s) + 1 for s in paragraph) < size:
        sentence = rng.choice(TEMPLATES).format(
            place=rng.choice((place, place, rng.choice(PLACES))),
            thing=thing,
            other=rng.choice(THINGS),
            person=rng.choice(PEOPLE),
            day=rng.choice(DAYS),
            n=rng.randint(2, 90),
        )
        paragraph.append(sentence)
        if len(paragraph) == 3:
            lines += [" ".join(paragraph), ""]
            paragraph = []
    if paragraph:
        lines.append(" ".join(paragraph))
    return "\n".join(lines)


def write_files(folder: Path, count: int, size: int) -> list[Path]:
    rng = random.Random(20261205)
    paths = []
    for i in range(count):
        path = folder / f"article-{i:03}.txt"
        path.write_text(invented_article(rng, size), encoding="utf-8")
        paths.append(path)
    return paths


def run_once(code: Path, paths: list[Path], database: Path, pycache: Path | None) -> float:
    """Seconds for one CLI process over every file; exits when a source fails."""
    env = {
        **os.environ,
        "PYTHONPATH": str(code),
        "DATABASE_PATH": str(database),
        "NO_COLOR": "1",
    }
    if pycache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "bot", "summarize", "--json", *map(str, paths)],
        capture_output=True,
        env=env,
        cwd=code,
        timeout=1800,
    )
    elapsed = time.perf_counter() - start
    lines = [json.loads(x) for x in proc.stdout.decode().splitlines() if x.strip()]
    errors = [x for x in lines if "error" in x]
    if proc.returncode != 0 or len(lines) != len(paths) or errors:
        sys.exit(
            f"error: {code} failed (exit {proc.returncode}, {len(lines)} lines, "
            f"{len(errors)} errors): {errors[:1] or proc.stderr.decode()[-500:]}"
        )
    if [x["source"] for x in lines] != [str(p) for p in paths]:
        sys.exit(f"error: {code} printed the sources out of order")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--size", type=int, default=5000, help="bytes per file (about)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--against", type=Path, help="another checkout to time alternately")
    parser.add_argument(
        "--no-bytecode", action="store_true", help="no .pyc cache: every module compiled each run"
    )
    args = parser.parse_args()

    codes = {"this": REPO}
    if args.against:
        codes["against"] = args.against.resolve()
    times: dict[str, list[float]] = {name: [] for name in codes}
    with tempfile.TemporaryDirectory(prefix="cli-many-") as tmp:
        folder = Path(tmp)
        paths = write_files(folder, args.files, args.size)
        total = sum(p.stat().st_size for p in paths)
        print(f"{len(paths)} files, {total / len(paths):,.0f} bytes each on average")
        caches = {name: None if args.no_bytecode else folder / f"pycache-{name}" for name in codes}
        if not args.no_bytecode:
            for name, code in codes.items():  # untimed: writes the bytecode cache
                run_once(code, paths, folder / f"{name}-warm-up.db", caches[name])
        for round_no in range(args.repeat):
            for name, code in codes.items():
                database = folder / f"{name}-{round_no}.db"
                times[name].append(run_once(code, paths, database, caches[name]))
    print("bytecode: " + ("none (compiled every run)" if args.no_bytecode else "cached"))
    print(f"{'code':8} {'median s':>9} {'min s':>7} {'files/s':>8}  runs")
    for name, values in times.items():
        median = statistics.median(values)
        runs = " ".join(f"{v:.2f}" for v in values)
        print(f"{name:8} {median:9.2f} {min(values):7.2f} {len(paths) / median:8.1f}  {runs}")
    if args.against:
        ratio = statistics.median(times["this"]) / statistics.median(times["against"])
        print(f"this / against (medians): {ratio:.3f}")


if __name__ == "__main__":
    main()
