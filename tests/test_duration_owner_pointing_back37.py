"""A length set as the time of a clause whose subject points back at a person ("The 44-year-old will take over
in September for a one-year term", "She will take over ...") is that person's, as the general set labels it; an
office's term ("The president is elected for a five-year term") is any holder's, a thing's own time ("The decision
came after a three-week hearing", "The court ruled after a three-week hearing") stays the thing's, and so does an
"it" the resolver could read as another subject (verify.kinds.quantity.owner, `OwnerReader.in_whose_clause`).
Invented text."""

from __future__ import annotations

import pytest

from verify.app import article_from_text
from verify.extract import extract_claims

LEAD = "Ana Ruiz was elected president of the Lund Assembly on Monday. "
ROWS = {
    "a description by age": (LEAD + "The 44-year-old will take over in September for a one-year term.", "Ana Ruiz"),
    "a personal pronoun": (LEAD + "She will take over in September for a one-year term.", "Ana Ruiz"),
    "a thing's own time": (
        "Judge Ana Ruiz blocked the merger of Korvik and Stennor on Tuesday. The decision came three months after"
        " a three-week hearing.",
        "hearing",
    ),
    "an office, any holder's term": (
        "Ana Ruiz was sworn in as president of Lundia on Monday. The president is elected for a five-year term,"
        " renewable once.",
        "term",
    ),
    "a description of a body, no person": (
        "The Lund District Court heard the case against Korvik in May. The court ruled against the company in"
        " June after a three-week hearing.",
        "hearing",
    ),
    "'it' after another subject": (
        "The European Space Agency launched the Korvik Explorer in April 2023. It will not arrive at Jupiter until"
        " 2031, after an eight-year journey.",
        "journey",
    ),
}


@pytest.mark.parametrize(("body", "owner"), ROWS.values(), ids=ROWS.keys())
def test_a_length_in_a_clause_of_someone_pointed_back_at_is_theirs(body: str, owner: str):
    claims = extract_claims(article_from_text("Ruiz elected\n\n" + body + "\n"))
    assert [c.subject for c in claims if c.kind == "duration"] == [owner], [(c.kind, c.subject, c.text) for c in claims]
