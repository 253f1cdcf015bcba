"""A spell written before a role claim's words ('From 2015 to 2021 he was director of ...') is the claim's own, as a
spell after them is: only a page that gives those years supports it. Found on the blind Polish subject (pl-2025,
tuning): the museum directorship 'From 2015 to 2021' was supported by the page's 'from 2017 to 2021'."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import judged_body, page
from verify.models import Verdict

AS_OF = dt.date(2025, 8, 4)
VOS = page(
    "Lena Vos",
    "Lena Vos (born 3 March 1983) is a Norbian historian. She served as the director of the Norby Museum of "
    "History from 2017 to 2021.",
    dt.datetime(2025, 6, 1, tzinfo=dt.UTC),
)


def _roles(body: str) -> set[Verdict]:
    return {v for c, v in judged_body(body, [VOS], AS_OF) if c.kind == "role"}


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("From 2015 to 2021 Lena Vos was director of the Norby Museum of History.", id="from-to"),
        pytest.param("Between 2015 and 2021, Lena Vos was director of the Norby Museum of History.", id="between"),
    ],
)
def test_a_fronted_spell_the_page_does_not_give_is_not_supported(body: str) -> None:
    assert Verdict.SUPPORTED not in _roles(body)


def test_the_fronted_spell_the_page_gives_is_supported() -> None:
    body = "From 2017 to 2021 Lena Vos was director of the Norby Museum of History."
    assert _roles(body) == {Verdict.SUPPORTED}
