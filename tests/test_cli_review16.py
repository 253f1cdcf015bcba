"""Session 16's review of the command line: a hostile value met in review, and, beside it, the refusal that
already held."""

from __future__ import annotations

import json

import pytest

from tests.conftest import ROOT
from tests.test_hostile_files import SEED, check, in_project, one_line_error  # noqa: F401  (in_project: fixture)

# `is_web_url` asks urlsplit, which raises ValueError on a bracketed host that is no IPv6 address: the check
# meant to refuse a bad source in one line turned it into an internal error (exit 3); before it, the run went on.


@pytest.mark.parametrize("url", ["http://[::1", "https://[nato]/"])
def test_a_source_with_a_broken_bracketed_host_is_one_line(tmp_path, url):
    result = check(SEED, "--source", url, "--out", tmp_path)
    one_line_error(result, f"--source: {url!r} is not an http(s) URL with a host")


def test_a_claim_file_source_with_a_broken_bracketed_host_names_the_field(tmp_path):
    claims = json.loads((ROOT / "claims/nato-defense-chiefs.json").read_text())
    claims["claims"][0]["sources"] = ["http://[::1"]
    (tmp_path / "nato-defense-chiefs.json").write_text(json.dumps(claims))
    result = check(SEED, "--claims", tmp_path, "--out", tmp_path / "out")
    one_line_error(result, "field 'claims.0.sources.0': 'http://[::1' is not an http(s) URL with a host")


def test_a_source_without_a_scheme_is_still_one_line(tmp_path):
    result = check(SEED, "--source", "nato.int/news", "--out", tmp_path)
    one_line_error(result, "--source: 'nato.int/news' is not an http(s) URL with a host")
