"""Session 46, helper recall46: contradiction recall (issue 15). Each row an invented subject; each false row has
its true twin, so a mend that refutes more never refutes the true claim."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, page
from tests.test_review38 import _judged_whole
from verify.models import Verdict

# saved before the article's day (review26's AS_OF, 10 January 2024): a later revision's 'since' is set aside
BEFORE = dt.datetime(2023, 12, 1, tzinfo=dt.UTC)
# Karl Moen's invented page: the first foreign head of the Korvik Museum since 1901 (a rank narrowed past its post).
MOEN = page(
    "Karl Moen",
    "Karl Moen (born 1960) is a Norbian art historian. He studied in Halden. From 2016 to 2023 he was the director of "
    "the Korvik Museum, the first non-Norbian head of the museum since 1901.",
    BEFORE,
)


# A rank narrowed past its post ('the first non-Norbian head of the museum since 1901') that the subject's page gives
# in the same words with another number: the same ranking told otherwise, a structured conflict (before: unverified,
# `_narrowed_rank_findings` only ever supported).
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Moen, 63, was the second non-Norbian head of the museum since 1901.",
            Verdict.CONTRADICTED,
            id="second-since-refuted",
        ),
        pytest.param(
            "Moen, 63, was the first non-Norbian head of the museum since 1901.",
            Verdict.SUPPORTED,
            id="twin-first-since-supported",
        ),
        pytest.param(
            "Moen, 63, was the second non-Norbian head of the museum since 1950.",
            Verdict.UNVERIFIED,
            id="other-narrowing-unverified",
        ),
    ],
)
def test_narrowed_rank_numbered_otherwise(body: str, expected: Verdict) -> None:
    assert _judged_whole(body, [MOEN], "clause", "non-Norbian") == [expected]


# The apposition after the subject's own post ('he was the director of the Korvik Museum, the first ... head') tells
# the post's holder (before: read as the museum's, so even the true rank was unverified); after a kinsman's name ('he
# is the son of Ivo Stam, the first ... head') it stays the kinsman's: no refutation of Moen's rank.
STAM_SON = page(
    "Karl Moen",
    "Karl Moen (born 1960) is a Norbian art historian. He studied in Halden. He is the son of Ivo Stam, the first "
    "non-Norbian head of the museum since 1901.",
    BEFORE,
)


def test_a_kinsmans_apposed_rank_is_not_the_subjects() -> None:
    body = "Moen, 63, was the second non-Norbian head of the museum since 1901."
    assert _judged_whole(body, [STAM_SON], "clause", "non-Norbian") == [Verdict.UNVERIFIED]


# An apposition after the subject's post that names no post ('the director of the Korvik Museum, the first public
# museum in Norby since 1901') tells the body, not its director: it numbers no rank of Moen's.
MUSEUM_RANKED = page(
    "Karl Moen",
    "Karl Moen (born 1960) is a Norbian art historian. He studied in Halden. From 2016 to 2023 he was the director of "
    "the Korvik Museum, the first public museum in Norby since 1901.",
    BEFORE,
)


def test_an_apposition_naming_no_post_is_the_bodys() -> None:
    body = "Moen, 63, was the second public museum in Norby since 1901."
    assert _judged_whole(body, [MUSEUM_RANKED], "clause", "museum") == [Verdict.UNVERIFIED]


# Two spells, each ranked in the same words: the page's 'first' does not refute the 'second' it also gives.
TWO_SPELLS = page(
    "Karl Moen",
    "Karl Moen (born 1960) is a Norbian art historian. He studied in Halden. He was the first non-Norbian head of the "
    "museum since 1901. In 2020 he returned as the second non-Norbian head of the museum since 1901.",
    BEFORE,
)


def test_a_rank_the_page_also_gives_is_supported() -> None:
    body = "Moen, 63, was the second non-Norbian head of the museum since 1901."
    assert _judged_whole(body, [TWO_SPELLS], "clause", "non-Norbian") == [Verdict.SUPPORTED]


# Ana Ruiz's invented page: the 12th president of Korvik University, her office row numbered.
RUIZ_NUMBERED = boxed(
    "Ana Ruiz",
    "Ana Ruiz (born 1970) is a Norbian economist who was the 12th president of Korvik University.",
    [
        ("office", "12th President of Korvik University"),
        ("term_start", "1 July 2023"),
        ("term_end", "2 January 2024"),
    ],
    BEFORE,
)


# 'had been the 11th president of Korvik University since 1 July 2023': a perfect's 'since' and a day tell when the
# post was taken up, no narrowing of its holders (before: read as a rank among some, so the numbered office row never
# counted and the wrong number stayed unverified).
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Ruiz, 53, had been the 11th president of Korvik University since 1 July 2023.",
            Verdict.CONTRADICTED,
            id="11th-since-a-day-refuted",
        ),
        pytest.param(
            "Ruiz, 53, had been the 12th president of Korvik University since 1 July 2023.",
            Verdict.SUPPORTED,
            id="twin-12th-since-a-day-supported",
        ),
    ],
)
def test_a_perfects_since_is_no_narrowing(body: str, expected: Verdict) -> None:
    assert _judged_whole(body, [RUIZ_NUMBERED], "clause", "president") == [expected]

