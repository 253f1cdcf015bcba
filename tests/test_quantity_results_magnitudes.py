"""Counts sport and disaster news writes that had no claim at all: a score written before the result it
is of ("a 2-1 win"), every set of a match ("3-6, 6-4, 6-3"), a quake's magnitude, and a count given by its
scale ("Dozens of aftershocks"). Read by verify/kinds/quantity/extract.py, owned by
verify/kinds/quantity/owner.py. One row per shape, invented sentences."""

from __future__ import annotations

import pytest

from verify.app import article_from_text
from verify.extract import extract_claims

DATELINE = "VARNA, 24 February 2024 (wire) — The agency reported the news on Thursday.\n\n"


def counts(body: str, title: str = "Story") -> list[tuple[str, str | None, str | None]]:
    """The (relation, value, context) of each count in `body`, after a dated dateline."""
    article = article_from_text(f"{title}\n\n{DATELINE}{body}\n")
    start = article.text.index(body)
    return [
        (c.relation, c.value, c.context) for c in extract_claims(article) if c.kind == "quantity" and c.span[0] >= start
    ]


RESULTS = {
    "a score before its win, given to a side": (
        "A late header by Ola Moen gave Norway a 2-1 win over Sweden in the final.",
        ("score", "2-1", "Norway"),
    ),
    "half points, given to a pronoun's player": (
        "Lars Berg held the last game. The draw gave him a 7.5-6.5 victory over Anton Dahl.",
        ("score", "7.5-6.5", "Lars Berg"),
    ),
    "a score before its defeat, of a possessor": (
        "Norway's 3-0 defeat of Sweden was a shock.",
        ("score", "3-0", "Norway"),
    ),
    "every set of a match after the match's noun": (
        "Ana Ruiz won Sunday's final 3-6, 6-4, 6-3 for her first title.",
        ("score", "3-6, 6-4, 6-3", "Ana Ruiz"),
    ),
    "the winner described by age, not the town the description names": (
        "Tove Lund was the favourite. The 19-year-old from Delray Beach, Florida, won the Varna Open final"
        " 2-6, 6-3, 6-2.",
        ("score", "2-6, 6-3, 6-2", "Tove Lund"),
    ),
    "a win no side is named for, not the stadium's": (
        "The 2-1 win at Varna Stadium sealed the title.",
        ("score", "2-1", None),
    ),
}


@pytest.mark.parametrize(("body", "expected"), RESULTS.values(), ids=RESULTS.keys())
def test_a_result_is_claimed_with_its_score_for_the_side_it_is_of(body: str, expected: tuple[str, str, str | None]):
    assert [c for c in counts(body) if c[0] == "score"] == [expected]


QUAKE = "Earthquake kills nine in Peru"
LEDE = "A powerful earthquake struck southern Peru on Wednesday, killing nine people. "
MAGNITUDES = {
    "before the quake's noun": ("The magnitude 6.8 quake struck near the coast.", "magnitude 6.8"),
    "of the strongest aftershock": ("Dozens of aftershocks followed, the strongest of magnitude 6.4.", "magnitude 6.4"),
    "put at a figure by an agency, not the agency's": (
        "The Geological Survey, which put its magnitude at 7.4, said it was shallow.",
        "magnitude 7.4",
    ),
    "hyphenated before its noun": ("A 5.9-magnitude aftershock shook the region.", "magnitude 5.9"),
}


@pytest.mark.parametrize(("sentence", "value"), MAGNITUDES.values(), ids=MAGNITUDES.keys())
def test_a_magnitude_is_the_quakes_the_story_reports(sentence: str, value: str):
    found = [c for c in counts(LEDE + sentence, QUAKE) if c[0] == "magnitude"]
    assert found == [("magnitude", value, "2024 Varna earthquake")]  # the lede's event, named by the dateline


SCALES = {
    "a scale opening the sentence": ("Dozens of aftershocks followed.", "dozens"),
    "a scale before a name's possessive": (
        "In 2023 thousands of Castillo's supporters stormed the palace.",
        "thousands",
    ),
}


@pytest.mark.parametrize(("sentence", "value"), SCALES.values(), ids=SCALES.keys())
def test_a_count_given_by_its_scale_alone_is_claimed(sentence: str, value: str):
    assert [c[1] for c in counts(sentence) if c[0] == "count"] == [value]


def test_others_of_a_scale_point_back_and_count_nothing_new():
    assert counts("Dozens of other players said they would not play.") == []


def test_a_magnitude_before_the_quakes_noun_is_that_quakes_not_the_headlines_agency():
    body = (
        "The 2024 Varna earthquake struck southern Peru on Wednesday, killing nine people, the Geological Survey"
        " said. The magnitude 6.8 quake struck near the coast."
    )
    found = [c for c in counts(body, "Geological Survey warns of more shocks") if c[0] == "magnitude"]
    assert found == [("magnitude", "magnitude 6.8", "Varna earthquake")]
