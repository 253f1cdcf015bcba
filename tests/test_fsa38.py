"""fsa38's rows (session 38): offices and terms read at the wrong time, beside review37's R11, R24 and R2 rows
(tests/test_review37.py). Invented pages: Ana Ruiz's (tests/support/ruiz.py: finance minister 1 March 2022 to 14
February 2023, prime minister since), Ivo Stam's (prime minister 2015-2023) and Lena Vos's."""

from __future__ import annotations

from tests.support.judging import boxed
from tests.support.ruiz import RUIZ
from tests.test_lead37 import VOS_TWICE
from tests.test_review26 import SAVED, _judged
from tests.test_review27 import STAM
from verify.models import Verdict

# Lena Vos's invented page with a second post after her premiership: a seat in parliament from 2015, still held.
VOS_MP = boxed(
    "Lena Vos",
    "Lena Vos (born 1960) is a Norbian politician who served as Prime Minister of Norby from 2005 to 2015 and has "
    "represented Korvik in parliament since 2015.",
    [
        ("office", "Prime Minister of Norby"),
        ("term_start", "1 May 2005"),
        ("term_end", "1 June 2015"),
        ("office2", "Member of Parliament for Korvik"),
        ("term_start2", "1 June 2015"),
    ],
    SAVED,
)


def test_a_post_under_a_head_is_dated_by_the_heads_own_post_not_another() -> None:
    # Vos sat in parliament through Ruiz's finance term, but was no head of government then: 'under' her is no support
    body = "Ana Ruiz, who served as finance minister under Lena Vos, spoke."
    found = _judged(body, [RUIZ, STAM, VOS_MP], ("role",))
    assert found, "no claim extracted"
    assert Verdict.SUPPORTED not in found.values(), found


def test_twin_a_post_under_the_head_then_in_office_is_supported_without_a_row_naming_him() -> None:
    # no finance row names Stam; his page's premiership (2015-2023) holds her term (2022-2023)
    found = _judged("Ana Ruiz, finance minister under Ivo Stam, spoke.", [RUIZ, STAM, VOS_MP], ("role",))
    assert found == {"role: finance minister": Verdict.SUPPORTED}, found


def test_a_post_told_when_without_a_year_is_judged_as_ever_held() -> None:
    # no year in the sentence to date the 'when' clause: her premiership, running, supports it as before
    found = _judged("Ana Ruiz met Ivo Stam when she was prime minister.", [RUIZ, STAM], ("role",))
    assert found == {"role: she was prime minister": Verdict.SUPPORTED}, found


def test_a_post_told_when_is_of_the_years_it_covers() -> None:
    # 2021 lies in her spell as leader of the opposition (2020-2022), not in her finance term (2022-2023)
    held = _judged("Ana Ruiz met Ivo Stam in 2021, when she was leader of the opposition.", [RUIZ, STAM], ("role",))
    assert held == {"role: she was leader of the opposition": Verdict.SUPPORTED}, held
    found = _judged("Ana Ruiz met Ivo Stam in 2021, when she was finance minister.", [RUIZ, STAM], ("role",))
    assert found == {"role: she was finance minister": Verdict.UNVERIFIED}, found


def test_a_later_terms_start_is_supported_by_the_second_spells_row() -> None:
    # Vos: prime minister 1995-1999 and from 1 May 2005; the row of 2005 begins a later spell, so a later term
    found = _judged("Lena Vos was sworn in for a second term as prime minister on 1 May 2005.", [VOS_TWICE], ("date",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found


def test_a_later_term_told_in_another_clause_leaves_the_start_supported() -> None:
    # the second term is the one she cannot seek, not the one begun on 14 February 2023
    body = "Ana Ruiz took office on 14 February 2023, and she could not run for a second consecutive term."
    found = _judged(body, [RUIZ, STAM], ("date",))
    assert set(found.values()) == {Verdict.SUPPORTED}, found
