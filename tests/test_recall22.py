"""Recall causes read in the twenty-second session (/work/briefs22/recall22-causes.md). Invented people and pages.

- A held office with the spell its own clause gives ('served as foreign minister from September 2027 until
  April', 'from 2024 to 2026 he served as interior minister') against the person's infobox, which lists their
  offices with terms, none of them the claimed post, and another post of the same kind (a minister's for a
  minister) and government whose term begins and ends as the spell does, each end to the precision written: the
  article gave the spell to the wrong post, contradicted. A spell the other term only overlaps, two such posts,
  or a head's post (a premier may keep a portfolio the infobox leaves out) decide nothing.
"""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, clause_claim, verdict
from verify.models import Verdict

SUMMER_2028 = dt.date(2028, 8, 15)
_VIDAL = boxed(
    "Tomas Vidal",
    "Tomas Vidal (born 2 May 1966) is a Vestrian businessman and politician.",
    [
        ("office", "Prime Minister of Vestria"),
        ("term_start", "22 August 2027"),
        ("term_end", "14 August 2028"),
        ("office2", "Minister of Finance"),
        ("term_start2", "1 September 2027"),
        ("term_end2", "27 April 2028"),
        ("office3", "Minister of Justice"),
        ("term_start3", "3 March 2024"),
        ("term_end3", "2 June 2026"),
        ("birth_date", "2 May 1966"),
    ],
)


def _held(text: str, sentence: str, office: str) -> Verdict:
    claim = clause_claim(
        text, "Tomas Vidal", "held office", sentence, kind="role", relation="held office", value=office
    )
    return verdict(claim, [_VIDAL], SUMMER_2028).verdict


def test_a_spell_to_the_month_of_another_ministry_contradicts_the_claimed_one() -> None:
    text = "He also served as foreign minister from September 2027 until April"
    assert _held(text, f"{text}.", "foreign minister from September 2027 until April") == Verdict.CONTRADICTED


def test_a_spell_in_years_before_the_claims_words_contradicts_another_ministry() -> None:
    text = "he served as interior minister"
    sentence = f"Before that he was mayor of Norby from 2015 to 2017, and from 2024 to 2026 {text}."
    assert _held(text, sentence, "interior minister") == Verdict.CONTRADICTED


def test_the_listed_ministry_for_its_own_spell_is_not_contradicted() -> None:
    text = "He also served as finance minister from September 2027 until April"
    assert _held(text, f"{text}.", "finance minister from September 2027 until April") != Verdict.CONTRADICTED


def test_a_spell_the_other_ministry_only_overlaps_settles_nothing() -> None:
    text = "He also served as foreign minister from October 2027 until April"
    assert _held(text, f"{text}.", "foreign minister from October 2027 until April") == Verdict.UNVERIFIED
    text = "he served as interior minister"
    assert _held(text, f"From 2023 to 2026 {text}.", "interior minister") == Verdict.UNVERIFIED


def test_a_premiership_over_the_spell_refutes_no_portfolio() -> None:
    # a premier may keep a portfolio the infobox leaves out
    text = "He also served as foreign minister from August 2027 until August"
    assert _held(text, f"{text}.", "foreign minister from August 2027 until August") == Verdict.UNVERIFIED


def test_a_spell_of_another_post_in_the_sentence_is_not_the_claims() -> None:
    # 'from 2024 to 2026' is the mayoralty's; the ministry is undated
    text = "he served as interior minister"
    sentence = f"He was mayor of Norby from 2024 to 2026, and later {text}."
    assert _held(text, sentence, "interior minister") == Verdict.UNVERIFIED
