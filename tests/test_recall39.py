"""Contradictions missed on clause claims, read in the thirty-ninth session (recall39; issue 15). Invented people
and pages.

- A one-off step told with what its verb takes, the extractor having named no object ('He was promoted to squadron
  leader in 2001': predicate 'was promoted', no object): the words after the verb are what it takes, and the page's
  sentence giving that step another year ('In 1998, she was promoted to squadron leader') refutes it, as it refutes
  'joined the bank in 1985' (judging.toml clause.event_verbs, `_another_year_bound`). The same year supports it;
  another rank, or the page telling the step again, decides nothing.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import page, verdict_on_words
from verify.models import Verdict

SPRING_2026 = dt.date(2026, 4, 2)
SAVED = dt.datetime(2026, 5, 1, tzinfo=dt.UTC)
_RAF_CAREER = (
    "Lena Vos (born 3 May 1970) is a Norbian air force officer. She joined the Norbian Air Force in 1991. "
    "In 1998, she was promoted to squadron leader, becoming senior engineer officer of No. 4 Squadron."
)


@pytest.mark.parametrize(
    ("body", "told", "expected"),
    [
        pytest.param(
            "Lena Vos was promoted to squadron leader in 2001.", _RAF_CAREER, Verdict.CONTRADICTED, id="other-year"
        ),
        pytest.param(
            "Lena Vos was promoted to squadron leader in 1998.", _RAF_CAREER, Verdict.SUPPORTED, id="true-twin"
        ),
        pytest.param(
            "Lena Vos was promoted to group captain in 2001.", _RAF_CAREER, Verdict.UNVERIFIED, id="another-rank"
        ),
        pytest.param(
            "Lena Vos was promoted to squadron leader in 2001.",
            f"{_RAF_CAREER} She was demoted in 2000 and promoted to squadron leader again in 2001.",
            Verdict.SUPPORTED,
            id="told-again",
        ),
    ],
)
def test_a_step_whose_verb_takes_no_named_object_is_dated_by_the_page(body: str, told: str, expected: Verdict) -> None:
    found = verdict_on_words(body, [page("Lena Vos", told, SAVED)], SPRING_2026, "clause", "promoted")
    assert found == expected
