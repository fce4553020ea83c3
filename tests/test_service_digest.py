"""Channel digests through the service: the period's entries from the store, grouped into topics."""

from datetime import UTC, datetime, timedelta

import pytest

import bot.cases.digests
from bot.errors import InputError
from bot.models import Scope
from bot.service import Service
from tests.digest_articles import ARTICLES
from tests.test_service import settings_for

CHANNEL = Scope(guild_id=1, channel_id=10)
OTHER = Scope(guild_id=1, channel_id=11)


@pytest.fixture
async def service(tmp_path):
    svc = await Service.create(settings_for(tmp_path))
    yield svc
    await svc.close()


async def test_a_digest_of_what_the_channel_summarized(service):
    start = datetime.now(UTC) - timedelta(seconds=1)
    stored = [(await service.summarize(CHANNEL, text)).entry for text in ARTICLES]
    await service.summarize(OTHER, ARTICLES[0])
    digest = await service.digest(CHANNEL, since=start)
    assert digest.count == 3 and digest.scope == CHANNEL
    groups = sorted(sorted(e.id for e in t.entries) for t in digest.topics)
    assert groups == [[stored[0].id, stored[1].id], [stored[2].id]]
    assert digest.topics[0].title.lower().startswith(("harbour", "tunnel"))
    assert digest.people[0].speaker == "Ines Okafor" and digest.people[0].count == 2
    assert digest.since == start and digest.until > start


async def test_only_the_period_counts(service):
    await service.summarize(CHANNEL, ARTICLES[2])
    later = datetime.now(UTC) + timedelta(seconds=1)
    assert (await service.digest(CHANNEL, since=later, until=later + timedelta(hours=1))).count == 0
    earlier = later - timedelta(days=7)
    assert (
        await service.digest(CHANNEL, since=earlier, until=earlier + timedelta(days=1))
    ).count == 0
    assert (await service.digest(CHANNEL, since=earlier, until=later)).count == 1


async def test_times_without_a_zone_are_utc(service):
    await service.summarize(CHANNEL, ARTICLES[2])
    naive = datetime.now(UTC).replace(tzinfo=None)
    digest = await service.digest(CHANNEL, since=naive - timedelta(hours=1))
    assert digest.count == 1 and digest.since.tzinfo is UTC


async def test_a_period_must_end_after_it_starts(service):
    now = datetime.now(UTC)
    with pytest.raises(InputError, match="end after it starts"):
        await service.digest(CHANNEL, since=now, until=now - timedelta(hours=1))


async def test_too_many_entries_get_a_clear_error(service, monkeypatch):
    monkeypatch.setattr(bot.cases.digests, "MAX_DIGEST_ENTRIES", 1)
    start = datetime.now(UTC) - timedelta(seconds=1)
    for text in ARTICLES[:2]:
        await service.summarize(CHANNEL, text)
    with pytest.raises(InputError, match="shorter period"):
        await service.digest(CHANNEL, since=start)


async def test_the_digest_is_built_in_a_worker(service):
    """Clustering is CPU work: it runs through the runner (a worker with a time limit), so the
    event loop of the bot never computes it."""
    sent = []
    real_run = service.runner.run

    async def run(fn, *args, **kwargs):
        sent.append((fn.__module__, fn.__name__, kwargs.get("timeout")))
        return await real_run(fn, *args, **kwargs)

    service.runner.run = run
    await service.summarize(CHANNEL, ARTICLES[2])
    sent.clear()
    digest = await service.digest(CHANNEL, since=datetime.now(UTC) - timedelta(hours=1))
    assert digest.count == 1
    assert sent == [("bot.runners.jobs", "digest", service.settings.job_timeout)]
