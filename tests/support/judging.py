"""Judging one claim against pages read whole, as the desk would on the article's day: the helpers
the judging tests share (their `pages` fixture is in tests/conftest.py)."""

from __future__ import annotations

import datetime as dt

from verify.app import article_from_text
from verify.extract import extract_claims
from verify.judge import decide, findings_for
from verify.models import Claim, ClaimResult, Document, InfoboxField, Verdict


def verdict(claim: Claim, docs: list[Document], as_of: dt.date) -> ClaimResult:
    """The verdict on `claim` with `docs` as both its own pages and the article's pool."""
    return decide(claim, findings_for(claim, docs, docs, as_of), [], as_of, docs)


def judged_body(
    body: str, docs: list[Document], as_of: dt.date, headline: str = "Norby news"
) -> list[tuple[Claim, Verdict]]:
    """Each claim extraction gives for an article of `body` under `headline`, dated `as_of`, with its verdict
    against `docs` alone: the rows the invented-article tests read by kind and words."""
    claims = extract_claims(article_from_text(f"{headline}\n\n{body}\n", as_of=as_of))
    return [(c, verdict(c, docs, as_of).verdict) for c in claims]


def verdict_on_words(body: str, docs: list[Document], as_of: dt.date, kind: str, words: str) -> Verdict:
    """The verdict on the one claim of `kind` whose words hold `words`, extracted from `body` (`judged_body`):
    what a test of one invented sentence against its pages asserts."""
    found = [v for c, v in judged_body(body, docs, as_of) if c.kind == kind and words in c.text]
    assert len(found) == 1, found
    return found[0]


def claim_subjects(text: str, words: str) -> list[str]:
    """The subjects extraction gives the claims whose words begin with `words`, in an article of `text`:
    what the subject-resolution tests assert row by row."""
    article = article_from_text(f"Test\n\n{text}\n")
    return [c.subject for c in extract_claims(article) if c.text.startswith(words)]


def clause_claim(text: str, subject: str, predicate: str, sentence: str | None = None, **fields) -> Claim:
    """A claim as the reader would give it, for the judging tests: a clause by default, its relation the
    predicate unless `relation` is given; only a clause keeps its predicate unless `with_predicate` says."""
    kind = fields.pop("kind", "clause")
    relation = fields.pop("relation", predicate)
    with_predicate = fields.pop("with_predicate", kind == "clause")
    return Claim(
        id="c0000000",
        kind=kind,
        text=text,
        sentence=sentence or text,
        span=(0, len(text)),
        subject=subject,
        relation=relation,
        predicate=predicate if with_predicate else None,
        **fields,
    )


def page(title: str, text: str, saved: dt.datetime | None = None) -> Document:
    """A page holding sentences of a stored page (a test needs one sentence without its neighbours)."""
    return Document(
        title=title,
        url=f"https://en.wikipedia.org/wiki/{title.replace(' ', '_')}",
        source="wikipedia",
        retrieved_at=dt.datetime(2025, 6, 2, tzinfo=dt.UTC),
        revision_timestamp=saved,
        text=text,
    )


def boxed(title: str, text: str, rows: list[tuple[str, str]], saved: dt.datetime | None = None) -> Document:
    """A page with an infobox of the given (label, value) rows."""
    fields = tuple(InfoboxField(label=label, value=value) for label, value in rows)
    return page(title, text, saved).model_copy(update={"infobox": fields})
