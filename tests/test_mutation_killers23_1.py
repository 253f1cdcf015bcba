"""Tests written for Mutation entries whose remembered killer no longer failed at session 23's code."""

from __future__ import annotations

from tests.support.judging import clause_claim as clause
from tests.support.judging import verdict
from verify.models import Claim, Verdict


def _handed(month: str) -> Claim:
    sentence = f"Shoigu handed the defence ministry to Andrey Belousov in {month}."
    text = "handed the defence ministry to Andrey Belousov"
    return clause(text, "Sergei Shoigu", "handed", sentence, object="to Andrey Belousov", time=month)


def test_an_undated_articles_handover_in_another_month_than_the_term_ended_is_not_supported(pages):
    # an article with no day of its own gives a month no year: only the succession's own check of the term's
    # end (12 May 2024, successor Andrey Belousov) can tell that March is not when the ministry changed hands
    docs = pages("Sergei Shoigu")
    assert verdict(_handed("May"), docs, None).verdict == Verdict.SUPPORTED  # type: ignore[arg-type]
    assert verdict(_handed("March"), docs, None).verdict == Verdict.UNVERIFIED  # type: ignore[arg-type]
