"""Whom a length of time is about when its verb's subject only refers to someone: a relative or personal
pronoun, or a thing a name owns (verify/kinds/duration/lengths.py, `referred_subject`)."""

import pytest

from verify.app import article_from_text
from verify.extract import extract_claims


def durations(body: str) -> list[tuple[str, str | None]]:
    article = article_from_text(f"Story\n\n{body}\n")
    return [(c.subject, c.value) for c in extract_claims(article) if c.kind == "duration"]


# (shape, sentence, the length's subject and value)
REFERRED = {
    "a relative pronoun: its antecedent, not the verb's object": (
        "Eva Holm, who has chaired Nordbank for a decade, will step down.",
        ("Eva Holm", "10 years"),
    ),
    "a thing a recognised name owns: the owner": (
        "Norway's bid for the seat stalled for about 20 months in the assembly.",
        ("Norway", "20 months"),
    ),
    "a thing owned by a name the recogniser missed: the owner": (
        "Nordbank's takeover bid stalled for about 20 months in Sweden.",
        ("Nordbank", "20 months"),
    ),
}


@pytest.mark.parametrize(("sentence", "expected"), REFERRED.values(), ids=REFERRED.keys())
def test_a_length_is_about_whom_its_referring_subject_stands_for(sentence: str, expected: tuple[str, str]):
    assert durations(sentence) == [expected]


def test_a_description_owned_by_a_country_is_not_the_country_s():
    """'Japan's biggest steelmaker' describes a company, it is not Japan's thing: the subject stays."""
    found = durations("Sweden's largest bank spent a year and a half trying to buy Nordbank.")
    assert [who for who, _ in found] != ["Sweden"]


LENGTHS_OF_THINGS = {
    "a hyphenated length of a thing": ("Eva Holm leads Nordbank. She unveiled a five-year plan.", "plan"),
    "a length 'of' a thing": ("Eva Holm leads Nordbank. She did so after a decade of increases.", "increases"),
}


@pytest.mark.parametrize(("sentence", "thing"), LENGTHS_OF_THINGS.values(), ids=LENGTHS_OF_THINGS.keys())
def test_a_length_of_a_thing_stays_the_thing_s(sentence: str, thing: str):
    assert [who for who, _ in durations(sentence)] == [thing]


# (shape, sentence, who must not have the length)
FINDERS = {
    "rescuers finding a person some hours after a collapse": (
        "Rescuers found a boy alive 80 hours after the collapse of the school.",
        "Rescuers",
    ),
    "divers pulling people out some days after a storm": (
        "Navy divers pulled two fishermen from the hull three days after the storm.",
        "Navy",
    ),
    "a named finder": (
        "Norvik Mountain Rescue found the climber 40 hours after the avalanche.",
        "Norvik Mountain Rescue",
    ),
}


@pytest.mark.parametrize(("sentence", "finder"), FINDERS.values(), ids=FINDERS.keys())
def test_a_length_measured_from_an_event_is_not_the_finder_s(sentence: str, finder: str):
    """'found a boy alive 80 hours after the collapse': the hours run from the collapse to the boy's rescue;
    they belong to that event or to the one found, never to whoever found him."""
    assert finder not in [who for who, _ in durations(sentence)]


def test_a_length_after_an_event_is_still_the_subject_s_when_the_verb_acts_on_nothing():
    """'The booster landed eight minutes after liftoff': no one is acted on, the landing is the booster's."""
    assert durations("The Norvik booster landed eight minutes after liftoff.") == [("Norvik booster", "eight minutes")]


# (shape, sentence, the doer whose length it stays)
DOERS_ON_THINGS = {
    "a treaty signed some days after an election": (
        "Ana Reyes signed the treaty two days after the election.",
        "Reyes",
    ),
    "a prize won some years after a discovery": (
        "Maria Lund won the Nobel Prize 40 years after the discovery.",
        "Maria Lund",
    ),
}


@pytest.mark.parametrize(("sentence", "doer"), DOERS_ON_THINGS.values(), ids=DOERS_ON_THINGS.keys())
def test_a_length_after_an_event_stays_the_doer_s_when_the_verb_acts_on_a_thing(sentence: str, doer: str):
    """'signed the treaty two days after the election': the signing is hers; only a person acted on
    ('found a boy alive') takes the length from the doer."""
    assert [who for who, _ in durations(sentence)] == [doer]
