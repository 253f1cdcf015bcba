"""A person's name with a nickname in quotation marks inside it, read as one person's name.

The recogniser breaks 'Sean "Diddy" Combs' at the quotation marks: "Sean" a nationality, 'Diddy" Combs' a
work of art, and every later "Combs" an organisation, so no pronoun or surname found its person. A given
name, a nickname of one to three capitalised words in quotation marks and a surname, written in that order,
are marked one PERSON entity here (after the recogniser runs), named as written: the nickname stays, since
some go by it ('Robert "Kelly" Ortberg' is Kelly Ortberg) and others by the given name ('Sean Combs').
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from verify.nlp.components import add_component

if TYPE_CHECKING:  # pragma: no cover - typing only
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["NICKNAMED", "add_to", "mark_nicknamed"]

COMPONENT = "verify_nicknamed_people"
_WORD = r"[A-Z][a-z][\w'’.-]*"
_NICK = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}"  # one to three capitalised words
NICKNAMED = re.compile(rf"\b(?P<given>{_WORD}(?: {_WORD})?) [\"“](?P<nick>{_NICK})[\"”] (?P<surname>{_WORD})\b")
_NOT_GIVEN = frozenset({"The", "A", "An", "In", "On", "At", "As", "By", "For", "From", "With", "Of", "And", "But"})


def mark_nicknamed(doc: Doc) -> Doc:
    """Each 'Given "Nick" Surname' run one PERSON entity, in place of the pieces the recogniser made of it."""
    from spacy.tokens import Span

    found = []
    for m in NICKNAMED.finditer(doc.text):
        if m["given"].split()[0] in _NOT_GIVEN:
            continue
        span = doc.char_span(m.start(), m.end(), alignment_mode="contract")
        if span is not None and len(span) >= 4:
            found.append(Span(doc, span.start, span.end, label="PERSON"))
    if not found:
        return doc
    taken = {i for s in found for i in range(s.start, s.end)}
    kept = [e for e in doc.ents if not any(i in taken for i in range(e.start, e.end))]
    doc.ents = sorted([*kept, *found], key=lambda e: e.start)
    return doc


def add_to(nlp: Language) -> None:
    """Put the component after the recogniser (once)."""
    add_component(nlp, COMPONENT, mark_nicknamed, "ner", after="ner")
