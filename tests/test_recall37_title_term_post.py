"""A person infobox that gives a post as `title` and its span as `term` ('title: President and CEO, Boeing',
'term: January 2020 – August 2024'), with no `office` row, holds that post as an office group, like a monarch's
`succession` and `reign`: so 'Lena Vos took over as chief executive of Korvik Bank, succeeding Kai Moen' is refuted
by the page of Ivo Stam, whose post that was and whose `successor` row names her, and 'succeeding Ivo Stam' stays
supported. A `term` that opens with no date is no term, and the title no post. Invented pages (the lost
contradiction was boeing-2024-08-12's predecessor variant)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, clause_claim, verdict
from verify.models import Verdict

AS_OF = dt.date(2024, 8, 12)
SENTENCE = "Lena Vos took over as chief executive of Korvik Bank on Thursday, succeeding {}."


def stam(term: str) -> object:
    return boxed(
        "Ivo Stam",
        "Ivo Stam (born 1957) is a Norbian businessman who led Korvik Bank.",
        [
            ("title", "Chief executive of Korvik Bank"),
            ("term", term),
            ("predecessor", "Tomas Berg"),
            ("successor", "Lena Vos"),
        ],
    )


@pytest.mark.parametrize(
    ("other", "term", "expected"),
    [
        pytest.param("Kai Moen", "January 2020 – August 2024", Verdict.CONTRADICTED, id="title-and-term-a-post"),
        pytest.param("Ivo Stam", "January 2020 – August 2024", Verdict.SUPPORTED, id="the-right-predecessor"),
        pytest.param("Kai Moen", "since the merger", Verdict.UNVERIFIED, id="a-term-with-no-date"),
    ],
)
def test_a_title_and_its_term_are_a_post_a_succession_is_in(other: str, term: str, expected: Verdict) -> None:
    sentence = SENTENCE.format(other)
    text = f"succeeding {other}"
    claim = clause_claim(text, "Lena Vos", "succeeded", sentence, object=other, value=other)
    assert verdict(claim, [stam(term)], AS_OF).verdict == expected
