"""Extraction precision and recall on the labelled development set (tests/data/extraction).

    python scripts/eval_extraction.py            # per kind, per part (tuning / held-out), overall
    python scripts/eval_extraction.py --details  # also every miss and every extra claim of the tuning part
    python scripts/eval_extraction.py --details --part held-out  # the held-out part's, once tuning is done

A predicted claim matches an expected one of the same kind when the subject names the same
person (name matching, or the same words) and the value agrees: the same number for quantities
and durations, the same date for dates, similar words for roles, quotes and relations.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from verify import aliases
from verify.article import load_article
from verify.extract import extract_claims
from verify.link import name_score
from verify.match import parse_date
from verify.models import Claim

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "extraction"


def _number(text: str | None) -> float | None:
    return aliases.parse_number((text or "").split()[0]) if text else None


def same_subject(expected: str, claim: Claim) -> bool:
    return (
        name_score(expected, claim.subject) >= 85
        or fuzz.token_set_ratio(aliases.fold(expected), aliases.fold(claim.subject)) >= 80
    )


def matches(expected: dict, claim: Claim) -> bool:
    kind, value = expected["kind"], expected["value"]
    if claim.kind != kind:
        return False
    if kind == "quantity":
        return claim.number is not None and abs(claim.number - float(value)) < 1e-9
    if kind == "duration":
        return claim.number == _number(value) and same_subject(expected["subject"], claim)
    if kind == "date":
        return parse_date(value) == parse_date(claim.value or "")
    if kind == "quote":
        return fuzz.ratio(aliases.fold(value), aliases.fold(claim.value or "")) >= 85
    if not same_subject(expected["subject"], claim):
        return False
    if kind == "role" and aliases.canonical_rank(value) in aliases.RANKS.values():
        return aliases.canonical_rank(claim.value) == aliases.canonical_rank(value)
    return aliases.similar_roles(value, claim.value or "")


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


# This set was labelled before clause claims existed: it marks no clause, so clause claims are
# shown on their own row (how many were made) and left out of the "all" precision. The general set
# (scripts/eval_extraction_general.py) labels clauses and scores them.
UNLABELLED_KINDS = frozenset({"clause"})


def evaluate() -> dict[tuple[str, str], Tally]:
    """Tallies keyed by (part, kind), plus (part, 'all') and ('all', 'all')."""
    labels = json.loads((DATA / "expected.json").read_text(encoding="utf-8"))
    tallies: dict[tuple[str, str], Tally] = defaultdict(Tally)
    for stem, entry in labels.items():
        claims = extract_claims(load_article(DATA / f"{stem}.txt"))
        unmatched = list(claims)
        part = entry["part"]
        for expected in entry["claims"]:
            hit = next((c for c in unmatched if matches(expected, c)), None)
            keys = [(part, expected["kind"]), (part, "all"), ("all", "all")]
            if hit is not None:
                unmatched.remove(hit)
                for k in keys:
                    tallies[k].tp += 1
            else:
                for k in keys:
                    tallies[k].fn += 1
                tallies[(part, "all")].misses.append(f"{stem}: {expected}")
        for claim in unmatched:
            if claim.kind in UNLABELLED_KINDS:  # counted on its own row, never against the set's precision
                tallies[(part, claim.kind)].fp += 1
                continue
            for k in [(part, claim.kind), (part, "all"), ("all", "all")]:
                tallies[k].fp += 1
            tallies[(part, "all")].extras.append(
                f"{stem}: {claim.kind} {claim.subject!r} {claim.value!r} ({claim.text!r})"
            )
    return tallies


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="every miss and extra claim of --part")
    parser.add_argument("--part", choices=("tuning", "held-out"), default="tuning", help="whose details to print")
    args = parser.parse_args()
    tallies = evaluate()
    print(f"{'part':<10} {'kind':<10} {'precision':>9} {'recall':>7} {'tp':>4} {'fp':>4} {'fn':>4}")
    for (part, kind), t in sorted(
        tallies.items(), key=lambda kv: (kv[0][0] == "all", kv[0][0], kv[0][1] == "all", kv[0][1])
    ):
        print(f"{part:<10} {kind:<10} {t.precision:>9.3f} {t.recall:>7.3f} {t.tp:>4} {t.fp:>4} {t.fn:>4}")
    if args.details:
        for (part, kind), t in tallies.items():
            if kind == "all" and part == args.part:
                for line in t.misses:
                    print(f"MISS   [{part}] {line}")
                for line in t.extras:
                    print(f"EXTRA  [{part}] {line}")
    overall = tallies[("all", "all")]
    return 0 if overall.recall >= 0.9 and overall.precision >= 0.85 else 1


if __name__ == "__main__":
    sys.exit(main())
