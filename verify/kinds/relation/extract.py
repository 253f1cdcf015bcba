"""Finding relation claims: who met (hosted, spoke with) whom."""

from __future__ import annotations

import re

from verify.extract import patterns as p
from verify.extract.rules import Rule
from verify.text import Sentence

# What may stand between two people met at once: a comma or "and", then titles ("Defence Minister").
_JOINED_NAMES = re.compile(r"(?:,\s*|,?\s+and\s+)(?:[A-Z][\w.\-]*\s+){0,4}")


class MeetingReading:
    """The relation readers of the shared sentence reader (`verify.extract`), as a mixin."""

    def meetings(self, sent: Sentence, names: list[tuple[int, int, str]]) -> None:
        scan = self.scan
        for m in scan(p.MEETING_VERB):
            before = [n for n in names if n[1] <= m.start()]
            if not before and (who := self.pronoun_subject(sent)):
                before = [(0, 0, who)]  # "He said he had spoken with ..."
            after = [n for n in names if n[0] >= m.end() and n[0] - m.end() < 60]
            if not before or not after:
                continue
            a, met = before[-1], after[:1]
            for n in after[1:]:  # "met President Volodymyr Zelenskyy and Defence Minister Denys Shmyhal"
                if not _JOINED_NAMES.fullmatch(sent.text[met[-1][1] : n[0]]):
                    break
                met.append(n)
            for b in met:
                if a[2] == b[2]:
                    continue
                place = re.match(r"\s+in\s+(?P<place>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)*)", sent.text[b[1] :])
                end = b[1] + (place.end() if place else 0)
                # the one met is the name alone; where is the claim's place, a month ('in March') no place
                where = (
                    place["place"]
                    if place and place["place"].split()[0].lower().strip(".") not in p.MONTH_WORDS
                    else None
                )
                self.add(sent, a[0], end, "relation", a[2], m["verb"], b[2], place=where)


RULES = (
    Rule(
        p.MEETING_VERB,
        frozenset({"met", "hosted", "visited", "received", "talks", "spoke", "spoken", "talked", "sat", "phoned"}),
    ),
)
