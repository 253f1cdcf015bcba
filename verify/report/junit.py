"""JUnit XML so CI systems show claims natively: contradicted = failure, unverified = skipped."""

from __future__ import annotations

from xml.etree import ElementTree as ET

from verify.models import Report, Verdict
from verify.provenance import describe


def xml_text(text: str) -> str:
    """XML 1.0 cannot carry most control characters at all, escaped or not."""
    return "".join(c for c in text if c in "\t\n\r" or (ord(c) >= 0x20 and c not in "\ufffe\uffff"))


def to_junit(report: Report) -> str:
    s = report.summary
    suites = ET.Element(
        "testsuites",
        name="verify",
        tests=str(len(report.claims)),
        failures=str(s.contradicted),
        skipped=str(s.unverified + s.not_checked),
        errors="0",
    )
    suite = ET.SubElement(
        suites,
        "testsuite",
        name=xml_text(f"verify: {report.article.title}"),
        tests=str(len(report.claims)),
        failures=str(s.contradicted),
        skipped=str(s.unverified + s.not_checked),
        errors="0",
    )
    if report.provenance is not None:
        properties = ET.SubElement(suite, "properties")
        ET.SubElement(properties, "property", name="provenance", value=xml_text(describe(report.provenance)))
    for r in report.claims:
        case = ET.SubElement(
            suite, "testcase", classname=xml_text(report.article.path), name=xml_text(f"{r.id}: {r.text}")[:300]
        )
        if r.verdict == Verdict.CONTRADICTED:
            ET.SubElement(case, "failure", message=xml_text(r.rationale)[:500], type="contradicted").text = xml_text(
                r.rationale
            ) + "".join(
                f"\n{e.url}" + (f" (revision {e.revision_url})" if e.revision_url else "") + f": {xml_text(e.snippet)}"
                for e in r.evidence
            )
        elif r.verdict in {Verdict.UNVERIFIED, Verdict.NOT_CHECKED}:
            ET.SubElement(case, "skipped", message=xml_text(r.rationale)[:500])
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
