"""Session 16's review of the count reader: a shape met in review with invented sentences, marked xfail(strict)
until the fix lands; beside it, the reading that must stay."""

from __future__ import annotations

import pytest

from verify.app import article_from_text
from verify.extract import extract_claims

DATELINE = "VARNA, 24 February 2024 (wire) — The agency reported the news on Thursday.\n\n"


def scores(body: str) -> list[tuple[str | None, str | None]]:
    """The (value, context) of each score the body's sentences give."""
    article = article_from_text(f"Story\n\n{DATELINE}{body}\n")
    start = article.text.index(body)
    return [(c.value, c.context) for c in extract_claims(article) if c.relation == "score" and c.span[0] >= start]


# A score read after a result verb is the winner's ('Norway beat Sweden 2-1': Norway 2-1). Read before a result
# noun it is its possessor's, so a loss gives the loser the same claim: 'Norway's 2-1 loss to Sweden' says
# Norway 2-1 too, the opposite of what the sentence reports.


@pytest.mark.xfail(
    strict=True, raises=AssertionError, reason="review16: a loss's possessor is given the winner's score"
)
def test_a_loss_is_not_claimed_as_the_losers_score() -> None:
    assert scores("Norway's 2-1 loss to Sweden ended their run.") != [("2-1", "Norway")]


def test_a_win_is_claimed_as_the_winners_score() -> None:
    assert scores("Norway beat Sweden 2-1 in the final.") == [("2-1", "Norway")]
