"""Contradiction recall on the office ways, read in the forty-third session (issue 15). Invented people and pages.

- A post held 'until' a day of the news ('also served as foreign minister until April') against the person's own
  infobox, which lists no term of the claimed post and one other post of the same kind and government whose term
  ended in those days ('Minister of Finance', ended 26 April): the article gave the end to the wrong post,
  contradicted. The claimed post listed, no other post ended then, or a head's post ended then (a premier may keep a
  portfolio the infobox leaves out) decide nothing.
- A vice or deputy post ('Vice-President Lena Vos') against the person's own page saying, of the article's day, that
  she holds the post without it, of her country ('has served as the president of Chile since 2021'): the head's
  post is not the deputy's, contradicted. The vice post said, another body's president, or the head's post held
  only before decide nothing here.
- Initials written right before a body's name ('UN Korvik Programme') name the body's parent, not another body: a
  post of the 'UN Korvik Programme' is the post of the 'Korvik Programme' an infobox lists, so a claimed deputy is
  refuted by the head's term that day, and the head's post supported. Initials before another body's name ('UN
  Halden Programme') still name another body.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, clause_claim, page, verdict
from verify.models import Verdict

_MAY_2022 = dt.date(2022, 5, 16)
_BERG = boxed(
    "Tomas Berg",
    "Tomas Berg (born 2 May 1966) is a Vestrian businessman and politician.",
    [
        ("office", "Prime Minister of Vestria"),
        ("term_start", "2 February 2021"),
        ("term_end", "9 March 2022"),
        ("office2", "Minister of Finance"),
        ("term_start2", "1 October 2021"),
        ("term_end2", "26 April 2022"),
        ("office3", "Minister of Justice"),
        ("term_start3", "3 March 2017"),
        ("term_end3", "2 June 2019"),
        ("birth_date", "2 May 1966"),
    ],
)


def _held_until(office: str, until: str) -> Verdict:
    text = f"He also served as {office}"
    claim = clause_claim(
        text, "Tomas Berg", "held office", f"{text} {until}.", kind="role", relation="held office", value=office
    )
    return verdict(claim, [_BERG], _MAY_2022).verdict


@pytest.mark.parametrize(
    ("office", "until", "expected"),
    [
        pytest.param("foreign minister", "until April", Verdict.CONTRADICTED, id="another-ministry-ended-then"),
        pytest.param("foreign minister", "until last month", Verdict.CONTRADICTED, id="last-month"),
        pytest.param("finance minister", "until April", Verdict.SUPPORTED, id="control-the-listed-ministry"),
        pytest.param("foreign minister", "until February", Verdict.UNVERIFIED, id="control-none-ended-then"),
        pytest.param("foreign minister", "until March", Verdict.UNVERIFIED, id="control-a-premiership-ended-then"),
    ],
)
def test_a_post_held_until_a_month_another_ministry_ended_in_is_contradicted(
    office: str, until: str, expected: Verdict
) -> None:
    assert _held_until(office, until) == expected


def _vice_president(lead: str) -> Verdict:
    """'Vice-President Lena Vos' on 16 May 2022 against her own page of `lead`, saved on 1 April 2022."""
    text = "Vice-President Lena Vos"
    claim = clause_claim(text, "Lena Vos", "holds office", kind="role", relation="holds office", value="Vice-President")
    vos = page("Lena Vos", f"Lena Vos (born 3 March 1970) is a Chilean politician who {lead}", dt.datetime(2022, 4, 1))
    return verdict(claim, [vos], _MAY_2022).verdict


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        pytest.param("has served as the president of Chile since 2021.", Verdict.CONTRADICTED, id="the-head-post"),
        pytest.param("has served as the vice president of Chile since 2021.", Verdict.SUPPORTED, id="control-vice"),
        pytest.param(
            "has served as the president of the Senate since 2021.", Verdict.UNVERIFIED, id="control-another-body"
        ),
        pytest.param(
            "was the president of Chile from 2010 to 2014.", Verdict.UNVERIFIED, id="control-the-head-post-before"
        ),
    ],
)
def test_a_vice_post_is_refuted_by_the_head_post_held_that_day(lead: str, expected: Verdict) -> None:
    assert _vice_president(lead) == expected


_RUIZ = boxed(
    "Ana Ruiz",
    "Ana Ruiz (born 4 June 1961) is a Norbian diplomat.",
    [("office", "Executive Director of the Korvik Programme"), ("term_start", "5 April 2021")],
)


@pytest.mark.parametrize(
    ("office", "expected"),
    [
        pytest.param("deputy executive director of the UN Korvik Programme", Verdict.CONTRADICTED, id="deputy"),
        pytest.param("executive director of the UN Korvik Programme", Verdict.SUPPORTED, id="the-post"),
        pytest.param("deputy executive director of the UN Halden Programme", Verdict.UNVERIFIED, id="control-another"),
    ],
)
def test_initials_before_a_bodys_name_are_its_parent_not_another_body(office: str, expected: Verdict) -> None:
    text = f"Ana Ruiz, {office}"
    claim = clause_claim(text, "Ana Ruiz", "holds office", kind="role", relation="holds office", value=office)
    assert verdict(claim, [_RUIZ], _MAY_2022).verdict == expected
