"""Check a one-paragraph article against the test wiki (the stored pages), as `verify check` would."""

from __future__ import annotations

import asyncio
import datetime as dt

import httpx

from tests.conftest import PAGES
from tests.support.fakewiki import FakeWiki
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.models import ClaimResult
from verify.pipeline import check_async
from verify.sources.http import HttpClient
from verify.sources.wikipedia import WikipediaSource


def results(text: str, as_of: dt.date) -> dict[str, ClaimResult]:
    """Each extracted claim's result, by the claim's words."""

    async def run() -> dict[str, ClaimResult]:
        wiki = FakeWiki.from_directory(PAGES)
        http = HttpClient(transport=httpx.MockTransport(wiki.handler))
        article = article_from_text(f"Test\n\n{text}", as_of=as_of)
        report = await check_async(article, extract_claims(article), WikipediaSource(http))
        await http.aclose()
        return {c.text: c for c in report.claims}

    return asyncio.run(run())


def verdicts(text: str, as_of: dt.date) -> dict[str, str]:
    """Each extracted claim's verdict, by the claim's words."""
    return {text: result.verdict.value for text, result in results(text, as_of).items()}
