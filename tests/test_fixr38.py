"""fixr38 (session 38): the true twins of review38's R-items this branch mends (tests/test_review38.py holds the
false rows): each mend sets a false support aside and must leave the true claim beside it supported."""

from __future__ import annotations

import pytest

from tests.support.judging import page
from tests.test_review26 import SAVED, _judged
from verify.models import Verdict


def _ruiz(said: str):
    return page("Ana Ruiz", f"Ana Ruiz (born 1 January 1975) is a Norbian politician. {said}", SAVED)


# R12: a repeat ('re-elected', 'reappointed') is supported by the page's repeat of the claim's year, whether or not
# the sentence tells the first step too; the first step's year is no support (test_review38's row).
@pytest.mark.parametrize(
    ("body", "said"),
    [
        pytest.param(
            "Ana Ruiz was re-elected mayor of Korvik in 2019.",
            "She was first elected mayor of Korvik in 2015 and was re-elected mayor of Korvik in 2019.",
            id="re-elected-after-the-first",
        ),
        pytest.param(
            "Ana Ruiz was re-elected mayor of Korvik in 2019.",
            "She was re-elected mayor of Korvik in 2019.",
            id="re-elected-alone",
        ),
        pytest.param(
            "Ana Ruiz was re-elected mayor of Korvik in 2023.",
            "In 2023 she was elected mayor of Korvik for a second time.",
            id="elected-for-a-second-time",
        ),
        pytest.param(
            "Ana Ruiz was reappointed finance minister in 2019.",
            "She was appointed finance minister in 2015 and reappointed finance minister in 2019.",
            id="reappointed",
        ),
    ],
)
def test_r12_twin_the_repeat_of_its_year_is_supported(body: str, said: str) -> None:
    found = _judged(body, [_ruiz(said)], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


def test_r12_a_reappointment_is_not_supported_by_the_first_appointment() -> None:
    said = "She was appointed finance minister in 2015 and reappointed finance minister in 2019."
    found = _judged("Ana Ruiz was reappointed finance minister in 2015.", [_ruiz(said)], ("clause",))
    assert Verdict.SUPPORTED not in found.values(), found


# R13 / R15: each value of a clause is bound to the page's deed whose clause holds it (the parse's); a value the
# sentence words twice may be either place's, and a fronted year dates the deed hanging from its verb.
@pytest.mark.parametrize(
    ("body", "said"),
    [
        pytest.param(
            "Ana Ruiz was re-elected mayor of Korvik in 2019 with 61% of the vote.",
            "She was elected mayor of Korvik in 2015 with 52% of the vote and re-elected mayor of Korvik in 2019 with "
            "61% of the vote.",
            id="the-second-results-share",
        ),
        pytest.param(
            "Ana Ruiz replaced Jon Dahl as finance minister in 2017.",
            "In 2017 she was appointed by Ivo Stam to replace Jon Dahl as finance minister.",
            id="a-fronted-year-dates-the-replacing",
        ),
        pytest.param(
            "Ana Ruiz defeated Ivo Stam in 2015.",
            "In 2015 she was elected mayor of Korvik, defeating Ivo Stam.",
            id="a-fronted-year-dates-the-participle",
        ),
    ],
)
def test_r13_r15_twin_values_of_one_deed_are_supported(body: str, said: str) -> None:
    found = _judged(body, [_ruiz(said)], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


def test_r13_the_first_results_year_with_the_seconds_share_is_not_supported() -> None:
    said = (
        "She was elected mayor of Korvik in 2015 with 52% of the vote and re-elected mayor of Korvik in 2019 with 61% "
        "of the vote."
    )
    found = _judged("Ana Ruiz was elected mayor of Korvik in 2015 with 61% of the vote.", [_ruiz(said)], ("clause",))
    assert Verdict.SUPPORTED not in found.values(), found


def _berg(said: str):
    return page("Tom Berg", f"Tom Berg (born 1971) is a Norbian footballer. {said}", SAVED)


# R9: a clause's count is of its own noun (or one of its counted.toml concept), beside another count of the sentence;
# the words between the figure and the noun may be the page's too ('12 league goals').
@pytest.mark.parametrize(
    ("body", "said"),
    [
        pytest.param(
            "Tom Berg played 210 games for Korvik FC.",
            "He played 210 games for Korvik FC, scoring 12 goals.",
            id="its-own-noun-beside-another-count",
        ),
        pytest.param(
            "Tom Berg scored 12 league goals for Korvik FC.",
            "He played 210 games for Korvik FC and scored 12 league goals.",
            id="league-goals",
        ),
    ],
)
def test_r9_twin_a_count_of_the_same_noun_is_supported(body: str, said: str) -> None:
    found = _judged(body, [_berg(said)], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R20: a description the page ends is no description of today; one it sets in the past itself, or the page gives as
# held since a year, is supported.
@pytest.mark.parametrize(
    ("body", "said"),
    [
        pytest.param(
            "Korvik Bank, a former subsidiary of Norby Bank, said on Monday.",
            "It is a former subsidiary of Norby Bank.",
            id="a-former-one-claimed",
        ),
        pytest.param(
            "Korvik Bank, a subsidiary of Norby Bank, said on Monday.",
            "It has been a subsidiary of Norby Bank since 2019.",
            id="held-since",
        ),
    ],
)
def test_r20_twin_a_description_as_the_page_gives_it_is_supported(body: str, said: str) -> None:
    doc = page("Korvik Bank", f"Korvik Bank is a Norbian bank founded in 1995. {said}", SAVED)
    found = _judged(body, [doc], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found
