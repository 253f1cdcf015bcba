"""A year refutes an event a subject has once ('founded', 'died') only when the sentence dates the subject's
own event: not a thing of the subject's named with 'of' ('the parent company of Acme Corp was founded in
1950'), nor another person's relative clause ('her co-founder Brand, who died in 2011'). Invented pages;
beside each, the subject's own event with another year still contradicts."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import clause_claim, page, verdict
from verify.models import Verdict

SPRING_2025 = dt.date(2025, 3, 1)


def founded_1998(page_text: str) -> Verdict:
    said = clause_claim("Acme Corp was founded in 1998", "Acme Corp", "founded", time="1998")
    return verdict(said, [page("Acme Corp", page_text)], SPRING_2025).verdict


def died_2020(page_text: str) -> Verdict:
    said = clause_claim("Alder died in 2020", "Mara Alder", "died", time="2020")
    return verdict(said, [page("Mara Alder", page_text)], SPRING_2025).verdict


def test_a_thing_of_the_subjects_named_with_of_is_not_the_subject():
    assert founded_1998("Acme Corp makes tools. The parent company of Acme Corp was founded in 1950.") == (
        Verdict.UNVERIFIED
    )


def test_the_subjects_own_founding_in_another_year_contradicts():
    assert founded_1998("Acme Corp makes tools. Acme Corp was founded in 1950.") == Verdict.CONTRADICTED


def test_another_persons_relative_clause_dates_their_event_not_the_subjects():
    assert died_2020("Alder and her co-founder Brand, who died in 2011, built the firm.") == Verdict.UNVERIFIED


def test_the_subjects_own_death_in_another_year_contradicts():
    assert died_2020("Alder, who founded the firm with Brand, died in 2011.") == Verdict.CONTRADICTED
