"""Quantity claims: counts, shares, amounts and measures ("all 32 allied military leaders")."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from verify import aliases, lexicons
from verify.figure_pairs import of_its_own_time, year_compared_with
from verify.kinds.base import ArticleView, BaseKind, Finding, Retrieved, Stance, Wants, claim_start
from verify.kinds.quantity.event_kind import of_another_sort
from verify.kinds.quantity.judge import (
    changed_by,
    count_findings,
    elided_findings,
    figure_in,
    judged,
    magnitude_findings,
    number_findings,
    share_findings,
    sum_row_findings,
    wording,
)
from verify.kinds.quantity.measured import (
    a_partition,
    alike,
    contest_named,
    elided_counts,
    held_jointly,
    measure,
    numbers_at,
    numbers_of,
    of_a_tied_thing,
    of_another_deed,
    of_another_stuff,
    of_one_part,
    parts_it_is,
    place_adjectives,
    place_set,
    rate_named,
    rate_of,
    several_places,
    subset_words,
    told_of_everywhere,
)
from verify.kinds.quantity.period import (
    a_flow,
    a_target,
    counted_since,
    long_past,
    of_another_part,
    of_today_only,
    since_a_year,
)
from verify.models import Claim, Document

if TYPE_CHECKING:  # pragma: no cover - typing only
    from spacy.tokens import Token

# lengths the count rules read as counts ("two decades"): a duration claim on the same words takes them
LONG_TIME_UNITS = frozenset({"decade", "decades", "century", "centuries"})


# the page's later years a count told only by its difference from an earlier one is read at, earliest first
_LATER_YEARS_TRIED = 3
# a figure followed by a verb that gives it as only wanted ('short of the 76 needed for a majority', 'the 76 it
# required'): a mark to reach, which a count the subject holds does not refute (judging.toml holder.unrealised)
_WANTED_AFTER = re.compile(
    rf"\s*(?:(?:it|they|he|she)\s+)?(?:{'|'.join(lexicons.load('judging')['holder']['unrealised'])})\b", re.I
)


class QuantityKind(BaseKind):
    name = "quantity"

    def find(self, view: ArticleView) -> list[Claim]:
        from verify.extract import engine_claims  # the shared reader imports this kind's rules: import it late

        counts = engine_claims(view, self.name)
        lengths = [c.span for c in engine_claims(view, "duration")]
        return [c for c in counts if not _a_length_again(c, lengths) and not _an_age_turned(c)]

    def wants(self, claim: Claim) -> Wants:
        return Wants(titles=(claim.context,) if claim.context else ())

    def judge(self, claim: Claim, evidence: Retrieved, as_of: dt.date | None) -> list[Finding]:
        # a head count of an organisation has its own rule; any other count is read where the page
        # ties the same subject to the same counted noun
        # 'The Korvik floods' take no toll from the '2023 Korvik earthquake' page: another sort of event's
        docs = [d for d in evidence.everything if not of_another_sort(claim, d) and not _named_in_part(claim, d)]
        at = claim_start(claim)
        claim_sentence = claim.sentence
        own = of_its_own_time(claim.sentence, at) if at >= 0 else claim.sentence
        if own is None:
            return []  # 'up from 52': the figure a change started from, at a time the sentence does not give
        claim = claim.model_copy(update={"sentence": own})  # 'won 61 seats, up from 52 in 2019': not 2019's
        compared = year_compared_with(claim_sentence, at) if at >= 0 else None
        if compared is not None:
            # 'won 70 seats, nine more than in 2019': of the page's next contest after 2019, the first later year
            # its pages tell the count of
            later = sorted({int(y) for d in docs for y in _A_YEAR.findall(d.text) if int(y) > compared})
            for year in later[:_LATER_YEARS_TRIED]:
                dated = claim.model_copy(update={"sentence": f"{own.rstrip().rstrip('.')} in {year}."})
                found = self._judged(dated, docs, evidence, as_of)
                if any(f.stance in {Stance.SUPPORTS, Stance.CONTRADICTS} for f in found):
                    return found
        found = self._judged(claim, docs, evidence, as_of)
        if at >= 0 and _WANTED_AFTER.match(claim_sentence, at + len(claim.text)):
            return [f for f in found if f.stance != Stance.CONTRADICTS]  # 'the 76 needed for a majority'
        if at >= 0 and changed_by(claim_sentence[:at]):
            # 'rose by €160 million to €800 million': the change, which the subject's level does not refute; a
            # passive's agent ('is staffed by 6,000 people') is the count itself
            return [f for f in found if f.stance != Stance.CONTRADICTS]
        return found

    def _judged(self, claim: Claim, docs: list[Document], evidence: Retrieved, as_of: dt.date | None) -> list[Finding]:
        figures = _claimed_figures(claim, None)
        if figures and of_a_tied_thing(figures[0], claim.subject):
            return []  # "Norby's capital has 5.4 million people": the capital's count, not Norby's
        if figures and of_one_part(figures[0], _parts_named(claim, docs)):
            return []  # 'Norby Steelworks said its new plant would employ 4,200 people': the plant's, not the company's
        if figures and held_jointly(figures[0], [claim.subject, *(d.title for d in docs)]):
            return []  # 'The Norby Party and its allies won 61 seats': the bloc's count, not the party's
        found = (
            count_findings(claim, docs, as_of)
            or magnitude_findings(claim, [d for d in evidence.own if not of_another_sort(claim, d)])
            or number_findings(claim, docs, as_of) + sum_row_findings(claim, docs)
            or share_findings(claim, docs, as_of)
        )
        # 'killed 52 people' refutes no count of the displaced; a figure of another thing supports nothing
        found = [
            f
            for f in found
            if not (f.stance == Stance.CONTRADICTS and _another_deeds(claim, f.unit.text, f.unit.field))
        ]
        found = [f for f in found if f.stance != Stance.SUPPORTS or _measures_alike(claim, f.unit.text, f.unit.field)]
        found = _of_its_time(claim, found, as_of)
        found = _of_its_place(claim, found)
        found = _of_its_contest(claim, found)
        found = _of_its_breakdown(claim, found)
        found = _of_its_subset(claim, found)
        found = _of_its_rate(claim, found)
        if any(f.stance in {Stance.SUPPORTS, Stance.CONTRADICTS} for f in found):
            return found
        # 'killed 52 people and displaced 40,000': the same deed's count told with its noun left out (review33 B3)
        elided = elided_findings(claim, docs, as_of, lambda sentence: _elided_counts(claim, sentence))
        return found + _of_its_time(claim, elided, as_of)


def _of_its_time(claim: Claim, found: list[Finding], as_of: dt.date | None) -> list[Finding]:
    """The findings less those of a figure of another time than the claim's, which neither supports nor refutes it: a
    page's figure of the whole year for one the claim gives to part of it ('in the first half of 2023',
    `period.of_another_part`; a month only of a flow, 'produced ... in March 2022', not of a one-off deed's count,
    'killed 312 people in March 2023'); and the support of a page's figure of today for one the claim tells of a time
    long gone ('once employed', 'in 1990': `period.long_past`, `period.of_today_only`)."""

    def flow() -> bool:
        return any(a_flow(measure(t)) for t in _claimed_figures(claim, None)[:1])

    found = [
        f
        for f in found
        if f.stance not in {Stance.SUPPORTS, Stance.CONTRADICTS}
        or not of_another_part(claim.sentence, f.unit.text, flow, claim.number)
    ]
    if a_target(_claimed_figures(claim, None), as_of):  # 'aims to employ', 'will employ ... by 2030' (review37 R8)
        found = [f for f in found if f.stance not in {Stance.SUPPORTS, Stance.CONTRADICTS}]
    since = since_a_year(claim.sentence, as_of)
    if since is not None and flow():  # 'has produced ... since 2022': no one year's figure (review37 R20)
        found = [
            f
            for f in found
            if f.stance not in {Stance.SUPPORTS, Stance.CONTRADICTS} or counted_since(f.unit.text, since)
        ]
    if claim.number is None or not any(f.stance == Stance.SUPPORTS for f in found):
        return found
    if not long_past(claim.sentence, as_of, _claimed_figures(claim, None)):
        return found
    # 'employed about 4,200 people in 1990' is not supported by the page's today, 'It employs about 4,200 people'
    return [
        f
        for f in found
        if f.stance != Stance.SUPPORTS
        or not of_today_only(_claimed_figures(claim, f.unit.field), numbers_of(f.unit.text, claim.number), f.unit.text)
    ]


_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")

_ADJECTIVE_ENDINGS = ("n", "an", "ian")  # 'America' -> 'American', 'Europe' -> 'European', 'Asia' -> 'Asian'


def _of_its_place(claim: Claim, found: list[Finding]) -> list[Finding]:
    """The findings less the support of a page that does not name the place the claim sets its figure in
    (`measured.place_set`: 'killed 312 people in the city of Halden alone', 'employs 4,200 people at its Halden plant',
    '... at each of its three plants'): the page's whole is no count of one place or of each part (review36 R2, R11).
    The place is named when each of its words is in the page's sentence, its title or its first sentence, a country's
    by any of its names ('in Norby' on a page of 'a Norbian steel company')."""
    if not any(f.stance in {Stance.SUPPORTS, Stance.CONTRADICTS} for f in found):
        return found
    figures = _claimed_figures(claim, None)
    place = place_set(figures[0]) if figures else None
    if not place:
        return found
    several = several_places(figures[0])
    found = [f for f in found if f.stance != Stance.CONTRADICTS or _counts_at(place, claim.number, f)]

    def named(f: Finding) -> bool:
        text = aliases.fold(f"{f.unit.doc.title} {f.unit.text} {f.unit.doc.text[:300].split('. ')[0]}")
        words = set(re.findall(r"[\w-]+", text))
        countries = {aliases.country_of(w) for w in words} - {None}  # None for no country: never among them
        unnamed = [w for w in map(aliases.fold, place) if w not in words and aliases.country_of(w) not in countries]
        # a place the page tells only by its adjective ('30 European and 2 North American') is one part of its
        # breakdown: named by a claim that sets its figure in several places, the whole told in the places that hold
        # it ('in North America and Europe'), not by one that sets it in one ('32 members in Europe': review37 B4, R17)
        told = [w for w in unnamed if any(f"{w}{end}" in words for end in _ADJECTIVE_ENDINGS)]
        if set_elsewhere(f):
            return False
        return not unnamed or (len(told) == len(unnamed) and several)

    def set_elsewhere(f: Finding) -> bool:
        # the page's own figure set at another place or body ('50 million euros at the defence ministry and 200
        # million euros at the health ministry': the 200 million are the health ministry's; review40 R10)
        if f.unit.field is not None or claim.number is None:
            return False
        theirs = numbers_of(f.unit.text, claim.number)
        return bool(theirs) and all(_set_at_another_place(place, t) for t in theirs)

    return [f for f in found if f.stance != Stance.SUPPORTS or named(f)]


def _set_at_another_place(place: frozenset[str], figure: Token) -> bool:
    """Whether a page's figure is set at a place not the claim's `place`, or told of everywhere ('5,000 employees
    worldwide, 3,000 of them in Norby': 5,000 is no count of Norby; review41 R7)."""
    theirs = place_set(figure)
    return not _same_place(place, theirs) if theirs is not None else told_of_everywhere(figure)


def _counts_at(place: frozenset[str], claimed: float | None, f: Finding) -> bool:
    """Whether a page sentence refuting a figure the claim sets at `place` counts at that place itself: it gives a
    figure set there and none of those is the claim's, or, giving none set anywhere, it is of a page titled by the
    place ('Halden earthquake'). A body's whole ('It has 5,000 employees', '... worldwide', 'in 12 countries', an
    infobox row) is no count of one country its lead names; '5,000 worldwide, 3,000 of them in Norby' states Norby's
    3,000 (review41 R7)."""
    from verify.nlp import parse

    figures = [t for t in parse(f.unit.text).doc if t.like_num and not _A_YEAR.fullmatch(t.text)]
    there = {t.i for t in figures if (p := place_set(t)) is not None and _same_place(place, p)}
    if not there:
        titled = set(re.findall(r"[\w-]+", aliases.fold(f.unit.doc.title)))
        return place <= titled and not any(place_set(t) or told_of_everywhere(t) for t in figures)
    ours = {t.i for t in numbers_of(f.unit.text, claimed)} if claimed is not None else set()
    return not ours & there


def _same_place(ours: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether a page figure's place words name each of the claim's, a country by any of its names."""
    countries = {aliases.country_of(w) for w in theirs} - {None}
    return all(w in theirs or aliases.country_of(w) in countries for w in ours)


def _parts_named(claim: Claim, docs: list[Document]) -> frozenset[str]:
    """The `parts` words by which the pages the claim's sentence names by their titles call their own subjects
    (`measured.parts_it_is`: 'Halden Works is a steel plant'): a plant so named in the sentence is that page's body,
    not one part of another's (review38 B1)."""
    said = aliases.fold(claim.sentence)
    return frozenset().union(
        *(parts_it_is(d.text) for d in docs if d.title and re.search(rf"\b{re.escape(aliases.fold(d.title))}\b", said))
    )


def _of_its_contest(claim: Claim, found: list[Finding]) -> list[Finding]:
    """The findings less the support or refutation of a page that does not name the contest or chamber the claim sets
    its seats or votes in (`measured.contest_named`: 'won 61 seats in the 2023 local elections', '... in the Senate'),
    each of its words in the page's sentence or title: the general election's count is no other contest's (review37
    R19)."""
    if not any(f.stance in {Stance.SUPPORTS, Stance.CONTRADICTS} for f in found):
        return found
    figures = _claimed_figures(claim, None)
    contest = contest_named(figures[0]) if figures else frozenset()
    if not contest:
        return found

    def named(f: Finding) -> bool:
        return contest <= set(re.findall(r"[\w-]+", aliases.fold(f"{f.unit.doc.title} {f.unit.text}")))

    return [f for f in found if f.stance not in {Stance.SUPPORTS, Stance.CONTRADICTS} or named(f)]


def _of_its_breakdown(claim: Claim, found: list[Finding]) -> list[Finding]:
    """The findings with a page sentence that breaks its whole down by the adjective of place the claim counts its
    figure with (`measured.place_adjectives`: "NATO's 32 European members" against '32 member states—30 European and 2
    North American') read against that part's figure (30), not the whole's: the part supports or refutes it, the whole
    does neither (review37 R17)."""
    if not any(f.stance in {Stance.SUPPORTS, Stance.CONTRADICTS} for f in found):
        return found
    at, figure = claim_start(claim), figure_in(claim.text)
    if claim.number is None or at < 0 or figure is None or not re.search(r"\s[A-Z]", claim.text[figure.end() :]):
        return found  # no capitalised word after the figure: no adjective of place (and no parse needed)
    figures = numbers_at(claim.sentence, at, at + len(claim.text))  # 'All 30 European NATO members' opens a phrase
    adjectives = place_adjectives(figures[0]) if figures else []
    if not adjectives:
        return found
    parts = [
        re.compile(rf"(?<![\w.,])(\d[\d,]*|{aliases.NUMBER_WORD_PATTERN})\s+{re.escape(a)}(?![\w-])", re.I)
        for a in adjectives
    ]

    def read(f: Finding) -> Finding:
        if f.stance not in {Stance.SUPPORTS, Stance.CONTRADICTS} or claim.number is None:
            return f
        told = [m for p in parts for m in p.finditer(f.unit.text)] if f.unit.field is None else []
        have = [aliases.parse_number(m.group(1)) for m in told]
        if told and None not in have:
            stance = judged(claim.number, have[0], wording(claim)) or Stance.NEUTRAL
            return f.but(stance=stance, detail=f"says {told[0].group(0)}")
        if any(p.search(f.unit.doc.text) for p in parts):  # the page's whole, told elsewhere than its breakdown
            return f.but(stance=Stance.NEUTRAL, detail=f"{f.detail} (set aside: the page tells the part apart)")
        return f

    return [read(f) for f in found]


def _of_its_subset(claim: Claim, found: list[Finding]) -> list[Finding]:
    """The findings with a page sentence read for the part of its whole the claim's figure counts by a word narrowing
    its noun (`measured.subset_words`: '20,000 international students', '5,000 postgraduate students'): the part's own
    figure the sentence tells with the word after it ('including 5,000 postgraduate students', 'of whom 5,000 are
    postgraduates') supports or refutes it; the whole's ('It has 20,000 students'), or an infobox row not named by the
    word, does neither (review40 R9); any common word narrowing the noun is read so ('gold', 'rural': review43 R11)."""
    if not any(f.stance in {Stance.SUPPORTS, Stance.CONTRADICTS} for f in found) or claim.number is None:
        return found
    if claim.unit == "percent":
        return found  # a share counts no set: 'per' of '61.2 per cent' narrows nothing
    figures = _claimed_figures(claim, None)
    words = subset_words(figures[0]) if figures else []
    if not words:
        return found
    scales = "|".join(map(re.escape, aliases.SCALES))
    parts = [
        re.compile(
            rf"(?<![\w.,])(\d[\d,.]*(?:\s+(?:{scales}))?|{aliases.NUMBER_WORD_PATTERN})\s+(?:(?:are|were)\s+)?"
            rf"(?:[A-Za-z]+\s+)?{re.escape(w)}s?(?![\w-])",  # 'three Olympic gold medals': a word before 'gold'
            re.I,
        )
        for w in words
    ]

    def read(f: Finding) -> Finding:
        if f.stance not in {Stance.SUPPORTS, Stance.CONTRADICTS} or claim.number is None:
            return f
        # a kind the whole is split into, or a word the page tells a part by with its own figure ('two gold and one
        # silver'); any other restates the whole: '61 parliamentary seats' is the page's '61 seats' (review44 B1)
        kinds = [w for w, p in zip(words, parts, strict=True) if a_partition(w) or p.search(f.unit.doc.text)]
        if not kinds:
            return f
        if f.unit.field is not None:
            label = aliases.fold(f.unit.field.label)
            return f if all(w[:6] in label for w in kinds) else f.but(stance=Stance.NEUTRAL)
        told = [m for p in parts for m in p.finditer(f.unit.text)]
        have = [aliases.parse_number(m.group(1)) for m in told]
        if told and None not in have:
            stance = judged(claim.number, have[0], wording(claim)) or Stance.NEUTRAL
            return f.but(stance=stance, detail=f"says {told[0].group(0)}")
        return f.but(stance=Stance.NEUTRAL, detail=f"{f.detail} (set aside: the claim counts a part, {kinds[0]})")

    return [read(f) for f in found]


def _of_its_rate(claim: Claim, found: list[Finding]) -> list[Finding]:
    """The findings less the support or refutation of a page figure not given per the period the claim gives its own
    per (`measured.rate_of`: 'produced 1.8 million tonnes of steel a month in 2022' against the year's 'In 2022 it
    produced 1.8 million tonnes of steel'): twelve times the year's figure is not the year's (review36 R10)."""
    if not any(f.stance in {Stance.SUPPORTS, Stance.CONTRADICTS} for f in found):
        return found
    figures = _claimed_figures(claim, None)
    period = rate_of(figures[0]) if figures else None
    if period is None:
        return found
    return [
        f
        if f.stance not in {Stance.SUPPORTS, Stance.CONTRADICTS} or rate_named(period, f.unit.text)
        else f.but(stance=Stance.NEUTRAL, detail=f"{f.detail} (set aside: the claim's figure is a {period}'s)")
        for f in found
    ]


def _named_in_part(claim: Claim, doc: Document) -> bool:
    """Whether the page is of the place or body the claim's owner is only named after: its title and then common
    words ('Korvik' for 'Korvik fever', the outbreak's disease, review42 R1): another thing, with counts of its own."""
    title, owner = doc.title.split(" (")[0], claim.effective_subject
    rest = owner[len(title) :].strip() if owner.startswith(title + " ") else ""
    return bool(rest) and rest == rest.lower()


def _another_deeds(claim: Claim, text: str, field: object) -> bool:
    """Whether a page sentence's count refuting the claim's is of another deed (`measured.of_another_deed`: 'killed
    52 people' against 'displaced 40,000 people'), so it refutes nothing. An infobox row, or a claim whose figure opens
    a noun phrase or the parse does not find, is not asked."""
    claimed = _claimed_figures(claim, field)
    return bool(claimed) and of_another_deed(claimed[0], text, claim.number or 0, claim.unit or "")


def _elided_counts(claim: Claim, sentence: str) -> list[tuple[int, int, float]]:
    """The figures of a page sentence with their noun left out that count the claim's deed (`measured.elided_counts`),
    asked only of a sentence that has such a figure, so the claim's sentence is parsed only then."""
    claimed = _claimed_figures(claim, None)
    return elided_counts(claimed[0], sentence) if claimed else []


def _claimed_figures(claim: Claim, field: object) -> list[Token]:
    """The number tokens of the claim's figure in its sentence's parse, to be asked what they measure; none against an
    infobox row, for a claim with no number or not found in its sentence, or whose figure opens a noun phrase."""
    at = claim_start(claim)
    if field is not None or claim.number is None or at < 0 or _a_noun_phrases_count(claim.sentence, at, claim.text):
        return []
    return numbers_at(claim.sentence, at, at + len(claim.text))


def _measures_alike(claim: Claim, text: str, field: object) -> bool:
    """Whether a page sentence's figure of the claim's value measures what the claim's does (`measured.alike`):
    'revenue of 1.2 billion euros' gives no profit of 1.2 billion euros, 'employs 4,200 people' lays off no one. An
    infobox row, or a sentence or claim whose figure the parse does not find, is not asked."""
    claimed = [measure(t) for t in _claimed_figures(claim, field)]
    if not claimed or claim.number is None:
        return True
    tokens = numbers_of(text, claim.number)
    given = [measure(t) for t in tokens]
    if not claimed or not given:
        return True
    figures = _claimed_figures(claim, field)  # '1.8 million tonnes of iron' against '... of steel': another stuff
    pairs = zip(given, tokens, strict=True)
    return any(alike(claimed[0], g) and not of_another_stuff(figures[0], t) for g, t in pairs)


_QUANTITY_WORDS = lexicons.load("judging")["quantity"]
_OPENERS = frozenset(_QUANTITY_WORDS["figure_openers"])
# the words of the approximations that may stand before a figure ('about', 'more than'), read past before asking
# for an opener; an approximation holding an opener ('all', 'a record') opens the noun phrase itself, so it is no
# hedge to read past ('is a 32-member body' keeps its opener 'a')
_HEDGES = frozenset(w for a in aliases.APPROXIMATIONS if not _OPENERS & set(words := a.split()) for w in words)


def _a_noun_phrases_count(sentence: str, at: int, text: str) -> bool:
    """Whether the claim's figure opens a noun phrase after a determiner ('all 32 allied military leaders', 'The
    23-member council'): the last word before it, past hedges ('about', 'more than'), is one. Such a count is of the
    phrase's noun, not a deed's, so what it measures is not asked (and the parse is not needed: a replay of a
    reviewed claim file never loads the model for it). A figure opening the sentence is asked: '312 people were
    injured' is the subject of its deed, which a page's '312 people' killed is not (review33 R2)."""
    figure = figure_in(text)
    before = sentence[: at + (figure.start() if figure else 0)]
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", before)]
    while words and words[-1] in _HEDGES:
        words.pop()
    return bool(words) and words[-1] in _OPENERS


def _a_length_again(claim: Claim, lengths: list[tuple[int, int]]) -> bool:
    """A count of decades or centuries on the words of a duration claim ("for two decades") states the
    length twice: the duration claim, which its judge reads in years, is the one kept. Where no
    duration claim stands on them, the count stays."""
    if (claim.unit or "").lower() not in LONG_TIME_UNITS:
        return False
    return any(start < claim.span[1] and claim.span[0] < end for start, end in lengths)


# the verbs that tell an age reached ('which turns 78 this year', 'who turned 17 the day before'): judging.toml
# [quantity] age_verbs
_AGE_VERB = re.compile(rf"\b(?:{'|'.join(lexicons.load('judging')['quantity']['age_verbs'])})\s+$", re.I)


def _an_age_turned(claim: Claim) -> bool:
    """A number right after a verb telling an age reached ('The Norby Party, which turns 78 this year, won ...') is
    the subject's age, no count of anything a page counts (review36 R8): it is no count claim."""
    at = claim_start(claim)
    return at > 0 and _AGE_VERB.search(claim.sentence[:at]) is not None


KIND = QuantityKind()
