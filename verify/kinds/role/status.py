"""The words after a title that place its holding in its sentence's time ('at the time'), read alike by role
extraction (which keeps the title as held then) and the role judge (which dates the holding by its sentence)."""

from __future__ import annotations

import re

from verify import lexicons
from verify.nlp.verb_forms import PAST_FORM

_AT_THE_TIME = re.compile(
    rf"\s*(?:{'|'.join(map(re.escape, lexicons.load('judging')['role']['status_then_after']))})\b", re.I
)


def at_the_time(text: str, at: int = 0) -> int | None:
    """Where 'at the time' ('at that time': judging.toml role.status_then_after) ends when it stands at `at` in
    `text`, after any space ('Ivo Stam, prime minister at the time, visited ...', '... who was prime minister at
    the time'): the title is held in its sentence's time, as after 'then'. None when it does not stand there."""
    found = _AT_THE_TIME.match(text, at)
    return found.end() if found is not None else None


_PAST = PAST_FORM
# a past verb of the clause, then the words naming the head it was under, right before the title: no perfect
# ('has served under Prime Minister X' may be of today), no end of clause between
_UNDER_A_HEAD = re.compile(
    rf"(?<![Hh]as )(?<![Hh]ave )\b{_PAST}\b[^.;:!?()]*?\s"
    rf"(?:{'|'.join(map(re.escape, lexicons.load('judging')['role']['heads_under']))})\s+$"
)


def head_of_a_past_clause(before: str) -> bool:
    """Whether the words right before a title (`before`, its sentence up to it) name it as the head a past clause's
    post or deed was under ('Ana Ruiz served as finance minister under Prime Minister Ivo Stam', '... was finance
    minister in the government of Prime Minister Ivo Stam'): the title is held in that clause's time (review37 R10),
    a past term or one still running, not only on the article's day: role extraction keeps it as held office."""
    return _UNDER_A_HEAD.search(before[-160:]) is not None


# a relative clause in the past, or a participle with its time, agent or place after it
_PAST_DEED = re.compile(
    rf"\s+(?:who\s+(?:had\s+|was\s+|were\s+)?{_PAST}\b|{_PAST}\s+(?:in|on|at|by|during|after|before|over|last)\b)"
)


_DEED_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_ROLE = lexicons.load("judging")["role"]
# a deed that opens a holding ('sworn in', 'elected') or ends one ('ousted', 'resigned'): its year is the term's first
# or last (judging.toml role.deeds_opening, role.deeds_ending)
_OPENING = re.compile(rf"\b(?:{'|'.join(map(re.escape, _ROLE['deeds_opening']))})\b", re.I)
_ENDING = re.compile(rf"\b(?:{'|'.join(map(re.escape, _ROLE['deeds_ending']))})\b", re.I)


def past_deed(text: str) -> tuple[int, str] | None:
    """The year of a past deed the words right after an apposed title (`text`) tell to say which holder is meant
    ('Ivo Stam, the prime minister ousted in 2023', '... who resigned in 2023', '... who signed the 2010 treaty'): the
    title is held at that year, not necessarily today. None when no such deed follows, or it gives no year (a deed of
    the article's own days, '... who visited Korvik on Monday', or of no time, '... praised by Ana Ruiz', places the
    holding nowhere in the past). A past form is `verb_forms.PAST_FORM`'s. With the year, which end of a term the
    deed dates: 'start' for a deed that opens a holding ('the prime minister sworn in in 2005'), 'end' for one that
    ends it ('ousted in 2023', 'who resigned in 2023'), '' for any other deed, held at some time of the term ('who
    signed the 2010 treaty') (review33 B11)."""
    deed = _PAST_DEED.match(text)
    if deed is None:
        return None
    year = _DEED_YEAR.search(re.split(r"[,.;:()]", text[deed.end() :])[0])
    if year is None:
        return None
    words = deed.group(0)
    return int(year.group(0)), "start" if _OPENING.search(words) else "end" if _ENDING.search(words) else ""
