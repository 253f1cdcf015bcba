"""Lengths whose unit was said before: "Stein sentences him to 11 years. Prosecutors had sought 15",
"Hana receives more than eight years and Daibes seven", "Torres was given 24 years; Augusto Heleno, once
head of the security cabinet, 21".

News gives a length's unit once and then bare numbers for the other terms sought, given or carried. A bare
number (a verb's object or a preposition's, modifying no noun: the shape verify.kinds.quantity.ellipsis
reads as a count) stands for a length when the last figure with a unit before it, in its sentence or the
one before, is a length: it is a length of that unit. A number set after a name at the end of a clause
whose verb was left out ("and Daibes seven", "Augusto Heleno, ..., 21") stands for one too, in the sentence
of the length it repeats. The length is about the person the gapped clause names, else the named person
the clause's subject is, else whom the length before it was about ("Prosecutors had sought 15" is about
the defendant's term, not the prosecutors')."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from verify import aliases, lexicons
from verify.extract.common import add_claim
from verify.kinds.base import claim_over
from verify.kinds.quantity.ellipsis import _bare, _words
from verify.models import Claim
from verify.text import Sentence, split_sentences

if TYPE_CHECKING:  # pragma: no cover - typing only
    from collections.abc import Callable

    from spacy.tokens import Token

    from verify.kinds.quantity.owner import OwnerReader

__all__ = ["elliptical_lengths"]

CLAUSE_ENDS = frozenset({";", ".", "and"})  # what follows a gapped clause's number: "..., 21; and ..."
LENGTH_UNITS = frozenset({"years", "months", "weeks", "days"})  # a term's units; hours and minutes are race times


def _gapped_name(number: Token, person: Callable[[Token], bool]) -> Token | None:
    """The named person a number is set after when the clause's verb is left out: "and Daibes seven" (the
    number modifies the name right before it), "Augusto Heleno, once head of the cabinet, 21" (set off by a
    comma after the name's aside). The number must end its clause; an age ("Heleno, 76, said") does not."""
    doc = number.doc
    after = doc[number.i + 1] if number.i + 1 < len(doc) else None
    if after is not None and after.lower_ not in CLAUSE_ENDS:
        return None
    head = number.head
    if number.dep_ == "nummod" and head.i == number.i - 1 and head.pos_ == "PROPN" and person(head):
        return head
    if number.dep_ != "appos" or number.i == 0 or doc[number.i - 1].text != ",":
        return None
    found = None
    for token in reversed(doc[number.sent.start : number.i]):
        if token.text == ";" or (token.lower_ == "and" and doc[token.i - 1].text == ";"):
            break  # the clause before the gapped one names someone else's term
        if token.ent_iob_ == "B" and person(token):
            found = token  # the first name of the clause: its aside names no one else's term
    return found


def _named_person(reader: OwnerReader, token: Token | None) -> str | None:
    """A token's name when it names a person (the recogniser's, or one the article calls so), else None."""
    if token is None or not reader.refs.is_person(token):
        return None
    return reader.subject_name(token)


@functools.cache
def _length_taking() -> frozenset[str]:
    """Verbs a length is the object of (verify/lexicons/counted.toml `length_taking`)."""
    return frozenset(lexicons.load("counted")["length_taking"])


def _sentence_of(sentences: list[Sentence], at: int) -> int:
    return next((i for i, s in enumerate(sentences) if s.start <= at < s.end), -1)


def elliptical_lengths(reader: OwnerReader, claims: list[Claim], body_start: int) -> list[Claim]:
    """Duration claims for bare and gapped numbers that repeat the unit of the length said just before."""
    text = reader.text
    sentences = split_sentences(text)
    taken = [c.span for c in claims if c.kind in {"quantity", "quote", "date", "duration"}]
    figures = sorted((c for c in claims if c.kind in {"quantity", "duration"} and c.unit), key=lambda c: c.span)
    found: list[Claim] = []
    for number in reader.parsed.tokens():
        if number.idx < body_start or number.pos_ != "NUM" or aliases.parse_number(number.text) is None:
            continue
        name = _gapped_name(number, reader.refs.is_person)
        if name is None and not _bare(number, text):
            continue
        start = name.idx if name is not None else _words(number)
        end = number.idx + len(number)
        if any(a < end and start < b for a, b in taken):
            continue
        verb = next((t for t in number.ancestors if t.pos_ in {"VERB", "AUX"}), None)
        if verb is None or verb.lemma_.lower() not in _length_taking() or reader.non_factual(verb, number.sent):
            continue  # "won 39" after a length counts seats; "may seek 15" states no term
        here = _sentence_of(sentences, number.idx)
        before = [c for c in figures if c.span[1] <= number.idx]
        last = before[-1] if before else None
        if last is None or last.unit not in LENGTH_UNITS:
            continue
        if here - _sentence_of(sentences, last.span[0]) > 1:
            continue  # the length it repeats is in its sentence or the one before
        # "and Daibes seven", "Lena Park got six": theirs; "Prosecutors had sought 15": whose the term before is
        subject = reader.subject_name(name) if name is not None else _named_person(reader, reader.clause_subject(verb))
        subject = subject or last.subject
        value = f"{number.text} {last.unit}"
        claim = claim_over(
            text, sentences, "duration", (start, end), subject, last.relation, value,
            number=aliases.parse_number(number.text), unit=last.unit,
        )  # fmt: skip
        add_claim(found, taken, claim)
    return found
