"""The pipeline as one function: article -> claims -> evidence -> verdicts -> report.

An article extracted during the check (no reviewed claim file) is a `Pending` extraction: its parse
runs on the parse thread while retrieval already fetches what the pattern engine's claims want
(`Pending.claims`), so the CPU work of the parse overlaps the waiting for answers."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field

from verify import nlp
from verify.article import check_extractable
from verify.errors import InputError
from verify.extract import _Extractor, extract_claims
from verify.judge import judge
from verify.match import pages_about
from verify.models import Article, Claim, ClaimResult, Document, Reading, Reason, Report, Verdict
from verify.retrieve import EvidencePool, retrieve, wants
from verify.sources.http import SourceError
from verify.sources.official import OfficialSource
from verify.sources.wikipedia import WikipediaSource


class ExtractionError(Exception):
    """Extracting an article's claims failed (MemoryError, RecursionError...): the article is bad, not
    the run. Raised from the original error."""


@dataclass
class Pending:
    """An article whose claims are being extracted now. `start()` hands its text to the parse
    thread and reads the pattern engine's claims at once (`forecast`, a few milliseconds): what they
    want fetched is, nearly always, what the final claims want; `claims()` waits for the parse and
    gives the claims exactly as `extract_claims` does."""

    article: Article
    keep: Callable[[Claim], bool] = lambda claim: True  # the run's --select / --ignore
    forecast: list[Claim] | None = None
    left_out: int = 0  # the claims found that `keep` left out, once extracted
    _extraction: asyncio.Future[list[Claim]] | None = field(default=None, repr=False)

    def start(self) -> Pending:
        check_extractable(self.article)  # before the parse thread is handed hours of work
        nlp.parse_ahead(self.article.text)
        # the pattern engine alone, without the parse's refinements (those would wait for the parse)
        self.forecast = [c for c in _Extractor(self.article).run() if self.keep(c)]
        return self

    def begin(self, early: WikipediaSource | None = None) -> None:
        """Start `claims` now (a run does so for the next article while it judges this one)."""
        if self._extraction is None:
            self._extraction = asyncio.ensure_future(self._claims(early))

    async def claims(self, early: WikipediaSource | None = None) -> list[Claim]:
        """The article's claims, once parsed. With `early` (live evidence only: a cassette holds the
        final claims' requests, not the forecast's), what the forecast wants is fetched from that
        wiki while the parse runs; the run's HTTP cache then answers the final retrieval, so no
        request is made twice. Pass `settle=True` to `check_async` after it."""
        self.begin(early)
        assert self._extraction is not None
        return await self._extraction

    async def _claims(self, early: WikipediaSource | None) -> list[Claim]:
        forecast = self.forecast if self.forecast is not None else self.start().forecast
        ahead = None
        if early is not None and forecast:
            ahead = asyncio.ensure_future(retrieve(forecast, early, None, None, self.article.as_of))
        try:
            await asyncio.wrap_future(nlp.parse_ahead(self.article.text))
            found = extract_claims(self.article)
            kept = [c for c in found if self.keep(c)]
            self.left_out = len(found) - len(kept)
            return kept
        except InputError:
            raise
        except Exception as exc:
            raise ExtractionError(str(exc)) from exc
        finally:
            if ahead is not None:  # a failure is cached: the final retrieval meets it and says so
                await asyncio.gather(ahead, return_exceptions=True)


async def check_async(
    article: Article,
    claims: list[Claim],
    wiki: WikipediaSource | None,
    official: OfficialSource | None = None,
    sources: list[str] | None = None,
    settle: bool = False,
) -> Report:
    """`settle`: retrieve twice, the second time wholly from the run's cache, so the pool's order is
    the order retrieval asks in, not the order answers came back in while other fetches (an early
    one, another article's) ran alongside."""
    pool = await retrieve(claims, wiki, official, sources, article.as_of)
    if settle:
        pool = await retrieve(claims, wiki, official, sources, article.as_of)
    results = judge(claims, pool, article.as_of, article.path)
    undecided = [
        c
        for c, r in zip(claims, results, strict=True)
        if r.verdict == Verdict.UNVERIFIED and not c.skipped and wants(c).reread and pool.by_claim.get(c.id)
    ]
    if undecided and wiki is not None and await _read_whole_pages(undecided, wiki, pool):
        results = judge(claims, pool, article.as_of, article.path)
    return Report.build(article, with_readings(claims, results, pool, article), pool.run_unread)


def with_readings(
    claims: list[Claim], results: list[ClaimResult], pool: EvidencePool, article: Article
) -> list[ClaimResult]:
    """Each result with what was checked (`Reading`: the claim as the judge read it, as of the article's
    day) and, on each piece of evidence, whether its revision is the page's current one and when it was
    saved: a report then shows the reading a verdict rests on, so an editor can catch a misreading."""
    docs = [*pool.documents, *(d for ds in pool.by_claim.values() for d in ds), *pool.current.values()]
    by_revision = {(d.url, d.revision_id): d for d in docs}
    out = []
    for claim, result in zip(claims, results, strict=True):
        evidence = [
            ev.model_copy(update={"current": doc.current, "revision_timestamp": doc.revision_timestamp})
            if (doc := by_revision.get((ev.url, ev.revision_id))) is not None
            else ev
            for ev in result.evidence
        ]
        reading = result.reading or Reading.of(claim, article.as_of)  # the judge's, unless the claim's bug lost it
        out.append(result.model_copy(update={"reading": reading, "evidence": evidence}))
    return out


WHOLE_PAGES_PER_ARTICLE = 3  # extra requests an article may spend on whole pages (one page per request)


def pages_to_read_whole(
    claims: list[Claim],
    pool: EvidencePool,
    budget: int = WHOLE_PAGES_PER_ARTICLE,
    readable: Callable[[Document], bool] = lambda doc: True,
) -> list[Document]:
    """The current Wikipedia pages undecided claims rest on as their own entities (a title they asked
    for, a search hit that is the name or event they searched; not a page that merely names someone),
    at most `budget` of them: first the pages titled by the subject of the most undecided claims (a
    person's own biography holds their places, years and predecessors), then those the most undecided
    claims rest on, in the order retrieval found them. A page `readable` says has no body beyond its
    lead takes no part of the budget."""
    docs: dict[str, Document] = {}
    own: dict[str, int] = {}
    resting: dict[str, int] = {}
    for claim in claims:
        rest = [d for d in pool.entity_pages(claim.id) if d.source == "wikipedia" and d.current and readable(d)]
        for doc in rest:
            docs.setdefault(doc.url, doc)
            resting[doc.url] = resting.get(doc.url, 0) + 1
        for doc in pages_about(claim.effective_subject, rest):
            own[doc.url] = own.get(doc.url, 0) + 1
    order = list(docs)
    ranked = sorted(order, key=lambda url: (-own.get(url, 0), -resting[url], order.index(url)))
    return [docs[url] for url in ranked[: max(budget, 0)]]


async def _read_whole_pages(claims: list[Claim], wiki: WikipediaSource, pool: EvidencePool) -> bool:
    """Replace the intros of the pages these claims rest on by whole articles, within the article's
    budget of requests; a page that could not be read is said on each of these claims resting on it
    (never dropped silently). True if the pool changed."""
    docs = {d.url: d for d in pages_to_read_whole(claims, pool, readable=wiki.has_body)}
    fetched = await asyncio.gather(*(wiki.full_text(d) for d in docs.values()), return_exceptions=True)
    grown = {d.url: f for d, f in zip(docs.values(), fetched, strict=True) if isinstance(f, Document) and f is not d}
    failed = False
    for doc, answer in zip(docs.values(), fetched, strict=True):
        if not isinstance(answer, SourceError):
            continue
        for claim in claims:
            if any(d.url == doc.url for d in pool.by_claim.get(claim.id, ())):
                # the lead was read: the claim stays judged on it (unverified, not "not checked"), saying so
                said = f"the whole page of '{doc.title}' could not be read ({answer.reason})"
                pool.note(claim.id, said, Reason.NO_PASSAGE)
                failed = True
    if not grown:
        return failed
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
