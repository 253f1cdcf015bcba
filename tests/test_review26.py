"""Findings of review26 (session 26), as rows the desk would meet: a true sentence and, where it helps, its
one-fact-false twin, extracted from an invented article and judged against invented pages
(`tests/support/judging.py`) with the fields extraction gives its words. R-items are strict xfails for what is
open on main; a B-item (a regression found on a branch) is a plain test that passes on main. The list with its
status is /work/briefs26/review26-findings.md."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, judged_body, page
from tests.support.ruiz import RUIZ
from verify.models import Document, Verdict

AS_OF = dt.date(2024, 1, 10)
SAVED = dt.datetime(2024, 5, 1, tzinfo=dt.UTC)


def _open(reason: str) -> pytest.MarkDecorator:
    """An R-item's strict xfail: what is still open on main."""
    return pytest.mark.xfail(strict=True, reason=reason)


def _judged(body: str, docs: list[Document], kinds: tuple[str, ...] = (), day: dt.date = AS_OF) -> dict[str, Verdict]:
    """Each claim extraction gives for `body` (of the kinds asked, else all) in an article of `day`, judged against
    `docs` alone, keyed by its kind and words (a role claim and a clause claim may have the same words)."""
    return {f"{c.kind}: {c.text}": v for c, v in judged_body(body, docs, day) if not kinds or c.kind in kinds}


def _never(
    outcome: Verdict, body: str, docs: list[Document], kinds: tuple[str, ...] = (), day: dt.date = AS_OF
) -> None:
    """Extraction gives `body` (an article of `day`) some claim of the kinds asked, and none of them is judged
    `outcome` against `docs`."""
    found = _judged(body, docs, kinds, day)
    assert found, "no claim extracted"
    assert outcome not in found.values(), found


# Eva Holm's invented page: a mayoralty told in the lead as a span of years, 1998 to 2022 (24 years), no infobox.
HOLM = page(
    "Eva Holm",
    "Eva Holm (born 1960) is a Norbian politician. She was mayor of Korvik from 1998 to 2022.",
    SAVED,
)


# R1 (main e6f8636, verify/kinds/duration/judge.py `_tenure_in_sentences`): a length with a lower bound or a round
# figure is read as exact against a span a page sentence gives: 'for more than 20 years' and 'for over two decades'
# are CONTRADICTED by 'from 1998 to 2022' (24 years), while the infobox path (`_fits`) supports the same lengths
# against the same term written as rows.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Eva Holm was mayor of Korvik for more than 20 years.", id="more-than"),
        pytest.param("Eva Holm was mayor of Korvik for over two decades.", id="over-two-decades"),
    ],
)
def test_r1_a_bounded_length_fits_a_longer_span(body: str) -> None:
    _never(Verdict.CONTRADICTED, body, [HOLM], ("duration",))


def test_r1_twin_a_bound_the_span_does_not_reach_stays_refuted() -> None:
    found = _judged("Eva Holm was mayor of Korvik for more than 30 years.", [HOLM], ("duration",))
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


# R2 (main e6f8636, the role judge's reading of a relative clause): 'Ana Ruiz, who served as finance minister from
# 2021 to 2023, spoke' gives one role claim whose words hold the spell, and it is SUPPORTED by the row's end alone
# ('term ended 14 February 2023'), though the term began in 2022; the main clause 'Ana Ruiz served as finance
# minister from 2021 to 2023' is contradicted (role and clause claims). The spell in the claim's own words is not
# read. Fixed on s27-fs27: a span of years right after the office, ending the claim's words, is the claim's own.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz, who served as finance minister from 2021 to 2023, spoke.", id="from-to"),
        pytest.param("Ana Ruiz, who served as finance minister between 2021 and 2023, spoke.", id="between"),
    ],
)
def test_r2_a_wrong_spell_in_a_relative_clause_is_not_supported(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [RUIZ])


def test_r2_twin_the_terms_own_years_in_a_relative_clause_are_supported() -> None:
    found = _judged("Ana Ruiz, who served as finance minister from 2022 to 2023, spoke.", [RUIZ], ("role",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


def test_r2_twin_the_main_clause_spell_is_refuted() -> None:
    found = _judged("Ana Ruiz served as finance minister from 2021 to 2023.", [RUIZ])
    assert Verdict.CONTRADICTED in found.values(), found
    assert Verdict.SUPPORTED not in found.values(), found


def _numbered(row: str) -> Document:
    """Ana Ruiz's invented page as Estonia's 12th prime minister (a real country, so its adjective is known); the
    page says nothing of how many women or party members held the post before her."""
    return boxed(
        "Ana Ruiz",
        "Ana Ruiz (born 1 January 1975) is a politician serving as the 12th Prime Minister of Estonia since 14 "
        "February 2023.",
        [("office", row), ("term_start", "14 February 2023"), ("predecessor", "Ivo Stam")],
        SAVED,
    )


# R3 (main e6f8636, the role judge's ordinal): the rank among the post's women is read as the post's own number:
# 'Ana Ruiz, Estonia's second female prime minister' is CONTRADICTED by the row '12th Prime Minister of Estonia'
# ('on 2024-01-10 the office held was 12th Prime Minister of Estonia'). News numbers the women, or the holders from a
# party or a region, apart from the post's list; the page says nothing of them.
@_open("R3 open: 'second female prime minister' refuted by the office's own number (12th)")
def test_r3_the_rank_among_women_is_not_the_posts_number() -> None:
    _never(
        Verdict.CONTRADICTED,
        "Ana Ruiz, Estonia's second female prime minister, spoke.",
        [_numbered("12th Prime Minister of Estonia")],
        ("role", "clause"),
    )


# R4 (main e6f8636, extraction cuts the ordinal's restriction, both judges refute the cut words): 'Ana Ruiz, the first
# prime minister from the Centre Party, spoke' gives the role claim 'Ana Ruiz, the first prime minister' and the
# clause 'is the first prime minister', both CONTRADICTED by the row '12th Prime Minister of Estonia'. The first from
# a party is not the first of the post.
@_open("R4 open: 'the first prime minister from the Centre Party' cut to 'the first prime minister' and refuted")
def test_r4_the_first_from_a_party_is_not_the_posts_first() -> None:
    _never(
        Verdict.CONTRADICTED,
        "Ana Ruiz, the first prime minister from the Centre Party, spoke.",
        [_numbered("12th Prime Minister of Estonia")],
        ("role", "clause"),
    )


def test_r3_r4_twin_the_posts_own_wrong_number_stays_refuted() -> None:
    found = _judged(
        "Ana Ruiz, the eleventh prime minister of Estonia, spoke.", [_numbered("12th Prime Minister of Estonia")]
    )
    assert Verdict.CONTRADICTED in found.values(), found


# The Nordic Defence Union's invented page: nine members today, five founders in 1991.
UNION = page(
    "Nordic Defence Union",
    "The Nordic Defence Union is a military alliance of 9 member states. It was founded in 1991 by 5 states.",
    SAVED,
)


# R5 (main e6f8636, the quantity judge's counted whole): the count of an organisation's founders is read as its
# members' count today: 'The Nordic Defence Union was founded by five countries in 1991' is CONTRADICTED by 'a
# military alliance of 9 member states' (as 'NATO was founded by 12 countries' would be by its 32 members), and its
# false twin 'founded by nine countries' is SUPPORTED by the same nine.
# Mended in session 42 (the lead's reading of a founding head count, review42 R2).
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("The Nordic Defence Union was founded by five countries in 1991.", id="founded-by"),
        pytest.param("Five countries founded the Nordic Defence Union in 1991.", id="founded"),
    ],
)
def test_r5_the_founders_count_is_not_the_members_count(body: str) -> None:
    _never(Verdict.CONTRADICTED, body, [UNION], ("quantity",))


# Mended (fsb36 b64f04da, review35 R6's reading: a page's figure told in the present supports none told of 1991).
def test_r5_a_wrong_founders_count_is_not_supported_by_the_members() -> None:
    _never(Verdict.SUPPORTED, "The Nordic Defence Union was founded by nine countries in 1991.", [UNION], ("quantity",))


def test_r5_twin_the_members_count_today_is_still_judged() -> None:
    found = _judged("The Nordic Defence Union now has 12 members.", [UNION], ("quantity",))
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


# R6 (main e6f8636, the role judge's time of a title before a name): a title in a sentence its opening date sets in
# the past is judged as of the article's day: 'In 2022, Finance Minister Ana Ruiz signed the deal' is CONTRADICTED by
# the row's end (14 February 2023), though she held the post in 2022. The set reads a title by its sentence's time
# ('under President Guillermo Endara' for 1993, pa-2024-07-02, supported); a title that fits the sentence's own date is
# no refutation.
@_open("R6 open: a title before a name in a sentence dated to when it was held is refuted as of the article's day")
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("In 2022, Finance Minister Ana Ruiz signed the deal.", id="in-2022"),
        pytest.param("On 5 May 2022, Finance Minister Ana Ruiz signed the deal.", id="on-5-may-2022"),
    ],
)
def test_r6_a_title_the_sentences_date_fits_is_not_refuted(body: str) -> None:
    _never(Verdict.CONTRADICTED, body, [RUIZ], ("role",))


def test_r6_twin_a_title_never_held_stays_refuted() -> None:
    found = _judged("In 2022, Foreign Minister Ana Ruiz signed the deal.", [RUIZ], ("role",))
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


# R7 (main e6f8636, the clause judge's spell start): a part of a year ('late 2023', 'late 2022') is read as the whole
# year: 'Ana Ruiz has been prime minister since late 2023' and 'Ana Ruiz was finance minister from late 2022 to early
# 2023' are SUPPORTED by terms that began on 14 February 2023 and 1 March 2022 (early in those years). Late is the
# year's last months (the fourth quarter, or its second half at the widest); the start given to the day is not in it.
# Fixed on s27-fs27: a part of a year narrows the spell's start and end to its months (verify/lexicons/dates.toml
# year_parts, at their widest), against the term's rows and the page's sentences alike.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz has been prime minister since late 2023.", id="since-late"),
        pytest.param("Ana Ruiz was finance minister from late 2022 to early 2023.", id="from-late"),
    ],
)
def test_r7_late_in_a_year_is_not_its_early_months(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [RUIZ], ("clause",))


def test_r7_late_in_a_year_is_not_a_start_the_lead_gives_in_february() -> None:
    # her page without its rows: the lead's 'Prime Minister of Norby since 14 February 2023' alone
    lead = page("Ana Ruiz", RUIZ.text, SAVED)
    _never(Verdict.SUPPORTED, "Ana Ruiz has been prime minister since late 2023.", [lead], ("clause",))


def test_r7_twin_early_in_the_year_fits_the_leads_february_start() -> None:
    lead = page("Ana Ruiz", RUIZ.text, SAVED)
    found = _judged("Ana Ruiz has been prime minister since early 2023.", [lead], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz has been prime minister since early 2023.", id="since-early"),
        pytest.param("Ana Ruiz was finance minister from early 2022 to early 2023.", id="from-early"),
    ],
)
def test_r7_twin_early_in_the_year_stays_supported(body: str) -> None:
    found = _judged(body, [RUIZ], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R8 (main e6f8636, the clause judge's succession read from the predecessor's side): 'Lena Vos handed over to Ana
# Ruiz in February 2023' is SUPPORTED by 'Predecessor: Lena Vos' though that row is of the finance ministry, taken up
# on 1 March 2022; in February 2023 it was Ivo Stam who handed the premiership over. The successor's side of the same
# event, 'Ana Ruiz took over from Lena Vos in February 2023', is contradicted by that term's start: the date is read
# on one side only.
def test_r8_a_handover_is_dated_by_the_term_it_ends() -> None:
    _never(Verdict.SUPPORTED, "Lena Vos handed over to Ana Ruiz in February 2023.", [RUIZ], ("clause",))


def test_r8_twin_the_right_handover_stays_supported() -> None:
    found = _judged("Ivo Stam handed over to Ana Ruiz in February 2023.", [RUIZ], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


BEFORE_HANDOVER = dt.date(2023, 2, 10)  # a Friday; Ana Ruiz took office as prime minister on Tuesday 14 February 2023
AFTER_HANDOVER = dt.date(2023, 2, 16)  # the Thursday after


# R9 (main e6f8636, the role judge on a future taking up): 'Ana Ruiz will be sworn in as prime minister next week',
# written four days before she took office, gives the role claim 'Ana Ruiz will be sworn in as prime minister',
# CONTRADICTED: 'says Ana Ruiz takes it up only on 2023-02-14, after 2023-02-10'. The judge knows the taking up is
# after the article's day (it supports 'the incoming prime minister' on the same row) but reads 'will be sworn in'
# as held now. Also 'Finance Minister Ana Ruiz, who will be sworn in as prime minister next week'.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz will be sworn in as prime minister next week.", id="main-clause"),
        pytest.param(
            "Finance Minister Ana Ruiz, who will be sworn in as prime minister next week, spoke.", id="relative"
        ),
    ],
)
def test_r9_a_taking_up_still_to_come_is_not_refuted(body: str) -> None:
    _never(Verdict.CONTRADICTED, body, [RUIZ], ("role",), BEFORE_HANDOVER)


def test_r9_twin_the_incoming_holder_is_supported() -> None:
    found = _judged("Ana Ruiz, the incoming prime minister, spoke.", [RUIZ], ("role",), BEFORE_HANDOVER)
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R10 (main e6f8636, a role claim's words carry the day of taking office, and nothing checks it): written on Thursday
# 16 February 2023, 'Ana Ruiz was sworn in as prime minister on Monday' (she was sworn in on Tuesday the 14th) gives one
# claim, the role claim of those very words, SUPPORTED by the holding alone ('says Ana Ruiz holds it'); 'took office as
# prime minister on February 12' is the same (its date claim 'February 12' unverified). An editor reads a wrong day
# marked supported.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz was sworn in as prime minister on Monday.", id="weekday"),
        pytest.param("Ana Ruiz took office as prime minister on February 12.", id="month-day"),
    ],
)
def test_r10_a_wrong_day_in_the_claims_words_is_not_supported(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [RUIZ], ("role", "date", "clause"), AFTER_HANDOVER)


def test_r10_twin_the_right_day_is_supported() -> None:
    found = _judged("Ana Ruiz was sworn in as prime minister on Tuesday.", [RUIZ], ("role",), AFTER_HANDOVER)
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# Jon Dahl's invented page: one tournament won in 2019, his first major in 2022.
DAHL = page(
    "Jon Dahl",
    "Jon Dahl (born 1990) is a Norbian golfer. He won the Korvik Open in 2019. He won his first major, the Dalby "
    "Championship, in 2022.",
    SAVED,
)


# R11 (main e6f8636, the clause judge's object): an object told by a possessive and an ordinal ('his first major') is
# not asked of the page sentence: 'Jon Dahl won his first major in 2019' is SUPPORTED by 'He won the Korvik Open in
# 2019' (the verb and the year agree; no word says the Korvik Open is a major, and the page dates his first major to
# 2022), while 'won the Dalby Championship in 2019' stays unverified. Fixed on s27-fs27: an object numbered by an
# ordinal wants a sentence giving the same number with the same noun.
def test_r11_the_object_of_an_ordinal_is_asked() -> None:
    _never(Verdict.SUPPORTED, "Jon Dahl won his first major in 2019.", [DAHL], ("clause",))


def test_r11_twin_the_first_major_in_its_year_is_supported() -> None:
    found = _judged("Jon Dahl won his first major in 2022.", [DAHL], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R12 (main e6f8636, the clause judge's succession post): a post said of the predecessor, after his name, is read as
# the post of the succession: 'Ana Ruiz succeeded Ivo Stam, who had been finance minister' and '... Ivo Stam, a former
# finance minister' are CONTRADICTED ('names Lena Vos as predecessor in Minister of Finance'), though Ivo Stam is her
# predecessor as prime minister; even 'a veteran of the finance ministry' does it. 'Ana Ruiz succeeded Ivo Stam' is
# supported.
@_open("R12 open: the predecessor's own former post, told after his name, taken as the post succeeded to")
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz succeeded Ivo Stam, who had been finance minister.", id="relative"),
        pytest.param("Ana Ruiz succeeded Ivo Stam, a former finance minister.", id="apposition"),
        pytest.param("Ana Ruiz succeeded Ivo Stam, a veteran of the finance ministry.", id="ministry"),
    ],
)
def test_r12_the_predecessors_own_post_is_not_the_succession(body: str) -> None:
    _never(Verdict.CONTRADICTED, body, [RUIZ], ("clause",))


def test_r12_twin_the_bare_succession_is_supported() -> None:
    found = _judged("Ana Ruiz succeeded Ivo Stam.", [RUIZ], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# Karl Lind's and Mia Berg's invented pages: each holds a post of a country not their own (a Swedish coach of Norway's
# national team; a Finnish head of Estonia's central bank, as Canadians and Americans have governed other countries'
# central banks).
COACH = page(
    "Karl Lind",
    "Karl Lind (born 1968) is a Swedish football manager who has been the head coach of the Norway national team since "
    "2022.",
    SAVED,
)
DIPLOMAT = page(
    "Eva Holm",
    "Eva Holm (born 1965) is a Danish-born British diplomat who has served as the British ambassador to France since "
    "2021.",
    SAVED,
)
BANKER = boxed(
    "Mia Berg",
    "Mia Berg (born 1970) is a Finnish economist who has been the managing director of the Bank of Estonia since 2020.",
    [("office", "Managing Director of the Bank of Estonia"), ("term_start", "2020")],
    SAVED,
)


# R13 (main e6f8636, the role judge's nationality): the country whose post it is, said before the post, is read as
# the holder's nationality: 'Karl Lind, Norway's head coach' and 'Estonian central bank chief Mia Berg' are
# CONTRADICTED ("gives Karl Lind's country as Sweden"). Norway's coach is the coach of Norway's team, whoever he is.
# (the possessive coach mended by s39-fcc39 with review38 R8: judging.toml [role] team_or_company_posts)
@pytest.mark.parametrize(
    ("body", "docs"),
    [
        pytest.param("Karl Lind, Norway's head coach, spoke.", [COACH], id="possessive-coach"),
        pytest.param(
            "Estonian central bank chief Mia Berg spoke.",
            [BANKER],
            id="adjective-bank",
            marks=_open("R13 open: 'Estonian central bank chief' read as the holder's nationality"),
        ),
    ],
)
def test_r13_the_posts_country_is_not_the_holders_nationality(body: str, docs: list[Document]) -> None:
    _never(Verdict.CONTRADICTED, body, docs, ("role",))


# Guards for branches that read a country in an office as a nationality (s26-way26's country_as_nationality, seen
# uncommitted): passing on main, the same posts written 'of Norway' and 'of the Bank of Estonia', and a Danish-born
# British ambassador's title, must stay unrefuted.
@pytest.mark.parametrize(
    ("body", "docs"),
    [
        pytest.param("Karl Lind, the head coach of Norway, spoke.", [COACH], id="of-country"),
        pytest.param("Norway coach Karl Lind spoke.", [COACH], id="country-first"),
        pytest.param("Mia Berg, the managing director of the Bank of Estonia, spoke.", [BANKER], id="of-the-bank"),
        pytest.param("The British ambassador, Eva Holm, spoke.", [DIPLOMAT], id="born-elsewhere"),
    ],
)
def test_r13_guard_a_post_of_another_country_is_not_refuted(body: str, docs: list[Document]) -> None:
    _never(Verdict.CONTRADICTED, body, docs, ("role",))


def test_r13_twin_a_wrong_nationality_stays_refuted() -> None:
    found = _judged("Norwegian economist Mia Berg spoke.", [BANKER], ("role",))
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


def _portfolio(row: str) -> Document:
    """Tom Berg's invented page with one ministry held since 15 September 2023, as the infobox titles it."""
    return boxed(
        "Tom Berg",
        "Tom Berg (born 1970) is a Portuguese politician.",
        [("office", row), ("term_start", "15 September 2023")],
        SAVED,
    )


# Guard for branches that read 'minister of state' as a junior post's phrase (s26-open26, review25 R7, seen
# uncommitted): Portugal's foreign minister is titled 'Minister of State and Foreign Affairs' (a senior minister,
# 'of State' a rank of the cabinet, not a junior's post 'for' a portfolio). Supported on main; must stay so.
def test_guard_a_senior_minister_of_state_and_a_portfolio_is_its_minister() -> None:
    found = _judged(
        "Tom Berg has been foreign minister since 2023.", [_portfolio("Minister of State and Foreign Affairs")]
    )
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# R14 (main e6f8636 and s26-open26 2d008ae, the clause judge's spell of a seat): the constituency the claim names is
# not asked: 'Ana Ruiz has been a member of parliament for Tarsa since 2014' is SUPPORTED by the row 'Member of
# Parliament for Halden' from 2014 ('gives the terms of it as 1 January 2014 – present'); Tarsa was her seat from
# 2010, Halden's since 2014. The role claim of the same words stays unverified. Fixed on s27-fs27: the support came
# from the lead's 'elected to parliament in 2010, as a member for Tarsa, and has represented Halden since 2014',
# whose words were read as one post for the 2014 spell; a clause joined by ', and' with a verb of its own now
# names the spell after it alone.
def test_r14_another_constituencys_seat_does_not_support() -> None:
    _never(Verdict.SUPPORTED, "Ana Ruiz has been a member of parliament for Tarsa since 2014.", [RUIZ], ("clause",))


def test_r14_twin_the_seat_held_is_supported() -> None:
    found = _judged("Ana Ruiz has been a member of parliament for Halden since 2014.", [RUIZ], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


def _alliance(members: int) -> Document:
    """The Nordic Defence Union's invented page, with the count of its members."""
    return page(
        "Nordic Defence Union", f"The Nordic Defence Union is a military alliance of {members} member states.", SAVED
    )


# R15 (main e6f8636, the quantity judge's whole count): a part of the members, told as 'N of the union's 32 members',
# is judged as the union's whole count: 'Only 23 of the Nordic Defence Union's 32 members meet the spending target'
# gives '23' CONTRADICTED ('gives a different count, 32 member states') beside '32 members' supported; the real shape
# is NATO's spending target ('only 23 of NATO's 32 members'). A count before 'of the X's members' is a part.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Only 23 of the Nordic Defence Union's 32 members meet the spending target.", id="of-32"),
        pytest.param("Eight of the Nordic Defence Union's members met on Monday.", id="of-its-members"),
    ],
)
def test_r15_a_part_of_the_members_is_not_the_whole(body: str) -> None:
    _never(Verdict.CONTRADICTED, body, [_alliance(32)], ("quantity",))


def test_r15_twin_the_wrong_whole_beside_a_part_stays_refuted() -> None:
    found = _judged("Only 23 of the Nordic Defence Union's 30 members meet the spending target.", [_alliance(32)])
    assert found.get("quantity: 30 members") == Verdict.CONTRADICTED, found


# R16 (main e6f8636, the count's number): 'two dozen members' is read as 2 ('val 2'), so it is CONTRADICTED by 24
# member states; a dozen multiplies.
def test_r16_two_dozen_is_twenty_four() -> None:
    _never(
        Verdict.CONTRADICTED,
        "The Nordic Defence Union, which has two dozen members, met on Monday.",
        [_alliance(24)],
        ("quantity",),
    )


# Lena Vos's invented page: prime minister twice, each spell with its own number (22nd from 2005, 24th from 2014), in
# an 'order' row beside each office row.
VOS = boxed(
    "Lena Vos",
    "Lena Vos (born 1960) is a Norbian politician.",
    [
        ("office", "Prime Minister of Norby"),
        ("order", "24th"),
        ("term_start", "1 June 2014"),
        ("term_end", "2 July 2019"),
        ("office2", "Prime Minister of Norby"),
        ("order2", "22nd"),
        ("term_start2", "3 May 2005"),
        ("term_end2", "4 April 2009"),
    ],
    SAVED,
)


# R17 (main e6f8636, the clause judge's spell of a numbered post): the number is not matched to the spell: 'Lena Vos
# served as Norby's 24th prime minister from 2005 to 2009' is SUPPORTED ('gives the terms of it as 1 June 2014 – 2
# July 2019; 3 May 2005 – 4 April 2009'), though the 2005 spell is numbered the 22nd (the 24th began in 2014). The
# same with one row '22nd and 24th Prime Minister of Norby', where the role claim is contradicted and the clause
# supported. Fixed on s27-fs27: the claimed number must be the spell's own (its order row, or its office row's one
# number); a row of two numbers ties neither to a spell.
@pytest.mark.parametrize(
    "doc",
    [
        pytest.param(VOS, id="order-rows"),
        pytest.param(
            boxed(
                "Lena Vos",
                "Lena Vos (born 1960) is a Norbian politician.",
                [
                    ("office", "22nd and 24th Prime Minister of Norby"),
                    ("term_start", "1 June 2014"),
                    ("term_end", "2 July 2019"),
                    ("term_start2", "3 May 2005"),
                    ("term_end2", "4 April 2009"),
                ],
                SAVED,
            ),
            id="one-row-two-numbers",
        ),
        pytest.param(
            page(
                "Lena Vos",
                "Lena Vos (born 1960) is a Norbian politician who served as the 22nd prime minister of Norby from "
                "2005 to 2009.",
                SAVED,
            ),
            id="lead-sentence",
        ),
    ],
)
def test_r17_the_spells_number_is_its_own(doc: Document) -> None:
    # the sentence's other clause claim, 'Norby's 24th prime minister', is true of her 2014 spell
    found = _judged("Lena Vos served as Norby's 24th prime minister from 2005 to 2009.", [doc], ("clause",))
    spell = {words: v for words, v in found.items() if "from 2005" in words}
    assert spell, found
    assert Verdict.SUPPORTED not in spell.values(), found


def test_r17_twin_the_spells_own_number_is_supported() -> None:
    found = _judged("Lena Vos served as Norby's 22nd prime minister from 2005 to 2009.", [VOS], ("clause",))
    assert Verdict.SUPPORTED in found.values(), found
    assert Verdict.CONTRADICTED not in found.values(), found


# R18 (main e6f8636, the role judge's nationality read off the lead): in 'a Danish-born British diplomat' (the common
# lead shape 'Hungarian-born American financier') the birthplace's demonym is taken as the nationality: 'British
# diplomat Eva Holm' is CONTRADICTED ("gives Eva Holm's country as Denmark") and 'Danish diplomat Eva Holm' SUPPORTED.
# Fixed on s27-fs27: a demonym joined to 'born' (or 'raised', 'bred') is the origin, the one after it the nationality;
# a claim of the origin's country is neither supported nor refuted (the person may hold both).
def test_r18_the_born_demonym_is_not_the_nationality() -> None:
    _never(Verdict.CONTRADICTED, "British diplomat Eva Holm spoke.", [DIPLOMAT], ("role",))


def test_r18_twin_the_nationality_after_the_origin_is_supported() -> None:
    found = _judged("British diplomat Eva Holm spoke.", [DIPLOMAT], ("role",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


def test_r18_the_birthplace_does_not_support_the_nationality() -> None:
    _never(Verdict.SUPPORTED, "Danish diplomat Eva Holm spoke.", [DIPLOMAT], ("role",))


def test_r18_the_birthplace_does_not_refute_the_nationality_either() -> None:
    _never(Verdict.CONTRADICTED, "Danish diplomat Eva Holm spoke.", [DIPLOMAT], ("role",))


def test_r18_twin_a_third_country_is_refuted() -> None:
    found = _judged("French diplomat Eva Holm spoke.", [DIPLOMAT], ("role",))
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


# Tom Berg's invented page: deputy prime minister and finance minister since 2022; deputy trade minister before,
# told in the lead and in a row.
DEPUTY = boxed(
    "Tom Berg",
    "Tom Berg (born 1970) is a Norbian politician who has served as Deputy Prime Minister and Minister of Finance "
    "since 2022. He was Deputy Minister of Trade from 2015 to 2018.",
    [
        ("office", "Deputy Prime Minister of Norby"),
        ("term_start", "1 March 2022"),
        ("office2", "Minister of Finance"),
        ("term_start2", "1 March 2022"),
        ("office3", "Deputy Minister of Trade"),
        ("term_start3", "2015"),
        ("term_end3", "2018"),
    ],
    SAVED,
)


# R19 (main e6f8636, the clause judge's spell told in a lead sentence): a deputy's spell supports the minister's: 'Tom
# Berg was trade minister from 2015 to 2018' is SUPPORTED by 'He was Deputy Minister of Trade from 2015 to 2018' ('says
# from 2015 to 2018'); the role claim of the same words stays unverified. Session 25's B9 made such a spell no
# refutation of the post; it still supports it. Fixed on s27-fs27: a spell whose post carries another qualifier
# (deputy, vice, acting) than the claimed office is that other post's.
def test_r19_a_deputys_spell_does_not_support_the_ministers() -> None:
    _never(Verdict.SUPPORTED, "Tom Berg was trade minister from 2015 to 2018.", [DEPUTY], ("clause",))


def test_r19_twin_a_ministers_spell_told_beside_a_deputys_post_is_supported() -> None:
    # the lead alone, no rows: 'Deputy Prime Minister and Minister of Finance since 2022' words the minister's spell
    lead = page("Tom Berg", DEPUTY.text, SAVED)
    found = _judged("Tom Berg has been finance minister since 2022.", [lead], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


def test_r19_twin_the_deputys_own_spell_is_supported() -> None:
    found = _judged("Tom Berg was deputy trade minister from 2015 to 2018.", [DEPUTY], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# Ana Ruiz's invented page, quoting her predecessor and then her.
QUOTED = page(
    "Ana Ruiz",
    'Ana Ruiz (born 1975) is a Norbian politician. In 2023 her predecessor Ivo Stam said Norby had "no money left to '
    'spend". Ruiz replied that the country was "not broke".',
    SAVED,
)


# R20 (main e6f8636, verify/kinds/quote/judge.py `ties_to_speaker`): words are tied to a speaker by the page they are
# on or by the speaker's name anywhere in the sentence or the one before, not by who the sentence says spoke them: 'Ana
# Ruiz said Norby had "no money left to spend"' is SUPPORTED by her own page's 'her predecessor Ivo Stam said Norby had
# "no money left to spend"', and 'Ivo Stam insisted the country was "not broke"' by 'Ruiz replied that the country was
# "not broke"' (Stam named in the sentence before). A misattributed quote is the error a desk most needs caught.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param('Ana Ruiz said Norby had "no money left to spend".', id="own-page-another-speaker"),
        pytest.param('Ivo Stam insisted the country was "not broke".', id="named-in-the-sentence-before"),
    ],
)
def test_r20_words_another_said_are_not_the_speakers(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [QUOTED], ("quote",))


def test_r20_twin_the_speakers_own_words_are_supported() -> None:
    found = _judged('Ivo Stam said Norby had "no money left to spend".', [QUOTED], ("quote",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# Ivo Stam's invented page: prime minister from 2015 until 14 February 2023.
STAM = boxed(
    "Ivo Stam",
    "Ivo Stam (born 1955) is a Norbian politician who served as Prime Minister of Norby from 2015 to 2023.",
    [
        ("office", "Prime Minister of Norby"),
        ("term_start", "3 March 2015"),
        ("term_end", "14 February 2023"),
        ("successor", "Ana Ruiz"),
    ],
    SAVED,
)


# R21 (main e6f8636, the role judge's apposition with an end): 'Ivo Stam, prime minister until 2023, spoke' and 'Ivo
# Stam, Norby's prime minister until last year, spoke' give the role claim 'Ivo Stam, prime minister' CONTRADICTED
# ("term ended on 2023-02-14"): the end the apposition gives is not read, and the post is taken as held on the
# article's day. 'prime minister from 2015 to 2023' and 'prime minister until February' are supported.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ivo Stam, prime minister until 2023, spoke.", id="until-year"),
        pytest.param("Ivo Stam, Norby's prime minister until last year, spoke.", id="until-last-year"),
    ],
)
def test_r21_an_apposition_with_its_end_is_a_past_holding(body: str) -> None:
    _never(Verdict.CONTRADICTED, body, [STAM], ("role",))


def test_r21_an_apposition_ended_by_a_later_post_is_a_past_holding() -> None:
    found = _judged("Ana Ruiz, finance minister until she became prime minister, spoke.", [RUIZ], ("role",))
    assert found.get("role: Ana Ruiz, finance minister") != Verdict.CONTRADICTED, found


def test_r21_twin_a_bare_apposition_is_refuted_after_the_end() -> None:
    found = _judged("Ivo Stam, the prime minister, spoke.", [STAM], ("role",))
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


# R22 (main e6f8636, the role judge on a negated apposition): 'Ana Ruiz, no longer finance minister, spoke' gives the
# role claim 'holds office: no longer finance minister', CONTRADICTED ('on 2024-01-10 the office held was Prime Minister
# of Norby'), though she left the finance ministry in February 2023. The same words as a clause ('Ana Ruiz is no longer
# finance minister') stay unverified.
def test_r22_no_longer_is_not_a_post_held() -> None:
    _never(Verdict.CONTRADICTED, "Ana Ruiz, no longer finance minister, spoke.", [RUIZ], ("role",))


# R23 (main e6f8636, the role judge's office words at a sentence's start): 'Newly appointed Prime Minister Ana Ruiz
# spoke' and 'Newly elected Prime Minister Ana Ruiz spoke' are CONTRADICTED by the very office she holds ('on
# 2023-02-16 the office held was Prime Minister of Norby'): the capitalised 'Newly appointed' is read as part of the
# office's name. 'Recently appointed Prime Minister Ana Ruiz' and 'The newly appointed prime minister, Ana Ruiz' are
# supported.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Newly appointed Prime Minister Ana Ruiz spoke.", id="appointed"),
        pytest.param("Newly elected Prime Minister Ana Ruiz spoke.", id="elected"),
    ],
)
def test_r23_newly_appointed_is_no_part_of_the_office(body: str) -> None:
    _never(Verdict.CONTRADICTED, body, [RUIZ], ("role",), AFTER_HANDOVER)


def test_r23_twin_recently_appointed_is_supported() -> None:
    found = _judged("Recently appointed Prime Minister Ana Ruiz spoke.", [RUIZ], ("role",), AFTER_HANDOVER)
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# Eva Holm's invented page with her mayoralty as rows, 2011 to 2022.
MAYOR = boxed(
    "Eva Holm",
    "Eva Holm (born 1960) is a Norbian politician.",
    [("office", "Mayor of Korvik"), ("term_start", "2011"), ("term_end", "2022")],
    SAVED,
)


# R24 (main e6f8636, the role claim of a term's end): 'Eva Holm ended her term as mayor of Korvik in 2022' gives the
# role claim 'holds office: mayor of Korvik', CONTRADICTED by the very end it tells ("term ended on 2022-01-01"); also
# 'ended her tenure as', 'ended her decade-long tenure as'. Ending a term is no holding on the article's day.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Eva Holm ended her term as mayor of Korvik in 2022.", id="term"),
        pytest.param("Eva Holm ended her decade-long tenure as mayor of Korvik in 2022.", id="tenure"),
    ],
)
def test_r24_ending_a_term_is_no_holding(body: str) -> None:
    _never(Verdict.CONTRADICTED, body, [MAYOR], ("role",))
