"""Counts written as a hyphenated modifier of a noun (verify/kinds/quantity/hyphenated.py): one row
per shape, invented sentences."""

from __future__ import annotations

import pytest

from verify.article import Article
from verify.extract import extract_claims
from verify.models import Claim


def counts(body: str) -> list[Claim]:
    text = f"Headline\n\nThe agency reported the news.\n\n{body}\n"
    article = Article(path="story.txt", stem="story", sha256="0", title="Headline", text=text)
    return [c for c in extract_claims(article) if c.kind == "quantity"]


# (shape, sentence, words of the count, whose it is: None when the parse names no one)
HYPHENATED = {
    "a page count, the clause's subject's": (
        "In a 312-page ruling, Judge Mara Velt sided with the union.",
        "312-page ruling",
        "Mara Velt",
    ),
    "a times count set beside a name": (
        "Lena Ott, a three-time winner of the race, finished second.",
        "three-time",
        "Lena Ott",
    ),
    "a times count before a name as its title": (
        "Ana Ruiz is only the second Spaniard to hold the title, after five-time champion Marta Vidal, her coach.",
        "five-time champion",
        "Marta Vidal",
    ),
    "a measure of an unnamed thing: no owner guessed": (
        "A 5.9-magnitude aftershock struck before dawn.",
        "5.9-magnitude aftershock",
        None,
    ),
}


@pytest.mark.parametrize(("sentence", "words", "owner"), HYPHENATED.values(), ids=HYPHENATED.keys())
def test_a_hyphenated_count_is_claimed_for_whom_the_parse_says(sentence: str, words: str, owner: str | None):
    found = [c for c in counts(sentence) if words in c.text]
    assert [c.context for c in found] == [owner], [(c.text, c.context) for c in counts(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Ruiz signed a two-year contract with the club.",  # a length of time: the duration kind's
        "The two-way player, 29, announced his decision.",  # an idiom, no count
        "Ana Ruiz, a 31-year-old defender, signed for the club.",  # an age
        "The one-sided final ended before the break.",  # "one-" makes an adjective
        "The studio released a 3-D version of its new film.",  # a single letter after the hyphen: a name
        "The motion needed a two-thirds majority in the chamber.",  # a fraction: a share, not a count of thirds
        "Three-quarters of the crop was lost to the frost.",  # a fraction before "of"
    ],
)
def test_hyphenated_words_that_count_nothing_are_no_count(sentence: str):
    assert [c.text for c in counts(sentence) if "-" in c.text] == []
