"""What an editor does next about a claim neither supported nor contradicted: one instruction per reason.

Every rationale of such a claim ends with its reason's step, said the same way wherever the reason comes
from (the judge's common reasons, a kind's own, a source's failure), so a desk reads one instruction per
situation. The steps were scattered: "an editor should check it" ended some rationales, "run with
--record-new to add it" others, and "Read 'X' but found no sentence that settles this." none at all.
"""

from __future__ import annotations

from verify.article import how_to_date
from verify.models import Reason

# {date} is how to give this article its date (see `how_to_date`); None: a reviewer decided, nothing is left to do
NEXT_STEPS: dict[Reason, str | None] = {
    Reason.NO_PAGE: "check it by hand; if verify misread whom or what it is about, correct the subject in the "
    "claim file (corrected_subject) and check again",
    Reason.NO_PASSAGE: "check it by hand against the pages read or another source (a page that states it can be "
    "given with --source URL)",
    Reason.SOURCES_DISAGREE: "open both quoted revisions and decide which holds on the article's date",
    Reason.QUOTE_NOT_ON_REFERENCE_PAGES: "check the words against the speaker's own statement, transcript or "
    "recording",
    Reason.NO_RULE_FOR_KIND: "check it by hand: verify has no rule that looks this kind of claim up",
    Reason.NO_ARTICLE_DATE: "give the article its date with {date} and check again",
    Reason.NEGATED: "check the denial by hand: verify checks only facts an article affirms",
    Reason.SOURCE_UNREACHABLE: "check again when the source answers (or record its answers with --record "
    "where it does)",
    Reason.NOT_IN_CASSETTE: "add the requests the cassette lacks with --record-new",
    Reason.OFFLINE_NO_CASSETTE: "check it with --live (or --wiki URL --live against a local mirror), or record a "
    "cassette with --record",
    Reason.DEADLINE: "check again with a longer --deadline",
    Reason.INTERNAL_ERROR: "report it with the article (VERIFY_DEBUG=1 shows the traceback)",
    Reason.SKIPPED_BY_REVIEWER: None,
    Reason.ACCEPTED_BY_REVIEWER: None,
}
LEAD = "Next step: "


def next_step(reason: Reason | None, path: str | None = None) -> str:
    """The sentence an editor acts on for `reason` ("" when there is none); `path` is the article's."""
    step = NEXT_STEPS.get(reason) if reason is not None else None
    return f"{LEAD}{step.format(date=how_to_date(path))}." if step else ""


def with_next_step(rationale: str, reason: Reason | None, path: str | None = None) -> str:
    """The rationale ending with its reason's next step (once, however often it is asked)."""
    step = next_step(reason, path)
    if not step or step in rationale:
        return rationale
    return f"{rationale.rstrip()} {step}" if rationale.strip() else step
