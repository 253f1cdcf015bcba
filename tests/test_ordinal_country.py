"""An ordinal numbers one country's post: 'Colombia's 66th president' is not supported by a row for the
66th President of Mexico; that row, on the person's own page, says whose post they hold and contradicts it.
A post of two words ('31st Prime Minister of Thailand', 'the 31st prime minister of Cambodia') names its
country after the words the ordinal's match holds, which stop at 'of': both sides are read whole."""

import datetime as dt

import pytest

from tests.support.checked import results

SHEINBAUM = ("Sheinbaum spoke in the capital. Claudia Sheinbaum was sworn in as {}.", dt.date(2024, 10, 2))
PAETONGTARN = ("Paetongtarn Shinawatra spoke. Paetongtarn Shinawatra {}.", dt.date(2024, 8, 19))

# (id, the article, the claim's words, the verdict)
CASES = [
    ("mexico", SHEINBAUM, "Mexico's 66th president", "supported"),
    ("colombia", SHEINBAUM, "Colombia's 66th president", "contradicted"),
    ("thailand-possessive", PAETONGTARN, "is Thailand's 31st prime minister", "supported"),
    ("malaysia-possessive", PAETONGTARN, "is Malaysia's 31st prime minister", "contradicted"),
    ("thailand-of", PAETONGTARN, "became the 31st prime minister of Thailand", "supported"),
    ("cambodia-of", PAETONGTARN, "became the 31st prime minister of Cambodia", "unverified"),
]


@pytest.mark.parametrize(("article", "words", "verdict"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_an_ordinal_numbers_the_post_of_the_country_it_names(article, words: str, verdict: str):
    text, as_of = article
    got = results(text.format(words), as_of)
    key = words.removeprefix("is ").removeprefix("became ")
    claims = [v for k, v in got.items() if key.removeprefix("the ") in k and v.kind == "clause"]
    assert claims, sorted(got)
    assert {c.verdict.value for c in claims} == {verdict}, [c.rationale for c in claims]
