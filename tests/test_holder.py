"""Whose a page sentence's value is (verify/holder.py): on the subject's own page a value counts for or against a
claim only when the clause it stands in is said of the subject and affirms it. Invented people and pages
(tests/support/judging.py); the judges' cases are in tests/test_review19.py (R3, R4, R7, R17, R18, R19)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.checked import results
from tests.support.judging import clause_claim, page, verdict
from verify import holder
from verify.models import Verdict

NAMES = ("Tove Brandt",)
AS_OF = dt.date(2024, 4, 1)


def whose(sentence: str, value: str, names: tuple[str, ...] = NAMES) -> str | None:
    """The other holder `holder.another_holder` reads for the value's first place in the sentence."""
    return holder.another_holder(names, sentence, sentence.index(value))


@pytest.mark.parametrize(
    ("sentence", "value", "other"),
    [
        ("Since March 2019, her husband Per Olsen has been leader of the Green League.", "leader", "her husband"),
        ("Per Olsen, her husband, has been leader of the Green League since 2019.", "leader", "Per Olsen"),
        ("She was an adviser to Per Olsen, finance minister from 2019 to 2024.", "finance minister", "Per Olsen"),
        ("Her husband Per Olsen (born 3 May 1966) is a doctor.", "born", "Her husband"),
        ("She succeeded Per Olsen, who was the youngest at 34.", "youngest", "Per Olsen"),
        ("Brandt, whose husband was minister from 1979 to 1984, became mayor.", "1979", "whose husband"),
        ("The Green League won 30 seats; its coalition won 42 seats.", "42 seats", "its coalition"),
        ("On 3 May 2019, her husband became finance minister.", "3 May 2019", "her husband"),
    ],
    ids=[
        "kin-after-a-date",
        "name-before-kin",
        "apposition",
        "bracket",
        "relative-clause",
        "whose",
        "after-semicolon",
        "date-fronted",
    ],
)
def test_a_value_in_another_persons_clause_is_theirs(sentence: str, value: str, other: str) -> None:
    assert whose(sentence, value) == other


@pytest.mark.parametrize(
    ("sentence", "value", "names"),
    [
        ("In 2019, she became finance minister.", "finance minister", NAMES),
        ("Tove Brandt (born 3 May 1966) is a Vestrian politician.", "born", NAMES),
        ("Prime Minister Per Olsen appointed her finance minister in 2019.", "finance minister", NAMES),
        ("Brandt, whose husband was a doctor, became finance minister in 2019.", "finance minister", NAMES),
        ("Tove Brandt and Per Olsen founded the firm in 1990.", "1990", NAMES),
        ("She was born in Port Louis, Mauritius.", "Mauritius", NAMES),
        (
            'John Daniel "Raizin" Caine (born 1968) is an American general who is serving as the 22nd chairman.',
            "chairman",
            ("Dan Caine",),
        ),
        ("Luís Filipe Montenegro Cardoso de Morais Esteves (born 16 February 1973)", "born", ("Luís Montenegro",)),
        ("Appointed by Per Olsen in 2019, she has been finance minister since.", "finance minister", NAMES),
        ("The UN Charter established the court in 1945.", "1945", ("International Court of Justice",)),
        ("She and her husband founded the firm in 1990.", "1990", NAMES),
        ("She is a member of parliament from the Norby District, the current leader of the party.", "leader", NAMES),
        ("In 2025, President Per Olsen named Brandt as his nominee for finance minister.", "finance minister", NAMES),
        # the subject as the verb's object with no 'as' (mutation holder-subject-as-object-unread, session 49)
        ("Per Olsen appointed Brandt finance minister in 2019.", "finance minister", NAMES),
        ("Daughter of Edo Marr and Ana Berg, Tove Brandt was born in Norby.", "Norby", NAMES),
        ("Like her mentor Per Olsen, she has been finance minister since 2019.", "finance minister", NAMES),
    ],
    ids=[
        "pronoun",
        "her-lead",
        "object-pronoun",
        "her-relative-closed",
        "named-with-another",
        "place-apposition",
        "nicknamed-lead-and-description",
        "name-with-particles",
        "participle-fronted",
        "acronym",
        "she-and-her-husband",
        "apposition-after-a-place",
        "named-as-the-object",
        "named-as-the-object-without-as",
        "fronted-phrase-naming-others",
        "pronoun-after-a-fronted-name",
    ],
)
def test_a_value_said_of_the_subject_stays_hers(sentence: str, value: str, names: tuple[str, ...]) -> None:
    assert whose(sentence, value, names) is None


@pytest.mark.parametrize(
    ("sentence", "value", "word"),
    [
        ("She has not been leader of the Green League since March 2019.", "March 2019", "not"),
        ("He was the country's first president not to emerge from the elite.", "first president", "not to"),
        ("The Green League needed 42 seats for a majority but won 30.", "42 seats", "needed"),
    ],
)
def test_a_denied_or_unrealised_value_is_read_with_its_word(sentence: str, value: str, word: str) -> None:
    at = sentence.index(value)
    assert holder.denial(sentence, at, at + len(value)) == word


@pytest.mark.parametrize(
    "sentence",
    [
        "Not long after, she became finance minister.",
        "She was not only finance minister but also deputy leader.",
        "She has been finance minister since 2019, though she was not re-elected to parliament.",
        "She has been finance minister since 2019, not to mention deputy leader of the party.",
    ],
)
def test_a_denial_elsewhere_or_an_idiom_denies_nothing(sentence: str) -> None:
    at = sentence.index("finance minister")
    assert holder.denial(sentence, at, at + len("finance minister")) is None


def test_a_folded_offset_is_the_same_word_in_the_text() -> None:
    text = "Her husband, Per Olsen (born 1966), has been finance minister."
    folded = "her husband per olsen born 1966 has been finance minister."
    assert text[holder.from_folded(text, folded.index("finance")) :].startswith("finance minister")


# S2 (desk19): a superlative of another person of the sentence supported the subject's description.
def described(description: str, said: str) -> Verdict:
    """'Michel Barnier was <description> to take office', read as the description alone (as extraction cuts it)."""
    sentence = f"Michel Barnier was {description} to take office."
    claim = clause_claim(f"Michel Barnier was {description}", "Michel Barnier", "was", sentence, object=description)
    lead = "Michel Barnier (born 9 January 1951) is a French politician."
    return verdict(claim, [page("Michel Barnier", f"{lead} {said}")], dt.date(2024, 12, 13)).verdict


def test_another_persons_superlative_in_a_relative_clause_does_not_describe_the_subject() -> None:
    said = "At 73, Barnier succeeded Gabriel Attal, who remains the youngest person to take office."
    assert described("the youngest person", said) != Verdict.SUPPORTED


def test_the_subjects_own_superlative_describes_him() -> None:
    said = "At 73, Barnier is the oldest person to take office, succeeding Gabriel Attal."
    assert described("the oldest person", said) == Verdict.SUPPORTED


# S7 (desk19): 'the first president not to emerge from ...' supported 'the country's first president'.
def test_a_denied_ordinal_does_not_number_the_post() -> None:
    sentence = "Joko Widodo was the country's first president."
    claim = clause_claim(sentence[:-1], "Joko Widodo", "was", sentence, object="the country's first president")
    said = "Joko Widodo is a politician. He was the country's first president not to emerge from the elite."
    assert verdict(claim, [page("Joko Widodo", said)], AS_OF).verdict != Verdict.SUPPORTED


def test_another_persons_description_in_a_relative_clause_does_not_describe_the_subject() -> None:
    sentence = "Tove Brandt is a former Olympic rower."
    claim = clause_claim(sentence[:-1], "Tove Brandt", "is", sentence, object="a former Olympic rower")
    said = "Tove Brandt is a Vestrian politician. She married Per Olsen, who is a former Olympic rower."
    assert verdict(claim, [page("Tove Brandt", said)], AS_OF).verdict != Verdict.SUPPORTED


def test_the_other_pronoun_on_a_page_is_someone_elses() -> None:
    sentence = "In 2010 she married Per Olsen, and he became finance minister in 2019."
    at = sentence.index("finance minister")
    assert holder.another_holder(NAMES, sentence, at, pronoun="she") == "he"
    assert holder.another_holder(NAMES, sentence, at, pronoun="he") is None
    they = "They married in 2010; they have been finance ministers since 2019."
    assert holder.another_holder(NAMES, they, they.index("finance"), pronoun="she") is None


def test_a_page_calls_its_person_by_the_pronoun_it_uses_most() -> None:
    assert holder.pronoun_of("Tove Brandt is a politician. She was born in Norby. Her father was a doctor.") == "she"
    assert holder.pronoun_of("The Green League is a party. It was founded in 1990.") is None


@pytest.mark.parametrize(
    "said",
    [
        "She married Per Olsen, who became finance minister on 3 May 2019.",
        "On 3 May 2019, her husband became finance minister.",
        "In 2010 she married Per Olsen, and he became finance minister on 3 May 2019.",
    ],
    ids=["relative-clause", "date-fronted", "his-pronoun"],
)
def test_another_persons_date_on_her_page_does_not_date_her_post(said: str) -> None:
    sentence = "Tove Brandt became finance minister on 3 May 2019."
    text = "became finance minister on 3 May 2019"
    claim = clause_claim(text, "Tove Brandt", "became", sentence, kind="date", value="2019-05-03", time="3 May 2019")
    doc = page(
        "Tove Brandt", f"Tove Brandt is a Vestrian politician. She was born in Norby, where her father lived. {said}"
    )
    assert verdict(claim.model_copy(update={"span": (12, 12 + len(text))}), [doc], AS_OF).verdict != Verdict.SUPPORTED


def test_her_own_date_dates_her_post() -> None:
    sentence = "Tove Brandt became finance minister on 3 May 2019."
    text = "became finance minister on 3 May 2019"
    claim = clause_claim(text, "Tove Brandt", "became", sentence, kind="date", value="2019-05-03", time="3 May 2019")
    doc = page("Tove Brandt", "Tove Brandt is a Vestrian politician. On 3 May 2019, she became finance minister.")
    assert verdict(claim.model_copy(update={"span": (12, 12 + len(text))}), [doc], AS_OF).verdict == Verdict.SUPPORTED


# S3 / X1 (desk19): 'She' read as the man named just before it; his page then settled her claims.
SHE_AFTER_A_MAN = (
    "Paetongtarn Shinawatra became prime minister on Friday. She is the youngest daughter of Thaksin Shinawatra. "
    "Srettha Thavisin had been prime minister since 22 August 2023. She was born in Bangkok and has two children."
)


def test_a_subject_read_from_she_is_not_settled_by_a_page_that_calls_its_person_he() -> None:
    got = results(SHE_AFTER_A_MAN, dt.date(2024, 8, 18))
    read_from_she = [r for text, r in got.items() if text in {"She was born in Bangkok", "two children"}]
    assert len(read_from_she) == 2, sorted(got)
    assert {r.verdict for r in read_from_she} == {Verdict.UNVERIFIED}, [r.rationale for r in read_from_she]


@pytest.mark.parametrize(
    ("subject", "text", "sentence", "said"),
    [
        ("Srettha Thavisin", "She was born in Bangkok", "She was born in Bangkok and has two children.", "she"),
        ("Srettha Thavisin", "two children", "She was born in Bangkok and has two children.", "she"),
        ("Paetongtarn Shinawatra", "born in Bangkok", "Paetongtarn said she was born in Bangkok.", None),
        ("Srettha Thavisin", "two children", "She and her husband have two children.", "she"),
        ("Srettha Thavisin", "two children", "She married him and they have two children.", None),
    ],
    ids=["her-words", "words-before", "named", "hers-only", "both"],
)
def test_the_pronoun_a_subject_was_read_from(subject: str, text: str, sentence: str, said: str | None) -> None:
    assert holder.pronoun_read(subject, text, sentence) == said


def test_a_lead_naming_the_person_in_full_gives_their_birth() -> None:
    claim = clause_claim("Kiki Dant, 57,", "Kiki Dant", "aged", "Kiki Dant, 57, spoke on Monday.", object="57")
    lead = "Karel Josef Dant (born 3 May 1966), known as Kiki Dant, is a Vestrian politician."
    assert verdict(claim, [page("Kiki Dant", lead)], AS_OF).verdict == Verdict.SUPPORTED
