"""Truthful rewordings of a checkable fact keep their verdict: the same fact worded another way ('is the father
of two' for 'a father of two') is read as that fact, and a false figure in the new wording is still refuted.
Invented people and pages."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, clause_claim, verdict
from verify.models import Verdict

AS_OF = dt.date(2025, 4, 7)
ORVIK = boxed("Tarn Orvik", "Tarn Orvik (born 1960) is a Vestrian politician.", [("children", "2")])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("is the father of two", Verdict.SUPPORTED),
        ("and is the father of two", Verdict.SUPPORTED),
        ("is the father of three", Verdict.CONTRADICTED),
        ("was a father of three", Verdict.CONTRADICTED),
    ],
)
def test_a_parent_count_after_a_copula_is_the_clauses_own_fact(text: str, expected: Verdict) -> None:
    """'He is married to Ana Ruiz and is the father of two': the copula and article stand between the subject
    and the count, and the count is still all the clause says."""
    sentence = f"Orvik is married to Ana Ruiz and {text.removeprefix('and ')}."
    claim = clause_claim(text, "Tarn Orvik", "be", sentence, object=text.split(" ", 1)[1])
    assert verdict(claim, [ORVIK], AS_OF).verdict == expected


def test_a_parent_count_after_another_verb_is_still_a_description_beside_it() -> None:
    """'has worked as the father of three ...' is no count of his own: words other than a copula stand before."""
    claim = clause_claim("cared for the father of three", "Tarn Orvik", "cared", object="the father of three")
    assert verdict(claim, [ORVIK], AS_OF).verdict != Verdict.CONTRADICTED


@pytest.mark.parametrize(("children", "expected"), [("1", Verdict.SUPPORTED), ("2", Verdict.CONTRADICTED)])
def test_one_child_in_the_singular_is_a_count_of_children(children: str, expected: Verdict) -> None:
    """'and has one child' counts as 'has two children' does: one is written with the singular noun."""
    vale = boxed("Ida Vale", "Ida Vale (born 1970) is a Vestrian economist.", [("children", children)])
    claim = clause_claim("has one child", "Ida Vale", "have", "Vale is married to Tom Berg and has one child.",
                         object="one child")  # fmt: skip
    assert verdict(claim, [vale], AS_OF).verdict == expected
