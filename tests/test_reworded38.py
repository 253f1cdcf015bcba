"""Truthful rewordings of a claim keep the support the claim had (issue 15). A post still to be taken up, told with
its owner before it ("will take office as Norby's president"), is read by the parser as 'president of Norby': the
post is still the one to come, found in the claim's words in its possessive form, so the president-elect's row
supports it as it supports "will be sworn in as Norby's president"; another post in the same words stays unsettled."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, clause_claim, judged_body, verdict
from tests.support.ruiz import RUIZ
from verify.models import Verdict

DAY = dt.date(2025, 8, 4)  # two days before the oath
ELECT = boxed(
    "Lena Vos",
    "Lena Vos (born 3 March 1983) is a Norbian historian who is the president-elect of Norby since 1 June 2025.",
    [("office", "President-elect of Norby"), ("term_start", "6 August 2025"), ("succeeding", "Ivo Stam")],
    dt.datetime(2025, 6, 1, tzinfo=dt.UTC),
)


@pytest.mark.parametrize(
    ("words", "office", "expected"),
    [
        ("Lena Vos will take office as Norby's president", "president of Norby", Verdict.SUPPORTED),
        ("Lena Vos will take over as Norby's president", "president of Norby", Verdict.SUPPORTED),
        ("Lena Vos will take office as president of Norby", "president of Norby", Verdict.SUPPORTED),
        # the one-fact-false twin: another post, in the same possessive form
        ("Lena Vos will take office as Norby's prime minister", "prime minister of Norby", Verdict.UNVERIFIED),
    ],
)
def test_a_post_to_come_in_the_possessive_form_is_the_one_to_come(words: str, office: str, expected: Verdict) -> None:
    sentence = f"{words} on Wednesday."
    claim = clause_claim(words, "Lena Vos", "holds office", kind="role", value=office, sentence=sentence)
    assert verdict(claim, [ELECT], DAY).verdict == expected


# An age told by the birthday reached ("Ana Ruiz, who turned 50 in January,") is the aside "who is 50" is: the age is
# a fact of its own, judged by the birth date, and the clause it interrupts is claimed from its verb on, so that a
# label of the aside is not decided by the clause's other facts. A time phrase with a year tells an age then.
AFTER_BIRTHDAY = dt.date(2025, 3, 4)  # Ana Ruiz, born 1 January 1975, is 50


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Ana Ruiz, who turned 50 in January, met the cabinet on Monday.", [("Ana Ruiz, who turned 50", "supported")]),
        ("Ana Ruiz, who turned 50, met the cabinet on Monday.", [("Ana Ruiz, who turned 50", "supported")]),
        # the one-fact-false twin: another age
        (
            "Ana Ruiz, who turned 51 in January, met the cabinet on Monday.",
            [("Ana Ruiz, who turned 51", "contradicted")],
        ),
        # an age then, not now: no aside read
        ("Ana Ruiz, who turned 30 in 2005, met the cabinet on Monday.", []),
    ],
)
def test_an_age_told_by_the_birthday_reached_is_an_aside(body: str, expected: list[tuple[str, str]]) -> None:
    found = judged_body(body, [RUIZ], AFTER_BIRTHDAY)
    assert [(c.text, v.value) for c, v in found if c.kind == "clause" and c.predicate == "aged"] == expected
    interrupted = [c.text for c, _ in found if c.kind == "clause" and "met" in c.text]
    assert interrupted == (["met the cabinet on Monday"] if expected else [body.removesuffix(".")])
