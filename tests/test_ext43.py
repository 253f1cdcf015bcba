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
