"""Clause claims in the shapes real news uses (issue 14): one row per grammatical shape, with invented
sentences. Each row names whom the claim must be about and words its structured fields must carry."""

from __future__ import annotations

import pytest

from tests.test_clauses import article
from verify.extract import extract_claims
from verify.models import Claim


def clauses(body: str) -> list[Claim]:
    """Only the clause kind's claims: the other kinds may claim the same words for their own values."""
    return [c for c in extract_claims(article(body)) if c.kind == "clause"]


def fields(claim: Claim) -> str:
    """The structured fields a judge reads, joined: the row's words must stand in one of them."""
    parts = (claim.predicate, claim.object, claim.time, claim.place, claim.quantity)
    return " | ".join(str(x) for x in parts if x)


# (shape, body, whom the clause is about, words its fields carry)
SHAPES = [
    (
        "members of a body named before",
        "The Federal Court of Appeal heard the case in March. The judges rejected the appeal by Marta Ruiz.",
        "Federal Court of Appeal",
        "rejected",
    ),
    (
        "results list with its verb left out",
        "Nora Berg won the sprint in Oslo, Ida Lund came second and Marta Sol third.",
        "Marta Sol",
        "third",
    ),
    (
        "relative clause on a description set off after a name",
        "In 2009 he replaced Tomas Berg at the head of the Coastal Workers Union (CWU), a union that staged "
        "general strikes in the 1970s.",
        "Coastal Workers Union",
        "staged",
    ),
    (
        "event with no value after an office before the name",
        "The budget failed in parliament. Finance Minister Lena Brandt resigned after the vote.",
        "Lena Brandt",
        "resigned",
    ),
]


@pytest.mark.parametrize(("body", "who", "words"), [pytest.param(*row[1:], id=row[0]) for row in SHAPES])
def test_a_news_shape_becomes_a_clause_about_its_entity(body, who, words):
    found = clauses(body)
    assert any(c.subject == who and words in fields(c) for c in found), [(c.subject, fields(c)) for c in found]


def test_an_ordinal_adverb_before_a_verb_is_no_placing():
    found = clauses("Lena Brandt first won the title in 2008 and finished seventh this season.")
    assert not any(c.subject == "Lena Brandt" and "first" in fields(c) for c in found), [fields(c) for c in found]
