"""The claim-kind protocol: what every kind of claim (role, quantity, duration, date, quote,
relation, clause, or a newsroom's own) provides to the pipeline.

A kind is found in an article (`find`), says which pages would decide its claims (`wants`), judges
them against what was retrieved (`judge`, returning `Finding`s) and words each finding for the
desk (`phrase`). The pipeline iterates over the registry (`verify.kinds.registry()`) instead of
branching on a claim's kind, so a kind is added by registering one object under the entry-point
group `verify.kinds`. This module stays stable: later changes only add.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from verify.aliases import fold
from verify.models import Article, Claim, Document, Reason, Stance

if TYPE_CHECKING:
    from verify.match import Unit
    from verify.text import Sentence

__all__ = [
    "ArticleView",
    "Aspect",
    "Finding",
    "Kind",
    "KindError",
    "Mode",
    "Reason",
    "Relation",
    "Retrieved",
    "Stance",
    "Wants",
    "claim_at",
    "claim_id",
]


class Relation(StrEnum):
    """The relations the built-in kinds state. `Claim.relation` stays a string (a date claim's relation
    is its verb, "took office"), so these compare equal to the strings they replace."""

    HOLDS_OFFICE = "holds office"
    HELD_OFFICE = "held office"
    NAMED_AS = "named as"
    RANK = "rank"
    COUNT = "count"
    AMOUNT = "amount"
    MEASURE = "measure"
    ORDINAL = "ordinal"
    SHARE = "share"
    SAID = "said"
    MET = "met"


class Aspect(StrEnum):
    """Which part of a claim a finding is about: the claim's own fact, or a side fact it carries."""

    MAIN = "main"
    NATIONALITY = "nationality"
    RANK = "rank"
    AGE = "age"


class Mode(StrEnum):
    """When a finding's page places the fact: held now, held only before, or not said."""

    CURRENT = "current"
    PAST = "past"
    UNKNOWN = "unknown"


class KindError(ValueError):
    """A kind that cannot be registered (no judge, no name, a name taken twice)."""


@dataclass(frozen=True)
class Finding:
    """One unit of evidence (a page sentence or infobox row) with its stance on one aspect of a claim.

    `detail` is the kind's words for it (its `phrase` may add to them); `dated` is the date the page
    gives the fact (stale evidence is set aside by it); `mode` says whether the page places it now or
    only in the past; `aside` is what the page says beside it that did not decide the claim (another
    start it gives the thing), said after the quote, so the quote follows the words it proves. `was` is the
    finding as it stood before the claim's refuted day set its support aside (`kinds.clause.judge._dated_too`):
    a wider clause judged on its other values, the day refuted on its own row, takes it back.
    """

    unit: Unit
    stance: Stance
    score: float
    aspect: Aspect
    detail: str
    dated: dt.date | None = None
    mode: Mode = Mode.UNKNOWN
    aside: str = ""
    was: Finding | None = None

    def but(self, **changes: object) -> Finding:
        """The same finding with some fields changed (a flipped stance, a set-aside note)."""
        return Finding(**{**self.__dict__, **changes})  # type: ignore[arg-type]


@dataclass(frozen=True)
class Wants:
    """What retrieval should fetch for one claim.

    `titles` go into the batched title look-up; `people` are names searched when the batch does not
    resolve them; `offices` are titles whose page, if it names no holder, sends retrieval to search
    for the biographies of holders; `events` are searched and the pages whose titles share their
    words kept. `reread` asks for whole pages when the intros did not settle the claim; `shared`
    lets the judge read every page of the run, not only the claim's own.

    `later` are titles asked in a second batched look-up, once the first batch is answered, and only
    those it did not bring: a kind may ask for more pages without changing the first batch (nor the
    requests an article's recorded evidence replays). A one-word title that ends a longer title of
    the article's ("Starmer", "Keir Starmer") is read as that title. `at_date` asks for the pages as
    they stood on the article's date when the claim's truth changes with time.
    """

    titles: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    offices: tuple[str, ...] = ()
    events: tuple[str, ...] = ()
    reread: bool = True
    shared: bool = True
    later: tuple[str, ...] = ()
    at_date: bool = False


@dataclass(frozen=True)
class Retrieved:
    """The pages a judge reads: the claim's own (fetched for it) and the run's shared pool."""

    own: Sequence[Document]
    shared: Sequence[Document] = ()

    @property
    def everything(self) -> list[Document]:
        """The claim's own pages first, then the rest of the pool, each page once."""
        seen = {d.url for d in self.own}
        return [*self.own, *(d for d in self.shared if d.url not in seen)]


def claim_id(kind: str, subject: str, relation: str, value: str | None) -> str:
    """A stable id from the normalised claim: re-extraction keeps ids, so reviewer decisions stick."""
    key = "|".join(fold(x or "") for x in (kind, subject, relation, value))
    return "c" + hashlib.sha1(key.encode()).hexdigest()[:7]


@dataclass
class ArticleView:
    """An article as kinds read it: its text, its sentences (split once) and a claim maker that sets
    the span, sentence and id the way every kind must."""

    article: Article
    _cache: dict[str, object] = field(default_factory=dict, repr=False)  # what kinds share per article

    @property
    def text(self) -> str:
        return self.article.text

    @functools.cached_property
    def sentences(self) -> list[Sentence]:
        from verify.text import split_sentences

        return split_sentences(self.article.text)

    def claim(
        self, kind: str, sentence: Sentence, start: int, end: int, subject: str, relation: str, **fields: object
    ) -> Claim:
        """A claim over `sentence.text[start:end]`, its span in article offsets."""
        return claim_at(self.article.text, kind, sentence, start, end, subject, relation, **fields)


def claim_at(
    text: str,
    kind: str,
    sentence: Sentence,
    start: int,
    end: int,
    subject: str,
    relation: str,
    value: str | None = None,
    given_id: str | None = None,
    **fields: object,
) -> Claim:
    """A claim over `sentence.text[start:end]` of the article `text`, with its span in article offsets
    and its id from the normalised claim unless given."""
    a, b = sentence.start + start, sentence.start + end
    return Claim(
        id=given_id or claim_id(kind, subject, relation, value),
        kind=kind,
        text=text[a:b],
        sentence=_carried_sentence(text, sentence, a, b),
        span=(a, b),
        subject=subject,
        relation=relation,
        value=value,
        **fields,  # type: ignore[arg-type]
    )


# The words around a claim. Judges read what its sentence says right before or after the claim's own words ('his
# five-year term ends on ...', '... since March 2021'); these say once where those words are and what a caller
# gets when they are not there. The rule: the claim's words stand at their FIRST occurrence in the sentence, found
# exactly (no case folding); a text its sentence does not hold (an editor's claim file, a sentence carried over)
# is not found, and so is an empty text, unless the caller asks for str.find's own answer for it (found at 0).


def claim_start(claim: Claim, *, empty_at_start: bool = False) -> int:
    """Where the claim's words start in its sentence (their first occurrence), -1 when not found.

    An empty claim text is not found, unless `empty_at_start` (str.find's answer, 0), which the judges that never
    asked keep so that their behaviour stays as it was."""
    if not claim.text and not empty_at_start:
        return -1
    return claim.sentence.find(claim.text)


def before_claim(claim: Claim) -> str:
    """The claim's sentence before the claim's own words; empty when they are not found in it or open it."""
    at = claim_start(claim)
    return claim.sentence[:at] if at > 0 else ""


def after_claim(claim: Claim) -> str | None:
    """The claim's sentence after the claim's own words ('... since March 2021, when ...', '... this year'); None
    when the words are not found in it (unlike `before_claim`: an empty rest is a found claim ending its sentence)."""
    at = claim_start(claim)
    return claim.sentence[at + len(claim.text) :] if at >= 0 else None


def _carried_sentence(text: str, sentence: Sentence, a: int, b: int) -> str:
    """The sentence a claim over `text[a:b]` carries, always holding the claim's words: sentences end at
    every line break, but the parser reads a hard-wrapped paragraph through them, so a claim may run on
    past the end of the sentence it starts in; it then carries the text on to the end of its last line."""
    from verify.extract import MAX_SENTENCE  # late: verify.extract imports the kinds

    if b <= sentence.end:
        return _bounded_sentence(sentence, a)
    start, end = sentence.start, text.find("\n", b)
    end = len(text) if end < 0 else end
    if end - start > MAX_SENTENCE:  # a run-on line: the claim's words and what follows, bounded
        start, end = a, min(end, max(b, a + MAX_SENTENCE))
    return text[start:end]


def _bounded_sentence(sentence: Sentence, at: int) -> str:
    """The sentence a claim carries: a "sentence" of 200 KB (an unpunctuated line) is cut into the
    extractor's bounded pieces and the claim carries the piece it starts in, not the whole line
    (3,600 claims each holding the line made a 200 MB claim file)."""
    from verify.extract import MAX_SENTENCE, _bounded  # late: verify.extract imports the kinds

    if len(sentence.text) <= MAX_SENTENCE:
        return sentence.text
    return next((p.text for p in _bounded(sentence) if p.start <= at < p.end), sentence.text[:MAX_SENTENCE])


def claim_over(
    text: str,
    sentences: Sequence[Sentence],
    kind: str,
    span: tuple[int, int],
    subject: str,
    relation: str,
    value: str | None = None,
    given_id: str | None = None,
    **fields: object,
) -> Claim | None:
    """`claim_at` for words given in article offsets: the claim over `text[span]`, in the sentence of
    `sentences` that holds its start; None when none does (words outside every sentence)."""
    start, end = span
    sentence = next((s for s in sentences if s.start <= start < s.end), None)
    if sentence is None:
        return None
    return claim_at(
        text, kind, sentence, start - sentence.start, end - sentence.start, subject, relation, value, given_id, **fields
    )


@runtime_checkable
class Kind(Protocol):
    """One kind of claim, end to end. Register an instance under the entry-point group `verify.kinds`:

    [project.entry-points."verify.kinds"]
    sports_result = "newsroom_kinds.sports:KIND"

    Optional: `undecided(claim) -> (rationale, Reason) | None`, the kind's own words when nothing
    decided a claim (`BaseKind` gives the defaults).
    """

    name: str

    def find(self, view: ArticleView) -> list[Claim]:
        """The claims of this kind in the article (their `kind` is `name`)."""
        ...

    def wants(self, claim: Claim) -> Wants:
        """The pages and searches that could decide `claim`."""
        ...

    def judge(self, claim: Claim, evidence: Retrieved, as_of: dt.date | None) -> list[Finding]:
        """What the retrieved pages say about `claim` on the article's day `as_of`."""
        ...

    def phrase(self, finding: Finding) -> str:
        """The words a rationale uses for `finding` after the page's name ("names X as the holder")."""
        ...


class BaseKind:
    """Defaults a kind may inherit: nothing to fetch, a finding phrased by its own detail, and the
    common reason when nothing decided the claim. A subclass must still define `name`, `find` and
    `judge`."""

    name: str = ""

    def wants(self, claim: Claim) -> Wants:
        return Wants()

    def phrase(self, finding: Finding) -> str:
        return finding.detail

    def undecided(self, claim: Claim) -> tuple[str, Reason] | None:
        """A kind's own rationale and reason when nothing decided the claim (None: the common one)."""
        return None

    def needs_date(self, claim: Claim) -> bool:
        """Whether only the article's date can settle `claim` (a length counted to that day): left
        undecided without one, its reason then names the missing date instead of blaming the pages."""
        return False
