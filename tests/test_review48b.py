"""Findings of review48b (session 48): regressions (B-items) of the session's second wave of fixes, as rows the desk
would meet, judged through the article's whole judging (`tests/support/judging.py`, the harness of
tests/test_review48.py). Each row passed at the session's start (e148bde5) and fails on main cdf59c78: a strict xfail
until mended. The list with its status is /work/briefs48/review48b-findings.md."""

from __future__ import annotations

import pytest

from tests.support.judging import boxed
from tests.test_review26 import _open
from tests.test_review48 import SAVED, _lund, _moen, _verdicts
from verify.models import Verdict

# ---------------------------------------------------------------------------------------------------------------
# B1 (lost support and lost refutation; s48-fixa48 7b22048c `_another_post_held`, not covered by s48-fixBa48 acc4a7c6
# `_post_of_the_clause_before`, verify/kinds/clause/judge.py): a rank told by a participle after the post's clause
# ('In 2021 she was elected speaker of the parliament, becoming the first woman to hold the post.') leaves the clause
# just before the ordinal as 'becoming', which names no post, and the capitalised fallback finds none, so the rank is
# set aside: the true 'first woman' goes from SUPPORTED (e148bde5) to unverified, the false 'second woman' from
# CONTRADICTED to unverified. Biographies write a first so ('..., becoming the first woman to ...') as often as apposed.
_BECOMING = "In 2021 she was elected speaker of the parliament, becoming the first woman to hold the post."


@pytest.mark.parametrize(
    ("body", "verdict"),
    [
        pytest.param(
            "Eva Lund is the first woman to hold the post of speaker of the parliament.",
            Verdict.SUPPORTED,
            id="first-true",
        ),
        pytest.param(
            "Eva Lund is the second woman to hold the post of speaker of the parliament.",
            Verdict.CONTRADICTED,
            id="second-false",
        ),
    ],
)
def test_b1_a_rank_told_by_becoming_is_the_posts(body: str, verdict: Verdict) -> None:
    assert _verdicts(body, [_lund(_BECOMING)], "clause", "woman") == [verdict]


def test_b1_twin_the_rank_apposed_to_the_clause() -> None:
    told = "In 2021 she became foreign minister, the first woman to hold the post."
    body = "Eva Lund is the first woman to hold the post of foreign minister."
    assert _verdicts(body, [_lund(told)], "clause", "woman") == [Verdict.SUPPORTED]


# ---------------------------------------------------------------------------------------------------------------
# B2 (lost support; s48-fixb48 2955e6cf holder `_as_antecedent`, not covered by s48-fixBb48 d2891602 `_SERVING_WITH`,
# verify/holder.py): the verb of serving must stand right before 'with' ('has served with Mayor Jon Dahl as deputy
# mayor'), so any word between ('together with', 'closely with'), a time between ('has served since 2017 with') or
# 'has been with' gives the post after 'as' to Jon Dahl again: 'Deputy Mayor Karl Moen spoke.' goes from SUPPORTED
# (e148bde5) to unverified.
@pytest.mark.parametrize(
    "told",
    [
        pytest.param("Since 2017 he has served together with Mayor Jon Dahl as deputy mayor of Halden.", id="together"),
        pytest.param("He has served since 2017 with Mayor Jon Dahl as deputy mayor of Halden.", id="time-between"),
        pytest.param("Since 2017 he has worked closely with Mayor Jon Dahl as deputy mayor of Halden.", id="closely"),
        pytest.param("Since 2017 he has been with Mayor Jon Dahl as deputy mayor of Halden.", id="has-been"),
    ],
)
def test_b2_serving_beside_with_words_between(told: str) -> None:
    assert _verdicts("Deputy Mayor Karl Moen spoke.", [_moen(told)], "role") == [Verdict.SUPPORTED]


def test_b2_twin_the_verb_right_before_with() -> None:
    doc = _moen("Since 2017 he has served with Mayor Jon Dahl as deputy mayor of Halden.")
    assert _verdicts("Deputy Mayor Karl Moen spoke.", [doc], "role") == [Verdict.SUPPORTED]


# ---------------------------------------------------------------------------------------------------------------
# B3 (lost refutation, the order row supporting a false count; s48-recall48 c7b4569a `holder_number_findings`, kept by
# the lead's 3f1fad55, verify/kinds/clause/judge.py): the infobox's 'Order: 24th' numbers terms, not people (the lead
# says so: 'he is the 23rd person to hold the office'), yet it SUPPORTS the same number of people, so the false
# 'Karl Moen, the president of Norby, is the 24th person to hold the office.' meets the lead's refutation with the order
# row's support and goes from CONTRADICTED (e148bde5) to unverified. A count of people is not a count of terms either
# way: the order row should take no side on it (or only where the page tells no earlier term apart).
_B7_LEAD = (
    "Karl Moen (born 3 March 1960) is a Norbian politician who has been President of Norby since 2025, having "
    "also served from 2015 to 2019; he is the 23rd person to hold the office."
)
_B7_ROWS = [
    ("office", "President of Norby"),
    ("order", "24th"),
    ("term_start", "20 January 2025"),
    ("predecessor", "Eva Lund"),
]


@_open("B3 open: the order row's '24th' supports 'the 24th person to hold the office' against the lead's '23rd person'")
def test_b3_the_terms_number_does_not_count_people() -> None:
    body = "Karl Moen, the president of Norby, is the 24th person to hold the office."
    assert _verdicts(body, [boxed("Karl Moen", _B7_LEAD, _B7_ROWS, SAVED)], "clause", "24th") == [Verdict.CONTRADICTED]


def test_b3_twin_another_number_refuted() -> None:
    body = "Karl Moen, the president of Norby, is the 22nd person to hold the office."
    assert _verdicts(body, [boxed("Karl Moen", _B7_LEAD, _B7_ROWS, SAVED)], "clause", "22nd") == [Verdict.CONTRADICTED]
