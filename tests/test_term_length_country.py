"""A term's length is read off an office page of the country the sentence names, never another country's;
a lower-case 'new' before a country's adjective is no place's name ('the new Mexican president' is Mexico's,
'New Mexico' is not). Invented people; office pages of our own."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, clause_claim, page, verdict
from verify.models import Verdict
from verify.offices import countries_named

SPRING_2030 = dt.date(2030, 4, 1)


def _term_of(sentence: str, title: str, length: str) -> Verdict:
    office = boxed(title, f"The {title.lower()} is the head of state.", [("termlength", length)])
    lund = page("Ana Lund", "Ana Lund (born 1970) is a politician, president of Chile since 2030.")
    claim = clause_claim(sentence.rstrip("."), "Ana Lund", "serves", sentence, object="a single four-year term")
    return verdict(claim, [office, lund], SPRING_2030).verdict


def test_another_countrys_office_page_does_not_settle_the_term() -> None:
    said = "The Chilean president serves a single four-year term."
    assert _term_of(said, "President of Peru", "Four years") == Verdict.UNVERIFIED


def test_the_named_countrys_office_page_settles_the_term() -> None:
    said = "The Chilean president serves a single four-year term."
    assert _term_of(said, "President of Chile", "Four years") == Verdict.SUPPORTED


def test_a_lower_case_new_before_a_countrys_adjective_names_that_country() -> None:
    assert countries_named("The new Chilean president took office.") == {"Chile"}


def test_new_written_as_part_of_a_place_still_names_no_country() -> None:
    assert countries_named("the governor of New Mexico") == set()
