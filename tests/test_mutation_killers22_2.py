"""Killers for mutations whose remembered test no longer failed (session 22): each test is one behaviour the
mutated guard still holds. Invented people and pages."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, clause_claim, page, verdict
from tests.test_clause_year_bound_to_its_clause import AS_OF, LEAD, LEADER, MAYOR
from verify.models import Verdict


@pytest.mark.parametrize(
    "text",
    [
        "The mayor of Norby from 2000 to 2008 was Tom Berg.",
        "The mayor of Norby from 2000 to 2008 was Tom Berg; she succeeded him in 2009.",
    ],
    ids=["no-one-named-before-the-spell", "her-pronoun-in-another-part"],
)
def test_a_spell_sentence_naming_neither_her_nor_her_pronoun_by_the_spell_does_not_support_it(text: str) -> None:
    """A sentence whose clause says no one before the spell (so the holder check cannot tell) is hers only when it
    names her or a pronoun stands for her in the spell's own part of it."""
    assert verdict(MAYOR, [page("Tove Brandt", LEAD + text)], AS_OF).verdict != Verdict.SUPPORTED


def test_a_spell_after_a_semicolon_is_not_the_office_named_before_it() -> None:
    """The office a spell belongs to is named in the spell's own clause: after a semicolon the spell is the party's
    seats', not her leadership's, though the clause says no one whom the holder check could tell."""
    text = "She has been leader of the Green League; since 2019 the party has held 12 seats."
    assert verdict(LEADER, [page("Tove Brandt", LEAD + text)], AS_OF).verdict != Verdict.SUPPORTED


def _dated(text: str, when: str, relation: str, sentence: str):
    return clause_claim(text, "Odo Brand", relation, sentence=sentence, kind="date", value=when, time=when)


def test_a_relatives_spell_on_his_page_does_not_date_his_post_though_he_is_quoted() -> None:
    """The post-begun sentence search: a sentence opening with his relative gives the relative's spell, though a
    pronoun for him ('he said') stands in it too."""
    sentence = "Brand, who had been deputy governor since February 2020, was not offered a second term."
    claim = _dated("been deputy governor since February 2020", "February 2020", "been", sentence)
    rows = [("office", "Governor of the Central Bank of Vestria"), ("term_start", "18 September 2024")]
    said = "His brother was deputy governor from February 2020 to September 2024, he said."
    page = boxed("Odo Brand", f"Odo Brand is a Vestrian economist. {said}", rows)
    assert verdict(claim, [page], dt.date(2031, 9, 18)).verdict != Verdict.SUPPORTED


def test_another_numbered_fleets_term_does_not_support_the_spell() -> None:
    """A number after 'of' names the body ('the Seventh Fleet'), so it says which post it is: the Sixth Fleet's
    command begun in the claimed year is another post's term."""
    claim = clause_claim(
        "Tove Brandt has been commander of the Seventh Fleet since 2019", "Tove Brandt", "been",
        object="commander of the Seventh Fleet", value="commander of the Seventh Fleet", time="2019",
    )  # fmt: skip
    rows = [("office", "Commander of the Sixth Fleet"), ("term_start", "3 June 2019")]
    doc = boxed("Tove Brandt", "Tove Brandt (born 3 May 1966) is a Vestrian naval officer. ", rows)
    assert verdict(claim, [doc], AS_OF).verdict != Verdict.SUPPORTED


GOVERNOR = boxed(
    "Odo Brand",
    "Odo Brand is a Vestrian economist.",
    [("office", "Governor of the Central Bank of Vestria"), ("term_start", "18 September 2024"),
     ("term_end", "17 September 2031")],
)  # fmt: skip
NOW = dt.date(2031, 9, 18)


def test_the_governors_term_end_does_not_date_the_deputy_governors() -> None:
    """A term's end the claim gives to the deputy governor's post is not dated by the governor's row: the
    qualifier alone tells the two posts apart."""
    sentence = "Brand, whose deputy governor term ended on 17 September 2031, spoke on Monday."
    claim = _dated("whose deputy governor term ended on 17 September 2031", "17 September 2031", "ended", sentence)
    assert verdict(claim, [GOVERNOR], NOW).verdict != Verdict.SUPPORTED


def test_the_post_the_sentence_names_as_deputy_is_not_the_governors() -> None:
    """'the deputy governor, has held the post since': the post is the deputy's, which the page gives no start."""
    sentence = "Odo Brand, the deputy governor, has held the post since 18 September 2024."
    claim = _dated("has held the post since 18 September 2024", "18 September 2024", "held", sentence)
    running = GOVERNOR.model_copy(update={"infobox": [f for f in GOVERNOR.infobox if f.label != "term_end"]})
    assert verdict(claim, [running], NOW).verdict != Verdict.SUPPORTED
