"""The lead's rows of the thirty-sixth session: each a behaviour the clause judge must keep, seen red through its
mutation in scripts/mutation_check.py."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, page, verdict
from tests.test_judge_sure_conflicts import count
from tests.test_review26 import _judged, _never
from tests.test_review31 import _dahl_told
from verify.models import Verdict

AS_OF = dt.date(2024, 6, 1)


# The office a step leads to is asked with the words that are part of it ('deputy', 'lieutenant', a field in lower
# case) wherever the post names it: after an owner ("Korvik Bank's") or a describing word ('party'), not only at its
# start. Before, each of these false steps was SUPPORTED by the page's step into the other office of the same year.
@pytest.mark.parametrize(
    ("body", "sentence"),
    [
        pytest.param(
            "Jon Dahl was appointed deputy governor of the Bank of Norby in 2018.",
            "In 2018 he was appointed governor of the Bank of Norby.",
            id="deputy-dropped",
        ),
        pytest.param(
            "Jon Dahl was appointed Korvik Bank's chief executive in 2018.",
            "In 2018 he was appointed Korvik Bank's chairman.",
            id="owner-before-the-title",
        ),
        pytest.param(
            "Jon Dahl was appointed the Bank of Norby's chief economist in 2018.",
            "In 2018 he was appointed the Bank of Norby's deputy governor.",
            id="owner-named-with-of-before-the-title",
        ),
        pytest.param(
            "Jon Dahl was elected party chairman in 2019.",
            "In 2019 he was elected party secretary.",
            id="describing-word-before-the-title",
        ),
        pytest.param(
            "Jon Dahl was appointed minister of finance in 2018.",
            "In 2018 he was appointed minister of defence.",
            id="field-in-lower-case",
        ),
        pytest.param(
            "Jon Dahl was appointed chief of staff in 2018.",
            "In 2018 he was appointed chief of police.",
            id="chief-of-another-field",
        ),
        pytest.param(
            "Jon Dahl was appointed chief executive in 2018.",
            "In 2018 he was appointed chief operating officer.",
            id="another-chief-officer",
        ),
    ],
)
def test_a_step_into_another_office_does_not_support_the_step(body: str, sentence: str) -> None:
    _never(Verdict.SUPPORTED, body, [_dahl_told(sentence)], ("clause",), AS_OF)


@pytest.mark.parametrize(
    ("body", "sentence"),
    [
        pytest.param(
            "Jon Dahl was appointed deputy governor of the Bank of Norby in 2018.",
            "In 2018 he was appointed Deputy Governor of the Bank of Norby.",
            id="deputy-kept",
        ),
        pytest.param(
            "Jon Dahl was elected vice chairman of the Norby Party in 2019.",
            "In 2019 he was elected vice-chairman of the Norby Party.",
            id="hyphenated-on-the-page",
        ),
        pytest.param(
            "Jon Dahl was appointed Korvik Bank's new chief executive in 2018.",
            "In 2018 he was appointed chief executive of Korvik Bank.",
            id="owner-and-new-before-the-title",
        ),
        pytest.param(
            "Jon Dahl was appointed minister of finance in 2018.",
            "In 2018 he was appointed minister of finance.",
            id="field-worded",
        ),
    ],
)
def test_a_step_into_the_same_office_is_supported(body: str, sentence: str) -> None:
    found = _judged(body, [_dahl_told(sentence)], ("clause",), AS_OF)
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# The count judge reads a page's count only when its verb is the claim's own ('won') and its year the claim's, so
# these rows are decided by the count's noun and year alone: a year naming the elections counts none, and a count of
# seats is no count of elections though the modifier 'regional' is the same.
GREENS_SAID = "The Norby Greens, who won two regional elections in 2030, entered government."


def greens_elections(page_sentence: str, unit: str = "regional elections") -> Verdict:
    """'won two regional elections' against one invented page sentence."""
    claim = count("two regional elections", GREENS_SAID, 2, unit, "Norby Greens")
    return verdict(claim, [page("Norby Greens", page_sentence)], dt.date(2031, 10, 20)).verdict


@pytest.mark.parametrize("unit", ["regional elections", "elections"])
def test_a_year_naming_the_elections_won_counts_no_elections(unit: str) -> None:
    assert greens_elections("The Norby Greens won the 2030 regional elections.", unit) == Verdict.UNVERIFIED


def test_a_count_of_seats_won_is_no_count_of_elections_won() -> None:
    assert greens_elections("The Norby Greens won three regional seats.") == Verdict.UNVERIFIED


def test_twin_a_count_of_elections_won_refutes_another() -> None:
    assert greens_elections("The Norby Greens won three regional elections.") == Verdict.CONTRADICTED


# A weekday written with its date ('on Tuesday, 1 October', under a dateline giving the story's day) names no office the
# page's row must word: the swearing-in is dated by the term's start.
SWORN_IN = boxed(
    "Ana Ruiz",
    "Ana Ruiz (born 1975) is a Norbian politician who has served as Prime Minister of Norby since 2024.",
    [("office", "Prime Minister of Norby"), ("term_start", "1 October 2024")],
    dt.datetime(2024, 11, 1, tzinfo=dt.UTC),
)


@pytest.mark.parametrize(
    ("day", "verdict"),
    [
        pytest.param("Tuesday, 1 October", Verdict.SUPPORTED, id="her-day"),
        pytest.param("Tuesday, 24 September", Verdict.CONTRADICTED, id="another"),
    ],
)
def test_a_swearing_in_dated_with_its_weekday_is_judged_by_the_terms_start(day: str, verdict: Verdict) -> None:
    body = f"HALDEN, 2 October 2024 - Ana Ruiz was sworn in on {day}, as prime minister."
    found = _judged(body, [SWORN_IN], ("date",), dt.date(2024, 10, 2))
    assert set(found.values()) == {verdict}, found
