"""Tests for mutations whose remembered killer stopped failing (session 22, helper mutkill3). Invented people."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, verdict
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.models import Verdict

AS_OF = dt.date(2025, 6, 1)
_BORN = boxed(
    "Aine Corr",
    "Aine Corr (born 3 May 1986) is a Velmaran politician. She was born in Norby.",
    [("birth_date", "3 May 1986"), ("birth_place", "Norby, Velmara")],
)


# a-date-claim-covers-the-clauses-place, a-date-claim-claims-every-value: the date claim on 'born in Norby on
# 3 May 1985' holds the date only; the clause claim on the same words keeps the place, and is judged by the date
# it also gives (a wrong one contradicts it).
@pytest.mark.parametrize("day", ["3 May 1985", "May 3, 1985"])
def test_the_clause_claim_keeps_the_place_a_date_claim_shares_its_words_with(day: str) -> None:
    claims = extract_claims(article_from_text(f"Story\n\nAine Corr was born in Norby on {day}.\n", as_of=AS_OF))
    clauses = [c for c in claims if c.kind == "clause" and day in c.text]
    assert [c.value for c in clauses] == ["Norby"]
    assert verdict(clauses[0], [_BORN], AS_OF).verdict == Verdict.CONTRADICTED
