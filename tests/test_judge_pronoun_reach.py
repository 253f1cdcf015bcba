"""A clause read from a pronoun ('he succeeded ...', 'Born in ..., he ...') may mean someone else the sentence
names; but not a country's possessive ("Portugal's fourth president"), nor a name in a later clause after a
semicolon, which the pronoun does not point back to. Invented people and pages."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, clause_claim, verdict
from verify.models import Verdict

AS_OF = dt.date(2024, 3, 21)
VALE = boxed(
    "Tomas Vale",
    "Tomas Vale (born 1961) is a Portuguese politician. He has been president since 2016.",
    [("office", "President of Portugal"), ("term_start", "9 March 2016"), ("predecessor", "Karl Berg"),
     ("birth_place", "Braga, Portugal")],
)  # fmt: skip
DANT = boxed("Ivo Dant", "Ivo Dant (born 1990) is a Portuguese politician. He was prime minister.", [])


def test_a_countrys_possessive_before_the_pronoun_is_no_other_person():
    sentence = "Portugal's fourth president has held the office since 2016, when he succeeded Ana Roth."
    claim = clause_claim("he succeeded Ana Roth", "Tomas Vale", "succeeded", sentence, object="Ana Roth")
    got = verdict(claim, [VALE], AS_OF)
    assert got.verdict == Verdict.CONTRADICTED
    assert "Karl Berg" in got.evidence[0].snippet


def test_a_name_after_a_semicolon_is_not_whom_the_clauses_pronoun_means():
    sentence = "Born in Porto, he is the oldest to take office; former Prime Minister Ivo Dant had been the youngest."
    claim = clause_claim("Born in Porto", "Tomas Vale", "born in", sentence, place="Porto")
    got = verdict(claim, [VALE, DANT], AS_OF)
    assert got.verdict == Verdict.CONTRADICTED
    assert got.evidence[0].snippet.endswith("Braga, Portugal")


def test_a_name_before_the_pronoun_in_its_clause_still_sets_a_conflict_aside():
    sentence = "Ivo Dant, who was prime minister, said that, born in Porto, he would stay."
    claim = clause_claim("born in Porto", "Tomas Vale", "born in", sentence, place="Porto")
    assert verdict(claim, [VALE, DANT], AS_OF).verdict == Verdict.UNVERIFIED
