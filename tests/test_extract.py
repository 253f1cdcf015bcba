import pytest

from verify.article import load_article
from verify.extract import extract_claims

# The seed's checkable facts, as (kind, subject, relation, value, extra fields).
SEED_FACTS = [
    ("quantity", "NATO", "count", "32", {"number": 32, "unit": "allied military leaders"}),
    ("role", "Alexus Grynkewich", "rank", "General", {"nationality": "U.S."}),
    ("role", "Alexus Grynkewich", "holds office", "head of U.S. European Command", {}),
    (
        "role",
        "Dan Caine",
        "holds office",
        "Chairman of the Joint Chiefs of Staff",
        {"nationality": "U.S.", "rank": "Gen."},
    ),
    ("role", "Donald Trump", "holds office", "President", {"nationality": "U.S."}),
    ("role", "Vladimir Putin", "holds office", "President", {"nationality": "Russian"}),
    ("role", "Volodymyr Zelenskyy", "holds office", "President", {"nationality": "Ukrainian"}),
    ("role", "Sergey Lavrov", "holds office", "Foreign Minister", {"nationality": "Russian"}),
    ("duration", "war in Ukraine", "has lasted", "three years", {"number": 3, "unit": "years"}),
]


@pytest.mark.parametrize(("kind", "subject", "relation", "value", "fields"), SEED_FACTS)
def test_every_checkable_seed_fact_is_one_claim_with_its_fields(seed, kind, subject, relation, value, fields):
    matches = [
        c for c in extract_claims(seed) if (c.kind, c.subject, c.relation, c.value) == (kind, subject, relation, value)
    ]
    assert len(matches) == 1
    for name, expected in fields.items():
        assert getattr(matches[0], name) == expected


def test_spans_point_at_the_claim_text(seed):
    for claim in extract_claims(seed):
        assert seed.text[claim.span[0] : claim.span[1]] == claim.text
        assert claim.text in claim.sentence


def test_surname_after_first_mention_resolves_to_the_full_name(seed):
    appositive = next(c for c in extract_claims(seed) if c.text.startswith("Grynkewich, who also serves"))
    assert appositive.subject == "Alexus Grynkewich"


def test_vague_and_opinion_sentences_yield_no_claims(seed):
    vague = [
        "underscore the broader geopolitical implications",
        "remain united in their message of solidarity",
        "The summit, organized amidst the ongoing conflict",
    ]
    for claim in extract_claims(seed):
        assert not any(v in claim.sentence for v in vague), claim


def test_quotes_keep_their_attributed_speaker(seed):
    quote = next(c for c in extract_claims(seed) if c.kind == "quote" and "durable" in (c.value or ""))
    assert quote.subject == "NATO leaders"
    assert quote.value == "just, credible, and durable peace"


def test_claim_ids_are_stable_across_extractions_and_edits_elsewhere(seed, tmp_path):
    first = {c.id: c.text for c in extract_claims(seed)}
    edited = tmp_path / "edited.txt"
    edited.write_text(
        seed.text.replace("Russian officials have warned", "Officials in Moscow warned"), encoding="utf-8"
    )
    second = {c.id: c.text for c in extract_claims(load_article(edited))}
    assert set(first) <= set(second) | {i for i, t in first.items() if "legitimate" in t}


def test_headline_repeating_a_body_fact_is_not_a_second_claim(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Russian President Vladimir Putin Meets Envoy\n\nRussian President Vladimir Putin met the envoy.\n")
    claims = extract_claims(load_article(path))
    # one role claim, the body's ('met the envoy' is a deed of its own, ext48)
    assert len([c for c in claims if c.subject == "Vladimir Putin" and c.kind == "role"]) == 1
    assert claims[0].span[0] > path.read_text().index("\n")


def test_the_reviewed_seed_claim_file_matches_what_extraction_finds_today(seed):
    from tests.conftest import ROOT
    from verify.claimfile import load_claim_file

    reviewed = load_claim_file(ROOT / "claims" / "nato-defense-chiefs.json")
    # the reviewed file predates clause claims: the specialised kinds still find exactly its claims
    assert [c.id for c in reviewed.claims] == [c.id for c in extract_claims(seed) if c.kind != "clause"]
    assert reviewed.article_sha256 == seed.sha256


def _claims_of(tmp_path, body: str) -> list:
    path = tmp_path / "story.txt"
    path.write_text("Story\n\n" + body + "\n", encoding="utf-8")
    return extract_claims(load_article(path))


def _roles(claims) -> set[tuple[str, str, str | None]]:
    return {(c.subject, c.relation, c.value) for c in claims if c.kind == "role"}


# Role shapes no specific pattern lists, read by the general role grammar: (text, roles it states).
GENERAL_ROLE_SHAPES = {
    "appositive with 'of' inside the organisation": (
        "Gen. Dan Caine, chairman of the Joint Chiefs of Staff, briefed reporters.",
        {("Dan Caine", "holds office", "chairman of the Joint Chiefs of Staff")},
    ),
    "former role after and before a name": (
        "Anna Berg, a former Reuters correspondent, spoke. So did former Tesla chief executive Leo Varga.",
        {("Anna Berg", "held office", "Reuters correspondent"), ("Leo Varga", "held office", "Tesla chief executive")},
    ),
    "succeeded as: both holders of the office": (
        "Marta Kos succeeded Olivér Várhelyi as commissioner for enlargement.",
        {
            ("Marta Kos", "holds office", "commissioner for enlargement"),
            ("Olivér Várhelyi", "held office", "commissioner for enlargement"),
        },
    ),
    "elected and appointed without 'as'": (
        "Alar Karis was elected president of Estonia. Anna Berg was appointed the bank's chief economist.",
        {
            ("Alar Karis", "holds office", "president of Estonia"),
            ("Anna Berg", "holds office", "chief economist of the bank"),
        },
    ),
    "American abbreviated title, party tag, then an appositive": (
        "Sen. Roger Wicker, R-Miss., chairman of the Senate Armed Services Committee, praised the plan.",
        {
            ("Roger Wicker", "holds office", "Senator"),
            ("Roger Wicker", "holds office", "chairman of the Senate Armed Services Committee"),
        },
    ),
    "names with particles and hyphens": (
        "Ursula von der Leyen, president of the European Commission, met Władysław Kosiniak-Kamysz, Poland's defence"
        " minister.",
        {
            ("Ursula von der Leyen", "holds office", "president of the European Commission"),
            ("Władysław Kosiniak-Kamysz", "holds office", "defence minister"),
        },
    ),
    "'Former' before a capitalised title": (
        "Former U.S. Secretary of State Henry Kissinger died in 2023.",
        {("Henry Kissinger", "held office", "Secretary of State")},
    ),
    "two roles joined by 'and'": (
        "Assaf Rappaport, Wiz's co-founder and chief executive, wrote a post.",
        {
            ("Assaf Rappaport", "holds office", "co-founder of Wiz"),
            ("Assaf Rappaport", "holds office", "chief executive of Wiz"),
        },
    ),
    "the predecessor named by 'succeeding'": (
        "Gen. Xavier Brunson took command of U.S. Forces Korea, succeeding Gen. Paul LaCamera.",
        {
            ("Xavier Brunson", "holds office", "head of U.S. Forces Korea"),
            ("Paul LaCamera", "held office", "head of U.S. Forces Korea"),
            ("Paul LaCamera", "rank", "General"),
        },
    ),
    "nationality, lower-case words, then the title": (
        "Danish climate minister Lars Aagaard said the deal held.",
        {("Lars Aagaard", "holds office", "climate minister")},
    ),
    "a role taken on at a date": (
        "Dovilė Šakalienė became Lithuania's defence minister in December 2024.",
        {("Dovilė Šakalienė", "holds office", "defence minister")},
    ),
    "named as, with an appositive between": (
        "The officers named General Brice Oligui Nguema, the head of the Republican Guard, as transitional leader.",
        {
            ("Brice Oligui Nguema", "named as", "transitional leader"),
            ("Brice Oligui Nguema", "holds office", "head of the Republican Guard"),
        },
    ),
    "an indefinite role before a service, a rank and a name": (
        "A spokesman for China's Eastern Theater Command, Navy Senior Colonel Li Xi, said so.",
        {
            ("Li Xi", "holds office", "spokesman for China's Eastern Theater Command"),
            ("Li Xi", "rank", "Senior Colonel"),
        },
    ),
    "a bare title takes the body named before it": (
        "Senators questioned the Senate Armed Services Committee witnesses. Sen. Roger Wicker, R-Miss., the chairman,"
        " spoke first.",
        {("Roger Wicker", "holds office", "chairman of the Senate Armed Services Committee")},
    ),
    "a described speaker is the person named before": (
        "Mark Rutte spoke in Brussels. In an interview, the former Dutch prime minister said more was needed.",
        {("Mark Rutte", "held office", "prime minister")},
    ),
    "lower-case title before a name": (
        "The defence secretary, John Healey, arrived. Sweden's defence minister Pål Jonson left.",
        {("John Healey", "holds office", "defence secretary"), ("Pål Jonson", "holds office", "defence minister")},
    ),
}


@pytest.mark.parametrize(("text", "expected"), GENERAL_ROLE_SHAPES.values(), ids=GENERAL_ROLE_SHAPES.keys())
def test_general_role_shapes_are_read(tmp_path, text, expected):
    assert expected <= _roles(_claims_of(tmp_path, text))


@pytest.mark.parametrize("calling", ["an engineer", "a corporate lawyer"])
def test_a_calling_beside_the_successor_is_no_office_the_predecessor_held(tmp_path, calling):
    """'Ines Varga, an engineer, was elected mayor of the city, succeeding Tomas Heller': the calling set
    beside the successor's name is no post Heller held before her."""
    text = f"Ines Varga, {calling}, was elected mayor of the city on Sunday, succeeding Tomas Heller."
    held = {r for r in _roles(_claims_of(tmp_path, text)) if r[0] == "Tomas Heller"}
    assert not {value for _, _, value in held if value and value.endswith(("engineer", "lawyer"))}


def test_a_role_noun_in_a_plain_clause_is_not_a_claim(tmp_path):
    claims = _claims_of(tmp_path, "Anna Berg, speaking after the meeting with the minister, said little.")
    assert _roles(claims) == set()


def test_a_date_that_opens_the_sentence_belongs_to_its_verb(tmp_path):
    claims = _claims_of(tmp_path, "On 3 March 2025, Eva Holm briefed lawmakers on the tender.")
    dates = [c for c in claims if c.kind == "date"]
    assert [(d.subject, d.relation, d.value) for d in dates] == [("Eva Holm", "briefed", "2025-03-03")]
    # ext25s: a date of a bare common noun ("the ministry") names no one the date is of: no claim
    bare = _claims_of(tmp_path, "On 3 March 2025, the ministry briefed lawmakers on the tender.")
    assert [c for c in bare if c.kind == "date"] == []


def test_a_quote_attributed_to_a_described_person_goes_to_the_person_just_named(tmp_path):
    claims = _claims_of(
        tmp_path, "Defence Minister Pål Jonson visited Riga. “We will not back down,” the minister told reporters."
    )
    quote = next(c for c in claims if c.kind == "quote")
    assert quote.subject == "Pål Jonson"


def test_short_money_scales_are_read_as_numbers(tmp_path):
    amounts = [
        c for c in _claims_of(tmp_path, "The plan costs £2bn, and the first phase $300m.") if c.kind == "quantity"
    ]
    assert [(c.value, c.number, c.unit) for c in amounts] == [("£2bn", 2e9, "GBP"), ("$300m", 3e8, "USD")]


def test_a_quote_introduced_after_an_appositive_goes_to_the_sentence_subject(tmp_path):
    claims = _claims_of(
        tmp_path, 'Andrius Kubilius, a former prime minister of Lithuania, said: "This is only the beginning."'
    )
    quote = next(c for c in claims if c.kind == "quote")
    assert (quote.subject, quote.value) == ("Andrius Kubilius", "This is only the beginning")


def test_a_demonym_before_a_title_is_the_nationality(tmp_path):
    role = next(c for c in _claims_of(tmp_path, "Japanese Prime Minister Shigeru Ishiba arrived.") if c.kind == "role")
    assert (role.value, role.nationality) == ("Prime Minister", "Japanese")


def test_he_at_the_start_of_a_sentence_is_the_person_named_before_it(tmp_path):
    claims = _claims_of(
        tmp_path, "Margus Tsahkna spoke on Saturday. He said he had spoken with U.S. Secretary of State Marco Rubio."
    )
    meeting = next(c for c in claims if c.kind == "relation")
    assert (meeting.subject, meeting.value) == ("Margus Tsahkna", "Marco Rubio")


def test_a_title_run_before_a_name_is_not_part_of_the_name(tmp_path):
    claims = _claims_of(
        tmp_path, "Assistant Attorney General John Eisenberg, who leads the National Security Division, spoke."
    )
    assert ("John Eisenberg", "holds office", "head of National Security Division") in _roles(claims)


def test_a_count_of_them_counts_what_the_last_count_counted(tmp_path):
    claims = _claims_of(tmp_path, "More than 12 million people have fled. About 3.5 million of them went to Chad.")
    assert [(c.number, c.unit) for c in claims if c.kind == "quantity"] == [(12e6, "people"), (3.5e6, "people")]


def test_casualty_counts_without_a_noun_are_counts_of_the_injured(tmp_path):
    claims = _claims_of(tmp_path, "The quake killed more than 2,200 people, injuring about 3,600, officials said.")
    assert [(c.number, c.unit) for c in claims if c.kind == "quantity"] == [(2200, "people"), (3600, "injured")]


def test_the_verb_nearest_a_date_is_its_event(tmp_path):
    claims = _claims_of(
        tmp_path, "Cavoli, who led U.S. European Command from 2022, handed over command on July 1, 2025."
    )
    assert [(c.relation, c.value) for c in claims if c.kind == "date"] == [("handed over command", "2025-07-01")]


def test_a_part_of_a_whole_counts_the_same_noun(tmp_path):
    claims = _claims_of(tmp_path, "Lars Aagaard said 24 of the 27 member states had backed it.")
    assert [(c.number, c.unit) for c in claims if c.kind == "quantity"] == [
        (24, "member states"),
        (27, "member states"),
    ]


def test_a_count_that_only_points_back_is_no_claim(tmp_path):
    claims = _claims_of(
        tmp_path, "Macron met Starmer. The two leaders agreed. One of the two members who voted no left."
    )
    assert [(c.number, c.unit) for c in claims if c.kind == "quantity"] == [(2, "members")]


def test_lengths_of_activities_and_of_a_persons_work_are_durations(tmp_path):
    claims = _claims_of(
        tmp_path,
        "The vote followed nearly five hours of debate. Robert Pappalardo has worked on it for more than a decade.",
    )
    assert [(c.subject, c.number, c.unit) for c in claims if c.kind == "duration"] == [
        ("debate", 5, "hours"),
        ("Robert Pappalardo", 10, "years"),
    ]


def test_large_decimal_amounts_are_exact(tmp_path):
    claims = _claims_of(tmp_path, "The cabinet approved a budget of 8.7 trillion yen on 27 December 2024.")
    assert [c.number for c in claims if c.kind == "quantity"] == [8.7e12]
    assert [c.value for c in claims if c.kind == "date"] == ["2024-12-27"]


def test_a_question_asserts_nothing(tmp_path):
    path = tmp_path / "q.txt"
    path.write_text("Can Europe Really Spend 5% on Defence?\n\nQ: Will 32 allies agree? A: Yes.\n", encoding="utf-8")
    assert extract_claims(load_article(path)) == []


def test_a_single_quoted_headline_quote_is_a_quote(tmp_path):
    path = tmp_path / "q.txt"
    path.write_text(
        "'The Baltic Is Not a NATO Lake': An Interview with Admiral Pierre Vandier\n\nVandier spoke in Norfolk.\n",
        encoding="utf-8",
    )
    assert [c.value for c in extract_claims(load_article(path)) if c.kind == "quote"] == [
        "The Baltic Is Not a NATO Lake"
    ]


def test_everyone_met_at_once_is_a_meeting(tmp_path):
    claims = _claims_of(
        tmp_path,
        "Boris Pistorius met President Volodymyr Zelenskyy and Defence Minister Denys Shmyhal in Kyiv.",
    )
    met = [(c.value, c.place) for c in claims if c.kind == "relation"]
    assert met == [("Volodymyr Zelenskyy", None), ("Denys Shmyhal", "Kyiv")]


def test_a_month_after_the_one_met_is_no_place(tmp_path):
    claims = _claims_of(tmp_path, "Boris Pistorius met Denys Shmyhal in March.")
    assert [(c.value, c.place) for c in claims if c.kind == "relation"] == [("Denys Shmyhal", None)]


def test_a_count_named_before_its_rate_counts_the_same_thing(tmp_path):
    claims = _claims_of(tmp_path, "Ukraine produced 2 million drones in 2024. It plans to buy 4.5 million this year.")
    assert [(c.number, c.unit) for c in claims if c.kind == "quantity"] == [(2e6, "drones"), (4.5e6, "drones")]


def test_a_second_count_after_and_counts_the_same_thing(tmp_path):
    claims = _claims_of(tmp_path, "At least 610 people were killed in Iran and 28 in Israel, officials said.")
    assert [(c.number, c.unit) for c in claims if c.kind == "quantity"] == [(610, "people"), (28, "people")]


def test_an_organisation_is_not_a_person_named_by_its_first_words(tmp_path):
    claims = _claims_of(
        tmp_path, "The UN General Assembly voted on 12 June 2025. The World Health Organization agreed."
    )
    assert [c for c in claims if c.kind == "role"] == []


def test_both_ends_of_a_dated_range_are_dates(tmp_path):
    claims = _claims_of(
        tmp_path, "Admiral Lisa Franchetti served as Chief of Naval Operations from November 2023 until February 2025."
    )
    assert [c.value for c in claims if c.kind == "date"] == ["2023-11", "2025-02"]


def test_its_title_takes_the_body_named_before_it(tmp_path):
    claims = _claims_of(
        tmp_path, "The Northern Lighthouse Board runs 206 lighthouses. Its chief executive, Mike Bullock, said so."
    )
    assert ("Mike Bullock", "holds office", "chief executive of the Northern Lighthouse Board") in _roles(claims)


# One sentence, one length: (sentence, (subject, number, unit) of its duration claim).
DURATION_SHAPES = {
    "a sentence with its date between verb and term": (
        "A former U.S. Army sergeant was sentenced on 15 July 2025 to seven years in prison.",
        ("former U.S. Army sergeant", 7, "years"),
    ),
    "an event of a stated length": (
        "Emmanuel Macron began a three-day state visit to Britain.",
        ("state visit", 3, "days"),
    ),
    "what a reported subject did is theirs, not the speaker's": (
        "Police spokesman Thomas Braun said the man had flown the drone for about 20 minutes.",
        ("the man", 20, "minutes"),
    ),
    "how long something will last": (
        "Brig. Gen. John Lubas said the deployment would last nine months.",
        ("deployment", 9, "months"),
    ),
    "a length opening the sentence belongs to who follows": (
        "For 34 years, Ian Duff kept the light burning at Fair Isle South.",
        ("Ian Duff", 34, "years"),
    ),
}


@pytest.mark.parametrize(("text", "expected"), DURATION_SHAPES.values(), ids=DURATION_SHAPES.keys())
def test_duration_shapes_are_read(tmp_path, text, expected):
    length = next(c for c in _claims_of(tmp_path, text) if c.kind == "duration")
    assert (length.subject, length.number, length.unit) == expected


def test_ranks_beyond_generals_and_admirals_are_ranks(tmp_path):
    claims = _claims_of(
        tmp_path, "Lieutenant Commander Ants Kivisalu met Staff Sergeant Anna Berg and Wing Commander Tom Hale."
    )
    ranks = {(c.subject, c.value) for c in claims if c.relation == "rank"}
    assert ranks == {
        ("Ants Kivisalu", "Lieutenant Commander"),
        ("Anna Berg", "Staff Sergeant"),
        ("Tom Hale", "Wing Commander"),
    }


def test_a_group_and_its_size_is_a_count(tmp_path):
    claims = _claims_of(tmp_path, "His crew of 38 destroyed 23 mines. Belgium has ordered 34 F-35s.")
    assert [(c.number, c.unit) for c in claims if c.kind == "quantity"] == [(38, "crew"), (23, "mines"), (34, "f-35s")]


def test_took_over_from_gives_the_predecessor_the_successors_office(tmp_path):
    claims = _claims_of(
        tmp_path,
        "NATO Secretary General Mark Rutte spoke. Rutte, who took over from Jens Stoltenberg in October 2024, led"
        " the Netherlands for 14 years.",
    )
    assert ("Jens Stoltenberg", "held office", "Secretary General of NATO") in _roles(claims)
    assert [(c.subject, c.number) for c in claims if c.kind == "duration"] == [("Mark Rutte", 14)]


def test_the_minister_opening_a_sentence_is_the_person_named_before_it(tmp_path):
    claims = _claims_of(
        tmp_path,
        "Dutch Defence Minister Ruben Brekelmans spoke in The Hague. "
        "The minister, a former civil servant, took office in July 2024.",
    )
    dates = [(c.subject, c.relation, c.value) for c in claims if c.kind == "date"]
    assert dates == [("Ruben Brekelmans", "took office", "2024-07")]


def test_the_word_index_behind_sentence_plans_stays_bounded(monkeypatch):
    from verify.extract import BOOK, patterns

    monkeypatch.setattr(BOOK, "word_index", {})
    monkeypatch.setattr(BOOK, "word_index_limit", 50)
    for n in range(40):
        BOOK.plan(" ".join(f"word{chr(97 + n % 26)}{chr(97 + n // 26)}{chr(97 + k % 26)}" for k in range(10)))
    assert 0 < len(BOOK.word_index) <= 50
    assert id(patterns.PRENOMINAL) in BOOK.plan("Defence Minister Anna Berg said so.")  # still read after a clear
