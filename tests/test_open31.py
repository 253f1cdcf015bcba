"""open31: true news shapes review30 found called false, read as they are meant. Each row is an invented sentence
judged against the invented pages of tests/test_review30.py and the reviews before it, with its one-fact-false twin
where one exists."""

from __future__ import annotations

import pytest

from tests.test_review26 import _judged
from tests.test_review30 import ALLIANCE
from verify.models import Verdict


# review30 R13: a bare count before an organisation's own name counts some of its members, not all of them.
@pytest.mark.parametrize(
    "body",
    [
        "Twelve NATO member states backed the plan.",
        "12 NATO members signed the letter.",
        "Ministers from 12 NATO member states met in Oslo.",
        "Only 23 NATO member states meet the spending target.",
    ],
)
def test_a_bare_count_before_the_owners_name_is_some_of_its_members(body: str) -> None:
    found = _judged(body, [ALLIANCE], ("quantity",))
    assert set(found.values()) == {Verdict.UNVERIFIED}, found


@pytest.mark.parametrize("body", ["The 30 NATO member states met in Oslo.", "All 30 NATO member states met in Oslo."])
def test_a_count_worded_as_the_whole_before_the_owners_name_is_still_refuted(body: str) -> None:
    found = _judged(body, [ALLIANCE], ("quantity",))
    assert set(found.values()) == {Verdict.CONTRADICTED}, found
