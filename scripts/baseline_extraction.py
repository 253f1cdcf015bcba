"""A naive clause-per-verb extractor, scored like the tool, to ask what the rule set buys on unseen text.

    python scripts/baseline_extraction.py                  # the baseline alone, tuning part
    python scripts/baseline_extraction.py --with-tool      # the tool's claims and the baseline's together
    python scripts/baseline_extraction.py --fill-gaps      # the tool, plus baseline clauses where it has none

The baseline knows no kind, lexicon or article: every verb clause (main, relative, adverbial,
coordinated, complement) with a nominal subject that is, or points back to, a named entity, and that
holds something checkable (a number, a date, another named entity, an ordinal), is one claim over the
clause's own words; each number or date inside it is one more claim owned by the clause's subject.
A he/she takes the last person named, an it/they or "the <noun>" the last named thing. Clauses with
a modal, an `if`, or in a question are left out. Nothing in it was tuned on any article.

Scored with `eval_extraction_general.evaluate`, so its figures read beside the tool's. The comparison
is the point: on the batches nobody tuned on, how much of the tool's coverage does a hundred lines
give, and what do the two find together (`--with-tool`: recall the tool could reach if each fact were
its own claim about the right subject, at the cost of precision)?
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from eval_extraction_general import evaluate, print_tables

from verify.article import load_article
from verify.extract import extract_claims
from verify.models import Claim
from verify.nlp import parse

NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"})
THINGS = NAMED - {"PERSON", "LOC"}
VALUES = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})
MODALS = frozenset({"could", "may", "might", "would", "should", "will", "can", "must", "'ll"})
CLAUSES = frozenset({"ROOT", "conj", "advcl", "relcl", "ccomp", "acl", "xcomp", "parataxis"})
NESTED = frozenset({"relcl", "advcl", "ccomp", "conj", "parataxis"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def baseline_claims(path: Path) -> list[Claim]:
    """The baseline's claims for one article of the set."""
    doc = parse(load_article(path).text).doc
    claims: list[Claim] = []
    named_so_far: list[tuple[str, str]] = []  # (entity label, words), in reading order

    def last(labels: frozenset[str]) -> str | None:
        return next((words for label, words in reversed(named_so_far) if label in labels), None)

    def add(kind: str, words: str, sentence: str, span: tuple[int, int], subject: str, relation: str) -> None:
        claims.append(
            Claim(
                id=f"b{len(claims)}",
                kind=kind,
                text=words,
                sentence=sentence,
                span=span,
                subject=subject,
                relation=relation,
            )
        )

    for sent in doc.sents:
        if not sent.text.rstrip().endswith("?"):
            for verb in sent:
                if verb.dep_ not in CLAUSES or verb.pos_ not in {"VERB", "AUX"}:
                    continue
                if any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children):
                    continue
                if any(c.dep_ == "mark" and c.lower_ == "if" for c in verb.children):
                    continue
                subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
                if verb.dep_ == "relcl" and (subject is None or subject.tag_ in {"WDT", "WP"}):
                    subject = verb.head
                if subject is None and verb.dep_ in {"conj", "xcomp", "acl"}:
                    head = verb.head
                    subject = next((c for c in head.children if c.dep_ in SUBJECTS), None)
                    subject = subject or (head if verb.dep_ == "acl" else None)
                if subject is None:
                    continue
                words = list(subject.subtree)
                first, end = words[0].i, words[-1].i + 1
                names = [e for e in sent.ents if e.label_ in NAMED and first <= e.start and e.end <= end]
                if names:
                    name = names[0].text
                elif subject.lower_ in {"he", "she", "him", "her"}:
                    name = last(frozenset({"PERSON"}))
                elif subject.lower_ in {"it", "they"} or any(t.lower_ in {"the", "this"} for t in subject.children):
                    name = last(THINGS)
                else:
                    name = None
                if not name:
                    continue
                own = [verb, *words]
                stack = [c for c in verb.children if c.dep_ not in NESTED]
                while stack:
                    token = stack.pop()
                    own.append(token)
                    stack.extend(c for c in token.children if c.dep_ not in NESTED)
                low, high = min(t.i for t in own), max(t.i for t in own) + 1
                clause = doc[low:high]
                checkable = any(
                    t.ent_type_ in VALUES or t.like_num or (t.ent_type_ in NAMED and not first <= t.i < end)
                    for t in clause
                )
                if not checkable:
                    continue
                add("clause", clause.text, sent.text, (clause.start_char, clause.end_char), name, verb.lemma_)
                for entity in sent.ents:
                    if entity.label_ in VALUES - {"ORDINAL"} and low <= entity.start and entity.end <= high:
                        kind = "date" if entity.label_ in {"DATE", "TIME"} else "quantity"
                        span = (entity.start_char, entity.end_char)
                        add(kind, entity.text, sent.text, span, name, kind)
        named_so_far.extend((e.label_, e.text) for e in sent.ents if e.label_ in NAMED)
    return claims


def tool_and_baseline(path: Path) -> list[Claim]:
    return extract_claims(load_article(path)) + baseline_claims(path)


def tool_with_gaps_filled(path: Path) -> list[Claim]:
    """The tool's claims, and the baseline's clauses on words where the tool put no claim at all."""
    tool = extract_claims(load_article(path))
    taken = [c.span for c in tool]
    gaps = [
        c
        for c in baseline_claims(path)
        if c.kind == "clause" and not any(s < c.span[1] and c.span[0] < e for s, e in taken)
    ]
    return tool + gaps


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--with-tool", action="store_true", help="score the tool's claims and the baseline's together")
    which.add_argument("--fill-gaps", action="store_true", help="the tool, plus baseline clauses where it has none")
    args = parser.parse_args(argv)
    extract = tool_and_baseline if args.with_tool else tool_with_gaps_filled if args.fill_gaps else baseline_claims
    print_tables(evaluate(extract=extract, part="tuning"), details=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
