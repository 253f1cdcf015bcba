"""reword46 (session 46): truthful rewordings of a supported claim stay supported, and their one-fact-false twins
do not.

Rows use invented subjects; each was seen red before its fix or under its mutation (scripts/mutation_check.py).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, judged_body, page
from verify.models import Verdict

# pages saved after the articles' days: a post held on the article's day has ended since
LATER = dt.datetime(2026, 1, 5, tzinfo=dt.UTC)

PARTY_LEADER = boxed(
    "Karl Moen",
    "Karl Moen (born 1986) is a Norbian politician who led the Korvik Party from 2023 to 2025.",
    [("office", "Leader of the Korvik Party"), ("term_start", "27 October 2023"), ("term_end", "22 October 2025")],
    LATER,
)
JUDGE = boxed(
    "Ana Ruiz",
    "Ana Ruiz (born 1953) is a Norbian jurist who sat on the Korvik Court of Justice from 2018 to 2025.",
    [
        ("office1", "President of the Korvik Court of Justice"),
        ("term_start1", "6 February 2024"),
        ("term_end1", "14 January 2025"),
        ("office2", "Judge of the Korvik Court of Justice"),
        ("term_start2", "6 February 2018"),
        ("term_end2", "14 January 2025"),
    ],
    LATER,
)


def _durations(body: str, docs: list, day: dt.date) -> list[Verdict]:
    return [v for c, v in judged_body(body, docs, day) if c.kind == "duration"]


# A length held now ('who has led the party for almost ten months') was measured over the whole spell of a page saved
# after the spell ended (27 October 2023 to 22 October 2025: 23.9 months), so a true length told on 15 August 2024 was
# refuted (th-2024-08-15-r04); and a spell that began after the article's day (a presidency of the court from
# 6 February 2024, told on the 5th) was measured at all (icj-2024-02-05-r04). A present-perfect length runs to the
# article's day, over spells begun by then.
@pytest.mark.parametrize(
    ("body", "docs", "day", "outcome"),
    [
        pytest.param(
            "Karl Moen, who has led the Korvik Party for almost ten months, spoke on Thursday.",
            [PARTY_LEADER], dt.date(2024, 8, 15), Verdict.SUPPORTED, id="has-led-for-months-to-the-day",
        ),
        pytest.param(
            "Karl Moen, who has led the Korvik Party for almost three years, spoke on Thursday.",
            [PARTY_LEADER], dt.date(2024, 8, 15), Verdict.CONTRADICTED, id="twin-has-led-for-years",
        ),
        pytest.param(
            "Ana Ruiz, 70, a Norbian jurist who has sat on the court for nearly six years, will stay.",
            [JUDGE], dt.date(2024, 2, 5), Verdict.SUPPORTED, id="has-sat-for-years-before-a-later-spell",
        ),
        pytest.param(
            "Ana Ruiz, 70, a Norbian jurist who has sat on the court for nearly nine years, will stay.",
            [JUDGE], dt.date(2024, 2, 5), Verdict.CONTRADICTED, id="twin-has-sat-for-more-years",
        ),
    ],
)  # fmt: skip
def test_a_length_held_now_runs_to_the_articles_day(body: str, docs: list, day: dt.date, outcome: Verdict) -> None:
    assert _durations(body, docs, day) == [outcome]


MINISTER = boxed(
    "Ivo Stam",
    "Ivo Stam (born 1959) is an Icelandic politician who has been the president of Iceland since 2024.",
    [
        ("office", "President of Iceland"),
        ("term_start", "1 July 2024"),
        ("predecessor", "Eva Lund"),
        ("office3", "Minister of Foreign Relations"),
        ("term_start3", "1993"),
        ("term_end3", "1994"),
        ("president3", "Ada Lorn"),
        ("predecessor3", "Tom Berg"),
    ],
    LATER,
)


def _clauses(body: str, words: str) -> list[Verdict]:
    found = judged_body(body, [MINISTER], dt.date(2024, 7, 2))
    return [v for c, v in found if c.kind == "clause" and words in c.text]


# 'served as Icelandic foreign minister ... under President Ada Lorn, succeeding Tom Berg': the country of the adjective
# and the head's title after 'under' named the presidency as much as the ministry, whose title names no country, so the
# succession was judged against the presidency's predecessor and refuted (pa-2024-07-02-r04). The title of the head a
# post was held under names the head's post, not the one handed over.
@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        pytest.param(
            "Earlier, he served as Icelandic foreign minister from 1993 to 1994 under President Ada Lorn, succeeding "
            "Tom Berg.", Verdict.SUPPORTED, id="nationality-adjective-and-head-under",
        ),
        pytest.param(
            "Earlier, he served as Icelandic foreign minister from 1993 to 1994 under President Ada Lorn, succeeding "
            "Karl Moen.", Verdict.CONTRADICTED, id="twin-another-predecessor",
        ),
    ],
)  # fmt: skip
def test_the_head_a_post_was_held_under_names_no_post_handed_over(body: str, outcome: Verdict) -> None:
    body = f"Ivo Stam was sworn in on Monday as president. {body}"
    assert _clauses(body, "succeeding") == [outcome]


PRESIDENT = boxed(
    "Karl Moen",
    "Karl Moen (born 1955) is a Norbian economist, president of Korvik University since 2024.",
    [
        ("office", "President of Korvik University"),
        ("term_start", "2 January 2024"),
        ("office1", "Provost of Korvik University"),
        ("term_start1", "1 September 2011"),
        ("term_end1", "14 March 2024"),
    ],
    LATER,
)


# 'Karl Moen has led Korvik University for seven months' (held now) was set against both his presidency, running on the
# day (7.1 months) and his provostship, which he left before it (150 months): sources disagreeing, it went unverified
# (harvard-2024-08-05-r03, th-2024-08-15-r04 with a party's family head). A post left before the article's day refutes
# no length held now while a post held that day is found; the held post still refutes a wrong length.
@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        pytest.param("Karl Moen has led Korvik University for seven months.", Verdict.SUPPORTED, id="held-post-only"),
        pytest.param("Karl Moen has led Korvik University for seven years.", Verdict.CONTRADICTED, id="twin-years"),
    ],
)
def test_a_post_left_before_the_day_refutes_no_length_held_now(body: str, outcome: Verdict) -> None:
    assert _durations(body, [PRESIDENT], dt.date(2024, 8, 5)) == [outcome]


INTERIOR = page(
    "Ivo Stam",
    "Ivo Stam (born 1950) is an Icelandic politician. He was Minister of Interior (1978–1988, 2003–2006) and Minister "
    "of Defence (1988–1991).",
    LATER,
)


# "He served as Kuwait's interior minister from 1978 to 1988" (kw-2023-11-30-r04), 'Ireland's health minister from 2016
# to 2020': the country's possessive or adjective before the post was read as a word of the post, which the page's
# 'He was Minister of Interior (1978–1988)' does not hold. On the page of a person of that country the country goes
# unsaid; another country's post still names a country the page does not.
@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        pytest.param("He served as Iceland's interior minister from 1978 to 1988.", Verdict.SUPPORTED, id="possessive"),
        pytest.param("He served as Icelandic interior minister from 1978 to 1988.", Verdict.SUPPORTED, id="adjective"),
        pytest.param("He served as Norway's interior minister from 1978 to 1988.", Verdict.UNVERIFIED, id="twin-other"),
        pytest.param("He served as Danish interior minister from 1978 to 1988.", Verdict.UNVERIFIED, id="twin-adj"),
    ],
)
def test_a_persons_own_country_before_a_post_goes_unsaid(body: str, outcome: Verdict) -> None:
    found = judged_body(f"Ivo Stam died on Monday. {body}", [INTERIOR], dt.date(2023, 11, 30))
    assert [v for c, v in found if c.kind == "clause" and "1978" in c.text] == [outcome]


def _leader_since(start: str) -> list:
    return [
        boxed(
            "Karl Moen",
            f"Karl Moen (born 1940) is a Norbian politician, leader of the Korvik Party since {start}.",
            [("office", "Leader of the Korvik Party"), ("term_start", start)],
            LATER,
        )
    ]


# 'became emir last Saturday' (kw-2023-12-21-r03): a weekday after 'last' was no date at all (only 'on Saturday' was
# read), so the rewording of 'on 16 December 2023' went unverified. It is the such day before the report's day, never
# the report's own (said on a Thursday, 'last Thursday' is a week before).
@pytest.mark.parametrize(
    ("body", "start", "outcome"),
    [
        pytest.param("Karl Moen took office last Saturday.", "16 December 2023", Verdict.SUPPORTED, id="last-saturday"),
        pytest.param("Karl Moen took office last Sunday.", "16 December 2023", Verdict.CONTRADICTED, id="twin-sunday"),
        pytest.param("Karl Moen took office last Thursday.", "14 December 2023", Verdict.SUPPORTED,
                     id="last-thursday-said-on-a-thursday"),
        pytest.param("Karl Moen took office last Thursday.", "21 December 2023", Verdict.CONTRADICTED,
                     id="twin-last-thursday-is-not-the-reports-day"),
    ],
)  # fmt: skip
def test_a_weekday_after_last_is_the_such_day_before_the_report(body: str, start: str, outcome: Verdict) -> None:
    found = judged_body(f"NORBY, Dec 21 - {body}", _leader_since(start), dt.date(2023, 12, 21))
    assert [v for c, v in found if c.kind == "date"] == [outcome]
