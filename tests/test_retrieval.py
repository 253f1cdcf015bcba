"""Retrieval end to end: entity linking on the seed, official pages, faults, concurrency."""

import asyncio
import datetime as dt
import time

import httpx
import pytest

from tests.conftest import ROOT
from tests.support.fakewiki import FakeWiki, serve
from verify.article import load_article
from verify.extract import extract_claims
from verify.models import Reason, Verdict
from verify.pipeline import check
from verify.retrieve import retrieve
from verify.sources.http import HttpClient
from verify.sources.official import OfficialSource, main_text
from verify.sources.wikipedia import WikipediaSource

run = asyncio.run
CAVOLI_BIO = "https://www.war.gov/About/Biographies/Biography/Article/1896733/general-christopher-g-cavoli/"
LANGLEY_BIO = "https://www.defense.gov/About/Biographies/Biography/Article/3131109/general-michael-e-langley/"

# Who and what the seed names, and the page each must link to (None: no page in the store).
SEED_LINKS = {
    "Dan Caine": "Dan Caine",
    "Sergey Lavrov": "Sergey Lavrov",
    "Vladimir Putin": "Vladimir Putin",
    "Volodymyr Zelenskyy": "Volodymyr Zelenskyy",
    "Donald Trump": "Donald Trump",
    "NATO": "NATO",
    "United States European Command": "United States European Command",
    "Chairman of the Joint Chiefs of Staff": "Chairman of the Joint Chiefs of Staff",
    "Ministry of Foreign Affairs (Russia)": "Ministry of Foreign Affairs (Russia)",
    "war in Ukraine": "Russian invasion of Ukraine",
    "Alexus Grynkewich": None,
}


def test_every_person_and_organisation_of_the_seed_links_to_the_right_page(seed, wikipedia):
    pool = run(retrieve(extract_claims(seed), wikipedia))
    titles = {d.title for d in pool.documents}
    for name, page in SEED_LINKS.items():
        if page is not None:
            assert page in titles, name
    # Grynkewich has no page in the store: he must not be linked to someone else's page
    grynkewich = [c for c in extract_claims(seed) if c.subject == "Alexus Grynkewich"]
    for claim in grynkewich:
        assert all("Grynkewich" not in d.title for d in pool.by_claim.get(claim.id, []))
        assert any("no Wikipedia page found for 'Alexus Grynkewich'" in n for n in pool.notes[claim.id])


def test_official_page_text_is_kept_and_its_chrome_dropped(fake_wiki, http):
    fake_wiki.add_official_pages(ROOT / "fixtures" / "reference" / "pages")
    doc = run(OfficialSource(http).fetch(LANGLEY_BIO))
    assert "became the sixth Commander of United States Africa Command" in doc.text
    for chrome in ("cookies", "Site map", "injected", "Home | About", "tracking"):
        assert chrome not in doc.text
    assert doc.url == LANGLEY_BIO and doc.revision_id == "last-modified Mon, 02 Jun 2025 00:00:00 GMT"


def test_an_official_source_can_decide_a_claim(tmp_path, fake_wiki, http):
    fake_wiki.add_official_pages(ROOT / "fixtures" / "reference" / "pages")
    path = tmp_path / "a.txt"
    path.write_text("H\n\nChristopher Cavoli, who also serves as the head of U.S. European Command, spoke.\n")
    article = load_article(path, as_of=dt.date(2025, 8, 20))
    report = check(article, extract_claims(article), None, OfficialSource(http), [CAVOLI_BIO])
    assert report.claims[0].verdict == Verdict.CONTRADICTED
    assert report.claims[0].evidence[0].url == CAVOLI_BIO


def test_links_inside_official_pages_are_never_followed(fake_wiki, http):
    fake_wiki.add_official_pages(ROOT / "fixtures" / "reference" / "pages")
    run(OfficialSource(http).fetch(LANGLEY_BIO))
    assert fake_wiki.requests == [LANGLEY_BIO]


def test_main_text_of_a_page_without_main_element_uses_the_body():
    title, text, canonical = main_text("<title>T</title><body><p>One.</p><nav>Menu</nav><p>Two.</p></body>")
    assert (title, text, canonical) == ("T", "One.\nTwo.", None)


@pytest.mark.parametrize("fault", ["429", "503", "truncated", "maxlag", "html"])
def test_a_wiki_that_keeps_failing_still_gives_a_full_report_with_reasons(seed, fault):
    wiki = FakeWiki.from_directory(ROOT / "fixtures" / "wiki" / "pages")
    wiki.faults.kind, wiki.faults.count, wiki.faults.retry_after = fault, -1, "0"
    http = HttpClient(transport=httpx.MockTransport(wiki.handler), max_retries=2, sleep=lambda s: None)
    report = check(seed, extract_claims(seed), WikipediaSource(http))
    assert len(report.claims) == len(extract_claims(seed))
    assert {c.verdict for c in report.claims} == {Verdict.NOT_CHECKED}
    assert {c.reason for c in report.claims} == {Reason.SOURCE_UNREACHABLE}
    assert any("Wikipedia unreachable" in c.rationale for c in report.claims)
    # the batch is tried once and retried twice, never more; no searches are sent to a wiki that is down
    assert len(wiki.requests) == 3


def test_a_transient_fault_is_ridden_out(seed):
    wiki = FakeWiki.from_directory(ROOT / "fixtures" / "wiki" / "pages")
    wiki.faults.kind, wiki.faults.count, wiki.faults.retry_after = "429", 1, "0"
    http = HttpClient(transport=httpx.MockTransport(wiki.handler), sleep=lambda s: None)
    report = check(seed, extract_claims(seed), WikipediaSource(http))
    assert report.summary.supported == 9


def test_a_source_that_answers_slowly_forever_times_out_within_the_deadline(seed):
    wiki = FakeWiki.from_directory(ROOT / "fixtures" / "wiki" / "pages")
    wiki.faults.kind, wiki.faults.count, wiki.faults.slow_seconds = "slow", -1, 5
    with serve(wiki) as url:
        http = HttpClient(timeout=0.3, max_retries=1, sleep=lambda s: None)
        started = time.perf_counter()
        report = check(seed, extract_claims(seed), WikipediaSource(http, url))
        elapsed = time.perf_counter() - started
    assert {c.verdict for c in report.claims} == {Verdict.NOT_CHECKED}
    assert any("timed out" in c.rationale for c in report.claims)
    assert elapsed < 3  # two tries of 0.3 s, not the server's 5 s per answer


@pytest.mark.parametrize("concurrency", [1, 3])
def test_requests_in_flight_never_exceed_the_concurrency_setting(seed, concurrency):
    """One at a time for Wikimedia by default; the seed's three searches overlap when a mirror allows."""
    wiki = FakeWiki.from_directory(ROOT / "fixtures" / "wiki" / "pages")
    in_flight, peak = 0, 0

    async def handler(request):
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.05)
        in_flight -= 1
        return wiki.handler(request)

    http = HttpClient(transport=httpx.MockTransport(handler), concurrency=concurrency)
    # a mirror: Wikipedia itself is asked one request at a time whatever the setting (tests/test_user25_edges.py)
    check(seed, extract_claims(seed), WikipediaSource(http, "http://mirror.example.org:8080"))
    assert peak == concurrency
