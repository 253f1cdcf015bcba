"""Session 18's review: counterexamples to the branches of the session, each an xfail until its fix lands.
Invented people, places and pages."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, verdict
from tests.support.judging import clause_claim as claim
from tests.test_clauses import article
from verify.extract import extract_claims
from verify.judge import judge
from verify.models import Verdict
from verify.retrieve import EvidencePool

# R1 (s18-recall18): a length right after 'served' / 'left office' / 'stepped down' is read as the length of
# the one post its sentence names, even when the words after the length say it is of another thing
ORVEN = boxed(
    "Tomas Orven",
    "Tomas Orven (born 3 May 1961) is a Vestrian politician who was prime minister of Vestria.",
    [("office", "Prime Minister of Vestria"), ("term_start", "5 September 2024"), ("term_end", "13 December 2024"),
     ("birth_date", "3 May 1961")],
)  # fmt: skip
WINTER = dt.date(2024, 12, 16)


def _length(text: str, sentence: str, number: float, unit: str):
    return claim(text, "Tomas Orven", "lasts", sentence, kind="duration", number=number, unit=unit,
                 value=f"{number:g} {unit}")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "sentence", "number"),
    [
        ("served for ten years", "Former Prime Minister Tomas Orven served for ten years as mayor of Norby before "
         "entering parliament.", 10.0),
        ("after eight years", "Former Prime Minister Tomas Orven, 63, stepped down after eight years as party "
         "leader.", 8.0),
        ("served for ten years", "Former Prime Minister Tomas Orven, 63, served for ten years in the army.", 10.0),
    ],
    ids=["as-mayor", "as-party-leader", "in-the-army"],
)  # fmt: skip
def test_a_length_served_in_another_post_named_after_it_is_not_refuted_by_the_prime_ministers_term(
    text: str, sentence: str, number: float
) -> None:
    assert verdict(_length(text, sentence, number, "years"), [ORVEN], WINTER).verdict != Verdict.CONTRADICTED


# R3 (main; widened by s18-recall18 to lengths after 'served' / 'left office'): a length over several spells of one
# post is measured against each spell alone, and the first spell that does not fit refutes it, quoting that spell
DOR = boxed(
    "Avi Dor",
    "Avi Dor (born 3 May 1949) is a Vestrian politician who is prime minister of Vestria.",
    [("office", "Prime Minister of Vestria"), ("term_start", "29 December 2022"),
     ("term_start1", "31 March 2009"), ("term_end1", "13 June 2021"),
     ("term_start2", "18 June 1996"), ("term_end2", "6 July 1999")],
)  # fmt: skip  # 1.3 + 12.2 + 3.1 years on 1 May 2024


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("more than 16 years as prime minister", "Avi Dor, who has spent more than 16 years as prime minister, spoke."),
        ("served for 16 years", "Prime Minister Avi Dor, who has served for 16 years, spoke."),
    ],
    ids=["the-post-named", "the-post-of-the-sentence"],
)
def test_a_length_over_three_spells_of_one_post_is_not_refuted_by_one_spell(text: str, sentence: str) -> None:
    said = claim(text, "Avi Dor", "lasts", sentence, kind="duration", number=16.0, unit="years", value="16 years")
    assert verdict(said, [DOR], dt.date(2024, 5, 1)).verdict != Verdict.CONTRADICTED


# R2 (main, reached at a sentence's end by s18-reword18): `office_phrase` reads a rank before an office as the
# body the office is of: 'the Vice President' becomes 'President of the Vice', shown so in the report, and a
# page giving 'Vice President of Vestria' no longer supports it


@pytest.mark.parametrize(
    "sentence",
    ["She thanked Ciarán Dolan, the Vice President, on Monday.", "She thanked Ciarán Dolan, the Vice President."],
    ids=["mid-sentence", "sentence-end"],
)
def test_a_vice_president_in_an_apposition_keeps_its_rank(sentence: str) -> None:
    found = [(c.subject, c.value) for c in extract_claims(article(sentence)) if c.kind == "role"]
    assert found == [("Ciarán Dolan", "Vice President")]


# R4 (s18-reword18): with 'Taoiseach' a title, 'he first became Taoiseach' is dropped as a clause naming an office
# only, and no role claim took its place as one does for 'he first became Prime Minister' (the recogniser read the
# title as a place; fixed in s19-ext19b: a title word alone in a place's name is the title)


def test_becoming_taoiseach_is_a_claim_as_becoming_prime_minister_is() -> None:
    body = "Tom Berg resigned on Monday. Berg was 38 when he first became Taoiseach."
    assert any(c.text.endswith("became Taoiseach") for c in extract_claims(article(body)))


# R5 (s18-recall18): `total_findings` refutes 'took 208 of the 420 seats' by the only election page read, though
# that page is of another year's election (the chamber had 400 seats then); `number_findings` sets such pages aside
_ELECTION_2024 = boxed(
    "2024 Vestrian general election",
    "General elections were held in Vestria on 9 May 2024.",
    [("election_date", "9 May 2024"), ("seats_for_election", "All 400 seats in the National Assembly")],
)


def test_a_seat_total_is_not_refuted_by_another_years_election_page() -> None:
    sentence = "The Harbour Party took 208 of the 420 seats in the National Assembly, short of a majority."
    said = claim("208 of the 420 seats", "Harbour Party", "count", sentence, kind="quantity", number=208.0,
                 unit="seats", value="208", context="Harbour Party")  # fmt: skip
    assert verdict(said, [_ELECTION_2024], dt.date(2029, 3, 6)).verdict != Verdict.CONTRADICTED


# R1b (s18-revfix18's R1 fix reads only 'as' / 'in' after the length): other words that give the length to another
# post or thing ('on the city council', 'with the army', 'at the helm of the party') still let the prime minister's
# term refute it


@pytest.mark.parametrize(
    "sentence",
    [
        "Former Prime Minister Tomas Orven served for ten years on the city council.",
        "Former Prime Minister Tomas Orven served for ten years with the army.",
        "Former Prime Minister Tomas Orven served for ten years at the helm of the party.",
    ],
    ids=["on-the-city-council", "with-the-army", "at-the-helm"],
)
def test_a_length_served_elsewhere_than_the_post_is_not_refuted_by_the_prime_ministers_term(sentence: str) -> None:
    said = _length("served for ten years", sentence, 10.0, "years")
    assert verdict(said, [ORVEN], WINTER).verdict != Verdict.CONTRADICTED


# R6 (s18-revfix18's round-figure fix): `_ROUND` in verify/kinds/duration/judge.py holds two backspace characters
# where '\b' was meant, so only a length extracted in decades is read as round; 'for two decades', extracted as 20
# years, is still refuted by a term of 22.3 years
_TWO_DECADES = boxed(
    "Tomas Orven",
    "Tomas Orven (born 3 May 1961) is a Vestrian politician who was prime minister of Vestria.",
    [("office", "Prime Minister of Vestria"), ("term_start", "1 March 2001"), ("term_end", "1 June 2023")],
)


def test_two_decades_as_prime_minister_fits_a_term_of_twenty_two_years() -> None:
    body = "Tomas Orven died on Monday. Orven served as prime minister for two decades."
    (said,) = [c for c in extract_claims(article(body)) if c.kind == "duration"]
    assert verdict(said, [_TWO_DECADES], dt.date(2024, 6, 5)).verdict != Verdict.CONTRADICTED


# R7 (s18-revfix18's R3 fix): a length said to be unbroken ('for 16 consecutive years', 'without a break') must not
# be supported by the sum of spells with gaps between them (1996-99, 2009-21, 2022-: 16.6 years in all, 12.2 at
# most in one go). Not an xfail: it passes on main and fails on s18-revfix18 8a26bae until the sum is kept from
# lengths its words say are unbroken.
@pytest.mark.parametrize(
    "sentence",
    [
        "Avi Dor spoke on Monday. Dor has served as prime minister for 16 consecutive years.",
        "Avi Dor spoke on Monday. Dor has been prime minister without a break for 16 years.",
    ],
    ids=["consecutive", "without-a-break"],
)
def test_an_unbroken_length_is_not_supported_by_spells_with_gaps_between_them(sentence: str) -> None:
    (said,) = [c for c in extract_claims(article(sentence)) if c.kind == "duration"]
    assert verdict(said, [DOR], dt.date(2024, 5, 1)).verdict != Verdict.SUPPORTED


# R2b (s18-revfix18's R2 fix keeps a rank before a one-word office only): a rank before an office with its own
# modifier, or a rank the modifiers list lacks, is still read as the body ('Minister of the Deputy Finance',
# 'Governor of the Lieutenant', 'Vice President of the First')


@pytest.mark.parametrize("office", ["Deputy Finance Minister", "Lieutenant Governor", "First Vice President"])
def test_a_rank_before_an_office_is_never_its_body(office: str) -> None:
    sentence = f"She thanked Ciarán Dolan, the {office}, on Monday."
    values = [c.value or "" for c in extract_claims(article(sentence)) if c.kind == "role"]
    assert values and not any(f"of the {office.split()[0]}" in value for value in values)


# R8 (s18-deskfix18 fc30b61, entry_day): a timeline entry's sentence is judged on the entry's day, even where its
# words say 'now' or 'current' (the article's day): 'March 3 — Sean Roe, now Premier-Steward, launched his campaign'
# in an article of 1 June is refuted by a term begun on 9 April. Not an xfail: it passes on main and fails on
# s18-deskfix18 until 'now' keeps the article's day.
_ROE = boxed(
    "Sean Roe",
    "Sean Roe (born 1970) is a Velmaran politician who has been Premier-Steward since April 2024.",
    [("office", "Premier-Steward"), ("term_start", "9 April 2024"), ("birth_date", "1 May 1970")],
)


@pytest.mark.parametrize("said", ["now Premier-Steward", "the current Premier-Steward"], ids=["now", "current"])
def test_a_timeline_entry_calling_the_office_current_is_judged_on_the_articles_day(said: str) -> None:
    sentence = f"March 3 — Sean Roe, {said}, launched his campaign."
    role = claim(f"Sean Roe, {said}", "Sean Roe", "holds office", sentence, kind="role", relation="holds office",
                 value="Premier-Steward")  # fmt: skip
    pool = EvidencePool(documents=[_ROE], by_claim={role.id: [_ROE]}, entities={role.id: {_ROE.url}})
    (result,) = judge([role], pool, dt.date(2024, 6, 1))
    assert result.verdict == Verdict.SUPPORTED
