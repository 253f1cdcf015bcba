"""Killers re-proved at the twenty-sixth session's final code, for mutations whose remembered test went stale."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import judged_body, page
from verify.models import Verdict

SAVED = dt.datetime(2024, 5, 1, tzinfo=dt.UTC)
AS_OF = dt.date(2024, 4, 1)

# The page dates two other events before the oath and never the oath itself: the day the sentence reads (the
# election's, 2 April) is another event's, so a claimed day of the oath is neither refuted nor supported by it.
STAL = page(
    "Mira Stal",
    "Mira Stal (born 1962) is a Vestrian judge. Nominated on 20 March 2019 and elected on 2 April 2019, she was "
    "sworn in as judge.",
    SAVED,
)


def test_dates_of_other_events_before_the_verb_do_not_refute_its_day() -> None:
    """opening-date-read-as-anothers: its review25 B7 row is now decided earlier (open26's clause-opener rule)."""
    body = "Mira Stal was sworn in as judge on 3 May 2019."
    found = {c.text: v for c, v in judged_body(body, [STAL], AS_OF) if c.kind == "date"}
    assert found, "no date claim extracted"
    assert Verdict.CONTRADICTED not in found.values(), found
