"""Session 15's review of the role and date judges: shapes of wrong verdicts met in review, each reproduced
with pages and sentences of our own; beside each, the reading that must stay."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, verdict
from tests.support.judging import clause_claim as claim
from verify.models import Document, Verdict

SPRING_2030 = dt.date(2030, 4, 1)


# --- 1. a 'first woman president' of a body whose name holds the country is no first in the country's office --
# Counterexample it must not misread: 'Vestria's first woman president' against 'the first woman president of
# the Vestria Senate' (or 'of the Argentine Senate' for 'Argentina's first woman president'): the post is the
# chamber's, though its name carries the country's.


def _kole(said: str, country: str = "Vestria") -> Document:
    return boxed(
        "Eva Kole",
        f"Eva Kole (born 4 April 1966) is a politician, president of {country} since 2029. {said}",
        [("office", f"President of {country}"), ("term_start", "1 June 2029"), ("predecessor", "Ivo Sand")],
    )


def _first(said: str, country: str = "Vestria", whose: str = "Vestria's") -> Verdict:
    value = f"{whose} first woman president"
    first = claim(f"{value} Eva Kole", "Eva Kole", "holds office", kind="role", relation="holds office", value=value)
    return verdict(first, [_kole(said, country)], SPRING_2030).verdict


def test_a_first_woman_president_of_a_senate_named_after_the_country_is_not_the_countrys_first():
    assert _first("In 2016 she became the first woman president of the Vestria Senate.") == Verdict.UNVERIFIED


def test_a_first_woman_president_of_the_senate_of_the_country_is_not_the_countrys_first():
    assert _first("She was the first woman president of the Senate of Vestria, from 2014 to 2018.") == (
        Verdict.UNVERIFIED
    )


def test_a_first_woman_president_of_a_known_countrys_senate_is_not_that_countrys_first():
    said = "In 2016 she became the first woman president of the Argentine Senate."
    assert _first(said, "Argentina", "Argentina's") == Verdict.UNVERIFIED


def test_a_first_woman_president_of_a_bank_named_after_a_known_country_is_not_its_first():
    said = "Earlier she had been the first female president of the Central Bank of Argentina."
    assert _first(said, "Argentina", "Argentina's") == Verdict.UNVERIFIED


def test_a_first_woman_president_of_the_known_country_still_supports_it():
    said = "In 2029 she became the first woman president of Argentina."
    assert _first(said, "Argentina", "Argentina's") == Verdict.SUPPORTED


def test_a_first_woman_president_of_the_republic_still_supports_the_countrys_first():
    said = "In 2029 she became the first woman President of the Republic of Vestria."
    assert _first(said) == Verdict.SUPPORTED


# A body written as the possessor before the 'first' ('the Senate's first woman president') is the body the first
# is said of, as much as one written after the post; the country itself as possessor ('the country's', the
# country's name) still ties it to the country's office.


def test_a_first_woman_president_of_a_body_written_as_its_possessor_is_not_the_countrys_first():
    said = "In 2016 she became the Senate's first woman president."
    assert _first(said, "Argentina", "Argentina's") == Verdict.UNVERIFIED


def test_a_first_woman_president_of_a_possessor_body_named_after_the_country_is_not_its_first():
    said = "In 2016 she became the Argentine Senate's first woman president."
    assert _first(said, "Argentina", "Argentina's") == Verdict.UNVERIFIED


def test_a_bare_first_woman_president_is_not_supported_by_a_possessor_bodys_first():
    assert _bare_first("In 2016 she became the Senate's first woman president.") == Verdict.UNVERIFIED


def test_the_countrys_first_woman_president_still_supports_the_countrys_first():
    said = "In 2029 she became Argentina's first woman president."
    assert _first(said, "Argentina", "Argentina's") == Verdict.SUPPORTED


# --- 2. a true first set aside for want of a 'first' sentence must not let another post's spell refute it ------
# Counterexample it must not misread: a president now who once presided over the senate; the sentence that
# calls her the first woman president names the senate too: the senate's ended spell is no evidence against
# her being president now, so the claim is at worst unverified, never contradicted.


def _ore(said: str) -> Document:
    return boxed(
        "Lina Ore",
        f"Lina Ore (born 2 May 1968) is a Argentine politician. {said}",
        [("office", "President of Argentina"), ("term_start", "1 June 2029"), ("predecessor", "Ivo Sand"),
         ("office2", "President of the Senate of Argentina"), ("term_start2", "3 March 2014"),
         ("term_end2", "2 March 2018")],
    )  # fmt: skip


def _bare_first(said: str, value: str = "the first woman president") -> Verdict:
    first = claim(f"Lina Ore, {value}", "Lina Ore", "holds office", kind="role", relation="holds office", value=value)
    return verdict(first, [_ore(said)], SPRING_2030).verdict


def test_a_true_first_is_not_contradicted_by_an_ended_spell_in_another_post():
    said = "Ore, formerly president of the Senate, became the country's first woman president in 2029."
    assert _bare_first(said) != Verdict.CONTRADICTED


def test_a_true_first_with_the_senate_named_after_it_is_not_contradicted():
    said = "In 2029 she became the first woman president, having chaired the Senate from 2014 to 2018."
    assert _bare_first(said) != Verdict.CONTRADICTED


def test_a_true_first_stated_of_the_country_alone_is_still_supported():
    assert _bare_first("In 2029 she became the first woman president of Argentina.") == Verdict.SUPPORTED


def test_a_first_of_a_kind_whose_spell_ended_is_her_place_in_the_line():
    # the same pages, a post she held only before the article's day: 'the first woman president of the Senate' is
    # her place in the post's line, true after the spell ends, as 'the first president of the bank' is (session 41
    # decided it so, for obituaries' 'the first female prime minister, has died': review38 R4; this row asked
    # CONTRADICTED before)
    former = boxed(
        "Lina Ore",
        "Lina Ore (born 2 May 1968) is a politician. She was the first woman president of the Senate of Vestria.",
        [
            ("office", "President of the Senate of Vestria"),
            ("term_start", "3 March 2014"),
            ("term_end", "2 March 2018"),
        ],
    )
    value = "the first woman president of the Senate of Vestria"
    first = claim(f"Lina Ore, {value}", "Lina Ore", "holds office", kind="role", relation="holds office", value=value)
    assert verdict(first, [former], SPRING_2030).verdict == Verdict.SUPPORTED


# --- 3. a day written without its year takes the year extraction reads it in: one reading, by its clause's tense --
# Counterexample it must not misread: 'officials said the council would meet on 3 May' in a story of 20 June is
# next May's meeting ('said' is the report's tense, 'would' the meeting's), not the May just gone.

MIDSUMMER_2030 = dt.date(2030, 6, 20)


def _year_of(sentence: str, text: str, day: str, as_of: dt.date = MIDSUMMER_2030) -> str | None:
    from verify.kinds.date.judge import in_the_articles_year

    dated = in_the_articles_year(claim(text, "Eli Varga", "met", sentence, kind="date", value=day), as_of)
    return None if dated is None else dated.value


def test_a_day_told_in_the_past_before_the_articles_day_is_this_year():
    assert _year_of("Varga was sworn in on 3 May.", "was sworn in on 3 May", "3 May") == "2030-05-03"


def test_a_day_told_in_the_past_after_the_articles_day_is_last_year():
    assert _year_of("Varga was sworn in on 25 June.", "was sworn in on 25 June", "25 June") == "2029-06-25"


def test_a_day_said_to_come_is_the_next_such_day():
    said = "The runoff will be held on 3 May, the commission says."
    assert _year_of(said, "will be held on 3 May", "3 May") == "2031-05-03"


def test_a_reported_day_to_come_takes_the_reported_clauses_tense_not_the_reports():
    said = "Officials said the council would meet on 3 May."
    assert _year_of(said, "would meet on 3 May", "3 May") == "2031-05-03"


def test_a_rescheduled_day_is_one_to_come():
    said = "The vote was rescheduled for 3 May after the floods."
    assert _year_of(said, "was rescheduled for 3 May", "3 May") == "2031-05-03"


def test_a_datelines_day_does_not_lend_its_clause_to_the_claims_day():
    said = "KESSEL, 20 June (Vestria Wire) – The council met on 3 May, officials said."
    assert _year_of(said, "met on 3 May", "3 May") == "2030-05-03"


def test_a_written_out_month_first_day_reads_the_same():
    assert _year_of("The assembly is scheduled to reconvene on May 3.", "reconvene on May 3", "May 3") == "2031-05-03"


def test_the_judge_reads_every_year_less_day_in_the_year_extraction_gives_it():
    from verify.kinds.date.parsed import date_mentions, reference_date

    for said, day in [
        ("Varga was sworn in on 3 May.", "3 May"),
        ("Varga was sworn in on 25 June.", "25 June"),
        ("Officials said the council would meet on 3 May.", "3 May"),
        ("The vote was rescheduled for 3 May after the floods.", "3 May"),
        ("Her inauguration on 25 June drew crowds.", "25 June"),
    ]:
        read = next(m for m in date_mentions(said, reference_date(said, MIDSUMMER_2030)) if m.words == day)
        assert _year_of(said, said.rstrip("."), day) == f"{read.year}-{read.month:02d}-{read.day:02d}", said


# --- 4. a day or month written without a year compares as no year with an event named with one -------------
# Counterexample it must not misread: 'the general election held in May' in a story that also names 'the 2000
# Vestrian general election': the parser's stand-in year (2000) for a year-less date is no year the claim gives.


def _named(article: str, said: str, value: str) -> str | None:
    from verify.kinds.date import _with_named_event

    sentence = next(s for s in article.split(". ") if said in s)
    return _with_named_event(claim(said, "Vestria", "held", sentence, kind="date", value=value), article).context


PAST_ELECTION = "Turnout fell at the 2000 Vestrian general election. The general election held {} was close."


def test_a_month_without_a_year_is_not_bound_to_an_event_named_with_the_parsers_stand_in_year():
    assert _named(PAST_ELECTION.format("in May"), "held in May", "May") is None


def test_a_day_without_a_year_is_not_bound_to_an_event_named_with_the_parsers_stand_in_year():
    assert _named(PAST_ELECTION.format("on 3 May"), "held on 3 May", "3 May") is None


def test_a_day_without_a_year_is_not_bound_to_an_event_named_with_another_year():
    article = "Turnout fell at the 2024 Vestrian general election. The general election held on 3 May was close."
    assert _named(article, "held on 3 May", "3 May") is None


def test_a_day_without_a_year_still_takes_an_event_named_without_one():
    article = "Turnout fell at the Vestrian general election. The general election held on 3 May was close."
    assert _named(article, "held on 3 May", "3 May") == "Vestrian general election"


def test_a_day_with_its_year_still_takes_the_event_named_with_that_year():
    said = PAST_ELECTION.format("in May 2000")
    assert _named(said, "held in May 2000", "May 2000") == "2000 Vestrian general election"
