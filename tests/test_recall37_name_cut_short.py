"""A person's name cut short by the reader ('Yoon Suk' of 'President Yoon Suk Yeol'), which the article never writes
alone: retrieval asks for the name as the article writes it (`read_whole`) for every claim about the shorter one, and
the judge reads those claims as about the one person page found under the longer name (`named_in_full`), so 'He
succeeded Park Geun-hye in 2022' meets the page's predecessor row instead of no page at all. A name the article also
writes alone, or goes on from in two ways, is left as it is. Invented names, and the stored page of a person whose
name has three words (the lost contradictions were kr-2025-04-07's predecessor, ordinal and age variants)."""

from __future__ import annotations

import asyncio

import pytest

from tests.support.judging import page
from verify.judge import named_in_full
from verify.models import Claim
from verify.retrieve import read_whole, retrieve

WHOLE = ["President Lena Vos Marin spoke on Monday.", "Lena Vos Marin was born in Halden."]


@pytest.mark.parametrize(
    ("name", "sentences", "expected"),
    [
        pytest.param("Lena Vos", WHOLE, "Lena Vos Marin", id="never-written-alone"),
        pytest.param("Lena Vos", [*WHOLE, "Lena Vos said so."], None, id="also-written-alone"),
        pytest.param("Lena Vos", [*WHOLE, "Lena Vos Berg said so."], None, id="gone-on-from-in-two-ways"),
        pytest.param("Vos", WHOLE, None, id="one-word"),
        pytest.param("Lena Vos", ["Lena Vos MP spoke on Monday."], None, id="an-acronym-after-it"),
    ],
)
def test_a_name_the_article_never_writes_alone_is_read_whole(name: str, sentences: list[str], expected: str) -> None:
    assert read_whole(name, sentences) == expected


def _claim(subject: str, text: str, sentence: str, **fields: object) -> Claim:
    return Claim(
        id=f"c-{text}", kind="clause", text=text, sentence=sentence, span=(0, len(text)), subject=subject,
        relation=fields.pop("relation", "born in"), **fields,  # type: ignore[arg-type]
    )  # fmt: skip


@pytest.mark.parametrize(
    ("titles", "expected"),
    [
        pytest.param(["Lena Vos Marin"], "Lena Vos Marin", id="the-one-page-the-name-opens"),
        pytest.param(["Lena Vos Marin", "Lena Vos"], "Lena Vos", id="a-page-of-the-name-itself"),
        pytest.param(["Lena Vos Marin", "Lena Vos Berg"], "Lena Vos", id="two-pages-it-opens"),
    ],
)
def test_a_claim_about_a_name_cut_short_is_judged_on_the_page_it_opens(titles: list[str], expected: str) -> None:
    people = [page(t, f"{t} (born 1970) is a Norbian politician.") for t in titles]
    claim = _claim("Lena Vos", "was born in Halden", "Lena Vos Marin was born in Halden.", predicate="born in")
    assert named_in_full(claim, people).subject == expected


def test_every_claim_about_a_name_cut_short_gets_the_page_of_the_name_as_written(wikipedia) -> None:
    sentence = "Vice President Gibran Rakabuming Raka was born in Surakarta."
    role = Claim(
        id="r", kind="role", text="Vice President Gibran Rakabuming Raka", sentence=sentence, span=(0, 37),
        subject="Gibran Rakabuming", relation="holds office", value="Vice President",
    )  # fmt: skip
    born = _claim("Gibran Rakabuming", "was born in Surakarta", sentence, predicate="born in", value="Surakarta")
    pool = asyncio.run(retrieve([role, born], wikipedia))
    for claim in (role, born):
        assert "Gibran Rakabuming Raka" in [d.title for d in pool.entity_pages(claim.id)]
