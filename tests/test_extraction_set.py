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


def test_the_scorer_tells_offices_of_different_bodies_apart():
    from verify.aliases import similar_roles

    assert similar_roles("NTSB Chair", "Chair of NTSB")
    assert similar_roles("chairman of the committee", "chairman of the Senate Armed Services Committee")
    assert not similar_roles("commander of the 101st Airborne Division", "head of the Army")
