"""Reference shapes in invented sentences: which named entity a pronoun or a clause's subject stands
for (verify/nlp/reference.py), read off the parse with general rules (agreement, the clause's own
subject, who a pronoun cannot be), never by the first or most salient name in the sentence."""

from __future__ import annotations

import pytest

from verify.nlp import parse
from verify.nlp.reference import References


def references(body: str, headline: str = "Town news") -> References:
    text = f"{headline}\n\n{body}\n"
    return References(parse(text), len(headline))


def pronoun_at(refs: References, words: str, pronoun: str) -> str | None:
    """Whom the `pronoun` that opens the first occurrence of `words` stands for."""
    at = refs.text.index(words)
    token = refs.parsed.span_of(at, at + len(pronoun))
    assert token is not None and token[0].lower_ == pronoun.lower()
    return refs.person_before(token[0].i)


# (shape, body, the words the pronoun opens, the pronoun, whom it stands for)
PRONOUNS = [
    (
        "a noun set beside a name tells its sex: 'her father' is not whom 'she' means",
        "Helena Brandt was born in Malmo in 1968. Her father, Karl Brandt, ran a shipyard. "
        "She studied law at a university in the north.",
        "She studied law",
        "She",
        "Helena Brandt",
    ),
    (
        "a given name of one sex: 'he' skips the woman named last",
        "Tomas Wirth opened the bakery in 1990. Ingrid Falk joined him as a partner in 1994. "
        "In 2001 he sold his share.",
        "he sold",
        "he",
        "Tomas Wirth",
    ),
    (
        "a given name written with an accent tells its sex as the plain spelling does",
        "Tomas Wirth opened the bakery in 1990. Zoë Falk joined the firm as a partner in 1994. "
        "In 2001 he sold his share.",
        "he sold",
        "he",
        "Tomas Wirth",
    ),
    (
        "an accented man's given name: 'she' skips him",
        "Ingrid Falk opened the bakery in 1990. André Wirth joined the firm as a partner in 1994. "
        "In 2001 she sold her share.",
        "she sold",
        "she",
        "Ingrid Falk",
    ),
    (
        "a subject pronoun inside a 'who' clause is the person the clause is about",
        "Ivar Berg named Oskar Lind minister on Monday. He succeeds Tomas Wirth, who was 41 when he was "
        "appointed in 2019.",
        "he was appointed",
        "he",
        "Tomas Wirth",
    ),
    (
        "an object pronoun inside a 'who' clause is someone else",
        "Ivar Berg ran the party for ten years. In 2019 he lost the vote to Oskar Lind, who thanked him.",
        "him.",
        "him",
        "Ivar Berg",
    ),
    (
        "an honorific tells the sex of a name the lexicon does not know",
        "Mrs Ada Okonkwo chairs the board. Mr Tade Bello, the treasurer, resigned in May. She thanked the staff.",
        "She thanked",
        "She",
        "Ada Okonkwo",
    ),
    (
        "a subject pronoun is none of the people its own clause names after it",
        "Oskar Lind entered parliament in 2004. Ivar Berg was prime minister then. "
        "From 2004 to 2005 he served as fisheries minister under Berg.",
        "he served",
        "he",
        "Oskar Lind",
    ),
    (
        "an object pronoun is not its own verb's subject",
        "Ivar Berg lost the vote to Oskar Lind in 2012. In 2013 Lind appointed him as an adviser.",
        "him as",
        "him",
        "Ivar Berg",
    ),
    (
        "a description of age as the main subject: the person it stands for, not a rival in its participle",
        "Then Mira Kovac started to chase every ball. The 21-year-old from Split, Croatia, won the final "
        "in two hours, breaking Lena Sorel's serve six times. She hit just 12 double faults.",
        "She hit",
        "She",
        "Mira Kovac",
    ),
    (
        "a pronoun subject in the sentence before is whom the story follows, not a name in its 'when' clause",
        "Daniel Moreau was convicted of fraud in March. The case went to trial after a deal under which he "
        "would have admitted one count fell apart in May, when Noreen Talbot questioned its terms. He also "
        "faces a second trial in Brno.",
        "He also",
        "He",
        "Daniel Moreau",
    ),
]


@pytest.mark.parametrize(("body", "words", "pronoun", "who"), [r[1:] for r in PRONOUNS], ids=[r[0] for r in PRONOUNS])
def test_a_pronoun_stands_for_a_person_it_can_agree_with(body, words, pronoun, who):
    assert pronoun_at(references(body), words, pronoun) == who


def test_a_name_opening_with_a_given_name_is_a_person_whatever_the_recogniser_called_it():
    refs = references("Helena Brandt won a third term as mayor of Tarvik on Sunday. She will serve until 2030.")
    assert refs.genders.get("Helena Brandt") == "f"
    assert pronoun_at(refs, "She will", "She") == "Helena Brandt"


def test_a_person_the_article_tells_nothing_of_may_be_meant_by_either_pronoun():
    refs = references("Tade Bello won the vote in May. She took office in June.")
    assert "Tade Bello" not in refs.genders
    assert pronoun_at(refs, "She took", "She") == "Tade Bello"


# (shape, body, the verb's words, the entity its clause is about)
SUBJECTS = [
    (
        "a coordinated clause with a subject of its own",
        "Greta Holm won best director, and Peter Vance was named best actor on 3 April 2021.",
        "was named",
        "Peter Vance",
    ),
    (
        "a coordinated verb shares its subject",
        "Greta Holm moved to Oslo in 1999 and joined the national theatre in 2003.",
        "joined",
        "Greta Holm",
    ),
    (
        "a relative clause is about the noun it describes",
        "The award went to Peter Vance, who was born in Bergen in 1971.",
        "was born",
        "Peter Vance",
    ),
    (
        "a pronoun subject: whom it stands for",
        "Greta Holm left the theatre in 2010. In 2012 she founded a school in Tromso.",
        "founded",
        "Greta Holm",
    ),
    (
        "a 'who' clause after two descriptions set beside a name: the name",
        "Tomas Wirth took 55 percent against 35 percent for Ivar Berg, the party's candidate and a former "
        "minister, who had conceded on Monday.",
        "had conceded",
        "Ivar Berg",
    ),
    (
        "a thing of a named owner: the owner",
        "Nordbank's listing on the exchange took effect on 30 June 2025.",
        "took",
        "Nordbank",
    ),
    (
        "a definite description: the entity named before by its noun",
        "The Tarvik Appeals Court heard the case in May. On 1 July the court ruled for the city.",
        "ruled",
        "Tarvik Appeals Court",
    ),
    (
        "a person's relative is not the person",
        "Greta Holm's father was born in Bergen in 1941.",
        "was born",
        None,
    ),
    (
        "a subject that names nothing: unresolved, not the sentence's first name",
        "After Greta Holm left, several actors resigned in 2011.",
        "resigned",
        None,
    ),
]


@pytest.mark.parametrize(("body", "verb", "entity"), [r[1:] for r in SUBJECTS], ids=[r[0] for r in SUBJECTS])
def test_a_clause_is_about_its_own_grammatical_subject(body, verb, entity):
    refs = references(body)
    assert refs.subject_at(refs.text.index(verb)) == entity


# (shape, body, the role noun, the person it is said of; None: the noun's owner stays the subject)
HOLDERS = [
    ("sworn in as a role", "Ana Ruiz was sworn in as Peru's ninth president on Monday.", "president", "Ana Ruiz"),
    ("a copula's role", "Greta Holm became the party's first female leader in 2019.", "leader", "Greta Holm"),
    ("an apposition's role", "Greta Holm, the club's first coach, left the team in 2020.", "coach", "Greta Holm"),
    ("a thing is no role", "Ana Ruiz sold the bank's largest branch in 2020.", "branch", None),
]


@pytest.mark.parametrize(("body", "noun", "holder"), [r[1:] for r in HOLDERS], ids=[r[0] for r in HOLDERS])
def test_a_role_noun_with_an_owner_is_said_of_the_person_who_holds_it(body, noun, holder):
    refs = references(body)
    token = next(t for t in refs.parsed.doc if t.lower_ == noun)
    assert refs.holder(token) == holder


@pytest.mark.parametrize(
    ("body", "short", "full"),
    [
        ("The Pirate Party won 9 seats. The Pirates had held 4.", "Pirates", "Pirate Party"),
        ("The Pirates won 9 seats in the vote on Sunday.", "Pirates", "Pirates"),  # never named in full
        ("The Pirate Party won 9 seats. Analysts said voters were tired.", "Analysts", "Analysts"),
    ],
    ids=["named in full before", "not named in full: kept", "a plural of no body: kept"],
)
def test_a_body_s_members_plural_stands_for_the_body_named_in_full(body, short, full):
    assert references(body).expand(short) == full


def test_it_never_stands_for_the_dateline_s_place():
    refs = references("OSLO, 3 May (wire) — It has been the wettest spring on record, the weather office said.")
    it = next(t for t in refs.parsed.doc if t.text == "It")
    assert refs.thing_before(it.i) is None


def test_a_bare_surname_two_people_share_is_the_one_the_article_named_first():
    from verify.article import Article
    from verify.extract import extract_claims

    text = (
        "Mayor re-elected\n\nHelena Brandt won a third term as mayor of Tarvik on Sunday.\n\n"
        "Brandt was born in Malmo in 1968. Her father, Karl Brandt, ran a shipyard. "
        "She joined the city council in 1998.\n"
    )
    article = Article(path="story.txt", stem="story", sha256="0", title="Mayor re-elected", text=text)
    joined = next(c for c in extract_claims(article) if "joined the city council" in c.text)
    assert joined.subject == "Helena Brandt"


def test_a_person_s_fuller_or_birth_name_is_the_name_the_story_called_them_first():
    from verify.article import Article
    from verify.extract import extract_claims

    text = (
        "New chief at the port\n\nVijay Kohar took charge of the port authority on Monday.\n\n"
        "Vijayendra Nath Kohar was born in 1961 in a fishing town. He joined the authority in 1990.\n"
    )
    article = Article(path="story.txt", stem="story", sha256="0", title="New chief at the port", text=text)
    subjects = {c.subject for c in extract_claims(article) if "1961" in c.text or "1990" in c.text}
    assert subjects == {"Vijay Kohar"}


@pytest.mark.parametrize(
    ("later", "named"),
    [
        ("Vijayendra Nath Kohar", "Vijay Kohar"),
        ("Anil Kohar", "Anil Kohar"),
        ("Kohar", "Kohar"),
    ],
    ids=[
        "the same person written in full",
        "another person of that surname",
        "a surname alone",
    ],
)
def test_one_name_keeps_a_person_under_the_story_s_first_name(later, named):
    refs = references("Vijay Kohar took charge of the port. His brother Anil Kohar runs a shipyard.")
    assert refs.one_name(later) == named


def test_a_one_word_person_the_article_also_reads_as_an_organisation_is_no_person():
    refs = references(
        "Ravi Kohar spent twelve years at Dunmore. Dunmore hired him in 2009 as chief operating officer, "
        "and he became its chief executive the next year."
    )
    assert [e.text for e in refs.people] == ["Ravi Kohar"]
    assert pronoun_at(refs, "he became", "he") == "Ravi Kohar"


def test_topic_is_the_name_a_headline_s_possessor_qualifies():
    refs = references(
        "PORTVELL, Ruritania, 3 May — Floods cut the port city of Portvell off on Sunday. "
        "Ruritania asked its neighbours for help, and Portvell's mayor said 40 people had died.",
        headline="Hundreds missing after a dam bursts above Ruritania's Portvell",
    )
    assert refs.topic == "Portvell"


def test_a_dateline_s_country_after_its_city_is_no_entity_of_the_story():
    refs = references("TARVIK, Ruritania, 3 May — It has been the wettest spring on record, the weather office said.")
    it = next(t for t in refs.parsed.doc if t.text == "It")
    assert refs.thing_before(it.i) is None
    assert "Ruritania" not in [e.text for e in refs.named]


@pytest.mark.parametrize(
    ("body", "words", "who"),
    [
        (
            "Marta Quist scored 30 points on Friday. In her last home game, the Kansas centre needed "
            "12 points to pass Lena Ode.",
            "Kansas centre",
            "Marta Quist",
        ),
        (
            "Pieter Vos won the sprint in Lyon. The 30-year-old Dutchman had finished second in 2022.",
            "Dutchman",
            "Pieter Vos",
        ),
        ("Hugo Brel sold the farm in 2010. The pensioner moved to the coast a year later.", "pensioner", "Hugo Brel"),
        ("Hugo Brel sold Tarvik Mills in 2010. The company moved to the coast a year later.", "company", None),
        ("Olaf Berg, a police spokesman, said the man had flown the kite over the runway.", "man", None),
    ],
    ids=["a calling", "an age and a nationality noun", "a word for a person", "no person's noun", "a bare 'man'"],
)
def test_a_description_of_a_person_stands_for_the_person_it_points_back_to(body, words, who):
    refs = references(body)
    at = refs.text.rindex(words)
    assert refs.person_described(words, (at, at + len(words))) == who


@pytest.mark.parametrize(
    ("body", "count", "owner"),
    [
        (
            "Mila Torn beat the record on Saturday. In the crowd sat Ana Ruiz, whose 612 goals had stood "
            "as the national record for 30 years.",
            "612 goals",
            "Ana Ruiz",
        ),
        (
            "The prize went to Dark Harbour, whose 11 nominations were the most for a debut film.",
            "11 nominations",
            "Dark Harbour",
        ),
    ],
    ids=["a person", "a work"],
)
def test_a_count_owned_by_whose_is_the_count_of_the_noun_the_clause_is_attached_to(body, count, owner):
    from verify.article import Article
    from verify.extract import extract_claims

    text = f"Records fall\n\n{body}\n"
    article = Article(path="story.txt", stem="story", sha256="0", title="Records fall", text=text)
    claim = next(c for c in extract_claims(article) if c.kind == "quantity" and c.text == count)
    assert claim.subject == owner


def test_a_surname_read_as_a_place_after_in_is_the_place_there():
    refs = references("The gala opened on Friday. At the opera house in Paris, the soprano won the award.")
    refs.full_names["paris"] = "Anna Paris"  # as if a person of that surname had been named
    paris = next(t for t in refs.parsed.doc if t.text == "Paris")
    assert not refs.is_person(paris)


def test_a_headline_possessor_before_a_common_noun_keeps_the_topic():
    refs = references(
        "Ivo Marsh's lawyers asked the court on Monday to move the trial. Judge Alma Reyes refused, "
        "and Marsh said he would appeal. Reyes set a date in June.",
        headline="Marsh's lawyers attack Reyes over the trial date",
    )
    assert refs.topic == "Ivo Marsh"


def test_a_given_name_of_its_own_is_another_person_even_when_it_starts_with_the_first():
    refs = references("Carl Dalen opened the festival in 2019. Carla Marie Dalen was born in Leeds in 1990.")
    assert refs.one_name("Carla Marie Dalen") == "Carla Marie Dalen"


# (shape, body, the thing "it" stands for)
THINGS = [
    (
        "a name the recogniser takes for a person, set beside a noun for a craft",
        "Icarus, a robotic lander built by Norvik Space, touched down near the pole on Friday. "
        "It was launched on 2 February from a pad in Kourou.",
        "Icarus",
    ),
    (
        "a name written after a noun for a craft, which the recogniser missed",
        "The container ship Marlow left the harbour at dawn on 3 May. Less than an hour later it lost power.",
        "Marlow",
    ),
    (
        "a definite description subject of the sentence before: the entity it points back to",
        "Norvik Steel built the Tarvik Bridge in 1977. For fifty years the bridge carried about 9 million cars "
        "a year. It was named for a local poet.",
        "Tarvik Bridge",
    ),
]


@pytest.mark.parametrize(("body", "thing"), [r[1:] for r in THINGS], ids=[r[0] for r in THINGS])
def test_it_stands_for_the_thing_its_paragraph_was_last_about(body, thing):
    refs = references(body)
    it = next(t for t in refs.parsed.doc if t.lower_ == "it")
    assert refs.thing_before(it.i) == thing


def test_a_clause_opening_with_it_is_about_the_thing_the_shared_reader_finds():
    from verify.article import Article
    from verify.extract import extract_claims

    body = "Norvik Steel built the Tarvik Bridge in 1977. For fifty years the bridge carried 9 million cars a year."
    text = f"Town news\n\n{body} It was named for a local poet.\n"
    got = extract_claims(Article(path="s.txt", stem="s", sha256="0", title="Town news", text=text))
    named = [c for c in got if c.text.startswith("It was named")]
    assert named and all(c.subject == "Tarvik Bridge" for c in named), [(c.subject, c.text) for c in named]


def test_a_common_noun_opening_a_sentence_is_no_name_when_the_article_writes_it_in_lower_case():
    refs = references(
        "Attendance rose to 40,000 at the stadium this year. Organisers said attendance had doubled since 2019."
    )
    assert "Attendance" not in {e.text for e in refs.named}


def test_a_capitalised_word_the_article_also_writes_mid_sentence_stays_a_name():
    refs = references("Baker won the race on Sunday. The baker Anna Baker finished second, and Baker was pleased.")
    assert "Baker" in {e.text for e in refs.named}


def test_its_stands_for_the_owner_of_the_subject_before_it():
    refs = references(
        "In a report on Tuesday, Tarvo Foods's revenue rose 12 percent. Analysts said its stock price had doubled."
    )
    its = next(t for t in refs.parsed.doc if t.lower_ == "its")
    assert refs.thing_before(its.i) == "Tarvo Foods"
