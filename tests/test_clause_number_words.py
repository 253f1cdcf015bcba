"""A clause stating a figure in words ('served three tours in Iraq') is not supported by a sentence giving
another ('served two tours in Iraq'): a number written as a word is stated as much as one in digits."""

import datetime as dt

import pytest

from tests.support.checked import results


@pytest.mark.parametrize(("tours", "verdict"), [("two", "supported"), ("three", "unverified")])
def test_a_clause_with_a_figure_in_words_needs_the_same_figure(tours: str, verdict: str):
    sentence = f"Dan Caine served {tours} tours in Iraq"
    got = results(f"{sentence}.", dt.date(2025, 8, 20))
    clause = [r for k, r in got.items() if k == sentence and r.kind == "clause"]
    assert clause, sorted(got)
    assert [c.verdict.value for c in clause] == [verdict], [c.rationale for c in clause]
