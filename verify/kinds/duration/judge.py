"""Judging durations and ages: an event's start date, an officeholder's term, an office's term length
or a person's birth date, as the pages give them, against the article's day."""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import math
import re
from collections import Counter

from verify import aliases, holder, lexicons
from verify.kinds.base import Aspect, Finding, Stance, after_claim, before_claim
from verify.kinds.date.judge import precision, start_fits, told_of_its_subject, written_start
from verify.kinds.date.parsed import year_told_after
from verify.kinds.ordinals import ORDINALS
from verify.match import (
    DATE_TEXT,
    YEAR,
    Unit,
    age_on,
    birth_date,
    death_date,
    field_text,
    pages_about,
    start_dates,
    units,
)
from verify.models import Claim, Document, InfoboxField
from verify.offices import (
    POST,
    SEAT,
    Term,
    another_post,
    countries_named,
    government_post,
    not_the_post,
    office_country,
    qualifiers,
    qualifiers_at,
    specific_words,
    terms,
)
from verify.text import split_sentences


def _years_between(start: dt.date, end: dt.date) -> float:
    return (end - start).days / 365.2425


def duration_findings(claim: Claim, docs: list[Document], as_of: dt.date | None) -> list[Finding]:
    """'has lasted N years': supported if some start date of the event gives N whole years by `as_of`.
    A page may date the thing twice ('the war began in 2014' and 'in 2022 a full-scale invasion'): the
    start it ties to the claim's own noun decides, and the rationale names the other (see `_two_starts`)."""
    if as_of is None or claim.number is None:
        return []
    per_year = {"centuries": 0.01, "decades": 0.1, "years": 1.0, "months": 12.0, "weeks": 52.18, "days": 365.2425}.get(
        claim.unit or "years", 1.0
    )  # "two decades" is 20 years, not two
    qualifier = _qualifier(claim)
    noun = _head_noun(claim.subject)
    out, close, starts = [], False, []
    for doc in docs:
        for unit in units(doc):
            for start, written in start_dates(unit):
                elapsed = _years_between(start, as_of) * per_year
                if elapsed < 0:
                    continue
                fits = _lasted(elapsed, claim.number, qualifier)
                detail = f"dates its start to {written}, {elapsed:.1f} {claim.unit} before {as_of}"
                detail += _how_far(elapsed, claim, qualifier) if fits else ""
                close = close or fits is None
                if fits is not None:
                    starts.append((_tied(unit, written, noun), fits, written, elapsed))
                if fits:
                    out.append(Finding(unit, Stance.SUPPORTS, 100.0, Aspect.MAIN, detail, start))
                elif fits is not None:
                    out.append(Finding(unit, Stance.CONTRADICTS, 85.0, Aspect.MAIN, detail, start))
    two = None if close else _two_starts(claim, noun, out, starts)
    if two is not None:
        return two
    if close or any(f.stance == Stance.SUPPORTS for f in out):
        # the article's war is the reading that fits (or may fit); other start dates are other readings, not conflicts
        out = [
            f if f.stance == Stance.SUPPORTS else Finding(f.unit, Stance.NEUTRAL, f.score, f.aspect, f.detail)
            for f in out
        ]
    return out


_OF = re.compile(r"\s+(?:in|of|on|over|between|against|with|for|from|at)\s+.*$", re.I)


def _head_noun(subject: str) -> str:
    """The noun a subject names its thing by: 'the war in Ukraine' -> 'war', 'his second term' -> 'term'."""
    words = re.findall(r"[A-Za-z][A-Za-z-]*", _OF.sub("", subject or ""))
    return words[-1].lower() if words else ""


def _tied(unit: Unit, written: str, noun: str) -> bool:
    """Whether the page ties this start to the claim's noun: the infobox date of a page whose title
    names it ('Harbour dispute'), or a sentence naming it within the reach the start verb is looked
    for ('the dispute began in 2001', 'the dispute, which had begun in 2001'); 'a blockade began in
    2019' dates another thing, maybe a later phase of the same one."""
    if not noun:
        return False
    said = re.compile(rf"\b{re.escape(noun)}s?\b", re.I)
    if unit.field is not None:
        return bool(said.search(unit.doc.title))
    at = unit.text.find(written)
    window = unit.text[max(0, at - 60) : at + len(written) + 60] if at >= 0 else unit.text
    return bool(said.search(window))


def _how_far(elapsed: float, claim: Claim, qualifier: str | None) -> str:
    """What a whole-unit fit allowed, said: '3.5 years' read as 'three years' is the page's figure less
    a part of a year, and an editor should see how much."""
    gap = elapsed - (claim.number or 0.0)
    if qualifier is not None or abs(gap) < 0.25:
        return ""
    return f" ({abs(gap):.1f} {claim.unit} {'more' if gap > 0 else 'less'} than the {claim.number:g} claimed)"


def _two_starts(
    claim: Claim, noun: str, found: list[Finding], starts: list[tuple[bool, bool | None, str, float]]
) -> list[Finding] | None:
    """When the page dates the claim's thing (its noun) from one start and another thing (a later
    phase: a full-scale invasion, a second term) from another, and the claim fits one start but not
    the other, a verdict must not hide it: the findings say which start they measure and name the
    other, and a snippet giving the noun's own start never supports by the other start. None when the
    page gives no such pair."""
    tied = [s for s in starts if s[0]]
    other = [s for s in starts if not s[0]]
    if not tied or not other:
        return None
    tied_fits, other_fits = any(s[1] for s in tied), any(s[1] for s in other)
    if tied_fits == other_fits:
        return None  # both fit or neither does: the choice changes nothing
    unit = claim.unit or "years"
    first = min(s[3] for s in tied)
    miss = next(s for s in (other if tied_fits else tied) if not s[1])
    owns_noun = {id(f.unit) for f, s in zip(found, starts, strict=True) if s[0]}
    out = []
    for f, (is_tied, fits, written, elapsed) in zip(found, starts, strict=True):
        phase = "a later" if elapsed < first else "an earlier"
        named = f"the {noun}" if is_tied else f"{phase} phase"
        untied = "" if is_tied else f" (its sentence does not call it the {noun})"
        detail = f"dates {named} from {written}{untied}, {elapsed:.1f} {unit} before the article"
        detail += _how_far(elapsed, claim, _qualifier(claim)) if fits else ""
        stance = f.stance
        if not is_tied and (tied_fits or id(f.unit) in owns_noun):
            stance = Stance.NEUTRAL  # another phase's start never supports where the noun's own is given
        elif is_tied and not tied_fits:
            stance = Stance.NEUTRAL  # the page's own later phase fits: its first start is no conflict
        aside = ""
        if fits:
            other = "a later" if miss[3] < first else "an earlier"
            where = f"{other} phase (not called the {noun} there)" if tied_fits else f"the {noun} itself"
            aside = f"also dates {where} from {miss[2]} ({miss[3]:.1f} {unit} before the article), "
            aside += "which the claim does not fit"
        # no `dated`: a start is no date of currency, the later must not set the earlier aside as stale
        out.append(Finding(f.unit, stance, f.score, f.aspect, detail, aside=aside))
    return out


def _lasted(elapsed: float, number: float, qualifier: str | None) -> bool | None:
    """Whether 'has lasted N' fits the time elapsed: N whole units have passed ('three years' after 3.5);
    with a bound ('nearly four years'), the bound's own reading. Less than a whole unit off is too
    close to call (None): 'three years' after 2.9 years is a writer's rounding, not a conflict."""
    if qualifier is not None:
        return _fits(elapsed, number, qualifier)
    if math.floor(elapsed) == int(number):
        return True
    return None if abs(elapsed - number) < 1 else False


INTERVALS = frozenset({"after", "before", "earlier", "later", "ago"})


def is_interval(claim: Claim) -> bool:
    """'joined fourteen years after it applied', 'had come six weeks earlier': a distance between two
    events (the relation is the word that sets one against the other), not a length anything lasted. A
    term the page gives is no evidence for it: its length may equal the distance by chance."""
    return (claim.relation or "").lower() in INTERVALS


_AGE_NUMBER = re.compile(r"\b(\d{1,3})(?:-year-old|\s+years?\s+old)?\b")
AGE_TEXT = re.compile(r"\b\d{1,3}-year-old\b|\baged\s+\d{1,3}\b|\b\d{1,3}\s+years?\s+old\b|^[^,]+,\s*\d{1,3}\s*,?$")


def is_age(claim: Claim) -> bool:
    """'Costa, 62,', 'aged 44', 'the 64-year-old': a person's age, not a length of time."""
    return claim.predicate == "aged" or claim.relation in {"aged", "age"} or bool(AGE_TEXT.search(claim.text.strip()))


def claimed_age(claim: Claim) -> int | None:
    if claim.number is not None and claim.relation in {"aged", "age"}:
        return int(claim.number)
    for text in (claim.object, claim.value, claim.text):
        m = _AGE_NUMBER.search(text or "")
        if m and not re.fullmatch(YEAR, m.group(1)):
            return int(m.group(1))
    return None


_MONTH_NAMES = "|".join(calendar.month_name[1:])
# the date a clause or timeline line is told of, before the age set beside a name in it: 'In June 2019, Aine Corr,
# 54, ...', 'June 2019 - Aine Corr, 54, ...' (a line's head), 'On 3 June 2019 ...'; not 'since 2019', nor the 'in
# 2019' of a phrase about another event ('Elected in 2019, Aine Corr, 59, ...': the 'in' opens no clause)
_TOLD_OF = re.compile(
    r"(?:^\s*|(?:^|[,;:(–—])\s*(?:[Ii]n|[Oo]n)\s+)"
    rf"(?:(?P<day>\d{{1,2}})\s+)?(?:(?P<month>{_MONTH_NAMES})\s+)?(?P<year>{YEAR})\b"
    rf"(?=\s*(?:,|[-–—:]\s|[A-Z]))"
)


def age_told_on(claim: Claim, as_of: dt.date) -> tuple[dt.date, dt.date] | None:
    """The first and last day an age set beside a name is told of, when the clause or timeline line it stands in
    opens with a date before the article's day ('In June 2019, Aine Corr, 54, became ...': 1-30 June 2019); None
    for an age told as of the article's day."""
    line = before_claim(claim) + claim.text
    line = line[line.rfind("\n") + 1 :]
    m = _TOLD_OF.search(line)
    if m is None or not re.fullmatch(r"[\s,:–—-]*(?:[A-Z][\w'’.-]*\s*)+,?\s*(?:\d{1,3})?\s*", line[m.end() :]):
        m = _TOLD_BEFORE_AGE.search(claim.text)  # 'became prime minister in 2015, aged 65': the age at that step
    if m is None:
        return None  # a date elsewhere than right before the name and its age, or right before 'aged'
    year = int(m["year"])
    month = list(calendar.month_name).index(m["month"]) if m["month"] else None
    if month is None:
        first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    elif m["day"]:
        first = last = dt.date(year, month, min(int(m["day"]), calendar.monthrange(year, month)[1]))
    else:
        first, last = dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    return (first, last) if last < as_of else None


# the date a clause ends on, right before the age set after it: 'became prime minister in 2015, aged 65', 'was
# arrested on 3 June 2019, aged 54' (the age on that day, not on the article's)
_TOLD_BEFORE_AGE = re.compile(
    rf"\b(?:in|on)\s+(?:(?P<day>\d{{1,2}})\s+)?(?:(?P<month>{_MONTH_NAMES})\s+)?(?P<year>{YEAR}),\s*aged\s+\d{{1,3}}\W*$"
)


_THEN_AGE = re.compile(r"\bthen\s+(?:aged\s+)?\d{1,3}\b", re.I)


_CALLINGS = "|".join(map(re.escape, lexicons.load("judging")["duration"]["private_callings"]))
# an apposition opening 'a' / 'an' whose noun, after up to three words, is a private calling ('a nurse from Halden',
# 'a 25-year-old nurse', 'a local farmer')
_APPOSED_CALLING = re.compile(rf",\s*(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?(?P<calling>{_CALLINGS})\b", re.I)


def apposed_calling(claim: Claim) -> str | None:
    """The private calling apposed to the claim's subject with its age ('Ana Ruiz, 25, a nurse from Halden, was
    injured', 'Ana Ruiz, a 25-year-old nurse, ...': judging.toml duration.private_callings), read in the claim's
    words and those right after them, in the name's own apposition (no more than one comma before it); None
    without one."""
    text = claim.text + (after_claim(claim) or "")
    found = _APPOSED_CALLING.search(text)
    if found is None or text[: found.start()].count(",") > 1:
        return None
    return found["calling"].lower()


def _gives_calling(doc: Document, calling: str) -> bool:
    """Whether the page's text or infobox names the calling (its plural too)."""
    said = " ".join([doc.text, *(f.value for f in doc.infobox)]).lower()
    return re.search(rf"\b{re.escape(calling)}s?\b", said) is not None


def age_findings(claim: Claim, docs: list[Document], as_of: dt.date | None, at_death: bool = False) -> list[Finding]:
    """An age against the birth date the subject's own page gives, on the article's day (or on the past date the
    clause or timeline line it stands in is told of: `age_told_on`): the same age supports, another contradicts.
    A bare birth year, or a date told only to its year or month, allows either of two ages: one of them is no
    contradiction, but no support either (the claim's value is not established). `at_death`: the age is told as the
    age at death ('has died aged 83'), settled only by a page that dates the death to its day on or before the
    article's."""
    age = claimed_age(claim)
    if as_of is None or age is None:
        return []
    if _THEN_AGE.search(claim.text):  # 'X, then 56, became ...': the age at the step the sentence tells, not today's
        return age_taking_up_findings(claim, docs)
    told = age_told_on(claim, as_of)
    calling = apposed_calling(claim)
    out = []
    for doc in pages_about(claim.subject, docs):
        if calling is not None and not _gives_calling(doc, calling):
            continue  # 'Ana Ruiz, 25, a nurse from Halden': a namesake's age, not the politician's page's
        found = birth_date(doc)
        if found is None:
            continue
        born, unit, exact = found
        born_words = re.findall(r"\bborn\b[^);]{0,40}", unit.text)
        written = unit.field.value if unit.field is not None else " ".join(born_words)
        years = {born.year} | {int(y) for y in re.findall(rf"\b{YEAR}\b", written)}  # "1964 or 1965"
        # a person who died before the article's day is the age they died at, not the years since birth
        died = death_date(doc)
        if died is not None and died[0] <= as_of and not died[1]:
            continue  # died in a year, the day unknown: the age at death is one of two, and no evidence
        on = died[0] if died is not None and died[0] <= as_of else as_of
        if at_death and on == as_of:
            continue  # a page that tells no death yet (a copy from before it): no age at death
        possible = {age_on(born, on)} if exact else {on.year - y - d for y in years for d in (0, 1)}
        when = f"at death on {on.isoformat()}" if on != as_of else f"on {as_of.isoformat()}"
        if told is not None and on == as_of:  # the age then: at the first and last day the date may mean
            first, last = told
            possible = {age_on(born, first), age_on(born, last)}
            if not exact:
                possible = {first.year - y - d for y in years for d in (0, 1)}
            when = f"on {first}" if first == last else f"between {first} and {last}"
        if min(possible) < 0:
            continue  # born after the article's day (or may be): a date error, never evidence either way
        ages = " or ".join(str(a) for a in sorted(possible))
        detail = f"gives the birth date {born.isoformat() if exact else born.year}: {ages} {when}"
        if age not in possible:
            out.append(Finding(unit, Stance.CONTRADICTS, 95.0, Aspect.MAIN, detail))
        elif len(possible) == 1:  # a bare birth year allows two ages: consistent, but not established
            out.append(Finding(unit, Stance.SUPPORTS, 100.0, Aspect.MAIN, detail))
    return out


_TURNS = re.compile(  # the claim's whole fact, its subject's name at most before it: no 'who turned 70' inside another
    rf"^(?:[A-Z][\w'’.-]*\s+)*(?:will\s+)?turn(?P<tense>s|ed|ing)?\s+(?P<age>\d{{1,3}})\s+(?:(?:on|in)\s+"
    rf"(?:(?P<day>\d{{1,2}})\s+)?(?P<month>{_MONTH_NAMES})\b(?:\s+(?P<day2>\d{{1,2}})\b)?(?!,?\s+\d{{4}})"
    r"|(?P<this>this|last|next)\s+month\b)[\s,.]*$"
)
_MONTHS_ON = {"this": 0, "last": -1, "next": 1}  # 'turned 65 this month': the month of the article's day, or beside it
_YEAR = dt.timedelta(days=366)  # the most recent birthday is less than a year before the article, the next one after
_SLACK = dt.timedelta(days=3)  # a day or two either side of the article's day: told the evening before, printed after


def _on_its_side(birthday: dt.date, as_of: dt.date, tense: str | None) -> bool:
    """Whether the birthday is the one the verb's tense tells of: 'turned' the most recent one (on or before the
    article's day), 'turns'/'will turn' the next one (on or after it); 'turning' may be either ('after turning 70',
    'is turning 70'). Any other birthday gives another age: 'turned 71 in December' in February, when she turned 70."""
    recent = as_of - _YEAR < birthday <= as_of + _SLACK
    coming = as_of - _SLACK <= birthday < as_of + _YEAR
    return recent if tense == "ed" else recent or coming if tense == "ing" else coming


_TURNED = re.compile(r"\b(?:turned|turns|turning|turn)\b", re.I)


def birthday_findings(claim: Claim, docs: list[Document], as_of: dt.date | None) -> list[Finding] | None:
    """'who turned 70 in December', 'turns 62 on 4 October': the birthday an age falls on, read against the
    birth date of the subject's own page (its day known). The same month (and day), on the side of the article's day
    the verb's tense tells (`_on_its_side`), supports; another month or day, or an age whose birthday is not that
    side's (a year off), contradicts.
    None when the claim tells no such birthday (a written year is left to the date rules)."""
    m = _TURNS.match(claim.text.strip())
    if m is None:
        return None
    if as_of is None or not told_of_its_subject(claim, _TURNED):
        return []  # 'Tove Brandt's daughter turned 18 in May': a relative's birthday, not hers
    if m["this"]:  # 'this month', 'last month': counted from the article's month
        month = (as_of.month - 1 + _MONTHS_ON[m["this"]]) % 12 + 1
    else:
        month = [n.title() for n in aliases.FULL_MONTHS].index(m["month"]) + 1
    day = int(m["day"] or m["day2"] or 0) or None
    # 'turned 73 in March last year': the year told after the month is the birthday's, not the latest March's
    told = year_told_after(after_claim(claim) or "", 0, as_of.year) if m["month"] else None
    out = []
    for doc in pages_about(claim.effective_subject, docs):
        found = birth_date(doc)
        if found is None or not found[2]:
            continue  # a bare birth year gives no birthday
        born, unit, _ = found
        year = born.year + int(m["age"])
        birthday = born.replace(year=year) if (born.month, born.day) != (2, 29) else dt.date(year, 2, 28)
        same = birthday.month == month and (day is None or birthday.day == day)
        near = birthday.year == told if told is not None else _on_its_side(birthday, as_of, m["tense"])
        detail = f"gives the birth date {born.isoformat()}: {m['age']} on {birthday.isoformat()}"
        out.append(Finding(unit, Stance.SUPPORTS if same and near else Stance.CONTRADICTS, 95.0, Aspect.MAIN, detail))
    return out


_WORDS = lexicons.load("judging")["duration"]  # the word lists of this judge (verify/lexicons/judging.toml)
_QUALIFIED = re.compile(rf"\b({'|'.join(map(re.escape, _WORDS['qualified']))})\s+(?:\w+\s+)?$")


# how far short of its figure 'nearly N' (not a round figure) may fall and still be said: half a unit ('nearly nine
# years' is written for 8.6, not for 8.0, which is 'eight years'; review46 S2); up to a whole unit short it is too
# close to call, beyond that refuted
_NEARLY_SHORT = 0.5


def _fits(elapsed: float, number: float, qualifier: str | None, round_figure: bool = False) -> bool | None:
    """Does a written length fit the elapsed one? True, False, or None when too close to call. A round figure
    ('a decade', 'two decades') fits up to a fifth over itself ('a decade' is written for 11.3 years) but only a
    tenth short of it (eight years is 'nearly a decade', not 'a decade'), is too close to call within three tenths,
    and is refuted only beyond that. 'Nearly' a round figure is up to a fifth short of it, of any other half a unit,
    with up to a whole unit too close to call (the days of a term counted to the hundredth of a year: 1 June 2014 to
    1 June 2023 is 8.9995 years)."""
    if qualifier in {"almost", "nearly"} and not round_figure:
        if number - _NEARLY_SHORT - 0.05 <= elapsed < number + 0.05:
            return True
        return None if number - 1.05 <= elapsed < number + 0.05 else False  # 'nearly nine years' after eight: unsaid
    if qualifier in {"almost", "nearly", "less than"}:
        short = 0.2 * number if round_figure else 1
        return number - short - 0.05 <= elapsed < number + 0.05
    if qualifier in {"more than", "over", "at least"}:
        return elapsed >= number - 0.05
    if round_figure:
        off = abs(elapsed - number)
        near = (0.2 if elapsed >= number else 0.1) * number + 0.05
        return True if off <= near else None if off < 0.3 * number else False
    if abs(elapsed - number) < 0.5 or math.floor(elapsed + 0.05) == int(number):
        return True
    return False if abs(elapsed - number) >= 1 else None


def length_fits(start: dt.date, end: dt.date, number: float, qualifier: str | None, round_figure: bool) -> bool | None:
    """Public form of `_fits` for a term from `start` to `end`: does the length written ('nearly a decade') fit it?"""
    return _fits(_years_between(start, end), number, qualifier, round_figure)


def _qualifier(claim: Claim) -> str | None:
    """The bound written before the length ('more than', 'nearly'), its number a figure, a number word or the
    article of one unit ('more than a year', 'nearly a decade')."""
    one = rf"|an?\s+{re.escape(claim.unit.rstrip('s'))}" if claim.unit else ""  # 'a year' of a length in years
    number_at = re.search(rf"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a decade{one})\b", claim.text)
    m = _QUALIFIED.search(claim.text[: number_at.start()]) if number_at else None
    return m.group(1).lower() if m else None


def office_words(text: str) -> set[str]:
    """The specific words of an office or of the words naming it: countries for their adjectives
    ("Dutch" -> netherlands), organisations for their aliases ("the alliance" -> nato)."""
    folded = aliases.fold(text)
    words = set(re.findall(r"[a-z]{3,}", folded)) - _GENERIC - aliases.NUMBER_WORDS.keys()
    for word in re.findall(r"[A-Z][a-z]+", text):
        country = aliases.country_of(word)
        if country:
            words |= set(re.findall(r"[a-z]{3,}", aliases.fold(country))) - _GENERIC
    for name, forms in aliases.ORGANISATION_ALIASES.items():
        if any(re.search(rf"\b{re.escape(f)}\b", folded) for f in forms):
            words |= set(re.findall(r"[a-z]{3,}", aliases.fold(name))) | {aliases.fold(name)}
    return words


_GENERIC = frozenset(_WORDS["generic"])
# the words a capitalised run of a body's name ends in ('the Korvia Democratic Party', 'Korvia Steel Company')
_BODY_ENDS = "|".join(
    re.escape(w) for w in sorted({*(w.lower() for w in aliases.BODY_WORDS), *lexicons.load("organisations")["words"]})
)
_INSIDE_A_BODY = re.compile(rf"^(?:['’]s)?(?:\s+[A-Z][\w'’.-]*)*?\s+(?P<body>{_BODY_ENDS})\b", re.I)
# a place after a verb that holds no post ('has lived in Korvia'; not 'has led the government in Korvia')
_A_PLACE_BEFORE = re.compile(r"\b(?P<word>[\w'’-]+)\s+(?:in|at|from|to)\s+(?:the\s+)?$")


@functools.cache
def _words_of_a_post() -> frozenset[str]:
    """The last words of what holds, leaves or names a post: verbs of holding or leaving one and what such a verb
    holds ('served', 'led the country', 'left office'; judging.toml date.holds_post, date.holds_post_objects,
    duration.leaving_verbs, duration.office_held, duration.holding_itself) and a post's own words (offices.post_words),
    merged on first use."""
    date = lexicons.load("judging")["date"]
    phrases = (*date["holds_post"], *date["holds_post_objects"], *_WORDS["leaving_verbs"], *_WORDS["office_held"],
               *_WORDS["holding_itself"], *_POST_WORDS)  # fmt: skip
    return frozenset(w for phrase in phrases for w in phrase.lower().split()[-1:]) - {"of", "the", "and", "for"}


def _ends_of_a_post(words: str) -> bool:
    """Whether the last of `words` holds, leaves or names a post (`_words_of_a_post`), so that what follows may be
    the post's: a length ('led the country for eight years', 'left office after ten years', 'the former prime minister
    served for eight years', `_of_a_post`) or a place ('has led the government in Korvia', `_named_apart`). 'was
    jailed', 'lived' hold none. True when there is no word: nothing says what follows is of anything else."""
    found = re.findall(r"[\w'’-]+", words)
    return not found or aliases.fold(found[-1]) in _words_of_a_post()


def _named_apart(text: str) -> dict[str, str]:
    """The words of the claim's capitalised names that stand inside another body's name ('the Korvia Democratic
    Party', "Korvia's Democratic Party"), each with the body's word it ends in, or as a place ('has lived in Korvia',
    with no body word): such a word names a post only when the post's own title holds that body ('Leader of the Korvia
    Democratic Party'), never the country's premiership (review33 R8). A word also named otherwise is not apart."""
    apart: dict[str, str] = {}
    otherwise: set[str] = set()
    for m in re.finditer(r"[A-Z][a-z]+", text):
        country = aliases.country_of(m.group(0))
        words = {aliases.fold(m.group(0))}
        words |= set(re.findall(r"[a-z]{3,}", aliases.fold(country))) if country else set()
        body = _INSIDE_A_BODY.match(text[m.end() :])
        place = _A_PLACE_BEFORE.search(text[: m.start()])
        if body is None and (place is None or _ends_of_a_post(place["word"])):
            otherwise |= words
            continue
        for word in words - _GENERIC:
            apart[word] = aliases.fold(body["body"]) if body else ""
    return {w: b for w, b in apart.items() if w not in otherwise}


def tenure_findings(claim: Claim, docs: list[Document], as_of: dt.date | None) -> list[Finding]:
    """'led the alliance for ten years', 'served as Dutch prime minister for almost 14 years': the
    term the subject's infobox gives for the office the claim names (its words, a country's adjective,
    an organisation's alias); the same length supports, one a year or more off contradicts."""
    if claim.number is None or is_age(claim):
        return []
    per_year = {"decades": 1.0, "years": 1.0, "months": 12.0, "weeks": 52.18, "days": 365.2425}
    per_year = per_year.get(claim.unit or "years")
    if per_year is None:
        return []
    number = claim.number * (10 if claim.unit == "decades" else 1)  # 'two decades' is measured as 20 years
    # 'served for ten years as mayor of Norby': a post named right after the length is the length's post
    named = office_words(claim.text) | office_words(_post_after(claim))
    apart = _named_apart(claim.text)
    qualifier = _qualifier(claim)
    held = of_holding_office(claim)
    post = claimed_post(claim)
    kind = _kind_held(claim)
    now = _still_held(claim)
    out = []
    for doc in pages_about(claim.subject, docs):
        # 'Widodo, Indonesia's seventh president, left office after ten years': a length naming no post
        # is of the one post its sentence names, when the page holds exactly one the sentence names; that
        # post is inferred, not said ('X, a former prime minister, left politics after 15 years' measures
        # a career), so it may support a length it fits but never refute one
        # ... unless the words right before the length say it is of holding office ('served for just over six
        # months', 'left office after eight years') and the term is written to the day
        own = _terms_named(doc, named, apart) or _spell_the_sentence_dates(claim, doc)
        sentence = office_words(claim.sentence)
        found = own or (_the_one_post_named(doc, sentence) if _of_a_post(claim) else [])
        # 'Akufo-Addo, 80, leaves after eight years in office': a length of holding office whose sentence names
        # no post of the page is of the post the page leads its infobox with; inferred twice over, it may only
        # support
        left = not found and _in_office(claim) and _names_no_post(claim) and not _posts_named(doc, sentence)
        lead = left
        # 'Lacalle Pou, 51, has been president for almost five years', 'Karls, who has been in office for seven
        # months': only the person, holding office itself or the bare kind of post the infobox leads with; inferred
        # the same way, so it may only support
        lead = lead or (not found and _the_kind_of_the_lead_post(claim, doc) and not _posts_named(doc, sentence))
        found = found or (_lead_post(doc) if lead else [])
        # 'served as mayor of Norby for eight years': another town's mayoralty, a deputy's or an acting spell is
        # another post, whatever words it shares with the claim's
        # ... and so is one beside the kind of post the sentence says the length is of ('Ruiz has been prime minister
        # for almost a year' of 'Deputy Prime Minister of Norby')
        found = [
            t
            for t in found
            if not ((post or kind) and not_the_post(post or _as_the_title_names(kind, t.office.value), t.office.value))
        ]
        # 'who has led the party for almost ten months': a length held now is of a post held on the article's day;
        # a post the page has the subject leave before it is another length, which refutes nothing while one is held
        held_now = [t for t in found if t.start <= (as_of or t.start) and _running(t, as_of)] if now else []
        for spells in _by_post(found):
            may_refute = bool(own) or (held and not lead and all(_to_the_day(term) for term in spells))
            may_refute = may_refute and not (held_now and not any(t in held_now for t in spells))
            # ... but a leaving told with no post when the lead post's term ends about the article's day is of that term
            may_refute = may_refute or (left and _ends_about(spells, as_of) and all(map(_to_the_day, spells)))
            may_refute = may_refute and not _another_seat_may_count(spells[0], named)
            out += _spell_findings(doc, spells, claim, (number, per_year), qualifier, may_refute, as_of, now)
    return out or _tenure_in_sentences(claim, docs, named, (number, qualifier), post, now)


# a spell's first date as a sentence writes it ('chief justice from 9 November 2022 to 10 November 2024')
_SPELL_FROM = re.compile(rf"\bfrom\s+(?P<first>{DATE_TEXT.pattern})", re.I)


def _spell_the_sentence_dates(claim: Claim, doc: Document) -> list[Term]:
    """The infobox spells of the one post whose start the claim's sentence gives, to the month or the day, as a
    spell's first date ('Calhoun, Boeing's chief executive from January 2020 to 7 August, led the company for more
    than six years'; 'Lund, chief justice from 9 November 2022 to 10 November 2024, held the office for five years'):
    the sentence says which post its length is of, as naming it would. A year alone ('from 2020') may begin
    several posts, and starts of two posts on the day name neither. A sentence writing several spells ('two spells,
    from 2017 to 2020 and again from December 2022') dates none: its length may be any one's, or all of theirs. A
    length that names a post of its own ('had been a member of parliament for 12 years') or is of no post at all
    (`_of_a_post`: 'was jailed for six years', 'has been married for 30 years') is not the dated spell's (review45
    F1: each was refuted by the spell)."""
    if claimed_post(claim) or not (_of_a_post(claim) or _leads_a_body(claim)):
        return []  # 'had been a member of parliament for 12 years', 'was jailed for six years': another length
    written_spells = list(_SPELL_FROM.finditer(claim.sentence or ""))
    written = written_start(written_spells[0]["first"]) if len(written_spells) == 1 else None
    if written is None:
        return []
    day, at = written
    spells = [t for t in terms(doc.infobox) if t.rows and start_fits(t.rows[0].value, day, at)]
    if any(_another_body_led(claim, t.office.value) for t in spells):
        return []  # 'prime minister from May 2019 to June 2023, led his party for 12 years': the party's length
    return spells if len({aliases.fold(t.office.value) for t in spells}) == 1 else []


# bodies a government post's holder may lead besides the government itself (judging.toml duration.led_beside_office:
# a party, the opposition); 'President and CEO' of a company is measured by 'led the company' as before
_OTHER_BODIES = frozenset(_WORDS["led_beside_office"])


def _words_before_length(claim: Claim) -> str | None:
    """The sentence's words up to the claim's length figure ('... has led the company for' in 'has led the company for
    six years'), which tell what the length is of; None when the claim stands outside its sentence or has no figure."""
    sentence = claim.sentence or claim.text
    at = sentence.find(claim.text)
    number = _length_figure(claim)
    return None if at < 0 or number is None else sentence[:at] + claim.text[: number.start()]


def _another_body_led(claim: Claim, office: str) -> bool:
    """Whether the words before the claim's length end in a body that a government post is not the head of ('led the
    Norby Party for 12 years' beside a dated premiership; review45 F1): the spell dated measures the government's
    post, never the party's leadership. A company's or a bank's post is measured by its body ('led the company')."""
    before = _words_before_length(claim)
    if before is None or not government_post(office):
        return False
    words = re.findall(r"[\w'’-]+", _BEFORE_A_LENGTH.sub("", before))
    last = aliases.fold(words[-1]) if words else ""
    return last in _OTHER_BODIES and last not in aliases.fold(office).split()


# a verb of holding with a body as its object, right before a length ('led the company for', 'has run the bank for'):
# judging.toml date.holds_post and the words of organisations.toml; 'served in parliament for' is no such object
_LEADS_A_BODY = re.compile(
    rf"\b(?:{'|'.join(map(re.escape, lexicons.load('judging')['date']['holds_post']))})\s+(?:the|its|their|his|her)\s+"
    rf"(?:{'|'.join(map(re.escape, lexicons.load('organisations')['words']))})\s*$",
    re.I,
)


def _leads_a_body(claim: Claim) -> bool:
    """Whether the words before the claim's length say it is of leading a body ('led the company for more than six
    years'): the post a sentence dates is then the one the length is of, as a post's own word would say."""
    before = _words_before_length(claim)
    return before is not None and _LEADS_A_BODY.search(_BEFORE_A_LENGTH.sub("", before)) is not None


def _in_office(claim: Claim) -> bool:
    """Whether the words after the claim's length say it is a length of holding office itself ('after eight years
    in office', 'a decade in power', 'ten years at the helm', 'his six-year tenure'), in the claim or right after
    it."""
    number = _length_figure(claim)
    if number is None:
        return False
    rest = claim.text[number.end() :] + " " + (after_claim(claim) or "")
    return _IN_OFFICE.match(rest) is not None


_LEAVING = "|".join(map(re.escape, _WORDS["leaving_verbs"]))
_NAME = r"(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*"
_PERSON = rf"{_NAME}(?:\s*,\s*(?:aged\s+\d{{1,3}}|\d{{1,3}}|born\s+in\s+\d{{4}})\s*,)?"  # a name, with an age or not
_NOTHING_BUT_THE_PERSON = re.compile(
    rf"^\s*{_PERSON}\s+(?:{_LEAVING})\s+(?:after|for\s+)?\s*$"
    rf"|^\s*(?:{_NAME}(?:'s|’s)|[Hh]is|[Hh]er|[Tt]heir)\s+$"
)


def _names_no_post(claim: Claim) -> bool:
    """Whether the words before the claim's length are only its person's name (with an age) and a verb of leaving
    ('Akufo-Addo, 80, leaves after eight years in office'), or a possessive ("Beasley's six-year tenure"): then the
    sentence names no post at all. 'stepped down as finance minister after', 'left the central bank after', 'who
    led the central bank, retired after' and "'s eight-year stint at the central bank" name one the page may not
    give, which the infobox's first post is not."""
    number = _length_figure(claim)
    if number is None or _post_after(claim):
        return False  # "Ivo Stam's eight-year stint at the central bank": the words after name a body
    return _NOTHING_BUT_THE_PERSON.match(before_claim(claim) + claim.text[: number.start()]) is not None


_POST_NOUNS = "|".join(map(re.escape, _WORDS["post_nouns"]))
_KIND_HELD = re.compile(
    rf"^\s*{_PERSON}(?:\s*,\s*who)?\s+(?:has|have)\s+(?:been|served|held\s+the\s+(?:{_POST_NOUNS})\s+of)\s+"
    rf"(?:as\s+)?(?P<kind>[A-Za-z][A-Za-z '’]*?)\s+for\s+"
)
# "Halden's mayor" is the mayor of Halden; "in the prime minister's job" is the prime minister's post
_PLACES_POST = re.compile(r"(?P<place>[A-Z][a-z]+)(?:'s|’s|')\s+(?P<post>[a-z][a-z ]*)")
_IN_THE_TITLES_POST = re.compile(rf"in\s+the\s+(?P<post>[a-z][a-z ]*?)(?:'s|’s)\s+(?:{_POST_NOUNS})", re.I)


# a rank before a place's post ("Tarsa's first female mayor", "Norby's 14th prime minister"): which holder, not which
# post (judging.toml [role] first_of_a_kind)
_KINDS_OF_HOLDER = "|".join(re.escape(w) for line in lexicons.load("judging")["role"]["first_of_a_kind"] for w in line)
_A_RANK = re.compile(
    rf"^(?:\d{{1,3}}(?:st|nd|rd|th)\s+|(?:{'|'.join(map(re.escape, ORDINALS))})\s+(?:{_KINDS_OF_HOLDER})\s+)", re.I
)


def _post_of_kind(kind: str) -> str:
    """A post the words before a length name, written as a post: "Halden's mayor" -> 'mayor of Halden' ("Tarsa's
    first female mayor" -> 'mayor of Tarsa', its rank left out), "in the prime minister's job" -> 'prime minister';
    any other possessive ('the country's prime minister') is no post read here (empty)."""
    if m := _PLACES_POST.fullmatch(kind):
        return f"{_A_RANK.sub('', m['post'])} of {m['place']}"
    if m := _IN_THE_TITLES_POST.fullmatch(kind):
        return m["post"]
    return "" if re.search(r"['’]", kind) else kind


_HOLDING_A_KIND = re.compile(rf"{_KIND_HELD.pattern}(?:[a-z]+\s+){{0,2}}$")


def _the_kind_of_the_lead_post(claim: Claim, doc: Document) -> bool:
    """Whether the words before the claim's length are only its person (with an age, or 'who') holding office itself
    ('Karls, who has been in office for seven months') or a post every word of which the title of the post the page
    leads its infobox with holds ('Lacalle Pou, 51, has been president for almost five years' of 'President of
    Uruguay'): the sentence then names no other post the length could be of. 'has been finance minister for' beside a
    presidency is not that post, nor is a deputy's ('vice president': `another_post`, in `tenure_findings`)."""
    number = _length_figure(claim)
    lead = _lead_post(doc)
    if number is None or not lead or _post_after(claim):
        return False
    m = _HOLDING_A_KIND.match(before_claim(claim) + claim.text[: number.start()])
    if m is None:
        return False
    if _OFFICE_ITSELF.fullmatch(m["kind"]):
        return True
    kind, title = _post_of_kind(m["kind"]), lead[0].office.value
    if not kind:
        return False
    return set(aliases.fold(_as_the_title_names(kind, title)).split()) <= set(aliases.fold(title).split())


# a kind of post with its place ('mayor of Tarsa', 'finance minister of Norby': `_post_of_kind`)
_OF_A_PLACE = re.compile(r"(?P<post>.+?)\s+of\s+(?P<place>[A-Z][a-z]+)")


def _as_the_title_names(kind: str, title: str) -> str:
    """The claimed kind of post as a held post's `title` is asked it: with its place ('mayor of Tarsa') only when the
    title names more than the post ('Mayor of Halden'); a title naming no place, as Wikipedia names most ministries
    ('Minister of Finance' for "Norby's finance minister"), is asked the post alone."""
    m = _OF_A_PLACE.fullmatch(kind)
    if m is None or specific_words(title) - specific_words(m["post"]):
        return kind
    return m["post"]


def _kind_held(claim: Claim) -> str:
    """The kind of post the words before the claim's length say its person has held ('Ana Ruiz, 49, has been prime
    minister for': 'prime minister'; "has been Halden's mayor for": 'mayor of Halden'; 'has held the post of prime
    minister for', "has been in the prime minister's job for": 'prime minister'), or empty: holding office itself
    ('in office') names no post, nor does a state ('has been married for')."""
    m = _KIND_HELD.match(before_claim(claim) + claim.text)
    kind = _post_of_kind(m["kind"]) if m else ""
    return kind if POST.search(kind) and not _OFFICE_ITSELF.fullmatch(kind) else ""


def _ends_about(spells: list[Term], as_of: dt.date | None) -> bool:
    """Whether the post's last spell ends within `left_within_days` of the article's day ('Akufo-Addo, 80, leaves
    after twelve years in office' on 9 January 2025, the presidency ending on 7 January): the leaving the article
    tells is of that spell, so its length may refute the claim's."""
    last = max(spells, key=lambda term: term.start)
    return as_of is not None and last.end is not None and abs((as_of - last.end).days) <= _WORDS["left_within_days"]


def _lead_post(doc: Document) -> list[Term]:
    """The spells of the post a page's infobox leads with (its first office with a start): the post its person
    is known for, which a length naming no post is most likely of."""
    dated = [term for term in terms(doc.infobox) if term.start is not None]
    if not dated:
        return []
    first = aliases.fold(dated[0].office.value)
    return [term for term in dated if aliases.fold(term.office.value) == first]


def _another_seat_may_count(term: Term, named: set[str]) -> bool:
    """Whether the term is one seat in a legislature ('Member of Parliament for Halden') whose place the claim does
    not name ('has been in parliament for 13 years'): a member may have sat for another seat before, so the seat's
    length may support the claim's but never refutes it."""
    seat = SEAT.match(term.office.value.strip())
    return seat is not None and not (set(aliases.fold(seat["place"]).split()) & named)


def _by_post(found: list[Term]) -> list[list[Term]]:
    """The terms grouped by their post: the spells of one office ('1996-99', '2009-21', '2022-') together."""
    posts: dict[str, list[Term]] = {}
    for term in found:
        posts.setdefault(aliases.fold(term.office.value), []).append(term)
    return list(posts.values())


def _spell_findings(
    doc: Document,
    spells: list[Term],
    claim: Claim,
    length: tuple[float, float],
    qualifier: str | None,
    may_refute: bool,
    as_of: dt.date | None,
    now: bool = False,
) -> list[Finding]:
    """A length against the spells of one post: it fits one spell ('served three years as prime minister the
    first time') or their sum ('has spent more than 16 years as prime minister' over 1996-99, 2009-21 and
    2022-); a spell it does not fit is no conflict while another reading does, so only a length neither one
    spell nor the sum fits is refuted, and its finding gives every spell and the sum. A length held `now` ('has
    been finance minister for five years') is supported only by a spell running on the article's day, or a sum
    ending in one: a spell that ended before it is a past holder's length, not the present one."""
    number, per_year = length  # the length claimed and the claim's units in a year
    unit_name = "years" if claim.unit == "decades" else claim.unit or "years"
    measured = []
    ends: dict[int, str] = {}  # the end each spell is measured to, as the finding writes it
    for term in spells:
        end = term.end or as_of
        if now and as_of is not None:
            # 'who has led the party for almost ten months': a length held now runs to the article's day, over spells
            # begun by then, whatever end a page saved later gives the spell (or a spell begun after the day)
            end = min(end, as_of) if end is not None else as_of
        if end is None or end < term.start:
            continue
        ends[id(term)] = _TODAY if term.end is None or end != term.end else end.isoformat()
        elapsed = _years_between(term.start, end) * per_year
        measured.append((term, elapsed, _fits(elapsed, number, qualifier, _round(claim))))
    if not measured:
        return []
    rows = list(dict.fromkeys(f for term, _, _ in measured for f in (term.office, *_term_rows(doc, term))))
    unit = Unit(doc, "; ".join(field_text(doc, f) for f in rows), measured[0][0].office)
    spans = [f"from {t.start.isoformat()} to {ends[id(t)]}: {e:.1f} {unit_name}" for t, e, _ in measured]
    post = measured[0][0].office.value
    if len(measured) == 1:
        fits = measured[0][2]
        if fits is None or (not fits and not may_refute) or (fits and now and not _running(measured[0][0], as_of)):
            return []
        stance = Stance.SUPPORTS if fits else Stance.CONTRADICTS
        return [Finding(unit, stance, 95.0, Aspect.MAIN, f"gives {post} {spans[0]}")]
    total = sum(e for _, e, _ in measured)
    summed = _fits(total, number, qualifier, _round(claim))
    if _UNBROKEN.search(claim.sentence or claim.text):
        summed = False  # '16 consecutive years', 'without a break': one spell must fit, spells with gaps never add up
    if summed and now and not any(_running(term, as_of) for term, _, _ in measured):
        summed = None  # no spell runs on the day: the sum is a past career's, no present length
    out = []
    for (term, _, fits), span in zip(measured, spans, strict=True):
        if fits and not (now and not _running(term, as_of)):
            one = Unit(doc, "; ".join(field_text(doc, f) for f in (term.office, *_term_rows(doc, term))), term.office)
            out.append(Finding(one, Stance.SUPPORTS, 95.0, Aspect.MAIN, f"gives {post} {span}"))
    detail = f"gives {post} in {len(measured)} spells ({'; '.join(spans)}), {total:.1f} {unit_name} in all"
    if summed and not out:
        out.append(Finding(unit, Stance.SUPPORTS, 95.0, Aspect.MAIN, detail))
    elif not out and summed is False and all(f is False for _, _, f in measured) and may_refute:
        out.append(Finding(unit, Stance.CONTRADICTS, 95.0, Aspect.MAIN, detail))
    return out


_TODAY = "the article's day"


def _running(term: Term, as_of: dt.date | None) -> bool:
    """Whether a spell still ran on the article's day (no end, or an end not before it)."""
    return term.end is None or as_of is None or term.end >= as_of


_STILL_HELD = re.compile(rf"\b(?:has|have|'s|’s)\s+(?:{'|'.join(map(re.escape, _WORDS['still_held']))})\b", re.I)


def _still_held(claim: Claim) -> bool:
    """Whether the claim's length runs to the article's day ('has been finance minister for five years', 'has
    served for a decade'): its own words before the length are in the present perfect of holding. 'Has spent 16
    years as prime minister' sums a career, and 'had been' ended before the article: neither says held now."""
    number = _length_figure(claim)
    return number is not None and _STILL_HELD.search(claim.text[: number.start()]) is not None


_POST_START = re.compile(r"^.*\b(?:been|was|were|is|are|as|became|become|remains?|remained)\s+", re.I | re.S)


def claimed_post(claim: Claim) -> str:
    """The post the claim's length is of: named right after the length ('for ten years as mayor of Norby'), or in
    the claim's own words before it ('has been finance minister for five years', 'was prime minister of Norway for
    eight years'). Empty when they name no post ('led the alliance for ten years', 'has served for a decade')."""
    after = _post_after(claim)
    if after and POST.search(after):
        return _POST_ITSELF.match(after)[0]  # "'s tenure as finance minister ended in 2023": 'finance minister'
    number = _length_figure(claim)
    if number is None:
        return ""
    before = _POST_START.sub("", claim.text[: number.start()])
    before = re.sub(r"\s+(?:for|after|over)\s+(?:\w+\s+)?$", "", before.rstrip() + " ").strip()
    if not POST.search(before) or _POST_START.search(before + " "):
        return ""
    return _POST_ITSELF.match(before)[0]  # 'mayor of Korvik for more than 30 years': 'mayor of Korvik'


# a post's own words: to its last title word, with the name it is of ('mayor of Norby', 'governor of the Bank of
# Japan'); what follows ('ended in 2023') is the sentence's
_POST_ITSELF = re.compile(
    rf"^.*{POST.pattern}(?:\s+(?:of|for)\s+(?:the\s+)?(?-i:[A-Z][\w'’.-]*)"
    rf"(?:\s+(?:(?:of|for|the|and)\s+)*(?-i:[A-Z][\w'’.-]*))*)?",
    re.I,
)


def _term_rows(doc: Document, term: Term) -> list[InfoboxField]:
    """A term's own start and end rows: a later spell under one office row has rows of its own ('term_start1')."""
    return list(term.rows) or [f for f in doc.infobox if f.label in _term_labels(term.office.label)]


_UNBROKEN = re.compile(rf"\b(?:{'|'.join(map(re.escape, _WORDS['unbroken']))})\b", re.I)
_ROUND = re.compile(r"\bdecades?\b", re.I)


def _round(claim: Claim) -> bool:
    """Whether a length is a round figure ('a decade', 'two decades'): news writes 'a decade' for nine to
    twelve years, so it is read within its rounding, not to the year."""
    return claim.unit == "decades" or bool(_ROUND.search(claim.text))


_POST_WORDS = frozenset(lexicons.load("judging")["offices"]["post_words"])
_OFFICE_HELD = re.compile(
    rf"\b(?:{'|'.join(map(re.escape, _WORDS['office_held']))})"
    rf"(?:\s+(?:{'|'.join(map(re.escape, [*_WORDS['office_held_gap'], *_WORDS['qualified']]))}))*\s*$",
    re.I,
)
_LENGTH_NUMBER = re.compile(rf"\d|\b(?:{aliases.NUMBER_WORD_PATTERN}|a decade)\b", re.I)


def _length_figure(claim: Claim) -> re.Match[str] | None:
    """Where the claim's own words give its length's figure ('eight' of 'after eight years in office', 'a decade'):
    the words before it and after it are what each reading of the length asks."""
    return _LENGTH_NUMBER.search(claim.text)


_BEFORE_A_LENGTH = re.compile(
    rf"(?:\s+(?:{'|'.join(map(re.escape, [*_WORDS['office_held_gap'], *_WORDS['qualified'], 'over']))}))*\s*$", re.I
)


def _of_a_post(claim: Claim) -> bool:
    """Whether a length naming no post of its own may be of the post its sentence names: the last word before it
    (past 'for', 'after' and a bound) holds, leaves or names a post ('led the country for eight years', 'left office
    after ten years', 'the former prime minister served for eight years'), or the words after it are of holding office
    ('his six-year tenure', 'eight years in power'). 'Was jailed for eight years', 'spent eight years in exile', 'lived
    in Paris for eight years' are lengths of other things, which no term measures (review33 R6)."""
    before = _words_before_length(claim)
    if before is None or _in_office(claim) or claimed_post(claim):
        return True  # ... or the words before it name a post ('has been mayor of Kyiv for eight years')
    return _ends_of_a_post(_BEFORE_A_LENGTH.sub("", before))


def of_holding_office(claim: Claim) -> bool:
    """Whether the words right before the claim's length say it is a length of holding office ('served for just
    over six months', 'left office after eight years'), not of anything else the person did ('left politics after
    15 years', 'served in the army for ten years'): only then may the post its sentence names refute it."""
    before = _words_before_length(claim)
    if before is None or _post_after(claim):
        return False  # 'served for ten years as mayor of Norby', '... in the army': the words after say whose length
    return _OFFICE_HELD.search(before) is not None


_AFTER_LENGTH = re.compile(
    r"^\s*(?:as|in|on|with|at|for)\s+(?P<post>.+?)"
    r"\s*(?:[,.;:()]|\b(?:before|after|until|when|while|and|but|since|from|to|between|during|under)\b|$)",
    re.I,
)
_ITSELF = frozenset([*_WORDS["holding_itself"], *_WORDS["office_itself"]])
# 'after eight years in office', 'a decade in power', 'a six-year tenure': the length's own words after its figure
# say holding a post
_HOLDING_ITSELF = "|".join(map(re.escape, _WORDS["holding_itself"]))
_HOLDING_NOUNS = "|".join(map(re.escape, _WORDS["holding_nouns"]))
_IN_OFFICE = re.compile(
    rf"^\s*(?:[\w-]+\s+)?(?:in|at)\s+(?:{_HOLDING_ITSELF})\b|^[\w-]*\s+(?:{_HOLDING_NOUNS})\b", re.I
)
_OFFICE_ITSELF = re.compile(rf"(?:in|at)\s+(?:{_HOLDING_ITSELF})", re.I)
_MONTH_WORDS = frozenset(m.lower() for m in aliases.MONTHS)


def _post_after(claim: Claim) -> str:
    """The post or thing named right after a claim's length ('served for ten years as mayor of Norby', 'for ten
    years in the army', 'on the city council', 'at the helm of the party'), empty when none or when the words name
    holding office itself ('in office', 'in power', 'at the helm') or a time ('in 2020', 'in March')."""
    after = after_claim(claim)
    m = _AFTER_LENGTH.match(after) if after is not None else None
    if m is None:
        return ""
    post = m["post"].strip()
    if not post or post.lower() in _ITSELF or post[:1].isdigit() or post.split()[0].lower().strip(".") in _MONTH_WORDS:
        return ""
    return post


def _to_the_day(term: Term) -> bool:
    """Whether a term's start and end rows are written to the day ('5 September 2024'): a year alone ('2014 -
    2024') may be off by most of a year either way, too far to refute a length."""
    return bool(term.rows) and all(precision(row.value) == "day" for row in term.rows)


def _terms_named(doc: Document, named: set[str], apart: dict[str, str] | None = None) -> list[Term]:
    """The infobox terms of the office the claim names: those sharing the most of its words that say
    which post it is ('dutch' -> netherlands, 'prime', 'nato'), not merely the kind of post ('minister'
    alone would take any ministry for the premiership). A word the claim names inside another body's name or as a
    place (`_named_apart`) names only a post whose title holds that body."""
    scored = []
    for term in terms(doc.infobox):
        if term.start is None:
            continue
        title = aliases.fold(term.office.value)
        shared = named & (office_words(term.office.value) | {title})
        shared -= {w for w, body in (apart or {}).items() if not body or not re.search(rf"\b{body}\b", title)}
        specific = shared - _POST_WORDS
        if specific:
            scored.append((len(shared), term))
    best = max((n for n, _ in scored), default=0)
    return [t for n, t in scored if n == best]


def _the_one_post_named(doc: Document, words: set[str], post: str = "") -> list[Term]:
    """The page's terms of the one post `words` name (`_posts_named`): by a word no other post of the page shares
    when there is one ('governor of the Bank of Japan' names the governorship by 'japan'; 'bank' is the Asian
    Development Bank's presidency's too, so that presidency is not named); none when two posts are named so
    ('Vestria's prime minister and Eastvale's member'), or none at all."""
    posts = _posts_named(doc, words, post)
    if len(posts) <= 1:
        return next(iter(posts.values()), (set(), []))[1]
    counts = Counter(word for which, _ in posts.values() for word in which)
    own = [spells for which, spells in posts.values() if any(counts[word] == 1 for word in which)]
    return own[0] if len(own) == 1 else []


def _posts_named(doc: Document, words: set[str], post: str = "") -> dict[str, tuple[set[str], list[Term]]]:
    """The page's posts `words` name by a specific word (a country, a place, an organisation, not only the kind
    of post), each with those words and its spells. With the `post` written, another post than it (a deputy's, an
    acting one) is not among them ('prime minister' beside a deputy premiership)."""
    posts: dict[str, tuple[set[str], list[Term]]] = {}
    for term in terms(doc.infobox):
        if term.start is None or (post and another_post(post, term.office.value)):
            continue
        folded = aliases.fold(term.office.value)
        which = (words & (office_words(term.office.value) | {folded})) - _POST_WORDS
        if which:
            posts[folded] = (which, [*posts.get(folded, (set(), []))[1], term])
    return posts


def _term_labels(office_label: str) -> set[str]:
    n = office_label.removeprefix("office")
    return {f"term_start{n}", f"term_end{n}"}


_FROM_TO = re.compile(r"\bfrom\s+(?:[A-Za-z]+\s+){0,2}(\d{4})\s+(?:to|until|till|–|-)\s+(?:[A-Za-z]+\s+){0,2}(\d{4})\b")


def _tenure_in_sentences(
    claim: Claim,
    docs: list[Document],
    named: set[str],
    length: tuple[float, str | None],
    post: str = "",
    now: bool = False,
) -> list[Finding]:
    """'served as the 13th secretary general of NATO from 2014 to 2024': a span of years the subject's
    page gives right after naming the office, against the `length` claimed (in years, with its qualifier: 'more
    than 20', 'two decades'); years are a year's precision, so the span may be a year shorter or longer than their
    difference: a length that fits some of that supports, one that fits none of it contradicts (a bound, 'more than
    20', as `_fits` reads it; a round figure as an exact one). The post named right before the span must be the
    claim's `post` in every word that tells posts apart ('deputy finance minister from 2019 to 2022' is no finance
    minister's span); a span that ended is no length held `now`, and may refute it only."""
    out = []
    for doc in pages_about(claim.subject, docs):
        spells: list[tuple[str, re.Match[str]]] = []
        for sentence in _lead(doc.text):
            for m in _FROM_TO.finditer(sentence):
                before = sentence[max(0, m.start() - 80) : m.start()]
                if not named & office_words(before):
                    continue
                said = holder.said_of([claim.subject, doc.title], sentence, *m.span(), holder.pronoun_of(doc.text))
                if not said:
                    continue  # 'Her father was finance minister from 1979 to 1984': his spell, not hers
                if post and not_the_post(post, _POST_START.sub("", re.split(r"[,;:(]", before)[-1]).strip()):
                    continue
                spells.append((sentence, m))
        out += _spells_judged(claim, doc, spells, length, now)
    return out


def _spells_judged(
    claim: Claim, doc: Document, spells: list[tuple[str, re.Match[str]]], length: tuple[float, str | None], now: bool
) -> list[Finding]:
    """The length claimed against the spells a page's lead gives the post ('from 1990 to 1994 and again from 2000 to
    2004'): by their sum, the length held in all (review41 R10: 'for eight years' is 4 + 4); a length that fits one
    spell of several but not the sum is no time held in all, and refutes nothing either."""
    number, qualifier = length
    per_year = 12.0 if claim.unit == "months" else 1.0
    spans = list(dict.fromkeys((int(m.group(1)), int(m.group(2))) for _, m in spells))

    def fits(years: list[tuple[int, int]]) -> set[bool]:
        # a round figure ('two decades') is read to the year here: the rows' fifth either way (`_fits`) is too loose
        # for a span of whole years (review27 R8: 'two decades' for 2005-2022)
        elapsed = sum((end - start) * per_year for start, end in years)
        return {_fits(elapsed + off * per_year, number, qualifier) for off in (-1, 0, 1)}

    if not spans:
        return []
    held = fits(spans)
    if True in held:
        if now:
            return []  # 'from 2019 to 2024': ended, so no length held to the article's day
        stance = Stance.SUPPORTS
    elif held == {False} and not any(True in fits([span]) for span in spans):
        stance = Stance.CONTRADICTS
    else:
        return []
    elapsed = sum((end - start) * per_year for start, end in spans)
    said = " and ".join(m.group(0) for _, m in spells)
    detail = f"says {said}: about {elapsed:g} {claim.unit or 'years'}"
    return [Finding(Unit(doc, spells[0][0]), stance, 85.0, Aspect.MAIN, detail)]


def _lead(text: str) -> list[str]:
    return [s.text for s in split_sentences(text.split("\n==")[0])][:12]


_TERM_LENGTH = re.compile(r"^term_?length(?:_qualified)?$")


TERM_WORD = re.compile(r"\bterms?\b", re.I)  # 'a five-year term': a length no date measures


def term_length_findings(claim: Claim, docs: list[Document]) -> list[Finding]:
    """'a two-and-a-half-year term', 'elected for an eight-year term, renewable once for four years':
    the term length the office's page gives, read on the office page whose title shares the most words
    with the claim's sentence (none if two pages tie).
    Every length the claim states must be one the page gives; a first length another than the page's
    contradicts."""
    if not TERM_WORD.search(claim.text):
        return []
    stated = _lengths(claim.text)
    if not stated:
        return []
    sentence = office_words(claim.sentence)
    main = office_words(_PARENTHETICAL.sub(" ", claim.sentence))
    # an office page of a country the sentence does not name is another country's office ('The new Mexican
    # president serves ...' is no question for the US president's page)
    countries = countries_named(claim.sentence)
    offices = [
        (_shared_words(d.title, sentence, main), d)
        for d in docs
        if _term_fields(d)
        and not (countries and office_country(d.title) not in {None, *countries})
        and not _said_of_another_post(d.title, claim.sentence)
    ]
    best = max((n for n, _ in offices), default=0)
    chosen = [d for n, d in offices if n == best]
    if best == 0 or len({d.title for d in chosen}) != 1:
        return []  # no office page, or two the sentence could mean: the length is not tied to one office
    out = []
    for doc in chosen:
        fields = _term_fields(doc)
        given = [n for f in fields for n in _lengths(f.value)]
        if not given:
            continue
        unit = Unit(doc, "; ".join(field_text(doc, f) for f in fields), fields[0])
        detail = f"gives the term as {', '.join(f.value for f in fields)}"
        if all(any(math.isclose(s, g) for g in given) for s in stated):
            out.append(Finding(unit, Stance.SUPPORTS, 95.0, Aspect.MAIN, detail))
        elif not math.isclose(stated[0], given[0]):
            out.append(Finding(unit, Stance.CONTRADICTS, 90.0, Aspect.MAIN, detail))
    return out


def _said_of_another_post(title: str, sentence: str) -> bool:
    """Whether the sentence says the title word of an office page only with other qualifiers than the page's title
    ('The new vice president serves a single five-year term' asks nothing of the 'President of Norby' page, whose
    term is the president's: fuzz43). A holder to come ('the incoming president') serves the post's own term, and a
    title before a name ('Vice President Ana Ruiz has begun a four-year term') leaves the term to the post she took."""
    lowered = sentence.lower()
    wanted = qualifiers(aliases.fold(title)) - {"elect"}
    said = [
        qualifiers_at(lowered, m.start(), m.end()) - {"elect"}
        for word in set(re.findall(r"[a-z]{3,}", aliases.fold(title))) & _TITLE_WORDS
        for m in re.finditer(rf"\b(?i:{word})\b(?!\s+[A-Z])", sentence)
    ]
    return bool(said) and wanted not in said


def _shared_words(title: str, sentence: set[str], main: set[str]) -> int:
    """How many office words an office page's title shares with the claim's sentence. Title words alone
    ('chairman', 'president': many bodies have one) tie the page only when the sentence's main clause says
    them, not a clause set between commas: 'The post, renamed from chairman in 2022, carries a three-year
    term' is about a post named before, not any chairman's; 'The new president serves a five-year term' is."""
    shared = office_words(title) & sentence
    return len(shared) if shared - _TITLE_WORDS or shared & main else 0


_TITLE_WORDS = frozenset(w for t in lexicons.load("titles")["titles"] for w in re.findall(r"[a-z]{3,}", t))
_PARENTHETICAL = re.compile(r",[^,]*,")  # 'The post, renamed from chairman in 2022, carries ...': an aside


def _term_fields(doc: Document) -> list[InfoboxField]:
    return [f for f in doc.infobox if _TERM_LENGTH.match(f.label.lower())]


_LENGTH = re.compile(
    rf"\b(?P<num>\d+(?:\.\d+)?|{aliases.NUMBER_WORD_PATTERN})(?P<half>-and-a-half)?[- ](?:years?|year-)", re.I
)


def _lengths(text: str) -> list[float]:
    """The lengths in years a text states: '2.5 years', 'two-and-a-half-year', 'Term of eight years'."""
    out = []
    for m in _LENGTH.finditer(text):
        number = aliases.parse_number(m["num"])
        if number is not None:
            out.append(number + (0.5 if m["half"] else 0))
    return out


# an age told of taking up a post: 'became prime minister at 56', 'was named governor at the age of 44', 'was 57
# when he became prime minister (in 2012)'
_AGE_AT_POST = re.compile(
    r"\b(?:became|was\s+(?:appointed|elected|named|sworn\s+in\s+as))\s+(?:the\s+)?(?P<post>[^,;.]+?)"
    r"(?:\s+in\s+(?P<year>\d{4}))?,?\s+(?:at|aged)\s+(?:the\s+age\s+of\s+)?(?P<age>\d{1,3})"
    # the age ends its clause: not a clock time ('at 12:30', 'at 3 p.m.') nor a house number ('at 10 Downing Street')
    r"(?=\s*(?:[,;!?)]|\.(?!\d)|$)|\s+(?:in|on|and|when|after|before|as|but)\b|\s+years?\s+old\b)",
)
# 'Ana Ruiz, then 47, became prime minister in 2023', 'At 40, Ana Ruiz became prime minister'
_AGE_THEN_POST = re.compile(
    r"(?:,\s+then\s+|\b(?:[Aa]t|[Aa]ged)\s+)(?P<age>\d{1,3}),\s+(?:[A-Z][\w'’.-]*\s+){0,4}became\s+(?:the\s+)?"
    r"(?P<post>[^,;.]+?)(?:\s+in\s+(?P<year>\d{4}))?\s*(?:[,;.]|$)"
)
_AGE_WHEN_POST = re.compile(
    r"\bwas\s+(?P<age>\d{1,3})(?:\s+years?\s+old)?\s+when\s+(?:he|she|they)\s+became\s+(?:the\s+)?"
    r"(?P<post>[^,;.]+?)(?:\s+in\s+(?P<year>\d{4}))?\s*(?:[,;.]|$)",
    re.I,
)


# a step taken before the term its row starts ('was elected to the House at 20': the election, not the oath)
_CHOSEN_BEFORE = re.compile(r"\b(?:appointed|elected|named)\b")


def _age_after(claim: Claim, text: str, m: re.Match[str]) -> bool:
    """Whether the age at a step is told right after the claim's words, which tell the step ('Ana Ruiz became prime
    minister in 2023' of '... in 2023 at the age of 49', 'Ana Ruiz became prime minister' of it): the age is the
    step's, measured at its date, though extraction left it out of the claim."""
    at = text.find(claim.text)
    end = at + len(claim.text)
    return at >= 0 and m.start() < end <= m.start("age") and bool(_TO_THE_AGE.fullmatch(text[end : m.start("age")]))


# the words between a step's claim and its age: its year, if the claim left it out, then 'at (the age of)' / 'aged'
_TO_THE_AGE = re.compile(r"(?:\s+in\s+\d{4})?,?\s+(?:at|aged)\s+(?:the\s+age\s+of\s+)?")


def age_taking_up_findings(claim: Claim, docs: list[Document]) -> list[Finding]:
    """'became prime minister at 56', 'was 57 when he became prime minister in 2012', 'X, then 47, became prime
    minister in 2023', 'At 40, X became prime minister': the age on the day the subject's page starts a spell in
    that post (its birth date against the term's start row). The post must be named specifically enough to pick
    one office of the infobox (a country, a body, not a bare 'minister'); of two spells either start may be the
    one meant, so only an age neither gives refutes; a start or a birth told only to its year allows two ages,
    either of which is no conflict; a year the claim gives keeps only the spells begun that year (none: another
    taking up, or a wrong year the date judge reads, and the age decides nothing)."""
    text = claim.sentence or claim.text
    told = (m for rx in (_AGE_AT_POST, _AGE_THEN_POST, _AGE_WHEN_POST) for m in rx.finditer(text))
    m = next(
        (m for m in told if re.search(rf"(?<!\d){m['age']}(?!\d)", claim.text) or _age_after(claim, text, m)), None
    )
    if m is None:
        return []
    age, post = int(m["age"]), m["post"].strip()
    # the age and the step are the claim's whole fact only when its words end with them: 'at 48, having led the
    # opposition since 2015' says more, which the term row does not support (review29 B5)
    at = text.find(claim.text)
    whole = at >= 0 and at + len(claim.text.rstrip(" .,;")) <= m.end()
    out = []
    for doc in pages_about(claim.subject, docs):
        found = birth_date(doc)
        spells = _the_one_post_named(doc, office_words(post), post)
        if m.groupdict().get("year"):
            spells = [t for t in spells if t.start.year == int(m["year"])]
        if found is None or not spells:
            continue
        born, _, exact = found
        ages = {id(t): _age_at_start(born, exact, t) for t in spells}
        if _CHOSEN_BEFORE.search(m.group(0)):  # elected or named weeks before the term starts: a year younger, maybe
            ages = {key: told | {a - 1 for a in told} for key, told in ages.items()}
        told_ages = " or ".join(str(a) for a in sorted(set().union(*ages.values())))
        fits = [t for t in spells if ages[id(t)] == {age}]
        if fits or all(age not in a for a in ages.values()):
            spell = fits[0] if fits else min(spells, key=lambda t: t.start)
            rows = list(dict.fromkeys([spell.office, *_term_rows(doc, spell)]))
            unit = Unit(doc, "; ".join(field_text(doc, f) for f in rows), spell.office)
            starts = ", ".join(t.start.isoformat() for t in spells)
            detail = f"gives {spell.office.value} from {starts} and a birth date making {told_ages} then"
            # a wrong age refutes the clause whatever else of it holds ('in 2023'); a right one is the taking up's
            stance = Stance.SUPPORTS if fits else Stance.CONTRADICTS
            aspect = Aspect.MAIN if fits and whole else Aspect.AGE
            out.append(Finding(unit, stance, 95.0 if fits else 90.0, aspect, detail, spell.start))
    return out


def _age_at_start(born: dt.date, exact: bool, term: Term) -> set[int]:
    """The ages a person born on `born` (to the day when `exact`, else to the year) may have been on the first day
    of `term`: one when both are told to the day, two when either is told only to its year."""
    year = term.start.year
    day = bool(term.rows) and precision(term.rows[0].value) == "day"
    ends = (term.start, term.start) if day else (dt.date(year, 1, 1), dt.date(year, 12, 31))
    return {age_on(born, d) for d in ends} if exact else {year - born.year - d for d in (0, 1)}


_BOUND_END, _BOUND_START = ("|".join(map(re.escape, _WORDS[k])) for k in ("bound_end", "bound_start"))
_BOUND = re.compile(
    rf"^[\s,]*(?:(?P<end>{_BOUND_END})|(?P<start>{_BOUND_START}))\s+(?:(?:[A-Z][a-z]+|\d{{1,2}})\s+){{0,2}}"
    r"(?P<year>\d{4})\b",
    re.I,
)
# the spans a tenure finding's detail gives ('from 2015-06-01 to 2023-02-14', "... to the article's day", 'from 2015
# to 2023' of a page's sentence)
_SPAN_OF = re.compile(rf"\bfrom\s+(?:[A-Za-z]+\s+){{0,2}}(\d{{4}})\S*\s+to\s+(?:[A-Za-z]+\s+){{0,2}}(\d{{4}}|{_TODAY})")


def bounded_by_a_year(claim: Claim, findings: list[Finding], as_of: dt.date | None) -> list[Finding]:
    """A length of holding a post bounded by a year right after it ('was prime minister for eight years until 2020',
    '... for ten years from 1995'): a support stands only when the spell (or the spells summed) it measured ends,
    or starts, in that year; a spell of that length at another time is set aside (the year is the date claim's)."""
    bound = _BOUND.match(after_claim(claim))
    if bound is None:
        return findings
    year, at_end = int(bound["year"]), bound["end"] is not None

    def fits(f: Finding) -> bool:
        spans = [
            (int(a), as_of.year if b == _TODAY and as_of else int(b) if b.isdigit() else 0)
            for a, b in _SPAN_OF.findall(f.detail)
        ]
        return bool(spans) and (spans[-1][1] if at_end else spans[0][0]) == year

    note = f"(set aside: the claim bounds the length {bound.group(0).strip(' ,')})"
    return [
        f.but(stance=Stance.NEUTRAL, detail=f"{f.detail} {note}")
        if f.stance == Stance.SUPPORTS and f.aspect == Aspect.MAIN and not fits(f)
        else f
        for f in findings
    ]
