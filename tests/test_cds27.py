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


BERG = page(
    "Ada Berg",
    "Vice Admiral Ada Berg (born 1968) is a senior officer of the Norby Navy. Berg previously served as "
    "Director of Naval Plans from May 2012 to June 2014, Deputy Chief of Defence Staff (Operations) from "
    "March 2016 to May 2019 and Commander of the Fleet from June 2019 to April 2022.",
)


def _spell_verdicts(spell: str, post: str = "a Deputy Chief of the Defence Staff") -> list[Verdict]:
    """The clause verdicts on a spell fronted before its sentence's clause, judged on Berg's page."""
    body = f"Vice Admiral Ada Berg retired on Monday. {spell} she was {post}."
    return [v for c, v in judged_body(body, [BERG], DAY) if c.kind == "clause" and post in c.text]


def test_a_spell_fronted_before_its_clause_is_read_as_the_posts_spell() -> None:
    assert _spell_verdicts("From March 2016 to May 2019") == [Verdict.SUPPORTED]


def test_a_fronted_spell_the_page_dates_otherwise_is_not_supported() -> None:
    verdicts = _spell_verdicts("From March 2015 to May 2019")
    assert verdicts and Verdict.SUPPORTED not in verdicts


def test_a_fronted_spell_of_another_post_on_the_page_is_not_supported() -> None:
    verdicts = _spell_verdicts("From June 2019 to April 2022")
    assert verdicts and Verdict.SUPPORTED not in verdicts


def test_a_deputys_spell_is_not_the_spell_of_the_post_without_deputy() -> None:
    # the page words the deputy's post without the claim's 'the': the words alone are not the post itself
    verdicts = _spell_verdicts("From March 2016 to May 2019", post="Chief of the Defence Staff")
    assert verdicts and Verdict.SUPPORTED not in verdicts
