"""Verdicts a desk editor questioned (session 15), each reproduced on pages and claims of our own; beside
each shape, the reading that must stay."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, verdict
from tests.support.judging import clause_claim as claim
from verify.models import Verdict

# --- 1. a current holder's own page is no 'past only' evidence because of a past word said of another thing --
# Counterexamples it must not misread: a page whose infobox shows the office only with an ended term is not
# support for holding it now; 'is a former president of the union' still places the office in the past.

UNION = "President of the Ostmark Rowing Union"
VARGA_ROWS = [("office", UNION), ("term_start", "19 August 2025"), ("predecessor", "Karl Ode"),
              ("office2", "Minister of Sport"), ("term_start2", "4 May 2016"),
              ("term_end2", "1 July 2021")]  # fmt: skip
AUTUMN_2025 = dt.date(2025, 9, 15)
HOLDS = claim("Ostmark Rowing Union President Lena Varga", "Lena Varga", "holds office", kind="role",
              relation="holds office", value=UNION)  # fmt: skip


def _varga(text: str, rows: list[tuple[str, str]] | None = None) -> Verdict:
    return verdict(HOLDS, [boxed("Lena Varga", text, VARGA_ROWS if rows is None else rows)], AUTUMN_2025).verdict


@pytest.mark.parametrize(
    "text",
    [
        "Lena Varga is a Vestrian former rower and politician who is the president of the Ostmark Rowing Union.",
        "Lena Varga, formerly minister of sport, is the president of the Ostmark Rowing Union.",
        "Lena Varga, a retired rower, is the president of the Ostmark Rowing Union.",
        "Lena Varga is the president of the Ostmark Rowing Union and was minister of sport from 2016 to 2021.",
        "Lena Varga served as minister of sport from 2016 to 2021, and has served as president of the Ostmark "
        "Rowing Union since 19 August 2025.",
    ],
)
def test_a_past_word_of_another_thing_does_not_put_the_current_office_in_the_past(text: str):
    assert _varga(text) == Verdict.SUPPORTED


def test_an_election_to_the_office_is_no_past_holding_of_it():
    said = "Lena Varga is a Vestrian politician. She was the first woman elected president of the Ostmark Rowing Union."
    assert _varga(said) == Verdict.SUPPORTED


def test_a_former_holder_of_the_office_is_still_read_in_the_past():
    ended = [("office", UNION), ("term_start", "2 May 2013"), ("term_end", "1 May 2021")]
    said = "Lena Varga is a Vestrian former rower and a former president of the Ostmark Rowing Union."
    assert _varga(said, ended) == Verdict.CONTRADICTED


def test_an_office_shown_only_with_an_ended_term_is_not_held_now():
    ended = [("office", UNION), ("term_start", "2 May 2013"), ("term_end", "1 May 2021")]
    assert _varga("Lena Varga is a Vestrian sports official.", ended) != Verdict.SUPPORTED


def test_a_range_after_the_office_still_puts_it_in_the_past():
    ended = [("office", UNION), ("term_start", "2 May 2013"), ("term_end", "1 May 2021")]
    said = "Lena Varga served as president of the Ostmark Rowing Union from 2013 to 2021."
    assert _varga(said, ended) == Verdict.CONTRADICTED


def test_a_rival_holder_on_the_articles_day_still_contradicts():
    office = boxed(UNION, "The president leads the union.", [("incumbent", "Karl Ode"), ("incumbentsince", "2017")])
    rows = [("office", UNION), ("term_start", "2 May 2013"), ("term_end", "1 May 2017")]
    said = boxed("Lena Varga", "Lena Varga is a Vestrian sports official.", rows)
    assert verdict(HOLDS, [office, said], AUTUMN_2025).verdict == Verdict.CONTRADICTED


# --- 2. the evidence a held office rests on comes first; a stale page saying the holder still holds it is no support
# Counterexample it must not misread: with no page ending the term, a page saying the person holds the office
# still supports that they held it ('Lind served as president' while she is president).

BREKKE = boxed(
    "Jonas Brekke",
    "Jonas Brekke (born 1 May 1968) is a Vestrian politician who has served as President of Vestria since "
    "14 February 2027.",
    [("office", "President of Vestria"), ("term_start", "14 February 2027"), ("predecessor", "Petra Lind")],
)
LIND = boxed(
    "Petra Lind",
    "Petra Lind (born 3 March 1958) is a Vestrian politician who has served as President of Vestria since "
    "8 December 2021.",
    [("office", "President of Vestria"), ("term_start", "8 December 2021"), ("predecessor", "Ada Berg")],
)
ELECTED = "Jonas Brekke was elected president on 13 February 2027, succeeding Petra Lind."
SUCCEEDING = claim("succeeding Petra Lind", "Petra Lind", "held office", kind="role", relation="held office",
                   value="President of Vestria", sentence=ELECTED)  # fmt: skip
FEB_2027 = dt.date(2027, 2, 20)


def test_a_held_office_is_shown_first_by_the_row_that_ends_the_term():
    result = verdict(SUCCEEDING, [LIND, BREKKE], FEB_2027)
    assert result.verdict == Verdict.SUPPORTED
    assert result.evidence[0].snippet == "Predecessor: Petra Lind"
    assert "predecessor" in result.rationale


def test_a_stale_page_saying_the_predecessor_still_holds_it_is_not_shown_as_support():
    result = verdict(SUCCEEDING, [LIND, BREKKE], FEB_2027)
    assert all(e.title != "Petra Lind" for e in result.evidence if e.stance == "supports")


def test_a_current_holding_still_supports_a_held_office_no_page_ends():
    result = verdict(SUCCEEDING, [LIND], FEB_2027)
    assert result.verdict == Verdict.SUPPORTED
    assert result.evidence[0].title == "Petra Lind"


# --- 3. a day of taking up an office is dated by that office's term start in the subject's infobox ------------
# Counterexamples it must not misread: an election on 13 February with the term beginning on 14 February is no
# conflict; an acting spell's start is not the office's; an earlier spell's start is that spell's, not a conflict
# with the one held now; a person holding two offices on the day dates each claim by the office its words name.

BREKKE_ROWS = [("office", "President of Vestria"), ("term_start", "13 February 2027"), ("predecessor", "Petra Lind"),
               ("office2", "Leader of the VUP"), ("term_start2", "31 January 2022"),
               ("predecessor2", "Ole Dahl")]  # fmt: skip


def _dated(text: str, predicate: str, day: str, rows: list[tuple[str, str]] | None = None) -> Verdict:
    own = boxed("Jonas Brekke", "Jonas Brekke (born 1 May 1968) is a Vestrian politician.", rows or BREKKE_ROWS)
    said = claim(text, "Jonas Brekke", predicate, f"{text}.", kind="date", value=day, time=day)
    return verdict(said, [own], FEB_2027).verdict


@pytest.mark.parametrize(
    ("text", "predicate", "day"),
    [
        ("Jonas Brekke was elected president on 13 February 2027", "elected", "13 February 2027"),
        ("Jonas Brekke became president on 13 February 2027", "became", "13 February 2027"),
        ("Jonas Brekke was appointed president in February 2027", "appointed", "February 2027"),
        ("Jonas Brekke became VUP leader in 2022", "became", "2022"),
        ("Jonas Brekke was elected leader of the VUP on 31 January 2022", "elected", "31 January 2022"),
    ],
)
def test_taking_up_one_of_two_offices_held_is_dated_by_that_offices_term_start(text: str, predicate: str, day: str):
    assert _dated(text, predicate, day) == Verdict.SUPPORTED


def test_a_day_no_office_began_on_is_still_contradicted_by_the_named_offices_start():
    assert _dated("Jonas Brekke became president on 9 January 2027", "became", "9 January 2027") == Verdict.CONTRADICTED


def test_an_election_the_day_before_the_term_began_is_no_conflict():
    rows = [("office", "President of Vestria"), ("term_start", "14 February 2027"), *BREKKE_ROWS[3:]]
    assert _dated("Jonas Brekke was elected president on 13 February 2027", "elected", "13 February 2027", rows) != (
        Verdict.CONTRADICTED
    )


def test_an_acting_spells_start_does_not_date_the_office():
    rows = [("office", "Acting President of Vestria"), ("term_start", "13 February 2027"), *BREKKE_ROWS[3:]]
    assert (
        _dated("Jonas Brekke became president on 13 February 2027", "became", "13 February 2027", rows)
        != Verdict.SUPPORTED
    )


def test_an_earlier_spells_start_supports_it_and_the_spell_held_now_does_not_contradict():
    rows = [*BREKKE_ROWS, ("office3", "President of Vestria"), ("term_start3", "2 March 2015"),
            ("term_end3", "4 April 2019")]  # fmt: skip
    assert _dated("Jonas Brekke became president in 2015", "became", "2015", rows) == Verdict.SUPPORTED


def test_an_election_years_after_the_term_began_is_no_conflict():
    # a re-election, or a vote confirming a leader who took over between congresses
    said = "Jonas Brekke was elected VUP leader in 2024"
    assert _dated(said, "elected", "2024") != Verdict.CONTRADICTED


# --- 1b. another post by its title word ('an assistant governor from 2010 to 2022') is no past term of the office --
# Counterexample it must not misread: 'she was governor of the bank from 2010 to 2022' still places it in the past.

BANK_ROWS = [("office", "Governor of the Bank of Vestria"), ("term_start", "4 March 2024")]
GOVERNOR = claim("Governor Ada Moss", "Ada Moss", "holds office", kind="role", relation="holds office",
                 value="Governor", nationality="Vestrian")  # fmt: skip


def _governor(said: str, rows: list[tuple[str, str]]) -> Verdict:
    text = f"Ada Moss is a Vestrian economist who is currently governor of the Bank of Vestria. {said}"
    return verdict(GOVERNOR, [boxed("Ada Moss", text, rows)], dt.date(2024, 6, 1)).verdict


@pytest.mark.parametrize("post", ["an assistant governor", "an associate governor", "a senior governor"])
def test_another_post_by_its_title_word_is_no_past_term_of_the_office(post: str):
    assert _governor(f"She was {post} from 2010 to 2022.", BANK_ROWS) == Verdict.SUPPORTED


def test_the_office_itself_in_a_closed_span_is_still_read_in_the_past():
    ended = [("office", "Governor of the Bank of Vestria"), ("term_start", "4 March 2010"), ("term_end", "2 May 2022")]
    said = "Ada Moss was governor of the Bank of Vestria from 2010 to 2022."
    page_ = boxed("Ada Moss", f"Ada Moss is a Vestrian economist. {said}", ended)
    assert verdict(GOVERNOR, [page_], dt.date(2024, 6, 1)).verdict == Verdict.CONTRADICTED


def test_a_start_fitting_neither_of_two_spells_is_left_open():
    # which spell the claim means is unknown: a conflict with one spell's start is no conflict with the claim's
    rows = [*BREKKE_ROWS, ("office3", "President of Vestria"), ("term_start3", "2 March 2015"),
            ("term_end3", "4 April 2019")]  # fmt: skip
    assert _dated("Jonas Brekke became president in 2017", "became", "2017", rows) == Verdict.UNVERIFIED


# --- 4. an appositive occupation and an undated service in a body: support only ------------------------------
# Counterexamples it must not misread: 'a judge' when the lead says 'a lawyer and politician'; 'a lawyer' when the
# lead says 'is married to a lawyer'; 'served in the Senate' when the infobox lists only the Diet; 'serves in the
# Diet' (now) beside a term that ended. None of them is contradicted by these readings.

DIET_ROWS = [("office", "President of Vestria"), ("term_start", "13 February 2027"),
             ("office2", "Member of the Vestrian Diet"), ("term_start2", "2 May 2009"),
             ("term_end2", "1 June 2017")]  # fmt: skip
LEAD = "Jonas Brekke (born 1 May 1968) is a Vestrian lawyer and politician who has served as President since 2027."


def _described(value: str, lead: str = LEAD) -> Verdict:
    said = claim(f"Jonas Brekke, a {value}", "Jonas Brekke", "holds office", kind="role", relation="holds office",
                 value=value, sentence=f"Jonas Brekke, a {value}, was elected president.")  # fmt: skip
    return verdict(said, [boxed("Jonas Brekke", lead, DIET_ROWS)], FEB_2027).verdict


def test_an_appositive_occupation_is_supported_by_the_leads_copula():
    assert _described("lawyer") == Verdict.SUPPORTED


def test_an_appositive_occupation_the_lead_does_not_give_is_left_open():
    assert _described("judge") == Verdict.UNVERIFIED


def test_an_occupation_of_someone_else_in_the_lead_is_no_support():
    lead = "Jonas Brekke (born 1 May 1968) is a politician married to a lawyer."
    assert _described("lawyer", lead) == Verdict.UNVERIFIED


def _served(text: str, rows: list[tuple[str, str]] = DIET_ROWS) -> Verdict:
    said = claim(text, "Jonas Brekke", "served in", f"{text}.", object=text.split(" in ", 1)[1])
    return verdict(said, [boxed("Jonas Brekke", LEAD, rows)], FEB_2027).verdict


def test_service_in_a_body_is_supported_by_an_ended_membership():
    assert _served("Jonas Brekke had served in the Vestrian Diet") == Verdict.SUPPORTED


def test_service_in_another_body_is_left_open():
    assert _served("Jonas Brekke had served in the Vestrian Senate") == Verdict.UNVERIFIED


def test_serving_now_is_not_supported_by_an_ended_membership():
    assert _served("Jonas Brekke serves in the Vestrian Diet") != Verdict.SUPPORTED
