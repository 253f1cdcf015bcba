"""Contradiction recall, session 50 (recall50c): a count of children against a page's children row that names some
of them after its count ('4; including Sharaf', the row a stored page gives a president): the count is the whole,
read as a bare row's. Invented people and pages, judged through extraction (`tests/support/judging.py`), each row
beside its twin (the true count still supported) and the rows whose count is a part or no count at all."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, claim_subjects, judged_body, verdict, verdict_on_words
from verify.models import Verdict

DAY = dt.date(2025, 1, 9)
_LEAD = "Tarn Orvik (born 1958) is a Vestrian politician who has served as president of Vestria since 2025."


def _orvik(children: str):
    return boxed("Tarn Orvik", _LEAD, [("office", "President of Vestria"), ("children", children)])


@pytest.mark.parametrize(
    ("row", "said", "expected"),
    [
        ("4; including Ana Orvik", "six", Verdict.CONTRADICTED),  # the count before the names is the whole
        ("4; including Ana Orvik", "four", Verdict.SUPPORTED),  # twin: the same count
        ("3, among them Ana Orvik", "five", Verdict.CONTRADICTED),
        ("3 (including one adopted)", "three", Verdict.SUPPORTED),
        ("2 (with Ana Ruiz)", "three", Verdict.UNVERIFIED),  # a part: the children with one partner
        ("2, 1 adopted", "three", Verdict.UNVERIFIED),  # no word naming some of them: not read
        ("4", "six", Verdict.CONTRADICTED),  # the bare row, as before
    ],
)
def test_a_childrens_row_naming_some_of_them_counts_them_all(row: str, said: str, expected: Verdict) -> None:
    body = f"Tarn Orvik was sworn in on Tuesday. He has {said} children."
    assert verdict_on_words(body, [_orvik(row)], DAY, "quantity", f"{said} children") == expected


def test_the_refutation_quotes_the_row() -> None:
    doc = _orvik("4; including Ana Orvik")
    body = "Tarn Orvik was sworn in on Tuesday. He has six children."
    [claim] = [c for c, _ in judged_body(body, [doc], DAY) if c.kind == "quantity"]
    got = verdict(claim, [doc], DAY)
    assert got.verdict == Verdict.CONTRADICTED
    assert got.evidence[0].snippet == "Children: 4; including Ana Orvik"


# ---------------------------------------------------------------------------------------------------------------
# "they" after a marriage: 'He is married to Ana Ruiz, and they have six children' counts the couple's children, his
# too; the clause had read "they" as the last thing the paragraph named (a king among the guests) and stood apart
# from the count's own claim, so the sentence's count went unjudged under the wrong name.
_GUESTS = "King Olaf of Norby was among the guests. Tarn Orvik joined the Norby Party in 2022."


@pytest.mark.parametrize(
    ("marriage", "subject"),
    [
        ("He is married to Ana Ruiz, and they have four children.", "Tarn Orvik"),
        ("He married Ana Ruiz in 2001 and they have four children.", "Tarn Orvik"),
        ("He met Ana Ruiz in 2001, and they have four children.", None),  # no marriage: "they" is not the couple
    ],
)
def test_they_after_a_marriage_is_the_couple(marriage: str, subject: str | None) -> None:
    found = claim_subjects(f"{_GUESTS} {marriage}", "four children")
    assert (subject in found) if subject else ("Tarn Orvik" not in found), found


@pytest.mark.parametrize(("said", "expected"), [("six", Verdict.CONTRADICTED), ("four", Verdict.SUPPORTED)])
def test_the_couples_children_are_judged_against_the_persons_row(said: str, expected: Verdict) -> None:
    body = f"{_GUESTS} He is married to Ana Ruiz, and they have {said} children."
    found = [v for c, v in judged_body(body, [_orvik("4")], DAY) if f"{said} children" in c.text]
    assert found == [expected], found


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # the clause kind's own reading: a deed of the couple's is told of the person, not of the king named before
        (f"{_GUESTS} He is married to Ana Ruiz, and they have lived in Halden since 2001.", "they have lived"),
        # nor of a bank named before it: the count is the person's, on the count's own claim
        ("Tarn Orvik was sworn in on Monday. The Korvik Bank sent a delegation. He is married to Ana Ruiz, and they "
         "have four children.", "they have four children"),
    ],
)
def test_the_clause_of_they_after_a_marriage_is_the_persons(text: str, words: str) -> None:
    assert set(claim_subjects(text, words)) <= {"Tarn Orvik"}, claim_subjects(text, words)
