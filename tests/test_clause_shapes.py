"""Clause claims in the shapes real news uses (issue 14): one row per grammatical shape, with invented
sentences. Each row names whom the claim must be about and words its structured fields must carry."""

from __future__ import annotations

import pytest

from tests.test_clauses import article
from verify.extract import extract_claims
from verify.models import Claim


def clauses(body: str) -> list[Claim]:
    """Only the clause kind's claims: the other kinds may claim the same words for their own values."""
    return [c for c in extract_claims(article(body)) if c.kind == "clause"]


def fields(claim: Claim) -> str:
    """The structured fields a judge reads, joined: the row's words must stand in one of them."""
    parts = (claim.predicate, claim.object, claim.time, claim.place, claim.quantity)
    return " | ".join(str(x) for x in parts if x)


# (shape, body, whom the clause is about, words its fields carry)
SHAPES = [
    (
        "members of a body named before",
        "The Federal Court of Appeal heard the case in March. The judges rejected the appeal by Marta Ruiz.",
        "Federal Court of Appeal",
        "rejected",
    ),
    (
        "results list with its verb left out",
        "Nora Berg won the sprint in Oslo, Ida Lund came second and Marta Sol third.",
        "Marta Sol",
        "third",
    ),
    (
        "relative clause on a description set off after a name",
        "In 2009 he replaced Tomas Berg at the head of the Coastal Workers Union (CWU), a union that staged "
        "general strikes in the 1970s.",
        "Coastal Workers Union",
        "staged",
    ),
    (
        "event with no value after an office before the name",
        "The budget failed in parliament. Finance Minister Lena Brandt resigned after the vote.",
        "Lena Brandt",
        "resigned",
    ),
    (
        "unnamed doer acting on a named person",
        "The storm closed the port. Police detained Karl Moen in Tarvik on Friday.",
        "Karl Moen",
        "detained",
    ),
    (
        "copula whose ranked complement another kind counts for another body",
        "Ostland formally became the 14th member of the Coastal League on 2 June.",
        "Ostland",
        "became",
    ),
    (
        "reported clause whose count another kind gave to a place",
        "The Harbor Bank said it had closed 12 branches in Valdoria.",
        "Harbor Bank",
        "closed",
    ),
    (
        "small clause on a named person after an unnamed doer",
        "The panel finds Karl Moen guilty and bans him for life.",
        "Karl Moen",
        "guilty",
    ),
    (
        "event whose only value the date kind claims",
        "Ana Ruiz visited the flooded valley on 4 May 2021.",
        "Ana Ruiz",
        "visited",
    ),
    (
        "clause a source reports",
        "The storm moved north overnight. Officials said Tarvik was flooded on Monday.",
        "Tarvik",
        "flooded",
    ),
    (
        "second of two coordinated subjects",
        "Nora Berg and Ida Lund opened the festival in Oslo.",
        "Ida Lund",
        "opened",
    ),
    (
        "longer form of a name the story used before",
        "Sam Okafor took over the Harbor Bank in 2020. Samuel Chidi Okafor was born in Lagos in 1970.",
        "Sam Okafor",
        "born in",
    ),
    (
        "a namesake with the same surname keeps his own name",
        "Sam Okafor took over the Harbor Bank in 2020. His father, Daniel Okafor, founded a shipping firm in 1968.",
        "Daniel Okafor",
        "founded",
    ),
    (
        "a person called by their nation as the subject",
        "Lena Brandt won the sprint in Oslo on Sunday. The 31-year-old Norwegian had finished second in 2022.",
        "Lena Brandt",
        "finished",
    ),
    (
        "nationality of a person called by their nation",
        "Lena Brandt won the sprint in Oslo on Sunday. The 31-year-old Norwegian had finished second in 2022.",
        "Lena Brandt",
        "nationality",
    ),
    (
        "a body's kind right before its name",
        "The Harbor Bank sold its card business to the payments company Norvik in 2019.",
        "Norvik",
        "payments company",
    ),
    (
        "a body's kind before a name the recogniser runs together",
        "The Harbor Bank hired the consulting firm Brandt Partners in 2019.",
        "Brandt Partners",
        "consulting firm",
    ),
    (
        "a place ranked by its apposition",
        "In Lyon, France's third-largest city, the river burst its banks.",
        "Lyon",
        "third-largest city",
    ),
    (
        "a person's title in quotation marks",
        'The festival opened with Lina Varga\'s "The Long Road", a film about her village.',
        "Lina Varga",
        "made",
    ),
    (
        "event of the lexicon after an office before the name",
        "The river rose overnight. Prime Minister Karl Moen declared Tarvik a disaster zone.",
        "Karl Moen",
        "declared",
    ),
    (
        "a person from an organisation",
        "The panel was chaired by Maria Lindqvist from the International Red Cross, who opened the hearing.",
        "Maria Lindqvist",
        "Red Cross",
    ),
    (
        "a person of an organisation",
        "The award went to Daniel Okafor of the World Bank after a long debate.",
        "Daniel Okafor",
        "World Bank",
    ),
    (
        "a venue in a city",
        "The ceremony took place at the Royal Albert Hall in London before a full house.",
        "Royal Albert Hall",
        "London",
    ),
    (
        "a name with the year it is tied to",
        "The earlier Swedish winners were Anna Berg, in 1994, and Karin Holm in 2001.",
        "Karin Holm",
        "2001",
    ),
    (
        "a person listed with the work they are named for",
        'She beat two rivals: Daniel Okafor for "Winter Roads" and Maria Lindqvist for "Salt".',
        "Daniel Okafor",
        "Winter Roads",
    ),
    (
        "a description of a named person saying where they come from",
        "The prize went to Ana Holm, a poet from Norway.",
        "Ana Holm",
        "Norway",
    ),
    (
        "a company's exchange and ticker in brackets",
        "Harbor Holdings Inc. (NYSE: HBR) today said it had sold its shipping arm.",
        "Harbor Holdings Inc.",
        "NYSE: HBR",
    ),
    (
        "the one before a first, with the year they did it",
        "Lena Dahl became the first Norwegian woman to take the title since Ida Moen in 2017.",
        "Ida Moen",
        "2017",
    ),
    (
        "a prize named by a superlative, given for a person",
        "The Long Road took three awards, including best actor for Mark Eid.",
        "Mark Eid",
        "best actor",
    ),
    (
        "a prize in a list, set off by a comma before the person",
        "Five awards went to the film: best picture, best director and best actress, for Ida Lund.",
        "Ida Lund",
        "best actress",
    ),
    (
        "a prize in a list with no verb, set off by a comma before the person",
        "Four prizes for the film: best picture, best director and best actress, for Ida Lund.",
        "Ida Lund",
        "best actress",
    ),
    (
        "a settlement placed by the people its country is named for",
        "Floods cut the roads of the northern Ostlandic town of Tarvik on Monday.",
        "Tarvik",
        "Ostlandic",
    ),
    (
        "a person's home named with its place",
        "Karl Moen is a painter. He was driving to his house in the village of Lunde when the call came.",
        "Karl Moen",
        "Lunde",
    ),
    (
        "an event a source reports, with no date or place beside it",
        "The storm reached the coast at night. Tarvik was also flooded, the regional council said.",
        "Tarvik",
        "flooded",
    ),
    (
        "a relative named in apposition to the kin noun",
        "Karl Moen was convicted in May. His former wife, Ana Holm, testified against him.",
        "Ana Holm",
        "wife of | Karl Moen",
    ),
    (
        "a relative named right after the kin noun",
        "Lena Dahl is a pianist. She performed with her daughter Ida Dahl in Oslo.",
        "Ida Dahl",
        "daughter of | Lena Dahl",
    ),
    (
        "a rank made of the subject, with the infinitive it is a rank in",
        "Karl Moen took the title in May, making him the youngest player to hold it.",
        "Karl Moen",
        "the youngest player",
    ),
]


@pytest.mark.parametrize(("body", "who", "words"), [pytest.param(*row[1:], id=row[0]) for row in SHAPES])
def test_a_news_shape_becomes_a_clause_about_its_entity(body, who, words):
    found = clauses(body)
    assert any(c.subject == who and words in fields(c) for c in found), [(c.subject, fields(c)) for c in found]


def test_an_ordinal_adverb_before_a_verb_is_no_placing():
    found = clauses("Lena Brandt first won the title in 2008 and finished seventh this season.")
    assert not any(c.subject == "Lena Brandt" and "first" in fields(c) for c in found), [fields(c) for c in found]


def test_the_pieces_of_a_hyphenated_verb_are_no_clauses_of_their_own():
    found = clauses("Karl Moen was elected mayor of Tarvik in 2016 and re-elected in 2020.")
    assert found and all("elected" in c.text and c.predicate == "elected" for c in found), [
        (c.predicate, c.text) for c in found
    ]


def test_a_rank_said_of_the_subject_is_not_a_fact_about_the_possessor():
    found = clauses("Karl Moen was sworn in as Ostland's seventh president on Monday.")
    assert not any(c.subject == "Ostland" for c in found), [(c.subject, fields(c)) for c in found]


def test_a_count_of_the_thing_won_is_a_fact_about_the_winner():
    """'won four Grammys': the count is of the prizes, the fact is the winner's (a quantity claim about her, or a
    clause claim when no count about her covers the clause), never a fact about the prize."""
    found = extract_claims(article("Lina Varga won four Grammys, including album of the year."))
    assert any(c.subject == "Lina Varga" and "four Grammys" in c.text for c in found), [
        (c.subject, c.text) for c in found
    ]
    assert not any(c.subject == "Grammys" for c in found)


# a bare "will" of a succession between named parties is a scheduled fact (tests/test_clause_scheduled.py)
@pytest.mark.parametrize("auxiliary", ["will not", "would", "could", "may"])
def test_a_negated_or_modal_future_is_no_clause(auxiliary):
    found = clauses(f"Karl Moen {auxiliary} succeed Tomas Berg at the Harbor Bank in June.")
    assert not any(c.subject == "Karl Moen" for c in found), [(c.subject, fields(c)) for c in found]


def test_a_body_noun_with_no_words_of_its_own_says_nothing():
    found = clauses("The Harbor Bank sold its card business to the company Norvik in 2019.")
    assert not any(c.subject == "Norvik" for c in found), [(c.subject, fields(c)) for c in found]


def test_a_charge_a_source_makes_is_theirs_not_the_storys():
    found = clauses("Critics said Karl Moen lied about the budget.")
    assert not any(c.subject == "Karl Moen" for c in found), [(c.subject, fields(c)) for c in found]


def test_names_paired_with_values_in_turn_share_no_fact():
    found = clauses("Nora Berg and Ida Lund finished first and second in the race in Oslo.")
    assert not any(c.subject == "Ida Lund" for c in found), [(c.subject, fields(c)) for c in found]


def test_a_participle_put_first_ends_its_claim_with_its_own_words():
    """'Born in Lunde, a village on the coast, he ...': the birth is claimed on its own words, not stretched over
    the description of the place to the subject it borrows from the main clause."""
    found = clauses("Karl Moen is a painter. Born in Lunde, a village on the coast, he studied art in Oslo.")
    born = [c for c in found if c.predicate == "born in"]
    assert [(c.subject, c.text) for c in born] == [("Karl Moen", "Born in Lunde")], [(c.subject, c.text) for c in found]


def test_a_settlement_with_no_people_or_country_named_says_nothing():
    found = clauses("Floods cut the roads of the town of Tarvik on Monday.")
    assert not any(c.predicate == "located in" for c in found), [(c.subject, fields(c)) for c in found]


# (shape, body, the name no clause may be claimed about): sentences an editor marks no fact in
NON_CLAIMS = [
    ("a view others hold of the subject", "Anna Berg was widely seen as the favourite for the prize.", "Anna Berg"),
    ("a view with a date", "Karl Moen was viewed as the leading painter of Tarvik in 2015.", "Karl Moen"),
]


@pytest.mark.parametrize(("body", "who"), [pytest.param(*row[1:], id=row[0]) for row in NON_CLAIMS])
def test_an_opinion_of_the_subject_is_no_clause(body, who):
    found = clauses(body)
    assert not any(c.subject == who for c in found), [(c.subject, fields(c)) for c in found]


def test_a_relative_described_but_not_named_is_no_kin_claim():
    found = clauses("Karl Moen was convicted in May. His wife, a teacher at the school, testified against him.")
    assert not any(c.predicate == "wife of" for c in found), [(c.subject, fields(c)) for c in found]


def test_a_date_set_off_after_a_fronted_participle_dates_the_participle_not_the_main_clause():
    """'Born in X, on 2 May 1961, Y studied ...': the parse hangs the date on 'studied'; it is the birth's."""
    found = clauses("Born in Tarsel, on 2 May 1961, Brix studied at the Polytechnic Institute of Vienna.")
    born = [c for c in found if c.predicate and c.predicate.startswith("born")]
    studied = [c for c in found if c.predicate and c.predicate.startswith("stud")]
    assert born and born[0].time == "2 May 1961", [(c.predicate, c.time) for c in found]
    assert all(c.time != "2 May 1961" for c in studied)


def test_a_phrase_not_set_off_before_the_subject_stays_with_the_main_verb():
    """'Born in Lunde, in 1995 she became ...': no comma closes 'in 1995' off from the subject, so the year is the
    main clause's, not the birth's."""
    found = clauses("Born in Lunde, in 1995 Ana Holm became a member of the Harbor Club.")
    became = [c for c in found if c.predicate == "became"]
    assert became and became[0].time == "1995", [(c.predicate, c.time) for c in found]
    assert all(c.time != "1995" for c in found if c.predicate == "born in"), [(c.predicate, c.time) for c in found]


# (shape, body, whom the claim is about, words its fields carry): a verb of regard that frames no view
SEEN_EVENTS = [
    ("a period that saw an event", "The 2024 season saw Lena Dahl win the title.", "Lena Dahl", "won"),
    ("a body that saw a change", "The Harbor Bank saw its profits fall in 2023.", "Harbor Bank", "2023"),
]


@pytest.mark.parametrize(("body", "who", "words"), [pytest.param(*row[1:], id=row[0]) for row in SEEN_EVENTS])
def test_a_verb_of_regard_with_no_view_keeps_the_event_it_saw(body, who, words):
    found = clauses(body)
    assert any(c.subject == who and words in fields(c) for c in found), [(c.subject, fields(c)) for c in found]


def test_a_verb_of_regard_with_an_as_complement_is_an_opinion():
    found = clauses("Lena Dahl sees the merger as a mistake.")
    assert not any(c.subject == "Lena Dahl" for c in found), [(c.subject, fields(c)) for c in found]


def test_a_prize_in_a_list_of_nominations_is_no_win():
    """'earned 13 nominations, including best actor for X': X was nominated, not given the prize."""
    found = clauses("The Long Road earned 13 nominations, including best actor for Mark Eid.")
    assert not any(c.subject == "Mark Eid" and c.predicate == "won" for c in found), [
        (c.subject, fields(c)) for c in found
    ]


def test_a_prize_under_a_verb_of_no_winning_is_no_win():
    found = clauses("The jury discussed three awards, including best actor for Mark Eid.")
    assert not any(c.subject == "Mark Eid" and c.predicate == "won" for c in found), [
        (c.subject, fields(c)) for c in found
    ]


def test_a_former_relative_stays_former():
    found = clauses("Ana Holm was convicted in May. Her former husband, Karl Moen, testified against her.")
    kin = [c for c in found if c.subject == "Karl Moen" and c.object == "Ana Holm"]
    assert kin and kin[0].predicate == "former husband of", [(c.subject, fields(c)) for c in found]


def test_the_year_of_the_one_before_a_first_does_not_date_the_first():
    """'the first gold since Tokyo in 2021': 2021 is when the earlier gold was won, not this one."""
    found = clauses("Lena Dahl won Norway's first gold since Tokyo in 2021.")
    won = [c for c in found if c.subject == "Lena Dahl"]
    assert won and all(c.time != "2021" for c in won), [(c.subject, fields(c)) for c in found]


def test_the_place_of_the_one_before_a_first_does_not_place_the_first():
    found = clauses("Lena Dahl won Norway's first gold since Tokyo in 2021.")
    won = [c for c in found if c.subject == "Lena Dahl"]
    assert won and all(c.place != "Tokyo" for c in won), [(c.subject, fields(c)) for c in found]


# (shape, body, whom the 'It is ...' clause is about): 'it' before a ranked complement is what the rank is of
IT_RANKED = [
    (
        "a rank owned by a name",
        "Ostland took the top two places in the relay on Sunday. It was Ostland's first one-two since 2019.",
        "Ostland",
    ),
    (
        "a rank owned by a pronoun",
        "Lena Dahl won the sprint at the Tarvik Games. It was her third win of the week.",
        "Lena Dahl",
    ),
    (
        "a rank of the thing the sentence before mentioned",
        "The Harbor Bank said the earthquake that struck Tarvik on Friday killed 40 people. "
        "It is the deadliest earthquake in the region since 1950.",
        "earthquake",
    ),
]


@pytest.mark.parametrize(("body", "who"), [pytest.param(*row[1:], id=row[0]) for row in IT_RANKED])
def test_it_before_a_ranked_complement_is_what_the_rank_is_of(body, who):
    found = [c for c in clauses(body) if c.text.startswith("It ")]
    assert found and all(who in c.subject for c in found), [(c.subject, c.text) for c in clauses(body)]


def test_a_rank_owned_in_an_it_clause_is_claimed_once():
    found = clauses("Lena Dahl won the relay. It was Ostland's first win since 2019.")
    assert len([c for c in found if c.subject == "Ostland"]) == 1, [(c.subject, c.text) for c in found]


# (shape, body, the place, words of where it lies): a place set off by a comma, then where it lies
PLACES_SET_OFF = [
    ("a place then where it lies", "Ana Holm grew up in Tromsø, on the coast of northern Norway.", "Tromsø", "Norway"),
    (
        "a place, a description, where",
        "The plane landed near Kiruna, a mining town in Lapland, on Monday.",
        "Kiruna",
        "Lapland",
    ),
]


@pytest.mark.parametrize(("body", "where", "words"), [pytest.param(*row[1:], id=row[0]) for row in PLACES_SET_OFF])
def test_a_place_set_off_with_where_it_lies_is_a_fact_about_the_place(body, where, words):
    found = clauses(body)
    assert any(c.subject == where and c.place and words in c.place for c in found), [
        (c.subject, fields(c)) for c in found
    ]


def test_a_date_set_off_after_a_place_does_not_place_it():
    found = clauses("Ana Holm was born in Tromsø, in 1950.")
    assert not any(c.subject == "Tromsø" for c in found), [(c.subject, fields(c)) for c in found]


def test_a_region_told_by_whose_it_is_does_not_place_a_place():
    found = clauses("Ana Holm voted in Tromsø, near her home region.")
    assert not any(c.subject == "Tromsø" for c in found), [(c.subject, fields(c)) for c in found]


def test_what_whose_owns_belongs_to_the_name_the_relative_clause_hangs_on():
    found = clauses("Ana Holm met Karl Moen, whose travel was delayed by a strike in May.")
    assert any(c.subject == "Karl Moen" and "delayed" in fields(c) for c in found), [
        (c.subject, fields(c)) for c in found
    ]


def test_a_person_described_after_a_place_is_the_clause_subject():
    """'born in Bergen, the son of a ship captain': a place is no one's son; the parse hangs the description
    on the place, but it describes the person the clause is about."""
    found = clauses("Karl Moen was born in Bergen, the son of a ship captain, Ola Moen.")
    son = [c for c in found if c.object and "son of" in c.object]
    assert son and all(c.subject == "Karl Moen" for c in son), [(c.subject, fields(c)) for c in found]


@pytest.mark.parametrize(
    "body",
    [
        "Norway, in the second quarter, posted a trade surplus of 40 billion crowns.",
        "Chile, in the fourth quarter, exported more copper than a year earlier.",
    ],
)
def test_a_quarter_of_the_year_set_off_after_a_place_does_not_place_it(body):
    """'Norway, in the second quarter, ...': a part of the year, not a stretch of land the place lies in."""
    found = clauses(body)
    assert not any(c.predicate == "located in" for c in found), [(c.subject, fields(c)) for c in found]


def test_a_ranked_area_set_off_after_a_place_does_not_place_it():
    """'Oslo, in the second region to vote, ...': the place is ranked among regions, not placed in one."""
    found = clauses("Oslo, in the second region to vote, reported a turnout of 70 percent.")
    assert not any(c.predicate == "located in" for c in found), [(c.subject, fields(c)) for c in found]


@pytest.mark.parametrize(
    ("body", "person", "prize"),
    [
        (
            "The Long Road dominated the gala with six trophies, including best actor for Mark Eid.",
            "Mark Eid",
            "best actor",
        ),
        (
            "The film was the night's top winner with four awards, including best actress for Ida Lund.",
            "Ida Lund",
            "best actress",
        ),
    ],
)
def test_a_prize_in_a_list_of_prizes_the_film_took_is_a_win(body, person, prize):
    """'dominated the gala with six trophies, including best actor for X': prizes counted are prizes given."""
    found = clauses(body)
    assert any(c.subject == person and c.predicate == "won" and prize in c.text for c in found), [
        (c.subject, fields(c)) for c in found
    ]


def test_a_prize_in_a_list_someone_was_nominated_for_is_no_win():
    found = clauses("The Long Road was nominated for six awards, including best actor for Mark Eid.")
    assert not any(c.subject == "Mark Eid" and c.predicate == "won" for c in found), [
        (c.subject, fields(c)) for c in found
    ]


@pytest.mark.parametrize(
    ("body", "who"),
    [
        ("The board of Harbor Foods approved the sale in May.", "Harbor Foods"),
        ("Members of the Varn Fire Brigade presented the award in Oslo.", "Varn Fire Brigade"),
        ("Historic churches in Ostland were also damaged by the storm on Monday.", "Ostland"),
        ("Engineers at Delta Mills designed the Easton bridge.", "Delta Mills"),
    ],
)
def test_a_subject_that_is_part_of_a_named_body_or_place_is_a_fact_about_it(body: str, who: str):
    found = clauses(body)
    assert any(c.subject == who for c in found), [(c.subject, c.text) for c in found]


@pytest.mark.parametrize(
    "body",
    [
        "A cousin of Karl Moen won the sprint in Oslo in 2019.",  # a person's: the cousin is not Moen
        "Teams from Ostland, Varnland and Estria joined the search on Monday.",  # a list: no one of them
        "The district court in Ostland fined Delta Mills in May.",  # a body of its own
        "Foreign ministers of the Coastal League met in Oslo on Tuesday.",  # office holders: people
    ],
)
def test_a_subject_beside_a_person_a_list_or_its_own_body_is_not_the_named_ones(body: str):
    found = clauses(body)
    named = {"Karl Moen", "Ostland", "Coastal League"}
    assert not any(c.subject in named for c in found), [(c.subject, c.text) for c in found]


@pytest.mark.parametrize(
    ("body", "named"),
    [
        ("A former employee of Acme Corp was charged with fraud in May.", "Acme Corp"),  # one person
        ("A man in Varna won 4 million euros in the lottery on Friday.", "Varna"),
        ("Imports into the United States from China fell 12 percent in March.", "China"),  # a flow, not a part
        ("A delegation from Ostland arrived in Varna on Monday.", "Ostland"),
    ],
)
def test_a_person_or_a_flow_from_a_named_place_is_not_the_named_one(body: str, named: str):
    found = clauses(body)
    assert not any(c.subject == named for c in found), [(c.subject, c.text) for c in found]


def test_the_staff_of_a_named_body_are_a_fact_about_it():
    found = clauses("The staff of Harbor Foods voted for the new contract in May.")
    assert any(c.subject == "Harbor Foods" for c in found), [(c.subject, c.text) for c in found]
