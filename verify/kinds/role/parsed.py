"""Role claims the parse corrects or adds: the title written right before a recognised person's name
(verify/nlp/titles.py). A pattern claim whose subject is not that person ("…Europe Gen") gets the
person and the title; one whose office lost its Vice / Deputy / Acting to the end ("Chairman … Vice")
gets the office in "<title> of <organisation>" form; a person with a title and no role claim gets one
("FIFA vice-president Victor Montagliani")."""

from __future__ import annotations

from rapidfuzz import fuzz

from verify import lexicons
from verify.aliases import fold
from verify.kinds.base import ArticleView, Relation
from verify.models import Claim
from verify.nlp import parse_view
from verify.nlp.titles import Title, titles_before_names


def _same_person(a: str, b: str) -> bool:
    return fuzz.token_set_ratio(fold(a), fold(b)) >= 80 and len(fold(b)) > 3


def _ends_with_modifier(value: str | None) -> bool:
    modifiers = set(lexicons.load("titles")["modifiers"])
    return bool(value) and value.split()[-1].lower() in modifiers  # type: ignore[union-attr]


def with_parsed_titles(view: ArticleView, claims: list[Claim]) -> list[Claim]:
    """`claims` (the role kind's) with the parse's corrections and additions."""
    stripped = view.text.lstrip()
    body_start = len(view.text) - len(stripped) + len(stripped.splitlines()[0] if stripped else "")
    out = list(claims)
    for title in titles_before_names(parse_view(view), body_start):
        if not title.office:
            continue
        a, b = title.span
        touching = [c for c in out if c.span[0] < b and a < c.span[1]]
        about_them = [c for c in touching if _same_person(title.person, c.subject)]
        for claim in about_them:
            if _ends_with_modifier(claim.value) and title.office_of:
                claim.value = title.office_of
        if about_them:
            continue
        misread = [c for c in touching if c.span[1] <= title.person_span[1]]  # "…Europe Gen" read as a name
        for claim in misread:
            out.remove(claim)
        relation = misread[0].relation if misread else Relation.HOLDS_OFFICE
        out.append(_claim(view, title, relation, misread[0].id if misread else None))
    return sorted(out, key=lambda c: c.span)


def _claim(view: ArticleView, title: Title, relation: str, keep_id: str | None) -> Claim:
    start, end = title.span
    sentence = next(s for s in view.sentences if s.start <= start < s.end)
    return view.claim(
        "role",
        sentence,
        start - sentence.start,
        min(end, sentence.end) - sentence.start,
        title.person,
        str(relation),
        value=title.office_of or title.office,
        rank=title.rank,
        **({"given_id": keep_id} if keep_id else {}),
    )
