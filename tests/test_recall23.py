"""Recall causes read in the twenty-third session (/work/briefs23/recall23-causes.md). Invented people and pages.

- The holder of the day read off a neighbouring holder's infobox: a role claim that someone holds an office on the
  article's day ('Prime Minister Aldo Renn', 'The governor, Mira Stal,'), where the subject has no page of their own
  but the page of another person lists that office with a term covering the day and names the subject as the
  predecessor (held it before, and no longer: contradicted, and read as support for a claim that it was held or is
  a former one) or as the successor (not yet: contradicted). A term that does not cover the day (ended before it or
  begun after it; a term still open on the revision of the day covers it, as an incumbent row does), a title
  still to come ('the incoming governor'), a sentence set in an earlier year, or another office decide nothing.
- The same rows number the subject's post: the successor of the 31st governor is the 32nd, the predecessor the 30th
  ('is the bank's 33rd governor' contradicted, 'the 32nd governor' supported). Another post, or a subject with a page
  of their own (its own rows decide), leave it alone.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, clause_claim, page, verdict
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.models import Claim, Document, Verdict

SPRING_2027 = dt.date(2027, 4, 7)
_HOLDER = boxed(
    "Taro Veld",
    "Taro Veld (born 3 May 1950) is a Vestrian banker and politician.",
    [
        ("order", "31st"),
        ("office", "Governor of the Bank of Vestria"),
        ("term_start", "20 March 2017"),
        ("term_end", "9 April 2027"),
        ("predecessor", "Ilse Marr"),
        ("successor", "Mira Stal"),
        ("office2", "Prime Minister of Vestria"),
        ("term_start2", "4 October 2011"),
        ("term_end2", "1 October 2016"),
        ("predecessor2", "Aldo Renn"),
        ("successor2", "Pia Holm"),
    ],
    saved=dt.datetime(2027, 10, 25, tzinfo=dt.UTC),
)


# the pages of the owners the article names ('the Bank of Vestria', 'Vestria'): a bare title ('The governor, X') is
# read against a neighbour's office only when its owner is one the run knows the article speaks of
_OWNERS = [page("Bank of Vestria", "The Bank of Vestria is the central bank of Vestria."), page("Vestria", "Vestria.")]


def _holds(text: str, subject: str, office: str, sentence: str | None = None, **fields) -> Verdict:
    relation, as_of = fields.pop("relation", "holds office"), fields.pop("as_of", SPRING_2027)
    claim = clause_claim(text, subject, relation, sentence or f"{text}.", kind="role", value=office, **fields)
    return verdict(claim, [_HOLDER, *_OWNERS], as_of).verdict


def test_a_bare_title_of_an_owner_the_run_never_read_decides_nothing() -> None:
    claim = clause_claim("The governor, Mira Stal", "Mira Stal", "holds office", "The governor, Mira Stal, spoke.",
                         kind="role", value="governor")  # fmt: skip
    assert verdict(claim, [_HOLDER], SPRING_2027).verdict == Verdict.UNVERIFIED
    assert verdict(claim, [_HOLDER, *_OWNERS], SPRING_2027).verdict == Verdict.CONTRADICTED


def test_the_named_successor_of_the_holder_of_the_day_does_not_hold_it_yet() -> None:
    text = "The governor, Mira Stal"
    assert _holds(text, "Mira Stal", "governor", f"{text}, will chair her first meeting on 27 April.") == (
        Verdict.CONTRADICTED
    )


def test_the_named_predecessor_of_the_holder_of_the_day_holds_it_no_longer() -> None:
    assert _holds("Governor Ilse Marr", "Ilse Marr", "Governor of the Bank of Vestria") == Verdict.CONTRADICTED


def test_the_named_predecessor_was_a_holder() -> None:
    # 'Former Governor Ilse Marr': the predecessor row says she held it before the holder of the day
    claim_text = "Former Governor Ilse Marr"
    assert _holds(claim_text, "Ilse Marr", "Former Governor") == Verdict.SUPPORTED


def test_a_term_that_ended_before_the_day_decides_nothing() -> None:
    # Veld's premiership ended in 2016: Pia Holm may still hold it, Aldo Renn may have come back
    assert _holds("Prime Minister Pia Holm", "Pia Holm", "Prime Minister") == Verdict.UNVERIFIED
    assert _holds("Prime Minister Aldo Renn", "Aldo Renn", "Prime Minister") == Verdict.UNVERIFIED


def test_a_term_covering_the_day_names_the_predecessor_of_that_day() -> None:
    on_the_day = dt.date(2014, 5, 2)
    assert _holds("Prime Minister Aldo Renn", "Aldo Renn", "Prime Minister", as_of=on_the_day) == (
        Verdict.CONTRADICTED
    )


def test_a_title_still_to_come_agrees_with_the_successor_row() -> None:
    text = "The incoming governor, Mira Stal"
    assert _holds(text, "Mira Stal", "governor", f"{text}, will chair her first meeting on 27 April.") != (
        Verdict.CONTRADICTED
    )


def test_a_sentence_set_in_an_earlier_year_is_not_of_the_day() -> None:
    text = "Prime Minister Aldo Renn"
    sentence = f"In 2010, {text} opened the bridge."
    assert _holds(text, "Aldo Renn", "Prime Minister", sentence, as_of=dt.date(2014, 5, 2)) == Verdict.UNVERIFIED


def test_a_start_in_an_earlier_year_runs_to_the_day() -> None:
    text = "Prime Minister Aldo Renn"
    sentence = f"{text} has led the government since October 2011."
    assert _holds(text, "Aldo Renn", "Prime Minister", sentence, as_of=dt.date(2014, 5, 2)) == Verdict.CONTRADICTED


def test_another_office_of_the_successor_is_not_refuted() -> None:
    assert _holds("Deputy Governor Mira Stal", "Mira Stal", "Deputy Governor") == Verdict.UNVERIFIED
    assert _holds("Finance Minister Mira Stal", "Mira Stal", "Finance Minister") == Verdict.UNVERIFIED


def test_an_open_term_on_the_revision_of_the_day_names_the_holder_of_the_day() -> None:
    older = _HOLDER.model_copy(
        update={
            "revision_timestamp": dt.datetime(2026, 1, 5, tzinfo=dt.UTC),
            "infobox": tuple(f for f in _HOLDER.infobox if f.label != "term_end"),
        }
    )
    claim = clause_claim("Governor Ilse Marr", "Ilse Marr", "holds office", "Governor Ilse Marr.", kind="role",
                         value="Governor of the Bank of Vestria")  # fmt: skip
    assert verdict(claim, [older, *_OWNERS], SPRING_2027).verdict == Verdict.CONTRADICTED
    before_the_term = dt.date(2016, 5, 2)
    assert verdict(claim, [older, *_OWNERS], before_the_term).verdict != Verdict.CONTRADICTED


def _numbered(text: str, subject: str, docs: list | None = None) -> Verdict:
    claim = clause_claim(text, subject, "be", f"{subject} {text}.", object=text.removeprefix("is "))
    return verdict(claim, docs if docs is not None else [_HOLDER], SPRING_2027).verdict


def test_the_successor_of_the_31st_governor_is_not_the_33rd() -> None:
    assert _numbered("is the bank's 33rd governor", "Mira Stal") == Verdict.CONTRADICTED


def test_the_successor_of_the_31st_governor_is_the_32nd() -> None:
    assert _numbered("is the bank's 32nd governor", "Mira Stal") == Verdict.SUPPORTED
    assert _numbered("is the bank's 30th governor", "Ilse Marr") == Verdict.SUPPORTED


def test_the_number_of_another_post_says_nothing() -> None:
    assert _numbered("is the country's 33rd president", "Mira Stal") == Verdict.UNVERIFIED
    assert _numbered("is the 33rd president", "Mira Stal") == Verdict.UNVERIFIED


def test_the_number_of_a_succession_is_the_successors() -> None:
    # the reader may give the number to the predecessor the sentence names: it is the successor's
    sentence = "Mira Stal took office in April, when she succeeded Ilse Marr as the bank's 31st governor."
    claim = clause_claim("the bank's 31st governor", "Ilse Marr", "be", sentence, object="the bank's 31st governor")
    assert verdict(claim, [_HOLDER], SPRING_2027).verdict == Verdict.UNVERIFIED


def test_a_subject_with_a_page_of_their_own_is_numbered_by_it() -> None:
    own = boxed("Mira Stal", "Mira Stal (born 1 May 1960) is a Vestrian economist.", [("birth_date", "1 May 1960")])
    assert _numbered("is the bank's 33rd governor", "Mira Stal", [_HOLDER, own]) == Verdict.UNVERIFIED


# Successions against the subject's own rows: a predecessor row naming the predecessor beside a stopgap holder
# ('Tomas Vidal, Sara Lind (acting)': Vidal is the predecessor, Lind held it between them) refutes another person;
# a row naming only a stopgap leaves it open (the claimed person may be the one before). 'handing over to X' (the
# reader's 'hand') is a handover like 'handed over to X'.
_LIND = boxed(
    "Anna Lind",
    "Anna Lind (born 21 August 1986) is a Vestrian politician.",
    [
        ("order", "31st"),
        ("office", "Prime Minister of Vestria"),
        ("term_start", "16 August 2027"),
        ("predecessor", "Tomas Vidal, Sara Lind (acting)"),
        ("office2", "President of the Norby Development Bank"),
        ("term_start2", "1 February 2015"),
        ("term_end2", "18 March 2023"),
        ("predecessor2", "Karl Ost"),
        ("successor2", "Per Haug"),
    ],
)
LATE_2027 = dt.date(2027, 8, 19)


def _succession(text: str, other: str, predicate: str, sentence: str, page=_LIND, time: str | None = None) -> Verdict:
    claim = clause_claim(text, "Anna Lind", predicate, sentence, object=other, value=other, time=time)
    return verdict(claim, [page], LATE_2027).verdict


def test_a_predecessor_row_beside_an_acting_holder_refutes_another_predecessor() -> None:
    assert _succession("She succeeds Ola Berg", "Ola Berg", "succeeded", "She succeeds Ola Berg.") == (
        Verdict.CONTRADICTED
    )
    assert _succession("She succeeds Tomas Vidal", "Tomas Vidal", "succeeded", "She succeeds Tomas Vidal.") == (
        Verdict.SUPPORTED
    )


def test_a_row_naming_only_an_acting_holder_leaves_the_predecessor_open() -> None:
    rows = [(f.label, "Sara Lind (acting)" if f.label == "predecessor" else f.value) for f in _LIND.infobox]
    only_acting = boxed("Anna Lind", _LIND.text, rows)
    said = _succession("She succeeds Ola Berg", "Ola Berg", "succeeded", "She succeeds Ola Berg.", only_acting)
    assert said == Verdict.UNVERIFIED


def test_handing_over_to_someone_is_a_handover() -> None:
    sentence = "Lind led the Norby Development Bank for eight years, handing over to {} in 2023."
    text = "Lind led the Norby Development Bank for eight years, handing over to {} in 2023"
    for other, expected in (("Karl Ost", Verdict.CONTRADICTED), ("Per Haug", Verdict.SUPPORTED)):
        said = _succession(text.format(other), other, "hand", sentence.format(other), time="2023")
        assert said == expected, other


# Entering a school ('He entered the University of Norby in 1966') against the one sentence of the subject's page that
# tells an entry into the same school by name ('He was matriculated at the University of Norby in 1963'): its one
# year supports or contradicts. A sentence of another school, or of graduating from it, decides nothing.
_ENTERED = page(
    "Jon Aske",
    "Jon Aske (born 25 October 1944) is a Vestrian banker. He was matriculated at the University of Norby in 1963. "
    "He graduated from the Halden Institute of Technology in 1970.",
)


def _entry(text: str, year: str) -> Verdict:
    claim = clause_claim(text, "Jon Aske", "entered", f"{text}.", time=year)
    return verdict(claim, [_ENTERED], SPRING_2027).verdict


def test_the_year_a_school_was_entered_is_read_against_the_pages_entry() -> None:
    assert _entry("He entered the University of Norby in 1966", "1966") == Verdict.CONTRADICTED
    assert _entry("He entered the University of Norby in 1963", "1963") == Verdict.SUPPORTED


def test_another_school_or_a_graduation_decides_no_entry() -> None:
    assert _entry("He entered the University of Halden in 1966", "1966") == Verdict.UNVERIFIED
    assert _entry("He entered the Halden Institute of Technology in 1966", "1966") == Verdict.UNVERIFIED


def test_only_the_year_that_dates_the_entry_counts() -> None:
    told = page("Jon Aske", "Jon Aske is a Vestrian banker. Aske was matriculated at the University of Norby in 1963, "
                            "where he studied law until 1968.")  # fmt: skip
    claim = clause_claim("He entered the University of Norby in 1966", "Jon Aske", "entered", "x.", time="1966")
    assert verdict(claim.model_copy(update={"sentence": f"{claim.text}."}), [told], SPRING_2027).verdict == (
        Verdict.CONTRADICTED
    )


# review23's B3, B4 and B6 (tests/test_review23.py on s23-review23), copied beside their fixes.
REVIEW_AS_OF = dt.date(2024, 4, 1)
REVIEW_SAVED = dt.datetime(2024, 5, 1, tzinfo=dt.UTC)


def _role(text: str, subject: str, value: str, sentence: str) -> Claim:
    """A role claim as extraction gives "Governor Tom Ruiz" (value: the title before the name)."""
    return clause_claim(text, subject, "holds office", sentence, kind="role", value=value)


# B3 (s23-recall23 038ec14, verify/kinds/role/judge.py `neighbour_rows`): a BARE title ("Governor Tom Ruiz of the Norby
# Reserve Bank", "The central bank's governor, Tom Ruiz": extraction keeps "Governor" alone) is contradicted by any
# page whose holder's governorship of ANOTHER body names him as predecessor: he left the province for the bank, the
# province's row says nothing of the bank. A neighbour's row may speak only of the office the claim names in full
# (or whose owner the sentence does not name otherwise). Main: unverified.
@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        pytest.param(
            "Governor Tom Ruiz", "Governor Tom Ruiz of the Norby Reserve Bank spoke on Monday.", id="owner-after-name"
        ),
        pytest.param(
            "governor, Tom Ruiz", "The central bank's governor, Tom Ruiz, spoke on Monday.", id="owner-before"
        ),
    ],
)
def test_b3_a_bare_title_is_not_contradicted_by_another_bodys_predecessor_row(text: str, sentence: str) -> None:
    value = text.split(",")[0].split()[0]
    province = boxed(
        "Ana Bell",
        "Ana Bell (born 3 May 1970) is a Norbian politician who has been Governor of Kestel Province since 2022.",
        [("office", "Governor of Kestel Province"), ("term_start", "5 May 2022"), ("predecessor", "Tom Ruiz")],
        saved=REVIEW_SAVED,
    )
    assert verdict(_role(text, "Tom Ruiz", value, sentence), [province], REVIEW_AS_OF).verdict != Verdict.CONTRADICTED


def _judged(body: str, docs: list[Document], as_of: dt.date) -> dict[str, Verdict]:
    """Each claim extraction gives for `body`, judged against `docs` alone, by its words."""
    claims = extract_claims(article_from_text(f"Norby news\n\n{body}\n", as_of=as_of))
    return {c.text: verdict(c, docs, as_of).verdict for c in claims}


# B4 (s23-recall23 038ec14, verify/kinds/clause/judge.py `_neighbour_numbers`): a neighbour's numbered office says the
# number of its successor or predecessor, but a holder who served twice, apart, has two numbers (a president who is
# the 20th and the 24th). "Tom Ruiz, Norby's 20th president" is contradicted by the 23rd president's "Succeeded by
# Tom Ruiz" (the 24th): a second number is not another number. Main: unverified.
def test_b4_a_neighbours_number_does_not_refute_a_holder_who_served_twice() -> None:
    bell = boxed(
        "Ana Bell",
        "Ana Bell (born 3 May 1970) is a Norbian politician who was the 23rd president of Norby from 2016 to 2020.",
        [
            ("order", "23rd"),
            ("office", "President of Norby"),
            ("term_start", "5 May 2016"),
            ("term_end", "5 May 2020"),
            ("predecessor", "Carl Dunn"),
            ("successor", "Tom Ruiz"),
        ],
        saved=dt.datetime(2024, 12, 1, tzinfo=dt.UTC),
    )
    found = _judged("Tom Ruiz, Norby's 20th president, opened the summit on Monday.", [bell], dt.date(2024, 12, 1))
    assert found, "no claim extracted"
    assert Verdict.CONTRADICTED not in found.values(), found


# B6 (s23-recall23 0712c30, verify/kinds/clause/judge.py `_neighbour_numbers`): the body of a numbered post is not
# compared, only its head word and a country: the 23rd Governor of KESTEL PROVINCE "Succeeded by Tom Ruiz" makes him
# the 24th governor of anything. "the 30th governor of the Norby Reserve Bank" is contradicted (FALSE CONTRADICTED),
# "the Norby Reserve Bank's 24th governor" supported (FALSE SUPPORTED). Main: unverified.
@pytest.mark.parametrize(
    ("words", "wrong"),
    [
        pytest.param("the central bank's 30th governor", Verdict.CONTRADICTED, id="possessive-contradicted"),
        pytest.param("the 30th governor of the Norby Reserve Bank", Verdict.CONTRADICTED, id="of-contradicted"),
        pytest.param("the Norby Reserve Bank's 24th governor", Verdict.SUPPORTED, id="possessive-supported"),
    ],
)
def test_b6_a_neighbours_number_is_of_its_own_body(words: str, wrong: Verdict) -> None:
    bell = boxed(
        "Ana Bell",
        "Ana Bell (born 3 May 1970) is a Norbian politician who was the 23rd Governor of Kestel Province from 2016 "
        "to 2020.",
        [
            ("order", "23rd"),
            ("office", "Governor of Kestel Province"),
            ("term_start", "5 May 2016"),
            ("term_end", "5 May 2020"),
            ("predecessor", "Carl Dunn"),
            ("successor", "Tom Ruiz"),
        ],
        saved=REVIEW_SAVED,
    )
    found = _judged(f"Tom Ruiz, {words}, spoke on Monday.", [bell], REVIEW_AS_OF)
    assert found, "no claim extracted"
    assert wrong not in found.values(), found


RUIZ_STUDIES = page(
    "Tom Ruiz",
    "Tom Ruiz (born 3 May 1945) is a Norbian politician. Ruiz enrolled at Norby University in 1963 and graduated "
    "in law.",
)


# B7 (s23-recall23 03411c0, verify/kinds/clause/judge.py `entry_findings` / `_school_entered`): an entry verb before a
# school's name is read as the school's entry whatever follows the name or the verb: "was admitted to Norby University
# Hospital in 2020" (a patient; the name read stops at "University") and "entered Norby University as a lecturer in
# 1980" (a post) are contradicted by the page's "enrolled at Norby University in 1963". FALSE CONTRADICTED; main:
# unverified.
def test_b7_a_hospital_admission_is_not_a_school_entry() -> None:
    body = "Tom Ruiz was admitted to Norby University Hospital in 2020 with pneumonia."
    found = _judged(body, [RUIZ_STUDIES], REVIEW_AS_OF)
    assert found, "no claim extracted"
    assert Verdict.CONTRADICTED not in found.values(), found


def test_b7_entering_a_university_as_its_lecturer_is_not_a_student_entry() -> None:
    text = "entered Norby University as a lecturer in 1980"
    claim = clause_claim(text, "Tom Ruiz", "entered", f"He {text}.", object="Norby University", time="1980")
    assert verdict(claim, [RUIZ_STUDIES], REVIEW_AS_OF).verdict != Verdict.CONTRADICTED


# B3 (cont., s23-recall23 3f5ea44 `_owner_beside`): the fix reads an owner only right beside the title; a bare title
# whose body the sentence names elsewhere ("spoke at the central bank") or the sentence before names ("The Norby
# Reserve Bank cut its main rate ... Governor Tom Ruiz said ...") is still contradicted by the province's row. A bare
# head word says no body: a neighbour's row of an owned office should refute only a claim naming that owner.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Governor Tom Ruiz spoke at the central bank on Monday.", id="body-later-in-the-sentence"),
        pytest.param(
            "The Norby Reserve Bank cut its main rate on Monday. Governor Tom Ruiz said prices were rising.",
            id="body-in-the-sentence-before",
        ),
    ],
)
def test_b3_a_bare_title_is_not_refuted_by_another_bodys_row_wherever_its_body_is_named(body: str) -> None:
    province = boxed(
        "Ana Bell",
        "Ana Bell (born 3 May 1970) is a Norbian politician who has been Governor of Kestel Province since 2022.",
        [("office", "Governor of Kestel Province"), ("term_start", "5 May 2022"), ("predecessor", "Tom Ruiz")],
        saved=REVIEW_SAVED,
    )
    found = _judged(body, [province], REVIEW_AS_OF)
    assert found, "no claim extracted"
    assert Verdict.CONTRADICTED not in found.values(), found


def test_an_owner_beside_the_bare_title_is_the_titles_even_when_the_run_read_another() -> None:
    # the run read Kestel Province's page (the article names it elsewhere); the sentence gives the title its own owner
    province = boxed(
        "Ana Bell",
        "Ana Bell (born 3 May 1970) is a Norbian politician.",
        [("office", "Governor of Kestel Province"), ("term_start", "5 May 2022"), ("predecessor", "Tom Ruiz")],
        saved=REVIEW_SAVED,
    )
    docs = [province, page("Kestel Province", "Kestel Province is a province of Norby.")]
    sentence = "Governor Tom Ruiz of the Norby Reserve Bank spoke on Monday."
    said = verdict(_role("Governor Tom Ruiz", "Tom Ruiz", "Governor", sentence), docs, REVIEW_AS_OF).verdict
    assert said != Verdict.CONTRADICTED
    bare = "Governor Tom Ruiz spoke on Monday."
    assert verdict(_role("Governor Tom Ruiz", "Tom Ruiz", "Governor", bare), docs, REVIEW_AS_OF).verdict == (
        Verdict.CONTRADICTED
    )


# B9 (s23-recall23 3f5ea44, verify/kinds/role/judge.py `neighbour_rows`): a court's bench is a body of many seats. The
# associate justice who succeeded Tom Ruiz in his seat does not say he left the court: raised to Chief Justice, he is
# still "Justice Tom Ruiz". FALSE CONTRADICTED; main: unverified. The seat words (judging.toml seat_offices) miss the
# bench ("justice", "judge"); a title of a body of many holders is a seat.
@pytest.mark.parametrize("with_court", [False, True], ids=["justice-alone", "court-page-read"])
def test_b9_a_justice_raised_to_chief_justice_is_still_a_justice(with_court: bool) -> None:
    bell = boxed(
        "Ana Bell",
        "Ana Bell (born 3 May 1970) is a Norbian judge who has been an associate justice of the Supreme Court of "
        "Norby since 2022.",
        [
            ("office", "Associate Justice of the Supreme Court of Norby"),
            ("term_start", "5 May 2022"),
            ("predecessor", "Tom Ruiz"),
        ],
        saved=REVIEW_SAVED,
    )
    court = page("Supreme Court of Norby", "The Supreme Court of Norby is the highest court. It has nine judges.")
    pool = [bell, court] if with_court else [bell]
    found = _judged("Justice Tom Ruiz wrote the majority opinion on Monday.", pool, REVIEW_AS_OF)
    assert found, "no claim extracted"
    assert Verdict.CONTRADICTED not in found.values(), found
