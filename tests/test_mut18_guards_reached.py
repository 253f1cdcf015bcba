"""Guards that later guards had come to shadow on the pages the older tests use (the mutation check's seven
survivors of session 17): each reproduced on invented pages of a shape only that guard decides, so a bug in it
shows again. Beside each, why the older test no longer reaches it."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, page, verdict
from tests.support.judging import clause_claim as claim
from tests.test_desk16_founding_role import LEAD, _became
from tests.test_judge_fixdesk15 import _governor, _varga
from verify.models import Verdict

# --- 1. a bare title held now, beside another post of that title taken up after the article's day -------------
# `_one_term_decides`: the test of session 13 gave the other post an ended term, which `earlier_spells` now sets
# aside first (a past spell on the page that dates the holding now); a term that begins after the article's day
# is no past spell, and only the held term deciding keeps it from disputing the claim.


def test_a_bare_title_held_now_is_not_disputed_by_another_post_of_that_title_taken_up_later():
    rows = [("office", "President of Velmara"), ("term_start", "1 June 2018"),
            ("office1", "President of the Velmaran Party"), ("term_start1", "1 June 2025")]  # fmt: skip
    velo = boxed("Ana Velo", "Ana Velo (born 4 April 1970) is a Velmaran politician, president of Velmara.", rows)
    said = claim("President Ana Velo", "Ana Velo", "holds office", kind="role", relation="holds office",
                 value="President")  # fmt: skip
    assert verdict(said, [velo], dt.date(2024, 4, 1)).verdict == Verdict.SUPPORTED


# --- 2. 'since March 2019' against a page sentence giving the office another month -----------------------------
# `_term_sentences`: the wrong month's support is set aside later when no page states the claimed time; a page that
# dates another service to that month ('served as acting leader from March 2019') lets that later check keep it.


def test_a_spell_since_a_month_is_not_supported_by_the_office_since_another_month():
    text = "served as leader of the Green League since March 2019"
    said = claim(text, "Tove Brandt", "served as", f"Tove Brandt, who has {text}, spoke.",
                 object="leader of the Green League", time="March 2019")  # fmt: skip
    words = page("Tove Brandt", "Tove Brandt (born 3 May 1966) is a Vestrian politician. She has been leader of the"
                 " Green League since June 2019. She served as acting leader from March 2019.")  # fmt: skip
    assert verdict(said, [words], dt.date(2024, 3, 20)).verdict != Verdict.SUPPORTED


# --- 3. a true 'first woman president' whose support is set aside, beside another post held that day -----------
# `first_stated`: the older test's other post had ended, and its spell is now dropped before (the held term
# decides); a post with other qualifiers held on the day ('Vice President of the Socialist International') still
# contradicts the bare title, and must fall with the support it disputed.


def test_a_first_set_aside_does_not_let_another_post_held_that_day_refute_it():
    rows = [("office", "President of Argentina"), ("term_start", "1 June 2029"),
            ("office2", "Vice President of the Socialist International"), ("term_start2", "3 March 2026")]  # fmt: skip
    ore = boxed("Lina Ore", "Lina Ore (born 2 May 1968) is an Argentine politician, president since 2029.", rows)
    value = "the first woman president"
    first = claim(f"Lina Ore, {value}", "Lina Ore", "holds office", kind="role", relation="holds office", value=value)
    assert verdict(first, [ore], dt.date(2030, 4, 1)).verdict != Verdict.CONTRADICTED


# Session 49: a first of a kind is now judged as a place in the post's line (held then or now), which drops the other
# post's spell above before `first_stated`; a refutation that survives it is the person's infobox listing other
# offices and no vice post, against the office page naming her its incumbent (`qualifier_never_held`).
VICE_PRESIDENCY = boxed(
    "Vice President of Argentina",
    "The vice president of Argentina is the second-highest official of the executive branch.",
    [
        ("post", "Vice President"),
        ("body", "Argentina"),
        ("incumbent", "Lina Ore"),
        ("incumbentsince", "10 December 2027"),
    ],
)
ORE_OFFICES = [("office", "President of Argentina"), ("term_start", "10 December 2019"),
               ("term_end", "10 December 2023"), ("office2", "Senator for Buenos Aires"),
               ("term_start2", "10 December 2013"), ("term_end2", "10 December 2019")]  # fmt: skip


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        ("", Verdict.UNVERIFIED),  # the first not stated: the infobox's silence on the vice post refutes nothing
        (" In 2027 she became vice president, the first woman to hold the office.", Verdict.SUPPORTED),  # the twin
    ],
)
def test_a_first_set_aside_does_not_let_an_infobox_without_the_post_refute_it(told: str, expected: Verdict):
    """Mutation set-aside-first-lets-another-posts-spell-refute."""
    ore = boxed("Lina Ore", f"Lina Ore (born 2 May 1968) is an Argentine politician.{told}", ORE_OFFICES)
    value = "the first woman vice president"
    first = claim(f"Lina Ore, {value}", "Lina Ore", "holds office", kind="role", relation="holds office", value=value,
                  nationality="Argentine")  # fmt: skip
    assert verdict(first, [VICE_PRESIDENCY, ore], dt.date(2030, 4, 1)).verdict == expected


# --- 4. past words of another thing, on a page whose infobox does not list the office --------------------------
# `_past_binds` and `another_post_at`: the older tests' infobox dated the holding now, so `earlier_spells` set the
# page's past reading aside whatever these decided; without that row they alone keep the office out of the past.


def test_a_retired_rower_who_is_president_is_not_read_as_a_past_president():
    assert _varga("Lena Varga, a retired rower, is the president of the Ostmark Rowing Union.", []) != (
        Verdict.CONTRADICTED
    )


def test_a_span_of_years_another_clause_gives_is_not_the_presidencys():
    said = "Lena Varga is the president of the Ostmark Rowing Union and was minister of sport from 2016 to 2021."
    assert _varga(said, []) != Verdict.CONTRADICTED


def test_an_assistant_governors_ended_term_does_not_dispute_the_governor_now():
    assert _governor("She was an assistant governor from 2010 to 2022.", []) == Verdict.SUPPORTED


# --- 5. 'became Velmara's central bank in 1975' of a bank founded in 1961 ---------------------------------------
# `founding_role_findings`: a founding in another year is set aside later when no page states the claimed year; a
# page that dates another change to that year ('In 1975 it became independent ...') lets that later check keep it.


def test_a_founding_in_another_year_does_not_support_becoming_so_in_a_year_the_page_gives_another_change():
    assert _became("1975", f"{LEAD} In 1975 it became independent of the finance ministry.") == Verdict.UNVERIFIED
