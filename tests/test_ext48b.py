"""Session 48, helper ext48b: whose a count is when the parse finds no owner for it (issue 14)."""

from __future__ import annotations

import pytest

from verify.article import Article
from verify.extract import extract_claims


def _count_owners(headline: str, body: str) -> dict[str, str | None]:
    """Each count's words -> the entity it is about (its context)."""
    text = f"{headline}\n\n{body}\n"
    article = Article(path="s.txt", stem="s", sha256="0", title=headline, text=text)
    return {c.text: c.context for c in extract_claims(article) if c.kind == "quantity"}


# a known organisation the article names only in passing is no owner of a count whose sentence and headline never
# name it: the story's topic is; one the sentence or the headline names still owns what the parse leaves unowned
@pytest.mark.parametrize(
    ("headline", "body", "count", "owner"),
    [
        (
            "Labour wins Ruritania election",
            "Labour won the election on Sunday, a year after Ruritania joined NATO. "
            "Three more parties cleared the 5% threshold for the 200-seat Chamber of Deputies.",
            "Three more parties",
            "Labour",
        ),
        (
            "Ruritania joins NATO",
            "Ruritania joined NATO on Tuesday. Three more parties cleared the 5% threshold.",
            "Three more parties",
            "NATO",
        ),
        (
            "Leaders meet in Vilnius",
            "NATO leaders met in Vilnius on Tuesday. The alliance now has 32 members after Sweden joined NATO.",
            "32 members",
            "NATO",
        ),
    ],
    ids=["named-in-passing-owns-nothing", "named-in-headline-stays", "named-in-sentence-stays"],
)
def test_an_organisation_named_in_passing_owns_no_unowned_count(
    headline: str, body: str, count: str, owner: str
) -> None:
    assert _count_owners(headline, body)[count] == owner
