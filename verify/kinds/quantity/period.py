"""The time a figure is of, narrower than a year: a page's figure of a whole year supports no figure the claim gives
to part of it.

'Korvik Bank made a net profit of 200 million euros in the first half of 2023' is not what 'In 2023 it had a net
profit of 200 million euros' says: a half-year result equal to the full year's is business copy's commonest slip. A
claim's sentence naming a part of a year (`judging.toml` [quantity] `year_parts`) or a month of a year ('in March
2022') is supported only by a page text naming the same part or month. Support is withheld, never turned: the page
may give the part elsewhere.
"""

from __future__ import annotations

import re

from verify import lexicons

_PARTS = tuple(lexicons.load("judging")["quantity"]["year_parts"])
_MONTHS = tuple(lexicons.load("dates")["months"])
# a month dating a figure to itself: 'in March 2022', 'during March 2022' (not 'on 5 March 2022', a day's event, nor
# 'the March 2022 election', which names the event)
_IN_A_MONTH = re.compile(rf"\b(?:in|during)\s+({'|'.join(_MONTHS)})\s+(?:19|20)\d\d\b", re.IGNORECASE)


def _plain(text: str) -> str:
    """`text` lowercased with its hyphens read as spaces ('first-half' is 'first half')."""
    return re.sub(r"[-\u2010-\u2013]", " ", text.lower())


def part_of_year(sentence: str) -> str | None:
    """The part of a year the claim's `sentence` gives its figure to: a `year_parts` phrase, or the month of 'in
    March 2022'; None when it names none."""
    plain = _plain(sentence)
    part = next((p for p in _PARTS if re.search(rf"\b{re.escape(p)}\b", plain)), None)
    if part is not None:
        return part
    month = _IN_A_MONTH.search(sentence)
    return month.group(1).lower() if month else None


def of_another_part(sentence: str, text: str) -> bool:
    """Whether the claim's `sentence` gives its figure to a part of a year that the page's `text` (the sentence or
    row holding the same figure) does not name: no support."""
    part = part_of_year(sentence)
    return part is not None and not re.search(rf"\b{re.escape(part)}\b", _plain(text))
