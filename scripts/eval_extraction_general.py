"""Extraction precision and recall on the general set (tests/data/extraction_general).

    python scripts/eval_extraction_general.py            # tables: overall, per part, area, kind, style
    python scripts/eval_extraction_general.py --details  # also every missed label and every unmatched claim
    python scripts/eval_extraction_general.py --json     # the same figures as JSON
    python scripts/eval_extraction_general.py --part tuning --details  # what a tuning round may read
    python scripts/eval_extraction_general.py --part tuning --subjects # right words, wrong subject: by cause

The set measures how extraction generalises to real news: 40 articles from eight subject areas and
six styles, labelled before the tool was ever run on them (see the set's README). A predicted claim
matches a label when their character spans overlap (the label's span is where its `text` stands in
the article) and their subjects are compatible (fuzzy name match against the claim's `subject` or
its `context`, the entity the claim is about). Two matchings are scored: "any kind" ignores the
claim kind (preferring pairs of the same kind); "same kind" also requires it, counting the tool's
`relation` and `other` claims as the labels' `clause`. A third, "span only", is a diagnostic: it
ignores subjects too, and shows how many facts the tool put a claim on at all. Each label and each
predicted claim is used at most once. Recall per kind is by the label's kind, precision per kind by
the predicted claim's kind.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from verify.article import load_article
from verify.extract import extract_claims
from verify.models import Claim

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "extraction_general"
MODES = ("any kind", "same kind", "span only")
# The tool has no `clause` kind: its open-ended kinds stand for it.
KIND_OF_PREDICTION = {"relation": "clause", "other": "clause"}
SUBJECT_THRESHOLD = 80


def fold(text: str) -> str:
    """Lower case, no accents, no punctuation, single spaces: the form names are compared in."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def names_compatible(expected: str, predicted: str) -> bool:
    """Same entity named more or less fully: 'Keir Starmer' ~ 'Starmer', 'Labour Party' ~ 'Labour'."""
    a, b = fold(expected), fold(predicted)
    if not a or not b:
        return False
    return fuzz.token_set_ratio(a, b) >= SUBJECT_THRESHOLD


def subjects_compatible(expected: str, claim: Claim) -> bool:
    """The label's entity is the claim's subject or its context (a count's subject may be its noun)."""
    return any(names_compatible(expected, name) for name in (claim.subject, claim.context) if name)


def predicted_kind(claim: Claim) -> str:
    return KIND_OF_PREDICTION.get(claim.kind, claim.kind)


def label_spans(text: str, needle: str) -> list[tuple[int, int]]:
    """Every place the label's words stand in the article (usually exactly one)."""
    spans, start = [], text.find(needle)
    while start >= 0:
        spans.append((start, start + len(needle)))
        start = text.find(needle, start + 1)
    return spans


def overlaps(spans: Iterable[tuple[int, int]], span: tuple[int, int]) -> bool:
    return any(start < span[1] and span[0] < end for start, end in spans)


def pairs_compatible(label: dict, spans: list[tuple[int, int]], claim: Claim, mode: str) -> bool:
    if not overlaps(spans, tuple(claim.span)):
        return False
    if mode == "same kind" and predicted_kind(claim) != label["kind"]:
        return False
    return mode == "span only" or subjects_compatible(label["subject"], claim)


def match(
    labels: list[dict],
    claims: list[Claim],
    compatible: Callable[[int, int], bool],
    preferred: Callable[[int, int], bool] | None = None,
) -> dict[int, int]:
    """A maximum one-to-one matching of labels to claims (augmenting paths; the sets are small).

    Compatible pairs that are also `preferred` (the same kind) are sought first. The second pass
    only adds labels, since an augmenting path never unmatches one: the matching is maximum and
    every label the first pass matched stays matched.
    """
    every = [[j for j in range(len(claims)) if compatible(i, j)] for i in range(len(labels))]
    passes = [every]
    if preferred:
        passes.insert(0, [[j for j in js if preferred(i, j)] for i, js in enumerate(every)])
    claim_to_label: dict[int, int] = {}

    def augment(i: int, options: list[list[int]], seen: set[int]) -> bool:
        for j in options[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in claim_to_label or augment(claim_to_label[j], options, seen):
                claim_to_label[j] = i
                return True
        return False

    for options in passes:
        for i in range(len(labels)):
            if i not in claim_to_label.values():
                augment(i, options, set())
    return {i: j for j, i in claim_to_label.items()}


@dataclass
class Tally:
    """Recall counts labels, precision counts predicted claims."""

    labels: int = 0
    labels_found: int = 0
    predictions: int = 0
    predictions_matched: int = 0

    @property
    def recall(self) -> float:
        return self.labels_found / self.labels if self.labels else 1.0

    @property
    def precision(self) -> float:
        return self.predictions_matched / self.predictions if self.predictions else 1.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "labels": self.labels,
            "labels_found": self.labels_found,
            "predictions": self.predictions,
            "predictions_matched": self.predictions_matched,
        }


@dataclass
class Scores:
    """Tallies per mode, keyed by (dimension, value): ('all', 'all'), ('part', 'held-out'), ('kind', 'role')..."""

    tallies: dict[str, dict[tuple[str, str], Tally]] = field(
        default_factory=lambda: {mode: defaultdict(Tally) for mode in MODES}
    )
    misses: dict[str, list[str]] = field(default_factory=lambda: {mode: [] for mode in MODES})
    extras: dict[str, list[str]] = field(default_factory=lambda: {mode: [] for mode in MODES})
    wrong_subjects: list[dict[str, str]] = field(default_factory=list)  # span only matched, any kind not

    def as_dict(self) -> dict[str, dict[str, dict[str, dict[str, float | int]]]]:
        result: dict[str, dict[str, dict[str, dict[str, float | int]]]] = {}
        for mode, tallies in self.tallies.items():
            by_dimension: dict[str, dict[str, dict[str, float | int]]] = defaultdict(dict)
            for (dimension, value), tally in sorted(tallies.items()):
                by_dimension[dimension][value] = tally.as_dict()
            result[mode] = dict(by_dimension)
        return result


def batch_of(stem: str) -> str:
    """The writing round an article belongs to: g01-g24 first, g25-g40 written blind a day later, then
    rounds of eight written blind (g41-g48, g49-g56, g57-g64, ...).

    The later rounds are the fresher measure of generality: their tuning articles were scored before any
    change was made for them, and the held-out articles were never seen by anyone who tunes.
    """
    number = int(re.match(r"g(\d+)", stem).group(1))  # g100 and on have three digits
    if number <= 24:
        return "g01-g24"
    if number <= 40:
        return "g25-g40"
    first = 41 + 8 * ((number - 41) // 8)
    return f"g{first:02d}-g{first + 7:02d}"


def load_labels(data: Path = DATA) -> dict[str, dict]:
    return json.loads((data / "expected.json").read_text(encoding="utf-8"))


def evaluate(
    data: Path = DATA,
    extract: Callable[[Path], list[Claim]] | None = None,
    part: str | None = None,
    blind: Iterable[str] = (),
) -> Scores:
    """Run extraction on every article of the set (or of one part) and score it in every matching mode.

    Articles of a `blind` batch are counted in the figures but never listed (no miss, extra or wrong
    subject): a round of tuning can watch whether its rules carry over to text it has not read.
    """
    blind = set(blind)
    extract = extract or (lambda path: extract_claims(load_article(path)))
    scores = Scores()
    for stem, entry in load_labels(data).items():
        if part and entry["part"] != part:
            continue
        path = data / f"{stem}.txt"
        text = load_article(path).text
        claims = extract(path)
        labels = entry["claims"]
        spans = [label_spans(text, label["text"]) for label in labels]
        groups = [
            ("all", "all"),
            ("part", entry["part"]),
            ("batch", f"{entry['part']} {batch_of(stem)}"),
            ("area", entry["subject_area"]),
            ("style", entry["style"]),
        ]
        listed = batch_of(stem) not in blind
        found: dict[str, dict[int, int]] = {}
        for mode in MODES:
            matched = found[mode] = match(
                labels,
                claims,
                lambda i, j: pairs_compatible(labels[i], spans[i], claims[j], mode),  # noqa: B023
                lambda i, j: predicted_kind(claims[j]) == labels[i]["kind"],  # noqa: B023
            )
            tallies = scores.tallies[mode]
            for i, label in enumerate(labels):
                for key in [*groups, ("kind", label["kind"])]:
                    tallies[key].labels += 1
                    tallies[key].labels_found += i in matched
                if listed and i not in matched:
                    scores.misses[mode].append(f"{stem}: {label['kind']} {label['subject']!r} {label['text']!r}")
            matched_claims = set(matched.values())
            for j, claim in enumerate(claims):
                for key in [*groups, ("kind", predicted_kind(claim))]:
                    tallies[key].predictions += 1
                    tallies[key].predictions_matched += j in matched_claims
                if listed and j not in matched_claims:
                    scores.extras[mode].append(f"{stem}: {claim.kind} {claim.subject!r} {claim.text!r}")
        for i, j in sorted(found["span only"].items()):
            if listed and i not in found["any kind"]:
                scores.wrong_subjects.append(wrong_subject(stem, labels[i], claims[j]))
    return scores


_POSSESSIVE = re.compile(r"\b(?:his|her|its|their)\s+\w+", re.IGNORECASE)
_PRONOUN = re.compile(r"\b(?:he|she|they|it|him|them|we|i)\b", re.IGNORECASE)
# a determiner and a common noun, with at most two words between: "the court", "The 62-year-old", "these vaccines"
_DESCRIPTION = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s+(?:[a-z0-9][\w-]*\s+){0,2}?[a-z][\w-]*[a-z]\b"
)
CAUSES = (
    "quote speaker",
    "passive agent",
    "alias/short form",
    "named, other entity chosen",
    "possessive",
    "pronoun",
    "demonym/country",
    "definite description",
    "other",
)


def _nationality_of(subject: str, sentence: str) -> bool:
    """The label's subject is a country the sentence names only by its adjective ("British", "U.S.")."""
    from verify import aliases

    country = fold(subject)
    return any(
        fold(name) == country and re.search(rf"\b{re.escape(form)}\b", sentence, re.IGNORECASE)
        for form, (name, _title) in aliases.COUNTRIES.items()
    )


def _referring(words: str, subject: str, sentence: str) -> str | None:
    """How `words` point at an entity they do not name: a pronoun, a possessive, a description, an adjective."""
    if _PRONOUN.search(words):
        return "pronoun"
    if _POSSESSIVE.search(words):
        return "possessive"
    if _nationality_of(subject, words):
        return "demonym/country"
    if _DESCRIPTION.search(words):
        return "definite description"
    return None


def subject_cause(label: dict, claim: Claim) -> str:
    """Why a claim on the label's words has another subject: how the sentence refers to the label's entity.

    A rough reading of the words, checked in order: a quote; the entity named in full in the sentence
    (after "by": a passive agent; else the claim chose another entity of the sentence); a pronoun,
    possessive, nationality adjective or definite description in the label's words; one word of the
    entity's name only (a short form: "the Conservatives", "Nolan"); the same referring words anywhere
    in the sentence."""
    sentence, subject = claim.sentence, label["subject"]
    if label["kind"] == "quote" or claim.kind == "quote":
        return "quote speaker"
    folded, name = fold(sentence), fold(subject)
    if name and fuzz.partial_ratio(name, folded) >= 90:
        by = re.search(r"\bby\s+(?:the\s+)?(.{0,60})", folded)
        return "passive agent" if by and fuzz.partial_ratio(name, by.group(1)) >= 90 else "named, other entity chosen"
    cause = _referring(label["text"], subject, sentence)
    if cause:
        return cause
    words = [w for w in name.split() if len(w) > 3]
    if any(re.search(rf"\b{re.escape(w[:-1] if len(w) > 6 else w)}", folded) for w in words):
        return "alias/short form"
    return _referring(sentence, subject, sentence) or "other"


def wrong_subject(stem: str, label: dict, claim: Claim) -> dict[str, str]:
    return {
        "article": stem,
        "cause": subject_cause(label, claim),
        "kind": f"{label['kind']}/{claim.kind}",
        "label_subject": label["subject"],
        "claim_subject": claim.subject,
        "claim_context": claim.context or "",
        "label_text": label["text"],
        "sentence": " ".join(claim.sentence.split()),
    }


def print_subjects(scores: Scores) -> None:
    """Every label found by "span only" but not by "any kind", grouped by cause, with the counts first."""
    by_cause: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in scores.wrong_subjects:
        by_cause[row["cause"]].append(row)
    print(f"\n== wrong subject (span only, not any kind): {len(scores.wrong_subjects)}")
    for cause in CAUSES:
        print(f"{cause:<28} {len(by_cause[cause]):>4}")
    for cause in CAUSES:
        for row in by_cause[cause]:
            print(
                f"\n[{cause}] {row['article']} {row['kind']}: label {row['label_subject']!r} "
                f"claim {row['claim_subject']!r} context {row['claim_context']!r}\n"
                f"  label text: {row['label_text']!r}\n  sentence: {row['sentence']}"
            )


def print_tables(scores: Scores, details: bool) -> None:
    order = {"all": 0, "part": 1, "batch": 2, "area": 3, "kind": 4, "style": 5}
    for mode, tallies in scores.tallies.items():
        print(f"\n== matching: {mode}")
        header = f"{'dim':<6} {'value':<28} {'precision':>9} {'recall':>7}"
        print(f"{header} {'labels':>6} {'found':>6} {'pred':>5} {'ok':>5}")
        for (dimension, value), t in sorted(tallies.items(), key=lambda kv: (order[kv[0][0]], kv[0][1])):
            print(
                f"{dimension:<6} {value:<28} {t.precision:>9.3f} {t.recall:>7.3f} "
                f"{t.labels:>6} {t.labels_found:>6} {t.predictions:>5} {t.predictions_matched:>5}"
            )
        if details:
            for line in scores.misses[mode]:
                print(f"MISS   {line}")
            for line in scores.extras[mode]:
                print(f"EXTRA  {line}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--details", action="store_true", help="list every miss and every unmatched claim")
    parser.add_argument(
        "--subjects",
        action="store_true",
        help="list labels on the right words but the wrong subject, by cause (tuning part only)",
    )
    parser.add_argument(
        "--part", choices=("tuning", "held-out"), help="score one part only (tune with --part tuning --details)"
    )
    parser.add_argument(
        "--blind",
        action="append",
        default=[],
        metavar="BATCH",
        help="count a batch (e.g. g49-g56) in the figures but list none of its misses, extras or subjects",
    )
    args = parser.parse_args(argv)
    if args.subjects and args.part != "tuning":
        parser.error("--subjects reads the labels: use it with --part tuning only")
    scores = evaluate(part=args.part, blind=args.blind)
    if args.json:
        payload: dict[str, object] = {"scores": scores.as_dict()}
        if args.details:
            payload["misses"], payload["extras"] = scores.misses, scores.extras
        if args.subjects:
            payload["wrong_subjects"] = scores.wrong_subjects
        print(json.dumps(payload, indent=1, ensure_ascii=False))
    else:
        print_tables(scores, args.details)
        if args.subjects:
            print_subjects(scores)
    return 0


if __name__ == "__main__":
    sys.exit(main())
