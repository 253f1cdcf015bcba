"""'its' before an office stands for a body, never for the person the sentence names: "The court elected Judge X as
its president" made X 'president of Judge X', which X's own office then refuted (desk20 X1, a false
'contradicted'). Invented court and judge."""

from __future__ import annotations

from tests.test_clauses import article
from verify.extract import extract_claims


def test_its_office_belongs_to_the_body_not_to_the_person_named() -> None:
    body = "The Velmaran Court of Appeal elected Judge Ilo Marr as its president on Tuesday."
    values = [c.value for c in extract_claims(article(body)) if c.kind == "role" and "president" in (c.value or "")]
    assert values and not any("Marr" in v for v in values)
