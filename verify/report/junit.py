"""JUnit XML so CI systems show claims natively: one test suite per article, one test case per
claim; contradicted = failure; unverified, not checked and skipped by a reviewer = skipped; a
claim a reviewer accepted passes, with the decision in its output. A batch also gets one combined
file."""

from __future__ import annotations

import datetime as dt
from xml.etree import ElementTree as ET

from verify.models import Outcome
from verify.provenance import describe
from verify.report.common import Checked, checked_line, reviewer_words, shown_path, why

SKIPPED = {Outcome.UNVERIFIED, Outcome.NOT_CHECKED, Outcome.SKIPPED}


def xml_text(text: str) -> str:
    """XML 1.0 cannot carry most control characters at all, escaped or not."""
    return "".join(c for c in text if c in "\t\n\r" or (ord(c) >= 0x20 and c not in "\ufffe\uffff"))


def _skipped(checked: Checked) -> int:
    return sum(1 for r in checked.report.claims if r.outcome in SKIPPED)


def _suite(parent: ET.Element, checked: Checked) -> None:
    report, s = checked.report, checked.report.summary
    timing = {}
    if checked.seconds is not None:
        timing["time"] = f"{checked.seconds:.3f}"
    if checked.started is not None:  # JUnit's timestamp is ISO 8601 without a zone; ours is UTC
        timing["timestamp"] = checked.started.astimezone(dt.UTC).replace(tzinfo=None).isoformat(timespec="seconds")
    suite = ET.SubElement(
        parent,
        "testsuite",
        name=xml_text(f"verify: {report.article.title}"),
        tests=str(len(report.claims)),
        failures=str(s.contradicted),
        skipped=str(_skipped(checked)),
        errors="0",
        file=xml_text(shown_path(report.article.path)),
        **timing,
    )
    if report.provenance is not None:
        properties = ET.SubElement(suite, "properties")
        ET.SubElement(properties, "property", name="provenance", value=xml_text(describe(report.provenance)))
    for r in report.claims:
        case = ET.SubElement(
            suite,
            "testcase",
            classname=xml_text(shown_path(report.article.path)),
            name=xml_text(f"{r.id}: {r.text}")[:300],
        )
        if said := checked_line(r):  # what the verdict is about (as pytest puts a case's own properties)
            ET.SubElement(ET.SubElement(case, "properties"), "property", name="checked", value=xml_text(said))
        if r.outcome == Outcome.CONTRADICTED:
            ET.SubElement(case, "failure", message=xml_text(why(r))[:500], type="contradicted").text = (
                xml_text(why(r))
                + "".join(
                    f"\n{e.url}"
                    + (f" (revision {e.revision_url})" if e.revision_url else "")
                    + f": {xml_text(e.snippet)}"
                    for e in r.evidence
                )
                + (f"\n{xml_text(said)}" if said else "")
            )
        elif r.outcome in SKIPPED:
            ET.SubElement(case, "skipped", message=xml_text(why(r))[:500])
        if reviewer_words(r):
            ET.SubElement(case, "system-out").text = xml_text(reviewer_words(r))


def to_junit(checked: list[Checked]) -> str:
    """`<testsuites>` over every article given: one article's file, or the batch's combined file."""
    totals = {"tests": 0, "failures": 0, "skipped": 0}
    for c in checked:
        totals["tests"] += len(c.report.claims)
        totals["failures"] += c.report.summary.contradicted
        totals["skipped"] += _skipped(c)
    timing = {}
    if checked and all(c.seconds is not None for c in checked):
        timing["time"] = f"{sum(c.seconds or 0.0 for c in checked):.3f}"
    suites = ET.Element("testsuites", name="verify", errors="0", **{k: str(v) for k, v in totals.items()}, **timing)
    for c in checked:
        _suite(suites, c)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
