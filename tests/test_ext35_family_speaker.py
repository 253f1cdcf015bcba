"""A quote whose speaker is a person's family ('"…," his family said in a statement', '"…," the family said'):
the family of the person the pronoun stands for, or of the person the headline names, not 'unattributed'
(session 35, ext35: the tuning articles' obituaries and profiles label these 'family of Quincy Jones')."""

from __future__ import annotations

import datetime as dt

import pytest

from verify.app import article_from_text
from verify.extract import extract_claims


@pytest.mark.parametrize(
    "said",
    [
        pytest.param("her family said in a statement", id="her-family"),
        pytest.param("the family said in a statement", id="the-family"),
    ],
)
def test_a_familys_words_are_the_familys(said: str) -> None:
    text = (
        "Ana Ruiz, the Norbian singer, dies at 80\n\nAna Ruiz, whose songs topped the charts for two decades, died "
        f'on Monday at her home in Tarsa. John Stam, her manager, confirmed the death. "She was with her friends and '
        f'surrounded by love," {said}.\n'
    )
    claims = extract_claims(article_from_text(text, as_of=dt.date(2024, 4, 3)))
    assert [c.subject for c in claims if c.kind == "quote"] == ["family of Ana Ruiz"]
