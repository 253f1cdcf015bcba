"""'has led the PRC since 2022', 'led his party's parliamentary group between 2011 and 2017': a spell at
the head of a body the article names by an acronym the page spells out, or as the subject's own party.
The page's term of that body's head settles it; each test also names what must stay undecided."""

from __future__ import annotations

import datetime as dt

from tests.support.judging import clause_claim, page, verdict
from verify.models import Claim, Document, InfoboxField, Verdict

DAY = dt.date(2031, 4, 2)
LEAD = (
    "Tomas Varga (born 3 May 1970) is a Vestrian politician and lawyer. He has been President of the "
    "Civic Renewal Party (PRC) since 2022."
)
ROWS = [
    ("office1", "President of the Civic Renewal Party"), ("term_start1", "1 July 2022"),
    ("office5", "President of the Parliamentary Group of the Civic Renewal Party"), ("term_start5", "29 June 2011"),
    ("term_end5", "19 July 2017"), ("party", "Civic Renewal Party (1991–present)"),
]  # fmt: skip


def varga(rows: list[tuple[str, str]] = ROWS, text: str = LEAD) -> Document:
    """Tomas Varga's page: his offices and party in the infobox, the acronym spelled out in the lead."""
    return page("Tomas Varga", text).model_copy(
        update={"infobox": tuple(InfoboxField(label=k, value=v) for k, v in rows)}
    )


def led(words: str, body: str, year: str, sentence: str) -> Claim:
    return clause_claim(words, "Tomas Varga", "led", sentence, object=body, time=year)


def test_a_body_named_by_the_acronym_its_page_spells_out_supports_the_spell_at_its_head():
    claim = led("has led the PRC since 2022", "the PRC", "2022", "Varga, who has led the PRC since 2022, is a lawyer.")
    result = verdict(claim, [varga()], DAY)
    assert result.verdict == Verdict.SUPPORTED
    assert "President of the Civic Renewal Party" in result.rationale


def test_another_start_for_the_head_of_the_acronyms_body_contradicts():
    claim = led("has led the PRC since 2019", "the PRC", "2019", "Varga, who has led the PRC since 2019, is a lawyer.")
    assert verdict(claim, [varga()], DAY).verdict == Verdict.CONTRADICTED


def test_an_acronym_the_page_never_spells_out_decides_nothing():
    """Counterexample: without the page's '(PRC)' the acronym could be another body than his party."""
    claim = led("has led the PRC since 2019", "the PRC", "2019", "Varga, who has led the PRC since 2019, is a lawyer.")
    bare = varga(text="Tomas Varga (born 3 May 1970) is a Vestrian politician and lawyer.")
    assert verdict(claim, [bare], DAY).verdict == Verdict.UNVERIFIED


def test_an_acronym_spelled_out_as_another_name_decides_nothing():
    """Counterexample: '(PRC)' after a name whose initials are not its letters is no spelling of it."""
    claim = led("has led the PRC since 2019", "the PRC", "2019", "Varga, who has led the PRC since 2019, is a lawyer.")
    other = varga(text="Tomas Varga worked for the Harbour Trust (PRC) before entering politics.")
    assert verdict(claim, [other], DAY).verdict == Verdict.UNVERIFIED


def test_his_partys_group_is_the_group_of_the_party_his_infobox_gives():
    sentence = "He led his party's parliamentary group between 2011 and 2017."
    claim = led("led his party's parliamentary group between 2011", "his party's parliamentary group", "2011", sentence)
    result = verdict(claim, [varga()], DAY)
    assert result.verdict == Verdict.SUPPORTED
    assert "Parliamentary Group" in result.rationale


def test_another_end_of_the_spell_at_the_head_of_his_partys_group_contradicts():
    sentence = "He led his party's parliamentary group between 2011 and 2015."
    claim = led("led his party's parliamentary group between 2011", "his party's parliamentary group", "2011", sentence)
    assert verdict(claim, [varga()], DAY).verdict == Verdict.CONTRADICTED


def test_his_party_is_no_party_when_the_infobox_gives_two():
    """Counterexample: a page whose offices' rows give two parties ('Civic Renewal Party' beside the group's
    term, 'Green Union' now) does not say which one 'his party' is: the group's term refutes nothing."""
    sentence = "He led his party's parliamentary group between 2011 and 2015."
    claim = led("led his party's parliamentary group between 2011", "his party's parliamentary group", "2011", sentence)
    rows = [*ROWS[:-1], ("party5", "Civic Renewal Party"), ("party", "Green Union (2010–present)")]
    assert verdict(claim, [varga(rows)], DAY).verdict == Verdict.UNVERIFIED


def test_leading_the_party_is_not_leading_its_parliamentary_group():
    """Counterexample: 'led the PRC since 2011' must not be read against the group's term from 2011."""
    sentence = "Varga, who has led the PRC since 2011, is a lawyer."
    claim = led("has led the PRC since 2011", "the PRC", "2011", sentence)
    rows = [r for r in ROWS if not r[0].endswith("1")]  # the group's term only
    assert verdict(claim, [varga(rows)], DAY).verdict == Verdict.UNVERIFIED
