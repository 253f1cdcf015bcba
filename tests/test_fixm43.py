"""Rows of fixm43 (session 43): twins and guards of the mends of review42's R6, R10, R11, R13 and N1 (the rows the
mends answer are review42's own, tests/test_review42.py); invented people, bodies and pages."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import page
from tests.test_review26 import SAVED
from tests.test_review38 import _judged_whole
from tests.test_review42 import _banker, _chemist
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.kinds.clause.judge import clause_findings
from verify.models import Claim, Verdict

DAY = dt.date(2024, 6, 1)  # the invented articles' day, after the pages' revision (saved 1 May 2024)

# R10's guard: a dying clause's bare figure is an age only where its words say so ('died at 82', 'died aged 84');
# 'died with 84 others' counts the others, and the novelist's 82 years at death must not refute it.
NOVELIST = page(
    "Ivo Stam", "Ivo Stam (12 June 1941 – 3 May 2024) was a Norbian novelist and playwright.", SAVED
)


def test_a_figure_a_death_carries_without_an_age_word_is_no_age() -> None:
    claim = Claim(
        id="c0000001",
        kind="clause",
        span=(0, 31),
        subject="Ivo Stam",
        relation="died",
        predicate="died",
        value="84",
        quantity="84",
        text="Ivo Stam has died with 84 others",
        sentence="Ivo Stam has died with 84 others.",
    )
    assert clause_findings(claim, [NOVELIST], dt.date(2024, 5, 6)) == []


# R6's guards: 'won', 'was awarded' and 'received' a prize are one deed (review42 R6's rows), but only for a prize
# given to the page's subject: she who awards it, or is nominated for it, did not win it, and a thing that is no
# prize ('received the Korvik case', a lawyer's brief) is not won by receiving it.
@pytest.mark.parametrize(
    ("told", "body"),
    [
        pytest.param(
            "In 2020 she awarded the Korvik Prize to Ivo Stam.", "Nina Moe won the Korvik Prize in 2020.", id="awarder"
        ),
        pytest.param(
            "In 2020 she received a nomination for the Korvik Prize.",
            "Nina Moe won the Korvik Prize in 2020.",
            id="nominee",
        ),
        pytest.param(
            "In 2020 she received the Korvik case.", "Nina Moe won the Korvik case in 2020.", id="no-prize"
        ),
    ],
)
def test_a_prize_given_otherwise_is_not_won(told: str, body: str) -> None:
    assert Verdict.SUPPORTED not in _judged_whole(body, [_chemist(told)], "clause", "Korvik", DAY)


def test_a_body_that_awards_a_prize_did_not_win_it() -> None:
    doc = page("Korvik Academy", "Korvik Academy is a Norbian academy. In 2020 it received the Korvik Prize.", SAVED)
    found = _judged_whole("Korvik Academy awarded the Korvik Prize in 2020.", [doc], "clause", "Korvik Prize", DAY)
    assert Verdict.SUPPORTED not in found, found


# B5's guard: a clause past a semicolon retells the deed only with its doer and a verb of no other known deed;
# '; he had been charged with three counts' gives the charge's count, not the plea's.
def test_a_known_other_deed_past_a_semicolon_keeps_its_figure() -> None:
    doc = _banker("In 2020 he pleaded guilty; he had been charged with three counts of fraud.")
    found = _judged_whole("Jon Dahl pleaded guilty to three counts of fraud in 2020.", [doc], "clause", "pleaded", DAY)
    assert Verdict.SUPPORTED not in found, found


# R13's twin: the step's year after the office is no word of the post ('took over as prime minister in 2019').
def test_the_year_a_post_was_taken_over_is_no_word_of_it() -> None:
    article = article_from_text("Norby news\n\nEva Lund took over as prime minister in 2019.\n", as_of=DAY)
    claims = extract_claims(article)
    assert [c.value for c in claims if c.kind == "role"] == ["prime minister"]


# R11's guard: a speaker's post lends its body only a bare attribute he reports ('net profit rose'); a count of
# others he tells of ('investigators had found four points') is not the body's.
def test_a_count_of_others_a_post_holder_reports_is_not_his_bodys() -> None:
    text = "Korvik's chief minister, Ivo Stam, said investigators had found four points of ignition."
    claims = extract_claims(article_from_text(f"Norby news\n\n{text}\n", as_of=DAY))
    assert [c.subject for c in claims if c.kind == "quantity" and "four" in c.text] != ["Korvik"]
