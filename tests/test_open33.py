"""open33 (session 33): true news shapes review32 found called false ("contradicted"), each with its one-fact-false twin
that must stay refuted. Rows read as review32's (tests/test_review32.py): an invented article's body, extracted and
judged against invented pages (`tests/support/judging.py`). A row review32 has already (its R2, R5, R6, R12 rows and
twins, R11's twin) is not written again here; R4's and R11's rows are here alone, asserting the verdict itself."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_review26 import _judged
from tests.test_review32 import PEOPLE, QUAKE_WEEK, _floods
from verify.models import Verdict


# review32 R2: the clause judge's age veto reads only an age the parse ties to the clause's subject; the age of someone
# the clause acts on, or names beside the subject, says nothing of the subject's (review32's R2 rows). The subject's own
# wrong age still refutes: before its name (review32's R2 twin), before its title, the second of two ages listed.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("The 59-year-old prime minister Ana Ruiz succeeded Ivo Stam in 2023.", id="before-the-title"),
        pytest.param("Ana Ruiz and Ivo Stam, aged 49 and 59, met.", id="the-second-of-two-ages"),
    ],
)
def test_the_subjects_own_wrong_age_still_refutes_the_clause(body: str) -> None:
    found = _judged(body, PEOPLE, ("clause",))
    assert Verdict.CONTRADICTED in found.values(), found


# review32 R4: 'for the past year' after an apposed title is how long it has been held, not a body the post is of; the
# holding it tells runs up to the article's day.
def test_a_title_held_for_the_past_year_is_the_post_held_today() -> None:
    found = _judged("Ana Ruiz, prime minister for the past year, spoke.", PEOPLE, ("role",), dt.date(2024, 3, 1))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


def test_a_post_left_a_year_ago_is_not_held_for_the_past_year() -> None:
    found = _judged("Ana Ruiz, finance minister for the past year, spoke.", PEOPLE, ("role",), dt.date(2024, 3, 1))
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


# review32 R11: a title with a past deed after it ('ousted in 2023', 'who resigned in 2023') is held at that deed's
# time; the bare title of a past holder is still refuted as held today (review32's R11 twin).
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ivo Stam, the prime minister ousted in 2023, spoke.", id="ousted-in"),
        pytest.param("Ivo Stam, the prime minister who resigned in 2023, spoke.", id="who-resigned"),
        pytest.param("Lena Vos, the prime minister who signed the 2010 treaty, spoke.", id="who-signed"),
    ],
)
def test_a_title_defined_by_a_past_deed_is_held_at_the_deeds_time(body: str) -> None:
    found = _judged(body, PEOPLE, ("role",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# review33 B1: the deed's year must fall in a term of the post; a deed with no year ('praised by Ana Ruiz') or of the
# article's days ('on Monday') places the holding nowhere in the past, so the title is judged as held today.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ivo Stam, the prime minister ousted in 2010, spoke.", id="before-the-term"),
        pytest.param("Lena Vos, the prime minister ousted in 2023, spoke.", id="after-the-term"),
        pytest.param("Ana Ruiz, the finance minister who resigned in 2019, spoke.", id="another-post-s-year"),
        pytest.param("Ivo Stam, the prime minister who visited Korvik on Monday, spoke.", id="of-the-articles-days"),
        pytest.param("Ivo Stam, the prime minister praised by Ana Ruiz, spoke.", id="of-no-time"),
    ],
)
def test_a_deed_outside_the_term_or_of_no_year_leaves_the_title_held_today(body: str) -> None:
    found = _judged(body, PEOPLE, ("role",))
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


def test_the_verb_after_a_title_before_the_name_is_no_deed_of_the_title() -> None:
    found = _judged("Prime Minister Ivo Stam spoke in Korvik.", PEOPLE, ("role",))
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


# review32 R6: a page's count of the same noun taken by another verb ('killed 52 people') is a count of another deed and
# refutes no claimed count of the displaced, the homeless, the injured (review32's R6 rows); a count of the same deed
# still does: a wrong death toll (review32's R6 twin), a wrong count of the displaced.
def test_a_count_of_the_same_deed_still_refutes() -> None:
    doc = _floods("The 2023 Norby floods killed 52 people and displaced 40,000 people.")
    found = _judged("The Norby floods displaced 50,000 people.", [doc], ("quantity",), QUAKE_WEEK)
    assert set(found.values()) == {Verdict.CONTRADICTED}, found
