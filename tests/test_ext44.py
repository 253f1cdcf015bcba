"""ext44: the s43-ext43 extraction gains brought back without their regressions, and more recall (issue 14).
Invented stories."""

from __future__ import annotations

import pytest

from verify import aliases
from verify.article import Article
from verify.extract import extract_claims
from verify.nlp import parse
from verify.nlp.reference import References


def _claims(headline: str, body: str) -> list[tuple[str, str, str]]:
    text = f"{headline}\n\n{body}\n"
    article = Article(path="s.txt", stem="s", sha256="0", title=headline, text=text)
    return [(c.kind, c.subject, c.text) for c in extract_claims(article)]


# A timeline line's step done to a person, its verb read by the tagger as a plural noun after a common noun ('The
# council fines Karl Moen'): the line's date is the person's, whether or not a colon announced the list
TIMELINES = {
    "after a colon": "The key dates:\n\n",
    "after a sentence": "The key dates follow.\n\n",
}


@pytest.mark.parametrize("opening", TIMELINES.values(), ids=TIMELINES.keys())
def test_a_timeline_lines_date_is_of_the_person_its_misread_verb_is_done_to(opening: str) -> None:
    body = opening + "3 May 2024 - The league fines Karl Moen for dissent.\n"
    dates = [(subject, text) for kind, subject, text in _claims("How Norby's council ruled", body) if kind == "date"]
    assert dates == [("Karl Moen", "3 May 2024")]


# A country's name used as a surname, marked a person on a timeline line whose dated head is a fragment of its own:
# a claim starting at the head reads the name on its line
def test_a_surname_that_is_a_countrys_name_on_a_timeline_line_is_the_person() -> None:
    text = "Headline\n\nThe bloc led by Sara Montenegro won the vote in May.\n\nMay 26 — Montenegro takes her seat.\n"
    refs = References(parse(text), len("Headline"))
    assert refs.full_name("Montenegro", text.index("May 26")) == "Sara Montenegro"


# ... but a claim starting on a land's own mention reads no later sentence of its paragraph ('Chad, 61, said she'):
# the land's, though the line runs on to the person
def test_a_claim_on_a_lands_mention_does_not_read_a_later_sentence_of_its_line() -> None:
    body = (
        "Senator Ana Chad of Norby arrived on Monday. Chad, a republic of 18 million people, hosts 1.2 million "
        "refugees. Chad, 61, said she had chaired the committee since 2019."
    )
    assert {s for kind, s, text in _claims("Chad hosts refugees", body) if "refugees" in text} == {"Chad"}


# A hyphened length of an event no one owns is the story's topic's, unless a rank or title opens the topic's name:
# an official's hearing or session is no length of their own
EVENTS = {
    "a titled official: the event keeps it": (
        "Judge Eva Lund blocks merger",
        "Judge Eva Lund blocked the merger of Korvik and Stennor on Tuesday. The ruling came after a two-week trial.",
        "trial",
    ),
    "an untitled person: theirs": (
        "Jury convicts Karl Moen",
        "A jury convicted Karl Moen of fraud on Tuesday. The verdict came after a two-week trial.",
        "Karl Moen",
    ),
}


@pytest.mark.parametrize(("headline", "body", "subject"), EVENTS.values(), ids=EVENTS.keys())
def test_an_unowned_events_length_is_no_titled_officials(headline: str, body: str, subject: str) -> None:
    durations = [s for kind, s, text in _claims(headline, body) if kind == "duration" and "two-week" in text]
    assert durations == [subject]


# One month check for every reader that tells a date's words from a name's: a short month keeps its stop as the
# tokenizer and the timeline's head write it ('Oct. 5 - ')
MONTH_WORDS = {"a short month with its stop": ("Oct.", True), "a full month": ("October", True),
               "a short month bare": ("oct", True), "a name that starts like one": ("Octavia", False)}  # fmt: skip


@pytest.mark.parametrize(("word", "month"), MONTH_WORDS.values(), ids=MONTH_WORDS.keys())
def test_a_month_word_is_read_with_or_without_its_stop(word: str, month: bool) -> None:
    assert aliases.month_word(word) is month
