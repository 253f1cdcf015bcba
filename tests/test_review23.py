"""Findings of review23 (session 23). B-items: plain tests that pass on main and fail on the branch named (merging it
without a fix turns them red). R-items are strict xfails for what is open, to merge with their fix. Invented people,
countries and pages (`tests/support/judging.py`), or generic wording for extraction; each claim judged has the fields
extraction gives its words."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_clauses import article
from tests.test_fs23_other_office import RUIZ_TWO_PRESIDENCIES, _judged
from verify.extract import extract_claims
from verify.models import Verdict

AS_OF = dt.date(2024, 4, 1)


def _open(reason: str) -> pytest.MarkDecorator:
    """An R-item's strict xfail: what is still open on main and on the branches reviewed."""
    return pytest.mark.xfail(strict=True, reason=reason)


# R1 (main 65d42ba and s23-fs23 7d90151): "has been president of Norby since 1 May 2021" names the country's
# presidency, begun 10 June 2019; the party's presidency begun that day ("President of the Norby Party": a body
# named after the country) keeps it unverified. With the country's row alone it is contradicted.
# Closed by fs24 (offices.said_in_full): a plain test now.
def test_r1_the_countrys_presidency_is_not_the_presidency_of_a_party_named_after_it() -> None:
    ruiz = RUIZ_TWO_PRESIDENCIES
    found = _judged("Tom Ruiz has been president of Norby since 1 May 2021.", [ruiz], AS_OF)
    assert Verdict.CONTRADICTED in found.values(), found


# B8 (s23-ext23p 3d82bbf, verify/extract/__init__.py `_without_nameless_subjects`): a claim whose subject is a bare
# common noun is dropped. Those claims had the wrong subject, so any-kind and same-kind recall stay, but the facts
# vanish from the report: span-only recall falls in every tuning batch (g137-g144 0.732 -> 0.719, g145-g152 0.745 ->
# 0.735), a disaster's magnitude and death toll and a trial's length among them, the very claims ext23 gives their
# event (its cause 2: "a four-day trial" is the trial's). A fact with a wrong subject wants its subject, not deletion.
@pytest.mark.parametrize(
    ("body", "words"),
    [
        pytest.param(
            "A magnitude 7.1 earthquake struck off the coast of Norby on Monday, killing 12 people.",
            "12 people",
            id="death-toll",
        ),
        pytest.param(
            "A magnitude 7.1 earthquake struck off the coast of Norby on Monday, killing 12 people.",
            "magnitude 7.1",
            id="magnitude",
        ),
        pytest.param("The jury reached its verdict after a four-day trial in Norby.", "four-day", id="trial-length"),
    ],
)
def test_b8_a_fact_whose_subject_is_a_common_noun_stays_in_the_report(body: str, words: str) -> None:
    assert any(words in c.text for c in extract_claims(article(body)))
