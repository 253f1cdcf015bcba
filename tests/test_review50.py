"""Findings of review50 (session 50), as rows the desk would meet: a sentence of an invented article judged through the
article's whole judging (`verify.judge.judge`) against invented pages (`tests/support/judging.py`), each beside its
twin (the true case still right). A B-item is a regression found in this session's changes: a plain test where it
passes on main (it fails once its branch is merged), an `_open` strict xfail where the change is on main already.
S-items (false "supported") and R-items (false "contradicted" or lost support) are open at a804007a and on main both.
The list with its status is /work/briefs50/review50-findings.md."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, page
from tests.test_review26 import _open
from tests.test_review49 import _verdicts  # the article judged whole against invented pages
from verify.models import Document, Verdict

SAVED = dt.datetime(2025, 4, 1, tzinfo=dt.UTC)
WINTER_2025 = dt.date(2025, 1, 8)
SAVED_2024 = dt.datetime(2024, 12, 1, tzinfo=dt.UTC)


# ---------------------------------------------------------------------------------------------------------------
# B1 (false "contradicted"; on main: s50-recall50a b2bd0e9e (merge 14f614a8), verify/kinds/role/judge.py `_title_of`
# and `_its_page_read` in `neighbour_rows` / `_owner_known`): a bare 'current chairman' whose owner the sentence gives
# in a fronted phrase ('At Acme Bank, the current chairman is Ivo Stam') is read as the chairman of the Norby Space
# Agency, whose own page the run read because the article's first sentence names the agency; the agency head's
# predecessor row (Ivo Stam) refutes it. `_owner_beside` sees only 'Governor X of the Y' and "Y's governor, X". At
# a804007a: unverified. CLOSED on main by 61dc5ed1.
def _agency_head(rows: list[tuple[str, str]]) -> Document:
    return boxed(
        "Ana Ruiz",
        "Ana Ruiz (born 1964) is a Norbian engineer serving as the chairman of the Norby Space Agency.",
        [("office", "10th Chairman of the Norby Space Agency"), ("term_start", "15 January 2022"), *rows],
        SAVED_2024,
    )


AGENCY_HEAD = _agency_head([("predecessor", "Ivo Stam")])
CHAIR_PAGE = page(
    "Chairman of the Norby Space Agency",
    "The chairman of the Norby Space Agency is the head of the agency. The post dates from 1969.",
    SAVED_2024,
)
_LAUNCH = "The Norby Space Agency launched a satellite on Friday."


def test_b1_a_bare_title_of_another_body_named_before_it() -> None:
    body = f"{_LAUNCH} At Acme Bank, the current chairman is Ivo Stam."
    found = _verdicts(body, [AGENCY_HEAD, CHAIR_PAGE], "role", "Ivo Stam", WINTER_2025)
    assert found and Verdict.CONTRADICTED not in found, found


def test_b1_twin_the_agencys_own_chairman_is_never_the_past_holder() -> None:
    # the article's own body: the agency's past chairman called current is never supported (recall50a refutes it)
    body = f"{_LAUNCH} The current chairman is Ivo Stam."
    found = _verdicts(body, [AGENCY_HEAD, CHAIR_PAGE], "role", "Ivo Stam", WINTER_2025)
    assert found and Verdict.SUPPORTED not in found, found


def test_r1_its_chairman_is_the_banks() -> None:
    # R1 (false "contradicted", at a804007a and on recall50a): 'its' after 'The bank said' is the bank's
    body = (
        "Acme Bank funded the Norby Space Agency's launch on Friday. The bank said its current chairman, Ivo Stam, had "
        "approved it."
    )
    found = _verdicts(body, [AGENCY_HEAD, CHAIR_PAGE], "role", "Ivo Stam", WINTER_2025)
    assert found and Verdict.CONTRADICTED not in found, found


# ---------------------------------------------------------------------------------------------------------------
# B2 (false "contradicted"; on main since the fast-forward to s50-recall50c f66280ea: 2cc4f7ca,
# verify/kinds/quantity/judge.py `children_findings` with `_NAMING_SOME`, judging.toml quantity.children_row_naming): a
# children row 'N, including X' is now read as the whole count, and it refutes a claim counting only some of them ('two
# children together', 'two children from his first marriage'): the claim's part is taken for the whole (R2 below is
# the same with a bare row, open at a804007a). At a804007a: unverified. CLOSED on main by 75cefef6 (a count of some of
# a person's children).
def _children(row: str) -> Document:
    return boxed("Ivo Stam", "Ivo Stam (born 1950) is a Norbian businessman.", [("children", row)])


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ivo Stam and Ana Ruiz have two children together.", id="together"),
        pytest.param("Ivo Stam has two children from his first marriage.", id="first-marriage"),
        pytest.param("Ivo Stam has two children with Ana Ruiz.", id="with-her"),
    ],
)
def test_b2_a_part_of_the_children_is_not_the_whole(body: str) -> None:
    found = _verdicts(body, [_children("5, including Sharaf")], "quantity", "two")
    assert found and Verdict.CONTRADICTED not in found, found


def test_b2_twin_the_whole_count_against_the_row() -> None:
    # a count of all his children against a bare row's whole (recall50c reads 'N, including X' so too)
    assert _verdicts("Ivo Stam has six children.", [_children("5")], "quantity", "six") == [Verdict.CONTRADICTED]


# R2 (false "contradicted", at a804007a and on recall50c; `children_findings`): a bare row '5' refutes 'two children
# from his first marriage' (a part of them). CLOSED on main by 75cefef6.
def test_r2_a_part_against_a_bare_row() -> None:
    found = _verdicts("Ivo Stam has two children from his first marriage.", [_children("5")], "quantity", "two")
    assert found and Verdict.CONTRADICTED not in found, found


# ---------------------------------------------------------------------------------------------------------------
# (B3's and B4's rows, with their twins, are in tests/test_mend50.py, which closed them.)
# B3 (lost support; on main: s50-fixa50 89ac6612 (merge 9ab959ae), verify/kinds/clause/judge.py
# `_a_present_deed_told_as_ended`, review48 S9's mend): the clause holding the object is cut at 'and' (`_CLAUSE_JOIN`),
# so a spell that ended and began again ('He coached Korvik FC from 2010 to 2014 and again since 2021', '..., and he has
# coached the club again since 2021', '... and returned as coach in 2021') is read as ended: 'Karl Moen coaches Korvik
# FC.' loses the support it had at a804007a. The 'since' or the return after the join is the same deed's, its object
# left unsaid.

# ---------------------------------------------------------------------------------------------------------------
# B4 (lost support; on main: s50-fixa50 89ac6612 and 681f406a (merge 9ab959ae), verify/kinds/role/judge.py
# `_ended_later` with `_LEFT_AS_NAMED`, review49 S1's mend): a later clause leaving something else is read as leaving
# the post when a time word comes between the verb and what is left ('retired in 2015 from her teaching job', 'was
# defeated in the 2019 party leadership contest', 'stepped down in 2015 as chair of ...'): `_LEFT_AS_NAMED` takes any
# 'in'/'after' after the verb for a plain leaving, and the current mayoralty told before is set aside; so too an ending
# of an earlier spell ('she first served from 2006 to 2014, and resigned as mayor in 2014': 681f406a's 'as mayor'), a
# resignation undone ('and returned in 2013') or refused. At a804007a: supported.
def _lund(told: str) -> Document:
    return page("Eva Lund", f"Eva Lund (born 9 September 1970) is a Norbian politician. {told}", SAVED)


# ---------------------------------------------------------------------------------------------------------------
# B5 (lost support, weaker; on main: s50-fixa50 89ac6612 (merge 9ab959ae), verify/offices.py `name_goes_on(...,
# bodies_too)` in `named_longer`, review49 S2's mend): a place's unit that is also a body's word ('Governor of Halden
# Department', as a department of Colombia or France) no longer supports 'Halden Governor Eva Lund'. At a804007a:
# supported.
def test_b5_a_department_is_the_places_unit() -> None:
    doc = _lund("Since 2023 she has been Governor of Halden Department.")
    assert _verdicts("Halden Governor Eva Lund spoke on Friday.", [doc], "role", "Halden Governor") == [
        Verdict.SUPPORTED
    ]


# ---------------------------------------------------------------------------------------------------------------
# B6 (FALSE "SUPPORTED"; branch s50-fixb50 b862799e, verify/offices.py `title_goes_on` with the head-first reading of
# 'Finance Minister' as 'Minister of Finance'): the guard looks only for a capitalised word right after the portfolio,
# so an owner told after it with 'of' ('Minister of Finance of Tarsa', '... of Halden Province') passes: "Norby's
# Finance Minister Eva Lund" is supported by another country's or a province's finance ministry. At a804007a:
# unverified. (The lexicon's 'Defence Minister' read so at a804007a already: S1 below.)
@pytest.mark.parametrize(
    "told",
    [
        pytest.param("Since 2021 she has been Minister of Finance of Tarsa.", id="another-country"),
        pytest.param("Since 2021 she has been Minister of Finance of Halden Province.", id="a-province"),
    ],
)
def test_b6_a_finance_ministry_of_another_government(told: str) -> None:
    body = "Norby's Finance Minister Eva Lund spoke on Friday."
    found = _verdicts(body, [_lund(told)], "role", "Finance Minister")
    assert found and Verdict.SUPPORTED not in found, found


def test_b6_twin_the_lexicons_portfolio_of_the_country() -> None:
    doc = _lund("Since 2021 she has been Minister of Defence.")
    assert _verdicts("Norby's Defence Minister Eva Lund spoke on Friday.", [doc], "role", "Defence Minister") == [
        Verdict.SUPPORTED
    ]


# ---------------------------------------------------------------------------------------------------------------
# B7 (FALSE "SUPPORTED"; branch s50-fixb50 b862799e, verify/offices.py `title_goes_on` / the head-first and
# place-first readings in `office_wordings`): a word BEFORE the title making another post ('Youth Mayor of Halden',
# 'Student Mayor of Halden', 'Youth Minister of Finance') is not looked at; the guard reads only after the portfolio or
# place: 'Halden Mayor Eva Lund' and 'Finance Minister Eva Lund' are supported. 'Deputy' and 'Vice' are read (now
# contradicted). At a804007a: unverified.
@pytest.mark.parametrize(
    ("told", "body", "words"),
    [
        pytest.param(
            "Since 2023 she has been Youth Mayor of Halden.", "Halden Mayor Eva Lund spoke.", "Halden Mayor", id="youth"
        ),
        pytest.param(
            "Since 2023 she has been Student Mayor of Halden.",
            "Halden Mayor Eva Lund spoke.",
            "Halden Mayor",
            id="student",
        ),
        pytest.param(
            "Since 2021 she has been Youth Minister of Finance.",
            "Finance Minister Eva Lund spoke.",
            "Finance Minister",
            id="youth-minister",
        ),
    ],
)
def test_b7_a_word_before_the_title_makes_another_post(told: str, body: str, words: str) -> None:
    found = _verdicts(body, [_lund(told)], "role", words)
    assert found and Verdict.SUPPORTED not in found, found


# S1 (false "supported", at a804007a and on fixb50; the lexicon's head-first 'Defence Minister'): "Norby's Defence
# Minister Eva Lund" is supported by 'Minister of Defence of Tarsa' and 'Minister of Defence of Halden Province';
# 'Defence Minister Eva Lund' by 'Youth Minister of Defence'.
@pytest.mark.parametrize(
    ("told", "body"),
    [
        pytest.param(
            "Since 2021 she has been Minister of Defence of Tarsa.",
            "Norby's Defence Minister Eva Lund spoke.",
            id="another-country",
        ),
        pytest.param(
            "Since 2021 she has been Minister of Defence of Halden Province.",
            "Norby's Defence Minister Eva Lund spoke.",
            id="a-province",
        ),
        pytest.param(
            "Since 2021 she has been Youth Minister of Defence.", "Defence Minister Eva Lund spoke.", id="youth"
        ),
    ],
)
def test_s1_the_lexicons_portfolio_of_another_government(told: str, body: str) -> None:
    found = _verdicts(body, [_lund(told)], "role", "Defence Minister")
    assert found and Verdict.SUPPORTED not in found, found


# ---------------------------------------------------------------------------------------------------------------
# B8 (false "contradicted"; on main: s50-recall50b 5004400c (merge 73d2de25), verify/kinds/clause/judge.py
# `_things_taken` with `_DESCRIBED_NAME` in `_another_year_bound`): the name a common noun describes ('co-founded the
# developer Korvia') is looked for in the page as a bare word run, so another firm whose name begins with it ('In 1988,
# he co-founded Korvia Foods') gives its year to the claim: 'He co-founded the developer Korvia in 1995.' is refuted.
# Korvia and Korvia Foods are two firms (recall50b's own twin, 'Tarsa Foods', shares no word). At a804007a: unverified.
_STAM_LEAD = "Ivo Stam (born 15 February 1962) is a Norby businessman and former politician."
_CABINET = "Ivo Stam, 62, a Norby businessman, was named to the cabinet on Monday."
SUMMER_2024 = dt.date(2024, 8, 15)


def test_b8_a_longer_name_is_another_firm() -> None:
    doc = page("Ivo Stam", f"{_STAM_LEAD} In 1988, he co-founded Korvia Foods, a venture that made him a billionaire.")
    body = f"{_CABINET} He co-founded the developer Korvia in 1995."
    found = _verdicts(body, [doc], "clause", "in 1995", SUMMER_2024)
    assert found and Verdict.CONTRADICTED not in found, found


def test_b8_twin_the_firm_named_as_the_page_does() -> None:
    doc = page("Ivo Stam", f"{_STAM_LEAD} In 1988, he co-founded Korvia, a venture that made him a billionaire.")
    body = f"{_CABINET} He co-founded Korvia in 1995."
    assert _verdicts(body, [doc], "clause", "in 1995", SUMMER_2024) == [Verdict.CONTRADICTED]


# R3 (false "contradicted", at a804007a and on recall50b): 'having founded it in 2013', 'it' the new museum the
# sentence names after the institute, is refuted by the institute's founding in 2009.
def test_r3_it_is_the_thing_named_last() -> None:
    doc = page("Ivo Stam", f"{_STAM_LEAD} He founded the Norby Institute of Memory in 2009.")
    body = f"{_CABINET} He advised the Norby Institute of Memory on a new museum, having founded it in 2013."
    found = _verdicts(body, [doc], "clause", "founded it in 2013", SUMMER_2024)
    assert found and Verdict.CONTRADICTED not in found, found


# ---------------------------------------------------------------------------------------------------------------
# B9 (lost contradiction, weaker; branch s50-fixb50 b862799e, verify/kinds/clause/judge.py `_another_post_told` /
# `_post_before`, review49 R1's mend): the same post named by another head word than the page's office ('head of the
# Norby Statistics Office' for 'Director of the Norby Statistics Office') is taken for another post, so the wrong
# predecessor ('succeeding Tom Berg'; the page's is Ivo Stam) is no longer refuted. At a804007a: contradicted.
_STATS_LEAD = "Ana Ruiz (born 1970) is a Norby economist who led the Norby Statistics Office from 2021 to 2024."
STATS_DIRECTOR = boxed(
    "Ana Ruiz",
    _STATS_LEAD,
    [
        ("office", "Director of the Norby Statistics Office"),
        ("term_start", "March 4, 2021"),
        ("term_end", "May 2, 2024"),
        ("predecessor", "Ivo Stam"),
        ("successor", "Per Olsen"),
    ],
)
_DISMISSED = "Ana Ruiz, a Norby economist, was dismissed on Friday."
SUMMER_2024_EARLY = dt.date(2024, 6, 10)


def test_b9_the_same_office_by_another_head_word() -> None:
    body = f"{_DISMISSED} She became head of the Norby Statistics Office in March 2021, succeeding Tom Berg."
    assert _verdicts(body, [STATS_DIRECTOR], "clause", "Tom Berg", SUMMER_2024_EARLY) == [Verdict.CONTRADICTED]


def test_b9_twin_the_offices_own_words() -> None:
    body = f"{_DISMISSED} She became director of the Norby Statistics Office in March 2021, succeeding Tom Berg."
    assert _verdicts(body, [STATS_DIRECTOR], "clause", "Tom Berg", SUMMER_2024_EARLY) == [Verdict.CONTRADICTED]


# R4 (false "contradicted", at a804007a and on recall50c): a couple's children ('married to Ana Ruiz, and they have two
# children') refuted by his children row '4' (his children with others among them); the part for the whole, as R2.
# CLOSED on main by 75cefef6.
def test_r4_the_couples_children_are_a_part_of_his() -> None:
    doc = boxed(
        "Ivo Stam",
        "Ivo Stam (born 1950) is a Norbian businessman.",
        [("children", "4"), ("spouse", "Ana Ruiz (m. 2001)")],
    )
    found = _verdicts("Ivo Stam is married to Ana Ruiz, and they have two children.", [doc], "quantity", "two")
    assert found and Verdict.CONTRADICTED not in found, found


# ---------------------------------------------------------------------------------------------------------------
# B10 (FALSE "SUPPORTED"; branch s50-fixb50 b862799e, the head-first and place-first readings in verify/offices.py
# `office_wordings` as the role judge's sentence reading uses them): the formal title found anywhere in a present
# sentence of her page supports the title before her name, though the sentence makes it someone else's post she
# serves, advises or works with ('She has advised the Minister of Finance since 2021', 'Since 2021, she has served
# under the Minister of Finance', 'She has worked closely with the Mayor of Halden since 2023', 'Since 2023 she has
# headed the Office of the Mayor of Halden'). The lexicon's Defence reads so at a804007a already (S2 below); fixb50
# spreads it to every portfolio and to every place's mayor. At a804007a: unverified.
@pytest.mark.parametrize(
    ("told", "body", "words"),
    [
        pytest.param(
            "She has advised the Minister of Finance since 2021.",
            "Finance Minister Eva Lund spoke.",
            "Finance Minister",
            id="advised",
        ),
        pytest.param(
            "Since 2021, she has served under the Minister of Finance.",
            "Finance Minister Eva Lund spoke.",
            "Finance Minister",
            id="served-under",
        ),
        pytest.param(
            "She has been a senior official reporting to the Minister of Finance since 2021.",
            "Finance Minister Eva Lund spoke.",
            "Finance Minister",
            id="reporting-to",
        ),
        pytest.param(
            "She has worked closely with the Mayor of Halden since 2023.",
            "Halden Mayor Eva Lund spoke.",
            "Halden Mayor",
            id="worked-with",
        ),
        pytest.param(
            "Since 2023 she has headed the Office of the Mayor of Halden.",
            "Halden Mayor Eva Lund spoke.",
            "Halden Mayor",
            id="the-mayors-office",
        ),
    ],
)
def test_b10_another_holders_title_in_her_sentence(told: str, body: str, words: str) -> None:
    found = _verdicts(body, [_lund(told)], "role", words)
    assert found and Verdict.SUPPORTED not in found, found


# B11 (false "contradicted"; the same readings of fixb50 b862799e): 'She is the daughter of a former Minister of
# Finance.' refutes 'Finance Minister Eva Lund' (her father's past post read as hers). At a804007a: unverified.
def test_b11_a_parents_former_post_is_not_hers() -> None:
    doc = _lund("She is the daughter of a former Minister of Finance.")
    found = _verdicts("Finance Minister Eva Lund spoke.", [doc], "role", "Finance Minister")
    assert found and Verdict.CONTRADICTED not in found, found


# S2 and R5 (at a804007a and on fixb50, the lexicon's Defence): 'She has advised the Minister of Defence since 2021.'
# SUPPORTS 'Defence Minister Eva Lund'; 'She is the daughter of a former Minister of Defence.' CONTRADICTS it.
def test_s2_advising_the_defence_minister() -> None:
    doc = _lund("She has advised the Minister of Defence since 2021.")
    found = _verdicts("Defence Minister Eva Lund spoke.", [doc], "role", "Defence Minister")
    assert found and Verdict.SUPPORTED not in found, found


def test_r5_a_parents_former_defence_post() -> None:
    doc = _lund("She is the daughter of a former Minister of Defence.")
    found = _verdicts("Defence Minister Eva Lund spoke.", [doc], "role", "Defence Minister")
    assert found and Verdict.CONTRADICTED not in found, found


# R6 (false "contradicted", at a804007a and on recall50b 37a5e37f): a nation within the state the infobox names
# ('born in England' against 'Leeds, UK'), and a town's country of today against its country of the birth's day ('born
# in Bangladesh' against 'Dhaka, East Pakistan, Pakistan'; 'born in Poland' against 'Breslau, Germany').
def _born_in(place: str) -> Document:
    return boxed(
        "Eva Lund",
        "Eva Lund (born 9 September 1940) is a Norbian politician.",
        [("birth_date", "9 September 1940"), ("birth_place", place)],
    )


@pytest.mark.parametrize(
    ("body", "place"),
    [
        pytest.param("Eva Lund was born in England in 1940.", "Leeds, UK", id="england-uk"),
        pytest.param(
            "Eva Lund was born in Bangladesh in 1940.",
            "Dhaka, East Pakistan, Pakistan",
            id="bangladesh",
            marks=_open("R6 open: a country of today refuted by the country of the day"),
        ),
        pytest.param(
            "Eva Lund was born in Poland in 1940.",
            "Breslau, Germany",
            id="poland",
            marks=_open("R6 open: a country of today refuted by the country of the day"),
        ),
    ],
)
def test_r6_a_birthplaces_country_written_otherwise(body: str, place: str) -> None:
    found = _verdicts(body, [_born_in(place)], "clause", "born in")
    assert found and Verdict.CONTRADICTED not in found, found


def test_r6_twin_the_nation_within_written_alike() -> None:
    doc = _born_in("Glasgow, Scotland, United Kingdom")
    assert _verdicts("Eva Lund was born in Scotland in 1940.", [doc], "clause", "born in") == [Verdict.SUPPORTED]


# S3 (FALSE "SUPPORTED", at a804007a and on recall50b 37a5e37f; verify/kinds/clause/judge.py, the birthplace read by
# its town): 'born in Oslo, Sweden' is supported by the infobox's 'Oslo, Norway' (and by a sentence 'born in Oslo,
# Norway'): a sovereign country beside the right town is not weighed, only a nation within a state is (s49's lead).
@pytest.mark.parametrize(
    "doc",
    [
        pytest.param(_born_in("Oslo, Norway"), id="infobox"),
        pytest.param(
            page(
                "Eva Lund",
                "Eva Lund (born 9 September 1940) is a Norbian politician. She was born in Oslo, Norway, to a "
                "family of traders.",
            ),
            id="sentence",
        ),
    ],
)
def test_s3_the_right_town_in_a_wrong_country(doc: Document) -> None:
    found = _verdicts("Eva Lund was born in Oslo, Sweden, in 1940.", [doc], "clause", "born in")
    assert found and Verdict.SUPPORTED not in found, found


def test_s3_twin_the_town_in_its_country() -> None:
    found = _verdicts("Eva Lund was born in Oslo, Norway, in 1940.", [_born_in("Oslo, Norway")], "clause", "born in")
    assert found == [Verdict.SUPPORTED]


# ---------------------------------------------------------------------------------------------------------------
# B13 (lost contradiction, weaker; on main: 75cefef6, verify/kinds/quantity/judge.py with judging.toml
# quantity.children_part_after): 'from two marriages' after the count is read as a part's mark ('from his first
# marriage'), though it counts all his children: 'Ivo Stam has three children from two marriages.' is no longer refuted
# by his children row '4'. At a804007a: contradicted.
def test_b13_all_the_children_from_two_marriages() -> None:
    found = _verdicts("Ivo Stam has three children from two marriages.", [_children("4")], "quantity", "three")
    assert found == [Verdict.CONTRADICTED], found


def test_b13_twin_the_bare_count() -> None:
    found = _verdicts("Ivo Stam has three children.", [_children("4")], "quantity", "three")
    assert found == [Verdict.CONTRADICTED], found
