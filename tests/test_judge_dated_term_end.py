"""A term the person's page ends before the article's day is dated by that end: an office page's incumbent
row naming them since a day before it is stale, and the past holder named as the current one is
contradicted (a later revision of the office page would name the successor). Invented people and pages."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, clause_claim, verdict
from verify.models import Verdict

AS_OF = dt.date(2025, 4, 7)
OFFICE = boxed(
    "President of Vestria", "The president of Vestria is the head of state.",
    [("incumbent", "Tomas Vale"), ("incumbentsince", "10 May 2022")], saved=dt.datetime(2024, 12, 1, tzinfo=dt.UTC),
)  # fmt: skip


def vale(end: str | None) -> list:
    rows = [("office", "President of Vestria"), ("term_start", "10 May 2022")] + ([("term_end", end)] if end else [])
    return [boxed("Tomas Vale", "Tomas Vale (born 1960) is a Vestrian politician.", rows), OFFICE]


def president(subject: str = "Tomas Vale"):
    return clause_claim(f"President {subject}", subject, "holds office", kind="role", relation="holds office",
                        value="President of Vestria", with_predicate=False)  # fmt: skip


def test_a_term_ended_before_the_article_outdates_an_older_incumbent_row():
    got = verdict(president(), vale("4 April 2025"), AS_OF)
    assert got.verdict == Verdict.CONTRADICTED
    assert "term ended 4 April 2025" in got.evidence[0].snippet


def test_a_term_still_open_agrees_with_the_incumbent_row():
    assert verdict(president(), vale(None), AS_OF).verdict == Verdict.SUPPORTED
