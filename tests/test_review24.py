"""Findings of review24 (session 24). B-items: plain tests that pass on main and fail on the branch named (merging it
without a fix turns them red). R-items are strict xfails for what is open, to merge with their fix. Invented people,
countries and pages (`tests/support/judging.py`), or generic wording for extraction; each claim is judged with the
fields extraction gives its words."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, page, verdict
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.models import Document, Verdict

AS_OF = dt.date(2024, 1, 10)
SAVED = dt.datetime(2024, 5, 1, tzinfo=dt.UTC)


def _open(reason: str) -> pytest.MarkDecorator:
    """An R-item's strict xfail: what is still open on main and on the branches reviewed."""
    return pytest.mark.xfail(strict=True, reason=reason)


def _judged(body: str, docs: list[Document], as_of: dt.date = AS_OF) -> dict[str, Verdict]:
    """Each claim extraction gives for `body`, judged against `docs` alone, by its words."""
    claims = extract_claims(article_from_text(f"Norby news\n\n{body}\n", as_of=as_of))
    return {c.text: verdict(c, docs, as_of).verdict for c in claims}


def _vos(lead: str, rows: list[tuple[str, str]]) -> Document:
    """Lena Vos's invented page: its lead and infobox rows, saved after every article's day."""
    return boxed("Lena Vos", f"Lena Vos (born 3 May 1960) is a Norbian {lead}.", rows, SAVED)


# R1 (fixed on s25-open25 by `_at_the_school_then`; found at main dd092f7, from s23-recall23 03411c0,
# verify/kinds/clause/judge.py `entry_findings`): the page's one sentence with an entry verb dated "the" entry into a
# school, so a second entry the same page tells with another verb ("she returned to Norby University in 1986 for a
# doctorate") left the article's true "enrolled at Norby University in 1986" CONTRADICTED by the first one (1978). A
# person may enter a school twice; a page sentence that puts the subject at the school in the claimed year keeps it
# open.
VOS_STUDIES = page(
    "Lena Vos",
    "Lena Vos (born 3 May 1960) is a Norbian economist. She entered Norby University in 1978 to study law. After six "
    "years as a teacher, she returned to Norby University in 1986 for a doctorate in economics, which she completed "
    "in 1990.",
    SAVED,
)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Lena Vos enrolled at Norby University in 1986 for a doctorate in economics.", id="enrolled"),
        pytest.param("Vos was admitted to Norby University in 1986 for doctoral studies.", id="admitted"),
    ],
)
def test_r1_a_second_entry_into_a_school_is_not_refuted_by_the_first(body: str) -> None:
    found = _judged(body, [VOS_STUDIES])
    assert any("1986" in text for text in found), found
    assert Verdict.CONTRADICTED not in found.values(), found


def test_r1_an_entry_in_a_year_the_page_never_puts_her_at_the_school_is_still_refuted() -> None:
    """The fix keeps the first entry's refutation for a year no sentence gives with the school (`_at_the_school_then`
    in verify/kinds/clause/judge.py)."""
    found = _judged("Lena Vos enrolled at Norby University in 1980.", [VOS_STUDIES])
    assert Verdict.CONTRADICTED in found.values(), found


# B1-B9 (regressions found on this session's branches, each fixed there before the merge) live beside their fixes:
# tests/test_fs24_precision.py (B1, B2, B7), tests/test_review24_ext24.py (B3, B4), tests/test_recall24.py (B5, B6, B8),
# tests/test_ext24s_it_binding.py (B9).


# R2 (fixed on s25-open25: `outside_government` in `_may_be_the_post`; found at main
# dd092f7, verify/kinds/date/judge.py term starts of a succession): "succeeded Tomas Vidal as party leader in
# June 2021" is CONTRADICTED by the start of the one office whose predecessor row names Vidal, the premiership (1 March
# 2022), though "party leader" is no premiership: a bare post with no body of its own words ("party leader") is read as
# any office Vidal preceded her in. False contradicted on main and on the branches reviewed ("as leader of the Labour
# Party" is left unverified); B8's test keeps the clause judge's handover reading from doing the same.
VOS_PREMIER = _vos(
    "politician",
    [("office", "Prime Minister of Norby"), ("term_start", "1 March 2022"), ("predecessor", "Tomas Vidal")],
)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Lena Vos succeeded Tomas Vidal as party leader in June 2021.", id="month"),
        pytest.param("Lena Vos succeeded Tomas Vidal as party leader on 10 June 2021.", id="day"),
    ],
)
def test_r2_a_succession_as_party_leader_is_not_dated_by_the_premierships_row(body: str) -> None:
    found = _judged(body, [VOS_PREMIER])
    assert found, "no claim extracted"
    assert Verdict.CONTRADICTED not in found.values(), found


def test_r2_a_succession_as_the_premiership_is_still_dated_by_its_row() -> None:
    """The fix (`outside_government` in `_may_be_the_post`) keeps the premiership's row for a succession as prime
    minister."""
    found = _judged("Lena Vos succeeded Tomas Vidal as prime minister in June 2021.", [VOS_PREMIER])
    assert Verdict.CONTRADICTED in found.values(), found


# R3 (main dd092f7, verify/kinds/clause/judge.py `sentence_findings` / `_words_hold` / `_holds` on a named object): a
# named object ("the Bank of Norland", "the Norland Labour Party", "the Supreme Court of Norland") is taken as stated
# by any sentence holding its words, scattered over a description of another body: "She joined Norland's largest
# commercial bank, Nordbank, in 1985" SUPPORTS "Lena Vos joined the Bank of Norland in 1985"; "After leaving Norland
# she joined the Labour Party of Vestria in 1990" SUPPORTS "joined the Norland Labour Party in 1990" (another
# country's party); "a court in Norland, having left the Supreme Court bar" the Supreme Court of Norland; "the ministry
# of trade, advising the finance minister" the Ministry of Finance; "the council of Halden County, near the city" the
# Halden City Council; "a technical university in Halden" the University of Halden. FALSE SUPPORTED on main and on
# s24-support24 5a4c990 (whose `_owner_form` reads "X of Y" and "Y's X" as one name). A proper name stated is its
# words together, as a name (in order, or its "Y's X" form), not each word somewhere in the sentence.
# Its rows are plain tests in tests/test_named_object_whole.py (s24-r3fix), the medal row too (s25-open25).
