"""Session 20: a calling written before a name like a title ("the guitarist Tony Iommi", "umpire Fergus Murphy",
"NASA astronaut Nick Hague") says what the named person is: a role claim, one per name a plural calling lists,
once each. One row per shape; invented people."""

from __future__ import annotations

import pytest

from tests.test_clauses import article
from verify.extract import extract_claims


def _roles(body: str) -> list[tuple[str, str, str | None]]:
    return [(c.subject, c.text, c.value) for c in extract_claims(article(body)) if c.kind == "role"]


@pytest.mark.parametrize(
    ("body", "holder", "value"),
    [
        ("The band was formed in 1968 by the guitarist Tony Derrin.", "Tony Derrin", "guitarist"),  # the calling
        ("The match was stopped by umpire Fergus Morley in the second set.", "Fergus Morley", "umpire"),  # bare
        ("The capsule carried Norvik astronaut Nick Hagen to the station.", "Nick Hagen", "astronaut"),  # a body's
        ("She leaves two sons, the actors Chris Larran and Toby Stevens.", "Toby Stevens", "actor"),  # listed
    ],
)
def test_a_calling_before_a_name_is_a_role(body: str, holder: str, value: str) -> None:
    assert any(who == holder and value in (said or "").lower() for who, _, said in _roles(body))


def test_a_plural_calling_is_claimed_once_for_its_first_name() -> None:
    roles = _roles("She leaves two sons, the actors Chris Larran and Toby Stevens.")
    assert [r for r in roles if r[0] == "Chris Larran"] == [("Chris Larran", "actors Chris Larran", "actor")]
