"""Session 14's review of the role and date judges: shapes of false support met on unseen pages, each
reproduced with sentences and pages of our own; beside each, the reading that must stay."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, page, verdict
from tests.support.judging import clause_claim as claim
from verify.models import Document, Verdict

# --- 1. an age carried by a clause about an event is no evidence for the event's day ----------------------
# Counterexample it must not misread: 'Solvang, aged 66, won the runoff on 11 February 2024' is about the
# runoff's day; her birth date (11 February 1958) makes her 66, and says nothing about the runoff.

SOLVANG = boxed(
    "Mira Solvang",
    "Mira Solvang (born 11 February 1958) is a Vestrian politician, president of Vestria since 2024. "
    "She won the presidential runoff on 25 February 2024 and took office on 8 March 2024.",
    [("office", "President of Vestria"), ("term_start", "8 March 2024"), ("predecessor", "Ivo Sand"),
     ("birth_date", "11 February 1958")],
)  # fmt: skip
SPRING_2024 = dt.date(2024, 3, 20)


def _aged(text: str, predicate: str) -> Verdict:
    return verdict(claim(text, "Mira Solvang", predicate, f"{text}."), [SOLVANG], SPRING_2024).verdict


def test_an_age_aside_does_not_support_the_clauses_event_on_the_birthdays_day_and_month():
    assert _aged("Mira Solvang, aged 66, won the runoff on 11 February 2024", "won") == Verdict.UNVERIFIED


def test_an_age_in_years_old_does_not_support_the_clauses_event_in_the_birthdays_month():
    assert _aged("Mira Solvang, 66 years old, won the vote in February 2024", "won") == Verdict.UNVERIFIED


def test_a_year_old_description_does_not_support_a_swearing_in_the_term_dates_otherwise():
    said = "The 66-year-old economist, a former mayor, was sworn in on 11 February 2024"
    assert _aged(said, "sworn in") == Verdict.CONTRADICTED  # the term began on 8 March 2024


def test_an_age_aside_leaves_the_clauses_own_day_to_the_term_that_dates_it():
    assert _aged("Mira Solvang, aged 66, took office on 8 March 2024", "took office") == Verdict.SUPPORTED


def test_an_age_clause_is_still_read_off_the_birth_date():
    aged = claim("Mira Solvang, 66", "Mira Solvang", "aged", object="66")
    assert verdict(aged, [SOLVANG], SPRING_2024).verdict == Verdict.SUPPORTED


def test_a_wrong_age_clause_is_still_refuted_by_the_birth_date():
    aged = claim("Mira Solvang, 67", "Mira Solvang", "aged", object="67")
    assert verdict(aged, [SOLVANG], SPRING_2024).verdict == Verdict.CONTRADICTED


def test_an_age_said_with_a_copula_is_still_read_off_the_birth_date():
    aged = claim("Mira Solvang is 66 years old", "Mira Solvang", "is", object="66 years old")
    assert verdict(aged, [SOLVANG], SPRING_2024).verdict == Verdict.SUPPORTED


# --- 2. 'since' a month is supported only by the start of the term then held, in that month ---------------
# Counterexample it must not misread: 'has led the Green League since March 2019' when the page's term
# began on 14 June 2019 (the same year, another month), or when a term began in March 2011 and ended in 2015.

BRANDT = boxed(
    "Tove Brandt",
    "Tove Brandt (born 3 May 1966) is a Vestrian politician.",
    [("office", "Leader of the Green League"), ("term_start", "14 June 2019"), ("predecessor", "Ivo Sand"),
     ("office2", "Leader of the Green League"), ("term_start2", "2 March 2011"), ("term_end2", "9 September 2015"),
     ("birth_date", "3 May 1966")],
)  # fmt: skip


def _been_leader(since: str) -> Verdict:
    text = f"been leader of the Green League since {since}"
    said = claim(text, "Tove Brandt", "been", f"Tove Brandt, who has {text}, spoke.",
                 object="leader of the Green League", value="leader of the Green League", time=since)  # fmt: skip
    return verdict(said, [BRANDT], SPRING_2024).verdict


def test_since_a_month_is_not_supported_by_a_term_begun_in_another_month_of_that_year():
    assert _been_leader("March 2019") != Verdict.SUPPORTED


def test_since_a_month_is_refuted_by_the_term_then_held_begun_in_another_month_of_that_year():
    assert _been_leader("September 2019") == Verdict.CONTRADICTED


def test_since_the_month_the_term_then_held_began_is_still_supported():
    assert _been_leader("June 2019") == Verdict.SUPPORTED


def test_since_the_year_the_term_then_held_began_is_still_supported():
    assert _been_leader("2019") == Verdict.SUPPORTED


def test_since_the_month_an_earlier_term_began_is_not_supported():
    assert _been_leader("March 2011") != Verdict.SUPPORTED


def _served_as_leader(since: str, kind: str) -> Verdict:
    text = f"has served as leader of the Green League since {since}"
    if kind == "role":
        said = claim(f"Brandt {text}", "Brandt", "holds office", kind="role", relation="holds office",
                     value=f"leader of the Green League since {since}")  # fmt: skip
    else:
        said = claim(text, "Brandt", "has served", f"Brandt {text}.", kind="date", value=since, time=since)
    return verdict(said, [BRANDT], SPRING_2024).verdict


def test_a_role_held_since_a_month_is_not_supported_by_a_term_begun_in_another_month():
    assert _served_as_leader("March 2019", "role") != Verdict.SUPPORTED


def test_a_role_held_since_an_earlier_terms_month_is_not_supported_by_the_term_held_now():
    assert _served_as_leader("March 2011", "role") != Verdict.SUPPORTED


def test_a_role_held_since_the_month_the_term_began_is_still_supported():
    assert _served_as_leader("June 2019", "role") == Verdict.SUPPORTED


def test_a_role_held_since_the_year_the_term_began_is_still_supported():
    assert _served_as_leader("2019", "role") == Verdict.SUPPORTED


def test_a_date_since_an_earlier_terms_start_is_not_supported_by_that_ended_term():
    assert _served_as_leader("March 2011", "date") != Verdict.SUPPORTED


def test_a_date_since_the_start_of_the_term_held_now_is_still_supported():
    assert _served_as_leader("June 2019", "date") == Verdict.SUPPORTED


def test_a_role_held_since_the_year_an_earlier_term_began_is_not_supported_by_the_term_held_now():
    assert _served_as_leader("2011", "role") != Verdict.SUPPORTED


def test_a_date_since_the_year_an_earlier_term_began_is_refuted_by_the_term_held_now():
    assert _served_as_leader("2011", "date") == Verdict.CONTRADICTED  # the spell held now began in 2019


def test_a_date_since_when_an_ended_term_began_is_still_supported_in_the_pluperfect():
    text = "had served as leader of the Green League since March 2011"
    said = claim(text, "Brandt", "had served", f"By 2015 Brandt {text}.", kind="date", value="March 2011")
    assert verdict(said, [BRANDT], dt.date(2015, 5, 1)).verdict == Verdict.SUPPORTED


# --- 3. 'the first woman' said of another body's post with the same title is no first in the claimed office --
# Counterexample it must not misread: 'Vestria's first woman president' against 'she was president of the
# National Assembly, the first woman in the post': the post word is the assembly's, not the country's.

SPRING_2030 = dt.date(2030, 4, 1)


def _kole(said: str) -> Document:
    return boxed(
        "Eva Kole",
        f"Eva Kole (born 4 April 1966) is a Vestrian politician, president of Vestria since 2029. {said}",
        [("office", "President of Vestria"), ("term_start", "1 June 2029"), ("predecessor", "Ivo Sand")],
    )


FIRST_WOMAN = claim("Vestria's first woman president Eva Kole", "Eva Kole", "holds office", kind="role",
                    relation="holds office", value="Vestria's first woman president")  # fmt: skip


def _first(said: str) -> Verdict:
    return verdict(FIRST_WOMAN, [_kole(said)], SPRING_2030).verdict


def test_a_first_woman_in_an_assemblys_post_does_not_support_the_first_woman_president():
    said = "From 2015 to 2019 she was president of the National Assembly, the first woman in the post."
    assert _first(said) == Verdict.UNVERIFIED


def test_a_first_woman_president_of_a_court_does_not_support_the_first_woman_president():
    assert _first("In 2010 she became the first woman president of the Constitutional Court.") == Verdict.UNVERIFIED


def test_a_first_woman_chamber_president_does_not_support_the_first_woman_president():
    assert _first("She was the first female Senate president, from 2012 to 2016.") == Verdict.UNVERIFIED


def test_a_first_woman_president_of_the_country_still_supports_it():
    assert _first("In 2029 she became the first woman president of Vestria.") == Verdict.SUPPORTED


def test_a_first_woman_in_the_post_named_as_the_countrys_still_supports_it():
    assert _first("She was elected president of Vestria in 2029, the first woman in the post.") == Verdict.SUPPORTED


# --- 4. guards no test reached: a bare title's rival, and a post in a part of the claimed body -------------


def test_a_bare_title_is_not_disputed_by_someone_elses_page_holding_another_bodys_president():
    # 'President Eva Kole' names no country nor body: a senate president since 2029 is no later holder of it
    own = boxed(
        "Eva Kole",
        "Eva Kole (born 4 April 1966) is a politician who has served as president since 2027.",
        [("office", "President of Vestria"), ("term_start", "1 June 2027"), ("predecessor", "Ivo Sand")],
    )
    other = page("Tom Ek", "Tom Ek (born 9 May 1961) is a politician who has served as the president since 2029.")
    bare = claim("President Eva Kole", "Eva Kole", "holds office", kind="role", relation="holds office",
                 value="President")  # fmt: skip
    assert verdict(bare, [own, other], SPRING_2030).verdict == Verdict.SUPPORTED


def _moss_holds(office: str, value: str) -> Verdict:
    """Whether 'Ada Moss' holding `value` is supported by her infobox listing `office` since 2027."""
    listed = boxed("Ada Moss", "Ada Moss (born 2 July 1970) is a Vestrian politician.",
                   [("office", office), ("term_start", "5 May 2027")])  # fmt: skip
    said = claim(f"{value} Ada Moss", "Ada Moss", "holds office", kind="role", relation="holds office", value=value)
    return verdict(said, [listed], SPRING_2030).verdict


GROUP_LEADER = "Leader of the Parliamentary Group of the Green League"


def test_a_post_in_the_parliamentary_group_of_a_party_is_not_the_partys_leadership():
    assert _moss_holds(GROUP_LEADER, "Green League leader") != Verdict.SUPPORTED  # the group's leader, not the party's


def test_a_post_in_the_parliamentary_group_of_a_party_is_not_its_head():
    # 'head of' is read as the party's name alone: the name stands after a second 'of', in the group's post
    assert _moss_holds(GROUP_LEADER, "head of the Green League") != Verdict.SUPPORTED


def test_the_leader_of_a_party_is_still_supported_by_the_partys_own_leadership():
    assert _moss_holds("Leader of the Green League", "Green League leader") == Verdict.SUPPORTED


# --- 5. the same for a page that gives the spell in a sentence, not in its infobox --------------------------


def _said_leader(since: str, page_says: str) -> Verdict:
    text = f"been leader of the Green League since {since}"
    said = claim(text, "Tove Brandt", "been", f"Tove Brandt, who has {text}, spoke.",
                 object="leader of the Green League", value="leader of the Green League", time=since)  # fmt: skip
    words = page("Tove Brandt", f"Tove Brandt (born 3 May 1966) is a Vestrian politician. {page_says}")
    return verdict(said, [words], SPRING_2024).verdict


def test_since_a_month_is_not_supported_by_a_sentence_giving_another_month():
    said = "She has been leader of the Green League since June 2019."
    assert _said_leader("March 2019", said) != Verdict.SUPPORTED


def test_since_a_month_is_not_supported_by_a_sentence_giving_the_year_alone():
    assert _said_leader("March 2019", "She has been leader of the Green League since 2019.") != Verdict.SUPPORTED


def test_since_a_month_is_still_supported_by_a_sentence_giving_that_month():
    said = "She has been leader of the Green League since June 2019."
    assert _said_leader("June 2019", said) == Verdict.SUPPORTED
