"""Session 15's second review of the merged role and date judges: each false support a reviewer found,
reproduced on invented pages, beside the reading that must stay."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, verdict
from tests.support.judging import clause_claim as claim
from verify.models import Document, Verdict

SUMMER_2031 = dt.date(2031, 7, 1)


# --- A. 'the country's first woman president of the Senate' is the senate's first, not the country's ---------
# Counterexample it must not misread: a possessor that is the country itself ('the nation's') followed by a
# post that names a body ('president of the Senate', 'Senate president'): the first is the chamber's.


def _mora(said: str) -> Document:
    return boxed(
        "Ada Mora",
        f"Ada Mora (born 8 August 1970) is a politician, president of Vestria since 2030. {said}",
        [("office", "President of Vestria"), ("term_start", "2 March 2030"), ("predecessor", "Tor Lund")],
    )


def _first_woman(said: str, value: str) -> Verdict:
    first = claim(f"{value} Ada Mora", "Ada Mora", "holds office", kind="role", relation="holds office", value=value)
    return verdict(first, [_mora(said)], SUMMER_2031).verdict


def test_the_countrys_first_woman_president_of_the_senate_is_not_its_first_president():
    said = "In 2017 she became the country's first woman president of the Senate."
    assert _first_woman(said, "Vestria's first woman president") == Verdict.UNVERIFIED


def test_the_nations_first_female_senate_president_is_not_a_bare_first_woman_president():
    said = "In 2017 she became the nation's first female Senate president."
    assert _first_woman(said, "the first woman president") == Verdict.UNVERIFIED


def test_the_countrys_first_woman_president_still_supports_its_first():
    said = "In 2030 she became the country's first woman president."
    assert _first_woman(said, "Vestria's first woman president") == Verdict.SUPPORTED


# --- B. an election or appointment is dated only by the office it names --------------------------------------
# Counterexample it must not misread: the only office begun that year is the country's presidency; 'was elected
# party leader' (or 'president of the party') names another post, whatever day the presidency began.

SAND_ROWS = [("office", "President of Vestria"), ("term_start", "2 March 2029"), ("predecessor", "Ivo Lark")]


def _elected(text: str, written: str) -> Verdict:
    said = claim(text, "Mira Sand", "elected", kind="date", relation="elected", value=written)
    own = boxed("Mira Sand", "Mira Sand (born 5 June 1969) is a Vestrian politician.", SAND_ROWS)
    return verdict(said, [own], SUMMER_2031).verdict


def test_an_election_as_party_leader_is_not_dated_by_the_presidency():
    assert _elected("Mira Sand was elected party leader in 2029", "2029") != Verdict.SUPPORTED


def test_an_election_as_president_of_the_party_is_not_dated_by_the_presidency():
    assert _elected("Mira Sand was elected president of the party in 2029", "2029") != Verdict.SUPPORTED


def test_an_election_as_president_is_still_dated_by_the_presidency():
    assert _elected("Mira Sand was elected president in 2029", "2029") == Verdict.SUPPORTED


def test_an_appointment_as_the_new_president_is_still_dated_by_the_presidency():
    assert _elected("Mira Sand was appointed the new president in March 2029", "March 2029") == Verdict.SUPPORTED


# --- C. an occupation supports an appositive only when the lead's own copula gives it to the person ---------
# Counterexamples it must not misread: the occupation of the person's father or wife, said in a clause of the
# lead after or inside the person's own description.

DESCRIBED = [("office", "President of Vestria"), ("term_start", "2 March 2030")]


def _described(lead: str) -> Verdict:
    said = claim("Ada Mora, a lawyer", "Ada Mora", "holds office", kind="role", relation="holds office",
                 value="lawyer", sentence="Ada Mora, a lawyer, spoke on Monday.")  # fmt: skip
    return verdict(said, [boxed("Ada Mora", lead, DESCRIBED)], SUMMER_2031).verdict


def test_an_occupation_of_the_persons_father_is_no_support():
    lead = "Ada Mora (born 8 August 1970) is a politician whose father was a lawyer."
    assert _described(lead) != Verdict.SUPPORTED


def test_an_occupation_in_a_possessive_is_no_support():
    assert _described("Ada Mora, who is a lawyer's daughter, is a Vestrian politician.") != Verdict.SUPPORTED


def test_an_occupation_of_the_persons_husband_is_no_support():
    assert _described("Ada Mora is a Vestrian politician, and her husband is a lawyer.") != Verdict.SUPPORTED


def test_the_persons_own_occupation_is_still_supported():
    assert _described("Ada Mora (born 8 August 1970) is a Vestrian lawyer and politician.") == Verdict.SUPPORTED


# --- D. a state's formal name is the state itself, a body named 'United ...' is not -------------------------
# Counterexample it must not misread: 'the first woman President of the United Nations General Assembly' (or
# of the United Nations) is a body's first, not the country's, though 'united' opens formal state names.


def _formal(said: str, country: str, post: str) -> Verdict:
    value = f"{country}'s first woman {post.lower()}"
    first = claim(f"{value} Ada Mora", "Ada Mora", "holds office", kind="role", relation="holds office", value=value)
    own = boxed(
        "Ada Mora",
        f"Ada Mora (born 8 August 1970) is a politician, {post.lower()} of {country} since 2030. {said}",
        [("office", f"{post} of {country}"), ("term_start", "2 March 2030"), ("predecessor", "Tor Lund")],
    )
    return verdict(first, [own], SUMMER_2031).verdict


def test_a_first_in_the_united_states_formal_name_supports_the_countrys_first():
    said = "In 2030 she became the first woman President of the United Mexican States."
    assert _formal(said, "Mexico", "President") == Verdict.SUPPORTED


def test_a_first_federal_chancellor_supports_the_countrys_first_chancellor():
    said = "In 2030 she became the first woman Federal Chancellor of Germany."
    assert _formal(said, "Germany", "Chancellor") == Verdict.SUPPORTED


def test_a_first_in_the_kingdoms_formal_name_supports_the_countrys_first():
    said = "In 2030 she became the first woman Prime Minister of the Kingdom of Norway."
    assert _formal(said, "Norway", "Prime Minister") == Verdict.SUPPORTED


def test_a_first_woman_president_of_the_united_nations_assembly_is_not_the_countrys_first():
    said = "In 2019 she became the first woman President of the United Nations General Assembly."
    assert _formal(said, "Mexico", "President") == Verdict.UNVERIFIED


def test_a_first_woman_president_of_the_united_nations_is_not_the_countrys_first():
    said = "In 2019 she became the first woman President of the United Nations."
    assert _formal(said, "Mexico", "President") == Verdict.UNVERIFIED


def test_the_countrys_first_woman_president_of_the_united_nations_is_not_the_countrys_first():
    said = "In 2019 she became the country's first woman president of the United Nations."
    assert _formal(said, "Mexico", "President") == Verdict.UNVERIFIED
