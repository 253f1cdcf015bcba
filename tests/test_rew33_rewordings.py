"""Session 33 (rew33): truthful rewordings keep the support their plain wording has.

From a private check of invented rewordings (a length of holding office told with the bare kind of post or with
'in office' alone), each beside a one-fact-false twin that must not become supported. The people, posts and pages
are invented.
"""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, verdict_on_words
from verify.models import Verdict

MARCH_2025 = dt.date(2025, 3, 12)


def _president() -> list:
    """Edda Karls: the seventh President of Norby since August 2024, its finance minister from 2017 to 2021."""
    return [
        boxed(
            "Edda Karls",
            "Edda Karls (born 3 May 1968) is a Norbian politician who has served as the seventh president of Norby "
            "since 1 August 2024. She was Minister of Finance from 2017 to 2021.",
            [
                ("office", "President of Norby"),
                ("order", "7th"),
                ("term_start", "1 August 2024"),
                ("office2", "Minister of Finance"),
                ("term_start2", "30 November 2017"),
                ("term_end2", "28 November 2021"),
                ("birth_date", "3 May 1968"),
            ],
        )
    ]


def _vice_president() -> list:
    """Ola Berg: Vice President of Norby since August 2024, the first post of his infobox."""
    return [
        boxed(
            "Ola Berg",
            "Ola Berg (born 1970) is a Norbian politician who has been Vice President of Norby since 1 August 2024.",
            [("office", "Vice President of Norby"), ("term_start", "1 August 2024"), ("birth_date", "2 June 1970")],
        )
    ]


def test_a_length_in_office_naming_no_post_is_the_first_posts() -> None:
    """'who has been in office for seven months': only the person and office itself before the length, so it is
    of the post her infobox leads with (7.4 months since 1 August 2024)."""
    body = "Edda Karls, who has been in office for seven months, opened the session."
    assert verdict_on_words(body, _president(), MARCH_2025, "duration", "seven months") == Verdict.SUPPORTED


def test_a_wrong_length_in_office_naming_no_post_is_not_supported() -> None:
    """Inferred, the first post may only support: a length it does not fit stays unverified."""
    body = "Edda Karls, who has been in office for three years, opened the session."
    assert verdict_on_words(body, _president(), MARCH_2025, "duration", "three years") == Verdict.UNVERIFIED


def test_a_length_with_the_bare_kind_of_the_first_post() -> None:
    """'has been president for seven months' names the kind of post only ('president' says no country), which
    every word of 'President of Norby' holds."""
    body = "Edda Karls, 56, has been president for seven months."
    assert verdict_on_words(body, _president(), MARCH_2025, "duration", "seven months") == Verdict.SUPPORTED


def test_a_deputys_post_is_not_the_bare_kind() -> None:
    """'has been president' of a vice president: the words are all in 'Vice President of Norby', but that is
    another post, so its length says nothing of his."""
    body = "Ola Berg, 54, has been president for seven months."
    assert verdict_on_words(body, _vice_president(), MARCH_2025, "duration", "seven months") != Verdict.SUPPORTED


def test_a_length_with_a_body_after_it_is_not_the_first_posts() -> None:
    """'in office for seven months at the fisheries council' names a body her first post is not."""
    body = "Edda Karls has been in office for seven months at the fisheries council."
    assert verdict_on_words(body, _president(), MARCH_2025, "duration", "seven months") != Verdict.SUPPORTED


def test_a_kind_the_first_posts_title_lacks_is_not_that_post() -> None:
    """'has been mayor for seven months' names a post her first one ('President of Norby') is not."""
    body = "Edda Karls, 56, has been mayor for seven months."
    assert verdict_on_words(body, _president(), MARCH_2025, "duration", "seven months") != Verdict.SUPPORTED


def test_a_sentence_naming_two_posts_of_the_page_measures_neither() -> None:
    """A sentence naming both her presidency ('Norby') and her past ministry ('finance') leaves 'in office' open:
    the first post is not inferred over the posts it names."""
    body = "Edda Karls, who has been in office for seven months, was Norby's finance minister until 2021."
    assert verdict_on_words(body, _president(), MARCH_2025, "duration", "seven months") != Verdict.SUPPORTED
