"""'Vice President Ilo Marr' with no country, when no page of Chile's vice presidency exists (the country has
none): the person's own infobox gives the post the bare title names, 'President of Chile', and the page says
whose the person is. The title is read as that country's post, so 'Vice' added to it is refuted by the
presidency held that day; without the country on the page, nothing is read into the bare title. Invented
people and country."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import boxed, clause_claim, verdict
from verify.models import Verdict

DAY = dt.date(2031, 10, 2)
ROWS = [("office", "President of Chile"), ("term_start", "1 October 2031"), ("office2", "Mayor of Ostra"),
        ("term_start2", "5 December 2018"), ("term_end2", "16 June 2023")]  # fmt: skip


def _titled(title: str, lead: str = "Ilo Marr (born 1962) is a Chilean politician.") -> Verdict:
    text = f"{title} Ilo Marr"
    claim = clause_claim(text, "Ilo Marr", "holds office", f"{text} took the oath.", kind="role",
                         relation="holds office", value=title)  # fmt: skip
    return verdict(claim, [boxed("Ilo Marr", lead, ROWS)], DAY).verdict


def test_vice_added_to_the_post_held_is_refuted() -> None:
    assert _titled("Vice President") == Verdict.CONTRADICTED


def test_the_post_held_is_not_refuted() -> None:
    assert _titled("President") != Verdict.CONTRADICTED


def test_a_page_that_does_not_say_whose_the_person_is_reads_nothing_into_the_bare_title() -> None:
    assert _titled("Vice President", "Ilo Marr (born 1962) is a politician.") != Verdict.CONTRADICTED


def test_another_post_of_that_name_gives_no_country() -> None:
    # 'President Ilo Marr', president of the Senate: read as Chile's president, the president of Chile's own page
    # would name a rival holder
    rows = [("office", "President of the Senate of Chile"), ("term_start", "1 October 2031")]
    marr = boxed("Ilo Marr", "Ilo Marr (born 1962) is a Chilean politician.", rows)
    corr = boxed("Aine Corr", "Aine Corr (born 1970) is a Chilean politician who has served as President of Chile "
                 "since 2030.", [("office", "President of Chile"), ("term_start", "11 March 2030")])  # fmt: skip
    claim = clause_claim("President Ilo Marr", "Ilo Marr", "holds office", "President Ilo Marr spoke.",
                         kind="role", relation="holds office", value="President")  # fmt: skip
    assert verdict(claim, [marr, corr], DAY).verdict != Verdict.CONTRADICTED
