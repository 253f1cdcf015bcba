"""The pipeline as one function: article -> claims -> evidence -> verdicts -> report."""

from __future__ import annotations

from verify.judge import judge
from verify.models import Article, Claim, Report
from verify.retrieve import retrieve
from verify.sources.official import OfficialSource
from verify.sources.wikipedia import WikipediaSource


def check(
    article: Article,
    claims: list[Claim],
    wiki: WikipediaSource | None,
    official: OfficialSource | None = None,
    sources: list[str] | None = None,
) -> Report:
    pool = retrieve(claims, wiki, official, sources)
    return Report.build(article, judge(claims, pool, article.as_of))
