"""The thirty-ninth session's lead: words a page's sentence gives to others' claims, reports or suggestions
(verify/kinds/quote/attribution.py `_claims_of_others`): 'She rejected claims that the deal was "…"' quotes the
claims, not her; the same words she said herself, or said in a report of her own, stay hers. A description's
nationality read against the infobox's nationality row (verify/kinds/clause/judge.py `_nationality_row_findings`)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, judged_body, page
from tests.test_review31 import _ruiz_said
from verify.models import Document, Verdict

AS_OF = dt.date(2024, 6, 1)
CLAIM = 'Ana Ruiz said the deal was "dead in the water".'


def _quote_verdicts(said: str) -> set[Verdict]:
    """The verdicts on the quote claims of CLAIM against Ana Ruiz's page quoting `said`."""
    return {v for c, v in judged_body(CLAIM, [_ruiz_said(said)], AS_OF) if c.kind == "quote"}


@pytest.mark.parametrize(
    "said",
    [
        pytest.param('In 2023 she rejected claims that the deal was "dead in the water".', id="rejected-claims-that"),
        pytest.param('In 2023 she denied reports the deal was "dead in the water".', id="denied-reports"),
        pytest.param('In 2023 she spoke amid suggestions the deal was "dead in the water".', id="amid-suggestions"),
        pytest.param('In 2023 she rejected Ivo Stam\'s claim that the deal was "dead in the water".', id="stams-claim"),
    ],
)
def test_words_of_claims_she_answers_are_not_hers(said: str) -> None:
    assert Verdict.SUPPORTED not in _quote_verdicts(said)


@pytest.mark.parametrize(
    "said",
    [
        pytest.param('In 2023 she said in a report the deal was "dead in the water".', id="said-in-a-report"),
        pytest.param('In 2023 she repeated her claim that the deal was "dead in the water".', id="her-own-claim"),
        pytest.param('In 2023 she made the claim that the deal was "dead in the water".', id="made-the-claim"),
    ],
)
def test_words_she_says_in_a_report_or_claim_of_her_own_are_hers(said: str) -> None:
    assert _quote_verdicts(said) == {Verdict.SUPPORTED}


# An invented page saved after the article, whose lead gives her post in the present ('has served ... since 2025') and
# no nationality; its infobox row gives it. The row is a fixed fact, not the later revision's present.
def _judge_page(nationality: str) -> Document:
    return boxed(
        "Ana Ruiz",
        "Ana Ruiz (born 1 January 1975) is a lawyer who has served as a judge of the Halden court since 2025.",
        [("nationality", nationality), ("birth_date", "1 January 1975")],
        dt.datetime(2025, 6, 2, tzinfo=dt.UTC),
    )


@pytest.mark.parametrize(
    ("body", "nationality", "verdicts"),
    [
        pytest.param("Ana Ruiz is a Swedish jurist.", "Norwegian", {Verdict.CONTRADICTED}, id="another"),
        pytest.param("Ana Ruiz is a Norwegian jurist.", "Norwegian", {Verdict.UNVERIFIED}, id="hers"),
        pytest.param("Ana Ruiz is a Swedish jurist.", "Norwegian, Swedish", {Verdict.UNVERIFIED}, id="one-of-two"),
        pytest.param(
            "Ana Ruiz is a Scottish jurist.", "British", {Verdict.UNVERIFIED}, id="a-nation-of-the-rows-state"
        ),
        pytest.param(
            "Ana Ruiz is a British jurist.", "Scottish", {Verdict.UNVERIFIED}, id="the-state-of-the-rows-nation"
        ),
    ],
)
def test_a_description_is_read_against_the_nationality_row(body: str, nationality: str, verdicts: set[Verdict]) -> None:
    found = {v for c, v in judged_body(body, [_judge_page(nationality)], AS_OF) if c.kind == "clause"}
    assert found == verdicts


# A deed a page tells as only scheduled ('was slated to launch in 2021 but was delayed', 'was due to open') is not
# done: it supports no claim that it was (review39 R5).
@pytest.mark.parametrize(
    ("told", "verdict"),
    [
        pytest.param("It was slated to launch in 2021 but was delayed to 2023.", None, id="slated-to"),
        pytest.param("It was due to launch in 2021, but the launch was postponed to 2023.", None, id="due-to"),
        pytest.param("It was scheduled to launch in 2021 but was delayed to 2023.", None, id="scheduled-to"),
        pytest.param("It launched in 2021.", Verdict.SUPPORTED, id="launched"),
    ],
)
def test_a_launch_only_scheduled_is_not_one_made(told: str, verdict: Verdict | None) -> None:
    doc = page(
        "Tarsa probe", f"The Tarsa probe is a Norbian spacecraft. {told}", dt.datetime(2025, 6, 2, tzinfo=dt.UTC)
    )
    found = {v for c, v in judged_body("The Tarsa probe was launched in 2021.", [doc], AS_OF) if c.kind == "clause"}
    assert found == {verdict} if verdict else found and Verdict.SUPPORTED not in found


# A deed whose infinitive completes a noun a verb turns down ('turned down an offer to join') is not done (review39 R4,
# its first shape); the offer accepted is read as before.


@pytest.mark.parametrize(
    ("told", "verdict"),
    [
        pytest.param("He turned down an offer to join Halden United in 2019.", None, id="turned-down"),
        pytest.param("He declined an invitation to join Halden United in 2019.", None, id="declined"),
        pytest.param("He joined Halden United in 2019.", Verdict.SUPPORTED, id="joined"),
    ],
)
def test_a_move_turned_down_is_not_made(told: str, verdict: Verdict | None) -> None:
    doc = page(
        "Tom Berg",
        f"Tom Berg (born 1 May 1990) is a Norbian footballer. {told}",
        dt.datetime(2025, 6, 2, tzinfo=dt.UTC),
    )
    found = {v for c, v in judged_body("Tom Berg joined Halden United in 2019.", [doc], AS_OF) if c.kind == "clause"}
    assert found == {verdict} if verdict else found and Verdict.SUPPORTED not in found


# A post held 'since' a year is a spell still running: a page sentence telling a spell of it that ended ('from 2012 to
# 2020', 'until 2020', 'previously led') does not state it (review39 R14); one ended in another year, or a past post
# beside the running one, leaves the running one stated.
@pytest.mark.parametrize(
    ("told", "verdict"),
    [
        pytest.param("She led the Norby Institute from 2012 until 2020.", None, id="from-until"),
        pytest.param("She previously led the Norby Institute, which she joined in 2012.", None, id="previously"),
        pytest.param(
            "She has led the Norby Institute since 2012, after chairing its board from 2008 to 2011.",
            Verdict.SUPPORTED,
            id="another-spell-ended",
        ),
        pytest.param(
            "She led the Norby Institute from 2012 to 2024.", Verdict.SUPPORTED, id="ended-in-the-articles-year"
        ),
        pytest.param(
            "She has led the Norby Institute since 2012 and previously chaired its board.",
            Verdict.SUPPORTED,
            id="a-past-post-beside",
        ),
    ],
)
def test_a_post_held_since_is_not_stated_by_a_spell_that_ended(told: str, verdict: Verdict | None) -> None:
    doc = page(
        "Nina Moe", f"Nina Moe (born 1970) is a Norbian economist. {told}", dt.datetime(2025, 6, 2, tzinfo=dt.UTC)
    )
    found = {
        v
        for c, v in judged_body("Nina Moe has led the Norby Institute since 2012.", [doc], AS_OF)
        if c.kind == "clause"
    }
    assert found == {verdict} if verdict else found and Verdict.SUPPORTED not in found


# Found by the thirty-ninth session's lead while checking review38 R6's mutations, which its 'up from' rows no longer
# pin; mended by the fortieth session's fsb40: a page sentence giving two years' figures with no 'up from' between them
# ('In 2023 it made a net profit of 200 million euros, and in 2022 a net profit of 150 million euros.') reads each
# figure at the year its own phrase gives (verify/figure_pairs.py `other_parts`, `readings`), in the clause and the
# quantity judge alike: the earlier year's figure supports no claim of the later year; the later year's still does.
@pytest.mark.parametrize(
    ("told", "supported"),
    [
        pytest.param(
            "In 2023 it made a net profit of 200 million euros, and in 2022 a net profit of 150 million euros.",
            False,
            id="and-in-2022",
        ),
        pytest.param(
            "In 2023 it made a net profit of 200 million euros, against 150 million euros in 2022.",
            False,
            id="against",
        ),
        pytest.param(
            "It made a net profit of 200 million euros in 2023 and 150 million euros in 2022.", False, id="and-bare"
        ),
        pytest.param(
            "It made a net loss in 2023 and a net profit of 150 million euros in 2022.", False, id="a-loss-and-a-profit"
        ),
        pytest.param(
            "In 2023 it made a net profit of 150 million euros, and in 2022 a net profit of 200 million euros.",
            True,
            id="the-claims-year-first",
        ),
    ],
)
def test_another_years_figure_of_the_sentence_does_not_support(told: str, supported: bool) -> None:
    doc = page("Korvik Bank", f"Korvik Bank is a Norbian bank. {told}", dt.datetime(2025, 6, 2, tzinfo=dt.UTC))
    found = judged_body("Korvik Bank made a net profit of 150 million euros in 2023.", [doc], AS_OF)
    verdicts = {c.kind: v for c, v in found}
    if supported:
        assert verdicts == {"clause": Verdict.SUPPORTED, "quantity": Verdict.SUPPORTED}
    else:
        assert verdicts and Verdict.SUPPORTED not in verdicts.values()


# Its twin the other way: the first year's figure is no figure of the year set beside it. The clause judge reads the
# beside figure with the rest of the sentence's words but none of its figures or years (fsb40).
def test_the_first_years_figure_is_not_the_other_years() -> None:
    told = "In 2023 it made a net profit of 200 million euros, and in 2022 a net profit of 150 million euros."
    doc = page("Korvik Bank", f"Korvik Bank is a Norbian bank. {told}", dt.datetime(2025, 6, 2, tzinfo=dt.UTC))
    found = judged_body("Korvik Bank made a net profit of 200 million euros in 2022.", [doc], AS_OF)
    assert found and Verdict.SUPPORTED not in {v for _, v in found}
