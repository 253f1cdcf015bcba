"""Session 14's review of the role and date judges: shapes of false support met on unseen pages, each
reproduced with sentences and pages of our own; beside each, the reading that must stay."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import clause_claim as claim
from tests.support.judging import page, verdict
from verify.models import Document, InfoboxField, Verdict


def boxed(title: str, text: str, rows: list[tuple[str, str]]) -> Document:
    """A page with an infobox of the given rows."""
    fields = tuple(InfoboxField(label=label, value=value) for label, value in rows)
    return page(title, text).model_copy(update={"infobox": fields})


# --- 1. an age carried by a clause about an event is no evidence for the event's day ----------------------
# Counterexample it must not misread: 'Solvang, aged 66, won the runoff on 11 February 2024' is about the
# runoff's day; her birth date (11 February 1958) makes her 66, and says nothing about the runoff.

SOLVANG = boxed(
    "Mira Solvang",
    "Mira Solvang (born 11 February 1958) is a Vestrian politician, president of Vestria since 2024. "
    "She won the presidential runoff on 25 February 2024 and took office on 8 March 2024.",
    [("office", "President of Vestria"), ("term_start", "8 March 2024"), ("predecessor", "Ivo Sand"),
     ("birth_date", "11 February 1958")],
)  # fmt: skip
SPRING_2024 = dt.date(2024, 3, 20)


def _aged(text: str, predicate: str) -> Verdict:
    return verdict(claim(text, "Mira Solvang", predicate, f"{text}."), [SOLVANG], SPRING_2024).verdict


def test_an_age_aside_does_not_support_the_clauses_event_on_the_birthdays_day_and_month():
    assert _aged("Mira Solvang, aged 66, won the runoff on 11 February 2024", "won") == Verdict.UNVERIFIED


def test_an_age_in_years_old_does_not_support_the_clauses_event_in_the_birthdays_month():
    assert _aged("Mira Solvang, 66 years old, won the vote in February 2024", "won") == Verdict.UNVERIFIED


def test_a_year_old_description_does_not_support_a_swearing_in_the_term_dates_otherwise():
    said = "The 66-year-old economist, a former mayor, was sworn in on 11 February 2024"
    assert _aged(said, "sworn in") == Verdict.CONTRADICTED  # the term began on 8 March 2024


def test_an_age_aside_leaves_the_clauses_own_day_to_the_term_that_dates_it():
    assert _aged("Mira Solvang, aged 66, took office on 8 March 2024", "took office") == Verdict.SUPPORTED


def test_an_age_clause_is_still_read_off_the_birth_date():
    aged = claim("Mira Solvang, 66", "Mira Solvang", "aged", object="66")
    assert verdict(aged, [SOLVANG], SPRING_2024).verdict == Verdict.SUPPORTED


def test_a_wrong_age_clause_is_still_refuted_by_the_birth_date():
    aged = claim("Mira Solvang, 67", "Mira Solvang", "aged", object="67")
    assert verdict(aged, [SOLVANG], SPRING_2024).verdict == Verdict.CONTRADICTED


def test_an_age_said_with_a_copula_is_still_read_off_the_birth_date():
    aged = claim("Mira Solvang is 66 years old", "Mira Solvang", "is", object="66 years old")
    assert verdict(aged, [SOLVANG], SPRING_2024).verdict == Verdict.SUPPORTED
