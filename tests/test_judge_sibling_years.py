"""Session 17 (judge17): a held office with its years ('served as Mayor of Varo from 2020 to 2026') against the
person's own infobox, which lists her offices with terms and gives another post of the same kind for those years.
Invented person, pages of our own."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, clause_claim, verdict
from verify.models import InfoboxField, Verdict
from verify.offices import other_place_posts, terms

AUTUMN_2031 = dt.date(2031, 9, 6)
_ROTH = boxed(
    "Ana Roth",
    "Ana Roth (born 4 April 1970) is a Chilean politician.",
    [
        ("office", "Minister of Justice"),
        ("term_start", "11 March 2027"),
        ("term_end", "11 March 2030"),
        ("office2", "Mayor of Lemo"),
        ("term_start2", "6 December 2020"),
        ("term_end2", "5 December 2026"),
        ("birth_date", "4 April 1970"),
    ],
)


def _served_as(office: str, years: str) -> Verdict:
    text = f"she served as {office}"
    claim = clause_claim(
        text, "Ana Roth", "held office", f"Before that {text} from {years}.", kind="role", relation="held office",
        value=office,
    )  # fmt: skip
    return verdict(claim, [_ROTH], AUTUMN_2031).verdict


def test_another_citys_mayoralty_for_the_stated_years_contradicts() -> None:
    assert _served_as("Mayor of Varo", "2020 to 2026") == Verdict.CONTRADICTED


def test_the_mayoralty_the_infobox_gives_for_those_years_is_supported() -> None:
    assert _served_as("Mayor of Lemo", "2020 to 2026") == Verdict.SUPPORTED


def test_years_no_listed_post_spans_settle_nothing() -> None:
    # 2016 to 2019: no office of hers then; the claimed mayoralty may be one her infobox leaves out
    assert _served_as("Mayor of Varo", "2016 to 2019") == Verdict.UNVERIFIED


def test_years_another_post_spans_only_in_part_settle_nothing() -> None:
    # 2018 to 2026: the Lemo mayoralty began in 2020, so it does not rule out a Varo mayoralty before it
    assert _served_as("Mayor of Varo", "2018 to 2026") == Verdict.UNVERIFIED


def test_a_ministry_over_the_stated_years_does_not_refute_a_mayoralty() -> None:
    # a minister may also be a town's mayor: only another town's mayoralty rules one out
    assert _served_as("Mayor of Varo", "2027 to 2030") == Verdict.UNVERIFIED


def test_an_infobox_giving_two_other_mayoralties_at_once_settles_nothing() -> None:
    both = boxed(
        "Ana Roth",
        "Ana Roth (born 4 April 1970) is a Chilean politician.",
        [
            ("office", "Mayor of Lemo"), ("term_start", "6 December 2020"), ("term_end", "5 December 2026"),
            ("office2", "Mayor of Sura"), ("term_start2", "1 March 2021"), ("term_end2", "1 March 2022"),
        ],
    )  # fmt: skip
    claim = clause_claim(
        "she served as Mayor of Varo", "Ana Roth", "held office", "Before that she served as Mayor of Varo from "
        "2020 to 2026.", kind="role", relation="held office", value="Mayor of Varo",
    )  # fmt: skip
    assert verdict(claim, [both], AUTUMN_2031).verdict == Verdict.UNVERIFIED


def test_another_foundations_chair_over_the_stated_years_refutes_nothing() -> None:
    # one may chair two foundations at once: only posts held for one place at a time (a mayor's, a governor's)
    # rule out another place's
    chair = boxed(
        "Ana Roth",
        "Ana Roth (born 4 April 1970) is a Chilean economist.",
        [
            ("office", "Chair of the Lemo Foundation"),
            ("term_start", "6 December 2020"),
            ("term_end", "5 December 2026"),
        ],
    )
    claim = clause_claim(
        "she served as Chair of the Varo Foundation", "Ana Roth", "held office",
        "Before that she served as Chair of the Varo Foundation from 2020 to 2026.", kind="role",
        relation="held office", value="Chair of the Varo Foundation",
    )  # fmt: skip
    assert verdict(claim, [chair], AUTUMN_2031).verdict == Verdict.UNVERIFIED


def test_the_same_places_mayoralty_is_no_other_place_post() -> None:
    held = terms([InfoboxField(label="office", value="Mayor of Lemo"), InfoboxField(label="term_start", value="2020")])
    assert other_place_posts("Mayor of Lemo", held) == []
    assert other_place_posts("Mayor of Varo", held) == held
