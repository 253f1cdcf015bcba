"""Subjects and values extraction lost on checkable claims (session 23, ext23v; /work/briefs23/ext23v-causes.md).
Invented people, places and bodies.

- The post a passive verb names ("is due to be elected Premier on 2 April", "was named chief executive on
  Monday") is no one the event is done to: the date is the subject's, who stands before the verb, or
  before the adjective whose clause it completes ("is due to", "is set to") (verify/kinds/date/parsed.py).
- A role with its owner before it ("Norby's seventh president has held the office since ...", "the bank's
  governor took office on ...") is the person the article called by that role before, not the owner
  (verify/nlp/reference.py `called_by_role`, read by the date patterns and the parsed dates). An indefinite
  one ("A new governor took office ...") is someone new, and a title of another post ("Deputy Governor X",
  "President X of Vestria" for "Norby's president") is another person. The date claim's words begin with
  the description: they name its subject as the sentence does.
- A length of time in a participle clause ("..., having led the party for almost ten years") is said of
  the main clause's subject when that subject is a person, even one the recogniser did not tag (a surname
  of someone named in full before): not of the party it led (verify/kinds/quantity/owner.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from verify.app import article_from_text
from verify.article import load_article
from verify.extract import extract_claims

_OPENING = "Varga named premier\n\nSimon Varga is the leader of the Green Party.\n\n"


def claims_of(kind: str, body: str) -> list[tuple[str, str | None, str]]:
    """(subject, value, words) of each claim of `kind` in an article about Simon Varga."""
    article = article_from_text(_OPENING + body + "\n")
    return [(c.subject, c.value, c.text) for c in extract_claims(article) if c.kind == kind]


# (shape, sentence, the words of the date claim)
POSTS_OF_PASSIVE_VERBS = [
    (
        "due to be elected",
        "Varga, 37, is due to be elected Voivode on 3 April, when he would become the youngest person to hold"
        " the post.",
        "3 April",
    ),
    ("set to be named", "Varga is set to be named Ombudsman on 5 April.", "5 April"),
    ("was elected (a guard: the subject stands before the verb)", "Varga was elected Doge on 7 April.", "7 April"),
]


@pytest.mark.parametrize(
    ("shape", "sentence", "day"), POSTS_OF_PASSIVE_VERBS, ids=[r[0] for r in POSTS_OF_PASSIVE_VERBS]
)
def test_a_post_after_a_passive_verb_is_not_the_date_subject(shape: str, sentence: str, day: str) -> None:
    found = [(subject, words) for subject, _value, words in claims_of("date", sentence) if day in words]
    assert found, f"no date claim on {day!r} ({shape})"
    assert all(subject == "Simon Varga" for subject, _ in found), found


# (shape, sentence, the words of the length)
PARTICIPLE_LENGTHS = [
    (
        "having led",
        "Varga, 45, stepped down as Green Party leader on 20 March, having led the party for almost ten years.",
        "ten years",
    ),
    (
        "having served",
        "Varga resigned as Rowing Club chair on Friday, having served on its board for six years.",
        "six years",
    ),
]


@pytest.mark.parametrize(("shape", "sentence", "length"), PARTICIPLE_LENGTHS, ids=[r[0] for r in PARTICIPLE_LENGTHS])
def test_a_length_in_a_participle_clause_is_the_main_subjects(shape: str, sentence: str, length: str) -> None:
    found = [subject for subject, _value, words in claims_of("duration", sentence) if length in words]
    assert found, f"no length claim on {length!r} ({shape})"
    assert found == ["Simon Varga"], found


# (shape, article body, the words of the date, the person the description stands for)
ROLES_WITH_AN_OWNER = [
    (
        "a country's ordinal president",
        "President Ana Bell of Norby opened the new parliament on Monday.\n\n"
        "Norby's seventh president has held the office since October 20, 2019, when she succeeded Tom Ruiz.",
        "October 20, 2019",
        "Ana Bell",
    ),
    (
        "a demonym before the title names the same country",
        "French President Ana Bell opened the new parliament on Monday.\n\n"
        "France's seventh president has held the office since October 20, 2019, when she succeeded Tom Ruiz.",
        "October 20, 2019",
        "Ana Bell",
    ),
    (
        "a body's governor",
        "Governor Ana Bell of the Norby Reserve Bank spoke on Monday.\n\n"
        "The bank's governor took office on 3 March 2020, succeeding Tom Ruiz.",
        "3 March 2020",
        "Ana Bell",
    ),
    (
        "no one was called by the role (a guard: the owner stays)",
        "Tom Ruiz spoke to reporters on Monday.\n\nThe Norby Reserve Bank's review began on 3 March 2020.",
        "3 March 2020",
        "Norby Reserve Bank",
    ),
]


@pytest.mark.parametrize(
    ("shape", "body", "day", "person"), ROLES_WITH_AN_OWNER, ids=[r[0] for r in ROLES_WITH_AN_OWNER]
)
def test_a_role_with_an_owner_dates_the_person_called_by_it(shape: str, body: str, day: str, person: str) -> None:
    article = article_from_text(f"Norby news\n\n{body}\n")
    found = [c.subject for c in extract_claims(article) if c.kind == "date" and day in c.text]
    assert found, f"no date claim on {day!r} ({shape})"
    assert found == [person], found


def test_an_indefinite_role_is_someone_new_not_the_person_called_by_it() -> None:
    body = (
        "Governor Ana Bell of the Norby Reserve Bank spoke on Monday.\n\n"
        "A new governor took office on 3 March 2020 at the Lund Savings Bank."
    )
    found = [c.subject for c in extract_claims(article_from_text(f"Norby news\n\n{body}\n")) if c.kind == "date"]
    assert found and "Ana Bell" not in found, found


def test_a_date_said_of_a_role_keeps_the_words_that_name_its_subject() -> None:
    body = (
        "President Ana Bell of Norby opened the new parliament on Monday.\n\n"
        "The seventh president of Norby has held the office since October 20, 2019, when she succeeded Tom Ruiz."
    )
    found = [c.text for c in extract_claims(article_from_text(f"Norby news\n\n{body}\n")) if c.kind == "date"]
    assert found == ["The seventh president of Norby has held the office since October 20, 2019"], found


# review23 B2 (copied from tests/test_review23.py on s23-review23, beside its fix)
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


# review23 B10 (copied from tests/test_review23.py on s23-review23, beside its fix)
# B10 (s23-ext23v 52bb741, verify/kinds/quantity/owner.py `person_acting` + refs.is_person): in the tuning article g145
# "..., won the country's presidential runoff on Sunday, beating the governing coalition's candidate and returning the
# left-wing Broad Front to power after five years in opposition": the five years are the Front's (in opposition), the
# object the participle returns to power; the branch gives them to the person acting (the eval's one new duration miss).
def test_b10_a_length_of_the_object_returned_to_power_is_the_objects() -> None:
    path = Path(__file__).parent / "data" / "extraction_general" / "g145-wire-uruguay-orsi-runoff.txt"
    found = [c.subject for c in extract_claims(load_article(path)) if c.kind == "duration" and "five years" in c.text]
    assert found == ["Broad Front"], found
