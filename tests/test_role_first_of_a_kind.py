"""'Mexico's first woman president': the office is judged as 'president', and that she was the first
woman in it is a value of its own that a page about her must state."""

import datetime as dt

from tests.support.checked import results
from verify.offices import office_country

AFTER_THE_OATH = dt.date(2024, 10, 2)


def test_the_first_woman_in_an_office_is_supported_when_her_page_says_so():
    got = results("Claudia Sheinbaum was sworn in as Mexico's first woman president.", AFTER_THE_OATH)
    claim = got["Claudia Sheinbaum was sworn in as Mexico's first woman president"]
    assert claim.verdict.value == "supported", claim.rationale
    assert "first woman" in claim.rationale


def test_a_first_of_a_kind_no_page_states_is_not_supported_by_the_office_rows():
    got = results("Claudia Sheinbaum was sworn in as Mexico's first black president.", AFTER_THE_OATH)
    claim = got["Claudia Sheinbaum was sworn in as Mexico's first black president"]
    assert claim.verdict.value == "unverified", claim.rationale


def test_a_place_named_after_its_country_is_not_the_country():
    assert office_country("Head of Government of Mexico City") is None
    assert office_country("Governor of New Mexico") is None
    assert office_country("President of Mexico") == "Mexico"


def test_a_post_in_the_pluperfect_is_one_held_before_not_now():
    """'had earlier been mayor': a post whose term ended years before the article is what the claim says."""
    got = results("Sheinbaum led Mexico City. Claudia Sheinbaum had earlier been mayor of Tlalpan.", AFTER_THE_OATH)
    claim = got["Claudia Sheinbaum had earlier been mayor of Tlalpan"]
    assert claim.verdict.value == "supported", claim.rationale


def test_a_bare_title_held_now_is_not_disputed_by_another_office_of_that_title_held_once():
    """'President' fits the country's presidency, held on the day, and a party presidency that ended
    years before: the one held on the article's day decides."""
    text = "Mexico votes on Sunday. President Andrés Manuel López Obrador cannot run again."
    claim = results(text, dt.date(2024, 6, 4))["President Andrés Manuel López Obrador"]
    assert claim.verdict.value == "supported", claim.rationale
