"""Issue 15 end to end: slow links from one user do not hold another user's link (real service,
real workers, a real HTTP server on 127.0.0.1)."""

import asyncio
import ipaddress
import time

import pytest

from bot.config import Settings
from bot.errors import TimeLimitError
from bot.models import Attachment, Scope
from bot.service import Service
from tests._timing import timed
from tests.web.pdfs import make_pdf
from tests.web.servers import ScriptedServer, reply

LIMIT = 3.0  # EXTRACT_TIMEOUT and JOB_TIMEOUT of this test
CHANNEL = Scope(guild_id=1, channel_id=10)
HOSTILE_USER, NORMAL_USER = 501, 502

NEWS = """<!doctype html><html><head><title>Ferry timetable changes in June</title></head><body>
<article><h1>Ferry timetable changes in June</h1>
<p>The island ferry will leave twenty minutes earlier on weekdays from the first of June.</p>
<p>The operator said the change lets commuters reach the mainland trains in time.</p>
<p>"Most of our passengers asked for an earlier boat," said harbour master Lena Voss.</p>
<p>Weekend crossings keep their current times, and the night boat runs as before.</p>
<p>Tickets bought for the old times remain valid until the end of the month.</p>
</article></body></html>"""


def slow_page(size: int) -> bytes:
    """A long but ordinary article page: reading it takes well over the limit."""
    paragraphs = []
    n = 0
    i = 0
    while n < size:
        paragraph = (
            f"<p>Report {i}: the island council discussed harbour repairs number {i % 311} "
            f"and the ferry timetable for week {i % 52}. There were {i % 97 + 3} residents "
            f"present, and the next meeting is on day {i % 28 + 1}.</p>\n"
        )
        paragraphs.append(paragraph)
        n += len(paragraph)
        i += 1
    return (
        "<html><head><title>Council minutes</title></head><body><article>"
        + "".join(paragraphs)
        + "</article></body></html>"
    ).encode()


@pytest.fixture
async def site():
    server = ScriptedServer(
        {"/news": reply(body=NEWS.encode()), "/slow": reply(body=slow_page(4_500_000))}
    )
    await server.start()
    yield server.base
    await server.close()


@pytest.fixture
async def service(tmp_path):
    settings = Settings(
        database_path=str(tmp_path / "h.db"),
        workers=2,
        fetch_allow_networks=(ipaddress.ip_network("127.0.0.0/8"),),
        fetch_max_bytes=5_000_000,
        extract_timeout=LIMIT,
        job_timeout=LIMIT,
    )
    svc = await Service.create(settings)
    yield svc
    await svc.close()


async def test_a_normal_link_behind_two_slow_ones_is_answered_within_its_time_plus_the_limit(
    service, site
):
    # the normal link alone: its own run time (this also starts a worker)
    alone, own_time = await timed(
        service.summarize(CHANNEL, f"{site}/news", requester_id=NORMAL_USER, store=False)
    )
    assert not isinstance(alone, Exception), alone

    started = time.monotonic()
    hostile = [
        asyncio.create_task(
            timed(service.summarize(CHANNEL, f"{site}/slow", requester_id=HOSTILE_USER))
        )
        for _ in range(2)
    ]
    await asyncio.sleep(0.2)
    normal, normal_time = await timed(
        service.summarize(CHANNEL, f"{site}/news", requester_id=NORMAL_USER, store=False)
    )
    results = await asyncio.gather(*hostile)
    total = time.monotonic() - started

    assert not isinstance(normal, Exception), normal
    assert normal.summary.sentences == alone.summary.sentences
    assert normal_time < own_time + LIMIT
    # A slow link ends by its limits at the latest: reading and summarizing are bounded (text is
    # cut at 2 M characters), so on a fast machine it may even finish inside them.
    for result, _ in results:
        assert isinstance(result, TimeLimitError) or result.summary.sentences, result
    # each slow link stopped at its limits (reading, then perhaps summarizing), one after the other
    assert total < 2 * (2 * LIMIT + 2)


async def test_a_1_mb_page_and_a_long_pdf_fit_in_the_default_memory_cap(tmp_path):
    settings = Settings(database_path=str(tmp_path / "h.db"), workers=1)
    assert settings.worker_memory_mb <= 512
    page = slow_page(1_000_000)
    lines = [
        f"Line {i} of the yearly report on the island ferry and its {i % 40} boats."
        for i in range(12_000)
    ]
    pdf = make_pdf([lines[i : i + 60] for i in range(0, len(lines), 60)], title="Ferry report")
    async with await Service.create(settings) as service:
        for name, data in (("minutes.html", page), ("report.pdf", pdf)):
            result = await service.summarize(
                CHANNEL, attachment=Attachment(filename=name, data=data), store=False
            )
            assert result.summary.sentences  # summarized, not refused for memory
            assert result.summary.words > 100_000
