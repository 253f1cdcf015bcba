"""Killers for mutations whose remembered test went stale at the twenty-fifth session's merged code: each test is one
shape the mutated line still decides. Invented people and pages (`tests/support/judging.py`)."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import clause_claim, page, verdict

DAY = dt.date(2023, 9, 17)
CLUBS = page(
    "Lena Vos",
    "Lena Vos is a Norbian engineer.\nShe joined the Korvik Rowing Club in 2004, and the Halden Sailing Club in 2009, "
    "eventually joining the Norby Chess Club in 2012.",
)


def _joined(club: str, year: str):
    return clause_claim(f"Lena Vos joined {club} in {year}", "Lena Vos", "joined", object=club, time=year)


def test_a_year_the_sentence_gives_another_club_does_not_date_this_one():
    """'joined the Halden Sailing Club in 2012' against a sentence that gives that club 2009 and another club 2012:
    the year is bound to another object (mutation clause-year-bound-anywhere; its old killer, a post's year, is now
    decided first by the office readings of the twenty-fifth session)."""
    assert verdict(_joined("the Halden Sailing Club", "2012"), [CLUBS], DAY).verdict.value == "unverified"


def test_a_year_the_sentence_gives_a_later_club_does_not_date_the_first():
    """Mutation clause-year-bound-anywhere (session 49): the Halden row above is left unverified under it too (by a
    later reading); 'joined the Korvik Rowing Club in 2009' is not dated by the 2009 the sentence gives the next
    club, and the club's own 2004 refutes it."""
    assert verdict(_joined("the Korvik Rowing Club", "2009"), [CLUBS], DAY).verdict.value == "contradicted"


def test_the_year_the_sentence_gives_the_club_supports():
    assert verdict(_joined("the Halden Sailing Club", "2009"), [CLUBS], DAY).verdict.value == "supported"
