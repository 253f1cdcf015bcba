"""count18: dates and lengths of a person the story calls by a common noun ("the opposition leader", "the
suspect") are theirs, not the story's topic's, unless the text calls the topic by that noun; see also
tests/test_review17.py (F1b) for lengths."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import verdict
from tests.test_review17 import APRIL_2026, ROE, ROE_LEDE, _roe_page, _roe_story_claim
from verify.article import Article
from verify.extract import extract_claims
from verify.models import Claim, Verdict


@pytest.mark.parametrize(
    "sentence",
    ["The opposition leader was elected on 1 March 2023.",
     "The newcomer was elected president of the senate on 1 March 2023.",
     "The suspect was arrested on 1 March 2023."],
    ids=["office-noun", "who-is-a-newcomer", "party-to-a-case"],
)  # fmt: skip
def test_a_date_of_another_person_called_by_a_common_noun_is_not_the_topics(sentence):
    # ext25s: a date bound to no name ("the suspect") is not emitted at all; none may be the topic's
    assert [c.subject for c in _roe_story_dates(sentence) if c.subject == "Jane Roe"] == []


def _roe_story_dates(sentence: str) -> list[Claim]:
    """The date claims of the sentence after the Roe story's lede (none when its subject names no one)."""
    text = f"{ROE}\n\n{ROE_LEDE}{sentence}\n"
    article = Article(path="s.txt", stem="s", sha256="0", title=ROE, text=text, as_of=APRIL_2026)
    return [c for c in extract_claims(article) if c.kind == "date" and c.span[0] >= len(text) - len(sentence) - 1]


def test_an_opposition_leaders_start_is_not_supported_by_the_topics_own_term_start():
    claims = _roe_story_dates("The opposition leader became president of Vestria on 1 March 2023.")
    assert all(verdict(c, [_roe_page()], APRIL_2026).verdict != Verdict.SUPPORTED for c in claims)


def test_a_date_of_the_noun_the_lede_calls_the_topic_by_is_still_hers():
    # the lede: "Jane Roe was sworn in ... for a second term as President of Vestria"
    assert _roe_story_claim("The president took office on 1 March 2023.", "date").subject == "Jane Roe"


def _claims(headline: str, body: str, as_of: dt.date = APRIL_2026) -> list[Claim]:
    text = f"{headline}\n\n{body}\n"
    return extract_claims(Article(path="s.txt", stem="s", sha256="0", title=headline, text=text, as_of=as_of))


def test_a_description_by_the_verb_the_topic_is_the_subject_of_is_the_topic():
    # "Roe leads the opposition": the text calls her the opposition leader
    claims = _claims(
        "Jane Roe leads the opposition in Vestria",
        "CAPITAL, 1 April 2026 — Jane Roe leads the opposition in Vestria. "
        "The opposition leader was elected on 1 March 2023.",
    )
    dated = next(c for c in claims if c.kind == "date" and "elected" in c.text)
    assert dated.subject == "Jane Roe"


def test_a_date_of_people_in_a_story_about_a_thing_is_the_things():
    claims = _claims(
        "Thieves rob the Vestria National Bank in Capitalia",
        "CAPITALIA, 3 April 2026 — Thieves robbed the Vestria National Bank in Capitalia on Monday. "
        "The suspect was detained on Wednesday.",
    )
    dated = next(c for c in claims if c.kind == "date" and "detained" in c.text)
    assert (dated.subject, dated.context) == ("Vestria National Bank", "suspect")


def test_a_length_of_a_person_in_a_story_about_a_thing_stays_theirs():
    claims = _claims(
        "Thieves rob the Vestria National Bank in Capitalia",
        "CAPITALIA, 3 April 2026 — Thieves robbed the Vestria National Bank in Capitalia on Monday. "
        "The guard has worked at the bank for six years.",
    )
    length = next(c for c in claims if c.kind == "duration")
    assert length.subject == "guard"


def test_the_last_word_of_a_sentence_is_no_part_of_an_event_name_in_the_next():
    # "... as President of Vestria. The newcomer was elected ...": no event called "Vestria. newcomer"
    claims = _roe_story_dates("The newcomer was elected president of the senate on 1 March 2023.")
    assert all("Vestria" not in (claim.context or "") for claim in claims)


# --- a weekday of an event to come: the article is dated Wednesday 1 April 2026 ------------------------------------

_CABINET = "Vestria names a new cabinet"
_CABINET_LEDE = "CAPITAL, 1 April 2026 — Vestria's parliament approved a new cabinet on Wednesday. "


def _dated(sentence: str) -> str | None:
    claims = _claims(_CABINET, _CABINET_LEDE + sentence)
    return next(c.value for c in claims if c.kind == "date" and c.span[0] > len(_CABINET) + len(_CABINET_LEDE))


@pytest.mark.parametrize(
    ("sentence", "day"),
    [("Jane Roe takes office on Tuesday.", "2026-04-07"),
     ("Jane Roe will take office on Tuesday.", "2026-04-07"),
     ("Jane Roe is sworn in on Friday.", "2026-04-03"),
     ("The new ministers take office on Friday.", "2026-04-03"),
     ("Jane Roe took office on Tuesday.", "2026-03-31"),
     ("Jane Roe was sworn in on Friday.", "2026-03-27"),
     ("Jane Roe says on Monday that she will resign.", "2026-03-30"),
     ("Jane Roe will resign after results declared on Tuesday showed a loss.", "2026-03-31")],
    ids=["present", "will", "present-passive", "base-form-tagged", "past", "past-passive", "reporting-verb",
         "past-participle-in-a-future-clause"],
)  # fmt: skip
def test_a_weekday_is_the_coming_one_for_a_verb_to_come_and_the_last_one_otherwise(sentence, day):
    assert _dated(sentence) == day


# --- a figure a verb of valuing gives "at": the valued thing's, never the one who gives it ---------------------------

_ROBBERY = "Thieves rob the Vestria National Bank in Capitalia"
_ROBBERY_LEDE = "CAPITALIA, 3 April 2026 — Thieves robbed the Vestria National Bank in Capitalia on Monday. "


def _counted(sentence: str) -> Claim:
    claims = _claims(_ROBBERY, _ROBBERY_LEDE + sentence, dt.date(2026, 4, 3))
    return next(c for c in claims if c.kind == "quantity" and c.span[0] > len(_ROBBERY) + len(_ROBBERY_LEDE))


def test_a_value_a_prosecutor_puts_on_the_haul_is_the_robberys_not_hers():
    assert _counted("Prosecutor Ana Lind put the haul's value at 88 million euros.").context == "Vestria National Bank"


def test_a_count_a_person_puts_somewhere_without_at_stays_hers():
    assert _counted("Ana Lind put 40 officers on the case.").context == "Ana Lind"


# --- a day written on an event's noun dates that event ---------------------------------------------------------------

_VOTE = "Jane Roe wins Vestria's presidential election"
_VOTE_LEDE = (
    "CAPITAL, 25 March 2026 — Jane Roe won Vestria's presidential election, official results showed on Wednesday. "
)


@pytest.mark.parametrize(
    "sentence",
    ["The commission announced the results of Sunday's vote.", "Observers praised the 22 March vote."],
    ids=["weekday-possessive", "day-compounded"],
)
def test_a_day_written_on_the_noun_of_a_named_event_dates_that_event(sentence):
    claims = _claims(_VOTE, _VOTE_LEDE + sentence, dt.date(2026, 3, 25))
    dated = next(c for c in claims if c.kind == "date" and c.span[0] > len(_VOTE) + len(_VOTE_LEDE))
    assert (dated.subject, dated.value) == ("Vestria's presidential election", "2026-03-22")
