"""Counts and amounts as a fact-checking editor marks them, and only those
(verify/kinds/quantity/): shapes written for these tests, one behaviour per row."""

from __future__ import annotations

from verify.article import Article
from verify.extract import extract_claims
from verify.models import Claim


def story(body: str, headline: str = "Headline") -> Article:
    """A headline, an unrelated opening paragraph (so pronouns have something before them), the body."""
    text = f"{headline}\n\nThe agency reported the news.\n\n{body}\n"
    return Article(path="story.txt", stem="story", sha256="0", title=headline, text=text)


def counts(body: str, headline: str = "Headline") -> list[Claim]:
    return [c for c in extract_claims(story(body, headline)) if c.kind == "quantity"]


def test_a_headline_states_no_count_of_its_own() -> None:
    """The headline sums up the body; the body's words are the ones an editor checks."""
    found = counts(
        "The harbour authority said the storm sank 40 fishing boats.",
        headline="Storm wrecks 40 boats, floods thousands of homes and costs 300 million euros",
    )
    assert [c.text for c in found] == ["40 fishing boats"]
