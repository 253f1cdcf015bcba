"""A date claim's month supports it only where the page gives that month to the claim's own post: 'has served as
deputy governor since March 2019' is not supported by a sentence that gives March 2019 to another post, another
person or another event, even a sentence with the claim's verb or post in it. Each was a false "supported" (found
in session 19 by invented pages). Invented people and pages."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import clause_claim, page, verdict
from verify.models import Verdict

AS_OF = dt.date(2024, 4, 1)
LEAD = "Tove Brandt (born 3 May 1966) is a Vestrian economist. "


def date_claim(text: str, relation: str) -> object:
    """The date claim the reader gives for 'Tove Brandt {text}.'"""
    sentence = f"Tove Brandt {text}."
    claim = clause_claim(text, "Tove Brandt", relation, sentence, kind="date", value="2019-03", time="March 2019")
    return claim.model_copy(update={"span": (12, 12 + len(text))})


SERVED = date_claim("has served as deputy governor of the Vestrian Bank since March 2019", "has served")
BEEN = date_claim("been deputy governor since March 2019", "been")
SERVED_AS = date_claim("has served as deputy governor since March 2019", "has served")
APPOINTED = date_claim("was appointed deputy governor in March 2019", "was appointed")


def judged(claim, text: str) -> Verdict:
    return verdict(claim, [page("Tove Brandt", LEAD + text)], AS_OF).verdict


@pytest.mark.parametrize(
    "text",
    [
        "She has served as deputy governor of the Vestrian Bank from June 2019; she served as chief economist from "
        "March 2019.",
        "She has served as deputy governor of the Vestrian Bank since June 2019. Her husband has served in the army "
        "of the Vestrian Bank since March 2019.",
        "She has served as deputy governor of the Vestrian Bank from June 2019, and as governor of the Lund Bank "
        "from March 2019.",
    ],
    ids=["post-from-another-month", "verb-without-the-post", "the-post-word-of-another-post"],
)
def test_a_sentence_with_the_verb_dates_only_the_post_it_words(text: str) -> None:
    assert judged(SERVED, text) != Verdict.SUPPORTED


def test_a_sentence_with_the_verb_and_no_post_does_not_date_a_lower_case_post() -> None:
    text = "She has served as deputy governor since June 2019. Her husband served in the army since March 2019."
    assert judged(SERVED_AS, text) != Verdict.SUPPORTED


def test_the_post_from_the_claimed_month_supports_it() -> None:
    text = "She has served as deputy governor of the Vestrian Bank from March 2019."
    assert judged(SERVED, text) == Verdict.SUPPORTED


@pytest.mark.parametrize(
    "text",
    [
        "She became deputy governor in June 2019, succeeding Tom Berg, who had served since March 2019.",
        "She has been deputy governor under Tom Berg, who was governor from March 2019.",
    ],
    ids=["predecessor-since", "superior-from"],
)
def test_a_since_after_the_post_in_another_clause_is_another_persons(text: str) -> None:
    assert judged(BEEN, text) != Verdict.SUPPORTED


def test_a_since_right_after_the_post_supports_it() -> None:
    assert judged(BEEN, "She has been deputy governor under Tom Berg since March 2019.") == Verdict.SUPPORTED


def test_a_date_in_a_clause_after_the_post_dates_that_clauses_event() -> None:
    text = "She was appointed deputy governor after Tom Berg retired in March 2019; she took up the post in June 2019."
    assert judged(APPOINTED, text) != Verdict.SUPPORTED


def test_a_date_fronted_before_the_post_still_dates_it() -> None:
    assert judged(APPOINTED, "In March 2019, she was appointed deputy governor.") == Verdict.SUPPORTED


def test_a_post_the_page_writes_by_its_initials_is_dated_there() -> None:
    promoted = date_claim("was promoted to chief operating officer in March 2019", "was promoted")
    assert judged(promoted, "In March 2019, she was promoted to COO.") == Verdict.SUPPORTED
