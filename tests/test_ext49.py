"""Session 49 (ext49): shapes of tuning news whose fact extraction lost, one row per shape. Invented names."""

from __future__ import annotations

import pytest

from tests.test_clauses import article
from verify.extract import extract_claims
from verify.models import Claim


def _clauses(body: str) -> list[Claim]:
    return [c for c in extract_claims(article(body)) if c.kind == "clause"]


# A named speaker's saying, with no quotation marks, is a deed of the speaker's an editor checks ("Kroger said it was
# reviewing its options"): whatever was said, that the speaker said it is the story's claim.
@pytest.mark.parametrize(
    ("body", "subject", "words"),
    [
        ("Norbank said it was reviewing its options after the ruling.", "Norbank", "said it was reviewing its options"),
        ("Lena Varga said the board would not speculate on the cause.", "Lena Varga", "said the board would not"),
        ("Ivo Marten has said he will not seek another term.", "Ivo Marten", "has said he will not seek"),
        ("The talks had failed, Ivo Marten told reporters.", "Ivo Marten", "told reporters"),
        (
            "The Norby Safety Board opened an inquiry. Its chair, Lena Varga, said the board would not speculate.",
            "Lena Varga",
            "said the board would not speculate",
        ),
    ],
)
def test_a_named_speakers_saying_is_claimed(body: str, subject: str, words: str) -> None:
    found = [c for c in _clauses(body) if subject in c.subject]
    assert any(words in c.text for c in found), _clauses(body)


# The twins: a source no name stands for (nor a body's people: 'its lawyers'), a saying a modal frames, a question,
# and a saying denied state no deed of a named speaker; nor does a saying whose words the story asserts as its own
# fact (a number, a date: that fact is the claim, the speaker only its source).
@pytest.mark.parametrize(
    "body",
    [
        "Critics said the deal was a mistake.",
        "Lena Varga may say the board erred.",
        "Did Lena Varga say the board erred?",
        "Lena Varga did not say the board erred.",
        "Norbank hired Lena Varga. Its lawyers said the bank was failing.",  # its lawyers, not Norbank
    ],
)
def test_an_unnamed_hedged_or_denied_saying_is_no_claim(body: str) -> None:
    assert [c.text for c in _clauses(body) if "sa" in c.text] == []


@pytest.mark.parametrize(
    "body",
    [
        "Lena Varga said 300 homes were destroyed in Norby on Monday.",  # an event with its date and place
        "Lena Varga said the bridge was destroyed in Norby.",  # a place, no figure
        "Lena Varga said Ivo Marten resigned.",  # an event, claimed as his
        "Lena Varga says more than 15,000 people in Norby are affected.",  # a figure, no event verb
    ],
)
def test_a_saying_whose_words_are_the_storys_fact_stays_the_facts(body: str) -> None:
    sayings = [c for c in _clauses(body) if c.subject == "Lena Varga"]
    assert sayings == [], sayings


def test_a_saying_without_a_figure_is_still_the_speakers() -> None:
    body = "Lena Varga says the people of Norby are affected."  # the twin of the figure's row
    assert [c.text for c in _clauses(body) if c.subject == "Lena Varga"] == [body.rstrip(".")]
