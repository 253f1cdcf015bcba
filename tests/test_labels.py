"""Infobox rows quoted in a desk editor's words, never as wikitext parameter names."""

import re

from tests.conftest import ROOT, empty_cassette_folder
from verify.labels import readable_label, readable_value
from verify.match import field_text
from verify.models import Document, InfoboxField


def test_numbered_parameters_read_as_their_label():
    assert readable_label("office1") == "Office"
    assert readable_label("term_start2") == "Term began"
    assert readable_label("serviceyears") == "Years of service"
    assert readable_label("identification_symbol_2") == "Identification symbol"


def test_image_sizes_are_dropped_from_values():
    assert readable_value("30px Admiral (Ammiraglio)") == "Admiral (Ammiraglio)"
    assert readable_value("100x100px") == "100x100px"  # nothing else to show: keep what the page says


def test_a_paired_label_parameter_names_the_row():
    doc = Document.model_validate(
        {
            "url": "https://en.wikipedia.org/wiki/X",
            "title": "X",
            "source": "wikipedia",
            "retrieved_at": "2025-08-20T00:00:00Z",
            "text": "",
            "infobox": [{"label": "commander1", "value": "Gen A"}, {"label": "commander1_label", "value": "Chief"}],
        }
    )
    assert field_text(doc, InfoboxField(label="commander1", value="Gen A")) == "Chief: Gen A"


def test_no_stored_page_quotes_a_raw_parameter_name():
    """Every infobox row of every stored page, as a snippet would quote it."""
    import json

    raw = re.compile(r"^[a-z]+(_[a-z]+)*\d*(_label)?:|^\w*\d:|px ")
    for path in (ROOT / "fixtures" / "wiki" / "pages").glob("*.json"):
        page = json.loads(path.read_text(encoding="utf-8"))
        fields = [InfoboxField(label=k, value=v) for k, v in (page["infobox"] or {}).get("fields", [])]
        doc = Document(
            url="https://en.wikipedia.org/wiki/X",
            title="X",
            source="wikipedia",
            retrieved_at="2025-08-20T00:00:00Z",
            text="",
            infobox=tuple(fields),
        )
        for field in fields:
            if field.label.endswith("_label"):
                continue
            shown = field_text(doc, field)
            assert not raw.search(shown), (path.name, shown)


def test_no_rationale_or_snippet_of_the_verdict_set_names_a_raw_parameter(tmp_path):
    """Every labelled article checked against the stored pages: what the desk reads has no
    `office1:`, `commander1_label`, `incumbentsince` or image size in it."""
    from typer.testing import CliRunner

    from tests.support.fakewiki import FakeWiki, serve
    from verify.cli import app
    from verify.models import Report

    with serve(FakeWiki.from_directory(ROOT / "fixtures" / "wiki" / "pages")) as url:
        where = ["--out", str(tmp_path), "--wiki", url, "--cassettes", str(empty_cassette_folder(tmp_path))]
        result = CliRunner().invoke(
            app, ["check", str(ROOT / "tests/data/verdicts"), *where, "--format", "json", "--fail-on", "never"]
        )
    assert result.exit_code == 0, result.stderr
    said = []
    for path in tmp_path.glob("*.json"):
        for claim in Report.model_validate_json(path.read_text(encoding="utf-8")).claims:
            said += [claim.rationale, *(ev.snippet for ev in claim.evidence)]
    raw = re.compile(r"\b[a-z]+_[a-z_]+\b|\b[A-Za-z]+\d+:|\b\d+(x\d+)?px\b|\bincumbentsince\b|\bserviceyears\b")
    assert [s for s in said if raw.search(s)] == []
    assert any(s.startswith(("Commander:", "Office:", "Rank:")) for s in said)  # infobox rows were quoted
