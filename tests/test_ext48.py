"""Session 48 (ext48): shapes of tuning news whose fact extraction lost, one row per shape. Invented names."""

from __future__ import annotations

import pytest

from tests.test_clauses import article
from verify.extract import extract_claims
from verify.models import Claim


def _clauses(body: str) -> list[Claim]:
    return [c for c in extract_claims(article(body)) if c.kind == "clause"]


# A named person's deed told with no date, number or place beside it is a claim of its own, even when the office
# before or beside the name is the role kind's claim and the verb is not one of the lexicon's events: editors
# mark "Chief Justice X administered the oath" as much as "X resigned".
@pytest.mark.parametrize(
    ("body", "subject", "words"),
    [
        (
            "Lena Varga, the director of rugby, took back the coaching job.",
            "Lena Varga",
            "took back the coaching job",
        ),
        ("Chief Justice Ivo Marten administered the oath.", "Ivo Marten", "administered the oath"),
        ("Commissioner Anna Sorel dissented from the ruling.", "Anna Sorel", "dissented from the ruling"),
    ],
)
def test_a_deed_beside_an_office_is_claimed(body: str, subject: str, words: str) -> None:
    found = [c for c in _clauses(body) if subject in c.subject]  # the name, whether or not its title stays on it
    assert any(words in c.text for c in found), found


# A bare deed of no lexicon event, nothing after its verb ('spoke.'), tells nothing a source could check: the office
# beside the name stays the one claim on its words (the lead; the suite's rows end so: 'X, the mayor, spoke.').
@pytest.mark.parametrize(
    "body",
    ["Lena Varga, the director of rugby, spoke.", "Chief Justice Ivo Marten spoke."],
)
def test_a_bare_deed_beside_an_office_is_no_claim(body: str) -> None:
    assert [c.text for c in _clauses(body) if "spoke" in c.text] == []


# The twins: the same shapes hedged, predicted or framed as a view state nothing that happened.
@pytest.mark.parametrize(
    "body",
    [
        "Lena Varga, the director of rugby, could take back the coaching job.",
        "Chief Justice Ivo Marten is expected to administer the oath.",
        "Commissioner Anna Sorel may dissent.",
    ],
)
def test_a_hedged_deed_beside_an_office_is_no_claim(body: str) -> None:
    assert _clauses(body) == []


# An event of the lexicon was claimed beside the office before, and still is.
def test_an_event_beside_an_office_is_still_claimed() -> None:
    found = _clauses("Prime Minister Tomas Brink resigned.")
    assert any("Tomas Brink" in c.subject and "resigned" in c.text for c in found), found


# The deed's claim stands on its own words once the role kind holds the office beside the name: the office is
# said once, by the role claim ('Karl Moen, a lawyer' and 'spoke to the court').
def test_a_deed_beside_an_office_leaves_the_office_to_the_role_claim() -> None:
    found = [c for c in _clauses("Lena Varga, the director of rugby, took back the coaching job.") if "took" in c.text]
    assert [c.text for c in found] == ["took back the coaching job"]


# A deed beside an office that another kind dates or counts ('has held the presidency since 1 December 2019', the
# date kind's claim on its verb) keeps its whole clause, as before ext48: cut to its verb, the clause lost the name
# it is judged by (ec-2024-06-r04's rewording went unverified).
def test_a_dated_deed_beside_an_office_keeps_its_whole_clause() -> None:
    body = "Karl Moen, a former Norbian prime minister, has held the presidency since 1 December 2019."
    found = [c.text for c in _clauses(body) if "presidency" in c.text]
    assert found and all(text.startswith("Karl Moen") for text in found), found
