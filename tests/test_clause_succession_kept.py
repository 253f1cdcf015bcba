"""'X succeeded Y in September': the month (a date claim) and the office Y held (a role claim) check neither
whom X succeeded, so the succession is a clause claim of its own, judged by X's predecessor. Invented names."""

from __future__ import annotations

import pytest

from verify.app import article_from_text
from verify.extract import extract_claims


def successions(body: str) -> list[tuple[str, str | None]]:
    article = article_from_text(f"Succession notes\n\nVARNA, 5 December 2024 (wire) — {body}\n")
    return [
        (c.subject, c.object or c.value)
        for c in extract_claims(article)
        if c.kind == "clause" and c.predicate == "succeeded"
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Tomas Varga, the prime minister, succeeded Irena Holm in September.",
        "Tomas Varga succeeded Irena Holm as prime minister in September.",
        "Tomas Varga, who succeeded Irena Holm on 9 September, spoke on Monday.",
    ],
)
def test_a_dated_succession_keeps_its_clause_claim(body: str) -> None:
    assert ("Tomas Varga", "Irena Holm") in successions(body)
