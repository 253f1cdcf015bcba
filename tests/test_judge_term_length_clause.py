"""A clause whose one checkable value is a term's length ('The new president serves a single five-year term')
is settled by the office page's term length, as a duration claim is; a clause stating more besides (a year)
is not supported by the length alone. Invented office and people."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, clause_claim, verdict
from verify.models import ClaimResult, Verdict

AS_OF = dt.date(2025, 6, 5)
OFFICE = boxed("President of Vestria", "The president of Vestria is the head of state.", [("termlength", "Five years")])


def serves(length: str, **fields) -> ClaimResult:
    text = fields.pop("text", f"The new president serves a single {length} term")
    claim = clause_claim(text, "Tomas Vale", "served as", object=f"a single {length} term", **fields)
    return verdict(claim, [OFFICE], AS_OF)


def test_another_length_than_the_offices_is_contradicted_quoting_it():
    got = serves("four-year")
    assert got.verdict == Verdict.CONTRADICTED
    assert "Five years" in got.evidence[0].snippet


def test_the_offices_length_is_supported():
    assert serves("five-year").verdict == Verdict.SUPPORTED


def test_a_clause_with_a_year_besides_is_not_supported_by_the_length_alone():
    got = serves("five-year", text="The president was elected in 2022 to a single five-year term", time="2022")
    assert got.verdict != Verdict.SUPPORTED
