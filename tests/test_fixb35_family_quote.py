"""A family's words ('"…," her family said', speaker 'family of Ana Ruiz') are the family's, not the person's: her
own page's quote of her does not support them, its quote of her family does (session 35, fixb35: review35 B7)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import judged_body, page
from verify.models import Verdict

AS_OF = dt.date(2024, 1, 10)
SAVED = dt.datetime(2024, 5, 1, tzinfo=dt.UTC)
BODY = 'Ana Ruiz spoke on Monday. "It is a disaster," her family said in a statement.'


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        pytest.param('In 2023 she said: "It is a disaster."', Verdict.UNVERIFIED, id="her-own-words"),
        pytest.param('In 2023 her family said: "It is a disaster."', Verdict.SUPPORTED, id="her-familys-words"),
        pytest.param('"It is a disaster," the family said in 2023.', Verdict.SUPPORTED, id="the-family-after"),
    ],
)
def test_a_familys_words_are_supported_by_the_familys_only(said: str, expected: Verdict) -> None:
    doc = page("Ana Ruiz", f"Ana Ruiz (born 1 January 1975) is a Norbian politician. {said}", SAVED)
    found = [(c.subject, v) for c, v in judged_body(BODY, [doc], AS_OF) if c.kind == "quote"]
    assert found == [("family of Ana Ruiz", expected)]
