"""Killers re-proved at the twenty-seventh session's final code, for mutations whose remembered test went stale: fs27's
readings (an 'X-born' demonym as an origin; a numbered spell's own number) now decide the old rows earlier."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import clause_claim, page, verdict
from verify.models import Verdict
from verify.offices import specific_words

SAVED = dt.datetime(2024, 5, 1, tzinfo=dt.UTC)
AS_OF = dt.date(2024, 6, 1)


def test_a_nationality_the_page_gives_second_with_and_is_no_conflict() -> None:
    """sure-second-nationality-ignored: 'a Portuguese-born French politician' is now read as an origin before this
    check; 'a Portuguese and French politician' gives two nationalities, the claimed one second."""
    french = clause_claim("Rivera, a French lawyer", "Maria Rivera", "is", object="a French lawyer")
    lead = page("Maria Rivera", "Maria Rivera (born 1961) is a Portuguese and French politician.", SAVED)
    assert verdict(french, [lead], AS_OF).verdict != Verdict.CONTRADICTED


def test_a_number_after_of_names_the_body_and_says_which_post() -> None:
    """number-after-of-not-a-post-word: its clause row (a Sixth Fleet spell 'since 2019' against the Seventh's) is now
    decided earlier by fs27's numbered-spell reading; the words that tell two posts apart still keep a number that
    names the body ('the Seventh Fleet') and drop one that numbers the holder ('the eighth governor')."""
    assert specific_words("Commander of the Seventh Fleet") != specific_words("Commander of the Sixth Fleet")
    assert specific_words("the eighth governor of the bank") == specific_words("governor of the bank")
