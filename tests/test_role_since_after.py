"""A role claim whose sentence dates the spell just after its words ('She has been ambassador since March 2021,
when ...') stands only on a term begun that month: the WFP pair's false 'supported' (session 20), where the
date claim was not extracted and the role claim spoke for the sentence. Invented person and pages."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, verdict
from tests.support.judging import clause_claim as claim
from verify.models import Verdict

LEAD = "Ilo Marr (born 20 May 1970) is a Velmaran diplomat."
ROWS = [("office", "Ambassador of Velmara to Ostra"), ("term_start", "5 November 2021")]


def _ambassador_since(month: str) -> Verdict:
    said = f"Ilo Marr has been ambassador since {month}, when she succeeded Edo Vann."
    c = claim("Ilo Marr has been ambassador", "Ilo Marr", "holds office", said, kind="role",
              relation="holds office", value="ambassador")  # fmt: skip
    return verdict(c, [boxed("Ilo Marr", LEAD, ROWS)], dt.date(2023, 4, 3)).verdict


def test_a_spell_dated_to_another_month_just_after_the_role_is_not_supported() -> None:
    assert _ambassador_since("March 2021") != Verdict.SUPPORTED


@pytest.mark.parametrize("month", ["November 2021", "5 November 2021", "2021"])
def test_a_spell_dated_as_the_term_began_is_supported(month: str) -> None:
    assert _ambassador_since(month) == Verdict.SUPPORTED
