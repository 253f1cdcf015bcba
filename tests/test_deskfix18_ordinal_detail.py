"""A rationale on an ordinal names the post it numbers whole ('says 9th Governor of the Central Bank of
Vestria'), not the first words the ordinal's match stopped at ('says 9th Governor of the'). Invented names."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, clause_claim, verdict

LIM = boxed(
    "Ana Lim",
    "Ana Lim is a Vestrian economist.",
    [("office", "9th Governor of the Central Bank of Vestria"), ("term_start", "18 September 2029")],
)  # fmt: skip


def test_the_rationale_quotes_the_numbered_post_whole():
    text = "Lim, the bank's ninth governor"
    claim = clause_claim(text, "Ana Lim", "is", f"{text}, spoke.", value="the bank's ninth governor")
    result = verdict(claim, [LIM], dt.date(2030, 1, 5))
    assert result.verdict.value == "supported"
    assert "says 9th Governor of the Central Bank of Vestria" in result.rationale
