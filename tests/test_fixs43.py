"""fixs43 (session 43): rows for the mends of review42's open false verdicts (R17, R4, R20, R19, R1, R16) that its
own rows do not guard: the twins each mend must keep."""

from __future__ import annotations

import datetime as dt

import pytest

from verify.app import article_from_text
from verify.extract import extract_claims

DAY = dt.date(2024, 6, 1)


def _roles(body: str) -> list[tuple[str, str | None]]:
    """The role claims (holder, post) extracted from an invented article of `body`."""
    claims = extract_claims(article_from_text(f"Norby news\n\n{body}\n", as_of=DAY))
    return [(c.subject, c.value) for c in claims if c.kind == "role"]


# R17: 'Its director' after a body named only by a description of its own ('the weather agency said') is that body's
# director; a description after an organisation its paragraph named as a subject stands for that organisation.
@pytest.mark.parametrize(
    ("body", "post"),
    [
        pytest.param(
            "Prices in Norby rose 3%, the statistics agency said. Its director, Ivo Stam, said rises would slow.",
            "director of the statistics agency",
            id="described-body",
        ),
        pytest.param(
            "Korvik Group cut 500 jobs, the mining company said. Its chief executive, Jon Dahl, said more would go.",
            "chief executive of Korvik Group",
            id="description-of-the-subject",
        ),
    ],
)
def test_its_post_is_the_body_named_last(body: str, post: str) -> None:
    assert [v for _, v in _roles(body)] == [post]
