"""A timeline entry's head ('January 9 — Attal replaces Borne') dates a day gone by, whatever tense the entry is
told in: in an article of 14 December it is that year's January, not the next."""

from __future__ import annotations

import datetime as dt

from verify.kinds.date.parsed import year_of_day

ON = dt.date(2024, 12, 14)


def _year(entry: str) -> int | None:
    return year_of_day(entry, 0, len("January 9"), 1, 9, ON)


def test_a_yearless_entry_head_told_in_the_present_is_the_last_such_day():
    assert _year("January 9 — Gabriel Attal replaces Élisabeth Borne.") == 2024


def test_an_entry_whose_own_words_put_it_to_come_is_the_next_such_day():
    assert _year("January 9 — the new cabinet will meet for the first time.") == 2025
