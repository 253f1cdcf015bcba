"""A succession told as done ('handed over last week to X', 'succeeded Y') on a day before the handover the
infobox dates is the successor named before taking office: contradicted, quoting the row and its day (the WFP
pair's false 'supported', session 20). After the handover, the same row supports it. Invented pages."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, clause_claim, verdict
from verify.models import Verdict

HANDOVER = dt.date(2023, 4, 5)
NEW = [("office", "Executive Director of the Velmaran Food Agency"), ("term_start", "5 April 2023"),
       ("predecessor", "Edo Vann")]  # fmt: skip
OLD = [("office", "Executive Director of the Velmaran Food Agency"), ("term_start", "4 April 2017"),
       ("term_end", "5 April 2023"), ("successor", "Ilo Marr")]  # fmt: skip
SUCCEEDED = clause_claim("Ilo Marr succeeded Edo Vann", "Ilo Marr", "succeeded",
                         "Ilo Marr succeeded Edo Vann last week.", object="Edo Vann", value="Edo Vann")  # fmt: skip
HANDED = clause_claim("Edo Vann handed over last week to Ilo Marr", "Edo Vann", "handed",
                      "Edo Vann handed over last week to Ilo Marr.", object="Ilo Marr", value="Ilo Marr")  # fmt: skip


def _pages() -> list:
    return [boxed("Ilo Marr", "Ilo Marr (born 1954) is a Velmaran official.", NEW),
            boxed("Edo Vann", "Edo Vann (born 1957) is a Velmaran politician.", OLD)]  # fmt: skip


@pytest.mark.parametrize("claim", [SUCCEEDED, HANDED], ids=["succeeded", "handed-over-to"])
def test_a_handover_told_as_done_before_its_day_is_contradicted(claim) -> None:
    result = verdict(claim, _pages(), HANDOVER - dt.timedelta(days=2))
    assert result.verdict == Verdict.CONTRADICTED
    assert "2023-04-05" in result.rationale


@pytest.mark.parametrize("claim", [SUCCEEDED, HANDED], ids=["succeeded", "handed-over-to"])
def test_the_same_handover_after_its_day_is_supported(claim) -> None:
    assert verdict(claim, _pages(), HANDOVER + dt.timedelta(days=6)).verdict == Verdict.SUPPORTED


def test_a_handover_dated_only_by_its_month_is_not_refuted_within_that_month() -> None:
    pages = [boxed("Ilo Marr", "Ilo Marr (born 1954) is a Velmaran official.",
                   [*NEW[:1], ("term_start", "April 2023"), NEW[2]])]  # fmt: skip
    assert verdict(SUCCEEDED, pages, dt.date(2023, 4, 3)).verdict != Verdict.CONTRADICTED
