"""Finding duration claims: how long something lasted, a sentence, a term, a service."""

from __future__ import annotations

import re

from verify import aliases
from verify.extract import patterns as p
from verify.extract.common import (
    _inside,
    _subject_before,
)
from verify.extract.rules import Rule
from verify.text import Sentence

_REPORTED_SUBJECT = re.compile(
    r"\b(?:said|says|told\s+\w+)\s+(?:that\s+)?(?P<np>(?:the|a|an)\s+[a-z\-]+(?:\s+[a-z\-]+)?)\s+(?:had|has|have|was|were)\b"
)


class DurationReading:
    """The duration readers of the shared sentence reader (`verify.extract`), as a mixin."""

    def add_duration(
        self,
        sent: Sentence,
        m: re.Match,
        subject: str,
        relation: str,
        number: float | None,
        unit: str,
        value: str | None = None,
        context: str | None = None,
    ) -> None:
        """A length claim over the match `m`; its value as written ("three years") unless given."""
        value = value or f"{m['num']} {unit}"
        self.add(
            sent, m.start(), m.end(), "duration", subject, relation, value, number=number, unit=unit, context=context
        )

    def durations(self, sent: Sentence, taken: list[tuple[int, int]]) -> None:
        scan = self.scan
        if self.book.holds_a_number(self.plan):  # these lengths are all written with a number
            self.numbered_durations(sent, taken)
        for m in scan(p.DURATION_OF):  # "nearly five hours of debate", "a decade of increases"
            number = 10.0 if m["decade"] else aliases.parse_number(m["num"])
            unit = "years" if m["decade"] else m["unit"].lower()
            if number is None or _inside(m.start(), taken):
                continue
            taken.append((m.start(), m.end()))
            self.add_duration(sent, m, m["subject"].lower(), "lasted", number, unit, value=f"{number:g} {unit}")
        for m in scan(p.DURATION_OPENING):  # "For 34 years, Ian Duff kept the light burning"
            first = p.NAME_RE.search(sent.text, m.end())
            who = (self.person(first[0]) if first and first.start() == m.end() else None) or _subject_before(
                sent.text[m.end() :], len(sent.text) - m.end()
            )
            if who:
                taken.append((m.start(), m.end()))
                self.add_duration(sent, m, who, "for", aliases.parse_number(m["num"]), m["unit"])
        for m in scan(p.DEADLINE):  # "the Constitutional Court, which has 180 days to rule"
            runs = [r[0].removeprefix("the ").strip() for r in p.CAPITAL_RUN.finditer(sent.text[: m.start()])]
            body = next((r for r in reversed(runs) if len(r.split()) >= 2), None)
            if body and not _inside(m.start(), taken):
                taken.append((m.start(), m.end()))
                self.add_duration(sent, m, body, "has", aliases.parse_number(m["num"]), m["unit"])
        for m in scan(p.DURATION_FOR):  # "has worked on it for more than a decade"
            if _inside(m.start("span"), taken):
                continue  # inside a quotation (the quote is the claim) or read already ("the war has lasted for")
            reported = _REPORTED_SUBJECT.search(sent.text, 0, m.start("span"))  # "Braun said the man had flown ..."
            who = (
                (reported["np"] if reported else None)
                or self.main_subject(sent, m.start())
                or self.nearest_person_before(sent, m.start())
                or self.pronoun_subject(sent)
                or _subject_before(sent.text, m.start())
            )
            years = aliases.DECADES.get(m["span"])
            number = years or aliases.parse_number(m["num"] or "")
            if who and number:
                unit = "years" if years else m["unit"]
                self.add_duration(sent, m, who, "for", number, unit, value=f"{number:g} {unit}")

    def numbered_durations(self, sent: Sentence, taken: list[tuple[int, int]]) -> None:
        scan = self.scan
        for pattern in (p.DURATION, p.DURATION_ADJ):
            for m in scan(pattern):
                war = re.search(r"\b(?:war|conflict|invasion|fighting|occupation)\b", m["subject"], re.I)
                event = self.conflict if war else None  # "a three-day state visit" is no war
                taken.append((m.start("num"), m.end("unit")))
                unit = m["unit"].lower().rstrip("s") + "s"
                subject = event or " ".join(m["subject"].split())
                relation = "has lasted" if war else "lasts"
                self.add_duration(sent, m, subject, relation, aliases.parse_number(m["num"]), unit, context=event)
        for m in scan(p.DURATION_LAST):  # "the deployment would last nine months"
            if _inside(m.start("num"), taken):
                continue  # "the war has lasted three years" is DURATION's
            taken.append((m.start("num"), m.end("unit")))
            subject = re.sub(r"^(?:the|a|an|its|their)\s+", "", m["subject"] or "", flags=re.I)
            subject = subject or _subject_before(sent.text, m.start()) or "unnamed"  # "Construction ... took 12 years"
            self.add_duration(sent, m, subject, "lasts", aliases.parse_number(m["num"]), m["unit"].lower())
        for m in scan(p.DURATION_SENTENCE):
            who = (
                self.nearest_person_before(sent, m.start())
                or _subject_before(sent.text, m.start())
                or (self.ctx.last_person or "unnamed")
            )
            taken.append((m.start("num"), m.end("unit")))
            self.add_duration(sent, m, who, "sentence", aliases.parse_number(m["num"]), m["unit"])
        for m in scan(p.TERM_LENGTH):
            if self.ctx.last_person:
                taken.append((m.start("num"), m.end("unit")))
                self.add_duration(sent, m, self.ctx.last_person, "term length", aliases.parse_number(m["num"]), "years")
        for m in scan(p.DURATION_SERVICE):
            who = self.nearest_person_before(sent, m.start()) or self.ctx.last_person
            if who:
                taken.append((m.start("num"), m.end("unit")))
                relation = f"served ({m['what'].lower()})"
                self.add_duration(sent, m, who, relation, aliases.parse_number(m["num"]), "years")


RULES = (
    Rule(p.DURATION, frozenset({"lasted", "raged", "gone", "going", "continued", "dragged"})),
    Rule(p.DURATION_ADJ, frozenset({"year", "month", "week", "day", "hour"})),
    Rule(p.DURATION_SENTENCE, frozenset({"prison", "jail", "bars"})),
    Rule(p.DURATION_LAST, frozenset({"last", "lasts", "lasted", "took", "takes", "take"})),
    Rule(p.TERM_LENGTH, frozenset({"term"})),
    Rule(p.DURATION_SERVICE, frozenset({"after"})),
    Rule(p.DURATION_OF, frozenset({"hours", "days", "weeks", "months", "years", "decade"})),
    Rule(p.DURATION_OPENING, frozenset({"for"})),
    Rule(p.DEADLINE, (frozenset({"years", "months", "weeks", "days", "hours"}), frozenset({"to"}))),
    Rule(
        p.DURATION_FOR,
        (
            frozenset({"for", "spent"}),
            frozenset({"years", "months", "weeks", "days", "hours", "minutes", "decade", "decades", "century", "year"}),
        ),
    ),
)
