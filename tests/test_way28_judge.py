"""Wrong date, wrong place and a successor before taking office, read in the twenty-eighth session (way28's private
check of invented variant pairs, written before these fixes). Invented people and pages; each false variant beside
its true twin, which stays supported. Each test extracts a one-sentence article and judges its claims against the
pages.

- A day or month written without its year ('was appointed governor in March', 'on 4 May') takes the article's year;
  a page's sentence dating the same step within a year of the article's day ('appointed governor ... on 14 May
  2024') refutes it, as an infobox row already did. A month's bare name is the claim's date, not a word its verb
  takes ('governor', not 'governor March').
- A step told as past ('took over as governor on 1 May') of the post the claim names, which the person's page has
  begin after the article's day: that start dates it, and an earlier day is refuted (a successor named as having
  taken over before the day the page gives).
- A thing's once-step its own infobox dates in a row named by the claim's single verb ('Opened: 26 July 2022' for
  'The bridge opened on 26 June 2022'): the row refutes another day, as an event's date row does; a step told of
  something of the thing's ('the bridge's second lane opened'), or a verb that takes an object or a qualifier
  ('opened a new cycle lane', 'was opened to pedestrians': review28 B8), is not the row's.
- A birth region of the same kind as the page's ('born in Sisak-Moslavina County' against 'Vukovar,
  Vukovar-Srijem County'): the page's word 'County' does not mention the claimed county.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, judged_body, verdict_on_words
from verify.models import Document, Verdict

SUMMER_2024 = dt.date(2024, 6, 3)

_PERIC = boxed(
    "Tomislav Perić",
    "Tomislav Perić (born 5 May 1966) is a Croatian economist who has been Governor of the Croatian National Bank "
    "since 1 July 2024. He was appointed governor by the Croatian Parliament on 14 May 2024, succeeding Boris "
    "Vujčić.",
    [("office", "Governor of the Croatian National Bank"), ("term_start", "1 July 2024"),
     ("predecessor", "Boris Vujčić"), ("birth_date", "5 May 1966"), ("birth_place", "Split, Croatia")],
)  # fmt: skip
_BABIC = boxed(
    "Ana Babić",
    "Ana Babić (born 3 March 1975) is a Croatian economist and politician who has served as Minister of Finance of "
    "Croatia since 17 May 2022. She was born in Vukovar, in Vukovar-Srijem County, and worked at the Croatian "
    "National Bank.",
    [("office", "Minister of Finance"), ("term_start", "17 May 2022"),
     ("birth_date", "3 March 1975"), ("birth_place", "Vukovar, Vukovar-Srijem County, Croatia")],
)  # fmt: skip

_BRIDGE = boxed(
    "Pelješac Bridge",
    "Pelješac Bridge is a bridge in Dubrovnik-Neretva County, Croatia. It spans the sea channel between the mainland "
    "and the Pelješac peninsula near Komarna.",
    [("name", "Pelješac Bridge"), ("opened", "26 July 2022"), ("locale", "Dubrovnik-Neretva County, Croatia")],
)


def _verdict_on(body: str, docs: list[Document], kind: str, words: str, as_of: dt.date = SUMMER_2024) -> Verdict:
    """The verdict on the one claim of `kind` whose words hold `words`, extracted from `body`."""
    return verdict_on_words(body, docs, as_of, kind, words)


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        ("in March", Verdict.CONTRADICTED),
        ("on 4 May", Verdict.CONTRADICTED),
        ("in May", Verdict.SUPPORTED),
        ("on 14 May", Verdict.SUPPORTED),
    ],
)
def test_a_yearless_day_is_refuted_by_a_page_sentence_dating_the_step_near_the_article(
    when: str, expected: Verdict
) -> None:
    body = f"Tomislav Perić was appointed governor {when}."
    assert _verdict_on(body, [_PERIC], "date", when) == expected


def test_a_yearless_day_is_not_refuted_by_a_sentence_dating_the_step_years_before_the_article() -> None:
    # the article is two years on: 'in March' may recount an older year's step
    body = "Tomislav Perić was appointed governor in March."
    assert _verdict_on(body, [_PERIC], "date", "in March", dt.date(2026, 6, 3)) == Verdict.UNVERIFIED


@pytest.mark.parametrize(
    ("step", "expected"),
    [
        ("took over as governor on 1 May", Verdict.CONTRADICTED),
        ("will take over as governor on 1 July", Verdict.SUPPORTED),
    ],
)
def test_a_past_step_before_the_start_the_page_gives_after_the_article_is_refuted(step: str, expected: Verdict) -> None:
    body = f"Tomislav Perić {step}."
    assert _verdict_on(body, [_PERIC], "date", "governor on") == expected


def test_a_past_step_naming_no_post_is_not_dated_by_a_start_after_the_article() -> None:
    # 'took over on 1 May' names no post: the governorship begun after the article's day may be another step
    body = "Tomislav Perić took over on 1 May."
    assert all(v != Verdict.CONTRADICTED for _, v in judged_body(body, [_PERIC], SUMMER_2024))


@pytest.mark.parametrize(
    ("county", "expected"),
    [
        ("Sisak-Moslavina County", Verdict.CONTRADICTED),
        ("Vukovar-Srijem County", Verdict.SUPPORTED),
    ],
)
def test_a_birth_county_other_than_the_pages_county_is_refuted(county: str, expected: Verdict) -> None:
    body = f"Ana Babić was born in {county}."
    assert _verdict_on(body, [_BABIC], "clause", county) == expected


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("26 June 2022", Verdict.CONTRADICTED),
        ("26 July 2022", Verdict.SUPPORTED),
    ],
)
def test_a_things_step_is_dated_by_its_own_row_named_by_the_verb(day: str, expected: Verdict) -> None:
    body = f"The Pelješac Bridge opened on {day}."
    assert _verdict_on(body, [_BRIDGE], "date", day) == expected


def test_a_step_of_a_part_of_the_thing_is_not_dated_by_its_row() -> None:
    body = "The Pelješac Bridge's second lane opened on 26 June 2022."
    assert all(v != Verdict.CONTRADICTED for _, v in judged_body(body, [_BRIDGE], SUMMER_2024))


@pytest.mark.parametrize(
    "step",
    ["opened a new cycle lane on 26 June 2022", "was opened to pedestrians on 23 July 2022"],
)
def test_a_thing_that_opens_something_or_opens_to_some_is_not_dated_by_its_opening_row(step: str) -> None:
    # another step than the bridge's own opening (review28 B8)
    body = f"The Pelješac Bridge {step}."
    assert all(v != Verdict.CONTRADICTED for _, v in judged_body(body, [_BRIDGE], SUMMER_2024))
