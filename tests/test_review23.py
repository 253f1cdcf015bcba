"""Findings of review23 (session 23). B-items: plain tests that pass on main and fail on the branch named (merging it
without a fix turns them red). R-items are strict xfails for what is open, to merge with their fix. Invented people,
countries and pages (`tests/support/judging.py`), or generic wording for extraction; each claim judged has the fields
extraction gives its words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.support.judging import boxed, clause_claim, page, verdict
from tests.test_clauses import article
from verify.app import article_from_text
from verify.article import load_article
from verify.extract import extract_claims
from verify.models import Claim, Document, Verdict


def _subjects(body: str, kind: str) -> set[str]:
    """The subjects extraction gives the claims of `kind` in a one-paragraph article."""
    return {c.subject or "" for c in extract_claims(article(body)) if c.kind == kind}


# B1 (s23-ext23 2cfeab3, verify/extract/__init__.py `_capitals_as_states`): a capital named only as an actor is read as
# its state. News names sports sides by their city ("Madrid beat Barcelona", "Dublin beat Kerry" in Gaelic games,
# "Wellington beat Auckland" in cricket) and host cities host ("Paris hosted the Summer Olympics"): none of them is the
# state, and none is written "in Madrid". The city stays the subject (on main it does).
@pytest.mark.parametrize(
    ("body", "city", "state"),
    [
        pytest.param("Madrid beat Barcelona 3-1 at the stadium on Sunday.", "Madrid", "Spain", id="club"),
        pytest.param("Dublin beat Kerry by four points in the final at the park.", "Dublin", "Ireland", id="county"),
        pytest.param("Wellington beat Auckland by 12 runs on Friday.", "Wellington", "New Zealand", id="cricket"),
        pytest.param("Paris hosted the Summer Olympics in 2024.", "Paris", "France", id="host-city"),
    ],
)
def test_b1_a_city_side_or_host_is_not_its_state(body: str, city: str, state: str) -> None:
    subjects = _subjects(body, "clause")
    assert city in subjects
    assert state not in subjects


def _date_subjects(body: str, day: str) -> list[str]:
    """The subjects of the date claims on `day` in an article of one opening line and `body`."""
    found = extract_claims(article_from_text(f"Norby news\n\n{body}\n"))
    return [c.subject or "" for c in found if c.kind == "date" and day in c.text]


# B2 (s23-ext23v 52bb741, verify/nlp/reference.py `called_by_role` / `person_called`): a role noun with an owner ("the
# bank's governor", "Norby's seventh president") dates the last person the article titled with that WORD, whatever
# else the title said: the Deputy Governor is taken for the governor, Vestria's president for Norby's. A person's
# date then stands on another person's event (a wrong subject where main gave the owner); the role's qualifiers and
# its owner must agree with the title the person was called by, or the owner stays.
@pytest.mark.parametrize(
    ("body", "day"),
    [
        pytest.param(
            "Deputy Governor Ana Bell of the Norby Reserve Bank spoke on Monday.\n\n"
            "The bank's governor took office on 3 March 2020, succeeding Tom Ruiz.",
            "3 March 2020",
            id="deputy-for-the-head",
        ),
        pytest.param(
            "President Ana Bell of Vestria arrived in Norby on Monday.\n\n"
            "Norby's seventh president has held the office since October 20, 2019, when he succeeded Tom Ruiz.",
            "October 20, 2019",
            id="another-country's-president",
        ),
        pytest.param(
            "Vestrian President Ana Bell arrived in Norby on Monday.\n\n"
            "Norby's seventh president has held the office since October 20, 2019, when he succeeded Tom Ruiz.",
            "October 20, 2019",
            id="another-country's-president-by-adjective",
        ),
        pytest.param(
            "Ana Bell, the president of Vestria, arrived in Norby on Monday.\n\n"
            "Norby's seventh president has held the office since October 20, 2019, when he succeeded Tom Ruiz.",
            "October 20, 2019",
            id="another-country's-president-in-an-aside",
        ),
        pytest.param(
            "The visit came after Vestria's president, Ana Bell, arrived on Monday.\n\n"
            "Norby's seventh president has held the office since October 20, 2019.",
            "October 20, 2019",
            id="another-country's-president-by-possessive",
        ),
    ],
)
def test_b2_a_role_with_an_owner_is_not_a_person_of_another_post(body: str, day: str) -> None:
    assert "Ana Bell" not in _date_subjects(body, day)


AS_OF = dt.date(2024, 4, 1)
SAVED = dt.datetime(2024, 5, 1, tzinfo=dt.UTC)


# Ana Bell, Governor of Kestel Province since 2022, whose predecessor was Tom Ruiz (B3)
KESTEL_GOVERNOR = boxed(
    "Ana Bell",
    "Ana Bell (born 3 May 1970) is a Norbian politician who has been Governor of Kestel Province since 2022.",
    [("office", "Governor of Kestel Province"), ("term_start", "5 May 2022"), ("predecessor", "Tom Ruiz")],
    saved=SAVED,
)
# Tom Ruiz, President of Norby since 10 June 2019 and of the Norby Party since 1 May 2021 (B5, R1)
RUIZ_TWO_PRESIDENCIES = boxed(
    "Tom Ruiz",
    "Tom Ruiz (born 3 May 1960) is a Norbian politician.",
    [
        ("office", "President of Norby"),
        ("term_start", "10 June 2019"),
        ("office2", "President of the Norby Party"),
        ("term_start2", "1 May 2021"),
    ],
    saved=SAVED,
)


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
    province = KESTEL_GOVERNOR
    assert verdict(_role(text, "Tom Ruiz", value, sentence), [province], AS_OF).verdict != Verdict.CONTRADICTED


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


# B5 (s23-fs23 af9432f, verify/kinds/date/judge.py `_the_one_begun_that_day`): FALSE SUPPORTED. A bare 'has been
# president since D' of a person holding two presidencies is supported by whichever was begun on D, even where the
# sentence says which one it means: "Tom Ruiz, the president of Norby, has been president since 1 May 2021" is false
# (Norby's presidency began on 10 June 2019); the party's presidency begun that day does not support it. Main:
# unverified.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Tom Ruiz, the president of Norby, has been president since 1 May 2021.", id="aside"),
        pytest.param(
            "President Tom Ruiz of Norby, who has been president since 1 May 2021, opened the summit on Monday.",
            id="title-before",
        ),
        pytest.param(
            "Norby's president, Tom Ruiz, opened the summit on Monday. He has been president since 1 May 2021.",
            id="post-in-the-sentence-before",
        ),
    ],
)
def test_b5_a_bare_post_is_not_supported_by_another_presidency_begun_that_day(body: str) -> None:
    ruiz = RUIZ_TWO_PRESIDENCIES
    found = {text: seen for text, seen in _judged(body, [ruiz], AS_OF).items() if "since 1 May 2021" in text}
    assert found, "no claim on the day"
    assert Verdict.SUPPORTED not in found.values(), found


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
        saved=SAVED,
    )
    found = _judged(f"Tom Ruiz, {words}, spoke on Monday.", [bell], AS_OF)
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
    found = _judged("Tom Ruiz was admitted to Norby University Hospital in 2020 with pneumonia.", [RUIZ_STUDIES], AS_OF)
    assert found, "no claim extracted"
    assert Verdict.CONTRADICTED not in found.values(), found


def test_b7_entering_a_university_as_its_lecturer_is_not_a_student_entry() -> None:
    text = "entered Norby University as a lecturer in 1980"
    claim = clause_claim(text, "Tom Ruiz", "entered", f"He {text}.", object="Norby University", time="1980")
    assert verdict(claim, [RUIZ_STUDIES], AS_OF).verdict != Verdict.CONTRADICTED


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
    province = KESTEL_GOVERNOR
    found = _judged(body, [province], AS_OF)
    assert found, "no claim extracted"
    assert Verdict.CONTRADICTED not in found.values(), found


def _open(reason: str) -> pytest.MarkDecorator:
    """An R-item's strict xfail: what is still open on main and on the branches reviewed."""
    return pytest.mark.xfail(strict=True, reason=reason)


# R1 (main 65d42ba and s23-fs23 7d90151): "has been president of Norby since 1 May 2021" names the country's
# presidency, begun 10 June 2019; the party's presidency begun that day ("President of the Norby Party": a body
# named after the country) keeps it unverified. With the country's row alone it is contradicted.
@_open("R1 open: a party named after the country holds the country's post open")
def test_r1_the_countrys_presidency_is_not_the_presidency_of_a_party_named_after_it() -> None:
    ruiz = RUIZ_TWO_PRESIDENCIES
    found = _judged("Tom Ruiz has been president of Norby since 1 May 2021.", [ruiz], AS_OF)
    assert Verdict.CONTRADICTED in found.values(), found


# R2 (main 65d42ba: false contradicted; s23-fs23 7d90151: unverified): "vice-president of the Norby Forum" against
# "Vicepresident of the Norby Forum", the same post glued, is not supported.
@_open("R2 open: a glued 'Vicepresident' is not read as the vice-president's post")
def test_r2_a_glued_vicepresident_is_the_vice_presidents_post() -> None:
    text = "Tove Brandt, the vice-president of the Norby Forum"
    claim = _role(text, "Tove Brandt", "vice-president of the Norby Forum", f"{text}, spoke on Monday.")
    doc = boxed(
        "Tove Brandt",
        "Tove Brandt (born 3 May 1966) is a Vestrian politician.",
        [("office", "Vicepresident of the Norby Forum"), ("term_start", "1 March 2019")],
    )
    assert verdict(claim, [doc], AS_OF).verdict == Verdict.SUPPORTED


# B8 (s23-ext23p 3d82bbf, verify/extract/__init__.py `_without_nameless_subjects`): a claim whose subject is a bare
# common noun is dropped. Those claims had the wrong subject, so any-kind and same-kind recall stay, but the facts
# vanish from the report: span-only recall falls in every tuning batch (g137-g144 0.732 -> 0.719, g145-g152 0.745 ->
# 0.735), a disaster's magnitude and death toll and a trial's length among them, the very claims ext23 gives their
# event (its cause 2: "a four-day trial" is the trial's). A fact with a wrong subject wants its subject, not deletion.
@pytest.mark.parametrize(
    ("body", "words"),
    [
        pytest.param(
            "A magnitude 7.1 earthquake struck off the coast of Norby on Monday, killing 12 people.",
            "12 people",
            id="death-toll",
        ),
        pytest.param(
            "A magnitude 7.1 earthquake struck off the coast of Norby on Monday, killing 12 people.",
            "magnitude 7.1",
            id="magnitude",
        ),
        pytest.param("The jury reached its verdict after a four-day trial in Norby.", "four-day", id="trial-length"),
    ],
)
def test_b8_a_fact_whose_subject_is_a_common_noun_stays_in_the_report(body: str, words: str) -> None:
    assert any(words in c.text for c in extract_claims(article(body)))


# B1 (cont., s23-ext23 913a3d5, countries.toml `city_deeds`): the fix lists verbs of a result or of hosting; a side
# named by its city does more than win ("Madrid signed the striker for 80 million euros": a club's transfer fee,
# read as Spain's). A verb list cannot tell a club from a government; the state should need a deed only a state does.
def test_b1_a_city_sides_transfer_fee_is_not_its_states() -> None:
    subjects = _subjects("Madrid signed the striker for 80 million euros.", "quantity")
    assert "Madrid" in subjects
    assert "Spain" not in subjects


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
        saved=SAVED,
    )
    court = page("Supreme Court of Norby", "The Supreme Court of Norby is the highest court. It has nine judges.")
    pool = [bell, court] if with_court else [bell]
    found = _judged("Justice Tom Ruiz wrote the majority opinion on Monday.", pool, AS_OF)
    assert found, "no claim extracted"
    assert Verdict.CONTRADICTED not in found.values(), found


# B1 (cont. 2, s23-ext23 913a3d5): a capital's own city government acts too ("Paris banned rental e-scooters in 2023"
# after a city referendum): the ban is the city's, read as France's.
def test_b1_a_capital_citys_own_ban_is_not_its_states() -> None:
    subjects = _subjects("Paris banned rental e-scooters in 2023 after a referendum of the city's voters.", "clause")
    assert "Paris" in subjects
    assert "France" not in subjects


# B10 (s23-ext23v 52bb741, verify/kinds/quantity/owner.py `person_acting` + refs.is_person): in the tuning article g145
# "..., won the country's presidential runoff on Sunday, beating the governing coalition's candidate and returning the
# left-wing Broad Front to power after five years in opposition": the five years are the Front's (in opposition), the
# object the participle returns to power; the branch gives them to the person acting (the eval's one new duration miss).
def test_b10_a_length_of_the_object_returned_to_power_is_the_objects() -> None:
    path = Path(__file__).parent / "data" / "extraction_general" / "g145-wire-uruguay-orsi-runoff.txt"
    found = [c.subject for c in extract_claims(load_article(path)) if c.kind == "duration" and "five years" in c.text]
    assert found == ["Broad Front"], found


# B1 (cont. 3, s23-ext23 ac0b292, countries.toml `state_deeds`): speech is the sign of a government, and of a club or a
# city hall too: after "The club confirmed the fine.", "Madrid said it would appeal the fine of 30,000 euros" gives the
# fine to Spain. A side's own words are its own.
def test_b1_a_city_sides_words_are_not_its_states() -> None:
    body = "The club confirmed the fine. Madrid said it would appeal the fine of 30,000 euros."
    assert "Spain" not in _subjects(body, "quantity")
