"""The service end to end: real store, real worker processes, a real HTTP server on 127.0.0.1."""

import asyncio

import pytest
from aiohttp import web

from bot.config import Settings
from bot.errors import FetchError, InputError, NotFoundError, SummarybotError
from bot.models import Attachment, Scope
from bot.service import Service, link_in, open_store
from bot.web.fetch import Fetcher
from bot.workers import JobRunner

ARTICLE_HTML = """<!doctype html><html><head><meta charset="utf-8">
<title>Harbour Bridge Approved | The Local Paper</title>
<meta property="og:site_name" content="The Local Paper">
<meta name="author" content="Jo Writer"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Harbour Bridge Approved</h1>
<p>The city council approved the new harbour bridge on Monday after a debate that ran past midnight.</p>
<p>The bridge will connect the harbour district with the old town across the river, officials said.</p>
<p>"This bridge will change how people move through our city," said Mayor Anna Berg at the meeting.</p>
<p>The project will cost 40 million euros and take three years to build, according to the budget office.</p>
<p>Critics argued that the money should go to schools instead of another river crossing.</p>
<p>"We are pouring concrete while classrooms crumble," opposition leader Tom Hale told reporters.</p>
<p>Construction is due to start in the spring, and a public consultation runs until the end of March.</p>
</article><footer>Copyright The Local Paper</footer></body></html>"""

TEXT = (
    "The city council approved the new harbour bridge on Monday. The bridge will connect the harbour "
    "district with the old town. It will cost 40 million euros. Critics said the money should go to schools. "
    "Construction starts in the spring."
)


@pytest.fixture
async def site():
    app = web.Application()

    async def article(request):
        return web.Response(text=ARTICLE_HTML, content_type="text/html")

    app.router.add_get("/news/bridge", article)
    runner = web.AppRunner(app)
    await runner.setup()
    server = web.TCPSite(runner, "127.0.0.1", 0)
    await server.start()
    port = server._server.sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}"
    await runner.cleanup()


def settings_for(tmp_path, **extra):
    env = {"DATABASE_PATH": str(tmp_path / "h.db"), "WORKERS": "1", **extra}
    return Settings.from_env(env)


@pytest.fixture
async def service(tmp_path):
    svc = await Service.create(settings_for(tmp_path, FETCH_ALLOW_NETWORKS="127.0.0.0/8"))
    yield svc
    await svc.close()


CHANNEL = Scope(guild_id=1, channel_id=10)
OTHER = Scope(guild_id=1, channel_id=11)


async def test_summarize_text_stores_history(service):
    result = await service.summarize(CHANNEL, TEXT, sentences=2, requester_id=42)
    assert len(result.summary.sentences) == 2
    assert result.entry is not None and not result.earlier
    entry = await service.show(CHANNEL, result.entry.id)
    assert entry.summary == result.summary.sentences
    assert entry.requester_id == 42
    with pytest.raises(NotFoundError):
        await service.show(OTHER, result.entry.id)


async def test_summarize_link_then_reuse_earlier(service, site):
    url = f"{site}/news/bridge?utm_source=chat#top"
    first = await service.summarize(CHANNEL, url, sentences=3, reuse_earlier=True)
    assert first.article.title == "Harbour Bridge Approved"
    assert not first.earlier
    assert {q.speaker for q in first.summary.quotes} >= {"Anna Berg"}
    second = await service.summarize(CHANNEL, f"<{site}/news/bridge>", reuse_earlier=True)
    assert second.earlier and second.entry.id == first.entry.id
    third = await service.summarize(
        OTHER, url, reuse_earlier=True
    )  # another channel: a new summary
    assert not third.earlier


async def test_loopback_is_refused_without_allow_networks(tmp_path, site):
    svc = await Service.create(settings_for(tmp_path))
    try:
        with pytest.raises(FetchError):
            await svc.summarize(CHANNEL, f"{site}/news/bridge")
    finally:
        await svc.close()


async def test_channel_settings_apply(service):
    await service.update_settings(CHANNEL, length=1, method="LEAD")
    result = await service.summarize(CHANNEL, TEXT)
    assert result.summary.method == "lead"
    assert result.summary.sentences == (
        "The city council approved the new harbour bridge on Monday.",
    )
    with pytest.raises(InputError):
        await service.update_settings(CHANNEL, method="magic")


async def test_attachments(service):
    txt = Attachment("notes.txt", TEXT.encode("utf-8"))
    assert (await service.summarize(CHANNEL, attachment=txt, sentences=1)).summary.sentences
    html = Attachment("page.html", ARTICLE_HTML.encode(), "text/html")
    result = await service.summarize(CHANNEL, attachment=html, sentences=2)
    assert result.article.title == "Harbour Bridge Approved"
    with pytest.raises(InputError, match="attach a .txt"):
        await service.summarize(CHANNEL, attachment=Attachment("image.png", b"\x89PNG...."))


async def test_size_cap(tmp_path):
    svc = await Service.create(settings_for(tmp_path, MAX_INPUT_BYTES="2000"))
    try:
        with pytest.raises(InputError, match="I summarize up to"):
            await svc.summarize(CHANNEL, "word " * 1000)
    finally:
        await svc.close()


async def test_quotes_and_autolinks(service, site):
    result = await service.quotes(CHANNEL, ARTICLE_HTML.split("<article>")[1])
    assert len(result.quotes) == 2
    links = await service.auto_links(
        CHANNEL, f"look {site}/a and https://tenor.com/view/x.gif and {site}/b"
    )
    assert links == [f"{site}/a", f"{site}/b"]
    await service.update_settings(CHANNEL, autolink=False)
    assert await service.auto_links(CHANNEL, f"look {site}/a") == []


async def test_history_search_export_forget(service):
    a = await service.summarize(CHANNEL, TEXT, requester_id=7)
    await service.summarize(OTHER, TEXT, requester_id=8)
    hits = await service.search(CHANNEL, "bridge")
    assert [h.entry.id for h in hits] == [a.entry.id]
    name, data = await service.export(CHANNEL, "md")
    assert name == "history.md" and b"bridge" in data.lower()
    assert await service.forget_user(7) == 1
    assert await service.count(CHANNEL) == 0
    assert await service.count(OTHER) == 1


async def test_resummarize_without_fetching(service):
    first = await service.summarize(CHANNEL, TEXT, sentences=1)
    longer = await service.resummarize(CHANNEL, first.entry.id, sentences=3)
    assert len(longer.summary.sentences) == 3


async def test_concurrent_summaries(service):
    results = await asyncio.gather(
        *(service.summarize(CHANNEL, TEXT, sentences=2) for _ in range(4))
    )
    assert len({r.entry.id for r in results}) == 4


def test_link_in():
    assert link_in("https://example.com/a") == "https://example.com/a"
    assert link_in("  <https://example.com/a>  ") == "https://example.com/a"
    assert link_in("read https://example.com/a and tell me what you think of it") is None
    assert link_in("plain text") is None


async def test_without_a_channel_only_global_settings_apply_and_nothing_is_stored(tmp_path):
    svc = await Service.create(settings_for(tmp_path, SUMMARY_METHOD="lead", SUMMARY_SENTENCES="2"))
    try:
        await svc.update_settings(Scope.local("c1"), method="default", length=4)
        result = await svc.summarize(None, TEXT)
        assert result.summary.method == "lead" and len(result.summary.sentences) == 2
        assert result.entry is None
        assert await svc.count(Scope.local("c1")) == 0
        # the channel's settings apply to that channel only
        stored = await svc.summarize(Scope.local("c1"), TEXT)
        assert stored.summary.method == "default" and len(stored.summary.sentences) == 4
        assert await svc.count(Scope.local("c1")) == 1
    finally:
        await svc.close()


async def test_extract(service, site):
    article = await service.extract(attachment=Attachment("page.html", ARTICLE_HTML.encode()))
    assert article.title == "Harbour Bridge Approved" and article.author == "Jo Writer"
    assert "40 million euros" in article.text
    article = await service.extract(f"{site}/news/bridge")
    assert article.url == f"{site}/news/bridge" and article.site == "The Local Paper"
    with pytest.raises(InputError, match=r"\.txt, \.md, \.html or \.pdf"):
        await service.extract(attachment=Attachment("notes.docx", TEXT.encode()))
    assert await service.count(CHANNEL) == 0


def test_check_options():
    assert Service.check_options(method="LEAD") == "lead"
    assert Service.check_options() is None
    with pytest.raises(InputError, match="Unknown method"):
        Service.check_options(method="magic")
    with pytest.raises(SummarybotError):
        Service.check_options(language="klingon")
    assert list(Service.method_descriptions()) == Service.methods()


class RecordingRunner:
    """The real worker pool, noting each job it is given (the service's only way to run work)."""

    def __init__(self, inner: JobRunner) -> None:
        self.inner = inner
        self.jobs: list[tuple[str, float]] = []

    async def run(self, fn, *args, timeout: float, **kwargs):
        self.jobs.append((fn.__name__, timeout))
        return await self.inner.run(fn, *args, timeout=timeout, **kwargs)

    async def close(self) -> None:
        await self.inner.close()


async def test_the_runner_is_a_dependency(tmp_path):
    settings = settings_for(tmp_path, JOB_TIMEOUT="33", EXTRACT_TIMEOUT="11")
    store = await open_store(settings)
    fetcher = Fetcher(settings)
    await fetcher.__aenter__()
    runner = RecordingRunner(JobRunner(1, memory_mb=settings.worker_memory_mb))
    async with Service(settings, store=store, fetcher=fetcher, runner=runner) as svc:
        html = Attachment("page.html", ARTICLE_HTML.encode())
        await svc.summarize(CHANNEL, attachment=html, sentences=2)
        await svc.quotes(None, TEXT)
        await svc.extract(attachment=Attachment("notes.md", TEXT.encode()))
        txt = await svc.summarize(None, attachment=Attachment("notes.txt", TEXT.encode()))
    assert runner.jobs == [
        ("extract_article", 11.0),
        ("analyze", 33.0),
        ("quotations", 33.0),
        ("extract_article", 11.0),
        ("read_and_summarize", 33.0),  # a text file is read and summarized in one job
    ]
    assert txt.article.source == "notes.txt" and txt.summary.sentences


async def test_chat_markup_is_cleaned_for_messages_not_files(service):
    text = (
        "The council approved the tram line on Monday after a long debate.\n"
        "```\nThe listing of the vote stays in a code block here.\n```\n"
        "Work on the ||eastern|| section starts in the spring, officials said."
    )
    pasted = await service.summarize(CHANNEL, text, sentences=5, store=False)
    assert not any("listing" in s for s in pasted.summary.sentences)
    assert any("the eastern section" in s for s in pasted.summary.sentences)
    filed = await service.summarize(
        CHANNEL, attachment=Attachment("vote.txt", text.encode(), "text/plain"), sentences=5
    )
    assert any("listing of the vote" in s for s in filed.summary.sentences)
    assert any("||eastern||" in s for s in filed.summary.sentences)
