"""Killers for mutations whose remembered test stopped failing as the code moved on (session 24, helper 1)."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, clause_claim, verdict
from verify.models import Verdict


def test_a_second_spell_begun_after_the_article_does_not_dispute_the_spell_covering_its_day():
    """A person may hold one office twice: the spell covering the article's day decides, and the later one, begun
    after it, says nothing against it (mutation audit-every-spell-decides; its old killer, Kishida's foreign
    ministry, lost its later spell to the stopgap reading: that row is an acting one)."""
    page = boxed(
        "Mara Quell",
        "Mara Quell is a Vestrian politician who served twice as foreign minister.",
        [
            ("office", "Minister of Foreign Affairs of Vestria"),
            ("term_start", "3 March 2040"),
            ("predecessor", "Ivo Stam"),
            ("office2", "Minister of Foreign Affairs of Vestria"),
            ("term_start2", "12 May 2030"),
            ("term_end2", "20 June 2034"),
        ],
    )
    minister = clause_claim("Vestrian Foreign Minister Mara Quell", "Mara Quell", "holds office", kind="role",
                            value="Foreign Minister", nationality="Vestrian")  # fmt: skip
    result = verdict(minister, [page], dt.date(2032, 6, 1))
    assert result.verdict == Verdict.SUPPORTED
    assert "2030-05-12" in result.rationale
