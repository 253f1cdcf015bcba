"""The lead's rows of session 51: a clause is supported only when the words that support it name every country it
names (`_countries_unsaid`), and a place listed with others is all of them (`places_listed`). Found by the fifty-third
verdict subject's first score, before any change was made for it: two false "supported" of its wrong-country
variants (the parents' country of origin; the second of two places a person grew up in)."""

from __future__ import annotations

import pytest

from tests.support.judging import page
from tests.test_review49 import _verdicts
from verify.models import Verdict

_RUIZ = "Ana Ruiz is a Norby theatre director."


def _ruiz(sentence: str):
    return page("Ana Ruiz", f"{_RUIZ} {sentence}")


@pytest.mark.parametrize(
    ("claimed", "given", "expected"),
    [
        pytest.param("from India", "from Sri Lanka", False, id="another-country-of-the-parents"),
        pytest.param("from Sri Lanka", "from Sri Lanka", True, id="the-same-country"),
        pytest.param("from Scotland", "from the United Kingdom", True, id="a-nation-within-the-state-given"),
        pytest.param("from the United Kingdom", "from Britain", True, id="the-country-in-another-form"),
    ],
)
def test_a_country_the_clause_names_must_be_the_pages(claimed: str, given: str, expected: bool) -> None:
    doc = _ruiz(f"Born in Sheffield to Tamil parents {given} in 1970, Ruiz studied drama at Hull University.")
    body = f"Ana Ruiz was born in Sheffield to Tamil parents {claimed} in 1970."
    found = _verdicts(body, [doc], "clause", "born in Sheffield")
    assert found and (Verdict.SUPPORTED in found) == expected, found


@pytest.mark.parametrize(
    ("claimed", "expected"),
    [
        pytest.param("Kenya and Indonesia", False, id="the-second-place-another"),
        pytest.param("Kenya and Malaysia", True, id="both-places-given"),
    ],
)
def test_every_place_listed_is_the_clauses(claimed: str, expected: bool) -> None:
    doc = _ruiz("Ruiz grew up in Kenya and Malaysia, attended a school in Nairobi and trained as an actor.")
    found = _verdicts(f"Ana Ruiz grew up in {claimed}.", [doc], "clause", "grew up in")
    assert found and (Verdict.SUPPORTED in found) == expected, found
