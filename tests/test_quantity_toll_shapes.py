"""Counts of a disaster's dead and hurt in the shapes wire copy gives them without a counted noun after the
number: "killed at least nine people and injured more than 1,000", "bringing the number of people known to
have died ... to more than 150", "The number of dead rose to 212" (verify/kinds/quantity/extract.py
CASUALTIES, NUMBER_OF). One row per shape, invented sentences."""

import pytest

from verify.app import article_from_text
from verify.extract import extract_claims
from verify.models import Claim


def counts(body: str) -> list[Claim]:
    return [c for c in extract_claims(article_from_text(f"Story\n\n{body}\n")) if c.kind == "quantity"]


# (shape, sentence, the count's number and what it counts)
TOLLS = {
    "a finite verb of harm with a bare number after a count": (
        "A strong earthquake struck Varnia on Wednesday. It killed at least nine people and injured more than 1,000.",
        (1000.0, "people"),  # what the count before it counted
    ),
    "bringing the number of X ... to N": (
        "Landslides struck the Varnby hills on Tuesday. Rescue teams pulled more bodies from the mud on Wednesday, "
        "bringing the number of people known to have died in the landslides to more than 150.",
        (150.0, "people"),
    ),
    "the number of X rose to N": ("The number of dead rose to 212 on Thursday.", (212.0, "dead")),
    "the number of X reached N": ("The number of confirmed cases reached 1,200, the ministry said.", (1200.0, "cases")),
}


@pytest.mark.parametrize(("sentence", "expected"), TOLLS.values(), ids=TOLLS.keys())
def test_a_toll_without_a_noun_after_its_number_is_a_count(sentence: str, expected: tuple[float, str]) -> None:
    number, noun = expected
    assert any(c.number == number and (c.unit or "").split()[-1] == noun for c in counts(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The number of people killed in 12 countries is unknown.",  # a number of another noun: no toll
        "The number of visitors to Varnby rose in 2019.",  # a year
        "The number of dead was sent to 12 hospitals in the region.",  # the number counts the hospitals
    ],
)
def test_a_number_after_the_number_of_that_counts_something_else_is_no_toll(sentence: str) -> None:
    assert not [c for c in counts(sentence) if c.unit in {"people", "visitors", "dead"}]
