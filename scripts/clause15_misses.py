"""Why labels of g49-g88 are missed (session 15, clause15): the claim is taken, or there is none.

    python scripts/clause15_misses.py            # tables
    python scripts/clause15_misses.py --list B   # every label with no claim on its words, with its sentence

A missed label (any-kind matching) falls in one of three bins: TAKEN (a claim overlaps it with a
compatible subject, but that claim matched another label: one claim carries several facts), WRONG
(claims overlap it, none with a compatible subject) and NONE (no claim overlaps its words). Tuning
articles g49-g88 only; the validation batch g89-g96 is never read.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_extraction_general import (
    DATA,
    label_spans,
    load_labels,
    match,
    overlaps,
    pairs_compatible,
    predicted_kind,
    subjects_compatible,
)

from verify.article import load_article
from verify.extract import extract_claims

MODALS = frozenset({"will", "would", "could", "may", "might", "must", "should", "can", "shall", "'ll"})
PRONOUNS = frozenset({"he", "she", "it", "they", "his", "her", "its", "their", "him", "them", "who", "which"})


def why_none(text: str) -> str:
    """A rough cause for a label with no claim on its words, read off its own parse: a modal verb (filtered
    as non-factual), no verb at all (a noun-phrase fact), a pronoun or a description for subject, or a
    named subject whose verb or value the walk did not keep."""
    from verify.nlp import load_model

    doc = load_model()(text)
    verbs = [t for t in doc if t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"aux", "auxpass"}]
    if any(t.lower_ in MODALS and t.dep_ == "aux" for t in doc):
        return "modal verb (filtered)"
    if not verbs or all(t.tag_ in {"VBG", "VBN"} and t.dep_ in {"acl", "amod"} for t in verbs):
        return "no verb (noun-phrase fact)"
    subjects = [t for t in doc if t.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects:
        return "verb without subject in the label"
    head = subjects[0]
    if head.lower_ in PRONOUNS or head.pos_ == "PRON":
        return "pronoun subject"
    if head.pos_ == "NOUN":
        return "description subject (the quake, the board)"
    return "named subject, verb or value not kept"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", choices=("TAKEN", "WRONG", "NONE"))
    args = parser.parse_args()
    bins: Counter[str] = Counter()
    kinds: Counter[tuple[str, str]] = Counter()
    taker_kinds: Counter[str] = Counter()
    taker_lengths: list[int] = []
    causes: Counter[str] = Counter()
    pairs: Counter[tuple[str, str, str]] = Counter()  # (taker's kind, kind of the label it matched, missed kind)
    for stem, entry in load_labels().items():
        number = int(re.match(r"g(\d+)", stem).group(1))  # g100 and on have three digits
        if entry["part"] != "tuning" or not 49 <= number <= 88:
            continue
        article = load_article(DATA / f"{stem}.txt")
        claims = extract_claims(article)
        labels = entry["claims"]
        spans = [label_spans(article.text, label["text"]) for label in labels]
        matched = match(
            labels,
            claims,
            lambda i, j: pairs_compatible(labels[i], spans[i], claims[j], "any kind"),  # noqa: B023
            lambda i, j: predicted_kind(claims[j]) == labels[i]["kind"],  # noqa: B023
        )
        taken_by = {j: i for i, j in matched.items()}
        for i, label in enumerate(labels):
            if i in matched:
                continue
            on = [c for c in claims if overlaps(spans[i], tuple(c.span))]
            fit = [c for c in on if subjects_compatible(label["subject"], c)]
            where = "TAKEN" if fit else "WRONG" if on else "NONE"
            bins[where] += 1
            kinds[where, label["kind"]] += 1
            if where == "NONE" and label["kind"] == "clause":
                causes[why_none(label["text"])] += 1
            if where == "TAKEN":
                for c in fit:
                    taker_kinds[predicted_kind(c)] += 1
                    taker_lengths.append(len(c.text.split()))
                first = next(j for j, c in enumerate(claims) if c is fit[0])  # by identity: twins are equal
                pairs[predicted_kind(fit[0]), labels[taken_by[first]]["kind"], label["kind"]] += 1
            if args.list == where:
                print(f"{stem} {label['kind']:8} {label['subject']!r} {label.get('predicate', '')!r} {label['text']!r}")
                for c in on:
                    print(f"      claim {c.kind} {c.subject!r} {c.text!r}")
                if where == "NONE":
                    print(f"      labels' value {label.get('value')!r}")
    print("missed labels by bin:", dict(bins))
    print("by bin and label kind:", {f"{b}/{k}": n for (b, k), n in sorted(kinds.items())})
    print("TAKEN: kinds of the compatible claims that matched another label:", dict(taker_kinds))
    print("TAKEN: (taker kind, label it matched, missed label kind):", dict(pairs.most_common(8)))
    print("NONE clause labels by rough cause:", dict(causes.most_common()))
    if taker_lengths:
        taker_lengths.sort()
        print(
            "TAKEN: words in those claims: median",
            taker_lengths[len(taker_lengths) // 2],
            "mean",
            round(sum(taker_lengths) / len(taker_lengths), 1),
            "over 12:",
            sum(n > 12 for n in taker_lengths),
            "of",
            len(taker_lengths),
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
