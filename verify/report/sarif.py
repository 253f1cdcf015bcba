"""SARIF 2.1.0 (the static-analysis results format GitHub code scanning and editors read): one
rule per outcome, one result per claim that needs attention, located by line and column in the
article file. Columns count characters (`columnKind: unicodeCodePoints`), as the spans do."""

from __future__ import annotations

import json

from verify import __version__
from verify.models import Verdict
from verify.report.common import Checked, attention, region_of, shown_path, why

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
RULES = {
    Verdict.CONTRADICTED: ("error", "A page gives another value for the claim's fact and none supports it."),
    Verdict.UNVERIFIED: ("warning", "The pages consulted neither support nor contradict the claim."),
}


def _rule(verdict: Verdict) -> dict:
    level, description = RULES[verdict]
    return {
        "id": verdict.value,
        "name": f"{verdict.value.replace(' ', '-').title().replace('-', '')}Claim",
        "shortDescription": {"text": f"{verdict.value.capitalize()} claim"},
        "fullDescription": {"text": description},
        "defaultConfiguration": {"level": level},
    }


def to_sarif(checked: list[Checked]) -> str:
    """One run over every article given (a batch is one file, as code scanning wants it)."""
    verdicts = list(RULES)
    results = []
    for c in checked:
        for claim in attention(c.report):
            where = region_of(c.text, claim.span)
            results.append(
                {
                    "ruleId": claim.verdict.value,
                    "ruleIndex": verdicts.index(claim.verdict),
                    "level": RULES[claim.verdict][0],
                    "message": {"text": f"“{claim.text}”: {why(claim)}"},
                    "locations": [
                        {
                            "physicalLocation": {
                                "artifactLocation": {"uri": shown_path(c.report.article.path)},
                                "region": {
                                    "startLine": where.start_line,
                                    "startColumn": where.start_column,
                                    "endLine": where.end_line,
                                    "endColumn": where.end_column,
                                    "snippet": {"text": claim.text},
                                },
                            }
                        }
                    ],
                    "partialFingerprints": {"claimId": claim.id},
                    "properties": {"kind": claim.kind, "confidence": claim.confidence},
                }
            )
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "verify",
                        "version": __version__,
                        "rules": [_rule(v) for v in verdicts],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
