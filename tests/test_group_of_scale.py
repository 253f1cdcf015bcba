"""A group's count with decimals and a scale word ("a population of 2.5 million", "of 5.4m") is read whole, its
number the scaled one: review29 R15 cut it to "population of 2", which no page can settle. A figure the count
noun follows ("2.5 million inhabitants") is the plain count's, and no piece of it is a group's. Invented
sentences (session 30, ext30; verify/extract/patterns.py GROUP_OF)."""

from __future__ import annotations

import datetime as dt

import pytest

from verify.app import article_from_text
from verify.extract import extract_claims


def _quantities(body: str) -> list[tuple[str, float | None]]:
    article = article_from_text(f"Norby news\n\n{body}\n", as_of=dt.date(2024, 1, 1))
    return [(c.text, c.number) for c in extract_claims(article) if c.kind == "quantity"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Korvik has a population of 2.5 million.", ("population of 2.5 million", 2_500_000)),
        ("Korvik has a population of 5.4m.", ("population of 5.4m", 5_400_000)),
        ("Korvik has a population of 248,312.", ("population of 248,312", 248_312)),
        # review30 B2: the apposition's closing comma took the scale back ("population of 5.4")
        ("Norby, with a population of 5.4 million, held elections.", ("population of 5.4 million", 5_400_000)),
    ],
    ids=["scale-word", "short-scale", "digits", "before-a-comma"],
)
def test_a_groups_count_keeps_its_decimals_and_scale(body: str, expected: tuple[str, float]) -> None:
    assert _quantities(body) == [expected]


def test_a_count_its_noun_follows_leaves_no_cut_figure() -> None:
    found = _quantities("Korvik has a population of 2.5 million inhabitants.")
    assert found == [("2.5 million inhabitants", 2_500_000)]
