"""A wider clause whose day is refuted on its own row ('took office on 14 February 2022') is judged on its other
values: the support its refuted day set aside comes back ('..., succeeding Ivo Stam' beside it, the predecessor the
page names). The tuning set's 'he took office on 22 September 2023, succeeding Prayut Chan-o-cha' (th-2024-08-15),
'..., succeeding Masaaki Shirakawa' (boj-2023-04-07) and '..., succeeding Uday Umesh Lalit' (cji-2024-10-28) were
CONTRADICTED on the true predecessor's words, the wrong day flagged on its own row beside them."""

from __future__ import annotations

from tests.test_review38 import RUIZ_13TH, STAM, _judged_whole
from verify.models import Verdict


def test_the_true_predecessor_beside_a_refuted_day_is_supported() -> None:
    body = "Ana Ruiz took office on 14 February 2022, succeeding Ivo Stam."
    assert _judged_whole(body, [RUIZ_13TH, STAM], "clause", "succeeding") == [Verdict.SUPPORTED]


def test_twin_the_wrong_predecessor_beside_a_refuted_day_stays_refuted() -> None:
    body = "Ana Ruiz took office on 14 February 2022, succeeding Lena Vos."
    assert _judged_whole(body, [RUIZ_13TH, STAM], "clause", "succeeding") == [Verdict.CONTRADICTED]


def test_twin_the_refuted_day_stays_refuted_on_its_own_row() -> None:
    body = "Ana Ruiz took office on 14 February 2022, succeeding Ivo Stam."
    assert _judged_whole(body, [RUIZ_13TH, STAM], "date", "took office") == [Verdict.CONTRADICTED]
