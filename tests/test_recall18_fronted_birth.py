"""'Born in Greystones, County Wicklow, on 17 October 1986, Harris was elected ...': the date of a phrase that opens
its sentence with 'Born' and holds only places before it is the birth's, whatever verb the main clause gives the
claim; the subject's birth date row settles it (issue 15, 'born in PLACE on DATE')."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, verdict
from tests.support.judging import clause_claim as claim
from verify.models import Verdict

KEANE = boxed(
    "Ciara Keane",
    "Ciara Keane (born 17 October 1986) is a Vestrian politician.",
    [("birth_date", "17 October 1986"), ("birth_place", "Port Lira, Vestria")],
)
SPRING = dt.date(2024, 4, 10)


def _dated(day: str, sentence: str):
    return claim(day, "Ciara Keane", "elected", sentence, kind="date", value=day, time=day)


def test_a_wrong_day_in_a_fronted_born_phrase_is_contradicted_by_the_birth_date():
    sentence = "Born in Port Lira, Eastvale, on 17 October 1984, Keane was elected to the council in 2009."
    result = verdict(_dated("17 October 1984", sentence), [KEANE], SPRING)
    assert result.verdict == Verdict.CONTRADICTED
    assert "17 October 1986" in result.evidence[0].snippet


def test_the_right_day_in_a_fronted_born_phrase_is_supported():
    sentence = "Born in Port Lira, Eastvale, on 17 October 1986, Keane was elected to the council in 2009."
    assert verdict(_dated("17 October 1986", sentence), [KEANE], SPRING).verdict == Verdict.SUPPORTED


def test_a_day_after_a_verb_in_the_born_phrase_is_another_events():
    sentence = "Born in Port Lira, she moved to Eastvale on 17 October 1990 and was elected in 2009."
    assert verdict(_dated("17 October 1990", sentence), [KEANE], SPRING).verdict != Verdict.CONTRADICTED
