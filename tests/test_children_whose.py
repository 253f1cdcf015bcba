"""Whose children a page's sentence counts, and whether it counts them all: the subject's own pronoun
only ('He has two children' after 'she married Tom Berg' is his count), and a count that goes on in the
same sentence ('two with her first husband and three with her second') is a part. Invented people."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import clause_claim, page, verdict
from verify.models import Verdict

AS_OF = dt.date(2025, 4, 7)


def _count_of(claim_text: str, sentence: str, said: str) -> Verdict:
    claim = clause_claim(claim_text, "Ida Vale", "count", sentence,
                         kind="quantity", relation="count", value="2", number=2.0, unit="children")  # fmt: skip
    return verdict(claim, [page("Ida Vale", f"Ida Vale is a Vestrian economist. {said}")], AS_OF).verdict


def test_with_no_parent_word_the_pages_first_pronoun_is_the_subjects() -> None:
    said = "In 2001 she married Tom Berg, a banker. He has two children from a previous marriage."
    assert _count_of("two children", "Vale, who has two children, spoke.", said) != Verdict.SUPPORTED


def test_the_subjects_own_pronoun_still_counts_with_no_parent_word() -> None:
    said = "In 2001 she married Tom Berg, a banker. She has two children."
    assert _count_of("two children", "Vale, who has two children, spoke.", said) == Verdict.SUPPORTED


def test_a_count_going_on_in_other_children_is_a_part() -> None:
    claim = clause_claim("Vale, a mother of two", "Ida Vale", "is", object="a mother of two")
    said = "She has two children and three more from her second marriage."
    got = verdict(claim, [page("Ida Vale", f"Ida Vale is a Vestrian economist. {said}")], AS_OF).verdict
    assert got != Verdict.SUPPORTED


def test_a_count_followed_by_grandchildren_is_still_the_whole() -> None:
    claim = clause_claim("Vale, a mother of two", "Ida Vale", "is", object="a mother of two")
    said = "She has two children and three grandchildren."
    got = verdict(claim, [page("Ida Vale", f"Ida Vale is a Vestrian economist. {said}")], AS_OF).verdict
    assert got == Verdict.SUPPORTED
