"""'The agency' after a person's possessive surname ('Ardel's six-year tenure', which the recogniser reads as an
organisation) is the body the article named, not the person; and 'It' after 'The agency ...' is that body (the
WFP pair, session 20: the agency's founding, seat and services were all given to its former head). The names are
the tuning article's, whose surname the recogniser reads as an organisation; the facts are cut down."""

from __future__ import annotations

import pytest

from tests.test_clauses import article
from verify.extract import extract_claims

BODY = (
    "Cindy McCain, executive director of the UN World Food Programme since April 5, met donors on Tuesday.\n\n"
    "McCain, 68, succeeded David Beasley, who had led the agency since 2017. Beasley's six-year tenure included "
    "the 2020 Nobel Peace Prize.\n\n"
    "The agency, founded in 1961, is headquartered in Rome. It also manages the Humanitarian Air Service."
)


@pytest.mark.parametrize("words", ["is headquartered in Rome", "manages the Humanitarian Air Service"])
def test_the_body_described_after_a_persons_possessive_is_the_body(words: str) -> None:
    said = [c for c in extract_claims(article(BODY)) if c.kind == "clause" and words in c.text]
    assert said and all(c.subject == "UN World Food Programme" for c in said)
