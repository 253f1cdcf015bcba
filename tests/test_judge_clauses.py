"""Judging general clauses, ages and lengths of time against the stored pages (read through the fake
wiki): each test states one claim as extraction gives it and shows the verdict and the quoted row."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from tests.support.judging import clause_claim, page, verdict
from verify.judge import findings_for
from verify.kinds.base import Stance
from verify.kinds.clause.judge import ordinal_value
from verify.models import Claim, ClaimResult, Document, InfoboxField, Reason, Verdict


def clause(text: str, subject: str, predicate: str, sentence: str | None = None, **fields) -> Claim:
    """These tests' claims keep their predicate whatever their kind, unless `with_predicate` is False."""
    return clause_claim(text, subject, predicate, sentence, **{"with_predicate": True, **fields})


IOC_DAY = dt.date(2025, 3, 21)


def test_the_birthplace_the_infobox_gives_supports_born_in(pages):
    claim = clause("Coventry was born in Harare", "Coventry", "born in", place="Harare")
    result = verdict(claim, pages("Kirsty Coventry"), IOC_DAY)
    assert result.verdict == Verdict.SUPPORTED
    assert "Harare, Zimbabwe" in result.evidence[0].snippet


def test_another_birthplace_contradicts_born_in_quoting_the_row(pages):
    claim = clause("Coventry was born in Bulawayo", "Coventry", "born in", place="Bulawayo")
    result = verdict(claim, pages("Kirsty Coventry"), IOC_DAY)
    assert result.verdict == Verdict.CONTRADICTED
    assert "another place, Harare" in result.rationale


def test_a_birthplace_on_someone_elses_page_decides_nothing(pages):
    claim = clause("Coventry was born in Bulawayo", "Coventry", "born in", place="Bulawayo")
    assert verdict(claim, pages("Thomas Bach"), IOC_DAY).verdict == Verdict.UNVERIFIED


def test_the_infobox_predecessor_supports_succeeded(pages):
    claim = clause("Michel succeeded Donald Tusk", "Charles Michel", "succeeded", object="Donald Tusk", kind="clause")
    result = verdict(claim, pages("Charles Michel"), dt.date(2024, 6, 28))
    assert result.verdict == Verdict.SUPPORTED
    assert "Donald Tusk" in result.evidence[0].snippet


def test_an_office_in_an_apposition_is_not_the_post_a_succession_is_in(pages):
    sentence = (
        "Michel, a former Belgian prime minister, has chaired the summits since 1 December 2019, "
        "when he succeeded Donald Tusk."
    )
    claim = clause("he succeeded Donald Tusk", "Charles Michel", "succeeded", sentence, object="Donald Tusk")
    result = verdict(claim, pages("Charles Michel"), dt.date(2024, 6, 28))
    assert result.verdict == Verdict.SUPPORTED
    assert "Donald Tusk" in result.evidence[0].snippet


def test_another_predecessor_for_the_office_named_contradicts_succeeded(pages):
    sentence = "As President of the European Council, Michel succeeded Herman Van Rompuy."
    claim = clause(
        "Michel succeeded Herman Van Rompuy", "Charles Michel", "succeeded", sentence, object="Herman Van Rompuy"
    )
    result = verdict(claim, pages("Charles Michel"), dt.date(2024, 6, 28))
    assert result.verdict == Verdict.CONTRADICTED
    assert "Donald Tusk as predecessor in President of the European Council" in result.rationale


def test_a_succession_in_an_office_the_infobox_does_not_list_stays_unverified(pages):
    sentence = "Michel succeeded Herman Van Rompuy as party treasurer."
    claim = clause(
        "Michel succeeded Herman Van Rompuy", "Charles Michel", "succeeded", sentence, object="Herman Van Rompuy"
    )
    assert verdict(claim, pages("Charles Michel"), dt.date(2024, 6, 28)).verdict == Verdict.UNVERIFIED


def test_the_ordinal_of_the_same_post_supports_and_another_contradicts(pages):
    docs = pages("Thomas Bach")
    ninth = clause("the IOC's ninth president", "Thomas Bach", "is", object="the IOC's ninth president")
    eighth = clause("the IOC's eighth president", "Thomas Bach", "is", object="the IOC's eighth president")
    assert verdict(ninth, docs, IOC_DAY).verdict == Verdict.SUPPORTED
    result = verdict(eighth, docs, IOC_DAY)
    assert result.verdict == Verdict.CONTRADICTED
    assert "9th President" in result.rationale or "ninth president" in result.rationale


def test_an_ordinal_of_another_noun_is_not_compared():
    assert ordinal_value("ninth") == 9 and ordinal_value("24th") == 24 and ordinal_value("many") is None


def test_an_ordinal_for_another_kind_of_post_stays_unverified(pages):
    claim = clause("the fourth German fencer to lead it", "Thomas Bach", "is", object="the fourth German fencer")
    assert verdict(claim, pages("Thomas Bach"), IOC_DAY).verdict == Verdict.UNVERIFIED


def test_a_sentence_with_the_relation_and_every_value_supports(pages):
    claim = clause(
        "Bach earned a law degree in 1983 at the University of Würzburg",
        "Thomas Bach",
        "earned",
        time="1983",
        object="the University of Würzburg",
    )
    result = verdict(claim, pages("Thomas Bach"), IOC_DAY)
    assert result.verdict == Verdict.SUPPORTED
    assert "earned a doctor of law" in result.evidence[0].snippet


def test_a_sentence_without_the_relation_does_not_support(pages):
    claim = clause("Bach taught at the University of Würzburg in 1983", "Thomas Bach", "taught", time="1983",
                   object="the University of Würzburg")  # fmt: skip
    assert verdict(claim, pages("Thomas Bach"), IOC_DAY).verdict == Verdict.UNVERIFIED


def test_the_year_of_an_event_that_happens_once_supports_and_another_contradicts(pages):
    docs = pages("Dan Caine")
    same = clause("Caine retired in 2024", "Dan Caine", "retired", time="2024")
    other = clause("Caine retired in 2021", "Dan Caine", "retired", time="2021")
    assert verdict(same, docs, dt.date(2025, 8, 20)).verdict == Verdict.SUPPORTED
    result = verdict(other, docs, dt.date(2025, 8, 20))
    assert result.verdict == Verdict.CONTRADICTED
    assert "dates it to 2024" in result.rationale


def test_another_year_for_a_repeatable_event_is_no_contradiction(pages):
    claim = clause("Bach earned a degree in 1980", "Thomas Bach", "earned", time="1980")
    assert verdict(claim, pages("Thomas Bach"), IOC_DAY).verdict == Verdict.UNVERIFIED


def test_a_value_the_sentence_lacks_leaves_the_clause_unverified(pages):
    claim = clause("swam for Stanford University", "Kirsty Coventry", "swam", object="Stanford University")
    assert verdict(claim, pages("Kirsty Coventry"), IOC_DAY).verdict == Verdict.UNVERIFIED


def test_an_age_is_checked_against_the_birth_date_on_the_article_day(pages):
    docs = pages("Thomas Bach")
    right = clause("Bach, 71,", "Thomas Bach", "aged", object="71")
    wrong = clause("Bach, 68,", "Thomas Bach", "aged", object="68")
    assert verdict(right, docs, IOC_DAY).verdict == Verdict.SUPPORTED
    result = verdict(wrong, docs, IOC_DAY)
    assert result.verdict == Verdict.CONTRADICTED
    assert "1953-12-29: 71 on 2025-03-21" in result.rationale


@pytest.mark.parametrize("born", ["17 ottobre 1951", "17 de octubre de 1951", "17. Oktober 1951", "17 octobre 1951"])
def test_a_birth_date_written_in_another_language_gives_the_day(born):
    # a stored copy of another language's page writes its month in that language: the day still counts
    bare = page("Marco Vellani", "")
    docs = [bare.model_copy(update={"infobox": (InfoboxField(label="birth_date", value=born),)})]
    claim = clause("Vellani, 73,", "Marco Vellani", "aged", object="73")
    assert verdict(claim, docs, dt.date(2024, 10, 20)).verdict == Verdict.SUPPORTED
    assert verdict(claim, docs, dt.date(2024, 10, 10)).verdict == Verdict.CONTRADICTED  # 72 until his birthday


def test_an_age_turns_on_the_birthday(pages):
    docs = pages("Thomas Bach")
    claim = clause("Bach, 71,", "Thomas Bach", "aged", object="71")
    assert verdict(claim, docs, dt.date(2025, 12, 28)).verdict == Verdict.SUPPORTED
    assert verdict(claim, docs, dt.date(2025, 12, 29)).verdict == Verdict.CONTRADICTED


def test_an_age_written_as_a_duration_claim_is_an_age(pages):
    claim = clause("the 71-year-old", "Thomas Bach", "age", kind="duration", number=71, unit="years")
    assert verdict(claim, pages("Thomas Bach"), IOC_DAY).verdict == Verdict.SUPPORTED


def duration(text: str, subject: str, number: float, sentence: str | None = None) -> Claim:
    return clause(text, subject, "for", sentence, kind="duration", number=number, unit="years", with_predicate=False)


def test_a_term_held_is_measured_on_the_office_the_claim_names(pages):
    docs = pages("Mark Rutte")
    claim = duration("served as Dutch prime minister for almost 14 years", "Mark Rutte", 14)
    result = verdict(claim, docs, dt.date(2024, 10, 2))
    assert result.verdict == Verdict.SUPPORTED
    assert "14 October 2010" in result.evidence[0].snippet


def test_a_term_held_a_year_or_more_off_contradicts(pages):
    claim = duration("served as Dutch prime minister for 10 years", "Mark Rutte", 10)
    assert verdict(claim, pages("Mark Rutte"), dt.date(2024, 10, 2)).verdict == Verdict.CONTRADICTED


def test_a_span_of_years_in_the_lead_decides_a_term_held_by_an_organisations_alias(pages):
    docs = pages("Jens Stoltenberg")
    ten = duration("led the alliance for ten years", "Jens Stoltenberg", 10)
    eight = duration("led the alliance for eight years", "Jens Stoltenberg", 8)
    assert verdict(ten, docs, dt.date(2024, 10, 2)).verdict == Verdict.SUPPORTED
    result = verdict(eight, docs, dt.date(2024, 10, 2))
    assert result.verdict == Verdict.CONTRADICTED
    assert "secretary general of NATO from 2014 to 2024" in result.evidence[0].snippet


def test_a_term_held_in_an_office_the_claim_does_not_name_decides_nothing(pages):
    claim = duration("chaired the club for eight years", "Jens Stoltenberg", 8)
    assert verdict(claim, pages("Jens Stoltenberg"), dt.date(2024, 10, 2)).verdict == Verdict.UNVERIFIED


def test_an_offices_term_length_is_read_on_the_office_page_the_sentence_points_to(pages):
    docs = pages("President of the European Council", "Charles Michel")
    sentence = "Under the Lisbon Treaty the president is appointed for a {} term, renewable once."
    right = clause("two-and-a-half-year term", "term", "lasts", sentence.format("two-and-a-half-year"),
                   kind="duration", number=2.5, unit="years", with_predicate=False)  # fmt: skip
    wrong = clause("five-year term", "term", "lasts", sentence.format("five-year"),
                   kind="duration", number=5, unit="years", with_predicate=False)  # fmt: skip
    assert verdict(right, docs, dt.date(2024, 6, 28)).verdict == Verdict.SUPPORTED
    result = verdict(wrong, docs, dt.date(2024, 6, 28))
    assert result.verdict == Verdict.CONTRADICTED
    assert "2.5 years" in result.rationale


def test_every_length_a_term_claim_states_must_be_on_the_page(pages):
    docs = pages("President of the International Olympic Committee")
    sentence = "The president is elected for a six-year term, renewable once for four years."
    claim = clause("elected for a six-year term, renewable once for four years", "president", "for", sentence,
                   kind="duration", number=4, unit="years", with_predicate=False)  # fmt: skip
    assert verdict(claim, docs, IOC_DAY).verdict == Verdict.CONTRADICTED


def test_a_contradiction_worded_as_present_on_a_later_revision_is_set_aside(pages):
    docs = pages("Luís Montenegro")
    assert docs[0].revision_timestamp is not None and docs[0].revision_timestamp.date() > dt.date(2024, 4, 3)
    claim = clause(
        "the 24th Constitutional Government", "Luís Montenegro", "leads", object="the 24th Constitutional Government"
    )
    findings = findings_for(claim, docs, docs, dt.date(2024, 4, 3))
    assert findings and all(f.stance != Stance.CONTRADICTS for f in findings)
    assert any("set aside" in f.detail for f in findings)


def test_a_count_given_after_its_noun_decides_the_count(pages, wikipedia):
    current = pages("Luís Montenegro")[0]
    page = asyncio.run(wikipedia.revision_at(current, dt.date(2024, 4, 3)))  # the page as the article read it
    assert page is not None and "with 80" in page.text
    sentence = "His Democratic Alliance won {} seats in the March election."

    def seats(n: int) -> Claim:
        return clause(f"{n} seats", "seats", "count", sentence.format(n), kind="quantity", number=n, unit="seats",
                      context="Democratic Alliance", with_predicate=False)  # fmt: skip

    assert verdict(seats(80), [page], dt.date(2024, 4, 3)).verdict == Verdict.SUPPORTED
    result = verdict(seats(88), [page], dt.date(2024, 4, 3))
    assert result.verdict == Verdict.CONTRADICTED
    assert "took the most seats in the election with 80" in result.evidence[0].snippet


def test_handing_over_is_read_in_the_successor_row_of_the_office_the_sentence_names(pages):
    docs = pages("António Costa")
    sentence = "Costa, who led the Socialists from 2014, handed the party leadership to {} in January."

    def handed(name: str) -> Claim:
        return clause(f"handed the party leadership to {name}", "António Costa", "handed", sentence.format(name),
                      object=name)  # fmt: skip

    day = dt.date(2024, 4, 3)
    assert verdict(handed("Pedro Nuno Santos"), docs, day).verdict == Verdict.SUPPORTED
    # Fernando Medina followed Costa as Mayor of Lisbon: a successor in another office is no support
    result = verdict(handed("Fernando Medina"), docs, day)
    assert result.verdict == Verdict.CONTRADICTED
    assert "Pedro Nuno Santos as successor in Secretary-General of the Socialist Party" in result.rationale


def test_a_description_is_supported_word_for_word_and_another_nationality_contradicts(pages):
    docs = pages("Thomas Bach")
    german = clause("a German former fencer", "Thomas Bach", "is", object="a German former fencer")
    austrian = clause("an Austrian former fencer", "Thomas Bach", "is", object="an Austrian former fencer")
    assert verdict(german, docs, IOC_DAY).verdict == Verdict.SUPPORTED
    result = verdict(austrian, docs, IOC_DAY)
    assert result.verdict == Verdict.CONTRADICTED
    assert "another nationality, Germany" in result.rationale


def test_another_place_for_the_same_relation_contradicts_only_at_the_same_time(pages):
    docs = pages("Keir Starmer")
    day = dt.date(2024, 7, 6)
    same = clause("has represented Holborn and St Pancras since 2015", "Keir Starmer", "represented",
                  object="Holborn and St Pancras", time="2015")  # fmt: skip
    other = clause("has represented Islington North since 2015", "Keir Starmer", "represented",
                   object="Islington North", time="2015")  # fmt: skip
    undated = clause("has represented Islington North", "Keir Starmer", "represented", object="Islington North")
    assert verdict(same, docs, day).verdict == Verdict.SUPPORTED
    assert verdict(other, docs, day).verdict == Verdict.CONTRADICTED
    assert verdict(undated, docs, day).verdict == Verdict.UNVERIFIED


def test_a_sentence_about_one_fact_of_a_clause_does_not_support_its_other_facts(pages):
    docs = pages("Kirsty Coventry")
    text = "Coventry was born in {} and swam for Auburn University"

    def swam(city: str) -> Claim:
        return clause(text.format(city), "Kirsty Coventry", "swam", object="Auburn University")

    assert verdict(swam("Harare"), docs, IOC_DAY).verdict == Verdict.SUPPORTED
    assert verdict(swam("Bulawayo"), docs, IOC_DAY).verdict == Verdict.UNVERIFIED


def test_an_age_aside_in_a_clause_is_checked_as_its_own_aspect(pages):
    docs = pages("Luís Montenegro")
    day = dt.date(2024, 4, 3)

    def succeeds(age: int) -> Claim:
        return clause(f"Montenegro, {age}, succeeds António Costa", "Luís Montenegro", "succeeded",
                      object="António Costa")  # fmt: skip

    assert verdict(succeeds(51), docs, day).verdict == Verdict.SUPPORTED
    result = verdict(succeeds(55), docs, day)
    assert result.verdict == Verdict.CONTRADICTED
    assert "16 February 1973" in result.evidence[0].snippet or "1973-02-16" in result.rationale


def test_a_length_no_page_read_settles_says_so(pages):
    claim = duration("chaired the club for eight years", "Jens Stoltenberg", 8)
    result = verdict(claim, pages("Jens Stoltenberg"), dt.date(2024, 10, 2))
    assert result.verdict == Verdict.UNVERIFIED and result.reason == Reason.NO_PASSAGE
    assert "gives a birth date, a term or a term length that settles 'chaired the club" in result.rationale


def test_a_majority_a_hyphened_count_gives_is_read_as_that_majority():
    page_ = page("2024 United Kingdom general election", "Labour secured 411 seats and a 174-seat majority.")
    sentence = "Labour took 411 of the 650 seats, a majority of {}."

    def majority(n: int) -> Claim:
        return clause(f"a majority of {n}", "Labour", "count", sentence.format(n), kind="quantity", number=n,
                      unit="majority", context="Labour", with_predicate=False)  # fmt: skip

    day = dt.date(2024, 7, 6)
    assert verdict(majority(174), [page_], day).verdict == Verdict.SUPPORTED
    result = verdict(majority(150), [page_], day)
    assert result.verdict == Verdict.CONTRADICTED
    assert "174-seat majority" in result.rationale


def test_a_hyphened_count_is_no_count_of_its_own_noun():
    # 'a 174-seat majority' counts a majority: it says nothing of how many seats were won
    page_ = page("2024 United Kingdom general election", "Labour won a 174-seat majority in the house.")
    claim = clause("411 seats", "Labour", "count", "Labour won 411 seats.", kind="quantity", number=411, unit="seats",
                   context="Labour", with_predicate=False)  # fmt: skip
    assert verdict(claim, [page_], dt.date(2024, 7, 6)).verdict == Verdict.UNVERIFIED


UK_ELECTION_DAY = dt.date(2024, 7, 6)


def share(text: str, owner: str, sentence: str, number: float) -> Claim:
    return clause(text, owner, "share", sentence, kind="quantity", number=number, unit="percent", context=owner,
                  value=f"{number}%", with_predicate=False)  # fmt: skip


def test_a_share_the_sentence_names_a_row_for_is_read_in_that_row_of_the_events_page(pages):
    docs = pages("2024 United Kingdom general election")  # Turnout: 59.7%
    sentence = "At the general election turnout reached {} per cent."
    same = share("59.7 per cent", "general election", sentence.format("59.7"), 59.7)
    result = verdict(same, docs, UK_ELECTION_DAY)
    assert result.verdict == Verdict.SUPPORTED
    assert result.evidence[0].snippet == "Turnout: 59.7%"
    other = share("64.2 per cent", "general election", sentence.format("64.2"), 64.2)
    assert verdict(other, docs, UK_ELECTION_DAY).verdict == Verdict.CONTRADICTED
    assert verdict(other, docs, dt.date(2029, 7, 6)).verdict == Verdict.UNVERIFIED  # another year's election


def test_a_hedged_share_is_never_refuted_by_a_row():
    bare = page("2024 United Kingdom general election", "")
    docs = [bare.model_copy(update={"infobox": (InfoboxField(label="turnout", value="59.7%"),)})]
    claim = share("64 per cent", "general election", "Turnout was nearly 64 per cent.", 64)
    assert verdict(claim, docs, UK_ELECTION_DAY).verdict == Verdict.UNVERIFIED


def test_a_partys_share_of_the_vote_is_read_in_its_own_infobox_group(pages):
    docs = pages("2024 United Kingdom general election")  # party1 Labour, percentage1 33.7%
    sentence = "Labour took {} per cent of the vote."
    assert verdict(share("33.7 per cent", "Labour", sentence.format("33.7"), 33.7), docs, UK_ELECTION_DAY).verdict == (
        Verdict.SUPPORTED
    )
    result = verdict(share("23.7 per cent", "Labour", sentence.format("23.7"), 23.7), docs, UK_ELECTION_DAY)
    assert result.verdict == Verdict.CONTRADICTED  # 23.7% is the Conservatives' share
    assert result.evidence[0].snippet == "Percentage: 33.7%"


def test_a_candidates_share_of_the_vote_is_read_in_the_group_naming_the_candidate():
    bare = page("2031 Vestrian presidential election", "")
    rows = [("candidate1", "Mara Alder"), ("party1", "Harbour Party"), ("percentage1", "54.62%"),
            ("candidate2", "Ivo Brand"), ("party2", "Green League"), ("percentage2", "45.38%")]  # fmt: skip
    docs = [bare.model_copy(update={"infobox": tuple(InfoboxField(label=k, value=v) for k, v in rows)})]
    sentence = "Mara Alder won the presidency with {}% of the vote."
    day = dt.date(2031, 5, 10)
    same = share("54.6% of the vote", "Mara Alder", sentence.format("54.6"), 54.6)
    assert verdict(same, docs, day).verdict == Verdict.SUPPORTED
    other = share("45.4% of the vote", "Mara Alder", sentence.format("45.4"), 45.4)
    result = verdict(other, docs, day)
    assert result.verdict == Verdict.CONTRADICTED  # 45.38% is the other candidate's
    assert result.evidence[0].snippet == "Percentage: 54.62%"


def _two_candidates(second: str) -> list[Document]:
    bare = page("2031 Vestrian presidential election", "")
    rows = [("candidate1", "Mara Alder"), ("party1", "Harbour Party"), ("percentage1", "54.62%"),
            ("candidate2", second), ("party2", "Green League"), ("percentage2", "45.38%")]  # fmt: skip
    return [bare.model_copy(update={"infobox": tuple(InfoboxField(label=k, value=v) for k, v in rows)})]


def _share_verdict(docs: list[Document], day: dt.date, owner: str, sentence: str, figure: float) -> ClaimResult:
    """The verdict on the share `figure` of `owner`, worded as `sentence` with {} for the figure."""
    return verdict(share(f"{figure} per cent", owner, sentence.format(figure), figure), docs, day)


def test_a_candidate_named_by_one_of_their_names_has_the_share_of_the_group_naming_them():
    docs, day = _two_candidates("Ivo Brand"), dt.date(2031, 5, 10)
    sentence = "Alder won the presidency with {} per cent of the vote."
    assert _share_verdict(docs, day, "Alder", sentence, 54.6).verdict == Verdict.SUPPORTED
    result = _share_verdict(docs, day, "Alder", sentence, 45.4)
    assert result.verdict == Verdict.CONTRADICTED
    assert result.evidence[0].snippet == "Percentage: 54.62%"


def test_a_place_in_an_earlier_clause_does_not_narrow_the_share():
    # 'in Port Vesta' places the swearing-in, not the vote: the share is the whole election's
    docs, day = _two_candidates("Ivo Brand"), dt.date(2031, 5, 10)
    sentence = "Mara Alder was sworn in at the palace in Port Vesta, a year after she won with {}% of the vote."
    claim = share("54.6% of the vote", "Mara Alder", sentence.format("54.6"), 54.6)
    assert verdict(claim, docs, day).verdict == Verdict.SUPPORTED


def test_a_name_two_groups_share_reads_no_share_row():
    # 'Alder' names both candidates: neither group's percentage is the claim's owner's
    docs, day = _two_candidates("Tomas Alder"), dt.date(2031, 5, 10)
    claim = share("51.2% of the vote", "Alder", "Alder won the presidency with 51.2% of the vote.", 51.2)
    assert verdict(claim, docs, day).verdict == Verdict.UNVERIFIED


def _two_countries_elections() -> list[Document]:
    out = []
    for title, turnout in (("2031 Irish general election", "70.4%"), ("2031 Norwegian general election", "61.2%")):
        out.append(page(title, "").model_copy(update={"infobox": (InfoboxField(label="turnout", value=turnout),)}))
    return out


def test_a_share_no_country_is_named_for_is_not_refuted_by_another_countrys_event():
    docs, day = _two_countries_elections(), dt.date(2031, 9, 20)
    sentence = "At the general election turnout reached {} per cent."
    assert _share_verdict(docs, day, "general election", sentence, 61.2).verdict == Verdict.SUPPORTED
    assert _share_verdict(docs, day, "general election", sentence, 64.8).verdict == Verdict.UNVERIFIED


def test_a_share_the_sentence_names_a_country_for_is_read_on_that_countrys_event_only():
    docs, day = _two_countries_elections(), dt.date(2031, 9, 20)
    sentence = "Irish turnout reached {} per cent at the general election."
    assert _share_verdict(docs, day, "general election", sentence, 70.4).verdict == Verdict.SUPPORTED
    result = _share_verdict(docs, day, "general election", sentence, 61.2)
    assert result.verdict == Verdict.CONTRADICTED
    assert result.evidence[0].snippet == "Turnout: 70.4%"


@pytest.mark.parametrize(("text", "predicate"), [("Turnout was 61.2%", "was"), ("Turnout stood at 61.2%", "stood")])
def test_a_clause_giving_a_measure_the_event_page_has_a_row_for_is_supported_by_that_row(text, predicate):
    # 'Turnout was 61.2%' names no event: a row of the article's year that rounds to it supports it
    docs, day = _two_countries_elections(), dt.date(2031, 9, 20)
    same = clause(text, "Turnout", predicate, f"{text} among 3.1 million voters.", value="61.2%")
    result = verdict(same, docs, day)
    assert result.verdict == Verdict.SUPPORTED
    assert result.evidence[0].snippet == "Turnout: 61.2%"


def test_a_measure_no_event_is_named_for_is_never_refuted_by_a_row():
    docs, day = _two_countries_elections(), dt.date(2031, 9, 20)
    other = clause("Turnout was 55.5%", "Turnout", "was", "Turnout was 55.5% among 3.1 million voters.", value="55.5%")
    assert verdict(other, docs, day).verdict == Verdict.UNVERIFIED
    assert verdict(other.model_copy(update={"value": "70.4%"}), docs, dt.date(2035, 9, 20)).verdict == (
        Verdict.UNVERIFIED  # another year's election
    )


def test_a_measure_of_a_named_country_is_not_supported_by_another_countrys_row():
    docs, day = _two_countries_elections(), dt.date(2031, 9, 20)  # the Norwegian turnout is 61.2%
    claim = clause("Irish turnout was 61.2%", "Turnout", "was", "Irish turnout was 61.2% this time.", value="61.2%")
    assert verdict(claim, docs, day).verdict == Verdict.UNVERIFIED


def test_a_hyphened_fraction_or_lead_is_no_count_of_a_majority():
    page_ = page("2024 United Kingdom general election", "Labour won a two-thirds majority, after a 12-point lead.")
    claim = clause("a majority of 156", "Labour", "count", "Labour won 411 seats, a majority of 156.", kind="quantity",
                   number=156, unit="majority", context="Labour", with_predicate=False)  # fmt: skip
    assert verdict(claim, [page_], dt.date(2024, 7, 6)).verdict == Verdict.UNVERIFIED


@pytest.mark.parametrize(
    ("text", "owner", "sentence", "number"),
    [
        ("5.2 per cent", "general election", "At the general election turnout fell 5.2 per cent.", 5.2),
        ("1.6 per cent", "Labour", "Labour's share of the vote grew by 1.6 per cent.", 1.6),
    ],
)
def test_a_change_in_a_share_is_not_read_as_the_share(pages, text, owner, sentence, number):
    docs = pages("2024 United Kingdom general election")  # Turnout: 59.7%; Labour's percentage 33.7%
    assert verdict(share(text, owner, sentence, number), docs, UK_ELECTION_DAY).verdict == Verdict.UNVERIFIED


@pytest.mark.parametrize(
    ("text", "owner", "sentence", "number"),
    [
        ("67.3 per cent", "general election", "Turnout was 67.3 per cent in 2019, and fell this time.", 67.3),
        ("40 per cent", "Labour", "In Cornwall, Labour took 40 per cent of the vote.", 40),
        ("40 per cent", "Labour", "In Cornwall, the Greens fell back and Labour took 40 per cent of the vote.", 40),
    ],
    ids=["another year's figure", "a region's share", "a region opening the sentence"],
)
def test_a_share_of_another_year_or_a_part_is_not_refuted_by_the_whole_events_row(pages, text, owner, sentence, number):
    docs = pages("2024 United Kingdom general election")  # Turnout: 59.7%; Labour's percentage 33.7%
    assert verdict(share(text, owner, sentence, number), docs, UK_ELECTION_DAY).verdict == Verdict.UNVERIFIED


def test_another_year_for_a_won_title_on_the_subjects_own_page_is_no_contradiction():
    """Winning a title happens again: the page's 2019 win says nothing against a 2021 win."""
    own = page("Ana Ruiz", "Ana Ruiz (born 1990) is a Brelian cyclist. Ruiz won the national title in 2019.")
    claim = clause("Ruiz won the national title in 2021", "Ana Ruiz", "won", time="2021", object="the national title")
    assert verdict(claim, [own], dt.date(2022, 1, 10)).verdict != Verdict.CONTRADICTED


def _boxed(title: str, rows: list[tuple[str, str]]) -> Document:
    return page(title, "").model_copy(update={"infobox": tuple(InfoboxField(label=k, value=v) for k, v in rows)})


VOTES = _boxed(
    "2031 Vestrian presidential election",
    [("candidate1", "Mara Alder"), ("popular_vote1", "12,480,311"), ("candidate2", "Ivo Brand"),
     ("popular_vote2", "10,112,000")],
)  # fmt: skip


def votes(text: str, number: float) -> Claim:
    sentence = f"Her ticket received {text}, a record in Vestria."
    return clause(text, "Mara Alder", "count", sentence, kind="quantity", number=number, unit="votes",
                  context="Mara Alder", with_predicate=False)  # fmt: skip


def test_a_count_naming_no_side_before_it_is_the_subjects_row_it_rounds_to():
    result = verdict(votes("more than 12 million votes", 12e6), [VOTES], dt.date(2031, 5, 10))
    assert result.verdict == Verdict.SUPPORTED
    assert "12,480,311" in result.rationale


def test_the_subjects_row_never_refutes_nor_supports_a_figure_it_does_not_round_to():
    day = dt.date(2031, 5, 10)
    assert verdict(votes("more than 2 million votes", 2e6), [VOTES], day).verdict == Verdict.UNVERIFIED  # a bound
    assert verdict(votes("about 10 million votes", 10e6), [VOTES], day).verdict == Verdict.UNVERIFIED  # Brand's


def test_a_groups_picture_names_no_side():
    rows = [("party1", "Green League"), ("image1", "Harbour Party rally.jpg"), ("seats1", "60"),
            ("party2", "Harbour Party"), ("seats2", "140")]  # fmt: skip
    count = clause("140 seats", "Harbour Party", "count", "The Harbour Party won 140 seats.", kind="quantity",
                   number=140, unit="seats", context="Harbour Party", with_predicate=False)  # fmt: skip
    assert verdict(count, [_boxed("2031 Vestrian general election", rows)], dt.date(2031, 5, 10)).verdict == (
        Verdict.SUPPORTED
    )


def test_of_two_offices_a_sentence_names_equally_the_succession_is_in_the_one_named_nearest_before_it():
    """'Leader of the Opposition' is named in full and 'Prime Minister of Vestria' only in part, but the
    succession follows 'becoming prime minister': its predecessor is that office's, not the other's."""
    box = _boxed(
        "Ilka Sorn",
        [("office1", "Prime Minister of Vestria"), ("term_start1", "26 October 2027"), ("predecessor1", "Bo Engel"),
         ("office2", "Leader of the Opposition"), ("term_start2", "1 August 2027"), ("predecessor2", "Ari Lidd")],
    )  # fmt: skip
    sentence = (
        "She was Leader of the Opposition for less than three months before becoming prime minister on "
        "26 October 2027, succeeding Bo Engel."
    )
    claim = clause("succeeding Bo Engel", "Ilka Sorn", "succeeded", sentence, object="Bo Engel")
    assert verdict(claim, [box], dt.date(2028, 1, 10)).verdict == Verdict.SUPPORTED


def test_a_succession_claim_with_empty_words_is_judged_without_an_error():
    """A claim file can hand the judge a claim whose text is empty (its span moved across line ends onto
    nothing): with no words to stand before, no office is named nearest, and no verdict is a conflict."""
    box = _boxed(
        "Ilka Sorn",
        [("office1", "Prime Minister of Vestria"), ("predecessor1", "Bo Engel"),
         ("office2", "Leader of the Opposition"), ("predecessor2", "Ari Lidd")],
    )  # fmt: skip
    sentence = "She was Leader of the Opposition before becoming prime minister, succeeding Ari Lidd."
    claim = clause("", "Ilka Sorn", "succeeded", sentence, object="Ari Lidd")
    assert verdict(claim, [box], dt.date(2028, 1, 10)).verdict != Verdict.CONTRADICTED
