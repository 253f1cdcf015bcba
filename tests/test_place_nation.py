"""A birthplace put in a country or nation ('Born in Cardiff, England, in 1968') is supported only when the page's
place puts it there too: a page giving 'Cardiff, Wales' leaves it unverified (a false variant of the UK attorney
general subject, ukag-2024-07-24-v03, was supported by the town alone)."""

from __future__ import annotations

import pytest

from tests.support.judging import boxed, page
from tests.test_review47 import SAVED, _verdicts
from verify.models import Verdict

MOEN_CARDIFF = boxed(
    "Karl Moen",
    "Karl Moen (born 3 March 1960 in Cardiff, Wales) is a Welsh businessman. He studied law in England.",
    [("birth_date", "3 March 1960"), ("birth_place", "Cardiff, Wales")],
    SAVED,
)

MOEN_TOLD = page(
    "Karl Moen", "Karl Moen is a businessman. He was born in Cardiff, Wales, in 1960. He studied in England.", SAVED
)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Born in Cardiff, England, in 1960, Karl Moen studied law.", id="fronted-with-a-year"),
        pytest.param("Karl Moen, who was born in Cardiff, Scotland, in 1960, spoke.", id="relative-with-a-year"),
    ],
)
def test_a_town_put_in_another_nation_is_not_supported(body: str) -> None:
    found = _verdicts(body, [MOEN_CARDIFF], "clause", "orn in")
    assert found and Verdict.SUPPORTED not in found, found


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Born in Cardiff, Wales, in 1960, Karl Moen studied law.", id="the-nation"),
        pytest.param("Born in Cardiff, United Kingdom, in 1960, Karl Moen studied law.", id="the-state-around-it"),
        pytest.param("Karl Moen was born in Cardiff, United Kingdom.", id="the-state-at-the-end"),
    ],
)
def test_a_town_put_in_its_own_nation_or_state_is_supported(body: str) -> None:
    assert _verdicts(body, [MOEN_CARDIFF], "clause", "orn in") == [Verdict.SUPPORTED]


def test_a_page_sentence_putting_the_town_in_another_nation_supports_nothing() -> None:
    found = _verdicts("Born in Cardiff, England, in 1960, Karl Moen studied law.", [MOEN_TOLD], "clause", "orn in")
    assert found and Verdict.SUPPORTED not in found, found


def test_a_page_sentence_putting_the_town_in_the_same_nation_supports() -> None:
    found = _verdicts("Born in Cardiff, Wales, in 1960, Karl Moen studied law.", [MOEN_TOLD], "clause", "orn in")
    assert found == [Verdict.SUPPORTED], found


def test_a_nation_inside_the_claims_words_never_refutes_the_towns_older_name() -> None:
    doc = boxed(
        "Karl Moen",
        "Karl Moen (born 3 March 1940 in Karachi, Sind, British India) is a businessman.",
        [("birth_date", "3 March 1940"), ("birth_place", "Karachi, Sind, British India")],
        SAVED,
    )
    found = _verdicts("Born in Karachi, Pakistan, in 1940, Karl Moen studied law.", [doc], "clause", "orn in")
    assert found == [Verdict.SUPPORTED], found
