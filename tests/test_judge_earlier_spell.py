"""'She had previously been deputy governor since 2012' places a spell before the page's present: it does not
say the post is held now, so it supports no current title; a present verb after the adverb ('previously a
banker, she has been deputy governor since 2012') still reads as current. Invented people and pages."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, clause_claim, verdict
from verify.match import tense
from verify.models import Verdict

AS_OF = dt.date(2023, 7, 17)
ROTH = boxed(
    "Ana Roth",
    "Ana Roth is a Vestrian economist. She had previously been deputy governor of the Bank of Vestria since 2012.",
    [("office", "Governor of the Bank of Vestria"), ("term_start", "18 September 2016")],
)


def test_a_title_the_page_places_in_an_earlier_spell_is_contradicted_by_the_post_held_now():
    claim = clause_claim("Deputy Governor Ana Roth", "Ana Roth", "holds office", kind="role", relation="holds office",
                         value="Deputy Governor of the Bank of Vestria", with_predicate=False)  # fmt: skip
    assert verdict(claim, [ROTH], AS_OF).verdict == Verdict.CONTRADICTED


def test_an_earlier_spell_adverb_followed_by_a_present_verb_still_reads_current():
    assert tense("previously a banker, she has been deputy governor since 2012", AS_OF)[0] == "current"


def test_previously_since_reads_past():
    assert tense("she had previously been deputy governor since 2012", AS_OF)[0] == "past"
