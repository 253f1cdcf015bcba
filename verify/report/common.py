"""What every report format shares: verdict order and labels, the summary line, atomic writes."""

from __future__ import annotations

import datetime as dt
import math
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from verify import lexicons
from verify.article import decode_text, how_to_date, lf_line_ends, opening_date, undated_note
from verify.errors import InputError
from verify.inputs import resolved
from verify.models import ClaimResult, Outcome, Reading, Reason, Report, Summary, Verdict
from verify.next_steps import LEAD
from verify.provenance import describe

# Worst first: what needs a person, then what a reviewer decided, then what the pages support.
ORDER = {
    Outcome.CONTRADICTED: 0,
    Outcome.NOT_CHECKED: 1,
    Outcome.UNVERIFIED: 2,
    Outcome.ACCEPTED: 3,
    Outcome.SKIPPED: 4,
    Outcome.SUPPORTED: 5,
}
LABEL = {o: o.value.replace("_", " ") for o in Outcome}  # "not checked", as people write it
# Reason codes as a desk editor says them; the codes themselves stay in the JSON and SARIF.
REASON_WORDS = {
    Reason.NO_PAGE: "no page found",
    Reason.NO_PASSAGE: "no passage settles it",
    Reason.SOURCES_DISAGREE: "sources disagree",
    Reason.QUOTE_NOT_ON_REFERENCE_PAGES: "quote not on reference pages",
    Reason.NO_RULE_FOR_KIND: "nothing to look up for this kind of claim",
    Reason.NO_ARTICLE_DATE: "needs the article's date",
    Reason.NEGATED: "the article denies this; a denial is not checked",
    Reason.SOURCE_UNREACHABLE: "source unreachable",
    Reason.NOT_IN_CASSETTE: "not in the recorded cassette",
    Reason.OFFLINE_NO_CASSETTE: "offline, no cassette",
    Reason.DEADLINE: "run deadline passed",
    Reason.INTERNAL_ERROR: "internal error in verify; please report it",
    Reason.SKIPPED_BY_REVIEWER: "skipped by the reviewer",
    Reason.ACCEPTED_BY_REVIEWER: "accepted by the reviewer",
}
EXTENSIONS = {"json": ".json", "markdown": ".md", "html": ".html", "junit": ".xml", "sarif": ".sarif"}


@dataclass(frozen=True)
class Checked:
    """One checked article as every writer needs it: the report, the text its spans index (for
    lines and columns), the stem its files are named after, and when and how long it was checked."""

    report: Report
    text: str
    stem: str
    started: dt.datetime | None = None
    seconds: float | None = None
    located: bool = True  # False when the spans index text derived from the file (an HTML article)

    def region(self, claim: ClaimResult) -> Region | None:
        """Where the claim stands in the article file; None when the spans do not index the file."""
        return region_of(self.text, claim.span) if self.located else None


def count_of(count: int, noun: str, plural: str | None = None) -> str:
    """`1 claim`, `2 claims`: a count agrees with its noun, so report lines read as sentences."""
    return f"{count} {noun if count == 1 else plural or noun + 's'}"


def article_count(count: int) -> str:
    """`1 article`, `2 articles`: batch lines read as sentences."""
    return count_of(count, "article")


def counted(summaries: list[Summary]) -> list[Outcome]:
    """The outcomes worth a count or a column, worst first: contradicted, unverified and supported
    always, the others (not checked, accepted, skipped) when some claim has them."""
    total = sum(summaries, Summary())
    usual = {Outcome.CONTRADICTED, Outcome.UNVERIFIED, Outcome.SUPPORTED}
    return [o for o in ORDER if o in usual or getattr(total, o.value)]


def by_severity(report: Report) -> list[ClaimResult]:
    """Claims by outcome, worst first (see ORDER); reading order within each."""
    return sorted(report.claims, key=lambda r: (ORDER[r.outcome], r.span))


def attention(report: Report) -> list[ClaimResult]:
    """The claims a person must look at (contradicted, not checked, unverified, no reviewer
    decision), worst first."""
    return [r for r in by_severity(report) if r.needs_attention]


@dataclass(frozen=True)
class Row:
    """One row of a report a person reads: a claim, or the claims on the same words that one verdict
    settles (see `rows`). `claims[0]` gives the row its text, outcome and evidence."""

    claims: tuple[ClaimResult, ...]

    @property
    def first(self) -> ClaimResult:
        return self.claims[0]


# What each claim of a shared row checked, as an editor says it: a deed told with its day ('took office in
# March 2024') is a date claim (the day) and a clause claim (the deed) on the same words.
CHECK_WORDS = {"date": "the date", "clause": "the deed"}


def _shares_a_row(a: ClaimResult, b: ClaimResult) -> bool:
    """A date claim and a clause claim on the very same words with one outcome: the deed and its day, which
    read as the same row twice (review34 N3). Two values on the same words ('became A and B') stay apart."""
    same_words = (a.span, a.text, a.outcome) == (b.span, b.text, b.outcome)
    return {a.kind, b.kind} == set(CHECK_WORDS) and same_words


def rows(claims: list[ClaimResult]) -> list[Row]:
    """The claims as rows, in their order: a date claim and a clause claim on the same words with one
    outcome share one row (the date's first), which names both checks; every other claim is a row of its own.
    The JSON report keeps every claim."""
    out: list[list[ClaimResult]] = []
    # the rows of one claim still open to a mate, by their words: a long article's rows are found at once,
    # not by reading every row before them (3,000 claims made 5 million comparisons)
    single: dict[tuple[tuple[int, int], str], list[list[ClaimResult]]] = {}
    for claim in claims:
        words = (claim.span, claim.text)
        open_rows = single.setdefault(words, [])
        at = next((i for i, row in enumerate(open_rows) if _shares_a_row(row[0], claim)), None)
        if at is None:
            out.append([claim])
            open_rows.append(out[-1])
        else:
            mate = open_rows.pop(at)
            mate.append(claim)
            mate.sort(key=lambda r: r.kind != "date")
    return [Row(tuple(row)) for row in out]


def checks_words(row: Row) -> str:
    """'' for a row of one claim; '2 claims: the date, the deed' for a shared row."""
    if len(row.claims) == 1:
        return ""
    return f"{len(row.claims)} claims: " + ", ".join(CHECK_WORDS.get(r.kind, r.kind) for r in row.claims)


def row_why(row: Row) -> str:
    """`why` of the row's claim; for a shared row each check's, named, when they differ, and a next step
    they end with alike said once at the end."""
    said = [why(r) for r in row.claims]
    if len(set(said)) == 1:
        return said[0]
    steps = {w.rpartition(f" {LEAD}")[2] if f" {LEAD}" in w else "" for w in said}
    step = steps.pop() if len(steps) == 1 else ""
    if step:
        said = [w.rpartition(f" {LEAD}")[0] for w in said]
    named = (sentence_case(CHECK_WORDS.get(r.kind, r.kind)) for r in row.claims)
    return " ".join([*(f"{name}: {w}" for name, w in zip(named, said, strict=True)), *([LEAD + step] if step else [])])


def row_checked_lines(row: Row) -> list[str]:
    """The 'Checked: …' line of each claim of the row (see `checked_line`), each named in a shared row."""
    out = []
    for r in row.claims:
        said = checked_line(r)
        if said and len(row.claims) > 1:
            head, _, rest = said.partition(": ")
            said = f"{head} ({CHECK_WORDS.get(r.kind, r.kind)}): {rest}"
        if said:
            out.append(said)
    return out


_TIMELESS = frozenset(lexicons.load("judging")["clause"]["timeless"])  # 'born in': no later day changes it


def contradicted_for_want_of_a_date(claim: ClaimResult, report: Report) -> bool:
    """A contradicted claim of an undated article that names no time of its own ('German Chancellor Olaf
    Scholz'): it was judged on the pages as they are now, and may have been true on the article's day
    (review34 N4). A claim with its own time ('took office in March 2024', and the deed's clause on those words,
    which a date claim inside it dates) or of a fact no day changes ('born in') does not hang on the article's date."""
    reading = claim.reading
    return (
        report.article.as_of is None
        and claim.outcome == Outcome.CONTRADICTED
        and reading is not None
        and reading.time_from != "claim"
        and reading.relation.casefold() not in _TIMELESS
        and not any(_dates(other, claim) for other in report.claims)
    )


def _dates(date: ClaimResult, claim: ClaimResult) -> bool:
    """Whether `date` is a date claim on the words of `claim` (in its sentence): the day its deed was done."""
    inside = claim.span[0] <= date.span[0] and date.span[1] <= claim.span[1]
    return date is not claim and date.kind == "date" and date.sentence == claim.sentence and inside


def undated_contradictions_line(report: Report, text: str | None = None) -> str | None:
    """After the table: how many contradicted claims of an undated article were judged on the pages as they are
    now (each row says so too), and how to date the article: the date its opening reads, offered, when `text`
    has one. None when there are none."""
    count = sum(contradicted_for_want_of_a_date(r, report) for r in report.claims)
    if not count:
        return None
    was, those = ("was", "it") if count == 1 else ("were", "they")
    opening = opening_date(text) if text is not None else None
    if opening is not None:
        offer = f"check again with --as-of {opening[1].isoformat()} (its opening reads '{opening[0]}')"
    else:
        offer = f"give its date ({how_to_date(report.article.path)}) and check again"
    return (
        f"{count_of(count, 'contradicted claim')} {was} judged on the pages as they are now, as the article has no "
        f"date: if {those} held on the article's day, {offer}."
    )


def reason_words(claim: ClaimResult) -> str:
    return REASON_WORDS[claim.reason] if claim.reason else ""


def reviewer_words(claim: ClaimResult) -> str:
    """The reviewer's decision and note, as every format shows them ('' when there are none)."""
    parts = []
    if claim.review is not None:
        by = f" by {claim.review.by}" if claim.review.by else ""
        because = f": {claim.review.why}" if claim.review.why else ""
        parts.append(f"{claim.review.status.capitalize()}{by}{because}.")
    if claim.note:
        parts.append(f"Reviewer's note: {claim.note}")
    return " ".join(parts)


def why(claim: ClaimResult) -> str:
    """Why a claim has its outcome, in the report's words: the reason, the rationale (which quotes
    the evidence), then the reviewer's decision and note."""
    reviewer = reviewer_words(claim)
    if claim.review is not None and claim.review.status == "skipped":
        return reviewer  # nothing was looked up: the reviewer's words are the whole story
    reason = reason_words(claim)
    said = claim.rationale
    said_outcome = f"{LABEL[claim.outcome]}: "
    if said[: len(said_outcome)].lower() == said_outcome:  # every format shows the outcome beside it
        said = sentence_case(said[len(said_outcome) :])
    # the reason leads unless the rationale already opens with its first clause (said twice otherwise)
    if reason and not claim.review and not said.lower().startswith(re.split("[,;]", reason)[0]):
        said = f"{reason[0].upper()}{reason[1:]}. {said}"
    return " ".join(p for p in (said, reviewer) if p)


def sentence_case(text: str) -> str:
    """The text with its first letter raised, as a sentence opens, unless its first word is a web address:
    'Http://…/nope unreachable' was what an editor copied from the report."""
    if re.match(r"[a-z][a-z0-9+.-]*://", text):
        return text
    return text[:1].upper() + text[1:]


def _number(n: float) -> str:
    """32.0 as '32', 1.5 as '1.5', 1200000 as '1,200,000': how an editor writes a count."""
    if not math.isfinite(n):  # a claim file may hold 1e999 or NaN: said as Python spells it, never a crash
        return str(n)
    return f"{n:,.0f}" if n == int(n) else f"{n:,}"


def _subject_words(r: Reading) -> str:
    said = r.subject
    if r.subject_corrected:
        said += f" (reviewer's correction of '{r.extracted_subject}')" if r.extracted_subject else " (reviewer's)"
    elif r.extracted_subject:
        said += f" (read from '{r.extracted_subject}')"
    if r.context and r.context.casefold() not in r.subject.casefold():
        said += f" (context: {r.context})"
    return said


def _as_number(words: str) -> float | None:
    try:
        return float(words.replace(",", "").strip())
    except ValueError:
        return None


def _is_iso_date(words: str | None) -> bool:
    try:
        return words is not None and bool(dt.date.fromisoformat(words))
    except ValueError:
        return False


def _names_unit(value: str, unit: str) -> bool:
    """'a month' already says its unit 'months' (singular or plural), '4.1%' its 'percent': adding it again
    reads 'a month (= 1) months'."""
    words = set(re.findall(r"[\w'’]+", value.casefold()))
    said = unit.casefold()
    if said in {"percent", "per cent"} and "%" in value:
        return True
    return said in value.casefold() or said.removesuffix("s") in words or f"{said}s" in words


def _value_words(r: Reading) -> str | None:
    """The value as compared: a count as a number with its unit ('32 allied military leaders'), a number
    read from words beside them ('three years (= 3)'), a reviewer's correction said as such."""
    value = r.value
    if value is None and r.number is None:
        return None
    if value is None or (r.number is not None and _as_number(value) == r.number):
        value = _number(r.number or 0)
    elif r.number is not None and _number(r.number) not in value:
        value += f" (= {_number(r.number)})"
    if r.unit and not _names_unit(value, r.unit):
        value += f" {r.unit}"
    if r.value_corrected:
        value += f" (reviewer's correction of '{r.extracted_value}')" if r.extracted_value else " (reviewer's)"
    also = [f"nationality {r.nationality}"] if r.nationality else []
    if r.rank and r.rank.casefold() != (r.value or "").casefold():
        also.append(f"rank {r.rank}")
    return value + (f" ({', '.join(also)})" if also else "")


def _when_words(r: Reading) -> list[str]:
    """When the claim was checked for: its own time, else the article's date, else the pages as they are."""
    parts = []
    # a date claim's value is its time, as an ISO date: said once
    if r.time and not _is_iso_date(r.value) and (r.value is None or r.time.casefold() not in r.value.casefold()):
        parts.append(f"when: {r.time}")
    if r.as_of is None:
        parts.append("pages as they are now (the article has no date)")
    elif r.time_from == "article":
        parts.append(f"as of {r.as_of.isoformat()} (the article's date)")
    else:
        parts.append(f"pages as of {r.as_of.isoformat()}")
    return parts


def _earlier_revisions(claim: ClaimResult) -> str | None:
    """The pages whose quoted revision is not the current one (read as they stood on the article's day)."""
    seen: dict[str, str] = {}
    for ev in claim.evidence:
        if ev.current is False and ev.url not in seen:
            saved = f" (saved {ev.revision_timestamp.date().isoformat()})" if ev.revision_timestamp else ""
            seen[ev.url] = f"'{ev.title}'{saved}"
    if not seen:
        return None
    return f"read on the revision of that day, not the current one: {', '.join(seen.values())}"


def _later_revisions(claim: ClaimResult) -> str | None:
    """The pages a verdict quotes from a revision saved after the day the claim is checked for: a count or a name on
    them may have changed since ('Children: 5' in 2025 against an article of 2024), so the editor is told."""
    day = claim.reading.as_of if claim.reading else None
    if claim.verdict not in (Verdict.SUPPORTED, Verdict.CONTRADICTED):  # its pages decided nothing
        return None
    seen: dict[str, str] = {}
    for ev in claim.evidence:
        stamp = ev.revision_timestamp
        if day is not None and ev.current is not False and stamp is not None and stamp.date() > day:
            seen.setdefault(ev.url, f"'{ev.title}' (saved {stamp.date().isoformat()})")
    if not seen:
        return None
    return f"read on a revision saved after that day: {', '.join(seen.values())}"


def reading_words(claim: ClaimResult) -> str:
    """What was checked, in words a desk editor reads: 'Dan Caine — holds office — Chairman of the
    Joint Chiefs of Staff (nationality U.S.) — as of 2025-08-20 (the article's date)'. A reviewer's
    correction, a denial, an earlier revision and one saved after the day are said; '' for a report
    written before readings."""
    r = claim.reading
    if r is None:
        return ""
    relation = f"denied: {r.relation}" if r.negated else r.relation
    value = _value_words(r)
    place = f"where: {r.place}" if r.place else None
    parts = [
        _subject_words(r),
        relation,
        value,
        place,
        *_when_words(r),
        _earlier_revisions(claim),
        _later_revisions(claim),
    ]
    return " — ".join(p for p in parts if p)


def checked_line(claim: ClaimResult) -> str:
    """'Checked: …' (see `reading_words`); 'To check: …' for a claim nothing was looked up for (not
    checked, or skipped by a reviewer); '' when the report has no reading for the claim."""
    said = reading_words(claim)
    if not said:
        return ""
    return f"{'To check' if claim.verdict == Verdict.NOT_CHECKED else 'Checked'}: {said}"


def counts_phrase(s: Summary) -> str:
    """'9 supported, 0 contradicted, 2 unverified', then the other outcomes that occur."""
    extra = "".join(
        f", {n} {label}"
        for n, label in ((s.not_checked, "not checked"), (s.accepted, "accepted"), (s.skipped, "skipped"))
        if n
    )
    return f"{s.supported} supported, {s.contradicted} contradicted, {s.unverified} unverified{extra}"


def summary_line(report: Report) -> str:
    return f"{count_of(len(report.claims), 'claim')}: {counts_phrase(report.summary)}"


def provenance_line(report: Report) -> str | None:
    """Where the evidence came from (live or replayed, host, time, synthetic ids), for headers; for an
    article with no date, which day's pages judged it and how to give it one."""
    said = describe(report.provenance) if report.provenance else None
    if report.article.as_of is None:
        at = report.provenance.at if report.provenance else None
        note = undated_note(report.article.path, at.date() if at else None)
        said = f"{said + ' ' if said else ''}{note[0].upper()}{note[1:]}."
    return said


def run_sources_line(report: Report) -> str | None:
    """The run's own sources (`--source`) that could not be read, for headers: said on no claim, an
    editor reading "supported" took the operator's page to agree."""
    if not report.unread_sources:
        return None
    said = "; ".join(report.unread_sources)
    return f"The run's source {said}; every verdict rests on the other pages read."


def revision_label(report: Report, revision_id: str) -> str:
    """'rev 123', or 'rev 9000… (synthetic)' when the cassette was built from stored copies."""
    synthetic = report.provenance is not None and report.provenance.synthetic_revisions
    return f"rev {revision_id}" + (" (synthetic)" if synthetic else "")


def to_json(report: Report) -> str:
    return report.model_dump_json(indent=2) + "\n"


def line_of(text: str, offset: int) -> int:
    """1-based line number of a character offset (CRLF and LF both count once)."""
    return text.count("\n", 0, offset) + 1


def column_of(text: str, offset: int) -> int:
    """1-based column (in characters) of a character offset on its line."""
    return offset - (text.rfind("\n", 0, offset) + 1) + 1


@dataclass(frozen=True)
class Region:
    """Where a claim stands in its article file, as editors and CI tools count: lines and columns
    from 1, `end_column` just after the claim's last character (SARIF's convention)."""

    start_line: int
    start_column: int
    end_line: int
    end_column: int


def region_of(text: str, span: tuple[int, int]) -> Region:
    start, end = span
    end = max(start, end)
    return Region(line_of(text, start), column_of(text, start), line_of(text, end), column_of(text, end))


def spans_index_file(path: str, text: str) -> bool:
    """Whether an article's text is its file's text, so that lines and columns point into the file
    (an HTML article's text is extracted from the markup: its offsets do not). A CRLF or CR file is read
    with LF line ends: only its line ends change, so lines and columns still point into it."""
    try:
        return lf_line_ends(decode_text(Path(path).read_bytes(), path)) == text
    except (OSError, ValueError, InputError):
        return False


def shown_path(path: str) -> str:
    """The article path relative to the working directory when it lies under it (CI tools want
    repository-relative paths), else as given; always with forward slashes."""
    try:
        return resolved(Path(path)).relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return Path(path).as_posix()


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current


def write_atomic(path: Path, content: str) -> None:
    """Write to a temporary file beside `path`, then rename: a report is whole or absent, never half.
    The temporary name keeps at most 64 characters of the report's: `.<name>.<random>` whole took a
    250-character name past the file system's 255 bytes, and the checked article lost its report."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:64]}.", dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~_umask())  # what open() would give: reports are for the group to read, not secrets
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(content)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
