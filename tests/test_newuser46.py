"""What a new user and an attacker met in session 46: error lines that leave a sentence hanging,
locations that point at lines the file does not have. Every article here is invented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from verify.cassette import read_cassette
from verify.claimfile import load_claim_file
from verify.cli import app
from verify.config import find_config
from verify.errors import InputError
from verify.inputs import load_json

runner = CliRunner()

NORBY_HTML = (
    "<html><head><title>Norby council</title></head><body><nav>menu</nav>"
    "<p>Karl Moen, the mayor of Norby since 2019, said the town has 12,000 residents.</p></body></html>"
)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('{"article": "a.txt", "claims": [{"id": "abc', id="unterminated-string"),
        pytest.param('{"article": "a.txt",\n "claims": [1,]}', id="trailing-comma"),
    ],
)
def test_a_malformed_json_file_says_where_and_leaves_no_sentence_hanging(text):
    """json's 'Unterminated string starting at' was shown as `not valid JSON (Unterminated string
    starting at)`: the position it points to was dropped, so the line ended mid-sentence."""
    with pytest.raises(InputError) as caught:
        load_json(text, "claims/a.json")
    said = str(caught.value)
    assert re.search(r"\bline \d+\b", said) and "column" in said
    assert not re.search(r"\bat\)", said), said


@pytest.mark.parametrize("name", ["story.html", "story.txt"])
def test_verbose_lines_of_an_html_article_name_no_line_the_file_does_not_have(tmp_path, name):
    """An HTML article's claims index the text read from its markup, not the file: the table and the
    CI formats give them no line, but `--verbose` printed `story.html:3:` for a file of one line
    (the same for HTML saved as `.txt`). A line number there must be a line of the file."""
    article = tmp_path / name
    article.write_text(NORBY_HTML, encoding="utf-8")
    result = runner.invoke(app, ["check", str(article), "--offline", "--verbose", "--out", str(tmp_path / "out")])
    assert result.exit_code == 1, result.output
    lines = [ln for ln in result.output.splitlines() if ln.startswith(str(article) + ":")]
    assert lines, result.output
    assert all(not re.match(re.escape(str(article)) + r":\d+:", ln) for ln in lines), lines


@pytest.mark.parametrize("tool", ["tool = 5", 'tool = ["verify"]', 'tool = "verify"'])
def test_a_pyproject_whose_tool_is_no_table_is_one_line_naming_the_file(tmp_path, tool):
    """`tool = 5` in the project's pyproject.toml ended the run in `internal error (AttributeError: 'int'
    object has no attribute 'get'); please report it`, exit 3: a project file the user can mend is a
    one-line input error naming it."""
    (tmp_path / "pyproject.toml").write_text(tool + "\n", encoding="utf-8")
    article = tmp_path / "story.txt"
    article.write_text("Norby\n\nKarl Moen is the mayor of Norby.\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        find_config(article)
    assert "pyproject.toml" in str(caught.value) and "tool" in str(caught.value)


def _config_error(tmp_path: Path, toml: str) -> str:
    (tmp_path / "verify.toml").write_text(toml, encoding="utf-8")
    article = tmp_path / "story.txt"
    article.write_text("Norby\n\nKarl Moen is the mayor of Norby.\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        find_config(article)
    return str(caught.value)


def test_a_verify_toml_written_with_a_tool_verify_section_says_to_drop_the_section(tmp_path):
    """The README's example is `[tool.verify]` of pyproject.toml; copied into verify.toml it was refused
    as `unknown key 'tool'`, which does not say that verify.toml takes the same keys with no section."""
    said = _config_error(tmp_path, '[tool.verify]\nfail-on = "never"\n')
    assert "without" in said and "[tool.verify]" in said, said


@pytest.mark.parametrize(
    "toml",
    [pytest.param('select = ["rol"]\n', id="unknown-kind"), pytest.param("out = 5\n", id="folder-as-number")],
)
def test_a_bad_configuration_value_is_said_in_the_users_words_not_pydantics(tmp_path, toml):
    """`key 'select.0': Value error, unknown claim kind` and `key 'out': Input is not a valid path for
    <class 'pathlib.Path'>`: pydantic's prefix and a Python class name mean nothing to a desk."""
    said = _config_error(tmp_path, toml)
    assert "Value error" not in said and "<class" not in said, said


@pytest.mark.parametrize("broken", ["claims/other.json", "fixtures/cassettes/other.yaml"])
def test_a_batchs_summary_names_the_article_whose_claim_file_or_cassette_is_broken(tmp_path, broken):
    """summary.md's 'Not checked' list is a list of articles, but an article whose claim file (or
    cassette) was malformed was listed as `/abs/claims/other.json: line 1: not valid JSON`: the article
    was named nowhere. Its entry (and its stderr line) now starts with the article; the others stand."""
    (tmp_path / "verify.toml").write_text("", encoding="utf-8")
    (tmp_path / "claims").mkdir()
    (tmp_path / "fixtures" / "cassettes").mkdir(parents=True)
    for stem in ("good", "other"):
        (tmp_path / f"{stem}.txt").write_text("Norby\n\nKarl Moen is the mayor of Norby.\n", encoding="utf-8")
    (tmp_path / broken).write_text('{"article": ' if broken.endswith(".json") else "interactions: [", "utf-8")
    out = tmp_path / "out"
    result = runner.invoke(
        app, ["check", str(tmp_path / "good.txt"), str(tmp_path / "other.txt"), "--offline", "--out", str(out)]
    )
    assert result.exit_code == 2, result.output
    not_checked = (out / "summary.md").read_text(encoding="utf-8").split("## Not checked")[1]
    entries = [ln.replace("\\", "") for ln in not_checked.splitlines() if ln.startswith("- ")]  # Markdown's escapes
    assert len(entries) == 1 and entries[0].startswith(f"- {tmp_path / 'other.txt'}: "), entries
    assert (out / "good.json").exists()


@pytest.mark.parametrize(
    "content", ["", "---\n", "# recorded 2026-12-07\n"], ids=["nothing", "document-marker", "comment-only"]
)
def test_an_empty_cassette_file_is_said_to_be_empty(tmp_path, content):
    """A cassette cut to nothing (a full disk, an editor's save gone wrong) was refused as `field
    'interactions': missing or not a list (not a vcrpy cassette)`, which sends the user looking for a
    field; it is empty, and the line says so and how to get it back."""
    tape = tmp_path / "story.yaml"
    tape.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_cassette(tape)
    assert "empty" in str(caught.value) and "--record" in str(caught.value), str(caught.value)


@pytest.mark.parametrize("version", ['"1"', "true", "1.0"], ids=["text", "boolean", "decimal"])
def test_a_claim_files_schema_version_is_read_only_as_the_number_it_is(tmp_path, version):
    """`"schema_version": true` (or "1", or 1.0) was read as version 1 by pydantic's lax mode: a file
    whose version is not the integer verify writes was not written by it, and is said in one line."""
    path = tmp_path / "story.json"
    path.write_text(f'{{"schema_version": {version}, "article": "story.txt", "claims": []}}', encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_claim_file(path)
    assert "schema_version" in str(caught.value), str(caught.value)


@pytest.mark.xfail(
    strict=True,
    reason="open: an article may hold a few control characters (up to 1 % of its text is not refused as binary); "
    "the JSON escapes them and Markdown drops them, but verify/report/html.py passes them through html.escape "
    "raw (ESC, vertical tab), which HTML forbids and `cat report.html` sends to the terminal",
)
def test_the_html_report_carries_no_raw_control_character_from_the_article(tmp_path):
    article = tmp_path / "story.txt"
    article.write_text(
        "Norby\x0b council\n\nKarl Moen, the mayor of Norby since 2019, said the town has 12,000\x1b[31m residents.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = runner.invoke(app, ["check", str(article), "--offline", "--format", "html", "--out", str(out)])
    assert result.exit_code == 1, result.output
    page = (out / "story.html").read_text(encoding="utf-8")
    assert not re.search(r"[\x00-\x08\x0b\x0e-\x1f\x7f]", page)
