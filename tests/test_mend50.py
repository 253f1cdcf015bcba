"""Session 50's mends of the support fixa50's change lost (review50 B3, B4, B5; rows copied from
tests/test_review50.py of branch s50-review50), as rows the desk would meet: a sentence of an invented article judged
through the article's whole judging against invented pages, each beside its twin (fixa50's false "supported" still
closed)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import page
from tests.test_review49 import _verdicts  # the article judged whole against invented pages
from verify.models import Document, Verdict

SAVED = dt.datetime(2025, 4, 1, tzinfo=dt.UTC)


# ---------------------------------------------------------------------------------------------------------------
# B3 (verify/kinds/clause/judge.py `_a_present_deed_told_as_ended`): a spell that ended and began again later in the
# sentence ('and again since 2021', 'has coached the club again since 2021', 'returned as coach in 2021') is held now:
# 'Karl Moen coaches Korvik FC.' is supported. The twin: the spell ended for good (fixa50's S9 row) stays unsupported.
def _moen(told: str) -> Document:
    return page("Karl Moen", f"Karl Moen (born 3 March 1960) is a Norbian politician. {told}", SAVED)


@pytest.mark.parametrize(
    "told",
    [
        pytest.param("He coached Korvik FC from 2010 to 2014 and again since 2021.", id="again-since"),
        pytest.param(
            "He coached Korvik FC from 2010 to 2014, and he has coached the club again since 2021.", id="the-club"
        ),
        pytest.param("He coached Korvik FC from 2010 to 2014 and returned as coach in 2021.", id="returned"),
        pytest.param("He coached Korvik FC from 2010 to 2014 and rejoined Korvik FC in 2021.", id="rejoined"),
    ],
)
def test_b3_a_spell_ended_and_begun_again_is_held_now(told: str) -> None:
    assert _verdicts("Karl Moen coaches Korvik FC.", [_moen(told)], "clause", "Korvik") == [Verdict.SUPPORTED]


@pytest.mark.parametrize(
    "told",
    [
        pytest.param("He coached Korvik FC from 2010 to 2014 and then retired.", id="then-retired"),
        pytest.param("He coached Korvik FC from 2010 to 2014 and again from 2016 to 2018.", id="again-ended"),
        pytest.param("He coached Korvik FC from 2010 to 2014 and joined Halden FC in 2021.", id="another-club"),
        pytest.param("He coached Korvik FC from 2010 to 2014 and returned to politics in 2021.", id="another-return"),
        pytest.param("He coached Korvik FC from 2010 to 2014 and has worked as a pundit since 2015.", id="since-else"),
        pytest.param("He coached Korvik FC from 2010 to 2014 and has coached Halden FC again since 2020.",
                     id="again-another-club"),
    ],
)
def test_b3_twin_a_spell_ended_for_good(told: str) -> None:
    found = _verdicts("Karl Moen coaches Korvik FC.", [_moen(told)], "clause", "Korvik")
    assert found and Verdict.SUPPORTED not in found, found


def test_b3_twin_a_spell_running_since() -> None:
    found = _verdicts(
        "Karl Moen coaches Korvik FC.", [_moen("He has coached Korvik FC since 2014.")], "clause", "Korvik"
    )
    assert found == [Verdict.SUPPORTED]


# ---------------------------------------------------------------------------------------------------------------
# B4 (verify/kinds/role/judge.py `_ended_later`): a later clause ends THIS post only when what it leaves, named
# anywhere in the clause, is the post (or nothing), when it tells a leaving (a defeat in a contest is no ending of a
# post held), and when it is dated no earlier than the present spell's start.
def _lund(told: str) -> Document:
    return page("Eva Lund", f"Eva Lund (born 9 September 1970) is a Norbian politician. {told}", SAVED)


_MAYOR = "Eva Lund, the mayor of Halden, opened the bridge on Friday."


@pytest.mark.parametrize(
    "told",
    [
        pytest.param("She has been Mayor of Halden since 2010, and retired in 2015 from her teaching job.", id="job"),
        pytest.param(
            "She has been Mayor of Halden since 2010; she was defeated in the 2019 party leadership contest.",
            id="contest",
        ),
        pytest.param(
            "She has been Mayor of Halden since 2010; she resigned in 2019 from the Labour Party.", id="party"
        ),
        pytest.param(
            "She has been Mayor of Halden since 2010, and stepped down in 2015 as chair of the Norby Mayors' "
            "Association.",
            id="chair",
        ),
        pytest.param(
            "She has been Mayor of Halden since 2010, but lost the election in 2019 for a seat in parliament.",
            id="seat",
        ),
        pytest.param(
            "She has been Mayor of Halden since 2010; she stepped down in 2016 from the board of Acme Bank.", id="board"
        ),
        pytest.param(
            "She has been Mayor of Halden since 2022; she first served from 2006 to 2014, and resigned as mayor in "
            "2014 to join parliament.",
            id="an-earlier-spell",
        ),
        # a resignation undone: the mayoralty told in the present still holds
        pytest.param(
            "She has been Mayor of Halden since 2010, but she resigned in 2012 and returned in 2013.", id="returned"
        ),
        pytest.param(
            "She has been Mayor of Halden since 2010; she resigned in 2019, but the council refused her resignation.",
            id="refused",
        ),
        # another place's mayoralty left after the present one began: not this post's ending
        pytest.param(
            "She has been Mayor of Halden since 2010, and stepped down as mayor of Korvik in 2015.",
            id="another-places-mayoralty",
        ),
    ],
)
def test_b4_leaving_something_else_later_in_the_sentence(told: str) -> None:
    assert _verdicts(_MAYOR, [_lund(told)], "role", "mayor of Halden") == [Verdict.SUPPORTED]


@pytest.mark.parametrize(
    "told",
    [
        pytest.param("She has been Mayor of Halden since 2010; she stepped down in March 2025.", id="dated"),
        pytest.param(
            "She has been Mayor of Halden since 2010; she stepped down in 2025 from the post.", id="post-after"
        ),
        pytest.param("She has been Mayor of Halden since 2010; she resigned in 2025 as mayor.", id="as-mayor-after"),
        pytest.param("She has been Mayor of Halden since 2010; she resigned in 2010.", id="the-year-it-began"),
        pytest.param("She has been Mayor of Halden since 2010; she was defeated in 2024.", id="defeated-bare"),
        pytest.param("She has been Mayor of Halden since 2010; she was defeated in the 2024 election.", id="election"),
        pytest.param(
            "She has been Mayor of Halden since 2010; she was defeated in the 2024 mayoral election.", id="mayoral"
        ),
        pytest.param("She has been Mayor of Halden since 2010; she lost re-election in 2024.", id="re-election"),
        pytest.param("She has been Mayor of Halden since 2020; she resigned as mayor in 2024.", id="after-the-start"),
        pytest.param(
            "She has been Mayor of Halden since 2010; she resigned in 2019 and returned to teaching.", id="to-teaching"
        ),
    ],
)
def test_b4_twin_the_post_itself_left_later(told: str) -> None:
    found = _verdicts(_MAYOR, [_lund(told)], "role", "mayor of Halden")
    assert found and Verdict.SUPPORTED not in found, found


# ---------------------------------------------------------------------------------------------------------------
# B5 (verify/offices.py `name_goes_on`'s `bodies_too`): 'department' is a place's unit as well as a body's word
# ('Governor of Halden Department', as a department of Colombia or France): the place's own governor. The twin: a
# bank's.
@pytest.mark.parametrize("unit", ["Department", "Province"])
def test_b5_a_department_is_the_places_unit(unit: str) -> None:
    doc = _lund(f"Since 2023 she has been Governor of Halden {unit}.")
    assert _verdicts("Halden Governor Eva Lund spoke on Friday.", [doc], "role", "Halden Governor") == [
        Verdict.SUPPORTED
    ]


@pytest.mark.parametrize("body", ["Bank", "Council", "Ministry"])
def test_b5_twin_a_bodys_governor(body: str) -> None:
    doc = _lund(f"Since 2023 she has been Governor of Halden {body}.")
    found = _verdicts("Halden Governor Eva Lund spoke on Friday.", [doc], "role", "Halden Governor")
    assert found and Verdict.SUPPORTED not in found, found
