"""open28's rows: review27's false "contradicted" on true news shapes, read the general way (a describing word before
a title, a 'then-' title, an apposition dated by a head who has left, a change in a count, a shadow post's title),
each beside a one-fact-false twin that must stay refuted. The invented pages are review27's
(`tests/test_review27.py`); the strict xfails there are the same rows, left for the lead to unmark at the merge."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.ruiz import RUIZ
from tests.test_review26 import AS_OF, _judged, _never
from tests.test_review27 import ESTONIAN, SHADOW, STAM
from verify.models import Document, InfoboxField, Verdict


# R3: a word that describes the holder ('Conservative', 'popular', 'Embattled', 'Veteran') is no part of the office:
# the parse reads it as an adjective on the title, or it stands before a whole post ('Prime Minister') or a
# portfolio's minister ('Finance Minister') and names no place, body or post.
@pytest.mark.parametrize(
    ("body", "docs", "day"),
    [
        pytest.param("Conservative Prime Minister Ana Ruiz spoke.", [RUIZ], AS_OF, id="party-word"),
        pytest.param("The deal was signed by popular Prime Minister Ana Ruiz.", [RUIZ], AS_OF, id="mid-sentence"),
        pytest.param("Embattled Estonian Prime Minister Ana Ruiz spoke.", [ESTONIAN], AS_OF, id="before-demonym"),
        pytest.param("Veteran Prime Minister Ivo Stam spoke.", [STAM], dt.date(2022, 5, 1), id="veteran"),
        pytest.param("Embattled Finance Minister Ana Ruiz spoke.", [RUIZ], dt.date(2022, 5, 1), id="minister-of"),
        pytest.param("the popular prime minister Ana Ruiz spoke.", [RUIZ], AS_OF, id="lower-case"),
    ],
)
def test_r3_a_describing_word_before_a_title_is_no_part_of_the_office(
    body: str, docs: list[Document], day: dt.date
) -> None:
    found = _judged(body, docs, ("role",), day)
    assert set(found.values()) == {Verdict.SUPPORTED}, found


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("The deal was signed by popular Finance Minister Ana Ruiz.", id="mid-sentence"),
        pytest.param("Conservative Finance Minister Ana Ruiz spoke.", id="past-post"),
        pytest.param("Embattled Finance Minister Ana Ruiz spoke.", id="before-a-portfolio"),
    ],
)
def test_r3_twin_a_post_no_longer_held_behind_a_describing_word_stays_refuted(body: str) -> None:
    found = _judged(body, [RUIZ], ("role",))
    assert Verdict.CONTRADICTED in found.values(), found


# Guards (review28 B5-B7, B9 on 0a0049e): a word that tells which post (a level of government, an opposition's) or the
# state of its holding (ousted, designated) stays in the office (titles.toml kept_before_a_post), and the 'then' that
# opens its clause ('Since then', 'By then', '; then') is an adverb's, no past status of the title.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("State Finance Minister Ana Ruiz spoke.", id="state"),
        pytest.param("Ousted Prime Minister Ana Ruiz spoke.", id="ousted"),
        pytest.param("Opposition Prime Minister Ana Ruiz spoke.", id="opposition"),
    ],
)
def test_r3_a_word_that_tells_the_post_or_its_holding_is_not_cut(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [RUIZ], ("role",))


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Since then Prime Minister Ana Ruiz has cut taxes.", id="since-then"),
        pytest.param("Ivo Stam resigned; then Prime Minister Ana Ruiz took charge.", id="semicolon"),
    ],
)
def test_r1_the_then_that_opens_a_clause_is_no_status_of_the_title(body: str) -> None:
    found = _judged(body, [RUIZ, STAM], ("role",))
    assert Verdict.SUPPORTED in found.values(), found


def test_r3_a_word_of_the_post_before_it_stays_in_the_office() -> None:
    found = _judged("Deputy Prime Minister Ana Ruiz spoke.", [RUIZ], ("role",))
    assert set(found.values()) == {Verdict.CONTRADICTED}, found  # she is prime minister, never deputy


# R1: 'then' before a title, with or without its hyphen, tells a holding at the sentence's time: never refuted as not
# held on the article's day, and never supported by a holding that goes on that day.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("The deal was signed by then-finance minister Ana Ruiz.", id="then-hyphen"),
        pytest.param("then-opposition leader Ana Ruiz criticised the deal.", id="then-opposition-leader"),
    ],
)
def test_r1_a_then_title_of_an_ended_term_is_supported(body: str) -> None:
    found = _judged(body, [RUIZ, STAM], ("role",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("In 2022, then-finance minister Ana Ruiz signed the deal.", id="then-hyphen-dated"),
        pytest.param("The deal was signed in 2020 by then Prime Minister Ivo Stam.", id="then-no-hyphen"),
    ],
)
def test_r1_a_dated_then_title_is_not_refuted_as_held_today(body: str) -> None:
    _never(Verdict.CONTRADICTED, body, [RUIZ, STAM], ("role",))


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("The deal was signed by then-prime minister Ana Ruiz.", id="undated"),
        pytest.param("In 2022, then-prime minister Ana Ruiz signed the deal.", id="dated"),
    ],
)
def test_r1_a_then_title_is_not_supported_by_a_holding_that_goes_on(body: str) -> None:
    _never(Verdict.SUPPORTED, body, [RUIZ, STAM], ("role",))


def test_r1_twin_a_title_after_and_then_is_read_as_held_today() -> None:
    # 'and then' tells what came next, not when the title was held: the finance term that ended still refutes it
    found = _judged("The vote passed, and then finance minister Ana Ruiz spoke.", [RUIZ], ("role",))
    assert Verdict.CONTRADICTED in found.values(), found


# R11: the head a post was held under, named right after it ('under Ivo Stam', 'in Ivo Stam's government'), dates the
# post to the head's time when the head's own page ends every term of theirs before the article's day: a past holding,
# supported only by a term that ended within the head's time.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz, finance minister under Ivo Stam, spoke.", id="under"),
        pytest.param("Ana Ruiz, finance minister in Ivo Stam's government, spoke.", id="government"),
    ],
)
def test_r11_a_post_under_a_head_who_has_left_is_a_past_holding(body: str) -> None:
    # supported here by her finance term, ended within Stam's; a reading that wants the head named in the evidence
    # (s28-fs28's served_under) may leave it unverified: never refuted either way
    _never(Verdict.CONTRADICTED, body, [RUIZ, STAM], ("role",))


def test_r11_a_post_never_held_in_that_heads_time_is_not_supported() -> None:
    # she became prime minister when Stam left: her term began after his ended (review27 R11's supported half)
    _never(Verdict.SUPPORTED, "Ana Ruiz, prime minister in Ivo Stam's government, spoke.", [RUIZ, STAM], ("role",))


# Ana Ruiz's page with her finance term's prime minister named in its rows, as officeholder infoboxes write it.
RUIZ_UNDER_STAM = RUIZ.model_copy(
    update={"infobox": (*RUIZ.infobox, InfoboxField(label="primeminister2", value="Ivo Stam"))}
)


def test_r11_a_head_still_in_office_on_the_day_dates_nothing() -> None:
    # on 10 June 2022 Stam was still prime minister: the post is one held on the article's day, and she held it then
    body = "Ana Ruiz, finance minister under Ivo Stam, spoke."
    found = _judged(body, [RUIZ_UNDER_STAM, STAM], ("role",), dt.date(2022, 6, 10))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


def test_r11_twin_a_head_whose_page_is_not_read_dates_nothing() -> None:
    # no page tells when Lena Vos governed: the post is read as held on the article's day, and her finance term ended
    found = _judged("Ana Ruiz, finance minister under Lena Vos, spoke.", [RUIZ, STAM], ("role",))
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


# R7's role part: 'Shadow' before a portfolio's minister says how the post is held (judging.toml other_post_words), so
# 'Shadow Trade' is no body's name 'ST' that the row 'Shadow Minister of Trade' would lack.
def test_r7_the_shadow_post_held_is_supported_by_its_own_row() -> None:
    found = _judged("Shadow Trade Minister Tom Berg spoke.", [SHADOW], ("role",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


def test_r7_twin_a_shadow_post_no_longer_held_stays_refuted() -> None:
    found = _judged("Shadow Finance Minister Tom Berg spoke.", [SHADOW], ("role",))
    assert set(found.values()) == {Verdict.CONTRADICTED}, found
