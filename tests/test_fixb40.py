"""Regressions review40 found on merged branches, mended (fixb40, session 40). Invented people and pages, each
claim judged through the article's whole judging on the article's day.

- B3 (s40-recall40): a life span in brackets in the lead, '(12 June 1941 – 3 January 2024)', is the person's whose
  name it follows (`verify.match.own_lifespan`, `verify.holder.bracket_follows`). On a living politician's page
  that names her late father with his dates, the span is his: neither her birth nor her death.
- B5 (s40-fcc40): a wide clause whose deed's day the page supports, beside an ordinal refuted on its own row, is
  unverified on its other words: neither refuted (the day) nor supported (its words state the false ordinal).
- B1, B2 (s40-fsa40): a refusal after the page's verb undoes only a deed told by the refused object's noun; an aim
  word a verb carries out ('passed an impeachment motion') tells the deed done; 'press' aims only through 'for'.
- B6 (s40-rew40): a post whose owner the claim only points back at ('the country's') is not another body's.
- B7 (s40-fsb40): 'the oldest university in Norby' is the rank a page words "Norby's oldest university".
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, page
from tests.test_review38 import _judged_whole
from verify.models import Document, Verdict

SAVED = dt.datetime(2024, 5, 1, tzinfo=dt.UTC)
DAY = dt.date(2024, 6, 1)  # the article's day, after the pages' revision

# B3: leads of a living politician, Nora Vik, whose father's life span follows his name or the noun apposed to it.
FATHERS_SPAN = [
    pytest.param(
        "Nora Vik is a Norbian politician and the daughter of Aron Vik, the former prime minister "
        "(2 March 1940 – 9 January 2024).",
        id="post-apposed-to-his-name",
    ),
    pytest.param(
        "Nora Vik is a Norbian politician, the daughter of former prime minister Aron Vik (2 March 1940 – 9 January "
        "2024).",
        id="after-his-name",
    ),
    pytest.param(
        "Nora Vik is a Norbian politician. Her father, a former prime minister (2 March 1940 – 9 January 2024), "
        "founded the Norby Party.",
        id="after-her-father",
    ),
]


@pytest.mark.parametrize("lead", FATHERS_SPAN)
def test_a_fathers_life_span_does_not_refute_her_age(lead: str) -> None:
    # his span read as hers would make her 83, dead since January
    doc = page("Nora Vik", lead, SAVED)
    verdicts = _judged_whole("Nora Vik, 57, spoke in parliament on Monday.", [doc], "clause", "57", DAY)
    assert Verdict.CONTRADICTED not in verdicts


@pytest.mark.parametrize("lead", FATHERS_SPAN)
def test_a_fathers_age_at_death_does_not_support_hers(lead: str) -> None:
    doc = page("Nora Vik", lead, SAVED)
    verdicts = _judged_whole("Nora Vik, 83, spoke in parliament on Monday.", [doc], "clause", "83", DAY)
    assert Verdict.SUPPORTED not in verdicts


@pytest.mark.parametrize(
    ("age", "expected"),
    [
        pytest.param("56", Verdict.SUPPORTED, id="her-age"),
        pytest.param("55", Verdict.CONTRADICTED, id="her-age-at-his-death"),
    ],
)
def test_her_age_is_read_on_the_day_not_at_her_fathers_death(age: str, expected: Verdict) -> None:
    # her own birth in the lead, his span after his name: she is alive, her age is today's
    doc = page(
        "Nora Vik",
        "Nora Vik (born 4 February 1968) is a Norbian politician and the daughter of Aron Vik, the former prime "
        "minister (2 March 1940 – 9 January 2024).",
        SAVED,
    )
    verdicts = _judged_whole(f"Nora Vik, {age}, spoke in parliament on Monday.", [doc], "clause", age, DAY)
    assert verdicts == [expected]


@pytest.mark.parametrize(
    "lead",
    [
        pytest.param("Nora Vik (2 March 1940 – 9 January 2024) was a Norbian politician.", id="her-name"),
        pytest.param("Dame Nora Vik DBE (2 March 1940 – 9 January 2024) was a Norbian politician.", id="styled"),
    ],
)
def test_her_own_life_span_still_gives_her_age_at_death(lead: str) -> None:
    doc = page("Nora Vik", lead, SAVED)
    assert _judged_whole("Nora Vik, 83, has died.", [doc], "clause", "83", DAY) == [Verdict.SUPPORTED]


# B5 (s40-fcc40): a wide clause whose deed's day the page supports, beside an ordinal its own row refutes, is judged on
# its other words: the day keeps it from being refuted, and does not make words stating the false ordinal supported.
BERG = boxed(
    "Lina Berg",
    "Lina Berg (born 2 May 1971) is a Norbian politician serving as the 13th Prime Minister of Norby since 14 February "
    "2023.",
    [
        ("birth_date", "2 May 1971"),
        ("office", "13th Prime Minister of Norby"),
        ("term_start", "14 February 2023"),
    ],
    SAVED,
)
SWORN_IN_DAY = dt.date(2023, 2, 15)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Lina Berg was sworn in on 14 February as Norby's 15th prime minister.", id="a-later-number"),
        pytest.param(
            "Lina Berg was sworn in on Tuesday, 14 February, as Norby's 11th prime minister.", id="with-its-weekday"
        ),
    ],
)
def test_a_clause_stating_a_refuted_ordinal_is_not_supported_by_its_day(body: str) -> None:
    verdicts = _judged_whole(body, [BERG], "clause", "sworn in", SWORN_IN_DAY)
    assert verdicts == [Verdict.UNVERIFIED]


def test_the_clause_with_her_own_ordinal_is_supported() -> None:
    body = "Lina Berg was sworn in on Tuesday, 14 February, as Norby's 13th prime minister."
    assert _judged_whole(body, [BERG], "clause", "sworn in", SWORN_IN_DAY) == [Verdict.SUPPORTED]


# B1 (s40-fsa40): a refusal coordinated after the page's verb ('..., but the court rejected it') undoes the deed only
# when the verb took the deed's own noun ('tendered his resignation'); a deed the verb tells itself was done, what
# became of its object aside.
def _karl(told: str) -> Document:
    """Karl Moen's invented page: a Norbian trade unionist, with `told` after his lead."""
    return page("Karl Moen", f"Karl Moen (born 1958) is a Norbian trade unionist. {told}", SAVED)


@pytest.mark.parametrize(
    ("told", "body", "words"),
    [
        pytest.param(
            "He lodged an appeal in 2016, but the tribunal rejected it.",
            "Karl Moen lodged an appeal in 2016.",
            "appeal",
            id="lodged-an-appeal",
        ),
        pytest.param(
            "He appealed in 2016, but the tribunal rejected it.",
            "Karl Moen appealed in 2016.",
            "appealed",
            id="appealed",
        ),
        pytest.param(
            "He proposed the merger in 2016, but the members rejected it.",
            "Karl Moen proposed the merger in 2016.",
            "merger",
            id="proposed-a-merger",
        ),
        pytest.param(
            "He made a bid for the paper in 2016, but its owners turned it down.",
            "Karl Moen made a bid for the paper in 2016.",
            "bid",
            id="made-a-bid",
        ),
    ],
)
def test_a_deed_done_then_rejected_is_still_supported(told: str, body: str, words: str) -> None:
    assert _judged_whole(body, [_karl(told)], "clause", words, DAY) == [Verdict.SUPPORTED]


def test_a_resignation_tendered_then_rejected_is_no_resignation() -> None:
    doc = _karl("He tendered his resignation in 2016, but the union's board rejected it.")
    assert Verdict.SUPPORTED not in _judged_whole("Karl Moen resigned in 2016.", [doc], "clause", "2016", DAY)


# B2 (s40-fsa40): an aim word carried out by the verb that takes it ('passed an impeachment motion', 'executed a
# warrant for his arrest', 'gave in to demands for his resignation') tells the aimed deed done; one only issued or
# tabled does not.
@pytest.mark.parametrize(
    ("told", "body"),
    [
        pytest.param(
            "In 2016 the assembly passed an impeachment motion against him.",
            "Karl Moen was impeached in 2016.",
            id="motion-passed",
        ),
        pytest.param(
            "In 2016 officers executed a warrant for his arrest at the union's offices.",
            "Karl Moen was arrested in 2016.",
            id="warrant-executed",
        ),
        pytest.param(
            "In 2016 he bowed to demands for his resignation.", "Karl Moen resigned in 2016.", id="bowed-to-demands"
        ),
    ],
)
def test_an_aim_carried_out_supports_the_deed(told: str, body: str) -> None:
    assert _judged_whole(body, [_karl(told)], "clause", "2016", DAY) == [Verdict.SUPPORTED]


@pytest.mark.parametrize(
    ("told", "body"),
    [
        pytest.param(
            "In 2016 a judge issued a warrant for his arrest.", "Karl Moen was arrested in 2016.", id="warrant-issued"
        ),
        pytest.param(
            "In 2016 the opposition tabled an impeachment motion against him.",
            "Karl Moen was impeached in 2016.",
            id="motion-tabled",
        ),
    ],
)
def test_an_aim_only_issued_or_tabled_does_not_support_the_deed(told: str, body: str) -> None:
    assert Verdict.SUPPORTED not in _judged_whole(body, [_karl(told)], "clause", "2016", DAY)


# B2 (s40-fsa40), the idiom: 'press' aims at a deed only through 'for' ('pressed for his arrest'); 'pressed charges'
# is charging.
@pytest.mark.parametrize(
    ("told", "body", "expected"),
    [
        pytest.param(
            "In 2016 prosecutors pressed charges against him.",
            "Karl Moen was charged in 2016.",
            Verdict.SUPPORTED,
            id="pressed-charges",
        ),
        pytest.param(
            "In 2016 his rivals pressed for his arrest.",
            "Karl Moen was arrested in 2016.",
            Verdict.UNVERIFIED,
            id="pressed-for-his-arrest",
        ),
    ],
)
def test_press_aims_at_a_deed_only_through_for(told: str, body: str, expected: Verdict) -> None:
    assert _judged_whole(body, [_karl(told)], "clause", "2016", DAY) == [expected]


# B6 (s40-rew40): a post whose owner the claim only points back at ('the country's finance minister') is the story's
# body's: a page spell naming another owner of that post does not support it; one naming the owner the sentence
# names, or none, does.
@pytest.mark.parametrize(
    ("told", "body", "expected"),
    [
        pytest.param(
            "He was finance minister of Denmark from 2009 to 2013.",
            "Karl Moen, a Norbian economist, was the country's finance minister from 2009 to 2013.",
            Verdict.UNVERIFIED,
            id="another-countrys-minister",
        ),
        pytest.param(
            "He was deputy chairman of Halden Steel from 2009 to 2013.",
            "The Norby Rail Company said Karl Moen was the company's deputy chairman from 2009 to 2013.",
            Verdict.UNVERIFIED,
            id="another-companys-deputy",
        ),
        pytest.param(
            "He was deputy chairman of the Norby Rail Company from 2009 to 2013.",
            "The Norby Rail Company said Karl Moen was the company's deputy chairman from 2009 to 2013.",
            Verdict.SUPPORTED,
            id="the-company-its-sentence-names",
        ),
    ],
)
def test_a_post_pointed_back_at_is_the_storys_bodys(told: str, body: str, expected: Verdict) -> None:
    assert _judged_whole(body, [_karl(told)], "clause", "from 2009", DAY) == [expected]


# B7 (s40-fsb40): a superlative ranked within a named place ('the busiest port in Norby') is the same rank a page
# words with the place's possessive ("Norby's busiest port"); another place's first is not.
def _harbour(told: str) -> Document:
    """The Port of Korvik's invented page, with `told` after its lead."""
    return page("Port of Korvik", f"The Port of Korvik is a seaport on the Norbian coast. {told}", SAVED)


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        pytest.param("It is Norby's busiest port.", Verdict.SUPPORTED, id="the-places-possessive"),
        pytest.param("It is Tarsa's busiest port.", Verdict.UNVERIFIED, id="another-places-possessive"),
    ],
)
def test_a_first_in_a_place_is_the_places_first(told: str, expected: Verdict) -> None:
    body = "The Port of Korvik is the busiest port in Norby."
    assert _judged_whole(body, [_harbour(told)], "clause", "busiest", DAY) == [expected]
