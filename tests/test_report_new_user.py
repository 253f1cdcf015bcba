"""What review34's new user met in the reports of an article of their own (N1, N3, N4): a deed told with its day
shown as the same row twice, a true title of the article's day contradicted on today's pages with the warning
before the table, and lines an HTML article's file does not have. The article is invented; its people are on the
fixture wiki's pages."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from tests.conftest import empty_cassette_folder
from verify.cli import app
from verify.models import Report
from verify.report import Checked, to_html, to_markdown
from verify.report.terminal import print_article, print_batch

runner = CliRunner()

VISIT = (
    "Stubb meets Scholz in Berlin\n\n"
    "HELSINKI, 3 April 2024 - Finnish President Alexander Stubb travelled to Berlin on Wednesday for talks with "
    "German Chancellor Olaf Scholz.\n\n"
    "Stubb, who took office in March 2024, said Finland would raise its defence spending.\n"
)
DEED = "took office in March 2024"


def _run(folder: Path, wiki: str, *extra: str, text: str = VISIT):
    """`verify check` of VISIT (or `text`) against the fixture wiki, every file format; the result and the reports'
    folder."""
    folder.mkdir(parents=True, exist_ok=True)
    article = folder / "visit.txt"
    article.write_text(text, encoding="utf-8")
    out = folder / "out"
    formats = [a for f in ("json", "markdown", "html") for a in ("--format", f)]
    result = runner.invoke(
        app,
        ["check", str(article), "--out", str(out), "--wiki", wiki, "--cassettes", str(empty_cassette_folder(folder)),
         "--fail-on", "never", *formats, *extra],
        env={"COLUMNS": "400"},
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    return result, out


@pytest.fixture(scope="module")
def dated(tmp_path_factory, local_wiki):
    return _run(tmp_path_factory.mktemp("dated"), local_wiki, "--as-of", "2024-04-03")


@pytest.fixture(scope="module")
def undated(tmp_path_factory, local_wiki):
    return _run(tmp_path_factory.mktemp("undated"), local_wiki)


def _claims(out: Path) -> list[dict]:
    return json.loads((out / "visit.json").read_text())["claims"]


def _terminal_row(stdout: str, words: str) -> str:
    """The terminal table's row that opens with `words` in its claim cell, its wrapped lines joined."""
    lines = stdout.splitlines()
    start = next(i for i, line in enumerate(lines) if words in line)
    end = next((i for i in range(start + 1, len(lines)) if not lines[i].startswith(" ")), len(lines))
    return " ".join(" ".join(lines[start:end]).split())


def _table_rows(markdown: str) -> list[str]:
    return [line for line in markdown.splitlines() if line.startswith("| ") and not line.startswith("| Verdict")]


# N3: a deed told with its day


def test_a_deed_told_with_its_day_keeps_both_claims_in_the_json(dated):
    _, out = dated
    on_the_deed = [c for c in _claims(out) if c["text"] == DEED]
    assert sorted(c["kind"] for c in on_the_deed) == ["clause", "date"], on_the_deed
    assert {c["outcome"] for c in on_the_deed} == {"supported"}


def test_a_deed_told_with_its_day_is_one_row_of_the_markdown_naming_both_claims(dated):
    _, out = dated
    markdown = (out / "visit.md").read_text()
    rows = [row for row in _table_rows(markdown) if DEED in row]
    assert len(rows) == 1 and f"{DEED} (2 claims: the date, the deed)" in rows[0], rows
    rationale = [line for line in markdown.splitlines() if line.startswith(f"- **{DEED}**")]
    assert len(rationale) == 1, markdown
    assert "Checked (the date): " in markdown and "Checked (the deed): " in markdown  # each reading still shown


def test_a_deed_told_with_its_day_is_one_row_of_the_terminal(dated):
    result, _ = dated
    assert result.stdout.count(DEED) == 1, result.stdout
    assert "(2 claims: the date, the" in _terminal_row(result.stdout, DEED), result.stdout


def test_a_deed_told_with_its_day_is_one_highlight_and_one_entry_of_the_html(dated):
    _, out = dated
    page = (out / "visit.html").read_text()
    ids = [c["id"] for c in _claims(out) if c["text"] == DEED]
    assert page.count(f'{DEED}<span class="tag"') == 1  # one highlight in the article
    assert page.count(f"<q>{DEED}</q>") == 1 and "(2 claims: the date, the deed)" in page
    assert all(f'id="{i}"' in page for i in ids)  # a link to either claim lands on the entry


# A month no office of the page began in: neither claim is settled (the true "took office in March 2024" is supported
# by the term begun on 1 March 2024 whatever the article's date, since session 48's recall48; a day fitting no office
# refutes nothing, the page's offices being perhaps partial).
UNDATED_DEED = "took office in March 2023"


@pytest.fixture(scope="module")
def undated_month(tmp_path_factory, local_wiki):
    return _run(tmp_path_factory.mktemp("undated_month"), local_wiki, text=VISIT.replace(DEED, UNDATED_DEED))


def test_a_shared_row_names_each_claims_reason_and_says_their_next_step_once(undated_month):
    """Undated, both claims are left unverified for different reasons: the row gives both, named, and the one
    next step they share at its end."""
    _, out = undated_month
    markdown = (out / "visit.md").read_text()
    rationale = next(line for line in markdown.splitlines() if line.startswith(f"- **{UNDATED_DEED}**"))
    assert "unverified: The date: " in rationale and " The deed: " in rationale, rationale
    assert rationale.count("Next step:") == 1, rationale


def _report(*claims: dict, as_of: str | None = "2024-04-03") -> Report:
    text = "T\n\n" + "x" * 200
    return Report.model_validate(
        {
            "article": {"path": "a.txt", "sha256": "0" * 64, "title": "T", "as_of": as_of},
            "claims": [
                {"sentence": text[3:], "confidence": 0, "rationale": f"Rationale of {c['id']}.", **c} for c in claims
            ],
            "summary": {},
        }
    )


def _reading(relation: str, time_from: str | None = None) -> dict:
    return {"subject": "Ana Ruiz", "relation": relation, "time_from": time_from}


@pytest.mark.parametrize(
    ("kinds", "verdicts", "rows"),
    [
        (("date", "clause"), ("supported", "supported"), 1),
        (("date", "clause"), ("unverified", "supported"), 2),  # two outcomes: two rows, each its own
        (("role", "role"), ("supported", "supported"), 2),  # 'became A and B': two offices, two facts
        (("date", "quantity"), ("supported", "supported"), 2),
    ],
)
def test_only_a_date_and_a_clause_on_the_same_words_with_one_outcome_share_a_row(kinds, verdicts, rows):
    report = _report(
        *(
            {"id": f"c{i}", "kind": k, "text": "x" * 10, "span": [3, 13], "verdict": v}
            for i, (k, v) in enumerate(zip(kinds, verdicts, strict=True))
        )
    )
    assert len(_table_rows(to_markdown(report))) == rows
    page = to_html(report, "T\n\n" + "x" * 200)
    assert page.count('<section id="c') == rows


def test_a_shared_row_is_one_line_of_a_batchs_list_of_problems():
    pair = [{"id": f"c{i}", "kind": k, "text": "x" * 10, "span": [3, 13], "verdict": "unverified"} for i, k in
            enumerate(("date", "clause"))]  # fmt: skip
    report = _report(*pair)
    console = Console(record=True, width=300, file=io.StringIO())
    print_batch(console, [Checked(report, "T\n\n" + "x" * 200, "a")], [])
    shown = console.export_text()
    problems = [line for line in shown.splitlines() if line.startswith("a.txt:3")]
    assert len(problems) == 1 and "(2 claims: the date, the deed)" in problems[0], shown
    assert "needs attention (1):" in shown


# N4: a true title of the article's day, contradicted on today's pages


def test_an_undated_articles_contradicted_title_says_in_its_row_that_it_was_judged_on_todays_pages(undated):
    result, out = undated
    scholz = next(c for c in _claims(out) if c["text"] == "German Chancellor Olaf Scholz")
    assert scholz["verdict"] == "contradicted"  # the dateline's date is offered, never taken
    assert json.loads((out / "visit.json").read_text())["article"]["as_of"] is None
    assert "The article has no date, so this was judged against the pages as they stood on" in scholz["rationale"]
    assert "its opening reads '3 April 2024': check again with --as-of 2024-04-03." in scholz["rationale"]
    row = next(r for r in _table_rows((out / "visit.md").read_text()) if "Olaf Scholz" in r)
    assert "(judged on the pages as they are now: the article has no date)" in row, row
    shown = _terminal_row(result.stdout, "German Chancellor Olaf Scholz")
    assert "The article has no date" in shown and "check again with --as-of 2024-04-03." in shown, shown


def test_the_terminal_repeats_after_the_table_which_contradictions_want_the_articles_date(undated):
    """The warning before the table was easy to miss: after the counts, a line says it again."""
    result, _ = undated
    lines = result.stdout.splitlines()
    counts = next(i for i, line in enumerate(lines) if re.match(r"\d+ claims: \d+ supported", line))
    assert lines[counts + 1].startswith("1 contradicted claim was judged on the pages as they are now"), lines
    assert "check again with --as-of 2024-04-03 (its opening reads '3 April 2024')" in lines[counts + 1]


def test_a_dated_article_says_nothing_of_todays_pages(dated):
    result, out = dated
    assert not any("no date" in c["rationale"] for c in _claims(out))
    assert "as they are now" not in result.stdout + (out / "visit.md").read_text()


@pytest.mark.parametrize(
    ("claims", "marked"),
    [
        ([{"kind": "role", "reading": _reading("holds office")}], True),
        ([{"kind": "role", "reading": _reading("holds office"), "as_of": "2024-04-03"}], False),  # a dated article
        ([{"kind": "role", "reading": _reading("holds office"), "verdict": "supported"}], False),
        ([{"kind": "date", "reading": _reading("took office", "claim")}], False),  # its own day
        ([{"kind": "clause", "reading": _reading("born in")}], False),  # no day changes a birthplace
        (  # the deed's clause, dated by the date claim on its words
            [{"kind": "clause", "reading": _reading("took")}, {"kind": "date", "reading": _reading("took", "claim")}],
            False,
        ),
        ([{"kind": "clause", "reading": _reading("took")}, {"kind": "date", "span": [20, 30]}], True),
    ],
)
def test_only_a_contradicted_claim_with_no_time_of_its_own_wants_the_articles_date(claims, marked):
    from verify.app import undated_contradictions

    given = [{k: v for k, v in c.items() if k != "as_of"} for c in claims]
    report = _report(
        *({"id": f"c{i}", "text": "x" * 10, "span": [3, 13], "verdict": "contradicted", **c} for i, c in
          enumerate(given)),
        as_of=claims[0].get("as_of"),
    )  # fmt: skip
    said = undated_contradictions(report, "T\n\nNo dateline here.\n", None).claims[0].rationale
    assert ("The article has no date" in said) is marked, said
    if marked:  # no dateline to offer: how to date the article
        assert said.endswith('give its date with --as-of YYYY-MM-DD or "published" in a.meta.json and check again.')
    console = Console(record=True, width=300, file=io.StringIO())
    print_article(console, Checked(report, "T\n\n" + "x" * 200, "a"))
    assert ("as they are now" in console.export_text()) is marked


# N1: every row findable by its line, in the file the editor opens


def test_an_html_articles_table_gives_no_line_its_file_does_not_have(tmp_path):
    """Lines of an HTML article's text read from its markup are not the file's: the table gave them anyway."""
    page = tmp_path / "visit.html"
    page.write_text(
        "<html><head><title>Talks</title></head><body><h1>Talks</h1><p>Russian President Vladimir Putin spoke.</p>"
        "</body></html>",
        encoding="utf-8",
    )
    result = runner.invoke(
        app, ["check", str(page), "--offline", "--out", str(tmp_path / "r"), "--fail-on", "never"],
        env={"COLUMNS": "200"},
    )  # fmt: skip
    rows = [line.split() for line in result.stdout.splitlines() if line.startswith("not checked")]
    assert rows and all(not row[2].isdigit() for row in rows), result.stdout


# N5: bad input and a source that goes away, as a user meets them


def test_a_wiki_that_stops_mid_run_leaves_the_claims_it_did_not_answer_not_checked(tmp_path, monkeypatch):
    """The test wiki stopped (its process ended) after its first answer, of the four the seed article asks: the run
    neither hangs nor ends in a traceback; what it answered is judged, and every claim left waiting for an answer
    is not checked, saying why."""
    import shutil
    import threading

    from tests.conftest import ROOT
    from tests.support import fakewiki

    servers: list[fakewiki.ThreadingHTTPServer] = []

    class Kept(fakewiki.ThreadingHTTPServer):
        def server_activate(self) -> None:
            super().server_activate()
            servers.append(self)

    monkeypatch.setattr(fakewiki, "ThreadingHTTPServer", Kept)
    wiki = fakewiki.FakeWiki.from_directory(ROOT / "fixtures" / "wiki" / "pages")
    answer = wiki.handler

    def answer_once(request):
        response = answer(request)
        if servers:  # the wiki goes away: its port refuses every later connection
            server = servers.pop()
            threading.Thread(target=lambda: (server.shutdown(), server.server_close())).start()
        return response

    monkeypatch.setattr(wiki, "handler", answer_once)
    for name in ("nato-defense-chiefs.txt", "nato-defense-chiefs.meta.json"):
        shutil.copy(ROOT / "seeds" / name, tmp_path / name)
    with fakewiki.serve(wiki) as url:
        result = runner.invoke(
            app,
            ["check", str(tmp_path / "nato-defense-chiefs.txt"), "--out", str(tmp_path / "out"), "--wiki", url,
             "--live", "--retries", "1", "--deadline", "120", "--fail-on", "never", "--claims", str(ROOT / "claims")],
        )  # fmt: skip
    assert result.exit_code == 0 and "Traceback" not in result.output, result.output
    claims = json.loads((tmp_path / "out" / "nato-defense-chiefs.json").read_text())["claims"]
    waiting = [c for c in claims if c["outcome"] == "not_checked"]
    assert waiting and all(c["reason"] == "source_unreachable" for c in waiting), claims
    assert len(waiting) < len(claims) and len(wiki.requests) == 1
