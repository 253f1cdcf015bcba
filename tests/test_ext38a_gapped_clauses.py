"""A clause whose verb is left out (gapping, issue 14): 'Brunei joined in 1984, Vietnam in 1995' says Vietnam joined
in 1995. The parser hangs the gapped name on the first clause's verb with no subject of its own, so no claim was made
of it (the general set's ASEAN joining dates, 'Craig died in 2018, and Ronnie in December 2022'). A name of another
sort than the subject, when the first clause names one of its sort ('moved to Paris in 1990, London in 1995'), is
where, not who. Invented sentences."""

from __future__ import annotations

import pytest

from tests.test_clause_shapes import clauses

BODY = (
    "Union news\n\n"
    "Norland joined the union in 1984, Vestmark in 1995, Kalvia and Tessia in 1997.\n\n"
    "The singer outlived two of her sons: Craig died in 2018, and Ronnie in December 2022, aged 62.\n\n"
    "Ana Ruiz moved to Paris in 1990, London in 1995."
)


@pytest.mark.parametrize(
    ("words", "names"),
    [
        pytest.param("Vestmark in 1995", ["Vestmark"], id="a-name-hung-on-the-verb"),
        pytest.param("Kalvia and Tessia in 1997", ["Kalvia", "Tessia"], id="names-joined-in-the-gap"),
        pytest.param("Ronnie in December 2022", ["Ronnie"], id="a-name-conjoined-to-the-verb"),
        pytest.param("London in 1995", [], id="a-place-after-a-person-is-no-doer"),
    ],
)
def test_a_gapped_clause_is_its_own_names(words: str, names: list[str]) -> None:
    found = sorted(c.subject for c in clauses(BODY) if c.text == words)
    assert found == names, [(c.subject, c.text) for c in clauses(BODY)]


def test_a_country_read_as_a_person_still_leads_the_gap() -> None:
    """The recogniser may read a country as a person ('Brunei' in 'Brunei joined in 1984'): a gapped name of another
    sort still did the verb when the first clause names nothing of the gapped name's sort besides its subject."""
    body = "Bloc news\n\nThe bloc began with five members in 1967. Brunei joined in 1984, Vestmark in 1995."
    assert [c.subject for c in clauses(body) if c.text == "Vestmark in 1995"] == ["Vestmark"]


def test_the_gapped_clause_keeps_the_verb_and_its_own_date() -> None:
    claim = next(c for c in clauses(BODY) if c.text == "Vestmark in 1995")
    assert (claim.predicate, claim.time) == ("joined", "in 1995")
