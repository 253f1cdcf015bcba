"""Truthful rewordings of a claim keep the support the claim had (issue 15, rew39). A length of holding office told
with a word for its figure and the words of holding office after it ("stepped down after a decade in power", "leaves
after a decade in office") is claimed over those words, as "after ten years in office" is: the claim stands for the
article's words, and a longer or shorter length stays refuted. And 'takes over from X' names the one succeeded even
where the parser cut the sentence inside X's name."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, judged_body
from verify.models import Document

DAY = dt.date(2023, 2, 16)  # two days after Ivo Stam's ten years as prime minister ended
STAM = boxed(
    "Ivo Stam",
    "Ivo Stam (born 2 May 1960) is a Norbian politician who served as Prime Minister of Norby from 2013 to 2023.",
    [
        ("office", "Prime Minister of Norby"),
        ("term_start", "14 February 2013"),
        ("term_end", "14 February 2023"),
        ("successor", "Ana Ruiz"),
    ],
    dt.datetime(2023, 3, 1, tzinfo=dt.UTC),
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Ivo Stam, 62, stepped down after a decade in power.", ("after a decade in power", "supported")),
        ("Ivo Stam, 62, leaves after a decade in office.", ("after a decade in office", "supported")),
        ("Ivo Stam stepped down after a decade at the helm.", ("after a decade at the helm", "supported")),
        # the one-fact-false twin: twice the length
        ("Ivo Stam, 62, stepped down after two decades in power.", ("after two decades in power", "contradicted")),
        # a length of another thing: the words after it are not claimed
        ("Ivo Stam, 62, stepped down after a decade in the army.", ("after a decade", "unverified")),
    ],
)
def test_a_length_of_holding_office_is_claimed_over_its_own_words(body: str, expected: tuple[str, str]) -> None:
    found = [(c.text, v.value) for c, v in judged_body(body, [STAM], DAY) if c.kind == "duration"]
    assert found == [expected]


# A succession told by 'takes over from' names the one succeeded after 'from'. When the parser cuts the sentence
# inside that name ("takes over from Ma'ruf Amin" read as ending at the apostrophed word, 'Amin' a sentence of its
# own), the 'from' is left with no object: the name written right after it is the one succeeded, as the parse gives
# it for "succeeds Ma'ruf Amin", so the page's predecessor row settles it either way.
TAKES_OVER = (
    "Vice President Lena Vos took the oath alongside him. Vos, 37, is the country's 14th vice president and takes "
    "over from Ma'ruf Amin. Stam's eldest daughter, she was born in Tarsa and was mayor of the city until July."
)
OATH_DAY = dt.date(2024, 10, 21)


def _vice_president(predecessor: str) -> Document:
    return boxed(
        "Lena Vos",
        "Lena Vos (born 3 March 1987) is a Norbian politician serving as the 14th Vice President of Norby since 20 "
        "October 2024.",
        [("office", "Vice President of Norby"), ("term_start", "20 October 2024"), ("predecessor", predecessor)],
        dt.datetime(2024, 11, 1, tzinfo=dt.UTC),
    )


@pytest.mark.parametrize(
    ("predecessor", "expected"),
    [
        ("Ma'ruf Amin", "supported"),
        # the one-fact-false twin: the page names another predecessor
        ("Ivo Stam", "contradicted"),
    ],
)
def test_the_one_taken_over_from_is_the_name_after_from(predecessor: str, expected: str) -> None:
    found = judged_body(TAKES_OVER, [_vice_president(predecessor)], OATH_DAY)
    assert [(c.text, c.object, v.value) for c, v in found if "over from" in c.text] == [
        ("takes over from Ma'ruf Amin", "Ma'ruf Amin", expected)
    ]
