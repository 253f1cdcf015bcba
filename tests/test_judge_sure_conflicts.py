"""A contradiction must come from the same subject, the same relation and the same time as the claim's,
read with the claim's own wording: adversarial TRUE claims about invented subjects, each against a page
whose figure, date or place is about something else (another year, a coalition, a part, another event of
the same person, another kind of place) or is only the rounding of the claim's figure. Each such claim
must not be contradicted; beside each, the same page against a false claim still contradicts."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import clause_claim, page, verdict
from verify.models import Claim, Document, InfoboxField, Verdict

SPRING_2025 = dt.date(2025, 3, 1)


def infobox_page(title: str, text: str, rows: list[tuple[str, str]]) -> Document:
    """An invented page with infobox rows."""
    return page(title, text).model_copy(update={"infobox": [InfoboxField(label=k, value=v) for k, v in rows]})


def count(text: str, sentence: str, number: float, unit: str, context: str | None = None) -> Claim:
    """A count as the reader gives it ('more than 30 member states': its value is 30)."""
    return clause_claim(text, context or unit, "count", sentence, kind="quantity", relation="count",
                        value=str(int(number)), number=number, unit=unit, context=context)  # fmt: skip


def greens_85(against: Document, sentence: str = "The Greens won 85 seats.") -> Verdict:
    """The verdict on 'the Greens won 85 seats' (true, in every test) against one invented page."""
    return verdict(count("85 seats", sentence, 85, "seats"), [against], SPRING_2025).verdict


ALLIANCE = page("NATO", "NATO is a military alliance of 32 member states in Europe and North America.")
ACME = page("Acme Corp", "Acme Corp employs 11,800 people across four countries.")


# --- a bound or a rounding the claim words is read with its wording -----------------------------------


def test_a_lower_bound_the_page_figure_meets_is_no_conflict():
    bound = count("more than 30 member states", "NATO has more than 30 member states.", 30, "member states", "NATO")
    assert verdict(bound, [ALLIANCE], SPRING_2025).verdict != Verdict.CONTRADICTED


def test_a_lower_bound_the_page_figure_falls_short_of_contradicts():
    bound = count("more than 40 member states", "NATO has more than 40 member states.", 40, "member states", "NATO")
    assert verdict(bound, [ALLIANCE], SPRING_2025).verdict == Verdict.CONTRADICTED


def test_an_upper_bound_the_page_figure_exceeds_contradicts_and_one_it_meets_does_not():
    greens = page("Greens", "The Greens won 25 seats.")
    under = count("fewer than 30 seats", "The Greens won fewer than 30 seats.", 30, "seats")
    over = count("fewer than 20 seats", "The Greens won fewer than 20 seats.", 20, "seats")
    assert verdict(under, [greens], SPRING_2025).verdict != Verdict.CONTRADICTED
    assert verdict(over, [greens], SPRING_2025).verdict == Verdict.CONTRADICTED


def test_an_approximate_figure_within_its_rounding_is_no_conflict():
    about = count("about 12,000 people", "Acme Corp employs about 12,000 people.", 12000, "people")
    assert verdict(about, [ACME], SPRING_2025).verdict != Verdict.CONTRADICTED


def test_some_before_a_round_figure_makes_it_approximate():
    greens = page("Green Party", "The Green Party won 196 seats in the vote.")
    some = count("some 200 seats", "The Green Party won some 200 seats in the vote.", 200, "seats")
    assert verdict(some, [greens], SPRING_2025).verdict != Verdict.CONTRADICTED


def test_an_approximate_figure_far_from_the_page_still_contradicts():
    about = count("about 15,000 people", "Acme Corp employs about 15,000 people.", 15000, "people")
    assert verdict(about, [ACME], SPRING_2025).verdict == Verdict.CONTRADICTED


def test_a_rounding_is_never_wider_than_a_tenth_of_the_figure():
    """'about 100,000' is rounded to the ten thousand, not the hundred thousand: half of it is no support."""
    half = page("Acme Corp", "Acme Corp employs 50,000 people across four countries.")
    about = count("about 100,000 people", "Acme Corp employs about 100,000 people.", 100000, "people")
    exact = count("100,000 people", "Acme Corp employs 100,000 people.", 100000, "people")
    assert verdict(about, [half], SPRING_2025).verdict == Verdict.CONTRADICTED
    assert verdict(exact, [half], SPRING_2025).verdict == Verdict.CONTRADICTED


def test_an_unhedged_round_thousand_is_a_rounding_of_a_near_figure():
    staff = count("12,000 people", "Acme Corp employs 12,000 people.", 12000, "people")
    assert verdict(staff, [ACME], SPRING_2025).verdict != Verdict.CONTRADICTED


# --- a figure of another time -----------------------------------------------------------------------


def test_a_count_the_page_dates_to_another_year_is_no_conflict():
    members = count("32 member states", "NATO has 32 member states.", 32, "member states", "NATO")
    earlier = page("NATO", "By 2004 NATO had 26 member states after a round of enlargement.")
    assert verdict(members, [earlier], SPRING_2025).verdict != Verdict.CONTRADICTED


def test_seats_of_a_previous_election_are_no_conflict():
    before = page("Greens", "In the 2019 election the Greens won 40 seats, their best result then.")
    assert greens_85(before, "The Greens won 85 seats in 2024.") != Verdict.CONTRADICTED


def test_seats_of_the_claimed_year_still_contradict():
    same_year = page("Greens", "In 2024 the Greens won 70 seats.")
    assert greens_85(same_year, "The Greens won 85 seats in 2024.") == Verdict.CONTRADICTED


def test_a_figure_worded_as_an_earlier_time_is_no_conflict():
    previous = page("Greens", "At the previous election the Greens won 40 seats.")
    assert greens_85(previous) != Verdict.CONTRADICTED


def test_a_count_of_some_of_the_members_is_no_head_count():
    members = count("32 member states", "NATO has 32 member states.", 32, "member states", "NATO")
    part = page("NATO", "Only 8 member states met the spending target that year.")
    assert verdict(members, [part], SPRING_2025).verdict != Verdict.CONTRADICTED


def test_a_head_count_the_page_gives_with_its_verb_contradicts():
    members = count("32 member states", "NATO has 32 member states.", 32, "member states", "NATO")
    whole = page("NATO", "NATO has 30 member states.")
    assert verdict(members, [whole], SPRING_2025).verdict == Verdict.CONTRADICTED


# --- a figure of someone else: a coalition, a part ------------------------------------------------------


def test_a_joint_count_with_allies_is_no_conflict():
    joint = page("Greens", "The Greens and their allies in the Progressive Alliance won 130 seats together.")
    assert greens_85(joint) != Verdict.CONTRADICTED


def test_the_partys_own_count_still_contradicts():
    own = page("Greens", "The Greens won 70 seats and entered government.")
    assert greens_85(own) == Verdict.CONTRADICTED


def test_an_alliance_row_holding_the_party_is_no_conflict():
    seats = count("85 seats", "The Greens won 85 seats.", 85, "seats")
    alliance = [("party1", "Progressive Alliance (Greens, Reds)"), ("seats1", "130")]
    result = infobox_page("2024 election", "An election.", alliance)
    assert verdict(seats, [result], SPRING_2025).verdict != Verdict.CONTRADICTED


def test_a_joined_party_row_is_no_conflict():
    result = infobox_page("2024 election", "An election.", [("party1", "Greens/Blues"), ("seats1", "130")])
    assert greens_85(result) != Verdict.CONTRADICTED


def test_the_partys_own_row_still_contradicts():
    result = infobox_page("2024 election", "An election.", [("party1", "Greens"), ("seats1", "80")])
    assert greens_85(result) == Verdict.CONTRADICTED


def test_a_part_of_the_organisation_is_no_conflict():
    staff = count("12,000 staff", "Acme Corp has 12,000 staff.", 12000, "staff")
    division = page("Acme Corp", "Acme Corp's research division has 900 staff in Basel.")
    assert verdict(staff, [division], SPRING_2025).verdict != Verdict.CONTRADICTED


# --- a date of another event of the same subject --------------------------------------------------------

SUMMER_2024 = dt.date(2024, 8, 1)


def rivera(rows: list[tuple[str, str]], text: str = "Maria Rivera is a politician.") -> Document:
    return infobox_page("Maria Rivera", text, rows)


def dated(text: str, relation: str, day: str) -> Claim:
    sentence = f"Maria Rivera {text}."
    return clause_claim(text, "Maria Rivera", relation, sentence, kind="date", relation=relation, value=day,
                        time=day, with_predicate=False)  # fmt: skip


def against_her_lead(claim: Claim, lead: str) -> Verdict:
    """The verdict on `claim` against an invented page about Maria Rivera that holds only `lead`."""
    return verdict(claim, [rivera([], lead)], SUMMER_2024).verdict


FINANCE_FROM_10_MAY = [("office", "Minister of Finance"), ("term_start", "10 May 2024")]


def test_an_appointment_announced_before_the_term_began_is_no_conflict():
    appointed = dated("was appointed Finance Minister on 3 May 2024", "was appointed", "3 May 2024")
    assert verdict(appointed, [rivera(FINANCE_FROM_10_MAY)], SUMMER_2024).verdict != Verdict.CONTRADICTED


def test_an_appointment_dated_after_the_term_began_contradicts():
    appointed = dated("was appointed Finance Minister on 20 May 2024", "was appointed", "20 May 2024")
    assert verdict(appointed, [rivera(FINANCE_FROM_10_MAY)], SUMMER_2024).verdict == Verdict.CONTRADICTED


def test_taking_office_on_another_day_than_the_term_start_contradicts():
    took = dated("took office as Finance Minister on 3 May 2024", "took office", "3 May 2024")
    assert verdict(took, [rivera(FINANCE_FROM_10_MAY)], SUMMER_2024).verdict == Verdict.CONTRADICTED


# --- a place of someone or something else ----------------------------------------------------------------


def test_a_place_the_birth_sentence_gives_to_someone_else_is_no_birthplace():
    born = clause_claim("Rivera was born in Lisbon", "Maria Rivera", "born in", object="Lisbon", place="Lisbon")
    lead = "Rivera was born to a diplomat then posted in Cairo. She studied law."
    assert against_her_lead(born, lead) != Verdict.CONTRADICTED


def test_a_birth_sentence_giving_another_town_contradicts():
    born = clause_claim("Rivera was born in Lisbon", "Maria Rivera", "born in", object="Lisbon", place="Lisbon")
    assert against_her_lead(born, "Rivera was born in Cairo. She studied law.") == Verdict.CONTRADICTED


# --- a predecessor in another spell, or an acting holder between ----------------------------------------

TWO_SPELLS = [
    ("office", "Mayor of Porto"), ("term_start", "1 May 2021"), ("predecessor", "Tom Hale"),
    ("term_start2", "1 May 2010"), ("term_end2", "30 April 2014"), ("predecessor2", "Ann Lee"),
    ("office3", "Member of the Assembly"), ("term_start3", "2005"), ("term_end3", "2010"), ("predecessor3", "Bob Ng"),
]  # fmt: skip


def succeeded(name: str, sentence: str) -> Claim:
    return clause_claim(f"Rivera succeeded {name}", "Maria Rivera", "succeeded", sentence, object=name)


def test_a_predecessor_of_another_spell_of_the_office_is_no_conflict():
    first = succeeded("Ann Lee", "Rivera first became mayor when she succeeded Ann Lee as mayor.")
    assert verdict(first, [rivera(TWO_SPELLS)], SUMMER_2024).verdict != Verdict.CONTRADICTED


def test_a_predecessor_no_spell_names_still_contradicts():
    wrong = succeeded("Joe Park", "Rivera became mayor when she succeeded Joe Park as mayor.")
    assert verdict(wrong, [rivera(TWO_SPELLS)], SUMMER_2024).verdict == Verdict.CONTRADICTED


def test_an_acting_holder_between_them_is_no_conflict():
    acting = [("office", "Mayor of Porto"), ("term_start", "1 May 2021"), ("predecessor", "Sam Roe (acting)"),
              ("office2", "Member of the Assembly"), ("term_start2", "2005"), ("predecessor2", "Bob Ng")]  # fmt: skip
    claim = succeeded("Tom Hale", "Rivera succeeded Tom Hale as mayor.")
    assert verdict(claim, [rivera(acting)], SUMMER_2024).verdict != Verdict.CONTRADICTED


# --- an office written in capitals is the same office written out ----------------------------------------


def test_a_title_in_capitals_is_the_office_its_words_name():
    minister = clause_claim("Finance Minister Maria Rivera", "Maria Rivera", "holds office", kind="role",
                            value="Finance Minister")  # fmt: skip
    page_ = rivera([("office", "Minister of Finance"), ("term_start", "1 May 2023")])
    assert verdict(minister, [page_], SUMMER_2024).verdict == Verdict.SUPPORTED


def test_a_title_in_capitals_for_another_post_still_contradicts():
    minister = clause_claim("Defence Minister Maria Rivera", "Maria Rivera", "holds office", kind="role",
                            value="Defence Minister")  # fmt: skip
    page_ = rivera([("office", "Minister of Finance"), ("term_start", "1 May 2023")])
    assert verdict(minister, [page_], SUMMER_2024).verdict == Verdict.CONTRADICTED


def test_a_birthplace_left_in_the_clause_words_is_read_from_them():
    born = clause_claim("was born in Lisbon", "Maria Rivera", "born in", "Rivera was born in Lisbon.")
    other = rivera([("birth_place", "Cairo, Egypt")], "Rivera was born in Cairo. She studied law in Lisbon.")
    assert verdict(born, [other], SUMMER_2024).verdict != Verdict.SUPPORTED
    assert verdict(born, [rivera([("birth_place", "Lisbon, Portugal")])], SUMMER_2024).verdict == Verdict.SUPPORTED


def test_a_month_after_born_in_is_no_birthplace():
    born = clause_claim("was born in March 1970 in Lisbon", "Maria Rivera", "born in",
                        "Rivera was born in March 1970 in Lisbon.")  # fmt: skip
    assert verdict(born, [rivera([("birth_place", "Lisbon, Portugal")])], SUMMER_2024).verdict != Verdict.CONTRADICTED


# --- another event worded with the same verb, or something of the subject's -------------------------------


def test_a_retirement_from_something_the_claim_does_not_name_is_no_conflict():
    retired = clause_claim("Rivera retired in 2016", "Maria Rivera", "retired", time="2016")
    lead = "Rivera retired from international football in 2012. She kept playing for her club."
    assert against_her_lead(retired, lead) != Verdict.CONTRADICTED


def test_a_retirement_in_another_year_worded_alike_contradicts():
    retired = clause_claim("Rivera retired in 2016", "Maria Rivera", "retired", time="2016")
    assert against_her_lead(retired, "Rivera retired in 2012. She then wrote two books.") == Verdict.CONTRADICTED


def test_a_relatives_birth_in_a_sentence_naming_the_subject_is_no_conflict():
    born = clause_claim("Rivera was born in 1961", "Maria Rivera", "born in", time="1961")
    assert against_her_lead(born, "Rivera said her mother was born in 1935.") != Verdict.CONTRADICTED


def test_the_founding_of_something_of_the_subjects_is_no_conflict():
    founded = clause_claim("Acme was founded in 1990", "Acme", "founded", time="1990")
    branch = page("Acme", "Acme's Swiss branch was founded in 2001.")
    assert verdict(founded, [branch], SUMMER_2024).verdict != Verdict.CONTRADICTED


# --- a nationality among others the page gives -------------------------------------------------------------


def test_a_nationality_the_page_gives_second_is_no_conflict():
    french = clause_claim("Rivera, a French lawyer", "Maria Rivera", "is", object="a French lawyer")
    lead = "Maria Rivera (born 1961) is a Portuguese-born French politician."
    assert against_her_lead(french, lead) != Verdict.CONTRADICTED


def test_a_nationality_the_page_never_gives_contradicts():
    french = clause_claim("Rivera, a French lawyer", "Maria Rivera", "is", object="a French lawyer")
    lead = "Maria Rivera (born 1961) is a Portuguese lawyer and judge."
    assert against_her_lead(french, lead) == Verdict.CONTRADICTED


# --- an ordinal of a post said of the sentence's opening name ('X, ..., is the NRF's ninth president') ----

FEDERATION = "Northern Rowing Federation"


def nth_president(sentence: str, ordinal: str) -> Claim:
    """The reading takes the possessive owner for the subject, as it does for a post's ordinal."""
    text = f"the NRF's {ordinal} president"
    return clause_claim(text, FEDERATION, "is", sentence, object=f"{ordinal} president")


def rower(office: str) -> Document:
    rows = [("birth_date", "3 May 1966"), ("office", office), ("term_start", "2019")]
    return infobox_page("Maria Rivera", "Maria Rivera (born 3 May 1966) is a rower.", rows)


def test_the_ordinal_of_the_post_the_copula_gives_the_opening_name_is_read_from_their_office_row():
    sentence = "Rivera, 58, a former rower, is the NRF's {} president."
    ninth = rower(f"9th President of the {FEDERATION}")
    assert verdict(nth_president(sentence.format("ninth"), "ninth"), [ninth], SUMMER_2024).verdict == Verdict.SUPPORTED
    eighth = nth_president(sentence.format("eighth"), "eighth")
    assert verdict(eighth, [ninth], SUMMER_2024).verdict == Verdict.CONTRADICTED


def test_an_ordinal_said_of_someone_else_in_the_sentence_is_not_read_from_the_opening_names_row():
    said = nth_president("Rivera said that Lee is the NRF's eighth president.", "eighth")
    ninth = rower(f"9th President of the {FEDERATION}")
    assert verdict(said, [ninth], SUMMER_2024).verdict != Verdict.CONTRADICTED


def test_the_ordinal_of_another_bodys_post_is_no_conflict():
    claim = nth_president("Rivera, 58, a former rower, is the NRF's ninth president.", "ninth")
    other = rower("8th President of the Southern Chess Union")
    assert verdict(claim, [other], SUMMER_2024).verdict != Verdict.CONTRADICTED


# --- 'the office' a start claim names by the sentence's earlier words -------------------------------------

TWO_OFFICES_HELD = [
    ("birth_date", "3 May 1966"), ("office", "Mayor of Porto"), ("term_start", "1 May 2021"),
    ("office2", "Leader of the Green Party"), ("term_start2", "14 April 2016"),
]  # fmt: skip


def held_since(day: str) -> Claim:
    text = f"has held the office since {day}"
    sentence = f"Rivera, the mayor of Porto, {text}."
    return clause_claim(text, "Maria Rivera", "has held", sentence, kind="date", relation="has held", value=day,
                        time=day, with_predicate=False)  # fmt: skip


def test_the_office_a_sentence_named_before_the_claim_dates_its_start():
    assert verdict(held_since("1 May 2021"), [rivera(TWO_OFFICES_HELD)], SUMMER_2024).verdict == Verdict.SUPPORTED
    wrong = verdict(held_since("1 May 2019"), [rivera(TWO_OFFICES_HELD)], SUMMER_2024)
    assert wrong.verdict == Verdict.CONTRADICTED


def test_the_office_left_unnamed_among_several_held_decides_nothing():
    text = "has held the office since 1 May 2019"
    unnamed = clause_claim(text, "Maria Rivera", "has held", f"Rivera {text}.", kind="date", relation="has held",
                           value="1 May 2019", time="1 May 2019", with_predicate=False)  # fmt: skip
    assert verdict(unnamed, [rivera(TWO_OFFICES_HELD)], SUMMER_2024).verdict == Verdict.UNVERIFIED


# --- a rank another page gives for a past event ------------------------------------------------------------


def general_rivera() -> Claim:
    return clause_claim("Gen. Maria Rivera", "Maria Rivera", "rank", "Gen. Maria Rivera spoke on Monday.",
                        kind="role", relation="rank", value="General")  # fmt: skip


def test_a_rank_in_a_past_events_row_of_another_page_is_no_conflict():
    exercise = infobox_page("Exercise Cold Tide", "Exercise Cold Tide was a naval exercise in 2010.",
                            [("date", "3 May 2010"), ("commander1", "Col. Maria Rivera")])  # fmt: skip
    assert verdict(general_rivera(), [exercise], SPRING_2025).verdict != Verdict.CONTRADICTED


def test_a_rank_in_another_pages_row_for_the_post_held_now_contradicts():
    fleet = infobox_page("Northern Fleet", "The Northern Fleet is a navy fleet.", [("commander", "Col. Maria Rivera")])
    assert verdict(general_rivera(), [fleet], SPRING_2025).verdict == Verdict.CONTRADICTED


def test_a_two_word_names_initials_in_a_sentence_do_not_name_the_person():
    """'EU' in 'he joined the EU commission' is no mention of Erik Ulven: the claim was read from 'he'."""
    from verify.kinds.clause.judge import names_subject

    joined = clause_claim("joined the EU commission", "Erik Ulven", "joined", "In 2019 he joined the EU commission.")
    body = clause_claim("is the NRF's eighth president", "National Rowing Federation", "is",
                        "Rivera is the NRF's eighth president.")  # fmt: skip
    assert not names_subject(joined)
    assert names_subject(body)
