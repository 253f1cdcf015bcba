"""Whom a length or a date is about when the words the patterns took for its subject name no one: a
common noun ("The journey took six weeks", "Federal guidelines suggest 15 to 21 months") stands for the
entity its description points back to, else the story's topic; a time word ("Sunday") is no subject at
all; a timeline's date cut off from its line's clause is of that clause's subject
(verify.kinds.quantity.owner `describe_lengths`, `_date_owner`). Invented stories."""

from __future__ import annotations

import pytest

from verify.article import Article
from verify.extract import extract_claims
from verify.models import Claim

LANDER = (
    "Kestrel lander touches down on the Moon",
    "HOUSTON, 3 March 2025 — The Kestrel lander, built by Orbis Space, touched down on the Moon on Sunday. ",
)
TRIAL = (
    "Ruiz gun trial: jury convicts Tomas Ruiz",
    "WILMINGTON, 12 June 2024 — A jury convicted Tomas Ruiz on Tuesday of three felony charges. ",
)


def claims(headline: str, body: str, kind: str) -> list[Claim]:
    text = f"{headline}\n\n{body}\n"
    article = Article(path="s.txt", stem="s", sha256="0", title=headline, text=text)
    return [c for c in extract_claims(article) if c.kind == kind]


def subject_of(story: tuple[str, str], sentence: str, words: str, kind: str = "duration") -> str:
    headline, lede = story
    return next(c.subject for c in claims(headline, lede + sentence, kind) if words in c.text)


# (shape, story, the sentence after its lede, the length's words, its subject)
LENGTHS = [
    ("a definite description", LANDER, "The journey took six and a half weeks.", "weeks", "Kestrel"),
    ("a description a modal verb hedges no fact of", LANDER, "The mission is meant to last about 14 days.", "14 days",
     "Kestrel"),
    ("a description with an adjective", LANDER, "The whole descent took less than seven minutes.", "minutes",
     "Kestrel"),
    ("a bare plural", TRIAL, "Federal guidelines for the charges suggest 15 to 21 months.", "months", "Tomas Ruiz"),
    ("a thing the subject acts on, named after a capital", TRIAL,
     "He illegally possessed the Colt Cobra handgun for 11 days.", "11 days", "Tomas Ruiz"),
]  # fmt: skip


@pytest.mark.parametrize(("shape", "story", "sentence", "words", "subject"), LENGTHS, ids=[r[0] for r in LENGTHS])
def test_a_length_said_of_a_common_noun_is_the_named_entity_s(shape, story, sentence, words, subject):
    assert subject_of(story, sentence, words) == subject


# (shape, the sentence after the lander story's lede, the length's words, the subject it keeps)
KEPT = [
    ("a description in someone's report", "Orbis Space said the deployment would last nine months.", "nine months",
     "deployment"),
    ("a person the story has not named", "A guard said the man had flown the drone for about 20 minutes.",
     "20 minutes", "the man"),
    ("a counted thing", "In 2023, one boat stayed at sea for a record 204 days.", "204 days", "one boat"),
    ("a nation's people", "German crews train on the lander for a year.", "a year", "German crews"),
    ("each of a kind", "Each count carries up to four years in prison.", "four years", "count"),
    ("the thing a hyphenated length measures", "Orbis Space's three-day state visit ended on Friday.", "three-day",
     "state visit"),
]  # fmt: skip


@pytest.mark.parametrize(("shape", "sentence", "words", "subject"), KEPT, ids=[r[0] for r in KEPT])
def test_a_length_keeps_a_noun_that_names_no_one_the_story_is_about(shape, sentence, words, subject):
    assert subject_of(LANDER, sentence, words) == subject


def test_a_held_term_is_its_possessor_s():
    """A term is held by someone: "Adler's second five-year term" is Adler's, not the term's."""
    sentence = "Ruth Adler runs Orbis Space. Adler's second five-year term ends in 2027."
    assert subject_of(LANDER, sentence, "five-year") == "Ruth Adler"


def test_a_ranked_description_keeps_its_words():
    """'Orbis Space's biggest rival' is neither Orbis Space nor the lander the story is about."""
    found = subject_of(LANDER, "Orbis Space's biggest rival spent a year and a half on its own lander.", "a year")
    assert found == "biggest rival"


TIMELINE = (
    "Falconer rocket: the test flights so far",
    "The Falconer rocket of Orbis Space is the largest ever flown.\n\n"
    "April 20, 2023 - Falconer explodes minutes after launch.\n\n"
    "November 18, 2023 - The second flight achieves stage separation.\n\n"
    "June 13, 2024 - Musk says a third flight is near.",
)


def test_a_timeline_date_of_a_description_is_the_topic_s_with_the_description_as_its_event():
    """The parser cuts "November 18, 2023 -" off its line's clause: the clause is still the date's."""
    date = next(c for c in claims(*TIMELINE, "date") if c.text.startswith("November 18"))
    assert (date.subject, date.context) == ("Falconer", "second flight")


def test_a_name_after_a_timeline_dash_stays_the_date_s_subject():
    """The tagger reads "Musk" after the dash as a common noun; it is a name, and the date stays his."""
    date = next(c for c in claims(*TIMELINE, "date") if c.text.startswith("June 13"))
    assert date.subject == "Musk"


# (shape, the story's body, words of the date): a time the patterns took for the date's subject
TIMES = [
    ("a clock time's zone", "HOUSTON, 5 March 2025 — At 3:34 a.m. Eastern time on Sunday, in a control room outside"
     " Austin, engineers waited for a signal from the Kestrel lander. It came: Kestrel, built by Orbis Space, was"
     " standing upright.", "Sunday"),
    ("a month before the clause's subject", LANDER[1] + "By April 3 the company put the cost at $90 million.",
     "April 3"),
]  # fmt: skip


@pytest.mark.parametrize(("shape", "body", "words"), TIMES, ids=[r[0] for r in TIMES])
def test_a_time_word_is_no_one_a_date_is_of(shape, body, words):
    """'Eastern time' or 'April' is when, not who: the date is the story's, with no event."""
    date = next(c for c in claims(LANDER[0], body, "date") if words in c.text)
    assert (date.subject, date.context) == ("Kestrel", None)
