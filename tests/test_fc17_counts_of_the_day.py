"""'He has six children' in an article of 2024: a count is of the article's day. Where the current revision was
kept for the terms it dates (a handover the older revision cannot know), the revision of the day is read too for
a count: a current revision giving another count then contradicts no longer alone (at most sources disagree),
while a count both revisions deny is still contradicted. Invented person, except the stored Barnier pages the
revision tests share."""

from __future__ import annotations

import asyncio
import datetime as dt

import httpx

from tests.conftest import PAGES
from tests.support.fakewiki import FakeWiki
from tests.support.judging import boxed, clause_claim, page, verdict
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.judge import judge
from verify.models import Claim, Verdict
from verify.retrieve import EvidencePool, retrieve
from verify.sources.http import HttpClient
from verify.sources.wikipedia import WikipediaSource

AS_OF = dt.date(2024, 12, 23)
OLD = page("Aldo Penn", "Aldo Penn (born 1951) is a Velmaran politician. Aldo Penn has six children.",
           dt.datetime(2014, 4, 4, tzinfo=dt.UTC))  # fmt: skip
NOW = boxed("Aldo Penn", "Aldo Penn (born 1951) is a Velmaran politician.", [("children", "5")],
            dt.datetime(2025, 9, 9, tzinfo=dt.UTC))  # fmt: skip


def _children(n: int, word: str) -> Claim:
    fields = {"value": str(n), "number": float(n), "unit": "children", "context": "Aldo Penn"}
    return clause_claim(f"{word} children", "Aldo Penn", "", f"He has {word} children.", kind="quantity",
                        relation="count", **fields)  # fmt: skip


def _judged(claim: Claim) -> Verdict:
    pool = EvidencePool(documents=[NOW], by_claim={claim.id: [NOW]}, of_the_day={NOW.url: OLD})
    (result,) = judge([claim], pool, AS_OF)
    return result.verdict


def test_a_sentence_naming_the_parent_in_full_gives_the_count():
    assert verdict(_children(6, "six"), [OLD], AS_OF).verdict == Verdict.SUPPORTED


def test_a_later_revisions_other_count_does_not_contradict_the_count_of_the_day_alone():
    assert _judged(_children(6, "six")) != Verdict.CONTRADICTED


def test_a_count_both_revisions_deny_is_still_contradicted():
    assert _judged(_children(4, "four")) == Verdict.CONTRADICTED


def test_retrieval_keeps_the_revision_of_the_day_set_aside_for_dated_terms():
    """Barnier's copy from his premiership gives way to the current revision's terms (see
    test_as_of_revisions): it is kept for the counts of the article's day."""
    wiki = FakeWiki.from_directory(PAGES)
    article = article_from_text("Paris\n\nFormer Prime Minister Michel Barnier spoke.", as_of=dt.date(2024, 12, 16))
    claims = [c for c in extract_claims(article) if c.kind == "role"]

    async def run() -> EvidencePool:
        http = HttpClient(transport=httpx.MockTransport(wiki.handler))
        try:
            return await retrieve(claims, WikipediaSource(http), as_of=article.as_of)
        finally:
            await http.aclose()

    pool = asyncio.run(run())
    (kept,) = [d for d in pool.of_the_day.values() if d.title == "Michel Barnier"]
    assert kept.revision_timestamp is not None and kept.revision_timestamp.date() <= dt.date(2024, 12, 16)
