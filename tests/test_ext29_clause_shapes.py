"""Clause labels no claim stood on (session 29, ext29; the count by shape and reason is in
/work/briefs29/ext29-causes-before.txt). Invented people and places.

A timeline line ("6 August - President Mara Lind dissolves parliament") states two facts an editor checks
apart: the day (the date kind's claim) and the deed (the clause's). The labels mark both on most lines
(176 tuning lines against 60 with the date alone), and the walk claimed the deed beside its date
everywhere but on a timeline line. What a line only reports or predicts stays out.
"""

from __future__ import annotations

import pytest

from verify.app import article_from_text
from verify.extract import extract_claims
from verify.models import Claim

# (shape, the article's body, the verb the clause claim stands on, its subject; None: no clause claim on it)
ROWS = [
    (
        "a timeline line's deed with an object",
        "The crisis ran for a month.\n\n6 August - President Mara Lind dissolves parliament.",
        "dissolves",
        "Mara Lind",
    ),
    (
        "a timeline line's deed after a title",
        "The spill was cleaned up.\n\n8 February - Governor Tom Hale lifts the evacuation order.",
        "lifts",
        "Tom Hale",
    ),
    (
        "a timeline line's deed with no value but its date",
        "The crisis ran for a month.\n\n3 March - Harold Vance resigns.",
        "resigns",
        "Harold Vance",
    ),
    (
        "guard: a timeline line that reports a prediction claims no clause",
        "The crisis ran for a month.\n\n3 March - Arne Dahl says the plant will close.",
        "close",
        None,
    ),
]


def _clauses_on(body: str, verb: str) -> list[Claim]:
    article = article_from_text(f"Test\n\n{body}\n")
    at = article.text.index(verb)
    return [c for c in extract_claims(article) if c.kind == "clause" and c.span[0] <= at < c.span[1]]


@pytest.mark.parametrize(("body", "verb", "subject"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_a_clause_claim_stands_on_the_shape(body: str, verb: str, subject: str | None):
    found = _clauses_on(body, verb)
    if subject is None:
        assert found == [], [c.text for c in found]
    else:
        assert [c.subject for c in found] == [subject], [(c.subject, c.text) for c in found]


def test_the_timeline_line_keeps_its_date_claim_beside_the_deed():
    article = article_from_text("Test\n\nThe crisis ran for a month.\n\n3 March - Harold Vance resigns.\n")
    kinds = sorted(c.kind for c in extract_claims(article) if c.subject == "Harold Vance")
    assert kinds == ["clause", "date"]
