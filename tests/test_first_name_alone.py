"""A person some pages and papers call by the first word of the name alone ("Prabowo" for Prabowo Subianto,
"Paetongtarn" for Paetongtarn Shinawatra): a passage naming them so names them, where a common given name
alone ("John") could be anyone's."""

import datetime as dt

import pytest

from tests.support.checked import results
from verify.link import find_person


@pytest.mark.parametrize(
    ("claimed", "passage", "found"),
    [
        ("Paetongtarn Shinawatra", "Paetongtarn studied at the Faculty of Political Science.", "Paetongtarn"),
        ("Chen Haoran", "Chen took office as mayor in 2021.", "Chen"),
        ("John Smith", "John studied law at Leeds.", None),
        ("Israel Katz", "In November 2024, he became defence minister of Israel.", None),
        ("Paetongtarn Shinawatra", "Thaksin studied at the police academy.", None),
    ],
)
def test_the_first_word_of_a_name_alone_names_the_person_unless_it_is_a_common_given_name(claimed, passage, found):
    best = find_person(claimed, passage)
    assert (best[1] if best else None) == found


def test_a_swearing_in_day_a_page_gives_under_the_first_name_alone_is_supported():
    """The election's page writes "Prabowo and his vice-presidential candidate ... were sworn in on 20 October
    2024": his day is found there."""
    text = (
        "JAKARTA, March 21, 2024 - The election commission confirmed the result. "
        "President-elect Prabowo Subianto will be sworn in on October 20 for a five-year term."
    )
    got = [r for k, r in results(text, dt.date(2024, 3, 21)).items() if r.kind == "date" and "sworn" in k]
    assert [r.verdict.value for r in got] == ["supported"], [r.rationale for r in got]
