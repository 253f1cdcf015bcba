"""Session 14's third review of the clause and role judges: each counterexample the reviewer invented,
reproduced with sentences and pages of our own, beside the reading that must stay."""

from __future__ import annotations

from tests.support.judging import clause_claim as claim
from tests.support.judging import verdict
from tests.test_judge_review14 import SOLVANG, SPRING_2024
from verify.models import ClaimResult, Verdict

# --- 1. an age describing an event clause's subject is a veto: a wrong one refutes, a right one adds nothing --
# The page gives the birth date 11 February 1958: on 20 March 2024 she is 66, not 70.


def _aged(text: str, predicate: str) -> ClaimResult:
    return verdict(claim(text, "Mira Solvang", predicate, f"{text}."), [SOLVANG], SPRING_2024)


def test_a_wrong_age_aside_refutes_a_clause_about_an_event():
    result = _aged("Mira Solvang, aged 70, won the runoff on 25 February 2024", "won")
    assert result.verdict == Verdict.CONTRADICTED


def test_a_wrong_year_old_description_refutes_a_clause_whose_event_holds():
    result = _aged("The 70-year-old Mira Solvang took office on 8 March 2024", "took office")
    assert result.verdict == Verdict.CONTRADICTED


def test_the_refuting_age_quotes_the_birth_date():
    result = _aged("Mira Solvang, 70 years old, took office on 8 March 2024", "took office")
    assert result.verdict == Verdict.CONTRADICTED
    assert "1958-02-11" in " ".join([result.rationale, *(e.snippet for e in result.evidence)])


def test_a_right_year_old_description_leaves_the_event_to_its_own_fact():
    result = _aged("The 66-year-old Mira Solvang took office on 8 March 2024", "took office")
    assert result.verdict == Verdict.SUPPORTED
