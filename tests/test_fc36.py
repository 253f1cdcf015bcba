"""fc36 (session 36): false "contradicted" rows of review35 mended, each with the false twin that must stay refuted
(the true rows are review35's, unmarked). Invented articles judged against invented pages (`tests/support/judging.py`)
with the fields extraction gives their words."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed
from tests.test_review26 import SAVED, _judged
from tests.test_review27 import ESTONIAN  # Ana Ruiz's Estonian premiership since 2023
from tests.test_review32 import PEOPLE  # Ivo Stam prime minister of Norby 2015-2023, Ana Ruiz since 2023
from tests.test_review35 import BONGBONG, _ruiz_holding  # her page: a lead, an office held since 30 May 2019
from verify.models import Verdict

# The same person's page the other way round: titled by the name the lead opens with, the nickname given after
# 'commonly known as'.
FERDINAND = boxed(
    "Ferdinand Marcos Jr.",
    "Ferdinand Romualdez Marcos Jr. (born 13 September 1957), commonly known as Bongbong Marcos, is a Filipino "
    "politician serving as the 17th President of the Philippines since 2022.",
    [("office", "President of the Philippines"), ("term_start", "30 June 2022")],
    SAVED,
)


# review35 R21: a page's lead names ('Ferdinand Romualdez Marcos Jr. ..., commonly known as Bongbong Marcos') are its
# person's, whichever of them titles the page; someone else named as the holder is still refuted by the page.
@pytest.mark.parametrize(
    ("body", "doc", "outcome"),
    [
        pytest.param("Philippine President Bongbong Marcos spoke.", FERDINAND, Verdict.SUPPORTED, id="known-as"),
        pytest.param("Philippine President Ana Ruiz spoke.", BONGBONG, Verdict.CONTRADICTED, id="false-twin"),
        pytest.param("Philippine President Imelda Marcos spoke.", BONGBONG, Verdict.CONTRADICTED, id="same-surname"),
    ],
)
def test_r21_a_pages_lead_names_are_its_persons(body: str, doc, outcome: Verdict) -> None:
    found = _judged(body, [doc], ("role",), dt.date(2025, 6, 1))
    assert set(found.values()) == {outcome}, found


# review35 R18: several countries' words before a plural title are the title's, one for each name in turn, whichever
# name the recogniser labels (the walk back from 'Jon Dahl' stopped at 'and' and gave both names the last country's
# post); a later name takes the country of its turn when there are as many as names.
@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        pytest.param("Latvian and Estonian prime ministers Jon Dahl and Ana Ruiz met.", Verdict.SUPPORTED, id="hers"),
        pytest.param(
            "Estonian and Latvian prime ministers Jon Dahl and Ana Ruiz met.", Verdict.CONTRADICTED, id="false-twin"
        ),
        pytest.param(
            "Latvian, Finnish and Estonian prime ministers Jon Dahl, Eva Holm and Ana Ruiz met.",
            Verdict.SUPPORTED,
            id="three",
        ),
    ],
)
def test_r18_a_later_name_takes_the_place_of_its_turn(body: str, outcome: Verdict) -> None:
    found = {k: v for k, v in _judged(body, [ESTONIAN], ("role",)).items() if k.endswith("Ana Ruiz")}
    assert set(found.values()) == {outcome}, found


# review35 R12: in 'Ana Ruiz, whose father Ivo Stam was prime minister from 2015 to 2023', the words before Stam's
# name say who he is, not his post: the spell is checked as a premiership, and a wrong year or post is still refuted.
@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        pytest.param("Ana Ruiz, whose father Ivo Stam was prime minister from 2015 to 2023, spoke.", Verdict.SUPPORTED,
                     id="true"),
        pytest.param("Ana Ruiz, whose father Ivo Stam was prime minister from 2012 to 2023, spoke.",
                     Verdict.CONTRADICTED, id="another-year"),
        pytest.param("Ana Ruiz, whose father Ivo Stam was finance minister from 2015 to 2023, spoke.",
                     Verdict.CONTRADICTED, id="another-post"),
    ],
)  # fmt: skip
def test_r12_words_before_the_name_are_no_words_of_the_post(body: str, outcome: Verdict) -> None:
    found = {k: v for k, v in _judged(body, PEOPLE, ("clause",)).items() if "Ivo Stam" in k}
    assert set(found.values()) == {outcome}, found


# fixb35's note: a post written 'of' a place the lexicon does not know ('Minister of Foreign Affairs of Norby') cannot
# be told from India's, so it never supports 'Indian Foreign Minister'; the post of India supports it, France's refutes
# it, and the Norbian one is supported by its own post.
@pytest.mark.parametrize(
    ("body", "office", "outcome"),
    [
        pytest.param("Indian Foreign Minister Ana Ruiz spoke.", "Minister of Foreign Affairs of Norby",
                     Verdict.UNVERIFIED, id="of-norby"),
        pytest.param("Indian Finance Minister Ana Ruiz spoke.", "Minister of Finance of Norby", Verdict.UNVERIFIED,
                     id="finance-of-norby"),
        pytest.param("Indian Foreign Minister Ana Ruiz spoke.", "Minister of Foreign Affairs of India",
                     Verdict.SUPPORTED, id="of-india"),
        pytest.param("Indian Foreign Minister Ana Ruiz spoke.", "Minister of Foreign Affairs of France",
                     Verdict.CONTRADICTED, id="of-france"),
        pytest.param("Norbian Foreign Minister Ana Ruiz spoke.", "Minister of Foreign Affairs of Norby",
                     Verdict.SUPPORTED, id="norbian"),
        pytest.param("Indian Finance Minister Ana Ruiz spoke.", "Minister of Finance", Verdict.SUPPORTED,
                     id="portfolio-no-place"),
    ],
)  # fmt: skip
def test_a_post_of_an_unknown_place_is_not_the_known_countrys(body: str, office: str, outcome: Verdict) -> None:
    found = _judged(body, [_ruiz_holding("a politician", office)], ("role",))
    assert set(found.values()) == {outcome}, found


# The tuning set's largest family of false "contradicted" (boeing-2024-08-12, 15 labels): a post told with a spell that
# ends by the article's day ('Boeing's president and chief executive from January 2020 to 7 August,') was read as held
# on the day and refuted by the page telling it ended. A 'to' after a spell's start ends it as 'until' does; a spell
# still to end ('to 2026') or told with no end is a claim of the day, refuted as before.
STAM_CEO = boxed(
    "Ivo Stam",
    "Ivo Stam (born 3 March 1957) is a Norbian executive who was the president and chief executive of Korvik Bank from "
    "January 2020 to August 7, 2024. In March 2024, Korvik Bank announced that Stam would step down.",
    [("title", "President and CEO, Korvik Bank"), ("term", "January 2020 – August 2024"), ("successor", "Lena Vos")],
    dt.datetime(2024, 8, 8, tzinfo=dt.UTC),
)


@pytest.mark.parametrize(
    ("body", "refuted"),
    [
        pytest.param("Stam, Korvik Bank's chief executive from January 2020 to 7 August, led the bank.", False,
                     id="to-a-day"),
        pytest.param("Stam, Korvik Bank's chief executive from 2020 to 2024, led the bank.", False, id="to-the-year"),
        pytest.param("Stam, Korvik Bank's chief executive from 2020 to 2026, led the bank.", True, id="to-come"),
        pytest.param("Stam, Korvik Bank's chief executive from 2020, led the bank.", True, id="no-end"),
    ],
)  # fmt: skip
def test_a_spell_ended_by_the_articles_day_is_not_refuted_as_held_now(body: str, refuted: bool) -> None:
    found = _judged(body, [STAM_CEO], ("role",), dt.date(2024, 8, 12))
    assert found
    assert (Verdict.CONTRADICTED in found.values()) == refuted, found


# The same spell against a page's dated rows: the term that ended on the day it names supports it, and the start it
# gives is checked as 'from 2013 until last year' is (review29 B6): another year's start is no support.
STAM_ROWS = boxed(
    "Ivo Stam",
    "Ivo Stam (born 3 March 1957) is a Norbian executive.",
    [("office", "Chief Executive of Korvik Bank"), ("term_start", "15 January 2020"), ("term_end", "7 August 2024")],
    dt.datetime(2024, 8, 8, tzinfo=dt.UTC),
)


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        pytest.param("Stam, Korvik Bank's chief executive from January 2020 to 7 August, led the bank.",
                     Verdict.SUPPORTED, id="its-spell"),
        pytest.param("Stam, Korvik Bank's chief executive from January 2019 to 7 August, led the bank.",
                     Verdict.UNVERIFIED, id="another-start"),
        pytest.param("Stam, Korvik Bank's chief executive from January 2020 to 7 June, led the bank.",
                     Verdict.UNVERIFIED, id="another-end"),
    ],
)  # fmt: skip
def test_a_spell_ended_by_the_articles_day_is_checked_by_its_term(body: str, outcome: Verdict) -> None:
    found = _judged(body, [STAM_ROWS], ("role",), dt.date(2024, 8, 12))
    assert set(found.values()) == {outcome}, found
