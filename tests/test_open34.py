"""open34 (session 34): review33's open items on the extraction and quantity side, the twins their mends need. Each
row is an invented sentence judged against invented pages (`tests/support/judging.py`) with the fields extraction
gives its words; the open items' own rows are in tests/test_review33.py."""

from __future__ import annotations

import pytest

from tests.test_review26 import _judged
from tests.test_review32 import PEOPLE
from verify.models import Verdict


# review33 R5: an age set after a clause that ends on its date is the age on that date ('became prime minister in
# 2015, aged 65': 64 or 65 in 2015 for a man born 3 March 1950), so a wrong age then is still refuted, by that year's.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ivo Stam became prime minister in 2015, aged 60.", id="in-a-year"),
        pytest.param("Ivo Stam was arrested on 3 June 2019, aged 73.", id="on-a-day"),
    ],
)
def test_a_wrong_age_set_after_a_dated_clause_is_refuted_by_the_age_then(body: str) -> None:
    found = _judged(body, PEOPLE, ("clause",))
    assert Verdict.CONTRADICTED in found.values(), found
