"""Counts whose noun was said before: "Labour won 411 seats ... the Liberal Democrats took 72", "one
behind the KMT's 52", "Croatia won the public vote with 337", "the Camp Fire, which killed 85"; and
a number a noun is "of" ("a majority of 174"), which counts that noun; a number of a possessed or
definite plural ("more than 26,000 of its computers"), which counts those things; and a fraction of
them ("nearly half of the deaths were in North Carolina", "about two-thirds were 60 or older"), a share.

News gives the counted noun once and then bare numbers for the others. A bare number (a verb's
object, a preposition's object or a possessed number, modifying no noun) counts what the last count
of its paragraph counted, and is about the entity the owner reader finds for it (its clause's
subject, its possessor, the antecedent of "which"), else the owner of the count in its own clause
("600,000 customers were without power, down from about 4 million"). A bare number with no count
before it in its paragraph, no owner, or in a year's, a score's, an age's or a time's shape is no claim."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from verify import aliases, lexicons
from verify.extract.common import add_claim
from verify.kinds.base import claim_id, claim_over
from verify.kinds.quantity.owner import OwnerReader
from verify.match import YEAR
from verify.models import Claim
from verify.nlp import doc_text, entity_at
from verify.text import split_sentences

if TYPE_CHECKING:  # pragma: no cover - typing only
    from spacy.tokens import Token

__all__ = ["elliptical_counts", "fraction_shares"]

BARE = frozenset({"dobj", "pobj", "attr"})  # a number standing for a noun: "took 72", "with 337"
NOT_COUNTS = frozenset({"TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"})
_YEAR = re.compile(YEAR)
AGE_WORDS = frozenset({"aged", "age"})  # "aged 44", "at the age of 44"
UNCOUNTED_UNITS = frozenset({"percent"})  # "a 20 percent increase ... and 12": no share by ellipsis


def _not_a_count(number: Token) -> bool:
    """A number the recogniser reads as a time, a share, an ordinal or a measure; or as money, when its
    words hold a currency ("$2 million"; "down from about 4 million" it reads as money is a count)."""
    if number.ent_type_ != "MONEY":
        return number.ent_type_ in NOT_COUNTS
    ent = entity_at(number)
    words = ent.text if ent is not None else number.text
    return any(ch in words for ch in aliases.CURRENCY_SYMBOLS) or any(c.pos_ == "NOUN" for c in ent or ())


def _bare(number: Token, text: str) -> bool:
    """A number that stands for a counted noun: no noun of its own, no year, score, age or time shape."""
    if number.pos_ != "NUM" or not number.like_num or _not_a_count(number):
        return False
    if _YEAR.fullmatch(number.text) or any(c.pos_ in {"NOUN", "PROPN"} for c in number.children if c.dep_ != "poss"):
        return False
    around = text[max(0, number.idx - 1) : number.idx + len(number) + 1]
    if "-" in around or "–" in around or ":" in around:
        return False  # "beat England 1-0", "6:04 p.m."
    head = number.head
    if head.lower_ in AGE_WORDS or (number.dep_ == "pobj" and head.lower_ == "at" and head.head.pos_ == "VERB"):
        return False  # "became an MP at 52", "aged 44": an age, not a count of what was counted before
    counted_before = head.i > 0 and any(c.dep_ == "nummod" for c in number.doc[head.i - 1].children)
    if number.dep_ == "pobj" and head.lower_ in {"to", "against"} and counted_before:
        return False  # "by 15 votes to 2": the other side of a tally, no count of its own
    possessed = any(c.dep_ == "poss" for c in number.children)
    return possessed or number.dep_ in BARE


def _number_words(number: Token) -> str:
    """A number's words as written: a scale word with the digits compounded with it ("3 million")."""
    digits = [c for c in number.lefts if c.dep_ == "compound" and c.like_num]
    start = digits[0].idx if digits else number.idx
    return doc_text(number.doc)[start : number.idx + len(number)]


def _partitive(number: Token) -> Token | None:
    """The noun a number counts a part of: "more than 26,000 of its computers", "270 of the 300 people"
    (a possessed or definite plural after "of"; "one of the ..." is an idiom, not a count)."""
    if number.pos_ != "NUM" or number.ent_type_ in NOT_COUNTS or _YEAR.fullmatch(number.text):
        return None
    value = aliases.parse_number(number.text)
    if value is None or value <= 1:
        return None
    for prep in (c for c in number.children if c.dep_ == "prep" and c.lower_ == "of"):
        for noun in prep.children:
            owned = any(c.dep_ == "poss" or c.lower_ in {"the", "these", "those"} for c in noun.children)
            if noun.dep_ == "pobj" and noun.tag_ == "NNS" and owned:
                return noun
    return None


def _possessor(reader: OwnerReader, possessor: Token) -> str | None:
    """A possessor's name; "its" or "their": the named subject before it in its sentence ("United
    Airlines says ... its computers"), else what the walk says it stands for."""
    if possessor.lower_ in {"its", "their"}:
        sentence = possessor.doc[possessor.sent.start : possessor.i]
        subjects = [t for t in sentence if t.dep_ in {"nsubj", "nsubjpass"} and reader._named(t)]
        if subjects:
            return reader.subject_name(subjects[-1])
    reader.recall(possessor)
    return reader.name_of(possessor)


def _words(number: Token) -> int:
    """Where the count's words start: with its possessor ("the KMT's 52"), the noun it is "of" ("a
    majority of 174"), its preposition ("with 337") or the verb just before it ("took 72")."""
    head = number.head
    if any(c.dep_ == "poss" for c in number.children):
        return number.left_edge.idx
    if number.dep_ == "pobj" and head.head.pos_ == "NOUN" and head.head.i < head.i:
        return head.head.left_edge.idx
    if number.dep_ == "pobj":
        return head.idx
    if number.dep_ in {"dobj", "attr"} and head.i == number.i - 1:
        return head.idx
    return number.left_edge.idx


def _of_noun(number: Token) -> str | None:
    """The noun a number is "of": it counts that ("a majority of 174" is a majority, not 174 seats)."""
    head = number.head
    if number.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" and head.head.i < head.i:
        return head.head.lemma_.lower()
    return None


def _same_clause(reader: OwnerReader, count: Claim, verb: Token | None) -> bool:
    """Whether a count stands in the clause of `verb` (a bare number's first verb above it)."""
    span = reader.parsed.span_of(*count.span)
    if span is None or verb is None:
        return False
    return next((t for t in span.root.ancestors if t.pos_ in {"VERB", "AUX"}), None) == verb


def elliptical_counts(reader: OwnerReader, claims: list[Claim], body_start: int) -> list[Claim]:
    """Quantity claims for bare numbers that count what the paragraph's last count counted."""
    text = reader.text
    sentences = split_sentences(text)
    taken = [c.span for c in claims if c.kind in {"quantity", "quote", "date", "duration"}]
    stated = [*claims, *reader.unasserted_counts]  # a denied count still names what a bare number after it counts
    counts = sorted((c for c in stated if c.kind == "quantity" and c.unit), key=lambda c: c.span)
    found: list[Claim] = []
    for number in reader.parsed.tokens():
        part_of = _partitive(number) if number.idx >= body_start else None
        if number.idx < body_start or not (part_of is not None or _bare(number, text)):
            continue
        start, end = _words(number), number.idx + len(number)
        if part_of is not None:  # "more than 26,000 of its computers": the count and what it is of
            total = any(c.like_num for c in part_of.children)  # "270 of the 300 people": the total is a count too
            start, end = number.left_edge.idx, number.idx + len(number) if total else part_of.idx + len(part_of)
        verb = next((t for t in number.ancestors if t.pos_ in {"VERB", "AUX"}), None)
        if any(a < end and start < b for a, b in taken) or (verb is not None and reader.non_factual(verb, number.sent)):
            continue
        paragraph = text.rfind("\n\n", 0, start)
        earlier = [c for c in counts if paragraph < c.span[0] < start and c.unit not in UNCOUNTED_UNITS]
        said = _number_words(number)  # "3 million": the scale word with its digits
        value = aliases.parse_number(said)
        owner = reader.owner_of(number.idx, end) if (earlier or part_of is not None) and value is not None else None
        if not owner and earlier and earlier[-1].context and _same_clause(reader, earlier[-1], verb):
            owner = earlier[-1].context  # "600,000 customers were without power, down from about 4 million": theirs
        if part_of is not None and not owner:  # "United Airlines says 26,000 of its computers": whose they are
            owner = next((_possessor(reader, c) for c in part_of.children if c.dep_ == "poss"), None)
        if not owner or owner not in text[body_start:]:
            continue
        owner = reader.refs.expand(owner)
        unit = part_of.lower_ if part_of is not None else _of_noun(number) or earlier[-1].unit
        cid = claim_id("quantity", unit, "count", f"{owner} {said}")
        claim = claim_over(
            text, sentences, "quantity", (start, end), owner, "count", said, cid,
            number=value, unit=unit, context=owner,
        )  # fmt: skip
        add_claim(found, taken, claim)
    return found


@functools.cache
def _fractions() -> dict[str, float]:
    return {k: float(v) for k, v in lexicons.load("counted")["fractions"].items()}


def _share(fraction: Token) -> float | None:
    """The share a fraction noun states, in percent: "half" 50, "two-thirds" 66.7, "a quarter" 25;
    None for a fraction of no plural and no clause of its own ("the third of July", "third place")."""
    per_one = _fractions().get(fraction.lemma_.lower()) or _fractions().get(fraction.lower_)
    if per_one is None or fraction.pos_ != "NOUN" or fraction.dep_ not in {"nsubj", "nsubjpass", "dobj"}:
        return None
    of_plural = any(
        prep.lower_ == "of" and any(c.dep_ == "pobj" and c.tag_ == "NNS" for c in prep.children)
        for prep in fraction.children
    )
    times = next((c for c in fraction.children if c.dep_ == "nummod"), None)
    counted = times is not None or any(c.lower_ in {"a", "one"} for c in fraction.children) or fraction.lower_ == "half"
    if not (of_plural or (counted and fraction.dep_ != "dobj")):
        return None
    many = aliases.parse_number(times.text) if times is not None else 1.0
    return round(per_one * (many or 1.0), 1)


def _place_of(verb: Token, reader: OwnerReader) -> str | None:
    """The named place a clause puts its subject in ("the deaths were in North Carolina")."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ in {"GPE", "LOC"}):
            return reader.subject_name(pobj)
    return None


def fraction_shares(reader: OwnerReader, claims: list[Claim], body_start: int) -> list[Claim]:
    """Share claims for fractions of a plural: about the place the clause puts them in, else the
    entity the parse finds for them, else the article's topic."""
    text = reader.text
    sentences = split_sentences(text)
    taken = [c.span for c in claims if c.kind in {"quantity", "quote"}]
    found: list[Claim] = []
    for fraction in reader.parsed.tokens():
        share = _share(fraction) if fraction.idx >= body_start else None
        if share is None:
            continue
        start = fraction.left_edge.idx
        of = [t for t in fraction.subtree if t.i > fraction.i]
        end = (of[-1].idx + len(of[-1])) if of else fraction.idx + len(fraction)
        verb = fraction.head
        if any(a < end and start < b for a, b in taken) or reader.non_factual(verb, fraction.sent):
            continue
        owner = _place_of(verb, reader) or reader.owner_of(fraction.idx, fraction.idx + len(fraction))
        owner = owner or reader.refs.topic
        if not owner or owner not in text[body_start:]:
            continue
        claim = claim_over(
            text, sentences, "quantity", (start, end), owner, "share", f"{share:g}%",
            number=share, unit="percent", context=owner,
        )  # fmt: skip
        add_claim(found, taken, claim)
    return found
