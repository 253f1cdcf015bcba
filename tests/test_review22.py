"""Findings of review22 (session 22). B-items: plain tests that pass on main and fail on the branch named (merging it
without a fix turns them red). R-items are strict xfails for what is open, to merge with their fix. Invented people,
countries and pages (`tests/support/judging.py`); each claim has the fields extraction gives its words. The B-items
(B1-B7) live beside their fixes only (tests/test_fs22_inside_longer.py, tests/test_recall22.py,
tests/test_extras22.py); R1, closed in session 23, stays here as a plain test."""

from __future__ import annotations

import pytest

from tests.test_fs22_inside_longer import _holds
from verify.models import Verdict


# R1 (main and s22-fs22 78d70b5, judging.toml offices.other_post_words): a title inside a longer title supported the
# post: 'Under-Secretary-General of the Vestrian Union' supported 'secretary-general', 'Undersecretary of the Treasury'
# 'secretary of the treasury'. A third row, 'Lieutenant Governor of Norby' for 'governor of Norby', was closed by
# s22-fs22 d9fdd67 (tests/test_fs22_inside_longer.py); these two by s23-fs23 (judging.toml offices.glued_prefixes and
# 'under' among other_post_words; more rows in tests/test_fs23_other_office.py), so they are plain tests now.
@pytest.mark.parametrize(
    ("value", "office"),
    [
        pytest.param("secretary-general of the Vestrian Union", "Under-Secretary-General of the Vestrian Union",
                     id="under-secretary-general"),
        pytest.param("secretary of the treasury", "Undersecretary of the Treasury", id="undersecretary"),
    ],
)  # fmt: skip
def test_a_title_inside_a_longer_title_does_not_support_the_post(value: str, office: str) -> None:
    assert _holds(value, [("office", office), ("term_start", "1 March 2019")]) != Verdict.SUPPORTED
