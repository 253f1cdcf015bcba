"""Review26's false "supported" rows fixed by fs26 (/work/briefs26/review26-findings.md), each beside its true
twin: invented articles judged against invented pages (`tests/support/judging.py`)."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import judged_body, page
from tests.support.ruiz import RUIZ
from verify.models import Document, Verdict

AS_OF = dt.date(2024, 1, 10)
SAVED = dt.datetime(2024, 5, 1, tzinfo=dt.UTC)


def _judged(body: str, docs: list[Document], kind: str, day: dt.date = AS_OF) -> dict[str, Verdict]:
    """Each claim of `kind` extraction gives for `body` in an article of `day`, judged against `docs` alone."""
    return {c.text: v for c, v in judged_body(body, docs, day) if c.kind == kind}


# Ana Ruiz's invented page, quoting her predecessor and then her (review26 R20).
QUOTED = page(
    "Ana Ruiz",
    'Ana Ruiz (born 1975) is a Norbian politician. In 2023 her predecessor Ivo Stam said Norby had "no money left to '
    'spend". Ruiz replied that the country was "not broke".',
    SAVED,
)


def test_words_her_page_gives_to_her_predecessor_are_not_hers() -> None:
    found = _judged('Ana Ruiz said Norby had "no money left to spend".', [QUOTED], "quote")
    assert found and Verdict.SUPPORTED not in found.values(), found


def test_words_another_replied_are_not_the_speakers_named_the_sentence_before() -> None:
    found = _judged('Ivo Stam insisted the country was "not broke".', [QUOTED], "quote")
    assert found and Verdict.SUPPORTED not in found.values(), found


def test_words_her_page_gives_to_someone_described_through_her_are_not_hers() -> None:
    spokesman = page(
        "Ana Ruiz",
        'Ana Ruiz (born 1975) is a Norbian politician. In 2023 her spokesman said the budget was "fully funded".',
        SAVED,
    )
    found = _judged('Ana Ruiz said the budget was "fully funded".', [spokesman], "quote")
    assert found and Verdict.SUPPORTED not in found.values(), found


def test_words_the_page_gives_to_the_speaker_are_supported() -> None:
    found = _judged('Ivo Stam said Norby had "no money left to spend".', [QUOTED], "quote")
    assert set(found.values()) == {Verdict.SUPPORTED}, found


def test_her_own_words_on_her_page_told_by_her_surname_are_supported() -> None:
    found = _judged('Ana Ruiz said the country was "not broke".', [QUOTED], "quote")
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# Ana Ruiz's page names Lena Vos as her predecessor as finance minister (from 1 March 2022) and Ivo Stam as her
# predecessor as prime minister (from 14 February 2023) (review26 R8).
def test_a_handover_dated_otherwise_than_the_term_it_names_is_not_supported() -> None:
    found = _judged("Lena Vos handed over to Ana Ruiz in February 2023.", [RUIZ], "clause")
    assert found and Verdict.SUPPORTED not in found.values(), found


def test_a_handover_in_the_month_the_successors_term_began_is_supported() -> None:
    found = _judged("Lena Vos handed over to Ana Ruiz in March 2022.", [RUIZ], "clause")
    assert set(found.values()) == {Verdict.SUPPORTED}, found


def test_the_right_handover_of_that_month_stays_supported() -> None:
    found = _judged("Ivo Stam handed over to Ana Ruiz in February 2023.", [RUIZ], "clause")
    assert set(found.values()) == {Verdict.SUPPORTED}, found


AFTER_HANDOVER = dt.date(2023, 2, 16)  # a Thursday; Ana Ruiz took office as prime minister on Tuesday 14 February 2023


# review26 R10: the day of taking office a role's words give without a year is read in the article's days.
def test_sworn_in_on_a_weekday_she_was_not_is_not_supported() -> None:
    found = _judged("Ana Ruiz was sworn in as prime minister on Monday.", [RUIZ], "role", AFTER_HANDOVER)
    assert found and Verdict.SUPPORTED not in found.values(), found


def test_took_office_on_a_day_of_the_month_she_did_not_is_not_supported() -> None:
    found = _judged("Ana Ruiz took office as prime minister on February 12.", [RUIZ], "role", AFTER_HANDOVER)
    assert found and Verdict.SUPPORTED not in found.values(), found


def test_sworn_in_on_the_weekday_she_was_is_supported() -> None:
    found = _judged("Ana Ruiz was sworn in as prime minister on Tuesday.", [RUIZ], "role", AFTER_HANDOVER)
    assert set(found.values()) == {Verdict.SUPPORTED}, found


def test_took_office_on_the_day_of_the_month_she_did_is_supported() -> None:
    found = _judged("Ana Ruiz took office as prime minister on February 14.", [RUIZ], "role", AFTER_HANDOVER)
    assert set(found.values()) == {Verdict.SUPPORTED}, found
