"""Truthful rewordings of a claim keep the support the claim had (issue 15, rew39). A length of holding office told
with a word for its figure and the words of holding office after it ("stepped down after a decade in power", "leaves
after a decade in office") is claimed over those words, as "after ten years in office" is: the claim stands for the
article's words, and a longer or shorter length stays refuted."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, judged_body

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
