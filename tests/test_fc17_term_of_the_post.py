"""A term's length is compared only with the term of the post the claim is about. A title word said in an
aside ('The post, renamed from chairman in 2022, carries a three-year term') names the post's old name, not
which post's term it is: another body's chairman page does not settle it. Said in the main clause, or with the
body's own words, it does. Invented bodies and pages."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, clause_claim, verdict
from verify.models import Verdict

AS_OF = dt.date(2025, 8, 20)
JOINT = boxed("Chairman of the Joint Staff of Velmara", "The chairman leads Velmara's joint staff.",
              [("termlength", "4 years, not renewable")])  # fmt: skip


def _term(sentence: str) -> Verdict:
    claim = clause_claim("three-year term", "term", "lasts", sentence, kind="duration", relation="lasts",
                         value="three years", number=3.0, unit="years")  # fmt: skip
    return verdict(claim, [JOINT], AS_OF).verdict


def test_a_title_word_in_an_aside_does_not_tie_the_term_to_another_bodys_post():
    assert _term("The post, renamed from chairman in 2022, carries a three-year term.") != Verdict.CONTRADICTED


def test_the_title_said_in_the_main_clause_still_ties_the_term_to_the_post():
    assert _term("The chairman carries a three-year term.") == Verdict.CONTRADICTED


def test_the_bodys_own_words_in_an_aside_still_tie_the_term_to_its_post():
    assert _term("The post, chairman of the joint staff, carries a three-year term.") == Verdict.CONTRADICTED
