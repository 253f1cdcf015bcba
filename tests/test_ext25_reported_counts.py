"""A count in the clause a verb of saying reports ("Ana Ruiz, spokeswoman for the ministry, said more than 300
homes had been destroyed") is never the speaker's nor the body's they speak for, when the clause gives it no
owner: it is the story's, as any unowned count is (verify/kinds/quantity/owner.py `reports`, `_spoken_by`).
Invented sentences."""

import pytest

from verify.app import article_from_text
from verify.extract import extract_claims

OPENING = "VELMOR, Ruritania, 3 March 2024 — A magnitude 6.1 earthquake struck northern Ruritania on Sunday."

# (shape, sentence, words of the count, the body that only speaks)
REPORTED = {
    "a spokeswoman for a body": (
        "Ana Ruiz, spokeswoman for the Ministry of Civil Protection, said more than 300 homes had been destroyed.",
        "300 homes",
        "Ministry of Civil Protection",
    ),
    "the body itself": (
        "The Ministry of Civil Protection said 12 bridges had collapsed.",
        "12 bridges",
        "The Ministry of Civil Protection",
    ),
}


def count_on(body: str, words: str):
    article = article_from_text(f"Quake\n\n{OPENING} {body}\n")
    return next(c for c in extract_claims(article) if c.kind == "quantity" and words in c.text)


@pytest.mark.parametrize(("sentence", "words", "speaker"), REPORTED.values(), ids=REPORTED.keys())
def test_a_count_a_speaker_reports_is_not_the_speakers_body(sentence: str, words: str, speaker: str):
    count = count_on(sentence, words)
    assert speaker not in {count.subject, count.context}, (count.subject, count.context)
    assert count.context == "2024 Ruritania earthquake"
