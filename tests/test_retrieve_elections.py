"""The page of the national election an article names ('Mexico's presidential election'), looked up by
the titles such pages go by, for the claims that speak of its votes, seats or turnout."""

from __future__ import annotations

import asyncio
import datetime as dt

from tests.support.judging import clause_claim
from verify.retrieve import election_titles, retrieve
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
