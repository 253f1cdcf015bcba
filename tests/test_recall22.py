"""Recall causes read in the twenty-second session (/work/briefs22/recall22-causes.md). Invented people and pages.

- A held office with the spell its own clause gives ('served as foreign minister from September 2027 until
  April', 'from 2024 to 2026 he served as interior minister') against the person's infobox, which lists their
  offices with terms, none of them the claimed post, and another post of the same kind (a minister's for a
  minister) and government whose term begins and ends as the spell does, each end to the precision written: the
  article gave the spell to the wrong post, contradicted. A spell the other term only overlaps, two such posts,
  or a head's post (a premier may keep a portfolio the infobox leaves out) decide nothing.
- A degree's year ('completed a master's at the Halden School of Economics in 1999', 'studied economics at the
  University of Norby, graduating in 1993') against the one sentence of the subject's page that tells a degree of
  the same level and shares most words of what was studied or where: its one year supports or contradicts. A
  sentence of another level, or two sentences as close, decide nothing. A degree's year is the same in every
  revision: where the current revision was kept for its dated terms, the revision of the article's day is read
  too, and may be the one that gives it.
- 'was elected to Norby County Council in 2007' against the seats in that body the infobox lists with terms
  ('Norby County Councillor', 2012-2014): a seat begun that year supports; every seat begun more than a year
  later (an election may be seated the next year) contradicts. A seat begun before (renewed then), another post
  in the body ('Chair of ...'), or a sentence naming the body with the year decide nothing. The year a seat was
  won is the same in every revision: the current revision is read too, its rows may be the ones that give it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, clause_claim, page, verdict
from verify.judge import judge
from verify.models import Verdict
from verify.retrieve import EvidencePool

SUMMER_2028 = dt.date(2028, 8, 15)
_SORVIK = page(
    "Lina Sorvik",
    "Lina Sorvik (born 3 May 1969) is a Vestrian economist. Sorvik switched to economics, graduating from the "
    "University of Norby with a Bachelor of Economics with honours in 1991. She has also studied at the Halden "
    "School of Economics, graduating with a Master of Science in 1995. She has two children.",
)
_VIDAL = boxed(
    "Tomas Vidal",
    "Tomas Vidal (born 2 May 1966) is a Vestrian businessman and politician.",
    [
        ("office", "Prime Minister of Vestria"),
        ("term_start", "22 August 2027"),
        ("term_end", "14 August 2028"),
        ("office2", "Minister of Finance"),
        ("term_start2", "1 September 2027"),
        ("term_end2", "27 April 2028"),
        ("office3", "Minister of Justice"),
        ("term_start3", "3 March 2024"),
        ("term_end3", "2 June 2026"),
        ("birth_date", "2 May 1966"),
    ],
)


def _held(text: str, sentence: str, office: str) -> Verdict:
    claim = clause_claim(
        text, "Tomas Vidal", "held office", sentence, kind="role", relation="held office", value=office
    )
    return verdict(claim, [_VIDAL], SUMMER_2028).verdict


def test_a_spell_to_the_month_of_another_ministry_contradicts_the_claimed_one() -> None:
    text = "He also served as foreign minister from September 2027 until April"
    assert _held(text, f"{text}.", "foreign minister from September 2027 until April") == Verdict.CONTRADICTED


def test_a_spell_in_years_before_the_claims_words_contradicts_another_ministry() -> None:
    text = "he served as interior minister"
    sentence = f"Before that he was mayor of Norby from 2015 to 2017, and from 2024 to 2026 {text}."
    assert _held(text, sentence, "interior minister") == Verdict.CONTRADICTED


def test_the_listed_ministry_for_its_own_spell_is_not_contradicted() -> None:
    text = "He also served as finance minister from September 2027 until April"
    assert _held(text, f"{text}.", "finance minister from September 2027 until April") != Verdict.CONTRADICTED


def test_a_spell_the_other_ministry_only_overlaps_settles_nothing() -> None:
    text = "He also served as foreign minister from October 2027 until April"
    assert _held(text, f"{text}.", "foreign minister from October 2027 until April") == Verdict.UNVERIFIED
    text = "he served as interior minister"
    assert _held(text, f"From 2023 to 2026 {text}.", "interior minister") == Verdict.UNVERIFIED


def test_a_premiership_over_the_spell_refutes_no_portfolio() -> None:
    # a premier may keep a portfolio the infobox leaves out
    text = "He also served as foreign minister from August 2027 until August"
    assert _held(text, f"{text}.", "foreign minister from August 2027 until August") == Verdict.UNVERIFIED


def test_a_spell_of_another_post_in_the_sentence_is_not_the_claims() -> None:
    # 'from 2024 to 2026' is the mayoralty's; the ministry is undated
    text = "he served as interior minister"
    sentence = f"He was mayor of Norby from 2024 to 2026, and later {text}."
    assert _held(text, sentence, "interior minister") == Verdict.UNVERIFIED


def _degree(text: str, sentence: str, year: str, pages: list | None = None) -> Verdict:
    claim = clause_claim(text, "Lina Sorvik", "completed", sentence, time=year)
    return verdict(claim, pages or [_SORVIK], SUMMER_2028).verdict


def test_a_masters_year_the_page_gives_otherwise_is_contradicted() -> None:
    text = "completed a master's at the Halden School of Economics in 1999"
    assert _degree(text, f"She {text}.", "1999") == Verdict.CONTRADICTED


def test_a_masters_year_the_page_gives_is_supported() -> None:
    text = "completed a master's at the Halden School of Economics in 1995"
    assert _degree(text, f"She {text}.", "1995") == Verdict.SUPPORTED


def test_what_was_studied_before_the_graduating_picks_the_degree() -> None:
    sentence = "She studied economics at the University of Norby, graduating in 1993."
    assert _degree("graduating in 1993", sentence, "1993") == Verdict.CONTRADICTED


def test_a_degree_of_another_level_decides_nothing() -> None:
    # the bachelor's sentence shares 'economics' and 'Norby', but a master's is another degree
    text = "completed a master's in economics at the University of Norby in 1993"
    assert _degree(text, f"She {text}.", "1993") == Verdict.UNVERIFIED


def test_two_sentences_as_close_decide_nothing() -> None:
    twice = page(
        "Lina Sorvik",
        "Lina Sorvik (born 3 May 1969) is a Vestrian economist. Sorvik graduated from the University of Norby with "
        "a degree in economics in 1991. Sorvik graduated from the University of Norby with a degree in law in 1994.",
    )
    sentence = "She studied economics and law at the University of Norby, graduating in 1993."
    assert _degree("graduating in 1993", sentence, "1993", [twice]) == Verdict.UNVERIFIED


def test_a_relatives_degree_is_not_the_subjects() -> None:
    husband = page(
        "Lina Sorvik",
        "Lina Sorvik (born 3 May 1969) is a Vestrian economist. Her husband graduated from the Halden School of "
        "Economics with a Master of Science in 1995.",
    )
    text = "completed a master's at the Halden School of Economics in 1999"
    assert _degree(text, f"She {text}.", "1999", [husband]) == Verdict.UNVERIFIED


def test_the_revision_of_the_day_dates_a_degree_the_current_one_leaves_out() -> None:
    old = page(
        "Lina Sorvik",
        "Lina Sorvik (born 3 May 1969) is a Vestrian economist. She has also studied at the Halden School of "
        "Economics, graduating with a Master of Science in 1995.",
        dt.datetime(2028, 8, 1, tzinfo=dt.UTC),
    )
    now = page(
        "Lina Sorvik", "Lina Sorvik (born 3 May 1969) is a Vestrian economist.", dt.datetime(2030, 1, 1, tzinfo=dt.UTC)
    )
    text = "completed a master's at the Halden School of Economics in 1999"
    claim = clause_claim(text, "Lina Sorvik", "completed", f"She {text}.", time="1999")
    pool = EvidencePool(documents=[now], by_claim={claim.id: [now]}, of_the_day={now.url: old})
    (result,) = judge([claim], pool, SUMMER_2028)
    assert result.verdict == Verdict.CONTRADICTED


_MARRA_ROWS = [
    ("office", "Member of the Vestrian Diet"),
    ("term_start", "February 2014"),
    ("office2", "Norby County Councillor"),
    ("term_start2", "2012"),
    ("term_end2", "2014"),
]


def _elected(body: str, year: str, rows: list[tuple[str, str]] | None = None, text: str = "") -> Verdict:
    marra = boxed("Eoin Marra", f"Eoin Marra (born 1 June 1984) is a Vestrian politician.{text}", rows or _MARRA_ROWS)
    said = f"Marra was elected to {body} in {year}"
    claim = clause_claim(said, "Eoin Marra", "elected", f"{said}.", object=body, time=year)
    return verdict(claim, [marra], SUMMER_2028).verdict


def test_a_council_seat_listed_only_years_later_contradicts_the_election_year() -> None:
    assert _elected("Norby County Council", "2007") == Verdict.CONTRADICTED


def test_a_council_seat_begun_that_year_supports_it() -> None:
    assert _elected("Norby County Council", "2012") == Verdict.SUPPORTED


def test_a_seat_begun_the_next_year_or_before_decides_nothing() -> None:
    assert _elected("Norby County Council", "2011") == Verdict.UNVERIFIED  # seated the year after
    assert _elected("the Vestrian Diet", "2019") == Verdict.UNVERIFIED  # renewed then


def test_another_post_in_the_body_is_no_seat() -> None:
    rows = [("office", "Chair of Norby County Council"), ("term_start", "2012"), ("term_end", "2014")]
    assert _elected("Norby County Council", "2007", rows) == Verdict.UNVERIFIED


def test_a_sentence_naming_the_body_with_the_year_keeps_it_open() -> None:
    text = " Marra first stood for Norby County Council in 2007."
    assert _elected("Norby County Council", "2007", text=text) == Verdict.UNVERIFIED


def test_the_current_revision_lists_the_seat_the_revision_of_the_day_leaves_out() -> None:
    day = page(
        "Eoin Marra", "Eoin Marra (born 1 June 1984) is a Vestrian politician.", dt.datetime(2028, 8, 1, tzinfo=dt.UTC)
    )
    now = boxed(
        "Eoin Marra",
        "Eoin Marra (born 1 June 1984) is a Vestrian politician.",
        _MARRA_ROWS,
        dt.datetime(2030, 1, 1, tzinfo=dt.UTC),
    )
    said = "Marra was elected to Norby County Council in 2007"
    claim = clause_claim(said, "Eoin Marra", "elected", f"{said}.", object="Norby County Council", time="2007")
    pool = EvidencePool(documents=[day], by_claim={claim.id: [day]}, current={day.url: now})
    (result,) = judge([claim], pool, SUMMER_2028)
    assert result.verdict == Verdict.CONTRADICTED


# review22's findings on this branch (/work/briefs22/review22-findings.md B3, B5, B6, B7; tests copied from
# s22-review22 tests/test_review22.py): true claims that must not be contradicted.
VIDAL_LEAD = "Tomas Vidal (born 2 May 1966) is a Vestrian politician."
SORVIK_LEAD = "Lina Sorvik (born 3 May 1969) is a Vestrian economist. "


# B3: the same ministry under another name or spelling is not another post of the spell. Only a post whose words are
# a known other portfolio (offices.toml portfolios, both sides read) may refute.
@pytest.mark.parametrize(
    ("claimed", "office"),
    [
        ("labor minister", "Minister of Labour"),
        ("trade minister", "Minister of Commerce"),
        ("finance minister", "Minister of the Treasury"),
        ("defence minister", "Minister of the Armed Forces"),
        ("environment minister", "Minister for Climate"),
        ("agriculture minister", "Minister of Primary Industries"),
        ("economy minister", "Minister of Finance"),
    ],
    ids=[
        "labor-labour",
        "trade-commerce",
        "finance-treasury",
        "defence-armed-forces",
        "environment-climate",
        "agriculture-primary-industries",
        "economy-finance",
    ],
)
def test_the_same_ministry_under_another_name_is_not_another_post_of_the_spell(claimed: str, office: str) -> None:
    text = f"He served as {claimed} from 2020 to 2024"
    claim = clause_claim(text, "Tomas Vidal", "held office", f"{text}.", kind="role", relation="held office",
                         value=f"{claimed} from 2020 to 2024")  # fmt: skip
    rows = [("office", office), ("term_start", "3 March 2020"), ("term_end", "2 June 2024")]
    doc = boxed("Tomas Vidal", VIDAL_LEAD, rows)
    assert verdict(claim, [doc], SUMMER_2028).verdict != Verdict.CONTRADICTED


# B5: the year must date the graduating or the degree itself; an honorary degree is no degree taken.
@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "completed a master's at the Halden School of Economics in 1999",
            "Sorvik holds a master's degree from the Halden School of Economics, where she has taught since 2005.",
        ),
        (
            "completed a master's at the Halden School of Economics in 1999",
            "Sorvik holds a master's degree from the Halden School of Economics, founded in 1921.",
        ),
        (
            "completed a master's at the Halden School of Economics in 1999",
            "Sorvik graduated from the Halden School of Economics with a master's degree and married in 2002.",
        ),
        (
            "graduated from the Halden School of Economics in 1999",
            "Sorvik received an honorary doctorate from the Halden School of Economics in 2010.",
        ),
        (
            "graduated from the Halden School of Economics in 1999",
            "Sorvik entered the Halden School of Economics in 1995 to study for a degree in finance.",
        ),
    ],
    ids=["taught-since", "school-founded", "married", "honorary-doctorate", "entered"],
)
def test_a_year_the_degree_sentence_gives_to_something_else_does_not_date_the_degree(text: str, said: str) -> None:
    claim = clause_claim(text, "Lina Sorvik", "completed", f"She {text}.", time="1999")
    doc = page("Lina Sorvik", SORVIK_LEAD + said)
    assert verdict(claim, [doc], SUMMER_2028).verdict != Verdict.CONTRADICTED


# B6: a spell inside a fronted clause about another post is not the claim's spell.
@pytest.mark.parametrize(
    "sentence",
    [
        "After serving as finance minister from 2020 to 2024, he served as foreign minister.",
        "Having been finance minister from 2020 to 2024, he served as foreign minister.",
    ],
    ids=["after-serving-as", "having-been"],
)
def test_a_spell_of_another_post_in_a_fronted_clause_is_not_the_claims(sentence: str) -> None:
    text = "he served as foreign minister"
    claim = clause_claim(text, "Tomas Vidal", "held office", sentence, kind="role", relation="held office",
                         value="foreign minister")  # fmt: skip
    rows = [("office", "Minister of Finance"), ("term_start", "3 March 2020"), ("term_end", "2 June 2024")]
    doc = boxed("Tomas Vidal", VIDAL_LEAD, rows)
    assert verdict(claim, [doc], SUMMER_2028).verdict != Verdict.CONTRADICTED


# B7: a seat written with its constituency is a seat of that body too; every term in the body must begin later.
@pytest.mark.parametrize(
    ("body", "earlier"),
    [("the Vestrian Diet", "Member of the Vestrian Diet for Norby"), ("the Senate", "Senator for Norby")],
    ids=["constituency-seat", "senator-for"],
)
def test_an_earlier_seat_written_with_its_constituency_keeps_the_election_year(body: str, earlier: str) -> None:
    rows = [
        ("office", f"Member of {body[:1].upper()}{body[1:]}"),
        ("term_start", "February 2014"),
        ("office2", earlier),
        ("term_start2", "2007"),
        ("term_end2", "2010"),
    ]
    marra = boxed("Eoin Marra", "Eoin Marra (born 1 June 1984) is a Vestrian politician.", rows)
    said = f"Marra was elected to {body} in 2007"
    claim = clause_claim(said, "Eoin Marra", "elected", f"{said}.", object=body, time="2007")
    assert verdict(claim, [marra], SUMMER_2028).verdict != Verdict.CONTRADICTED


def test_a_current_seat_alone_may_be_only_the_latest_spell() -> None:
    """B7's second case: an infobox listing only the current seat ('Member of the Senate' since 2014) may leave out
    an earlier spell the election of 2007 began: the body's seats are not read completely, nothing is decided."""
    rows = [("office", "Member of the Senate"), ("term_start", "February 2014")]
    assert _elected("the Senate", "2007", rows) != Verdict.CONTRADICTED


def test_a_constituency_seat_begun_that_year_supports_the_election() -> None:
    """A seat written with its constituency ('Senator for Norby', 2007-2010) is a seat of the body: begun the year
    the article says the subject was elected to it, it supports the claim."""
    rows = [("office", "Senator for Norby"), ("term_start", "2007"), ("term_end", "2010")]
    assert _elected("the Senate", "2007", rows) == Verdict.SUPPORTED
