"""From a link to an :class:`Article`: check, fetch, then extract in a worker that can be stopped."""

from __future__ import annotations

from bot.config import Settings
from bot.errors import TimeLimitError
from bot.fairness import JobOwner
from bot.models import Article
from bot.runners import Runner
from bot.web.extract import extract_article
from bot.web.fetch import Fetcher, check_url, seconds


async def fetch_article(
    url: str,
    *,
    fetcher: Fetcher,
    runner: Runner,
    settings: Settings,
    owner: JobOwner | None = None,
) -> Article:
    """Check and fetch ``url``, then extract its article within ``settings.extract_timeout``.

    Raises:
        FetchError: the link is refused or the page could not be fetched.
        ExtractionError: the page has no readable article text.
        TimeLimitError: extraction ran past its time limit (the worker was stopped).

    With a job queue as ``runner`` (one that says ``fetches_remotely``), the whole of this runs on
    a queue worker: links are fetched where the job runs, under that worker's guard and limits.
    """
    if getattr(runner, "fetches_remotely", False):
        limit = settings.fetch_timeout + settings.extract_timeout
        return await runner.run(fetch_article, url, timeout=limit, owner=owner)
    check_url(url, settings.fetch_allow_networks)
    page = await fetcher.fetch(url)
    try:
        return await runner.run(
            extract_article,
            page.body,
            url=page.final_url,
            content_type=page.content_type,
            charset=page.charset,
            source=url,
            timeout=settings.extract_timeout,
            owner=owner,
        )
    except TimeLimitError:
        raise TimeLimitError(
            f"Reading that page took too long (over {seconds(settings.extract_timeout)}), "
            "so I gave up."
        ) from None
