"""Articles checked side by side (--concurrency N) wait for their own answers, not for each other's."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import httpx

from tests.support.fakewiki import FakeWiki
from verify.sources.http import HttpClient
from verify.sources.wikipedia import WikipediaSource


def held_wiki(fake_wiki: FakeWiki, held: str, release: asyncio.Event) -> Callable[[httpx.Request], Awaitable]:
    """The fake wiki, except that a request asking for the title `held` is answered once released."""

    async def handler(request: httpx.Request) -> httpx.Response:
        if held in request.url.params.get("titles", "").split("|"):
            await release.wait()
        return fake_wiki.handler(request)

    return handler


MIRROR = "http://mirror.example.org:8080"


def test_a_look_up_is_answered_while_another_still_waits_for_its_answer(fake_wiki: FakeWiki) -> None:
    async def side_by_side() -> None:
        release = asyncio.Event()
        http = HttpClient(concurrency=2, transport=httpx.MockTransport(held_wiki(fake_wiki, "NATO", release)))
        wiki = WikipediaSource(http, MIRROR)  # Wikipedia itself is asked one request at a time, whatever concurrency
        first = asyncio.ensure_future(wiki.lookup(["NATO"]))
        await asyncio.sleep(0)  # the first article's look-up is now waiting for its answer
        second = await asyncio.wait_for(wiki.lookup(["Dan Caine"]), timeout=5)
        assert second["Dan Caine"].document is not None
        assert not first.done()
        release.set()
        assert (await first)["NATO"].document is not None
        await http.aclose()

    asyncio.run(side_by_side())


def test_a_title_being_asked_for_is_awaited_not_asked_again(fake_wiki: FakeWiki) -> None:
    async def both() -> tuple[dict, dict]:
        release = asyncio.Event()
        http = HttpClient(concurrency=2, transport=httpx.MockTransport(held_wiki(fake_wiki, "NATO", release)))
        wiki = WikipediaSource(http)
        first = asyncio.ensure_future(wiki.lookup(["NATO"]))
        await asyncio.sleep(0)
        second = asyncio.ensure_future(wiki.lookup(["NATO", "Dan Caine"]))
        await asyncio.sleep(0.05)
        release.set()
        found = await first, await second
        await http.aclose()
        return found

    first, second = asyncio.run(both())
    asked = [httpx.URL(r).params["titles"] for r in fake_wiki.requests]
    assert sorted(asked) == ["Dan Caine", "NATO"]  # NATO once, by the first look-up
    assert first["NATO"] is second["NATO"]
    assert second["Dan Caine"].document is not None
