"""Names coordinated as a clause's subject (issue 14): 'Morland and Tessia ratified the agreement' states the same
fact of each name. A verb beside the clause ('..., becoming members and starting the countdown') was read as a
value given one to each name, as in 'A and B finished first and second', so only the first name kept the fact
(the general set's 'Morocco and Sierra Leone ratified ...', 'Bulgaria and Romania became full members ...').
Values written one for each ('its 60th and 61st parties') stay paired. A country the recogniser reads as an
organisation ('Sierra Leone') is of one sort with a country it reads as a place. Invented sentences."""

from __future__ import annotations

import pytest

from tests.test_clause_shapes import clauses

HEADLINE = "Treaty news\n\n"


@pytest.mark.parametrize(
    ("body", "words", "names"),
    [
        pytest.param(
            "Morland and Tessia ratified the agreement in Geneva on Friday, becoming members of the pact and "
            "starting the countdown to its entry into force.",
            "Morland and Tessia ratified the agreement in Geneva on Friday",
            ["Morland", "Tessia"],
            id="side-clauses-of-coordinated-verbs",
        ),
        pytest.param(
            "Norland and Vestmark became full members of the union at midnight, scrapping checks at their borders "
            "18 years after both joined the bloc.",
            "Norland and Vestmark became full members of the union",
            ["Norland", "Vestmark"],
            id="a-verb-parsed-as-the-clauses-conjunct",
        ),
        pytest.param(
            "Chile and Sierra Leone signed the accord in Lima on 3 May 2024.",
            "Chile and Sierra Leone signed the accord in Lima on 3 May 2024",
            ["Chile", "Sierra Leone"],
            id="a-country-read-as-an-organisation",
        ),
        pytest.param(
            "Morland and Tessia ratified the agreement in Geneva on Friday, becoming its 60th and 61st parties.",
            "becoming its 60th and 61st parties",
            ["Morland"],
            id="ordinals-one-for-each-stay-paired",
        ),
    ],
)
def test_a_fact_of_coordinated_names_is_each_ones(body: str, words: str, names: list[str]) -> None:
    found = sorted({c.subject for c in clauses(HEADLINE + body) if words in c.text})
    assert found == names, [(c.subject, c.text) for c in clauses(HEADLINE + body)]


@pytest.mark.parametrize(
    ("body", "words", "second"),
    [
        pytest.param(
            "Trinidad and Tobago signed the accord in Lima on 3 May 2024.",
            "Trinidad and Tobago signed the accord in Lima on 3 May 2024",
            "Tobago",
            id="trinidad-and-tobago",
        ),
        pytest.param(
            "St. Vincent and the Grenadines took a heavy blow on Monday.",
            "St. Vincent and the Grenadines took a heavy blow on Monday",
            "Grenadines",
            id="st-vincent-and-the-grenadines",
        ),
    ],
)
def test_a_countrys_name_holding_and_is_no_two_names(body: str, words: str, second: str) -> None:
    """'Trinidad and Tobago' is one country (verify/lexicons/countries.toml), not two names each doing the deed."""
    found = {c.subject for c in clauses(HEADLINE + body) if c.text == words}
    assert found and second not in found, found
