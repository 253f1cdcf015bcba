"""Names that look alike but are not one entity (verify/nlp/reference.py, verify/names.py): a country that is
also a person's surname, an organisation ending in a person's surname, two given names one of which opens the
other. Each is a separate subject, so a claim about one is never filed under the other."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from verify import names
from verify.nlp import parse
from verify.nlp.reference import References


def references(body: str) -> tuple[References, str]:
    text = f"Headline\n\n{body}\n"
    return References(parse(text), len("Headline")), text


# (shape, body, the country as written later)
COUNTRY_SURNAMES = [
    ("one word", "Coach Tom Poland left the club in May. Poland won the match 2-0 on Sunday.", "Poland"),
    (
        "one word after an envoy",
        "Envoy Miriam Israel arrived in Haifa on Monday. Israel has taken in 4,000 students since 2020.",
        "Israel",
    ),
    (
        "a noun for a land set beside it, where the recogniser read a person",
        "Senator Lena Chad of Vermont chaired the panel on Monday. Chad, a republic of 18 million people, "
        "signed the pact in June.",
        "Chad",
    ),
]


@pytest.mark.parametrize(("body", "country"), [r[1:] for r in COUNTRY_SURNAMES], ids=[r[0] for r in COUNTRY_SURNAMES])
def test_a_country_is_no_short_form_of_a_person_whose_surname_it_is(body, country):
    refs, text = references(body)
    assert refs.full_name(country, text.rindex(country)) == country


def test_a_country_of_two_words_is_no_kin_of_a_person_whose_surname_ends_it():
    refs, _ = references("Delegate Peter Korea spoke first. South Korea joined the group in 2010, officials said.")
    assert [refs.words(e) for e in refs.people] == ["Peter Korea"]


@pytest.mark.parametrize("company", ["Banco Kessler", "Grupo Kessler"])
def test_an_organisation_ending_in_a_person_s_surname_is_not_their_kin(company):
    refs, _ = references(f"Founder Ruth Kessler left the firm in 2019. {company} paid $40 million for the plant.")
    assert [refs.words(e) for e in refs.people] == ["Ruth Kessler"]


# (shorter given name, longer one that opens with it)
OWN_NAMES = [("Ana Lund", "Anabel Lund"), ("Ivan Petrov", "Ivanka Petrov"), ("Ali Khan", "Alina Khan")]


@pytest.mark.parametrize(("first", "later"), OWN_NAMES, ids=[f"{a} vs {b}" for a, b in OWN_NAMES])
def test_a_listed_given_name_opening_a_longer_one_is_another_person(first, later):
    refs, _ = references(f"{first} won the sprint on Friday. {later} took silver in the relay on Sunday.")
    assert not names.same_person(first, later)
    assert refs.one_name(later) == later


@pytest.mark.parametrize(("short", "full"), [("Ken Ito", "Kenneth Ito"), ("Ajay Rao", "Ajaypal Rao")])
def test_a_shortening_that_is_no_listed_name_stays_the_same_person(short, full):
    assert names.same_person(short, full)


def claims_after(tmp_path, body: str, words: str) -> list[tuple[str, str]]:
    """(subject, text) of every claim of an article with `body` at or after the first `words`."""
    from verify.article import load_article
    from verify.extract import extract_claims

    path = tmp_path / "land.txt"
    path.write_text(f"Headline\n\n{body}\n", encoding="utf-8")
    article = load_article(path)
    later = article.text.index(words)
    return [(c.subject, c.text) for c in extract_claims(article) if c.span[0] >= later]


def test_a_claim_about_a_land_set_beside_its_name_keeps_the_land_as_subject(tmp_path):
    """The date of 'Chad, a republic of ..., signed the pact in June' is the land's, not Senator Lena Chad's:
    every kind's claim on that sentence names the land."""
    body = (
        "Senator Lena Chad of Vermont chaired the panel on Monday. Chad, a republic of 18 million people, "
        "signed the pact in June."
    )
    assert subjects_from(tmp_path, body, "Chad, a republic") == {"Chad"}


def subjects_from(tmp_path, body: str, opening: str) -> set[str]:
    """The subjects of every claim extracted from `opening` on."""
    from verify.article import load_article
    from verify.extract import extract_claims

    path = tmp_path / "story.txt"
    path.write_text(f"Headline\n\n{body}\n", encoding="utf-8")
    article = load_article(path)
    later = article.text.index(opening)
    return {c.subject for c in extract_claims(article) if c.span[0] >= later}


# Names written family name first ("Chen Haoran ... Chen said"), or a person called by the given name
# by custom ("Suda Wongsakul ... Suda said", while kin share the surname): a later one-word mention equal
# to the FIRST word of a full name the article gave a person, and the last word of none, is that person.
# (shape, body, the one-word mention, whom it means)
FAMILY_FIRST = [
    (
        "one person",
        "Chen Haoran, the mayor of the port city, opened a new bridge on Monday. Chen took office in 2021.",
        "Chen",
        "Chen Haoran",
    ),
    (
        "a hyphened given name",
        "Premier Kim Do-hyun announced a stimulus package on Tuesday. Kim, 61, said it would create jobs.",
        "Kim",
        "Kim Do-hyun",
    ),
    (
        "two people of one family name: the one the story follows",
        "Premier Kim Do-hyun announced a stimulus package on Tuesday. Kim Do-hyun said it would create jobs. "
        "Opposition leader Kim Seo-yeon called it reckless. Kim was elected in 2024.",
        "Kim",
        "Kim Do-hyun",
    ),
    (
        "a Western given name that is another person's surname",
        "Morgan Ellis, a banker, left the board in March. Judge Ruth Morgan heard the case on Monday. "
        "Morgan said the bank had broken the law.",
        "Morgan",
        "Ruth Morgan",
    ),
    (
        "a given name alone where the article calls its bearer by the surname",
        "Keir Halden chaired the council meeting on Monday. Halden said the budget would rise. "
        "Keir, a farmer from the valley, said the plan ignored farmers.",
        "Keir",
        "Keir",
    ),
    (
        "a listed Western given name alone: another person's",
        "Daniel Okoro founded the choir in 2001. His son Daniel, 12, sang the solo on Sunday.",
        "Daniel",
        "Daniel",
    ),
    (
        "a given name by custom, beside kin named in full with the same surname",
        "The party put forward its leader, Suda Wongsakul, on Thursday. Suda, 41, is the daughter of "
        "former governor Anan Wongsakul and a niece of Preeya Wongsakul. Suda studied law in Chiang Mai.",
        "Suda",
        "Suda Wongsakul",
    ),
    (
        "a given name alone where the article calls its bearer by the surname, beside kin",
        "Keir Halden chaired the council meeting on Monday. Halden said the budget would rise. "
        "His brother, Tom Halden, sat on the board. Keir, a farmer from the valley, said the plan ignored farmers.",
        "Keir",
        "Keir",
    ),
    (
        "a company named after the family",
        "Sato Mei opened her first bakery in 1998. Sato Foods now has 40 shops across the country. "
        "Sato reported a profit of 2 billion yen in 2025.",
        "Sato",
        "Sato",
    ),
]


@pytest.mark.parametrize(("body", "short", "full"), [r[1:] for r in FAMILY_FIRST], ids=[r[0] for r in FAMILY_FIRST])
def test_a_family_name_written_first_stands_for_the_person_named_in_full(body, short, full):
    refs, text = references(body)
    assert refs.full_name(short, text.rindex(short)) == full


def test_a_claim_about_a_family_name_written_first_names_the_person(tmp_path):
    """'Nagy has won four titles' after 'Nagy Eszter, a Hungarian chess player': every claim of that
    sentence is Nagy Eszter's, so retrieval asks for her page, not for a page titled 'Nagy'."""
    body = "Nagy Eszter, a Hungarian chess player, won the tournament on Sunday. Nagy has won four titles since 2019."
    assert subjects_from(tmp_path, body, "Nagy has") == {"Nagy Eszter"}


# (cue, the sentence after a land was set beside the senator's surname)
PERSON_CUES = {
    "an age beside the name": "Chad, 61, has chaired the committee since 2019.",
    "a verb of saying": "Chad told reporters that the vote would come in March.",
    "she after the name": "Chad, who flew in from Boston, has chaired the committee since she won in 2019.",
    "a title before the name": "Senator Chad has chaired the committee since 2019.",
}


@pytest.mark.parametrize("later", PERSON_CUES.values(), ids=PERSON_CUES.keys())
def test_a_mention_with_a_person_cue_stays_the_person_though_a_land_shares_the_name(later: str):
    """The land set beside 'Chad' once ('Chad, a republic of ...') does not make every later 'Chad' the land:
    a mention marked as a person's (an age, a title, a verb of saying, she) is the senator's."""
    body = (
        "Senator Lena Chad of Vermont arrived on Monday. Chad, a republic of 18 million people, hosts "
        f"1.2 million refugees. {later}"
    )
    refs, text = references(body)
    assert refs.full_name("Chad", text.rindex("Chad")) == "Lena Chad"
    assert refs.full_name("Chad", text.index("Chad, a republic")) == "Chad"


def test_a_claim_on_a_mention_with_an_age_is_the_person_s_and_the_land_s_count_stays_the_land_s(tmp_path):
    """'Chad, 61, said she had chaired ...': the senator's; '1.2 million refugees' stays the land's."""
    body = (
        "Senator Lena Chad of Vermont arrived on Monday. Chad, a republic of 18 million people, hosts "
        "1.2 million refugees. Chad, 61, said she had chaired the committee since 2019."
    )
    assert {who for who, _ in claims_after(tmp_path, body, "Chad, 61")} == {"Lena Chad"}
    assert {who for who, text in claims_after(tmp_path, body, "Chad, a") if "refugees" in text} == {"Chad"}


def test_a_pronoun_stands_for_the_person_the_article_calls_by_the_first_word_of_the_name():
    """'Wirat, 62, ... when he took office': 'Wirat' alone is the person named 'Wirat Chaiwong' before, so
    'he' is his, not the woman the story follows."""
    refs, _ = references(
        "A court removed Prime Minister Wirat Chaiwong from office on Wednesday. The party put forward its "
        "leader, Suda Wongsakul, on Thursday. Suda, 41, studied law.\n\n"
        "Wirat, 62, a former banker, became prime minister when he took office in 2023."
    )
    he = next(t for t in refs.parsed.doc if t.text == "he")
    assert refs.person_before(he.i) == "Wirat Chaiwong"


THAI_ARTICLE = Path(__file__).parent / "data" / "verdicts_general" / "th-2024-08-19.txt"


@pytest.mark.parametrize("sentence", ["She was born in Bangkok", "She succeeds Srettha Thavisin"])
def test_she_is_the_woman_the_article_calls_by_her_given_name_though_one_mention_reads_as_a_body(sentence: str):
    """The Thai article of 19 August 2024, pasted under a headline of its own (its title a body line), calls its
    prime minister "Paetongtarn" (her father and aunt share her surname), and the recogniser reads one
    "Paetongtarn" as an organisation: she is still a person there, and "She" after a sentence naming her
    father or her aunt is hers, not theirs."""
    from verify.app import article_from_text
    from verify.extract import extract_claims

    article = article_from_text("Wire copy\n\n" + THAI_ARTICLE.read_text(encoding="utf-8"), as_of=dt.date(2024, 8, 19))
    at = article.text.index(sentence)
    subjects = {c.subject for c in extract_claims(article) if at <= c.span[0] < at + len(sentence)}
    assert subjects == {"Paetongtarn Shinawatra"}


ICJ_ARTICLE = Path(__file__).parent / "data" / "verdicts_general" / "icj-2024-02-08.txt"


def test_a_surname_is_the_person_named_first_though_the_recogniser_missed_that_name():
    """The ICJ article of 8 February 2024 opens 'THE HAGUE, 8 February 2024 - Nawaf Salam, a Lebanese judge ...'
    (the recogniser finds no person there) and later names his uncle Saeb Salam and his cousin Tammam Salam:
    'Salam, 70, ... when he took the seat of Christopher Greenwood' is Nawaf Salam's, not his cousin's."""
    from verify.article import load_article
    from verify.extract import extract_claims

    article = load_article(ICJ_ARTICLE)
    sentence = "Salam, 70, was born in Beirut"
    at = article.text.index(sentence)
    end = article.text.index("Greenwood", at)
    subjects = {c.subject for c in extract_claims(article) if at <= c.span[0] < end}
    assert subjects == {"Nawaf Salam"}
