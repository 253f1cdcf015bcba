"""The product holds no test machinery: no HTTP server code under verify/."""

import re
import shutil
import subprocess

import pytest

from tests.conftest import ROOT

SERVER_CODE = re.compile(r"^\s*(?:from|import)\s+(?:http\.server|socketserver|wsgiref)\b", re.M)


def test_no_http_server_code_under_the_verify_package():
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "verify").rglob("*.py")
        if SERVER_CODE.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_the_fake_wiki_lives_in_test_support():
    assert not (ROOT / "verify" / "fakewiki.py").exists()
    assert SERVER_CODE.search((ROOT / "tests" / "support" / "fakewiki.py").read_text(encoding="utf-8"))


def test_articles_and_cassettes_check_out_with_lf_line_ends_on_every_platform():
    """Claim spans and article hashes index LF text; .gitattributes keeps core.autocrlf from turning it into CRLF."""
    if not (ROOT / ".git").exists() or shutil.which("git") is None:
        pytest.skip("not a git checkout")
    paths = ["seeds/nato-defense-chiefs.txt", "claims/nato-defense-chiefs.json", "docs/report.png"]
    shown = subprocess.run(["git", "check-attr", "eol", "text", "--", *paths], cwd=ROOT, capture_output=True, text=True)
    lines = set(shown.stdout.splitlines())
    assert "seeds/nato-defense-chiefs.txt: eol: lf" in lines
    assert "claims/nato-defense-chiefs.json: eol: lf" in lines
    assert "docs/report.png: text: unset" in lines
