"""Issue 15 (session 24, fs24): judge precision. True claims an article may write in other words than the page
(an acting spell's start, a term's last day, a deputy sworn in as the head) are never contradicted, and a post is
never the post of a body named after its place. Invented people and pages (`tests/support/judging.py`); each claim
has the fields extraction gives its words."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed
from tests.test_fs23_other_office import RUIZ_TWO_PRESIDENCIES, _judged
from verify.models import Verdict
from verify.offices import said_in_full, stopgap_spell_of

AS_OF = dt.date(2024, 4, 1)

# --- a post is not the post of a body named after its place (review23 R1's siblings) ---------------------------------


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Tom Ruiz has been president of Norby since 1 May 2021.", id="date-claim"),
        # the sentence beside another one makes it a clause claim, judged by the clause judge's terms
        pytest.param(
            "Tom Ruiz has been president of Norby since 1 May 2021. Ruiz has led the Norby Party since 1 May 2021.",
            id="clause-claim",
        ),
    ],
)
def test_the_countrys_presidency_is_dated_by_its_own_row(body: str) -> None:
    """'president of Norby' is begun 10 June 2019 by 'President of Norby', never by 'President of the Norby
    Party' (begun 1 May 2021), whose 'Party' the claim does not say."""
    found = {
        text: seen for text, seen in _judged(body, [RUIZ_TWO_PRESIDENCIES], AS_OF).items() if "Norby since" in text
    }
    assert found, "no claim on the day"
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


def test_the_partys_leadership_is_still_dated_by_the_partys_row() -> None:
    """The control: a claim naming the party is the party's post, begun 1 May 2021."""
    body = "Tom Ruiz has been president of Norby since 10 June 2019. Ruiz has led the Norby Party since 1 May 2021."
    found = _judged(body, [RUIZ_TWO_PRESIDENCIES], AS_OF)
    assert Verdict.CONTRADICTED not in found.values(), found
    assert Verdict.SUPPORTED in found.values(), found


@pytest.mark.parametrize(
    ("claimed", "offices", "kept"),
    [
        ("president of Norby", ["President of Norby", "President of the Norby Party"], {"President of Norby"}),
        # shorter words than every office: all stay (the claim may be either)
        ("president", ["President of Norby", "President of the Norby Party"], None),
        # one office: always kept
        ("president of Norby", ["President of the Norby Party"], None),
        # a body the claim names by its initials is said whole (the tuning rewording 'has led the CDU since')
        (
            "has led the CDU since",
            ["Leader of the Christian Democratic Union", "Leader of the CDU/CSU in the Bundestag"],
            None,
        ),
        # words left out that name no other body keep the office (review24 B1)
        ("finance minister", ["Minister of Finance and Economic Planning", "Minister of Finance"], None),
    ],
)
def test_said_in_full(claimed: str, offices: list[str], kept: set[str] | None) -> None:
    assert said_in_full(claimed, offices) == (set(offices) if kept is None else kept)


# --- an acting spell's start is a taking of office ----------------------------------------------------------------

VOS = boxed(
    "Lena Vos",
    "Lena Vos (born 3 May 1970) is a Vestrian economist.",
    [("office", "Acting Governor of the Central Bank of Vestria"), ("term_start", "1 September 2021"),
     ("term_end", "28 February 2022"), ("office2", "Governor of the Central Bank of Vestria"),
     ("term_start2", "1 March 2022")],
    saved=dt.datetime(2023, 4, 1, tzinfo=dt.UTC),
)  # fmt: skip
VOS_DAY = dt.date(2023, 5, 1)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("Lena Vos took office on 1 September 2021.", {Verdict.SUPPORTED}, id="took-office"),
        pytest.param(
            "Lena Vos, the governor of the central bank, took office on 1 September 2021.",
            {Verdict.SUPPORTED},
            id="took-office-after-aside",
        ),
        pytest.param("Lena Vos has led the central bank since 1 September 2021.", {Verdict.SUPPORTED}, id="led-since"),
        pytest.param(
            "Lena Vos first took office as acting governor on 1 September 2021.",
            {Verdict.SUPPORTED},
            id="took-office-as-acting",
        ),
        # controls: another day is still contradicted, and a swearing-in as governor is not the acting spell's
        pytest.param("Lena Vos took office on 2 September 2021.", {Verdict.CONTRADICTED}, id="another-day"),
        pytest.param(
            "Lena Vos has led the central bank since 2 September 2021.", {Verdict.CONTRADICTED}, id="since-another-day"
        ),
    ],
)
def test_an_acting_spells_start_is_a_taking_of_office(body: str, expected: set[Verdict]) -> None:
    """Acting governor from 1 September 2021, governor from 1 March 2022: she took office, and has led the bank,
    from the acting spell's first day; the full term's start does not refute it."""
    found = {text: seen for text, seen in _judged(body, [VOS], VOS_DAY).items() if "2021" in text or "acting" in text}
    assert found, "no claim on the day"
    assert set(found.values()) == expected, found


def test_a_swearing_in_as_governor_is_not_the_acting_spells_start() -> None:
    found = _judged("Lena Vos was sworn in as governor of the central bank on 1 September 2021.", [VOS], VOS_DAY)
    assert Verdict.SUPPORTED not in found.values(), found


@pytest.mark.parametrize(
    ("spell", "office", "expected"),
    [
        ("Acting Governor of the Bank", "13th Governor of the Bank", True),
        ("Governor of the Bank (interim)", "Governor of the Bank", True),
        ("Deputy Governor of the Bank", "Governor of the Bank", False),
        ("Acting Chairman of the Bank", "Governor of the Bank", False),
        ("Acting Governor of the Bank", "Acting Governor of the Bank", False),
    ],
)
def test_stopgap_spell_of(spell: str, office: str, expected: bool) -> None:
    assert stopgap_spell_of(spell, office) is expected


# --- a term's last day, and the post left by a step the sentence tells --------------------------------------------

DEPUTY_THEN_GOVERNOR = boxed(
    "Lena Vos",
    "Lena Vos (born 3 May 1970) is a Vestrian economist.",
    [("office", "Deputy Governor of the Central Bank of Vestria"), ("term_start", "1 March 2018"),
     ("term_end", "31 March 2023"), ("office2", "Governor of the Central Bank of Vestria"),
     ("term_start2", "1 April 2023")],
    saved=dt.datetime(2023, 4, 1, tzinfo=dt.UTC),
)  # fmt: skip
STEP = "Lena Vos, the deputy governor of the central bank, was sworn in as governor on 1 April 2023."


def _role(body: str, as_of: dt.date) -> Verdict:
    """The verdict on the role claim naming the deputy's post (the shortest claim holding its words)."""
    found = {t: v for t, v in _judged(body, [DEPUTY_THEN_GOVERNOR], as_of).items() if "deputy governor" in t}
    assert found, "no claim on the post"
    return found[min(found, key=len)]


def test_a_terms_end_day_is_held_when_the_next_term_begins_the_day_after() -> None:
    """Deputy to 31 March, governor from 1 April: on 31 March she is still the deputy governor."""
    assert _role("The deputy governor, Lena Vos, spoke on Friday.", dt.date(2023, 3, 31)) == Verdict.SUPPORTED


@pytest.mark.parametrize("as_of", [dt.date(2023, 4, 1), dt.date(2023, 4, 3)])
def test_the_post_left_by_the_step_the_sentence_tells_is_not_contradicted(as_of: dt.date) -> None:
    """'the deputy governor ... was sworn in as governor on 1 April': the post she held up to the step."""
    assert _role(STEP, as_of) != Verdict.CONTRADICTED


@pytest.mark.parametrize("as_of", [dt.date(2023, 4, 1), dt.date(2023, 6, 1)])
def test_the_deputys_post_told_without_a_step_is_still_contradicted(as_of: dt.date) -> None:
    """The control: after the handover, 'the deputy governor' with no step told is a past holder as current; and a
    step told months later is no news of the handover."""
    assert _role("The deputy governor, Lena Vos, spoke on Monday.", as_of) == Verdict.CONTRADICTED
    if as_of.month == 6:
        assert _role(STEP, as_of) == Verdict.CONTRADICTED


# --- a bare rank is the title of each of its grades ---------------------------------------------------------------


def _ranked(rank: str, body: str) -> Verdict:
    """The verdict on the rank claim of `body` against a page whose rank row is `rank`."""
    stam = boxed("Ivo Stam", "Ivo Stam (born 3 May 1965) is a Vestrian officer.", [("rank", rank)])
    found = _judged(body, [stam], AS_OF)
    return found[next(t for t in found if t.endswith("Ivo Stam"))]


@pytest.mark.parametrize(
    ("rank", "body", "expected"),
    [
        ("Major General", "Gen. Ivo Stam spoke on Monday.", Verdict.SUPPORTED),
        ("Vice Admiral", "Adm. Ivo Stam spoke on Monday.", Verdict.SUPPORTED),
        # controls: a grade claimed is refuted by another grade or the bare rank; another rank word is another rank
        ("General", "Major General Ivo Stam spoke on Monday.", Verdict.CONTRADICTED),
        ("Lieutenant General", "Major General Ivo Stam spoke on Monday.", Verdict.CONTRADICTED),
        ("Major General", "Adm. Ivo Stam spoke on Monday.", Verdict.CONTRADICTED),
    ],
)
def test_a_bare_rank_titles_each_of_its_grades(rank: str, body: str, expected: Verdict) -> None:
    assert _ranked(rank, body) == expected


# --- found by the hunt: a succession beside a post held under its object; an interim spell's swearing-in -----------

ALDER_PRESIDENT = boxed(
    "Mara Alder",
    "Mara Alder (born 3 May 1960) is a Vestrian politician.",
    [("office", "President of Vestria"), ("term_start", "22 January 2024"), ("predecessor", "Ivo Stam"),
     ("office2", "Vice President of Vestria"), ("term_start2", "22 January 2018"), ("term_end2", "22 January 2024"),
     ("president2", "Ivo Stam"), ("predecessor2", "Odo Brand"), ("successor2", "Tove Brandt"),
     ("office3", "Interim President of Vestria"), ("term_start3", "3 May 2017"), ("term_end3", "20 June 2017")],
)  # fmt: skip
ALDER_DAY = dt.date(2024, 1, 24)


@pytest.mark.parametrize(
    "body",
    [
        "Alder succeeded Ivo Stam, under whom she served as vice president.",
        "Alder succeeded Ivo Stam, whom she had served as vice president.",
    ],
)
def test_a_post_held_under_the_predecessor_is_not_the_successions(body: str) -> None:
    """The vice-presidency named in the 'whom' clause is the post she held under Stam; the succession is in the
    presidency, whose predecessor row names him."""
    found = {t: v for t, v in _judged(body, [ALDER_PRESIDENT], ALDER_DAY).items() if t.endswith("Ivo Stam")}
    assert set(found.values()) == {Verdict.SUPPORTED}, found


@pytest.mark.parametrize(
    ("day", "expected"),
    [("3 May 2017", Verdict.UNVERIFIED), ("4 May 2017", Verdict.CONTRADICTED)],
)
def test_an_interim_spells_first_day_does_not_refute_a_swearing_in(day: str, expected: Verdict) -> None:
    """'was first sworn in as president on 3 May 2017, on an interim basis': the interim presidency began that day;
    the full term's start (2024) refutes neither side. Another day is still contradicted."""
    found = _judged(f"Alder was first sworn in as president on {day}.", [ALDER_PRESIDENT], ALDER_DAY)
    dated = {t: v for t, v in found.items() if day in t}
    assert expected in dated.values() and Verdict.SUPPORTED not in dated.values(), dated
    if expected == Verdict.UNVERIFIED:
        assert Verdict.CONTRADICTED not in dated.values(), dated


# --- found by the hunt: two dated clauses in one claim's words ----------------------------------------------------

RUIZ_PARTY_AND_STATE = boxed(
    "Tom Ruiz",
    "Tom Ruiz (born 3 May 1960) is a Vestrian politician.",
    [("office", "President of Vestria"), ("term_start", "10 June 2019"), ("office2", "Leader of the Harbour Party"),
     ("term_start2", "3 March 2015")],
)  # fmt: skip


@pytest.mark.parametrize(("month", "expected"), [("June", Verdict.SUPPORTED), ("July", Verdict.CONTRADICTED)])
def test_the_names_of_an_earlier_dated_clause_are_not_the_dates(month: str, expected: Verdict) -> None:
    """'who has led the Harbour Party since 2015, has been president since June 2019': the party named in the first
    clause, closed by its own year, is not the post the second date is given to."""
    body = f"Tom Ruiz, who has led the Harbour Party since 2015, has been president since {month} 2019."
    found = {t: v for t, v in _judged(body, [RUIZ_PARTY_AND_STATE], dt.date(2023, 5, 1)).items() if month in t}
    assert set(found.values()) == {expected}, found


# --- found by the hunt: how a post is held (acting, interim, caretaker) is no other post ----------------------------


def _pm(rows: list[tuple[str, str]], body: str) -> Verdict:
    """The verdict on the role claim of `body` against Alder's page with `rows`, on 1 April 2024."""
    alder = boxed("Mara Alder", "Mara Alder (born 3 May 1960) is a Vestrian politician.", rows)
    found = _judged(body, [alder], AS_OF)
    return found[min((t for t in found if "rime" in t), key=len)]


PM = [("office", "Prime Minister of Vestria"), ("term_start", "2 March 2024"), ("predecessor", "Ivo Stam")]
ACTING_PM = [PM[0], ("status", "Acting"), *PM[1:]]


@pytest.mark.parametrize(
    ("rows", "body", "expected"),
    [
        pytest.param(ACTING_PM, "Acting Prime Minister Mara Alder spoke on Monday.", Verdict.SUPPORTED, id="status"),
        pytest.param(PM, "Alder, the caretaker prime minister, spoke on Monday.", Verdict.UNVERIFIED, id="caretaker"),
        pytest.param(PM, "Acting Prime Minister Mara Alder spoke on Monday.", Verdict.UNVERIFIED, id="acting-unlisted"),
        pytest.param(ACTING_PM, "Alder, the prime minister, spoke on Monday.", Verdict.UNVERIFIED, id="bare-of-acting"),
        # controls: a deputy is another post; the bare post of a bare listing is supported
        pytest.param(ACTING_PM, "Deputy Prime Minister Mara Alder spoke on Monday.", Verdict.CONTRADICTED, id="deputy"),
        pytest.param(PM, "Alder, the prime minister, spoke on Monday.", Verdict.SUPPORTED, id="bare"),
    ],
)
def test_a_stopgap_status_is_no_other_post(rows: list[tuple[str, str]], body: str, expected: Verdict) -> None:
    assert _pm(rows, body) == expected


# --- found by the hunt: a post held 'until Tuesday' -----------------------------------------------------------------

HARRIS = boxed(
    "Simon Harris",
    "Simon Harris (born 17 October 1986) is a Vestrian politician.",
    [("office", "Prime Minister of Vestria"), ("term_start", "9 April 2024"),
     ("office2", "Minister for Higher Education"), ("term_start2", "1 July 2020"), ("term_end2", "9 April 2024")],
)  # fmt: skip


@pytest.mark.parametrize(
    ("after", "expected"),
    [("until Tuesday", Verdict.SUPPORTED), ("until April", Verdict.SUPPORTED), ("", Verdict.CONTRADICTED)],
    ids=["weekday", "month", "control-held-now"],
)
def test_a_post_held_until_a_day_of_the_news_was_held(after: str, expected: Verdict) -> None:
    """'Harris, the higher education minister until Tuesday,': the post held up to the handover the day before the
    article, which the ended term supports; without 'until' it is a past holder as current."""
    found = _judged(
        f"Harris, the higher education minister {after}, spoke on Monday.".replace(" ,", ","),
        [HARRIS],
        dt.date(2024, 4, 10),
    )
    assert found["Harris, the higher education minister"] == expected, found


# --- found by the hunt: a date written as an end is no start ---------------------------------------------------------

VARADKAR = boxed(
    "Leo Varadkar",
    "Leo Varadkar (born 18 January 1979) is a Vestrian politician.",
    [("office", "Prime Minister of Vestria"), ("term_start", "17 December 2022"), ("term_end", "9 April 2024"),
     ("office2", "Prime Minister of Vestria"), ("term_start2", "14 June 2017"), ("term_end2", "27 June 2020"),
     ("office3", "Member of the Vestrian Diet"), ("term_start3", "May 2007")],
)  # fmt: skip


def test_a_date_after_until_is_not_a_start() -> None:
    """'who first became prime minister in June 2017, served until 2020': the 'became' is the first clause's; 2020
    is an end, never compared with a term's start (the Diet seat's May 2007)."""
    body = (
        "Leo Varadkar, who first became prime minister in June 2017, served until 2020 and returned in December 2022."
    )
    found = _judged(body, [VARADKAR], dt.date(2024, 4, 10))
    assert Verdict.CONTRADICTED not in found.values(), found


# --- review24 B1 and B2 (copied from the reviewer's tests/test_review24.py, beside their fix) -----------------------

REVIEW_DAY = dt.date(2024, 1, 10)
REVIEW_SAVED = dt.datetime(2024, 5, 1, tzinfo=dt.UTC)

# B1: a post named short ("finance minister") keeps the long title it stands for ("Minister of Finance and Economic
# Planning", 2010-2014) though the page also lists a shorter one ("Minister of Finance", 2016-2019).
VOS_TWO_FINANCE_POSTS = boxed(
    "Lena Vos",
    "Lena Vos (born 3 May 1960) is a Norbian politician.",
    [
        ("office", "Minister of Finance and Economic Planning"),
        ("term_start", "3 May 2010"),
        ("term_end", "2 June 2014"),
        ("office2", "Minister of Finance"),
        ("term_start2", "5 July 2016"),
        ("term_end2", "1 August 2019"),
    ],
    REVIEW_SAVED,
)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Lena Vos was finance minister from 2010 to 2014.", id="finance-minister"),
        pytest.param("Lena Vos served as minister of finance from 2010 to 2014.", id="minister-of-finance"),
    ],
)
def test_b1_a_post_named_short_keeps_the_long_title_it_stands_for(body: str) -> None:
    found = {text: seen for text, seen in _judged(body, [VOS_TWO_FINANCE_POSTS], REVIEW_DAY).items() if "2010" in text}
    assert found, "no claim of the spell"
    assert Verdict.CONTRADICTED not in found.values(), found
    assert Verdict.SUPPORTED in found.values(), found


# B2: a three-month acting spell in 2015, six years as deputy, governor from 2022: a 'since' claim of the acting
# spell's first day is no start of the governorship (only an acting spell that runs into the term starts it).
VOS_ACTING_LONG_BEFORE = boxed(
    "Lena Vos",
    "Lena Vos (born 3 May 1960) is a Norbian economist.",
    [
        ("office", "Governor of the Norby Reserve Bank"),
        ("term_start", "1 March 2022"),
        ("predecessor", "Tomas Vidal"),
        ("office2", "Acting Governor of the Norby Reserve Bank"),
        ("term_start2", "3 March 2015"),
        ("term_end2", "1 June 2015"),
        ("office3", "Deputy Governor of the Norby Reserve Bank"),
        ("term_start3", "1 January 2012"),
        ("term_end3", "28 February 2022"),
    ],
    REVIEW_SAVED,
)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Lena Vos has been governor of the Norby Reserve Bank since 3 March 2015.", id="governor-since"),
        pytest.param("Lena Vos has led the Norby Reserve Bank since 3 March 2015.", id="led-since"),
        pytest.param(
            "Lena Vos, the governor of the Norby Reserve Bank, has been in office since 3 March 2015.", id="in-office"
        ),
    ],
)
def test_b2_an_acting_spell_years_before_the_term_does_not_start_it(body: str) -> None:
    found = {text: seen for text, seen in _judged(body, [VOS_ACTING_LONG_BEFORE], REVIEW_DAY).items() if "2015" in text}
    assert found, "no claim of the day"
    assert Verdict.SUPPORTED not in found.values(), found


# review24 B7 (copied from the reviewer's tests/test_review24.py, beside its fix): 'until' a day of the news is the
# term's end, so a term ended years before does not support it.
STAM_LEFT_IN_2019 = boxed(
    "Ivo Stam",
    "Ivo Stam (born 3 May 1960) is a Norbian politician.",
    [
        ("office", "Minister of Finance of Norby"),
        ("term_start", "1 June 2015"),
        ("term_end", "20 March 2019"),
        ("office2", "Governor of the Norby Reserve Bank"),
        ("term_start2", "1 July 2019"),
    ],
    dt.datetime(2024, 6, 1, tzinfo=dt.UTC),
)


@pytest.mark.parametrize("until", ["March", "Tuesday", "2024"])
def test_b7_held_until_a_news_day_is_not_supported_by_a_term_ended_years_before(until: str) -> None:
    body = f"Ivo Stam, the finance minister until {until}, said on Monday that taxes would rise."
    found = _judged(body, [STAM_LEFT_IN_2019], dt.date(2024, 5, 10))
    roles = {text: seen for text, seen in found.items() if "finance minister" in text}
    assert roles, found
    assert Verdict.SUPPORTED not in roles.values(), roles
