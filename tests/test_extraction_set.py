"""The labelled extraction development set (tests/data/extraction): overall precision and recall."""

from tests.test_verdict_set import load_script


def test_extraction_precision_and_recall_on_the_development_set():
    tallies = load_script("eval_extraction").evaluate()
    overall = tallies[("all", "all")]
    assert overall.recall >= 0.9, overall.misses
    assert overall.precision >= 0.85, overall.extras


def test_rules_tuned_on_past_rounds_keep_their_score():
    tuning = load_script("eval_extraction").evaluate()[("tuning", "all")]
    assert tuning.precision >= 0.95 and tuning.recall >= 0.95
