"""A wrong year for a deed whose object the article writes otherwise than the page (the fiftieth session's recall50b
brief). Invented people and pages.

- 'co-founded the developer Korvia in 1995' against the page's 'In 1988, he co-founded Korvia, ...': the object the
  reader takes is the common noun ('the developer'); the page names the thing by the name the noun describes, so
  its other year refutes the claim and its own year supports it. A page telling another firm founded that year
  does neither.
- 'headed the Norby Institute of Memory from 2021, having joined it in 2013' against 'He joined the Norby Institute
  of Memory (NIM) in 2009': 'it' is the thing the sentence named before the claim, so the page's other year for that
  thing refutes the claim. Another thing joined that year, or an 'it' whose sentence names a person after the
  thing, refutes nothing.
- 'born in Canada' against the infobox's 'Illinois, U.S.': the place's last comma part is its country, written short,
  so another country refutes; a nation within it ('Wales' against 'Cardiff, UK') does not, nor a claim of today's
  country against a state of the birth's day ('Pakistan' against 'Karachi, British India', whose adjective names no
  country the town lies in).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, page, verdict_on_words
from verify.models import Verdict

SUMMER_2024 = dt.date(2024, 8, 15)
_LEAD = "Ivo Stam (born 15 February 1962) is a Norby businessman and former politician."
FOUNDED = page("Ivo Stam", f"{_LEAD} In 1988, he co-founded Korvia, a venture that made him a billionaire.")
# another firm founded that year: the page says nothing of Korvia's founding
OTHER_FIRM = page("Ivo Stam", f"{_LEAD} In 1988, he co-founded Tarsa Foods, a venture that made him a billionaire.")
JOINED = page(
    "Ivo Stam",
    f"{_LEAD} He joined the Norby Institute of Memory (NIM) in 2009 and gained recognition for his work on archives.",
)
# another body joined that year
JOINED_OTHER = page("Ivo Stam", f"{_LEAD} He joined Acme Bank in 2009 and gained recognition for his work there.")

_OPENING = "Ivo Stam, 62, a Norby businessman, was named to the cabinet on Monday."


@pytest.mark.parametrize(
    ("told", "doc", "expected"),
    [
        # the thing by the name its common noun describes: another year refutes, the same supports
        ("He co-founded the developer Korvia in 1995.", FOUNDED, Verdict.CONTRADICTED),
        ("He co-founded the developer Korvia in 1988.", FOUNDED, Verdict.SUPPORTED),
        # the object as the page writes it: as before
        ("He co-founded Korvia in 1995.", FOUNDED, Verdict.CONTRADICTED),
        # another firm founded in a year of its own: not the claim's founding
        ("He co-founded the developer Korvia in 1995.", OTHER_FIRM, Verdict.UNVERIFIED),
    ],
)
def test_a_wrong_year_for_a_thing_named_by_its_description(told: str, doc, expected: Verdict) -> None:
    words = told.split(" in ")[-1].rstrip(".")
    assert verdict_on_words(f"{_OPENING} {told}", [doc], SUMMER_2024, "clause", f"in {words}") == expected


@pytest.mark.parametrize(
    ("told", "doc", "expected"),
    [
        # 'it' is the institute the sentence named before the claim: the page's other year for it refutes
        (
            "He headed the Norby Institute of Memory from 2021 to 2025, having joined it in 2013.",
            JOINED,
            Verdict.CONTRADICTED,
        ),
        (
            "He headed the Norby Institute of Memory from 2021 to 2025, having joined it in 2009.",
            JOINED,
            Verdict.SUPPORTED,
        ),
        # the page's joining is of another body: no refutation
        (
            "He headed the Norby Institute of Memory from 2021 to 2025, having joined it in 2013.",
            JOINED_OTHER,
            Verdict.UNVERIFIED,
        ),
        # a name after the thing before 'it': what 'it' stands for, the words do not say
        (
            "He headed the Norby Institute of Memory under Tom Berg, having joined it in 2013.",
            JOINED,
            Verdict.UNVERIFIED,
        ),
    ],
)
def test_a_wrong_year_for_joining_what_it_stands_for(told: str, doc, expected: Verdict) -> None:
    year = told.rstrip(".").split(" in ")[-1]
    assert verdict_on_words(f"{_OPENING} {told}", [doc], SUMMER_2024, "clause", f"joined it in {year}") == expected


# a country of birth against the infobox's place with its country last, written short ('Illinois, U.S.')
def _born_in(place: str):
    return boxed(
        "Ivo Stam",
        "Ivo Stam (born 7 May 1955) is a Norbian economist.",
        [("birth_date", "7 May 1955"), ("birth_place", place)],
    )


_NAMED = "Ivo Stam was named president of Norby University on Friday."


@pytest.mark.parametrize(
    ("told", "place", "expected"),
    [
        # the place's last part is another country: refuted
        ("He was born in Canada.", "Illinois, U.S.", Verdict.CONTRADICTED),
        ("He was born in France.", "Cardiff, UK", Verdict.CONTRADICTED),
        # the place itself, as before
        ("He was born in Illinois.", "Illinois, U.S.", Verdict.SUPPORTED),
        # a nation within the country the place ends in: not ruled out
        ("He was born in Wales.", "Cardiff, UK", Verdict.UNVERIFIED),
        # a state of the birth's day ends the place: its adjective names no country the town lies in today
        ("He was born in Pakistan.", "Karachi, British India", Verdict.UNVERIFIED),
        # no country written: nothing to compare
        ("He was born in Canada.", "Illinois", Verdict.UNVERIFIED),
    ],
)
def test_a_country_of_birth_against_the_places_last_part(told: str, place: str, expected: Verdict) -> None:
    assert verdict_on_words(f"{_NAMED} {told}", [_born_in(place)], SUMMER_2024, "clause", "born in") == expected
