"""Findings of review41 (session 41), as rows the desk would meet: a true sentence and its one-fact-false twin,
extracted from an invented article and judged against invented pages (`tests/support/judging.py`) through the
article's whole judging (`_judged_whole` of tests/test_review38.py). R-items are strict xfails for what is open on
main; N-items guard what a new user or an attacker meets at the command line; a B-item (a regression found on a
branch) is a plain test that passes on main. The list with its status is /work/briefs41/review41-findings.md."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from tests.support.judging import boxed, page
from tests.test_review26 import SAVED, _open
from tests.test_review38 import _judged_whole
from verify.cli import app
from verify.models import Document, Verdict

# The day of the invented articles: after the pages' revision (saved 1 May 2024), as the desk reads them.
DAY = dt.date(2024, 6, 1)


def _club(told: str) -> Document:
    """Korvik FC's invented page, with `told` after its lead."""
    return page("Korvik FC", f"Korvik FC is a Norbian football club founded in 1901. {told}", SAVED)


def _moen(told: str) -> Document:
    """Karl Moen's invented page: a Norbian footballer, with `told` after his lead."""
    return page("Karl Moen", f"Karl Moen (born 1990) is a Norbian footballer. {told}", SAVED)


def _lund(told: str) -> Document:
    """Eva Lund's invented page: a Norbian politician, with `told` after her lead."""
    return page("Eva Lund", f"Eva Lund (born 1968) is a Norbian politician. {told}", SAVED)


# R1 (main 3e6735f9, a win told with its score; the clause judge's `_parties_swapped` needs the claim's other party, and
# extraction gives none when a score follows it: 'Korvik FC defeated Halden FC 2–0 in 2019' is read with object None and
# value '2019' (`_thing_taken` then '2019'), so the defeat told the other way round is never read as swapped; a fronted
# contest without a comma ('In the 2019 cup final Halden FC beat it') is parsed with no doer (`agency.parties` gives
# (None, 'it')), the same loss by the page's side): 'Korvik FC beat Halden FC 2–0 in 2019.' is SUPPORTED ("states
# it") by 'In 2019 Halden FC beat it 2–0.'; 'Karl Moen beat Ivo Stam 6–4 in 2019.' by 'In 2019 Ivo Stam beat him
# 6–4.'; 'Korvik FC beat Halden FC in the 2019 cup final.' by 'In the 2019 cup final Halden FC beat it.' Every match
# report and player's page tells a defeat so; without the score ('In 2019 Ivo Stam beat him.', 'Tarsa Bank acquired
# it') the swap is read right (unverified).
@pytest.mark.parametrize(
    ("doc", "body"),
    [
        pytest.param(
            _club("In 2019 Halden FC beat it 2–0."),
            "Korvik FC beat Halden FC 2–0 in 2019.",
            id="club-score",
        ),
        pytest.param(
            page(
                "Karl Moen", "Karl Moen (born 1990) is a Norbian tennis player. In 2019 Ivo Stam beat him 6–4.", SAVED
            ),
            "Karl Moen beat Ivo Stam 6–4 in 2019.",
            id="player-score",
        ),
        pytest.param(
            _club("In the 2019 cup final Halden FC beat it."),
            "Korvik FC beat Halden FC in the 2019 cup final.",
            id="fronted-cup-final",
        ),
    ],
)
def test_r1_a_defeat_does_not_support_the_win(doc: Document, body: str) -> None:
    found = _judged_whole(body, [doc], "clause", "beat", DAY)
    assert Verdict.SUPPORTED not in found, found


@pytest.mark.parametrize(
    ("doc", "body"),
    [
        pytest.param(_club("In 2019 it beat Halden FC 2–0."), "Korvik FC beat Halden FC 2–0 in 2019.", id="club-score"),
        pytest.param(
            page("Karl Moen", "Karl Moen (born 1990) is a Norbian tennis player. In 2019 he beat Ivo Stam 6–4.", SAVED),
            "Karl Moen beat Ivo Stam 6–4 in 2019.",
            id="player-score",
        ),
        pytest.param(
            _club("In the 2019 cup final it beat Halden FC."),
            "Korvik FC beat Halden FC in the 2019 cup final.",
            id="fronted-cup-final",
        ),
    ],
)
def test_r1_twin_the_win_itself_is_supported(doc: Document, body: str) -> None:
    assert _judged_whole(body, [doc], "clause", "beat", DAY) == [Verdict.SUPPORTED]


# R2 (main 3e6735f9, the clause judge's `sentence_findings`: each value of the claim is found somewhere in the page
# sentence (`_holds`), whatever preposition ties it to the verb; `_parties_swapped` weighs only the doer and the
# thing taken, not 'from' and 'to'): 'Karl Moen joined Korvik FC from Halden FC in 2019.' is SUPPORTED ("states it")
# by 'In 2019 he joined Halden FC from Korvik FC.'; 'Karl Moen moved from Halden FC to Korvik FC in 2019.' by 'In 2019
# he moved from Korvik FC to Halden FC.'; 'Jon Dahl moved from Korvik Bank to Tarsa Bank in 2015.' by 'In 2015 he
# moved from Tarsa Bank to Korvik Bank.' Transfer copy (sport) and career moves (business) are told so, the clubs or
# firms named in one order or the other.
@pytest.mark.parametrize(
    ("doc", "body"),
    [
        pytest.param(
            _moen("In 2019 he joined Halden FC from Korvik FC."),
            "Karl Moen joined Korvik FC from Halden FC in 2019.",
            id="joined-from",
        ),
        pytest.param(
            _moen("In 2019 he moved from Korvik FC to Halden FC."),
            "Karl Moen moved from Halden FC to Korvik FC in 2019.",
            id="moved-from-to",
        ),
        pytest.param(
            page(
                "Jon Dahl",
                "Jon Dahl (born 1960) is a Norbian banker. In 2015 he moved from Tarsa Bank to Korvik Bank.",
                SAVED,
            ),
            "Jon Dahl moved from Korvik Bank to Tarsa Bank in 2015.",
            id="banker-moved",
        ),
    ],
)
def test_r2_a_move_the_other_way_does_not_support(doc: Document, body: str) -> None:
    found = _judged_whole(body, [doc], "clause", "from", DAY)
    assert Verdict.SUPPORTED not in found, found


@pytest.mark.parametrize(
    ("doc", "body"),
    [
        pytest.param(
            _moen("In 2019 he joined Korvik FC from Halden FC."),
            "Karl Moen joined Korvik FC from Halden FC in 2019.",
            id="joined-from",
        ),
        pytest.param(
            _moen("In 2019 he moved from Halden FC to Korvik FC."),
            "Karl Moen moved from Halden FC to Korvik FC in 2019.",
            id="moved-from-to",
        ),
    ],
)
def test_r2_twin_the_move_itself_is_supported(doc: Document, body: str) -> None:
    assert _judged_whole(body, [doc], "clause", "from", DAY) == [Verdict.SUPPORTED]


# R3 (main 3e6735f9, `verify.kinds.clause.judge._term_sentences`: with no infobox term, a claimed spell 'since 2019'
# (end_year None) takes support from any page sentence's spell that starts in 2019, ended or not; the infobox path
# checks the term still runs on the article's day (`t.covers(as_of)`), the sentence path never): 'Eva Lund has been
# finance minister since 2019.' is SUPPORTED ("says from 2019 to 2021") by 'She was finance minister from 2019 to
# 2021.' (the role claim on the same words is rightly CONTRADICTED, "held it only in the past"); so are '... has
# served as finance minister since 2019', 'Eva Lund, who has been finance minister since 2019, said ...' and 'Eva Lund
# has been mayor of Korvik since 2019.' by '... mayor of Korvik from 2019 to 2021.' Stale profiles and wire copy
# that missed a reshuffle word a finished spell so; the page states its end.
# (mended by the lead in session 41: clause `_term_sentences` `running`)
@pytest.mark.parametrize(
    ("told", "body"),
    [
        pytest.param(
            "She was finance minister from 2019 to 2021.",
            "Eva Lund has been finance minister since 2019.",
            id="has-been",
        ),
        pytest.param(
            "She served as finance minister from 2019 until 2021.",
            "Eva Lund has served as finance minister since 2019.",
            id="has-served",
        ),
        pytest.param(
            "She was finance minister from 2019 to 2021.",
            "Eva Lund, who has been finance minister since 2019, said on Monday.",
            id="relative-clause",
        ),
        pytest.param(
            "She was mayor of Korvik from 2019 to 2021.",
            "Eva Lund has been mayor of Korvik since 2019.",
            id="mayor",
        ),
    ],
)
def test_r3_a_running_spell_is_not_supported_by_an_ended_one(told: str, body: str) -> None:
    found = _judged_whole(body, [_lund(told)], "clause", "since 2019", DAY)
    assert Verdict.SUPPORTED not in found, found


def test_r3_twin_the_running_spell_is_supported() -> None:
    body = "Eva Lund has been finance minister since 2019."
    found = _judged_whole(body, [_lund("She has been finance minister since 2019.")], "clause", "since 2019", DAY)
    assert found == [Verdict.SUPPORTED]


# R4 (main 3e6735f9, `verify.kinds.binding._BREAK` takes an en dash as a clause break even between two digits, so a
# score ('3–1', as Wikipedia always writes it) cuts the page's clause; the clause judge's `_time_bound` then finds the
# verb ('beat') in a clause without the year after the score (`_verb_anchors` through `binding.clause_of`); a true
# claim left unverified): 'Korvik FC beat Halden FC 3–1 in the 2019 final.' (and the wire's hyphen '3-1') is
# unverified against 'It beat Halden FC 3–1 in the 2019 final.', SUPPORTED against 'It beat Halden FC 3-1 in the 2019
# final.' or 'In the 2019 final it beat Halden FC 3–1.' (the year before the score). Every match a club's or player's
# page tells has its score so.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Korvik FC beat Halden FC 3–1 in the 2019 final.", id="en-dash"),
        pytest.param("Korvik FC beat Halden FC 3-1 in the 2019 final.", id="wire-hyphen"),
    ],
)
def test_r4_a_score_with_an_en_dash_keeps_its_year(body: str) -> None:
    found = _judged_whole(body, [_club("It beat Halden FC 3–1 in the 2019 final.")], "clause", "Halden FC", DAY)
    assert found == [Verdict.SUPPORTED]


@pytest.mark.parametrize(
    "told",
    [
        pytest.param("It beat Halden FC 3-1 in the 2019 final.", id="hyphen-on-the-page"),
        pytest.param("In the 2019 final it beat Halden FC 3–1.", id="year-before-the-score"),
    ],
)
def test_r4_twin_the_score_told_otherwise_is_supported(told: str) -> None:
    body = "Korvik FC beat Halden FC 3-1 in the 2019 final."
    assert _judged_whole(body, [_club(told)], "clause", "Halden FC", DAY) == [Verdict.SUPPORTED]


def _party(told: str) -> Document:
    """The Norby Party's invented page, with `told` after its lead."""
    return page("Norby Party", f"The Norby Party is a centre-right party in Norby. {told}", SAVED)


# R5 (main 3e6735f9, the quantity judge's `_sentence_findings`: a page sentence that gives figures of several years
# is read at one time, `other_time` (any of the claim's years in the sentence keeps every figure); a figure is bound to
# its own year only in a pair told by 'up from' (`other_parts`); a false "supported" with a misreading shown): 'The
# Norby Party won 61 seats in 2019.' is SUPPORTED ("counts 61 seats") by 'In 2019 it won 44 seats; in 2023 it won 61
# seats.'; 'The Norby Party won the 2019 election with 61 seats.' by 'It won the 2019 election with 44 seats and the
# 2023 election with 61 seats.' (the report quoting "counts seats and the 2023 election with 61"); 'Korvik FC won the
# league in 2019 with 80 points.' by 'It won the league in 2019 with 75 points and in 2020 with 80 points.' Party,
# club and company pages list results year by year in one sentence; 'In 2023 it won 61 seats.' alone is read right.
@pytest.mark.parametrize(
    ("doc", "body", "words"),
    [
        pytest.param(
            _party("In 2019 it won 44 seats; in 2023 it won 61 seats."),
            "The Norby Party won 61 seats in 2019.",
            "61 seats",
            id="semicolon-years",
        ),
        pytest.param(
            _party("It won the 2019 election with 44 seats and the 2023 election with 61 seats."),
            "The Norby Party won the 2019 election with 61 seats.",
            "61 seats",
            id="two-elections",
        ),
        pytest.param(
            _club("It won the league in 2019 with 75 points and in 2020 with 80 points."),
            "Korvik FC won the league in 2019 with 80 points.",
            "80 points",
            id="points-by-season",
        ),
    ],
)
def test_r5_a_figure_of_another_year_does_not_support(doc: Document, body: str, words: str) -> None:
    found = _judged_whole(body, [doc], "quantity", words, DAY)
    assert Verdict.SUPPORTED not in found, found


@pytest.mark.parametrize(
    ("doc", "body", "words"),
    [
        pytest.param(
            _party("In 2019 it won 44 seats; in 2023 it won 61 seats."),
            "The Norby Party won 61 seats in 2023.",
            "61 seats",
            id="the-years-own-seats",
        ),
        pytest.param(
            _club("It won the league in 2019 with 75 points and in 2020 with 80 points."),
            "Korvik FC won the league in 2020 with 80 points.",
            "80 points",
            id="the-seasons-own-points",
        ),
    ],
)
def test_r5_twin_the_years_own_figure_is_supported(doc: Document, body: str, words: str) -> None:
    assert _judged_whole(body, [doc], "quantity", words, DAY) == [Verdict.SUPPORTED]


# R6 (main 3e6735f9, the clause judge's `sentence_findings`: each value is found anywhere in the page sentence
# (`_holds`); `_values_of_other_deeds` weighs only other deeds told by the claim's own verb, not another verb's clause
# past a semicolon; a false "supported"): 'Korvik FC won the league in 2019 with 80 points.' is SUPPORTED ("states
# it") by 'It won the league in 2019; in 2020 it finished second with 80 points.' (the quantity claim on '80 points' is
# rightly unverified beside it); 'Jon Dahl pleaded guilty to three counts of fraud in 2020.' by 'In 2020 he pleaded
# guilty to one count of fraud; three other counts were dropped.' Season-by-season club histories and court copy are
# written so.
@pytest.mark.parametrize(
    ("doc", "body", "words"),
    [
        pytest.param(
            _club("It won the league in 2019; in 2020 it finished second with 80 points."),
            "Korvik FC won the league in 2019 with 80 points.",
            "80 points",
            id="another-seasons-points",
        ),
        pytest.param(
            page(
                "Jon Dahl",
                "Jon Dahl (born 1960) is a Norbian businessman. In 2020 he pleaded guilty to one count of fraud; three "
                "other counts were dropped.",
                SAVED,
            ),
            "Jon Dahl pleaded guilty to three counts of fraud in 2020.",
            "three counts",
            id="counts-dropped",
        ),
    ],
)
def test_r6_a_figure_of_another_clause_does_not_support(doc: Document, body: str, words: str) -> None:
    found = _judged_whole(body, [doc], "clause", words, DAY)
    assert Verdict.SUPPORTED not in found, found


def test_r6_twin_the_deeds_own_figure_is_supported() -> None:
    body = "Korvik FC won the league in 2019 with 80 points."
    doc = _club("It won the league in 2019 with 80 points; in 2020 it finished second.")
    assert _judged_whole(body, [doc], "clause", "80 points", DAY) == [Verdict.SUPPORTED]


# The N-items: what a new user or an attacker meets at the command line, run on the seed article and its claim file.
SEED = "seeds/nato-defense-chiefs.txt"
cli = CliRunner()


def _run(*args: str) -> Result:
    return cli.invoke(app, list(args))


def _errors(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("verify: error:")]


# N1 (main 3e6735f9, `verify.baseline.load_baseline`: `Baseline` ignores keys it does not know and defaults
# `findings` to none): a JSON object that is no baseline, such as the article's own report (`--baseline
# reports/nato-defense-chiefs.json`, the file a new user has at hand) or its claim file, is read as an empty baseline
# without a word: the gate then fails on every known finding and says nothing of the baseline (a real one says "2
# known findings left out of the gate by ..."). The article side refuses a report or claim file given as the article
# in one line (exit 2); the baseline side should too.
@pytest.mark.parametrize("given", ["report", "claim-file"])
def test_n1_a_report_or_claim_file_given_as_the_baseline_is_refused(tmp_path, given: str) -> None:
    out = tmp_path / "r"
    assert _run("check", SEED, "--out", str(out), "--quiet").exit_code == 0
    baseline = out / "nato-defense-chiefs.json" if given == "report" else "claims/nato-defense-chiefs.json"
    result = _run("check", SEED, "--baseline", str(baseline), "--fail-on", "unverified", "--out", str(out), "--quiet")
    assert result.exit_code == 2 and len(_errors(result)) == 1, result.stderr


def test_n1_twin_a_baseline_leaves_its_findings_out_of_the_gate(tmp_path) -> None:
    baseline = tmp_path / "baseline.json"
    assert _run("baseline", SEED, "-o", str(baseline)).exit_code == 0
    out = str(tmp_path / "r")
    result = _run("check", SEED, "--baseline", str(baseline), "--fail-on", "unverified", "--out", out, "--quiet")
    assert result.exit_code == 0 and "known findings left out of the gate" in result.stderr, result.stderr


def _claims_with(tmp_path, **fields: str):
    """The seed's claim file copied to a claims folder, its first claim given `fields` (a reviewer's or an
    attacker's edit)."""
    claims = tmp_path / "claims"
    claims.mkdir()
    data = json.loads(Path("claims/nato-defense-chiefs.json").read_text())
    data["claims"][0].update(fields)
    (claims / "nato-defense-chiefs.json").write_text(json.dumps(data, indent=2))
    return claims


# N2 (main 3e6735f9, `verify.claimfile._check_corrections` checks `corrected_subject` and `corrected_value` for a
# page title's characters and length, never the claim's own `subject`, which a reviewer may just as well edit): a
# claim file whose first claim's subject is 'Alexus Grynkewich|Dan Caine' is read, the claim SUPPORTED on Dan Caine's
# page ("gives Alexus Grynkewich|Dan Caine's rank as General"), the case the corrections' check was written for
# ('Mark Rutte|Keir Starmer' asked as two other pages); a subject '' or '   ' is looked up as the empty search ("search
# for '' failed: request not in the recorded cassette ... run with --record-new"). A claim file is a pull request's
# to change; the same subject as `corrected_subject` is one line and exit 2.
@pytest.mark.parametrize(
    "subject",
    [
        pytest.param("Alexus Grynkewich|Dan Caine", id="two-titles"),
        pytest.param("", id="empty"),
        pytest.param("   ", id="blank"),
    ],
)
def test_n2_a_subject_no_page_could_have_is_refused(tmp_path, subject: str) -> None:
    claims = _claims_with(tmp_path, subject=subject)
    result = _run("check", SEED, "--claims", str(claims), "--out", str(tmp_path / "r"), "--quiet")
    assert result.exit_code == 2 and len(_errors(result)) == 1, result.stderr


def test_n2_twin_the_same_corrected_subject_is_refused(tmp_path) -> None:
    claims = _claims_with(tmp_path, corrected_subject="Alexus Grynkewich|Dan Caine")
    result = _run("check", SEED, "--claims", str(claims), "--out", str(tmp_path / "r"), "--quiet")
    assert result.exit_code == 2 and len(_errors(result)) == 1, result.stderr


def _bank(told: str) -> Document:
    """Korvik Bank's invented page, with `told` after its lead."""
    return page("Korvik Bank", f"Korvik Bank is a Norbian bank founded in 1872. {told}", SAVED)


# R7 (main 3e6735f9, `verify.kinds.quantity._of_its_place` weighs the place the claim sets its figure in ('in
# Norby', `measured.place_set`) only against SUPPORT, never against a refutation, and counts the place named when the
# page's lead names the country ('a Norbian bank'), whatever 'worldwide' the page's figure carries): 'Korvik Bank has
# 3,000 employees in Norby.' is CONTRADICTED ("another count, 5,000 employees") by 'It has 5,000 employees worldwide,
# 3,000 of them in Norby.' (true), by 'It has 5,000 employees.' and 'Korvik Bank employs 3,000 people in Norby.' by
# 'It employs 5,000 people in 12 countries.'; the false 'Korvik Bank has 5,000 employees in Norby.' is SUPPORTED by
# 'It has 5,000 employees worldwide, 3,000 of them in Norby.' Company and results copy gives the home country's head
# count beside the group's; a page's group total is no count of one country.
@pytest.mark.parametrize(
    ("told", "body"),
    [
        pytest.param(
            "It has 5,000 employees worldwide, 3,000 of them in Norby.",
            "Korvik Bank has 3,000 employees in Norby.",
            id="of-them-in-norby",
        ),
        pytest.param("It has 5,000 employees.", "Korvik Bank has 3,000 employees in Norby.", id="the-whole-only"),
        pytest.param(
            "It employs 5,000 people in 12 countries.",
            "Korvik Bank employs 3,000 people in Norby.",
            id="in-12-countries",
        ),
    ],
)
def test_r7_a_count_in_one_country_is_not_refuted_by_the_groups(told: str, body: str) -> None:
    found = _judged_whole(body, [_bank(told)], "quantity", "3,000", DAY)
    assert Verdict.CONTRADICTED not in found, found


def test_r7_the_groups_count_does_not_support_a_count_in_one_country() -> None:
    doc = _bank("It has 5,000 employees worldwide, 3,000 of them in Norby.")
    found = _judged_whole("Korvik Bank has 5,000 employees in Norby.", [doc], "quantity", "5,000", DAY)
    assert Verdict.SUPPORTED not in found, found


@pytest.mark.parametrize(
    ("told", "body", "verdict"),
    [
        pytest.param(
            "It has 3,000 employees in Norby.",
            "Korvik Bank has 3,000 employees in Norby.",
            Verdict.SUPPORTED,
            id="the-countrys-own",
        ),
        pytest.param(
            "It has 5,000 employees worldwide, 3,000 of them in Norby.",
            "Korvik Bank has 5,000 employees.",
            Verdict.SUPPORTED,
            id="the-groups-own",
        ),
    ],
)
def test_r7_twin_a_count_of_its_own_place_is_read(told: str, body: str, verdict: Verdict) -> None:
    assert _judged_whole(body, [_bank(told)], "quantity", "employees", DAY) == [verdict]


# R8 (main 3e6735f9, a deed dated by the year the article is written in: extraction drops 'last year' from the clause
# claim (no time; its words cut before it) and keeps 'this year' as a time the clause judge never reads as the
# article's year (`clause.judge._with_its_year` resolves a weekday, a day or a month, `_values` takes a time only with
# four digits; the date kind's dates.toml `years_told_after` knows both), so the deed is judged undated and any year's
# deed supports it): 'Korvik Bank acquired Tarsa Bank last year.' (an article of June 2024) is SUPPORTED ("states it")
# by 'In 2015 it acquired Tarsa Bank.'; so are 'Last year Korvik Bank acquired Tarsa Bank.', '... this year.' and
# 'Eva Lund joined the Norby Party last year.' by 'She joined the Norby Party in 1990.' Wire copy dates deeds so more
# than by the year written; 'on Monday' and 'in March' are read (unverified against 2015).
@pytest.mark.parametrize(
    ("doc", "body"),
    [
        pytest.param(
            _bank("In 2015 it acquired Tarsa Bank."), "Korvik Bank acquired Tarsa Bank last year.", id="last-year"
        ),
        pytest.param(
            _bank("In 2015 it acquired Tarsa Bank."), "Last year Korvik Bank acquired Tarsa Bank.", id="fronted"
        ),
        pytest.param(
            _bank("In 2015 it acquired Tarsa Bank."), "Korvik Bank acquired Tarsa Bank this year.", id="this-year"
        ),
        pytest.param(
            _lund("She joined the Norby Party in 1990."),
            "Eva Lund joined the Norby Party last year.",
            id="joined-last-year",
        ),
    ],
)
def test_r8_a_deed_of_another_year_does_not_support_last_years(doc: Document, body: str) -> None:
    found = _judged_whole(body, [doc], "clause", "Lund" if "Lund" in body else "Korvik Bank", DAY)
    assert Verdict.SUPPORTED not in found, found


@pytest.mark.parametrize(
    ("doc", "body"),
    [
        pytest.param(
            _bank("In 2023 it acquired Tarsa Bank."), "Korvik Bank acquired Tarsa Bank last year.", id="last-year"
        ),
        pytest.param(
            _bank("In 2024 it acquired Tarsa Bank."), "Korvik Bank acquired Tarsa Bank this year.", id="this-year"
        ),
    ],
)
def test_r8_twin_the_deed_of_that_year_is_supported(doc: Document, body: str) -> None:
    assert _judged_whole(body, [doc], "clause", "Korvik Bank", DAY) == [Verdict.SUPPORTED]


# R9 (main 3e6735f9, by design so far: the clause judge's `_values` takes an object only when it is a name or holds a
# capital, so a deed whose object is a post or a common noun has no checkable value and `sentence_findings` returns
# nothing; a true claim left unverified that the page states word for word): 'Eva Lund resigned as finance minister.'
# is unverified against 'She resigned as finance minister in December 2023.' and against 'She resigned as finance
# minister.' The wire's commonest deed; the twin, 'resigned as foreign minister', must stay unsupported.
@_open("R9 open: a deed whose object is a post ('resigned as finance minister') is never supported")
@pytest.mark.parametrize(
    "told",
    [
        pytest.param("She resigned as finance minister in December 2023.", id="dated-on-the-page"),
        pytest.param("She resigned as finance minister.", id="word-for-word"),
    ],
)
def test_r9_a_deed_on_a_post_stated_is_supported(told: str) -> None:
    found = _judged_whole("Eva Lund resigned as finance minister.", [_lund(told)], "clause", "resigned", DAY)
    assert found == [Verdict.SUPPORTED]


def test_r9_twin_a_deed_on_another_post_is_not_supported() -> None:
    doc = _lund("She resigned as finance minister in December 2023.")
    found = _judged_whole("Eva Lund resigned as foreign minister.", [doc], "clause", "resigned", DAY)
    assert Verdict.SUPPORTED not in found, found


# The day of an obituary: Monday 6 May 2024, Ivo Stam having died on Friday 3 May.
OBIT_DAY = dt.date(2024, 5, 6)


def _stam(told: str) -> Document:
    """Ivo Stam's invented page: a Norbian politician who died on 3 May 2024, with `told` after his lead."""
    return page("Ivo Stam", f"Ivo Stam (12 June 1941 – 3 May 2024) was a Norbian politician. {told}", SAVED)


TWO_SPELLS = "He was prime minister of Norby from 1990 to 1994 and again from 2000 to 2004."


# R10 (main 3e6735f9, `verify.kinds.duration.judge._tenure_in_sentences` reads each 'from X to Y' spell of the page's
# sentence on its own as the whole length held, never their sum; a false "contradicted" and a false "supported"):
# 'Ivo Stam, who led Norby for eight years, died on Friday.' and 'Ivo Stam served as prime minister for eight years.'
# are CONTRADICTED ("says from 1990 to 1994: about 4 years") by 'He was prime minister of Norby from 1990 to 1994 and
# again from 2000 to 2004.' (4 + 4 = 8: true), also with the two spells in two sentences; the false 'Ivo Stam served as
# prime minister for four years.' is SUPPORTED by the first spell. Obituaries and profiles total a leader's
# non-consecutive terms so.
@pytest.mark.parametrize(
    ("told", "body"),
    [
        pytest.param(TWO_SPELLS, "Ivo Stam, who led Norby for eight years, died on Friday.", id="led-for"),
        pytest.param(TWO_SPELLS, "Ivo Stam served as prime minister for eight years.", id="served-for"),
        pytest.param(
            "He was prime minister of Norby from 1990 to 1994. He was prime minister again from 2000 to 2004.",
            "Ivo Stam served as prime minister for eight years.",
            id="two-sentences",
        ),
    ],
)
def test_r10_two_spells_are_not_refuted_by_the_first(told: str, body: str) -> None:
    found = _judged_whole(body, [_stam(told)], "duration", "eight years", OBIT_DAY)
    assert Verdict.CONTRADICTED not in found, found


def test_r10_the_first_spell_does_not_support_its_length_as_the_whole() -> None:
    body = "Ivo Stam served as prime minister for four years."
    found = _judged_whole(body, [_stam(TWO_SPELLS)], "duration", "four years", OBIT_DAY)
    assert Verdict.SUPPORTED not in found, found


def test_r10_twin_one_spell_of_that_length_is_supported() -> None:
    doc = _stam("He was prime minister of Norby from 1990 to 1998.")
    found = _judged_whole("Ivo Stam served as prime minister for eight years.", [doc], "duration", "eight", OBIT_DAY)
    assert found == [Verdict.SUPPORTED]


# R11 (main 3e6735f9, an obituary's day of death; true claims left unverified, false ones not refuted): 'Ivo Stam died
# on 3 May 2024.' is unverified against the lead's life span '(12 June 1941 – 3 May 2024)' alone (the lead's death date
# serves ages at death, `verify.match.death_date`, not a claim of the day), and 'Ivo Stam died on 2 May 2024.' is not
# refuted by it; 'Ivo Stam died on Friday.' (an article of Monday 6 May) is unverified even against 'He died on 3 May
# 2024 in Korvik.', which supports 'died on 3 May' (extraction gives a weekday's death no date claim, and the clause
# judge's weekday reading, `_with_its_year`, does not reach it). An obituary's first line.
# (the lead's span mended by the lead in session 41: date `death_findings`; the weekday open)
@pytest.mark.parametrize(
    ("told", "body"),
    [
        pytest.param("", "Ivo Stam died on 3 May 2024.", id="the-leads-span"),
        pytest.param(
            "He died on 3 May 2024 in Korvik.",
            "Ivo Stam died on Friday.",
            id="a-weekday",
            marks=_open("R11 open: a death's day is not read off a weekday's"),
        ),
    ],
)
def test_r11_the_day_of_death_stated_is_supported(told: str, body: str) -> None:
    assert Verdict.SUPPORTED in _judged_whole(body, [_stam(told)], "clause", "died", OBIT_DAY)


# (mended by the lead in session 41: date `death_findings`)
def test_r11_another_day_of_death_is_refuted_by_the_leads_span() -> None:
    found = _judged_whole("Ivo Stam died on 2 May 2024.", [_stam("")], "clause", "died", OBIT_DAY)
    assert Verdict.CONTRADICTED in found, found


def test_r11_twin_the_day_written_on_the_page_is_supported() -> None:
    found = _judged_whole(
        "Ivo Stam died on 3 May.", [_stam("He died on 3 May 2024 in Korvik.")], "clause", "died", OBIT_DAY
    )
    assert found == [Verdict.SUPPORTED]


# R12 (main 3e6735f9, the clause judge's `_figure_said_of_another` weighs the noun and the setting a page figure hangs
# on ('of the vote', 'in the runoff'), not WHOSE it is; a false "supported"): 'Eva Lund won 52% of the vote in the 2019
# runoff.' is SUPPORTED ("states it") by 'In the 2019 runoff she won 48% of the vote against Ivo Stam's 52%.', by 'She
# won 48% of the vote to Ivo Stam's 52% in the 2019 runoff.' and by 'In the 2019 runoff she won 48% of the vote and
# Ivo Stam 52%.' (the quantity claim on the same words is rightly unverified); the figure told in its own clause
# ('..., while Ivo Stam won 52%') is read right. Election copy gives the loser's share beside the winner's so.
@pytest.mark.parametrize(
    "told",
    [
        pytest.param("In the 2019 runoff she won 48% of the vote against Ivo Stam's 52%.", id="against-his"),
        pytest.param("She won 48% of the vote to Ivo Stam's 52% in the 2019 runoff.", id="to-his"),
        pytest.param("In the 2019 runoff she won 48% of the vote and Ivo Stam 52%.", id="gapped"),
    ],
)
def test_r12_the_opponents_share_does_not_support(told: str) -> None:
    body = "Eva Lund won 52% of the vote in the 2019 runoff."
    found = _judged_whole(body, [_lund(told)], "clause", "52%", DAY)
    assert Verdict.SUPPORTED not in found, found


def test_r12_twin_her_own_share_is_supported() -> None:
    body = "Eva Lund won 52% of the vote in the 2019 runoff."
    doc = _lund("In the 2019 runoff she won 52% of the vote against Ivo Stam's 48%.")
    assert _judged_whole(body, [doc], "clause", "52%", DAY) == [Verdict.SUPPORTED]


def _dahl(told: str) -> Document:
    """Jon Dahl's invented page: a Norbian businessman, with `told` after his lead."""
    return page("Jon Dahl", f"Jon Dahl (born 1960) is a Norbian businessman. {told}", SAVED)


# R13 (main 3e6735f9, the clause judge's `_parties_swapped`: a party the page names that is neither of the claim's is
# read as someone else only as a PASSIVE page verb's agent (`_someone_else`, the doer), never as the one an active page
# verb acts on; `_done_by_someone_of_theirs` reads a relative only as the doer; a false "supported"): 'Jon Dahl was
# arrested in 2019.' is SUPPORTED ("states it") by 'In 2019 police arrested his son.' and by 'In 2019 police arrested
# Ivo Stam, his son.'; 'Jon Dahl was charged with fraud in 2019.' by 'In 2019 prosecutors charged his brother with
# fraud.'; 'Eva Lund was re-elected in 2019.' by 'In 2019 voters re-elected her husband.'; 'Eva Lund was appointed to
# the cabinet in 2019.' by 'In 2019 the prime minister appointed her husband to the cabinet.' Court, police and
# political copy tells what befell a relative on the person's own page so.
@pytest.mark.parametrize(
    ("doc", "body"),
    [
        pytest.param(_dahl("In 2019 police arrested his son."), "Jon Dahl was arrested in 2019.", id="his-son"),
        pytest.param(
            _dahl("In 2019 police arrested Ivo Stam, his son."), "Jon Dahl was arrested in 2019.", id="named-son"
        ),
        pytest.param(
            _dahl("In 2019 prosecutors charged his brother with fraud."),
            "Jon Dahl was charged with fraud in 2019.",
            id="his-brother",
        ),
        pytest.param(
            _lund("In 2019 voters re-elected her husband."), "Eva Lund was re-elected in 2019.", id="her-husband"
        ),
        pytest.param(
            _lund("In 2019 the prime minister appointed her husband to the cabinet."),
            "Eva Lund was appointed to the cabinet in 2019.",
            id="appointed-her-husband",
        ),
    ],
)
def test_r13_what_befell_another_does_not_support(doc: Document, body: str) -> None:
    found = _judged_whole(body, [doc], "clause", "2019", DAY)
    assert Verdict.SUPPORTED not in found, found


@pytest.mark.parametrize(
    ("doc", "body"),
    [
        pytest.param(_dahl("In 2019 police arrested him."), "Jon Dahl was arrested in 2019.", id="him"),
        pytest.param(
            _lund("In 2019 the prime minister appointed her to the cabinet."),
            "Eva Lund was appointed to the cabinet in 2019.",
            id="her",
        ),
    ],
)
def test_r13_twin_what_befell_them_is_supported(doc: Document, body: str) -> None:
    assert _judged_whole(body, [doc], "clause", "2019", DAY) == [Verdict.SUPPORTED]


# B1 (s41-fixr41 2ba49da2, `verify.kinds.clause.judge._undone`: a deed's infinitive under an aim noun of
# nonfactual.toml `aim_words` ('bid', 'talk', 'effort') is read as not done unless a `fulfilling_verbs` verb takes the
# noun ('complete', 'succeed in'); support lost): 'Korvik Bank acquired Tarsa Bank in 2015.' SUPPORTED on main by 'Its
# bid to acquire Tarsa Bank succeeded in 2015.', 'In 2015 it won its bid to acquire Tarsa Bank.' and 'In 2015 talks to
# acquire Tarsa Bank ended in a deal.', unverified on the branch; 'Korvik FC won the league in 2019.' by 'Its effort to
# win the league in 2019 succeeded.' too. A bid that succeeded, was won or ended in a deal is the deed done: takeover
# and sport copy tells the successful bids as often as the failed ones.
@pytest.mark.parametrize(
    ("doc", "body"),
    [
        pytest.param(
            _bank("Its bid to acquire Tarsa Bank succeeded in 2015."),
            "Korvik Bank acquired Tarsa Bank in 2015.",
            id="bid-succeeded",
        ),
        pytest.param(
            _bank("In 2015 it won its bid to acquire Tarsa Bank."),
            "Korvik Bank acquired Tarsa Bank in 2015.",
            id="won-its-bid",
        ),
        pytest.param(
            _bank("In 2015 talks to acquire Tarsa Bank ended in a deal."),
            "Korvik Bank acquired Tarsa Bank in 2015.",
            id="talks-ended-in-a-deal",
        ),
        pytest.param(
            _club("Its effort to win the league in 2019 succeeded."),
            "Korvik FC won the league in 2019.",
            id="effort-succeeded",
        ),
    ],
)
def test_b1_a_bid_that_succeeded_stays_supported(doc: Document, body: str) -> None:
    assert _judged_whole(body, [doc], "clause", "20", DAY) == [Verdict.SUPPORTED]


# R14 (main 3e6735f9, the clause judge's currency check, `_words_hold_in`: `_currencies(body) <= _currencies(sentence)`
# asks only that the claim's currency be written somewhere in the page sentence, not on the figure; a false
# "supported"): 'Korvik Bank made a net profit of 240 million euros in 2023.' is SUPPORTED ("states it") by 'In 2023 it
# made a net profit of 240 million kroner (about 22 million euros).' (the quantity claim on the same words is rightly
# CONTRADICTED, "another count, 22 million euros": the report gives one figure both verdicts). Pages of companies
# outside the euro area give the local sum with its conversion so; 'kroner' alone is read right (unverified).
# (mended by the lead in session 41: clause `_sums`)
def test_r14_a_sum_in_another_currency_does_not_support() -> None:
    body = "Korvik Bank made a net profit of 240 million euros in 2023."
    doc = _bank("In 2023 it made a net profit of 240 million kroner (about 22 million euros).")
    found = _judged_whole(body, [doc], "clause", "net profit", DAY)
    assert Verdict.SUPPORTED not in found, found


def test_r14_twin_the_converted_sum_is_supported() -> None:
    body = "Korvik Bank made a net profit of 22 million euros in 2023."
    doc = _bank("In 2023 it made a net profit of 240 million kroner (about 22 million euros).")
    assert _judged_whole(body, [doc], "clause", "net profit", DAY) == [Verdict.SUPPORTED]


# R15 (main 3e6735f9, the clause judge: the figure is found in the page sentence (`_holds`) whatever preposition ties it
# to the verb of change, so a level ('rose to 12%') and a change ('rose by 12%') state each other; review40 R6 mended
# the quantity kind's 'by', the clause kind never weighs it; a false "supported"): "Korvik Bank's market share rose to
# 12% in 2023." is SUPPORTED ("states it") by 'In 2023 its market share rose by 12%.'; "... rose by 12% ..." by '...
# rose to 12%.'; 'Unemployment in Korvik fell by 5% in 2023.' by 'In 2023 unemployment in Korvik fell to 5%.'
# Statistics, results and markets copy tells levels and changes in the same words.
# (mended by the lead in session 41: clause `_change_told_otherwise`)
@pytest.mark.parametrize(
    ("doc", "body"),
    [
        pytest.param(
            _bank("In 2023 its market share rose by 12%."),
            "Korvik Bank's market share rose to 12% in 2023.",
            id="to-by-by",
        ),
        pytest.param(
            _bank("In 2023 its market share rose to 12%."),
            "Korvik Bank's market share rose by 12% in 2023.",
            id="by-by-to",
        ),
        pytest.param(
            page("Korvik", "Korvik is a city in southern Norby. In 2023 unemployment in Korvik fell to 5%.", SAVED),
            "Unemployment in Korvik fell by 5% in 2023.",
            id="fell-by-by-to",
        ),
    ],
)
def test_r15_a_change_and_a_level_do_not_state_each_other(doc: Document, body: str) -> None:
    found = _judged_whole(body, [doc], "clause", "%", DAY)
    assert Verdict.SUPPORTED not in found, found


def test_r15_twin_the_level_itself_is_supported() -> None:
    body = "Korvik Bank's market share rose to 12% in 2023."
    assert _judged_whole(body, [_bank("In 2023 its market share rose to 12%.")], "clause", "%", DAY) == [
        Verdict.SUPPORTED
    ]


# B2 (s41-fixr41 2ba49da2, nonfactual.toml `refusing_verbs` gains 'abandon', 'scrap', 'call off', 'cancel' (review40
# R3's 'abandoned a planned merger'), and a deed's noun under them is read as never done, though the verb UNDOES a deed
# done as often as it gives up one planned; support lost): 'Jon Dahl was convicted of fraud in 2018.' SUPPORTED on main
# by 'His conviction for fraud in 2018 was cancelled by the Supreme Court in 2021.', unverified on the branch; 'Eva Lund
# was elected mayor of Korvik in 2019.' by 'Her election as mayor of Korvik in 2019 was cancelled by a court in 2020.'
# A quashed conviction or an annulled election was still handed down, still won (review40 B1's rejected appeal: still
# filed); only a deed told as planned ('a planned merger', 'plans to merge') is given up by 'abandon'.
@pytest.mark.parametrize(
    ("doc", "body"),
    [
        pytest.param(
            _dahl("His conviction for fraud in 2018 was cancelled by the Supreme Court in 2021."),
            "Jon Dahl was convicted of fraud in 2018.",
            id="conviction-cancelled",
        ),
        pytest.param(
            _lund("Her election as mayor of Korvik in 2019 was cancelled by a court in 2020."),
            "Eva Lund was elected mayor of Korvik in 2019.",
            id="election-cancelled",
        ),
    ],
)
def test_b2_a_deed_done_and_later_cancelled_stays_supported(doc: Document, body: str) -> None:
    assert _judged_whole(body, [doc], "clause", "20", DAY) == [Verdict.SUPPORTED]


def _norby(told: str) -> Document:
    """Norby's invented page: a country, with `told` after its lead."""
    return page("Norby", f"Norby is a country in northern Europe. {told}", SAVED)


# R16 (main 3e6735f9, R13's cause on the doer's side: `_parties_swapped` reads a third party as someone else only as a
# passive page verb's agent, so an ACTIVE page verb whose doer is another body or person supports the claim's subject,
# the sentence naming the subject only by a pronoun or possessive elsewhere or not at all; review40 R7's passive rows
# were mended, the active ones not): 'Eva Lund founded the Norby Party in 2019.' is SUPPORTED ("states it") by 'In 2019
# Ivo Stam founded the Norby Party, which she joined in 2021.'; 'Korvik Bank acquired Tarsa Bank in 2015.' by 'In 2015
# Halden Bank acquired Tarsa Bank, its main rival.'; 'Norby joined NATO in 2019.' by 'In 2019 Tarsa joined NATO.' (on
# Norby's page); 'Norby signed a trade agreement with Tarsa in 2019.' by 'In 2019 Tarsa signed a trade agreement with
# Halden.' Pages tell rivals', neighbours' and mentors' deeds beside their subject's so.
@pytest.mark.parametrize(
    ("doc", "body"),
    [
        pytest.param(
            _lund("In 2019 Ivo Stam founded the Norby Party, which she joined in 2021."),
            "Eva Lund founded the Norby Party in 2019.",
            id="founded-which-she-joined",
        ),
        pytest.param(
            _bank("In 2015 Halden Bank acquired Tarsa Bank, its main rival."),
            "Korvik Bank acquired Tarsa Bank in 2015.",
            id="a-rival-acquired",
        ),
        pytest.param(_norby("In 2019 Tarsa joined NATO."), "Norby joined NATO in 2019.", id="a-neighbour-joined"),
        pytest.param(
            _norby("In 2019 Tarsa signed a trade agreement with Halden."),
            "Norby signed a trade agreement with Tarsa in 2019.",
            id="a-neighbour-signed",
        ),
    ],
)
def test_r16_another_doers_deed_does_not_support(doc: Document, body: str) -> None:
    found = _judged_whole(body, [doc], "clause", "20", DAY)
    assert Verdict.SUPPORTED not in found, found


@pytest.mark.parametrize(
    ("doc", "body"),
    [
        pytest.param(
            _bank("In 2015 it acquired Tarsa Bank, its main rival."),
            "Korvik Bank acquired Tarsa Bank in 2015.",
            id="it-acquired",
        ),
        pytest.param(_norby("In 2019 it joined NATO."), "Norby joined NATO in 2019.", id="it-joined"),
    ],
)
def test_r16_twin_its_own_deed_is_supported(doc: Document, body: str) -> None:
    assert _judged_whole(body, [doc], "clause", "20", DAY) == [Verdict.SUPPORTED]


# R17 (main 3e6735f9, the clause judge finds the claim's object anywhere in the page sentence, `_holds`, here as the
# place another place lies near; and a visit told by its noun under 'planned' and 'cancelled' or 'called off' is read as
# made; a false "supported"): 'Eva Lund visited Tarsa in 2019.' is SUPPORTED ("states it") by 'In 2019 she visited
# Halden, near the border with Tarsa.', by 'In 2019 she cancelled a planned visit to Tarsa.' and by 'A planned visit to
# Tarsa in 2019 was called off.' (the last two read right on s41-fixr41 2ba49da2, whose `refusing_verbs` gain 'cancel'
# and 'call off'). Diplomatic and travel copy tells visits so.
@pytest.mark.parametrize(
    "told",
    [
        pytest.param(
            "In 2019 she visited Halden, near the border with Tarsa.",
            id="near-the-border",
        ),
        pytest.param(
            "In 2019 she cancelled a planned visit to Tarsa.",
            id="planned-visit-cancelled",
        ),
        pytest.param(
            "A planned visit to Tarsa in 2019 was called off.",
            id="planned-visit-called-off",
        ),
    ],
)
def test_r17_a_visit_elsewhere_or_called_off_does_not_support(told: str) -> None:
    found = _judged_whole("Eva Lund visited Tarsa in 2019.", [_lund(told)], "clause", "Tarsa", DAY)
    assert Verdict.SUPPORTED not in found, found


def test_r17_twin_the_visit_made_is_supported() -> None:
    found = _judged_whole(
        "Eva Lund visited Tarsa in 2019.", [_lund("In 2019 she visited Tarsa.")], "clause", "Tarsa", DAY
    )
    assert found == [Verdict.SUPPORTED]


def _climber(told: str) -> Document:
    """Nina Moe's invented page as a mountaineer, with `told` after her lead."""
    return page("Nina Moe", f"Nina Moe (born 1970) is a Norbian mountaineer. {told}", SAVED)


# R18 (main 3e6735f9, extraction cuts a first's claim before its infinitive ('Nina Moe was the first woman', no 'to
# climb Mount Korvik'), and the clause judge's `ordinal_findings` then reads the page's first of ANOTHER deed as the
# claim's; a false "supported" with a misreading shown): 'Nina Moe was the first woman to climb Mount Korvik.' is
# SUPPORTED ("says first woman to climb Mount Halden") by 'In 2001 she became the first woman to climb Mount Halden.';
# so is 'Nina Moe, the first woman to climb Mount Korvik, said on Monday.', and 'Eva Lund became the first Norbian
# leader to visit Tarsa in 2019.' by '... the first Norbian leader to visit Halden.' Profiles and obituaries are built
# on firsts; the report quotes the other mountain as the claim's.
@pytest.mark.parametrize(
    ("doc", "body"),
    [
        pytest.param(
            _climber("In 2001 she became the first woman to climb Mount Halden."),
            "Nina Moe was the first woman to climb Mount Korvik.",
            id="copula",
        ),
        pytest.param(
            _climber("In 2001 she became the first woman to climb Mount Halden."),
            "Nina Moe, the first woman to climb Mount Korvik, said on Monday.",
            id="apposition",
        ),
        pytest.param(
            _lund("In 2019 she became the first Norbian leader to visit Halden."),
            "Eva Lund became the first Norbian leader to visit Tarsa in 2019.",
            id="first-leader-to-visit",
        ),
    ],
)
def test_r18_a_first_of_another_deed_does_not_support(doc: Document, body: str) -> None:
    found = _judged_whole(body, [doc], "clause", "first", DAY)
    assert Verdict.SUPPORTED not in found, found


def test_r18_twin_the_same_first_is_supported() -> None:
    doc = _climber("In 2001 she became the first woman to climb Mount Korvik.")
    found = _judged_whole("Nina Moe was the first woman to climb Mount Korvik.", [doc], "clause", "first", DAY)
    assert found == [Verdict.SUPPORTED]


# R19 (main 3e6735f9, the clause judge finds the figure and the club each somewhere in the page sentence (`_holds`),
# never that the figure is the club's; a gapped second count ('and 5 for Korvik FC') is not read as the club's own; a
# false "supported"; extraction besides gives the quantity claim on '20 goals' the club as its owner, a misreading the
# report shows): 'Karl Moen has scored 20 goals for Korvik FC.' is SUPPORTED ("states it") by 'He has scored 20 goals
# for Halden FC and 5 for Korvik FC.'; 'Karl Moen has scored 20 goals for Norby.' by 'He has scored 20 goals for
# Korvik FC and 5 for Norby.' Every player's page counts goals and caps club by club, country apart, so.
@pytest.mark.parametrize(
    ("told", "body"),
    [
        pytest.param(
            "He has scored 20 goals for Halden FC and 5 for Korvik FC.",
            "Karl Moen has scored 20 goals for Korvik FC.",
            id="another-club",
        ),
        pytest.param(
            "He has scored 20 goals for Korvik FC and 5 for Norby.",
            "Karl Moen has scored 20 goals for Norby.",
            id="club-not-country",
        ),
    ],
)
def test_r19_a_figure_for_another_team_does_not_support(told: str, body: str) -> None:
    found = _judged_whole(body, [_moen(told)], "clause", "goals", DAY)
    assert Verdict.SUPPORTED not in found, found


def test_r19_twin_the_teams_own_figure_is_supported() -> None:
    doc = _moen("He has scored 20 goals for Halden FC and 5 for Korvik FC.")
    found = _judged_whole("Karl Moen has scored 20 goals for Halden FC.", [doc], "clause", "goals", DAY)
    assert found == [Verdict.SUPPORTED]


# B3 (s41-fixr41 fbbc75c4, `verify.kinds.clause.judge._names_placed_by_another_deed`: a name of the claim worded in the
# page sentence only as the place of another deed sets the support aside unless the relation's verb takes 'there';
# support lost): 'Eva Lund earned a PhD from Korvik University in 1995.' SUPPORTED on main by 'She studied law at Korvik
# University and earned a PhD from it in 1995.', by '... from the same university in 1995.' and by '... from the
# university in 1995.', unverified on the branch. A page points back at the place it has just named by a pronoun or a
# definite noun as often as by 'there'; only another name ('from Halden University', review39 R15) is another place.
@pytest.mark.parametrize(
    "back",
    [
        pytest.param("from it", id="from-it"),
        pytest.param("from the same university", id="the-same-university"),
        pytest.param("from the university", id="the-university"),
    ],
)
def test_b3_a_place_pointed_back_at_stays_supported(back: str) -> None:
    doc = _lund(f"She studied law at Korvik University and earned a PhD {back} in 1995.")
    found = _judged_whole("Eva Lund earned a PhD from Korvik University in 1995.", [doc], "clause", "PhD", DAY)
    assert found == [Verdict.SUPPORTED]


# Eva Lund's invented page with an infobox: Prime Minister of Norby since 3 May 2019.
LUND_PM = boxed(
    "Eva Lund",
    "Eva Lund (born 1968) is a Norbian politician.",
    [("office", "Prime Minister of Norby"), ("term_start", "3 May 2019"), ("predecessor", "Ana Ruiz")],
    SAVED,
)


# R20 (main 3e6735f9, extraction keeps 'current' in the role's value ('current prime minister'; 'incumbent' and
# 'sitting' are dropped), and the role judge's `_sibling_findings` then finds no listed office the same as 'current
# prime minister' and takes Prime Minister of Norby, the very office, for a sibling post held instead; a false
# "contradicted" saying the office she holds): 'The current prime minister, Eva Lund, said on Monday.' and 'Eva Lund,
# the current prime minister, said on Monday.' are CONTRADICTED ("lists Eva Lund's offices with terms; on 2024-06-01
# the office held was Prime Minister of Norby") by her infobox; 'The prime minister, Eva Lund', '... the incumbent prime
# minister' and '... the current mayor of Korvik' are SUPPORTED. The wire writes 'the current' daily.
# (mended by the lead in session 41: 'current' and 'present' are status words, judging.toml role.status_now)
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("The current prime minister, Eva Lund, said on Monday.", id="before-the-name"),
        pytest.param("Eva Lund, the current prime minister, said on Monday.", id="apposed"),
    ],
)
def test_r20_the_current_holder_is_supported(body: str) -> None:
    assert _judged_whole(body, [LUND_PM], "role", "Eva Lund", DAY) == [Verdict.SUPPORTED]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("The prime minister, Eva Lund, said on Monday.", id="the"),
        pytest.param("Eva Lund, the incumbent prime minister, said on Monday.", id="incumbent"),
    ],
)
def test_r20_twin_the_holder_without_current_is_supported(body: str) -> None:
    assert _judged_whole(body, [LUND_PM], "role", "Eva Lund", DAY) == [Verdict.SUPPORTED]


# R21 (main 3e6735f9, the clause judge's succession reading (`succession_findings`) sets the infobox's predecessor row
# against a claimed predecessor whom the page's own sentence names as the acting holder in between; a false
# "contradicted"): 'Eva Lund succeeded Ivo Stam as prime minister in 2019.' is CONTRADICTED ("names Ana Ruiz as
# predecessor in Prime Minister of Norby") though her page says 'In May 2019 she succeeded Ivo Stam, the acting prime
# minister after Ana Ruiz's resignation.' Infoboxes skip a caretaker; the wire names him as the one handed over from.
def test_r21_an_acting_predecessor_the_page_names_is_not_refuted() -> None:
    doc = LUND_PM.model_copy(
        update={
            "text": LUND_PM.text
            + " In May 2019 she succeeded Ivo Stam, the acting prime minister after Ana Ruiz's resignation."
        }
    )
    body = "Eva Lund succeeded Ivo Stam as prime minister in 2019."
    found = _judged_whole(body, [doc], "clause", "Ivo Stam", DAY)
    assert Verdict.CONTRADICTED not in found, found


def test_r21_twin_the_rows_predecessor_is_supported() -> None:
    body = "Eva Lund succeeded Ana Ruiz as prime minister in 2019."
    assert _judged_whole(body, [LUND_PM], "clause", "Ana Ruiz", DAY) == [Verdict.SUPPORTED]


# N4 (main 3e6735f9, the CLI's terminal output: a failed write to standard output, a full disk or device, ENOSPC, is
# caught as a bug): `verify check seeds/nato-defense-chiefs.txt --out DIR > /dev/full` writes its reports, then exits 3
# with "internal error (OSError: [Errno 28] No space left on device); please report it", though the README gives exit 2
# to "a usage, input or output error (one line on stderr)" and the same failure on GITHUB_STEP_SUMMARY is one line,
# exit 2 ("cannot append the job summary (No space left on device)"). A CI log volume that fills up sends the desk a bug
# report for its own disk.
@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs Linux's /dev/full")
def test_n4_a_full_standard_output_is_an_output_error(tmp_path) -> None:
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "verify", "check", SEED, "--out", str(tmp_path / "r")],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=300,
            check=False,
        )
    assert done.returncode == 2 and "internal error" not in done.stderr, done.stderr


def test_n4_twin_a_full_job_summary_is_an_output_error(tmp_path, monkeypatch) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("needs Linux's /dev/full")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", "/dev/full")
    result = _run("check", SEED, "--format", "github", "--out", str(tmp_path / "r"), "--quiet")
    assert result.exit_code == 2 and len(_errors(result)) == 1, result.stderr


# Eva Lund's invented page: leader of the Norby Party until 20 March 2024, prime minister since 2019 (and still).
LEADER_ENDED = boxed(
    "Eva Lund",
    "Eva Lund (born 1968) is a Norbian politician.",
    [
        ("office", "Leader of the Norby Party"),
        ("term_start", "1 March 2017"),
        ("term_end", "20 March 2024"),
        ("office2", "Prime Minister of Norby"),
        ("term_start2", "3 May 2019"),
    ],
    SAVED,
)


# B4 (s41-fcc41 4c36a033, first seen in its working tree at 19:17; the date judge's 'stepped down' read as leaving
# office (judging.toml `leaves_office`) dates the step-down by ANY office's term end: a false "supported"): 'Eva Lund
# stepped down as prime minister on 20 March.' (an article of 22 March 2024; she stepped down as party leader and is
# still prime minister) is SUPPORTED on the branch, clause and date ("dates the end of Leader of the Norby Party to 20
# March 2024"), unverified on main. A leader who gives up one of two posts is the commonest step-down there is.
@pytest.mark.parametrize("kind", ["clause", "date"])
def test_b4_the_end_of_another_post_does_not_date_a_step_down(kind: str) -> None:
    body = "Eva Lund stepped down as prime minister on 20 March."
    found = _judged_whole(body, [LEADER_ENDED], kind, "20 March", dt.date(2024, 3, 22))
    assert Verdict.SUPPORTED not in found, found


# Pages whose lead states the person's post, for R22 and B5.
STRIKER = page(
    "Karl Moen",
    "Karl Moen (born 1990) is a Norbian footballer who plays as a striker for Korvik FC. He scored twice in the 2019 "
    "final.",
    SAVED,
)
PROFESSOR = page(
    "Nina Moe",
    "Nina Moe (born 1970) is a Norbian chemist and professor at Korvik University. In 2019 she won the Korvik Prize.",
    SAVED,
)
LEADER = page(
    "Eva Lund",
    "Eva Lund (born 1968) is a Norbian politician and the leader of the Norby Party. She won the 2019 election.",
    SAVED,
)


# R22 (main 3e6735f9, the role kind: a post the lead gives in other words than the article's is not read: 'the
# leader of the Norby Party' for 'Norby Party leader', 'plays as a striker for Korvik FC' for 'Korvik FC striker',
# 'chemist and professor at Korvik University' for 'a professor at Korvik University'; true claims left unverified):
# 'Norby Party leader Eva Lund won the 2019 election.', 'Eva Lund, the Norby Party leader, ...', 'Korvik FC striker
# Karl Moen scored ...' and 'Nina Moe, a professor at Korvik University, won ...' give role claims unverified against
# leads that state the post. Every wire story titles its people so.
@_open("R22 open: a post the page's lead states in other words is unverified")
@pytest.mark.parametrize(
    ("doc", "body"),
    [
        pytest.param(LEADER, "Norby Party leader Eva Lund won the 2019 election.", id="party-leader-before-name"),
        pytest.param(LEADER, "Eva Lund, the Norby Party leader, won the 2019 election.", id="party-leader-apposed"),
        pytest.param(STRIKER, "Korvik FC striker Karl Moen scored twice in the 2019 final.", id="club-striker"),
        pytest.param(
            PROFESSOR, "Nina Moe, a professor at Korvik University, won the Korvik Prize in 2019.", id="professor-at"
        ),
    ],
)
def test_r22_a_post_the_lead_states_is_supported(doc: Document, body: str) -> None:
    assert _judged_whole(body, [doc], "role", doc.title.split()[0], DAY) == [Verdict.SUPPORTED]


# B5 (s41-fcc41's working tree at 19:22, not in its commit 4c36a033: `verify.judge._with_its_posts_stated`: a wide
# clause supported on its deed is re-decided without that support when a role claim inside its words is not supported;
# support lost wherever the role kind misses a post the page states, R22 and R20): 'Korvik FC striker Karl Moen scored
# twice in the 2019 final.', 'Nina Moe, a professor at Korvik University, won the Korvik Prize in 2019.' (the posts in
# the pages' leads) and 'Eva Lund, the current prime minister, won the 2019 election.' (her infobox) are SUPPORTED on
# main, unverified on the branch. The clause's post is stated; the role kind's reading of it is what fails.
@pytest.mark.parametrize(
    ("doc", "body", "words"),
    [
        pytest.param(STRIKER, "Korvik FC striker Karl Moen scored twice in the 2019 final.", "scored", id="striker"),
        pytest.param(
            PROFESSOR,
            "Nina Moe, a professor at Korvik University, won the Korvik Prize in 2019.",
            "won",
            id="professor",
        ),
        pytest.param(
            LUND_PM.model_copy(update={"text": LUND_PM.text + " She won the 2019 election."}),
            "Eva Lund, the current prime minister, won the 2019 election.",
            "won",
            id="current-prime-minister",
        ),
    ],
)
def test_b5_a_clause_whose_post_the_page_states_stays_supported(doc: Document, body: str, words: str) -> None:
    assert _judged_whole(body, [doc], "clause", words, DAY) == [Verdict.SUPPORTED]
