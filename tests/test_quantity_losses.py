"""A score written before a loss ("a 3-0 defeat") is the winner's: whoever suffered, slumped to or was
handed the loss did not score it. With the winner named the score is theirs; with no winner named it is
no one's, and no claim, rather than a claim giving the loser the winner's score."""

from __future__ import annotations

import pytest

from verify.app import article_from_text
from verify.extract import extract_claims

DATELINE = "OSLO, 24 February 2024 (wire) — The federation reported the results on Sunday.\n\n"


def scores(body: str) -> list[tuple[str | None, str | None]]:
    """The (value, context) of each score the body's sentences give."""
    article = article_from_text(f"Results\n\n{DATELINE}{body}\n")
    start = article.text.index(body)
    return [(c.value, c.context) for c in extract_claims(article) if c.relation == "score" and c.span[0] >= start]


@pytest.mark.parametrize(
    "body",
    [
        "Norway suffered a 3-0 defeat in the final.",  # the loss is the verb's object
        "Norway's 3-0 loss ended their run.",  # the loss is the subject's possession
        "Norway slumped to a 3-0 loss in Bergen.",  # the loss is a preposition's object
        "Norway were handed a 3-0 defeat in Bergen.",  # the loss is given to the loser
    ],
)
def test_a_loss_with_no_winner_named_gives_no_one_the_score(body: str) -> None:
    assert scores(body) == []


@pytest.mark.parametrize(
    ("body", "winner"),
    [
        ("Norway slumped to a 3-0 loss against Sweden in Bergen.", "Sweden"),
        ("Norway were handed a 3-0 defeat by Sweden in Bergen.", "Sweden"),
    ],
)
def test_a_loss_to_a_named_side_is_that_sides_score(body: str, winner: str) -> None:
    assert scores(body) == [("3-0", winner)]


@pytest.mark.parametrize(
    "body",
    [
        "Norway's 3-0 defeat of Sweden ended the run.",  # "defeat of": whom Norway beat
        "Norway recorded a 3-0 win in Bergen.",  # a win is its winner's
    ],
)
def test_a_win_stays_the_winners(body: str) -> None:
    assert scores(body) == [("3-0", "Norway")]
