"""Which named entity a pronoun, a description, an acronym or the headline stands for
(verify/nlp/reference.py): what the counts, lengths and dates of an article are about."""

from __future__ import annotations

import pytest

from verify.nlp import parse
from verify.nlp.reference import References


def references(headline: str, body: str) -> tuple[References, str]:
    text = f"{headline}\n\n{body}\n"
    return References(parse(text), len(headline)), text


# (shape, headline, body, the topic)
TOPICS = [
    (
        "a surname in the headline: the full name",
        "Holm convicted on all counts",
        "A jury found Eva Holm guilty.",
        "Eva Holm",
    ),
    (
        "a name the recogniser misses: the run of proper nouns",
        "Helene death toll passes 200",
        "LUND — Hurricane Helene has killed more than 200 people. Helene came ashore on Thursday.",
        "Hurricane Helene",
    ),
    (
        "the headline's first name wins",
        "Contoso completes purchase of Fabrikam",
        "Contoso Ltd. bought Fabrikam Inc. for $2 billion. Fabrikam makes chips.",
        "Contoso Ltd.",
    ),
    ("a headline naming no one in the body: none", "What happens next", "Eva Holm resigned on Friday.", None),
]


@pytest.mark.parametrize(("headline", "body", "topic"), [r[1:] for r in TOPICS], ids=[r[0] for r in TOPICS])
def test_the_topic_is_the_entity_the_headline_and_the_body_name(headline, body, topic):
    assert references(headline, body)[0].topic == topic


# (shape, body, acronym, the name it stands for)
SHORT_FORMS = [
    (
        "defined in brackets",
        "The International Court of Justice (ICJ) ruled on Friday. The ICJ gave Israel a month.",
        "ICJ",
        "International Court of Justice",
    ),
    (
        "the initials of a name written before",
        "Lai Ching-te of the Democratic Progressive Party won, handing the DPP a third term.",
        "DPP",
        "Democratic Progressive Party",
    ),
    ("no name it abbreviates: itself", "The NHS said on Friday that waiting lists fell.", "NHS", "NHS"),
]


@pytest.mark.parametrize(("body", "short", "full"), [r[1:] for r in SHORT_FORMS], ids=[r[0] for r in SHORT_FORMS])
def test_an_acronym_stands_for_the_name_the_article_spells_out(body, short, full):
    assert references("Story", body)[0].expand(short) == full


def test_a_pronoun_object_stands_for_the_person_named_before_it_in_its_sentence():
    refs, _ = references("Story", "Ana Ruiz joined in May. A court convicted Luis Rubiales and fined him.")
    him = next(t for t in refs.parsed.doc if t.text == "him")
    assert refs.person_before(him.i) == "Luis Rubiales"


@pytest.mark.parametrize(
    ("body", "noun", "entity"),
    [
        ("The Nordic Supreme Court met in May. The court ruled on Friday.", "court", "Nordic Supreme Court"),
        ("The Nordic Supreme Court met in May. The justices ruled on Friday.", "justices", "Nordic Supreme Court"),
        ("The Vikram lander touched down. The lander worked for 14 days.", "lander", "Vikram lander"),
        (
            "The Luna lander crashed in August. The Vikram lander touched down. The lander worked for 14 days.",
            "lander",
            "Vikram lander",
        ),
    ],
    ids=["by its head noun", "by the body its members form", "by the same noun with a name", "the nearest such noun"],
)
def test_a_definite_description_stands_for_the_entity_named_before(body, noun, entity):
    refs, _ = references("Story", body)
    token = [t for t in refs.parsed.doc if t.lower_ == noun][-1]
    assert refs.described(token) == entity
