"""Findings of review51 (session 51): an adversarial review of the judge changes on s51-lead51, s51-fixa51,
s51-fixb51, s51-fixc51 and s51-recall51. Each row is an invented article sentence judged through the article's whole
judging (`tests/test_review49.py` `_verdicts`) against invented pages.

An item a branch brings (B: lost verdict, R: false "contradicted", S: false "supported" where main is right) passes
on main; its strict xfail is conditioned on that branch's code being present (`_FIXA`, `_FIXA_POST_FIRST`, `_FIXB`,
`_FIXC`, `_RECALL`), so the row is red on main if main breaks it and red on the branch the day the branch mends it
(drop the mark then). S-items open on main too are plain strict xfails. Rows without a mark are what a change got
right and should keep (a mark `not _X` where main does not have it yet)."""

from __future__ import annotations

import datetime as dt

import pytest

import verify.kinds.clause.judge as clause_judge
import verify.kinds.date.judge as date_judge
import verify.kinds.quantity.period as period
import verify.kinds.role.judge as role_judge
import verify.offices as offices
from tests.support.judging import boxed, page
from tests.test_review27 import WORKS  # 'It employs about 4,200 people at three plants.', no year; saved 2024
from tests.test_review49 import _verdicts  # the article judged whole against invented pages
from verify.models import Document, Verdict

# the branches' code, by a name each adds
_FIXA = hasattr(offices, "another_owner_after")  # s51-fixa51 75b88624
_FIXA_POST_FIRST = hasattr(role_judge, "_with_post_first")  # s51-fixa51 d2b736c6
_FIXB = hasattr(clause_judge, "_names_a_part")  # s51-fixb51 ee679134
_FIXC = hasattr(period, "_of_one_time")  # s51-fixc51 bb7443a6
_RECALL = hasattr(date_judge, "with_its_verb")  # s51-recall51 02ed5913

SAVED = dt.datetime(2025, 4, 1, tzinfo=dt.UTC)
WINTER_2025 = dt.date(2025, 1, 8)
SPRING_2024 = dt.date(2024, 3, 5)
_RUIZ = "Ana Ruiz is a Norby theatre director."


def _ruiz(sentence: str) -> Document:
    return page("Ana Ruiz", f"{_RUIZ} {sentence}")


def _lund(told: str) -> Document:
    return page("Eva Lund", f"Eva Lund (born 9 September 1970) is a Norbian politician. {told}", SAVED)


# ---------------------------------------------------------------------------------------------------------------
# s51-lead51 2f3f083a, verify/kinds/clause/judge.py `_countries_unsaid` in `_unstated`: a country the claim's words
# name must be named by the finding's words. The finding's words are read whole and by `countries_named` alone, so
# (B1) a page placing the town without its country no longer supports 'born in Nairobi, Kenya' (the town's country is
# the same), (B2) a country the page names in a form `countries_named` does not know ('Holland', 'US') is 'unsaid',
# and (S1, S2) a country named anywhere else in the page's sentence counts as said. B1 and B2 were lost at 2f3f083a
# and are CLOSED at the branch's e26d2c14 (the country written after the place judged as the place's): plain rows.
def test_b1_a_page_giving_the_town_alone_still_supports_town_and_country() -> None:
    doc = _ruiz("Ruiz was born in Nairobi in 1970 and studied drama at Hull University.")
    assert _verdicts("Ana Ruiz was born in Nairobi, Kenya, in 1970.", [doc], "clause", "born in") == [
        Verdict.SUPPORTED
    ]


def test_b1_twin_the_town_and_its_country_support() -> None:
    doc = _ruiz("Ruiz was born in Nairobi, Kenya, in 1970 and studied drama at Hull University.")
    assert _verdicts("Ana Ruiz was born in Nairobi, Kenya, in 1970.", [doc], "clause", "born in") == [
        Verdict.SUPPORTED
    ]


@pytest.mark.parametrize(
    ("claimed", "given"),
    [
        pytest.param("Delft, the Netherlands", "Delft, Holland", id="holland"),
        pytest.param("Dayton, United States", "Dayton, US", id="us"),
        pytest.param("Leeds, United Kingdom", "Leeds, England", id="a-nation-within-the-state"),
    ],
)
def test_b2_the_country_in_another_form_still_supports(claimed: str, given: str) -> None:
    doc = _ruiz(f"Ruiz was born in {given}, in 1970 and studied drama at Hull University.")
    assert _verdicts(f"Ana Ruiz was born in {claimed}, in 1970.", [doc], "clause", "born in") == [Verdict.SUPPORTED]


def test_s1_the_parents_country_named_for_another_deed() -> None:
    doc = _ruiz("Born in Sheffield to parents from Sri Lanka in 1970, Ruiz later toured India.")
    found = _verdicts("Ana Ruiz was born in Sheffield to parents from India in 1970.", [doc], "clause", "born in")
    assert found and Verdict.SUPPORTED not in found, found


def test_s2_the_second_place_named_for_another_deed() -> None:
    doc = _ruiz("Ruiz grew up in Kenya and Malaysia, and later toured Indonesia.")
    found = _verdicts("Ana Ruiz grew up in Kenya and Indonesia.", [doc], "clause", "grew up")
    assert found and Verdict.SUPPORTED not in found, found


def test_s3_the_parents_country_is_not_the_persons_own() -> None:
    # e26d2c14 counts a country that is the person's own by their page as said ('Chile's trade minister'), but the
    # parents' country of origin is not the person's: a Kenyan born to parents from Sri Lanka
    doc = page(
        "Ana Ruiz",
        "Ana Ruiz is a Kenyan theatre director. Born in Sheffield to parents from Sri Lanka in 1970, Ruiz studied "
        "drama at Hull University.",
    )
    found = _verdicts("Ana Ruiz was born in Sheffield to parents from Kenya in 1970.", [doc], "clause", "born in")
    assert found and Verdict.SUPPORTED not in found, found


@pytest.mark.parametrize(
    "given",
    [
        pytest.param("Kenya, Malaysia and Singapore", id="a-third-place-too"),
        pytest.param("Kenya and later in Malaysia", id="told-apart"),
    ],
)
def test_keep_every_place_listed_given_by_the_page(given: str) -> None:
    # places_listed: the page giving both places (with a third, or apart) still supports the two
    doc = _ruiz(f"Ruiz grew up in {given}, and trained as an actor.")
    assert _verdicts("Ana Ruiz grew up in Kenya and Malaysia.", [doc], "clause", "grew up in") == [Verdict.SUPPORTED]


# ---------------------------------------------------------------------------------------------------------------
# s51-fixa51 75b88624, verify/offices.py `another_owner_after` (with role/judge.py `_owner_before`): the owner
# written after the page's post must hold every word of the owner the claim's possessive gives. A government or
# cabinet named after the post (B3) and a city's own name without 'City' (B4) read as another owner.
@pytest.mark.xfail(_FIXA, strict=True, reason="B3 fixa51 75b88624: 'of the Stam Cabinet' read as another owner")
def test_b3_the_cabinet_the_post_is_of_is_no_other_owner() -> None:
    doc = _lund("Since 2021 she has been Minister of Defence of the Stam Cabinet.")
    found = _verdicts("Norby's Defence Minister Eva Lund spoke.", [doc], "role", "Defence Minister")
    assert found == [Verdict.SUPPORTED], found


@pytest.mark.xfail(_FIXA, strict=True, reason="B4 fixa51 75b88624: 'Mayor of Tarsa' is not 'Tarsa City's'")
def test_b4_the_city_named_without_its_city() -> None:
    doc = _lund("Since 2021 she has been Mayor of Tarsa.")
    found = _verdicts("Tarsa City's Mayor Eva Lund spoke.", [doc], "role", "Mayor")
    assert found == [Verdict.SUPPORTED], found


@pytest.mark.parametrize(
    "told",
    [
        pytest.param("Since 2021 she has been Minister of Defence for the Norby Labour Party government.", id="party"),
        pytest.param("Since 2021 she has been the Minister of Defence, voted the Minister of Defence by parliament.",
                     id="voted-the"),
        pytest.param("Since 2021 she has served for the second time as the Minister of Defence.", id="for-the-second"),
    ],
)
def test_keep_her_own_post_still_supported(told: str) -> None:
    found = _verdicts("Norby's Defence Minister Eva Lund spoke.", [_lund(told)], "role", "Defence Minister")
    assert found == [Verdict.SUPPORTED], found


# s51-fixa51 d2b736c6, verify/kinds/role/judge.py `_with_post_first`: a title written post last ('Halden Mayor') is
# now read post first ('Mayor of Halden') in the person's own page's sentences, relying on `object_at` and its kin to
# set aside another's post. A post in apposition to another person named in the sentence ('the daughter of Ivo Lund,
# Mayor of Halden since 2019'; 'succeeded Ivo Stam, Minister of Finance since 2015, as party leader') is none of
# those, and is taken as hers (S4, S5). At main and 75b88624: unverified.
@pytest.mark.xfail(_FIXA_POST_FIRST, strict=True, reason="S4 fixa51 d2b736c6: her father's post in apposition")
def test_s4_a_post_in_apposition_to_her_father() -> None:
    doc = _lund("She is the daughter of Ivo Lund, Mayor of Halden since 2019.")
    found = _verdicts("Halden Mayor Eva Lund spoke.", [doc], "role", "Halden Mayor")
    assert found and Verdict.SUPPORTED not in found, found


@pytest.mark.xfail(_FIXA_POST_FIRST, strict=True, reason="S5 fixa51 d2b736c6: her predecessor's post in apposition")
def test_s5_a_post_in_apposition_to_the_man_she_succeeded() -> None:
    doc = _lund("In 2021 she succeeded Ivo Stam, Minister of Finance since 2015, as party leader.")
    found = _verdicts("Finance Minister Eva Lund spoke.", [doc], "role", "Finance Minister")
    assert found and Verdict.SUPPORTED not in found, found


@pytest.mark.xfail(not _FIXA_POST_FIRST, strict=True, reason="fixa51 d2b736c6 not merged: main leaves it unverified")
def test_keep_her_own_post_read_post_first() -> None:
    doc = _lund("Since 2024 she has been the Mayor of Halden.")
    assert _verdicts("Halden Mayor Eva Lund spoke.", [doc], "role", "Halden Mayor") == [Verdict.SUPPORTED]


# s51-fixa51 75b88624, verify/kinds/role/extract.py `_its_body`: a body's common noun after the last body named makes
# 'its' that noun's body, wherever the noun stands: a noun modifying another ('the team award', 'the board meeting'),
# not the subject of the clause 'its' is in ('The bank said its ...', the review50 R1 row). B5: the agency's past
# chairman called current is no longer refuted. (An object of another verb, 'hired the company to build a rocket.
# Its current chairman ...', loses it too, but that 'its' is ambiguous to a reader: no row.)
AGENCY_HEAD = boxed(
    "Ana Ruiz",
    "Ana Ruiz (born 1964) is a Norbian engineer serving as the chairman of the Norby Space Agency.",
    [
        ("office", "10th Chairman of the Norby Space Agency"),
        ("term_start", "15 January 2022"),
        ("predecessor", "Ivo Stam"),
    ],
    SAVED,
)
CHAIR_PAGE = page(
    "Chairman of the Norby Space Agency",
    "The chairman of the Norby Space Agency is the head of the agency. The post dates from 1969.",
    SAVED,
)


@pytest.mark.xfail(_FIXA, strict=True, reason="B5 fixa51 75b88624: a body noun as a modifier takes the 'its'")
@pytest.mark.parametrize(
    "told",
    [
        pytest.param("won the team award at the Korvik Awards on Friday", id="team-award"),
        pytest.param("set a launch date after the board meeting on Friday", id="board-meeting"),
    ],
)
def test_b5_its_after_a_body_noun_that_names_no_body(told: str) -> None:
    body = f"The Norby Space Agency {told}. Its current chairman, Ivo Stam, said the day was long."
    assert _verdicts(body, [AGENCY_HEAD, CHAIR_PAGE], "role", "Ivo Stam", WINTER_2025) == [Verdict.CONTRADICTED]


def test_b5_twin_its_with_no_body_noun_between() -> None:
    body = "The Norby Space Agency opened its new centre in Halden. Its current chairman, Ivo Stam, said it was late."
    assert _verdicts(body, [AGENCY_HEAD, CHAIR_PAGE], "role", "Ivo Stam", WINTER_2025) == [Verdict.CONTRADICTED]


# ---------------------------------------------------------------------------------------------------------------
# s51-fixb51 ee679134, verify/kinds/clause/judge.py `_names_a_part` in `_takes_another_thing`: any compound noun
# before another noun is read as naming a part of it ('the army reserve'), but 'the police force' is the police
# itself (B6).
@pytest.mark.xfail(_FIXB, strict=True, reason="B6 fixb51 ee679134: 'the police force' read as a part of the police")
def test_b6_the_police_force_is_the_police() -> None:
    doc = _ruiz("Ruiz joined the police force in 1990.")
    assert _verdicts("Ana Ruiz joined the police in 1990.", [doc], "clause", "joined") == [Verdict.SUPPORTED]


@pytest.mark.parametrize(
    "told",
    [
        pytest.param("Halden University, which shares its name with the town, is the oldest", id="relative-clause"),
        pytest.param("Halden University shares a campus with Halden Hospital and is the oldest", id="another-verb"),
        pytest.param("Founded by monks who shared a vision of open learning, Halden University is the oldest",
                     id="fronted-clause"),
    ],
)  # fmt: skip
def test_keep_a_sharing_verb_of_another_thing_is_no_shared_rank(told: str) -> None:
    # _rank_shared's sharing verb (judging.toml rank_sharing_verbs) telling another thing shared than the rank
    doc = page("Halden University", f"{told} university in Norby.")
    found = _verdicts("Halden University is the oldest university in Norby.", [doc], "clause", "oldest")
    assert found == [Verdict.SUPPORTED], found


def test_keep_founded_it_after_a_persons_description_still_refuted() -> None:
    # _with_its_pronouns_thing: the last noun chunk before 'founded it' is 'a local painter', not the museum
    doc = page("Ivo Stam", "Ivo Stam (born 1950) is a Norby painter. He founded the Norby Museum of Art in 2001.")
    body = "The Norby Museum of Art reopened on Monday. Ivo Stam, a local painter, founded it in 2003."
    assert _verdicts(body, [doc], "clause", "founded") == [Verdict.CONTRADICTED]


# ---------------------------------------------------------------------------------------------------------------
# s51-fixc51 bb7443a6, verify/kinds/quantity/period.py `long_past` (`_of_one_time`, told_time): what it got right.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Since then, Norby Steelworks has employed about 4,200 people.", id="since-then"),
        pytest.param("Norby Steelworks now employs about 4,200 people, while in 1990 it employed 9,000.", id="while"),
        pytest.param(
            "Norby Steelworks employs about 4,200 people, compared with 9,000 when it opened in 1960.", id="when-then"
        ),
    ],
)
def test_keep_todays_figure_beside_another_times(body: str) -> None:
    assert _verdicts(body, [WORKS], "quantity", "4,200", SPRING_2024) == [Verdict.SUPPORTED]


@pytest.mark.xfail(not _FIXC, strict=True, reason="fixc51 bb7443a6 not merged: main supports it")
def test_keep_until_then_is_no_figure_of_today() -> None:
    body = "Norby Steelworks was sold in 1990. Until then it employed about 4,200 people."
    found = _verdicts(body, [WORKS], "quantity", "4,200", SPRING_2024)
    assert found and Verdict.SUPPORTED not in found, found


# s51-fixb51 289d529c, verify/kinds/clause/judge.py `_head_of_its_body`: a head post with a word of its own ('acting',
# 'deputy') or of a unit within the body is still another post, whose handover refutes nothing.
@pytest.mark.parametrize(
    "post",
    [
        pytest.param("acting head of the Norby Statistics Office", id="acting"),
        pytest.param("deputy head of the Norby Statistics Office", id="deputy"),
        pytest.param("head of the Norby Statistics Office Research Unit", id="a-unit"),
        pytest.param("head of press at the Norby Statistics Office", id="head-of-press"),
    ],
)
def test_keep_another_head_post_is_not_refuted_by_the_directors_predecessor(post: str) -> None:
    from tests.test_review50 import STATS_DIRECTOR, SUMMER_2024_EARLY

    body = f"Ana Ruiz, a Norby economist, was dismissed on Friday. She became {post} in March 2021, succeeding"
    body += " Tom Berg."
    found = _verdicts(body, [STATS_DIRECTOR], "clause", "Tom Berg", SUMMER_2024_EARLY)
    assert found and Verdict.CONTRADICTED not in found, found


# s51-fixb51 ee679134, `_another_nation_given`: a town's country of the birth's day ('East Pakistan') and a nation's
# state ('Cardiff, United Kingdom' for 'Cardiff, Wales') still support.
@pytest.mark.parametrize(
    ("claimed", "given"),
    [
        pytest.param("Dhaka, Bangladesh", "Dhaka, East Pakistan", id="the-state-of-its-day"),
        pytest.param("Cardiff, Wales", "Cardiff, United Kingdom", id="the-state-around-the-nation"),
    ],
)
def test_keep_the_towns_state_in_another_form(claimed: str, given: str) -> None:
    doc = _ruiz(f"Ruiz was born in {given}, in 1960 and studied drama at Hull University.")
    assert _verdicts(f"Ana Ruiz was born in {claimed}, in 1960.", [doc], "clause", "born in") == [Verdict.SUPPORTED]


# ---------------------------------------------------------------------------------------------------------------
# s51-recall51 02ed5913, verify/kinds/date/judge.py `with_its_verb`: the date's words widened to 'took office as ...'
# read the post's term start row, but an interim post's start is not the full term's (R1: an interim holder sworn in
# a week before the full term is refuted). At main: unverified.
RUIZ_LEAGUE = boxed(
    "Ana Ruiz",
    "Ana Ruiz (born 1961) is a Norbian diplomat.",
    [
        ("office", "7th Secretary-General of the Norby League"),
        ("term_start", "1 April 2025"),
        ("predecessor", "Ivo Stam"),
    ],
)


def test_r1_an_interim_post_taken_up_before_the_term() -> None:
    body = "Ana Ruiz took office as interim Secretary-General of the Norby League on Tuesday, 25 March."
    found = _verdicts(body, [RUIZ_LEAGUE], "date", "25 March", dt.date(2025, 4, 3))
    assert found and Verdict.CONTRADICTED not in found, found


def test_keep_another_bodys_office_taken_up_is_not_the_leagues() -> None:
    body = "Ana Ruiz took office as chair of the Halden Rowing Club on Tuesday, 25 March."
    found = _verdicts(body, [RUIZ_LEAGUE], "date", "25 March", dt.date(2025, 4, 3))
    assert found and Verdict.CONTRADICTED not in found, found


# s51-fixc51 bb7443a6, verify/kinds/quantity/judge.py `_all_sources`: 'from two marriages' makes the count all the
# children, but 'two previous marriages' (or 'earlier relationships') leaves out the present one's: a children row of
# five refutes 'three children from two previous marriages' (R2). At main: unverified.
def _stam_children(row: str) -> Document:
    return boxed("Ivo Stam", "Ivo Stam (born 1950) is a Norbian businessman.", [("children", row)])


@pytest.mark.parametrize(
    "sources",
    [pytest.param("two previous marriages", id="previous"), pytest.param("two earlier relationships", id="earlier")],
)
def test_r2_children_of_earlier_marriages_are_a_part(sources: str) -> None:
    found = _verdicts(f"Ivo Stam has three children from {sources}.", [_stam_children("5")], "quantity", "three")
    assert found and Verdict.CONTRADICTED not in found, found


@pytest.mark.xfail(not _FIXC, strict=True, reason="fixc51 bb7443a6 not merged (review50 B13): main leaves it")
def test_keep_children_from_two_marriages_are_all() -> None:
    found = _verdicts("Ivo Stam has three children from two marriages.", [_stam_children("4")], "quantity", "three")
    assert found == [Verdict.CONTRADICTED], found
