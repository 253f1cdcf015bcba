"""Extras on real news (ext22p, issue 14's precision): claims an editor would not mark a second time or at
all. Invented or generic wording, in the shapes the general set's tuning articles showed."""

from __future__ import annotations

import pytest

from tests.test_clauses import article
from verify.extract import extract_claims


@pytest.mark.parametrize(
    "body",
    [
        # the clause holds the quotation the quote claim already carries for the same speaker
        'John Miller called the merger the "best solution" for the region.',
        # the clause runs up to the quotation
        'John Miller won the race. He called the victory "a dream come true" and thanked his family.',
    ],
)
def test_a_clause_framing_a_speakers_quote_is_the_quotes_twin(body: str) -> None:
    claims = extract_claims(article(body))
    quotes = [c for c in claims if c.kind == "quote"]
    assert quotes and quotes[0].subject == "John Miller"
    framing = [c for c in claims if c.kind == "clause" and c.span[0] <= quotes[0].span[0] <= c.span[1] + 1]
    assert not framing, [c.text for c in framing]


@pytest.mark.parametrize(
    "body",
    [
        'John Miller turned "Fly Me to the Moon" into a hit in 1964.',
        'John Miller recorded "Fly Me to the Moon" in 1964.',
    ],
)
def test_a_clause_around_a_quoted_title_stays(body: str) -> None:
    claims = extract_claims(article(body))
    assert [c for c in claims if c.kind == "clause" and '"Fly Me to the Moon"' in c.text]
