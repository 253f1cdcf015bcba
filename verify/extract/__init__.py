"""Claim extraction: turn an article into checkable claims with structured fields.

General English news patterns (see `patterns.py`) are applied sentence by sentence: titles before
names, appositives, predicates ("was named", "took office as", "heads"), counts, percentages,
durations, dated events, quotations and meetings. Vague and opinion sentences yield nothing
because no pattern fires on them; a fact stated twice yields one claim, at its body sentence.
Surnames and pronouns after a first mention resolve to the full name.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from verify import aliases, holder, lexicons
from verify.extract import patterns as p
from verify.extract.common import (
    MAX_SENTENCE,
    clean_name,
)
from verify.extract.rules import RuleBook
from verify.kinds.base import ArticleView, claim_at, claim_id
from verify.kinds.date.extract import RULES as DATE_RULES
from verify.kinds.date.extract import DateReading
from verify.kinds.date.parsed import entry_head
from verify.kinds.duration.extract import RULES as DURATION_RULES
from verify.kinds.duration.extract import DurationReading
from verify.kinds.quantity.extract import RULES as QUANTITY_RULES
from verify.kinds.quantity.extract import QuantityReading
from verify.kinds.quote.extract import RULES as QUOTE_RULES
from verify.kinds.quote.extract import QuoteReading
from verify.kinds.relation.extract import RULES as MEETING_RULES
from verify.kinds.relation.extract import MeetingReading
from verify.kinds.role.extract import RULES as ROLE_RULES
from verify.kinds.role.extract import RoleReading
from verify.models import Article, Claim, ClaimKind
from verify.nlp import paragraphs
from verify.text import Sentence, split_sentences

if TYPE_CHECKING:  # pragma: no cover - typing only: the parse loads when an article is read, not on import
    from verify.nlp import Parsed
    from verify.nlp.reference import References

_OPENING_PRONOUN = re.compile(r"\s*(?:He|She)\b")
# Quoted speech within one paragraph: curly marks, or straight ones that open after a space or a
# line's start and close before a space or punctuation.
_SPOKEN = re.compile(r"“[^“”\n]{3,1500}”|(?:(?<=\s)|^)\"[^\"\n]{3,1500}\"(?=[\s,.;:!?—–]|$)", re.M)


@dataclass
class _Context:
    """What the article has said so far: full names for coreference, the last person for pronouns."""

    full_names: dict[str, str] = field(default_factory=dict)
    last_person: str | None = None
    last_speaker: str | None = None
    organisations: list[str] = field(default_factory=list)
    frozen: bool = False  # in the headline: learn no new names from title case
    known: set[str] = field(default_factory=set)
    suffixes: dict[tuple[str, ...], str] = field(default_factory=dict)
    last_office: str | None = None  # what "the post" means

    def resolve(self, name: str) -> str:
        """A full name for a mention: 'Grynkewich' -> 'Alexus Grynkewich' after a first mention,
        'Cavo Dragone' -> 'Giuseppe Cavo Dragone', 'He' -> the last person named; a title-case run
        that starts with a known name ('Vladimir Putin Meets Envoy') is that name."""
        name = name.strip()
        name = name[:-2] if name.endswith(("'s", "’s")) else name
        if name.lower() in {"he", "she"}:
            return self.last_person or name
        tokens = name.split()
        for k in range(len(tokens) - 1, 1, -1):
            if " ".join(tokens[:k]) in self.known:
                return " ".join(tokens[:k])
        longer = self.suffixes.get(tuple(tokens))
        if longer is not None and longer != name:
            return longer
        if len(tokens) >= 2:
            if not self.frozen and tokens[-1].lower() not in self.full_names:
                self.full_names[tokens[-1].lower()] = name
                self.known.add(name)
                for k in range(1, len(tokens)):  # "Cavo Dragone" and "Dragone" both mean "Giuseppe Cavo Dragone"
                    self.suffixes.setdefault(tuple(tokens[k:]), name)
            return name
        return self.full_names.get(name.lower(), name)

    def knows(self, name: str) -> bool:
        return name in self.known


_NAME_THEN_ASIDE = re.compile(rf"\s*(?P<name>{p.NAME}),\s+(?:\d{{2}},\s+)?[^,]{{3,120}},\s")


def _bounded(sent: Sentence) -> list[Sentence]:
    """A sentence cut at spaces into pieces of at most MAX_SENTENCE characters, spans kept exact:
    an unpunctuated run of text (a table, a list, hostile input) cannot make extraction quadratic."""
    if len(sent.text) <= MAX_SENTENCE:
        return [sent]
    pieces, start, text = [], 0, sent.text
    while start < len(text):
        end = len(text) if len(text) - start <= MAX_SENTENCE else text.rfind(" ", start, start + MAX_SENTENCE)
        end = start + MAX_SENTENCE if end <= start else end
        pieces.append(Sentence(sent.start + start, sent.start + end, text[start:end]))
        start = end
    return pieces


__all__ = ["BOOK", "MAX_SENTENCE", "claim_id", "engine_claims", "extract_claims"]

# Every built-in kind's rules, planned together: a sentence's words are looked up once for all.
BOOK = RuleBook(
    [*ROLE_RULES, *DURATION_RULES, *QUANTITY_RULES, *DATE_RULES, *QUOTE_RULES, *MEETING_RULES],
    number_words=p.NUMBER_TOKENS,
    openers=p.OPENERS,
    described_words=p.DESCRIBED_WORDS,
)


# A conflict named by its sides: "Russo-Ukrainian", "Sino-Indian" (a combining form and a nationality),
# or "<nationality> invasion of <country>".
_NAMED_CONFLICT = re.compile(rf"\b(?:[A-Z][a-z]+o-{p.NAT}(?=\s+(?:war|conflict)\b)|{p.NAT} invasion of {p.COUNTRY})\b")


class _Extractor(RoleReading, DurationReading, QuantityReading, DateReading, QuoteReading, MeetingReading):
    """The built-in kinds' shared sentence reader: each kind's readers come from its folder, this
    class keeps what they share (the article's context, the claims so far, adding a claim once)."""

    book = BOOK

    def __init__(self, article: Article) -> None:
        self.article = article
        self.ctx = _Context()
        self.claims: list[Claim] = []
        self.seen: set[str] = set()
        self.headline_end = paragraphs.body_start(article.text)
        self.in_headline = False
        self.first_claim = 0  # where the current sentence's claims start in self.claims
        self.seen_keys: dict[tuple[str, str, str, str | None], bool] = {}  # each claim's key: is its post to come
        # words of each person's role claims, held or still to come: restated titles
        self.title_words: dict[tuple[str, bool], set[str]] = {}
        self.plan: frozenset[int] = frozenset()
        self.scan = BOOK.scanner("", self.plan)
        self.person_before: str | None = None
        self.references: References | None = None  # the parse's reading of pronouns (verify.nlp.reference)

    def add(
        self,
        sent: Sentence,
        start: int,
        end: int,
        kind: ClaimKind,
        subject: str,
        relation: str,
        value: str | None = None,
        **fields: object,
    ) -> None:
        if self.in_headline and kind in {"role", "relation", "date"} and not self.ctx.knows(subject):
            return  # title case makes headline names unreliable: keep only people the body names
        if (
            self.in_headline
            and kind in {"quantity", "duration"}
            and any(c.kind == kind and c.number == fields.get("number") for c in self.claims)
        ):
            return  # the body states this number already
        if (
            self.in_headline
            and kind == "quote"
            and any(
                c.kind == "quote" and fuzz.partial_ratio(aliases.fold(value or ""), aliases.fold(c.value or "")) >= 90
                for c in self.claims
            )
        ):
            return  # a headline quoting part of a body quote
        key = (kind, subject, "holds office" if relation == "held office" else relation, value)
        from verify.kinds.role.judge import taken_up_later  # the role kind imports this module: import it late

        to_come = kind == "role" and taken_up_later(sent.text[start:end])
        if self.seen_keys.get(key, not to_come) == to_come:
            return  # stated already, word for word: no need to hash it again
        # 'will be sworn in as Poland's president' and then 'The president, Karol Nawrocki': a post still to be
        # taken up and the same post held are two claims (the second told too early is false); the later one is
        # told apart in its id
        told_apart = key in self.seen_keys
        cid = claim_id(*key[:3], f"{value} ({'to come' if to_come else 'held'})") if told_apart else claim_id(*key)
        self.seen_keys[key] = to_come
        if cid in self.seen or (not told_apart and self.restates_a_title(kind, subject, value, to_come)):
            return
        self.seen.add(cid)
        self.claims.append(claim_at(self.article.text, kind, sent, start, end, subject, relation, value, cid, **fields))
        if kind == "role":
            self.title_words.setdefault((subject, to_come), set()).update((value or "").lower().split())
            self.ctx.last_person = subject
            if relation in {"holds office", "held office"} and value and value[:1].isupper():
                self.ctx.last_office = value

    def restates_a_title(self, kind: str, subject: str, value: str | None, to_come: bool = False) -> bool:
        """'Minister Umerov' after 'Defence Minister Rustem Umerov' repeats a known title, shorter; 'The president,
        Ivo Stam' after 'Ivo Stam will be sworn in as president of Norby' holds what was to come, and repeats
        nothing."""
        if kind != "role" or not value or len(value.split()) > 1:
            return False
        return value.lower() in self.title_words.get((subject, to_come), ())

    def known_or_full(self, raw: str) -> bool:
        """A full name, or a surname the article has introduced: a lone unknown capitalised word
        before an appositive ('Northwood, the headquarters of ...') is more often a place."""
        name = clean_name(raw)
        return bool(name) and (len(name.split()) >= 2 or name.lower() in self.ctx.full_names)

    def person(self, raw: str, at: int | None = None) -> str | None:
        """The full name a mention stands for; a pronoun written at character `at` asks the parse."""
        name = clean_name(raw)
        if name is None:
            return None
        if at is not None and name.lower() in {"he", "she"}:
            return self.pronoun_at(at)
        resolved = self.ctx.resolve(name)
        return None if resolved.lower() in {"he", "she"} else resolved

    def run(self) -> list[Claim]:
        sentences = [piece for sent in split_sentences(self.article.text) for piece in _bounded(sent)]
        body = [s for s in sentences if s.start >= self.headline_end] or sentences
        headline = [s for s in sentences if s.start < self.headline_end]
        for org, forms in aliases.ORGANISATION_ALIASES.items():
            if any(re.search(rf"\b{re.escape(f)}\b", self.article.text, re.IGNORECASE) for f in forms[:2]):
                self.ctx.organisations.append(org)
        for sent in body:
            self.sentence(sent)
        self.in_headline = self.ctx.frozen = True  # after the body: a repeated fact points at its body sentence
        for sent in headline if body is not sentences else []:
            self.sentence(sent)
        return sorted(self.claims, key=lambda c: c.span)

    def sentence(self, sent: Sentence) -> None:
        self.plan = BOOK.plan(sent.text)  # which patterns the sentence's words can wake, found once
        self.scan = BOOK.scanner(sent.text, self.plan)
        self.first_claim = len(self.claims)
        opening = _OPENING_PRONOUN.match(sent.text)  # whom "He" at the start of this sentence means
        self.person_before = self.pronoun_at(sent.start + opening.end() - 2) if opening else self.ctx.last_person
        if sent.text.rstrip("'’\"” ").endswith("?"):
            return  # a question asserts nothing ("Can Europe Really Spend 5% on Defence?", "Q: Do you agree?")
        quotes = self.quotes(sent)
        taken: list[tuple[int, int]] = [(a, b) for a, b in quotes]
        names = self.roles(sent, taken)
        self.durations(sent, taken)
        spoken = [(max(a, sent.start) - sent.start, min(b, sent.end) - sent.start) for a, b in self.spoken]
        self.quantities(sent, taken + [(a, b) for a, b in spoken if a < b])
        self.dates(sent, names)
        self.meetings(sent, names)

    @functools.cached_property
    def spoken(self) -> list[tuple[int, int]]:
        """Where quoted speech runs over more than one sentence in a paragraph ('"Nine votes short.
        Again!" he wrote.'): a number said there is the speaker's, no count the article asserts. The
        sentence reader sees each sentence alone, so it cannot pair the marks itself."""
        found = []
        for m in _SPOKEN.finditer(self.article.text):
            if any(s.start <= m.start() and m.end() <= s.end for s in self._sentences):
                continue  # within one sentence: the quote reader's
            found.append((m.start(), m.end()))
        return found

    @functools.cached_property
    def _sentences(self) -> list[Sentence]:
        return [piece for sent in split_sentences(self.article.text) for piece in _bounded(sent)]

    def pronoun_at(self, char: int) -> str | None:
        """Whom the "he" or "she" at character `char` stands for: the parse's answer, which weighs
        who the text is about (verify.nlp.reference `person_at`), else the person the patterns named last, unless
        the article or the given name tells that person is of the other sex."""
        found = self.references.person_at(char) if self.references is not None else None
        last = self.ctx.last_person
        if found or self.references is None or last is None:
            return found or last
        return last if self.references.sex_fits(char, last) else None  # "John Stam met Ana Ruiz. She": not him

    def country_at(self, char: int) -> str | None:
        """The country "the country" or "the nation" written at character `char` stands for: the headline's, else
        the last named before it (verify.nlp.reference `country_meant`); None for any other word."""
        span = self.references.parsed.span_of(char, char + 1) if self.references is not None else None
        return self.references.country_of_noun(span[0]) if span is not None else None  # type: ignore[union-attr]

    def parsed_subject(self, sent: Sentence, pos: int) -> str | None:
        """The named entity the clause whose verb stands at `pos` of the sentence is about, as the
        parse reads it (verify.nlp.reference `subject_at`): the verb's own subject, not the first name
        of the sentence ("X won ..., and Y was named ... on 3 April": Y)."""
        return self.references.subject_at(sent.start + pos) if self.references is not None else None

    def described_subject(self, sent: Sentence, pos: int) -> tuple[str, int] | None:
        """The person the subject of the clause whose verb stands at `pos` describes by a role they were
        called by before ("Norby's seventh president has held ..."; verify.nlp.reference `person_described_at`),
        with where the description begins in the sentence."""
        found = self.references.person_described_at(sent.start + pos) if self.references is not None else None
        return (found[0], found[1] - sent.start) if found is not None else None

    def pronoun_subject(self, sent: Sentence) -> str | None:
        """Whom a sentence that opens with "He" or "She" is about: the person named before it."""
        return self.person_before if _OPENING_PRONOUN.match(sent.text) else None

    def main_subject(self, sent: Sentence, pos: int) -> str | None:
        """'Rutte, who took over from Jens Stoltenberg in 2024, led ...': a sentence that opens with a
        name and an appositive or relative clause closed before `pos` has that name as its subject."""
        opening = _NAME_THEN_ASIDE.match(sent.text)
        if not opening or opening.end() > pos:
            return None
        return self.person(opening["name"])

    def nearest_person_before(self, sent: Sentence, pos: int) -> str | None:
        found = None
        for m in p.NAME_RE.finditer(sent.text[:pos]):
            who = self.person(m[0])
            if who and len(who.split()) >= 2:
                found = who
        return found

    def text_before(self, pos: int, window: int = 1500) -> str:
        """The article text just before `pos`: what "the chairman" or "its" can point back to."""
        return self.article.text[max(0, pos - window) : pos]

    @functools.cached_property
    def conflict(self) -> str | None:
        """The named conflict the article is about ('the war' -> 'war in Ukraine'), found once."""
        m = re.search(
            r"\b(?:war|conflict|invasion|fighting)\s+(?:in|of|on)\s+(?P<place>[A-Z]\w+)"
            r"|\bin\s+(?P<where>[A-Z]\w+)\s+since\s+(?:the\s+)?(?:war|conflict|invasion|fighting)\b",
            self.article.text,
        )
        if m:
            return f"war in {m['place'] or m['where']}"
        m = _NAMED_CONFLICT.search(self.article.text)
        return m.group(0) if m else None


def _organisation_spans(view: ArticleView) -> tuple[tuple[int, int], ...]:
    """Where the parse reads an organisation's name that holds an organisation word ("University of
    National and World Economy"): no person is named inside one."""
    from verify import lexicons
    from verify.nlp import parse_view

    listed = lexicons.load("organisations")
    words = {w.lower() for w in [*listed["words"], *listed["bodies"]]}
    ents = [e for e in parse_view(view).entities if e.label_ in {"ORG", "FAC"}]
    return tuple((e.start_char, e.end_char) for e in ents if any(t.lower_ in words for t in e))


def engine_claims(view: ArticleView, kind: str) -> list[Claim]:
    """The claims of `kind` the built-in kinds' shared sentence reader finds in the view's article.

    The built-in kinds read a sentence together (a name one kind reads is the subject of another's
    date; a span one has read is not read again), so the reader runs once per article and each
    kind takes its own claims from it."""
    found = view._cache.get("engine")
    if found is None:
        from verify.kinds.date.parsed import with_parsed_dates  # the parse's dates join before any kind reads
        from verify.nlp import parse_view
        from verify.nlp.reference import References

        extractor = _Extractor(view.article)
        extractor.organisation_spans = _organisation_spans(view)
        extractor.references = References.of(parse_view(view), extractor.headline_end)
        view._cache["references"] = extractor.references
        found = with_parsed_dates(view, extractor.run())
        found = view._cache["engine"] = _read_parse(view, found, extractor.headline_end)
    if kind == "role":  # with the parse's corrections, so every kind sees the same role claims
        if "roles" not in view._cache:
            from verify.kinds.role.parsed import with_parsed_titles

            view._cache["roles"] = with_parsed_titles(view, [c for c in found if c.kind == kind])  # type: ignore[union-attr]
        return list(view._cache["roles"])  # type: ignore[arg-type]
    return [c for c in found if c.kind == kind]  # type: ignore[union-attr]


def _read_parse(view: ArticleView, claims: list[Claim], body_start: int) -> list[Claim]:
    """What the parse adds to the patterns' claims: the entity each count and length is about
    (verify.kinds.quantity.owner), the lengths of time in shapes the patterns miss
    (verify.kinds.duration.lengths), counts given per place (verify.kinds.quantity.places), lengths
    whose unit was said before (verify.kinds.duration.ellipsis), counts whose noun was said before and
    fractions of them (verify.kinds.quantity.ellipsis)."""
    from verify.kinds.duration.ellipsis import elliptical_lengths
    from verify.kinds.duration.lengths import length_claims
    from verify.kinds.quantity.ellipsis import elliptical_counts, fraction_shares
    from verify.kinds.quantity.hyphenated import hyphenated_counts
    from verify.kinds.quantity.owner import OwnerReader, give_owners
    from verify.kinds.quantity.places import place_counts
    from verify.nlp import parse_view

    reader = OwnerReader(parse_view(view), body_start)
    give_owners(reader, claims, body_start)
    ids = {c.id for c in claims}
    added = [c for c in length_claims(reader, claims, body_start) if c.id not in ids]
    added += [c for c in place_counts(reader, claims, body_start) if c.id not in ids]
    added += [c for c in hyphenated_counts(reader, [*claims, *added], body_start) if c.id not in ids]
    added += [c for c in elliptical_lengths(reader, [*claims, *added], body_start) if c.id not in ids]
    added += [c for c in elliptical_counts(reader, [*claims, *added], body_start) if c.id not in ids]
    added += [c for c in fraction_shares(reader, [*claims, *added], body_start) if c.id not in ids]
    return sorted([*claims, *added], key=lambda c: c.span) if added else claims


def extract_claims(article: Article) -> list[Claim]:
    """All checkable claims of `article`, in reading order, one per fact: every registered kind's."""
    from verify.kinds import registry

    view = ArticleView(article)
    claims = [c for kind in registry().values() for c in kind.find(view)]
    claims = _one_name_each(claims, view._cache.get("references"))  # type: ignore[arg-type]
    claims = _bound_to_names(claims, view)
    claims = _capitals_as_states(claims, view.text)
    order = {c.id: i for i, c in enumerate(view._cache.get("engine", ()))}  # type: ignore[arg-type]
    claims = [c for c in _with_denials(view, claims) if not _retracted(c.sentence)]
    claims = _of_someone_theirs(view, claims)
    claims = _without_disclaimers(view.text, claims)
    claims = _without_quote_frames(claims)
    claims = _without_headline_titles(claims, view)
    claims = _without_inverted_titles(claims)
    claims = [_dated_by_its_entry(c) for c in claims]
    return _unique_ids(_one_per_span(sorted(claims, key=lambda c: (c.span, order.get(c.id, len(order))))))


def _dated_by_its_entry(claim: Claim) -> Claim:
    """A clause on a timeline line headed by a year alone ('2008 — Ivo Stam is elected to parliament.') takes the year
    as its time when its own words give none: the head dates what the line tells, as 'in 2008' would (review43 R5). A
    head written to the day has a date claim of its own and sets the day the line is judged on (`entry_day`)."""
    if claim.kind != "clause" or claim.time:
        return claim
    head = entry_head(claim.sentence)
    if head is None or head.month is not None:
        return claim  # a day's head: its own date claim checks it, one fact once
    at = claim.sentence.find(claim.text)
    if at < 0 or holder.RELATIVE_OR_THAT.search(claim.sentence, head.end, at + 1):
        return claim  # '2019 — Ivo Stam, who was elected to parliament, becomes ...': the head dates the line's deed
    return claim.model_copy(update={"time": claim.sentence[head.start : head.end]})




@functools.cache
def _retraction() -> re.Pattern[str]:
    """A correction notice's account of the error it corrects (verify/lexicons/nonfactual.toml `retractions`)."""
    words = lexicons.load("nonfactual")["retractions"]

    def any_of(key: str) -> str:
        return "|".join(map(re.escape, words[key]))

    pieces, verbs = any_of("pieces"), any_of("verbs")
    return re.compile(
        rf"\b(?:{any_of('versions')})\s+of\s+(?:this|the)\s+(?:{pieces})\b[^.;]{{0,40}}?\b(?:{verbs})\b"
        rf"|\b(?:this|the)\s+(?:{pieces})\s+(?:{any_of('changed')})\b[^.;]{{0,40}}?\b(?:{any_of('before')})\s+(?:{verbs})\b"
        rf"|\bthis\s+(?:{pieces})\s+(?:{any_of('before')})\s+(?:{verbs})\b",
        re.I,
    )


def _retracted(sentence: str) -> bool:
    """Whether the sentence reports an error a correction notice corrects ("An earlier version of this article
    said Salam was born in Tripoli."): none of its words is the article's claim."""
    return bool(_retraction().search(sentence))


@functools.cache
def _safe_harbour() -> re.Pattern[str]:
    """The words of a release's safe-harbour paragraph (verify/lexicons/nonfactual.toml `boilerplate`)."""
    words = lexicons.load("nonfactual")["boilerplate"]["safe_harbour"]
    return re.compile("|".join(map(re.escape, words)), re.I)


def _without_disclaimers(text: str, claims: list[Claim]) -> list[Claim]:
    """The claims that stand in no press release's safe-harbour paragraph ("Forward-looking statements ...
    Nordbank undertakes no obligation to update them"): expectations and a disclaimer, none of them a claim.
    The paragraph breaks are found once and each paragraph searched once, however many claims it holds (an
    article of one long paragraph was searched whole again for each of its claims: review40 N6)."""
    breaks = [m.start() for m in re.finditer(r"(?=\n\n)", text)]
    searched: dict[tuple[int, int], bool] = {}
    kept = []
    for claim in claims:
        before = bisect.bisect_right(breaks, claim.span[0] - 2) - 1  # the last break ending at the claim's start
        after = bisect.bisect_left(breaks, claim.span[1])  # the first break from the claim's end
        paragraph = (breaks[before] + 1 if before >= 0 else 0, breaks[after] if after < len(breaks) else len(text))
        if paragraph not in searched:
            searched[paragraph] = bool(_safe_harbour().search(text, *paragraph))
        if not searched[paragraph]:
            kept.append(claim)
    return kept


def _frames_a_quote(claim: Claim, quote: Claim) -> bool:
    """Whether `claim` is only the frame of `quote`'s words: a claim about the speaker whose words hold the
    quotation or run up to it ('X called the takeover the "best solution"', 'X called the outcome "a ..."'):
    what the speaker said is the quote's claim, stated twice it is one fact an editor marks once. A quotation
    shaped as a title (`_titled`) is a title ('he turned "Fly Me to the Moon" into a hit'), not speech: the
    clause around it is the fact."""
    if quote.kind != "quote" or claim.kind == "quote" or claim.subject != quote.subject:
        return False
    if _titled(quote.value or ""):
        return False
    start, end = claim.span
    return claim.sentence == quote.sentence and start <= quote.span[0] <= end + 1


def _titled(words: str) -> bool:
    """Whether a quotation is shaped as a title, not as speech: its first word and every word longer than
    three letters start with a capital ("Fly Me to the Moon"; "We are here to help" is speech)."""
    letters = [w for w in words.split() if w[:1].isalpha()]
    return len(letters) > 1 and letters[0][0].isupper() and all(w[0].isupper() for w in letters if len(w) > 3)


def _without_quote_frames(claims: list[Claim]) -> list[Claim]:
    """Clause claims that frame a quotation a quote claim of the same speaker holds are that quote's
    twin (verify.extract `_frames_a_quote`): only the quote stays, unless the clause also describes the
    speaker in words no role claim holds (`_describes_the_speaker`)."""
    quotes = [c for c in claims if c.kind == "quote"]
    if not quotes:
        return claims
    roles = [c for c in claims if c.kind == "role"]
    return [
        c
        for c in claims
        if c.kind != "clause"
        or not any(_frames_a_quote(c, q) for q in quotes)
        or _describes_the_speaker(c, roles)
    ]


def _describes_the_speaker(clause: Claim, roles: list[Claim]) -> bool:
    """Whether a clause's words before its speaker's name describe the speaker ('The American critic Susan
    Sontag called ...') and no role claim of the speaker holds those words: the clause then states who spoke,
    a fact the quote does not carry."""
    surname = clause.subject.split()[-1] if clause.subject else ""
    at = clause.text.find(surname) if surname else -1
    before = clause.text[:at].split() if at > 0 else []
    if not any(w[:1].islower() for w in before):
        return False  # nothing but a name or a pronoun before the name
    start, end = clause.span[0], clause.span[0] + at
    return not any(r.subject == clause.subject and r.span[0] < end and start < r.span[1] for r in roles)


def _without_inverted_titles(claims: list[Claim]) -> list[Claim]:
    """A copula's clause whose subject is a post and whose complement its holder ("India's chief justice is now
    Khanna") says no more than the role claim read inside its words (Khanna holds the office): the role kind judges
    it, as it judges "Chief Justice Sanjiv Khanna"; the clause, about a post with no page, would only go unjudged."""
    roles = [c for c in claims if c.kind == "role"]

    def inverted(clause: Claim) -> bool:
        named = (clause.object or "").split()
        return (
            clause.kind == "clause"
            and (clause.predicate or "") in {"be", "is", "remains", "remain"}
            and bool(named)
            and all(w[:1].isupper() for w in named)  # the complement is the name alone, not 'the son of X'
            and any(
                r.span[0] >= clause.span[0]
                and r.span[1] == clause.span[1]
                and (clause.object or "").split()[-1:] == r.subject.split()[-1:]
                for r in roles
            )
        )

    return [c for c in claims if not inverted(c)]


def _without_headline_titles(claims: list[Claim], view: ArticleView) -> list[Claim]:
    """A headline's title for a person whose office the body states ('... arrest warrants for Hamas commander
    Deif' over a body that calls him 'Hamas military chief Mohammed Deif'; 'X sworn in as president' over 'X took
    the oath of office as president') is the headline's short form of the body's fact: the body's claim carries
    it, in full and where it is told. A title the body never gives the person stays a claim."""
    from verify.kinds.role.parsed import body_start

    start = body_start(view)
    body = [c for c in claims if c.span[0] >= start]

    def told(title: Claim) -> bool:
        office = (title.value or "").lower()
        return any(
            c.subject == title.subject and (c.kind == "role" or (office and office in (c.value or "").lower()))
            for c in body
        )

    return [c for c in claims if not (c.kind == "role" and c.span[0] < start and told(c))]


def _with_denials(view: ArticleView, claims: list[Claim]) -> list[Claim]:
    """Claims whose words the article denies ("has not been charged") carry `negated`, and their words
    take in the denying word when it stands just before them: the claim must never be read as the fact."""
    from verify.nlp import parse_view
    from verify.nlp.negation import denied_at

    if not claims:
        return claims
    doc = parse_view(view).doc
    out = []
    for claim in claims:
        word = None if claim.kind == "quote" else denied_at(doc, *claim.span)  # a quote's words are its speaker's
        if word is None:
            out.append(claim)
            continue
        near = claim.span[0] - 40 <= word.idx < claim.span[0] and word.sent.end_char >= claim.span[0]
        start = word.idx if near else claim.span[0]  # "not been charged", within its sentence
        text = view.article.text[start : claim.span[1]]
        out.append(claim.model_copy(update={"negated": True, "span": (start, claim.span[1]), "text": text}))
    return out


_SOMEONE_ELSE = frozenset(lexicons.load("judging")["holder"]["others"])  # 'her husband', 'whose father'


def _of_someone_theirs(view: ArticleView, claims: list[Claim]) -> list[Claim]:
    """A deed or date told of someone the subject owns ('Ana Ruiz, whose husband was arrested in 2019', "Ana Ruiz's
    father founded Korvik Bank in 1995") is that person's: the claim's subject becomes them ("Ana Ruiz's husband"),
    so her own arrest or founding on her page is never read as theirs (`agency.someone_of_theirs`)."""
    from verify.nlp import agency, parse_view

    if not any(c.kind in _DEED_KINDS and c.subject for c in claims):
        return claims
    doc = parse_view(view).doc
    out = []
    for claim in claims:
        owner = claim.subject if claim.kind in _DEED_KINDS else None
        noun = agency.someone_of_theirs(doc, *claim.span, owner, _SOMEONE_ELSE) if owner else None
        out.append(claim.model_copy(update={"subject": f"{owner}'s {noun.lower_}"}) if noun else claim)
    return out


_DEED_KINDS = frozenset({"clause", "date"})


def _one_per_span(claims: list[Claim]) -> list[Claim]:
    """The first of claims on the same words that state the same fact (span, kind, subject and the
    fields a verdict reads): such twins were listed twice in a report under one text and one rationale.
    Claims on the same words stating different values ('X became A and B': two offices) stay apart:
    keeping one per span, kind and subject dropped five role labels of the tuning set, and one of the
    blind batch g89-g96, that the second claim had matched."""
    seen: set[tuple[object, ...]] = set()
    out = []
    for claim in claims:
        key = (claim.span, claim.kind, claim.subject, *(getattr(claim, f) for f in _STATED))
        if key not in seen:
            seen.add(key)
            out.append(claim)
    return out


_STATED = ("relation", "value", "number", "unit", "context", "predicate", "object", "time", "place", "quantity")


def _one_name_each(claims: list[Claim], references: References | None) -> list[Claim]:
    """Each person under the name the story first gave them (verify.nlp.reference `one_name`): a
    later fuller or birth name is the same subject, not another one; a subject that is a description
    of a person ("the Kansas centre") is the person it points back to (`person_described`); for a length
    or a date, not the story's topic where the text never calls the topic by that description
    (verify.kinds.quantity.owner `topic_called_otherwise`): a length or a start of "the opposition leader"
    must never be decided by the topic's own term."""
    from verify.kinds.quantity.owner import topic_called_otherwise

    if references is None:
        return claims
    out = []
    for claim in claims:
        at = claim.span[0]
        described = references.person_described(claim.subject, claim.span)
        if (
            described
            and claim.kind in {"duration", "date"}
            and topic_called_otherwise(references, claim.subject, claim.span, described)
        ):
            described = None
        subject = references.full_name(described or claim.subject, at)
        context = claim.context and references.full_name(
            references.person_described(claim.context, claim.span) or claim.context, at
        )
        changed = subject != claim.subject or context != claim.context
        out.append(
            claim.model_copy(update={"subject": subject, "context": context, "id": _renamed_id(claim, subject)})
            if changed
            else claim
        )
    return out


def _proper_words(parsed: Parsed) -> frozenset[str]:
    """The folded words the article uses in names: proper nouns and the content words of named entities."""
    from verify.nlp.reference import NAMED

    return frozenset(
        word
        for t in parsed.tokens()
        if (t.pos_ == "PROPN" or t.ent_type_ in NAMED) and not (t.is_stop and t.is_lower)
        for word in _words(t.text)
        if any(ch.isalpha() for ch in word)
    )


def _words(name: str) -> list[str]:
    """A name's folded words of two letters or more, split at every mark ("Vestria's" -> vestria; "Chang'e-6"
    -> chang), and the whole written without its marks ("U.S." -> us)."""
    pieces = re.findall(r"\w+", aliases.fold(name))
    return [*(w for w in pieces if len(w) > 1), "".join(pieces)]


def _names_something(name: str | None, proper: frozenset[str]) -> bool:
    return bool(name) and any(word in proper for word in _words(name))


# The kinds whose subject is the one whose event is dated or measured: a date or a length of no one is checked
# on no one's page. A count's subject may be its counted noun (its owner is its context), and a clause's a bare
# event noun the story is about ("The earthquake struck at 12:50"): those stay.
_BOUND_KINDS = frozenset({"date"})


def _bound_to_names(claims: list[Claim], view: ArticleView) -> list[Claim]:
    """No claim rather than a claim about no one: a date or a length whose subject and context are both only
    common words ("The three-day meeting", "Jurors deliberated for three hours", "the all-stock transaction")
    was bound by its kind to no named entity, so it would be judged against whatever page its words find. The
    labels of the general set give every such fact to a named entity, and a description is resolved (to a
    name) by the kinds and `_one_name_each` before this: what is still unbound here is not emitted (ext25s,
    session 25: 51 of 55 such tuning claims were extras)."""
    if not any(c.kind in _BOUND_KINDS for c in claims):
        return claims
    from verify.nlp import parse_view

    parsed = parse_view(view)
    proper = parsed.derived("proper words", lambda: _proper_words(parsed))
    return [
        c
        for c in claims
        if c.kind not in _BOUND_KINDS or _names_something(c.subject, proper) or _names_something(c.context, proper)
    ]


@functools.cache
def _capitals() -> dict[str, str]:
    """A capital -> the state its name stands for in news: verify/lexicons/countries.toml `capitals`."""
    return dict(lexicons.load("countries")["capitals"])


# where a name is written as a place: after a preposition of place or motion, before "-based", or as a dateline
_PLACE_WORDS = r"[Ii]n|[Aa]t|[Tt]o|[Ff]rom|[Nn]ear|[Oo]utside|[Aa]round|[Aa]cross|[Ii]nto|[Vv]ia|[Tt]hrough"
_AS_A_PLACE = rf"(?:\b(?:{_PLACE_WORDS})\s+{{0}}\b|\b{{0}}-based\b|^{{1}},)"
# a capital that does a state's deed: "Moscow denies", "Beijing, which claims", "Washington on Monday deposited"
_AS_A_STATE = r"\b{0}(?:,\s+which)?(?:\s+(?:on\s+\w+day|\w+ly|has|had|have|will|would|also|then))*\s+(?:{1})\b"


def _capitals_as_states(claims: list[Claim], text: str) -> list[Claim]:
    """A claim about a capital alone ("Moscow denies meddling", "Washington deposited its acceptance") is
    about the state whose government the capital's name stands for, where the article shows the capital doing a
    deed of government (a word of countries.toml `state_deeds` right after its name) and never writes it as a
    place (no "in Moscow", "a Paris-based agency" or "MOSCOW," dateline). A capital that only wins, hosts, bans
    or signs is a city ("Madrid beat Barcelona 3-1", "Paris hosted the Olympics"). Its subject and a context
    naming the same capital both become the state."""
    if not any(claim.subject in _capitals() for claim in claims):
        return claims
    bodies = "|".join(map(re.escape, lexicons.load("countries")["city_bodies"]))
    deeds = "|".join(map(re.escape, lexicons.load("countries")["state_deeds"]))
    cities: dict[str, bool] = {}
    out = []
    for claim in claims:
        state = _capitals().get(claim.subject)
        if state is not None and claim.subject not in cities:
            capital = re.escape(claim.subject)
            where = _AS_A_PLACE.format(capital, re.escape(claim.subject.upper()))
            acts = re.search(_AS_A_STATE.format(capital, deeds), text) is not None  # "Moscow denies"
            cities[claim.subject] = not acts or re.search(where, text, re.MULTILINE) is not None
        if state is None or cities[claim.subject]:
            out.append(claim)
            continue
        start, end = text.rfind("\n\n", 0, claim.span[0]) + 1, text.find("\n\n", claim.span[1])
        if re.search(rf"\b[Tt]he\s+(?:{bodies})\b", text[start : end if end >= 0 else len(text)]):
            out.append(claim)  # "The club confirmed the fine. Madrid said ...": the side speaks
            continue
        context = state if claim.context == claim.subject else claim.context
        out.append(claim.model_copy(update={"subject": state, "context": context, "id": _renamed_id(claim, state)}))
    return out


def _renamed_id(claim: Claim, subject: str) -> str:
    """The id a claim would have had with `subject` from the start: an id made of the claim's fields
    follows its final subject (a reviewer's decision then sticks to the person, however first written);
    an id made otherwise is kept."""
    relation = "holds office" if claim.relation == "held office" else claim.relation
    if subject == claim.subject or claim.id != claim_id(claim.kind, claim.subject, relation, claim.value):
        return claim.id
    return claim_id(claim.kind, subject, relation, claim.value)


def _unique_ids(claims: list[Claim]) -> list[Claim]:
    """Every claim keeps its place, and its id is made unique: claim files, baselines and report
    anchors key on ids. Two claims can share the normalised key an id is made of (a sentence the
    article repeats word for word, or two facts the key cannot tell apart), so the first keeps its
    id and each later one, in reading order, gets `-2`, `-3`...: the same article gives the same ids."""
    seen: dict[str, int] = {}
    out = []
    for claim in claims:
        seen[claim.id] = seen.get(claim.id, 0) + 1
        out.append(claim if seen[claim.id] == 1 else claim.model_copy(update={"id": f"{claim.id}-{seen[claim.id]}"}))
    return out
