"""A succession dated by the time a 'when' clause refers back to ('has led the company since January 2020, when he
replaced X'; 'was mayor from 2011 to 2016, and again from 3 May 2019, when he succeeded X'): the infobox term that
begins at that time is the handover the sentence tells, so its predecessor row settles the name. A page listing
one office, whose term begins in the month the sentence gives, is that office's handover; of two spells of one
office, the one begun at the time given is meant, and a predecessor of the other spell excuses nothing. A time
that fits no term leaves the claim open. Invented pages (the lost contradictions were the predecessor variants of
a company chief's and a twice-elected mayor's articles)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, clause_claim, verdict
from verify.models import Document, Verdict

CHIEF = boxed(
    "Ivo Stam",
    "Ivo Stam (born 3 May 1957) is a Norbian executive who was chief executive of Korvik Air from January 2020 "
    "to August 2024.",
    [
        ("title", "President and CEO, Korvik Air"),
        ("term", "January 2020 – August 2024"),
        ("predecessor", "Karl Moen"),
        ("successor", "Ana Ruiz"),
    ],
)
# two terms begun the same month: the month does not tell which handover the sentence means
TWO_POSTS = boxed(
    "Ivo Stam",
    "Ivo Stam (born 3 May 1957) is a Norbian executive.",
    [
        ("title", "President and CEO, Korvik Air"),
        ("term", "January 2020 – August 2024"),
        ("predecessor", "Karl Moen"),
        ("office2", "Chairman of the Korvik Air Board"),
        ("term_start2", "January 2020"),
        ("term_end2", "March 2021"),
        ("predecessor2", "Tove Dahl"),
    ],
)
MAYOR = boxed(
    "Lena Holt",
    "Lena Holt (born 13 June 1967) is a Norbian politician, mayor of Korvik twice.",
    [
        ("office", "Mayor of Korvik"),
        ("term_start", "3 May 2019"),
        ("term_end", "1 March 2024"),
        ("predecessor", "Per Lund"),
        ("successor", "Ola Brandt"),
        ("term_start2", "9 July 2011"),
        ("term_end2", "6 February 2016"),
        ("predecessor2", "Tove Dahl"),
        ("successor2", "Per Lund"),
    ],
)


def chief(since: str, other: str, page: Document = CHIEF) -> Verdict:
    sentence = f"Stam has led the company since {since}, when he replaced {other}, who had been fired."
    claim = clause_claim(f"he replaced {other}", "Ivo Stam", "replaced", sentence, object=other, value=other)
    return verdict(claim, [page], dt.date(2024, 8, 5)).verdict


@pytest.mark.parametrize(
    ("since", "other", "expected"),
    [
        ("January 2020", "Erik Brandt", Verdict.CONTRADICTED),
        ("January 2020", "Karl Moen", Verdict.SUPPORTED),
        # a month no term of the page begins in: the handover may be into a post the page leaves out
        ("March 2018", "Erik Brandt", Verdict.UNVERIFIED),
        # a year alone: another post begun that year may be the one meant
        ("2020", "Erik Brandt", Verdict.UNVERIFIED),
    ],
)
def test_a_handover_dated_to_the_month_a_lone_terms_begins_is_that_terms(since: str, other: str, expected) -> None:
    assert chief(since, other) == expected


def test_a_month_two_terms_begin_in_dates_neither() -> None:
    assert chief("January 2020", "Erik Brandt", TWO_POSTS) == Verdict.UNVERIFIED


def mayor(again: str, other: str) -> Verdict:
    sentence = (
        f"She was mayor of Korvik from 9 July 2011 to 6 February 2016, and again from {again}, when she succeeded "
        f"{other}."
    )
    claim = clause_claim(f"she succeeded {other}", "Lena Holt", "succeeded", sentence, object=other, value=other)
    return verdict(claim, [MAYOR], dt.date(2025, 3, 3)).verdict


@pytest.mark.parametrize(
    ("again", "other", "expected"),
    [
        # the first spell's predecessor is not the one of the spell the 'when' refers back to
        ("3 May 2019", "Tove Dahl", Verdict.CONTRADICTED),
        ("3 May 2019", "Per Lund", Verdict.SUPPORTED),
    ],
)
def test_the_spell_a_when_clause_dates_is_the_handover_meant(again: str, other: str, expected: Verdict) -> None:
    assert mayor(again, other) == expected



# a holder's page saved the day her term ended: her predecessor is no holder of the next day, the office having
# gone on to the successor her row names
DEAN = boxed(
    "Lena Holt",
    "Lena Holt (born 4 August 1970) is a Norbian scholar who was president of Korvik University.",
    [
        ("office", "30th President of Korvik University"),
        ("term_start", "July 1, 2023"),
        ("term_end", "January 2, 2024"),
        ("predecessor", "Karl Moen"),
        ("successor", "Ana Ruiz (interim)"),
    ],
)


def president_now(who: str, page: Document, as_of: dt.date) -> Verdict:
    sentence = f"Korvik University's president is now {who}."
    claim = clause_claim(f"president is now {who}", who, "holds office", sentence, kind="role",
                         relation="holds office", value="president of Korvik University")  # fmt: skip
    return verdict(claim, [page], as_of).verdict


@pytest.mark.parametrize(
    ("who", "as_of", "expected"),
    [
        ("Karl Moen", dt.date(2024, 1, 3), Verdict.CONTRADICTED),
        # the successor the row names: the row says nothing against her
        ("Ana Ruiz", dt.date(2024, 1, 3), Verdict.UNVERIFIED),
        # long after the term's end the office may have come back to him
        ("Karl Moen", dt.date(2026, 1, 3), Verdict.UNVERIFIED),
    ],
)
def test_the_predecessor_of_a_term_just_ended_holds_it_no_more(who: str, as_of: dt.date, expected: Verdict) -> None:
    assert president_now(who, DEAN, as_of) == expected


def test_a_successor_row_naming_the_predecessor_again_leaves_it_open() -> None:
    back = boxed("Lena Holt", DEAN.text, [(f.label, f.value) for f in DEAN.infobox if f.label != "successor"]
                 + [("successor", "Karl Moen")])  # fmt: skip
    assert president_now("Karl Moen", back, dt.date(2024, 1, 3)) == Verdict.UNVERIFIED
