"""A wrong year for a stated event (the forty-ninth session's recall49a brief). Invented people and pages.

- 'He joined the Norby Herald in 1987' (of Ivo Stam) against his page's 'After a brief spell of working at Acme Bank, he
  joined the Norby Herald in 1989': the pronoun after an opening phrase that names no other person is the page's
  person, so the other year refutes the claim, quoting the page; the same year supports it.
- An opening phrase naming another person ('When Tom Berg retired in 2003, he joined ...') may have its pronoun
  mean that person: no refutation; nor a page telling the event again ('rejoined'), where the year may be either's.
- A degree's year: a doctorate matched on the school's one word of its own ('a doctorate from the University of
  Bonn'), a graduation told in an opening phrase before the pronoun ('A graduate from X in 1991, he worked ...').
- Joining a party: the start of the party's one spell in the infobox's party rows ('Realizing Goals, (2022–present)');
  a party listed with two spells dates no joining.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, judged_body, page, verdict, verdict_on_words
from verify.models import Verdict

SPRING_2023 = dt.date(2023, 4, 3)
_LEAD = "Ivo Stam (born 1964) is a Norby journalist and broadcaster."
PLAIN_OPENER = page(
    "Ivo Stam",
    f"{_LEAD} After a brief spell of working at Acme Bank, he joined the Norby Herald in 1989, first as a researcher.",
)
# the phrase before the pronoun names another person: 'he' may be Tom Berg
ANOTHER_PERSON = page(
    "Ivo Stam",
    f"{_LEAD} When Tom Berg retired from the paper, he joined the Norby Herald in 1989, first as a researcher.",
)
# the page tells the event twice: which joining the claim's year is of, the words do not say
TOLD_AGAIN = page(
    "Ivo Stam",
    f"{_LEAD} After a brief spell of working at Acme Bank, he joined the Norby Herald in 1989, first as a "
    "researcher. He rejoined the Norby Herald in 1997 as its editor.",
)
# the pronoun's clause tells a relative's joining: not the page's person's
RELATIVES = page(
    "Ivo Stam",
    f"{_LEAD} After a brief spell of working at Acme Bank, he saw that his brother joined the Norby Herald in 1989.",
)

_OPENING = "Ivo Stam, a Norby journalist, was named editor on Monday."


def _joined(year: str, doc) -> Verdict:
    body = f"{_OPENING} He joined the Norby Herald in {year} as a researcher."
    return verdict_on_words(body, [doc], SPRING_2023, "clause", f"joined the Norby Herald in {year}")


@pytest.mark.parametrize(
    ("year", "doc", "expected"),
    [
        # the opening phrase names only a firm: the pronoun is the page's person, another year refutes
        ("1987", PLAIN_OPENER, Verdict.CONTRADICTED),
        ("1989", PLAIN_OPENER, Verdict.SUPPORTED),
        # another person named before the pronoun: no refutation
        ("1987", ANOTHER_PERSON, Verdict.UNVERIFIED),
        # the event told twice: the other year may be the claim's
        ("1987", TOLD_AGAIN, Verdict.UNVERIFIED),
        # a relative's deed told in the pronoun's clause: no refutation
        ("1987", RELATIVES, Verdict.UNVERIFIED),
    ],
)
def test_a_wrong_year_for_a_joining_told_after_an_opening_phrase(year: str, doc, expected: Verdict) -> None:
    assert _joined(year, doc) == expected


def test_the_refutation_quotes_the_pages_year() -> None:
    body = f"{_OPENING} He joined the Norby Herald in 1987 as a researcher."
    claim = next(c for c, _ in judged_body(body, [PLAIN_OPENER], SPRING_2023) if "in 1987" in c.text)
    result = verdict(claim, [PLAIN_OPENER], SPRING_2023)
    assert result.verdict == Verdict.CONTRADICTED
    assert "1989" in result.rationale and "he joined the Norby Herald in 1989" in result.rationale


# a doctorate told with what it was for, its school named by one word of its own ('Norby')
DOCTORATE = page(
    "Ivo Stam",
    f"{_LEAD} He undertook research on Norby ballads, for which he received a doctorate degree from the University "
    "of Norby (Universitet Norby) in 1994.",
)
# a graduation told in an opening phrase, the school's name holding a particle
GRADUATE = page(
    "Ivo Stam",
    f"{_LEAD} A graduate from the Instituto de Profesores Norby in 1991 as a history teacher, he worked in schools "
    "across the country.",
)
# a bare graduation, the school named by one word of its own: which degree, the words do not say
GRADUATED = page("Ivo Stam", f"{_LEAD} He graduated from Norby University in 1994.")


@pytest.mark.parametrize(
    ("told", "doc", "words", "expected"),
    [
        # a degree of a named level: the school's one word of its own is enough to match it
        ("He received a doctorate from the University of Norby in 1991.", DOCTORATE, "in 1991", Verdict.CONTRADICTED),
        ("He received a doctorate from the University of Norby in 1994.", DOCTORATE, "in 1994", Verdict.SUPPORTED),
        # another level at the same school: another degree
        ("He received a master's from the University of Norby in 1991.", DOCTORATE, "in 1991", Verdict.UNVERIFIED),
        # a level without any word of where: any doctorate could be another
        ("He received a doctorate in 1991.", DOCTORATE, "in 1991", Verdict.UNVERIFIED),
        # a bare graduation needs two words of where or what: one is too little
        ("He graduated from Norby University in 1991.", GRADUATED, "in 1991", Verdict.UNVERIFIED),
        # the graduation an opening phrase tells is the pronoun's person's
        (
            "He graduated from the Instituto de Profesores Norby in 1996.",
            GRADUATE,
            "in 1996",
            Verdict.CONTRADICTED,
        ),
        ("He graduated from the Instituto de Profesores Norby in 1991.", GRADUATE, "in 1991", Verdict.SUPPORTED),
    ],
)
def test_a_wrong_year_for_a_degree(told: str, doc, words: str, expected: Verdict) -> None:
    assert verdict_on_words(f"{_OPENING} {told}", [doc], SPRING_2023, "clause", words) == expected


# the parties of a person's infobox with their years: the start of a party's one spell dates joining it
PARTIES = boxed(
    "Ivo Stam",
    _LEAD,
    [("party", "Norby Greens, (2015–present)"), ("otherparty", "Labour Party (1994–2006), Centre Union (2006–2011)")],
)
ONE_PARTY = boxed("Ivo Stam", _LEAD, [("party", "Norby Greens, (2015–present)")])
# the same party in two spells: a joining year may be of either
TWO_SPELLS = boxed(
    "Ivo Stam", _LEAD, [("party", "Labour Party (2011–present)"), ("otherparty", "Labour Party (1994–2006)")]
)


@pytest.mark.parametrize(
    ("told", "doc", "words", "expected"),
    [
        ("He joined the Norby Greens in 2012.", PARTIES, "in 2012", Verdict.CONTRADICTED),
        ("He joined the Norby Greens in 2015.", PARTIES, "in 2015", Verdict.SUPPORTED),
        ("He joined the Centre Union in 2006.", PARTIES, "in 2006", Verdict.SUPPORTED),
        # two spells of the party: no refutation
        ("He joined the Labour Party in 1999.", TWO_SPELLS, "in 1999", Verdict.UNVERIFIED),
        # a party the rows do not list, or another deed than joining: the rows date nothing
        ("He joined the Centre Party in 2012.", ONE_PARTY, "in 2012", Verdict.UNVERIFIED),
        ("He left the Norby Greens in 2012.", ONE_PARTY, "in 2012", Verdict.UNVERIFIED),
    ],
)
def test_a_wrong_year_for_joining_a_party(told: str, doc, words: str, expected: Verdict) -> None:
    assert verdict_on_words(f"{_OPENING} {told}", [doc], SPRING_2023, "clause", words) == expected
