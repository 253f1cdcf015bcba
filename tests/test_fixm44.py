"""fixm44's rows (session 44): review43's open readings mended, each read as the desk would meet it, a true
sentence and its one-fact-false twin from an invented article judged against invented pages (`_judged_whole` of
tests/test_review38.py). review43's own rows are in tests/test_review43.py."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import clause_claim, page, verdict
from tests.test_review26 import SAVED
from tests.test_review38 import _judged_whole
from verify.models import Verdict

DAY = dt.date(2024, 6, 1)
BANK = "Korvik Bank is a Norbian bank."


# R11's reading is of the parse, not a list of words: a hyphened modifier ('full-time') narrows the counted noun
# too, and a page telling the part with the same words ('4,000 of them full-time') is read as the part's count.
@pytest.mark.parametrize(
    ("told", "verdict"),
    [
        pytest.param("It has 5,200 employees.", None, id="the-whole-only"),
        pytest.param("It has 5,200 employees, of whom 4,000 are full-time.", Verdict.CONTRADICTED, id="the-part-told"),
        pytest.param("It has 5,200 full-time employees.", Verdict.SUPPORTED, id="the-same-part"),
    ],
)
def test_a_hyphened_modifier_narrows_the_count(told: str, verdict: Verdict | None) -> None:
    found = _judged_whole("Korvik Bank has 5,200 full-time employees.", [page("Korvik Bank", f"{BANK} {told}", SAVED)],
                          "quantity", "", DAY)  # fmt: skip
    if verdict is None:
        assert Verdict.SUPPORTED not in found, found
    else:
        assert found == [verdict], found


# A hyphened fraction is no count either way: with a page's narrower count refuting nothing (R11), 'a two-thirds
# majority' must still not support a claimed majority of two.
def test_a_hyphened_fraction_does_not_support_a_count_of_its_numerator() -> None:
    told = page("2024 Norby general election", "The Norby Party won 41 seats, a two-thirds majority.", SAVED)
    said = "The Norby Party won 41 seats, a majority of two."
    claim = clause_claim("a majority of two", "Norby Party", "count", said, kind="quantity", number=2, unit="majority",
                         context="Norby Party")  # fmt: skip
    assert verdict(claim, [told], DAY).verdict == Verdict.UNVERIFIED


# R12's binding reads the figure after 'by' too: 'rose by 5%' is the revenue's change, not the profit's 'fell 5%'.
RESULTS = page(
    "Korvik Bank",
    f"{BANK} In 2023 its revenue rose 12% to 1.2 billion euros, and its net profit fell 5% to 240 million euros.",
    SAVED,
)


@pytest.mark.parametrize(
    ("body", "verdict"),
    [
        pytest.param("Korvik Bank's revenue rose by 5% in 2023.", Verdict.UNVERIFIED, id="another-measures-change"),
        pytest.param("Korvik Bank's revenue rose by 12% in 2023.", Verdict.SUPPORTED, id="its-own-change"),
    ],
)
def test_a_change_by_a_figure_is_bound_to_its_measure(body: str, verdict: Verdict) -> None:
    assert _judged_whole(body, [RESULTS], "clause", "revenue", DAY) == [verdict]


# R13's twin: a bare 'President' stays supported by a state's presidency, of a country named or left bare.
@pytest.mark.parametrize(
    "told",
    [
        pytest.param("She has been president of Chile since 2022.", id="of-a-country"),
        pytest.param("She has been President since 2022.", id="bare"),
    ],
)
def test_a_bare_president_is_supported_by_a_states_presidency(told: str) -> None:
    docs = [page("Nina Moe", f"Nina Moe (born 1970) is a Chilean politician. {told}", SAVED)]
    assert _judged_whole("President Nina Moe visited Korvik.", docs, "role", "Nina Moe", DAY) == [Verdict.SUPPORTED]
