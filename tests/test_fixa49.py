"""Session 49's fixa49 rows: a clause's other facts judged against the page's sentence that tells them, each with its
twin (the true case still right). Invented articles and pages, judged whole (`tests/test_review48.py`'s helpers)."""

from __future__ import annotations

import pytest

from tests.test_review48 import STATS_DIRECTOR, SWORN, _lund, _moen, _verdicts
from verify.models import Verdict


# An aside after the subject's name telling the same event as the page's sentence, on another day, leaves the clause it
# is part of unstated (review48 S6); the right day, an aside of another event, or no day in the page leave it stated.
@pytest.mark.parametrize(
    ("body", "verdict"),
    [
        pytest.param("Eva Lund, who was sworn in on 29 May, succeeded Karl Moen.", Verdict.UNVERIFIED, id="day"),
        pytest.param("Eva Lund, sworn in on 29 May, succeeded Karl Moen.", Verdict.UNVERIFIED, id="participle"),
        pytest.param("Eva Lund, who was sworn in on May 27, succeeded Karl Moen.", Verdict.SUPPORTED, id="month-day"),
        pytest.param("Eva Lund, who was sworn in on Tuesday, succeeded Karl Moen.", Verdict.SUPPORTED, id="weekday"),
        pytest.param(
            "Eva Lund, who was sworn in on Wednesday, succeeded Karl Moen.", Verdict.UNVERIFIED, id="another-weekday"
        ),
        pytest.param(
            "Eva Lund, who was born on 9 September 1970, succeeded Karl Moen.", Verdict.SUPPORTED, id="another-event"
        ),
    ],
)
def test_an_asides_day_is_the_pages_day_of_that_event(body: str, verdict: Verdict) -> None:
    assert _verdicts(body, [SWORN], "clause", "succeeded") == [verdict]


# A post still to come, its word after the post ('-designate', ' designate', '-elect'), does not date the naming to the
# post itself (review48 S1); the page naming her to the post itself does.
@pytest.mark.parametrize(
    ("told", "verdict"),
    [
        pytest.param("On 2 May 2025 she was named Prime Minister designate.", Verdict.UNVERIFIED, id="designate"),
        pytest.param("On 2 May 2025 she was named prime minister-elect.", Verdict.UNVERIFIED, id="elect"),
        pytest.param("On 2 May 2025 she was named prime minister.", Verdict.SUPPORTED, id="the-post"),
    ],
)
def test_a_post_to_come_does_not_date_the_post(told: str, verdict: Verdict) -> None:
    assert _verdicts("Eva Lund was named prime minister on 2 May 2025.", [_lund(told)], "date") == [verdict]


# The post told right after a step into office dated without its post ('took office on 4 March 2021 as ...') must be
# the office begun that day: its post word, its qualifiers and the names it gives (review48 S13); a description of the
# same post ('the first female director') asks nothing more.
@pytest.mark.parametrize(
    ("post", "verdict"),
    [
        pytest.param("as chair of the Data Council", Verdict.UNVERIFIED, id="post"),
        pytest.param("as director of the Data Council", Verdict.UNVERIFIED, id="body"),
        pytest.param("as the first female director of the statistics office", Verdict.SUPPORTED, id="described"),
        pytest.param("as director of the Norby Statistics Office", Verdict.SUPPORTED, id="named"),
    ],
)
def test_the_post_after_the_date_is_the_office_begun(post: str, verdict: Verdict) -> None:
    body = f"Eva Lund took office on 4 March 2021 {post}."
    assert _verdicts(body, [STATS_DIRECTOR], "date", "took office") == [verdict]


# A noun or participle of candidacy above the deed's infinitive ('a candidate to', 'in line to', 'tipped to') tells a
# deed hoped for, not done (review48 S2); the first or only candidate to do it did it.
@pytest.mark.parametrize(
    ("told", "verdict"),
    [
        pytest.param("In 2012 he was a candidate to win a seat in Halden.", Verdict.UNVERIFIED, id="candidate"),
        pytest.param("In 2012 he was tipped to win a seat in Halden.", Verdict.UNVERIFIED, id="tipped"),
        pytest.param("In 2012 he was in line to win a seat in Halden.", Verdict.UNVERIFIED, id="in-line"),
        pytest.param("In 2012 he was the first candidate to win a seat in Halden.", Verdict.SUPPORTED, id="first"),
        pytest.param("In 2012 he was the only candidate to win a seat in Halden.", Verdict.SUPPORTED, id="only"),
        pytest.param("In 2012 he was the youngest candidate to win a seat in Halden.", Verdict.SUPPORTED, id="most"),
    ],
)
def test_a_candidate_to_do_it_did_not_do_it(told: str, verdict: Verdict) -> None:
    assert _verdicts("Karl Moen won a seat in Halden in 2012.", [_moen(told)], "clause") == [verdict]


# A deed told only by its noun owned by another named person ('the dissent of Justice Eva Lund') is that person's deed,
# not the subject's (review48 S16); the subject's own noun ('the dissent of Justice Karl Moen') stays his.
@pytest.mark.parametrize(
    ("judge", "verdict"),
    [
        pytest.param("Eva Lund", Verdict.UNVERIFIED, id="anothers"),
        pytest.param("Karl Moen", Verdict.SUPPORTED, id="his-own"),
    ],
)
def test_a_deeds_noun_of_another_is_not_the_subjects(judge: str, verdict: Verdict) -> None:
    told = f"In 2022 the court, over the dissent of Justice {judge}, upheld the election result."
    assert _verdicts("Karl Moen dissented in 2022.", [_moen(told)], "clause", "dissented") == [verdict]
