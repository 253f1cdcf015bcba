"""A clause is supported only when the evidence gives each of its values to the clause's own fact: the year
of the office it names, not a year the sentence gives another post; every value it states, not one of them.
Pages are invented; the sentences follow the stored 'Philip Lowe' page's wording."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, clause_claim, page, verdict

DAY = dt.date(2023, 9, 17)
CAREER = page(
    "Philip Lowe",
    "Philip Lowe is an Australian economist.\n"
    "He was made Assistant Governor (Financial System) at the RBA in 2004, and Assistant Governor (Economic) "
    "in 2009, eventually becoming Deputy Governor in 2012.",
)
BORN = page(
    "Philip Lowe",
    "Philip Lowe (born 4 October 1961) is an Australian economist.\nLowe was born in Wagga Wagga, New South Wales.",
)


def _became(post: str, year: str):
    text = f"Philip Lowe became {post} in {year}"
    return clause_claim(text, "Philip Lowe", "became", object=post, time=year)


def test_a_year_the_sentence_gives_another_post_does_not_support():
    result = verdict(_became("assistant governor", "2012"), [CAREER], DAY)
    assert result.verdict.value == "unverified"


def test_the_year_given_to_the_office_supports():
    assert verdict(_became("deputy governor", "2012"), [CAREER], DAY).verdict.value == "supported"


def test_another_year_bound_to_the_office_contradicts_and_is_quoted():
    result = verdict(_became("deputy governor", "2004"), [CAREER], DAY)
    assert result.verdict.value == "contradicted"
    assert "2012" in result.rationale and "Deputy Governor in 2012" in result.rationale


def test_a_page_giving_the_office_the_claimed_year_elsewhere_is_not_against_it():
    # an acting spell in 2004 (invented): the page gives the post that year too, with another verb
    again = page("Philip Lowe", CAREER.text + "\nHe first served as acting Deputy Governor in 2004.")
    assert verdict(_became("deputy governor", "2004"), [again], DAY).verdict.value == "unverified"


def test_a_place_alone_does_not_support_a_clause_with_a_date_no_page_gives():
    placed = page("Philip Lowe", "Philip Lowe is an economist.\nLowe was born in Wagga Wagga, New South Wales.")
    claim = clause_claim(
        "Philip Lowe was born in Wagga Wagga on 4 October 1962",
        "Philip Lowe",
        "born in",
        object="Wagga Wagga",
        time="4 October 1962",
    )
    assert verdict(claim, [placed], DAY).verdict.value == "unverified"


def test_a_wrong_birth_date_beside_the_right_place_contradicts():
    claim = clause_claim(
        "Philip Lowe was born in Wagga Wagga on 4 October 1962",
        "Philip Lowe",
        "born in",
        object="Wagga Wagga",
        time="4 October 1962",
    )
    result = verdict(claim, [BORN], DAY)
    assert result.verdict.value == "contradicted"
    assert "4 October 1961" in result.rationale


def test_the_right_place_and_date_support():
    claim = clause_claim(
        "Philip Lowe was born in Wagga Wagga on 4 October 1961",
        "Philip Lowe",
        "born in",
        object="Wagga Wagga",
        time="4 October 1961",
    )
    assert verdict(claim, [BORN], DAY).verdict.value == "supported"


LISTED = page(
    "Philip Lowe",
    "Philip Lowe is an Australian economist.\n"
    "He became assistant governor in March 2009 and became deputy governor in February 2012.",
)


def _dated(when: str):
    text = f"Philip Lowe became deputy governor in {when}"
    return clause_claim(text, "Philip Lowe", "became", kind="date", value=when, time=when)


def test_a_date_the_sentence_gives_another_fact_does_not_date_the_claims():
    assert verdict(_dated("March 2009"), [LISTED], DAY).verdict.value == "unverified"


def test_the_date_the_sentence_gives_the_claims_fact_supports():
    assert verdict(_dated("February 2012"), [LISTED], DAY).verdict.value == "supported"


LIM = boxed(
    "Ana Lim",
    "Ana Lim is a Vestrian politician.",
    [("office", "Prime Minister of Vestria"), ("term_start", "1 March 2028"), ("term_end", "2 February 2030"),
     ("successor", "Tomas Roe")],
)  # fmt: skip


def _handed(when: str):
    text = f"Ana Lim handed over to Tomas Roe in {when}"
    return clause_claim(text, "Ana Lim", "handed over", object="Tomas Roe", time=when)


def test_a_successor_row_is_dated_by_its_office_groups_term_end():
    assert verdict(_handed("February 2030"), [LIM], dt.date(2030, 4, 1)).verdict.value == "supported"
