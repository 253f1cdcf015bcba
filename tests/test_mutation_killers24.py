"""Killers for mutations whose remembered test stopped failing as the code moved on (session 24)."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, clause_claim, page, verdict
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


def test_a_double_barrelled_name_is_not_stated_by_its_last_part():
    """'under coach Ruiz-Lopez' is another coach than the page's 'coach Lopez': every word of a name the clause
    states is asked of the sentence, the part before a hyphen too (mutation clause-other-facts-not-checked, whose
    first killer is now caught by the whole-name check as well)."""
    lead = "Lena Vos (born 3 May 1990) is a Norbian swimmer. Vos swam for Kestel University under coach Lopez."
    doc = page("Lena Vos", lead, dt.datetime(2024, 5, 1, tzinfo=dt.UTC))

    def swam(coach: str) -> Verdict:
        text = f"Vos swam for Kestel University under coach {coach}"
        claim = clause_claim(text, "Lena Vos", "swam", f"{text}.", object="Kestel University")
        return verdict(claim, [doc], dt.date(2024, 1, 10)).verdict

    assert swam("Lopez") == Verdict.SUPPORTED
    assert swam("Ruiz-Lopez") != Verdict.SUPPORTED
