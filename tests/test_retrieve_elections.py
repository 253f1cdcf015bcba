"""The page of the national election an article names ('Mexico's presidential election'), looked up by
the titles such pages go by, for the claims that speak of its votes, seats or turnout."""

from __future__ import annotations

import asyncio
import datetime as dt

import httpx

from tests.support.fakewiki import FakeWiki, StoredPage
from tests.support.judging import clause_claim
from verify.retrieve import election_titles, retrieve
from verify.sources.http import HttpClient
from verify.sources.wikipedia import WikipediaSource


def test_an_election_named_by_its_country_is_titled_by_the_countrys_forms_and_the_articles_year():
    titles = election_titles(["Alder won Mexico's presidential election on Sunday."], None, dt.date(2024, 6, 3))
    assert "2024 Mexican presidential election" in titles and "2024 Mexican general election" in titles


def test_an_election_named_without_a_country_is_the_articles_countrys():
    titles = election_titles(["The federal election was held early."], "Germany", dt.date(2025, 2, 24))
    assert "2025 German federal election" in titles


def test_the_year_written_before_the_election_is_its_year_not_the_articles():
    titles = election_titles(["She lost the 2019 general election."], "United Kingdom", dt.date(2024, 7, 5))
    assert "2019 United Kingdom general election" in titles
    assert not any(t.startswith("2024") for t in titles)


def test_a_partys_leadership_election_is_no_national_election():
    """Counterexample: 'leadership election' names a party's vote, whose page no country's title finds."""
    assert election_titles(["He won the Liberal Party leadership election."], "Canada", dt.date(2025, 3, 10)) == []


def test_an_election_of_no_known_country_is_not_looked_up():
    """Counterexample: without a country, a 'general election' could be any country's."""
    assert election_titles(["The general election was held in June."], None, dt.date(2024, 6, 3)) == []


def test_the_election_page_is_read_for_the_claims_on_its_seats_and_for_no_other(wikipedia: WikipediaSource):
    sentence = "The Union won Germany's federal election with 208 seats."
    seats = clause_claim("208 seats", "Union", "won", sentence, kind="quantity", number=208, unit="seats")
    other = clause_claim("Merz is a lawyer", "Friedrich Merz", "is", "Merz is a lawyer.").model_copy(
        update={"id": "c1"}
    )
    pool = asyncio.run(retrieve([seats, other], wikipedia, as_of=dt.date(2025, 2, 24)))
    assert "2025 German federal election" in [d.title for d in pool.entity_pages(seats.id)]
    assert "2025 German federal election" not in [d.title for d in pool.by_claim.get(other.id, [])]


_VOTE_DAY = "12 May 2024"
# one invented election page, the vote held on 12 May 2024
_PORTUGAL = StoredPage(
    title="2024 Portuguese legislative election",
    lead=[f"Legislative elections were held in Portugal on {_VOTE_DAY}. The Harbour Party won 141 seats."],
    template="Infobox election",
    fields=[("election_date", _VOTE_DAY), ("seats1", "141")],
    redirects=[],
    timestamp="2024-06-01T00:00:00Z",
)


def _election_pages(sentences: list[str], seats_sentence: str, as_of: dt.date) -> list[str]:
    """The titles of the pages the seats claim of `seats_sentence` is given, against a wiki holding one
    invented election page (the vote held on 12 May 2024); the other sentences are claims of their own."""
    seats = clause_claim("118 seats", "Harbour Party", "won", seats_sentence, kind="quantity", number=118, unit="seats")
    others = [
        clause_claim(s, "Portugal", "is", s).model_copy(update={"id": f"c{i + 1}"}) for i, s in enumerate(sentences)
    ]

    async def run() -> list[str]:
        http = HttpClient(transport=httpx.MockTransport(FakeWiki({_PORTUGAL.title: _PORTUGAL}).handler))
        pool = await retrieve([*others, seats], WikipediaSource(http), as_of=as_of)
        await http.aclose()
        return [d.title for d in pool.by_claim.get(seats.id, [])]

    return asyncio.run(run())


def test_the_election_page_is_read_for_the_seats_won_at_that_election():
    """The invented page the counterexamples below rely on is found and given when the sentence names its vote."""
    sentence = "The Harbour Party won 118 seats at Portugal's legislative election."
    assert "2024 Portuguese legislative election" in _election_pages([], sentence, dt.date(2024, 5, 20))


def test_the_election_page_is_not_read_for_the_seats_of_the_previous_election():
    """Counterexample: 'the previous election' held in another year: this year's page would refute its seats."""
    first = "Lidia Moreno became Prime Minister of Portugal after her party won the legislative election."
    sentence = "At the previous legislative election, the Harbour Party won 118 seats."
    assert _election_pages([first], sentence, dt.date(2024, 7, 10)) == []


def test_the_election_page_is_not_read_for_seats_won_in_another_year():
    """Counterexample: the election named without a year, and the claim stating another year than this one."""
    first = "Portugal's president called a legislative election on Tuesday."
    sentence = "The Harbour Party won 118 seats at the legislative election in 2019."
    assert _election_pages([first], sentence, dt.date(2024, 7, 10)) == []


def test_the_page_of_an_election_held_after_the_article_is_no_evidence_of_its_results():
    """Counterexample: an article written before the vote speaks of another one; the page's vote is later."""
    sentence = "The Harbour Party won 118 seats at Portugal's legislative election."
    assert _election_pages([], sentence, dt.date(2024, 4, 20)) == []


def test_an_election_named_by_its_day_is_the_articles_countrys():
    """'the February 14 election' names a national vote by its day: either kind of page of the article's country."""
    sentence = "He won the February 14 election with 58.6% of the vote."
    titles = election_titles([sentence], "Indonesia", dt.date(2024, 10, 21))
    assert "2024 Indonesian presidential election" in titles and "2024 Indonesian general election" in titles


def _pages_of_the_sentence_after(first: str, then: str, order: tuple[int, int]) -> list[str]:
    """`_election_pages`' wiki, a results claim in `then` and a claim of `first`, at the article offsets `order`."""
    named = clause_claim(first, "Lidia Moreno", "won", first).model_copy(update={"id": "c1", "span": (order[0], 50)})
    seats = clause_claim("141 seats", "Harbour Party", "won", then, kind="quantity", number=141, unit="seats")
    seats = seats.model_copy(update={"span": (order[1], order[1] + 9)})

    async def run() -> list[str]:
        http = HttpClient(transport=httpx.MockTransport(FakeWiki({_PORTUGAL.title: _PORTUGAL}).handler))
        pool = await retrieve([named, seats], WikipediaSource(http), as_of=dt.date(2024, 5, 20))
        await http.aclose()
        return [d.title for d in pool.by_claim.get(seats.id, [])]

    return asyncio.run(run())


def test_the_results_told_right_after_the_election_are_its_results():
    """'The party received 141 seats.' right after a sentence naming Portugal's legislative election: its results."""
    first = "Lidia Moreno's party won Portugal's legislative election on Sunday."
    pages = _pages_of_the_sentence_after(first, "The Harbour Party received 141 seats.", (0, 80))
    assert "2024 Portuguese legislative election" in pages


def test_results_told_before_the_election_is_named_are_not_its_results():
    """Counterexample: the results sentence comes first; the election named after it is no antecedent."""
    first = "Lidia Moreno's party won Portugal's legislative election on Sunday."
    assert _pages_of_the_sentence_after(first, "The Harbour Party received 141 seats.", (80, 0)) == []
