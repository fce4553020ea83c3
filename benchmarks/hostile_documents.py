"""Peak memory and time of extracting hostile documents, each in its own child process.

Builds the documents in a temporary folder (HTML floods, PDF page-tree and stream bombs, a PDF of
many pages sharing one content stream), runs ``extract_article`` on each in a fresh Python
process, and prints the answer, wall time and the child's peak RSS (from ``wait4``).
``--repo PATH`` measures another checkout's ``bot`` package (e.g. an older commit unpacked with
``git archive``) with this virtualenv; no eval data is needed.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.web.pdfs import form_bomb, page_tree_bomb, shared_pages_pdf, stream_bomb  # noqa: E402

_CHILD = """
import sys
sys.path.insert(0, sys.argv[1])
from bot.web.extract import extract_article
body = open(sys.argv[2], 'rb').read()
try:
    article = extract_article(body, url=None, content_type=sys.argv[3], source='bench')
    print(f'article of {len(article.text):,} characters')
except Exception as exc:
    print(f'{type(exc).__name__}: {exc}')
"""


def documents() -> list[tuple[str, str, bytes]]:
    """(name, content type, bytes) of each document measured."""
    shared = [
        f"Line {n} of the shared page, with a few more words in it to fill." for n in range(1000)
    ]
    return [
        ("4.8 MB of <p>a</p>", "text/html", b"<p>a</p>" * 600_000),
        ("49,999 elements", "text/html", b"<p>a</p>" * 49_999),
        ("too many bodies", "text/html", b"<meta <meta <!--<script>"),
        ("20,000 pages, one stream", "application/pdf", shared_pages_pdf(20_000, shared)),
        ("page tree bomb", "application/pdf", page_tree_bomb(fan_out=10, depth=7)),
        ("128 MB stream bomb", "application/pdf", stream_bomb(128_000_000)),
        ("100 forms of 15 MB", "application/pdf", form_bomb(100, 15_000_000)),
        ("page tree bomb as text", "text/plain", page_tree_bomb(fan_out=10, depth=7)),
    ]


def measure(repo: Path, path: Path, content_type: str, timeout: float) -> tuple[str, float, float]:
    """The child's answer, its wall time (s) and its peak RSS (MB); stopped after ``timeout``."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        child = subprocess.Popen(
            [sys.executable, "-c", _CHILD, str(repo), str(path), content_type],
            stdout=out,
            stderr=err,
        )
        stopped = False
        while True:  # wait4 gives this child's own peak RSS, which Popen.wait would not
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() - start > timeout:
                child.kill()
                stopped = True
            time.sleep(0.05)
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        answer = out.read().decode().strip()
        noise = err.read().decode().strip()
    if stopped:
        answer = f"stopped after {timeout:g} s"
    elif not answer:
        answer = f"exit {child.returncode}: {noise[-200:]}"
    elif noise:
        answer += f"  [stderr: {noise[:80]!r}]"
    return answer, time.perf_counter() - start, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repo", type=Path, default=REPO, help="checkout whose bot/ to measure")
    parser.add_argument("--timeout", type=float, default=300, help="seconds per document")
    args = parser.parse_args()
    print(f"{'document':26} {'bytes':>10} {'seconds':>8} {'peak MB':>8}  answer")
    with tempfile.TemporaryDirectory() as folder:
        for name, content_type, body in documents():
            path = Path(folder) / "doc"
            path.write_bytes(body)
            answer, seconds, peak = measure(args.repo.resolve(), path, content_type, args.timeout)
            print(f"{name:26} {len(body):>10,} {seconds:>8.1f} {peak:>8.0f}  {answer[:140]}")


if __name__ == "__main__":
    main()
