"""Performance figures for `verify`, printed as a table and written to benchmarks/results.json.

    python benchmarks/run.py

1. the seed article against the project's MediaWiki-compatible test server on 127.0.0.1 (its
   own process) with 100 ms injected latency per request: requests, wall time, and the floor (requests x latency,
   since requests go one at a time);
2. a batch of 50 articles in one run (requests per article fall as articles share people);
3. the same batch with --concurrency 8 (a user's own mirror), with its CPU time: the Python work of
   one process runs one thread at a time, so the concurrent batch cannot take less wall time than
   that, and the serial batch's wall time over it is the most the speed-up can be on any machine;
4. extraction throughput on a corpus of more than 2 MB built from the test articles;
5. matching and judging time per claim;
6. replaying the seed from its cassette as a whole process, with start-up (imports) apart;
7. whether `verify --help`, `verify schema` and a replay with a reviewed claim file load spaCy (they
   must not: the model loads once per process, when an article is first parsed).

`python benchmarks/run.py --linguistic` prints only the linguistic figures (4's parse part and 7), a
minute instead of several: the one to run after a change to the parse or the rules.
`python benchmarks/run.py --long` prints the CPU time of each stage of an offline check (extraction,
retrieval, judging, the report) of a 10,000- and a 40,000-word article made of the tuning articles, and how
much each grew between them: four times the words should cost about four times as much (review39 N3); and the
extraction of 1,000 and 4,000 short lines each a claim (review40 N6).

Timings on a shared 2-core machine vary by tens of percent from run to run, so the short ones
are medians: of five runs for the seed, three for extraction and judging, seven for the parse
(each in a fresh interpreter), five for whole processes. Beside wall times it gives the CPU time of
the tool's own process (time.process_time), which other programs on the machine disturb less. The
machine's load average at the start and the end is printed with them: on 2 cores, a load well
above 2 means the figures measure the other programs too.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from verify.app import Format, RunOptions, check_all
from verify.article import load_article
from verify.extract import extract_claims
from verify.judge import judge
from verify.models import Article, Report
from verify.retrieve import retrieve
from verify.sources.http import HttpClient
from verify.sources.wikipedia import WikipediaSource

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the fake wiki is test support, not product
from tests.support.fakewiki import FakeWiki

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "fixtures" / "wiki" / "pages"
LATENCY = 0.100
SEED = ROOT / "seeds" / "nato-defense-chiefs.txt"


def batch_articles(folder: Path) -> list[Path]:
    """50 articles: the seed, the verdict and extraction test articles, and variants of the
    extraction articles without their first paragraph (same people, fewer claims)."""
    sources = [
        SEED,
        *sorted((ROOT / "tests/data/verdicts").glob("*.txt")),
        *sorted((ROOT / "tests/data/extraction").glob("*.txt")),
    ]
    paths = []
    for src in sources:
        target = folder / f"{src.parent.name}-{src.name}"
        target.write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
        paths.append(target)
    for src in sorted((ROOT / "tests/data/extraction").glob("*.txt")):
        if len(paths) >= 50:
            break
        title, *paragraphs = [b for b in src.read_text(encoding="utf-8").split("\n\n") if b.strip()]
        target = folder / f"variant-{src.name}"
        target.write_text("\n\n".join([title, *paragraphs[1:]]) + "\n", encoding="utf-8")
        paths.append(target)
    for path in paths:
        path.with_suffix(".meta.json").write_text('{"as_of": "2025-08-20"}')
    return paths[:50]


@contextlib.contextmanager
def test_server() -> Iterator[str]:
    """The fake wiki in its own process, with 100 ms latency per answer: its work is not the tool's."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.support.fakewiki", str(PAGES), "--latency", str(LATENCY)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        yield process.stdout.readline().strip()
    finally:
        process.terminate()
        process.wait(timeout=10)


def run_live(paths: list[Path], concurrency: int, out: Path, url: str) -> dict:
    http = HttpClient(concurrency=concurrency)
    options = RunOptions(
        out_dir=out,
        formats=(Format.json,),
        wiki=url,
        mode="live",
        cassettes=out / "none",
        claims_dir=out / "none",
    )
    started, cpu_started = time.perf_counter(), time.process_time()
    with contextlib.redirect_stdout(io.StringIO()):
        result = asyncio.run(check_all(paths, options, http, batch=len(paths) > 1))
    wall = time.perf_counter() - started
    cpu = time.process_time() - cpu_started  # the tool's own CPU: the test server is another process
    claims = sum(len(r.claims) for r in result.reports)
    floor = http.requests_made * LATENCY
    return {
        "articles": len(result.reports),
        "claims": claims,
        "requests": http.requests_made,
        "wall_s": wall,
        "cpu_s": cpu,
        "floor_s": floor,
        "wall_over_floor": wall / floor if floor else None,
        "requests_per_article": http.requests_made / max(1, len(result.reports)),
        "requests_per_claim": http.requests_made / max(1, claims),
    }


def extraction_throughput(paths: list[Path]) -> dict:
    bodies = [p.read_text(encoding="utf-8").split("\n", 1)[1] for p in paths]
    corpus = "Extraction corpus\n"
    while len(corpus.encode()) < 2 * 1024 * 1024:
        corpus += "\n".join(bodies)
    article = Article(path="corpus.txt", stem="corpus", sha256="0" * 64, title="corpus", text=corpus)
    from verify.extract import _Extractor  # the pattern engine alone: the parse is timed per article below

    started, cpu_started = time.perf_counter(), time.process_time()
    claims = _Extractor(article).run()
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    megabytes = len(corpus.encode()) / 1e6
    return {
        "megabytes": megabytes,
        "seconds": seconds,
        "mb_per_s": megabytes / seconds,
        "mb_per_cpu_s": megabytes / cpu,
        "claims": len(claims),
    }


GENERAL = ROOT / "tests" / "data" / "extraction_general"
# Written blind to validate extraction changes: never opened, so never timed either.
BLIND_BATCHES = frozenset(
    {
        "g129-g136",
        "g137-g144",
        "g145-g152",
        "g153-g160",
        "g161-g168",
        "g169-g176",
        "g177-g184",
        "g185-g192",
        "g193-g200",
        "g201-g208",
        "g209-g216",
        "g217-g224",
        "g225-g232",
        "g233-g240",
        "g241-g248",
        "g249-g256",
        "g257-g264",
        "g265-g272",
        "g273-g280",
        "g281-g288",
        "g289-g296",
        "g297-g304",
        "g305-g312",
        "g313-g320",
        "g321-g328",
        "g329-g336",
        "g337-g344",
        "g345-g352",
        "g353-g360",
        "g361-g368",
        "g369-g376",
        "g377-g384",
        "g385-g392",
    }
)
TARGET_S = 0.3  # issue 14: a 2,000-word article extracted in under 0.3 s once the model is loaded


def tuning_bodies() -> list[str]:
    """The bodies of the general set's tuning articles, but for the blind batches: its held-out part is
    read by its scorer only."""
    from scripts.eval_extraction_general import batch_of

    parts = {stem: entry["part"] for stem, entry in json.loads((GENERAL / "expected.json").read_text()).items()}
    paths = [
        p
        for p in sorted(GENERAL.glob("g*.txt"))
        if parts.get(p.stem) == "tuning" and batch_of(p.stem) not in BLIND_BATCHES
    ]
    return [p.read_text(encoding="utf-8").split("\n", 1)[1] for p in paths]


def long_articles(words: int = 2000, count: int = 3) -> list[str]:
    """`count` articles of about `words` words each, from consecutive paragraphs of the tuning articles
    (the first is the 2,036-word article earlier sessions measured)."""
    articles: list[str] = []
    body: list[str] = []
    for paragraph in "\n".join(tuning_bodies()).split("\n\n"):
        if len(" ".join(body).split()) >= words:
            articles.append("Two thousand words\n\n" + "\n\n".join(body))
            body = []
            if len(articles) == count:
                break
        body.append(paragraph)
    return articles


def parse_figures(words: int = 2000, runs: int = 7, count: int = 3) -> dict:
    """The linguistic layer's costs: loading the model (once per process), extracting every kind,
    parse included, from each of `count` articles of about `words` words once it is loaded, and the
    parse alone; each in wall time and in this process's CPU time (the parse runs on a thread of this
    process), the median of `runs` per article and then the median of the articles (the minimum
    likewise). On a shared machine the CPU time is the steadier figure; what extraction adds to the
    parse is the difference of the two CPU times."""
    from verify import nlp

    started = time.perf_counter()
    nlp.load_model()
    load_s = time.perf_counter() - started
    texts = long_articles(words, count)
    articles = [
        Article(path=f"long{i}.txt", stem=f"long{i}", sha256="0" * 64, title="long", text=text)
        for i, text in enumerate(texts)
    ]
    for article in articles:
        extract_claims(article)  # one unmeasured run: lexicons and lazy tables load once per process
    names = ("extract_s", "extract_cpu_s", "parse_s", "parse_cpu_s", "own_cpu_s")
    medians: dict[str, list[float]] = {name: [] for name in names}
    minima: dict[str, list[float]] = {name: [] for name in names}
    for article in articles:
        timings: dict[str, list[float]] = {name: [] for name in names}
        for _ in range(runs):
            for name, work in (
                ("extract", lambda a=article: extract_claims(a)),
                ("parse", lambda a=article: nlp.parse(a.text)),
            ):
                started, cpu_started = time.perf_counter(), time.process_time()
                work()
                timings[f"{name}_s"].append(time.perf_counter() - started)
                timings[f"{name}_cpu_s"].append(time.process_time() - cpu_started)
        timings["own_cpu_s"] = [e - p for e, p in zip(timings["extract_cpu_s"], timings["parse_cpu_s"], strict=True)]
        for name, values in timings.items():
            medians[name].append(statistics.median(values))
            # the minimum beside the median: other programs only ever add time, so the least is the steadiest
            minima[name].append(min(values))
    figures = {name: statistics.median(values) for name, values in medians.items()}
    figures |= {f"{name}_min": statistics.median(values) for name, values in minima.items()}
    count_words = statistics.mean(len(text.split()) for text in texts)
    return {
        "model_load_s": load_s,
        "articles": len(texts),
        "words": round(count_words),
        "runs": runs,
        **figures,
        "extract_cpu_s_per_1000_words": 1000 * figures["extract_cpu_s"] / count_words,
        "load_average": os.getloadavg()[0],
    }


def long_article_figures(sizes: tuple[int, ...] = (10_000, 40_000)) -> dict:
    """Each stage of an offline check of a long article (the tuning articles' paragraphs joined to about `words`
    words; review39 N3's was 239 KB), in this process's CPU seconds, the model loaded first: extraction,
    retrieval (every request refused, as offline without a cassette), judging, the Markdown report. A stage that
    grows with the article's length takes four times as long for four times the words; one that compares every
    claim with every other, sixteen times."""
    import httpx

    from verify import nlp
    from verify.pipeline import with_readings
    from verify.report import to_markdown

    nlp.load_model()
    extract_claims(Article(path="w.txt", stem="w", sha256="0" * 64, title="w", text=long_articles(300, 1)[0]))

    def refused(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("offline", request=request)

    out = {}
    for words in sizes:
        text = long_articles(words, 1)[0]
        article = Article(path="long.txt", stem="long", sha256="0" * 64, title="long", text=text, as_of=None)
        wiki = WikipediaSource(HttpClient(transport=httpx.MockTransport(refused)))
        cpu = time.process_time()
        claims = extract_claims(article)
        extraction = time.process_time() - cpu
        pool = asyncio.run(retrieve(claims, wiki))
        retrieval = time.process_time() - cpu - extraction
        results = judge(claims, pool, None, article.path)
        judging = time.process_time() - cpu - extraction - retrieval
        to_markdown(Report.build(article, with_readings(claims, results, pool, article), pool.run_unread))
        report = time.process_time() - cpu - extraction - retrieval - judging
        out[str(words)] = {
            "words": len(text.split()),
            "claims": len(claims),
            "extraction_cpu_s": extraction,
            "retrieval_cpu_s": retrieval,
            "judging_cpu_s": judging,
            "report_cpu_s": report,
        }
    return {"sizes": out, "load_average": os.getloadavg()[0]}


def short_lines_figures(sizes: tuple[int, ...] = (1_000, 4_000)) -> dict[str, float]:
    """Extraction's CPU seconds on an article of `n` short lines each a claim ('Ana Ruiz, 54, said.'; review40 N6's
    11,000 did not finish in 900 s: each claim was weighed against every other), the model loaded first."""
    extract_claims(Article(path="w.txt", stem="w", sha256="0" * 64, title="w", text="Lines\n\nAna Ruiz, 54, said.\n"))
    out = {}
    for lines in sizes:
        text = "Lines\n\n" + "\n".join(["Ana Ruiz, 54, said."] * lines) + "\n"
        cpu = time.process_time()
        extract_claims(Article(path="lines.txt", stem="lines", sha256="0" * 64, title="lines", text=text))
        out[str(lines)] = time.process_time() - cpu
    return out


def long_article() -> None:
    """`--long`: the stages of a long article's check, at two lengths, with each stage's growth between them."""
    figures = long_article_figures()
    sizes = list(figures["sizes"].values())
    stages = ("extraction", "retrieval", "judging", "report")
    print(
        f"{'stage (CPU s)':<16}" + "".join(f"{s['words']:>10,} w" for s in sizes) + "   growth  (words x"
        f"{sizes[-1]['words'] / sizes[0]['words']:.1f}; claims {sizes[0]['claims']:,} -> {sizes[-1]['claims']:,})"
    )
    for stage in stages:
        values = [s[f"{stage}_cpu_s"] for s in sizes]
        print(f"{stage:<16}" + "".join(f"{v:>12.2f}" for v in values) + f"   x{values[-1] / max(values[0], 1e-3):.1f}")
    total = [sum(s[f"{stage}_cpu_s"] for stage in stages) for s in sizes]
    print(f"{'total':<16}" + "".join(f"{v:>12.2f}" for v in total) + f"   x{total[-1] / max(total[0], 1e-3):.1f}")
    lines = short_lines_figures()
    values = list(lines.values())
    print(
        f"{'short lines':<16}" + "".join(f"{v:>12.2f}" for v in values) + f"   x{values[-1] / max(values[0], 1e-3):.1f}"
        f"  (extraction of {' and '.join(f'{int(n):,}' for n in lines)} lines of 'Ana Ruiz, 54, said.')"
    )
    print(f"load average {figures['load_average']:.1f} on {os.cpu_count()} cores")


def headline(results: dict) -> str:
    """The issue's figure in one line, with its target."""
    parse = results["parse"]
    return (
        f"extraction, 2,000 words, after load: {parse['extract_s']:.2f} s wall, {parse['extract_cpu_s']:.2f} s CPU "
        f"(target < {TARGET_S} s; median of {parse['runs']} runs on each of {parse['articles']} tuning articles "
        f"of {parse['words']} words on average; load average {parse['load_average']:.1f} on {os.cpu_count()} cores)"
    )


SPACY_LOADED = """
import atexit, sys
atexit.register(lambda: print("SPACY", "spacy" in sys.modules, file=sys.stderr))
sys.argv = ["verify", *sys.argv[1:]]
from verify.cli import main
main()
"""


def model_loading(folder: Path) -> dict[str, bool]:
    """Whether each command that parses no article imports spaCy all the same (a whole process
    each): `--help`, `schema`, and a replay of the seed with its reviewed claim file."""
    commands = {
        "help": ["--help"],
        "schema": ["schema"],
        "replay": ["check", str(SEED), "--out", str(folder / "replay-loading"), "--quiet"],
    }
    loaded = {}
    for name, args in commands.items():
        done = subprocess.run(
            [sys.executable, "-c", SPACY_LOADED, *args], cwd=ROOT, capture_output=True, text=True, check=False
        )
        loaded[name] = "SPACY True" in done.stderr
    return loaded


def judging_time(paths: list[Path]) -> dict:
    wiki = FakeWiki.from_directory(ROOT / "fixtures" / "wiki" / "pages")
    import httpx

    source = WikipediaSource(HttpClient(transport=httpx.MockTransport(wiki.handler)))
    prepared = []
    for path in paths:
        article = load_article(path)
        claims = extract_claims(article)
        prepared.append((article, claims, asyncio.run(retrieve(claims, source))))
    n = sum(len(c) for _, c, _ in prepared)
    started = time.perf_counter()
    for article, claims, pool in prepared:
        judge(claims, pool, article.as_of)
    seconds = time.perf_counter() - started
    return {"claims": n, "seconds": seconds, "ms_per_claim": 1000 * seconds / max(1, n)}


def in_fresh_process(figure: str, folder: Path) -> dict:
    """Run one CPU-bound figure in its own interpreter, so what the network figures left behind in
    this process (caches, heap, threads) does not weigh on it; the median of three runs."""
    out = subprocess.run(
        [sys.executable, __file__, f"--{figure}", str(folder)], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout
    return json.loads(out)


def component(figure: str, folder: Path) -> None:
    paths = sorted(folder.glob("*.txt"))
    if figure == "--parse":
        print(json.dumps(parse_figures()))
        return
    if figure == "--extraction":
        runs = sorted((extraction_throughput(paths) for _ in range(3)), key=lambda r: r["mb_per_s"])
    else:
        runs = sorted((judging_time(paths) for _ in range(3)), key=lambda r: r["ms_per_claim"])
    print(json.dumps(runs[1]))


def timed_process(args: list[str], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(args, cwd=ROOT, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    results: dict = {"load_average_start": os.getloadavg()[0]}
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        articles = tmp_path / "articles"
        articles.mkdir()
        paths = batch_articles(articles)
        # One unmeasured run first: lazy imports and regex compilation happen once per process, and
        # are counted by the whole-process replay figure (6), not in the network-bound figures.
        with test_server() as url:
            results["seed_cold"] = run_live([SEED], 1, tmp_path / "warmup", url)
            runs = [run_live([SEED], 1, tmp_path / f"seed{i}", url) for i in range(5)]
            results["seed"] = sorted(runs, key=lambda r: r["wall_s"])[2]  # the median of five
            results["batch"] = run_live(paths, 1, tmp_path / "batch", url)
            results["batch_concurrency_8"] = run_live(paths, 8, tmp_path / "batch8", url)
        results["batch_concurrency_8"]["speedup"] = (
            results["batch"]["wall_s"] / results["batch_concurrency_8"]["wall_s"]
        )
        # what the speed-up can be here: the process's Python work runs one thread at a time (the
        # GIL), so the concurrent batch takes at least its CPU time, whatever the number of requests
        results["batch_concurrency_8"]["ceiling"] = results["batch"]["wall_s"] / results["batch_concurrency_8"]["cpu_s"]
        results["extraction"] = in_fresh_process("extraction", articles)
        results["judging"] = in_fresh_process("judging", articles)
        results["parse"] = in_fresh_process("parse", articles)
        out = tmp_path / "replay"
        results["replay"] = {
            "whole_process_s": timed_process(
                [sys.executable, "-m", "verify.cli", "check", str(SEED), "--out", str(out)]
            ),
            "startup_imports_s": timed_process([sys.executable, "-c", "import verify.cli"]),
        }
        results["model_loaded"] = model_loading(tmp_path)
    results["load_average_end"] = os.getloadavg()[0]
    rows = [
        ("machine load (1-minute average) at the start", results["load_average_start"], "processes", ""),
        ("machine load (1-minute average) at the end", results["load_average_end"], "processes", ""),
        ("seed: HTTP requests", results["seed"]["requests"], "requests", "<= 6"),
        ("seed: requests per claim", results["seed"]["requests_per_claim"], "requests/claim", ""),
        ("seed: wall time (100 ms latency)", results["seed"]["wall_s"], "s", ""),
        ("seed: floor (requests x latency)", results["seed"]["floor_s"], "s", ""),
        ("seed: wall / floor", results["seed"]["wall_over_floor"], "ratio", "<= 1.2"),
        ("seed: CPU time of the tool's process", results["seed"]["cpu_s"], "s", ""),
        ("seed: wall / floor, first run in the process", results["seed_cold"]["wall_over_floor"], "ratio", ""),
        ("batch of 50: articles checked", results["batch"]["articles"], "articles", ""),
        ("batch of 50: HTTP requests", results["batch"]["requests"], "requests", ""),
        ("batch of 50: requests per article", results["batch"]["requests_per_article"], "requests/article", "<= 2"),
        ("batch of 50: wall time", results["batch"]["wall_s"], "s", ""),
        ("batch of 50: wall / floor", results["batch"]["wall_over_floor"], "ratio", "<= 1.2"),
        ("batch of 50: CPU time of the tool's process", results["batch"]["cpu_s"], "s", ""),
        ("batch, --concurrency 8: wall time", results["batch_concurrency_8"]["wall_s"], "s", ""),
        ("batch, --concurrency 8: speed-up", results["batch_concurrency_8"]["speedup"], "x", ">= 4"),
        ("batch, --concurrency 8: CPU time of the tool's process", results["batch_concurrency_8"]["cpu_s"], "s", ""),
        ("  speed-up ceiling: serial wall / that CPU time", results["batch_concurrency_8"]["ceiling"], "x", ""),
        ("extraction (patterns, no parse): corpus", results["extraction"]["megabytes"], "MB", ">= 2"),
        ("extraction (patterns, no parse): throughput", results["extraction"]["mb_per_s"], "MB/s", ">= 1"),
        ("  the same per CPU second", results["extraction"]["mb_per_cpu_s"], "MB/CPU s", ""),
        *linguistic_rows(results),
        ("matching + judging", results["judging"]["ms_per_claim"], "ms/claim", "< 5"),
        ("replay seed from cassette, whole process", results["replay"]["whole_process_s"], "s", "< 1.5"),
        ("  of which start-up (imports)", results["replay"]["startup_imports_s"], "s", ""),
    ]
    print_rows(rows)
    print(headline(results))
    (ROOT / "benchmarks" / "results.json").write_text(json.dumps(results, indent=2) + "\n")


Row = tuple[str, object, str, str]


def linguistic_rows(results: dict) -> list[Row]:
    """The parse's and the rules' figures, and which commands load the model."""
    parse = results["parse"]
    loaded = results["model_loaded"]
    return [
        ("spaCy model load, once per process", parse["model_load_s"], "s", ""),
        (f"extraction with parse, {parse['words']}-word articles", parse["extract_s"], "s", f"< {TARGET_S}"),
        ("  the same in CPU time (median)", parse["extract_cpu_s"], "CPU s", ""),
        ("  the same in CPU time (least)", parse["extract_cpu_s_min"], "CPU s", ""),
        ("  the same per 1,000 words (CPU, median)", parse["extract_cpu_s_per_1000_words"], "CPU s", ""),
        ("  the parse alone (wall)", parse["parse_s"], "s", ""),
        ("  the parse alone (CPU, median)", parse["parse_cpu_s"], "CPU s", f"with the rules < {TARGET_S}"),
        ("  the parse alone (CPU, least)", parse["parse_cpu_s_min"], "CPU s", ""),
        ("  extraction after the parse (CPU, median)", parse["own_cpu_s"], "CPU s", f"with the parse < {TARGET_S}"),
        ("  extraction after the parse (CPU, least)", parse["own_cpu_s_min"], "CPU s", ""),
        ("`verify --help` loads the model", loaded["help"], "", "False"),
        ("`verify schema` loads the model", loaded["schema"], "", "False"),
        ("replay with a reviewed claim file loads it", loaded["replay"], "", "False"),
    ]


def print_rows(rows: list[Row]) -> None:
    print(f"{'figure':<46} {'value':>10}  {'unit':<17} target")
    for name, value, unit, target in rows:
        shown = f"{value:.3f}" if isinstance(value, float) else str(value)
        print(f"{name:<46} {shown:>10}  {unit:<17} {target}")


def linguistic() -> None:
    """Only the linguistic figures (`--linguistic`): the parse and the rules in a fresh interpreter,
    and which commands load the model. Printed, not written to results.json (which holds every figure)."""
    with tempfile.TemporaryDirectory() as tmp:
        results = {"load_average_start": os.getloadavg()[0]}
        results["parse"] = in_fresh_process("parse", Path(tmp))
        results["model_loaded"] = model_loading(Path(tmp))
        results["load_average_end"] = os.getloadavg()[0]
    print_rows(
        [
            ("machine load (1-minute average) at the start", results["load_average_start"], "processes", ""),
            ("machine load (1-minute average) at the end", results["load_average_end"], "processes", ""),
            *linguistic_rows(results),
        ]
    )
    print(headline(results))


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] in {"--extraction", "--judging", "--parse"}:
        component(sys.argv[1], Path(sys.argv[2]))
    elif sys.argv[1:] == ["--linguistic"]:
        linguistic()
    elif sys.argv[1:] == ["--long"]:
        long_article()
    else:
        main()
