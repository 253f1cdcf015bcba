"""The lead's rows of session 41: a first of a kind apposed to a holder's name is her place in the post's line,
true after her spell ends (review38 R4, decided so in session 41), and only what the page states of it."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, page
from tests.test_review26 import SAVED, _judged
from tests.test_review38 import OBITUARY_DAY
from verify.models import Verdict

DAY_2024 = dt.date(2024, 6, 1)  # after the pages' revision (saved 1 May 2024)


def _lind(told: str) -> list:
    """Greta Lind's invented page: prime minister of Norby 1995-2005, dead in January 2024; `told` after the lead."""
    return [
        boxed(
            "Greta Lind",
            "Greta Lind (3 March 1950 – 2 January 2024) was a Norbian politician who served as Prime Minister of "
            f"Norby from 1995 to 2005. {told}",
            [("office", "Prime Minister of Norby"), ("term_start", "1 May 1995"), ("term_end", "1 May 2005")],
            SAVED,
        )
    ]


def _roles(body: str, told: str) -> set[Verdict]:
    found = _judged(body, _lind(told), ("role",), day=OBITUARY_DAY)
    assert found, "no role claim extracted"
    return set(found.values())


_FIRST = "She was the first woman to serve as prime minister."


@pytest.mark.parametrize(
    ("body", "told"),
    [
        pytest.param("Greta Lind, the first female prime minister, has died.", _FIRST, id="apposed"),
        pytest.param(
            "Greta Lind, Norby's first female prime minister, has died.",
            "She was the first woman to serve as prime minister of Norby.",
            id="countrys",
        ),
        pytest.param("Greta Lind, the country's first woman prime minister, died on Tuesday.", _FIRST, id="woman"),
    ],
)
def test_a_first_of_a_kind_the_page_states_is_supported_after_the_spell(body: str, told: str) -> None:
    assert _roles(body, told) == {Verdict.SUPPORTED}


def test_a_first_of_a_kind_of_a_post_she_never_held_is_not_supported() -> None:
    found = _roles("Greta Lind, the first female finance minister, has died.", _FIRST)
    assert Verdict.SUPPORTED not in found, found


def test_a_first_of_a_kind_the_page_does_not_state_is_not_supported() -> None:
    # she held the post; that she was its first woman is told nowhere: the holding alone does not prove the first
    found = _roles("Greta Lind, the first female prime minister, has died.", "She studied law at Korvik University.")
    assert Verdict.SUPPORTED not in found, found


def test_a_first_of_a_kind_the_page_gives_another_is_not_supported() -> None:
    found = _roles(
        "Greta Lind, the first female prime minister, has died.",
        "She succeeded Ana Ruiz, the first woman to serve as prime minister, in 1995.",
    )
    assert Verdict.SUPPORTED not in found, found


@pytest.mark.parametrize(
    "told",
    [
        pytest.param("In 1995 she became Prime Minister of Sweden, the first woman to hold the office.", id="post"),
        pytest.param(
            "In 1995 she was elected prime minister of the United Kingdom, the first woman to hold the office.",
            id="country",
        ),
    ],
)
def test_a_first_apposed_to_her_own_post_is_hers(told: str) -> None:
    assert _roles("Greta Lind, the first female prime minister, has died.", told) == {Verdict.SUPPORTED}


# --- a spell claimed to run to the article's day is not supported by a page's spell ended years before it (review41 R3)
def _lund_page(told: str) -> list:
    """Eva Lund's invented page, no infobox: a Norbian politician, with `told` after her lead."""
    return [page("Eva Lund", f"Eva Lund (born 1968) is a Norbian politician. {told}", SAVED)]


def _clauses(body: str, told: str) -> set[Verdict]:
    found = _judged(body, _lund_page(told), ("clause",), day=DAY_2024)
    assert found, "no clause claim extracted"
    return set(found.values())


@pytest.mark.parametrize(
    ("body", "told"),
    [
        pytest.param("Eva Lund has been finance minister since 2019.", "She was finance minister from 2019 to 2021.",
                     id="has-been"),
        pytest.param("Eva Lund has been mayor of Korvik since 2019.", "She was mayor of Korvik from 2019 until 2022.",
                     id="until"),
    ],
)  # fmt: skip
def test_a_running_spell_is_not_supported_by_one_the_page_ends_before_the_day(body: str, told: str) -> None:
    assert Verdict.SUPPORTED not in _clauses(body, told)


@pytest.mark.parametrize(
    ("body", "told"),
    [
        pytest.param("Eva Lund has been finance minister since 2019.", "She has been finance minister since 2019.",
                     id="running-on-the-page"),
        pytest.param("Eva Lund had been finance minister since 2019 when she resigned.",
                     "She was finance minister from 2019 to 2021.", id="pluperfect-to-a-past-day"),
    ],
)  # fmt: skip
def test_a_spell_the_page_gives_to_the_day_the_claim_means_is_supported(body: str, told: str) -> None:
    assert Verdict.SUPPORTED in _clauses(body, told)


# --- a level a change reached and the change's size are two facts in the same figure (review41 R15)
def _bank_page(told: str) -> list:
    """Korvik Bank's invented page: a Norbian bank, with `told` after its lead."""
    return [page("Korvik Bank", f"Korvik Bank is a bank based in Korvik, Norby. {told}", SAVED)]


def _bank_clauses(body: str, told: str) -> set[Verdict]:
    found = _judged(body, _bank_page(told), ("clause",), day=DAY_2024)
    assert found, "no clause claim extracted"
    return set(found.values())


@pytest.mark.parametrize(
    ("body", "told"),
    [
        pytest.param("Korvik Bank's deposits grew to 8% in 2023.", "In 2023 its deposits grew by 8%.", id="to-by"),
        pytest.param("Korvik Bank's lending fell by 5% in 2023.", "In 2023 its lending fell to about 5%.", id="by-to"),
    ],
)
def test_a_change_and_the_level_it_reached_do_not_state_each_other(body: str, told: str) -> None:
    assert Verdict.SUPPORTED not in _bank_clauses(body, told)


@pytest.mark.parametrize(
    ("body", "told"),
    [
        pytest.param("Korvik Bank's deposits grew to 8% in 2023.", "In 2023 its deposits grew to 8%.", id="to-to"),
        pytest.param("Korvik Bank's lending fell by 5% in 2023.", "In 2023 its lending fell by about 5%.", id="by-by"),
    ],
)
def test_a_change_told_alike_is_supported(body: str, told: str) -> None:
    assert Verdict.SUPPORTED in _bank_clauses(body, told)


# --- a sum's currency is its figure's own, not any the sentence names (review41 R14)
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Korvik Bank made a net profit of 240 million euros in 2023.", id="word"),
        pytest.param("Korvik Bank made a net profit of €240 million in 2023.", id="symbol"),
    ],
)
def test_a_sum_converted_from_another_currency_does_not_state_the_first(body: str) -> None:
    told = "In 2023 it made a net profit of 240 million kroner (about 22 million euros)."
    assert Verdict.SUPPORTED not in _bank_clauses(body, told)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Korvik Bank made a net profit of 22 million euros in 2023.", id="converted"),
        pytest.param("Korvik Bank made a net profit of 240 million kroner in 2023.", id="own-currency"),
    ],
)
def test_a_sum_in_its_own_currency_is_supported(body: str) -> None:
    told = "In 2023 it made a net profit of 240 million kroner (about 22 million euros)."
    assert Verdict.SUPPORTED in _bank_clauses(body, told)


# --- a person dies once: the page's death date settles a claimed day of death (review41 R11)
def _stam_page() -> list:
    return [page("Ivo Stam", "Ivo Stam (12 June 1941 – 3 May 2024) was a Norbian politician.", SAVED)]


def _dates(body: str) -> set[Verdict]:
    found = _judged(body, _stam_page(), ("date",), day=dt.date(2024, 5, 6))
    assert found, "no date claim extracted"
    return set(found.values())


def test_the_day_of_death_the_leads_life_span_gives_is_supported() -> None:
    assert _dates("Ivo Stam died on 3 May 2024.") == {Verdict.SUPPORTED}


def test_another_day_of_death_is_contradicted_by_the_leads_life_span() -> None:
    assert _dates("Ivo Stam died on 2 May 2024.") == {Verdict.CONTRADICTED}


def test_a_death_with_its_place_is_not_settled_by_the_day_alone() -> None:
    assert Verdict.SUPPORTED not in _dates("Ivo Stam died in Tarsa on 3 May 2024.")
