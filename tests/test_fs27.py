"""Review27's R6 and R7 as fixed on s27-fs27: rows the desk would meet, extracted from an invented article and judged
against invented pages (`tests/support/judging.py`). review27's own file holds them as strict xfails on its branch;
these are their plain twins."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import judged_body, page
from tests.support.ruiz import RUIZ
from tests.test_review27 import SHADOW, SHADOW_LEAD  # the same invented page as review27's R7 rows
from verify.models import Document, Verdict

AS_OF = dt.date(2024, 1, 10)
SAVED = dt.datetime(2024, 5, 1, tzinfo=dt.UTC)


def _judged(body: str, docs: list[Document], kinds: tuple[str, ...] = ()) -> dict[str, Verdict]:
    """Each claim extraction gives for `body` (of the kinds asked, else all), judged against `docs` alone."""
    return {f"{c.kind}: {c.text}": v for c, v in judged_body(body, docs, AS_OF) if not kinds or c.kind in kinds}


# R6: a spell inside a role claim's words followed by whom the post was held under, or hyphenated in the office's own
# words, is the claim's: Ana Ruiz was finance minister from 1 March 2022 to 14 February 2023, so 2021 to 2023 is
# refuted and 2022 to 2023 supported.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz, who served as finance minister from 2021 to 2023 under Ivo Stam, spoke.", id="under"),
        pytest.param("Ana Ruiz, who served as finance minister in 2021-2023, spoke.", id="hyphen"),
    ],
)
def test_r6_a_wrong_spell_inside_the_claims_words_is_refuted(body: str) -> None:
    found = _judged(body, [RUIZ], ("role",))
    assert set(found.values()) == {Verdict.CONTRADICTED}, found


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz, who served as finance minister from 2022 to 2023 under Ivo Stam, spoke.", id="under"),
        pytest.param("Ana Ruiz, who served as finance minister in 2022-2023, spoke.", id="hyphen"),
    ],
)
def test_r6_twin_the_terms_own_years_are_supported(body: str) -> None:
    found = _judged(body, [RUIZ], ("role",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found




# R7 (the clause part): a shadow minister's spell, in a row or in the lead, is no spell of the minister's post.
@pytest.mark.parametrize(
    "doc", [pytest.param(SHADOW, id="rows"), pytest.param(page("Tom Berg", SHADOW_LEAD), id="lead")]
)
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Tom Berg has been trade minister since 2020.", id="since"),
        pytest.param("Tom Berg was finance minister from 2015 to 2018.", id="from-to"),
    ],
)
def test_r7_a_shadow_ministers_spell_is_not_the_ministers(body: str, doc: Document) -> None:
    found = _judged(body, [doc], ("clause",))
    assert found, "no claim extracted"
    assert Verdict.SUPPORTED not in found.values(), found


def test_r7_twin_the_shadow_spell_is_supported() -> None:
    found = _judged("Tom Berg was shadow finance minister from 2015 to 2018.", [SHADOW], ("clause",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


# review27 B4 (on s27-fs27 1735cfe): a lead giving an origin and no nationality ('a Danish-born diplomat') leaves a
# claimed nationality unchecked: 'Swedish diplomat' is not supported by the post alone, nor refuted by the origin.
def test_b4_a_birthplace_alone_supports_no_nationality() -> None:
    born = page("Eva Holm", "Eva Holm (born 1965) is a Danish-born diplomat.", SAVED)
    found = _judged("Swedish diplomat Eva Holm spoke.", [born], ("role",))
    assert set(found.values()) == {Verdict.UNVERIFIED}, found
