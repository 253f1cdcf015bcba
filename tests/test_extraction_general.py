"""The general extraction set (tests/data/extraction_general): its integrity and how its scorer matches.

These tests check the set and the scorer, never the tool's scores: the figures are measured with
`python scripts/eval_extraction_general.py` and written in the set's README.
"""

import json
from collections import Counter
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.test_verdict_set import load_script
from verify.article import load_article
from verify.models import Claim

DATA = ROOT / "tests" / "data" / "extraction_general"
AREAS = {
    "government and elections",
    "courts",
    "business",
    "science and health",
    "sport",
    "international organisations",
    "disasters",
    "culture",
}
STYLES = {"wire", "feature", "profile", "explainer", "timeline", "press-release"}
KINDS = {"role", "quantity", "duration", "date", "quote", "clause"}
LABELS = json.loads((DATA / "expected.json").read_text(encoding="utf-8"))


def article_text(stem: str) -> str:
    return (DATA / f"{stem}.txt").read_text(encoding="utf-8")


def test_every_article_has_labels_and_every_label_file_has_an_article():
    stems = {path.stem for path in DATA.glob("*.txt")}
    assert stems == set(LABELS)
    assert len(stems) == 392


@pytest.mark.parametrize("stem", sorted(LABELS))
def test_every_label_text_stands_in_its_article(stem):
    text = article_text(stem)
    missing = [claim["text"] for claim in LABELS[stem]["claims"] if claim["text"] not in text]
    assert missing == []


@pytest.mark.parametrize("stem", sorted(LABELS))
def test_article_shape_and_label_fields(stem):
    text = article_text(stem)
    title, blank, *_ = text.split("\n")
    assert title.strip() and blank == ""
    assert 250 <= len(text.split()) <= 500
    entry = LABELS[stem]
    assert stem.startswith("g") and f"-{entry['style']}-" in stem
    for claim in entry["claims"]:
        assert claim["kind"] in KINDS
        assert claim["subject"] and claim["value"] and claim["text"]
        if claim["kind"] == "clause":
            assert claim.get("predicate"), claim


def test_twelve_articles_per_subject_area_and_every_style_at_least_three_times():
    areas = Counter(entry["subject_area"] for entry in LABELS.values())
    styles = Counter(entry["style"] for entry in LABELS.values())
    assert areas == dict.fromkeys(AREAS, 49)
    assert set(styles) == STYLES and min(styles.values()) >= 3


def test_held_out_part_has_two_articles_per_area_in_mixed_styles():
    held_out = [entry for entry in LABELS.values() if entry["part"] == "held-out"]
    assert {entry["part"] for entry in LABELS.values()} == {"tuning", "held-out"}
    assert len(held_out) == 16
    assert Counter(entry["subject_area"] for entry in held_out) == dict.fromkeys(AREAS, 2)
    assert len({entry["style"] for entry in held_out}) >= 4


def claim_at(text: str, words: str, subject: str, kind: str = "role", context: str | None = None) -> Claim:
    start = text.index(words)
    return Claim(
        id=f"c{start}",
        kind=kind,
        text=words,
        sentence=words,
        span=(start, start + len(words)),
        subject=subject,
        relation="test",
        context=context,
    )


@pytest.fixture(scope="module")
def scorer():
    return load_script("eval_extraction_general")


def test_a_claim_matches_a_label_by_overlapping_span_and_compatible_subject(scorer):
    text = article_text("g01-wire-uk-election")
    label = {"kind": "role", "subject": "Keir Starmer", "text": "Keir Starmer became Britain's prime minister"}
    spans = scorer.label_spans(text, label["text"])
    inside = claim_at(text, "Keir Starmer became", "Starmer")
    elsewhere = claim_at(text, "Defence Secretary Grant Shapps", "Starmer")
    other_person = claim_at(text, "Keir Starmer became", "Rishi Sunak")
    assert scorer.pairs_compatible(label, spans, inside, "same kind")
    assert not scorer.pairs_compatible(label, spans, elsewhere, "any kind")
    assert not scorer.pairs_compatible(label, spans, other_person, "any kind")


def test_same_kind_matching_reads_relation_claims_as_clauses(scorer):
    text = article_text("g01-wire-uk-election")
    label = {"kind": "clause", "subject": "Rishi Sunak", "text": "Rishi Sunak tendered his resignation"}
    spans = scorer.label_spans(text, label["text"])
    relation = claim_at(text, "Rishi Sunak tendered", "Rishi Sunak", kind="relation")
    role = claim_at(text, "Rishi Sunak tendered", "Rishi Sunak", kind="role")
    assert scorer.pairs_compatible(label, spans, relation, "same kind")
    assert not scorer.pairs_compatible(label, spans, role, "same kind")
    assert scorer.pairs_compatible(label, spans, role, "any kind")


def test_a_count_whose_subject_is_its_noun_matches_through_its_context(scorer):
    text = article_text("g01-wire-uk-election")
    label = {"kind": "quantity", "subject": "Labour Party", "text": "Labour won 411 of the 650 seats"}
    spans = scorer.label_spans(text, label["text"])
    with_context = claim_at(text, "411 of the 650 seats", "seats", kind="quantity", context="Labour")
    without = claim_at(text, "411 of the 650 seats", "seats", kind="quantity")
    assert scorer.pairs_compatible(label, spans, with_context, "same kind")
    assert not scorer.pairs_compatible(label, spans, without, "same kind")
    assert scorer.pairs_compatible(label, spans, without, "span only")


def test_any_kind_matching_prefers_pairs_of_the_same_kind(scorer):
    # both claims fit the label (say, a role and a date claim on the same words); the second has its kind.
    assert scorer.match([{}], ["a", "b"], lambda i, j: True) == {0: 0}
    assert scorer.match([{}], ["a", "b"], lambda i, j: True, lambda i, j: j == 1) == {0: 1}


def test_one_claim_cannot_answer_two_labels(scorer):
    labels = [{"id": 0}, {"id": 1}]
    claims = ["only claim"]
    matched = scorer.match(labels, claims, lambda i, j: True)
    assert len(matched) == 1


def test_matching_finds_the_assignment_that_serves_most_labels(scorer):
    # label 0 fits claims 0 and 1, label 1 fits only claim 0: both are matched only if 0 takes 1.
    fits = {(0, 0), (0, 1), (1, 0)}
    matched = scorer.match([{}, {}], ["a", "b"], lambda i, j: (i, j) in fits)
    assert matched == {0: 1, 1: 0}


def perfect_extractor(path: Path) -> list[Claim]:
    """Claims exactly where the labels are, with their kinds: what an ideal extractor would give."""
    text = load_article(path).text
    kinds = {"clause": "relation"}
    return [
        claim_at(text, label["text"], label["subject"], kinds.get(label["kind"], label["kind"]))
        for label in LABELS[path.stem]["claims"]
    ]


def test_the_scorer_gives_full_marks_to_claims_exactly_at_the_labels(scorer):
    scores = scorer.evaluate(extract=perfect_extractor)
    for mode in scorer.MODES:
        overall = scores.tallies[mode][("all", "all")]
        assert overall.labels == sum(len(entry["claims"]) for entry in LABELS.values())
        assert overall.recall == overall.precision == 1.0
        assert set(scorer.KIND_OF_PREDICTION.values()) <= {k for d, k in scores.tallies[mode] if d == "kind"}


def test_the_scorer_counts_what_a_silent_extractor_misses_and_a_noisy_one_invents(scorer):
    silent = scorer.evaluate(extract=lambda path: [])
    assert silent.tallies["any kind"][("all", "all")].recall == 0.0
    assert silent.tallies["any kind"][("area", "culture")].labels > 0

    def title_only(path: Path) -> list[Claim]:
        text = load_article(path).text
        return [claim_at(text, text.split("\n")[0], "Nobody In Particular")]

    noisy = scorer.evaluate(extract=title_only)
    overall = noisy.tallies["same kind"][("all", "all")]
    assert overall.predictions == len(LABELS) and overall.predictions_matched == 0
    assert overall.precision == 0.0


# (cause, label subject, label words, the sentence the claim stands in)
SUBJECT_CAUSES = [
    ("pronoun", "Ada Brandt", "she chaired the board", "In 2015 she chaired the board of the museum."),
    ("possessive", "Ada Brandt", "her first award", "The prize was her first award."),
    ("definite description", "Harbour Court", "the court fined the firm", "On Monday the court fined the firm."),
    ("alias/short form", "Green Party", "the Greens won 12 seats", "In the vote the Greens won 12 seats."),
    ("passive agent", "Ada Brandt", "the plan was drawn up", "The plan was drawn up by Ada Brandt in May."),
    ("named, other entity chosen", "Ada Brandt", "Ada Brandt won", "Ada Brandt won while Ole Sand lost."),
]


@pytest.mark.parametrize(("cause", "subject", "words", "sentence"), SUBJECT_CAUSES, ids=[r[0] for r in SUBJECT_CAUSES])
def test_a_wrong_subject_is_put_down_to_how_the_sentence_refers_to_the_label_s_entity(
    scorer, cause, subject, words, sentence
):
    label = {"kind": "clause", "subject": subject, "text": words}
    claim = Claim(id="c", kind="relation", text=words, sentence=sentence, span=(0, len(words)), subject="Someone Else",
                  relation="test")  # fmt: skip
    assert scorer.subject_cause(label, claim) == cause


def test_subjects_diagnostic_reads_the_tuning_part_only(scorer):
    with pytest.raises(SystemExit):
        scorer.main(["--subjects"])


def test_a_blind_batch_counts_in_the_figures_but_lists_nothing_of_its_articles(scorer):
    scores = scorer.evaluate(extract=lambda path: [], part="tuning", blind=["g49-g56"])
    blind = scores.tallies["any kind"][("batch", "tuning g49-g56")]
    assert blind.labels > 0 and blind.labels_found == 0
    listed = {line.split(":")[0] for line in scores.misses["any kind"]}
    assert listed and not any(scorer.batch_of(stem) == "g49-g56" for stem in listed)


@pytest.mark.parametrize(
    ("stem", "batch"),
    [
        ("g07-x", "g01-g24"),
        ("g33-x", "g25-g40"),
        ("g96-x", "g89-g96"),
        ("g97-x", "g97-g104"),
        ("g104-x", "g97-g104"),
        ("g112-x", "g105-g112"),
        ("g113-x", "g113-g120"),
        ("g120-x", "g113-g120"),
        ("g121-x", "g121-g128"),
        ("g128-x", "g121-g128"),
        ("g129-x", "g129-g136"),
        ("g136-x", "g129-g136"),
        ("g137-x", "g137-g144"),
        ("g144-x", "g137-g144"),
        ("g145-x", "g145-g152"),
        ("g152-x", "g145-g152"),
        ("g153-x", "g153-g160"),
        ("g160-x", "g153-g160"),
        ("g161-x", "g161-g168"),
        ("g168-x", "g161-g168"),
        ("g169-x", "g169-g176"),
        ("g176-x", "g169-g176"),
        ("g177-x", "g177-g184"),
        ("g184-x", "g177-g184"),
        ("g185-x", "g185-g192"),
        ("g192-x", "g185-g192"),
        ("g193-x", "g193-g200"),
        ("g200-x", "g193-g200"),
        ("g201-x", "g201-g208"),
        ("g208-x", "g201-g208"),
        ("g209-x", "g209-g216"),
        ("g216-x", "g209-g216"),
        ("g217-x", "g217-g224"),
        ("g224-x", "g217-g224"),
        ("g225-x", "g225-g232"),
        ("g232-x", "g225-g232"),
        ("g233-x", "g233-g240"),
        ("g240-x", "g233-g240"),
        ("g241-x", "g241-g248"),
        ("g248-x", "g241-g248"),
        ("g249-x", "g249-g256"),
        ("g256-x", "g249-g256"),
        ("g257-x", "g257-g264"),
        ("g264-x", "g257-g264"),
        ("g265-x", "g265-g272"),
        ("g272-x", "g265-g272"),
        ("g273-x", "g273-g280"),
        ("g281-x", "g281-g288"),
        ("g289-x", "g289-g296"),
        ("g297-x", "g297-g304"),
        ("g305-x", "g305-g312"),
        ("g313-x", "g313-g320"),
        ("g321-x", "g321-g328"),
        ("g329-x", "g329-g336"),
        ("g337-x", "g337-g344"),
        ("g345-x", "g345-g352"),
        ("g353-x", "g353-g360"),
        ("g361-x", "g361-g368"),
        ("g369-x", "g369-g376"),
        ("g377-x", "g377-g384"),
        ("g385-x", "g385-g392"),
        ("g280-x", "g273-g280"),
        ("g288-x", "g281-g288"),
        ("g296-x", "g289-g296"),
        ("g304-x", "g297-g304"),
        ("g312-x", "g305-g312"),
        ("g320-x", "g313-g320"),
        ("g328-x", "g321-g328"),
        ("g336-x", "g329-g336"),
        ("g344-x", "g337-g344"),
        ("g352-x", "g345-g352"),
        ("g360-x", "g353-g360"),
        ("g368-x", "g361-g368"),
        ("g376-x", "g369-g376"),
        ("g384-x", "g377-g384"),
        ("g392-x", "g385-g392"),
    ],
)
def test_an_article_falls_in_the_batch_of_its_writing_round_also_past_g99(scorer, stem, batch):
    assert scorer.batch_of(stem) == batch
