"""Clause claims for an article: the parse's checkable clauses that the specialised kinds leave uncovered."""

from __future__ import annotations

from rapidfuzz import fuzz

from verify import aliases
from verify.extract.clause import ClauseFact, find_clauses
from verify.models import Article, Claim
from verify.nlp import parse
from verify.text import split_sentences

__all__ = ["clause_claims"]


def _same_entity(a: str, b: str) -> bool:
    return fuzz.token_set_ratio(aliases.fold(a), aliases.fold(b)) >= 80


def _covered(fact: ClauseFact, claims: list[Claim]) -> bool:
    """A specialised claim about the same entity already stands on these words."""
    start, end = fact.span
    return any(
        c.span[0] < end and start < c.span[1] and _same_entity(fact.subject, c.context or c.subject) for c in claims
    )


def clause_claims(article: Article, existing: list[Claim]) -> list[Claim]:
    """One `clause` claim per checkable clause of the article body not already claimed."""
    from verify.extract import claim_id  # the package imports this module

    text = article.text
    body_start = text.find("\n\n") + 2 if "\n\n" in text else 0
    sentences = split_sentences(text)
    claims: list[Claim] = []
    for fact in find_clauses(parse(text)):
        if fact.span[0] < body_start or _covered(fact, existing + claims):
            continue
        start, end = fact.span
        sentence = next((s.text for s in sentences if s.start <= start < s.end), text[start:end])
        claims.append(
            Claim(
                id=claim_id("clause", fact.subject, fact.predicate, fact.value),
                kind="clause",
                text=text[start:end],
                sentence=sentence,
                span=(start, end),
                subject=fact.subject,
                relation=fact.predicate,
                value=fact.value or None,
                predicate=fact.predicate,
                object=fact.object,
                time=fact.time,
                place=fact.place,
                quantity=fact.quantity,
            )
        )
    return claims
