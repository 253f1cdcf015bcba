"""The data contracts between the pipeline's stages.

article -> extract (Claim) -> retrieve (Document) -> match/judge (Evidence, ClaimResult) -> report (Report).
Every stage takes and returns these models, so each can be tested, stored and replaced alone.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 1


class Verdict(StrEnum):
    """What the evidence says about a claim."""

    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"
    UNVERIFIED = "unverified"


class Stance(StrEnum):
    """What one piece of evidence says about a claim."""

    SUPPORTS = "supports"
    CONTRADICTS = "contradicts"
    NEUTRAL = "neutral"


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
    kind: ClaimKind
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
    # reviewer fields
    skip: bool = False
    skip_reason: str | None = None
    corrected_subject: str | None = None
    corrected_value: str | None = None
    sources: list[str] = Field(default_factory=list)
    note: str | None = None

    @property
    def effective_subject(self) -> str:
        return self.corrected_subject or self.subject

    @property
    def effective_value(self) -> str | None:
        return self.corrected_value or self.value


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
    retrieved_at: dt.datetime
    text: str
    infobox: tuple[InfoboxField, ...] = ()
    language: str = "en"
    link_reason: str = ""


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


class ClaimResult(BaseModel):
    """A claim with its verdict: the unit of every report."""

    id: str
    kind: ClaimKind
    text: str
    sentence: str
    span: tuple[int, int]
    verdict: Verdict
    confidence: float = Field(ge=0, le=1)
    evidence: list[Evidence] = Field(default_factory=list)
    rationale: str


class ReportArticle(BaseModel):
    path: str
    sha256: str
    title: str
    as_of: dt.date | None = None


class Summary(BaseModel):
    supported: int = 0
    contradicted: int = 0
    unverified: int = 0


class Provenance(BaseModel):
    """Where a report's evidence came from: fetched live, or replayed from a recorded cassette."""

    mode: Literal["live", "record", "replay", "offline"]
    host: str | None = Field(default=None, description="the wiki the evidence came from, e.g. en.wikipedia.org")
    at: dt.datetime | None = Field(default=None, description="when it was fetched (live) or recorded (replay)")
    cassette: str | None = None
    synthetic_revisions: bool = Field(
        default=False, description="the cassette was built from stored copies: its revision ids are not real ones"
    )
    retrieved_at_is: Literal["fetch time", "recording time"] = "fetch time"
    note: str = ""


class Report(BaseModel):
    """The verdict report of one article: the JSON report is this model, schema_version 1."""

    schema_version: Literal[1] = SCHEMA_VERSION
    article: ReportArticle
    claims: list[ClaimResult]
    summary: Summary
    provenance: Provenance | None = None

    @classmethod
    def build(cls, article: Article, results: list[ClaimResult]) -> Report:
        counts = {v: sum(1 for r in results if r.verdict == v) for v in Verdict}
        return cls(
            article=ReportArticle(path=article.path, sha256=article.sha256, title=article.title, as_of=article.as_of),
            claims=results,
            summary=Summary(
                supported=counts[Verdict.SUPPORTED],
                contradicted=counts[Verdict.CONTRADICTED],
                unverified=counts[Verdict.UNVERIFIED],
            ),
        )
