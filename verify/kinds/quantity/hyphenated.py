"""Counts written as a hyphenated modifier of a noun, read off the parse: "a 312-page ruling", "a
three-time winner", "a 40-point lead", "a 5.9-magnitude aftershock", "a four-legged robot".

The number and the word after its hyphen describe the noun they modify: an editor checks the number
as a fact about whoever the parse says that noun belongs to (verify.kinds.quantity.owner: the
clause's subject, a possessor, the name an apposition is set beside). Lengths of time ("a 45-day
bill", "a 20-year-old") are the duration kind's; scores and tallies ("a 5-3 win") have digits on
both sides of the hyphen; "one-" makes adjectives ("one-sided"); quotations, headlines and hedged
clauses hold no claim.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from verify import aliases, lexicons
from verify.extract.common import add_claim
from verify.kinds.base import claim_id, claim_over
from verify.kinds.quantity.owner import OwnerReader
from verify.models import Claim
from verify.text import split_sentences

if TYPE_CHECKING:  # pragma: no cover - typing only
    from spacy.tokens import Token

__all__ = ["hyphenated_counts"]

MODIFYING = frozenset({"compound", "amod", "nmod"})  # "312-page" before "ruling"
NOUNS = frozenset({"NOUN", "PROPN"})
OWN_KINDS = frozenset({"quantity", "quote", "duration", "date"})  # words another claim stands on already


@functools.cache
def _not_counts() -> frozenset[str]:
    """Words after a number's hyphen that make no count of their own: lengths of time and ages (the
    duration kind's), verify/lexicons/numbers.toml `[hyphen] not_counts`."""
    return frozenset(lexicons.load("numbers")["hyphen"]["not_counts"])


def _hyphen_word(number: Token) -> Token | None:
    """The word joined to a number by a hyphen ("page" in "312-page"), when nothing else stands between."""
    doc = number.doc
    if number.i + 2 >= len(doc) or doc[number.i + 1].text != "-" or number.whitespace_:
        return None
    word = doc[number.i + 2]
    if doc[number.i + 1].whitespace_ or not word.is_alpha or len(word) < 2 or word.lower_ in _not_counts():
        return None  # "3-D" is a name, not three of anything
    lemma = word.lemma_.lower()
    return word if lemma not in _not_counts() and lemma not in _parts() else None


@functools.cache
def _parts() -> frozenset[str]:
    """Fraction nouns ("two-thirds", "three-quarters"): a share of a whole, not a count of thirds;
    the ordinals of verify/lexicons/numbers.toml and the fractions of verify/lexicons/counted.toml."""
    return frozenset(lexicons.load("numbers")["ordinals"]) | frozenset(lexicons.load("counted")["fractions"])


def _modified(word: Token) -> Token | None:
    """The noun a hyphenated count describes ("ruling" in "a 312-page ruling"), after the count."""
    noun = word.head
    if word.dep_ in MODIFYING and noun.pos_ in NOUNS and noun.i > word.i:
        return noun
    return None


def _titled(reader: OwnerReader, noun: Token) -> str | None:
    """The named one a described noun stands before as a title ("five-time champion Viswanathan Anand",
    the parser's compound or apposition): the count is theirs, not the clause's."""
    names = [noun.head] if noun.dep_ == "compound" else []
    names += [c for c in noun.children if c.dep_ == "appos" and c.left_edge.i == noun.i + 1]
    for name in names:
        if name.pos_ == "PROPN" and name.i > noun.i and reader._named(name):
            return reader.subject_name(name)
    return None


def hyphenated_counts(reader: OwnerReader, claims: list[Claim], body_start: int) -> list[Claim]:
    """Quantity claims for hyphenated counts that no claim stands on already."""
    text = reader.text
    sentences = split_sentences(text)
    taken = [c.span for c in claims if c.kind in OWN_KINDS]
    found: list[Claim] = []
    for number in reader.parsed.tokens():
        if not number.like_num or number.idx < body_start or number.ent_type_ in {"DATE", "TIME"}:
            continue
        word = _hyphen_word(number)
        noun = _modified(word) if word is not None else None
        value = aliases.parse_number(number.text)
        if noun is None or word is None or value is None or value == 1:
            continue  # "one-sided", "a one-off": a single thing makes an adjective, not a count
        start, end = number.idx, noun.idx + len(noun)
        verb = next((t for t in noun.ancestors if t.pos_ in {"VERB", "AUX"}), None)
        if any(a < end and start < b for a, b in taken) or (verb is not None and reader.non_factual(verb, number.sent)):
            continue
        owner = _titled(reader, noun) or reader.owner_of(start, end)
        unit = word.lower_
        cid = claim_id("quantity", owner or noun.lower_, "count", f"{number.text} {unit}")
        claim = claim_over(
            text, sentences, "quantity", (start, end), owner or noun.lower_, "count", number.text, cid,
            number=value, unit=unit, context=owner,
        )  # fmt: skip
        add_claim(found, taken, claim)
    return found
