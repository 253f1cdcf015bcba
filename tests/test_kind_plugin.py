"""A newsroom adds a claim kind from its own package, through the entry-point group `verify.kinds`,
without touching verify: here a tiny package installed into a temporary folder on sys.path."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from verify.article import load_article
from verify.extract import extract_claims
from verify.kinds import registry, reload_registry
from verify.models import Verdict
from verify.pipeline import check
from verify.report import Checked, render

TOY_KIND = '''
"""A toy kind: when an organisation's founding treaty was signed."""

import re

from verify.kinds.base import Aspect, BaseKind, Finding, Stance, Wants
from verify.match import Unit

SIGNED = re.compile(r"(?P<org>[A-Z]{2,})'s founding treaty was signed in (?P<year>\\d{4})")


class TreatyKind(BaseKind):
    name = "treaty_signed"

    def find(self, view):
        return [
            view.claim(self.name, s, m.start(), m.end(), m["org"], "signed", value=m["year"])
            for s in view.sentences
            for m in SIGNED.finditer(s.text)
        ]

    def wants(self, claim):
        return Wants(titles=(claim.subject,))

    def judge(self, claim, evidence, as_of):
        out = []
        for doc in evidence.own:
            for sentence in re.split(r"(?<=\\.)\\s+", doc.text):
                years = re.findall(r"\\b(1[89]\\d\\d|20\\d\\d)\\b", sentence) if "signed" in sentence else []
                for year in years:
                    stance = Stance.SUPPORTS if year == claim.value else Stance.CONTRADICTS
                    out.append(Finding(Unit(doc, sentence), stance, 90.0, Aspect.MAIN, year))
        return out

    def phrase(self, finding):
        return f"dates the signing to {finding.detail}"


KIND = TreatyKind()
'''


@pytest.fixture
def toy_kind_installed(tmp_path, monkeypatch):
    """`toy_kinds` installed the way pip installs it: the package and a dist-info naming its entry point."""
    site = tmp_path / "site"
    (site / "toy_kinds").mkdir(parents=True)
    (site / "toy_kinds" / "__init__.py").write_text(TOY_KIND)
    info = site / "toy_kinds-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: toy-kinds\nVersion: 0.1\n")
    (info / "entry_points.txt").write_text("[verify.kinds]\ntreaty_signed = toy_kinds:KIND\n")
    monkeypatch.syspath_prepend(str(site))
    reload_registry()
    yield
    monkeypatch.undo()
    sys.modules.pop("toy_kinds", None)
    reload_registry()


def article(tmp_path: Path, body: str):
    path = tmp_path / "treaty.txt"
    path.write_text(f"Alliance marks anniversary\n\n{body}\n", encoding="utf-8")
    return load_article(path)


def test_a_kind_from_another_package_is_registered(toy_kind_installed):
    assert "treaty_signed" in registry()
    assert {"role", "quantity", "duration", "date", "quote", "relation"} <= set(registry())


def test_a_plugged_in_kind_is_extracted_judged_and_reported(toy_kind_installed, tmp_path, wikipedia):
    text = article(tmp_path, "NATO's founding treaty was signed in 1949, officials recalled.")
    claims = extract_claims(text)
    treaty = [c for c in claims if c.kind == "treaty_signed"]
    assert [c.text for c in treaty] == ["NATO's founding treaty was signed in 1949"]

    report = check(text, claims, wikipedia)
    result = next(r for r in report.claims if r.kind == "treaty_signed")
    assert result.verdict == Verdict.SUPPORTED
    assert "dates the signing to 1949" in result.rationale
    assert result.evidence[0].title == "NATO"
    assert "NATO's founding treaty was signed in 1949" in render("markdown", Checked(report, text.text, text.stem))


def test_a_plugged_in_kind_can_contradict(toy_kind_installed, tmp_path, wikipedia):
    text = article(tmp_path, "NATO's founding treaty was signed in 1951, officials recalled.")
    report = check(text, extract_claims(text), wikipedia)
    result = next(r for r in report.claims if r.kind == "treaty_signed")
    assert result.verdict == Verdict.CONTRADICTED
    assert "dates the signing to 1949" in result.rationale


def test_without_the_package_its_claims_are_not_found(tmp_path):
    text = article(tmp_path, "NATO's founding treaty was signed in 1949, officials recalled.")
    assert "treaty_signed" not in registry()
    assert all(c.kind != "treaty_signed" for c in extract_claims(text))
