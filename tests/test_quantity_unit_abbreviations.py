"""Measures news writes with a unit's abbreviation ("at a depth of 10 km", "winds of 180 mph") and figures
with both thousands and decimals ("1,935.3 grams"): each is a quantity claim on its own words (the units
are verify/lexicons/counted.toml `measure_abbreviations`, read by verify/kinds/quantity/extract.py).
Invented sentences, one row per shape."""

from __future__ import annotations

import pytest

from verify.article import Article
from verify.extract import extract_claims


def quantities(body: str) -> list[tuple[str, str | None, str | None]]:
    """The (words, relation, value) of each quantity claim in a one-paragraph article's body."""
    text = f"Headline\n\nThe agency reported the news.\n\n{body}\n"
    article = Article(path="story.txt", stem="story", sha256="0", title="Headline", text=text)
    return [(c.text, c.relation, c.value) for c in extract_claims(article) if c.kind == "quantity"]


ABBREVIATED = {
    "a depth in kilometres after 'of'": (
        "The quake struck the valley at a depth of 10 km, the survey said.",
        ("10 km", "measure", "10 km"),
    ),
    "a wind speed in miles per hour": (
        "Hurricane Vela became a Category 5 storm with peak winds of 180 mph.",
        ("180 mph", "measure", "180 mph"),
    ),
    "a weight with its bound": (
        "The drug is approved for adolescents weighing at least 35 kg.",
        ("at least 35 kg", "measure", "35 kg"),
    ),
    "a distance with its approximation": (
        "The ravine overflowed at Vado, about 30 km upstream of the town.",
        ("about 30 km", "measure", "30 km"),
    ),
    "a speed in kilometres per hour, the whole unit": (
        "Storm Vela reached Lund with winds of about 270 km/h.",
        ("about 270 km/h", "measure", "270 km/h"),
    ),
}


@pytest.mark.parametrize(("body", "expected"), ABBREVIATED.values(), ids=ABBREVIATED.keys())
def test_a_measure_with_an_abbreviated_unit_is_a_quantity_claim(body: str, expected: tuple[str, str, str]):
    assert expected in quantities(body)


NOT_A_MEASURE = {
    "a hyphenated measure keeps its one claim": ("Vela opened a 40-km road to the port.", "40-km"),
    "a unit glued to a word is no abbreviation": ("The model X10kmz went on sale.", "10kmz"),
}


@pytest.mark.parametrize(("body", "words"), NOT_A_MEASURE.values(), ids=NOT_A_MEASURE.keys())
def test_a_figure_that_is_no_abbreviated_measure_gets_no_second_claim(body: str, words: str):
    assert sum(words in text or text in words for text, _, _ in quantities(body)) <= 1
    assert not any(
        relation == "measure" and text.endswith(("km", "kmz")) and "-" not in text
        for text, relation, _ in quantities(body)
    )


CONVERSIONS = {
    "a speed restated in brackets": ("Vela struck Lund with winds of 165 mph (about 270 km/h).", "270 km/h"),
    "a distance restated in brackets": ("The wreck lies about 370 nautical miles (690 km) off the coast.", "690 km"),
}


@pytest.mark.parametrize(("body", "words"), CONVERSIONS.values(), ids=CONVERSIONS.keys())
def test_a_measure_restated_in_another_unit_in_brackets_is_no_claim_of_its_own(body: str, words: str):
    assert not [text for text, _, _ in quantities(body) if words in text]


def test_a_bracketed_measure_after_words_is_a_claim():
    """Brackets after words, not after a figure, hold a measure of their own."""
    assert ("12 km", "measure", "12 km") in quantities("The new road (12 km) opened in Lund on Monday.")


def test_a_figure_with_thousands_and_decimals_is_read_whole():
    """'1,935.3 grams' is 1935.3 grams, not a count cut at its decimal point."""
    assert ("1,935.3 grams", "count", "1935.3") in quantities("The capsule held 1,935.3 grams of material.")
