"""A description opening the sentence before a comma ('A Republican who switched parties in 1991, Beasley was
elected ...') is said of the name after the comma, not of the person named in the sentence before (the WFP
pair, session 20: both the election and the switch went to the other person). Invented people."""

from __future__ import annotations

import pytest

from tests.test_clauses import article
from verify.extract import extract_claims

BODY = (
    "Ana Ruiz will serve under the agency's board.\n\n"
    "A Republican who switched from the Democrats in 1991, Tom Ardel was elected to the state House of "
    "Representatives at 20."
)


@pytest.mark.parametrize("words", ["was elected to the state House", "switched from the Democrats"])
def test_a_fronted_description_and_its_clause_are_the_named_subjects(words: str) -> None:
    said = [c for c in extract_claims(article(BODY)) if c.kind == "clause" and words in c.text]
    assert said and all(c.subject == "Tom Ardel" for c in said)
