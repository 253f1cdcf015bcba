"""A succession or a deal already agreed, told in the future tense: 'He will succeed Karl Moen' (a president-elect),
'Orvik Foods will acquire Harbor Mills' (a signed deal), 'Brandt will be the fifth president of Norland'. News
states these as facts, and an editor checks who follows whom and who buys whom as for the past tense; a hedge or
another modal still makes a clause no claim. Invented sentences."""

from __future__ import annotations

import pytest

from tests.test_clause_shapes import clauses


def facts(body: str) -> set[tuple[str, str, str]]:
    """(subject, predicate, object) of each clause claim."""
    return {(c.subject, c.predicate or "", c.object or "") for c in clauses(body)}


@pytest.mark.parametrize(
    ("body", "fact"),
    [
        (
            "Lena Brandt won the runoff with 54 percent. She will succeed Karl Moen, who served two terms.",
            ("Lena Brandt", "succeeded", "Karl Moen"),
        ),
        (
            "Orvik Foods will acquire Harbor Mills for $12 billion in cash, the companies said on Monday.",
            ("Orvik Foods", "acquired", "Harbor Mills"),
        ),
        (
            "Upon completion, Tarvik Labs will join Nordic Cloud, the companies said.",
            ("Tarvik Labs", "joined", "Nordic Cloud"),
        ),
        (
            "Lena Brandt won the runoff on Sunday. Brandt will be the fifth president of Norland.",
            ("Lena Brandt", "be", "the fifth president of Norland"),
        ),
    ],
    ids=["succession", "acquisition", "joining", "ranked-office"],
)
def test_a_scheduled_succession_or_deal_is_a_clause_claim(body: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts(body)


@pytest.mark.parametrize(
    "body",
    [
        "Lena Brandt won the runoff. She could succeed Karl Moen next year.",
        "Lena Brandt lost the runoff. She will not succeed Karl Moen next year.",
        "Lena Brandt won the runoff. She will likely succeed Karl Moen next year.",
        "Orvik Foods is expected to acquire Harbor Mills this year.",
        "Orvik Foods will acquire a stake in the port.",
        "Lena Brandt won the runoff on Sunday. Brandt will be the favourite of Norland voters.",
        "Lena Brandt won the runoff on Sunday. Brandt could be the fifth president of Norland.",
    ],
    ids=["other-modal", "negated", "hedged", "expected", "no-named-party", "no-rank", "modal-office"],
)
def test_a_hedged_or_unnamed_future_stays_no_claim(body: str) -> None:
    assert not any(p in {"succeeded", "acquired", "be"} for _, p, _ in facts(body))
