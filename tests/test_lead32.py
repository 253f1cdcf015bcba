"""Session 32's lead: lengths in office whose sentence names the post loosely or not at all, and reigns.

Read from the tuning verdict output's true claims left unverified: "steps down as governor of the Bank of Japan ...
after ten years in the post" (his page also lists the Asian Development Bank's presidency, so 'bank' named two
posts and none was measured), "leaves after eight years in office" (the sentence names no post) and "reigned for
three years" / "has been emir since September 2020" (a royalty infobox writes its throne as `succession` and its
span in one `reign` row, which no term reader read).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, verdict_on_words
from verify.models import InfoboxField, Verdict
from verify.offices import terms

SPRING_2023 = dt.date(2023, 4, 7)
JANUARY_2025 = dt.date(2025, 1, 9)
AUTUMN_2023 = dt.date(2023, 11, 30)


def _banker() -> list:
    """Jon Dahl: governor of the Bank of Norby for ten years, before that president of the Korvik Development Bank."""
    return [
        boxed(
            "Jon Dahl",
            "Jon Dahl (born 1950) is a Norbian economist who was governor of the Bank of Norby.",
            [
                ("office", "Governor of the Bank of Norby"),
                ("term_start", "20 March 2013"),
                ("term_end", "9 April 2023"),
                ("office2", "President of the Korvik Development Bank"),
                ("term_start2", "1 February 2005"),
                ("term_end2", "18 March 2013"),
            ],
        )
    ]


def test_the_post_a_sentence_names_best_measures_the_length():
    """'bank' is a word of both posts, 'norby' of the governorship alone: that one is named and measured (10.1
    years)."""
    body = "Jon Dahl steps down as governor of the Bank of Norby this weekend after ten years in the post."
    assert verdict_on_words(body, _banker(), SPRING_2023, "duration", "ten years") == Verdict.SUPPORTED


def test_a_length_the_best_named_post_does_not_give_is_not_supported():
    body = "Jon Dahl steps down as governor of the Bank of Norby this weekend after six years in the post."
    assert verdict_on_words(body, _banker(), SPRING_2023, "duration", "six years") != Verdict.SUPPORTED


def test_two_posts_named_as_well_measure_nothing():
    """'Korvik' names one post, 'Norby' the other: a tie that names neither, though the governorship's ten years
    would fit (and the infobox's first post is not taken for a sentence that names posts of the page)."""
    body = "Jon Dahl retired after ten years in the post, having led banks in Korvik and in Norby."
    assert verdict_on_words(body, _banker(), SPRING_2023, "duration", "ten years") == Verdict.UNVERIFIED


def _president() -> list:
    return [
        boxed(
            "Ana Ruiz",
            "Ana Ruiz (born 1944) is a Norbian politician who was president of Norby from 2017 to 2025.",
            [
                ("office", "President of Norby"),
                ("term_start", "7 January 2017"),
                ("term_end", "7 January 2025"),
                ("office2", "Chair of the Korvik Regional Council"),
                ("term_start2", "2 June 2020"),
                ("term_end2", "3 July 2022"),
            ],
        )
    ]


def test_a_length_in_office_naming_no_post_is_of_the_post_the_page_leads_with():
    body = "Ana Ruiz, 80, leaves after eight years in office."
    assert verdict_on_words(body, _president(), JANUARY_2025, "duration", "eight years") == Verdict.SUPPORTED


def test_a_length_the_lead_post_does_not_give_is_not_refuted_by_an_inferred_post():
    """The post is inferred twice over (no post named, the infobox's first taken): it may support, never refute,
    unless its term ends about the article's day (the next test); here half a year later."""
    body = "Ana Ruiz, 80, stepped down after six years in office."
    assert verdict_on_words(body, _president(), dt.date(2025, 7, 9), "duration", "six years") == Verdict.UNVERIFIED


@pytest.mark.parametrize(
    ("body", "as_of", "expected"),
    [
        ("Ana Ruiz, 80, leaves after twelve years in office.", JANUARY_2025, Verdict.CONTRADICTED),
        ("Ana Ruiz, 80, leaves after eight years in office.", JANUARY_2025, Verdict.SUPPORTED),
        ("Ana Ruiz, 80, leaves after twelve years in office.", dt.date(2025, 1, 2), Verdict.CONTRADICTED),
        # the term ended half a year before: the leaving told may be of another post
        ("Ana Ruiz, 80, leaves after twelve years in office.", dt.date(2025, 7, 9), Verdict.UNVERIFIED),
    ],
)
def test_a_leaving_on_the_lead_posts_last_day_is_of_that_term(body: str, as_of: dt.date, expected: Verdict) -> None:
    """'Akufo-Addo, 80, leaves after twelve years in office' on 9 January 2025, the presidency ending on 7 January
    (recall36: gh-2025-01-09's and pl-2025-08-08's term variants): the leaving the article tells is of the lead post's
    term when that term ends about the article's day, so a length it does not fit is refuted."""
    assert verdict_on_words(body, _president(), as_of, "duration", "years") == expected


@pytest.mark.parametrize("body", ["Ana Ruiz's eight-year tenure ended on Tuesday.", "Her eight-year stint ended."])
def test_a_length_of_a_tenure_naming_no_post_is_of_the_lead_post(body):
    body = "Ana Ruiz spoke in Norby. " + body
    assert verdict_on_words(body, _president(), JANUARY_2025, "duration", "eight-year") == Verdict.SUPPORTED


@pytest.mark.parametrize(
    "body",
    [
        "Ana Ruiz stepped down as finance minister after eight years in office.",
        "Ana Ruiz left the central bank after eight years in office.",
        "Ana Ruiz, who led the central bank, retired after eight years in office.",
    ],
)
def test_a_length_in_a_post_the_page_does_not_give_is_not_the_lead_posts(body):
    """The sentence names a post (or a body) the page never lists: the premiership's eight years are not its length
    (review32 B2)."""
    assert verdict_on_words(body, _president(), JANUARY_2025, "duration", "eight years") == Verdict.UNVERIFIED


def test_a_tenure_at_a_body_the_page_does_not_give_is_not_the_lead_posts():
    body = "Ana Ruiz spoke in Norby. Ana Ruiz's eight-year stint at the central bank ended on Tuesday."
    assert verdict_on_words(body, _president(), JANUARY_2025, "duration", "eight-year") == Verdict.UNVERIFIED


def test_a_length_in_all_is_no_length_of_holding_office():
    """'in total' names the whole of a length, not holding a post: the first office is not taken for it."""
    body = "Ana Ruiz, 80, leaves after eight years in total."
    assert verdict_on_words(body, _president(), JANUARY_2025, "duration", "eight years") == Verdict.UNVERIFIED


def _emir(reign: str) -> list:
    """A royalty infobox as Wikipedia writes it: the throne under `succession`, its span in one `reign` row."""
    return [
        boxed(
            "Sheikh Tarek Al-Norbi",
            "Sheikh Tarek Al-Norbi (25 June 1937 – 16 December 2023) was the Emir of Norby.",
            [
                ("succession", "Emir of Norby"),
                ("reign", reign),
                ("predecessor", "Sabah Al-Norbi"),
                ("birth_date", "25 June 1937"),
            ],
        )
    ]


@pytest.mark.parametrize(
    ("reign", "end"),
    [
        ("29 September 2020 – 16 December 2023", dt.date(2023, 12, 16)),
        ("29 September 2020 – present", None),
        ("29 September 2020 - 16 December 2023", dt.date(2023, 12, 16)),
    ],
)
def test_a_reign_row_is_the_thrones_term(reign, end):
    (term,) = terms(_emir(reign)[0].infobox)
    assert (term.office.value, term.start, term.end) == ("Emir of Norby", dt.date(2020, 9, 29), end)


def test_a_reign_row_keeps_its_own_label_and_words():
    """The term's rows quote the page's row: its label and the words of each end."""
    (term,) = terms(_emir("29 September 2020 – 16 December 2023")[0].infobox)
    assert [(r.label, r.value) for r in term.rows] == [("reign", "29 September 2020"), ("reign", "16 December 2023")]


def test_a_succession_row_without_a_reign_is_no_term():
    """An official post's infobox has a `succession` row too ('Second (3 U.S.C. § 19)'): with no reign it is not
    a throne."""
    rows = [InfoboxField(label="succession", value="Second"), InfoboxField(label="formation", value="1789")]
    assert terms(rows) == []


def test_the_reign_measures_a_length_on_the_throne():
    body = "Sheikh Tarek Al-Norbi, the 16th emir, has reigned for three years."
    docs = _emir("29 September 2020 – 16 December 2023")
    assert verdict_on_words(body, docs, AUTUMN_2023, "duration", "three years") == Verdict.SUPPORTED


def test_the_reign_dates_the_start_on_the_throne():
    body = "Sheikh Tarek Al-Norbi has been emir since September 2020."
    docs = _emir("29 September 2020 – 16 December 2023")
    assert verdict_on_words(body, docs, AUTUMN_2023, "date", "September 2020") == Verdict.SUPPORTED


def test_the_reign_refutes_another_start_on_the_throne():
    body = "Sheikh Tarek Al-Norbi has been emir since September 2019."
    docs = _emir("29 September 2020 – 16 December 2023")
    assert verdict_on_words(body, docs, AUTUMN_2023, "date", "September 2019") == Verdict.CONTRADICTED
