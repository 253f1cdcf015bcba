"""Findings of review44 (session 44), as rows the desk would meet: a true sentence and its one-fact-false twin,
extracted from an invented article and judged against invented pages (`tests/support/judging.py`) through the
article's whole judging (`verify.judge.judge`). R-items are strict xfails for what is open on main (948ffa10);
the N-items (what a new user meets at the command line) were mended and live in tests/test_fixn44.py; a B-item (a
regression found on a branch) is a plain test that passes on main. The list with its status is
/work/briefs44/review44-findings.md."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, page
from tests.test_review26 import SAVED, _open
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.judge import judge
from verify.models import Claim, ClaimResult, Document, Verdict
from verify.retrieve import EvidencePool

# The day of the invented articles: after the pages' revision (saved 1 May 2024), as the desk reads them.
DAY = dt.date(2024, 6, 1)


def _results(
    body: str, docs: list[Document], day: dt.date = DAY, headline: str = "Norby news"
) -> list[tuple[Claim, ClaimResult]]:
    """Each claim of an article of `body` under `headline` with its result, judged whole against `docs` alone."""
    claims = extract_claims(article_from_text(f"{headline}\n\n{body}\n", as_of=day))
    results = judge(claims, EvidencePool(documents=docs, by_claim={c.id: docs for c in claims}), day)
    return list(zip(claims, results, strict=True))


def _verdicts(body: str, docs: list[Document], words: str = "", kind: str = "", day: dt.date = DAY) -> list[Verdict]:
    """The verdicts on the claims (of `kind`, if given) whose words hold `words`."""
    return [r.verdict for c, r in _results(body, docs, day) if words in c.text and (not kind or c.kind == kind)]


# ---------------------------------------------------------------------------------------------------------------
# R1 (main 948ffa10; a day written as an ordinal is dropped and the month alone is checked: the date kind's mention
# pattern (verify/kinds/date/parsed.py `_mention_pattern`, its `day` takes digits with no 'st/nd/rd/th') reads 'the
# 13th of June 2023' and '13th June 2023' as 'June 2023', and the clause judge's time ('the 13th of June 2023') is
# likewise held by the month (match.DATE_TEXT has no ordinal day either); 'the last week of June' and 'late June' are
# read as the month too): 'Korvik Bridge opened on the 13th of June 2023.' is SUPPORTED (clause and date) by 'opened on
# 3 June 2023'; '13 June 2023' is rightly CONTRADICTED. British copy writes 'the 13th of June' and '13th June'.
BRIDGE = page(
    "Korvik Bridge",
    "Korvik Bridge is a road bridge in Korvik, Norby, opened on 3 June 2023. Construction began in 2019.",
    SAVED,
)


# the ordinal days mended this session (s44-lead44); 'the last week of', 'late June' still open
_R1 = "R1 open: a part of a month ('late June') is dropped and the month supports it"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Korvik Bridge opened on the 13th of June 2023.", id="the-13th-of-june"),
        pytest.param("Korvik Bridge opened on the 13th June 2023.", id="the-13th-june"),
        pytest.param("Korvik Bridge opened on 13th June 2023.", id="13th-june"),
        pytest.param("Korvik Bridge opened in the last week of June 2023.", id="last-week-of", marks=_open(_R1)),
        pytest.param("Korvik Bridge opened in late June 2023.", id="late-june", marks=_open(_R1)),
    ],
)
def test_r1_another_day_of_the_month_is_not_supported(body: str) -> None:
    found = _verdicts(body, [BRIDGE])
    assert found and Verdict.SUPPORTED not in found, found


@pytest.mark.parametrize(
    ("body", "verdict"),
    [
        pytest.param("Korvik Bridge opened on 3 June 2023.", Verdict.SUPPORTED, id="day-true"),
        pytest.param("Korvik Bridge opened on 13 June 2023.", Verdict.CONTRADICTED, id="day-false"),
        pytest.param("Korvik Bridge opened on the 3rd of June 2023.", Verdict.SUPPORTED, id="ordinal-true"),
        pytest.param("Korvik Bridge opened in early June 2023.", Verdict.SUPPORTED, id="early-june"),
    ],
)
def test_r1_twin_the_day_written_plain(body: str, verdict: Verdict) -> None:
    found = _verdicts(body, [BRIDGE])
    assert found and set(found) == {verdict}, found


# R2 (main 948ffa10; numbers in words: verify/lexicons/numbers.toml has 'hundred' among the `words` (= 100) but not
# among the `scales`, so 'three hundred' is read as 3 and 'three hundred and twenty' as 20, while 'three thousand' is
# 3000): 'Korvik Bank has three hundred branches.' is SUPPORTED by 'It has 3 branches', and the true 'employs three
# hundred people' is left unverified against 'employs 300 people' (its reading shows 3). Copy spells round hundreds.
SMALL_BANK = page(
    "Korvik Bank", "Korvik Bank is a Norbian bank founded in 1990. It has 3 branches and employs 300 people.", SAVED
)


# mended this session (s44-lead44 / s44-fixn44, merged): a plain test now
def test_r2_three_hundred_is_not_three() -> None:
    found = _verdicts("Korvik Bank has three hundred branches.", [SMALL_BANK], "branches", "quantity")
    assert Verdict.SUPPORTED not in found, found


# mended this session (s44-lead44 / s44-fixn44, merged): a plain test now
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Korvik Bank employs three hundred people.", id="three-hundred"),
        pytest.param(
            "Korvik Bank employs three hundred staff.",
            id="staff",
            marks=_open("R2 open: 'staff' is not read as the page's 'people' (the number is read right now: 300)"),
        ),
    ],
)
def test_r2_three_hundred_people_is_the_pages_300(body: str) -> None:
    found = [(c.number, r.verdict) for c, r in _results(body, [SMALL_BANK]) if c.kind == "quantity"]
    assert found == [(300.0, Verdict.SUPPORTED)], found


def test_r2_twin_digits_and_thousands_are_read() -> None:
    found = [(c.number, r.verdict) for c, r in _results("Korvik Bank employs 300 people.", [SMALL_BANK])]
    assert found == [(300.0, Verdict.SUPPORTED)], found
    thousands = [c.number for c, _ in _results("Korvik Bank has three thousand branches.", [SMALL_BANK])]
    assert thousands == [3000.0], thousands


# R3 (main 948ffa10; the same lexicon: 'a couple of dozen', 'a few dozen', 'several dozen' keep only 'dozen' (12), a
# value of 12 shown in the report): 'Korvik Bank has a few dozen branches.' is SUPPORTED by 'It has 12 branches'.
# 'a dozen' (12) and 'two dozen' (24) are read right.
DOZEN_BANK = page("Korvik Bank", "Korvik Bank is a Norbian bank founded in 1990. It has 12 branches.", SAVED)


# mended this session (s44-lead44 / s44-fixn44, merged): a plain test now
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Korvik Bank has a couple of dozen branches.", id="a-couple-of"),
        pytest.param("Korvik Bank has a few dozen branches.", id="a-few"),
        pytest.param("Korvik Bank has several dozen branches.", id="several"),
    ],
)
def test_r3_a_few_dozen_is_not_one_dozen(body: str) -> None:
    found = _verdicts(body, [DOZEN_BANK], "branches", "quantity")
    assert Verdict.SUPPORTED not in found, found


@pytest.mark.parametrize(
    ("body", "docs"),
    [
        pytest.param("Korvik Bank has a dozen branches.", [DOZEN_BANK], id="a-dozen"),
        pytest.param(
            "Korvik Bank has two dozen branches.",
            [page("Korvik Bank", "Korvik Bank is a Norbian bank. It has 24 branches.", SAVED)],
            id="two-dozen",
        ),
    ],
)
def test_r3_twin_a_dozen_and_two_dozen(body: str, docs: list[Document]) -> None:
    assert _verdicts(body, docs, "branches", "quantity") == [Verdict.SUPPORTED]


# R4 (rebuttal frames judged as assertions) and R5 (a correction note's retracted words refuted): mended in session
# 44 (s44-fixn44); their rows, with these findings' own, are in tests/test_fixn44.py.


# R6 (main 948ffa10; two people of one name, father and son: verify/match.py `pages_about` takes a page titled 'Karl
# Moen Jr.' as Karl Moen's (`an_elders` keeps a suffixed name off the father's page, but nothing keeps the plain name
# off the son's, even when a page of exactly that title is in the pool), so the judge says "Sources disagree" on the
# father's age and birthplace): 'Karl Moen, 74, was born in Tarsa.' is left unverified and its false twin 'Karl Moen,
# 43, was born in Korvik.' (the son's facts) is never refuted. 'Karl Moen Jr., 43, was born in Korvik.' is SUPPORTED.
FATHER = boxed(
    "Karl Moen",
    "Karl Moen (born 12 April 1950) is a Norbian businessman who founded Korvik Shipping in 1978. His son, Karl Moen "
    "Jr., has been its chief executive since 2015.",
    [("birth_date", "12 April 1950"), ("birth_place", "Tarsa, Norby"), ("children", "Karl Moen Jr.")],
    SAVED,
)
SON = boxed(
    "Karl Moen Jr.",
    "Karl Moen Jr. (born 2 July 1980) is a Norbian businessman who has been chief executive of Korvik Shipping since "
    "2015. He is the son of Karl Moen.",
    [("birth_date", "2 July 1980"), ("birth_place", "Korvik, Norby"), ("parents", "Karl Moen")],
    SAVED,
)


@pytest.mark.parametrize(
    ("body", "verdict"),
    [
        pytest.param("Karl Moen, 74, was born in Tarsa.", Verdict.SUPPORTED, id="true"),
        pytest.param("Karl Moen, 43, was born in Korvik.", Verdict.CONTRADICTED, id="the-sons-facts"),
    ],
)
def test_r6_the_father_is_judged_by_his_own_page(body: str, verdict: Verdict) -> None:
    found = _verdicts(body, [FATHER, SON])
    assert found and set(found) == {verdict}, found


def test_r6_twin_the_son_is_judged_by_his_own_page() -> None:
    found = _verdicts("Karl Moen Jr., 43, was born in Korvik.", [FATHER, SON])
    assert found and set(found) == {Verdict.SUPPORTED}, found


# R7 (main 948ffa10; subject of a kinship description with an age: 'His father, 74, founded the firm in 1978.' after
# 'Karl Moen Jr., 43, was born in Korvik.' gives the date claim "Karl Moen Jr. — founded — 1978", SUPPORTED by the
# father's page: the report names the son as the founder. Without ', 74,' the subject is "Karl Moen Jr.'s father".
# Not located further (the date kind's subject of 'His father, 74,': the age's apposition hides the kinship noun).)
SONS_STORY = "Karl Moen Jr., 43, was born in Korvik. His father{age} founded the firm in 1978."


def test_r7_the_fathers_deed_is_not_given_to_the_son() -> None:
    found = [c.subject for c, _ in _results(SONS_STORY.format(age=", 74,"), [FATHER, SON]) if "founded" in c.text]
    assert found and "Karl Moen Jr." not in found, found


def test_r7_twin_his_father_without_an_age() -> None:
    found = [c.subject for c, _ in _results(SONS_STORY.format(age=""), [FATHER, SON]) if "founded" in c.text]
    assert found and "Karl Moen Jr." not in found, found


# R8 (main 948ffa10; an acting holder between two holders: the clause judge's succession reading takes the successor
# row of an acting post ('Acting President of Norby', successor Eva Lund) as the successor in the post itself):
# 'Eva Lund succeeded Karl Moen as president in 2020.' is CONTRADICTED ("names Eva Lund as successor of Nina Moe in
# Acting President of Norby, not of Karl Moen") though the acting president's page says she acted after Karl Moen's
# death until Eva Lund was elected; news says the elected successor succeeds the last elected holder.
ACTING = boxed(
    "Nina Moe",
    "Nina Moe (born 1962) is a Norbian politician. She served as acting President of Norby from January to March "
    "2020, after the death of President Karl Moen. Eva Lund was then elected President.",
    [("office", "Acting President of Norby"), ("term_start", "5 January 2020"), ("term_end", "20 March 2020"),
     ("predecessor", "Karl Moen"), ("successor", "Eva Lund")],
    SAVED,
)  # fmt: skip
ELECTED = boxed(
    "Eva Lund",
    "Eva Lund (born 1958) is a Norbian politician who has been President of Norby since 2020.",
    [("office", "President of Norby"), ("term_start", "20 March 2020"), ("predecessor", "Nina Moe (acting)")],
    SAVED,
)


def test_r8_the_elected_successor_of_the_last_holder_is_not_refuted() -> None:
    found = _verdicts("Eva Lund succeeded Karl Moen as president in 2020.", [ACTING, ELECTED], "succeeded", "clause")
    assert found and Verdict.CONTRADICTED not in found, found


def test_r8_twin_the_acting_holder_as_predecessor_is_supported() -> None:
    found = _verdicts("Eva Lund succeeded Nina Moe as president in 2020.", [ACTING, ELECTED], "succeeded", "clause")
    assert found == [Verdict.SUPPORTED], found


# R9 (main 948ffa10; a prize won once and only shortlisted later: the date judge reads 'She won the Korvik Prize in
# 1988 and was shortlisted for it again in 1995.' as dating the win to 1995 too (the second verb's year lent to the
# first), and the clause claim drops 'twice'): 'Nina Moe won the Korvik Prize in 1988 and again in 1995.' has its date
# claim '1995' SUPPORTED, and 'Nina Moe won the Korvik Prize twice.' is SUPPORTED ("won the Korvik Prize"). Obituaries
# count prizes this way.
NOVELIST = boxed(
    "Nina Moe",
    "Nina Moe (12 June 1941 – 3 May 2024) was a Norbian novelist. She won the Korvik Prize in 1988 and was shortlisted "
    "for it again in 1995.",
    [("birth_date", "12 June 1941"), ("death_date", "3 May 2024"), ("awards", "Korvik Prize (1988)")],
    SAVED,
)


# the claims holding the second win's words: the date '1995' (the clause 'won the Korvik Prize in 1988' is true)
@pytest.mark.parametrize(
    ("body", "words"),
    [
        pytest.param("Nina Moe won the Korvik Prize in 1988 and again in 1995.", "1995", id="again-in"),
        pytest.param("Nina Moe won the Korvik Prize twice.", "", id="twice"),
    ],
)
def test_r9_a_second_win_is_not_supported_by_a_shortlisting(body: str, words: str) -> None:
    found = _verdicts(body, [NOVELIST], words)
    assert found and Verdict.SUPPORTED not in found, found


def test_r9_twin_the_one_win_is_supported() -> None:
    assert _verdicts("Nina Moe won the Korvik Prize in 1988.", [NOVELIST]) == [Verdict.SUPPORTED]


# R10 (main 948ffa10; 'did not ... until': the clause 'Ivo Stam did not become prime minister until 2019' is rightly
# read as affirming (negation's `exceptions` list 'until') and its false twin '... until 2021' is CONTRADICTED, but the
# true year is left unverified ("None of the pages read ... states or contradicts 'Ivo Stam became …'") by a page
# whose lead says 'became Prime Minister of Norby in 2019' and infobox 'term_start 4 May 2019'. Not located.)
PM_STAM = boxed(
    "Ivo Stam",
    "Ivo Stam (born 3 March 1960) is a Norbian politician. He became Prime Minister of Norby in 2019.",
    [("office", "Prime Minister of Norby"), ("term_start", "4 May 2019"), ("birth_date", "3 March 1960")],
    SAVED,
)


def test_r10_not_until_the_true_year_is_supported() -> None:
    found = _verdicts("Ivo Stam did not become prime minister until 2019.", [PM_STAM], "until", "clause")
    assert found == [Verdict.SUPPORTED], found


# B7 (s44-recallb44 da1b4a84, the clause judge's `_verb_before`/year reading changed for a participle's deed): this
# twin, CONTRADICTED on main (and on ca67cae1), is unverified on the branch ("None of the pages ... states or
# contradicts 'Ivo Stam became …'"): a wrong year after 'did not ... until' is no longer refuted. 'became prime
# minister in 2021' is still CONTRADICTED there. Not located further inside the commit.
def test_r10_twin_not_until_a_wrong_year_is_refuted() -> None:
    found = _verdicts("Ivo Stam did not become prime minister until 2021.", [PM_STAM], "until", "clause")
    assert found == [Verdict.CONTRADICTED], found


# ---------------------------------------------------------------------------------------------------------------
# N-items N1 (an empty --wiki), N2 (extract ignored the configured claims folder) and N3 (a configured folder naming
# none): mended in session 44 (s44-fixn44); their rows are in tests/test_fixn44.py.


# ---------------------------------------------------------------------------------------------------------------
# B-items (regressions on helper branches; plain tests that pass on main 948ffa10).
# B1 (s44-fixm44 a912422c, verify/kinds/quantity/measured.py `subset_words`/`_narrows`: any lower-case modifier of the
# counted noun is now read as narrowing it to a part, so a page's count of the plain noun no longer states it): true
# counts with an idle modifier lose their support: 'won 61 parliamentary seats' against 'won 61 seats in the 150-seat
# parliament', 'killed 312 innocent people', 'destroyed 4,000 residential homes', 'has 40,000 registered members',
# 'has 20,000 enrolled students' are SUPPORTED on main and unverified on the branch. A narrowing word ('gold',
# 'rural', 'international') names a part; 'innocent', 'registered', 'residential', 'parliamentary', 'enrolled' restate
# the whole. Suggest: read a modifier as narrowing only where the page itself tells the part apart (a figure for the
# word elsewhere, or a sum of parts), or keep a closed list and grow it.
COUNTED = {
    "party": page(
        "Norby Party",
        "The Norby Party is a political party in Norby. At the 2023 election it won 61 seats in the 150-seat "
        "parliament.",
        SAVED,
    ),
    "quake": page(
        "2023 Korvik earthquake",
        "The 2023 Korvik earthquake struck on 12 March 2023. It killed 312 people and destroyed 4,000 homes.",
        SAVED,
    ),
    "club": page("Korvik FC", "Korvik FC is a football club in Korvik, Norby. It has 40,000 members.", SAVED),
    "university": page(
        "Korvik University", "Korvik University is a public university in Norby. It has 20,000 students.", SAVED
    ),
}


@pytest.mark.parametrize(
    ("body", "which", "words"),
    [
        pytest.param("The Norby Party won 61 parliamentary seats in 2023.", "party", "61", id="parliamentary"),
        pytest.param("The 2023 Korvik earthquake killed 312 innocent people.", "quake", "312", id="innocent"),
        pytest.param(
            "The 2023 Korvik earthquake destroyed 4,000 residential homes.", "quake", "4,000", id="residential"
        ),
        pytest.param("Korvik FC has 40,000 registered members.", "club", "40,000", id="registered"),
        pytest.param("Korvik University has 20,000 enrolled students.", "university", "20,000", id="enrolled"),
    ],
)
def test_b1_an_idle_modifier_of_the_counted_noun_keeps_the_pages_support(body: str, which: str, words: str) -> None:
    assert _verdicts(body, [COUNTED[which]], words, "quantity") == [Verdict.SUPPORTED]


# B2 (s44-fixm44 a912422c, verify/kinds/quantity/judge.py `_narrower_than_claimed`: a page's count with any lower-case
# word between its figure and its noun is taken as a part's and refutes nothing): 'The Norby Party won 58 seats in
# 2023.' is CONTRADICTED on main by 'it won 61 parliamentary seats' and unverified on the branch (contradiction recall
# lost on the commonest shape of an election count). Same suggestion as B1.
def test_b2_a_pages_count_with_an_idle_modifier_still_refutes() -> None:
    told = page("Norby Party", "The Norby Party is a Norbian party. In 2023 it won 61 parliamentary seats.", SAVED)
    assert _verdicts("The Norby Party won 58 seats in 2023.", [told], "58", "quantity") == [Verdict.CONTRADICTED]


# B3 (s44-fixd44 5f9b91bc, verify/extract/__init__.py `_dated_by_its_entry`: a year-only timeline head becomes the time
# of EVERY clause of its line whose words give none, a relative clause of background included): '2019 — Ivo Stam, who
# was elected to parliament, becomes prime minister.' gives the clause 'elected to parliament' the time 2019, and its
# page ('elected to parliament in 2005') refutes it: CONTRADICTED on the branch, unverified on main. The head dates the
# line's main event ('becomes prime minister'), not what a relative clause recalls. Suggest: lend the head to the
# line's main clause only (its root verb), never to a relative or participle clause.
TIMELINE_STAM = boxed(
    "Ivo Stam",
    "Ivo Stam (born 3 March 1960) is a Norbian politician. He was elected to parliament in 2005 and became Prime "
    "Minister of Norby in 2019.",
    [("office", "Prime Minister of Norby"), ("term_start", "4 May 2019"), ("birth_date", "3 March 1960")],
    SAVED,
)


def test_b3_a_timeline_heads_year_does_not_date_a_relative_clause() -> None:
    body = "Key dates:\n\n2019 — Ivo Stam, who was elected to parliament, becomes prime minister."
    found = _verdicts(body, [TIMELINE_STAM], "elected")
    assert Verdict.CONTRADICTED not in found, found


# B4 (s44-fixd44 417f2375, verify/kinds/quantity/judge.py `sum_row_findings`: an infobox row of the year's sum
# ('net_income: €240 million (2023)') supports any figure its measure's words name, whatever the period): 'Korvik Bank
# made a quarterly net profit of 240 million euros.' is SUPPORTED on the branch by the year's row (unverified on
# main); a quarter's profit equal to the year's is false. Suggest: no support when the sentence names a period other
# than the year ('quarterly', 'in the first quarter', 'half-year', 'a month': judging.toml's rate periods).
SUM_BANK = boxed(
    "Korvik Bank",
    "Korvik Bank is a Norbian bank founded in 1990.",
    [("founded", "3 May 1990"), ("net_income", "€240 million (2023)"), ("revenue", "€1.2 billion (2023)")],
    SAVED,
)


def test_b4_a_quarters_profit_is_not_supported_by_the_years_row() -> None:
    found = _verdicts("Korvik Bank made a quarterly net profit of 240 million euros.", [SUM_BANK], "240", "quantity")
    assert Verdict.SUPPORTED not in found, found


# R11 (main 948ffa10; a year-headed timeline line after a colon's announcement ('Key dates:') gives NO claim for most
# years: '2006 — Ivo Stam is elected to parliament.' (also 2003, 2004, 2007, 2009, 2010) gives nothing, while 2005 and
# 2008 give the clause: the parse glues the line to the colon's sentence (s44-ext44 cb06bccf, "a timeline's line is a
# sentence of its own even where a colon announced the list", addresses this). Without 'Key dates:' every year gives
# the clause. So s44-fixd44's year-head mend (review43 R5) reaches only the years the parser happens to split.)
# Mended by s44-ext44 (merged): a plain test now.
@pytest.mark.parametrize("year", ["2004", "2006", "2009"])
def test_r11_every_year_headed_line_gives_its_clause(year: str) -> None:
    body = f"Key dates:\n\n{year} — Ivo Stam is elected to parliament."
    assert [c.kind for c, _ in _results(body, [TIMELINE_STAM])] == ["clause"]


def test_r11_twin_without_the_colons_line() -> None:
    assert [c.kind for c, _ in _results("2006 — Ivo Stam is elected to parliament.", [TIMELINE_STAM])] == ["clause"]


# B5 (s44-recallb44 7d10255a, cherry-picked s43 commit, verify/kinds/clause/judge.py `_another_of_its_kind`: a claimed
# place written with its kind ('... District') is ruled out when the page's place names another of that kind, the two
# names compared as folded strings): 'Nina Moe was born in the Saint Helena District.' is CONTRADICTED on the branch by
# 'birth_place: Halden, St. Helena District, Norby' (and 'St. Helena' against 'Saint Helena' likewise); unverified on
# main. 'St.'/'Saint', 'Mt.'/'Mount', 'Ft.'/'Fort' write one name. Suggest: compare the names as the place matcher
# elsewhere does (abbreviations expanded), or refute only when the page's name shares no word with the claimed one.
@pytest.mark.parametrize(
    ("claimed", "given"),
    [
        pytest.param("Saint Helena", "St. Helena", id="saint-vs-st"),
        pytest.param("St. Helena", "Saint Helena", id="st-vs-saint"),
    ],
)
def test_b5_a_districts_name_abbreviated_is_the_same_district(claimed: str, given: str) -> None:
    person = boxed(
        "Nina Moe",
        "Nina Moe (born 12 June 1961) is a Norbian novelist.",
        [("birth_date", "12 June 1961"), ("birth_place", f"Halden, {given} District, Norby")],
        SAVED,
    )
    found = _verdicts(f"Nina Moe was born in the {claimed} District.", [person], "born")
    assert Verdict.CONTRADICTED not in found, found


# R12 (main 948ffa10; a post apposed with its start, 'Ivo Stam, prime minister since 2017,': no claim holds 'since
# 2017' (the role claim's words stop at 'prime minister', and no date or clause claim is made of the apposition), so a
# wrong start year is never refuted: the role claim merely turns unverified. 'who has been prime minister since 2017'
# is CONTRADICTED. Wire copy dates a post this way in every other story. Not located (role/date extraction of an
# apposition's 'since').)
PM_SINCE_2019 = boxed(
    "Ivo Stam",
    "Ivo Stam (born 3 March 1960) is a Norbian politician who has been Prime Minister of Norby since 2019.",
    [("office", "Prime Minister of Norby"), ("term_start", "4 May 2019"), ("birth_date", "3 March 1960")],
    SAVED,
)


@_open("R12 open: 'X, prime minister since YEAR,' never checks the year")
def test_r12_an_apposed_posts_wrong_start_is_refuted() -> None:
    found = _verdicts("Ivo Stam, prime minister since 2017, was previously finance minister.", [PM_SINCE_2019])
    assert Verdict.CONTRADICTED in found, found


@pytest.mark.parametrize(
    ("body", "verdict"),
    [
        pytest.param(
            "Ivo Stam, prime minister since 2019, was previously finance minister.", Verdict.SUPPORTED, id="true"
        ),
        pytest.param(
            "Ivo Stam, who has been prime minister since 2017, spoke on Monday.", Verdict.CONTRADICTED, id="relative"
        ),
    ],
)
def test_r12_twin_the_true_apposition_and_the_relative_clause(body: str, verdict: Verdict) -> None:
    assert verdict in _verdicts(body, [PM_SINCE_2019])


# B6 (s44-fixd44 9ce8bb8c, the clause judge's prize deed ('won' = 'was awarded' = 'received') now asks the prize to be
# the verb's own object right after it (past an object pronoun, an article, a year)): a true 'Nina Moe won the Korvik
# Prize in 2020.' loses its support when the page puts an adjective, an owner or 'both' between: 'was awarded the
# prestigious Korvik Prize', 'received Norby's Korvik Prize for fiction', 'was awarded both the Korvik Prize and the
# Tarsa Medal' (SUPPORTED on main, unverified on the branch). Suggest: the prize as the verb's object in the parse
# (any modifier, a coordinated object) rather than by the words right after the verb.
@pytest.mark.parametrize(
    "told",
    [
        pytest.param("In 2020 she was awarded the prestigious Korvik Prize.", id="adjective"),
        pytest.param("In 2020 she received Norby's Korvik Prize for fiction.", id="owner"),
        pytest.param("In 2020 she was awarded both the Korvik Prize and the Tarsa Medal.", id="both"),
    ],
)
def test_b6_a_prize_awarded_with_a_modifier_supports_won(told: str) -> None:
    novelist = page("Nina Moe", f"Nina Moe (born 1960) is a Norbian novelist. {told}", SAVED)
    assert _verdicts("Nina Moe won the Korvik Prize in 2020.", [novelist]) == [Verdict.SUPPORTED]


# B8 (s44-fixm44 97193cb5, role: a bare post's page words naming a body after 'of' no longer support it, review43
# R13's mend): the page's lead 'has been President of Norby since 2020' (or 'of the Republic of Norby') no longer
# supports the true 'President Eva Lund visited Korvik.': SUPPORTED on main, unverified on the branch (with the same
# post as an infobox row it stays SUPPORTED). A country after 'of' is the state, no body. Suggest: refuse only a body
# that is no country (nor 'the Republic/Kingdom of' one).
@pytest.mark.parametrize(
    "post",
    [
        pytest.param("President of Norby", id="of-the-country"),
        pytest.param("President of the Republic of Norby", id="republic"),
    ],
)
def test_b8_the_lead_naming_the_countrys_president_supports_the_bare_title(post: str) -> None:
    person = page("Eva Lund", f"Eva Lund (born 1960) is a Norbian politician who has been {post} since 2020.", SAVED)
    assert _verdicts("President Eva Lund visited Korvik.", [person], "President", "role") == [Verdict.SUPPORTED]


def test_b8_twin_the_infobox_row_supports_the_bare_title() -> None:
    told = "Eva Lund (born 1960) is a Norbian politician."
    person = boxed("Eva Lund", told, [("office", "President of Norby"), ("term_start", "1 June 2020")], SAVED)
    assert _verdicts("President Eva Lund visited Korvik.", [person], "President", "role") == [Verdict.SUPPORTED]
