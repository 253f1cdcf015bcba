"""How many children a person has ('a father of two', 'who has two children'): the person's page settles it
by its children row, when that row is a bare count, or by a sentence of the person having them. Invented
people and pages."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, clause_claim, page, verdict
from verify.models import Verdict

AS_OF = dt.date(2025, 4, 7)
ORVIK = boxed("Tarn Orvik", "Tarn Orvik (born 1960) is a Vestrian politician.", [("children", "2")])


def test_a_parent_of_another_count_than_the_childrens_row_is_contradicted_quoting_it():
    claim = clause_claim("Orvik, a father of three", "Tarn Orvik", "is", object="a father of three")
    got = verdict(claim, [ORVIK], AS_OF)
    assert got.verdict == Verdict.CONTRADICTED
    assert got.evidence[0].snippet == "Children: 2"


def test_a_parent_of_the_rows_count_is_supported():
    claim = clause_claim("Orvik, a father of two", "Tarn Orvik", "is", object="a father of two")
    assert verdict(claim, [ORVIK], AS_OF).verdict == Verdict.SUPPORTED


def test_a_count_of_children_read_alone_is_the_having_its_sentence_words():
    claim = clause_claim("two children", "Tarn Orvik", "count", "Orvik, who has two children, spoke.",
                         kind="quantity", relation="count", value="2", number=2.0, unit="children")  # fmt: skip
    assert verdict(claim, [ORVIK], AS_OF).verdict == Verdict.SUPPORTED


def test_a_count_beside_another_fact_is_left_to_that_facts_own_claim():
    """'Vale, a mother of four, has worked at the bank': the count is a fact of its own; refuting the clause
    with it would refute her career too."""
    vale = page("Ida Vale", "Ida Vale is a Vestrian economist. She has two children.")
    claim = clause_claim("Vale, a mother of four, has worked at the bank", "Ida Vale", "worked")
    assert verdict(claim, [vale], AS_OF).verdict == Verdict.UNVERIFIED


def test_a_persons_sentence_of_having_children_settles_the_count():
    vale = page("Ida Vale", "Ida Vale is a Vestrian economist. She has two children.")
    claim = clause_claim("Vale, a mother of four", "Ida Vale", "is", object="a mother of four")
    got = verdict(claim, [vale], AS_OF)
    assert got.verdict == Verdict.CONTRADICTED
    assert got.evidence[0].snippet == "She has two children."


def test_being_one_of_several_children_is_no_count_of_ones_own():
    vale = page("Ida Vale", "Ida Vale is a Vestrian economist. She was the youngest of three children.")
    claim = clause_claim("Vale, a mother of two", "Ida Vale", "is", object="a mother of two")
    assert verdict(claim, [vale], AS_OF).verdict == Verdict.UNVERIFIED


def test_a_page_saved_after_the_article_may_count_a_child_born_since():
    later = boxed("Tarn Orvik", "Tarn Orvik is a Vestrian politician.", [("children", "3")],
                  saved=dt.datetime(2025, 9, 1, tzinfo=dt.UTC))  # fmt: skip
    claim = clause_claim("Orvik, a father of two", "Tarn Orvik", "is", object="a father of two")
    assert verdict(claim, [later], AS_OF).verdict == Verdict.UNVERIFIED


def test_anothers_children_on_the_page_are_no_count_of_the_persons():
    vale = page("Ida Vale", "Ida Vale is a Vestrian economist. Her husband has four children.")
    claim = clause_claim("Vale, a mother of two", "Ida Vale", "is", object="a mother of two")
    assert verdict(claim, [vale], AS_OF).verdict == Verdict.UNVERIFIED
