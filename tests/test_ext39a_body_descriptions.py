"""Whom a description of a body stands for (issue 14, review38 R5): 'The alliance, founded in 1949, admitted Sweden'
after 'Trump has long accused European allies ...' was claimed of 'European', the nearest name of a body's labels
before it; the report then said there was no page titled 'European'. A nationality said as an adjective ('European
allies', 'the French president') names no body: the description means the body named before it (NATO), else nothing.
Invented sentences."""

from __future__ import annotations

import pytest

from tests.support.judging import claim_subjects

NAMED = "Donald Trump urged NATO's 32 members to raise spending."


@pytest.mark.parametrize(
    ("text", "words", "subjects"),
    [
        pytest.param(
            f"{NAMED}\n\nTrump has long accused European allies of relying on U.S. protection. The alliance, founded "
            "in 1949, admitted Sweden in 2024.",
            "founded in 1949",
            ["NATO"],
            id="an-adjective-after-the-body",
        ),
        pytest.param(
            "Harbor Foods Inc. said on Monday it would close a plant.\n\nThe plan angered German unions. The company, "
            "founded in 1901, employs 4,000 people.",
            "founded in 1901",
            ["Harbor Foods Inc."],
            id="an-adjective-after-the-company",
        ),
    ],
)
def test_a_nationality_adjective_is_no_body_a_description_means(text: str, words: str, subjects: list[str]) -> None:
    assert claim_subjects(text, words) == subjects


def test_a_nationality_adjective_is_never_the_company() -> None:
    """The company the lede named is no subject of the sentence before (the recogniser may not read 'Korvik Steel' as
    an organisation): the description stands for no one rather than for 'German'."""
    text = (
        "Korvik Steel said on Monday it would close a plant.\n\nThe plan angered German unions. The company, founded "
        "in 1901, employs 4,000 people."
    )
    assert "German" not in claim_subjects(text, "founded in 1901")


def test_a_body_named_by_its_people_noun_still_counts() -> None:
    """A nationality the recogniser reads as a noun ('the Taliban') is still a body 'the group' can mean."""
    text = "Officials said the Taliban had closed the border on Monday.\n\nThe group, founded in 1994, denied it."
    assert claim_subjects(text, "founded in 1994") == ["Taliban"]
