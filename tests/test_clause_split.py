"""One clause claim per checkable value: a ranked object beside a clause's first object ("won the seat at her
fifth attempt") is a fact an editor checks apart, so the clause gives one claim for each; a clause with one
value gives one claim. Invented sentences."""

from __future__ import annotations

import pytest

from tests.test_clause_shapes import clauses


def about(body: str, subject: str, predicate: str) -> list[tuple[str | None, str]]:
    """The (object, words) of every clause claim about `subject` with `predicate`."""
    return [(c.object, c.text) for c in clauses(body) if c.subject == subject and c.predicate == predicate]


# (body, subject, predicate, objects its claims must hold, one claim each)
CASES = [
    (
        "Lena Brandt won the Harbour seat at her fifth attempt.",
        "Lena Brandt",
        "won",
        ["the Harbour seat", "her fifth attempt"],
    ),
    (
        "The Coastal Rowing Club beat Harbour United for the third time.",
        "Coastal Rowing Club",
        "defeated",
        ["Harbour United", "the third time"],
    ),
    (
        "Karl Moen climbed Mount Tarvik on his fourth try.",
        "Karl Moen",
        "climbed",
        ["Mount Tarvik", "his fourth try"],
    ),
    (
        "Lena Brandt won the Harbour seat after a long campaign.",
        "Lena Brandt",
        "won",
        ["the Harbour seat"],
    ),
]


@pytest.mark.parametrize(("body", "subject", "predicate", "objects"), CASES, ids=["at", "for", "on", "one value"])
def test_a_clause_gives_one_claim_per_checkable_value(
    body: str, subject: str, predicate: str, objects: list[str]
) -> None:
    found = about(body, subject, predicate)
    assert sorted(o for o, _ in found) == sorted(objects), found


def test_the_rank_claim_stands_on_the_subject_verb_and_rank() -> None:
    found = dict(about("Lena Brandt won the Harbour seat at her fifth attempt.", "Lena Brandt", "won"))
    assert found["her fifth attempt"] == "Lena Brandt won the Harbour seat at her fifth attempt"
    assert found["the Harbour seat"] == "Lena Brandt won the Harbour seat"
