"""Session 46's fixa46 rows: false "supported" verdicts of a thing named after a prize (review45 R9), of a unit's head
for its body's head (R10), and the false "contradicted" of B1 (the son without 'Jr.') and R6 ('Outgoing President'),
as a desk would meet them: an invented article judged whole against invented pages (`tests/support/judging.py`)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, page
from tests.test_review45 import MOEN_JUNIOR, MOEN_SENIOR, SAVED, STAM_LEAVING, TRANSITION_DAY, _results, _verdicts
from verify.models import Document, Verdict

_WON = "Nina Moe won the Korvik Prize in 2020."


def _novelist(told: str) -> list[Verdict]:
    """The clause verdicts on 'Nina Moe won the Korvik Prize in 2020.' against a page telling `told` of her in 2020."""
    doc = page("Nina Moe", f"Nina Moe (born 1950) is a Norbian novelist. In 2020 she {told}.", SAVED)
    return _verdicts(_WON, [doc], kind="clause")


# R9 with the claim's own verb on the page: 'won the Korvik Prize's gold medal', 'a Korvik Prize fellowship', 'the
# Korvik Prize shortlist' name things after the prize; none is a win of it.
@pytest.mark.parametrize(
    "told",
    [
        pytest.param("won the Korvik Prize's gold medal", id="its-medal"),
        pytest.param("won a Korvik Prize fellowship", id="a-fellowship"),
        pytest.param("won the Korvik Prize shortlist", id="its-shortlist"),
        pytest.param("won the Korvik Prize for Young Writers", id="a-prize-for-a-class-of-entrants"),
    ],
)
def test_a_thing_won_that_is_named_after_the_prize_is_no_win_of_it(told: str) -> None:
    found = _novelist(told)
    assert found and Verdict.SUPPORTED not in found, found


# Its twins: the prize itself, its category ('in Physics'), a winner named by the prize, and a sentence naming the prize
# both alone and in a thing named after it, still state the win.
@pytest.mark.parametrize(
    "told",
    [
        pytest.param("won the Korvik Prize for her novel", id="for-her-novel"),
        pytest.param("was awarded the Korvik Prize in Physics", id="a-category"),
        pytest.param("won, becoming the first Korvik Prize winner from Tarsa", id="a-winner"),
        pytest.param("won the Korvik Prize and the Korvik Prize's readers' medal", id="both"),
    ],
)
def test_the_prize_itself_still_states_the_win(told: str) -> None:
    assert _novelist(told) == [Verdict.SUPPORTED]


def _lawyer_roles(body: str, told: str) -> list[Verdict]:
    """The role verdicts on `body` (an article of 1 June 2024) against Karl Moen's page telling `told`."""
    doc = page("Karl Moen", f"Karl Moen (born 1960) is a Norbian lawyer. {told}", SAVED)
    return [r.verdict for c, r in _results(body, [doc], dt.date(2024, 6, 1)) if c.kind == "role"]


# R10 in an apposed title: the head of a part of the body named after its possessive holds no post of the body.
@pytest.mark.parametrize(
    ("body", "told"),
    [
        pytest.param(
            "Karl Moen, the director of the Korvik Museum, spoke on Monday.",
            "He has been director of the Korvik Museum's research centre since 2021.",
            id="a-museums-centre",
        ),
        pytest.param(
            "Karl Moen, the chairman of Korvik Bank, spoke on Monday.",
            "He has been chairman of Korvik Bank's risk committee since 2021.",
            id="a-banks-committee",
        ),
    ],
)
def test_the_head_of_a_bodys_part_is_not_its_head(body: str, told: str) -> None:
    found = _lawyer_roles(body, told)
    assert found and Verdict.SUPPORTED not in found, found


# Its twin: the body's own board ('chairman of Korvik Bank's board') is the body's chair.
@pytest.mark.parametrize(
    "told",
    [
        pytest.param("He has been chairman of Korvik Bank's board since 2021.", id="its-board"),
        pytest.param("He has been chairman of Korvik Bank's board of directors since 2021.", id="its-directors"),
    ],
)
def test_the_chair_of_a_bodys_own_board_chairs_the_body(told: str) -> None:
    assert _lawyer_roles("Karl Moen, the chairman of Korvik Bank, spoke on Monday.", told) == [Verdict.SUPPORTED]


# B1: the plain name beside a father's page and his son's 'Jr.' page. An article that names the son with his suffix and
# the father never apart leaves both pages to the plain name; one that names the father as the son's relative, or a
# title both held, keeps the plain name the father's.
FATHER_CEO = boxed(
    "Karl Moen",
    "Karl Moen (born 1950) is a Norbian shipbuilder, chief executive of Moen Yards from 1978 to 2015. He was born in "
    "Tarsa.",
    [("birth_date", "3 March 1950"), ("birth_place", "Tarsa, Norby")],
    SAVED,
)


@pytest.mark.parametrize(
    ("body", "docs"),
    [
        pytest.param(
            "Karl Moen Jr. succeeded his father, Karl Moen, in 2015. Karl Moen, 74, was born in Tarsa.",
            [MOEN_SENIOR, MOEN_JUNIOR],
            id="the-father-named-apart",
        ),
        pytest.param(
            "Moen Yards chief executive Karl Moen, 74, was born in Tarsa.",
            [FATHER_CEO, MOEN_JUNIOR],
            id="a-title-both-held",
        ),
    ],
)
def test_the_plain_name_stays_the_fathers(body: str, docs: list[Document]) -> None:
    found = [r.verdict for c, r in _results(body, docs, dt.date(2024, 6, 1)) if "born in" in c.text]
    assert found == [Verdict.SUPPORTED], found


# R6: a word of the holding's time before a capitalised title ('Outgoing', 'Retiring') is no body of the post, nor
# another post: the holder is judged on the post itself, wherever the title stands in the sentence.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Eva Lund met Outgoing President Ivo Stam on Monday.", id="after-the-verb"),
        pytest.param("Retiring Norby President Ivo Stam met Eva Lund.", id="retiring-before-the-state"),
    ],
)
def test_a_time_word_before_the_title_is_no_body_of_it(body: str) -> None:
    found = [r.verdict for c, r in _results(body, [STAM_LEAVING], TRANSITION_DAY) if c.kind == "role"]
    assert found == [Verdict.SUPPORTED], found
