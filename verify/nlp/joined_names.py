"""A name written with hyphens ("Prayut Chan-o-cha", "Guinea-Bissau", "Rolls-Royce") made one token.

The tokenizer cuts every hyphen between letters, and the parser then reads the pieces of a name as words
of their own: in "succeeded Prayut Chan-o-cha as prime minister" the object stopped at "Chan-o", and in
"Prayut Chan-o-cha was prime minister" the subject became "o". The recogniser still finds the whole name,
or most of it, so after it runs each hyphen-joined run of words of one name entity is merged into one token
(the name stretched over the run where the recogniser stopped inside it): the merged token keeps the
syntactic role of the run's head, and character offsets do not change.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from verify.nlp.components import add_component
from verify.nlp.tokens import PREFIXES

if TYPE_CHECKING:  # pragma: no cover - typing only
    from spacy.language import Language
    from spacy.tokens import Doc, Span

__all__ = ["COMPONENT", "add_to", "join_hyphenated_names"]

COMPONENT = "verify_hyphenated_names"
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "WORK_OF_ART"})
_HYPHENS = frozenset("-‐‑")  # the hyphen and its Unicode forms; a dash (– —) joins no name
_PIECE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")  # letters, maybe hyphen-joined already ("Chan-o")


def _joined_runs(doc: Doc) -> list[tuple[int, int]]:
    """Token bounds of each run 'Word-word(-word…)' written without spaces and starting with a capital:
    the pieces of what may be one hyphenated name. A general prefix ("Pro-", "Anti-", "Ex-") starts none."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        j = i
        while (
            j + 2 < len(doc)
            and _PIECE.fullmatch(doc[j].text)
            and doc[j + 1].text in _HYPHENS
            and _PIECE.fullmatch(doc[j + 2].text)
            and not doc[j].whitespace_
            and not doc[j + 1].whitespace_
        ):
            j += 2
        if j > i and doc[i].text[:1].isupper() and doc[i].lower_ not in PREFIXES:  # not "Pro-Russian"
            runs.append((i, j + 1))
        i = j + 1
    return runs


def _name_over(run: tuple[int, int], doc: Doc, entities: list[Span]) -> Span | None:
    """The name entity `run` belongs to, stretched over the whole run when the recogniser cut it inside:
    only when one name touches the run and no other entity does ("Israel-Hamas", "US-Mexico" are two
    names), and, for a run the name does not already hold, when the cut falls at a hyphen the name kept
    ("Somchai Chan-o-") or every piece is capitalised ("Guinea-Bissau"); "US-led" stays as it was."""
    from spacy.tokens import Span

    start, end = run
    touching = [e for e in entities if e.start < end and start < e.end]
    if len(touching) != 1 or touching[0].label_ not in NAME_LABELS:
        return None
    name = touching[0]
    if name.start <= start and end <= name.end:
        return name
    pieces = [doc[k].text for k in range(start, end, 2)]
    cut_at_hyphen = doc[name.end - 1].text in _HYPHENS or doc[name.start].text in _HYPHENS
    if not (cut_at_hyphen or all(p[:1].isupper() for p in pieces) or _goes_on(run, doc, name)):
        return None
    return Span(doc, min(name.start, start), max(name.end, end), label=name.label_)


_NAME_TAGS = frozenset({"NNP", "NNPS"})
_COMPOUND_HEAD_TAGS = frozenset({"VBN", "VBD", "VBG", "JJ"})  # 'US-led', 'Paris-based', 'UK-born': no name's piece


def _goes_on(run: tuple[int, int], doc: Doc, name: Span) -> bool:
    """Whether the name stops right before the run's first hyphen and the run goes on with its lower-case end
    ('Han Duck' of 'Han Duck-soo', the recogniser stopping before '-soo'): the run is the rest of the name unless
    it modifies a word after it ('Scholz-backed plans', 'Scholz-era rules'), where the name's word ends before
    the hyphen."""
    start, end = run
    if name.end != start + 1 or name.start >= start:
        return False
    if not all(doc[k].text[:1].islower() for k in range(start + 2, end, 2)):
        return False
    last = doc[end - 1]
    return not (last.dep_ in {"compound", "amod", "nmod"} and last.head.i >= end)


def _unrecognised_name(run: tuple[int, int], doc: Doc, entities: list[Span]) -> bool:
    """Whether a run the recogniser left without any entity is still the end of a person's name: right after a
    proper noun of the name ('Prayut Chan-o-cha' where the recogniser found nothing), with a lower-case piece
    ('-o-cha') and none a participle or adjective ('US-led', 'Kremlin-backed', 'Moscow-born' stay as they
    were), and no entity touching it or its given name."""
    start, end = run
    if start == 0 or any(e.start <= end and start - 1 < e.end for e in entities):
        return False
    before = doc[start - 1]
    if before.tag_ not in _NAME_TAGS or not before.text[:1].isupper() or not before.whitespace_:
        return False
    pieces = [doc[k] for k in range(start, end, 2)]
    return any(p.text[:1].islower() for p in pieces[1:]) and not any(p.tag_ in _COMPOUND_HEAD_TAGS for p in pieces)


def join_hyphenated_names(doc: Doc) -> Doc:
    """Merge each hyphen-joined run of a name into one token (in place), the name stretched over it; a run the
    recogniser found no name in is merged when it ends a person's name all the same (`_unrecognised_name`)."""
    entities = list(doc.ents)
    joined: list[tuple[int, int]] = []
    for run in _joined_runs(doc):
        name = _name_over(run, doc, entities)
        if name is None:
            if _unrecognised_name(run, doc, entities):
                joined.append(run)
            continue
        entities = [name if e.start < run[1] and run[0] < e.end else e for e in entities]
        joined.append(run)
    if not joined:
        return doc
    doc.ents = entities
    with doc.retokenize() as retokenizer:
        for start, end in joined:
            retokenizer.merge(doc[start:end])
    return doc


def add_to(nlp: Language) -> None:
    """Put the component last (once): after the recogniser and the components that mend its entities."""
    add_component(nlp, COMPONENT, join_hyphenated_names, "ner", last=True)
