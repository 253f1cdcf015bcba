"""A description is supported by a sentence that gives it as written, its words bound as the claim binds them:
Paetongtarn Shinawatra's page says she 'is the youngest daughter of Thaksin Shinawatra ... and a niece of
Yingluck Shinawatra', which is no 'youngest daughter of Yingluck Shinawatra'."""

import datetime as dt

import pytest

from tests.support.checked import results


@pytest.mark.parametrize(
    ("description", "verdict"),
    [
        ("the youngest daughter of Thaksin Shinawatra", "supported"),
        ("the youngest daughter of Yingluck Shinawatra", "unverified"),
        ("a niece of Thaksin Shinawatra", "unverified"),
    ],
)
def test_a_description_is_supported_only_by_its_words_written_together(description: str, verdict: str):
    got = results(f"Paetongtarn Shinawatra is {description}.", dt.date(2024, 8, 19))
    claims = [r for k, r in got.items() if description in k]
    assert claims, sorted(got)
    assert {c.verdict.value for c in claims} == {verdict}, [c.rationale for c in claims]
