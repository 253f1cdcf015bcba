"""ext43: extraction rows for shapes of real news the general set misses most (issue 14). Invented stories."""

from __future__ import annotations

import pytest

from verify.article import Article
from verify.extract import extract_claims


def _durations(headline: str, body: str) -> dict[str, str]:
    """Each duration claim's words -> its subject."""
    text = f"{headline}\n\n{body}\n"
    article = Article(path="s.txt", stem="s", sha256="0", title=headline, text=text)
    return {c.text: c.subject for c in extract_claims(article) if c.kind == "duration"}


KESTREL = (
    "Kestrel lander touches down on the Moon",
    "HOUSTON, 3 March 2025 — The Kestrel lander, built by Orbis Space, touched down on the Moon on Sunday. ",
)
RUIZ = (
    "Jury convicts Tomas Ruiz of fraud",
    "WILMINGTON, 12 June 2024 — A federal jury convicted Tomas Ruiz of three counts of fraud on Tuesday. ",
)

# (shape, story, the sentence after its lede, the length's words, its subject): a hyphened length before the noun of an
# event no one is said to own is the length of what the story's entity did or underwent
EVENT_LENGTHS = [
    ("a flight the story's craft made", KESTREL, "It came home on Friday, ending a five-day flight.", "five-day",
     "Kestrel"),
    ("a journey ahead", KESTREL, "It reached orbit in 2024 after an eight-year journey.", "eight-year", "Kestrel"),
    ("a trial the verdict followed", RUIZ, "The verdict came after a two-week trial.", "two-week", "Tomas Ruiz"),
    ("a wait a win ended", RUIZ, "The award ends a 47-year wait.", "47-year", "Tomas Ruiz"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("shape", "story", "sentence", "words", "subject"), EVENT_LENGTHS, ids=[r[0] for r in EVENT_LENGTHS]
)
def test_a_hyphened_length_of_an_unowned_event_is_the_storys_entitys(shape, story, sentence, words, subject):
    durations = _durations(story[0], story[1] + sentence)
    assert next(s for text, s in durations.items() if text.startswith(words)) == subject


# (shape, sentence after the lander's lede, the length's words, the subject it keeps)
KEPT_LENGTHS = [
    ("a possessed event", "Orbis Space's three-day state visit ended on Friday.", "three-day", "state visit"),
    ("a length with no hyphen", "Orbis Space spent three weeks of training on it.", "three weeks", "training"),
    ("a counted event", "Two 12-hour shifts were worked on it.", "12-hour", "shifts"),
    ("a ranked event", "It was the best 10-day flight of the year.", "10-day", "best flight"),
    ("a person", "A 30-year veteran of the agency steered it.", "30-year", "veteran"),
]  # fmt: skip


@pytest.mark.parametrize(("shape", "sentence", "words", "subject"), KEPT_LENGTHS, ids=[r[0] for r in KEPT_LENGTHS])
def test_a_length_that_is_no_unowned_events_keeps_its_noun(shape, sentence, words, subject):
    durations = _durations(KESTREL[0], KESTREL[1] + sentence)
    assert next(s for text, s in durations.items() if text.startswith(words)) == subject


def _claims(headline: str, body: str) -> list[tuple[str, str, str]]:
    text = f"{headline}\n\n{body}\n"
    article = Article(path="s.txt", stem="s", sha256="0", title=headline, text=text)
    return [(c.kind, c.subject, c.text) for c in extract_claims(article)]


# A timeline's first line after the colon that announces the list ('The key dates:') is a sentence of its own: its
# abbreviated month is no subject of the line's verb, and the line's name is read whole
TIMELINE = (
    "How Karl Moen became Norby's mayor",
    "NORBY - Karl Moen was sworn in as mayor of Norby on Tuesday.\n\nThe key dates:\n\n"
    "Oct. 5 - Ana Ruiz withdraws from the race after a debate in Halden.\n\nOct. 24 - Polling day.",
)


@pytest.mark.parametrize("kind", ["clause", "date"])
def test_a_timelines_first_line_after_a_colon_is_its_own_sentence(kind: str) -> None:
    subjects = {subject for k, subject, text in _claims(*TIMELINE) if k == kind and "withdraws" in text}
    assert subjects == {"Ana Ruiz"}


# A timeline line's dated head ('September 6, 2023 - ') is a fragment of its own: its month is no subject of the
# line's verb, nor the owner of the line's count
SUIT = (
    "How Karl Moen became Norby's mayor",
    "NORBY - Karl Moen was sworn in as mayor of Norby on Tuesday.\n\nThe key dates:\n\n"
    "3 May 2024 - The council calls an election.\n\n"
    "September 6, 2023 - Six Norby voters, Republicans and independents, sue in Halden to keep Ana Ruiz off the "
    "ballot.",
)


@pytest.mark.parametrize("kind", ["clause", "quantity"])
def test_a_timeline_lines_month_is_no_subject(kind: str) -> None:
    subjects = {subject for k, subject, text in _claims(*SUIT) if k == kind and "Six Norby voters" in text}
    assert subjects and "September" not in subjects


def test_a_timelines_first_line_after_a_colon_with_a_time_of_day_is_its_own_sentence() -> None:
    """A head that is no calendar date ('Late morning - ') stays in its line's sentence: the colon before it no
    longer glues the line to 'The key moments:'."""
    flood = (
        "How the Korvik floods unfolded",
        "KORVIK - Floods hit Korvik on Tuesday.\n\nThe key moments:\n\n"
        "Late morning - Ana Ruiz orders the evacuation of Halden after the river overflows.\n\n"
        "8:11 p.m. - Karl Moen declares an emergency in Norby.",
    )
    assert ("clause", "Ana Ruiz") in {(k, subject) for k, subject, text in _claims(*flood) if "orders" in text}
