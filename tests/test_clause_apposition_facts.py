"""One claim per fact in an apposition: 'Lena Brandt, a 63-year-old nun' states an age and what she is, and an editor
checks each apart, so each gets a claim on its own words; what a named person is ('Ding Wei, the defending
champion') is the role kind's claim, and the clause kind's only where the role kind made none. Invented sentences."""

from __future__ import annotations

import pytest

from tests.test_clause_shapes import clauses
from tests.test_clauses import article
from verify.extract import extract_claims


@pytest.mark.parametrize(
    ("body", "who", "age", "calling"),
    [
        ("The jury heard from Lena Brandt, a 63-year-old nun, on Monday.", "Lena Brandt", "63-year-old", "nun"),
        (
            "The prize went to Ola Nordmann, a twenty-five-year-old sculptor.",
            "Ola Nordmann",
            "twenty-five-year-old",
            "sculptor",
        ),
    ],
    ids=["digits", "words"],
)
def test_an_apposed_age_and_what_the_person_is_are_two_claims(body: str, who: str, age: str, calling: str) -> None:
    found = {c.predicate: c for c in clauses(body) if c.subject == who}
    assert found["aged"].object == age
    assert found["aged"].text.endswith(age)  # the age's own words, not the whole apposition
    assert found["is"].object == calling


def test_an_apposed_age_leaves_an_office_to_the_role_kind() -> None:
    body = "Karl Moen won the vote. Moen, a 61-year-old former director of public prosecutions, took office on Friday."
    claims = extract_claims(article(body))
    assert [c.object for c in claims if c.kind == "clause" and c.predicate == "aged"] == ["61-year-old"]
    assert any(c.kind == "role" and "director of public prosecutions" in c.text for c in claims)
    assert not any(c.kind == "clause" and "director" in (c.object or "") for c in claims)


@pytest.mark.parametrize(
    ("body", "who", "words"),
    [
        ("Ding Wei, the defending champion, blundered in the endgame.", "Ding Wei", "the defending champion"),
        ("Lena Brandt thanked Karl Moen, her former mentor, at the ceremony.", "Karl Moen", "her former mentor"),
    ],
    ids=["champion", "mentor"],
)
def test_what_a_person_is_gets_a_claim_when_the_role_kind_made_none(body: str, who: str, words: str) -> None:
    claims = extract_claims(article(body))
    assert not any(c.kind == "role" and c.subject == who for c in claims)
    assert any(c.kind == "clause" and c.subject == who and c.object == words for c in claims)


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ("Karl Moen, a lawyer, spoke to the court.", "Karl Moen, a lawyer"),
        # the role claim's value is the office, not the apposition's words: its words decide, not its value
        ("The court heard from Karl Moen, Lena Brandt's former lawyer.", "Karl Moen, Lena Brandt's former lawyer"),
    ],
    ids=["plain", "possessive"],
)
def test_an_office_the_role_kind_claimed_is_not_claimed_again(body: str, words: str) -> None:
    claims = extract_claims(article(body))
    assert [(c.kind, c.text) for c in claims if "lawyer" in c.text] == [("role", words)]


def test_a_bodys_plain_noun_apposition_is_no_claim() -> None:
    claims = extract_claims(article("Halvor Media, the publisher of Nordic Tales, cut 300 jobs."))
    assert not any("publisher" in c.text for c in claims)
