"""Session 31's lead: a seat written under a chamber's own infobox row name.

An officeholder infobox names a Canadian MP's seat `riding1` and a British MP's `constituency_MP1`, where other
pages write `constituency1`: each is the group's seat, so "the member of Parliament for X" is judged against it
(verify.wikitext `numbered_groups`, judging.toml `offices.seat_rows`; the clause judge's `represented` rows).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, judged_body
from verify.models import InfoboxField, Verdict
from verify.wikitext import numbered_groups

AUTUMN_2023 = dt.date(2023, 11, 2)
SEAT_ROWS = ["riding", "constituency_MP"]


def _member(row: str) -> list[tuple[str, str]]:
    """Ana Ruiz's infobox: the speakership, then her seat for Tarsa under `row`, then an ended seat for Halden."""
    return [
        ("office", "Speaker of the House of Commons"),
        ("term_start", "3 October 2023"),
        (f"{row}1", "Tarsa"),
        ("parliament1", "Norbian"),
        ("term_start1", "19 October 2015"),
        (f"{row}2", "Halden"),
        ("term_start2", "14 October 2008"),
        ("term_end2", "19 October 2015"),
    ]


@pytest.mark.parametrize("row", SEAT_ROWS)
def test_a_chambers_own_seat_row_is_the_groups_constituency(row):
    groups = numbered_groups([InfoboxField(label=label, value=value) for label, value in _member(row)])
    assert groups["1"]["constituency"].value == "Tarsa"
    assert groups["2"]["constituency"].value == "Halden"


def _seat_verdict(row: str, body: str, rows: list[tuple[str, str]] | None = None) -> Verdict:
    page = boxed("Ana Ruiz", "Ana Ruiz (born 1969) is a Norbian politician.", rows or _member(row))
    found = [v for c, v in judged_body(body, [page], AUTUMN_2023) if c.kind == "role" and "Parliament" in c.text]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("row", SEAT_ROWS)
def test_the_seat_held_on_the_day_supports_the_member_for_it(row):
    body = "Ana Ruiz, the member of Parliament for Tarsa, spoke on Thursday."
    assert _seat_verdict(row, body) == Verdict.SUPPORTED


@pytest.mark.parametrize("row", SEAT_ROWS)
def test_a_seat_given_up_before_the_day_is_not_held_on_it(row):
    """Her only seat, Halden's, ended in 2015 (with a seat held on the day, written perhaps otherwise, an ended one
    proves nothing: role judge `_seat_findings`)."""
    body = "Ana Ruiz, the member of Parliament for Halden, spoke on Thursday."
    ended = [r for r in _member(row) if not r[0].endswith("1")]
    assert _seat_verdict(row, body, ended) == Verdict.CONTRADICTED


@pytest.mark.parametrize(
    ("body", "seat"),
    [
        ("Ana Ruiz remains the member of Parliament for Tarsa—Halden.", "Tarsa—Halden"),
        ("Ana Ruiz, the member of Parliament for Tarsa–Halden, spoke on Thursday.", "Tarsa–Halden"),
    ],
)
def test_a_seat_named_with_an_unspaced_dash_is_one_place(body, seat):
    """Canada's ridings join two places with an em dash and no space ("Hull—Aylmer"): the role claim names the whole
    seat, as it does "Tarsa-Halden", not a member of Parliament for nowhere."""
    from verify.app import article_from_text
    from verify.extract import extract_claims

    roles = [c for c in extract_claims(article_from_text(f"Norby news\n\n{body}\n")) if c.kind == "role"]
    assert [c.value for c in roles] == [f"member of Parliament for {seat}"]


def test_a_spaced_dash_after_a_place_ends_it():
    from verify.app import article_from_text
    from verify.extract import extract_claims

    body = "Ana Ruiz, the member of Parliament for Tarsa — and a former minister — spoke on Thursday."
    roles = [c for c in extract_claims(article_from_text(f"Norby news\n\n{body}\n")) if c.kind == "role"]
    assert [c.value for c in roles] == ["member of Parliament for Tarsa"]


@pytest.mark.parametrize("row", SEAT_ROWS)
def test_a_riding_written_with_its_dash_is_judged_against_the_seat_row(row):
    rows = [(label, value.replace("Tarsa", "Tarsa—Halden")) for label, value in _member(row)]
    body = "Ana Ruiz, the member of Parliament for Tarsa—Halden, spoke on Thursday."
    assert _seat_verdict(row, body, rows) == Verdict.SUPPORTED


def _party_verdict(body: str, party_row: str) -> Verdict:
    page = boxed("Ana Ruiz", "Ana Ruiz (born 1969) is a Norbian politician.", [("party", party_row)])
    found = [v for c, v in judged_body(body, [page], AUTUMN_2023) if c.kind == "role" and "member of" in c.text]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("party_row", ["Liberal", "Liberal Party", "Liberal Party of Norby"])
def test_the_party_row_supports_membership_of_the_party(party_row):
    """A politician infobox writes the party short ("party = Liberal") or whole: either is the Liberal Party."""
    assert _party_verdict("Ana Ruiz is a member of the Liberal Party.", party_row) == Verdict.SUPPORTED


@pytest.mark.parametrize(
    "party_row", ["Conservative", "Liberal Democrats", "Liberal (2015–2021) Independent (2021–present)"]
)
def test_another_party_in_the_row_supports_nothing(party_row):
    """Support only: another party (or a list of spells) supports nothing, and refutes nothing either, as people
    change parties and the row is the page's day's."""
    assert _party_verdict("Ana Ruiz is a member of the Liberal Party.", party_row) == Verdict.UNVERIFIED


def test_membership_of_a_body_that_is_no_party_is_not_read_from_the_party_row():
    assert _party_verdict("Ana Ruiz is a member of the Norby Senate.", "Norby Senate") == Verdict.UNVERIFIED


@pytest.mark.parametrize(
    ("party", "expected"), [("Liberal Party", Verdict.SUPPORTED), ("Conservative Party", Verdict.UNVERIFIED)]
)
def test_a_party_membership_told_as_a_clause_is_read_off_the_party_row(party, expected):
    """'Ana Ruiz was born in Tarsa and is a member of the Liberal Party': the coordinated membership is a clause
    claim, judged by the same row as the role claim."""
    page = boxed("Ana Ruiz", "Ana Ruiz (born 1969) is a Norbian politician.", [("party", "Liberal")])
    body = f"Ana Ruiz was born in Tarsa and is a member of the {party}."
    found = [v for c, v in judged_body(body, [page], AUTUMN_2023) if c.kind == "clause" and "member of" in c.text]
    assert found == [expected]


def test_the_former_title_of_the_one_replaced_stays_a_past_holding_at_any_time():
    """'succeeded Ivo Stam, the former governor of Norby Province, who had led the agency since 2017': 'former' says
    its own time, so the title is not bound to the sentence's year (wfp-2023's shape; lost once s31-open31's reading
    of the one replaced met s31-fs31's year binding)."""
    page = boxed(
        "Ivo Stam",
        "Ivo Stam (born 1950) is a Norbian politician who was governor of Norby Province from 1995 to 1999.",
        [("office", "Governor of Norby Province"), ("term_start", "1995"), ("term_end", "1999")],
    )
    body = "Ana Ruiz succeeded Ivo Stam, the former governor of Norby Province, who had led the agency since 2017."
    found = [v for c, v in judged_body(body, [page], AUTUMN_2023) if c.kind == "role" and "governor" in c.text]
    assert found == [Verdict.SUPPORTED]


def test_a_deed_dated_inside_the_span_its_sentence_gives_is_of_the_claims_year():
    """'served as deputy legal adviser from 2007 to 2010, including as acting legal adviser in 2009': the 2009 spell
    lies inside the span the page's verb is dated by (icj-2024's shape; s31-fs31's reading of a deed's own year)."""
    page = boxed(
        "Ana Ruiz",
        "Ana Ruiz (born 1955) is a Norbian lawyer. She served as deputy legal adviser at the Norbian foreign ministry "
        "from 2007 to 2010, including as acting legal adviser in 2009.",
        [],
    )
    body = "Ana Ruiz was general counsel of Norby Bank from 2003 to 2005 and served as acting legal adviser in 2009."
    found = [v for c, v in judged_body(body, [page], AUTUMN_2023) if c.kind == "clause" and "2009" in c.text]
    assert found == [Verdict.SUPPORTED]
