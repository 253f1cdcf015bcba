"""The sort of an event a figure is of: 'The Korvik floods killed 312 people' takes no toll from the '2023 Korvik
earthquake' page, however a search for the floods found it.

A claim's subject naming a sort of event (`events.toml` [sorts]: 'floods', 'fire', 'bombing') and a page whose title
names sorts of event, none of them the subject's, are two events at one place: the page neither supports nor refutes
the figure. A subject naming no sort ('Korvik', 'the disaster') or a title naming none leaves the page in.
"""

from __future__ import annotations

import re

from verify import lexicons
from verify.models import Claim, Document

# each noun's sorts: one, or a list for a noun of two ('bombing': an attack and an explosion)
_SORTS: dict[str, tuple[str, ...]] = {
    w: (s,) if isinstance(s, str) else tuple(s) for w, s in lexicons.load("events")["sorts"].items()
}


def _sorts(text: str) -> set[str]:
    """The sorts of event the words of `text` name."""
    return {s for w in re.findall(r"[a-z]+", text.lower()) for s in _SORTS.get(w, ())}


def of_another_sort(claim: Claim, doc: Document) -> bool:
    """Whether `doc` is the page of another sort of event than the one the claim's subject names."""
    wanted = _sorts(claim.context or claim.subject or "")
    have = _sorts(doc.title)
    return bool(wanted) and bool(have) and not wanted & have
