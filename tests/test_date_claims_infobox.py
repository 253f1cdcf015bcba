"""Date claims settled by the infobox: an office's term start dates 'took office', 'was sworn in',
'has led it since'; the same day supports, another day contradicts, quoting the row."""

import asyncio
import datetime as dt

import httpx
import pytest

from tests.conftest import PAGES
from tests.support.checked import results
from tests.support.fakewiki import FakeWiki
from verify.app import article_from_text
from verify.pipeline import check_async
from verify.sources.http import HttpClient
from verify.sources.wikipedia import WikipediaSource


@pytest.mark.parametrize(
    ("day", "verdict"),
    [("2 April 2024", "supported"), ("28 March 2024", "contradicted"), ("12 April 2024", "contradicted")],
)
def test_sworn_in_on_a_day_is_read_off_the_offices_term_start(day: str, verdict: str):
    text = f"Luís Montenegro was sworn in as Prime Minister of Portugal on {day}."
    got = results(text, dt.date(2024, 4, 3))[f"was sworn in as Prime Minister of Portugal on {day}"]
    assert got.verdict.value == verdict
    assert "Prime Minister of Portugal" in got.rationale and "2 April 2024" in got.rationale


@pytest.mark.parametrize(
    ("day", "verdict"), [("10 September 2013", "supported"), ("10 September 2012", "contradicted")]
)
def test_since_a_day_is_checked_against_the_start_of_the_one_office_then_held(day: str, verdict: str):
    got = results(f"IOC President Thomas Bach spoke. Bach has led the committee since {day}.", dt.date(2025, 3, 21))
    assert got[f"has led the committee since {day}"].verdict.value == verdict


def test_since_without_the_office_named_is_left_open_when_several_offices_were_held():
    text = "Conservative leader Rishi Sunak conceded. Sunak had led the country since 25 October 2022."
    got = results(text, dt.date(2024, 7, 6))["led the country since 25 October 2022"]
    assert got.verdict.value != "contradicted"


@pytest.mark.parametrize(("day", "verdict"), [("4 July 2024", "supported"), ("11 July 2024", "contradicted")])
def test_an_event_named_before_held_on_is_dated_by_its_page(day: str, verdict: str):
    text = f"Labour won the general election held on {day}. The 2024 United Kingdom general election ended 14 years."
    got = results(text, dt.date(2024, 7, 6))[f"held on {day}"]
    assert got.verdict.value == verdict
    assert "4 July 2024" in got.rationale


@pytest.mark.parametrize(("day", "verdict"), [("25 October 2022", "supported"), ("25 October 2021", "contradicted")])
def test_had_led_the_country_since_is_the_countrys_office_even_just_ended(day: str, verdict: str):
    text = f"Conservative leader Rishi Sunak conceded. Sunak had led the country since {day}."
    got = results(text, dt.date(2024, 7, 6))[f"led the country since {day}"]
    assert got.verdict.value == verdict
    assert "Prime Minister of the United Kingdom" in got.rationale


def test_becoming_another_office_than_the_one_begun_that_day_is_contradicted():
    got = results("Keir Starmer became Chancellor of the Exchequer on 5 July 2024.", dt.date(2024, 7, 6))
    claim = got["became Chancellor of the Exchequer on 5 July 2024"]
    assert claim.verdict.value == "contradicted"
    assert "Prime Minister of the United Kingdom" in claim.rationale


def test_becoming_an_unlisted_office_on_a_day_nothing_began_is_left_open():
    got = results("Keir Starmer became Chancellor of the Exchequer on 9 July 2024.", dt.date(2024, 7, 10))
    assert got["became Chancellor of the Exchequer on 9 July 2024"].verdict.value == "unverified"


def test_an_event_page_of_another_year_does_not_date_the_claim():
    text = "Labour lost the general election held on 12 December 2019."
    got = results(text, dt.date(2019, 12, 13))["held on 12 December 2019"]
    assert got.verdict.value == "unverified"


@pytest.mark.parametrize(("day", "verdict"), [("25 October 2022", "supported"), ("24 October 2021", "contradicted")])
def test_appointed_on_a_day_is_read_off_the_offices_term_start(day: str, verdict: str):
    got = results(f"Rishi Sunak was appointed Prime Minister on {day}.", dt.date(2024, 7, 6))
    assert got[f"was appointed Prime Minister on {day}"].verdict.value == verdict


@pytest.mark.parametrize(("day", "verdict"), [("2 April 1951", "supported"), ("2 April 1952", "contradicted")])
def test_an_office_created_on_a_day_is_read_off_its_formation_row(day: str, verdict: str):
    from verify.models import Claim

    text = f"Test\n\nThe post of Supreme Allied Commander Europe was created on {day}."
    words = f"created on {day}"
    start = text.index(words)
    created = Claim(
        id="c1",
        kind="date",
        text=words,
        sentence=text[6:],
        span=(start, start + len(words)),
        subject="Supreme Allied Commander Europe",
        relation="created",
        value=day,
    )

    async def run() -> dict:
        wiki = FakeWiki.from_directory(PAGES)
        http = HttpClient(transport=httpx.MockTransport(wiki.handler))
        article = article_from_text(text, as_of=dt.date(2025, 8, 20))
        report = await check_async(article, [created], WikipediaSource(http))
        await http.aclose()
        return {c.id: c for c in report.claims}

    got = asyncio.run(run())["c1"]
    assert got.verdict.value == verdict
    assert "2 April 1951" in got.rationale


@pytest.mark.parametrize(("day", "verdict"), [("26 November 2015", "supported"), ("26 November 2014", "contradicted")])
def test_had_been_a_named_post_since_is_read_in_that_posts_term_among_ended_ones(day: str, verdict: str):
    # Costa's career: prime minister, party leader, opposition leader, mayor, all ended by April 2024
    text = f"Former premier António Costa stepped aside. Costa had been prime minister since {day}."
    got = results(text, dt.date(2024, 4, 10))[f"been prime minister since {day}"]
    assert got.verdict.value == verdict
    assert "Prime Minister of Portugal" in got.rationale


def test_in_an_article_naming_two_countries_another_countrys_election_page_does_not_date_the_named_one():
    """Retrieval keeps another country's event pages when the article names two countries: then the date
    judge itself must read only the page of the election the article names."""
    text = (
        "Labour won the general election held on 4 July 2024. The 2024 United Kingdom general election ended 14 "
        "years. Indonesia had voted in its own general election that February."
    )
    got = results(text, dt.date(2024, 7, 6))["held on 4 July 2024"]
    assert got.verdict.value == "supported"
    assert "sources disagree" not in got.rationale


@pytest.mark.parametrize(
    ("day", "verdict"),
    [
        ("1 December 2018", "supported"),
        ("1 December 2012", "contradicted"),
        ("5 December 2000", "unverified"),
        ("1 December 2003", "unverified"),
    ],
)
def test_since_naming_no_post_among_ended_offices_is_read_off_the_office_begun_last(day: str, verdict: str):
    """'had governed since' names no office (not the city's 'Head of Government' either): the office begun
    last before the article dates it; a day no listed office began nor covered contradicts; the start of
    an earlier office, or a day inside its term, is left open."""
    text = f"Claudia Sheinbaum succeeded Andrés Manuel López Obrador. López Obrador had governed since {day}."
    got = results(text, dt.date(2024, 10, 2))[f"governed since {day}"]
    assert got.verdict.value == verdict, got.rationale
