"""An article of thousands of short lines is read in time growing with its length, not with its square (review40 N6:
11,000 lines of 'Ana Ruiz, 54, said.' did not finish in 900 s), and one of more lines than extraction reads is
refused in one line before the parse (review40 N5: 120,000 one-letter lines took 4.0 GB). Each row counts the steps
of one part that once read the whole article again for each claim; none is timed (the timings are in
benchmarks/run.py --long)."""

from __future__ import annotations

import pytest

from verify import article as article_module
from verify.app import long_article_note
from verify.article import MAX_EXTRACTED_LINES, check_extractable
from verify.errors import InputError
from verify.extract import extract_claims
from verify.kinds.clause import claims as clause
from verify.models import Article
from verify.nlp import parse
from verify.nlp.reference import References


def _article(body: str) -> Article:
    return Article(path="lines.txt", stem="lines", sha256="0" * 64, title="Lines", text=f"Lines\n\n{body}\n")


def _lines(count: int) -> Article:
    """`count` lines, each a claim: the age of a person who speaks."""
    return _article("\n".join(["Ana Ruiz, 54, said."] * count))


@pytest.mark.parametrize("count", [5, 200])
def test_a_clause_claim_is_compared_only_with_the_claims_that_could_hold_it(count, monkeypatch):
    """_one_per_clause: a sentence repeated at each line is one sentence's words, but no line's claim holds
    another line's; each claim is weighed against its own line's claims only (was every claim: count squared)."""
    weighed = []
    candidates = clause._candidates
    monkeypatch.setattr(
        clause, "_candidates", lambda cs: weighed.append(sum(map(len, found := candidates(cs)))) or found
    )
    found = extract_claims(_lines(count))
    assert [c.text for c in found[:2]] == ["Ana Ruiz, 54", "Ana Ruiz, 54"] and len(found) == count
    assert sum(weighed) <= 2 * count


def test_a_clause_claims_sentence_is_looked_up_where_it_falls():
    """A clause fact's sentence is found by where its start falls among the sentences' starts, not by reading
    every sentence of the article: the article's sentences run in order, and the one found is the one read."""
    looked_up = []
    sentence_at = clause._sentence_at

    def recording(sentences, starts, at):
        looked_up.append((starts is not None, sentence_at(sentences, starts, at), sentence_at(sentences, None, at)))
        return looked_up[-1][1]

    clause._sentence_at, saved = recording, clause._sentence_at
    try:
        extract_claims(_article("Ana Ruiz took office in 2019. She left in 2021.\nJon Dahl won the race in 2020."))
    finally:
        clause._sentence_at = saved
    assert looked_up and all(bisected for bisected, _, _ in looked_up)
    assert all(found == read for _, found, read in looked_up)
    assert {found for _, found, _ in looked_up} == {
        "Ana Ruiz took office in 2019.",
        "She left in 2021.",
        "Jon Dahl won the race in 2020.",
    }


@pytest.mark.parametrize("count", [5, 200])
def test_a_paragraph_is_searched_for_a_safe_harbour_once(count, monkeypatch):
    """One paragraph of `count` lines is searched once for a safe-harbour disclaimer, not once per claim."""
    from verify import extract

    pattern = extract._safe_harbour()
    searched = []

    class Counting:
        def search(self, *args):
            searched.append(1)
            return pattern.search(*args)

    monkeypatch.setattr(extract, "_safe_harbour", Counting)
    assert len(extract_claims(_lines(count))) == count
    assert len(searched) == 1


def test_a_surname_is_the_person_followed_found_once_per_mention():
    """'Dahl' at each line is the person of that surname the story follows so far (the most often a subject, of
    equals the first named), each list of full mentions weighed once, mention by mention (was recounted for every
    surname mention: count squared)."""
    title = "Dahls"
    body = "Eva Dahl spoke first. Jon Dahl spoke next. Dahl left.\n" + "Jon Dahl spoke again. Dahl left.\n" * 20
    references = References.of(parse(f"{title}\n\n{body}"), len(title) + 2)
    lookups = []

    class Counting(dict):
        def get(self, *args):
            lookups.append(1)
            return super().get(*args)

    references.__dict__["_subject_mentions"] = Counting(references._subject_mentions)
    text = references.text
    surnames = [i for i in range(len(text)) if text.startswith("Dahl left", i)]
    assert [references.full_name("Dahl", at) for at in surnames[:2]] == ["Eva Dahl", "Jon Dahl"]
    assert {references.full_name("Dahl", at) for at in surnames[2:]} == {"Jon Dahl"}
    assert len(lookups) <= 25  # each of the 22 full mentions once (was 2 + 3 + ... + 22 = 252)


def test_an_article_of_more_lines_than_extraction_reads_is_refused_in_one_line():
    """Lines past MAX_EXTRACTED_LINES are refused before the parse, whatever their length; blank lines between
    paragraphs are not counted."""
    one_letter = _article("\n".join(["a"] * (MAX_EXTRACTED_LINES + 1)))
    assert len(one_letter.text) < article_module.MAX_EXTRACTED_CHARS
    with pytest.raises(InputError, match=r"^lines\.txt: 20,002 lines of text, more than the 20,000 claims are ext"):
        check_extractable(one_letter)
    check_extractable(_article("\n\n".join(["Ana Ruiz, 54, said."] * (MAX_EXTRACTED_LINES // 2))))
    assert long_article_note(one_letter) is None  # no time announced for an article refused before extraction
    assert long_article_note(_article("Ana Ruiz said. " * 3_000)) is not None


def test_the_countries_an_article_names_are_read_once_for_all_its_bare_posts(monkeypatch):
    """'In Germany, Chancellor Olaf Scholz spoke': a bare post is the post of the one country the article names;
    the article is read for its countries once, not again for each such claim."""
    from verify.kinds.role import parsed

    pattern = parsed._country_names()
    read = []

    class Counting:
        def finditer(self, *args):
            read.append(1)
            return pattern.finditer(*args)

        def __getattr__(self, name):
            return getattr(pattern, name)

    monkeypatch.setattr(parsed, "_country_names", Counting)
    people = ["Olaf Scholz", "Anna Berg", "Jonas Weber", "Lena Vogt", "Paul Krause", "Eva Roth"]
    body = "\n".join(
        f"In Germany, Chancellor {person} spoke on day {i} of the bare posts." for i, person in enumerate(people)
    )
    roles = [c for c in extract_claims(_article(body)) if c.kind == "role"]
    assert [(c.subject, c.value) for c in roles] == [(person, "Chancellor of Germany") for person in people]
    assert len(read) == 1
