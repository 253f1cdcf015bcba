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


MOEN = boxed(
    "Karl Moen",
    "Karl Moen (born 1966) is a Vestrian economist, governor of the Bank of Vestria.",
    [("office", "Governor of the Bank of Vestria"), ("term_start", "18 September 2023"), ("nominator", "Ana Ruiz"),
     ("office2", "Judge of the Vestrian Court"), ("term_start2", "2 April 2015"), ("term_end2", "1 May 2020"),
     ("appointer2", "Tom Berg")],
)  # fmt: skip
RUIZ = boxed("Ana Ruiz", "Ana Ruiz is a Vestrian politician.", [("office", "Minister of Finance of Vestria")])


@pytest.mark.parametrize(
    ("text", "subject", "context", "expected"),
    [
        ("Ana Ruiz, the finance minister, nominated him", "Ana Ruiz", "Karl Moen", Verdict.SUPPORTED),
        ("Finance Minister Ana Ruiz nominated him", "Ana Ruiz", "Karl Moen", Verdict.SUPPORTED),
        ("He was nominated by Finance Minister Ana Ruiz", "Karl Moen", "Ana Ruiz", Verdict.SUPPORTED),
        ("He was appointed by Tom Berg", "Karl Moen", "Tom Berg", Verdict.SUPPORTED),
        ("Karl Moen, appointed by Tom Berg", "Karl Moen", "Tom Berg", Verdict.SUPPORTED),
        ("Ida Vale, the finance minister, nominated him", "Ida Vale", "Karl Moen", Verdict.UNVERIFIED),
        ("He was nominated by Tom Berg", "Karl Moen", "Tom Berg", Verdict.UNVERIFIED),
        ("He was appointed by Ana Ruiz", "Karl Moen", "Ana Ruiz", Verdict.UNVERIFIED),
    ],
)
def test_who_appointed_or_nominated_a_person_is_read_off_the_appointees_row(
    text: str, subject: str, context: str, expected: Verdict
) -> None:
    """'Ana Ruiz nominated him' and 'He was nominated by Ana Ruiz' say the same thing: the appointee's infobox
    row of that verb ('Nominator: Ana Ruiz') names the other person. Another name there, or a row of the other
    verb, supports nothing (the row may list one of several, so it refutes nothing either)."""
    predicate = "nominated" if "nominated" in text else "appointed"
    claim = clause_claim(text, subject, predicate, f"{text}.", context=context)
    assert verdict(claim, [MOEN, RUIZ], dt.date(2023, 7, 17)).verdict == expected


def test_an_appointment_in_a_named_office_is_read_off_that_offices_row_only() -> None:
    """'Tom Berg appointed him governor': Berg appointed him a judge, not the bank's governor."""
    claim = clause_claim("Tom Berg appointed him governor of the Bank of Vestria", "Tom Berg", "appointed",
                         context="Karl Moen")  # fmt: skip
    assert verdict(claim, [MOEN, RUIZ], dt.date(2023, 7, 17)).verdict == Verdict.UNVERIFIED



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Treasurer Ana Ruiz nominated him", Verdict.SUPPORTED),
        ("Ana Ruiz, the treasurer, nominated him", Verdict.SUPPORTED),
        ("Finance Minister Ana Ruiz nominated him", Verdict.UNVERIFIED),
        ("Ana Ruiz, the finance minister, nominated him", Verdict.UNVERIFIED),
    ],
)
def test_the_title_a_clause_gives_the_appointer_must_be_an_office_of_theirs(text: str, expected: Verdict) -> None:
    """'Finance Minister Ana Ruiz nominated him' is false when Ruiz is the treasurer: the nomination row alone
    does not vouch for the clause's title."""
    ruiz = boxed("Ana Ruiz", "Ana Ruiz (born 1975) is a Vestrian politician.", [("office", "Treasurer of Vestria")])
    claim = clause_claim(text, "Ana Ruiz", "nominated", f"{text}.", context="Karl Moen")
    assert verdict(claim, [MOEN, ruiz], dt.date(2023, 7, 17)).verdict == expected
