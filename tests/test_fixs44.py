"""Rows of fixs44 (session 44): review43's open office readings mended (R3, R7, R8, ...), each read the way the desk
meets it, an invented article judged whole against invented pages (`tests/support/judging.py`). The review's own rows
are in tests/test_review43.py; these are the neighbours each mend must keep right."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import page
from tests.test_review26 import SAVED
from tests.test_review38 import _judged_whole
from tests.test_review43 import BOTH_POSTS, FOREIGN, _president_of, _results
from verify.models import Verdict

DAY = dt.date(2024, 6, 1)


# R3: a body named short is the post of its full name; a body of another name stays another post.
def test_a_body_of_another_name_still_refutes_the_short_name() -> None:
    body = "Chess Federation president Lena Vos visited Korvik."
    found = _judged_whole(body, [_president_of("Catalan Football Federation")], "role", "Lena Vos", DAY)
    assert found == [Verdict.CONTRADICTED], found


# R8: "X, Norby's defence minister and a former finance minister": two posts, the second held before.
def test_a_former_post_apposed_after_a_current_one_is_its_own_claim() -> None:
    body = "Lena Vos, Norby's defence minister and a former finance minister, spoke on Tuesday."
    found = _results(body, [BOTH_POSTS])
    held = [(c.value, r.verdict) for c, r in found if c.kind == "role" and c.relation == "held office"]
    assert held == [("finance minister of Norby", Verdict.SUPPORTED)], held


# R7: a page sentence with two posts joined by 'and has been': the second post's years are its own.
TWO_SEATS = page(
    "Ivo Stam",
    "Ivo Stam (born 1950) is a Norbian politician. He was Mayor of Korvik from 2001 to 2019 and has been Governor of "
    "Tarsa since 2019.",
    SAVED,
)


def test_a_second_post_is_not_held_over_the_first_posts_years() -> None:
    found = _judged_whole("Tarsa Governor Ivo Stam opened the bridge.", [TWO_SEATS], "role", "Ivo Stam",
                          dt.date(2010, 5, 1))  # fmt: skip
    assert Verdict.SUPPORTED not in found, found


def test_the_first_post_of_a_two_post_sentence_is_held_over_its_own_years() -> None:
    found = _judged_whole("Korvik Mayor Ivo Stam opened the bridge.", [TWO_SEATS], "role", "Ivo Stam",
                          dt.date(2010, 5, 1))  # fmt: skip
    assert found == [Verdict.SUPPORTED], found


# R8, a body's posts: the first keeps the body, the second (its own article) is the parse's.
def test_a_bodys_post_and_a_former_one_apposed_are_two_posts() -> None:
    body = "Lena Vos, the bank's president and a former chief executive, spoke on Tuesday."
    found = {(c.value, c.relation) for c, _ in _results(body, [BOTH_POSTS]) if c.kind == "role"}
    assert ("president of the bank", "holds office") in found and not any("former" in v for v, _ in found), found


def test_a_post_and_a_former_one_of_a_named_body_each_keep_the_body() -> None:
    body = "Lena Vos, the president and a former chief executive of Korvik Bank, spoke on Tuesday."
    found = {(c.value, c.relation) for c, _ in _results(body, [BOTH_POSTS]) if c.kind == "role"}
    assert ("president of Korvik Bank", "holds office") in found, found


# R9: 'the post' / 'the job' of 'who has held the post since YEAR' is the title the sentence gives its subject.
def test_the_job_held_since_a_year_is_the_title_apposed() -> None:
    body = "Ivo Stam, the foreign minister, who has held the job since 2006, met envoys on Tuesday."
    found = [r.verdict for c, r in _results(body, [FOREIGN]) if c.text.startswith("held the job")]
    assert found == [Verdict.CONTRADICTED], found
