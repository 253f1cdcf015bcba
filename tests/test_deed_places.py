"""A place in a page sentence belongs to the deed whose verb it hangs on (`verify.kinds.clause.judge.
_values_of_other_deeds`, review38 R23): a profile's early-life line gives birthplace, home town and university
together, and each place supports its own deed only. The claims are extracted from an invented article and judged
against Ana Ruiz's invented page with the sentence the row gives."""

from __future__ import annotations

import pytest

from tests.support.judging import page
from tests.test_review26 import SAVED, _judged
from verify.models import Verdict


def _verdicts(body: str, said: str) -> set[Verdict]:
    doc = page("Ana Ruiz", f"Ana Ruiz (born 1 January 1975) is a Norbian politician. {said}", SAVED)
    found = _judged(body, [doc], ("clause",))
    assert found, "no clause claim extracted"
    return set(found.values())


@pytest.mark.parametrize(
    ("body", "said"),
    [
        # the place of the first of two coordinated deeds is not the second's
        pytest.param("Ana Ruiz grew up in Tarsa.", "She was born in Tarsa and grew up in Halden.", id="conjunct"),
        # the parse hangs 'at Halden University' on 'economics', the object of 'studied': still the study's place
        pytest.param(
            "Ana Ruiz worked at Halden University.",
            "She studied economics at Halden University and worked at Korvik Bank.",
            id="on-the-object",
        ),
        # a fronted participle's place is the birth's
        pytest.param("Ana Ruiz grew up in Tarsa.", "Born in Tarsa in 1975, she grew up in Halden.", id="fronted"),
    ],
)
def test_a_place_of_another_deed_does_not_support(body: str, said: str) -> None:
    assert Verdict.SUPPORTED not in _verdicts(body, said)


@pytest.mark.parametrize(
    ("body", "said"),
    [
        pytest.param("Ana Ruiz grew up in Tarsa.", "She was born in Korvik and grew up in Tarsa.", id="second"),
        pytest.param("Ana Ruiz was born in Korvik.", "She was born in Korvik and grew up in Tarsa.", id="first"),
        # a place after both verbs is theirs together
        pytest.param("Ana Ruiz grew up in Tarsa.", "She was born and grew up in Tarsa.", id="shared"),
        # 'where' ties the relative clause's deed to the place it hangs on
        pytest.param("Ana Ruiz grew up in Tarsa.", "She moved to Tarsa, where she grew up.", id="where"),
        pytest.param(
            "Ana Ruiz worked at Korvik Bank.",
            "She studied economics at Halden University and worked at Korvik Bank.",
            id="own-object",
        ),
    ],
)
def test_each_deeds_own_place_is_supported(body: str, said: str) -> None:
    assert _verdicts(body, said) == {Verdict.SUPPORTED}
