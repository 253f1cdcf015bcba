"""The data contracts between the pipeline's stages.

article -> extract (Claim) -> retrieve (Document) -> match/judge (Evidence, ClaimResult) -> report (Report).
Every stage takes and returns these models, so each can be tested, stored and replaced alone.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

SCHEMA_VERSION = 2  # 2: verdict not_checked, reason codes, reviewer decisions (review, note, outcome)


class Verdict(StrEnum):
    """What the evidence says about a claim; `not_checked` when no source could be consulted at all."""

    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"
    UNVERIFIED = "unverified"
    NOT_CHECKED = "not_checked"


class Reason(StrEnum):
    """Why a claim is neither supported nor contradicted: a code CI and scripts can act on."""

    # unverified: sources were read and did not settle it
    NO_PAGE = "no_page"  # the wiki answered, but has no (unambiguous) page for what the claim names
    NO_PASSAGE = "no_passage"  # pages were read; no sentence or infobox row settles the claim
    SOURCES_DISAGREE = "sources_disagree"
    QUOTE_NOT_ON_REFERENCE_PAGES = "quote_not_on_reference_pages"
    NO_RULE_FOR_KIND = "no_rule_for_kind"  # nothing to look up for this kind of claim
    NO_ARTICLE_DATE = "no_article_date"  # a length of time or an age counted to the article's day, which none gave
    NEGATED = "negated"  # the article denies the fact ('has not been charged'): no rule checks a denial yet
    # not checked: no source could be consulted
    SOURCE_UNREACHABLE = "source_unreachable"  # network error, timeout, HTTP error, unreadable answer
    NOT_IN_CASSETTE = "not_in_cassette"  # replaying: the cassette lacks this request (add it with --record-new)
    OFFLINE_NO_CASSETTE = "offline_no_cassette"
    DEADLINE = "deadline"  # the run's --deadline passed before the request
    INTERNAL_ERROR = "internal_error"  # a bug in verify while judging this claim: the other claims keep theirs
    # reviewer decisions
    SKIPPED_BY_REVIEWER = "skipped_by_reviewer"
    ACCEPTED_BY_REVIEWER = "accepted_by_reviewer"


NOT_CHECKED_REASONS = frozenset(
    {
        Reason.SOURCE_UNREACHABLE,
        Reason.NOT_IN_CASSETTE,
        Reason.OFFLINE_NO_CASSETTE,
        Reason.DEADLINE,
        Reason.INTERNAL_ERROR,
    }
)


class Outcome(StrEnum):
    """What a report counts a claim as: its verdict, unless a reviewer decided it (accepted, skipped)."""

    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"
    UNVERIFIED = "unverified"
    NOT_CHECKED = "not_checked"
    ACCEPTED = "accepted"
    SKIPPED = "skipped"


class Stance(StrEnum):
    """What one piece of evidence says about a claim."""

    SUPPORTS = "supports"
    CONTRADICTS = "contradicts"
    NEUTRAL = "neutral"


# verify's own kinds; a registered kind (verify.kinds) may add others, so a claim's kind is any name
ClaimKind = Literal["quantity", "role", "date", "duration", "quote", "relation", "other"]


class Article(BaseModel):
    """A news article as loaded from disk: the full decoded text is what claim spans index."""

    model_config = ConfigDict(frozen=True)

    path: str
    stem: str
    sha256: str
    title: str
    text: str
    as_of: dt.date | None = None
    published: dt.date | None = None
    source_url: str | None = None


class Claim(BaseModel):
    """One checkable statement of an article, with the structured fields the matcher needs.

    `text == article.text[span[0]:span[1]]`. Reviewer fields (`skip`, `note`, `sources`,
    `corrected_*`) are set by an editor in the claim file and survive re-extraction.
    """

    model_config = ConfigDict(extra="forbid")

    id: str
    kind: str = Field(description="the claim kind that found it: role, quantity, duration, date, quote, relation...")
    text: str
    sentence: str
    span: tuple[int, int]
    subject: str
    relation: str
    value: str | None = None
    number: float | None = None
    unit: str | None = None
    nationality: str | None = None
    rank: str | None = None
    context: str | None = Field(default=None, description="the organisation or event the claim is about")
    # structured clause fields (optional; a kind that reads clauses fills them)
    predicate: str | None = Field(default=None, description="the normalised verb phrase, e.g. 'take office'")
    object: str | None = Field(default=None, description="what the predicate acts on or names")
    time: str | None = Field(default=None, description="when: the date as written or ISO")
    place: str | None = Field(default=None, description="where")
    quantity: str | None = Field(default=None, description="an amount the clause states, as written")
    negated: bool = Field(
        default=False,
        description="the article denies the fact the fields name ('has not been charged', 'never held'): "
        "a page stating that fact must never support the claim",
    )
    # reviewer fields
    skip: bool = False
    skip_reason: str | None = None
    status: Literal["accepted", "skipped"] | None = Field(
        default=None, description="a reviewer's decision: accepted (the finding stands as reviewed) or skipped"
    )
    reviewer: str | None = Field(default=None, description="who decided `status` or `skip`")
    why: str | None = Field(default=None, description="why the reviewer accepted the finding")
    corrected_subject: str | None = None
    corrected_value: str | None = None
    sources: list[str] = Field(default_factory=list)
    note: str | None = None

    @field_validator("kind")
    @classmethod
    def _a_known_kind(cls, kind: str) -> str:
        """verify's own kinds, or one registered under the entry-point group `verify.kinds`."""
        if kind in get_args(ClaimKind):
            return kind
        from verify.kinds import known_kinds

        if kind not in known_kinds():
            raise ValueError(f"unknown claim kind {kind!r}; kinds are {', '.join(known_kinds())}")
        return kind

    @property
    def review(self) -> Review | None:
        """The reviewer's decision on this claim, if any: skipping wins over accepting."""
        if self.skip or self.status == "skipped":
            return Review(status="skipped", by=self.reviewer, why=self.skip_reason or self.why)
        if self.status == "accepted":
            return Review(status="accepted", by=self.reviewer, why=self.why)
        return None

    @property
    def skipped(self) -> bool:
        return self.skip or self.status == "skipped"

    @property
    def effective_subject(self) -> str:
        return self.corrected_subject or self.subject

    @property
    def effective_value(self) -> str | None:
        return self.corrected_value or self.value


class Review(BaseModel):
    """A reviewer's decision on a claim, carried from the claim file into every report."""

    status: Literal["accepted", "skipped"]
    by: str | None = None
    why: str | None = None


class InfoboxField(BaseModel):
    """One labelled fact from a page's infobox ("Commander: Gen Alexus G. Grynkewich, USAF")."""

    model_config = ConfigDict(frozen=True)

    label: str
    value: str  # reader text; separate values (a list, `<br />`) joined by ", "
    values: tuple[str, ...] = ()  # the separate values, when the wikitext gave them


class Document(BaseModel):
    """A retrieved page: the text the matcher reads and the provenance a report cites."""

    model_config = ConfigDict(frozen=True)

    url: str
    title: str
    source: Literal["wikipedia", "official"]
    revision_id: str | None = None
    revision_url: str | None = None  # the revision itself ({wiki}/w/index.php?oldid=REV), for an editor to open
    revision_timestamp: dt.datetime | None = None  # when that revision was saved, to judge claims as of a date
    current: bool = True  # False for an earlier revision fetched to judge a claim as of the article's date
    retrieved_at: dt.datetime
    text: str
    infobox: tuple[InfoboxField, ...] = ()
    language: str = "en"
    link_reason: str = ""
    unread: str = ""  # what of the page could not be read, and why (an infobox over the size read): said on its claims


class Evidence(BaseModel):
    """One snippet of a document, scored against a claim, with what it says about it."""

    url: str
    title: str
    revision_id: str | None = None
    revision_url: str | None = Field(
        default=None, description="the quoted revision itself: {wiki}/w/index.php?oldid=REV"
    )
    retrieved_at: dt.datetime
    snippet: str
    score: float = Field(ge=0, le=100)
    stance: Stance
    link_reason: str = Field(default="", description="why this page was chosen for the claim")
    revision_timestamp: dt.datetime | None = Field(
        default=None, description="when the quoted revision was saved, when the wiki said"
    )
    current: bool | None = Field(
        default=None,
        description="false when the quoted revision is an earlier one, read as the page stood on the article's "
        "day; null when the report does not know (reports written before this field)",
    )


class Reading(BaseModel):
    """What the judge checked for a claim: the claim as the tool read it. A verdict is only as good as
    this reading (the wrong person for "He", a past office read as current, a count given to the wrong
    owner), so every report shows it beside the verdict for an editor to catch a misreading."""

    subject: str = Field(description="who or what was looked up")
    extracted_subject: str | None = Field(
        default=None, description="the subject as extracted, when the one checked differs from it"
    )
    subject_corrected: bool = Field(default=False, description="the subject is a reviewer's corrected_subject")
    context: str | None = Field(default=None, description="the organisation or event the claim is about")
    relation: str = Field(description="what is said of the subject: holds office, count, has lasted, a verb...")
    value: str | None = Field(default=None, description="the office, entity, date or amount the relation names")
    extracted_value: str | None = Field(
        default=None, description="the value as extracted, when a reviewer corrected it"
    )
    value_corrected: bool = Field(default=False, description="the value is a reviewer's corrected_value")
    number: float | None = None
    unit: str | None = None
    nationality: str | None = None
    rank: str | None = None
    time: str | None = Field(default=None, description="when, as the claim gives it")
    place: str | None = None
    negated: bool = Field(default=False, description="the article denies the fact")
    as_of: dt.date | None = Field(default=None, description="the day the claim was judged at; null: pages as they are")
    time_from: Literal["claim", "article"] | None = Field(
        default=None,
        description="claim: the claim gives its own time; article: it has none and was read as of the article's "
        "date (as_of); null: neither (no date at all)",
    )

    @classmethod
    def of(cls, claim: Claim, as_of: dt.date | None, subject: str | None = None) -> Reading:
        """The reading of `claim` judged at `as_of`; `subject` is the name the judge looked the claim up
        under when it read a shorter one in full ('Gibran' as 'Gibran Rakabuming Raka')."""
        checked = subject or claim.effective_subject
        value = claim.effective_value
        return cls(
            subject=checked,
            extracted_subject=claim.subject if claim.subject != checked else None,
            subject_corrected=bool(claim.corrected_subject),
            context=claim.context,
            relation=claim.predicate or claim.relation,
            value=value,
            extracted_value=claim.value if claim.corrected_value and claim.value != value else None,
            value_corrected=bool(claim.corrected_value),
            number=claim.number,
            unit=claim.unit,
            nationality=claim.nationality,
            rank=claim.rank,
            time=claim.time,
            place=claim.place,
            negated=claim.negated,
            as_of=as_of,
            time_from="claim" if claim.time else "article" if as_of else None,
        )


def outcome_of(verdict: Verdict, review_status: str | None) -> Outcome:
    """Skipped claims are skipped; accepted ones accepted, unless the evidence supports them anyway."""
    if review_status == "skipped" or (review_status == "accepted" and verdict != Verdict.SUPPORTED):
        return Outcome(review_status)
    return Outcome(verdict.value)


class ClaimResult(BaseModel):
    """A claim with its verdict: the unit of every report."""

    id: str
    kind: str
    text: str
    sentence: str
    span: tuple[int, int]
    verdict: Verdict
    confidence: float = Field(ge=0, le=1)
    evidence: list[Evidence] = Field(default_factory=list)
    rationale: str
    reason: Reason | None = Field(default=None, description="why the claim is not supported or contradicted")
    review: Review | None = None
    note: str | None = Field(default=None, description="the reviewer's note from the claim file")
    outcome: Outcome = Field(default=Outcome.UNVERIFIED, description="what reports count: the verdict or review")
    reading: Reading | None = Field(
        default=None,
        description="what was checked: subject, relation, value, as of when (null in reports written before it)",
    )

    @model_validator(mode="before")
    @classmethod
    def _outcome_from_verdict_and_review(cls, data: object) -> object:
        """`outcome` follows from the verdict and the review unless given (see `outcome_of`)."""
        if isinstance(data, dict) and data.get("outcome") is None and "verdict" in data:
            review = data.get("review")
            status = review.get("status") if isinstance(review, dict) else getattr(review, "status", None)
            data = {**data, "outcome": outcome_of(Verdict(data["verdict"]), status)}
        return data

    @property
    def needs_attention(self) -> bool:
        """Contradicted, unverified or not checked, and no reviewer decided it."""
        return self.outcome in {Outcome.CONTRADICTED, Outcome.UNVERIFIED, Outcome.NOT_CHECKED}


class ReportArticle(BaseModel):
    path: str
    sha256: str
    title: str
    as_of: dt.date | None = None


class Summary(BaseModel):
    """Claims counted by outcome: reviewer decisions are their own counts, never unverified."""

    supported: int = 0
    contradicted: int = 0
    unverified: int = 0
    not_checked: int = 0
    accepted: int = 0
    skipped: int = 0

    @classmethod
    def of(cls, results: list[ClaimResult]) -> Summary:
        return cls(**{o.value: sum(1 for r in results if r.outcome == o) for o in Outcome})

    def __add__(self, other: Summary) -> Summary:
        return Summary(**{o.value: getattr(self, o.value) + getattr(other, o.value) for o in Outcome})

    @property
    def total(self) -> int:
        return sum(getattr(self, o.value) for o in Outcome)

    @property
    def checked_nothing(self) -> bool:
        """Claims were there to check, and no source could be consulted for any of them."""
        return self.not_checked > 0 and self.not_checked + self.skipped == self.total


class Provenance(BaseModel):
    """Where a report's evidence came from: fetched live, or replayed from a recorded cassette."""

    mode: Literal["live", "record", "record-new", "replay", "offline"]
    host: str | None = Field(default=None, description="the wiki the evidence came from, e.g. en.wikipedia.org")
    at: dt.datetime | None = Field(default=None, description="when it was fetched (live) or recorded (replay)")
    cassette: str | None = None
    synthetic_revisions: bool = Field(
        default=False, description="the cassette was built from stored copies: its revision ids are not real ones"
    )
    retrieved_at_is: Literal["fetch time", "recording time"] = "fetch time"
    note: str = ""


class Report(BaseModel):
    """The verdict report of one article: the JSON report is this model, schema_version 2."""

    schema_version: Literal[2] = SCHEMA_VERSION
    article: ReportArticle
    claims: list[ClaimResult]
    summary: Summary
    provenance: Provenance | None = None
    unread_sources: list[str] = Field(
        default_factory=list,
        description="pages given for the whole run (--source) that could not be read, each with why: "
        "every verdict rests on the other pages",
    )

    @classmethod
    def build(cls, article: Article, results: list[ClaimResult], unread_sources: list[str] | None = None) -> Report:
        return cls(
            article=ReportArticle(path=article.path, sha256=article.sha256, title=article.title, as_of=article.as_of),
            claims=results,
            summary=Summary.of(results),
            unread_sources=unread_sources or [],
        )
