"""Killers for the two mutations session 29 left surviving: the rows that killed them are now also decided by another
reading, so each row here is written where only the mutated line decides it.

- length-subject-apposed-name-ignored: for "The first, John Carter, ... died two months later" the owner reader now
  finds the name beside the lower-case subject itself (the lead's session-29 change), before the length reader's own
  look at the apposition. A subject the owner reader cannot name ("One", "Another") leaves the apposition to that line.
- year-of-a-step-read-as-a-span: for "Ivo Stam became prime minister in 2019" the start check (`since_checked`) sets
  aside any term not begun in 2019, so the year read as a span changes nothing. "Was elected" is no start-dating verb
  (judging.toml `takes_office`), so nothing else reads the year of an election: only the guard keeps it from being
  read as a span the term must cover.

Invented sentences and pages (`tests/support/judging.py`); each claim is the one extraction gives the article's words.
"""

from __future__ import annotations

import pytest

from tests.support.judging import boxed, verdict_on_words
from tests.test_review24 import AS_OF, SAVED
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.models import Verdict


def _lengths(body: str) -> list[tuple[str, str | None, str]]:
    """The duration claims of an article of `body`: subject, value and relation."""
    article = article_from_text(f"Story\n\n{body}\n")
    return [(c.subject, c.value, c.relation) for c in extract_claims(article) if c.kind == "duration"]


HEARTS = "Two men had received pig hearts at Norby Hospital."


@pytest.mark.parametrize("subject", ["One", "Another"])
def test_a_length_is_about_the_name_beside_a_subject_the_owner_reader_cannot_name(subject: str) -> None:
    """length-subject-apposed-name-ignored: "One" (a numeral) and "Another" (a pronoun) name no one to the owner
    reader, which finds no owner for "two months later"; only the length reader's look at the name set beside the
    clause's subject makes the length John Carter's, where without it the length has no one and is dropped."""
    body = f"{HEARTS} {subject}, John Carter, 57, was operated on in January 2022 and died two months later."
    assert ("John Carter", "two months", "later") in _lengths(body)


def test_twin_the_same_subject_with_no_name_beside_it_gives_no_length() -> None:
    assert _lengths(f"{HEARTS} One was operated on in January 2022 and died two months later.") == []


# Lena Vos, elected in 2019 and prime minister from 1 January 2020: the election's year is before the term's.
VOS = boxed(
    "Lena Vos",
    "Lena Vos (born 3 May 1960) is a Norbian politician who has been Prime Minister of Norby since 2020.",
    [("office", "Prime Minister of Norby"), ("term_start", "1 January 2020")],
    SAVED,
)


def test_the_year_of_an_election_is_not_a_span_the_term_must_cover() -> None:
    """year-of-a-step-read-as-a-span: 'was elected prime minister in 2019' dates the step, and the term it led to
    began on 1 January 2020. Read as a span of 2019, no term covers it and her one term, of other years, would refute
    the true claim; no start check reads 'elected', so only the guard in `stated_years` decides the row."""
    assert verdict_on_words("Lena Vos was elected prime minister in 2019.", [VOS], AS_OF, "role", "prime minister") == (
        Verdict.SUPPORTED
    )
