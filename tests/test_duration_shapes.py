"""Lengths of time stated as what a thing measures ("a career of 40 years"), read off the parse
(verify/kinds/duration/lengths.py): one row per shape, invented sentences."""

import pytest

from verify.app import article_from_text
from verify.extract import extract_claims


def durations(body: str) -> list[tuple[str, str | None]]:
    article = article_from_text(f"Story\n\n{body}\n")
    return [(c.subject, c.value) for c in extract_claims(article) if c.kind == "duration"]


# (shape, sentence, the length's subject and value)
LENGTHS_OF = {
    "a career of N years: whose clause it is": (
        "Maria Lund retired from the bank after a long career of more than 30 years.",
        ("Maria Lund", "30 years"),
    ),
    "a record of N days set by someone: the agent's": (
        "The crew fell short of the national record of 412 days set by Tomas Berg.",
        ("Tomas Berg", "412 days"),
    ),
    "a length of a thing no one owns: the thing": (
        "After a voyage of about 40 hours, the ferry reached the island.",
        ("voyage", "40 hours"),
    ),
}


@pytest.mark.parametrize(("sentence", "expected"), LENGTHS_OF.values(), ids=LENGTHS_OF.keys())
def test_a_length_a_thing_is_of_is_claimed(sentence: str, expected: tuple[str, str]):
    assert expected in durations(sentence)


def test_a_named_period_of_a_thing_is_no_length():
    """'the first quarter of 2024' names a time, not how long anything lasted."""
    assert durations("Sales of the phone rose in the last three months of the year.") == []
