"""Session 23 (ext23): sentence shapes whose claim got another subject than the entity it is about, one row
per shape. Invented names or generic wording."""

from __future__ import annotations

import pytest

from tests.test_clauses import article
from verify.extract import extract_claims
from verify.models import Claim


def _claims(body: str) -> list[Claim]:
    return extract_claims(article(body))


# Two joined subjects of one clause are each the clause's subject, even where the recogniser reads one name as a
# person and the other as an organisation ("Eva Stone" as ORG) or misses one: the deed is each one's.
@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Mia Holt and Eva Stone presented the award for best film.", "Eva Stone"),
        ("Mia Holt and Eva Stone presented the award for best film.", "Mia Holt"),
        ("Tom Marble and Eva Stone presented the award for best film on Sunday.", "Eva Stone"),
    ],
)
def test_each_joined_person_has_the_deed_whatever_the_recogniser_tags(body: str, name: str) -> None:
    presented = [c for c in _claims(body) if c.kind == "clause" and c.predicate == "presented"]
    assert name in {c.subject for c in presented}


# A capital that only ever acts in the article stands for its state: the claim is about the state.
@pytest.mark.parametrize(
    ("body", "state", "kind"),
    [
        ("Moscow denies meddling in the vote, and Beijing rejected the report on Monday.", "Russia", "clause"),
        ("Moscow denies meddling in the vote, and Beijing rejected the report on Monday.", "China", "clause"),
        ("The agency said Washington on Monday deposited its acceptance of the treaty.", "United States", "clause"),
        (
            "Washington on Monday deposited its acceptance and will pay about $600 million in unpaid dues.",
            "United States",
            "quantity",
        ),
        ("Beijing, which claims the island as its own, condemned the vote.", "China", "clause"),
    ],
)
def test_a_capital_that_only_acts_is_its_state(body: str, state: str, kind: str) -> None:
    assert state in {c.subject for c in _claims(body) if c.kind == kind}


# The same capital written as a place anywhere in the article ("in Moscow", a dateline, "Paris-based") is the city.
@pytest.mark.parametrize(
    "body",
    [
        "Moscow denies meddling in the vote. The talks were held in Moscow in March.",
        "MOSCOW, 3 March 2024 — Officials met on Monday.\n\nMoscow denies meddling in the vote.",
        "A Moscow-based group said Moscow denies meddling in the vote.",
    ],
)
def test_a_capital_written_as_a_place_stays_the_city(body: str) -> None:
    subjects = {c.subject for c in _claims(body) if c.kind == "clause"}
    assert "Moscow" in subjects
    assert "Russia" not in subjects


def _subjects(body: str, kind: str) -> set[str]:
    """The subjects extraction gives the claims of `kind` in a one-paragraph article."""
    return {c.subject or "" for c in extract_claims(article(body)) if c.kind == kind}


# review23 B1 (copied from tests/test_review23.py on s23-review23): a capital named only as an actor is read as its
# state. News names sports sides by their city ("Madrid beat Barcelona", "Dublin beat Kerry" in Gaelic games,
# "Wellington beat Auckland" in cricket) and host cities host ("Paris hosted the Summer Olympics"): none of them is the
# state, and none is written "in Madrid". The city stays the subject (on main it does).
@pytest.mark.parametrize(
    ("body", "city", "state"),
    [
        pytest.param("Madrid beat Barcelona 3-1 at the stadium on Sunday.", "Madrid", "Spain", id="club"),
        pytest.param("Dublin beat Kerry by four points in the final at the park.", "Dublin", "Ireland", id="county"),
        pytest.param("Wellington beat Auckland by 12 runs on Friday.", "Wellington", "New Zealand", id="cricket"),
        pytest.param("Paris hosted the Summer Olympics in 2024.", "Paris", "France", id="host-city"),
    ],
)
def test_b1_a_city_side_or_host_is_not_its_state(body: str, city: str, state: str) -> None:
    subjects = _subjects(body, "clause")
    assert city in subjects
    assert state not in subjects


# The same holds for every claim of the article once the capital is shown as a side: the score or margin it holds too.
@pytest.mark.parametrize(
    ("body", "kind", "city"),
    [
        ("Madrid beat Barcelona 3-1 at the stadium on Sunday.", "quantity", "Madrid"),
        ("Wellington beat Auckland by 12 runs on Friday.", "quantity", "Wellington"),
    ],
)
def test_a_city_side_keeps_its_counts(body: str, kind: str, city: str) -> None:
    assert city in _subjects(body, kind)


# review23 B1 (cont., cont. 2; copied from tests/test_review23.py on s23-review23): a club's fee and a city
# government's ban are the city's: the state reading needs a deed of government.
def test_b1_a_city_sides_transfer_fee_is_not_its_states() -> None:
    subjects = _subjects("Madrid signed the striker for 80 million euros.", "quantity")
    assert "Madrid" in subjects
    assert "Spain" not in subjects


def test_b1_a_capital_citys_own_ban_is_not_its_states() -> None:
    subjects = _subjects("Paris banned rental e-scooters in 2023 after a referendum of the city's voters.", "clause")
    assert "Paris" in subjects
    assert "France" not in subjects


# review23 B1 (cont. 3; copied from tests/test_review23.py on s23-review23): speech is a club's or a city hall's too.
def test_b1_a_city_sides_words_are_not_its_states() -> None:
    body = "The club confirmed the fine. Madrid said it would appeal the fine of 30,000 euros."
    assert "Spain" not in _subjects(body, "quantity")
