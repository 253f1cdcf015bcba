"""A wrong count and a wrong date, read in the thirtieth session (way30's private check of invented pairs in shapes
wire news uses, written before these fixes). Invented people, bodies and pages; each false variant beside its true
twin, which stays supported.

- A count's owner that opens its sentence ('The Atlantic Fisheries Council, which has 19 member states,') keeps the
  sentence's "The": no page had that title, so the count was never read. A title opened by "The" is asked again
  without it when no page has the whole title, and the count judge knows the body by either name.
- A page's count after a body made of its members ('a union of 23 member states that are located in ...') is the
  whole membership, not a subset the relative clause narrows: another count is refuted by it.
- A year a holding is said to have lasted until ('Rui Matos, who served as mayor of Porto until 2021,') is read as
  its term's end: an ended term of that office ended in another year refutes it (main supported it from the office
  alone); a term still running is no end to compare.
- Taking the oath and an inauguration date the start of a term as taking office does ('took the oath of office as
  finance minister on 21 May 2024' against a term begun on 28 May 2024).
"""

from __future__ import annotations

import asyncio
import datetime as dt

import httpx
import pytest

from tests.support.fakewiki import FakeWiki, StoredPage
from tests.support.judging import boxed, verdict_on_words
from verify.aliases import without_article
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.models import Document, Verdict
from verify.pipeline import check_async
from verify.retrieve import retrieve
from verify.sources.http import HttpClient
from verify.sources.wikipedia import WikipediaSource

SUMMER_2024 = dt.date(2024, 6, 3)

_COUNCIL_LEAD = (
    "The Atlantic Fisheries Council (AFC) is an intergovernmental organisation of 23 member states that manages fish "
    "stocks in the North Atlantic. It was founded on 12 March 1998 by the Treaty of Porto."
)
_COUNCIL = boxed("Atlantic Fisheries Council", _COUNCIL_LEAD, [("formation", "12 March 1998")])
_CARVALHO = boxed(
    "Luís Carvalho",
    "Luís Carvalho (born 15 February 1976) is a Portuguese economist who has served as Minister of Finance of Portugal "
    "since 28 May 2024.",
    [("office", "Minister of Finance"), ("term_start", "28 May 2024"), ("birth_date", "15 February 1976")],
)  # fmt: skip


_MATOS = boxed(
    "Rui Matos",
    "Rui Matos (born 9 January 1950) is a Portuguese politician who served as Mayor of Porto from 12 October 2011 to "
    "22 October 2019.",
    [("office", "Mayor of Porto"), ("term_start", "12 October 2011"), ("term_end", "22 October 2019"),
     ("birth_date", "9 January 1950")],
)  # fmt: skip
_FERREIRA = boxed(
    "Ana Ferreira",
    "Ana Ferreira (born 4 April 1972) is a Portuguese politician who has served as Mayor of Porto since 22 October "
    "2019.",
    [("office", "Mayor of Porto"), ("term_start", "22 October 2019"), ("birth_date", "4 April 1972")],
)  # fmt: skip


def _verdict_on(body: str, docs: list[Document], kind: str, words: str) -> Verdict:
    """The verdict on the one claim of `kind` whose words hold `words`, extracted from `body`."""
    return verdict_on_words(body, docs, SUMMER_2024, kind, words)


def test_a_capitalised_the_opening_a_name_is_dropped_and_a_name_without_one_is_none() -> None:
    assert without_article("The Atlantic Fisheries Council") == "Atlantic Fisheries Council"
    assert without_article("The alliance") is None  # no name follows
    assert without_article("Atlantic Fisheries Council") is None


async def _checked(sentence: str, pages: list[StoredPage]) -> dict[str, Verdict]:
    wiki = FakeWiki({p.title: p for p in pages}, history={p.title: [p] for p in pages})
    http = HttpClient(transport=httpx.MockTransport(wiki.handler))
    article = article_from_text(f"News\n\n{sentence}\n", as_of=SUMMER_2024)
    report = await check_async(article, extract_claims(article), WikipediaSource(http))
    await http.aclose()
    return {c.text: c.verdict for c in report.claims}


_STORED_COUNCIL = StoredPage(
    title="Atlantic Fisheries Council", lead=[_COUNCIL_LEAD], template=None, fields=[], redirects=[],
    timestamp="2024-05-20T00:00:00Z",
)  # fmt: skip


@pytest.mark.parametrize(("members", "expected"), [(19, Verdict.CONTRADICTED), (23, Verdict.SUPPORTED)])
def test_a_count_whose_owner_opens_the_sentence_is_read_on_the_owners_page(members: int, expected: Verdict) -> None:
    sentence = f"The Atlantic Fisheries Council, which has {members} member states, met in Lisbon."
    verdicts = asyncio.run(_checked(sentence, [_STORED_COUNCIL]))
    assert verdicts[f"{members} member states"] == expected


def test_a_counts_owner_opening_its_sentence_brings_the_page_of_its_name_without_the() -> None:
    wiki = FakeWiki({"Atlantic Fisheries Council": _STORED_COUNCIL})
    article = article_from_text("News\n\nThe Atlantic Fisheries Council's 21 members agreed new quotas.\n")
    (count,) = [c for c in extract_claims(article) if c.kind == "quantity"]
    pool = asyncio.run(retrieve([count], WikipediaSource(HttpClient(transport=httpx.MockTransport(wiki.handler)))))
    assert [d.title for d in pool.entity_pages(count.id)] == ["Atlantic Fisheries Council"]


@pytest.mark.parametrize(("members", "expected"), [(19, Verdict.CONTRADICTED), (23, Verdict.SUPPORTED)])
def test_the_owners_page_is_known_by_its_name_without_the(members: int, expected: Verdict) -> None:
    # the page names the body only by its title and its initials: no sentence says "the Atlantic Fisheries Council"
    page = boxed("Atlantic Fisheries Council", "The AFC is an intergovernmental organisation of 23 member states.", [])
    body = f"The Atlantic Fisheries Council, which has {members} member states, met in Lisbon."
    assert _verdict_on(body, [page], "quantity", f"{members} member states") == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [("27-member", Verdict.CONTRADICTED), ("23-member", Verdict.SUPPORTED)],
)
def test_a_count_after_a_body_made_of_its_members_is_the_whole_membership(words: str, expected: Verdict) -> None:
    body = f"The {words} Atlantic Fisheries Council met in Lisbon on Monday."
    assert _verdict_on(body, [_COUNCIL], "quantity", words) == expected


def test_the_whole_read_after_a_body_made_of_its_members_settles_a_count_given_as_one_of_them() -> None:
    assert _verdict_on(
        "Portugal is one of 31 members of the Atlantic Fisheries Council.", [_COUNCIL], "quantity", "31 members"
    ) == Verdict.CONTRADICTED


@pytest.mark.parametrize(
    ("step", "day", "expected"),
    [
        ("took the oath of office as finance minister", "21 May 2024", Verdict.CONTRADICTED),
        ("took the oath of office as finance minister", "28 May 2024", Verdict.SUPPORTED),
        ("was inaugurated as finance minister", "14 May", Verdict.CONTRADICTED),
        ("was inaugurated as finance minister", "28 May", Verdict.SUPPORTED),
    ],
)
def test_an_oath_or_an_inauguration_dates_the_start_of_the_term(step: str, day: str, expected: Verdict) -> None:
    body = f"Luís Carvalho {step} on {day}."
    assert _verdict_on(body, [_CARVALHO], "date", day) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("who served as mayor of Porto until 2021", Verdict.CONTRADICTED),
        ("who served as mayor of Porto until 2019", Verdict.SUPPORTED),
        ("mayor of Porto until 2017", Verdict.CONTRADICTED),
        ("mayor of Porto until 2019", Verdict.SUPPORTED),
    ],
)
def test_a_year_a_holding_lasted_until_is_its_terms_end(words: str, expected: Verdict) -> None:
    assert _verdict_on(f"Rui Matos, {words}, criticised the plan.", [_MATOS], "role", "mayor of Porto") == expected


def test_a_term_still_running_is_no_end_to_refute_a_year_it_lasted_until() -> None:
    body = "Ana Ferreira, who served as mayor of Porto until 2021, spoke."
    assert _verdict_on(body, [_FERREIRA], "role", "mayor of Porto") != Verdict.CONTRADICTED
