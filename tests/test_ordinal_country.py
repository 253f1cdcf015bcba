"""An ordinal numbers one country's post: 'Colombia's 66th president' is not supported by a row for the
66th President of Mexico; that row, on the person's own page, says whose post they hold and contradicts it."""

import datetime as dt

import pytest

from tests.support.checked import results


@pytest.mark.parametrize(("country", "verdict"), [("Mexico", "supported"), ("Colombia", "contradicted")])
def test_the_ordinal_row_of_another_countrys_post_does_not_support(country: str, verdict: str):
    text = f"Sheinbaum spoke in the capital. Claudia Sheinbaum was sworn in as {country}'s 66th president."
    got = results(text, dt.date(2024, 10, 2))
    claims = [v for k, v in got.items() if f"{country}'s 66th president" in k and v.kind == "clause"]
    assert claims, sorted(got)
    assert {c.verdict.value for c in claims} == {verdict}, [c.rationale for c in claims]


@pytest.mark.parametrize(("country", "verdict"), [("Thailand", "supported"), ("Malaysia", "contradicted")])
def test_a_post_of_two_words_names_its_country_after_the_ordinal_match(country: str, verdict: str):
    """'31st Prime Minister of Thailand': the ordinal's match stops at 'of', before the country, so the
    country is read from the whole phrase the ordinal numbers."""
    text = f"Paetongtarn Shinawatra spoke in the capital. Paetongtarn Shinawatra is {country}'s 31st prime minister."
    got = results(text, dt.date(2024, 8, 19))
    claims = [v for k, v in got.items() if f"{country}'s 31st prime minister" in k and v.kind == "clause"]
    assert claims, sorted(got)
    assert {c.verdict.value for c in claims} == {verdict}, [c.rationale for c in claims]


@pytest.mark.parametrize(("country", "verdict"), [("Thailand", "supported"), ("Cambodia", "unverified")])
def test_the_claims_own_country_after_a_post_of_two_words_is_read(country: str, verdict: str):
    """'the 31st prime minister of Cambodia': the claim's ordinal match stops at 'of' too, so the claim's country
    is read from its whole phrase; Thailand's row then numbers another country's post."""
    text = f"Paetongtarn Shinawatra spoke. Paetongtarn Shinawatra became the 31st prime minister of {country}."
    got = results(text, dt.date(2024, 8, 19))
    claims = [v for k, v in got.items() if f"31st prime minister of {country}" in k and v.kind == "clause"]
    assert claims, sorted(got)
    assert {c.verdict.value for c in claims} == {verdict}, [c.rationale for c in claims]
