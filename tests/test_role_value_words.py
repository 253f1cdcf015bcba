"""A role claim's office holds no verb before it and no day after it: 'Ana Ruiz, 37, became prime minister on
Friday' is about the post 'prime minister', which a page's 'Prime Minister of Velmara' row can support; with the
verb or the day kept ('became prime minister', 'prime minister on Friday') the post matched nothing held and the
person's own office refuted it (a false 'contradicted', session 20). Invented people."""

from __future__ import annotations

import pytest

from tests.test_clauses import article
from verify.extract import extract_claims


@pytest.mark.parametrize(
    ("sentence", "office"),
    [
        ("Ana Ruiz, 37, became prime minister on Friday.", "prime minister"),
        ("Ana Ruiz, 37, was sworn in as prime minister on Friday.", "prime minister"),
        ("Ana Ruiz, 37, became mayor of Ostra on 3 May.", "mayor of Ostra"),
    ],
)
def test_the_office_is_the_post_alone(sentence: str, office: str) -> None:
    roles = [c for c in extract_claims(article(sentence)) if c.kind == "role" and c.relation == "holds office"]
    assert [c.value for c in roles] == [office]
