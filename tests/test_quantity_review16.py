"""Session 16's review of the count reader: a shape met in review with invented sentences, and, beside
it, the reading that must stay."""

from __future__ import annotations

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


def test_a_loss_is_not_claimed_as_the_losers_score() -> None:
    assert scores("Norway's 2-1 loss to Sweden ended their run.") != [("2-1", "Norway")]


def test_a_win_is_claimed_as_the_winners_score() -> None:
    assert scores("Norway beat Sweden 2-1 in the final.") == [("2-1", "Norway")]


# The lead's fix (b80fb6f) reads the winner of a possessor's loss off 'to'/'against' on the noun; a loss 'by' the
# winner, and a loss the loser 'suffered' (no possessor: the verb's subject), gave the loser the score
# too (fixed in s16-lead16e).


def test_a_defeat_by_the_winner_is_not_claimed_as_the_losers_score() -> None:
    assert scores("Norway's 3-0 defeat by Sweden ended their run.") != [("3-0", "Norway")]


def test_a_defeat_suffered_is_not_claimed_as_the_sufferers_score() -> None:
    assert scores("Norway suffered a 3-0 defeat to Sweden in the final.") != [("3-0", "Norway")]


# owner16 gives a count of votes no one named holds to the election; votes that 'went to' a candidate are held as
# much as votes 'cast for' her ('for' is the only preposition `_held_by_someone` reads as holding them).

LEDE = (
    "SANTIAGO, 20 March 2030 (wire) — Chile's electoral service declared Ana Roth the winner of last month's"
    " presidential election on Wednesday.\n\n"
)


def vote_owners(body: str) -> list[str]:
    """The subject of each count the body gives, after a lede that names the election."""
    article = article_from_text(f"Roth confirmed\n\n{LEDE}{body}\n")
    start = article.text.index(body)
    return [c.subject for c in extract_claims(article) if c.kind == "quantity" and c.span[0] >= start]


def test_votes_that_went_to_a_candidate_are_not_the_elections() -> None:
    assert vote_owners("More than 6 million votes went to Roth, the service said.") == ["Ana Roth"]


def test_votes_cast_for_a_candidate_are_hers() -> None:
    assert vote_owners("More than 6 million votes were cast for Roth, the service said.") == ["Ana Roth"]


def test_votes_cast_for_no_one_named_are_the_elections() -> None:
    assert vote_owners("More than 12 million votes were cast, the service said.") == [
        "2030 Chile presidential election"
    ]
