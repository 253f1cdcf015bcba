"""Titles before names, read with the parse: "Supreme Allied Commander Europe Gen. Christopher Cavoli",
"Apple CEO Tim Cook", "FIFA vice-president Victor Montagliani", "Joint Chiefs of Staff Vice Chairman
Adm. Christopher Grady".

The recogniser gives the person's exact extent (so a rank abbreviation's full stop never ends the
name); the words right before it that read as a title (capitalised words, "of", a rank, a job title
from the lexicons) are split into the rank (ranks lexicon) and the office, and an office written
organisation first ("FIFA vice-president", "Joint Chiefs of Staff Vice Chairman") is also given in
the "<title> of <organisation>" form the office pages use, its Vice / Deputy / Acting kept.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from verify import lexicons
from verify.nlp import Parsed

__all__ = ["Title", "titles_before_names"]


@dataclass(frozen=True)
class Title:
    """A person and the title written right before their name; spans index the article."""

    person: str
    person_span: tuple[int, int]
    span: tuple[int, int]  # the whole title and name
    office: str | None  # as written, without the rank
    office_of: str | None  # "<title> of <organisation>" when written organisation first
    rank: str | None


@functools.cache
def _words() -> tuple[frozenset[str], frozenset[str], dict[str, str]]:
    titles = lexicons.load("titles")
    heads = {h.lower() for h in lexicons.load("offices")["heads"]}
    title_words = frozenset(titles["titles"]) | heads
    modifiers = frozenset(titles["modifiers"])
    ranks = {form.lower(): rank["name"] for rank in lexicons.load("ranks")["rank"] for form in rank["forms"]}
    return title_words, modifiers, ranks


def _is_title_word(word: str, title_words: frozenset[str]) -> bool:
    lower = word.lower()
    return lower in title_words or lower.split("-")[-1] in title_words


def titles_before_names(parsed: Parsed, start: int = 0) -> list[Title]:
    """Every person named after a title, from `start` on."""
    title_words, modifiers, ranks = _words()
    doc, text = parsed.doc, parsed.text
    found: list[Title] = []
    for ent in doc.ents:
        if ent.label_ != "PERSON" or ent.start_char < start:
            continue
        words = []
        i = ent.start - 1
        while i >= ent.sent.start:
            token = doc[i]
            if "\n" in text[token.idx : ent.start_char]:
                break
            usable = (
                token.is_title
                or token.is_upper
                or token.lower_ in ranks
                or _is_title_word(token.text, title_words)
                or (token.lower_ in modifiers and words)
                or (token.lower_ in {"of", "-"} and words)
            )
            if not usable or token.ent_type_ in {"DATE", "CARDINAL", "ORDINAL"}:
                break
            words.insert(0, token)
            i -= 1
        while words and words[0].lower_ in {"of", "the", "-"}:
            words.pop(0)
        if not words:
            continue
        rank_words: list = []
        for size in (3, 2, 1):  # the longest rank form at the end: "Lt. Gen.", "Vice Adm.", "Gen."
            tail = words[-size:] if len(words) >= size else []
            written = " ".join(t.text for t in tail).lower()
            if tail and written in ranks:
                rank_words = tail
                break
        office_words = words[: len(words) - len(rank_words)]
        if office_words and not any(_is_title_word(t.text, title_words) for t in office_words):
            office_words = []
        if not office_words and not rank_words:
            continue
        rank = ranks[" ".join(t.text for t in rank_words).lower()] if rank_words else None
        office = office_of = None
        if office_words:
            office = text[office_words[0].idx : office_words[-1].idx + len(office_words[-1])]
            last = len(office_words) - 1
            if _is_title_word(office_words[last].text, title_words):
                first = last
                while first > 0 and (
                    office_words[first - 1].lower_ in modifiers
                    or office_words[first - 1].text == "-"
                    or _is_title_word(office_words[first - 1].text, title_words)
                ):
                    first -= 1
                if first > 0 and office_words[first - 1].lower_ != "of":
                    owner = text[office_words[0].idx : office_words[first - 1].idx + len(office_words[first - 1])]
                    head = text[office_words[first].idx : office_words[last].idx + len(office_words[last])]
                    office_of = f"{head} of {owner}"
        found.append(
            Title(
                person=ent.text,
                person_span=(ent.start_char, ent.end_char),
                span=(words[0].idx, ent.end_char),
                office=office,
                office_of=office_of,
                rank=rank,
            )
        )
    return found
