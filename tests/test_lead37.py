"""The lead's rows of the thirty-seventh session: each a behaviour extraction or the judge must keep, seen red through
its mutation in scripts/mutation_check.py."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, claim_subjects, clause_claim, page, verdict
from tests.test_review26 import _judged
from verify.models import Verdict

AS_OF = dt.date(2024, 6, 20)
SAVED = dt.datetime(2024, 6, 1, tzinfo=dt.UTC)

# Tamar Al-Korvi's invented page: born 12 June 1959, so 65 on 12 June 2024.
AL_KORVI = page(
    "Tamar Al-Korvi",
    "Tamar Al-Korvi (born 12 June 1959) is a Norbian lawyer and politician, the emir of Korvik since 2023.",
    SAVED,
)


# A name written as an honorific and one word ('Sheikh Tamar', 'Mrs Lund') is the person the story named in full
# with that word before: every kind gives its claims that one subject. Before, a date claim of 'Sheikh Tamar' looked
# for a page of that name, found none, and stayed unverified while the clause beside it was judged.
@pytest.mark.parametrize(
    ("text", "words", "subject"),
    [
        pytest.param(
            "Korvik's Emir Sheikh Nawal Al-Ahmad Al-Korvi took the oath on Wednesday. The emir, now Sheikh Nawal, "
            "turned 65 in June.",
            "turned 65 in June",
            "Nawal Al-Ahmad Al-Korvi",
            id="sheikh-and-given-name",
        ),
        pytest.param(
            "Ana Lund was elected mayor of Korvik in 2019. Mrs Lund was sworn in on 3 June 2019.",
            "Mrs Lund was sworn in",
            "Ana Lund",
            id="courtesy-title-and-surname",
        ),
    ],
)
def test_an_honorific_and_one_name_is_the_person_named_in_full(text: str, words: str, subject: str) -> None:
    assert set(claim_subjects(text, words)) == {subject}


# An age verb's number is the age, whatever the recogniser calls it (it tags '65' as a date): the month after it is the
# clause's time, so 'turned 65 in June' is one claim, the birthday judged against the page's birth date. Before, the
# clause stopped at 'turned 65' with '65' as its time and no birthday to check.
@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        pytest.param("Tamar Al-Korvi, who turned 65 in June, spoke.", Verdict.SUPPORTED, id="month"),
        pytest.param("Tamar Al-Korvi, who turned 65 on 12 June, spoke.", Verdict.SUPPORTED, id="day"),
        pytest.param("Tamar Al-Korvi, who turned 65 in May, spoke.", Verdict.CONTRADICTED, id="another-month"),
        pytest.param("Tamar Al-Korvi, who turned 64 in June, spoke.", Verdict.CONTRADICTED, id="another-age"),
    ],
)
def test_an_age_reached_in_a_month_is_the_birthday(body: str, outcome: Verdict) -> None:
    # the claims of the birthday with its time (the age alone is an aside of its own since rew38)
    time = body.split(", who ")[1].split(",")[0]  # 'turned 65 in June'
    found = {k: v for k, v in _judged(body, [AL_KORVI], ("clause", "date"), day=AS_OF).items() if time in k}
    assert outcome in found.values(), found
    assert set(found.values()) <= {outcome, Verdict.UNVERIFIED}, found


# (a named month is also the date kind's claim; 'this month' is the clause's alone)
def test_an_age_verbs_clause_keeps_its_time() -> None:
    found = _judged("Tamar Al-Korvi, who turned 65 this month, spoke.", [AL_KORVI], ("clause",), day=AS_OF)
    assert found.get("clause: turned 65 this month") == Verdict.SUPPORTED, found


# 'this month' and 'last month' count from the article's month: 'turned 65 this month' in a June article is a June
# birthday; 'last month' would be May's.
@pytest.mark.parametrize(
    ("words", "outcome"),
    [
        pytest.param("turned 65 this month", Verdict.SUPPORTED, id="this-month"),
        pytest.param("turned 65 last month", Verdict.CONTRADICTED, id="last-month"),
        pytest.param("turned 66 this month", Verdict.CONTRADICTED, id="this-month-wrong"),
    ],
)
def test_an_age_reached_this_month_counts_from_the_articles_month(words: str, outcome: Verdict) -> None:
    claim = clause_claim(words, "Tamar Al-Korvi", "turned", sentence=f"Tamar Al-Korvi, who {words}, spoke.")
    assert verdict(claim, [AL_KORVI], AS_OF).verdict == outcome


# A dateline's lede starts a sentence at its first word, and its second word never starts another: the parser cut
# 'KORVIK, Oct 5 - Jon | Dahl is now mayor', so the lede's full name was never read and 'Dahl' later stayed a
# subject of its own (its page, 'Jon Dahl', never asked for).
def test_a_ledes_full_name_after_a_dateline_is_read() -> None:
    text = "KORVIK, Oct 5 - Jon Dahl is now mayor of Korvik. Dahl, born in 1969, was born in Halden."
    assert claim_subjects(text, "born in 1969") == ["Jon Dahl"]


DAHL_BORN = page(
    "Jon Dahl",
    "Jon Dahl (born May 31, 1969) is a Norbian politician who served as mayor of Korvik from October 3, 2019 to May "
    "26, 2023. Born in Halden, Dahl ran in the 2015 local election for the Korvik Party.",
    SAVED,
)


# A year a page gives the birth: the year of a date written month first is past its comma ('born May 31, 1969') and
# still the birth's; a year after a participle opening the sentence ('Born in Halden, Dahl ran in the 2015 local
# election') is the main clause's, not the birth's. Before, the first gave no year to 'born' (of the sentence's later
# years, which was its own was not said) and the second refuted 1969 with 2015: 'Sources disagree'.
@pytest.mark.parametrize(
    ("words", "supported"),
    [
        pytest.param("born in 1969", True, id="born-that-year"),
        pytest.param("born in 1971", False, id="born-another-year"),
    ],
)
def test_a_birth_year_is_read_past_a_dates_comma_and_not_from_a_fronted_participle(words: str, supported: bool) -> None:
    claim = clause_claim(words, "Jon Dahl", "born in", sentence=f"Dahl, {words}, spoke.", time=words[-4:])
    assert (verdict(claim, [DAHL_BORN], AS_OF).verdict == Verdict.SUPPORTED) == supported


# Ana Ruiz's invented page: the sixth governor of the Bank of Norby until 31 May 2024, Jon Dahl after her.
RUIZ_GOVERNOR = boxed(
    "Ana Ruiz",
    "Ana Ruiz (born 1960) is a Norbian economist who was the sixth governor of the Bank of Norby from 2018 to 2024.",
    [("office", "6th Governor of the Bank of Norby"), ("term_start", "1 June 2018"), ("term_end", "31 May 2024"),
     ("successor", "Jon Dahl")],
    SAVED,
)  # fmt: skip


# The one succeeded held the post, not the successor's place in its line: 'took office as the seventh governor ...,
# succeeding Ana Ruiz' gives her the governorship, not 'seventh governor', which her page's '6th' refuted.
def test_the_one_succeeded_is_not_given_the_successors_ordinal() -> None:
    body = "Jon Dahl took office as the seventh governor of the Bank of Norby on 1 June, succeeding Ana Ruiz."
    found = {k: v for k, v in _judged(body, [RUIZ_GOVERNOR], ("role",), day=AS_OF).items() if "Ruiz" in k}
    assert found, "no role claim of the one succeeded"
    assert Verdict.CONTRADICTED not in found.values(), found


# Tove Brandt's invented page: a bare post in her infobox, its country told in the lead's second sentence as its
# owner ("Ghana's Minister for ...").
BRANDT_MINISTER = boxed(
    "Tove Brandt",
    "Tove Brandt (born 1963) is the incoming head of the Korvik Fund. At the time of her appointment, she was Ghana's "
    "Minister for Foreign Affairs and Regional Integration.",
    [("office", "Minister for Foreign Affairs and Regional Integration"), ("term_start", "28 January 2017")],
    SAVED,
)


# A bare post's country is the one the lead's paragraph writes as its owner right before the title, in any of its
# sentences: 'Nigeria's Minister for Foreign Affairs ...' of a Ghanaian minister was SUPPORTED by the bare row.
@pytest.mark.parametrize(
    ("country", "outcome"),
    [
        pytest.param("Ghana", Verdict.SUPPORTED, id="her-country"),
        pytest.param("Nigeria", Verdict.CONTRADICTED, id="another-country"),
    ],
)
def test_a_bare_posts_country_is_the_owner_the_lead_writes_before_it(country: str, outcome: Verdict) -> None:
    body = (
        "Tove Brandt was chosen to head the Korvik Fund. At the time of her appointment she was "
        f"{country}'s Minister for Foreign Affairs and Regional Integration."
    )
    found = _judged(body, [BRANDT_MINISTER], ("role",), day=AS_OF)
    assert set(found.values()) == {outcome}, found


# Lena Vos's invented page: prime minister twice, 1995-1999 and 2005-2015; Jon Dahl handed her the first spell.
VOS_TWICE = boxed(
    "Lena Vos",
    "Lena Vos (born 1960) is a Norbian politician who was twice Prime Minister of Norby.",
    [("office", "Prime Minister of Norby"), ("term_start", "1 May 2005"), ("term_end", "1 June 2015"),
     ("office2", "Prime Minister of Norby"), ("term_start2", "3 April 1995"), ("term_end2", "2 April 1999")],
    SAVED,
)  # fmt: skip
DAHL_BEFORE_VOS = boxed(
    "Jon Dahl",
    "Jon Dahl (born 1940) is a Norbian politician who was Prime Minister of Norby from 1990 to 1995.",
    [("office", "Prime Minister of Norby"), ("term_start", "1990"), ("term_end", "3 April 1995"),
     ("successor", "Lena Vos")],
    SAVED,
)  # fmt: skip


# A third holder's 'Successor: Lena Vos' tells one handover to her; one who held the post twice had two (review37 B3,
# from s37-recall37's reading of a holder between): 'Lena Vos succeeded Eva Holm' was refuted by Jon Dahl's row.
def test_a_twice_holders_other_predecessor_is_not_refuted_by_one_row() -> None:
    found = _judged("Lena Vos succeeded Eva Holm as prime minister.", [VOS_TWICE, DAHL_BEFORE_VOS], ("clause",))
    assert found, "no clause claim"
    assert Verdict.CONTRADICTED not in found.values(), found


# Counterexamples of the two readings above: a country's name before a word is no honorific ('U.S. Steel' after
# 'Nippon Steel' is no mention of it), and a year an age verb's clause gives in a phrase of its own is its time ('turned
# it into a film in 1994', no age).
def test_a_countrys_name_before_a_word_is_no_honorific() -> None:
    text = "Nippon Steel agreed to buy the company in 2023. U.S. Steel was founded in 1901."
    assert claim_subjects(text, "U.S. Steel was founded") == ["U.S. Steel"]


def test_a_year_in_a_turning_verbs_phrase_is_its_time() -> None:
    found = _judged("The director Jon Dahl turned it into a film in 1994.", [], ("clause",))
    assert "clause: The director Jon Dahl turned it into a film in 1994" in found, found


# Norby Steelworks' invented page, naming itself in the sentence of its count (no 'it' to read).
STEELWORKS_NAMED = page(
    "Norby Steelworks",
    "Norby Steelworks is a Norbian steel company founded in 1921. Norby Steelworks employs about 4,200 people.",
    SAVED,
)


# A phrase set before the holder names no side of its count ('Like Norby Steelworks, Korvik Bank employs ...'; fsa37's
# review36 R18 reading): the steelworks' own sentence giving its count by name supports nothing of the bank's. (Since
# fsc37's review36-R1 reading the 'it' of that page no longer counts for the bank, so this row, where the page names
# itself, is the one the reading decides.)
def test_a_fronted_phrases_body_is_no_side_of_the_holders_count() -> None:
    found = _judged("Like Norby Steelworks, Korvik Bank employs about 4,200 people.", [STEELWORKS_NAMED], ("quantity",))
    assert found, "no claim extracted"
    assert Verdict.SUPPORTED not in found.values(), found
