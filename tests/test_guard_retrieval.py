"""Retrieval behaviours first pinned by a mutation whose remembered killer stopped catching it
(scripts/mutation_check.py): each test here fails under the named mutation."""

from __future__ import annotations

import asyncio
import datetime as dt

import httpx

from tests.conftest import PAGES
from tests.support.fakewiki import FakeWiki
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.retrieve import retrieve
from verify.sources.http import HttpClient
from verify.sources.wikipedia import WikipediaSource


def test_the_shared_pool_reads_a_page_as_it_stood_on_the_articles_day():
    """Mutation pool-keeps-todays-pages. The pool every claim may draw on (a rival holder's page found
    for another claim) holds the revision of the article's day, the same one the claim's own list
    holds, never the newer current page: otherwise one claim would read the page as of today."""
    wiki = FakeWiki.from_directory(PAGES)
    article = article_from_text(
        "Summit\n\nEuropean Council President Charles Michel chaired the meeting.", as_of=dt.date(2024, 6, 28)
    )
    claims = [c for c in extract_claims(article) if c.kind == "role"]
    pool = asyncio.run(retrieve(claims, WikipediaSource(HttpClient(transport=httpx.MockTransport(wiki.handler))),
                                as_of=article.as_of))  # fmt: skip
    (own,) = [d for d in pool.by_claim[claims[0].id] if d.title == "Charles Michel"]
    (shared,) = [d for d in pool.documents if d.title == "Charles Michel"]
    assert not shared.current and shared.revision_timestamp.date() <= dt.date(2024, 6, 28)
    assert shared.revision_id == own.revision_id
