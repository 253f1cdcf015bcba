"""fixs43 (session 43): rows for the mends of review42's open false verdicts (R17, R4, R20, R19, R1, R16) that its
own rows do not guard: the twins each mend must keep."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import page
from tests.test_review26 import SAVED
from tests.test_review38 import _judged_whole
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.models import Document, Verdict

DAY = dt.date(2024, 6, 1)


def _roles(body: str) -> list[tuple[str, str | None]]:
    """The role claims (holder, post) extracted from an invented article of `body`."""
    claims = extract_claims(article_from_text(f"Norby news\n\n{body}\n", as_of=DAY))
    return [(c.subject, c.value) for c in claims if c.kind == "role"]


# R17: 'Its director' after a body named only by a description of its own ('the weather agency said') is that body's
# director; a description after an organisation its paragraph named as a subject stands for that organisation.
@pytest.mark.parametrize(
    ("body", "post"),
    [
        pytest.param(
            "Prices in Norby rose 3%, the statistics agency said. Its director, Ivo Stam, said rises would slow.",
            "director of the statistics agency",
            id="described-body",
        ),
        pytest.param(
            "Korvik Group cut 500 jobs, the mining company said. Its chief executive, Jon Dahl, said more would go.",
            "chief executive of Korvik Group",
            id="description-of-the-subject",
        ),
    ],
)
def test_its_post_is_the_body_named_last(body: str, post: str) -> None:
    assert [v for _, v in _roles(body)] == [post]


def _actress(told: str) -> Document:
    """Nina Moe's invented page: a Norbian actress, with `told` after her lead."""
    return page("Nina Moe", f"Nina Moe (born 1975) is a Norbian actress. {told}", SAVED)


# R4: an award's category in bare lower-case words after it ('for best actress') is a value of the claim: read in the
# claim's sentence when its words end at the award, not stated by a page giving the award alone; a reason after 'for'
# ('for her role in ...') is no category, and a claim giving none is stated by a page giving one.
@pytest.mark.parametrize(
    ("told", "body", "verdict"),
    [
        pytest.param(
            "In 2021 she won the Korvik Prize for best actress.",
            "Nina Moe won the Korvik Prize for best supporting actress in 2021.",
            Verdict.UNVERIFIED,
            id="category-past-the-claims-words",
        ),
        pytest.param(
            "In 2021 she won the Korvik Prize.",
            "Nina Moe won the Korvik Prize for best actress in 2021.",
            Verdict.UNVERIFIED,
            id="category-unsaid",
        ),
        pytest.param(
            "In 2021 she won the Korvik Prize for her performance in The Long Winter.",
            "Nina Moe won the Korvik Prize for her role in The Long Winter in 2021.",
            Verdict.SUPPORTED,
            id="a-reason",
        ),
        pytest.param(
            "In 2021 she won the Korvik Prize for best director.",
            "Nina Moe won the Korvik Prize in 2021.",
            Verdict.SUPPORTED,
            id="no-category-claimed",
        ),
    ],
)
def test_an_awards_category_is_a_value(told: str, body: str, verdict: Verdict) -> None:
    assert set(_judged_whole(body, [_actress(told)], "clause", "Korvik Prize", DAY)) == {verdict}


def _climber(told: str) -> Document:
    """Nina Moe's invented page: a Norbian mountaineer, with `told` after her lead."""
    return page("Nina Moe", f"Nina Moe (born 1970) is a Norbian mountaineer. {told}", SAVED)


# R20: a first narrowed past its deed's last name ('without oxygen') ranks among fewer, either way round; the words of
# its time ('at the age of 25', 'in May 1995') and another clause after it ('when she ...') narrow nothing, and a
# claim's narrowing the page words in part is the page's.
@pytest.mark.parametrize(
    ("told", "body", "verdict"),
    [
        pytest.param(
            "She was the first woman to climb Mount Korvik.",
            "Nina Moe was the first woman to climb Mount Korvik without oxygen.",
            Verdict.UNVERIFIED,
            id="claim-narrowed",
        ),
        pytest.param(
            "She was the first woman to climb Mount Korvik without oxygen.",
            "Nina Moe was the first woman to climb Mount Korvik without supplemental oxygen.",
            Verdict.SUPPORTED,
            id="narrowed-alike",
        ),
        pytest.param(
            "She was the first woman to climb Mount Korvik at the age of 25.",
            "Nina Moe was the first woman to climb Mount Korvik.",
            Verdict.SUPPORTED,
            id="at-an-age",
        ),
        pytest.param(
            "She was the first woman to climb Mount Korvik when she reached its summit in 1995.",
            "Nina Moe was the first woman to climb Mount Korvik.",
            Verdict.SUPPORTED,
            id="another-clause",
        ),
    ],
)
def test_a_first_narrowed_past_its_deed(told: str, body: str, verdict: Verdict) -> None:
    assert _judged_whole(body, [_climber(told)], "clause", "first", DAY) == [verdict]


# R19: a hospital named after another town than the claimed one still gives another birthplace.
def test_a_hospital_named_after_another_town_refutes() -> None:
    doc = page("Eva Lund", "Eva Lund (born 1968) is a Norbian politician. She was born at Halden Hospital.", SAVED)
    assert _judged_whole("Eva Lund was born in Korvik.", [doc], "clause", "born", DAY) == [Verdict.CONTRADICTED]


def _fever(told: str) -> Document:
    """The invented disease's page, named after the town of Korvik, with `told` after its lead."""
    return page("Korvik fever", f"Korvik fever is a viral disease first identified in Norby in 2011. {told}", SAVED)


# R1: the disease's page calls the outbreak the claim counts ('The 2022 outbreak of Korvik fever') by its noun alone,
# of the same year; another year's outbreak is not it, nor one the page gives no year (which of them is unsaid).
@pytest.mark.parametrize(
    ("told", "verdict"),
    [
        pytest.param("The 2022 outbreak infected 3,400 people.", Verdict.CONTRADICTED, id="same-year-another-count"),
        pytest.param("The 2019 outbreak infected 300 people.", Verdict.UNVERIFIED, id="another-year"),
        pytest.param("The outbreak infected 300 people.", Verdict.UNVERIFIED, id="no-year-given"),
    ],
)
def test_the_outbreak_on_the_diseases_page(told: str, verdict: Verdict) -> None:
    body = "The 2022 outbreak of Korvik fever infected 4,300 people."
    assert _judged_whole(body, [_fever(told)], "quantity", "4,300", DAY) == [verdict]


def _banker(told: str) -> Document:
    """Jon Dahl's invented page: a Norbian banker, with `told` after his lead."""
    return page("Jon Dahl", f"Jon Dahl (born 1960) is a Norbian banker. {told}", SAVED)


# R16: a page stating the opposite verdict with the claim's values refutes it, either way round; another year's verdict
# does not, and a page stating the claim's own deed too (beside another charge's, or on appeal) supports it.
@pytest.mark.parametrize(
    ("told", "body", "words", "verdict"),
    [
        pytest.param(
            "In 2021 he was acquitted of fraud.",
            "Jon Dahl was convicted of fraud in 2021.",
            "convicted",
            Verdict.CONTRADICTED,
            id="convicted-against-acquitted",
        ),
        pytest.param(
            "In 2021 he was convicted of fraud.",
            "Jon Dahl was cleared of fraud in 2021.",
            "cleared",
            Verdict.CONTRADICTED,
            id="cleared-against-convicted",
        ),
        pytest.param(
            "In 2019 he was convicted of fraud.",
            "Jon Dahl was acquitted of fraud in 2021.",
            "acquitted",
            Verdict.UNVERIFIED,
            id="another-year",
        ),
        pytest.param(
            "In 2021 he was acquitted of fraud but convicted of tax evasion.",
            "Jon Dahl was acquitted of fraud in 2021.",
            "acquitted",
            Verdict.SUPPORTED,
            id="both-deeds",
        ),
        pytest.param(
            "In 2021 he was convicted of fraud. He was acquitted of fraud on appeal in 2021.",
            "Jon Dahl was acquitted of fraud in 2021.",
            "acquitted",
            Verdict.SUPPORTED,
            id="acquitted-on-appeal",
        ),
    ],
)
def test_the_opposite_verdict(told: str, body: str, words: str, verdict: Verdict) -> None:
    assert _judged_whole(body, [_banker(told)], "clause", words, DAY) == [verdict]
