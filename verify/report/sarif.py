"""SARIF 2.1.0 (the static-analysis results format GitHub code scanning and editors read): one
rule per verdict that is not "supported", one result per such claim, located by line and column
in the article file. Columns count characters (`columnKind: unicodeCodePoints`), as spans do.

A reviewer's decision is a SARIF suppression (accepted, with who and why); the reviewer's note
is in the result's properties, with the machine-readable reason code."""

from __future__ import annotations

import json

from verify import __version__
from verify.models import ClaimResult, Outcome, Verdict
from verify.report.common import LABEL, Checked, by_severity, checked_line, shown_path, why

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
RULES = {
    Verdict.CONTRADICTED: ("error", "A page gives another value for the claim's fact and none supports it."),
    Verdict.NOT_CHECKED: ("warning", "No source could be consulted for the claim in this run."),
    Verdict.UNVERIFIED: ("warning", "The pages consulted neither support nor contradict the claim."),
}


def _rule(verdict: Verdict) -> dict:
    level, description = RULES[verdict]
    label = LABEL[Outcome(verdict.value)]
    return {
        "id": verdict.value,
        "name": "".join(word.capitalize() for word in label.split()) + "Claim",
        "shortDescription": {"text": f"{label.capitalize()} claim"},
        "fullDescription": {"text": description},
        "defaultConfiguration": {"level": level},
    }


def _result(checked: Checked, claim: ClaimResult) -> dict:
    location: dict = {"artifactLocation": {"uri": shown_path(checked.report.article.path)}}
    where = checked.region(claim)
    if where is not None:  # else the file alone: the spans index text extracted from HTML
        location["region"] = {
            "startLine": where.start_line,
            "startColumn": where.start_column,
            "endLine": where.end_line,
            "endColumn": where.end_column,
            "snippet": {"text": claim.text},
        }
    result: dict = {
        "ruleId": claim.verdict.value,
        "ruleIndex": list(RULES).index(claim.verdict),
        "level": RULES[claim.verdict][0],
        "message": {"text": " ".join(p for p in (f"“{claim.text}”: {why(claim)}", checked_line(claim)) if p)},
        "locations": [{"physicalLocation": location}],
        "partialFingerprints": {"claimId/v1": claim.id},
        "properties": {"kind": claim.kind, "outcome": claim.outcome.value, "confidence": claim.confidence},
    }
    if claim.reason is not None:
        result["properties"]["reason"] = claim.reason.value
    if claim.note:
        result["properties"]["reviewerNote"] = claim.note
    if claim.reading is not None:  # what was checked, for a tool; the message says it in words
        result["properties"]["reading"] = claim.reading.model_dump(mode="json", exclude_defaults=True)
    if claim.review is not None:
        by = f" by {claim.review.by}" if claim.review.by else ""
        result["suppressions"] = [
            {
                "kind": "external",
                "status": "accepted",
                "justification": f"{claim.review.status}{by}: {claim.review.why or 'no reason given'}",
            }
        ]
    return result


def to_sarif(checked: list[Checked]) -> str:
    """One run over every article given (a batch is one file, as code scanning wants it)."""
    results = [_result(c, r) for c in checked for r in by_severity(c.report) if r.verdict in RULES]
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": {"name": "verify", "version": __version__, "rules": [_rule(v) for v in RULES]}},
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
