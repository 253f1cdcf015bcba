"""A measure an event has, told as a clause's subject (issue 14): 'Turnout was about 60 percent, the lowest since 2001'
is a fact about the election the article named before, not about a thing called 'Turnout' (the general set labels
such clauses with the election: g01, g225). The clause kind now asks the shared reference reader what the measure is
of (`References.bearer`, verify/lexicons/counted.toml `attributes`), as the count owners already did; with no
election named before, the measure keeps its own word. Invented sentences."""

from __future__ import annotations

import pytest

from tests.support.judging import claim_subjects


@pytest.mark.parametrize(
    ("text", "words", "subject"),
    [
        pytest.param(
            "The Norby Party won the general election on Thursday. Turnout was about 60 percent, the lowest since "
            "2001.",
            "about 60 percent, the lowest",
            "general election",
            id="a-rank-apposed-to-the-figure",
        ),
        pytest.param(
            "Ana Ruiz won Korvia's presidential runoff on Sunday with 54 percent. Turnout of about 40% is the lowest "
            "for any presidential election since 1979.",
            "Turnout of about 40% is the lowest",
            "Korvia's presidential runoff",
            id="the-measure-with-its-figure-as-subject",
        ),
        pytest.param(
            "Ana Ruiz won the presidential election on Sunday. Turnout, at about 67 percent, is the highest in "
            "decades.",
            "Turnout, at about 67 percent, is the highest",
            "presidential election",
            id="the-figure-set-off-by-commas",
        ),
    ],
)
def test_a_measure_of_the_election_is_the_elections(text: str, words: str, subject: str) -> None:
    assert claim_subjects(text, words) == [subject]


def test_with_no_election_named_before_the_measure_keeps_its_word() -> None:
    assert claim_subjects("Turnout, at about 67 percent, is the highest in decades.", "Turnout") == ["Turnout"]
