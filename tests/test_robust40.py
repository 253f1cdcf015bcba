"""A long article's work grows with its length, not with its length squared (review39's attacker: a 239 KB article
took 438 s offline only to report every claim 'not checked'). Each row counts the steps of one part that once
compared every claim, title or sentence with every other; none is timed (the timings are in benchmarks/run.py)."""

from __future__ import annotations

import pytest

from verify.models import Report
from verify.report import common


def _report(claims: list[dict]) -> Report:
    return Report.model_validate(
        {
            "article": {"path": "a.txt", "sha256": "0" * 64, "title": "T", "as_of": "2024-04-03"},
            "claims": [{"sentence": "x" * 10, "confidence": 0, "rationale": "R.", **c} for c in claims],
            "summary": {},
        }
    )


def _deeds_with_their_days(count: int) -> list[dict]:
    """`count` deeds told with their day (a date claim and a clause claim on the same words) and a role claim
    beside each, on words of their own."""
    claims = []
    for i in range(count):
        words = {"text": "x" * 10, "span": [3 + 20 * i, 13 + 20 * i], "verdict": "not_checked"}
        claims += [
            {"id": f"d{i}", "kind": "date", **words},
            {"id": f"r{i}", "kind": "role", **words, "text": "x" * 5, "span": [3 + 20 * i, 8 + 20 * i]},
            {"id": f"c{i}", "kind": "clause", **words},
        ]
    return claims


@pytest.mark.parametrize("count", [10, 400])
def test_a_reports_rows_compare_each_claim_only_with_the_claims_on_its_own_words(count, monkeypatch):
    compared = []
    shares = common._shares_a_row
    monkeypatch.setattr(common, "_shares_a_row", lambda a, b: compared.append(1) or shares(a, b))
    rows = common.rows(_report(_deeds_with_their_days(count)).claims)
    assert [[c.id for c in row.claims] for row in rows[:2]] == [["d0", "c0"], ["r0"]]
    assert len(rows) == 2 * count and all(len(row.claims) == 2 for row in rows[::2])
    assert len(compared) <= count  # each clause claim with its date claim: was 1.5 x count squared


def _dated_deeds(count: int) -> list:
    """`count` sentences, each a deed told with its day: a clause claim and the date claim on its words."""
    from verify.models import Claim

    claims = []
    for i in range(count):
        sentence = f"Ana Ruiz{'e' * i} took office on 1 July 2019."
        deed = {"text": sentence[: sentence.index(" took")] + " took office on 1 July 2019", "sentence": sentence}
        deed["span"] = (100 * i, 100 * i + len(deed["text"]))
        subject = sentence[: sentence.index(" took")]
        claims += [
            Claim(id=f"c{i}", kind="clause", subject=subject, relation="took office", predicate="take office", **deed),
            Claim(id=f"d{i}", kind="date", subject=subject, relation="took office", value="2019-07-01", **deed),
        ]
    return claims


@pytest.mark.parametrize("count", [5, 200])
def test_a_deeds_day_is_sought_among_the_claims_of_its_own_sentence_only(count, monkeypatch):
    from verify import judge
    from verify.retrieve import EvidencePool

    read, found = [], []
    dated_deed_of = judge._dated_deed_of

    def counting(claim, claims):
        read.append(len(claims))
        found.append(dated_deed_of(claim, claims))
        return found[-1]

    monkeypatch.setattr(judge, "_dated_deed_of", counting)
    claims = _dated_deeds(count)
    judge.judge(claims, EvidencePool(), None)
    assert [c.id for c in found if c is not None] == [f"d{i}" for i in range(count)]  # each deed's day found
    assert sum(read) <= 2 * len(claims)  # was every claim for each claim: 4 x count squared


@pytest.mark.parametrize(
    ("later", "named"),
    [
        ("U.S. Joint Chiefs of Staff Chairman Gen. Dan Caine", ("Dan Caine",)),
        ("Dan Caine's deputy", ("Dan Caine",)),  # an apostrophe is no word character
        ("Dan Caines", ()),  # a name running on into a longer word is not written
        ("General Dan Caine_2", ()),  # '_' is a word character
        ("Prime Minister Ana Ruiz-Dan Caine", ("Ana Ruiz", "Dan Caine")),  # a hyphen is no word character
        ("Ana Ruiz and Dan Caine", ("Ana Ruiz", "Dan Caine")),  # in the order the first batch asked
        ("Jean-Éric Dan Caine", ("Dan Caine",)),
        ("ÉDan Caine", ()),  # an accented letter is a word character
        ("Dan Caine", ("Dan Caine",)),  # itself: the title as asked
    ],
)
def test_a_later_title_holding_a_name_the_first_batch_asked_for_is_that_name(later, named):
    from verify.kinds.base import Wants
    from verify.retrieve import later_titles

    wanted = {"a": Wants(titles=("Ana Ruiz",)), "b": Wants(titles=("Dan Caine",)), "c": Wants(later=(later,))}
    assert later_titles(wanted)["c"] == (named or (later,))


@pytest.mark.parametrize("count", [10, 300])
def test_a_later_title_is_not_searched_for_every_name_of_the_article(count, monkeypatch):
    import re

    from verify.kinds.base import Wants
    from verify.retrieve import later_titles

    people = [f"Ana Ruiz{'e' * i}" for i in range(count)]
    wanted = {p: Wants(titles=(p,), later=(f"Minister {p}", p.split()[1])) for p in people}
    searched = []
    search = re.search
    monkeypatch.setattr(re, "search", lambda *a, **k: searched.append(1) or search(*a, **k))
    later = later_titles(wanted)
    assert later[people[-1]] == (people[-1],)  # 'Minister Ana Ruize...' and 'Ruize...' are both hers
    assert len(searched) <= count  # was every name for each title: count squared


SEED = "seeds/nato-defense-chiefs.txt"


@pytest.mark.parametrize(("threshold", "said"), [(300, True), (5_000, False)])
def test_a_long_articles_extraction_is_said_with_its_time_before_it_starts(threshold, said, tmp_path, monkeypatch):
    """The seed (381 words) read as long by a lower threshold: the line comes before the claims are extracted,
    not after minutes of silence; at the real threshold an article of news length says nothing of it."""
    from pathlib import Path

    from typer.testing import CliRunner

    from tests.conftest import empty_cassette_folder
    from verify import app as app_module
    from verify.cli import app

    monkeypatch.setattr(app_module, "LONG_ARTICLE_WORDS", threshold)
    article = tmp_path / "visit.txt"
    article.write_text(Path(SEED).read_text(encoding="utf-8"), encoding="utf-8")
    claims = tmp_path / "no-claims"
    claims.mkdir()
    result = CliRunner().invoke(
        app,
        ["check", str(article), "--offline", "--out", str(tmp_path / "out"), "--claims", str(claims),
         "--cassettes", str(empty_cassette_folder(tmp_path)), "--fail-on", "never", "--as-of", "2025-08-20"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    extracted = next(i for i, line in enumerate(lines) if "claims extracted now" in line)
    note = [i for i, line in enumerate(lines) if "words to extract claims from" in line]
    assert note == ([extracted - 1] if said else []), result.output
    if said:
        said_line = lines[note[0]]
        assert said_line.startswith(f"{article}: ") and "CPU seconds or more before its first verdict" in said_line


SENTENCES = [
    "President Yoon Suk Yeol declared martial law.",
    "Parliament voted to lift it (Yoon Suk Yeol was impeached later).",
    "The opposition leader Lee Jae-myung spoke.",
    "Yoonseo Park, a student, was there.",
]


@pytest.mark.parametrize(
    ("name", "holding"),
    [
        ("Yoon Suk", [0, 1]),  # after '(' too: a name's first word is whole in any sentence writing it
        ("Lee Jae-myung", [2]),
        ("Park Yoonseo", [3]),  # 'Park' is written, not the name: read whole in no sentence
        ("'Yoon Suk", [0, 1]),  # its first run of word characters
    ],
)
def test_a_name_is_read_whole_in_the_sentences_holding_its_first_word(name, holding):
    from verify.retrieve import _sentences_by_word, read_whole

    of = _sentences_by_word(SENTENCES)
    assert of(name) == [SENTENCES[i] for i in holding]
    assert read_whole(name, of(name)) == read_whole(name, SENTENCES)
