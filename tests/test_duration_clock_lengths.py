"""Lengths written as a clock reading ("finished in 2:01:53", "beating X by 1:03", "9:18 down"): a race's time
or a margin, read off the parse (verify/kinds/duration/lengths.py `_clock_lengths`). One row per shape,
invented sentences; a time of day in the same writing is no length."""

import pytest

from verify.app import article_from_text
from verify.extract import extract_claims


def durations(body: str) -> list[tuple[str, str | None]]:
    article = article_from_text(f"Story\n\n{body}\n")
    return [(c.subject, c.value) for c in extract_claims(article) if c.kind == "duration"]


# (shape, sentence, the length's subject and value)
CLOCK_LENGTHS = {
    "won ... in H:MM:SS: how long the doer took": (
        "Tomas Berg won the Varnby Half Marathon in 1:02:01 on Sunday.",
        ("Tomas Berg", "1:02:01"),
    ),
    "finished in H:MM:SS after a description naming the doer": (
        "Tomas Berg, a runner from Varnby, finished in 2:01:53 at his first attempt.",
        ("Tomas Berg", "2:01:53"),
    ),
    "ran H:MM:SS: the verb's object": (
        "Later that year Tomas Berg ran 2:00:35 in Bergen.",
        ("Tomas Berg", "2:00:35"),
    ),
    "beating X by M:SS: the margin over the one beaten": (
        "Lena Holm won the final stage, beating Karin Dahl by 1:03 and Eva Strand by 1:14.",
        ("Karin Dahl", "1:03"),
    ),
    "a second margin in the same list": (
        "Lena Holm won the final stage, beating Karin Dahl by 1:03 and Eva Strand by 1:14.",
        ("Eva Strand", "1:14"),
    ),
    "M:SS down: how far behind the clause's subject finished": (
        "Eva Strand, the debutant, finished third overall, 9:18 down, and took the white jersey.",
        ("Eva Strand", "9:18"),
    ),
}


@pytest.mark.parametrize(("sentence", "expected"), CLOCK_LENGTHS.values(), ids=CLOCK_LENGTHS.keys())
def test_a_clock_reading_of_a_race_is_a_length(sentence: str, expected: tuple[str, str]) -> None:
    assert expected in durations(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "By 9:48 the water had reached the whole town of Varnby.",  # a time of day the story is at
        "Tomas Berg left the harbour at 6:30 and reached Varnby at 9:45.",  # clock times of events
        "Tomas Berg arrived in Varnby at 12:39 a.m. on Monday.",
        "The ferry reached Varnby in 2:15 p.m. light, Tomas Berg said.",  # a time of day after 'in'
    ],
)
def test_a_time_of_day_is_no_clock_length(sentence: str) -> None:
    assert not [value for _, value in durations(sentence) if value and ":" in value]
