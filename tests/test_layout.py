"""The product holds no test machinery: no HTTP server code under verify/."""

import re

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
