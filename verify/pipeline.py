"""The pipeline as one function: article -> claims -> evidence -> verdicts -> report."""

from __future__ import annotations

import asyncio

from verify.judge import judge
from verify.models import Article, Claim, Document, Report, Verdict
from verify.retrieve import EvidencePool, retrieve, wants
from verify.sources.official import OfficialSource
from verify.sources.wikipedia import WikipediaSource


async def check_async(
    article: Article,
    claims: list[Claim],
    wiki: WikipediaSource | None,
    official: OfficialSource | None = None,
    sources: list[str] | None = None,
) -> Report:
    pool = await retrieve(claims, wiki, official, sources)
    results = judge(claims, pool, article.as_of)
    undecided = [
        c
        for c, r in zip(claims, results, strict=True)
        if r.verdict == Verdict.UNVERIFIED and not c.skipped and wants(c).reread and pool.by_claim.get(c.id)
    ]
    if undecided and wiki is not None and await _read_whole_pages(undecided, wiki, pool):
        results = judge(claims, pool, article.as_of)
    return Report.build(article, results)


async def _read_whole_pages(claims: list[Claim], wiki: WikipediaSource, pool: EvidencePool) -> bool:
    """Replace the intros of the pages these claims rest on by whole articles; True if any grew."""
    docs = {d.url: d for c in claims for d in pool.by_claim[c.id] if d.source == "wikipedia"}
    fetched = await asyncio.gather(*(wiki.full_text(d) for d in docs.values()), return_exceptions=True)
    grown = {d.url: f for d, f in zip(docs.values(), fetched, strict=True) if isinstance(f, Document) and f is not d}
    if not grown:
        return False
    pool.documents = [grown.get(d.url, d) for d in pool.documents]
    pool.by_claim = {cid: [grown.get(d.url, d) for d in docs_] for cid, docs_ in pool.by_claim.items()}
    return True


def check(
    article: Article,
    claims: list[Claim],
    wiki: WikipediaSource | None,
    official: OfficialSource | None = None,
    sources: list[str] | None = None,
) -> Report:
    """`check_async` for callers without an event loop (a fresh HTTP client per call is best)."""
    return asyncio.run(check_async(article, claims, wiki, official, sources))
