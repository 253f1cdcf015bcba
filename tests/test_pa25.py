"""Four general causes of false 'contradicted' verdicts found on an unseen subject (a change of president),
each shown with invented people and pages."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, clause_claim, verdict
from verify.app import article_from_text
from verify.extract import extract_claims

_ORLA = boxed(
    "Orla Venn",
    "Orla Venn (born 3 May 1958) is a Vestrian politician, diplomat and lawyer serving as the 12th president of "
    "Vestria since 2024.",
    [
        ("office", "President of Vestria"),
        ("term_start", "1 July 2024"),
        ("office1", "Minister of Public Security"),
        ("term_start1", "14 April 2010"),
        ("term_end1", "30 June 2014"),
        ("office3", "Minister of Foreign Relations"),
        ("predecessor3", "Ivo Stam"),
        ("president3", "Ada Lorn"),
        ("term_end3", "1994"),
        ("term_start3", "1993"),
    ],
)


def test_a_former_occupation_is_not_refuted_by_the_leads_description():
    """'Orla Venn is a lawyer and former diplomat': a lead's 'is a ... diplomat' names what she is known as, not a
    post held on the article's day, so it does not make 'former' false."""
    claim = clause_claim(
        "Orla Venn is a lawyer and former diplomat", "Orla Venn", "holds office", kind="role",
        relation="holds office", value="former diplomat",
    )  # fmt: skip
    assert verdict(claim, [_ORLA], dt.date(2024, 6, 28)).verdict.value != "contradicted"


def test_the_head_a_minister_served_under_is_not_the_post():
    """'he was foreign minister from 1993 to 1994 under President Ada Lorn': the president named after 'under' is
    who the term was served under, not a post the page must list for those years."""
    text = "he was foreign minister from 1993 to 1994 under President Ada Lorn"
    claim = clause_claim(text, "Orla Venn", "was", object="President Ada Lorn", value="President Ada Lorn", time="1993")
    assert verdict(claim, [_ORLA], dt.date(2024, 7, 2)).verdict.value == "supported"
    other = text.replace("Ada Lorn", "Ivo Stam")  # the term's row names another president: not shown, not refuted
    stam = "President Ivo Stam"
    claim = clause_claim(other, "Orla Venn", "was", object=stam, value=stam, time="1993")
    assert verdict(claim, [_ORLA], dt.date(2024, 7, 2)).verdict.value == "unverified"


def _claims(body: str, as_of: dt.date) -> list:
    article = article_from_text(f"Venn sworn in\n\n{body}", as_of=as_of)
    return extract_claims(article)


def test_a_dateline_does_not_date_a_clause_with_a_weekday_of_its_own():
    """'NORBY, July 2 - Orla Venn was sworn in on Monday': the dateline says when the report was filed; the clause's
    own 'on Monday' is its time."""
    body = "NORBY, July 2 - Orla Venn was sworn in on Monday as Vestria's 12th president, succeeding Ada Lorn."
    times = [c.time for c in _claims(body, dt.date(2024, 7, 2)) if c.kind == "clause" and "sworn" in c.text]
    assert times and all(t != "July 2" for t in times), times


def test_a_surname_alone_is_the_person_the_story_follows_not_a_later_namesake():
    """'now Venn' after 'José Raúl Venn was sworn in' (a name the recogniser missed after the dateline) and 'He is
    married to Ana Venn': the president, whom the story follows, not his wife named later."""
    body = (
        "NORBY, July 2 - José Raúl Venn was sworn in on Monday as Vestria's 12th president, succeeding Ada Lorn for a "
        "five-year term. He is married to Ana Venn, and they have four children.\n\n"
        "Vestria's president, now Venn, lives in the Green Palace in Norby."
    )
    roles = [c.subject for c in _claims(body, dt.date(2024, 7, 2)) if c.kind == "role" and "now Venn" in c.text]
    assert roles == ["José Raúl Venn"], roles


def test_a_description_stands_for_a_person_the_recogniser_missed():
    """'The 65-year-old lawyer' opening a paragraph after 'NORBY, July 2 - José Raúl Venn was sworn in ...,
    succeeding Ada Lorn': the name the recogniser missed after the dateline is a person the description may mean,
    and the story's subject, not the predecessor it named once as an object."""
    body = (
        "NORBY, July 2 - José Raúl Venn was sworn in on Monday as Vestria's 12th president, succeeding Ada Lorn for a "
        "five-year term. King Tomas II of Ostland was among the foreign guests at the ceremony.\n\n"
        "The 65-year-old lawyer won the 2024 election with 34% of the vote."
    )
    aged = [c.subject for c in _claims(body, dt.date(2024, 7, 2)) if c.predicate == "aged"]
    assert aged == ["José Raúl Venn"], aged
