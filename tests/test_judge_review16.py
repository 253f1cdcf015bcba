"""Session 16's review: shapes of wrong verdicts met in review, each with an invented person and pages of our own;
beside each, the reading that must stay. Tests marked xfail(strict) show a finding the lead merges with its fix."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, clause_claim, page, verdict
from verify.models import Verdict

SPRING_2030 = dt.date(2030, 4, 1)


# --- 1. a country whose name begins another's: 'Guinea' is not 'Guinea-Bissau' ---------------------------------
# The role judge sets aside a sentence that ties the office to another country, by the countries named around
# the words it found; 'president of Guinea-Bissau' names Guinea-Bissau and, inside it, Guinea, so a claim of
# Guinea's presidency finds its own country there and is supported.


def _kole_holds(value: str, nationality: str | None, said: str) -> Verdict:
    claim = clause_claim(
        f"{value} Eva Kole", "Eva Kole", "holds office", kind="role", relation="holds office", value=value,
        nationality=nationality,
    )  # fmt: skip
    kole = page("Eva Kole", f"Eva Kole (born 4 April 1966) is a politician. {said}")
    return verdict(claim, [kole], SPRING_2030).verdict


def test_guineas_president_is_not_supported_by_the_presidency_of_guinea_bissau() -> None:
    assert _kole_holds("Guinean President", "Guinean", "She has been president of Guinea-Bissau since 2029.") != (
        Verdict.SUPPORTED
    )


def test_the_president_of_guinea_is_not_supported_by_the_presidency_of_guinea_bissau() -> None:
    assert _kole_holds("President of Guinea", None, "She has been president of Guinea-Bissau since 2029.") != (
        Verdict.SUPPORTED
    )


def test_the_president_of_guinea_is_still_supported_by_guineas_presidency() -> None:
    assert _kole_holds("Guinean President", "Guinean", "She has been president of Guinea since 2029.") == (
        Verdict.SUPPORTED
    )


# --- 2. a nationality written in two words is not its last word's: 'Papua New Guinean' is not 'Guinean' ----------
# The description judge reads a nationality word by word, so 'a South Sudanese diplomat' gives 'Sudanese' and
# supports 'a Sudanese diplomat'. The lexicon now knows both countries of each pair.


def _alder_is(adjective: str, said: str) -> Verdict:
    claim = clause_claim(
        f"Alder, a {adjective} diplomat", "Mara Alder", "is", f"Alder, a {adjective} diplomat, spoke.",
        object=f"a {adjective} diplomat",
    )  # fmt: skip
    return verdict(claim, [page("Mara Alder", said)], SPRING_2030).verdict


def test_a_guinean_diplomat_is_not_supported_by_a_papua_new_guinean_one() -> None:
    said = "Mara Alder is a Papua New Guinean diplomat who served as ambassador to Vestria."
    assert _alder_is("Guinean", said) != Verdict.SUPPORTED


def test_a_sudanese_diplomat_is_not_supported_by_a_south_sudanese_one() -> None:
    said = "Mara Alder is a South Sudanese diplomat who served as ambassador to Vestria."
    assert _alder_is("Sudanese", said) != Verdict.SUPPORTED


def test_a_sudanese_diplomat_is_still_supported_by_a_sudanese_one() -> None:
    said = "Mara Alder is a Sudanese diplomat who served as ambassador to Vestria."
    assert _alder_is("Sudanese", said) == Verdict.SUPPORTED


# --- 3. a year ending a date is no count: 'on 21 February 2030, killing nine people' ------------------------------
# The count reader takes a number written with thousands' commas ('\d[\d,]*'), so '2030,' (the year and the comma
# after it) is a number, and with two words allowed before the noun, '2030, killing nine people' is a count of
# 2,030 people that contradicts the nine the page gives in the same words.


def _toll(said: str) -> Verdict:
    claim = clause_claim(
        "nine people", "2030 Vestria earthquake", "count", "A strong earthquake struck Vestria, killing nine people.",
        kind="quantity", relation="count", value="9", number=9.0, unit="people", context="2030 Vestria earthquake",
    )  # fmt: skip
    return verdict(claim, [page("2030 Vestria earthquake", said)], SPRING_2030).verdict


def test_a_date_before_the_toll_does_not_contradict_it() -> None:
    assert _toll("The earthquake struck southern Vestria on 21 February 2030, killing nine people.") != (
        Verdict.CONTRADICTED
    )


def test_the_toll_written_after_a_date_with_a_verb_between_supports_it() -> None:
    assert _toll("The earthquake struck southern Vestria on 21 February 2030 and killed nine people.") == (
        Verdict.SUPPORTED
    )


def test_another_toll_after_a_date_still_contradicts_it() -> None:
    assert _toll("The earthquake struck southern Vestria on 21 February 2030 and killed 12 people.") == (
        Verdict.CONTRADICTED
    )


# --- 4. a calling held at a time is no timeless description: 'Ding Wei, the world champion' -----------------------
# coexist16 makes a clause claim of what a named person is where the role kind made none ('X, the defending
# champion'). The identity judge, written for timeless descriptions ('a German former fencer'), supports it from any
# sentence holding its words: a former champion, a past title, another year's event. Before coexist16 these
# appositions had no claim at all. Article of 2030; pages of our own.

WINTER_2030 = dt.date(2030, 2, 24)


def _ding_is(calling: str, said: str) -> Verdict:
    claim = clause_claim(
        f"Ding Wei, {calling}", "Ding Wei", "is", f"Ding Wei, {calling}, blundered in the endgame.",
        value=calling, object=calling,
    )  # fmt: skip
    return verdict(claim, [page("Ding Wei", f"Ding Wei (born 1992) is a chess player. {said}")], WINTER_2030).verdict


def test_the_world_champion_is_not_supported_by_a_former_world_champion() -> None:
    assert _ding_is("the world champion", "He is a former world champion.") != Verdict.SUPPORTED


def test_the_world_champion_is_not_supported_by_a_former_title_and_its_coordinated_twin() -> None:
    """Mutation calling-past-word-unread. 'a former world number one and world champion': 'former' is read before
    the calling's first word, so it holds for the title coordinated after it, which no past word stands right
    before. The twin, said in the present, still supports."""
    assert _ding_is("the world champion", "He is a former world number one and world champion.") != (
        Verdict.SUPPORTED
    )
    assert _ding_is("the world champion", "He is the world number one and world champion.") == Verdict.SUPPORTED


def test_the_world_champion_is_not_supported_by_a_title_held_years_before() -> None:
    assert _ding_is("the world champion", "He was world champion from 2023 to 2024.") != Verdict.SUPPORTED


def test_the_defending_champion_is_not_supported_by_another_years_defence() -> None:
    said = "He was the defending champion at the 2019 Varna Open, which he lost."
    assert _ding_is("the defending champion", said) != Verdict.SUPPORTED


def test_the_world_champion_is_still_supported_by_the_reigning_one() -> None:
    assert _ding_is("the world champion", "He is the reigning world champion.") == Verdict.SUPPORTED


# --- 5. children: the pronoun must be the subject's, and a count may go on ----------------------------------------
# judge16's children reader takes 'he', 'she', 'they' or the surname before 'has two children' as the subject,
# so a page's sentence about the subject's husband supports 'a mother of two'; and it reads the first count of a
# sentence that counts on ('two children with her first husband and three with her second') as the whole.

SPRING_2025 = dt.date(2025, 4, 7)


def _vale_mother_of(count: str, said: str) -> Verdict:
    claim = clause_claim(f"Vale, a mother of {count}", "Ida Vale", "is", object=f"a mother of {count}")
    return verdict(claim, [page("Ida Vale", f"Ida Vale is a Vestrian economist. {said}")], SPRING_2025).verdict


def test_her_husbands_children_do_not_support_her_count() -> None:
    said = "In 2001 she married Tom Berg, a banker. He has two children from a previous marriage."
    assert _vale_mother_of("two", said) != Verdict.SUPPORTED


def test_children_counted_by_marriage_do_not_contradict_their_sum() -> None:
    said = "She had two children with her first husband and three with her second."
    assert _vale_mother_of("five", said) != Verdict.CONTRADICTED


def test_her_own_children_still_support_her_count() -> None:
    assert _vale_mother_of("two", "She married Tom Berg in 2001. She has two children.") == Verdict.SUPPORTED


# --- 6. a term's length is read off the office page the sentence's words share most, whatever its country ----------
# judge16 sends a clause whose one value is a term's length ('serves a single four-year term') to the duration
# judge's term reader, which picks the office page by shared title words ('president'); with no page for the
# sentence's country in the pool, another country's office page settles it.


def _term_of(sentence: str, *offices: tuple[str, str]) -> Verdict:
    pages = [
        boxed(title, f"The {title.lower()} is the head of state.", [("termlength", length)])
        for title, length in offices
    ]
    kole = page("Eva Kole", "Eva Kole (born 1966) is a politician, president of Mexico since 2030.")
    claim = clause_claim(sentence.rstrip("."), "Eva Kole", "serves", sentence, object="a single four-year term")
    return verdict(claim, [*pages, kole], SPRING_2030).verdict


def test_a_mexican_presidents_term_is_not_supported_by_the_us_presidents() -> None:
    said = "The new Mexican president serves a single four-year term."
    assert _term_of(said, ("President of the United States", "Four years, renewable once")) != Verdict.SUPPORTED


def test_a_mexican_presidents_term_is_contradicted_by_mexicos_page() -> None:
    offices = (("President of the United States", "Four years, renewable once"), ("President of Mexico", "Six years"))
    assert _term_of("The new Mexican president serves a single four-year term.", *offices) == Verdict.CONTRADICTED
