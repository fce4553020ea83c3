"""The console's /digest: the local channel's summaries of the period, grouped into topics."""

from tests.digest_articles import ARTICLES
from tests.test_console import console  # noqa: F401 (the fixture: a console on a fresh store)


async def test_digest_of_the_week(console):  # noqa: F811
    for text in ARTICLES:
        await console.handle("/summarize " + text)
    out = await console.handle("/digest")
    lines = out.splitlines()
    assert lines[0].startswith("Digest of 'news' · ")
    assert lines[1].startswith("3 summaries · 2 topics · 3 quotes from 2 people")
    assert "(2 articles)" in out and "★ #" in out
    assert "• #3 Teenager Wins The Regional Chess Tournament" in out
    assert "Ines Okafor (2): “" in out
    same = await console.handle("/digest 7d")  # the same period (its first line has the times)
    assert same.splitlines()[1:] == lines[1:]


async def test_digest_of_a_quiet_channel_and_bad_periods(console):  # noqa: F811
    await console.handle("/summarize " + ARTICLES[0])
    await console.handle("/channel quiet")
    out = await console.handle("/digest day")
    assert out.startswith("Digest of 'quiet'") and "No summaries in this period." in out
    out = await console.handle("/digest fortnight")
    assert out.startswith("✗ I can't read 'fortnight' as a period")
    assert "/digest [day|week|month|7d]" in await console.handle("/help")
