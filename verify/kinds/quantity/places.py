"""Counts broken down by place, read off the parse: "put the toll at 229 in the Valencia region,
seven in Castilla-La Mancha and one in Andalusia". A bare number (it modifies no noun) with an
`in` phrase naming a place is a count for that place; what it counts is the clause's object ("the
toll") or, failing that, what the sentence's last count counted."""

from __future__ import annotations

from typing import TYPE_CHECKING

from verify import aliases
from verify.extract.common import add_claim
from verify.kinds.base import claim_id, claim_over
from verify.kinds.quantity.owner import OwnerReader
from verify.models import Claim
from verify.text import split_sentences

if TYPE_CHECKING:  # pragma: no cover - typing only
    from spacy.tokens import Token

__all__ = ["place_counts"]

PLACES = frozenset({"GPE", "LOC", "FAC"})
BARE = frozenset({"pobj", "npadvmod", "conj", "dobj", "appos"})  # a number standing for a noun, not modifying one


def _place(reader: OwnerReader, number: Token) -> tuple[Token, str] | None:
    """The `in` phrase of a bare number and the place it names ("in the Valencia region")."""
    for prep in number.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            named = pobj.ent_type_ in PLACES or (pobj.pos_ == "PROPN" and pobj.ent_type_ not in {"DATE", "TIME"})
            name = reader.subject_name(pobj) if named else None
            if name:  # "in Andalusia"
                return pobj, name
            words = [c for c in pobj.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
            if words:  # "the Valencia region"
                return pobj, reader.text[words[0].idx : pobj.idx + len(pobj)]
    return None


def _counted(number: Token, claims: list[Claim]) -> str | None:
    """What a bare number counts: the object of its clause ("put the toll at 229"), else the unit of
    the last count before it in the sentence."""
    verb = next((t for t in number.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None) if verb is not None else None
    if obj is not None:
        return obj.lemma_.lower()
    sent = number.sent
    earlier = [c for c in claims if c.kind == "quantity" and sent.start_char <= c.span[0] < number.idx and c.unit]
    return earlier[-1].unit if earlier else None


def place_counts(reader: OwnerReader, claims: list[Claim], body_start: int) -> list[Claim]:
    """Quantity claims for bare numbers given for a named place that no claim stands on already."""
    text = reader.text
    sentences = split_sentences(text)
    taken = [c.span for c in claims if c.kind in {"quantity", "quote", "date"}]
    found: list[Claim] = []
    for number in reader.parsed.tokens():
        if number.pos_ != "NUM" or number.dep_ not in BARE or number.idx < body_start:
            continue
        if number.ent_type_ in {"DATE", "TIME", "MONEY", "PERCENT"}:
            continue
        place = _place(reader, number)
        value = aliases.parse_number(number.text)
        if place is None or value is None:
            continue
        pobj, where = place
        start, end = number.idx, pobj.idx + len(pobj)
        verb = next((t for t in number.ancestors if t.pos_ in {"VERB", "AUX"}), None)
        if any(a < end and start < b for a, b in taken) or (verb is not None and reader.non_factual(verb, number.sent)):
            continue
        unit = _counted(number, [*claims, *found]) or "count"
        cid = claim_id("quantity", where, "count", number.text)
        claim = claim_over(
            text, sentences, "quantity", (start, end), unit, "count", number.text, cid,
            number=value, unit=unit, context=where,
        )  # fmt: skip
        add_claim(found, taken, claim)
    return found
