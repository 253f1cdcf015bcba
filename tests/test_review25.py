"""Findings of review25 (session 25). B-items: plain tests that pass on main and fail on the branch named (merging it
without a fix turns them red); each is written so the helper can copy it beside the fix. R-items are strict xfails
for what is open on main (and on the branches reviewed). Invented people, countries and pages
(`tests/support/judging.py`); each claim is judged with the fields extraction gives its words."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from tests.support.judging import boxed, page, verdict
from tests.support.ruiz import RUIZ
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.kinds import binding
from verify.models import Document, Verdict

AS_OF = dt.date(2024, 1, 10)
SAVED = dt.datetime(2024, 5, 1, tzinfo=dt.UTC)


def _open(reason: str) -> pytest.MarkDecorator:
    """An R-item's strict xfail: what is still open on main and on the branches reviewed."""
    return pytest.mark.xfail(strict=True, reason=reason)


def _judged(body: str, docs: list[Document], kinds: tuple[str, ...] = ()) -> dict[str, Verdict]:
    """Each claim extraction gives for `body` (of the kinds asked, else all), judged against `docs` alone, by its
    words."""
    claims = extract_claims(article_from_text(f"Norby news\n\n{body}\n", as_of=AS_OF))
    return {c.text: verdict(c, docs, AS_OF).verdict for c in claims if not kinds or c.kind in kinds}


def _never(outcome: Verdict, body: str, docs: list[Document], kinds: tuple[str, ...] = ()) -> None:
    """Extraction gives `body` some claim of the kinds asked, and none of them is judged `outcome` against `docs`."""
    found = _judged(body, docs, kinds)
    assert found, "no claim extracted"
    assert outcome not in found.values(), found


# Mira Stal's invented page: sentences that tell two events, each with its own day, one of them set before the verb.
STAL = page(
    "Mira Stal",
    "Mira Stal (born 1962) is a Vestrian judge. Appointed on 10 January 2022, she took office as chief justice on 1 "
    "March 2022. On 3 May 2019, after her election as president of the bar on 2 April 2019, she was sworn in as judge.",
    SAVED,
)


def _durations(body: str) -> list[tuple[str, str]]:
    """The (subject, words) of each duration claim extraction gives for `body`."""
    claims = extract_claims(article_from_text(f"Norby news\n\n{body}\n", as_of=AS_OF))
    return [(c.subject, c.text) for c in claims if c.kind == "duration"]


# B1-B9 (regressions found on this session's branches, each fixed before or at its merge) live beside their fixes:
# tests/test_date25_review.py (B1-B4, B6, B7, B9), tests/test_ext25_measured_things.py (B5), tests/test_sib25_offices.py
# (B8). R1 (closed by s25-open25) lives in tests/test_open25.py.


# R2 (main bee4186, verify/kinds/clause/judge.py `_term_span` and the office terms it is judged by): a bare 'member of
# parliament' is dated by the one seat row listed ('Member of Parliament for Halden', from 2014), so 'was a member of
# parliament from 2010' and 'has been a member of parliament since 2010' are CONTRADICTED though the page's lead says
# she was first elected to parliament in 2010 (for Tarsa). B1 is date25's 'became' form of the same reading.
@_open("R2 open: a bare seat in the house is dated by one constituency's row")
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz was a member of parliament from 2010.", id="from"),
        pytest.param("Ana Ruiz has been a member of parliament since 2010.", id="since"),
    ],
)
def test_r2_membership_of_the_house_is_not_bounded_by_one_seats_row(body: str) -> None:
    _never(Verdict.CONTRADICTED, body, [RUIZ], ("clause", "date"))


# R3 (main bee4186, the role judge's reading of a lead sentence's qualifiers): fs24 decided that how a post is held
# is no other post (offices.stopgaps: a status row 'Acting' leaves the bare title open, neither side), but the lead
# sentence 'has served as acting Governor of the Norby Reserve Bank since December 2023' CONTRADICTS 'Tom Berg, the
# governor of the Norby Reserve Bank' ('holds the office with acting'), while the same page with only the status row
# leaves it unverified. News calls an acting governor the governor; the deputy twin stays contradicted.
BERG_ACTING = page(
    "Tom Berg",
    "Tom Berg (born 1970) is a Norbian economist who has served as acting Governor of the Norby Reserve Bank since "
    "December 2023.",
    SAVED,
)


@_open("R3 open: a lead sentence's stopgap word refutes the bare title it qualifies")
def test_r3_the_leads_acting_holder_is_not_refuted_as_the_bare_title() -> None:
    _never(Verdict.CONTRADICTED, "Tom Berg, the governor of the Norby Reserve Bank, spoke.", [BERG_ACTING], ("role",))


def test_r3_twin_the_deputy_title_stays_refuted() -> None:
    found = _judged("Tom Berg, the deputy governor of the Norby Reserve Bank, spoke.", [BERG_ACTING], ("role",))
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


# R4 (main bee4186, verify/kinds/clause/judge.py `_term_sentences`, the office's words asked of a page sentence with
# a spell): 'Tom Berg has been the minister for European affairs since 2023' and '... minister for Nordic cooperation
# since 2023' are SUPPORTED by 'has been Minister of Foreign Affairs since 2023' (another ministry; the infobox row of
# the same page makes the role claim of the same words contradicted). The words of a portfolio that are a region's
# adjective ('European', 'Nordic') or not in the sentence ('cooperation') are not asked. False supported on main and
# on s25-sib25 6ecee3e; 'minister of culture since 2023' stays unverified.
BERG_FOREIGN = page(
    "Tom Berg",
    "Tom Berg (born 1970) is a Norbian politician who has been Minister of Foreign Affairs since 2023.",
    SAVED,
)


# Closed by s26-open26: the clause's object cut at its head noun ('the minister') is read with the 'for' or 'of' words
# the claim writes after it (`_post_in_full`).
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Tom Berg has been the minister for European affairs since 2023.", id="european-affairs"),
        pytest.param("Tom Berg has been minister for Nordic cooperation since 2023.", id="nordic-cooperation"),
    ],
)
def test_r4_another_ministrys_spell_does_not_support_the_portfolio(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [BERG_FOREIGN], ("clause",))


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Tom Berg has been the minister for foreign affairs since 2023.", id="for-foreign-affairs"),
        pytest.param("Tom Berg has been Minister of Foreign Affairs since 2023.", id="of-foreign-affairs"),
    ],
)
def test_r4_twin_the_ministrys_own_spell_supports_it(body: str) -> None:
    found = _judged(body, [BERG_FOREIGN], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R5 (main bee4186, the date judge's day near the claim's verb in a sentence of two events): the day of the other
# event decides: 'was sworn in as judge on 2 April 2019' is SUPPORTED by 'On 3 May 2019, after her election as
# president of the bar on 2 April 2019, she was sworn in as judge' (2 April is the bar election), and 'was appointed
# chief justice on 1 March 2022' by 'Appointed on 10 January 2022, she took office as chief justice on 1 March 2022'
# (1 March is the taking of office). False supported on main and on s25-date25 949684b.
# Closed by s26-open26: a date in a clause opened by a word telling another event ('after her election ...') is no
# date a phrase outside it borrows (binding.bound), and a verb whose own clause is dated takes no other clause's date
# (the date judge's `_dates_given_to`).
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Mira Stal was sworn in as judge on 2 April 2019.", id="bar-election-day"),
        pytest.param("Mira Stal was appointed chief justice on 1 March 2022.", id="day-of-taking-office"),
    ],
)
def test_r5_another_events_day_does_not_support_the_claim(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [STAL], ("date",))


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Mira Stal took office as chief justice on 1 March 2022.", id="day-of-taking-office"),
        pytest.param("Mira Stal was sworn in as judge on 3 May 2019.", id="opening-day-past-an-aside"),
    ],
)
def test_r5_twin_the_events_own_day_supports_it(body: str) -> None:
    found = _judged(body, [STAL], ("date",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


def _minister(row: str) -> Document:
    """Tom Berg's invented page: one ministry held since 15 September 2023, its title as the infobox writes it."""
    return boxed(
        "Tom Berg",
        "Tom Berg (born 1970) is a Norbian politician.",
        [("office", row), ("term_start", "15 September 2023")],
        SAVED,
    )


# One ministry written two ways (a row's title, the news's short form): the same post, which lexicon data
# (offices.toml `ministries` phrases) does not yet say.
R6_OPEN = _open("R6 open: a ministry the row names otherwise (treasury/finance)")
SAME_MINISTRY = [
    pytest.param("Minister of Home Affairs", "interior minister", id="home-affairs-interior"),
    pytest.param("Minister of the Interior", "home minister", id="interior-home"),
    pytest.param("Minister of External Affairs", "foreign minister", id="external-affairs-foreign"),
    pytest.param("Minister of the Treasury", "finance minister", id="treasury-finance", marks=R6_OPEN),
]


# R6 (main bee4186, the role judge's office terms): the role claims of the same words are CONTRADICTED on main ('on
# 2024-01-10 the office held was Minister of Home Affairs'), the same ministry not being known under both names.
# 'Minister of External Affairs' mended by fc35 (session 35: offices.toml `own_names`, India's name of its foreign
# ministry); the others are the same ministry in some countries only, which `own_names` would have to say by country.
@pytest.mark.parametrize(("row", "post"), SAME_MINISTRY)
def test_r6_a_ministry_named_otherwise_does_not_refute_the_role(row: str, post: str) -> None:
    _never(Verdict.CONTRADICTED, f"Tom Berg has been {post} since 2023.", [_minister(row)], ("role",))


# R7 (main bee4186, both judges): a junior post SUPPORTS the ministry it serves: 'Tom Berg has been foreign minister
# since 2023' (role and clause claims) is supported by the row 'Minister of State for Foreign Affairs'. A Minister
# of State is a junior minister under the foreign minister, as a deputy is. False supported on main and s25-sib25.
# Closed by s26-open26: 'minister of state' is a junior post's phrase (judging.toml offices.other_post_phrases), which
# offices.same_office and the clause judge's `_within_another_post` compare as they compare qualifiers.
@pytest.mark.parametrize(
    ("row", "post"),
    [
        pytest.param("Minister of State for Foreign Affairs", "foreign minister", id="for"),
        pytest.param("Minister of State at the Department of Finance", "finance minister", id="at"),
    ],
)
def test_r7_a_minister_of_state_is_not_the_minister(row: str, post: str) -> None:
    _never(Verdict.SUPPORTED, f"Tom Berg has been {post} since 2023.", [_minister(row)])


# The same junior post told in the lead's sentence instead of an infobox row.
BERG_STATE = page(
    "Tom Berg",
    "Tom Berg (born 1970) is a Norbian politician who has been Minister of State for Foreign Affairs since 2023.",
    SAVED,
)


def test_r7_the_leads_minister_of_state_is_not_the_minister() -> None:
    _never(Verdict.SUPPORTED, "Tom Berg has been foreign minister since 2023.", [BERG_STATE])


@pytest.mark.parametrize(
    ("body", "docs"),
    [
        pytest.param(
            "Tom Berg has been foreign minister since 2023.", [_minister("Minister of Foreign Affairs")], id="row"
        ),
        pytest.param(
            "Tom Berg has been Minister of State for Foreign Affairs since 2023.",
            [_minister("Minister of State for Foreign Affairs")],
            id="junior-row",
        ),
        pytest.param("Tom Berg has been Minister of State for Foreign Affairs since 2023.", [BERG_STATE], id="lead"),
        pytest.param(
            "Tom Berg has been foreign minister since 2023.",
            [_minister("Minister of State and Foreign Affairs")],
            id="senior-minister-of-state-and-the-portfolio",
        ),
    ],
)
def test_r7_twin_the_post_itself_is_supported(body: str, docs: list[Document]) -> None:
    found = _judged(body, docs)
    assert set(found.values()) == {Verdict.SUPPORTED}, found


def test_r7_twin_a_junior_post_held_beside_the_ministry_leaves_its_spell() -> None:
    """The lead's 'minister' stands once outside the junior post's phrase: the foreign ministry's own spell."""
    both = page(
        "Tom Berg",
        "Tom Berg (born 1970) is a Norbian politician who has been Minister of Foreign Affairs and Minister of State "
        "for Nordic Cooperation since 2023.",
        SAVED,
    )
    found = _judged("Tom Berg has been foreign minister since 2023.", [both], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R8 (main bee4186, the duration reader of a held thing, verify/lexicons/counted.toml `held`): a person's age before a
# noun that merely begins with a held thing's word is read as that thing's length: 'a 61-year-old banker' gives the
# duration claim '61-year-old ban' (subject 'ban'), 'a 50-year-old dealer' '50-year-old deal', 'a 38-year-old
# contractor' '38-year-old contract' (new extras, and a claim cut inside a word). A held thing is a whole word.
# Closed by s26-open26: the thing a length is read of (verify/extract/patterns.py DURATION_ADJ) ends a word.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Tom Berg, a 61-year-old banker, resigned.", id="banker"),
        pytest.param("Ana Ruiz, a 50-year-old dealer, was arrested.", id="dealer"),
        pytest.param("Ana Ruiz, a 38-year-old contractor, was hired.", id="contractor"),
    ],
)
def test_r8_an_age_gives_no_length_to_part_of_a_word(body: str) -> None:
    assert _durations(body) == []


@pytest.mark.parametrize(
    ("body", "found"),
    [
        pytest.param("Ana Ruiz received a two-year ban in 2022.", ("Ana Ruiz", "two-year ban"), id="ban"),
        pytest.param("Ana Ruiz is serving a 10-year sentence.", ("Ana Ruiz", "10-year sentence"), id="sentence"),
        pytest.param("The club signed two five-year contracts.", ("contract", "five-year contract"), id="plural"),
    ],
)
def test_r8_twin_a_held_things_length_is_still_read(body: str, found: tuple[str, str]) -> None:
    assert found in _durations(body)


def test_r5_twin_a_date_past_a_relative_is_still_not_borrowed() -> None:
    """Beside R5's event clauses: a date past a relative's opening word is another person's, as before."""
    text = "She became deputy governor, succeeding Tom Berg, who had served since 2019."
    at = text.lower().index("deputy governor")
    assert binding.bound((at, at + len("deputy governor")), text, re.compile(r"\b(?:19|20)\d\d\b")) == []
