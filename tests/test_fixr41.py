"""Rows of session 41's fixr41 mends of review findings: what each reading reads, with its twin where the reading
could overreach. Invented articles judged against invented pages through the article's whole judging."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import page
from tests.test_review26 import SAVED
from tests.test_review38 import _judged_whole
from verify.models import Document, Verdict

DAY = dt.date(2024, 6, 1)


def _lund(told: str) -> Document:
    """Eva Lund's invented page: a Norbian politician, with `told` after her lead."""
    return page("Eva Lund", f"Eva Lund (born 1968) is a Norbian politician. {told}", SAVED)


def _holt(told: str) -> Document:
    """Eva Holt's invented page: a Norbian swimmer, with `told` after her lead."""
    return page("Eva Holt", f"Eva Holt (born 1990) is a Norbian swimmer. {told}", SAVED)


# A post or description written right before another person's name is that person's ('the former finance minister
# Ivo Stam', 'the Olympic champion Ana Ruiz'), whatever the page's person is to them.
@pytest.mark.parametrize(
    ("doc", "body", "kind", "words"),
    [
        pytest.param(
            _lund("In 1990 she married the former finance minister Ivo Stam."),
            "Eva Lund, a former finance minister, said on Monday.",
            "role",
            "Eva Lund",
            id="role-married",
        ),
        pytest.param(
            _holt("She was coached by the Olympic champion Ana Ruiz."),
            "Eva Holt, an Olympic champion, said on Monday.",
            "clause",
            "champion",
            id="description-coached-by",
        ),
    ],
)
def test_a_title_before_anothers_name_is_not_hers(doc: Document, body: str, kind: str, words: str) -> None:
    assert Verdict.SUPPORTED not in _judged_whole(body, [doc], kind, words, DAY)


# ... but the page's person's own name after the title keeps it hers.
@pytest.mark.parametrize(
    ("doc", "body", "kind", "words"),
    [
        pytest.param(
            _lund("In 2016 the former finance minister Eva Lund founded the Norby Institute."),
            "Eva Lund, a former finance minister, said on Monday.",
            "role",
            "Eva Lund",
            id="role-her-own-name",
        ),
        pytest.param(
            _holt("In 2020 the Olympic champion Eva Holt opened a swimming school in Korvik."),
            "Eva Holt, an Olympic champion, said on Monday.",
            "clause",
            "champion",
            id="description-her-own-name",
        ),
    ],
)
def test_a_title_before_her_own_name_is_hers(doc: Document, body: str, kind: str, words: str) -> None:
    assert _judged_whole(body, [doc], kind, words, DAY) == [Verdict.SUPPORTED]


def _moe(told: str) -> Document:
    """Nina Moe's invented page: a Norbian chemist, with `told` after her lead."""
    return page("Nina Moe", f"Nina Moe (born 1970) is a Norbian chemist. {told}", SAVED)


# A past participle hanging from a noun with its doer after 'by' ('a film directed by Ivo Stam') is a passive
# relative clause without its 'which was': the deed is the named doer's, not the page's person's.
def test_a_deed_done_by_another_in_a_reduced_relative_does_not_support() -> None:
    doc = _moe("In 2019 she starred in a film directed by Ivo Stam.")
    found = _judged_whole("Nina Moe directed the film in 2019.", [doc], "clause", "directed", DAY)
    assert Verdict.SUPPORTED not in found, found


# ... and its doer the page's person keeps it hers, with the noun it hangs from as the thing done.
def test_a_deed_done_by_her_in_a_reduced_relative_is_supported() -> None:
    doc = _moe("In 2019 the expedition, led by Nina Moe, reached the Arctic.")
    assert _judged_whole("Nina Moe led the expedition in 2019.", [doc], "clause", "led", DAY) == [Verdict.SUPPORTED]
