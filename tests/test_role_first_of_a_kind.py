"""'Mexico's first woman president': the office is judged as 'president', and that she was the first
woman in it is a value of its own that a page about her must state."""

import asyncio
import datetime as dt

import httpx

from tests.support.checked import results
from tests.support.fakewiki import FakeWiki, StoredPage
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.models import ClaimResult
from verify.offices import office_country
from verify.pipeline import check_async
from verify.sources.http import HttpClient
from verify.sources.wikipedia import WikipediaSource

AFTER_THE_OATH = dt.date(2024, 10, 2)


def test_the_first_woman_in_an_office_is_supported_when_her_page_says_so():
    got = results("Claudia Sheinbaum was sworn in as Mexico's first woman president.", AFTER_THE_OATH)
    claim = got["Claudia Sheinbaum was sworn in as Mexico's first woman president"]
    assert claim.verdict.value == "supported", claim.rationale
    assert "first woman" in claim.rationale


def test_a_first_of_a_kind_no_page_states_is_not_supported_by_the_office_rows():
    got = results("Claudia Sheinbaum was sworn in as Mexico's first black president.", AFTER_THE_OATH)
    claim = got["Claudia Sheinbaum was sworn in as Mexico's first black president"]
    assert claim.verdict.value == "unverified", claim.rationale


def test_a_place_named_after_its_country_is_not_the_country():
    assert office_country("Head of Government of Mexico City") is None
    assert office_country("Governor of New Mexico") is None
    assert office_country("President of Mexico") == "Mexico"


def test_a_post_in_the_pluperfect_is_one_held_before_not_now():
    """'had earlier been mayor': a post whose term ended years before the article is what the claim says."""
    text = "Valdane led the province of Essenmark. Teodora Valdane had earlier been mayor of Kessel Vale."
    claim = _invented_results(text, AFTER_THE_OATH)["Teodora Valdane had earlier been mayor of Kessel Vale"]
    assert claim.verdict.value == "supported", claim.rationale


def _invented_results(text: str, as_of: dt.date) -> dict[str, ClaimResult]:
    """Each claim's result against a wiki of one invented office holder: a governor now, a mayor once."""
    page = StoredPage(
        title="Teodora Valdane",
        lead=["Teodora Valdane (born 3 March 1965) is a politician, governor of Essenmark since 2021."],
        template="Infobox officeholder",
        fields=[
            ("office", "Governor of Essenmark"),
            ("term_start", "4 May 2021"),
            ("office2", "Mayor of Kessel Vale"),
            ("term_start2", "1 October 2012"),
            ("term_end2", "30 September 2018"),
            ("birth_date", "3 March 1965"),
        ],
        redirects=[],
        timestamp="2024-06-01T00:00:00Z",
    )

    async def run() -> dict[str, ClaimResult]:
        http = HttpClient(transport=httpx.MockTransport(FakeWiki({page.title: page}).handler))
        article = article_from_text(f"Test\n\n{text}", as_of=as_of)
        report = await check_async(article, extract_claims(article), WikipediaSource(http))
        await http.aclose()
        return {c.text: c for c in report.claims}

    return asyncio.run(run())


def test_a_bare_title_held_now_is_not_disputed_by_another_office_of_that_title_held_once():
    """'President' fits the country's presidency, held on the day, and a party presidency that ended
    years before: the one held on the article's day decides."""
    text = "Mexico votes on Sunday. President Andrés Manuel López Obrador cannot run again."
    claim = results(text, dt.date(2024, 6, 4))["President Andrés Manuel López Obrador"]
    assert claim.verdict.value == "supported", claim.rationale
