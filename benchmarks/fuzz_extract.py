"""Fuzz the linguistic code: odd but plausible article texts through extraction and judging.

The extraction rules (verify/kinds/*/extract.py, verify/nlp/*) and the judges index tokens, spans,
regex groups and lists, and were written for well-formed news. This script builds texts a real
user might still hand over (shuffled or cut sentences, no punctuation or doubled punctuation, all
capitals, unbalanced quotes, unicode dashes and spaces, verbless lists, one 3,000-word sentence,
impossible dates, a name or a title alone, headings only...) from the tuning articles of
tests/data/extraction_general and the stored reference pages, runs `extract_claims` on each in this
process, then judges the claims against the test wiki the way scripts/eval_verdicts.py does.

Every exception is reported with its input saved under --out (default /tmp/verify-fuzz), and every
article whose extraction takes longer than --slow seconds (default 5). The randomness is seeded,
so `--seed` and `--count` repeat a run exactly. It is a script, not a timed test:

    python benchmarks/fuzz_extract.py --count 300 --seed 13
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import random
import re
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.fakewiki import FakeWiki  # noqa: E402
from verify.article import load_article  # noqa: E402
from verify.extract import extract_claims  # noqa: E402
from verify.models import Article  # noqa: E402
from verify.pipeline import check_async  # noqa: E402
from verify.sources.http import HttpClient  # noqa: E402
from verify.sources.wikipedia import WikipediaSource  # noqa: E402

DATA = ROOT / "tests" / "data" / "extraction_general"
PAGES = ROOT / "fixtures" / "reference" / "pages"
MAX_CHARS = 25_000  # longer inputs are cut: the point is odd text, not long text (hostile.py times that)

Mutator = Callable[[str, random.Random], str]


def tuning_texts() -> list[tuple[str, Article]]:
    """The tuning articles only (the held-out part is never read), loaded as `verify check` would."""
    expected = json.loads((DATA / "expected.json").read_text(encoding="utf-8"))
    stems = sorted(stem for stem, entry in expected.items() if entry.get("part") == "tuning")
    return [(stem, load_article(DATA / f"{stem}.txt")) for stem in stems]


def page_texts() -> list[tuple[str, str]]:
    """The stored reference pages' texts (encyclopaedic prose, tables flattened to lines)."""
    out = []
    for path in sorted(PAGES.glob("*.json")):
        text = json.loads(path.read_text(encoding="utf-8")).get("text") or ""
        if text.strip():
            out.append((path.stem, text[:MAX_CHARS]))
    return out


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]


def words(text: str) -> list[str]:
    return text.split()


# Each mutator keeps the text plausible: something a paste, a feed or a careless editor could give.
def shuffle_sentences(text: str, rng: random.Random) -> str:
    parts = sentences(text)
    rng.shuffle(parts)
    return " ".join(parts)


def cut_mid_word(text: str, rng: random.Random) -> str:
    parts = sentences(text)
    out = []
    for s in parts:
        if len(s) > 4 and rng.random() < 0.5:
            s = s[: rng.randrange(1, len(s))]
        out.append(s)
    return "\n".join(out)


def no_punctuation(text: str, rng: random.Random) -> str:
    return re.sub(r"[.,;:!?\"'“”‘’()\[\]-]", "", text)


def doubled_punctuation(text: str, rng: random.Random) -> str:
    return re.sub(r"([.,;:!?\"'“”‘’()])", lambda m: m.group(1) * rng.randint(2, 4), text)


def all_capitals(text: str, rng: random.Random) -> str:
    return text.upper()


def all_lower(text: str, rng: random.Random) -> str:
    return text.lower()


def sprinkle(text: str, rng: random.Random, marks: list[str], every: int, least: int) -> str:
    """`text` with one of `marks` put at a random place for each `every` characters (at least `least`)."""
    chars = list(text)
    for _ in range(max(least, len(chars) // every)):
        chars.insert(rng.randrange(len(chars) + 1), rng.choice(marks))
    return "".join(chars)


def unbalanced_quotes(text: str, rng: random.Random) -> str:
    return sprinkle(text, rng, ["“", "”", '"', "‘", "’", "'", "«", "»"], 150, 1)


def drop_closing_quotes(text: str, rng: random.Random) -> str:
    return text.replace("”", "").replace("’", "'").replace('" ', " ")


def unicode_dashes_and_spaces(text: str, rng: random.Random) -> str:
    spaces = ["\u00a0", "\u2009", "\u202f", "\u3000", "\u200b", "\t", "  "]
    dashes = ["\u2013", "\u2014", "\u2212", "\u2011", "\u2012"]
    out = []
    for ch in text:
        if ch == " " and rng.random() < 0.3:
            out.append(rng.choice(spaces))
        elif ch == "-" or (ch == "," and rng.random() < 0.2):
            out.append(rng.choice(dashes))
        else:
            out.append(ch)
    return "".join(out)


def verbless_lists(text: str, rng: random.Random) -> str:
    lines = []
    for s in sentences(text):
        ws = [w for w in words(s) if w[:1].isupper() or any(c.isdigit() for c in w)]
        if ws:
            bullet = rng.choice(["- ", "* ", "• ", "1. ", "", "— "])
            lines.append(bullet + " ".join(ws))
    return "\n".join(lines)


def timeline_lines(text: str, rng: random.Random) -> str:
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September"]
    lines = []
    for s in sentences(text)[:40]:
        ws = words(s)
        stamp = rng.choice(
            [f"{rng.randint(1, 31)} {rng.choice(months)}", f"{rng.randint(1990, 2030)}", f"{rng.choice(months)}:"]
        )
        lines.append(f"{stamp} – " + " ".join(ws[: rng.randint(1, 6)]))
    return "\n".join(lines)


def one_long_sentence(text: str, rng: random.Random) -> str:
    ws = [w.strip(".!?") for w in words(text)]
    ws = [w for w in ws if w]
    while len(ws) < 3000:
        ws = ws + ws
    return " ".join(ws[:3000]) + "."


def odd_numbers_and_dates(text: str, rng: random.Random) -> str:
    odd = [
        "On 31 February",
        "the -5th",
        "1,2,3,4",
        "0.0.0",
        "29 February 2023",
        "on 00 March 0000",
        "in the year 99999",
        "−12%",
        "$-3 billion",
        "1e9",
        "½",
        "3/4/5/6",
        "the 1,000,000,000,000,000,000,000th",
        "at 25:61",
        "from 2030 to 1990",
        "aged -4",
        "for 0 years",
        "No. ",
        "%%",
        "Mr.",
        "1st 2nd 3rd",
        "between and",
        "over — million",
        "the 32nd",
        "9,99",
    ]
    ws = words(text)
    for _ in range(max(3, len(ws) // 25)):
        ws.insert(rng.randrange(len(ws) + 1), rng.choice(odd))
    return " ".join(ws)


def digits_replaced(text: str, rng: random.Random) -> str:
    return re.sub(r"\d+", lambda m: rng.choice(["0", "-1", "999999999999", "٣", "1,2", "12.5.", "٠"]), text)


def a_name_alone(text: str, rng: random.Random) -> str:
    names = re.findall(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)+\b", text)
    return rng.choice(names) if names else text.split()[0]


def a_title_alone(text: str, rng: random.Random) -> str:
    return text.strip().splitlines()[0] if text.strip() else "Headline"


def headings_only(text: str, rng: random.Random) -> str:
    heads = []
    for s in sentences(text)[:30]:
        ws = words(s)[: rng.randint(1, 5)]
        heads.append(rng.choice(["## ", "", "=== ", "#"]) + " ".join(w.capitalize() for w in ws))
    return "\n\n".join(heads)


def one_word_lines(text: str, rng: random.Random) -> str:
    return "\n".join(words(text)[:400])


def repeated_sentence(text: str, rng: random.Random) -> str:
    parts = sentences(text)
    s = rng.choice(parts) if parts else text
    return " ".join([s] * rng.randint(3, 40))


def stray_symbols(text: str, rng: random.Random) -> str:
    symbols = ["(", ")", "[", "]", "/", "\\", "&", "—", "…", "|", "·", "§", "@", "#", "’s", "'s", "s'", " ,", " ."]
    ws = words(text)
    for _ in range(max(3, len(ws) // 10)):
        ws.insert(rng.randrange(len(ws) + 1), rng.choice(symbols))
    return " ".join(ws)


def swap_words(text: str, rng: random.Random) -> str:
    out = []
    for s in sentences(text):
        ws = words(s)
        if len(ws) > 2:
            i = rng.randrange(len(ws) - 1)
            ws[i], ws[i + 1] = ws[i + 1], ws[i]
        out.append(" ".join(ws))
    return " ".join(out)


def glued_sentences(text: str, rng: random.Random) -> str:
    return re.sub(r"([.!?])\s+", r"\1", text)


def crlf_and_blank_lines(text: str, rng: random.Random) -> str:
    return re.sub(r"\n", lambda m: rng.choice(["\r\n", "\n\n\n", "\r", "\n \n"]), text.replace(". ", ".\n"))


def dangling_clauses(text: str, rng: random.Random) -> str:
    starts = ["who", "which", "said", "according to", "as", "after", "but", "and", ",", "that", "whose", "its"]
    out = []
    for s in sentences(text):
        out.append(s.rstrip(".!?") + " " + rng.choice(starts) + ".")
    return " ".join(out)


def parenthesis_storm(text: str, rng: random.Random) -> str:
    return re.sub(r"\b(\w+)\b", lambda m: f"({m.group(1)})" if rng.random() < 0.1 else m.group(1), text)


FUNCTION_WORDS = re.compile(
    r"\b(?:of|to|from|by|as|at|in|on|with|the|a|an|aged|since|until|who|which|that|said|according|than|"
    r"between|and|or|his|her|its|their|is|was|were|has|had|been|became|named|appointed|elected|\d+(?:st|nd|rd|th)?)\b"
)


def cut_after_function_word(text: str, rng: random.Random) -> str:
    """Sentences that stop right after a word the rules expect a complement for ('appointed as', 'aged')."""
    out = []
    for s in sentences(text):
        ends = [m.end() for m in FUNCTION_WORDS.finditer(s)]
        out.append((s[: rng.choice(ends)] if ends else s).rstrip() + rng.choice([".", "", ",", ":", " —"]))
    return " ".join(out)


def chimera_sentences(text: str, rng: random.Random) -> str:
    """The first part of one sentence glued to the last part of another: grammatical seams in odd places."""
    parts = sentences(text)
    out = []
    for _ in range(min(60, len(parts))):
        a, b = words(rng.choice(parts)), words(rng.choice(parts))
        out.append(" ".join(a[: rng.randint(0, len(a))] + b[rng.randint(0, len(b)) :]))
    return " ".join(out)


def drop_words(text: str, rng: random.Random) -> str:
    return " ".join(w for w in words(text) if rng.random() > 0.2)


def few_sentences(text: str, rng: random.Random) -> str:
    """One to three sentences alone, each cut at a word boundary: short inputs reach sentence ends often."""
    parts = sentences(text)
    if not parts:
        return text
    out = []
    for _ in range(rng.randint(1, 3)):
        ws = words(rng.choice(parts))
        out.append(" ".join(ws[: rng.randint(1, len(ws))]))
    return " ".join(out)


def insert_characters(text: str, rng: random.Random) -> str:
    noise = [*".,;:'\"()[]-–—/%$€£#&*+ 0123456789\n", "'s", "’s", "U.S.", "Mr.", "No.", "Jr.", "St."]
    return sprinkle(text, rng, noise, 60, 3)


def word_salad(text: str, rng: random.Random) -> str:
    """Sentences of 2-15 of the article's own words in random order: its names, numbers, roles and verbs
    meet in every syntax the rules were not written for."""
    ws = words(text)
    if not ws:
        return text
    out = []
    for _ in range(40):
        pick = [rng.choice(ws) for _ in range(rng.randint(2, 15))]
        out.append(" ".join(pick).rstrip(".") + rng.choice([".", "?", "!", ":", ""]))
    return " ".join(out)


def names_to_pronouns(text: str, rng: random.Random) -> str:
    """Half the names become pronouns: chains of he/him/she/her that resolve through one another."""
    pronouns = ["he", "him", "she", "her", "his", "they", "it", "He", "She", "His", "Her"]
    name = r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)+\b"
    return re.sub(name, lambda m: rng.choice(pronouns) if rng.random() < 0.5 else m.group(0), text)


def short_lines(text: str, rng: random.Random) -> str:
    """A line break every two to five words, as a column pasted from a narrow layout."""
    ws, out = words(text), []
    while ws:
        n = rng.randint(2, 5)
        out.append(" ".join(ws[:n]))
        ws = ws[n:]
    return "\n".join(out)


def unicode_digits(text: str, rng: random.Random) -> str:
    """Digits of other scripts and forms: `\\d` matches Arabic-Indic and full-width ones, `isdigit()` also
    superscripts and circled ones, which `int()` refuses."""
    forms = ["٠١٢٣٤٥٦٧٨٩", "０１２３４５６７８９", "⁰¹²³⁴⁵⁶⁷⁸⁹", "₀₁₂₃₄₅₆₇₈₉", "⓪①②③④⑤⑥⑦⑧⑨", "०१२३४५६७८९"]

    def swap(m: re.Match[str]) -> str:
        form = rng.choice(forms)
        return "".join(form[int(d)] if rng.random() < 0.7 else d for d in m.group(0))

    return re.sub(r"[0-9]+", swap, text)


def case_changes_length(text: str, rng: random.Random) -> str:
    """Letters whose other case has another length ('İ'.lower() is two characters, 'ß'.upper() and 'ﬁ'.upper()
    too): offsets found in a case-folded copy no longer index the text."""
    swaps = {"I": "İ", "s": "ß", "fi": "ﬁ", "fl": "ﬂ", "n": "ŉ"}

    def swap(m: re.Match[str]) -> str:
        return swaps[m.group(0)] if rng.random() < 0.3 else m.group(0)

    return re.sub(r"fi|fl|[Isn]", swap, text)


def invisible_characters(text: str, rng: random.Random) -> str:
    """Zero-width spaces and joiners, soft hyphens, word joiners, BOMs and combining accents inside words."""
    marks = ["\u200b", "\u200d", "\u00ad", "\u2060", "\ufeff", "\u0301", "\u200e", "\u202e"]
    return sprinkle(text, rng, marks, 40, 3)


def huge_numbers(text: str, rng: random.Random) -> str:
    """Numbers far past any real count: 400 digits, 5,000 digits (over `int()`'s default string limit),
    floats that overflow ('9.9e999'), a year of 30 digits."""
    forms = ["9" * 400, "1" + "0" * 5000, "9.9e999", "1e308", "2" * 30, "0" * 50, "1,000,000,000,000,000,000,000"]
    return re.sub(r"\b\d+\b", lambda m: rng.choice(forms) if rng.random() < 0.3 else m.group(0), text)


def extra_spaces(text: str, rng: random.Random) -> str:
    """Two or three spaces, or a space before punctuation: spaCy makes the extra space a token of its own."""
    out = re.sub(r" ", lambda m: rng.choice(["  ", "   ", " \n", " "]) if rng.random() < 0.25 else " ", text)
    return re.sub(r"([,.;:)])", lambda m: (" " + m.group(1)) if rng.random() < 0.2 else m.group(1), out)


MUTATORS: dict[str, Mutator] = {
    f.__name__: f
    for f in [
        shuffle_sentences,
        cut_mid_word,
        no_punctuation,
        doubled_punctuation,
        all_capitals,
        all_lower,
        unbalanced_quotes,
        drop_closing_quotes,
        unicode_dashes_and_spaces,
        verbless_lists,
        timeline_lines,
        one_long_sentence,
        odd_numbers_and_dates,
        digits_replaced,
        a_name_alone,
        a_title_alone,
        headings_only,
        one_word_lines,
        repeated_sentence,
        stray_symbols,
        swap_words,
        glued_sentences,
        crlf_and_blank_lines,
        dangling_clauses,
        parenthesis_storm,
        cut_after_function_word,
        chimera_sentences,
        drop_words,
        few_sentences,
        insert_characters,
        word_salad,
        names_to_pronouns,
        short_lines,
        unicode_digits,
        case_changes_length,
        invisible_characters,
        huge_numbers,
        extra_spaces,
    ]
}


@dataclass
class Finding:
    name: str
    stage: str
    error: str
    saved: Path


@dataclass
class Run:
    inputs: int = 0
    claims: int = 0
    crashes: list[Finding] = field(default_factory=list)
    slow: list[tuple[float, str]] = field(default_factory=list)
    slowest: tuple[float, str] = (0.0, "")


def save(out: Path, name: str, text: str, error: str) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    (out / f"{name}.error.txt").write_text(error, encoding="utf-8")
    return path


def crashed(run: Run, args: argparse.Namespace, name: str, stage: str, text: str, error: str) -> None:
    run.crashes.append(Finding(name, stage, error.strip().splitlines()[-1], save(args.out, name, text, error)))


async def judge_through_wiki(article: Article, claims: list, wiki: FakeWiki) -> None:
    """Judge as scripts/eval_verdicts.py does: the pipeline against the test wiki, in this process."""
    http = HttpClient(transport=httpx.MockTransport(wiki.handler))
    try:
        await check_async(article, claims, WikipediaSource(http))
    finally:
        await http.aclose()


def one(name: str, article: Article, run: Run, args: argparse.Namespace, wiki: FakeWiki | None) -> None:
    run.inputs += 1
    started = time.perf_counter()
    try:
        claims = extract_claims(article)
    except Exception:  # the point of the script is to report every one
        error = traceback.format_exc()
        run.crashes.append(
            Finding(name, "extract", error.strip().splitlines()[-1], save(args.out, name, article.text, error))
        )
        return
    took = time.perf_counter() - started
    run.claims += len(claims)
    if took > run.slowest[0]:
        run.slowest = (took, name)
    if took > args.slow:
        run.slow.append((took, name))
        save(args.out, name, article.text, f"extraction took {took:.1f} s")
    for claim in claims:
        if article.text[claim.span[0] : claim.span[1]] != claim.text:
            error = f"claim {claim.id} span {claim.span} does not index its text {claim.text!r}"
            crashed(run, args, name, "spans", article.text, error)
            break
    if wiki is None:
        return
    try:
        asyncio.run(judge_through_wiki(article, claims, wiki))
    except Exception:
        error = traceback.format_exc()
        run.crashes.append(
            Finding(name, "judge", error.strip().splitlines()[-1], save(args.out, name, article.text, error))
        )


def inputs(rng: random.Random, count: int, only: str | None) -> list[tuple[str, Article]]:
    """`count` mutated articles, each from a seeded choice of base text and mutator (one or two)."""
    bases: list[tuple[str, Article]] = tuning_texts()
    template = bases[0][1]
    for stem, text in page_texts():
        bases.append((f"page-{stem}", template.model_copy(update={"text": text, "stem": stem, "title": stem})))
    names = [only] if only else sorted(MUTATORS)
    out = []
    for i in range(count):
        stem, base = rng.choice(bases)
        chosen = [names[i % len(names)]]
        while not only and len(chosen) < 3 and rng.random() < 0.35:
            chosen.append(rng.choice(names))
        text = base.text
        for m in chosen:
            text = MUTATORS[m](text, rng)[:MAX_CHARS]
        if not text.strip():
            text = "x"
        as_of = rng.choice([base.as_of, dt.date(2025, 8, 20), None, dt.date(2001, 1, 16)])
        first = text.strip().splitlines()[0][:200] if text.strip() else ""
        article = base.model_copy(update={"text": text, "title": first, "as_of": as_of, "stem": f"fuzz{i}"})
        out.append((f"{i:04d}-{'+'.join(chosen)}-{stem}", article))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=200, help="how many mutated articles to run")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--slow", type=float, default=5.0, help="report extractions slower than this (s)")
    parser.add_argument("--out", type=Path, default=Path("/tmp/verify-fuzz"), help="where failing inputs go")
    parser.add_argument("--mutator", choices=sorted(MUTATORS), help="run only this one")
    parser.add_argument("--no-judge", action="store_true", help="extraction only")
    parser.add_argument("--start", type=int, default=0, help="skip the first N inputs (to resume a run)")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    wiki = None if args.no_judge else FakeWiki.from_directory(ROOT / "fixtures" / "wiki" / "pages")
    run = Run()
    articles = inputs(rng, args.count, args.mutator)[args.start :]
    extract_claims(articles[0][1].model_copy(update={"text": "The minister spoke on Monday."}))  # load the models
    began = time.perf_counter()
    for name, article in articles:
        before = len(run.crashes)
        one(name, article, run, args, wiki)
        for f in run.crashes[before:]:
            print(f"CRASH {f.stage} {f.name}: {f.error} (input: {f.saved})", flush=True)
    print(f"inputs {run.inputs}, claims {run.claims}, crashes {len(run.crashes)}, over {args.slow:g} s {len(run.slow)}")
    for took, name in sorted(run.slow, reverse=True):
        print(f"SLOW {took:.1f} s {name}")
    print(
        f"slowest extraction {run.slowest[0]:.2f} s ({run.slowest[1]}); whole run {time.perf_counter() - began:.0f} s"
    )
    return 1 if run.crashes or run.slow else 0


if __name__ == "__main__":
    raise SystemExit(main())
