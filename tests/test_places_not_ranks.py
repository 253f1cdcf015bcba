"""A place is never read as a rank or as another country: 'Budapest mayor' has no superlative in it (a
superlative is written in lower case), and the Premier of New South Wales holds no office of Wales. Invented
people and pages."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, clause_claim, verdict
from verify.models import Verdict
from verify.offices import office_country

SPRING_2030 = dt.date(2030, 4, 1)


def _mayor(value: str, office: str) -> Verdict:
    claim = clause_claim(
        f"{value} Eva Kole", "Eva Kole", "holds office", f"{value} Eva Kole spoke on Monday.",
        kind="role", relation="holds office", value=value,
    )  # fmt: skip
    said = "mayor of Debrecen, the second-largest city after Budapest, since 2029."
    kole = boxed("Eva Kole", f"Eva Kole (born 1966) is a politician, {said}", [
        ("office", office), ("term_start", "1 October 2029"),
    ])  # fmt: skip
    return verdict(claim, [kole], SPRING_2030).verdict


def test_a_place_ending_in_est_is_no_superlative_of_the_office() -> None:
    assert _mayor("Budapest mayor", "Mayor of Debrecen") != Verdict.SUPPORTED


def test_a_lower_case_superlative_still_leaves_the_office_itself_judged() -> None:
    assert _mayor("youngest mayor", "Mayor of Debrecen") != Verdict.CONTRADICTED


def test_new_south_wales_is_no_office_of_wales() -> None:
    assert office_country("Premier of New South Wales") is None
    assert office_country("First Minister of Wales") == "Wales"
