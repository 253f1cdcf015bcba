"""fixf48 (session 48): review48b B1 and B2 mended, with their twins. B1: a rank told by a participle's clause
('..., becoming the first woman to hold the post') ranks the holders of the post the clause it hangs on names.
Judged through the article's whole judging, as tests/test_review48b.py does."""

from __future__ import annotations

import pytest

from tests.test_review48 import _lund, _moen, _verdicts
from verify.models import Verdict

_SPEAKER = "Eva Lund is the first woman to hold the post of speaker of the parliament."
_MINISTER = "Eva Lund is the first woman to hold the post of foreign minister."


@pytest.mark.parametrize(
    ("told", "body", "verdict"),
    [
        pytest.param(
            "In 2021 she was elected speaker of the parliament, becoming the first woman to hold the post.",
            _SPEAKER,
            Verdict.SUPPORTED,
            id="participle-hangs-on-the-post",
        ),
        pytest.param(
            "In 2021 she was elected speaker of the parliament, thereby becoming the first woman to hold the post.",
            _SPEAKER,
            Verdict.SUPPORTED,
            id="adverb-before-the-participle",
        ),
        pytest.param(
            "In 2021 she was elected speaker of the parliament, becoming the first woman to hold the post.",
            _MINISTER,
            Verdict.UNVERIFIED,
            id="another-post-in-the-main-clause",
        ),
        pytest.param(
            "In 2019 she was elected speaker of the parliament, becoming foreign minister, the first woman to hold "
            "the post.",
            _MINISTER,
            Verdict.SUPPORTED,
            id="the-participle-names-its-own-post",
        ),
        pytest.param(
            "In 2019 she was elected speaker of the parliament, becoming foreign minister, the first woman to hold "
            "the post.",
            _SPEAKER,
            Verdict.UNVERIFIED,
            id="the-participles-post-not-the-main-clauses",
        ),
    ],
)
def test_a_rank_told_by_a_participle(told: str, body: str, verdict: Verdict) -> None:
    assert _verdicts(body, [_lund(told)], "clause", "woman") == [verdict]


# B2: an adverb or a time between a verb of serving and 'with' ('has served together with Mayor Jon Dahl as deputy
# mayor') keeps the post after 'as' the subject's; a noun between ('has been mayor since 2017 with Eva Lund as deputy
# mayor') gives it to the name after 'with', as before.
@pytest.mark.parametrize(
    ("told", "verdict"),
    [
        pytest.param(
            "He has served since March 2017 jointly with Mayor Jon Dahl as deputy mayor of Halden.",
            Verdict.SUPPORTED,
            id="month-year-and-adverb-between",
        ),
        pytest.param(
            "Since 2019 he has been together with Mayor Jon Dahl as deputy mayor of Halden.",
            Verdict.SUPPORTED,
            id="been-together-with",
        ),
        pytest.param(
            "He has been mayor since 2017 with Eva Lund as deputy mayor of Halden.",
            Verdict.UNVERIFIED,
            id="a-post-between-gives-it-to-the-other",
        ),
        pytest.param(
            "He has served in office since 2017 with Eva Lund as deputy mayor of Halden.",
            Verdict.UNVERIFIED,
            id="a-noun-between-gives-it-to-the-other",
        ),
    ],
)
def test_serving_beside_with_words_between(told: str, verdict: Verdict) -> None:
    assert _verdicts("Deputy Mayor Karl Moen spoke.", [_moen(told)], "role") == [verdict]
