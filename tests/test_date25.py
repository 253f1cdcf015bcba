"""Missed contradictions about when, read in the twenty-fifth session (/work/briefs25/date25-causes.md). Invented
people and pages; each false variant beside its true twin, which stays supported.

- The start of a post told as 'became <post> in <year>' is the start of a term the subject's infobox gives for that
  post: a year in which no term of it begins refutes it ('became president in 2018' against 'Term start: 2 May
  2019'), the year of one supports it. Another post, a post the infobox does not list, a seat (a row names one
  constituency), a post named by its bare head word ('president'), or a year-less claim decide nothing.
- A spell the subject's page gives in prose for the same office ('mayor of Korvik from 2005 to 2011'), agreeing
  with the claimed spell at one end and not the other, refutes it; an office held twice, a spell agreeing at
  neither end, or another person's spell decide nothing.
- A clause whose words carry the subject's apposition ('Sanna Velt, the governor of the Central Bank of Vestria,
  joined the central bank in 1999') is read without it against the sentence telling the event: the apposition
  describes the person and is a claim of its own.
- A sentence telling two events with a day each ('She was nominated on May 20, 2016, and confirmed by the Senate on
  June 9, 2016'): the date begun in the clause of what the claim's verb takes is that event's, its year past the
  month-day comma too, and the other event's date, standing before the verb, is no second day of it: the day
  supports, another day refutes. A second date after the verb ('on 18 September and on 2 June') still decides
  nothing.
- A birthplace the reading filed as the clause's object ('born in Dalby') is held to the place the page's sentence
  gives the birth: 'born in Korvik and studied law at the University of Dalby' names Dalby, but no birth there (it
  supported the clause, on main as well).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, clause_claim, page, verdict
from verify.models import Verdict

SPRING_2025 = dt.date(2025, 3, 1)
_RENKO = boxed(
    "Halvard Renko",
    "Halvard Renko (born 4 March 1961) is a Vestrian politician who has served as President of Vestria since 2019. "
    "A member of the Vestrian Unity Party, he was previously mayor of Korvik from 2005 to 2011.",
    [
        ("office", "President of Vestria"),
        ("term_start", "2 May 2019"),
        ("predecessor", "Ilse Marrow"),
        ("office2", "Minister of Finance"),
        ("term_start2", "1 June 2012"),
        ("term_end2", "30 April 2016"),
        ("birth_place", "Korvik, Estmark, Vestria"),
    ],
)


def _became(text: str, post: str, time: str) -> Verdict:
    claim = clause_claim(text, "Halvard Renko", "became", f"{text}.", object=post, time=time, value=post)
    return verdict(claim, [_RENKO], SPRING_2025).verdict


@pytest.mark.parametrize(
    ("text", "post", "time", "expected"),
    [
        ("Renko became President of Vestria in 2017", "President of Vestria", "2017", Verdict.CONTRADICTED),
        ("Renko became President of Vestria in 2019", "President of Vestria", "2019", Verdict.SUPPORTED),
        ("Renko became finance minister in 2014", "finance minister", "2014", Verdict.CONTRADICTED),
        ("Renko became finance minister in 2012", "finance minister", "2012", Verdict.SUPPORTED),
        ("Renko became president in June 2019", "president", "June 2019", Verdict.CONTRADICTED),
        ("Renko became president in May 2019", "president", "May 2019", Verdict.SUPPORTED),
    ],
)
def test_the_year_a_post_was_taken_up_is_its_terms_start(text: str, post: str, time: str, expected: Verdict) -> None:
    assert _became(text, post, time) == expected


def test_a_post_the_infobox_does_not_list_decides_nothing() -> None:
    # a bare head word is not every row holding it: the page's sentences are left to date it (review25 B2)
    assert _became("Renko became president in 2018", "president", "2018") == Verdict.UNVERIFIED
    # no mayoralty in the infobox: its rows say nothing of when he became mayor
    assert _became("Renko became mayor of Dalby in 2004", "mayor of Dalby", "2004") == Verdict.UNVERIFIED
    # a post of another kind than the listed ones ('chair of the party') is not the presidency's start
    assert _became("Renko became chair of the party in 2010", "chair of the party", "2010") != Verdict.CONTRADICTED


_RENKO_PROSE = boxed(
    "Halvard Renko",
    "Halvard Renko (born 4 March 1961) is a Vestrian politician who has served as President of Vestria since 2019. "
    "A member of the Vestrian Unity Party, he was previously mayor of Korvik from 2005 to 2011. His brother Tomas "
    "Renko was governor of Estmark from 1998 to 2004.",
    [("office", "President of Vestria"), ("term_start", "2 May 2019")],
)


def _spell(text: str, post: str, years: str, docs: list | None = None) -> Verdict:
    claim = clause_claim(text, "Halvard Renko", "was", f"{text}.", object=post, time=years.split()[0], value=post)
    return verdict(claim, docs or [_RENKO_PROSE], SPRING_2025).verdict


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Renko was mayor of Korvik from 2003 to 2011", Verdict.CONTRADICTED),
        ("Renko was mayor of Korvik from 2005 to 2013", Verdict.CONTRADICTED),
        ("Renko was mayor of Korvik from 2005 to 2011", Verdict.SUPPORTED),
    ],
)
def test_a_spell_the_page_gives_with_one_end_otherwise_refutes_it(text: str, expected: Verdict) -> None:
    assert _spell(text, "mayor of Korvik", text.split("from ")[1]) == expected


def test_a_spell_agreeing_at_neither_end_or_an_office_held_twice_decides_nothing() -> None:
    # 1995 to 1999 may be another spell the page does not give
    assert _spell("Renko was mayor of Korvik from 1995 to 1999", "mayor of Korvik", "1995") == Verdict.UNVERIFIED
    twice = boxed(
        "Halvard Renko",
        "Halvard Renko is a Vestrian politician. He was mayor of Korvik from 2005 to 2011 and again from 2014 to 2016.",
        [],
    )
    assert _spell("Renko was mayor of Korvik from 2003 to 2011", "mayor of Korvik", "2003", [twice]) != (
        Verdict.CONTRADICTED
    )
    two = boxed(
        "Halvard Renko", "Renko is a Vestrian. He was mayor of Korvik from 2005 to 2011 and from 2014 to 2016.", []
    )
    assert (
        _spell("Renko was mayor of Korvik from 2003 to 2011", "mayor of Korvik", "2003", [two]) != Verdict.CONTRADICTED
    )
    # the brother's governorship is his, not Renko's
    assert _spell("Renko was governor of Estmark from 1998 to 2002", "governor of Estmark", "1998") != (
        Verdict.CONTRADICTED
    )


SUMMER_2025 = dt.date(2025, 6, 1)
_VELT = boxed(
    "Sanna Velt",
    "Sanna Velt (born November 12, 1970) is a Vestrian economist who has served as Governor of the Central Bank of "
    "Vestria since July 2016.\nVelt joined the central bank in 1996 and was its chief economist between 2008 and 2014.",
    [("office", "Governor of the Central Bank of Vestria"), ("term_start", "July 1, 2016")],
)


@pytest.mark.parametrize(
    ("year", "expected"),
    [("1999", Verdict.CONTRADICTED), ("1996", Verdict.SUPPORTED)],
)
def test_the_subjects_apposition_is_not_asked_of_the_events_sentence(year: str, expected: Verdict) -> None:
    text = f"Sanna Velt, the governor of the Central Bank of Vestria, joined the central bank in {year}"
    claim = clause_claim(text, "Sanna Velt", "joined", f"{text}.", object="the central bank", time=year)
    assert verdict(claim, [_VELT], SUMMER_2025).verdict == expected


def test_an_apposition_of_someone_else_is_still_asked() -> None:
    # the words open with another name: the apposition is that person's, and its names stay the clause's own
    text = "Ilse Marrow, the president of the Senate of Estmark, joined the central bank in 1996"
    claim = clause_claim(text, "Sanna Velt", "joined", f"{text}.", object="the central bank", time="1996")
    assert verdict(claim, [_VELT], SUMMER_2025).verdict == Verdict.UNVERIFIED


_NOMINATED = (
    "She was nominated by President Ilse Marrow on May 20, 2016, and confirmed by the Senate on June 9, 2016.",
    "She was nominated on May 20, 2016, and confirmed by the Senate on June 9, 2016.",
)


@pytest.mark.parametrize("told", _NOMINATED)
@pytest.mark.parametrize(
    ("day", "expected"),
    [("19 June 2016", Verdict.CONTRADICTED), ("9 June 2016", Verdict.SUPPORTED), ("June 9, 2016", Verdict.SUPPORTED)],
)
def test_each_event_of_a_sentence_has_its_own_day(told: str, day: str, expected: Verdict) -> None:
    velt = page("Sanna Velt", f"Sanna Velt (born November 12, 1970) is a Vestrian economist.\n{told}")
    text = f"was confirmed by the Senate on {day}"
    claim = clause_claim(text, "Sanna Velt", "was confirmed", f"Velt {text}.", kind="date", value=day, time=day)
    assert verdict(claim, [velt], SUMMER_2025).verdict == expected


def test_a_second_day_after_the_verb_still_decides_nothing() -> None:
    twice = page(
        "Sanna Velt", "Sanna Velt is an economist. She was confirmed by the Senate on June 9, 2016 and on May 2, 2017."
    )
    text = "was confirmed by the Senate on 19 June 2016"
    claim = clause_claim(text, "Sanna Velt", "was confirmed", f"Velt {text}.", kind="date", value="19 June 2016")
    assert verdict(claim, [twice], SUMMER_2025).verdict != Verdict.CONTRADICTED


def test_a_birthplace_read_as_the_object_is_the_births_place_in_the_sentence() -> None:
    renko = page(
        "Halvard Renko",
        "Halvard Renko (born 4 March 1961) is a Vestrian politician.\nRenko was born in Korvik and studied law at the "
        "University of Dalby, graduating in 1984.",
    )
    # 'Dalby' named only in 'the University of Dalby' is no region Korvik may lie in: another birthplace (way32)
    for place, expected in [("Dalby", Verdict.CONTRADICTED), ("Korvik", Verdict.SUPPORTED)]:
        claim = clause_claim(f"Renko was born in {place}", "Halvard Renko", "born in", object=place, value=place)
        assert verdict(claim, [renko], SPRING_2025).verdict == expected


def test_only_the_post_taken_up_dates_a_term() -> None:
    # an appointment or an election may come a year before the term it opens
    text = "Renko was appointed President of Vestria in 2018"
    claim = clause_claim(text, "Halvard Renko", "appointed", object="President of Vestria", time="2018")
    assert verdict(claim, [_RENKO], SPRING_2025).verdict != Verdict.CONTRADICTED
    # the year is the election's, written before the post
    text = "Renko, elected in 2018, became President of Vestria"
    claim = clause_claim(text, "Halvard Renko", "became", f"{text}.", object="President of Vestria", time="2018")
    assert verdict(claim, [_RENKO], SPRING_2025).verdict != Verdict.CONTRADICTED


def test_an_apposition_of_another_name_keeps_its_words() -> None:
    advised = page(
        "Sanna Velt", "Sanna Velt is an economist. Velt joined the central bank in 1996 on the advice of Ilse Marrow."
    )
    text = "Ilse Marrow, the president of the Senate of Estmark, joined the central bank in 1996"
    claim = clause_claim(text, "Sanna Velt", "joined", f"{text}.", object="the central bank", time="1996")
    assert verdict(claim, [advised], SUMMER_2025).verdict != Verdict.SUPPORTED
