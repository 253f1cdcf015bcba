"""fixq42 (session 42): review41's figures, scores and owners read clause by clause. A figure belongs to the clause
(verb, time) and to the owner it is written with; each row is a sentence the desk would meet, judged through the
article's whole judging (`_judged_whole` of tests/test_review38.py) against an invented page, with a true twin
wherever a reading could overreach (a true claim keeps its support)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import page
from tests.test_review26 import SAVED
from tests.test_review38 import _judged_whole
from tests.test_review41 import _club, _dahl, _lund, _moen, _party
from verify.models import Document, Verdict

DAY = dt.date(2024, 6, 1)


# R4: an en dash between two figures is a score or a span ('2–0', as Wikipedia writes it), not a clause break: the
# year after it stays the deed's (`verify.kinds.binding._BREAK`).
@pytest.mark.parametrize(
    ("told", "verdict"),
    [
        pytest.param("It beat Tarsa FC 2–0 in the 2021 final.", Verdict.SUPPORTED, id="score-then-its-year"),
        pytest.param("It beat Tarsa FC 2–0 in the 2020 final.", Verdict.UNVERIFIED, id="score-then-another-year"),
    ],
)
def test_a_score_with_an_en_dash_keeps_the_deeds_year(told: str, verdict: Verdict) -> None:
    found = _judged_whole("Korvik FC beat Tarsa FC 2-0 in the 2021 final.", [_club(told)], "clause", "Tarsa FC", DAY)
    assert found == [verdict]


# R5: a page sentence giving a figure for each of two years, one clause a year ('...; in 2022 it won 52 seats', 'the
# 2018 election with 30 seats and the 2022 election with 52 seats'), gives each figure its own clause's year
# (`verify.figure_pairs.other_parts`, read at the figure itself in the quantity judge): the year's own figure
# refutes another.
@pytest.mark.parametrize(
    ("told", "body", "verdict"),
    [
        pytest.param(
            "In 2018 it won 30 seats; in 2022 it won 52 seats.",
            "The Norby Party won 52 seats in 2018.",
            Verdict.CONTRADICTED,
            id="semicolon-another-years-seats",
        ),
        pytest.param(
            "In 2018 it won 30 seats; in 2022 it won 52 seats.",
            "The Norby Party won 52 seats in 2022.",
            Verdict.SUPPORTED,
            id="semicolon-the-years-own-seats",
        ),
        pytest.param(
            "In 2018 it won 30 seats; in 2022 it won 52 seats.",
            "The Norby Party won 30 seats in 2018.",
            Verdict.SUPPORTED,
            id="semicolon-the-first-years-seats",
        ),
        pytest.param(
            "It won the 2018 election with 30 seats and the 2022 election with 52 seats.",
            "The Norby Party won the 2018 election with 52 seats.",
            Verdict.CONTRADICTED,
            id="with-another-elections-seats",
        ),
        pytest.param(
            "It won the 2018 election with 30 seats and the 2022 election with 52 seats.",
            "The Norby Party won the 2022 election with 52 seats.",
            Verdict.SUPPORTED,
            id="with-the-elections-own-seats",
        ),
    ],
)
def test_a_figure_is_of_its_own_clauses_year(told: str, body: str, verdict: Verdict) -> None:
    found = _judged_whole(body, [_party(told)], "quantity", "52 seats" if "52" in body else "30 seats", DAY)
    assert found == [verdict]


# R6: the clause judge reads a figure in the clause it is written in: another season's clause past a semicolon, or a
# clause without the claim's verb ('four other counts were dropped'), does not give the deed its figure.
@pytest.mark.parametrize(
    ("doc", "body", "words", "verdict"),
    [
        pytest.param(
            _club("It won the cup in 2018; in 2021 it finished third with 70 points."),
            "Korvik FC won the cup in 2018 with 70 points.",
            "70 points",
            Verdict.UNVERIFIED,
            id="another-seasons-clause",
        ),
        pytest.param(
            _club("It won the cup in 2018 with 70 points; in 2021 it finished third."),
            "Korvik FC won the cup in 2018 with 70 points.",
            "70 points",
            Verdict.SUPPORTED,
            id="the-deeds-own-clause",
        ),
        pytest.param(
            _dahl("In 2021 he pleaded guilty to two counts of theft; four other counts were dropped."),
            "Jon Dahl pleaded guilty to four counts of theft in 2021.",
            "four counts",
            Verdict.UNVERIFIED,
            id="counts-of-a-verbless-clause",
        ),
        pytest.param(
            _dahl("In 2021 he pleaded guilty to four counts of theft; two other counts were dropped."),
            "Jon Dahl pleaded guilty to four counts of theft in 2021.",
            "four counts",
            Verdict.SUPPORTED,
            id="counts-of-the-verbs-clause",
        ),
    ],
)
def test_a_figure_is_of_its_own_clauses_deed(doc: Document, body: str, words: str, verdict: Verdict) -> None:
    assert _judged_whole(body, [doc], "clause", words, DAY) == [verdict]


def _steel(told: str) -> Document:
    """Korvik Steel's invented page: a Norbian steel company, with `told` after its lead."""
    return page("Korvik Steel", f"Korvik Steel is a Norbian steel company founded in 1950. {told}", SAVED)


# R7: a figure the claim sets in one country is weighed only against the page's figure of that country: a group's
# whole ('worldwide', 'in 12 countries', no place at all) neither refutes nor supports it; the country's own figure
# refutes another (`verify.kinds.quantity._of_its_place`, `measured.told_of_everywhere`). (The country's part of the
# whole, '800 of them in Norby', is not yet read as support: left unverified.)
@pytest.mark.parametrize(
    ("told", "body", "verdict"),
    [
        pytest.param(
            "It has 2,000 employees worldwide, 800 of them in Norby.",
            "Korvik Steel has 800 employees in Norby.",
            Verdict.UNVERIFIED,
            id="the-countrys-part-of-the-whole",
        ),
        pytest.param(
            "It has 2,000 employees.", "Korvik Steel has 800 employees in Norby.", Verdict.UNVERIFIED, id="whole-only"
        ),
        pytest.param(
            "It employs 2,000 people in 9 countries.",
            "Korvik Steel employs 800 people in Norby.",
            Verdict.UNVERIFIED,
            id="whole-in-several-countries",
        ),
        pytest.param(
            "It has 2,000 employees worldwide, 800 of them in Norby.",
            "Korvik Steel has 2,000 employees in Norby.",
            Verdict.UNVERIFIED,
            id="the-whole-as-the-countrys",
        ),
        pytest.param(
            "It has 800 employees in Norby.", "Korvik Steel has 900 employees in Norby.", Verdict.CONTRADICTED, id="own"
        ),
        pytest.param(
            "It has 2,000 employees worldwide.", "Korvik Steel has 2,000 employees.", Verdict.SUPPORTED, id="the-whole"
        ),
    ],
)
def test_a_countrys_count_is_weighed_against_that_countrys(told: str, body: str, verdict: Verdict) -> None:
    words = "people" if "people" in body else "employees"
    assert _judged_whole(body, [_steel(told)], "quantity", words, DAY) == [verdict]


def test_a_count_on_a_page_titled_by_the_place_refutes_the_places_count() -> None:
    """The twin of R7: a page whose title names the place ('2021 Halden flood') counts there with no place word."""
    lead = "The 2021 Halden flood was a flood in Norby in March 2021."
    doc = page("2021 Halden flood", f"{lead} The flood killed 40 people.", SAVED)
    found = _judged_whole("The 2021 Halden flood killed 52 people in Halden.", [doc], "quantity", "52 people", DAY)
    assert found == [Verdict.CONTRADICTED]


# R12 + R19: a figure the page writes as another's (a possessive or a gapped clause's name before it, another team
# it counts for) states nothing of the claim's subject (`verify.kinds.clause.judge._figure_owned_by_another`).
@pytest.mark.parametrize(
    ("doc", "body", "words", "verdict"),
    [
        pytest.param(
            _lund("In the 2018 runoff she won 45% of the vote to Ana Ruiz's 55%."),
            "Eva Lund won 55% of the vote in the 2018 runoff.",
            "55%",
            Verdict.UNVERIFIED,
            id="a-possessives-share",
        ),
        pytest.param(
            _lund("In the 2018 runoff she won 45% of the vote and Ana Ruiz 55%."),
            "Eva Lund won 55% of the vote in the 2018 runoff.",
            "55%",
            Verdict.UNVERIFIED,
            id="a-gapped-clauses-share",
        ),
        pytest.param(
            _lund("In the 2018 runoff she won 55% of the vote to Ana Ruiz's 45%."),
            "Eva Lund won 55% of the vote in the 2018 runoff.",
            "55%",
            Verdict.SUPPORTED,
            id="her-own-share",
        ),
        pytest.param(
            _moen("He has scored 30 goals for Tarsa FC and 8 for Korvik FC."),
            "Karl Moen has scored 30 goals for Korvik FC.",
            "goals",
            Verdict.UNVERIFIED,
            id="another-teams-goals",
        ),
        pytest.param(
            _moen("He has scored 30 goals for Tarsa FC and 8 for Korvik FC."),
            "Karl Moen has scored 30 goals for Tarsa FC.",
            "goals",
            Verdict.SUPPORTED,
            id="the-teams-own-goals",
        ),
    ],
)
def test_a_figure_written_as_anothers_does_not_support(doc: Document, body: str, words: str, verdict: Verdict) -> None:
    assert _judged_whole(body, [doc], "clause", words, DAY) == [verdict]
