"""A date written without its year ('called a general election for 4 July' in an article whose only date is
its as-of day) names no year to search an event by: it is not read as the year 2000 and searched for, which
cost a search and three election pages of no use. A date with its year still searches its event. Invented
sentences."""

from __future__ import annotations

import asyncio
import datetime as dt
from urllib.parse import parse_qsl, urlsplit

from tests.support.fakewiki import FakeWiki
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.kinds.date.judge import event_query
from verify.models import Claim
from verify.pipeline import check_async
from verify.sources.wikipedia import WikipediaSource

CALLED = "Alder calls early vote\n\nPrime Minister Marit Alder called a general election for {day}.\n"


def _date_claim(text: str, value: str, sentence: str) -> Claim:
    at = sentence.index(text)
    return Claim(
        id="d", kind="date", text=text, sentence=sentence, span=(at, at + len(text)), subject="Alder",
        relation="held", value=value,
    )  # fmt: skip


def _searches(wiki: FakeWiki) -> list[str]:
    queries = [dict(parse_qsl(urlsplit(url).query)) for url in wiki.requests]
    return [q["gsrsearch"] for q in queries if q.get("generator") == "search"]


def test_a_day_without_its_year_is_searched_with_no_invented_year():
    sentence = "Voters went to the polls in the general election held on 4 July."
    assert event_query(_date_claim("held on 4 July", "4 July", sentence)) is None


def test_a_day_with_its_year_still_searches_its_event_by_that_year():
    sentence = "Voters went to the polls in the general election held on 4 July 2031."
    assert event_query(_date_claim("held on 4 July 2031", "2031-07-04", sentence)) == "2031 general election"


def test_an_article_dated_only_by_its_as_of_day_spends_no_requests_on_a_yearless_event(
    fake_wiki: FakeWiki, wikipedia: WikipediaSource
):
    article = article_from_text(CALLED.format(day="4 July"), as_of=dt.date(2024, 5, 22))
    asyncio.run(check_async(article, extract_claims(article), wikipedia))
    assert not any("2000" in s for s in _searches(fake_wiki))
    assert len(fake_wiki.requests) == 2  # the look-up of the article's titles and the search for its person
