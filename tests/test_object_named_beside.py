"""A clause's object written as a common noun with a name set beside it ('takes over from his predecessor Jens
Stoltenberg') is the name: the succession is then judged against the named person's rows (a truthful rewording
left unverified, session 20). Invented people."""

from __future__ import annotations

from tests.test_clauses import article
from verify.extract import extract_claims


def test_the_name_beside_a_noun_is_the_clauses_object() -> None:
    body = (
        "Ana Ruiz, the new secretary general, chaired her first meeting. She takes over from her predecessor Tom Ardel."
    )
    took = [c for c in extract_claims(article(body)) if c.kind == "clause" and c.predicate == "took over"]
    assert [c.object for c in took] == ["Tom Ardel"]
