"""A page's figure refutes a claim's only when it is the same kind of figure: not a change ('gained 25
seats'), not the page's own rounding or bound ('about 12,000'), not a subset the words after it narrow
('23 member states that meet the target'), not one part of a breakdown ('30 in Europe and two in North
America'). Invented subjects and pages; beside each guard, the plain figure still contradicts."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import page, verdict
from tests.test_judge_sure_conflicts import count
from verify.models import Document, InfoboxField, Verdict

SPRING_2025 = dt.date(2025, 3, 1)


def greens(figure: float, page_sentence: str) -> Verdict:
    """'The Greens won <figure> seats' against one invented page sentence."""
    claim = count(f"{figure:g} seats", f"The Greens won {figure:g} seats.", figure, "seats")
    return verdict(claim, [page("Greens", page_sentence)], SPRING_2025).verdict


def alliance(figure: float, page_sentence: str) -> Verdict:
    """'The Pact has <figure> member states' against one invented page about the Pact."""
    claim = count(f"{figure:g} member states", f"The Pact has {figure:g} member states.", figure, "member states",
                  "Pact")  # fmt: skip
    return verdict(claim, [page("Pact", page_sentence)], SPRING_2025).verdict


def test_a_change_in_seats_is_no_count_of_seats_won():
    assert greens(85, "The Greens gained 25 seats in the election.") != Verdict.CONTRADICTED


def test_the_seats_won_in_the_same_shape_still_contradict():
    assert greens(85, "The Greens won 25 seats in the election.") == Verdict.CONTRADICTED


def test_a_page_figure_it_words_as_approximate_does_not_refute_an_exact_one_within_its_rounding():
    claim = count("11,800 people", "Acme Corp employs 11,800 people.", 11800, "people")
    acme = page("Acme Corp", "Acme Corp employs about 12,000 people across four countries.")
    assert verdict(claim, [acme], SPRING_2025).verdict != Verdict.CONTRADICTED


ACME_ABOUT = page("Acme Corp", "Acme Corp employs about 12,000 people across four countries.")


def test_a_page_figure_worded_approximate_supports_the_same_figure_claimed_exactly():
    claim = count("12,000 people", "Acme Corp employs 12,000 people.", 12000, "people")
    assert verdict(claim, [ACME_ABOUT], SPRING_2025).verdict == Verdict.SUPPORTED


def test_a_page_figure_worded_approximate_supports_the_same_approximate_figure():
    claim = count("about 12,000 people", "Acme Corp employs about 12,000 people.", 12000, "people")
    assert verdict(claim, [ACME_ABOUT], SPRING_2025).verdict == Verdict.SUPPORTED


def test_a_page_figure_worded_approximate_supports_a_figure_within_its_rounding():
    claim = count("roughly 11,800 people", "Acme Corp employs roughly 11,800 people.", 11800, "people")
    assert verdict(claim, [ACME_ABOUT], SPRING_2025).verdict == Verdict.SUPPORTED


def test_a_page_figure_worded_approximate_does_not_support_a_bound_near_it():
    claim = count("more than 11,900 people", "Acme Corp employs more than 11,900 people.", 11900, "people")
    assert verdict(claim, [ACME_ABOUT], SPRING_2025).verdict != Verdict.SUPPORTED


def test_a_page_figure_worded_approximate_does_not_support_a_figure_just_outside_its_rounding():
    claim = count("12,800 people", "Acme Corp employs 12,800 people.", 12800, "people")
    assert verdict(claim, [ACME_ABOUT], SPRING_2025).verdict == Verdict.UNVERIFIED


def test_a_page_figure_worded_approximate_still_refutes_one_far_outside_its_rounding():
    claim = count("3,000 people", "Acme Corp employs 3,000 people.", 3000, "people")
    acme = page("Acme Corp", "Acme Corp employs about 12,000 people across four countries.")
    assert verdict(claim, [acme], SPRING_2025).verdict == Verdict.CONTRADICTED


def test_a_count_a_relative_clause_narrows_is_a_subset():
    assert alliance(32, "The Pact's 23 member states that meet the spending target met in June.") != (
        Verdict.CONTRADICTED
    )


def test_a_relative_clause_after_what_the_subject_has_describes_the_whole():
    assert alliance(31, "The Pact has 32 member states that share a mutual defence pledge.") == Verdict.CONTRADICTED


def test_a_relative_clause_after_the_staff_a_company_has_describes_the_whole():
    claim = count("5,000 employees", "Acme Corp has 5,000 employees.", 5000, "employees", "Acme Corp")
    acme = page("Acme Corp", "Acme Corp has 3,000 employees who work in 12 countries.")
    assert verdict(claim, [acme], SPRING_2025).verdict == Verdict.CONTRADICTED


def test_a_relative_clause_after_a_count_the_subject_does_not_have_still_narrows_it():
    assert alliance(32, "The Pact has grown, and 23 member states that meet the spending target met in June.") != (
        Verdict.CONTRADICTED
    )
    assert alliance(32, "Of the Pact's members, the 12 member states that voted against left early.") != (
        Verdict.CONTRADICTED
    )


def test_one_part_of_a_breakdown_is_no_head_count():
    assert alliance(32, "The Pact has 30 member states in Europe and two in North America.") != Verdict.CONTRADICTED
    assert greens(85, "The Greens won 60 seats in the north and 25 in the south.") != Verdict.CONTRADICTED


def test_a_head_count_with_no_breakdown_still_contradicts():
    assert alliance(32, "The Pact has 30 member states in Europe and North America.") == Verdict.CONTRADICTED


def election_page(year: int) -> Document:
    """An invented election page whose infobox gives the Greens 60 seats."""
    title = f"{year} Vestrian general election"
    return page(title, f"The {title} was held in May {year}.").model_copy(
        update={
            "infobox": [
                InfoboxField(label=k, value=v)
                for k, v in [("party1", "Greens"), ("seats1", "60"), ("party2", "Reds"), ("seats2", "40")]
            ]
        }
    )


def test_another_years_election_page_does_not_refute_the_seats_won():
    sentence = "The Greens won 85 seats in the 2025 election."
    assert verdict(count("85 seats", sentence, 85, "seats"), [election_page(2021)], SPRING_2025).verdict != (
        Verdict.CONTRADICTED
    )


def test_another_years_election_page_does_not_support_the_seats_won_either():
    sentence = "The Greens won 60 seats in the 2025 election."
    assert verdict(count("60 seats", sentence, 60, "seats"), [election_page(2021)], SPRING_2025).verdict != (
        Verdict.SUPPORTED
    )


def test_the_article_years_election_page_still_refutes_the_seats_won():
    sentence = "The Greens won 85 seats in the 2025 election."
    assert verdict(count("85 seats", sentence, 85, "seats"), [election_page(2025)], SPRING_2025).verdict == (
        Verdict.CONTRADICTED
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The Greens won 85 seats in the regional election.",
        "The Greens won 85 seats in the by-election.",  # a word that names a kind of vote alone
    ],
)
def test_an_election_of_another_kind_does_not_refute_the_seats_won(sentence: str):
    """Mutation seat-rows-of-another-kind-of-vote: the general election page's seats row is that vote's, and
    refutes no count of another kind of vote (its twin: 'in the election' is refuted, below)."""
    assert verdict(count("85 seats", sentence, 85, "seats"), [election_page(2025)], SPRING_2025).verdict != (
        Verdict.CONTRADICTED
    )


def test_the_same_kind_of_election_still_refutes_the_seats_won():
    sentence = "The Greens won 85 seats in the election."
    assert verdict(count("85 seats", sentence, 85, "seats"), [election_page(2025)], SPRING_2025).verdict == (
        Verdict.CONTRADICTED
    )


def test_a_majority_on_the_page_is_not_the_seats_won():
    assert greens(85, "The Greens won a majority of 20 seats in the election.") != Verdict.CONTRADICTED


def test_an_election_page_of_a_year_the_sentence_does_not_give_is_left_to_retrieval():
    sentence = "The Greens won 60 seats."  # a look back: the article's own year is not the vote's
    assert verdict(count("60 seats", sentence, 60, "seats"), [election_page(2021)], SPRING_2025).verdict == (
        Verdict.SUPPORTED
    )


def test_a_year_the_sentence_only_measures_against_does_not_make_the_page_another_events():
    sentence = "The Greens won 60 seats, their best result since 1990."
    assert verdict(count("60 seats", sentence, 60, "seats"), [election_page(2021)], SPRING_2025).verdict == (
        Verdict.SUPPORTED
    )


def test_a_page_count_in_millions_is_read_with_its_scale_word():
    sentence = "Alder took 12.5 million votes in the 2025 election."
    said = count("12.5 million votes", sentence, 12_500_000, "votes")
    alder = page("Mara Alder", "In the 2025 election, Alder took 12.5 million votes, more than any rival.")
    assert verdict(said, [alder], SPRING_2025).verdict != Verdict.CONTRADICTED
