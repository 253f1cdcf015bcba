"""The labelled verdict set: the seed, eleven one-fact-false variants, four true rewordings."""

import importlib.util
import sys

from tests.conftest import ROOT


def load_script(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_no_false_fact_is_ever_supported_and_contradictions_are_found():
    import asyncio

    scores = asyncio.run(load_script("eval_verdicts").evaluate())
    assert scores.missing == []
    assert scores.wrong == []  # every labelled verdict, not only the headline figures
    assert scores.false_supported == []
    assert scores.contradiction_recall >= 0.9
    assert scores.reworded_kept == scores.reworded_total == 4


def test_every_false_variant_changes_exactly_one_labelled_claim():
    import json

    labels = json.loads((ROOT / "tests/data/verdicts/labels.json").read_text(encoding="utf-8"))
    seed = labels["seed"]["claims"]
    false_variants = [s for s in labels if s.startswith("v")]
    assert len(false_variants) >= 10
    for stem in false_variants:
        changed = {t: v for t, v in labels[stem]["claims"].items() if seed.get(t) != v}
        assert list(changed.values()) == ["contradicted"], stem
