"""Whom a count belongs to, by grammatical shape (verify/kinds/quantity/owner.py): one row per
shape, invented sentences."""

from __future__ import annotations

import pytest

from verify.article import Article
from verify.extract import extract_claims
from verify.models import Claim


def claim_on(body: str, words: str, headline: str = "Headline") -> Claim:
    """The count whose text holds `words`, in a one-paragraph article after an unrelated opening."""
    text = f"{headline}\n\nThe agency reported the news.\n\n{body}\n"
    article = Article(path="story.txt", stem="story", sha256="0", title=headline, text=text)
    found = [c for c in extract_claims(article) if c.kind == "quantity" and words in c.text]
    assert found, [(c.kind, c.text) for c in extract_claims(article)]
    return found[0]


# (shape, sentence, words of the count, the entity it is about)
OWNERS = {
    "an apposition to a named place": (
        "The storm passed north of Velmora, a port of some 310,000 people, on its way inland.",
        "310,000 people",
        "Velmora",
    ),
    "an apposition to a named object": (
        "Rosa Ekdahl joined the World Bank, an institution of 189 member countries, in June.",
        "189 member countries",
        "World Bank",
    ),
    "a definite description carrying its own name, after another thing of the same noun": (
        "The Norvik fire crossed the ridge on Monday. The Harlow fire, which began later, has burned 9,300 acres.",
        "9,300 acres",
        "Harlow fire",
    ),
    "a name modifying a common noun: the thing the noun is, not the name's bearer": (
        "Ministers flew to Rodna on Sunday. The Rodna summit drew 2,300 delegates from 40 countries.",
        "2,300 delegates",
        "Rodna summit",
    ),
    "a name the recogniser missed, after 'for': the whole name, not its first word": (
        "Lena Dahl won 54 percent against 35 percent for Ana Ruiz.",
        "35 percent",
        "Ana Ruiz",
    ),
    "a gapped clause after 'and': its own subject, not the first clause's": (
        "The Green Alliance takes 31 percent and Ana Ruiz's Civic List about 18 percent.",
        "about 18 percent",
        "Civic List",
    ),
    "a gapped clause with a rank before the count": (
        "Ana Ruiz finished first with 41 percent and Tomas Berg second with 29 percent.",
        "29 percent",
        "Tomas Berg",
    ),
    "a person described by the team he plays for: the person, not the team": (
        "Tomas Berg scored twice in the final. The Velmora striker has scored 41 goals this season.",
        "41 goals",
        "Tomas Berg",
    ),
}


@pytest.mark.parametrize(("sentence", "words", "owner"), OWNERS.values(), ids=OWNERS.keys())
def test_a_count_belongs_to_the_entity_its_grammar_ties_it_to(sentence: str, words: str, owner: str):
    count = claim_on(sentence, words)
    assert count.context == owner, (count.subject, count.context)


@pytest.mark.parametrize(("written", "surname"), [("Mayor Ruiz", "Ruiz"), ("Governor Stam", "Stam")])
def test_a_count_for_a_titled_name_the_recogniser_missed_keeps_the_name(written: str, surname: str):
    """Mutation missed-name-cut-to-its-first-word. '35 percent for Mayor Ruiz', a name the recogniser misses
    after its title: the count is the named person's, so its owner holds the name, not the first word alone
    ('Mayor', which no page is titled). The row "35 percent for Ana Ruiz" above is its twin, the name read whole."""
    count = claim_on(f"The poll showed 35 percent for {written}.", "35 percent")
    assert surname in (count.context or ""), (count.subject, count.context)


def test_the_source_of_a_count_a_verb_of_saying_carries_is_not_its_owner():
    """'the survey said, at a depth of 18 kilometres': the depth is the quake's, the survey only says so."""
    count = claim_on(
        "The quake near Velmora struck before dawn, the Northern Seismic Survey said, at a depth of 18 kilometres.",
        "18 kilometres",
        headline="Velmora quake leaves thousands homeless",
    )
    assert count.context == "Velmora", (count.subject, count.context)  # the story's topic, not the source


def test_what_a_reporting_verb_reports_as_its_object_is_its_subject_s():
    """'Norvik Air reported a loss of $40 million': the count is what is reported, the reporter's own."""
    assert claim_on("Norvik Air reported a loss of $40 million on Tuesday.", "$40 million").context == "Norvik Air"


@pytest.mark.parametrize(
    ("sentence", "words", "owner"),
    [
        ("Coach Ana Vik praised her side. Maya Lind added 12 points, with 3 steals.", "3 steals", "Maya Lind"),
        ("The press hailed the prize. Tomas Berg wrote four novels, with 900 pages in all.", "900 pages", "Tomas Berg"),
    ],
)
def test_a_verb_of_saying_that_does_a_counted_thing_owns_the_counts_beside_it(sentence: str, words: str, owner: str):
    """'added 12 points, with 3 steals': the verb scores, it says nothing; the steals are the scorer's."""
    count = claim_on(sentence, words)
    assert (count.subject, count.context) == (owner, owner)


@pytest.mark.parametrize(
    ("sentence", "words", "owner"),
    [
        ("The Liberals gained 14 seats in the Senate after the recount.", "14 seats", "Liberals"),
        ("Republicans won 219 seats in the House of Representatives.", "219 seats", "Republicans"),
        ("Socialists hold 88 seats in the National Assembly.", "88 seats", "Socialists"),
    ],
)
def test_a_count_a_named_actor_takes_is_the_actor_s_not_the_place_it_is_in(sentence: str, words: str, owner: str):
    """'Liberals gained 14 seats in the Senate': the seats are the winners'; the Senate only says where."""
    assert claim_on(sentence, words).context == owner


def test_a_count_of_what_a_place_has_is_still_that_place_s():
    """'There are 100 seats in the Senate': no one acts on them, the body holds them."""
    assert claim_on("There are 100 seats in the Senate.", "100 seats").context == "Senate"


def claims_in(paragraph: str) -> list[Claim]:
    """Every claim of a one-paragraph article after an opening that claims nothing."""
    text = f"Headline\n\nThe agency reported the news.\n\n{paragraph}\n"
    return extract_claims(Article(path="story.txt", stem="story", sha256="0", title="Headline", text=text))


@pytest.mark.parametrize(
    "paragraph",
    [
        "'Three times we asked,' she said of the mayor's office.",
        "'We lost twelve matches,' the coach told reporters.",
        "'Our rent rose 30 percent,' one tenant said.",
    ],
)
def test_a_number_inside_single_quoted_speech_is_the_quote_s_not_a_count(paragraph: str):
    """British style closes a quote after its own comma: the number is said, so the quote claims it."""
    found = claims_in(paragraph)
    assert [c.kind for c in found if c.span[0] >= found[0].span[0]] == ["quote"], [(c.kind, c.text) for c in found]


@pytest.mark.parametrize(
    "paragraph",
    [
        '"We were ten points down. Then we scored 12 goals," the coach said.',
        "“It rained for a week. The river rose 4 metres,” a farmer told the radio.",
    ],
)
def test_a_number_in_speech_quoted_over_two_sentences_is_no_count(paragraph: str):
    """The sentence reader sees each sentence alone; the quotation marks still pair up in the paragraph."""
    found = claims_in(paragraph)
    assert not [c for c in found if c.kind == "quantity"], [(c.kind, c.text) for c in found]


# (shape, sentence, words of the count, the place that only says where the subject is or comes from)
LOCATED_SUBJECTS = {
    "a person noun located 'in' a town": ("A man in Madrid won 4 million euros in the lottery.", "4 million", "Madrid"),
    "a plural people noun 'from' a country": (
        "Tourists from Japan spent 3 billion yen on the island.",
        "3 billion",
        "Japan",
    ),
    "a plural people noun 'from' a country buying things": (
        "Fans from Brazil bought 40,000 tickets for the final.",
        "40,000 tickets",
        "Brazil",
    ),
}


@pytest.mark.parametrize(("sentence", "words", "place"), LOCATED_SUBJECTS.values(), ids=LOCATED_SUBJECTS.keys())
def test_a_place_in_a_locative_or_source_phrase_of_the_subject_is_not_the_count_s_owner(
    sentence: str, words: str, place: str
):
    """'A man in Madrid won 4 million euros': the man won them; the town only says where he lives."""
    count = claim_on(sentence, words)
    assert place not in {count.subject, count.context}, (count.subject, count.context)
    assert count.subject != count.unit, count.subject  # the people's count, not the unit's


def test_a_place_that_possesses_the_subject_still_owns_the_count():
    """'Spain's exports fell 12 percent': the possessive makes the exports Spain's, no phrase of place."""
    assert claim_on("Spain's exports fell 12 percent last year.", "12 percent").context == "Spain"


PEOPLE_OF_A_NAME = {
    "an organisation's name joined to the people who act": (
        "Navy divers pulled two fishermen from the water.",
        "two fishermen",
        "Navy divers",
    ),
    "a two-word name joined to the people": (
        "Red Crescent workers delivered 400 tonnes of food.",
        "400 tonnes",
        "Red Crescent workers",
    ),
    "a company's name joined to the people": (
        "Orbix engineers built 12 prototypes.",
        "12 prototypes",
        "Orbix engineers",
    ),
    "an organisation's people by its possessive": (
        "The Navy's divers pulled two fishermen from the water.",
        "two fishermen",
        "Navy's divers",
    ),
}


# (shape, sentence, words of the count, the place whose count it is)
PLACES_OWN_THINGS = {
    "trade 'from' a country": ("Exports from Portugal rose 4 percent in 2023.", "4 percent", "Portugal"),
    "a rate 'in' a country": ("Unemployment in Spain fell to 11.2 percent last year.", "11.2 percent", "Spain"),
    "a trade noun with 'of' and 'from'": (
        "Imports of steel from China fell 12 percent last year.",
        "12 percent",
        "China",
    ),
}


@pytest.mark.parametrize(("sentence", "words", "owner"), PEOPLE_OF_A_NAME.values(), ids=PEOPLE_OF_A_NAME.keys())
def test_a_count_people_a_name_is_joined_to_act_on_is_the_people_s_not_the_name_s(
    sentence: str, words: str, owner: str
):
    """'Navy divers pulled two fishermen out': the divers did it, not the whole navy."""
    assert claim_on(sentence, words).context == owner


@pytest.mark.parametrize(("sentence", "words", "place"), PLACES_OWN_THINGS.values(), ids=PLACES_OWN_THINGS.keys())
def test_a_place_in_a_phrase_of_a_thing_subject_still_owns_the_count(sentence: str, words: str, place: str):
    """'Exports from Germany rose 4 percent': the exports are Germany's; only people are someone of their own."""
    count = claim_on(sentence, words)
    assert (count.subject, count.context) == (place, place)


def test_a_person_located_in_a_town_owns_the_count():
    """'A man in Madrid won 4 million euros': the man's winnings, neither the town's nor the unit's."""
    assert claim_on("A man in Madrid won 4 million euros in the lottery.", "4 million").subject == "A man"
