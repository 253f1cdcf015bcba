"""'Argentina's 12th president' of a person whose own office rows number that post only for another country
('12th President of Brazil'): the rows say whose post they hold, and contradict; unless a row of theirs names
the post for the claimed country too. Invented people."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, clause_claim, verdict
from verify.models import ClaimResult, Verdict

AS_OF = dt.date(2024, 10, 2)
BRAZIL = [("order", "12th"), ("office", "President of Brazil"), ("term_start", "1 March 2022")]


def twelfth(rows: list[tuple[str, str]]) -> ClaimResult:
    page = boxed("Ana Roth", "Ana Roth (born 1962) is a politician.", rows)
    claim = clause_claim("Argentina's 12th president", "Ana Roth", "is", "Roth, Argentina's 12th president, spoke.",
                         object="12th president")  # fmt: skip
    return verdict(claim, [page], AS_OF)


def test_the_persons_row_numbering_the_post_for_another_country_contradicts():
    got = twelfth(BRAZIL)
    assert got.verdict == Verdict.CONTRADICTED
    assert "President of Brazil" in got.rationale


def test_a_row_naming_the_post_for_the_claimed_country_too_leaves_it_open():
    argentina = [("office2", "President of Argentina"), ("term_start2", "1 March 2010"), ("term_end2", "1 March 2014")]
    both = [*BRAZIL, *argentina]
    assert twelfth(both).verdict != Verdict.CONTRADICTED


def test_a_post_beside_a_day_is_left_to_the_posts_own_claim():
    """'sworn in on 1 March as Argentina's 12th president': refuting the clause would refute its day too."""
    page = boxed("Ana Roth", "Ana Roth (born 1962) is a politician.", BRAZIL)
    text = "Roth was sworn in on 1 March as Argentina's 12th president"
    claim = clause_claim(text, "Ana Roth", "sworn in", object="Argentina's 12th president", time="1 March")
    assert verdict(claim, [page], AS_OF).verdict != Verdict.CONTRADICTED
