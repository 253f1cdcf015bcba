"""'was finance minister from 1993 to 1997' of a person whose infobox lists no such office, and lists another post
of the same government for exactly that spell: the page says what the person was then (issue 15, sibling office
over a past spell)."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, verdict
from tests.support.judging import clause_claim as claim
from verify.models import Verdict

BERRO = boxed(
    "Luc Berro",
    "Luc Berro (born 25 May 1951) is a Vestrian politician who has been prime minister of Vestria since 2024.",
    [("office", "Prime Minister of Vestria"), ("term_start", "13 December 2024"),
     ("office2", "Minister of National Education"), ("term_start2", "29 March 1993"), ("term_end2", "4 June 1997"),
     ("birth_date", "25 May 1951")],
)  # fmt: skip
WINTER = dt.date(2024, 12, 16)


def _spell(post: str, years: str):
    sentence = f"Berro was {post} from {years}."
    first = years.split()[0]
    return claim(f"Berro was {post} from {first}", "Luc Berro", "was", sentence, time=first, value=first)


def test_another_post_of_the_government_for_exactly_that_spell_contradicts():
    result = verdict(_spell("finance minister", "1993 to 1997"), [BERRO], WINTER)
    assert result.verdict == Verdict.CONTRADICTED
    assert "Minister of National Education" in result.evidence[0].snippet


def test_another_post_over_an_overlapping_spell_decides_nothing():
    assert verdict(_spell("finance minister", "1993 to 1995"), [BERRO], WINTER).verdict == Verdict.UNVERIFIED


def test_the_listed_post_for_that_spell_is_supported():
    assert verdict(_spell("education minister", "1993 to 1997"), [BERRO], WINTER).verdict == Verdict.SUPPORTED
