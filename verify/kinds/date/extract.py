"""Finding date claims: who did what on which day."""

from __future__ import annotations

import re

from verify import aliases
from verify.extract import patterns as p
from verify.extract.common import (
    _subject_before,
)
from verify.extract.rules import Rule
from verify.text import Sentence

# "The study", "The new scheme" as the subject of a sentence; not "The scheme was".
_THE_NOUN_PHRASE = re.compile(r"\s*(?P<np>The\s+[a-z]+(?:\s+(?!(?:was|were|is|are|has|had|will|would)\b)[a-z]+)?)\b")

_OPENING_PERSON_OR_DESCRIBED = re.compile(rf"\s*(?:He|She\b|{p.DESCRIBED})")  # "He", "The minister"


class DateReading:
    """The date readers of the shared sentence reader (`verify.extract`), as a mixin."""

    def date_is_taken(self, sent: Sentence, m: re.Match) -> bool:
        """One event per date mention: 'chaired since January 2025 by ...' has its date claim already."""
        start, end = sent.start + m.start("date"), sent.start + m.end("date")
        return any(c.kind == "date" and c.span[0] < end and start < c.span[1] for c in self.claims[self.first_claim :])

    def dates(self, sent: Sentence, names: list[tuple[int, int, str]]) -> None:
        """A dated event: who did what on which day ('took office on 17 January 2025')."""
        scan = self.scan
        for m in scan(p.DATE_EVENT):
            while (closer := p.DATE_EVENT.search(sent.text, m.end("verb"), m.end())) and closer.end() == m.end():
                m = closer  # "who led X ..., handed over command on July 1": the verb nearest the date
            if self.date_is_taken(sent, m):
                continue  # this date is already tied to an event ("chaired since January 2025 by ...")
            before = [who for start, _, who in names if start < m.start("verb")]
            verb_at, start = m.start("verb"), m.start()
            subject = self.parsed_subject(sent, verb_at)
            described = None if subject else self.described_subject(sent, verb_at)
            if described is not None:  # "Norby's seventh president has held ...": the words name the subject too
                subject, start = described[0], min(start, described[1])
            subject = subject or (before[0] if before else None)
            if subject is None and _OPENING_PERSON_OR_DESCRIBED.match(sent.text):
                subject = self.person_before  # "He" (as the parse reads it), "The minister": the person just named
            if subject is None:
                runs = [r[0].removeprefix("the ").strip() for r in p.CAPITAL_RUN.finditer(sent.text[: m.start("verb")])]
                subject = next(
                    (
                        r
                        for r in runs
                        if len(r.split()) >= 2 or aliases.country_of(r) or r in aliases.ORGANISATION_ALIASES
                    ),
                    None,
                )
            if subject is None:  # "The study, published on ...": the thing the sentence is about
                opener = _THE_NOUN_PHRASE.match(sent.text)
                subject = opener["np"].lower() if opener else None
            subject = subject or _subject_before(sent.text, m.start("verb"))
            if subject:
                self.add(sent, start, m.end(), "date", subject, m["verb"], m["date"])
                end = p.DATE_RANGE_END.match(sent.text, m.end())
                if end:  # "served ... from November 2023 until February 2025"
                    self.add(sent, m.start(), end.end(), "date", subject, f"{m['verb']} until", end["date"])

        for m in scan(p.DATE_FIRST):
            if self.date_is_taken(sent, m):
                continue
            named = [who for start, _, who in names if m.start("who") <= start < m.start("verb")]
            opener = re.match(r"(?P<np>(?:the|The)\s+[a-z]+(?:\s+[a-z]+)?)\b", m["who"])
            run = p.CAPITAL_RUN.match(m["who"])
            # the clause the date phrase hangs on in the parse, before the pattern's verb: in "In September
            # 2023 he overtook X as the top-rated player" the pattern's verb is "rated", the clause's subject "he"
            subject = (
                self.parsed_subject(sent, m.start("date"))
                or self.parsed_subject(sent, m.start("verb"))
                or (
                    named[0]
                    if named
                    else self.pronoun_at(sent.start + m.start("who"))
                    if re.fullmatch(r"(?:he|she|He|She)", m["who"])
                    else run[0].removeprefix("the ").strip()
                    if run
                    else opener["np"].lower()
                    if opener
                    else _subject_before(m["who"], len(m["who"]))  # "Since April 1969, at least one submarine has been"
                )
            )
            if subject:
                self.add(sent, m.start(), m.end(), "date", subject, " ".join(m["verb"].split()), m["date"])


RULES = (
    Rule(p.DATE_EVENT, p.MONTH_WORDS),
    Rule(p.DATE_FIRST, p.MONTH_WORDS),
)
