"""Finding quote claims: words in quotation marks, with their speaker."""

from __future__ import annotations

import re

from verify.extract import patterns as p
from verify.extract.rules import Rule
from verify.text import Sentence

# An apostrophe opens a quote only at the start or after a colon or dash ("Germany's" is none); the
# lookbehinds come after the quotation mark is read, so the engine skips ahead to a candidate mark.
# A person described, not named ("the spokesman"): the words of QUOTE_SPEAKER_BEFORE for one person.
_PERSON_DESCRIPTIONS = frozenset({"spokesman", "spokeswoman", "minister", "president", *p.ROLE_NOUNS})
# '"…," the Democratic candidate said': a speaker after the quote the patterns cannot name is still its own.
_DESCRIBED_AFTER = re.compile(rf"^[,.!?]?\s*[Tt]he\s+(?:[\w\-]+\s+){{1,4}}?{p.SPEECH_VERB}\b")
# '"…," his family said in a statement': the family of the person the story is about speaks
_FAMILY_AFTER = re.compile(rf"^[,.!?]?\s*(?P<own>[Hh]is|[Hh]er|[Tt]he)\s+family\s+{p.SPEECH_VERB}\b")
# the quote's speaker written after it: '"…," Rutte said', '"…," said Rutte', '"…," Rutte, the chief, said'
_SPEAKERS_AFTER = (p.QUOTE_SPEAKER_AFTER, p.QUOTE_SAID_AFTER, p.QUOTE_APPOSED_AFTER)
_QUOTE_MARK = re.compile(r"[‘“\"]|'(?:(?<=^')|(?<=[:—–]\s'))")


class QuoteReading:
    """The quote readers of the shared sentence reader (`verify.extract`), as a mixin."""

    def quotes(self, sent: Sentence) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        for opened in self.closing_here(sent):  # '"… country. The devastation is unimaginable," said X.'
            whole = Sentence(opened, sent.end, self.article.text[opened : sent.end])
            if m := p.QUOTE.match(whole.text):
                self.quote_at(whole, m)
        if not _QUOTE_MARK.search(sent.text):
            return spans  # an apostrophe ("Germany's") is no quotation mark
        for m in p.QUOTE.finditer(sent.text):
            spans.append((m.start(), m.end()))
            self.quote_at(sent, m)
        return spans

    def quote_at(self, sent: Sentence, m: re.Match) -> None:
        """A quote claim for the quotation `m` of `sent`, with its speaker, if it has two words or more."""
        quote = (m["q1"] or m["q2"] or m["q3"] or m["q4"]).strip().rstrip(",.")
        if len(quote.split()) < 2:
            return
        speaker = self.quote_speaker(sent, m)
        self.ctx.last_speaker = speaker if speaker != "unattributed" else self.ctx.last_speaker
        self.add(sent, m.start(), m.end(), "quote", speaker, "said", quote)

    def closing_here(self, sent: Sentence) -> list[int]:
        """Where each quotation that opened in an earlier sentence and closes in `sent` opens (article
        offsets): its speaker is written after its last sentence, so it is read from there, whole."""
        return [a for a, b in self.spoken if a < sent.start < b <= sent.end]

    def quote_speaker(self, sent: Sentence, m: re.Match) -> str:
        after = sent.text[m.end() :]
        found = next((f for r in _SPEAKERS_AFTER if (f := r.match(after))), None)
        if found:
            who = found["speaker"]
            if "described" in found.re.groupindex and found["described"]:
                return self.described_speaker()
            if who.lower() in {"he", "she"}:  # '"…," he said': the last speaker, else whom the parse says
                at = sent.start + m.end() + found.start("speaker")
                return self.ctx.last_speaker or self.pronoun_at(at) or "unattributed"
            return self.ctx.resolve(who)
        aside = next(reversed(list(p.QUOTE_PRONOUN_ASIDE.finditer(sent.text, 0, m.start()))), None)
        if aside and not _QUOTE_MARK.search(sent.text, aside.end(), m.start()):
            # "Milei, he said, "…"": the pronoun is the last speaker (not the name before it), else whom the parse says
            return self.ctx.last_speaker or self.pronoun_at(sent.start + aside.start("speaker")) or "unattributed"
        introduced = p.QUOTE_INTRODUCED.search(sent.text, 0, m.start())
        if introduced:  # 'Kubilius, a former prime minister of Lithuania, said: "…"': the sentence's subject
            who = self.person(introduced["speaker"])
            if who:
                return who
        before = (
            next(reversed(list(p.QUOTE_SPEAKER_BEFORE.finditer(sent.text[: m.start()]))), None)
            if self.book.wakes(self.plan, p.QUOTE_SPEAKER_BEFORE)
            else None
        )
        if before:
            speaker = " ".join(before["speaker"].split()).removeprefix("The ").removeprefix("the ")
            if speaker in {"He", "She", "he", "she"}:
                return self.ctx.last_speaker or self.pronoun_at(sent.start + before.start("speaker")) or "unattributed"
            if speaker.split()[-1] in _PERSON_DESCRIPTIONS:
                return self.described_speaker()
            return self.ctx.resolve(speaker) if speaker[:1].isupper() and " " not in speaker else speaker
        family = _FAMILY_AFTER.match(after)
        if family:  # "his family": whom "his" stands for; "the family": the person the headline names
            at = sent.start + m.end() + family.start("own")
            person = self.pronoun_at(at) if family["own"].lower() != "the" else self.headline_person()
            return f"family of {person.rstrip(chr(39) + '’')}" if person else "unattributed"  # not "Jones'"
        if _DESCRIBED_AFTER.match(after):
            return self.described_speaker()
        if m.start() <= 1 and self.ctx.last_speaker:
            return self.ctx.last_speaker  # a quote that opens the sentence continues the last speaker
        return "unattributed"

    def headline_person(self) -> str | None:
        """The person the headline names (verify.nlp.reference `headline_person`), if the parse is at hand."""
        return self.references.headline_person(None) if self.references is not None else None

    def described_speaker(self) -> str:
        """A speaker described, not named ("the spokesman"): whether the text tied the description to a
        person the parse decides (verify/nlp/titles.py `_described_speaker`). The quotes that follow
        continue this unnamed speaker, not the one named before."""
        self.ctx.last_speaker = None
        return "unattributed"


RULES = (
    Rule(
        p.QUOTE_SPEAKER_BEFORE,
        frozenset(
            {"said", "says", "reiterated", "stressed", "called", "warned", "vowed", "described", "told", "added"}
            | {"urged", "pledged", "dismissed"}
        ),
    ),
)
