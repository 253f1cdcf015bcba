"""A length of holding office ('served for just over six months', 'left office after eight years') is measured
on the post its sentence names, and a term written to the day that the length does not fit refutes it; a length
of anything else the person did, or a term written in years alone, is left open (issue 15, durations)."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, verdict
from tests.support.judging import clause_claim as claim
from verify.models import Verdict

ORVEN = boxed(
    "Tomas Orven",
    "Tomas Orven (born 3 May 1961) is a Vestrian politician who was prime minister of Vestria.",
    [("office", "Prime Minister of Vestria"), ("term_start", "5 September 2024"), ("term_end", "13 December 2024"),
     ("office2", "Minister of Foreign Affairs"), ("term_start2", "31 March 2004"), ("term_end2", "31 May 2005"),
     ("birth_date", "3 May 1961")],
)  # fmt: skip
BY_YEARS = boxed(
    "Tomas Orven",
    "Tomas Orven (born 3 May 1961) is a Vestrian politician who was prime minister of Vestria.",
    [("office", "Prime Minister of Vestria"), ("term_start", "2014"), ("term_end", "2024")],
)
WINTER = dt.date(2024, 12, 16)


def _length(text: str, sentence: str, number: float, unit: str):
    return claim(text, "Tomas Orven", "lasts", sentence, kind="duration", number=number, unit=unit,
                 value=f"{number:g} {unit}")  # fmt: skip


def test_a_length_served_that_the_named_posts_term_does_not_fit_is_contradicted():
    sentence = "Former Prime Minister Tomas Orven, 63, served for just over six months."
    said = _length("for just over six months", sentence, 6.0, "months")
    result = verdict(said, [ORVEN], WINTER)
    assert result.verdict == Verdict.CONTRADICTED
    assert "13 December 2024" in result.evidence[0].snippet  # the term it quotes: 5 September to 13 December


def test_a_length_served_that_the_named_posts_term_fits_is_supported():
    said = _length("for just over three months", "Former Prime Minister Tomas Orven, 63, served for just over three "
                   "months.", 3.0, "months")  # fmt: skip
    assert verdict(said, [ORVEN], WINTER).verdict == Verdict.SUPPORTED


def test_a_length_of_something_else_the_person_did_is_not_refuted_by_the_post():
    said = _length("for ten years", "Former Prime Minister Tomas Orven, 63, served in the army for ten years.", 10.0,
                   "years")  # fmt: skip
    assert verdict(said, [ORVEN], WINTER).verdict == Verdict.UNVERIFIED


def test_a_term_written_in_years_alone_does_not_refute_a_length_of_office():
    said = _length("after eight years", "Orven, Vestria's former prime minister, left office after eight years.", 8.0,
                   "years")  # fmt: skip
    assert verdict(said, [BY_YEARS], WINTER).verdict != Verdict.CONTRADICTED  # 2014 to 2024: nine to eleven years
