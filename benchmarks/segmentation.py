"""Sentence splitting: ``bot.text.segment.split_sentences`` against pysbd, speed and agreement.

    .venv/bin/python benchmarks/segmentation.py
    .venv/bin/python benchmarks/segmentation.py --examples 30 --mb 0.5

Both splitters get the same paragraphs of the dev articles (cnndm-dev + bbc-dev; paragraphs are
blank-line separated, lines joined by a space, stripped), up to about 1 MB of text:

- speed: MB/s of each (ours: median of 3 passes; pysbd ``Segmenter(language="en", clean=False)``:
  one pass, it is slow) and the ratio;
- agreement: a boundary is the character offset where a sentence ends inside its paragraph
  (paragraph ends are not counted). Printed: the share of pysbd's boundaries that ours also
  has, and the share of ours that pysbd also has, then examples of each kind of disagreement
  and the tokens that most often precede one;
- a fixed set of hand-written tricky passages (abbreviations, decimals, quotes, ellipses,
  initials) with each splitter's sentences, to judge quality by eye.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import REPO, dev_texts, fail, markdown_table  # noqa: E402

sys.path.insert(0, str(REPO))

from bot.text.segment import split_sentences  # noqa: E402

Splitter = Callable[[str], list[str]]

# Hand-written passages (not from the evaluation data) with the splits a careful reader expects.
TRICKY = [
    "Mr. Smith met Mrs. Jones at 10 a.m. on Monday. They talked for an hour.",
    "The U.S. economy grew 2.5% in the third quarter. Analysts had expected 2.1%.",
    "Prices rose in the U.S. The U.K. saw a smaller rise.",
    "The deal closed on Jan. 5, 2024. Shares of Acme Corp. rose 3.4 percent.",
    "The trial was set for Feb. 12. It was later moved.",
    '"We will not back down," she said. "Not now, not ever."',
    'He asked: "Is this the end?" Nobody answered.',
    '"It\'s over." The crowd fell silent.',
    "She paused... Then she walked away.",
    "The results were... mixed, to say the least.",
    "George W. Bush and J.R.R. Tolkien were mentioned. So was F. Scott Fitzgerald.",
    "The vote was 52.3 to 47.7 per cent. Turnout was 71.2%.",
    "Dr. Patel (of St. Mary's Hospital) said no. The board disagreed.",
    "It costs $4.99 per month, i.e. about $60 a year. Many users pay it.",
    "The company, Widgets Inc., said profit rose. Its rival, Gadgets Ltd. did not comment.",
    "He works for Acme Inc. The firm is based in Ohio.",
    "Wait! What happened? Nobody knows yet.",
    "Gen. Mark Lee arrived at 5 p.m. He left at 6 p.m. The talks had failed.",
    "The film (released in 1999.) was a hit. Critics loved it.",
    "Version 3.1.4 was released in Sept. 2019 by the team at No. 10 Downing St. in London.",
    "Shares fell 2.6%. Analysts were surprised.",
    "The stock closed at $8.08. Traders blamed the weak dollar.",
    "She weighs 9.5st. Doctors say that is healthy.",
    "The talks went on. But nothing changed.",
    "He fell ill. Doctors were called.",
    "The case is being reviewed by the SEC. Regulators declined to comment.",
    "The crash happened near Boulder, Colo. A truck was involved.",
    "He said no. Smith then left.",
    "He is from the U.S. Smith said so.",
    "They arrived at 5 p.m. Smith was waiting.",
    '"Why?" Smith asked. "Because," she said.',
    "His favourite snacks are 1. crisps 2. apples 3. nuts",
    "It was Plan B. Everyone agreed.",
    "He stopped. . . Then he left.",
]


def dev_paragraphs(limit_bytes: int) -> list[str]:
    """Paragraphs of the dev articles, in order, until ``limit_bytes`` UTF-8 bytes."""
    result: list[str] = []
    total = 0
    for text in dev_texts():
        for block in re.split(r"\n[ \t]*\n", text):
            para = " ".join(line.strip() for line in block.splitlines() if line.strip())
            if not para:
                continue
            result.append(para)
            total += len(para.encode("utf-8"))
            if total >= limit_bytes:
                return result
    return result


_CLOSERS = "\"'”’»)]"


def boundaries(paragraph: str, pieces: list[str], strict: bool = False) -> set[int]:
    """Offsets where the sentences end inside ``paragraph`` (its own end excluded).

    Unless ``strict``, an end is moved past closing quotes and brackets that follow it directly,
    so ``said.|" Next`` (pysbd detaches such quotes) and ``said."| Next`` count as one boundary.
    """
    ends: set[int] = set()
    pos = 0
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        found = paragraph.find(piece, pos)
        if found < 0:  # the splitter changed the text: skip this piece
            continue
        pos = end = found + len(piece)
        while not strict and end < len(paragraph) and paragraph[end] in _CLOSERS:
            end += 1
        ends.add(end)
    ends.discard(len(paragraph.rstrip()))
    return ends


def timed(split: Splitter, paragraphs: list[str]) -> tuple[float, list[list[str]]]:
    started = time.perf_counter()
    out = [split(p) for p in paragraphs]
    return time.perf_counter() - started, out


def context(paragraph: str, offset: int, before: int = 80, after: int = 60) -> str:
    left = paragraph[max(0, offset - before) : offset]
    right = paragraph[offset : offset + after]
    return f"{'…' if offset > before else ''}{left} ‖ {right.lstrip()}{'…' if offset + after < len(paragraph) else ''}"


def in_double_quote(paragraph: str, offset: int) -> bool:
    """Is ``offset`` inside an unclosed double quotation of the paragraph?"""
    head = paragraph[:offset]
    return head.count('"') % 2 == 1 or head.count("“") > head.count("”")


def token_before(paragraph: str, offset: int) -> str:
    match = re.search(r"(\S+)\s*$", paragraph[:offset])
    return match.group(1)[-14:] if match else ""


def spread(items: list, count: int) -> list:
    """``count`` items evenly spaced over ``items`` (deterministic)."""
    if len(items) <= count:
        return items
    step = len(items) / count
    return [items[int(i * step)] for i in range(count)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--mb", type=float, default=1.0, help="MB of dev text to split (default 1)")
    ap.add_argument(
        "--examples", type=int, default=10, help="disagreements to print (split between kinds)"
    )
    args = ap.parse_args(argv)
    try:
        import pysbd
    except ImportError:
        fail("pysbd is not installed (it is a runtime dependency: pip install -e .)")

    pysbd_seg = pysbd.Segmenter(language="en", clean=False)
    splitters: dict[str, Splitter] = {"ours": split_sentences, "pysbd": pysbd_seg.segment}

    paragraphs = dev_paragraphs(int(args.mb * 1_000_000))
    size = sum(len(p.encode("utf-8")) for p in paragraphs)
    print(f"segmentation benchmark: {len(paragraphs)} paragraphs, {size:,} bytes of dev text\n")

    ours_times = []
    for _ in range(3):
        elapsed, ours_out = timed(splitters["ours"], paragraphs)
        ours_times.append(elapsed)
    ours_time = statistics.median(ours_times)
    pysbd_time, pysbd_out = timed(splitters["pysbd"], paragraphs)

    shared = ours_total = pysbd_total = strict_shared = 0
    only_pysbd: list[tuple[str, int]] = []
    only_ours: list[tuple[str, int]] = []
    for para, ours_pieces, pysbd_pieces in zip(paragraphs, ours_out, pysbd_out, strict=True):
        a, b = boundaries(para, ours_pieces), boundaries(para, pysbd_pieces)
        shared += len(a & b)
        strict_shared += len(
            boundaries(para, ours_pieces, True) & boundaries(para, pysbd_pieces, True)
        )
        ours_total += len(a)
        pysbd_total += len(b)
        only_ours.extend((para, off) for off in sorted(a - b))
        only_pysbd.extend((para, off) for off in sorted(b - a))

    mb = size / 1e6
    rows = [
        [
            "ours (bot.text.segment)",
            f"{ours_time:.2f}",
            f"{mb / ours_time:.2f}",
            str(sum(map(len, ours_out))),
        ],
        [
            "pysbd 0.3 (en, clean=False)",
            f"{pysbd_time:.2f}",
            f"{mb / pysbd_time:.3f}",
            str(sum(map(len, pysbd_out))),
        ],
    ]
    print("## Speed\n")
    print(markdown_table(["splitter", "seconds", "MB/s", "sentences"], rows))
    print(f"\nours is {pysbd_time / ours_time:.0f}x faster than pysbd\n")

    print("## Agreement (sentence boundaries inside paragraphs)\n")
    rows = [
        [
            "pysbd boundaries also in ours",
            f"{shared}/{pysbd_total}",
            f"{100 * shared / max(1, pysbd_total):.1f}%",
        ],
        [
            "our boundaries also in pysbd",
            f"{shared}/{ours_total}",
            f"{100 * shared / max(1, ours_total):.1f}%",
        ],
    ]
    print(markdown_table(["measure", "count", "share"], rows))
    print(
        f"\n(boundaries compared after skipping closing quotes/brackets; with exact offsets only "
        f"{strict_shared} are shared.) Of the {len(only_ours)} boundaries only ours has, "
        f"{sum(in_double_quote(p, o) for p, o in only_ours)} lie inside an open double quotation "
        "(pysbd keeps quoted speech whole; single-quoted speech is not counted)."
    )

    print("\nTokens most often before a disagreeing boundary:")
    for label, items in (
        ("pysbd only (ours misses)", only_pysbd),
        ("ours only (pysbd does not split)", only_ours),
    ):
        common = Counter(token_before(p, off) for p, off in items).most_common(12)
        print(f"  {label}, {len(items)}: " + ", ".join(f"{tok!r} {n}" for tok, n in common))

    n_pysbd = args.examples // 2
    print(f"\n## {args.examples} example disagreements (‖ = the boundary)\n")
    for label, items, n in (
        ("pysbd splits, ours does not", only_pysbd, n_pysbd),
        ("ours splits, pysbd does not", only_ours, args.examples - n_pysbd),
    ):
        print(f"### {label}\n")
        for para, off in spread(items, n):
            print(
                f"- {context(para, off)}"
                + ("  [inside quotation]" if in_double_quote(para, off) else "")
            )
        print()

    print("## Hand-written tricky passages\n")
    for n, text in enumerate(TRICKY, 1):
        results = {name: split(text) for name, split in splitters.items()}
        same = [s.strip() for s in results["ours"]] == [s.strip() for s in results["pysbd"]]
        print(f"{n:2d}. {text}" + ("   [same]" if same else ""))
        for name, pieces in results.items():
            print(f"    {name:5s} {len(pieces)}: " + " | ".join(p.strip() for p in pieces))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
