"""What a description's noun says about the entity it stands for (verify/nlp/reference.py): a place
noun set beside a one-word name makes it a place, not the person of the same surname; an acronym in
brackets after a name the recogniser swallowed it into still stands for that name; and "the quake",
"the trial" stand for the article's event, named by the words the article first gave it."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from verify.article import Article
from verify.extract import extract_claims
from verify.nlp import parse
from verify.nlp.reference import References, _initialled_run


def references(body: str, headline: str = "Town news") -> References:
    text = f"{headline}\n\n{body}\n"
    return References(parse(text), len(headline))


def token_of(refs: References, words: str, word: str):
    """The token `word` inside the first occurrence of `words`."""
    at = refs.text.index(words) + words.index(word)
    span = refs.parsed.span_of(at, at + len(word))
    assert span is not None
    return span[-1]


# --- a place noun beside a one-word name ----------------------------------------------------------
PLACES = [
    (
        "Senator Ana Jordan of Texas voted no. Jordan, a small kingdom on the Red Sea, signed the accord.",
        "Jordan, a small kingdom",
        "Jordan",
    ),
    (
        "Mayor Paul Chad opened the fair. Chad, a landlocked country of 18 million, asked for grain.",
        "Chad, a landlocked",
        "Chad",
    ),
    (
        "The striker Leo Georgia scored twice. Georgia, a nation in the Caucasus, applied to join the bloc.",
        "Georgia, a nation",
        "Georgia",
    ),
]


@pytest.mark.parametrize(("body", "words", "name"), PLACES)
def test_a_place_noun_beside_a_surname_makes_it_a_place(body: str, words: str, name: str) -> None:
    refs = references(body)
    token = token_of(refs, words, name)
    assert not refs.is_person(token)
    assert refs.name_of(token) == name


def test_a_calling_beside_the_surname_still_names_the_person() -> None:
    refs = references("Senator Ana Jordan of Texas voted no. Jordan, a lawyer by training, said the bill was flawed.")
    token = token_of(refs, "Jordan, a lawyer", "Jordan")
    assert refs.name_of(token) == "Ana Jordan"


# --- an acronym in brackets the recogniser swallowed ----------------------------------------------
ACRONYMS = [
    (
        "The New Civic Front (NCF), a left-wing alliance, came second. The NCF won 40 seats.",
        "NCF",
        "New Civic Front",
    ),
    (
        "The Free Popular Front (FPF), a left-wing alliance, came second. The FPF won 40 seats.",
        "FPF",
        "Free Popular Front",
    ),
    (  # the initials in the order of another language, and a recogniser that ran the name into the bracket
        "The New Popular Front (NFP), an alliance of four parties, finished second. The NFP took 90 seats.",
        "NFP",
        "New Popular Front",
    ),
]


@pytest.mark.parametrize(("body", "short", "full"), ACRONYMS)
def test_a_bracketed_acronym_stands_for_the_name_before_it(body: str, short: str, full: str) -> None:
    refs = references(body)
    assert refs.short_forms.get(short) == full
    assert refs.expand(short) == full


DATELINES = [  # a wire story's dateline: the agency's letters in brackets after the place it writes from
    "LOS ANGELES (AP) — Fires swept the hills on Tuesday. The AP counted 12 deaths by Wednesday.",
    "SAN ANTONIO (AP) — Floods hit the town overnight. The AP counted 12 deaths by Wednesday.",
    "NEW ALBANY (AP) — A bridge closed on Friday, the AP said.",
    "ALLEN PARK (AP) — A bridge closed on Friday, the AP said.",
    "ALBANY (AP) — Lawmakers passed the budget late on Monday.",
    "ABU DHABI (AP) — Talks on the port deal ended on Sunday.",
    "Los Angeles (AP) — Fires swept the hills on Tuesday. The AP counted 12 deaths by Wednesday.",
]


@pytest.mark.parametrize("body", DATELINES)
def test_a_wire_dateline_is_not_the_name_of_the_agency_after_it(body: str) -> None:
    refs = references(body)
    assert "AP" not in refs.short_forms


def test_a_count_the_agency_gives_after_a_dateline_is_the_agency_s() -> None:
    body = "SAN ANTONIO (AP) — Floods hit the town overnight. The AP counted 12 deaths by Wednesday."
    article = Article(path="s.txt", stem="s", sha256="0", title="Floods", text=f"Floods\n\n{body}\n")
    counted = [c.subject for c in extract_claims(article) if "12 deaths" in c.text]
    assert counted and all(subject == "AP" for subject in counted)


@pytest.mark.parametrize(
    ("before", "short", "full"),
    [
        ("Fires swept the hills near Los Angeles", "AP", None),  # the agency's letters after a place
        ("Delegates of Kestria's Open Labour Movement", "OLM", "Open Labour Movement"),
    ],
)
def test_an_acronym_s_name_opens_with_the_word_its_first_letter_stands_for(
    before: str, short: str, full: str | None
) -> None:
    assert _initialled_run(before, short) == full


def test_a_place_s_own_initials_in_brackets_still_stand_for_it() -> None:
    refs = references("Trade with the United Arab Emirates (UAE) grew in May. The UAE bought more grain.")
    assert refs.short_forms.get("UAE") == "United Arab Emirates"


def test_a_swallowed_bracket_is_no_part_of_the_name() -> None:
    refs = references("The New Civic Front (NCF), a left-wing alliance, came second.")
    doc = refs.parsed.doc
    start = next(t.i for t in doc if t.text == "New")
    end = next(t.i for t in doc if t.text == "NCF") + 1
    assert refs.words(Span(doc, start, end, label="ORG")) == "New Civic Front"


# --- an event described by its noun --------------------------------------------------------------
EVENTS = [
    (
        "Varnia earthquake kills dozens in the hills",
        "Rescuers searched villages on Tuesday. The quake struck shortly after midnight.",
        "The quake struck",
        "quake",
        "Varnia earthquake",
    ),
    (
        "Court opens the Lindqvist fraud trial",
        "Prosecutors called their first witness on Monday. The trial is expected to last six weeks.",
        "The trial is expected",
        "trial",
        "Lindqvist fraud trial",
    ),
    (
        "Opposition leads in Marovia's presidential election",
        "Early counts favoured the challenger. The vote was first set for March.",
        "The vote was",
        "vote",
        "Marovia's presidential election",
    ),
    (
        "Floods in the north",
        "Torrential rain hit the Ostland river valley on Friday, and the Ostland floods cut 40 roads. "
        "By Sunday the flooding had reached the coast.",
        "the flooding had",
        "flooding",
        "Ostland floods",
    ),
]


@pytest.mark.parametrize(("headline", "body", "words", "noun", "event"), EVENTS)
def test_an_event_noun_stands_for_the_event_the_article_named(
    headline: str, body: str, words: str, noun: str, event: str
) -> None:
    refs = references(body, headline)
    assert refs.described(token_of(refs, words, noun)) == event


def test_an_event_noun_with_no_named_event_stands_for_nothing() -> None:
    refs = references("Rescuers searched villages on Tuesday. The quake struck shortly after midnight.")
    assert refs.described(token_of(refs, "The quake struck", "quake")) is None


def test_an_event_noun_of_another_sort_is_not_the_event() -> None:
    refs = references(
        "Rescuers searched villages on Tuesday. The trial of two builders opened in May.",
        "Varnia earthquake kills dozens in the hills",
    )
    assert refs.described(token_of(refs, "The trial of", "trial")) != "Varnia earthquake"


OWN_COMPLEMENTS = [  # an event noun that says what it is about is another event than the one named
    (
        "Ostland general election: Social Party wins",
        "The Social Party won Ostland's general election on Sunday. In parliament, the vote on the budget passed "
        "120 to 80 in March.",
        "the vote on",
        "vote",
    ),
    (
        "Opposition leads in Marovia's presidential election",
        "Early counts favoured the challenger. The vote over the new port was put off until June.",
        "The vote over",
        "vote",
    ),
    (
        "Court opens the Lindqvist fraud trial",
        "Prosecutors called their first witness. The trial of two nurses, which began in May, was adjourned.",
        "The trial of",
        "trial",
    ),
]


@pytest.mark.parametrize(("headline", "body", "words", "noun"), OWN_COMPLEMENTS)
def test_an_event_noun_with_its_own_complement_is_not_the_named_event(
    headline: str, body: str, words: str, noun: str
) -> None:
    refs = references(body, headline)
    assert refs.event_named(token_of(refs, words, noun)) is None


def test_an_event_noun_with_a_time_or_place_after_it_is_still_the_named_event() -> None:
    refs = references(
        "Early counts favoured the challenger. The vote on Sunday drew long queues.",
        "Opposition leads in Marovia's presidential election",
    )
    assert refs.described(token_of(refs, "The vote on", "vote")) == "Marovia's presidential election"


def test_an_event_noun_of_the_name_the_event_was_given_is_still_that_event() -> None:
    refs = references(
        "Prosecutors called their first witness. The trial of Lindqvist resumed on Monday.",
        "Court opens the Lindqvist fraud trial",
    )
    assert refs.described(token_of(refs, "The trial of", "trial")) == "Lindqvist fraud trial"


def test_the_date_of_a_vote_on_a_bill_is_not_the_election_s() -> None:
    body = (
        "The Social Party won Ostland's general election on Sunday. In parliament, the vote on the budget passed "
        "120 to 80 in March."
    )
    text = f"Ostland general election: Social Party wins\n\n{body}\n"
    article = Article(path="s.txt", stem="s", sha256="0", title="Ostland", text=text)
    subjects = [c.subject for c in extract_claims(article) if "passed" in c.text or c.text == "March"]
    assert subjects and all("election" not in (subject or "") for subject in subjects)


def test_with_no_event_in_the_headline_the_nearest_one_named_is_meant() -> None:
    refs = references(
        "Marovia's presidential election was held in May. In June, Ostland's presidential election went to "
        "a runoff. The vote was close.",
        "Polls close across the region",
    )
    assert refs.described(token_of(refs, "The vote was", "vote")) == "Ostland's presidential election"


def test_the_headline_s_event_is_meant_before_one_the_body_compares_it_with() -> None:
    refs = references(
        "The shaking was stronger than in the Kestro earthquake of 1960. The quake struck shortly after midnight.",
        "Varnia earthquake kills dozens in the hills",
    )
    assert refs.described(token_of(refs, "The quake struck", "quake")) == "Varnia earthquake"


# --- "the country": a country named before, not a city ------------------------------------------
COUNTRIES = [
    (
        "Storm hits the coast",
        "Floods swept through Varna, a port in Bulgaria, on Monday. The country has asked for help.",
        "The country has",
        "Bulgaria",
    ),
    (
        "Albania counts the cost of the storm",
        "The storm hit the coast of Albania on Monday. Aid came from Italy. The country's 12 regions were all hit.",
        "The country's 12",
        "Albania",
    ),
    (
        "Storm hits the coast",
        "Rain fell on Kenya and on Djibouti for a week. Since then the nation has counted 40 dead.",
        "the nation has",
        "Djibouti",
    ),
]


@pytest.mark.parametrize(("headline", "body", "words", "country"), COUNTRIES)
def test_the_country_stands_for_a_country_named_before(headline: str, body: str, words: str, country: str) -> None:
    refs = references(body, headline)
    noun = "nation" if "nation" in words else "country"
    assert refs.name_of(token_of(refs, words, noun)) == country


def test_the_country_after_only_a_city_stands_for_nothing() -> None:
    refs = references("The storm hit Varna on Monday. The country's 12 regions were all hit.", "Storm hits the coast")
    assert refs.name_of(token_of(refs, "The country's 12", "country")) is None


def test_an_event_description_with_its_own_name_is_that_event() -> None:
    refs = references(
        "The shaking was stronger than in the Kestro earthquake of 1960.",
        "Varnia earthquake kills dozens in the hills",
    )
    assert refs.described(token_of(refs, "Kestro earthquake", "earthquake")) == "Kestro earthquake"


def test_turnout_is_of_the_election_the_article_named_not_of_the_day_s_vote() -> None:
    refs = references(
        "Marovia's presidential election went to a runoff. Sunday's vote passed calmly. Turnout was 61 percent.",
        "Polls close across the region",
    )
    assert refs.bearer(token_of(refs, "Turnout was", "Turnout")) == "Marovia's presidential election"


# --- a description is not the subject of the clause it stands in --------------------------------
def test_a_description_in_an_object_is_not_its_clause_s_subject() -> None:
    refs = references(
        "Ana Ruiz won the runoff with 56 percent. Outgoing president Tomas Berg, who lost, said he would "
        "meet the winner on Monday."
    )
    assert refs.person_meant(token_of(refs, "meet the winner", "winner")) == "Ana Ruiz"


def test_a_description_with_no_one_else_to_mean_is_the_subject_after_all() -> None:
    refs = references("Tomas Berg won the race in Oslo, and the 30-year-old said he would rest.")
    assert refs.person_meant(token_of(refs, "the 30-year-old", "old")) == "Tomas Berg"


def test_countries_in_the_plural_are_no_country_named_before() -> None:
    refs = references("Rain fell on Kenya for a week. Cases were reported in four countries bordering Kenya.")
    assert refs.name_of(token_of(refs, "four countries", "countries")) is None
