"""open33 (session 33): true news shapes review32 found called false ("contradicted"), each with its one-fact-false twin
that must stay refuted. Rows read as review32's (tests/test_review32.py): an invented article's body, extracted and
judged against invented pages (`tests/support/judging.py`)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_review26 import _judged, _never
from tests.test_review32 import HOLM_BORN, PEOPLE, QUAKE, QUAKE_WEEK, _floods
from verify.models import Document, Verdict


# review32 R2: the clause judge's age veto reads only an age the parse ties to the clause's subject; the age of someone
# the clause acts on, or names beside the subject, says nothing of the subject's.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz met a 12-year-old pupil in Korvik.", id="a-pupil"),
        pytest.param("Ana Ruiz comforted a 12-year-old girl in Korvik.", id="a-girl"),
        pytest.param("Ana Ruiz met her 73-year-old predecessor, Ivo Stam, in Korvik.", id="her-predecessor"),
        pytest.param("Ana Ruiz praised the 73-year-old Stam.", id="the-aged-name"),
        pytest.param("Ana Ruiz and Ivo Stam, aged 49 and 73, met.", id="two-ages-of-two-subjects"),
    ],
)
def test_the_age_of_another_in_the_clause_does_not_refute_it(body: str) -> None:
    _never(Verdict.CONTRADICTED, body, PEOPLE, ("clause",))


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("The 59-year-old Ana Ruiz succeeded Ivo Stam in 2023.", id="before-the-name"),
        pytest.param("The 59-year-old prime minister Ana Ruiz succeeded Ivo Stam in 2023.", id="before-the-title"),
        pytest.param("Ana Ruiz and Ivo Stam, aged 49 and 59, met.", id="the-second-of-two-ages"),
    ],
)
def test_the_subjects_own_wrong_age_still_refutes_the_clause(body: str) -> None:
    found = _judged(body, PEOPLE, ("clause",))
    assert Verdict.CONTRADICTED in found.values(), found


# review32 R12: an age standing alone as a clause's subject is not the person the clause's object pronoun stands for.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Eva Holm met the pupils' teacher. The 61-year-old thanked her.", id="thanked-her"),
        pytest.param("Eva Holm met Jon Dahl's coach. The 61-year-old thanked her.", id="his-coach"),
    ],
)
def test_an_age_whose_clause_acts_on_her_is_not_hers(body: str) -> None:
    found = _judged(body, [HOLM_BORN])
    assert Verdict.CONTRADICTED not in found.values(), found


def test_an_age_whose_clause_has_her_as_subject_is_hers() -> None:
    found = _judged("Eva Holm spoke to reporters. The 61-year-old said she was proud.", [HOLM_BORN])
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
# time; the bare title of a past holder is still refuted as held today.
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


def test_the_bare_title_of_a_past_holder_is_refuted_as_held_today() -> None:
    found = _judged("Ivo Stam, the prime minister, spoke.", PEOPLE, ("role",))
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


def test_the_verb_after_a_title_before_the_name_is_no_deed_of_the_title() -> None:
    found = _judged("Prime Minister Ivo Stam spoke in Korvik.", PEOPLE, ("role",))
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


# review32 R6: a page's count of the same noun taken by another verb ('killed 52 people') is a count of another deed and
# refutes no claimed count of the displaced, the homeless, the injured; a count of the same deed still does.
@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param(
            "The Norby floods displaced 40,000 people.",
            _floods("The 2023 Norby floods killed 52 people and displaced 40,000."),
            id="displaced",
        ),
        pytest.param(
            "The Norby floods left 40,000 people homeless.",
            _floods("The 2023 Norby floods killed 52 people and left about 40,000 homeless."),
            id="homeless",
        ),
        pytest.param("The Korvik earthquake injured more than 2,000 people.", QUAKE, id="injured"),
    ],
)
def test_a_count_of_another_deed_does_not_refute(body: str, doc: Document) -> None:
    _never(Verdict.CONTRADICTED, body, [doc], ("quantity",), QUAKE_WEEK)


@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param("The Korvik earthquake killed 412 people.", QUAKE, id="killed"),
        pytest.param(
            "The Norby floods displaced 50,000 people.",
            _floods("The 2023 Norby floods killed 52 people and displaced 40,000 people."),
            id="displaced",
        ),
    ],
)
def test_a_count_of_the_same_deed_still_refutes(body: str, doc: Document) -> None:
    found = _judged(body, [doc], ("quantity",), QUAKE_WEEK)
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


# review32 R5: the year ending a date ('on 6 March 2023 with a magnitude of 6.8') is no count of magnitude.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("The magnitude-6.8 earthquake struck Korvik on Monday.", id="magnitude-before"),
        pytest.param("The Korvik earthquake had a magnitude of 6.8.", id="magnitude-of"),
    ],
)
def test_a_year_ending_a_date_is_no_magnitude(body: str) -> None:
    _never(Verdict.CONTRADICTED, body, [QUAKE], ("quantity",), QUAKE_WEEK)
