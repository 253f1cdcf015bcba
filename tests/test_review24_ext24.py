"""The reviewer's findings B3 and B4 on this branch (tests/test_review24.py of s24-review24, copied beside the
fixes): a state's length set beside a phrase is not its 'of' name's; a plural noun of a verbless line is no verb
(B4 is met by taking the headline-verb component out again: no shape tells "capsule docks" from "interest rates")."""

from __future__ import annotations

import pytest

from verify.app import article_from_text
from verify.extract import extract_claims
from verify.models import Claim


def _story_claims(body: str) -> list[Claim]:
    """The claims extraction gives for `body` as a story's one paragraph (no date)."""
    return extract_claims(article_from_text(f"Story\n\n{body}\n"))


def _durations(body: str) -> list[tuple[str, str | None]]:
    """The (subject, value) of each length extraction gives for `body`."""
    claims = extract_claims(article_from_text(f"Story\n\n{body}\n"))
    return [(c.subject, c.value) for c in claims if c.kind == "duration"]


# B3 (s24-ext24 b938392, verify/kinds/duration/lengths.py `_state_aside`): the name a state's length is given to is the
# word right before the aside's comma, so in "the captain of Norby United, on the pitch for only four minutes, scored"
# the four minutes are Norby United's (the club's, not its captain's) and in "the coast of Velmor, silent for two
# centuries," the two centuries the country's. WRONG SUBJECT, a new extra; main gives no length. The noun the aside
# is set beside is the head of the phrase before the comma (captain, coast), not the last word of its 'of' phrase.
@pytest.mark.parametrize(
    ("body", "not_its"),
    [
        pytest.param(
            "In the 80th minute the captain of Norby United, on the pitch for only four minutes, scored the winner.",
            "Norby United",
            id="captain-of-a-club",
        ),
        pytest.param(
            "The harbour closed as the coast of Velmor, silent for two centuries, began to shake.",
            "Velmor",
            id="coast-of-a-country",
        ),
    ],
)
def test_b3_a_state_set_beside_a_phrase_is_not_its_of_names(body: str, not_its: str) -> None:
    assert not [found for found in _durations(body) if found[0] == not_its]


# B4 (s24-ext24 b112b93, verify/nlp/headline_verbs.py `_verb_taken_for_noun`): any lower-case plural noun after a
# common noun in a verbless line's opening phrase, before a preposition, is made a verb, so a timeline line or caption
# that is a noun phrase ("June 6 - The rescue workers at the site of the collapse.") gives a date claim whose subject is
# "rescue" and whose event is "workers"; "factory workers on strike" the same. New extras with no real subject; main
# reads no claim. The shape cannot tell "capsule docks with" from "rescue workers at": the word must also be a verb.
# At 2e56824 the component takes capitalised subjects too, and photo captions ("Rescue workers at the site of the
# collapse in Halden on 3 May 2024.") give a date claim of subject "Rescue", event "workers".
@pytest.mark.parametrize(
    ("body", "not_a_subject"),
    [
        pytest.param("June 6 - The rescue workers at the site of the collapse.", "rescue", id="rescue-workers"),
        pytest.param("May 2024 - The factory workers on strike outside the plant.", "factory", id="factory-workers"),
        # s24-ext24 2e56824 widens it to capitalised subjects: a photo caption's opening noun is read as a subject
        pytest.param("Rescue workers at the site of the collapse in Halden on 3 May 2024.", "Rescue", id="caption"),
        pytest.param("Aid workers in Halden after the flood, 12 June 2024.", "Aid", id="caption-date-last"),
    ],
)
def test_b4_a_plural_noun_of_a_verbless_line_is_no_verb(body: str, not_a_subject: str) -> None:
    claims = _story_claims(body)
    assert not [(c.subject, c.relation, c.text) for c in claims if c.subject == not_a_subject]


# B4 continued (s24-ext24 5113d6a, verify/nlp/headline_verbs.py `_a_verb`): the fix takes a plural noun for a verb when
# the word less its -s is a verb the lemmatizer knows, and many plural nouns are (rate, result, talk, price, cut): a
# verbless line "June 6 - The interest rates at a glance." gives a date claim of subject "interest", event "rates";
# "May 2024 - The election results in Halden." a date and a clause whose event is "results"; "12 June 2024 - The trade
# talks with Vestria in Halden." a claim whose event is "talk(s)"; "Share prices in Halden on 3 May 2024." a date of
# "Share". New extras; main reads none of them. A noun phrase's own plural is no verb unless the line lacks a noun head.
@pytest.mark.parametrize(
    ("body", "plural"),
    [
        pytest.param("June 6 - The interest rates at a glance.", "rates", id="interest-rates"),
        pytest.param("May 2024 - The election results in Halden.", "results", id="election-results"),
        pytest.param("12 June 2024 - The trade talks with Vestria in Halden.", "talks", id="trade-talks"),
        pytest.param("Share prices in Halden on 3 May 2024.", "prices", id="share-prices"),
    ],
)
def test_b4_a_plural_noun_that_is_also_a_verb_is_no_verb_of_a_verbless_line(body: str, plural: str) -> None:
    claims = _story_claims(body)
    made = [(c.subject, c.relation, c.text) for c in claims if (c.relation or "") in {plural, plural[:-1]}]
    assert not made
