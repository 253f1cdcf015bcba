"""A page saved after the article lists the posts its subject holds then, not the one the article meant: a
bare 'Minister' in 'has been Minister since June 2020' is read off the person's one ministry only among the
posts taken up by the article's day, so a ministry begun a year after the article refutes nothing, while a
ministry held on the day and begun in another year still does. Invented person and country."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, clause_claim, verdict
from verify.models import ClaimResult, Verdict

AS_OF = dt.date(2024, 3, 25)
LATER_MINISTRY = [("office", "Minister for Finance"), ("term_start", "18 November 2025"),
                  ("office2", "Teachta Dála"), ("term_start2", "February 2011")]  # fmt: skip
EARLIER_MINISTRY = [("office", "Minister for Finance"), ("term_start", "6 May 2016"),
                    ("office2", "Teachta Dála"), ("term_start2", "February 2011")]  # fmt: skip


def _minister_since(rows: list[tuple[str, str]]) -> ClaimResult:
    text = "Corr has been Minister since June 2020"
    page = boxed("Aine Corr", "Aine Corr (born 1980) is a Velmaran politician.", rows)
    claim = clause_claim(text, "Aine Corr", "been", f"{text}.", object="Minister", time="June 2020", value="Minister")
    return verdict(claim, [page], AS_OF)


def test_a_ministry_taken_up_after_the_article_does_not_refute_a_bare_minister_since_2020():
    assert _minister_since(LATER_MINISTRY).verdict != Verdict.CONTRADICTED


def test_the_one_ministry_held_by_the_article_and_begun_in_another_year_still_refutes_it():
    got = _minister_since(EARLIER_MINISTRY)
    assert got.verdict == Verdict.CONTRADICTED
    assert "6 May 2016" in got.evidence[0].snippet
