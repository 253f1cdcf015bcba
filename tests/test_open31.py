"""open31: true news shapes review30 found called false, read as they are meant. Each row is an invented sentence
judged against the invented pages of tests/test_review30.py and the reviews before it, with its one-fact-false twin
where one exists."""

from __future__ import annotations

import pytest

from tests.support.judging import page
from tests.support.ruiz import RUIZ
from tests.test_review26 import SAVED, _judged
from tests.test_review27 import PARTY, STAM, WORKS
from tests.test_review30 import ALLIANCE, ECONOMY
from verify.models import Verdict


# review30 R13: a bare count before an organisation's own name counts some of its members, not all of them.
@pytest.mark.parametrize(
    "body",
    [
        "Twelve NATO member states backed the plan.",
        "12 NATO members signed the letter.",
        "Ministers from 12 NATO member states met in Oslo.",
        "Only 23 NATO member states meet the spending target.",
    ],
)
def test_a_bare_count_before_the_owners_name_is_some_of_its_members(body: str) -> None:
    found = _judged(body, [ALLIANCE], ("quantity",))
    assert set(found.values()) == {Verdict.UNVERIFIED}, found


@pytest.mark.parametrize("body", ["The 30 NATO member states met in Oslo.", "All 30 NATO member states met in Oslo."])
def test_a_count_worded_as_the_whole_before_the_owners_name_is_still_refuted(body: str) -> None:
    found = _judged(body, [ALLIANCE], ("quantity",))
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


# review30 R5: the figure a change started from ('up from 52') is of an earlier time the sentence does not give.
@pytest.mark.parametrize(
    "body", ["The Norby Party won 61 seats in 2023, up from 52.", "The Norby Party won 61 seats in 2023, down from 72."]
)
def test_the_figure_a_change_started_from_is_not_the_count_now(body: str) -> None:
    found = _judged(body, [PARTY], ("quantity",))
    assert found == {"quantity: 61 seats": Verdict.SUPPORTED, f"quantity: {body[-8:-1]}": Verdict.UNVERIFIED}, found


# a party's page giving its seats now, with no year: a yearless figure of the article's sentence is read against it
SEATS_NOW = page(
    "Norby Party", "The Norby Party is a centre-right party in Norby. It holds 61 seats in parliament.", SAVED
)


def test_the_figure_a_change_started_from_is_not_refuted_by_the_count_now() -> None:
    found = _judged("The Norby Party has 61 seats, up from 52.", [SEATS_NOW], ("quantity",))
    assert found == {"quantity: 61 seats": Verdict.SUPPORTED, "quantity: from 52": Verdict.UNVERIFIED}, found


# review30 R6: a figure is not judged in the year told of the figure it moved from or is set beside.
@pytest.mark.parametrize(
    ("body", "docs", "words"),
    [
        ("The Norby Party won 61 seats, up from 52 in 2019.", [PARTY], "61 seats"),
        (
            "Norby Steelworks produced 2.1 million tonnes of steel in 2023, up from 1.8 million tonnes in 2022.",
            [WORKS],
            "2.1 million tonnes",
        ),
        (
            "Norby Steelworks produced 2.1 million tonnes of steel in 2023, compared with 1.8 million tonnes in 2022.",
            [WORKS],
            "2.1 million tonnes",
        ),
        (
            "Norby Steelworks produced 2.1 million tonnes of steel in 2023 and 1.8 million tonnes in 2022.",
            [WORKS],
            "2.1 million tonnes",
        ),
    ],
)
def test_a_figure_is_not_judged_in_the_year_of_the_figure_beside_it(body: str, docs: list, words: str) -> None:
    assert _judged(body, docs, ("quantity",))[f"quantity: {words}"] == Verdict.UNVERIFIED


@pytest.mark.parametrize(
    ("body", "words", "outcome"),
    [
        ("The Norby Party won 61 seats in 2023, up from 52 in 2019.", "61 seats", Verdict.SUPPORTED),
        ("The Norby Party won 61 seats in 2023, up from 52 in 2019.", "from 52", Verdict.SUPPORTED),
        ("The Norby Party won 61 seats, up from 42 in 2019.", "from 42", Verdict.CONTRADICTED),
    ],
)
def test_each_figure_of_a_pair_is_judged_in_its_own_year(body: str, words: str, outcome: Verdict) -> None:
    assert _judged(body, [PARTY], ("quantity",))[f"quantity: {words}"] == outcome


def test_the_earlier_figure_with_a_wrong_value_of_its_year_is_refuted() -> None:
    body = "Norby Steelworks produced 2.1 million tonnes of steel in 2023, compared with 1.6 million tonnes in 2022."
    assert _judged(body, [WORKS], ("quantity",))["quantity: 1.6 million tonnes"] == Verdict.CONTRADICTED


def test_a_year_told_after_two_figures_joined_by_and_dates_both() -> None:
    found = _judged("The Norby Party won 61 seats and 36.2% of the vote in 2023.", [PARTY], ("quantity",))
    assert found["quantity: 61 seats"] == Verdict.SUPPORTED, found


# review30 R19: the page's figure a change started from ('rose to 5.2%, from 4.1% in 2022') is not the one it rose to.
@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        ("Norby's unemployment rate rose to 4.1% in 2023.", Verdict.UNVERIFIED),
        ("Norby's unemployment rate rose to 5.2% in 2022.", Verdict.UNVERIFIED),
        ("Norby's unemployment rate rose to 5.2% in 2023.", Verdict.SUPPORTED),
    ],
)
def test_a_page_figure_a_change_started_from_does_not_support_the_later_one(body: str, outcome: Verdict) -> None:
    found = _judged(body, [ECONOMY], ("clause",))
    assert set(found.values()) == {outcome}, found


# review30 R9: 'at the time' after an apposed title, and the title of the one replaced, are a past holding, read as
# 'then prime minister' is: never refuted as held today, never supported without a span of the sentence's year.
# Merged with s31-fs31's reading of the sentence's years (role judge `then_in_the_sentences_years`), the true rows
# are supported by his term of 2015-2023 (the branch alone left them unverified).
@pytest.mark.parametrize(
    ("body", "words"),
    [
        ("Ivo Stam, prime minister at the time, visited Korvik in 2019.", "Ivo Stam, prime minister at the time"),
        ("Ana Ruiz replaced Ivo Stam, prime minister since 2015.", "Ivo Stam, prime minister"),
    ],
)
def test_a_title_held_at_the_sentences_time_is_read_as_then(body: str, words: str) -> None:
    found = _judged(body, [RUIZ, STAM], ("role",))
    assert found == {f"role: {words}": Verdict.SUPPORTED}, found


@pytest.mark.parametrize(
    "body",
    [
        "Ana Ruiz, prime minister at the time, visited Korvik in 2019.",
        "Ivo Stam, prime minister at the time, visited Korvik in 2024.",
    ],
)
def test_a_title_not_held_at_the_sentences_time_is_not_supported(body: str) -> None:
    found = _judged(body, [RUIZ, STAM], ("role",))
    assert found and Verdict.SUPPORTED not in found.values(), found


def test_the_title_of_one_apposed_to_the_replacer_is_still_held_today() -> None:
    found = _judged("Ana Ruiz, prime minister since 2023, replaced Ivo Stam.", [RUIZ, STAM], ("role",))
    assert found["role: Ana Ruiz, prime minister"] == Verdict.SUPPORTED, found


# review31 B1: a part is never more than its whole: a bare count before the owner's name above its head count is
# refuted.
@pytest.mark.parametrize("body", ["Forty NATO member states backed the plan.", "35 NATO members signed the letter."])
def test_a_part_larger_than_its_whole_is_refuted(body: str) -> None:
    found = _judged(body, [ALLIANCE], ("quantity",))
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


# review31 B3: a claim telling a change from its first figure to its last is matched against the page's whole change.
FELL = page("Economy of Norby", "Norby's unemployment rate fell to 4.1% in 2023, from 5.2% in 2022.", SAVED)


def test_a_change_told_from_one_figure_to_another_is_supported_by_the_same_change() -> None:
    found = _judged("Norby's unemployment rate fell from 5.2% in 2022 to 4.1% in 2023.", [FELL], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# review31 B4: a figure after a bare ', from' is the one a change started from only after the figure it reached.
AID = page("2023 Korvik earthquake", "The 2023 Korvik earthquake struck Norby. Aid came from 14 countries.", SAVED)


@pytest.mark.parametrize(("count", "outcome"), [("9", Verdict.CONTRADICTED), ("14", Verdict.SUPPORTED)])
def test_a_figure_after_a_comma_and_from_with_no_change_told_is_judged(count: str, outcome: Verdict) -> None:
    found = _judged(
        f"Aid reached Norby after the 2023 Korvik earthquake, from {count} countries.", [AID], ("quantity",)
    )
    assert set(found.values()) == {outcome}, found
