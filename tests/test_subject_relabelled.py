"""Whom "he" or "she" stands for when the recogniser labels names wrongly: a person's name it reads as an
organisation, which the article calls a person by a calling set beside it ("Žiga Novšak, the director"),
is the person the pronoun means; a one-word name it reads as a person but the article writes only after
"at" or "in" ("at Valhalla") is a place, and no pronoun means it. And what "the spacecraft" stands for
when the name written before the same noun earlier is of several words ("the OSIRIS-REx spacecraft")
(verify/nlp/reference.py)."""

from __future__ import annotations

import pytest

from verify.article import Article
from verify.extract import extract_claims
from verify.nlp import parse
from verify.nlp.reference import References


def resolved(title: str, body: str, pronoun: str) -> str | None:
    """Whom the last `pronoun` of the body stands for."""
    text = f"{title}\n\n{body}\n"
    references = References.of(parse(text), len(title) + 2)
    last = [t for t in references.parsed.doc if t.text == pronoun][-1]
    return references.person_before(last.i)


# (shape, headline, body, the pronoun, whom it stands for)
SHAPES = [
    (
        "a name read as an organisation, called a director beside it: the person",
        "Žiga Novšak, the director the censors could not stop, takes the top prize",
        "Žiga Novšak won the Golden Lynx at the Valdora festival on Saturday. The jury's president, "
        "Maria Lenz, handed him the award, and the hall rose.\n\nIn 2019 he was arrested and banned from making films.",
        "he",
        "Žiga Novšak",
    ),
    (
        "a one-word name read as a person, written only after 'at': a place, not whom he means",
        "Rory Dunne wins golf major",
        "Rory Dunne won the championship on Sunday by two shots. His first major came in 2014.\n\n"
        "That August, at Valhalla, he won again.",
        "he",
        "Rory Dunne",
    ),
    (
        "a name read as an organisation, then 'the 22-year-old' as the next subject: the person, not his father",
        "Léon Durand, the swimmer who held up four fingers in Paris",
        "Léon Durand walked into the Paris Games as France's brightest hope in the pool and walked out of them "
        "as the face of the home Games. Over nine days at the Paris Aquatic Centre, the 22-year-old won four "
        "individual gold medals, each in an Olympic record.\n\nBorn in Nantes on 17 May 2002, Durand grew up in "
        "a swimming family. His father, Xavier Durand, swam the medley for France at the 1996 Olympics; his "
        "mother, Céline Bonnet, competed in 1992. He learned breaststroke first.\n\n"
        "In 2021 he left France for a university in Arizona.",
        "he",
        "Léon Durand",
    ),
]


@pytest.mark.parametrize(("title", "body", "pronoun", "who"), [r[1:] for r in SHAPES], ids=[r[0] for r in SHAPES])
def test_a_pronoun_means_the_person_the_article_describes_whatever_the_recogniser_read(title, body, pronoun, who):
    assert resolved(title, body, pronoun) == who


def test_the_clause_on_the_pronoun_is_about_the_described_person():
    title, body = SHAPES[0][1], SHAPES[0][2]
    article = Article(path="s.txt", stem="s", sha256="0", title=title, text=f"{title}\n\n{body}\n")
    subjects = [c.subject for c in extract_claims(article) if c.kind == "clause" and "arrested" in c.text]
    assert subjects == ["Žiga Novšak"]


def test_a_calling_beside_a_body_s_name_makes_no_person_of_it():
    """ "Ostrava Rowing Club, the champion" is a club: an organisation's word in the name outweighs the
    calling, so "she" is the person named in the story, not the club."""
    title = "Rowing club wins again"
    body = (
        "Anna Keller coached the side. Ostrava Rowing Club, the champion, paid for the boats.\n\n"
        "In 2019 she was named coach of the year."
    )
    assert resolved(title, body, "she") == "Anna Keller"


# (shape, body, the description's noun, the thing it stands for)
DESCRIPTIONS = [
    (
        "a hyphenated name before the noun: the whole name",
        "A capsule released by the TERRA-VX spacecraft landed in Utah on Sunday. The spacecraft was launched in 2016.",
        "spacecraft",
        "TERRA-VX spacecraft",
    ),
    (
        "a place of two words before the noun: both words",
        "A Los Angeles jury heard the case in May. The jury deliberated for two days.",
        "jury",
        "Los Angeles jury",
    ),
]


@pytest.mark.parametrize(("body", "noun", "thing"), [r[1:] for r in DESCRIPTIONS], ids=[r[0] for r in DESCRIPTIONS])
def test_a_description_stands_for_the_whole_name_its_noun_was_given_before(body, noun, thing):
    title = "Sample lands"
    text = f"{title}\n\n{body}\n"
    references = References.of(parse(text), len(title) + 2)
    last = [t for t in references.parsed.doc if t.text == noun][-1]
    assert references.described(last) == thing


def test_its_stands_for_a_one_word_name_the_recogniser_missed_as_the_last_subject():
    """ "Discover has been led ... Its network": the recogniser labels no entity at the subject, but the article
    writes the word with a capital inside a sentence, so it is a name, and "its" stands for it."""
    title = "Card firms agree deal"
    body = (
        "Shareholders of Discover will receive 1.02 shares each.\n\nDiscover has been led since August 2023 by "
        "interim chief executive Ana Ruiz, who took over in the summer. Its network reaches merchants in 200 countries."
    )
    text = f"{title}\n\n{body}\n"
    references = References.of(parse(text), len(title) + 2)
    its = next(t for t in references.parsed.doc if t.text == "Its")
    assert references.thing_before(its.i) == "Discover"


DECK = (
    "Cloud security company to join Google Cloud in a deal.\n\n"
    "Wiz was founded in 2020 by four friends. Having started out in Israel, the company now runs its business "
    "from New York."
)


def test_a_capital_opening_a_sentence_before_a_common_noun_names_no_company():
    """A deck's "Cloud security company to join ..." gives no company the name "Cloud security company": a word
    in lower case stands between the capital and the noun. "The company" is the one the story then names."""
    title = "Google agrees to buy Wiz"
    text = f"{title}\n\n{DECK}\n"
    references = References.of(parse(text), len(title) + 2)
    company = [t for t in references.parsed.doc if t.text == "company"][-1]
    assert references.described(company) is None


def test_the_clause_on_the_company_is_about_the_company_the_story_names():
    title = "Google agrees to buy Wiz"
    article = Article(path="s.txt", stem="s", sha256="0", title=title, text=f"{title}\n\n{DECK}\n")
    subjects = [c.subject for c in extract_claims(article) if c.kind == "clause" and "runs its business" in c.text]
    assert subjects == ["Wiz"]


def test_a_name_then_a_common_noun_before_the_head_names_nothing():
    """ "retired US Navy test pilots" are pilots, not an entity named "Navy test pilots": a word in lower case
    between the name and the noun it stands before (verify/kinds/clause/extract.py `_name_in_phrase`)."""
    title = "Astronauts return"
    body = (
        "NASA astronauts Ana Ruiz and Lee Park were undergoing health checks in Houston on Wednesday.\n\n"
        "The two veterans, both retired US Navy test pilots, flew the first crewed test flight of the capsule in June."
    )
    article = Article(path="s.txt", stem="s", sha256="0", title=title, text=f"{title}\n\n{body}\n")
    assert "Navy test pilots" not in {c.subject for c in extract_claims(article)}


# (headline, body, the words no claim may take for a name; the twin: a thing the name before its noun does name)
NAME_BEFORE_A_PHRASE = [
    (
        "Astronauts return",
        "NASA astronauts Ana Ruiz and Lee Park were undergoing health checks in Houston on Wednesday.\n\n"
        "The two veterans, both retired US Navy test pilots, flew the first crewed test flight of the capsule in June.",
        "test pilots",
    ),
    ("Jet lands", "The Norvik Air cargo jet landed in Halden on Monday.", "cargo jet"),
]


@pytest.mark.parametrize(("title", "body", "words"), NAME_BEFORE_A_PHRASE, ids=[r[2] for r in NAME_BEFORE_A_PHRASE])
def test_no_clause_names_a_thing_by_a_name_with_a_common_noun_before_its_head(title: str, body: str, words: str):
    """Mutation clause-name-before-noun-with-a-lower-word. 'US Navy test pilots', 'the Norvik Air cargo jet': a
    word in lower case between the name and the noun, so no clause is about a thing named 'US Navy test pilots'."""
    article = Article(path="s.txt", stem="s", sha256="0", title=title, text=f"{title}\n\n{body}\n")
    named = [c.subject for c in extract_claims(article) if c.kind == "clause" and words in c.subject]
    assert not named, named


def test_a_name_right_before_its_noun_names_the_thing():
    """The twin: 'The Norvik Air jet landed ...' is a clause about the thing named 'Norvik Air jet'."""
    title = "Jet lands"
    text = f"{title}\n\nThe Norvik Air jet landed in Halden on Monday.\n"
    article = Article(path="s.txt", stem="s", sha256="0", title=title, text=text)
    assert "Norvik Air jet" in {c.subject for c in extract_claims(article) if c.kind == "clause"}
