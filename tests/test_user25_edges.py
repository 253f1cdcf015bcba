"""Edges found trying `verify` as a new user, an attacker and a Wikipedia operator (session 25):
the live path's manners against the MediaWiki API docs (Manual:Maxlag, API:Etiquette,
User-Agent policy), shown through the transport seam, never live."""

import asyncio
import json

import httpx
import pytest
from typer.testing import CliRunner

from tests.conftest import ROOT
from tests.test_user21_edges import one_error_line
from verify.cassette import Cassette, CassetteTransport
from verify.cli import app
from verify.sources.http import HttpClient

API = "https://en.wikipedia.org/w/api.php"
PARAMS = {"action": "query", "format": "json", "formatversion": "2", "titles": "NATO"}
PARAMS_ANSWER = {"batchcomplete": True, "query": {"pages": [{"pageid": 1, "title": "NATO", "extract": "NATO is."}]}}
# Manual:Maxlag_parameter: a lagged wiki answers HTTP 200 with this error (T33156) and a Retry-After
MAXLAG = {"error": {"code": "maxlag", "info": "Waiting for db1: 7 seconds lagged", "host": "db1", "lag": 7}}

run = asyncio.run
runner = CliRunner()


def _recording_client(tape: Cassette, handler, **kwargs) -> HttpClient:
    return HttpClient(
        transport=httpx.MockTransport(handler),
        wrap_transport=lambda live: CassetteTransport(tape, live, record=True),
        sleep=lambda seconds: None,
        **kwargs,
    )


def _lagged_cassette(path) -> Cassette:
    """A cassette recorded while the wiki was lagged: every retry met maxlag, so the 200 it kept is the error."""
    tape = Cassette(path)
    body = json.dumps(MAXLAG).encode()
    answer = httpx.Response(200, headers={"Retry-After": "5", "Content-Type": "application/json"}, content=body)
    tape.add(httpx.Request("GET", API, params=PARAMS), answer, body)
    tape.save()
    return Cassette.load(path)


def test_record_new_fetches_again_a_maxlag_answer_an_older_recording_kept(tmp_path):
    """A maxlag error comes with HTTP 200, so `--record-new` took it for evidence and replayed it: its
    claims stayed not checked (`wiki busy (maxlag)`) until a full `--record`, as a recorded 503 did."""
    tape = _lagged_cassette(tmp_path / "t.yaml")
    asked = []

    def live(request: httpx.Request) -> httpx.Response:
        asked.append(request)
        return httpx.Response(200, json=PARAMS_ANSWER)

    answer = run(_recording_client(tape, live).get_json(API, PARAMS))

    assert answer.data == PARAMS_ANSWER and len(asked) == 1
    assert [json.loads(i["response"]["body"]["string"]) for i in tape.interactions] == [PARAMS_ANSWER]


def test_a_cassette_holding_a_maxlag_answer_and_a_good_one_replays_the_good_one(tmp_path):
    """Two recordings merged by hand or by git: the lagged one first. A maxlag answer is no evidence."""
    tape = _lagged_cassette(tmp_path / "t.yaml")
    good = json.loads(json.dumps(tape.interactions[0]))
    good["response"]["body"]["string"] = json.dumps(PARAMS_ANSWER)
    tape.interactions.append(good)
    replaying = HttpClient(transport=CassetteTransport(tape), replaying=True, sleep=lambda s: None)

    assert run(replaying.get_json(API, PARAMS)).data == PARAMS_ANSWER


def test_a_maxlag_answer_is_waited_for_at_least_the_five_seconds_the_manual_asks(http, fake_wiki, sleeps):
    """Manual:Maxlag_parameter: "If you receive a lag error, pause your script for at least 5 seconds
    before trying again". A `Retry-After: 0` (a mirror, a proxy rewriting headers) was retried at once."""
    fake_wiki.faults.kind, fake_wiki.faults.count, fake_wiki.faults.retry_after = "maxlag", 2, "0"
    assert run(http.get_json(API, PARAMS)).data["batchcomplete"] is True
    assert sleeps == [5.0, 5.0]


def test_a_maxlag_answer_asking_for_longer_is_waited_for_as_asked(http, fake_wiki, sleeps):
    fake_wiki.faults.kind, fake_wiki.faults.count, fake_wiki.faults.retry_after = "maxlag", 1, "12"
    run(http.get_json(API, PARAMS))
    assert sleeps == [12.0]


def _live_check_of_the_seed(handler):
    from pathlib import Path

    from verify import app as verify_app

    seed = Path(__file__).resolve().parents[1] / "seeds" / "nato-defense-chiefs.txt"
    options = verify_app.RunOptions(mode="live", write_reports=False)
    http = HttpClient(transport=httpx.MockTransport(handler), sleep=lambda s: None)
    return run(verify_app.check_all([seed], options, http))


@pytest.mark.parametrize("code", [["maxlag"], {"maxlag": 1}, 7, None])
def test_a_wiki_error_whose_code_is_not_text_is_a_reason_never_a_lost_report(code):
    """`{"error": {"code": ["maxlag"]}}` (a hostile or broken mirror): `code in {...}` raised TypeError
    (unhashable list), `internal error`, exit 3, the article's report lost. The API documents the code
    as a string: anything else is an unknown error, said on the claims."""
    result = _live_check_of_the_seed(lambda request: httpx.Response(200, json={"error": {"code": code, "info": "x"}}))
    assert not result.failed and len(result.reports) == 1
    claims = result.reports[0].claims
    assert claims and all(c.reason == "source_unreachable" for c in claims)
    assert any("Wikipedia unreachable: API error unknown: x." in c.rationale for c in claims)


def test_a_wiki_error_with_a_megabyte_of_info_is_said_in_a_line_not_the_megabyte():
    """The API error's `info` went whole into every claim's rationale: a hostile mirror's 1 MB `info`
    made each claim's reason a megabyte, in every report format."""
    info = "lag " * 250_000
    result = _live_check_of_the_seed(lambda request: httpx.Response(200, json={"error": {"code": "x", "info": info}}))
    claims = result.reports[0].claims
    assert claims and all(c.reason == "source_unreachable" and len(c.rationale) < 2_000 for c in claims)
    assert any("API error x: lag lag" in c.rationale for c in claims)


def _seed_batch_reports(tmp_path):
    """The seed checked as a batch (its folder), every format a desk reads: reports, index and summary."""
    from tests.test_user23_edges import _seed_project

    (tmp_path / "p").mkdir()
    project = _seed_project(tmp_path / "p")
    out = tmp_path / "r"
    args = ["check", str(project / "seeds"), "--out", str(out), "--format", "html", "--format", "markdown"]
    assert runner.invoke(app, args).exit_code == 0
    return out


@pytest.mark.parametrize("name", ["nato-defense-chiefs.html", "nato-defense-chiefs.md", "index.html", "summary.md"])
def test_a_report_or_batch_index_given_as_the_article_is_one_line_naming_what_it_is(tmp_path, name):
    """Tab completion gives `reports/story.html`: verify's own HTML or Markdown report was read as an
    article. The seed's report met the seed's claim file (same stem) and said `does not match … run
    verify extract --update`, advice about the wrong file; `index.html` passed, exit 0, nothing checked."""
    out = _seed_batch_reports(tmp_path)
    result = runner.invoke(app, ["check", str(out / name), "--out", str(tmp_path / "again"), "--offline"])
    said = one_error_line(result)
    assert f"{out / name}: is a report" in said and "not an article" in said


def test_an_article_titled_fact_check_is_still_an_article(tmp_path):
    """A newsroom's own fact-check piece opens like verify's reports: only verify's own header marks one."""
    text = (ROOT / "seeds/nato-defense-chiefs.txt").read_text()
    for name, body in [
        ("piece.md", "# Fact check: " + text),
        ("piece.html", f"<!doctype html><title>Fact check: NATO</title><h1>Fact check: NATO</h1><p>{text}</p>"),
    ]:
        (tmp_path / name).write_text(body)
        args = ["check", str(tmp_path / name), "--out", str(tmp_path / "r"), "--offline", "--fail-on", "never"]
        result = runner.invoke(app, [*args, "--cassettes", str(tmp_path)])
        assert result.exit_code == 0 and "not an article" not in result.stderr, result.stderr


def _as_markdown(text: str) -> str:
    """The seed as a writer's editor exports it: its title a heading, front matter, a byline image, its
    paragraphs in turn bold, a list item, a quote, a link; the words of every paragraph untouched."""
    title, *paragraphs = [p for p in text.split("\n\n") if p.strip()]
    styles = [lambda p: f"**{p}**", lambda p: f"- {p}", lambda p: f"> {p}", lambda p: f"[{p}](https://example.org/a)"]
    body = [styles[i % len(styles)](p.strip()) for i, p in enumerate(paragraphs)]
    front = "---\nlayout: post\n---\n"
    return front + f"# {title}\n\n![staff photo](byline.png)\n\n" + "\n\n".join(body) + "\n\n---\n"


def _claims(path) -> list[tuple[str, str, list[int]]]:
    result = runner.invoke(app, ["extract", str(path), "-o", "-"])
    assert result.exit_code == 0, result.stderr
    return [(c["kind"], c["text"], c["span"]) for c in json.loads(result.stdout)["claims"]]


def test_a_markdown_article_gives_the_claims_and_spans_of_its_plain_text(tmp_path):
    """A newsroom's `story.md` was read as plain text: its markup reached extraction ('**Mark Rutte**'
    was no name: the role claim became 'Secretary General' alone), its link addresses were article text
    and each claim's span pointed into the markup. Named as a `.md` file it is read as Markdown."""
    text = (ROOT / "seeds/nato-defense-chiefs.txt").read_text()
    (tmp_path / "plain.txt").write_text(text)
    (tmp_path / "story.md").write_text(_as_markdown(text))
    assert _claims(tmp_path / "story.md") == _claims(tmp_path / "plain.txt")


def test_markdown_reading_keeps_words_a_writer_meant_and_drops_only_markup():
    """Escaped stars stay stars, snake_case and #hashtags stay words, struck-out words are withdrawn,
    a fenced block keeps its text, a reference definition is no text; without a heading the first line
    is the title, as in the plain-text format."""
    from verify.mdtext import markdown_to_article_text

    markup = (
        "Budget vote\n===========\n\nThe \\*final\\* count_total was ~~5~~ 6 votes #vote.\n\n"
        "```\nquoted *as is*\n```\n\n[src]: https://example.org\n"
    )
    assert markdown_to_article_text(markup) == (
        "Budget vote\n\nThe *final* count_total was 6 votes #vote.\n\nquoted *as is*\n"
    )


def _most_in_flight(api: str, concurrency: int) -> int:
    """The most requests the client had in flight at once, asking for six titles side by side."""
    from tests.conftest import PAGES
    from tests.support.fakewiki import FakeWiki

    wiki, in_flight, most = FakeWiki.from_directory(PAGES), [0], [0]

    async def handler(request: httpx.Request) -> httpx.Response:
        in_flight[0] += 1
        most[0] = max(most[0], in_flight[0])
        await asyncio.sleep(0.02)
        in_flight[0] -= 1
        return wiki.handler(request)

    async def ask() -> None:
        client = HttpClient(transport=httpx.MockTransport(handler), concurrency=concurrency, sleep=lambda s: None)
        titles = ["NATO", "Dan Caine", "Donald Trump", "Vladimir Putin", "Sergey Lavrov", "Volodymyr Zelenskyy"]
        await asyncio.gather(*(client.get_json(api, {**PARAMS, "titles": t}) for t in titles))
        await client.aclose()

    run(ask())
    return most[0]


def test_wikipedia_is_asked_one_request_at_a_time_whatever_the_concurrency():
    """API:Etiquette: "Making your requests in series rather than in parallel ... should result in a safe
    request rate." `--concurrency 8` (meant for a mirror, the help says) sent eight requests at once to
    en.wikipedia.org; a batch checked side by side still asks Wikipedia one request at a time."""
    assert _most_in_flight(API, 8) == 1


def test_a_mirror_still_gets_the_concurrency_asked_for():
    assert _most_in_flight("http://mirror.example.org:8080/w/api.php", 8) > 1


def _said_by_a_live_check(api_host: str, contact: str | None, mode: str = "live") -> list[str]:
    """What a check of the seed tells its caller, fetching from `api_host` through the transport seam."""
    from pathlib import Path

    from tests.conftest import PAGES
    from tests.support.fakewiki import FakeWiki
    from verify import app as verify_app

    wiki, said = FakeWiki.from_directory(PAGES), []
    given = {"contact": contact} if contact else {}
    options = verify_app.RunOptions(mode=mode, write_reports=False, wiki=api_host, **given)
    http = HttpClient(transport=httpx.MockTransport(wiki.handler), sleep=lambda s: None, **given)
    seed = Path(__file__).resolve().parents[1] / "seeds" / "nato-defense-chiefs.txt"
    run(verify_app.check_all([seed], options, http, hooks=verify_app.Hooks(say=said.append)))
    return said


def test_a_live_check_of_wikipedia_without_a_contact_says_how_to_give_one_once():
    """Wikimedia's User-Agent policy asks for contact information of whoever runs the requests; with no
    --contact the User-Agent named only verify's project page, and nothing told the operator."""
    said = [line for line in _said_by_a_live_check("https://en.wikipedia.org", None) if "--contact" in line]
    assert len(said) == 1 and "VERIFY_CONTACT" in said[0] and "User-Agent" in said[0]


def test_no_contact_note_with_a_contact_a_mirror_or_a_replay():
    assert not [s for s in _said_by_a_live_check("https://en.wikipedia.org", "desk@example.org") if "--contact" in s]
    assert not [s for s in _said_by_a_live_check("http://mirror.example.org", None) if "--contact" in s]
    assert not [s for s in _said_by_a_live_check("https://en.wikipedia.org", None, "replay") if "--contact" in s]


@pytest.mark.parametrize(
    ("args", "helped"),
    [
        (["check", "--bogus", "x.txt"], "(see verify check --help)"),
        (["extract"], "(see verify extract --help)"),
        (["baseline", "--as-of", "soon", "x.txt"], "(see verify baseline --help)"),
        (["chek", "seeds"], "(see verify --help)"),
    ],
)
def test_a_usage_error_points_to_the_help_of_the_command_given(args, helped):
    """`verify check --bogus` said '(see verify --help)', whose page lists only the commands: the
    options a new user mistyped are on `verify check --help`."""
    said = one_error_line(runner.invoke(app, args))
    assert said.endswith(helped), said


def test_a_markdown_article_of_unclosed_markup_is_read_in_linear_time(tmp_path):
    """Each emphasis or link pattern scanned from every opener to the end of its line: one line of
    20,000 unclosed '**a ' (80 KB) took 95 s, 40,000 took 400 s; per line, 400,000 short lines took 15 s.
    A hostile `.md` under the 5 MiB cap must be read as quickly as an HTML one."""
    import time

    from verify.mdtext import markdown_to_article_text

    hostile = "# T\n\n" + "**a [b _c `d ~~e <f " * 20_000 + "\n" + "**a\n> > - x\n" * 50_000
    started = time.process_time()
    text = markdown_to_article_text(hostile)
    assert time.process_time() - started < 10
    assert text.startswith("T\n\n**a [b _c ")
