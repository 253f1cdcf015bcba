"""Shared fixtures: the project's seed article, the fake wiki over the stored pages, an HTTP client
that talks to it without any network."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest

from tests.support.fakewiki import FakeWiki
from verify.article import load_article
from verify.models import Article, Document
from verify.sources.http import HttpClient
from verify.sources.wikipedia import WikipediaSource

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "nato-defense-chiefs.txt"
PAGES = ROOT / "fixtures" / "wiki" / "pages"
CASSETTES = ROOT / "fixtures" / "cassettes"


def empty_cassette_folder(parent: Path) -> Path:
    """A cassette folder that holds no cassette, made under `parent`: with `--wiki URL` a check then fetches
    live from that wiki instead of replaying the project's cassettes; with `--offline` it checks nothing. A
    `--cassettes` folder that does not exist is a one-line error, not a way of saying "no cassette"."""
    folder = parent / "no-cassettes"
    folder.mkdir(exist_ok=True)
    return folder


@pytest.fixture
def seed() -> Article:
    return load_article(SEED)


@pytest.fixture
def fake_wiki() -> FakeWiki:
    return FakeWiki.from_directory(PAGES)


@pytest.fixture
def sleeps() -> list[float]:
    """Waits the HTTP client asked for, instead of sleeping them."""
    return []


@pytest.fixture
def http(fake_wiki: FakeWiki, sleeps: list[float]) -> HttpClient:
    client = HttpClient(transport=httpx.MockTransport(fake_wiki.handler), sleep=sleeps.append)
    yield client
    asyncio.run(client.aclose())


@pytest.fixture
def wikipedia(http: HttpClient) -> WikipediaSource:
    return WikipediaSource(http)


@pytest.fixture
def pages(wikipedia: WikipediaSource):
    """The current stored copies of some titles, whole (the intro and every section), as the judging
    tests read them."""

    def fetch(*titles: str) -> list[Document]:
        async def go() -> list[Document]:
            found = await wikipedia.lookup(titles)
            docs = [found[t].document for t in titles if found[t].document]
            return [await wikipedia.full_text(d) for d in docs]

        return asyncio.run(go())

    return fetch


@pytest.fixture(scope="module")
def local_wiki():
    """The fake wiki on a loopback port, shared by a test module."""
    from tests.support.fakewiki import serve

    with serve(FakeWiki.from_directory(ROOT / "fixtures" / "wiki" / "pages")) as url:
        yield url
