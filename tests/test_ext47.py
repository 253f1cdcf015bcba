"""Session 47, helper ext47: whose a count is when it stands in a passive clause (issue 14)."""

from __future__ import annotations

import pytest

from verify.article import Article
from verify.extract import extract_claims


def _count_subjects(headline: str, body: str) -> dict[str, str]:
    """Each count's words -> its subject."""
    text = f"{headline}\n\n{body}\n"
    article = Article(path="s.txt", stem="s", sha256="0", title=headline, text=text)
    return {c.text: c.subject for c in extract_claims(article) if c.kind == "quantity"}


# a count standing as the agent of a passive clause is the count of the clause's subject (its users, its parts),
# not of a place after it nor of a name compounded into the count's own words
@pytest.mark.parametrize(
    ("body", "count", "owner"),
    [
        (
            "Norby Labs makes the Korvik app. The Korvik app is now used by more than 40,000 clinics in Stennor.",
            "more than 40,000 clinics",
            "Korvik app",
        ),
        (
            "Since 2020 the Velta rocket of Karl Moen has been powered by 33 Raptor engines.",
            "33 Raptor engines",
            "Velta rocket",
        ),
    ],
    ids=["users-not-place", "parts-not-compound"],
)
def test_a_count_in_a_passive_agent_is_the_passive_subjects(body: str, count: str, owner: str) -> None:
    assert _count_subjects("Clinics sign up to Korvik", body)[count] == owner


# counted things of a named body stay that body's, though they stand as a passive clause's agent
def test_a_passive_agents_count_of_a_named_body_is_the_bodys() -> None:
    body = "The ruling of the Korvik court was overruled by all nine justices of the Norby Supreme Court."
    assert _count_subjects("Court ruling overturned", body)["all nine justices"] == "Norby Supreme Court"
