"""Which named entity a pronoun, a description, an acronym or the headline stands for
(verify/nlp/reference.py): what the counts, lengths and dates of an article are about."""

from __future__ import annotations

import pytest

from verify.article import Article
from verify.extract import extract_claims
from verify.nlp import parse
from verify.nlp.reference import References


def story(text: str, title: str = "Headline") -> Article:
    return Article(path="story.txt", stem="story", sha256="0", title=title, text=text)


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
        ("The US Supreme Court took the case. The appeals court had ruled.", "court", None),
        ("The Nordic Supreme Court met in May. The first court to rule was in Oslo.", "court", None),
        (
            "The Luna lander crashed in August. The Vikram lander touched down. The lander worked for 14 days.",
            "lander",
            "Vikram lander",
        ),
        (
            "The academy announced the 2024 Nobel Prize in Chemistry. Anna Berg shares the 11 million kronor award.",
            "award",
            "Nobel Prize in Chemistry",
        ),
    ],
    ids=[
        "by its head noun",
        "by the body its members form",
        "by the same noun with a name",
        "not one whose name lacks the description's own noun",
        "not a description ranked by an ordinal",
        "the nearest such noun",
        "by another word for its head noun, past the words of a count",
    ],
)
def test_a_definite_description_stands_for_the_entity_named_before(body, noun, entity):
    refs, _ = references("Story", body)
    token = [t for t in refs.parsed.doc if t.lower_ == noun][-1]
    assert refs.described(token) == entity


@pytest.mark.parametrize(
    ("body", "noun", "bearer"),
    [
        ("Labour won the 2024 general election. Turnout was about 60 percent.", "turnout", "2024 general election"),
        ("In the presidential vote, Lai took 5,586,019 votes. Turnout was 70 percent.", "turnout", "presidential vote"),
        ("Labour won the 2024 general election. The weather was about 20 degrees.", "weather", None),
    ],
    ids=["the event named before", "not the plural: votes cast are no vote", "no attribute noun"],
)
def test_an_attribute_noun_is_of_the_thing_named_before(body, noun, bearer):
    refs, _ = references("Story", body)
    token = [t for t in refs.parsed.doc if t.lower_ == noun][-1]
    assert refs.bearer(token) == bearer


def test_a_sentence_opening_common_noun_the_recogniser_names_is_no_entity():
    refs, _ = references("Story", "Labour won the 2024 general election. Turnout was about 60 percent.")
    assert all(e.text != "Turnout" for e in refs.named)


@pytest.mark.parametrize(
    ("body", "affiliation"),
    [
        (
            "The Labour Party won. Nigel Farage, the leader of Reform UK, won Clacton, and his party took five seats.",
            "Reform UK",
        ),
        ("The Labour Party won. Nigel Farage won Clacton, and his party took five seats.", None),
    ],
    ids=["the organisation the person's appositive names", "no appositive: nothing said"],
)
def test_a_possessive_pronoun_s_organisation_is_the_one_the_person_leads(body, affiliation):
    refs, _ = references("Story", body)
    party = next(t for t in refs.parsed.doc if t.lower_ == "party" and t.nbor(-1).lower_ == "his")
    assert refs.affiliation(party) == affiliation


def test_a_count_of_his_party_is_the_party_the_person_leads():
    text = (
        "Headline\n\nThe Labour Party won 411 seats. Nigel Farage, the leader of Reform UK, won Clacton,"
        " and his party finished with five MPs.\n"
    )
    count = next(c for c in extract_claims(story(text)) if c.kind == "quantity" and "five" in c.text)
    assert count.context == "Reform UK"


@pytest.mark.parametrize(
    ("body", "thing"),
    [
        (
            "The assembly met in May.\n\nAbout the agency\n\nThe World Health Organization, headquartered in Geneva,"
            " is the UN agency for health. Founded in 1948, it works with 194 Member States.",
            "World Health Organization",
        ),
        ("The assembly met in May.\n\nFounded in 1948, it works with 194 Member States.", None),
    ],
    ids=["the name opening the sentence before, under a heading", "nothing named in its paragraph"],
)
def test_it_stands_for_the_thing_last_named_as_a_subject_in_its_paragraph(body, thing):
    refs, _ = references("Story", body)
    it = next(t for t in refs.parsed.doc if t.lower_ == "it")
    assert refs.thing_before(it.i) == thing


# (shape, headline, body, the pronoun's words with the pronoun marked by [ ], whom it stands for)
PRONOUNS = [
    (
        "the main clause's subject, not a while-clause's",
        "Race report",
        "Tomas Berglund won the race on Sunday while Henrik Dahl finished second. [He] now leads the standings.",
        "Tomas Berglund",
    ),
    (
        "a person its paragraph names as an object, before an earlier paragraph's subject",
        "Council vote",
        "Ingrid Solberg filed the motion on Monday.\n\nThe council removed Mark Holloway by a vote of 9 to 4. "
        "[He] is the first mayor to be removed.",
        "Mark Holloway",
    ),
    (
        "a later he in a sentence that opens with he: the opening he's person",
        "Profile",
        "Karl Lunde grew up in Bergen. He joined the navy in 1990, and from 1995 to 1998 [he] served as "
        "an aide under Admiral Olav Rist.",
        "Karl Lunde",
    ),
]


@pytest.mark.parametrize(("headline", "body", "who"), [r[1:] for r in PRONOUNS], ids=[r[0] for r in PRONOUNS])
def test_a_pronoun_stands_for_the_person_the_text_is_about(headline, body, who):
    at = len(headline) + 2 + body.index("[")
    refs, _ = references(headline, body.replace("[", "").replace("]", ""))
    assert refs.person_at(at) == who


def test_he_in_a_clause_after_a_titled_person_is_the_sentence_s_person_not_the_titled_one():
    text = (
        "New mayor sworn in\n\nThe city voted on Sunday.\n\nHenrik Dahl grew up in Tarnby. "
        "From 2004 to 2008 he served as an aide under Governor Ola Nyberg.\n"
    )
    claims = extract_claims(story(text, "New mayor sworn in"))
    served = [c for c in claims if c.kind == "role" and c.text.startswith("he served")]
    assert [c.subject for c in served] == ["Henrik Dahl"]
