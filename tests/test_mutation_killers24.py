"""Killers for mutations whose remembered test stopped failing as the code moved on (session 24)."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, clause_claim, verdict
from verify.models import Verdict


def test_sworn_in_as_a_post_names_it_when_the_claims_time_is_not_in_its_words():
    """A reviewed claim file may leave out the time, or write it otherwise than the sentence ('Sept. 18'): the
    post is then read from the words before the first time word, and the 'in' of 'sworn in as' is not one, so
    'finance minister' is the post and the premiership begun that day does not date it
    (mutation in-before-as-read-as-the-time)."""
    page = boxed(
        "Mara Quell",
        "Mara Quell is a Vestrian politician.",
        [("office", "Prime Minister of Vestria"), ("term_start", "18 September 2031"), ("predecessor", "Ivo Stam")],
    )
    text = "succeeded Ivo Stam and was sworn in as finance minister on 18 September 2031"
    claim = clause_claim(text, "Mara Quell", "sworn in", f"Mara Quell {text}.", kind="date",
                         value="18 September 2031", time=None)  # fmt: skip
    assert verdict(claim, [page], dt.date(2031, 9, 20)).verdict != Verdict.SUPPORTED
