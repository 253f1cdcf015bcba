"""harv41's rows (session 41): the shapes a university's, a company's or a public body's story has, read from the
misses of the tuning subject of a university presidency changing hands. Invented subjects: Ana Ruiz, once dean of
Korvik's law faculty, then Korvik University's president for six months; Karl Moen after her."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.judging import boxed, judged_body
from verify.app import article_from_text
from verify.extract import extract_claims
from verify.judge import judge
from verify.models import Document, Verdict
from verify.retrieve import EvidencePool

SAVED = dt.datetime(2024, 5, 1, tzinfo=dt.UTC)
DAY = dt.date(2024, 1, 3)  # the day after she resigned

# Ana Ruiz's invented page: a presidency (its predecessor Lena Berg) and, listed second, the deanship she held before
# it (its predecessor Olav Dahl); both offices name the same university, as a university's posts do.
RUIZ = boxed(
    "Ana Ruiz",
    "Ana Ruiz (born May 4, 1968) is a Norbian lawyer who was the 12th president of Korvik University. On January 2, "
    "2024, Ruiz resigned. Karl Moen will serve as Korvik's interim president.",
    [
        ("office", "12th President of Korvik University"),
        ("term_start", "July 1, 2023"),
        ("term_end", "January 2, 2024"),
        ("predecessor", "Lena Berg"),
        ("successor", "Karl Moen (interim)"),
        ("office2", "Dean of the Korvik University Faculty of Law"),
        ("term_start2", "August 15, 2018"),
        ("term_end2", "June 30, 2023"),
        ("predecessor2", "Olav Dahl"),
        ("successor2", "Eva Holm"),
        ("birth_date", "May 4, 1968"),
        ("children", "1"),
    ],
    SAVED,
)


def _verdicts(body: str, kind: str, words: str, docs: list[Document] | None = None) -> set[Verdict]:
    """The verdicts of the claims of `kind` whose words hold `words`, extracted from `body` (dated `DAY`)."""
    found = {v for c, v in judged_body(body, docs or [RUIZ], DAY) if c.kind == kind and words in c.text}
    assert found, f"no {kind} claim on {words!r}"
    return found


# A succession told after a post, in a sentence that first names another post of the same body ('Before becoming
# president, ...'): the post the succession is in is the one named nearest before it, and a word both posts share
# (the university's name) places neither nearer. Read by the shared word, the presidency was taken for it: its
# predecessor refuted the dean's and stood for the presidency's. (The school named is not the page's: the page does
# not state that post, so the succession in it is not supported either.)
@pytest.mark.parametrize(
    ("predecessor", "never"),
    [
        pytest.param("Olav Dahl", Verdict.CONTRADICTED, id="deans"),
        pytest.param("Lena Berg", Verdict.SUPPORTED, id="presidents"),
    ],
)
def test_a_succession_is_in_the_post_named_nearest_before_it(predecessor: str, never: Verdict) -> None:
    body = (
        "Before becoming president, Ruiz was dean of Korvik University Medical School from August 2018 to June 2023, "
        f"succeeding {predecessor}."
    )
    assert never not in _verdicts(body, "clause", f"succeeding {predecessor}")


# the same when the claim's words hold the post too: the post named nearest before the other person
def test_a_succession_in_the_claims_own_post_is_not_refuted_by_the_other_posts_predecessor() -> None:
    body = "Before becoming president, Ruiz was dean of Korvik University Medical School, succeeding Olav Dahl."
    assert Verdict.CONTRADICTED not in _verdicts(body, "clause", "succeeding Olav Dahl")


def test_a_succession_in_the_claims_own_post_is_not_supported_by_the_other_posts_predecessor() -> None:
    body = "Before becoming president, Ruiz was dean of Korvik University Medical School, succeeding Lena Berg."
    assert Verdict.SUPPORTED not in _verdicts(body, "clause", "succeeding Lena Berg")


def _judged_together(body: str, day: dt.date = DAY) -> dict[tuple[str, str], Verdict]:
    """Each claim of `body` judged as the pipeline judges an article of `day`: every claim together, against Ruiz's
    page, so one claim's verdict can settle another's."""
    claims = extract_claims(article_from_text(f"Norby news\n\n{body}\n", as_of=day))
    pool = EvidencePool(documents=[RUIZ], by_claim={c.id: [RUIZ] for c in claims})
    return {(c.kind, c.text): r.verdict for c, r in zip(claims, judge(claims, pool, day), strict=True)}


_DEAN = "Ruiz was dean of the Korvik University Faculty of Law"


# A post held, its spell written after the post's words ('was dean of the law faculty from 15 August 2016 to 30 June
# 2023'): the post's words and the spell's are two facts, each with its own claim. A false start is refuted on the
# claim holding the spell's words; the post held, which the page's rows give, is not refuted with it.
@pytest.mark.parametrize(
    ("start", "spell"),
    [
        pytest.param("15 August 2018", Verdict.SUPPORTED, id="true"),
        pytest.param("15 August 2016", Verdict.CONTRADICTED, id="false-start"),
    ],
)
def test_a_spell_after_a_post_is_judged_on_its_own_words(start: str, spell: Verdict) -> None:
    found = _judged_together(f"Before becoming president, {_DEAN} from {start} to 30 June 2023.")
    assert found[("clause", f"{_DEAN} from {start}")] == spell, found
    assert found[("role", _DEAN)] == Verdict.SUPPORTED, found


def test_a_post_the_page_does_not_list_is_not_supported_by_another_posts_spell() -> None:
    found = _judged_together("Before becoming president, Ruiz was dean of Korvik Medical School from 2016 to 2023.")
    assert Verdict.SUPPORTED not in {v for (kind, _), v in found.items() if kind == "role"}, found


def test_a_post_taken_up_after_the_articles_day_is_not_supported_beside_a_refuted_spell() -> None:
    # on 3 January 2017 she was not yet dean (her term began in August 2018): the post held is not the spell's to
    # set aside, and stays unsupported
    found = _judged_together(f"{_DEAN} from 15 August 2016 to 30 June 2023.", dt.date(2017, 1, 3))
    assert found[("role", _DEAN)] != Verdict.SUPPORTED, found


def _with_children(count: str) -> Document:
    """Ruiz's page with its children row giving `count`, saved before the article's day (a later revision's larger
    count may be of children born since)."""
    rows = tuple(f.model_copy(update={"value": count}) if f.label == "children" else f for f in RUIZ.infobox)
    return RUIZ.model_copy(update={"infobox": rows, "revision_timestamp": dt.datetime(2023, 12, 1, tzinfo=dt.UTC)})


# One child, the count in the singular ('has one child'), against the page's bare children row: read as a count of
# children as 'has two children' is.
@pytest.mark.parametrize(
    ("row", "verdict"),
    [
        pytest.param("1", Verdict.SUPPORTED, id="true"),
        pytest.param("3", Verdict.CONTRADICTED, id="three"),
    ],
)
def test_one_child_in_the_singular_is_a_count_of_children(row: str, verdict: Verdict) -> None:
    body = "Ruiz is married to Karl Moen and has one child."
    assert _verdicts(body, "clause", "has one child", [_with_children(row)]) == {verdict}


def test_a_spell_wholly_apart_from_the_posts_term_leaves_the_post_refuted() -> None:
    # 2010-2014 meets none of the dean's years (2018-2023): another holding, maybe another post, not a wrong date
    found = _judged_together(f"Before becoming president, {_DEAN} from 15 August 2010 to 30 June 2014.")
    assert found[("role", _DEAN)] != Verdict.SUPPORTED, found
