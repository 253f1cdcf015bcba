"""Findings of review43 (session 43), as rows the desk would meet: a true sentence and its one-fact-false twin,
extracted from an invented article and judged against invented pages (`tests/support/judging.py`) through the
article's whole judging (`_judged_whole` of tests/test_review38.py). R-items are strict xfails for what is open on
main (36074846); N-items guard what a new user or an attacker meets at the command line; a B-item (a regression found
on a branch) is a plain test that passes on main. The list with its status is /work/briefs43/review43-findings.md."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tests.support.judging import boxed, page
from tests.test_review26 import SAVED, _open
from tests.test_review38 import _judged_whole
from tests.test_review41 import _errors, _run
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.judge import judge
from verify.models import Claim, ClaimResult, Document, Verdict
from verify.report.common import checked_line
from verify.retrieve import EvidencePool

# The day of the invented articles: after the pages' revision (saved 1 May 2024), as the desk reads them.
DAY = dt.date(2024, 6, 1)


def _results(body: str, docs: list[Document], headline: str = "Norby news") -> list[tuple[Claim, ClaimResult]]:
    """Each claim of an article of `body` under `headline` with its result, judged whole against `docs` alone."""
    claims = extract_claims(article_from_text(f"{headline}\n\n{body}\n", as_of=DAY))
    results = judge(claims, EvidencePool(documents=docs, by_claim={c.id: docs for c in claims}), DAY)
    return list(zip(claims, results, strict=True))


def _starting(body: str, docs: list[Document], words: str) -> list[Verdict]:
    """The verdicts on the claims whose words begin with `words` (a relative clause's own claim, not the whole
    sentence's clause that holds it too)."""
    return [r.verdict for c, r in _results(body, docs) if c.text.startswith(words)]


# ---------------------------------------------------------------------------------------------------------------
# R1 MENDED (lead43: the parse's title claim opens with the 'former' before it).
# R1 (main 36074846; role extraction, verify/kinds/role/extract.py `_FORMER_BEFORE` searched in the ten characters
# before a lower-case title: the relation becomes 'held office' but the claim's span starts after 'former'; the judge's
# `former_office` (role/judge.py) reads 'former' only in `claim.text`, so `as_former` never runs and the current term
# supports a 'held office' claim): 'former finance minister Ivo Stam' is SUPPORTED for the minister of the article's
# day. 'Former Finance Minister Ivo Stam', 'Ivo Stam, a former finance minister' and 'Ex-finance minister' are rightly
# CONTRADICTED. Wire copy writes titles in lower case after 'former' all the time.
MINISTER = boxed(
    "Ivo Stam",
    "Ivo Stam (born 3 March 1960) is a Norbian politician who has served as Minister of Finance since 2021.",
    [("office", "Minister of Finance of Norby"), ("term_start", "4 May 2021"), ("predecessor", "Lena Vos")],
    SAVED,
)
PAST_MINISTER = boxed(
    "Lena Vos",
    "Lena Vos (born 1955) is a Norbian politician. She served as Minister of Finance from 2015 to 2021.",
    [("office", "Minister of Finance of Norby"), ("term_start", "2015"), ("term_end", "4 May 2021")],
    SAVED,
)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("The budget was criticised by former finance minister Ivo Stam.", id="mid-sentence"),
        pytest.param("Former finance minister Ivo Stam criticised the budget.", id="sentence-start"),
    ],
)
def test_r1_the_minister_of_the_day_is_no_former_minister(body: str) -> None:
    found = _judged_whole(body, [MINISTER, PAST_MINISTER], "role", "Ivo Stam", DAY)
    assert found == [Verdict.CONTRADICTED], found


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Former Finance Minister Ivo Stam criticised the budget.", id="capitalised"),
        pytest.param("Ivo Stam, a former finance minister, criticised the budget.", id="apposed"),
    ],
)
def test_r1_twin_a_former_told_with_the_title_refutes_the_minister_of_the_day(body: str) -> None:
    found = _judged_whole(body, [MINISTER, PAST_MINISTER], "role", "Ivo Stam", DAY)
    assert found == [Verdict.CONTRADICTED], found


def test_r1_twin_the_true_past_minister_is_supported() -> None:
    body = "The budget was criticised by former finance minister Lena Vos."
    assert _judged_whole(body, [MINISTER, PAST_MINISTER], "role", "Lena Vos", DAY) == [Verdict.SUPPORTED]


# R2 MENDED (lead43: an unknown place's adjective alone names that place's post, as a country's does).
# R2 (main 36074846; `verify.offices._same_office`: the claimed post's specific words are only its adjective
# ({'catal'}), found among the held office's words; the held office's body ('Football Federation'), which the claim
# never names, is not asked for; only an adjective the countries lexicon knows goes through the bare-post branch):
# 'Catalan President Lena Vos' is SUPPORTED by her infobox's 'President of the Catalan Football Federation' (an
# invented 'Norbian' does the same against 'President of the Norbian Red Cross'). With 'Finnish' (a known country) it
# is rightly unverified. A region's or unknown country's adjective before a head post reads any body's post of that
# adjective as the state's.
def _president_of(body: str) -> Document:
    """Lena Vos's page: she presides over `body` since 2022, and holds no other post."""
    return boxed(
        "Lena Vos",
        f"Lena Vos (born 1955) is a Norbian administrator who has been President of the {body} since 2022.",
        [("office", f"President of the {body}"), ("term_start", "1 June 2022")],
        SAVED,
    )


@pytest.mark.parametrize(
    ("body", "held"),
    [
        pytest.param("Catalan President Lena Vos visited Korvik.", "Catalan Football Federation", id="region"),
        pytest.param("Norbian President Lena Vos visited Korvik.", "Norbian Red Cross", id="invented-country"),
    ],
)
def test_r2_another_bodys_president_does_not_support_the_states(body: str, held: str) -> None:
    found = _judged_whole(body, [_president_of(held)], "role", "Lena Vos", DAY)
    assert Verdict.SUPPORTED not in found, found


def test_r2_twin_a_known_countrys_adjective_is_not_supported_by_its_red_cross() -> None:
    found = _judged_whole("Finnish President Lena Vos visited Korvik.", [_president_of("Finnish Red Cross")], "role",
                          "Lena Vos", DAY)  # fmt: skip
    assert Verdict.SUPPORTED not in found, found


def test_r2_twin_the_bodys_full_post_is_supported() -> None:
    body = "Norbian Red Cross president Lena Vos visited Korvik."
    assert _judged_whole(body, [_president_of("Norbian Red Cross")], "role", "Lena Vos", DAY) == [Verdict.SUPPORTED]


# R3 (main 36074846; the same matching the other way: `offices._same_office` is false for the body's short name, the
# claim's initials word 'ff'/'rc' not being the held office's 'cff'/'nrc' (a known country's adjective is dropped
# first, an unknown one is not), and the role judge then reads the very post as a sibling that refutes):
# 'Football Federation president Lena Vos' is CONTRADICTED ("on 2024-06-01 the office held was President of the
# Catalan Football Federation") by that post; 'Lena Vos, president of the Red Cross' by 'President of the Norbian Red
# Cross'. National bodies are named short in their own country's press.
@pytest.mark.parametrize(
    ("body", "held"),
    [
        pytest.param(
            "Football Federation president Lena Vos visited Korvik.", "Catalan Football Federation", id="title-before"
        ),
        pytest.param("Lena Vos, president of the Red Cross, visited Korvik.", "Norbian Red Cross", id="apposed"),
    ],
)
def test_r3_the_bodys_short_name_is_not_refuted_by_its_full_name(body: str, held: str) -> None:
    found = _judged_whole(body, [_president_of(held)], "role", "Lena Vos", DAY)
    assert Verdict.CONTRADICTED not in found, found


def test_r3_twin_a_known_countrys_red_cross_is_not_refuted() -> None:
    body = "Lena Vos, president of the Red Cross, visited Korvik."
    found = _judged_whole(body, [_president_of("Finnish Red Cross")], "role", "Lena Vos", DAY)
    assert Verdict.CONTRADICTED not in found, found


# R4 MENDED (fixd44: judging.toml place_fields/entity_fields read a clause's verb with its preposition, 'died in',
# 'founded by'; quantity.sum_rows reads a company's sum rows).
# R4 (main 36074846; infobox rows no judge reads: verify/lexicons/judging.toml `[clause.place_fields]` has 'born in'
# -> birth_place but nothing for 'died' -> death_place, `[clause.entity_fields]` only 'married'; the quantity judge
# reads a company's 'num_employees' row but no money row): the facts an obituary or a company profile takes from an
# infobox stay unverified though the page's box states them, and the false twin is never refuted.
OBITUARY = boxed(
    "Nina Moe",
    "Nina Moe was a Norbian novelist.",
    [("birth_date", "12 June 1941"), ("birth_place", "Halden, Norby"), ("death_date", "3 May 2024"),
     ("death_place", "Korvik, Norby")],
    SAVED,
)  # fmt: skip
COMPANY = boxed(
    "Korvik Bank",
    "Korvik Bank is a Norbian bank.",
    [("founded", "3 May 1990"), ("founder", "Jon Dahl"), ("headquarters", "Korvik, Norby"),
     ("num_employees", "5,200 (2023)"), ("net_income", "€240 million (2023)")],
    SAVED,
)  # fmt: skip


@pytest.mark.parametrize(
    ("body", "docs", "kind", "words"),
    [
        pytest.param("Nina Moe died in Korvik.", [OBITUARY], "clause", "Korvik", id="death-place"),
        pytest.param("Korvik Bank was founded by Jon Dahl.", [COMPANY], "clause", "Jon Dahl", id="founder"),
        pytest.param(
            "Korvik Bank made a net profit of 240 million euros in 2023.", [COMPANY], "quantity", "240", id="net-income"
        ),
    ],
)
def test_r4_a_fact_the_infobox_states_is_supported(body: str, docs: list[Document], kind: str, words: str) -> None:
    assert _judged_whole(body, docs, kind, words, DAY) == [Verdict.SUPPORTED]


def test_r4_another_place_of_death_is_refuted() -> None:
    assert _judged_whole("Nina Moe died in Tarsa.", [OBITUARY], "clause", "Tarsa", DAY) == [Verdict.CONTRADICTED]


@pytest.mark.parametrize(
    ("body", "verdict"),
    [
        pytest.param("Nina Moe was born in Halden.", Verdict.SUPPORTED, id="born-in"),
        pytest.param("Nina Moe was born in Tarsa.", Verdict.CONTRADICTED, id="born-elsewhere"),
        pytest.param("Korvik Bank has 5,200 employees.", Verdict.SUPPORTED, id="employees"),
    ],
)
def test_r4_twin_the_rows_that_are_read(body: str, verdict: Verdict) -> None:
    docs = [OBITUARY, COMPANY]
    kind, words = ("quantity", "5,200") if "employees" in body else ("clause", "born")
    assert _judged_whole(body, docs, kind, words, DAY) == [verdict]


# R5 MENDED (lead43: a list item's mark before a timeline entry's head keeps it the head; fixd44: a year-only head
# is the time of the entry's clause, `verify.extract._dated_by_its_entry`).
# R5 (main 36074846; a timeline's dated lines: `verify.kinds.date.parsed.entry_day` reads only a head written to the
# day; a year-only head is never lent to the entry, and behind a bullet ('* ', '- ', '• ') the year no longer keeps
# the role claim of 'becomes leader' from being judged as held on the article's day): '* 2014: Ivo Stam becomes
# leader of the Norby Party.' is SUPPORTED by his infobox (leader since 1 March 2017); the report reads it "holds
# office — leader of the Norby Party — as of 2024-06-01 (the article's date)". Without the bullet it is unverified;
# with a day head ('March 1, 2014 — ...') CONTRADICTED. Timelines ("Key dates") run as bulleted years.
LEADER = boxed(
    "Ivo Stam",
    "Ivo Stam (born 3 March 1960) is a Norbian politician. He became leader of the Norby Party in 2017.",
    [("office", "Leader of the Norby Party"), ("term_start", "1 March 2017"), ("birth_date", "3 March 1960")],
    SAVED,
)
KEY_DATES = "Key dates in the career of Ivo Stam:\n\n"


@pytest.mark.parametrize(
    "entry",
    [
        pytest.param("* 2014: Ivo Stam becomes leader of the Norby Party.", id="star"),
        pytest.param("- 2014: Ivo Stam becomes leader of the Norby Party.", id="hyphen"),
        pytest.param("• 2014 — Ivo Stam becomes leader of the Norby Party.", id="dot-dash"),
    ],
)
def test_r5_a_wrong_year_in_a_bulleted_timeline_is_not_supported(entry: str) -> None:
    found = _judged_whole(KEY_DATES + entry, [LEADER], "role", "Norby Party", DAY)
    assert Verdict.SUPPORTED not in found, found


@pytest.mark.parametrize(
    "entry",
    [
        pytest.param("2014: Ivo Stam becomes leader of the Norby Party.", id="no-bullet"),
        pytest.param("March 1, 2014 — Ivo Stam becomes leader of the Norby Party.", id="day-head"),
    ],
)
def test_r5_twin_a_wrong_year_unbulleted_is_not_supported(entry: str) -> None:
    found = _judged_whole(KEY_DATES + entry, [LEADER], "role", "Norby Party", DAY)
    assert Verdict.SUPPORTED not in found, found


def test_r5_a_year_headed_entry_is_dated_by_its_head() -> None:
    page_ = page("Ivo Stam", "Ivo Stam is a Norbian politician. He was elected to parliament in 2005.", SAVED)
    found = _judged_whole(KEY_DATES + "2008 — Ivo Stam is elected to parliament.", [page_], "clause", "elected", DAY)
    assert found == [Verdict.CONTRADICTED], found


# R6 MENDED (fixd44: a 'we' outside a quote is the story's topic when the text names it as an organisation,
# `ClauseReader.issuer`).
# R6 (main 36074846; extraction: a clause whose subject is the issuer's 'we' gives no claim; the quantity owner reads
# 'we' as the issuer, the clause reader does not): a press release's 'We acquired Tarsa Bank in 2015.' and 'We were
# founded in 1990.' are never checked, nor their false twins. 'Our bank was founded in 1995.' is read (CONTRADICTED).
ISSUER = page(
    "Korvik Bank",
    "Korvik Bank is a Norbian bank founded in 1990. It has 5,200 employees. In 2015 it acquired Tarsa Bank.",
    SAVED,
)
RELEASE = "Korvik Bank today announced its results for the first quarter. "


@pytest.mark.parametrize(
    ("said", "words"),
    [
        pytest.param("We acquired Tarsa Bank in 2015.", "Tarsa", id="acquired"),
        pytest.param("We were founded in 1990.", "founded", id="founded"),
    ],
)
def test_r6_the_issuers_we_clause_is_checked(said: str, words: str) -> None:
    found = [r.verdict for c, r in _results(RELEASE + said, [ISSUER], "Korvik Bank reports results") if words in c.text]
    assert found == [Verdict.SUPPORTED], found


def test_r6_twin_the_issuers_our_clause_is_checked() -> None:
    found = [r.verdict for c, r in _results(RELEASE + "Our bank was founded in 1995.", [ISSUER]) if "1995" in c.text]
    assert found == [Verdict.CONTRADICTED], found


# R7 (main 36074846; the role judge's reading of a page sentence giving two posts: 'She served as Minister of Finance
# from 2015 to 2021 and has been Minister of Defence since 2021.' is read as holding the defence post over the first
# post's span; not located further): in an article of 1 March 2016, 'Defence Minister Lena Vos' is SUPPORTED ("says
# Lena Vos holds it") though she took the post in 2021; in one of 2024 the true 'Defence Minister Lena Vos' is left
# unverified by the same sentence. Archive copy and anniversaries are judged on their own day.
TWO_POSTS = page(
    "Lena Vos",
    "Lena Vos (born 1955) is a Norbian politician. She served as Minister of Finance from 2015 to 2021 and has been "
    "Minister of Defence since 2021.",
    SAVED,
)
DEFENCE = "Defence Minister Lena Vos visited Korvik on Tuesday."


def test_r7_a_post_taken_after_the_articles_day_is_not_supported() -> None:
    found = _judged_whole(DEFENCE, [TWO_POSTS], "role", "Lena Vos", dt.date(2016, 3, 1))
    assert Verdict.SUPPORTED not in found, found


def test_r7_the_second_post_held_on_the_articles_day_is_supported() -> None:
    assert _judged_whole(DEFENCE, [TWO_POSTS], "role", "Lena Vos", DAY) == [Verdict.SUPPORTED]


def test_r7_twin_a_post_taken_after_the_articles_day_by_its_own_sentence_is_not_supported() -> None:
    told = "Lena Vos (born 1955) is a Norbian politician who has been Minister of Defence since 2021."
    alone = page("Lena Vos", told, SAVED)
    found = _judged_whole(DEFENCE, [alone], "role", "Lena Vos", dt.date(2016, 3, 1))
    assert Verdict.SUPPORTED not in found, found


# R8 (main 36074846; role extraction of an apposition with two posts: "Lena Vos, Norby's defence minister and a former
# finance minister" gives ONE role claim of value "defence minister and a former finance minister of Norby", which
# the judge sets against her current post as a sibling): the true claim is CONTRADICTED ("on 2024-06-01 the office
# held was Minister of Defence of Norby"), and the report shows the misread post. Without the possessive ('the defence
# minister and a former finance minister') it is unverified; 'Defence Minister Lena Vos, a former finance minister'
# gives two claims, both SUPPORTED. Profiles and wire copy stack a current and a past post this way.
BOTH_POSTS = boxed(
    "Lena Vos",
    "Lena Vos (born 1955) is a Norbian politician.",
    [("office", "Minister of Defence of Norby"), ("term_start", "4 May 2021"), ("office2", "Minister of Finance of "
     "Norby"), ("term_start2", "1 June 2015"), ("term_end2", "4 May 2021")],
    SAVED,
)  # fmt: skip


def test_r8_a_current_and_a_former_post_apposed_are_not_refuted() -> None:
    body = "Lena Vos, Norby's defence minister and a former finance minister, spoke on Tuesday."
    found = _judged_whole(body, [BOTH_POSTS], "role", "Lena Vos", DAY)
    assert Verdict.CONTRADICTED not in found, found


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Lena Vos, Norby's defence minister, spoke on Tuesday.", id="one-post"),
        pytest.param("Defence Minister Lena Vos, a former finance minister, spoke on Tuesday.", id="title-and-apposed"),
    ],
)
def test_r8_twin_each_post_told_apart_is_supported(body: str) -> None:
    found = _judged_whole(body, [BOTH_POSTS], "role", "Lena Vos", DAY)
    assert found and set(found) == {Verdict.SUPPORTED}, found


# R9 (main 36074846; the clause reader: 'the post' / 'the job' of 'who has held the post since 2004' is never read as
# the title the same sentence gives its subject ('Norbian Foreign Minister Ivo Stam'), so the clause "Ivo Stam — held —
# 2004" finds no page sentence): the true year stays unverified and a wrong one ('since 2006') is never refuted. With
# the post named ('who has been foreign minister since 2004') it is SUPPORTED, and 2006 CONTRADICTED. Wire copy
# names the post once in the title and then says 'the post'.
FOREIGN = boxed(
    "Ivo Stam",
    "Ivo Stam (born 21 March 1950) is a Norbian diplomat who has served as Minister of Foreign Affairs since 2004.",
    [("office", "Minister of Foreign Affairs of Norby"), ("term_start", "9 March 2004"),
     ("office2", "Ambassador of Norby to the United Nations"), ("term_start2", "22 September 1994"),
     ("term_end2", "12 July 2004")],
    SAVED,
)  # fmt: skip


@pytest.mark.parametrize(
    ("year", "verdict"),
    [pytest.param("2004", Verdict.SUPPORTED, id="true"), pytest.param("2006", Verdict.CONTRADICTED, id="false")],
)
def test_r9_the_post_held_since_a_year_is_the_title_given(year: str, verdict: Verdict) -> None:
    body = f"Norbian Foreign Minister Ivo Stam, who has held the post since {year}, met envoys on Tuesday."
    assert _starting(body, [FOREIGN], "held the post") == [verdict]


@pytest.mark.parametrize(
    ("year", "verdict"),
    [pytest.param("2004", Verdict.SUPPORTED, id="true"), pytest.param("2006", Verdict.CONTRADICTED, id="false")],
)
def test_r9_twin_the_post_named_since_a_year(year: str, verdict: Verdict) -> None:
    body = f"Ivo Stam, who has been foreign minister since {year}, met envoys on Tuesday."
    assert _starting(body, [FOREIGN], "been foreign minister") == [verdict]


# R10 (main 36074846; the clause claim of a spell 'from 1994 to 2001' ends at 'from 1994', and its reading says "when:
# 1994", yet its verdict turns on the end year, "none ending in 2001"; the role claim beside it ("Ivo Stam, 74,
# previously served as Norby's ambassador to the United Nations") is CONTRADICTED with a rationale that reads as
# support, "held it from 1994-09-22 to 2004-07-12", its words and reading naming no year at all): the report
# highlights the true words '... from 1994' as contradicted and never shows the 2001 it refuted. A desk editor reads a
# right year marked wrong.
SPELL = "Ivo Stam, 74, previously served as Norby's ambassador to the United Nations from 1994 to 2001."


@_open("R10 open: a refuted spell's end year is in neither the claim's words nor its reading")
def test_r10_the_refuted_end_year_is_shown() -> None:
    shown = [
        f"{c.text} | {checked_line(r)}" for c, r in _results(SPELL, [FOREIGN]) if r.verdict == Verdict.CONTRADICTED
    ]
    assert shown and all("2001" in s for s in shown), shown


def test_r10_twin_the_true_spell_is_supported() -> None:
    found = [r.verdict for c, r in _results(SPELL.replace("2001", "2004"), [FOREIGN]) if "ambassador" in c.text]
    assert found and set(found) == {Verdict.SUPPORTED}, found


# N1 MENDED (fixm44: `claimfile._check_corrections` refuses a blank correction as it does a blank subject).
# N1 (main 36074846; `verify.claimfile._check_corrections` refuses a blank `subject` ("has no subject; give one name
# or post": a blank one "was looked up as the empty search", its docstring says) but not a blank `corrected_subject` or
# `corrected_value`: '   ' is truthy, so `Claim.effective_subject` takes it, the run looks the claim up as "   " (the
# rationale: "no page found for '   '") and the report reads "Checked:    (reviewer's correction of 'Ivo Stam')". A
# reviewer who blanks a correction instead of setting it to null gets a silent unverified, not the one-line refusal a
# blank subject gets.
def _reviewed(tmp_path, field: str, value: str) -> list[str]:
    """An article extracted into its project's claim file, the first claim's `field` set to `value`: the check's
    arguments."""
    (tmp_path / "verify.toml").write_text("")
    article = tmp_path / "stam.txt"
    article.write_text("Norby news\n\nFinance Minister Ivo Stam said on Monday the budget would rise.\n")
    assert _run("extract", str(article)).exit_code == 0
    claims = tmp_path / "claims" / "stam.json"
    data = json.loads(claims.read_text())
    data["claims"][0][field] = value
    claims.write_text(json.dumps(data))
    return ["check", str(article), "--offline", "--quiet", "--out", str(tmp_path / "reports")]


@pytest.mark.parametrize("field", ["corrected_subject", "corrected_value"])
def test_n1_a_blank_correction_is_refused_in_one_line(tmp_path, field: str) -> None:
    result = _run(*_reviewed(tmp_path, field, "   "))
    assert result.exit_code == 2 and len(_errors(result)) == 1, result.stderr


def test_n1_twin_a_blank_subject_is_refused_in_one_line(tmp_path) -> None:
    result = _run(*_reviewed(tmp_path, "subject", "   "))
    assert result.exit_code == 2 and len(_errors(result)) == 1, result.stderr


# R11 MENDED (fixm44: any common word narrowing the claimed noun is read from the parse, `measured.subset_words`;
# a page's count narrower than the claim's refutes nothing, `quantity.judge._narrower_than_claimed`).
# R11 (main 36074846; the quantity judge's page counts, `verify.kinds.quantity.judge._sentence_findings`: a page's
# figure is matched by the head noun's stem with any two words between ('three Olympic medals' for the claim's
# 'medals'), and only judging.toml [quantity] `subset_words` (a closed list: 'international', 'female', 'temporary'
# ...; no 'gold', 'silver', 'bronze', 'rural', 'full-time') keeps a narrowed claim apart from the page's whole): a
# count narrowed by a word the page's count lacks is SUPPORTED by the whole, and the true narrower count is
# CONTRADICTED by it: 'Lena Vos has won three Olympic gold medals.' SUPPORTED by 'She won three Olympic medals: two
# gold and one silver.' while the true 'two Olympic gold medals' is CONTRADICTED; 'Korvik Bank has 150 rural
# branches.' SUPPORTED by 'It has 5,200 employees and 150 branches.' The sum of parts the other way ('three Olympic
# medals' against 'two Olympic gold medals and one silver medal') is CONTRADICTED. Sport profiles count medals by
# colour.
def _swimmer(told: str) -> Document:
    """Lena Vos's page, with `told` after its lead."""
    return page("Lena Vos", f"Lena Vos (born 1990) is a Norbian swimmer. {told}", SAVED)


BY_COLOUR = "She won three Olympic medals: two gold and one silver."
PARTS = "She won two Olympic gold medals and one silver medal."


@pytest.mark.parametrize(
    ("body", "docs"),
    [
        pytest.param("Lena Vos has won three Olympic gold medals.", [_swimmer(BY_COLOUR)], id="gold"),
        pytest.param(
            "Korvik Bank has 150 rural branches.",
            [page("Korvik Bank", "Korvik Bank is a Norbian bank. It has 5,200 employees and 150 branches.", SAVED)],
            id="rural",
        ),
    ],
)
def test_r11_the_whole_does_not_support_a_narrower_count(body: str, docs: list[Document]) -> None:
    found = _judged_whole(body, docs, "quantity", "", DAY)
    assert Verdict.SUPPORTED not in found, found


@pytest.mark.parametrize(
    ("body", "told"),
    [
        pytest.param("Lena Vos has won two Olympic gold medals.", BY_COLOUR, id="narrower"),
        pytest.param("Lena Vos has won three Olympic medals.", PARTS, id="sum-of-parts"),
    ],
)
def test_r11_a_count_of_another_set_does_not_refute(body: str, told: str) -> None:
    found = _judged_whole(body, [_swimmer(told)], "quantity", "", DAY)
    assert Verdict.CONTRADICTED not in found, found


@pytest.mark.parametrize(
    ("body", "told", "verdict"),
    [
        pytest.param("Lena Vos has won three Olympic medals.", BY_COLOUR, Verdict.SUPPORTED, id="whole"),
        pytest.param("Lena Vos has won two Olympic gold medals.", PARTS, Verdict.SUPPORTED, id="gold-as-told"),
        pytest.param("Lena Vos has won four Olympic medals.", BY_COLOUR, Verdict.CONTRADICTED, id="whole-false"),
    ],
)
def test_r11_twin_the_same_set_counted(body: str, told: str, verdict: Verdict) -> None:
    assert _judged_whole(body, [_swimmer(told)], "quantity", "", DAY) == [verdict]


# R12 MENDED (fixm44: a figure a verb takes as its subject's size or change is bound to that subject,
# `clause.judge._verbs_measure`).
# R12 (main 36074846; the clause judge finds the claim's figure anywhere in a page sentence: review41 R6's cause,
# clause `sentence_findings`/`_holds`, in a company's results): 'Korvik Bank's revenue rose 5% in 2023.' is SUPPORTED
# by 'In 2023 its revenue rose 12% to 1.2 billion euros, and its net profit fell 5% to 240 million euros.' (the 5% is
# the profit's fall). Results copy gives several measures each with its own change in one sentence.
RESULTS = page(
    "Korvik Bank",
    "Korvik Bank is a Norbian bank. In 2023 its revenue rose 12% to 1.2 billion euros, and its net profit fell 5% to "
    "240 million euros.",
    SAVED,
)


def test_r12_another_measures_change_does_not_support() -> None:
    found = _judged_whole("Korvik Bank's revenue rose 5% in 2023.", [RESULTS], "clause", "revenue", DAY)
    assert Verdict.SUPPORTED not in found, found


def test_r12_twin_the_measures_own_change_is_supported() -> None:
    found = _judged_whole("Korvik Bank's revenue rose 12% in 2023.", [RESULTS], "clause", "revenue", DAY)
    assert found == [Verdict.SUPPORTED], found


# R13 MENDED (fixm44: the role judge's sentence reading sets aside a bare post's page words that name a body after
# 'of', `offices.of_a_body`).
# R13 (main 36074846; the role judge's sentence reading of a bare title: 'President Nina Moe' with no country is
# SUPPORTED ("says Nina Moe holds it") by any sentence giving her a presidency of anything: 'president of the Senate of
# Chile', 'president of the Socialist Party of Chile', 'president of the Korvik chess club', or an infobox row
# 'President of the Norby Party'; 'Nina Moe, the president,' likewise. `offices._same_office` itself refuses a bare
# 'President' without a country on both sides (its comment: "'President of the Senate of Chile' is no 'Chilean
# President'"), and 'Chilean President Nina Moe' is rightly unverified; the sentence and infobox paths that support
# the bare title do not ask it (not located further). In news copy a bare 'President X' is the head of state.
@pytest.mark.parametrize(
    ("body", "told"),
    [
        pytest.param(
            "President Nina Moe visited Santiago, Chile.",
            "She has served as the president of the Senate of Chile since 2023.",
            id="senate",
        ),
        pytest.param(
            "President Nina Moe visited Korvik.", "She has been president of the Norby Party since 2020.", id="party"
        ),
        pytest.param(
            "Nina Moe, the president, visited Korvik.",
            "She has been president of the Korvik chess club since 2019.",
            id="club",
        ),
    ],
)
def test_r13_another_bodys_presidency_does_not_support_a_bare_president(body: str, told: str) -> None:
    docs = [page("Nina Moe", f"Nina Moe (born 1970) is a politician. {told}", SAVED)]
    found = _judged_whole(body, docs, "role", "Nina Moe", DAY)
    assert Verdict.SUPPORTED not in found, found


def test_r13_twin_a_countrys_adjective_is_not_supported_by_its_senate() -> None:
    docs = [page("Nina Moe", "Nina Moe (born 1970) is a Chilean politician. She has served as the president of the "
                 "Senate of Chile since 2023.", SAVED)]  # fmt: skip
    found = _judged_whole("Chilean President Nina Moe visited Santiago.", docs, "role", "Nina Moe", DAY)
    assert Verdict.SUPPORTED not in found, found


# B1 (s43-recalla43 1fb32bc5, `verify.judge._held_post_of`/`_as_held_post`: a clause that gives a post takes the
# verdict of the role claim on that post when the post is refuted and the clause alone settled nothing): every
# clause whose subject is apposed with a post now shares that post's refutation, so R3's false "contradicted" ('Lena
# Vos, president of the Red Cross' against 'President of the Norbian Red Cross') is counted twice: 'Lena Vos,
# president of the Red Cross, visited Korvik' is CONTRADICTED with the reading "Lena Vos — visited — Korvik" (unverified
# on main). The commit's case is a clause whose deed IS the post ('served as commerce minister until April'); here the
# deed is a visit, which no page refutes. Likewise 'Finance Minister Lena Vos presented the budget on Tuesday' (a past
# minister, rightly refuted as a role) now refutes 'presented the budget' too. Passes on main.
def test_b1_a_visit_is_not_refuted_by_the_visitors_post() -> None:
    body = "Lena Vos, president of the Red Cross, visited Korvik."
    found = _judged_whole(body, [_president_of("Norbian Red Cross")], "clause", "visited", DAY)
    assert Verdict.CONTRADICTED not in found, found


# R14 MENDED (lead43: offices._place_first reads the place a post is titled by as the held office's place).
# R14 (main 36074846 and e297d75c; `verify.offices._specific_words` of a title written place first reads the phrase as
# a body's name and adds its initials ('Tasmanian Premier' -> {'tp', 'tasma', 'prime'}; 'Korvik Premier' -> 'kp'),
# which the held office 'Premier of Tasmania' lacks; an unknown place's adjective and its name stem apart ('norbi' of
# 'Norbian', 'norby' of 'Norby'): `same_office` is false and the role judge reads the very post as a sibling that
# refutes): 'Tasmanian Premier Lena Vos', 'Korvik Premier Lena Vos' and 'Norbian President Lena Vos' are CONTRADICTED
# ("on 2024-06-01 the office held was Premier of Tasmania") by her infobox's own post. "Tasmania's premier, Lena
# Vos" and 'Lena Vos, the Premier of Tasmania' are SUPPORTED. State, provincial and regional leaders are titled this
# way in every wire story ('Ontario Premier' likewise; 'Texas Governor' is read).
def _holding(office: str) -> Document:
    """Lena Vos's page: her infobox gives `office` since 1 June 2022, and her lead says nothing of it."""
    rows = [("office", office), ("term_start", "1 June 2022")]
    return boxed("Lena Vos", "Lena Vos (born 1955) is a politician.", rows, SAVED)


TASMANIA, VICTORIA = "Premier of Tasmania", "Premier of Victoria"


@pytest.mark.parametrize(
    ("title", "office"),
    [
        pytest.param("Tasmanian Premier", "Premier of Tasmania", id="adjective"),
        pytest.param("Korvik Premier", "Premier of Korvik", id="place-name"),
        pytest.param("Norbian President", "President of Norby", id="invented-country"),
    ],
)
def test_r14_the_post_titled_place_first_is_not_refuted_by_itself(title: str, office: str) -> None:
    found = _judged_whole(f"{title} Lena Vos visited Korvik.", [_holding(office)], "role", "Lena Vos", DAY)
    assert Verdict.CONTRADICTED not in found, found


@pytest.mark.parametrize(
    ("body", "office", "verdict"),
    [
        pytest.param("Tasmania's premier, Lena Vos, visited Korvik.", TASMANIA, Verdict.SUPPORTED, id="possessive"),
        pytest.param("Lena Vos, the Premier of Tasmania, visited Korvik.", TASMANIA, Verdict.SUPPORTED, id="of"),
        pytest.param("Tasmanian Premier Lena Vos visited Korvik.", VICTORIA, Verdict.CONTRADICTED, id="other"),
    ],
)
def test_r14_twin_the_post_written_of_the_place(body: str, office: str, verdict: Verdict) -> None:
    assert _judged_whole(body, [_holding(office)], "role", "Lena Vos", DAY) == [verdict]


# B2 (s43-fixd43 f85a6a36, the date kind's `_about_subject` reading a thing's own page's 'It' or 'the <head noun>' as
# the thing (review42 R14) wherever it stands, and the clause judge with it): another thing the page has just named, or
# a relative clause of it, gives the thing its date: 'Korvik Bank was founded on 5 May 1990.' is SUPPORTED (date and
# clause) by 'In 2015 it acquired Tarsa Bank. The bank had been founded on 5 May 1990.', by 'Its main rival is Tarsa
# Bank. It was founded on 5 May 1990.' and by 'In 2015 it acquired Tarsa Bank, which was founded on 5 May 1990.' (its
# lead says 3 May 1980); 'Korvik Bridge opened on 1 June 1950.' by 'The old bridge it replaced opened on 1 June 1950.';
# 'The 2023 Korvik earthquake struck on 14 March 2023.' by 'It was followed by an aftershock that struck on 14 March
# 2023.' (the lead: 12 March). All unverified on main. A 'the bank' or 'It' after another bank is named is that bank;
# a relative clause's verb has the relative's noun as subject. Passes on main.
BANK_FOUNDED = "Korvik Bank is a Norbian bank founded on 3 May 1980."
THE_BANK = f"{BANK_FOUNDED} In 2015 it acquired Tarsa Bank. The bank had been founded on 5 May 1990."
RIVAL = f"{BANK_FOUNDED} Its main rival is Tarsa Bank. It was founded on 5 May 1990."
WHICH = f"{BANK_FOUNDED} In 2015 it acquired Tarsa Bank, which was founded on 5 May 1990."
OLD_BRIDGE = (
    "Korvik Bridge is a bridge in Norby. The old bridge it replaced opened on 1 June 1950. It opened on 3 "
    "September 2018."
)
AFTERSHOCK = (
    "The 2023 Korvik earthquake struck Norby on 12 March 2023. It was followed by an aftershock that struck "
    "on 14 March 2023."
)
FOUNDED_1990 = "Korvik Bank was founded on 5 May 1990."


@pytest.mark.parametrize(
    ("body", "doc"),
    [
        pytest.param(FOUNDED_1990, page("Korvik Bank", THE_BANK, SAVED), id="the-bank-named-last"),
        pytest.param(FOUNDED_1990, page("Korvik Bank", RIVAL, SAVED), id="it-after-another-bank"),
        pytest.param(FOUNDED_1990, page("Korvik Bank", WHICH, SAVED), id="relative-clause"),
        pytest.param("Korvik Bridge opened on 1 June 1950.", page("Korvik Bridge", OLD_BRIDGE, SAVED), id="old-bridge"),
        pytest.param(
            "The 2023 Korvik earthquake struck on 14 March 2023.",
            page("2023 Korvik earthquake", AFTERSHOCK, SAVED),
            id="the-aftershock",
        ),
    ],
)
def test_b2_another_things_date_on_the_page_does_not_support(body: str, doc: Document) -> None:
    found = [r.verdict for _, r in _results(body, [doc])]
    assert found and Verdict.SUPPORTED not in found, found


# B3 MENDED (fixd44: a page's word right before the claim's narrowing word modifies it; a deed done to 'it' names
# what the page's sentence before named last).
# B3 (s43-fixs43 4bb103e1, the clause judge's first narrowed past its ranked deed (review42 R20's mend): the claim's
# narrowing 'without oxygen' must be found after the page's deed with the same words): the true 'Nina Moe was the first
# woman to climb Mount Korvik without oxygen.' loses its support (SUPPORTED on main) against 'In 1998 she was the first
# woman to climb it without oxygen.' (the page names the mountain by 'it', after its plain first in 1995) and against
# 'In 1998 she became the first woman to climb Mount Korvik without supplemental oxygen.' (the page's narrowing says a
# word more; the other way round, 'without supplemental oxygen' against 'without oxygen', stays SUPPORTED). Passes on
# main.
CLIMBER = "Nina Moe (born 1970) is a Norbian climber."


@pytest.mark.parametrize(
    "told",
    [
        pytest.param(
            "In 1995 she became the first woman to climb Mount Korvik. In 1998 she was the first woman to climb it "
            "without oxygen.",
            id="it-for-the-mountain",
        ),
        pytest.param(
            "In 1998 she became the first woman to climb Mount Korvik without supplemental oxygen.", id="a-word-more"
        ),
    ],
)
def test_b3_the_same_narrowed_first_is_still_supported(told: str) -> None:
    body = "Nina Moe was the first woman to climb Mount Korvik without oxygen."
    found = _judged_whole(body, [page("Nina Moe", f"{CLIMBER} {told}", SAVED)], "clause", "first woman", DAY)
    assert found == [Verdict.SUPPORTED], found


# B4 MENDED (fixd44: the prize must be the verb's own object, and judging.toml clause.for_another makes it another's).
# B4 (s43-fixm43 8e4f0617, judging.toml clause.prize_deeds: 'won', 'was awarded' and 'received' a prize are one deed):
# 'was awarded' takes any object that names the prize and 'received' any receiving of it, so 'Nina Moe won the Korvik
# Prize in 2020.' is SUPPORTED by 'In 2020 she was awarded a grant by the Korvik Prize foundation.' and by 'In 2020 she
# received the Korvik Prize on behalf of her late husband, Ivo Stam.' (both unverified on main). A grant of the prize's
# foundation is not the prize; a prize received for another was won by him. ('received a nomination for' is rightly
# not read as the prize.) Passes on main.
WRITER = "Nina Moe (born 1970) is a Norbian writer."


@pytest.mark.parametrize(
    "told",
    [
        pytest.param("In 2020 she received the Korvik Prize on behalf of her late husband, Ivo Stam.", id="on-behalf"),
        pytest.param("In 2020 she was awarded a grant by the Korvik Prize foundation.", id="grant"),
    ],
)
def test_b4_a_grant_or_a_prize_received_for_another_is_not_the_prize_won(told: str) -> None:
    docs = [page("Nina Moe", f"{WRITER} {told}", SAVED)]
    found = _judged_whole("Nina Moe won the Korvik Prize in 2020.", docs, "clause", "Korvik Prize", DAY)
    assert Verdict.SUPPORTED not in found, found


def test_b4_twin_the_prize_awarded_is_the_prize_won() -> None:
    docs = [page("Nina Moe", f"{WRITER} In 2020 she was awarded the Korvik Prize.", SAVED)]
    found = _judged_whole("Nina Moe won the Korvik Prize in 2020.", docs, "clause", "Korvik Prize", DAY)
    assert Verdict.CONTRADICTED not in found, found


# B5 MENDED (fixd44: the role claim's words end with the post when a predecessor follows it; the clause checks 'from
# X' against the predecessor row).
# B5 (s43-fixm43 a51a0357, role extraction after 'took over as': the post's value now ends before the year and the
# predecessor, so the role claim "holds office — prime minister" is SUPPORTED; its words are still the whole 'Eva Lund
# took over as prime minister from Ana Ruiz in 2019', and the clause beside it reads "took over — 2019" with no
# predecessor): a wrong predecessor ('from Ana Ruiz'; her infobox names Ivo Stam) is shown on a green row the report
# calls supported, and no claim checks it (on main the role claim was unverified, its value "prime minister from Ana
# Ruiz in 2019": review42 R13). Passes on main.
def test_b5_a_wrong_predecessor_is_not_shown_supported() -> None:
    lund = boxed(
        "Eva Lund",
        "Eva Lund (born 1968) is a Norbian politician who has been Prime Minister of Norby since 2019.",
        [("office", "Prime Minister of Norby"), ("term_start", "3 May 2019"), ("predecessor", "Ivo Stam")],
        SAVED,
    )
    results = _results("Eva Lund took over as prime minister from Ana Ruiz in 2019.", [lund])
    shown = [(c.text, r.verdict) for c, r in results if "Ana Ruiz" in c.text and r.verdict == Verdict.SUPPORTED]
    assert not shown, shown


# B6 MENDED (lead43: the description's age aside is given only to one named in full before it).
# B6 (main 00617681 (and c0f6b36c), the lead's age reading of a description's relative clause ('The lawyer, who
# turned 65 on 13 June,') judged against the birth date, with the description still resolved to the wrong person):
# under the headline 'Stam sworn in as Norby's president', 'Ivo Stam was sworn in on Monday. The lawyer, who turned 65
# on 13 June, thanked his wife, Lena Vos Stam.' now gives "Lena Vos Stam — aged — 65", CONTRADICTED by her birth date
# (2 May 1966), though Ivo Stam (born 13 June 1959) did turn 65 that day: the namesake named once, after the
# description, in its own sentence, takes it. On 36074846 the same misreading was unverified. A strict xfail on
# main (passes on 36074846).
# R15 (main 36074846, same family, open): 'Ivo Stam was sworn in by Speaker Ana Ruiz on Monday, making the lawyer, aged
# 65, the oldest president of Norby.' -> "Ana Ruiz — aged — 65" CONTRADICTED (the passive's agent takes the
# description c0f6b36c gives the passive's subject when its page's words match it: 'lawyer' is in his lead here).
SWORN_IN = boxed(
    "Ivo Stam",
    "Ivo Stam (born 13 June 1959) is a Norbian lawyer and politician who has been President of Norby since 2024.",
    [("office", "President of Norby"), ("term_start", "1 July 2024"), ("birth_date", "13 June 1959"),
     ("spouse", "Lena Vos Stam")],
    SAVED,
)  # fmt: skip
HIS_WIFE = boxed("Lena Vos Stam", "Lena Vos Stam (born 2 May 1966) is a Norbian doctor.",
                 [("birth_date", "2 May 1966"), ("spouse", "Ivo Stam")], SAVED)  # fmt: skip
SPEAKER = boxed(
    "Ana Ruiz",
    "Ana Ruiz (born 3 March 1950) is a Norbian politician who has been Speaker of the Norbian Parliament since 2019.",
    [("office", "Speaker of the Norbian Parliament"), ("term_start", "2019"), ("birth_date", "3 March 1950")],
    SAVED,
)
INAUGURATION = dt.date(2024, 7, 2)


def _inauguration(body: str) -> list[Verdict]:
    """The verdicts on the age claims of an inauguration story under a headline naming the president by surname."""
    claims = extract_claims(article_from_text(f"Stam sworn in as Norby's president\n\n{body}\n", as_of=INAUGURATION))
    docs = [SWORN_IN, HIS_WIFE, SPEAKER]
    results = judge(claims, EvidencePool(documents=docs, by_claim={c.id: docs for c in claims}), INAUGURATION)
    return [r.verdict for c, r in zip(claims, results, strict=True) if "65" in c.text]


def test_b6_the_lawyers_birthday_is_not_refuted_by_his_wifes() -> None:
    found = _inauguration("Ivo Stam was sworn in on Monday. The lawyer, who turned 65 on 13 June, thanked his wife, "
                          "Lena Vos Stam.")  # fmt: skip
    assert Verdict.CONTRADICTED not in found, found


@_open("R15 open: the passive's agent takes the age of a description that is the passive's subject")
def test_r15_the_sworn_in_lawyers_age_is_not_the_speakers() -> None:
    found = _inauguration("Ivo Stam was sworn in by Speaker Ana Ruiz on Monday, making the lawyer, aged 65, the oldest "
                          "president of Norby.")  # fmt: skip
    assert found and Verdict.CONTRADICTED not in found, found


# B7 MENDED (fixd44: a ranked deed's words between its verb and its name, one deed's words aside, narrow it).
# B7 (s43-fixd43 d699c09d, judging.toml clause.one_deed: 'climb', 'ascend', 'summit', 'scale' are one deed, so a first
# told with another of them now states the claim's): a first narrowed past the other verb is read as the plain one:
# 'Nina Moe was the first woman to climb Mount Korvik.' SUPPORTED by 'In 1995 she became the first woman to scale the
# north face of Mount Korvik.' and by '... the first woman to ascend Mount Korvik in winter.' (review42 R20's
# narrowing, which s43-fixs43 mends for the same verb). Both unverified on main. Passes on main.
# R16 MENDED (fixm44: a ranked deed wording the claim's verb only after another verb's 'to' is another deed).
# R16 (main 36074846, open): 'the first woman to attempt to climb Mount Korvik' SUPPORTS 'the first woman to climb
# Mount Korvik' (an attempt is not the deed; the clause judge reads 'climb' inside 'attempt to climb').
def _first(told: str) -> list[Verdict]:
    doc = page("Nina Moe", f"{CLIMBER} In 1995 she became the first woman to {told}.", SAVED)
    return _judged_whole("Nina Moe was the first woman to climb Mount Korvik.", [doc], "clause", "first woman", DAY)


@pytest.mark.parametrize(
    "told",
    [
        pytest.param("scale the north face of Mount Korvik", id="north-face"),
        pytest.param("ascend Mount Korvik in winter", id="in-winter"),
    ],
)
def test_b7_a_narrower_first_in_other_words_does_not_support_the_plain_one(told: str) -> None:
    assert Verdict.SUPPORTED not in _first(told)


def test_r16_a_first_attempt_is_not_the_first_climb() -> None:
    assert Verdict.SUPPORTED not in _first("attempt to climb Mount Korvik")
