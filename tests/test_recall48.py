"""A step into office told without its post (the forty-eighth session's recall48 brief). Invented people and pages.

- 'She took office on March 4, 2021, succeeding Ivo Stam' of a person whose term has ended by the article's day: the
  page's office whose predecessor row names Ivo Stam dates it; another day of that term refutes it (the same post).
- 'She took office on March 4, 2021' with no post and no holder before: the one office of the page whose term starts
  that day (to the claim's precision) supports it; a day fitting no office, or fitting two offices, leaves it
  unverified (the page's list of offices may be partial), and so does a post the sentence names before the step that
  the office begun that day is not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, verdict_on_words
from verify.models import Verdict

SUMMER_2024 = dt.date(2024, 6, 10)
_DIRECTOR = [
    ("order", "7th"),
    ("office", "Director of the Norby Statistics Office"),
    ("term_start", "March 4, 2021"),
    ("term_end", "May 2, 2024"),
    ("predecessor", "Ivo Stam"),
    ("successor", "Per Olsen"),
]
_COUNCIL = [
    ("office2", "Chair of the Norby Data Council"),
    ("term_start2", "June 1, 2019"),
    ("term_end2", "March 3, 2021"),
    ("predecessor2", "Tom Berg"),
]
_LEAD = "Ana Ruiz (born 1970) is a Norby economist who led the Norby Statistics Office from 2021 to 2024."
ONE_OFFICE = boxed("Ana Ruiz", _LEAD, _DIRECTOR)
TWO_OFFICES = boxed("Ana Ruiz", _LEAD, _DIRECTOR + _COUNCIL)
# two offices begun on the same day: the day says not which was taken
SAME_DAY = boxed(
    "Ana Ruiz",
    _LEAD,
    [*_DIRECTOR, ("office2", "Chair of the Data Council"), ("term_start2", "March 4, 2021"), ("term_end2", "2024")],
)
# the holder before in both offices: his name says not which post the day is of
_STAM = [(k, "Ivo Stam" if k.startswith("pre") else v) for k, v in _COUNCIL]
STAM_TWICE = boxed("Ana Ruiz", _LEAD, [*_DIRECTOR, *_STAM])
# an office the page dates by its year alone, and one begun after the article's day (a later revision's)
BY_YEAR = boxed("Ana Ruiz", _LEAD, [("office", "Director"), ("term_start", "2021"), ("term_end", "2023")])
# beside it an office begun on a day: the year's row cannot say it began that day too
DAY_TOO = boxed(
    "Ana Ruiz",
    _LEAD,
    [
        ("office", "Director"),
        ("term_start", "2021"),
        ("term_end", "2023"),
        ("office2", "Chair"),
        ("term_start2", "January 1, 2021"),
        ("term_end2", "2022"),
    ],
)
LATER = boxed("Ana Ruiz", _LEAD, [*_DIRECTOR, ("office2", "Chair of the Council"), ("term_start2", "July 1, 2024")])
_OPENING = "Ana Ruiz, a Norby economist, was dismissed on Friday."


def _date(sentence: str, page=ONE_OFFICE, words: str = "took office") -> Verdict:
    return verdict_on_words(f"{_OPENING} {sentence}", [page], SUMMER_2024, "date", words)


@pytest.mark.parametrize(
    ("sentence", "page", "expected"),
    [
        # the holder before names the office: its start dates the step, another day of it refutes
        ("She took office on March 4, 2021, succeeding Ivo Stam.", ONE_OFFICE, Verdict.SUPPORTED),
        ("She took office on March 11, 2021, succeeding Ivo Stam.", ONE_OFFICE, Verdict.CONTRADICTED),
        ("She took office in March 2021, succeeding Ivo Stam.", ONE_OFFICE, Verdict.SUPPORTED),
        # of two offices, the one Ivo Stam held before her: the council's start is another post's day, which the
        # participle may not be of (another step told beside the day's): it refutes nothing (tests/test_fcc38.py)
        ("She took office on June 1, 2019, succeeding Ivo Stam.", TWO_OFFICES, Verdict.UNVERIFIED),
        ("She took office on March 4, 2021, succeeding Ivo Stam.", TWO_OFFICES, Verdict.SUPPORTED),
        # no post and no holder before: the one office begun that day
        ("She took office on March 4, 2021.", ONE_OFFICE, Verdict.SUPPORTED),
        ("She took office in March 2021.", ONE_OFFICE, Verdict.SUPPORTED),
        ("She took office on June 1, 2019.", TWO_OFFICES, Verdict.SUPPORTED),
        # a day fitting no office refutes nothing: the page may not list every office she took
        ("She took office on March 11, 2021.", ONE_OFFICE, Verdict.UNVERIFIED),
        ("She took office on March 11, 2021.", TWO_OFFICES, Verdict.UNVERIFIED),
        # two offices begun that day: which one, the words do not say
        ("She took office on March 4, 2021.", SAME_DAY, Verdict.UNVERIFIED),
        # a holder before whom no office's row names: the office begun that day had another before it
        ("She took office on March 4, 2021, succeeding Tom Berg.", ONE_OFFICE, Verdict.UNVERIFIED),
        # the holder before in two posts: the one begun that day supports, another day refutes neither
        ("She took office on June 1, 2019, succeeding Ivo Stam.", STAM_TWICE, Verdict.SUPPORTED),
        ("She took office on July 1, 2019, succeeding Ivo Stam.", STAM_TWICE, Verdict.UNVERIFIED),
        # a page less precise than the claim, or an office begun after the article's day, dates nothing
        ("She took office on January 1, 2021.", BY_YEAR, Verdict.UNVERIFIED),
        ("She took office on January 1, 2021.", DAY_TOO, Verdict.SUPPORTED),
        ("She took office on July 1, 2024.", LATER, Verdict.UNVERIFIED),
    ],
)
def test_a_step_into_office_told_without_its_post(sentence: str, page, expected: Verdict) -> None:
    assert _date(sentence, page) == expected


def test_a_post_the_sentence_names_before_the_step_is_the_one_it_dates() -> None:
    # 'the deputy director' is not the office begun that day: nothing to date it by
    told = "Ana Ruiz, then the bank's deputy governor, took office on March 4, 2021."
    assert verdict_on_words(told, [ONE_OFFICE], SUMMER_2024, "date", "took office") == Verdict.UNVERIFIED
    # its twin: the sentence names the office begun that day
    told = "Ana Ruiz, director of the Norby Statistics Office, took office on March 4, 2021."
    assert verdict_on_words(told, [ONE_OFFICE], SUMMER_2024, "date", "took office") == Verdict.SUPPORTED


def test_a_post_named_in_the_claim_is_not_read_off_the_holder_before() -> None:
    # 'as deputy director ..., succeeding Ivo Stam': he may have held another post before her than the directorship
    told = f"{_OPENING} She took office as deputy director on June 1, 2019, succeeding Ivo Stam."
    assert verdict_on_words(told, [ONE_OFFICE], SUMMER_2024, "date", "June 1, 2019") == Verdict.UNVERIFIED


# the same director's page with a second numbered office: an unnamed post's number says not which it is of
NUMBERED_TWICE = boxed("Ana Ruiz", _LEAD, [*_DIRECTOR, *_COUNCIL, ("order2", "3rd")])


@pytest.mark.parametrize(
    ("body", "page", "expected"),
    [
        # no post named: the one office the page numbers supports its number, and another number refutes nothing
        (f"{_OPENING} She was the 7th person to hold the post.", ONE_OFFICE, Verdict.SUPPORTED),
        (f"{_OPENING} She was the 8th person to hold the post.", ONE_OFFICE, Verdict.UNVERIFIED),
        (f"{_OPENING} She was the 7th person to hold the post.", NUMBERED_TWICE, Verdict.UNVERIFIED),
        # the post named before: its order row supports the same number; another number refutes nothing, since an
        # order row numbers terms, not people (review48 B7)
        (
            "Ana Ruiz, director of the Norby Statistics Office, was the 7th person to hold the office.",
            ONE_OFFICE,
            Verdict.SUPPORTED,
        ),
        (
            "Ana Ruiz, director of the Norby Statistics Office, was the 8th person to hold the office.",
            ONE_OFFICE,
            Verdict.UNVERIFIED,
        ),
        # another post named: the directorship's number is not its number, the same or another
        ("Ana Ruiz, chair of the Data Council, was the 8th person to hold the post.", ONE_OFFICE, Verdict.UNVERIFIED),
        ("Ana Ruiz, chair of the Data Council, was the 7th person to hold the post.", ONE_OFFICE, Verdict.UNVERIFIED),
    ],
)
def test_the_nth_person_to_hold_the_post(body: str, page, expected: Verdict) -> None:
    words = "7th person" if "7th" in body else "8th person"
    assert verdict_on_words(body, [page], SUMMER_2024, "clause", words) == expected
