"""A name longer than any page title (MediaWiki's 255 bytes) names no page: it is answered as none without
asking, so a claim file's runaway subject costs one claim a look-up, not the article its report (a batch
joining it with other titles made a URL too long to send)."""

from __future__ import annotations

import asyncio

import httpx

from tests.conftest import PAGES
from tests.support.fakewiki import FakeWiki
from verify.sources.http import HttpClient
from verify.sources.wikipedia import WikipediaSource

LONG = "Grynkewich " * 7000  # 77,000 characters


def _asked(titles: list[str], search: str | None = None) -> tuple[dict, list[str], list]:
    asked: list[str] = []
    wiki = FakeWiki.from_directory(PAGES)

    def handler(request: httpx.Request) -> httpx.Response:
        asked.append(str(request.url))
        return wiki.handler(request)

    async def run():
        source = WikipediaSource(HttpClient(transport=httpx.MockTransport(handler)))
        found = await source.lookup(titles)
        hits = await source.search(search) if search is not None else []
        return found, hits

    found, hits = asyncio.run(run())
    return found, asked, hits


def test_a_title_longer_than_any_page_is_no_page_and_the_others_are_still_found():
    found, asked, _ = _asked([LONG, "Philip Lowe"])
    assert found[LONG.strip()].document is None and "longer than any page title" in found[LONG.strip()].reason
    assert found["Philip Lowe"].document is not None
    assert all(len(url) < 10_000 for url in asked)


def test_a_search_longer_than_the_wiki_searches_finds_nothing_unasked():
    _, asked, hits = _asked([], search=LONG)
    assert hits == [] and asked == []
