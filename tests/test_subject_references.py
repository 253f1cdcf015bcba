"""Whom a pronoun stands for, in shapes news writes every day (verify/nlp/reference.py), and which two
written names are one person (verify/names.py): the subjects the claims of every kind are given."""

from __future__ import annotations

import pytest

from verify.names import same_person
from verify.nlp import parse
from verify.nlp.reference import References, another_given_name


def whom(headline: str, body: str) -> str | None:
    """Whom the pronoun marked [like this] in `body` stands for."""
    text = f"{headline}\n\n{body.replace('[', '').replace(']', '')}\n"
    refs = References(parse(text), len(headline))
    return refs.person_at(len(headline) + 2 + body.index("["))


# (shape, headline, body with the pronoun marked by [ ], whom it stands for)
PRONOUNS = [
    (
        "a one-word name with an age beside it is a person wherever it is written",
        "Velbrook takes the crown",
        "Velbrook, 29, won the title on Sunday after beating Ivo Marsh in the final. Marsh praised the winner."
        "\n\nVelbrook has won four titles. [He] thanked his coach.",
        "Velbrook",
    ),
    (
        "a name ending a short title-case quotation is a work, not a person",
        "Mara Quill takes the prize",
        'Mara Quill won the award on Friday.\n\nThe win came after four nominations, for "I Am... Lena Frost," '
        "and [she] thanked the jury.",
        "Mara Quill",
    ),
    (
        "the same object pronoun twice in a sentence is one person",
        "Nora Vance wins final",
        "Nora Vance won the final on Sunday.\n\nEarlier, Ellis Marr handed her the cup, making [her] the "
        "youngest winner.",
        "Nora Vance",
    ),
    (
        "after a sentence whose named subject acts on 'her': the one called her",
        "Vance returns",
        "Nora Vance won the relay in Oslo.\n\nAfterwards, Ellis Marr handed her the medal. [She] thanked the crowd.",
        "Nora Vance",
    ),
    (
        "a definite description of a person as the subject: the person named before, not a name after it",
        "Award",
        "Tomas Berg won the award on Sunday.\n\nOn Sunday night the 47-year-old Irishman won the prize for best "
        "actor for playing Carl Lund in the film, [his] first win.",
        "Tomas Berg",
    ),
    (
        "a paragraph's opening pronoun: the headline's person, though the headline leads with a place",
        "From Lisbon to the Fund: Ana Reis takes charge",
        "Ana Reis starts work at the fund on Monday.\n\nThe board met on Friday, and Tomas Berg chaired "
        "the meeting.\n\n[She] studied law in Coimbra.",
        "Ana Reis",
    ),
    (
        "a name just after a body noun is the body's, not a person's",
        "Court ruling",
        "Judge Omar Veld ruled on Monday.\n\nAfter years at the law firm Adler Quint, [he] joined the court in 2014.",
        "Omar Veld",
    ),
    (
        "a clause without a subject of its own that opens the sentence: the one it names is not its doer",
        "Lima wins the party",
        "Pedro Lima was elected leader on Monday.\n\nAfter losing the 2020 vote to Rui Sousa, [he] won the 2022 "
        "race.",
        "Pedro Lima",
    ),
]


@pytest.mark.parametrize(("headline", "body", "who"), [r[1:] for r in PRONOUNS], ids=[r[0] for r in PRONOUNS])
def test_a_pronoun_stands_for_the_person_the_story_means(headline, body, who):
    assert whom(headline, body) == who


def test_a_subject_doing_a_thing_himself_is_a_man_for_the_pronouns():
    text = (
        "Why Tor Ekdal and Mira Solde won\n\nTor Ekdal, 54, cut the film himself. Mira Solde starred in it.\n\n"
        "The ceremony ran late.\n"
    )
    refs = References(parse(text), len("Why Tor Ekdal and Mira Solde won"))
    assert refs.genders.get("Tor Ekdal") == "m"


# (shape, shorter name, longer name, one person)
NAME_FORMS = [
    ("a nickname of the lexicon", "Chris Lund", "Christopher Lund", True),
    ("a shortening that is no given name of its own", "Ajay Rao", "Ajaypal Singh Rao", True),
    ("a given name of its own that starts like the other", "Chris Lund", "Christina Lund", False),
    ("a given name of its own, the other sex", "Dan Lund", "Daniela Lund", False),
    ("a shortening of a listed name of the same sex", "Ken Lund", "Kenneth Lund", True),
    ("a shortening with no known long form", "Jess Lund", "Jessica Lund", True),
    ("a given name of its own written with an accent", "Zoë Lund", "Zoella Lund", False),
]


@pytest.mark.parametrize(("short", "long_", "same"), [r[1:] for r in NAME_FORMS], ids=[r[0] for r in NAME_FORMS])
def test_a_first_name_is_not_a_prefix_of_another(short, long_, same):
    assert same_person(short, long_) is same
    assert another_given_name(short, long_) is not same


def test_a_claim_renamed_to_the_story_s_name_for_its_person_has_the_id_of_that_name():
    from verify.article import Article
    from verify.extract import extract_claims
    from verify.kinds.base import claim_id

    text = (
        "New chief at the port\n\nVijay Kohar took charge of the port authority on Monday.\n\n"
        "Vijayendra Nath Kohar was born on 10 November 1961 in a fishing town.\n"
    )
    article = Article(path="story.txt", stem="story", sha256="0", title="New chief at the port", text=text)
    born = [c for c in extract_claims(article) if "1961" in c.text]
    assert born and all(c.subject == "Vijay Kohar" for c in born)
    for claim in born:
        relation = "holds office" if claim.relation == "held office" else claim.relation
        assert claim.id == claim_id(claim.kind, claim.subject, relation, claim.value)


# (shape, body, the name as written, where: the words it is written in, the one name every kind gives it)
FULL_NAMES = [
    (
        "a surname: the person named in full before it",
        "Maria Lindqvist chairs the board. Lindqvist took office in 2019.",
        "Lindqvist",
        "Lindqvist took office",
        "Maria Lindqvist",
    ),
    (
        "a surname written before any full name: as written",
        "Lindqvist took office in 2019. Maria Lindqvist chairs the board.",
        "Lindqvist",
        "Lindqvist took office",
        "Lindqvist",
    ),
    (
        "two people of one surname: the one a clause is about, not the rival named first in passing",
        "Omar Dione came fourth, behind Ibra Ndour, a former mayor. Dione will succeed Awa Ndour, who has "
        "led the country since 2015. Ndour wrote on Monday that the vote was fair.",
        "Ndour",
        "Ndour wrote",
        "Awa Ndour",
    ),
    (
        "an acronym the article spells out in brackets",
        "The Northern Fisheries Council (NFC) met on Monday. The NFC voted to close the bay.",
        "NFC",
        "The NFC voted",
        "Northern Fisheries Council",
    ),
    (
        "a fuller form of a name the story uses: the story's name",
        "Vijay Kohar took charge on Monday. Vijayendra Nath Kohar was born in 1961.",
        "Vijayendra Nath Kohar",
        "Vijayendra Nath Kohar was born",
        "Vijay Kohar",
    ),
    (
        "a country's name as a surname, marked a person by 'his': the person, where the claim starts before it",
        "The alliance led by Rafael Montenegro won the vote in March.\n\nMarch 26 — Montenegro takes up his seat.",
        "Montenegro",
        "March 26",
        "Rafael Montenegro",
    ),
    (
        "a country's name as a surname, marked a person by what it is said to be",
        "The alliance led by Rafael Montenegro won the vote in March.\n\nBorn in Braga, Montenegro is a lawyer.",
        "Montenegro",
        "Born in",
        "Rafael Montenegro",
    ),
    (
        "a country's name as a surname, marked a person by an age",
        "The alliance led by Rafael Montenegro won the vote. Montenegro, 51, was sworn in on Tuesday.",
        "Montenegro",
        "Montenegro, 51",
        "Rafael Montenegro",
    ),
    (
        "a country's name as a surname, unmarked where the country is meant: the country",
        "Tom Poland left the club in May. Poland won the match on Sunday.",
        "Poland",
        "Poland won",
        "Poland",
    ),
]


@pytest.mark.parametrize(("body", "name", "where", "full"), [r[1:] for r in FULL_NAMES], ids=[r[0] for r in FULL_NAMES])
def test_every_kind_gets_one_full_name_for_a_mention(body, name, where, full):
    text = f"Headline\n\n{body}\n"
    refs = References(parse(text), len("Headline"))
    assert refs.full_name(name, text.index(where)) == full


@pytest.mark.parametrize(
    ("rival", "followed"),
    [("Ibra Ndour", "Awa Ndour"), ("Awa Ndour", "Ibra Ndour")],
    ids=["the followed one named second", "the same story with the two first names swapped"],
)
def test_a_surname_alone_gives_a_date_to_the_namesake_the_story_follows(rival: str, followed: str):
    """Mutation surname-given-to-the-first-namesake. Of two people named in full with one surname, 'Ndour' alone is
    the one a clause is about (the one to be succeeded), not the rival named first in passing: the date kind's
    'Ndour took office in April 2015' is a claim about the one followed, whichever is named first."""
    from verify.article import Article
    from verify.extract import extract_claims

    body = (
        f"Omar Dione came fourth, behind {rival}, a former mayor. Dione will succeed {followed}, who has led the "
        "country since 2015. Ndour took office in April 2015."
    )
    article = Article(path="s.txt", stem="s", sha256="0", title="Headline", text=f"Headline\n\n{body}\n")
    dated = [c.subject for c in extract_claims(article) if c.kind == "date" and "took office" in c.text]
    assert dated == [followed]


def test_a_body_noun_after_a_proper_noun_is_the_body_that_noun_names():
    from verify.article import Article
    from verify.extract import extract_claims

    text = (
        "Island states meet\n\nMinisters of the Corran Islands gathered in Oslo.\n\n"
        "The Varda group of island states agreed on Thursday to admit two new members, its chair said.\n"
    )
    article = Article(path="story.txt", stem="story", sha256="0", title="Island states meet", text=text)
    agreed = [c for c in extract_claims(article) if c.kind == "clause" and "agreed" in c.text]
    assert [c.subject for c in agreed] == ["Varda"]
