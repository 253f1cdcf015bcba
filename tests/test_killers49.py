"""Rows written for mutations whose remembered test had stopped failing (session 49's killers pass): each is the
example its rule exists for, through the article's whole judging, on invented pages."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import clause_claim, page, verdict
from tests.test_review26 import SAVED
from tests.test_review38 import _judged_whole
from verify.models import Document, Verdict

DAY = dt.date(2024, 6, 1)


def _moe(told: str) -> Document:
    """Nina Moe's invented page: a Norbian chemist, with `told` after her lead."""
    return page("Nina Moe", f"Nina Moe (born 1970) is a Norbian chemist. {told}", SAVED)


@pytest.mark.parametrize(
    ("told", "supported"),
    [
        # the description's words in its order, but 'Ivo Stam' far after 'niece': another description's name
        ("She is a niece of Ada Lorn, the former prime minister, and a cousin of Ivo Stam.", False),
        ("She is a niece of Ivo Stam, the former prime minister.", True),  # the twin: written together
    ],
)
def test_a_description_is_supported_only_with_its_words_a_few_words_apart(told: str, supported: bool) -> None:
    """Mutation description-gap-unbounded. 'a niece of Ivo Stam' is no description of a page that calls her a
    niece of someone else and names Ivo Stam a clause later."""
    verdicts = _judged_whole("Nina Moe is a niece of Ivo Stam.", [_moe(told)], "clause", "niece", DAY)
    assert (Verdict.SUPPORTED in verdicts) is supported, verdicts


def _won_in(year: str) -> Verdict:
    """A date claim whose words are its year alone (as the reader gives 'and again in 1995'), of a win."""
    said = clause_claim(year, "Nina Moe", "won", f"Nina Moe won the Korvik Prize in {year}.", kind="date",
                        value=year, time=year)  # fmt: skip
    told = "She was shortlisted for the Varna Prize in 1990 and won the Korvik Prize in 1996."
    doc = page("Nina Moe", f"Nina Moe (12 June 1941 – 3 May 2024) was a Norbian novelist. {told}")
    return verdict(said, [doc], DAY).verdict


@pytest.mark.parametrize(("year", "expected"), [("1995", Verdict.CONTRADICTED), ("1996", Verdict.SUPPORTED)])
def test_the_date_of_the_verbs_own_clause_dates_the_event_another_clauses_date_does_not(year: str, expected: Verdict):
    """Mutation a-date-of-another-verbs-clause-dates-the-event. A claim whose words do not word its verb is dated by
    the clauses the page words the verb in: 'won the Korvik Prize in 1996' dates the win, and refutes 1995; the
    shortlisting's 1990 is another verb's and makes the win's date no less plain."""
    assert _won_in(year) == expected
