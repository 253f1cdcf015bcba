"""Claim files (`claims/<stem>.json`): the reviewed list of claims `verify check` uses for an article.

Editors set reviewer fields (`skip` with `skip_reason`, `status: accepted` with `reviewer` and
`why`, `corrected_subject`, `corrected_value`, `sources`, `note`); `merge` carries them over when the
article is re-extracted. Accepted and skipped claims are their own outcome in every report.
"""

from __future__ import annotations

import bisect
import math
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from verify.errors import InputError
from verify.inputs import MAX_TITLE_BYTES, NOT_IN_A_TITLE, is_web_url, load_json, read_capped
from verify.models import Article, Claim

MAX_CLAIM_FILE_BYTES = 20 * 1024 * 1024
SCHEMA_VERSION = 1  # the claim-file layout this verify reads and writes

REVIEWER_FIELDS = (
    "skip",
    "skip_reason",
    "status",
    "reviewer",
    "why",
    "corrected_subject",
    "corrected_value",
    "sources",
    "note",
)


class ClaimFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    schema_version: int = Field(default=SCHEMA_VERSION, strict=True)  # never `true`, "1" or 1.0 read as 1
    article: str
    article_sha256: str | None = None
    claims: list[Claim]

    @field_validator("schema_version")
    @classmethod
    def _known_version(cls, version: int) -> int:
        """A file of a later layout may mean fields this verify would silently misread."""
        if version != SCHEMA_VERSION:
            raise ValueError(f"this verify reads claim files of schema_version {SCHEMA_VERSION}, not {version}")
        return version

    @field_validator("claims")
    @classmethod
    def _distinct_ids(cls, claims: list[Claim]) -> list[Claim]:
        """A claim listed twice would be judged and counted twice in every report."""
        seen: set[str] = set()
        for claim in claims:
            if claim.id in seen:
                raise ValueError(f"claim id {claim.id} appears more than once")
            seen.add(claim.id)
        return claims


def _line_of(text: str, loc: tuple) -> int | None:
    """Best-effort line number of the JSON element at `loc` (claims.N.field)."""
    if len(loc) >= 2 and loc[0] == "claims" and isinstance(loc[1], int):
        starts = [i for i, line in enumerate(text.splitlines(), 1) if line.strip().startswith('"id"')]
        if loc[1] < len(starts):
            return starts[loc[1]]
    return None


def load_claim_file(path: Path) -> ClaimFile:
    data = read_capped(path, MAX_CLAIM_FILE_BYTES, "claim file")
    try:
        text = data.decode("utf-8-sig")  # an editor's Notepad may save it with a byte-order mark
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path}: not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); re-save it as UTF-8"
        ) from None
    data = load_json(text, str(path))
    if not isinstance(data, dict):
        found = "null" if data is None else f"a JSON {type(data).__name__}"
        raise InputError(f"{path}: a claim file is a JSON object with 'article' and 'claims', not {found}")
    try:
        loaded = ClaimFile.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = tuple(err["loc"])
        line = _line_of(text, loc)
        where = f"line {line}: " if line else ""
        said = err["msg"].removeprefix("Value error, ")  # pydantic's prefix on a validator's own words
        raise InputError(f"{path}: {where}field '{'.'.join(map(str, loc))}': {said}") from None
    _check_acceptances(loaded, text, path)
    _check_sources(loaded, text, path)
    _check_numbers(loaded, text, path)
    _check_corrections(loaded, text, path)
    return loaded


MAX_QUOTE_BYTES = 10_000  # a corrected quote: a paragraph of speech, never a 1 MB value the judge compares for minutes


def _check_corrections(loaded: ClaimFile, text: str, path: Path) -> None:
    """A subject, corrected or not, or a corrected value names a page to look up and a person or post to
    compare: one 'Mark Rutte|Keir Starmer' was asked as two other pages, whose holder then contradicted the claim,
    and a 1 MB value took the judge two minutes to compare. So: a page title's length and characters. The claim's
    own `subject` is a reviewer's to edit as well: 'Eva Lund|Ana Ruiz' was supported on Ana Ruiz's page, and a
    blank one was looked up as the empty search, as was a blank correction (review43 N1). A quote's corrected value
    is the speaker's words, no page title ('just, credible [and] durable peace'): only its length is bounded, by what
    a quote can hold."""
    for i, claim in enumerate(loaded.claims):
        if not claim.subject.strip():
            raise _field_error(path, text, i, "subject", f"claim {claim.id} has no subject; give one name or post")
        for field in ("subject", "corrected_subject", "corrected_value"):
            value = getattr(claim, field) or ""
            if value and not value.strip():  # a blank correction is no correction: null keeps the extracted one
                said = f"claim {claim.id} has a blank {field}; give one, or null to keep the extracted one"
                raise _field_error(path, text, i, field, said)
            if field == "corrected_value" and claim.kind == "quote":
                if len(value.encode()) > MAX_QUOTE_BYTES:
                    raise _field_error(path, text, i, field, f"longer than {MAX_QUOTE_BYTES} bytes")
                continue
            bad = NOT_IN_A_TITLE.search(value)
            # extraction may read a long run of capitalised words as one name: what `verify extract` wrote, `check`
            # reads (review42 B8); only a reviewer's correction is held to a page title's length
            limit = MAX_QUOTE_BYTES if field == "subject" else MAX_TITLE_BYTES
            if bad or len(value.encode()) > limit:
                why = f"holds {bad.group()!r}" if bad else f"is longer than any page title ({limit} bytes)"
                if not bad and field == "subject":
                    why = f"is longer than {limit} bytes"
                raise _field_error(path, text, i, field, f"claim {claim.id} {why}; give one name or post")


def _field_error(path: Path, text: str, i: int, field: str, said: str) -> InputError:
    """One line naming the file, the claim's line where it can be found, and the field."""
    line = _line_of(text, ("claims", i))
    where = f"line {line}: " if line else ""
    return InputError(f"{path}: {where}field 'claims.{i}.{field}': {said}")


def _check_numbers(loaded: ClaimFile, text: str, path: Path) -> None:
    """A hand-edited `NaN` or `1e999` (JSON readers take both) compares unequal to every page's figure:
    the claim came out contradicted by a page stating the article's own number."""
    for i, claim in enumerate(loaded.claims):
        if claim.number is not None and not math.isfinite(claim.number):
            raise _field_error(path, text, i, "number", f"must be a finite number, not {claim.number}")


def _check_sources(loaded: ClaimFile, text: str, path: Path) -> None:
    """A reviewer's source must be a page verify can fetch: `file:///…` or a bare host was dropped
    without a word whenever Wikipedia settled the claim anyway."""
    for i, claim in enumerate(loaded.claims):
        for j, url in enumerate(claim.sources):
            if not is_web_url(url):
                raise _field_error(path, text, i, f"sources.{j}", f"{url!r} is not an http(s) URL with a host")


def _check_acceptances(loaded: ClaimFile, text: str, path: Path) -> None:
    """An acceptance is a named person's reasoned decision: without `reviewer` or `why` it was
    counted as accepted anonymously, and the finding left the gate with no one answering for it."""
    for i, claim in enumerate(loaded.claims):
        if claim.status != "accepted" or claim.skip:
            continue
        for field in ("reviewer", "why"):
            if not (getattr(claim, field) or "").strip():
                raise _field_error(
                    path,
                    text,
                    i,
                    field,
                    f"claim {claim.id} is accepted without '{field}'; an acceptance needs both 'reviewer' and 'why'",
                )


def check_spans(claims: list[Claim], article: Article, path: Path, written_for: str | None = None) -> list[Claim]:
    """Every claim must quote the article where it says: 0 <= start < end <= length, same text.
    `written_for` is the article the claim file names: when it is another file, the error says so.

    A claim file reviewed on the same article with other line ends (git's `autocrlf` checks a text
    out with CRLF on Windows, LF elsewhere) is the same review: when every claim matches once its
    offsets are moved across the line ends, the claims come back with this file's spans and text."""
    if any(article.text[c.span[0] : c.span[1]] != c.text for c in claims):
        moved = _across_line_ends(claims, article.text)
        if moved is not None:
            return moved
    _check_each(claims, article, path, written_for)
    return claims


def _across_line_ends(claims: list[Claim], text: str) -> list[Claim] | None:
    """The claims with spans moved from the article's other line-end version (LF <-> CRLF) to this
    one, when each then quotes its own words; None when any does not (another article, an edit)."""
    if "\r\n" in text:  # a CRLF article; the claims were read on its LF version
        other = text.replace("\r\n", "\n")
        breaks = [i for i, ch in enumerate(other) if ch == "\n"]
        shift = 1  # each line break before an offset adds its "\r"
    elif "\r" not in text and "\n" in text:  # an LF article; the claims were read on its CRLF version
        other = text.replace("\n", "\r\n")
        breaks = [i for i, ch in enumerate(other) if ch == "\r"]
        shift = -1
    else:
        return None

    def here(offset: int) -> int:
        return offset + shift * bisect.bisect_left(breaks, offset)

    moved = []
    for claim in claims:
        start, end = claim.span
        if not 0 <= start < end <= len(other) or other[start:end] != claim.text:
            return None
        span = (here(start), here(end))
        words = text[span[0] : span[1]]
        if not words.strip():  # it quoted only line ends, which the other version does not have
            return None
        moved.append(claim.model_copy(update={"span": span, "text": words}))
    return moved


def _check_each(claims: list[Claim], article: Article, path: Path, written_for: str | None) -> None:
    if written_for and Path(written_for).name != Path(article.path).name:
        why = f"the claim file was written for {written_for}, not {article.path}"
    else:
        why = "a claim file for another article or version?"
    for i, claim in enumerate(claims):
        start, end = claim.span
        where = f"{path}: field 'claims.{i}.span'"
        if not 0 <= start < end <= len(article.text):
            raise InputError(
                f"{where}: [{start}, {end}] is not a non-empty range inside {article.path} "
                f"(0 to {len(article.text):,} characters; {why})"
            )
        if not claim.text.strip():
            raise InputError(f"{path}: field 'claims.{i}.text': empty")
        if article.text[start:end] != claim.text:
            raise InputError(
                f"{where}: claim {claim.id} does not match {article.path} ({why}); run verify extract --update"
            )
        if not _sentence_at(article.text, claim.sentence, claim.span):
            raise InputError(
                f"{path}: field 'claims.{i}.sentence': claim {claim.id}'s sentence is not {article.path}'s words "
                f"at its span ({why}); run verify extract --update"
            )


def _sentence_at(text: str, sentence: str, span: tuple[int, int]) -> bool:
    """Whether `sentence` is the article's own words and touches the claim's span. The judges read it
    (negation, time, speaker) and every report prints it, so words the article never says, or says
    elsewhere, would be judged and shown as the claim's. Extraction cuts it from the text, but not
    always around the whole claim (a clause may run past a hard-wrapped line), so overlap suffices;
    either line-end form counts, as for the spans."""
    if not sentence.strip():
        return False
    start, end = span
    for form in {sentence, sentence.replace("\r\n", "\n"), sentence.replace("\n", "\r\n")}:
        if text.find(form, max(0, start - len(form) + 1), end - 1 + len(form)) != -1:
            return True
    return False


def merge(extracted: list[Claim], previous: ClaimFile | None) -> list[Claim]:
    """Re-extracted claims, with every reviewer decision of the previous file kept by claim id.

    A claim that is no longer extracted but carries a reviewer decision stays, so no decision is lost.
    """
    if previous is None:
        return extracted
    old = {c.id: c for c in previous.claims}
    merged = []
    for claim in extracted:
        if claim.id in old:
            claim = claim.model_copy(update={f: getattr(old[claim.id], f) for f in REVIEWER_FIELDS})
        merged.append(claim)
    new_ids = {c.id for c in extracted}
    reviewed = [
        c
        for c in previous.claims
        if c.id not in new_ids and (c.review or c.note or c.sources or c.corrected_subject or c.corrected_value)
    ]
    return sorted(merged + reviewed, key=lambda c: c.span)
