"""Judging quotes: a retrieved passage that quotes the phrase and ties it to the claimed speaker supports
it. Words on a page say nothing about who said them: a page quoting them from someone else, or from
nobody it names, leaves the quote unverified (its finding is neutral evidence, shown, never support)."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from verify import aliases
from verify.kinds.base import Aspect, Finding, Stance
from verify.match import Unit, units
from verify.models import Claim, Document

UNATTRIBUTED = "unattributed"  # the extractor's speaker for words it could tie to no one


def _name_words(speaker: str) -> list[str]:
    """The words that name the speaker in a passage: the whole name and its last capitalised word
    ("Mark Rutte" -> "Rutte", "NATO leaders" -> "NATO")."""
    names = [aliases.fold(speaker)]
    capitalised = [w for w in speaker.split() if w[:1].isupper() and len(w.strip(".,")) >= 3]
    if capitalised:
        names.append(aliases.fold(capitalised[-1]))
    return [n for n in names if n]


def _own_page(doc: Document, speaker: str) -> bool:
    """The speaker's own page: its title (without a "(politician)" qualifier) is the speaker's name."""
    title = aliases.fold(doc.title.split(" (")[0])
    return bool(title) and fuzz.token_set_ratio(title, aliases.fold(speaker)) >= 90


def _names_speaker(passage: str, speaker: str) -> bool:
    folded = aliases.fold(passage)
    return any(re.search(rf"\b{re.escape(name)}\b", folded) for name in _name_words(speaker))


def ties_to_speaker(doc: Document, passage: str, speaker: str) -> bool:
    """Whether a passage quoting the words shows `speaker` as the one who said them: it is on the speaker's
    own page or names them. An unattributed quote claims no speaker, so the words alone settle it."""
    return speaker == UNATTRIBUTED or _own_page(doc, speaker) or _names_speaker(passage, speaker)


def quote_findings(claim: Claim, docs: list[Document]) -> list[Finding]:
    phrase = aliases.fold(claim.value or "")
    if len(phrase) <= 8:
        return []
    out = []
    for doc in docs:
        doc_units = units(doc)
        for at, unit in enumerate(doc_units):
            score = fuzz.partial_ratio(phrase, aliases.fold(unit.text))
            if score < 95:
                continue
            if ties_to_speaker(doc, _passage(doc_units, at), claim.subject):
                out.append(Finding(unit, Stance.SUPPORTS, score, Aspect.MAIN, "quotes the phrase"))
            else:
                detail = f"quotes the phrase but does not name {claim.subject} as saying it"
                out.append(Finding(unit, Stance.NEUTRAL, score, Aspect.MAIN, detail))
    return out


def _passage(doc_units: list[Unit], at: int) -> str:
    """The sentence quoting the words with the one before it, where "X said:" often stands."""
    before = doc_units[at - 1].text if at > 0 and doc_units[at - 1].field is None else ""
    return f"{before} {doc_units[at].text}"
