"""'Last Friday, Ana Ruiz was still finance minister': a past copula and 'still' or 'already' before a title, in a
sentence that opens with a day before the article's, say the title was held on that day. The claim is judged on that
day: 'already prime minister' on a day before her term began is false, 'still finance minister' on a day of the
earlier term true. Without such an opening the words tell no day and are not refuted by one (Ana Ruiz's invented
page: prime minister from 14 February 2023, finance minister from March 2022 to that day)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import clause_claim
from tests.support.ruiz import RUIZ
from verify.judge import judge
from verify.models import ClaimResult, Verdict
from verify.retrieve import EvidencePool

ON = dt.date(2023, 2, 15)  # a Wednesday: 'last Friday' is 10 February, before her term as prime minister


def _judged(sentence: str, value: str, on: dt.date = ON) -> ClaimResult:
    text = sentence[sentence.index("Ana Ruiz") :].rstrip(".")
    claim = clause_claim(text, "Ana Ruiz", "held office", sentence, kind="role", relation="held office", value=value,
                         nationality="Norbian")  # fmt: skip
    (result,) = judge([claim], EvidencePool(documents=[RUIZ], by_claim={claim.id: [RUIZ]}), on)
    return result


@pytest.mark.parametrize(
    ("sentence", "value", "expected"),
    [
        ("Last Friday, Ana Ruiz was already prime minister.", "already prime minister", Verdict.CONTRADICTED),
        ("Last Friday, Ana Ruiz was still finance minister.", "still finance minister", Verdict.SUPPORTED),
        # 'last Monday' is 13 February, the day before her term as prime minister began
        ("Last Monday, Ana Ruiz was already prime minister.", "already prime minister", Verdict.CONTRADICTED),
        ("In January, Ana Ruiz was already prime minister.", "already prime minister", Verdict.CONTRADICTED),
        ("In January, Ana Ruiz was still finance minister.", "still finance minister", Verdict.SUPPORTED),
    ],
)
def test_a_title_held_still_or_already_on_the_day_the_sentence_opens_with_is_judged_on_that_day(
    sentence, value, expected
):
    result = _judged(sentence, value)
    assert result.verdict == expected
    assert result.reading is not None and result.reading.as_of < ON


def test_the_same_words_with_no_day_told_are_not_refuted_by_the_day_before():
    assert _judged("Ana Ruiz was already prime minister.", "already prime minister").verdict != Verdict.CONTRADICTED


def test_a_month_the_term_began_in_is_neither_the_days_before_nor_those_after():
    # February 2023: not yet prime minister on the 1st, prime minister on the 28th
    sentence = "In February, Ana Ruiz was already prime minister."
    result = _judged(sentence, "already prime minister", dt.date(2023, 3, 10))
    assert result.verdict == Verdict.UNVERIFIED


def test_a_day_told_in_another_clause_than_the_opening_dates_nothing():
    sentence = "Ana Ruiz, who spoke in January, was already prime minister."
    assert _judged(sentence, "already prime minister").verdict != Verdict.CONTRADICTED


def test_a_handover_day_may_be_either_holders():
    # 'last Tuesday' is 14 February, the day her term as finance minister ends and the next begins
    result = _judged("Last Tuesday, Ana Ruiz was still finance minister.", "still finance minister")
    assert result.verdict == Verdict.UNVERIFIED
