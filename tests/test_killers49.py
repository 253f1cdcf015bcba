"""Rows written for mutations whose remembered test had stopped failing (session 49's killers pass): each is the
example its rule exists for, through the article's whole judging, on invented pages."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import page
from tests.test_review26 import SAVED
from tests.test_review38 import _judged_whole
from verify.models import Document, Verdict

DAY = dt.date(2024, 6, 1)


def _moe(told: str) -> Document:
    """Nina Moe's invented page: a Norbian chemist, with `told` after her lead."""
    return page("Nina Moe", f"Nina Moe (born 1970) is a Norbian chemist. {told}", SAVED)


@pytest.mark.parametrize(
    ("told", "supported"),
    [
        # the description's words in its order, but 'Ivo Stam' far after 'niece': another description's name
        ("She is a niece of Ada Lorn, the former prime minister, and a cousin of Ivo Stam.", False),
        ("She is a niece of Ivo Stam, the former prime minister.", True),  # the twin: written together
    ],
)
def test_a_description_is_supported_only_with_its_words_a_few_words_apart(told: str, supported: bool) -> None:
    """Mutation description-gap-unbounded. 'a niece of Ivo Stam' is no description of a page that calls her a
    niece of someone else and names Ivo Stam a clause later."""
    verdicts = _judged_whole("Nina Moe is a niece of Ivo Stam.", [_moe(told)], "clause", "niece", DAY)
    assert (Verdict.SUPPORTED in verdicts) is supported, verdicts
