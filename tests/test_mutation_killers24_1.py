"""Killers for mutations whose remembered test stopped failing as the code moved on (session 24, helper 1)."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, clause_claim, verdict
from tests.test_date_since_initials import GROUP, SEAT, led_since
from tests.test_recall24 import _succeeds
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


def test_a_group_leadership_writing_the_initials_does_not_date_the_party_lead_the_page_leaves_out():
    """'has led the VUP since August 2022' on a page listing a seat and the 'Leader of the VUP/VSP group in the
    Assembly' (begun February 2023) but not the party's leadership: the group's start is another post's, no
    conflict (mutation initials-in-a-longer-office-name-date-the-body; its old killer has the party-leader row too,
    and since 3f7fbf8 the office said in full (said_in_full) drops the group's row there before that filter)."""
    assert led_since("August 2022", SEAT + GROUP).verdict == Verdict.UNVERIFIED


def test_a_handover_still_to_come_as_the_post_named_is_not_refuted_by_the_day_it_came_to_take_place():
    """'Dorn will succeed Abel Yusta as president on 8 March', written in January 2021 of a presidency that in the
    end began on 8 February: a plan, which the later day does not refute (mutation succession-day-to-come-refutes;
    its old killer names no post, which the post check leaves alone whether the 'will' is read or not)."""
    assert _succeeds("Dorn will succeed Abel Yusta as president on 8 March.", "8 March", dt.date(2021, 1, 10)) == (
        Verdict.UNVERIFIED
    )
