"""What the blind subject of the twenty-seventh session (a change of a country's chief of the defence staff)
showed about the judge, in invented rows: a military rank the parse cuts in the middle ("Air Chief | Marshal
Sir ...") and a knight's "Sir" are no part of the name a later surname stands for."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import judged_body, page
from verify.models import Verdict
from verify.nlp import parse
from verify.nlp.reference import References

DAY = dt.date(2025, 7, 31)
OPENING = "Field Marshal Sir Oskar Lind, the head of the army, will retire in May. "
LIND = page(
    "Oskar Lind",
    "Field Marshal Sir Oskar Lind (born 1966) is a senior officer of the Norby Army. "
    "Lind was educated at Vester Grammar School in Norby.",
)


def test_a_rank_and_a_knights_style_are_no_part_of_the_name_a_surname_stands_for() -> None:
    text = f"Norby news\n\n{OPENING}Lind was educated at Vester Grammar School.\n"
    refs = References(parse(text), len("Norby news"))
    assert refs.full_name("Lind", text.index("educated")) == "Oskar Lind"


def _school_verdicts(school: str) -> list[Verdict]:
    body = f"{OPENING}Lind was educated at {school}."
    return [v for c, v in judged_body(body, [LIND], DAY) if school in c.text and c.kind == "clause"]


def test_the_titled_persons_school_is_judged_on_their_own_page() -> None:
    assert _school_verdicts("Vester Grammar School") == [Verdict.SUPPORTED]


def test_another_school_is_not_supported_by_the_titled_persons_page() -> None:
    verdicts = _school_verdicts("Osterby Grammar School")
    assert verdicts and Verdict.SUPPORTED not in verdicts
