"""A local news site for link tests: a few short articles written for these tests, on 127.0.0.1."""

from __future__ import annotations

import html
import itertools

from aiohttp import web

ARTICLES: dict[str, dict] = {
    "festival": {
        "title": "@everyone harbour festival moves to Saturday",
        "author": "<@5001>",
        "date": "2024-06-01",
        "paragraphs": [
            "The harbour festival will take place on Saturday instead of Friday because of the storm "
            "warning issued for the coast on Thursday evening.",
            "Organisers said all concerts, the boat parade and the night market move by one day. "
            "Tickets bought for Friday remain valid without any exchange.",
            '"Safety comes first, and the forecast for Saturday is calm," said organiser Ada Lund.',
            "The fireworks will start at ten o'clock as planned. Extra buses will run until two in the morning.",
            "Stall holders who cannot come on Saturday will get their fees back, the city said.",
        ],
    },
    "harbour-bridge": {
        "title": "Harbour bridge to reopen after two years of repairs",
        "author": "Marta Klein",
        "date": "2024-03-14",
        "paragraphs": [
            "The harbour bridge in Port Elling will reopen to traffic on Monday, ending two years of "
            "repairs that cost the city far more than planned.",
            "Engineers replaced the steel cables, the deck joints and most of the lighting. The work "
            "was delayed twice, first by a shortage of steel and then by a winter of storms.",
            '"We built it to last another hundred years," said chief engineer Tomas Berg. '
            "He added that the bridge now carries sensors that report strain in real time.",
            "The repairs cost 48 million euros, against a budget of 31 million. The city council "
            "approved the extra money in a close vote last autumn.",
            'Local shop owners welcomed the news. "Our customers could not reach us for two years," '
            "said baker Ines Moll, whose shop stands at the northern end of the bridge.",
            "Buses will return to their old routes on the same day, the transport office said. "
            "Cyclists get a separate lane on the eastern side for the first time.",
            "Critics say the city should have planned the work better. Councillor Piet Vos called "
            "the overrun a lesson in what happens when maintenance is postponed for decades.",
            "The mayor will open the bridge at a short ceremony at nine o'clock. Traffic is expected "
            "to be heavy during the first week, and drivers are asked to allow extra time.",
        ],
    },
    "library-hours": {
        "title": "City library extends its opening hours",
        "author": "Sam Ortega",
        "date": "2024-04-02",
        "paragraphs": [
            "The central library will stay open until ten in the evening on weekdays from May, "
            "the culture department announced on Tuesday.",
            "Students had asked for longer hours for years. A petition last winter collected more "
            "than four thousand signatures in two weeks.",
            '"A quiet place to study should not close at six," said student representative Lea Park.',
            "The extra hours will be paid for by closing two small branch offices that had few "
            "visitors. Their books will move to the central building over the summer.",
            "Staff unions said they were consulted and agreed to the new rota. Evening shifts "
            "will be voluntary during the first year.",
            "The library also plans a reading room for children and new study desks with power "
            "outlets on the second floor.",
            "Director Hanna Lind said visitor numbers had recovered after the pandemic. She expects "
            "the evening hours to bring in people who work during the day.",
            "The city will review the change after twelve months and publish the visitor figures.",
        ],
    },
    "river-cleanup": {
        "title": "Volunteers pull three tonnes of rubbish from the river",
        "author": "Omar Haddad",
        "date": "2024-05-20",
        "paragraphs": [
            "More than two hundred volunteers spent Saturday clearing the banks of the river Alde, "
            "collecting three tonnes of rubbish in six hours.",
            "They found shopping trolleys, tyres, a sofa and thousands of plastic bottles. Divers "
            "from the local club searched the deeper parts near the old mill.",
            '"Every year there is less, which tells us people are listening," said organiser Nina Roth.',
            "The clean-up has taken place every spring since 2015. The first one collected almost "
            "eight tonnes along the same stretch of river.",
            "The water board said fish numbers had risen steadily over the same period. Otters "
            "were seen near the mill last year for the first time in decades.",
            "The council provided skips, gloves and a free lunch for the volunteers. Schools sent "
            "groups of older pupils, who worked on the shallow sections.",
            "Organisers want to add an autumn clean-up next year. They are looking for sponsors to "
            "pay for boats and safety equipment.",
        ],
    },
}


def page(slug: str) -> str:
    """The HTML page of one article."""
    a = ARTICLES[slug]
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in a["paragraphs"])
    return f"""<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>{html.escape(a["title"])} | Elling Gazette</title>
<meta property="og:title" content="{html.escape(a["title"])}">
<meta property="og:site_name" content="Elling Gazette">
<meta name="author" content="{html.escape(a["author"])}">
<meta property="article:published_time" content="{a["date"]}T08:00:00Z">
</head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main><article>
<h1>{html.escape(a["title"])}</h1>
<p class="byline">By {html.escape(a["author"])}, {a["date"]}</p>
{body}
</article></main>
<footer><p>Elling Gazette. All rights reserved.</p></footer>
</body></html>"""


class ArticleSite:
    """Serves /news/<slug> for every article (and /news/<slug>-<n> copies, so each test can use a
    link no other test has summarized), /missing as a 404 and /photo.png as an image."""

    def __init__(self) -> None:
        self.port = 0
        self.hits: list[str] = []
        self._runner: web.AppRunner | None = None
        self._counter = itertools.count(1)

    async def __aenter__(self) -> ArticleSite:
        app = web.Application()
        app.router.add_get("/news/{slug}", self._article)
        app.router.add_get("/photo.png", self._photo)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    def url(self, slug: str, *, fresh: bool = True) -> str:
        """A link to an article; ``fresh`` gives a URL no other test used."""
        suffix = f"-{next(self._counter)}" if fresh else ""
        return f"http://127.0.0.1:{self.port}/news/{slug}{suffix}"

    async def _article(self, request: web.Request) -> web.Response:
        slug = request.match_info["slug"]
        self.hits.append(slug)
        base = slug.rsplit("-", 1)[0] if slug not in ARTICLES else slug
        if base not in ARTICLES:
            return web.Response(status=404, text="not found")
        return web.Response(text=page(base), content_type="text/html", charset="utf-8")

    async def _photo(self, request: web.Request) -> web.Response:
        return web.Response(body=b"\x89PNG\r\n\x1a\n" + b"\0" * 64, content_type="image/png")
