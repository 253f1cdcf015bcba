"""The issue-15 targets on the general verdict set's held-out part (tests/data/verdicts_general):
zero false "supported", contradiction recall >= 0.9, false "contradicted" <= 2 %, truthful rewordings
>= 0.9 supported. Figures over the claims the extractor finds (missing claims are a finding about
extraction, reported by `python scripts/eval_verdicts.py --set general --part held-out`). Nothing
was tuned on the held-out part; a target not met yet is a strict xfail carrying its measured figure,
so it turns red the day it is met and its mark must go."""

import asyncio
import importlib.util
import sys

import pytest

from tests.conftest import ROOT


def _eval_module():
    spec = importlib.util.spec_from_file_location("eval_verdicts", ROOT / "scripts" / "eval_verdicts.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_verdicts"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def held_out():
    module = _eval_module()
    return asyncio.run(module.evaluate(module.SETS["general"], "held-out"))


@pytest.mark.xfail(
    strict=True,
    reason="measured 4 false supported of 7,671 extracted claims (session 32, 2 of them in the Namibian pair written as"
    " held-out in it; 2 of 7,072 in sessions 30-31 with the US House pair; 1 of 6,351 in sessions 21-29; 16 at the"
    " 21st's start, 15 of them one claim of the Senegal pair, gone once every stated value must be supported)",
)
def test_no_false_fact_is_supported_on_the_held_out_part(held_out):
    assert held_out.false_supported == []


@pytest.mark.xfail(strict=True, reason="measured recall 0.521 (124/238 extracted, 124/275 all; session 32)")
def test_contradictions_are_found_on_the_held_out_part(held_out):
    assert held_out.contradiction_recall >= 0.9


def test_true_claims_are_rarely_contradicted_on_the_held_out_part(held_out):
    # met since the fourteenth session: 0.011 in the 32nd (83/7,433, 13/577 of them the Namibian pair), 0.010 in the
    # 30th-31st (70/6,856, 30/699 of them the US House pair), 0.006 in
    # the 28th-29th (40/6,157), 0.007 in the 25th-27th (40/6,142), 0.006 in the 23rd-24th, 0.005 in the 21st
    assert held_out.false_contradicted_rate <= 0.02


@pytest.mark.xfail(strict=True, reason="measured 30/44 extracted (30/48 over all labels; session 32)")
def test_truthful_rewordings_stay_supported_on_the_held_out_part(held_out):
    assert held_out.reworded_kept >= 0.9 * held_out.reworded_total
