"""Judging counts: another number for the same counted thing of the same organisation contradicts."""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from collections.abc import Callable
from dataclasses import dataclass

from verify import aliases, holder, lexicons
from verify.extract.patterns import CURRENCY, HYPHEN_COUNT, QUANTITY
from verify.figure_pairs import of_its_own_time, other_parts
from verify.kinds.base import Aspect, Finding, Stance, after_claim, before_claim, claim_start
from verify.kinds.quantity.measured import a_partition, beside_the_holder, numbers_at
from verify.kinds.quantity.period import years_long_past
from verify.match import Unit, field_text, is_person_doc, own_lifespan, pages_about, units
from verify.models import Claim, Document
from verify.offices import POST, same_office
from verify.passages import passages, rank
from verify.text import split_sentences
from verify.wikitext import numbered_groups


@dataclass(frozen=True)
class Count:
    number: float
    concept: str
    phrase: str
    whole: bool = True  # worded as the whole's count ('NATO's 32 members'), not a part of it ('8 members met ...')
    how: str = "exact"  # how the page words it (`page_wording`): a rounding, a bound, a change or a part
    owner: str = ""  # the name the whole's count is told of ('The Nordic Parliament' of '... has 240 members')


_COUNT_QUALIFIERS = lexicons.load("judging")["quantity"]["count_qualifiers"]  # verify/lexicons/judging.toml
_QUALIFIERS = re.compile(rf"\b({'|'.join(map(re.escape, _COUNT_QUALIFIERS))})\b", re.I)
_Q = lexicons.load("judging")["quantity"]


# the words a whole's head count comes after ('NATO has 32 members', 'an alliance of 32', 'its 32', 'grew to
# 32'); a count opening its own clause ('8 member states met the target', 'some 23 are also ...') is a part
_WHOLE_BEFORE = re.compile(rf"(?:\b(?:{'|'.join(map(re.escape, _Q['whole_before']))})\s+|['’]s\s+)$", re.I)
# ... but 'of' after a plural noun names people or parts of some of them: 'Leaders of 12 NATO member states',
# 'ministers of 12 members' (a singular noun, 'an alliance of 32', gives the whole; 'basis', 'class' are no plurals)
_PLURAL_OF = re.compile(r"\b[A-Za-z]+(?<![siu'’])s\s+of\s+$")


# the capitalised name right before a whole's count's words ('The Nordic Parliament has', "NATO's"): whose count it is
_NAME_BEFORE = re.compile(r"[A-Z][\w’'.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'.-]*)*(?=\s*$)")
_NO_NAME = frozenset(lexicons.load("names")["pronouns"]) | frozenset(lexicons.load("names")["small_words"])


def counts_in(text: str) -> list[Count]:
    """Unqualified counts in a sentence: '32 member states', 'the 32-nation alliance'."""
    out = []
    for m in QUANTITY.finditer(text):
        before = text[max(0, m.start() - 12) : m.start()]
        if _QUALIFIERS.search(m["noun"]) or _QUALIFIERS.search(before) or re.fullmatch(r"(1[89]|20)\d\d", m["num"]):
            continue
        number = aliases.parse_number(m["num"] + (f" {m['scale']}" if m["scale"] else ""))
        concept = aliases.counted_concept(m["noun"])
        if number is not None and concept:
            whole_at = _WHOLE_BEFORE.search(text[: m.start("num")])
            how = page_wording(text, m.start("num"), m.end("scale") if m["scale"] else m.end("num"), m.end())
            owner = _NAME_BEFORE.search(text[: whole_at.start()]) if whole_at else None
            out.append(Count(number, concept, m.group(0).strip(), whole_at is not None, how, owner[0] if owner else ""))
    for m in HYPHEN_COUNT.finditer(text):
        number = aliases.parse_number(m["num"])
        if number is not None:
            out.append(Count(number, "member states", m.group(0)))
    return out


def _phrases(words: list[str]) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


_BOUND_BEFORE = {
    how: re.compile(rf"\b(?:{_phrases(_Q[key])})\s*$", re.I)
    for how, key in (("about", "approximate"), ("more", "lower_bounds"), ("less", "upper_bounds"))
}
_OTHER_TIME = re.compile(rf"\b(?:{_phrases(_Q['other_time'])})\b", re.I)
_JOINT = re.compile(rf"\b(?:{_phrases(_Q['joint'])})\b|[/&+]|\band\s+(?:(?:its|their|the)\s+)?(?-i:[A-Z])", re.I)
_PART = re.compile(rf"\b(?:{_phrases(_Q['parts'])})\b", re.I)
# a count of people in a wider area, told after the figure ('more than 1.2 million people live in its metropolitan
# area'): the area's, not the city's
_OTHER_AREA = re.compile(
    rf"^(?:\s+[\w-]+){{0,3}}?\s+(?:in|across|of)\s+(?:its|the|their)\s+(?:{_phrases(_Q['other_areas'])})\b", re.I
)
_FIGURE = re.compile(rf"\d|\b{aliases.NUMBER_WORD_PATTERN}\b", re.I)


def figure_in(text: str) -> re.Match[str] | None:
    """Where a claim's words give its figure: the first digit or number word ('32' of 'all 32 allied leaders',
    'twelve'), the one place every reading of the words around a claim's figure starts from."""
    return _FIGURE.search(text)


def wording(claim: Claim) -> str:
    """How the claim words its figure: 'change' (a gain or a loss, 'gained nine seats', 'nine more seats than in the
    last election': no total, which no page's total refutes), 'more' or 'less' (a bound, "more than 30 member
    states"), 'about' ("some 200 seats", "about 12,000 people") or 'exact'; read from the words just before the
    figure, in the claim or in its sentence, and for a change right after it."""
    figure = figure_in(claim.text)
    at = claim_start(claim)
    lead = claim.sentence[max(0, at - 30) : at] if at > 0 else ""
    before = f"{lead} {claim.text[: figure.start()] if figure else ''}".rstrip()
    after = claim.text[figure.end() :] if figure else ""
    if at >= 0:
        after += claim.sentence[at + len(claim.text) :]  # 'was 40 million euros higher': the comparative after it
    if _CLAIM_CHANGE_BEFORE.search(before) or _CHANGE_BY.search(before) or _CHANGE_AFTER_FIGURE.match(after):
        return "change"
    return _worded(before)


def _worded(before: str) -> str:
    """How the words just before a figure word it, on a claim's side or a page's: a bound ('more', 'less'), a
    rounding ('about'; 'under' or 'over' when it rounds from one side: 'nearly 300', 'just over 300'), or 'exact'."""
    # the phrase that starts first decides: 'no more than' is an upper bound, though its 'more than' is a lower one
    before = " ".join(before.split())  # a lead and words joined by a space: 'no  more than'
    found = [(m.start(), how) for how, bound in _BOUND_BEFORE.items() if (m := bound.search(before))]
    how = min(found)[1] if found else "exact"
    return next((side for side, hedge in _ONE_SIDED.items() if how == "about" and hedge.search(before)), how)


# a claim's change: a word of one before its figure (a rounding or a bound between: 'gained more than 20 seats'), or
# a comparative after it ('nine more seats', '9,000 extra jobs')
_CLAIM_CHANGE_BEFORE = re.compile(
    rf"\b(?:{_phrases([w for w in _Q['changes'] if w not in _Q['changes_also_other_words']])})"
    rf"(?:\s+(?:{_phrases([*_Q['approximate'], *_Q['lower_bounds'], *_Q['upper_bounds']])}))?\s*$",
    re.I,
)
_CHANGE_AFTER_FIGURE = re.compile(
    r"^[\d,.]*\s+(?:more|fewer|extra|additional)\b"
    rf"|^[\d,.]*(?:\s+[\w-]+){{0,3}}?\s+(?:{_phrases(_Q['changes_after'])})(?![\w-])",
    re.I,
)
# a change's 'by' a few words after its verb ('rose by', 'increased its net profit by', 'cut its workforce by')
_CHANGE_BY = re.compile(rf"\b(?:{_phrases(_Q['changes_by'])})(?:\s+[\w'’-]+){{0,4}}?\s+by\s*$", re.I)


def changed_by(before: str) -> bool:
    """Whether the words before a figure tell a change by it ('net profit rose by'; judging.toml changes_by), not a
    passive's agent ('is staffed by')."""
    return _CHANGE_BY.search(before) is not None
_ONE_SIDED = {
    side: re.compile(rf"\b(?:{_phrases(_Q[key])})\s*$", re.I)
    for side, key in (("under", "approximate_below"), ("over", "approximate_above"))
}


def _place_value(number: float) -> int:
    """The rounding a figure is written to: 12,000 -> 1,000; 200 -> 100; 411 -> 1."""
    if not number.is_integer() or number == 0:
        return 1
    digits = str(int(abs(number)))
    return 10 ** (len(digits) - len(digits.rstrip("0")))


def judged(claimed: float, have: float, how: str) -> Stance | None:
    """The stance of a page figure on the claim's figure, read with the claim's own wording: a bound
    holds or fails; an approximate figure is supported within its rounding (half its place value:
    11,800 for 'about 12,000'), left open a little beyond it, contradicted only further off; an exact
    round thousand ('12,000 staff') is left open within its rounding. A change ('gained nine seats', 'shed 4,200
    jobs', 'a further 312 people') is neither supported nor refuted by a total, which is no change ('won 61 seats'
    gives no '61 more seats'): only a page's change is read against it (`read_against`). None: neither."""
    if how == "change":
        return None
    if how == "more":
        return Stance.SUPPORTS if have > claimed else None if math.isclose(have, claimed) else Stance.CONTRADICTS
    if how == "less":
        return Stance.SUPPORTS if have < claimed else None if math.isclose(have, claimed) else Stance.CONTRADICTS
    if math.isclose(have, claimed):
        return Stance.SUPPORTS
    # a figure's rounding, never more than a tenth of it: "about 100,000" is rounded to 10,000, not 100,000
    place, off = max(1.0, min(_place_value(claimed), 0.1 * claimed)), abs(have - claimed)
    if how == "about":
        if off <= place / 2:
            return Stance.SUPPORTS
        return None if off <= max(place, 0.1 * claimed) else Stance.CONTRADICTS
    if how in {"under", "over"}:  # 'nearly 300' is 271 to 300, never 312; 'just over 300' the other way
        on_its_side = have <= claimed if how == "under" else have >= claimed
        if on_its_side and off <= place:
            return Stance.SUPPORTS
        return None if off <= max(place, 0.1 * claimed) else Stance.CONTRADICTS
    if claimed >= 1000 and place >= 100 and off <= place / 2:
        return None  # '12,000 staff' is a rounded figure for 11,800
    return Stance.CONTRADICTS


_CHANGE_BEFORE = re.compile(rf"\b(?:{_phrases(_Q['changes'])})\s*$", re.I)
_CHANGE_AFTER = re.compile(r"^\s+(?:more|fewer|extra|additional)\b", re.I)
# no comma: a restrictive clause (past the noun's last words, when the noun was found by its first)
_NARROWED_AFTER = re.compile(r"^(?:\s+[a-z-]+){0,2}?\s+(?:that|which|who|whose)\b", re.I)
# what the subject has or holds, with a rounding or bound between ('has about 3,000 employees who ...')
_HELD_BEFORE = re.compile(
    rf"\b(?:{_phrases(_Q['holds_before'])})\s+"
    rf"(?:(?:{_phrases([*_Q['approximate'], *_Q['lower_bounds'], *_Q['upper_bounds']])})\s+)?$",
    re.I,
)
# another bare figure later in the clause, for a place or a part ('30 in Europe and two in North America')
_BREAKDOWN = re.compile(
    rf"^[^.;]*?\b(?:and|while|with|whereas)\s+(?:another\s+)?(?:\d[\d,]*|{aliases.NUMBER_WORD_PATTERN})\s+"
    r"(?:in|from|at|on|across|outside|elsewhere|abroad)\b",
    re.I,
)


def page_wording(text: str, start: int, number_end: int, end: int) -> str:
    """How a page words the figure whose number runs from `start` to `number_end` and which ends at `end`:
    'change' ('gained 25 seats', '25 more seats'), 'part' (a subset a restrictive clause narrows, '23 member
    states that meet the target', unless the count is what the subject has, 'has 32 member states that
    share a pledge', one figure of a breakdown, '30 in Europe and two in North America', or a wider area's,
    '1.2 million people live in its metropolitan area'),
    else a bound or a rounding as the claim's own wording is read ('about 12,000'), else 'exact'."""
    before, after = text[max(0, start - 30) : start], text[end:]
    if _CHANGE_BEFORE.search(before) or _CHANGE_AFTER.match(text[number_end:]):
        return "change"
    if (_NARROWED_AFTER.match(after) and not _HELD_BEFORE.search(before)) or _BREAKDOWN.match(after):
        return "part"
    if _OTHER_AREA.match(after):
        return "part"  # 'more than 1.2 million people live in its metropolitan area': the wider area's count
    return _worded(before)  # the page's 'nearly 300' bounds its figure as the claim's does (review34 R27)


_ROUNDINGS = frozenset({"about", "under", "over"})  # a rounding either way or from one side ('nearly 300')


def read_against(claimed: float, how: str, have: float, page_how: str) -> Stance | None:
    """The stance of a page figure worded `page_how` on the claim's figure worded `how`: a change or a part
    is another kind of figure (neither); a page's rounding or bound is read as the page words it: the same
    figure worded alike supports, an exact or approximate figure within the page's rounding supports; an
    exact claim that falls outside it is refuted, and so is a rounded or bounded one when the page rounds its
    figure and each figure falls outside the other's wording ('about 9,300 people' against the page's 'about
    4,300'; a page's bound, 'more than 1.2 million people live in the wider region', may count another thing and
    refutes only an exact claim, as before); a claim's change is supported by a page's change of the same figure
    only; else `judged`."""
    if how == "change" and page_how == "change":
        return Stance.SUPPORTS if math.isclose(have, claimed) else None
    if page_how in {"change", "part"}:
        return None
    if page_how != "exact":
        if {how, page_how} == {"under", "over"}:
            return None  # 'nearly 300' against the page's 'just over 300': each a little off 300, on either side
        within = judged(have, claimed, page_how)
        if (how == page_how and math.isclose(have, claimed)) or (
            page_how in _ROUNDINGS and how in {"exact", *_ROUNDINGS} and within == Stance.SUPPORTS
        ):
            return Stance.SUPPORTS
        if within != Stance.CONTRADICTS:
            return None
        rounded_both = page_how in _ROUNDINGS and judged(claimed, have, how) == Stance.CONTRADICTS
        return Stance.CONTRADICTS if how == "exact" or rounded_both else None
    return judged(claimed, have, how)


# the year a change is counted from ('a gain of 14 on 2019', 'up 3% from 2020', 'an increase of 12 compared with
# 2019'): the base of the change, not the time of the sentence's count (review47 R6)
_CHANGE_BASE = re.compile(
    r"\b(?:gain|loss|increase|rise|fall|drop|decline|decrease|swing|change|up|down)\b[^,;.()]{0,25}?"
    r"\b(?:on|from|since|over|compared\s+(?:with|to))\s+(?:the\s+)?(?:[a-z]+\s+)?(?:19|20)\d\d\b",
    re.I,
)


def other_time(sentence: str, claim: Claim, as_of: dt.date | None, title: str = "") -> bool:
    """Whether a page's figure is dated to another time than the claim's: the sentence words an earlier
    time ('at the previous election', 'originally'), or gives a year that is not the claim sentence's
    year (nor, when the claim gives none, the article's year or a 'since' year up to it). A sentence
    giving no year is of its page's `title` year: on '2024 ... election', 'having received over 96 million
    votes' is not the count of 'the 85.6 million votes Widodo received in 2019'."""
    if _OTHER_TIME.search(sentence):
        return True
    years = set(_A_YEAR.findall(_CHANGE_BASE.sub(" ", sentence)))
    if not years:
        titled, stated = set(_A_YEAR.findall(title)), set(_EVENT_YEAR.findall(claim.sentence))
        return bool(titled and stated and not titled & stated)
    claimed = set(_A_YEAR.findall(claim.sentence))
    if claimed:
        return not years & claimed
    if as_of is None:
        return True
    since = {int(y) for y in re.findall(r"\bsince\s+(?:\w+\s+){0,2}?((?:19|20)\d\d)\b", sentence, re.I)}
    return str(as_of.year) not in years and not (since and max(since) <= as_of.year and len(since) == len(years))


def joint_or_part(between: str) -> bool:
    """Whether the words between the subject's name and a page's figure make it someone else's: a joint
    figure ('the Greens and their allies won 130 seats', 'CDU/CSU') or a part's ('the company's research
    division has 900 staff')."""
    return bool(_JOINT.search(between) or _PART.search(between))


# a whole figure, digits or words: the number a part is counted by ('23', 'eight')
_WHOLE_FIGURE = re.compile(rf"\d(?:[\d,.]*\d)?|\b{aliases.NUMBER_WORD_PATTERN}\b", re.I)
# a figure followed by the owned whole it is some of: 'of its members', "of NATO's 32 members", "of the union's"
_PART_OF_AFTER = re.compile(r"\s+of\s+(?:its|their|(?:the\s+)?(?:[A-Z][\w.-]*\s+)*[A-Z][\w.-]*['’]s?)\s")
# a figure followed by its whole and the owner's name: '30 of 32 NATO member states', '12 out of the 32 NATO members'
_OUT_OF_A_NAMED_WHOLE = re.compile(r"\s+(?:out\s+)?of\s+(?P<the>the\s+)?(?P<total>[\d,]+)\s+(?P<name>[A-Z][\w.-]*)\s")


def a_part(claim: Claim) -> bool:
    """Whether the claim's figure counts some of an owned whole it names right after it ('Only 23 of NATO's 32
    members', "Eight of the union's members", 'two of its members'), or a bare figure stands before the owner's
    own name ('Twelve NATO member states backed the plan', 'Ministers from 12 NATO members', 'Leaders of 12 NATO
    member states': `_PLURAL_OF`), without the words a whole's head count comes after ('all 32 NATO members',
    "NATO's 32", `_WHOLE_BEFORE`, the page side's reading too): a part, which the owner's head count neither gives
    nor refutes. 'Labour won 411 of the 650 seats' names no owner: the seats Labour won are its own count."""
    at, figure = claim_start(claim), _WHOLE_FIGURE.search(claim.text)
    if at < 0 or figure is None:
        return False
    if _PART_OF_AFTER.match(claim.sentence, at + figure.end()) is not None:
        return True
    if _named_whole(claim) is not None:
        return True  # 'Leaders of 30 of 32 NATO member states': some of NATO's members, with or without 'the'
    owner = claim.context or ""
    named_after = bool(owner) and claim.sentence.startswith(f" {owner} ", at + figure.end())
    before = claim.sentence[: at + figure.start()]
    return named_after and (_WHOLE_BEFORE.search(before) is None or _PLURAL_OF.search(before) is not None)


def _named_whole(claim: Claim) -> re.Match[str] | None:
    """The whole of the claim's owner the claim's figure is out of, told right after it ('30 of 32 NATO member
    states', '12 out of the 32 NATO members': 32), or None."""
    at, figure = claim_start(claim), _WHOLE_FIGURE.search(claim.text)
    if at < 0 or figure is None:
        return None
    whole = _OUT_OF_A_NAMED_WHOLE.match(claim.sentence, at + figure.end())
    return whole if whole is not None and whole["name"] in {claim.subject, claim.context} else None


def count_findings(claim: Claim, docs: list[Document], as_of: dt.date | None = None) -> list[Finding]:
    """Another number for the same counted thing of the same organisation contradicts, read with the
    claim's wording (a bound, a rounding) and only at the claim's time."""
    if children_claimed(claim) is not None:
        return children_findings(claim, docs, as_of)  # 'two children': the subject's own page counts them
    concept = aliases.counted_concept(claim.unit or "") if claim.unit != "percent" else None
    if not concept or claim.number is None or claim.relation != "count":
        return []  # "the 31st member" or "5%" is not a head count
    part = a_part(claim)  # "only 23 of NATO's 32 members meet the target": some of the members, not how many
    # '30 of 32 NATO member states': the whole told without 'the' is no claim of its own, and is checked here
    named = _named_whole(claim)
    whole = aliases.parse_number(named["total"]) if named is not None and not named["the"] else None
    # the owner as the article opened its sentence ('The Atlantic Fisheries Council') is known by its name alone too
    owners = [claim.context or "", *filter(None, [aliases.without_article(claim.context or "")])]
    org_forms = [f for org in owners for f in aliases.ORGANISATION_ALIASES.get(org, [aliases.fold(org)])]
    how = wording(claim)
    founders, then = _of_the_founding(claim), _of_a_past_year(claim, as_of)
    out = []
    for doc in docs:
        about_org = aliases.fold(doc.title) in org_forms or any(f in aliases.fold(doc.title) for f in org_forms)
        for unit in units(doc):
            if unit.field is not None:
                continue
            mentions_org = about_org or any(
                re.search(rf"\b{re.escape(f)}\b", aliases.fold(unit.text)) for f in org_forms
            )
            if not mentions_org:
                continue
            if other_time(unit.text, claim, as_of, doc.title):
                continue  # 'by 2004 it had 26 member states': another time's count
            if _told_of_now(unit.text, founders, then):
                continue  # 'founded in 1994 by 12 states', 'had 12 members in 1994': not 'It has 38 member states'
            for count in counts_in(unit.text):
                if count.concept != concept or _another_bodys(count.owner, org_forms, doc.title):
                    continue  # 'The Nordic Parliament has 240 members' on the union's page: the parliament's members
                stance = read_against(claim.number, how, count.number, count.how)
                if (
                    whole is not None
                    and count.whole
                    and read_against(whole, "exact", count.number, count.how) == (Stance.CONTRADICTS)
                ):
                    out.append(
                        Finding(unit, Stance.CONTRADICTS, 90.0, Aspect.MAIN, f"gives another whole, {count.phrase}")
                    )
                    continue
                if part and not (count.whole and claim.number > count.number):
                    continue  # some of the members: only more than the whole has is refuted ('Forty NATO members')
                if stance == Stance.SUPPORTS:
                    out.append(Finding(unit, Stance.SUPPORTS, 100.0, Aspect.MAIN, f"counts {count.phrase}"))
                elif stance == Stance.CONTRADICTS and count.whole:
                    out.append(
                        Finding(unit, Stance.CONTRADICTS, 90.0, Aspect.MAIN, f"gives a different count, {count.phrase}")
                    )
    return out


_FOUNDING = re.compile(rf"\b(?:{_phrases(_Q['founding'])})\b", re.I)


def _figures_clause(claim: Claim) -> str:
    """The claim's figure with the words of its own clause around it: from the last comma or semicolon before the
    claim's words to the next one after them ('was founded in 1994 by 12 states'; not the '..., founded in 1994,' of
    'The NTO, founded in 1994, has 38 member states')."""
    before, after = before_claim(claim), after_claim(claim) or ""
    return f"{re.split(r'[,;]', before)[-1]}{claim.text}{re.split(r'[,;.]', after)[0]}"


_PRESENT_COUNT = re.compile(rf"\b(?:{_phrases(_Q['present_counts'])})\b", re.I)


def _told_of_now(sentence: str, founders: bool, then: bool) -> bool:
    """Whether a page sentence's figure is the present one while the claim's is its founders' or a past year's: the
    sentence names no founding, or it gives no year and tells the count as now ('It has 38 member states')."""
    now = not _A_YEAR.search(sentence) and _PRESENT_COUNT.search(sentence) is not None
    return (founders and not _FOUNDING.search(sentence)) or (then and now)


def _of_the_founding(claim: Claim) -> bool:
    """Whether the claimed head count is the body's founders ('founded in 1994 by 12 states', 'its 12 founding
    members'): the count it had then, not the one a page gives it now."""
    return _FOUNDING.search(_figures_clause(claim)) is not None


def _of_a_past_year(claim: Claim, as_of: dt.date | None) -> bool:
    """Whether the claimed head count's own clause dates it to years long before the article's ('had 12 members in
    1994'), unless a 'since' runs it up to the article's day ('has had 32 members since 2020')."""
    clause = _figures_clause(claim)
    years = [int(y) for y in _A_YEAR.findall(clause)]
    return years_long_past(years, as_of) and not _SINCE.search(clause)


_SINCE = re.compile(r"\bsince\b", re.I)


def _another_bodys(owner: str, org_forms: list[str], title: str) -> bool:
    """Whether the name a page's whole count is told of ('The Nordic Parliament has 240 members') is another body than
    the claim's owner and the page's subject ('Nordic Union'): a word of it is neither theirs nor a pronoun ('It has'),
    and it is not their initials ('NATO', 'EU')."""
    words = [w for w in aliases.fold(owner).split() if w not in _NO_NAME]
    if not words or owner.replace(".", "") in {aliases.initials(title), *map(str.upper, org_forms)}:
        return False
    known = {w for name in [title, *org_forms] for w in aliases.fold(name).split()}
    return any(w not in known for w in words)


_ANY = r"(?:{})"
_OFFSPRING = _ANY.format("|".join(_Q["offspring"]))


def _count_word(name: str) -> str:
    return rf"(?P<{name}>\d{{1,2}}|{aliases.NUMBER_WORD_PATTERN})"


# 'a father of two' (then nothing, or 'children': 'a mother of two sons' counts sons only), 'has three children'
_PARENT_OF = rf"\b{_ANY.format('|'.join(_Q['parents']))}\s+of\s+{_count_word('n')}(?:\s+{_OFFSPRING}\b|(?![\w-]|\s+\w))"
_HAS_CHILDREN = rf"\b{_ANY.format('|'.join(_Q['having']))}\s+(?:also\s+)?{_count_word('k')}\s+{_OFFSPRING}\b"
_CHILDREN_SAID = re.compile(rf"{_PARENT_OF}|{_HAS_CHILDREN}", re.I)
_PARENT_LINKS = re.compile(rf"\b{_ANY.format('|'.join(_Q['parent_links']))}\b")  # 'and is the father of four'


def children_claimed(claim: Claim) -> tuple[int, bool] | None:
    """How many children the claim gives its subject ('Lee, a father of two', 'who has two children'), and
    whether that count is the claim's own fact (not a description beside another fact, 'Bullock, a mother of
    two, has worked at the bank'). A count read on its own ('two children') is one when its sentence words it
    as the subject's having them."""
    m = _CHILDREN_SAID.search(claim.text)
    if m is None and claim.kind == "quantity" and claim.text in claim.sentence:
        at = claim_start(claim, empty_at_start=True)
        m = next((x for x in _CHILDREN_SAID.finditer(claim.sentence) if x.start() <= at < x.end()), None)
        own = m is not None
    else:
        # the count is the clause's own fact when nothing but the subject's name stands before its words
        # (or a copula: 'and is the father of four')
        before = re.sub(r"^[^,]*,", "", claim.text[: m.start()]) if m is not None else ""
        own = m is not None and not re.search(r"[a-z]{3,}", _PARENT_LINKS.sub(" ", before))
        own = own and not re.search(r",\s*\w", claim.text[m.end() :]) if m is not None else False
    if m is None:
        return None
    n = aliases.parse_number(m["n"] or m["k"])
    return (int(n), own) if n is not None else None


_PRONOUN = re.compile(r"\b(?:she|her|he|him|his)\b", re.I)
# a children row's count followed by the names of some of them ('4; including Sharaf'): the count is the whole
_NAMING_SOME = rf"[;,(]\s*(?:{'|'.join(map(re.escape, _Q['children_row_naming']))})\b"
_COUNTS_ON = re.compile(
    rf"^[^.;]*?\band\s+(?:also\s+)?{_count_word('more')}\s+(?:{_OFFSPRING}\b|(?:{'|'.join(_Q['children_count_on'])})\b)",
    re.I,
)


def _parent_pronoun(claim: Claim, doc: Document) -> str | None:
    """The pronoun ('she' or 'he') of the person whose children the claim counts: the claim's parent word
    ('a mother of two'), else the page's first personal pronoun (a page speaks of its subject first)."""
    for word, pronoun in _Q["parent_pronouns"].items():
        if re.search(rf"\b{word}\b", claim.text, re.I):
            return pronoun
    first = _PRONOUN.search(doc.text)
    return None if first is None else ("she" if first.group(0).lower() in {"she", "her"} else "he")


_PART_AFTER = re.compile(rf"\s*(?:{'|'.join(map(re.escape, _Q['children_part_after']))})\b", re.I)
# 'from two marriages', 'by both wives', 'with several partners': the sources are all of them, the count the whole
_ALL_SOURCES = re.compile(
    rf"\s+(?:(?:his|her|their)\s+)?(?:{'|'.join(map(re.escape, _Q['children_all_sources']))}|{_count_word('s')})\b"
    r"(?!\s+of\b)"
    rf"(?!\s+(?:{'|'.join(map(re.escape, _Q['children_earlier_sources']))})\b)",  # 'from two previous marriages'
    re.I,
)


def _all_sources(rest: str) -> bool:
    """Whether the words `rest` after a part's mark ('from', 'by', 'with') name several sources of the children, so
    the count is all of them ('from two marriages', 'from both marriages', not 'from his first marriage', 'with
    two of his wives' nor 'from two previous marriages', which leave the present one's: review51 R2)."""
    m = _ALL_SOURCES.match(rest)
    return m is not None and (m["s"] is None or (aliases.parse_number(m["s"]) or 0) > 1)


def _a_part_claimed(claim: Claim, want: int) -> bool:
    """Whether the claim counts some of the subject's children, not all: a couple's ('they have two children', 'Ivo
    Stam and Ana Ruiz have two children') or a count told with whom or whence ('two children together', 'with Ana
    Ruiz', 'from his first marriage'), unless the mark names several sources, all of them ('from two marriages':
    `_all_sources`). A page's whole count greater than such a part is no conflict."""
    for m in _CHILDREN_SAID.finditer(claim.sentence):
        if aliases.parse_number(m["n"] or m["k"]) != want:
            continue
        before = re.split(r"[,;:]", claim.sentence[: m.start()])[-1]
        couple = re.search(r"\bthey\b", before, re.I) or re.search(r"\b[A-Z][\w'’-]*\s+and\s+[A-Z]", before)
        mark = _PART_AFTER.match(claim.sentence[m.end() :])
        if couple or (mark and not _all_sources(claim.sentence[m.end() + mark.end() :])):
            return True
    return False


def children_findings(claim: Claim, docs: list[Document], as_of: dt.date | None = None) -> list[Finding]:
    """'a father of two': the subject's page gives the count in its children row (a bare number, not a
    list of names) or in a sentence of the subject having them ('She has two children.'). The same count
    supports; another contradicts, quoting it, unless the page counts more and was saved after the article (a child
    born since) or the claim counts only some of them (`_a_part_claimed`). The caller judges a count so only when it
    is the claim's own fact (`children_claimed`)."""
    said = children_claimed(claim)
    if said is None:
        return []
    want = said[0]
    part = _a_part_claimed(claim, want)
    surname = claim.subject.split()[-1] if claim.subject.split() else ""
    out = []
    for doc in pages_about(claim.subject, docs):
        # the subject's own pronoun only: 'He has two children' after 'she married Tom Berg' is his count
        pronoun = _parent_pronoun(claim, doc)
        pronouns = [pronoun] if pronoun else ["he", "she"]
        # the subject named in full too ('François Bayrou has six children'), not only by surname or pronoun
        names = [re.escape(claim.subject), re.escape(surname)] if surname else []
        who = "|".join([*pronouns, "they", *names])
        later = as_of is not None and doc.revision_timestamp is not None and doc.revision_timestamp.date() > as_of
        stated: list[tuple[Unit, int]] = []
        for row in doc.infobox:
            bare = re.fullmatch(rf"\s*{_count_word('n')}\s*(?:{_NAMING_SOME}.*)?", row.value, re.I | re.S)
            if re.sub(r"\d+$", "", row.label.lower()) in _Q["offspring"] and bare is not None:
                stated.append((Unit(doc, field_text(doc, row), row), int(aliases.parse_number(bare["n"]) or -1)))
        for unit in units(doc):
            m = _CHILDREN_SAID.search(unit.text) if unit.field is None else None
            if m is not None and re.match(rf"\s*(?:{who})\b(?:\s+\w+){{0,2}}?\s*$", unit.text[: m.start()], re.I):
                if _COUNTS_ON.search(unit.text[m.end() :]):
                    continue  # 'two children with her first husband and three with her second': a part
                stated.append((unit, int(aliases.parse_number(m["n"] or m["k"]) or -1)))
        for unit, have in stated:
            if have == want:
                out.append(Finding(unit, Stance.SUPPORTS, 95.0, Aspect.MAIN, f"gives {have} children"))
            elif not ((later or part) and have > want):
                out.append(Finding(unit, Stance.CONTRADICTS, 90.0, Aspect.MAIN, f"gives {have} children, not {want}"))
    return out


# a number with its scale word: "30.1 million votes" is thirty million, never 30.1 and a word before 'votes'
_SCALE = rf"(?:\s+(?:{'|'.join(map(re.escape, aliases.SCALES))})\b)?"
# digits in thousands' groups or none: a comma after a year ('on 21 February 2030, killing nine') ends it
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)"
# a figure or number word standing as a word of its own: no 'ten' inside 'written', 'often' or 'gotten' (review46 R10)
_NUMBER = rf"(?P<num>(?<![A-Za-z])(?:{_DIGITS}(?:\.\d+)?|{aliases.NUMBER_WORD_PATTERN}){_SCALE})"
# "... seats ... with 80": the whole figure after 'with', never the whole part of a share ('with 36.2% of the vote'
# counts votes, not 36 seats)
_WITH_COUNT = rf"(?:\s+[\w'’-]+){{0,5}}?\s+with\s+{_NUMBER}\b(?![.,]\d|\s*%|\s+per)"
_COUNTED = lexicons.load("counted")  # verify/lexicons/counted.toml
_PARTS = rf"(?:{'|'.join(map(re.escape, [*_COUNTED['hyphenated'], *_COUNTED['hyphenated_parts']]))})"
_HYPHENATED_PARTS = rf"(?:{'|'.join(map(re.escape, _COUNTED['hyphenated_parts']))})"
# "411 of the 650 seats", "won 61 of 150 seats", "61 out of 150": the figure after is the whole, not the count
_TOTAL = re.compile(rf"(?:\bof (?:the|all)\s+|(?:\d|\b{aliases.NUMBER_WORD_PATTERN})\s+(?:out\s+)?of\s+)$", re.I)
_OUT_OF = r"\s+(?:out\s+)?of\s+(?:(?:the|all)\s+)?[\d,]+\s+(?:[A-Za-z-]+\s+){0,2}?"  # "411 of the 650 seats"
# a part told with its whole: '61 of 150 seats', '61 out of the 150 seats' (the whole, 150)
_PART_OF_WHOLE = re.compile(rf"^\s*{_NUMBER}\s+(?:out\s+)?of\s+(?:(?:the|all|its|their)\s+)?(?P<total>{_DIGITS})\s")
# a whole a page gives some of anywhere, for `_whole_given`: 'won 52 of the 150 seats in parliament', an election's
# 'All 650 seats in the House of Commons', 'the 650-seat House of Commons' (650)
_A_WHOLE = (
    r"(?:\b(?:out\s+)?of\s+(?:(?:the|all|its|their)\s+)?|\ball\s+|\bthe\s+)"
    r"(?P<total>{digits})(?:\s+(?:[A-Za-z-]+\s+){{0,2}}?|-){stem}"
)


def number_findings(claim: Claim, docs: list[Document], as_of: dt.date | None = None) -> list[Finding]:
    """A count of a named thing ('Labour won 411 of the 650 seats', 'she won three medals'), read
    where the page ties the same subject to the same counted noun: an infobox group (party1 =
    Labour, seats1 = 411), or the best-ranked passages (BM25 over the claim's sentence). The same
    number supports; another number for that subject and noun contradicts, quoting it."""
    noun = (claim.unit or "").lower()
    if claim.number is None or not noun or noun == "percent" or _is_total(claim):
        return []
    if wrong_total := total_findings(claim, docs, as_of):
        return wrong_total  # 'won 208 of the 598 seats in the Bundestag' of a chamber of 630: the whole is wrong
    entities = _entities(claim)
    # 'The ticket received more than 96 million votes': a count whose clause names no side before it is
    # the claim's subject's, read only in the infobox group naming the subject, and only to support a
    # figure the row rounds to (a name after the count, 'a record in Indonesia', is no side)
    own = _capitalised(claim.effective_subject)
    subject = own if not _named_before(claim) else Sides()
    if not entities and not subject:
        return []
    margin = _a_margin(claim)
    holders = _holders_named(claim, entities) if entities else entities
    founders, then = _of_the_founding(claim), _of_a_past_year(claim, as_of)
    out: list[Finding] = []
    for doc in docs:
        if not margin:  # a seats row counts the seats won, never a majority
            # (the rows of another year's vote or of another kind of vote are that vote's; its sentences may
            # still give the claim's figure, each read at its own time)
            out += [] if another_event(claim, doc, as_of) else _row_findings(claim, doc, noun, subject, entities, own)
        if not entities:
            continue
        ranked = rank(claim.sentence, passages(doc.text))[:5]
        for _, passage in ranked:
            for sentence in passage.sentences():
                if other_time(sentence, claim, as_of, doc.title):  # 'in the 2019 election they won 40 seats'
                    continue
                if not _told_of_now(sentence, founders, then):  # 'It has 38 member states' for its 12 founders
                    out += _sentence_findings(claim, doc, sentence, noun, holders, as_of)
    # 'only 23 of NATO's 32 members': the page's other figure for NATO is its whole, no refutation; so for 'they have
    # two children', a part of the children a row counts (review50 R4)
    said = children_claimed(claim)
    if a_part(claim) or (said is not None and _a_part_claimed(claim, said[0])):
        out = [f for f in out if f.stance != Stance.CONTRADICTS]
    return _of_the_round(claim, out)


_ROUNDS = dict(_Q["rounds"])
_ROUND = re.compile(rf"\b(?:{'|'.join(map(re.escape, sorted(_ROUNDS, key=len, reverse=True)))})\b", re.I)


def _rounds(text: str) -> set[str]:
    """The rounds of a vote a text names ('in the first round' -> first; 'the runoff' -> second)."""
    return {_ROUNDS[m.group(0).lower()] for m in _ROUND.finditer(text)}


def _figures_of_rounds(doc: Document) -> dict[float, set[str]]:
    """Each figure the page's sentences give, with the rounds those sentences name."""
    out: dict[float, set[str]] = {}
    for sentence in split_sentences(doc.text):
        named = _rounds(sentence.text)
        for figure in re.findall(r"\d[\d,]*", sentence.text) if named else []:
            number = aliases.parse_number(figure)
            if number is not None:
                out.setdefault(number, set()).update(named)
    return out


def _of_the_round(claim: Claim, found: list[Finding]) -> list[Finding]:
    """A count the article gives to one round ('took 12,480,311 votes in the first round') is supported only by
    that round's figure: a sentence naming other rounds alone is another count, and an infobox row whose figure
    the page's text gives to other rounds alone is theirs (an election's rows give its decisive round)."""
    claimed = _rounds(claim.sentence)
    if not claimed:
        return found
    out = []
    for f in found:
        if f.unit.field is None:
            named = _rounds(f.unit.text)
        else:
            figure = aliases.parse_number(f.unit.field.value.split()[0]) if f.unit.field.value.split() else None
            named = _figures_of_rounds(f.unit.doc).get(figure, set()) if figure is not None else set()
        if f.stance == Stance.SUPPORTS and named and not named & claimed:
            continue  # 'won the runoff with 12,480,311 votes' is no first-round count
        out.append(f)
    return out


# a kind of vote: its word before the vote's noun ('the regional election', 'the local elections'), or a
# word that names one alone ('a by-election', 'the primaries')
_EVENT_KINDS = re.compile(
    rf"\b(?:{_phrases(_Q['event_kinds'])})\b(?=(?:\s+[\w-]+){{0,2}}?\s+(?:elections?|votes?|polls?|races?|ballots?)\b)"
    r"|\bby-elections?\b|\bprimar(?:y|ies)\b",
    re.I,
)


# a year that dates the sentence's own event: not one it measures against ('the highest share since 1979')
_EVENT_YEAR = re.compile(r"(?<!since )(?<!before )(?<!after )(?<!until )(?<!than )\b(?:19|20)\d\d\b", re.I)


def another_event(claim: Claim, doc: Document, as_of: dt.date | None) -> bool:
    """Whether a page's rows are about another event than the claim's figure: its title gives years, none
    of them the claim sentence's; or the sentence names a kind of vote ('the regional election') the title
    does not."""
    title_years, stated = set(_A_YEAR.findall(doc.title)), set(_EVENT_YEAR.findall(claim.sentence))
    if title_years and stated and not stated & title_years:
        return True  # (a sentence naming no year leaves the page's year to retrieval, which reads the article)
    kinds = {m.group(0).lower() for m in _EVENT_KINDS.finditer(claim.sentence)}
    return any(not re.search(rf"\b{re.escape(kind)}\b", doc.title, re.I) for kind in kinds)


def _row_findings(claim: Claim, doc: Document, noun: str, subject: Sides, entities: Sides, own: Sides) -> list[Finding]:
    """`number_findings` read off the infobox groups: the subject's, else the named sides'."""
    out = _group_findings(claim, doc, noun, subject, near=True) if subject else []
    out += _group_findings(claim, doc, noun, entities) if entities and not subject else []
    if own and not subject and entities:
        # 'Alder, of the Harbour Party, took 12 million votes': the sides named are the subject's own
        out += _group_findings(claim, doc, noun, own, near=True, beside=entities)
    return out


def _named_before(claim: Claim) -> bool:
    """Whether a clause before the count names a side ('The National Party won 48 seats')."""
    before = before_claim(claim)
    return any(_capitalised(clause) for clause in (_CLAUSE_BREAK.split(before) if before else []))


_BODY = r"(?:the\s+)?(?P<body>[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*)*)"


def total_findings(claim: Claim, docs: list[Document], as_of: dt.date | None = None) -> list[Finding]:
    """'took 208 of the 598 seats in the Bundestag': the whole the count is out of, against a row giving every
    seat of that body ('All 630 seats in the Bundestag'). Another total contradicts, quoting the row; the same
    total leaves the count to be read (`number_findings`). Only when every such row of the pages read gives one
    total: a body that changed size between elections has rows of two. Only the rows of the claim's own
    election count: the size a body had at another year's vote is no evidence of its size at this one."""
    noun = (claim.unit or "").lower()
    at = claim_start(claim, empty_at_start=True)
    said = re.compile(rf"\bof\s+the\s+(?P<total>{_DIGITS})\s+{re.escape(noun)}\s+(?:in|of)\s+{_BODY}")
    m = said.search(claim.sentence, at) if at >= 0 and noun else None
    if m is None or m.start() > at + len(claim.text):
        return []
    body = aliases.fold(m["body"])
    row_shape = re.compile(rf"^\s*(?:all\s+)?(?P<total>{_DIGITS})\s+{re.escape(noun)}\s+(?:in|of)\s+{_BODY}\s*$", re.I)
    rows = []
    for doc in docs:
        if another_event(claim, doc, as_of) or _of_another_year(claim, doc, as_of):
            continue
        for field in doc.infobox:
            r = row_shape.match(field.value)
            if r is not None and aliases.fold(r["body"]) == body:
                rows.append((doc, field, int(r["total"].replace(",", ""))))
    totals = {total for _, _, total in rows}
    claimed = int(m["total"].replace(",", ""))
    if len(totals) != 1 or claimed in totals:
        return []
    doc, field, total = rows[0]
    detail = f"gives {total} {noun} in the {m['body']}, not {claimed}"
    return [Finding(Unit(doc, field_text(doc, field), field), Stance.CONTRADICTS, 90.0, Aspect.MAIN, detail)]


def _of_another_year(claim: Claim, doc: Document, as_of: dt.date | None) -> bool:
    """Whether a page's title dates it to a year the claim cannot be of: the sentence names no year and the
    title names neither the article's year nor the year before (an election reported early the next year);
    a page whose title names no year is left to retrieval. `another_event` reads the sentence's own years."""
    title_years = {int(y) for y in _A_YEAR.findall(doc.title)}
    if not title_years or _EVENT_YEAR.search(claim.sentence):
        return False
    return as_of is None or not title_years & {as_of.year, as_of.year - 1}


# a hyphenated count of a thing's own parts written before its noun: 'the 150-seat parliament', 'a three-judge panel'
_SIZE_OF_A_WHOLE = re.compile(rf"^{_NUMBER}-{_HYPHENATED_PARTS}$", re.I)
_WHOLES = frozenset(_COUNTED["wholes"])  # 'parliament', 'chamber', 'panel': the bodies such a count sizes


def _is_total(claim: Claim) -> bool:
    """The whole a count is out of ('411 of the 650 seats': 650), or the size of the body a hyphenated count of its
    parts describes ('won 52 seats in the 150-seat parliament': the parliament's 150): no count of the subject's."""
    before = before_claim(claim)
    if before and _TOTAL.search(before):
        return True
    after = (after_claim(claim) or "").split()
    return bool(_SIZE_OF_A_WHOLE.match(claim.text)) and bool(after) and after[0].lower().strip(".,;") in _WHOLES


def _entities(claim: Claim) -> Sides:
    """Who or what the count is about: the capitalised words of the clause the count closes ('The
    National Party won 48 seats and the Greens 11': 48 is the National Party's, never the Greens'), else
    of the sentence outside the claim."""
    before = before_claim(claim)
    for clause in reversed(_CLAUSE_BREAK.split(before) if before else []):
        if sides := _capitalised(clause):
            return sides
    return _capitalised(claim.sentence.replace(claim.text, " "))


def _holders_named(claim: Claim, entities: Sides) -> Sides:
    """Of the names of the clause a count closes (`_entities`), those left when the words describing or compared with
    the figure's holder are set aside (`measured.beside_the_holder`: 'Korvik Bank, which bought Norby Steelworks in
    2020, employs about 4,200 people' names Korvik Bank as the holder, not the steelworks): the sides a page sentence
    must name before its count (review36 R18)."""
    if (at := claim_start(claim)) < 0:
        return entities
    figures = [t for t in numbers_at(claim.sentence, at, at + len(claim.text)) if not _A_YEAR.fullmatch(t.text)]
    spans = beside_the_holder(figures[0]) if figures else []
    if not spans:
        return entities
    sentence = claim.sentence
    for start, end in spans:
        sentence = sentence[:start] + " " * (end - start) + sentence[end:]
    return _entities(claim.model_copy(update={"sentence": sentence}))


_CLAUSE_BREAK = re.compile(r";|\band\b|\bwhile\b|\bwhereas\b|\bbut\b")
_NOT_NAMES = frozenset({"the", "this", "that", "his", "her", "their", "its"})


class Sides(frozenset):
    """The stems of a clause's capitalised words, and its names one by one (`runs`: 'Scottish National
    Party', 'House of Commons'), so that a page must name one of them, not only share a word with it."""

    runs: tuple[frozenset[str], ...] = ()


def _capitalised(text: str) -> Sides:
    runs = []
    for run in re.finditer(r"\b[A-Z][a-z]{2,}(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][a-z]{2,})*", text):
        stems = frozenset(
            w[:5] for w in re.findall(r"[A-Z][a-z]{2,}", run.group(0).replace("of ", "")) if w.lower() not in _NOT_NAMES
        )
        stems = frozenset(w.lower() for w in stems)
        if stems:
            runs.append(stems)
    sides = Sides(frozenset().union(*runs))
    sides.runs = tuple(runs)
    return sides


def _a_margin(claim: Claim) -> bool:
    """'a majority of 80 seats', 'a lead of 12 seats': the count is a margin, not the seats won, and no
    seats row or count of seats won refutes it."""
    at = claim_start(claim)
    before = aliases.fold(claim.sentence[max(at - 30, 0) : at]) if at > 0 else ""
    return bool(_MARGIN.search(aliases.fold(claim.text)) or _MARGIN_BEFORE.search(before))


def _page_margin(sentence: str, m: re.Match[str]) -> bool:
    """A page's count that is a margin: margin words just before it or right after it."""
    before, after = (
        aliases.fold(sentence[max(m.start() - 30, 0) : m.start()]),
        aliases.fold(sentence[m.end() : m.end() + 12]),
    )
    return bool(
        _MARGIN_BEFORE.search(before) or _MARGIN.search(m.group(0)) or re.match(rf"\s*(?:{_MARGIN_WORDS})\b", after)
    )


_MARGIN_WORDS = "|".join(lexicons.load("judging")["quantity"]["margins"])
_MARGIN = re.compile(rf"\b(?:{_MARGIN_WORDS})\b")
_MARGIN_BEFORE = re.compile(rf"\b(?:{_MARGIN_WORDS})\s+of\s*$")


def _mentions(text: str, entities: set[str]) -> bool:
    return any(w[:5] in entities for w in aliases.fold(text).split())


def _stems(text: str) -> set[str]:
    """The five-letter stems of a text's words, folded: what a clause's names are compared by."""
    return {w[:5] for w in re.findall(r"\w+", aliases.fold(text))}


def _names_most(text: str, entities: set[str]) -> bool:
    """The text names the side itself, not only a word it shares with another ('Party' of 'the National
    Party' in 'the Labour Party won 80 seats'): at least half of the words of one of the clause's names, not
    counting the words of a name the text writes that is another's (`_another_name`)."""
    said = {w[:5] for w in re.findall(r"\w+", aliases.fold(text))}
    runs = getattr(entities, "runs", ()) or (frozenset(entities),)
    written = _capitalised(text).runs
    return any(2 * len(_said_of(said, written, run) & run) >= len(run) for run in runs)


def _said_of(said: set[str], written: tuple[frozenset[str], ...], run: frozenset[str]) -> set[str]:
    """The words `said` less those only a name written that is another's than `run` gives (`_another_name`): 'Korvik'
    of 'Korvik Bank' does not name 'Korvik Steel', nor 'Party' of 'the Labour Party' the Norby Party (review38 R1)."""
    others = [name for name in written if _another_name(name, run)]
    own = frozenset().union(*(name for name in written if not _another_name(name, run)))
    return said - (frozenset().union(*others) - own)


def _another_name(name: frozenset[str], run: frozenset[str]) -> bool:
    """Whether a name a text writes shares words with a clause's name but is neither within it nor it with more words
    ('Korvik Bank' against 'Korvik Steel'; not 'Labour' against 'Labour Party', nor 'Korvik Bank Group' against
    'Korvik Bank'): a namesake, another body."""
    return bool(name & run) and not (name <= run or run <= name)


def _group_findings(
    claim: Claim, doc: Document, noun: str, entities: Sides, near: bool = False, beside: Sides | None = None
) -> list[Finding]:
    """The count rows of the infobox groups naming the side ('party1 = Labour', 'seats1 = 411'). `near`
    (the side is the claim's subject): a row named by its last word counts too ('popular_vote1' for
    votes), but only a row the claim's figure rounds to may speak, and only to support it. `beside`: the
    names the count's clause gives, each of which the group must name too (the subject's party may be
    named with her; a rival never is)."""
    out = []
    for number, group in numbered_groups(doc.infobox).items():
        if not number and not _names_side(doc.title, entities):
            continue  # a page's own rows count its own subject's: Bayrou's 'Children: 5' beside 'Predecessor: Barnier'
        counted = [f for key, f in group.items() if _counts_noun(key, noun, by_last_word=near, sentence=claim.sentence)]
        sides = [f for key, f in group.items() if f not in counted and not _MEDIA.search(f"{key} {f.value}")]
        # the page's own rows are its subject's ('num_employees' on the company's page) without a row naming it
        own_rows = near and not number
        if not counted or not (own_rows or any(_names_side(f.value, entities) for f in sides)):
            continue
        named = [doc.title] if own_rows else [f.value for f in sides]  # the page's own rows: named by its title
        if beside is not None and not all(any(run <= _stems(v) for v in named) for run in beside.runs):
            continue  # 'Alder's rival Brand took ...': a name the subject's group does not give
        for field in counted:
            have = aliases.parse_number(field.value.split()[0]) if field.value.split() else None
            if have is None or _a_row_of_another_year(field.value, claim.sentence):
                continue
            unit = Unit(doc, field_text(doc, field), field)
            stance = judged(claim.number, have, wording(claim))
            rounds_to = judged(claim.number, have, "about") == stance
            if stance is None or (near and (stance != Stance.SUPPORTS or not rounds_to)):
                continue
            detail = f"gives {field.value} {noun} for the same side"
            out.append(Finding(unit, stance, 95.0 if stance == Stance.SUPPORTS else 90.0, Aspect.MAIN, detail))
    return out


_ROW_YEAR = re.compile(r"\((?:c\.\s*|as of\s+)?(?P<year>(?:19|20)\d\d)\)")  # 'num_employees: 170,688 (2023)'


def _a_row_of_another_year(value: str, sentence: str) -> bool:
    """Whether an infobox row dated by a year in brackets ('4,200 (2023)') counts another year than every one the
    claim's sentence gives ('employed about 4,200 people in 2015'): a head count of one year is no other year's.
    A sentence giving no year is of the article's day, which a row of the page's latest count speaks for."""
    dated = _ROW_YEAR.search(value)
    years = set(re.findall(r"\b(?:19|20)\d\d\b", sentence))
    return dated is not None and bool(years) and dated["year"] not in years


# a group's picture and its caption name no side ("image1 = X, candidate for Y's president.jpg")
_MEDIA = re.compile(r"^(?:image|caption|alt|colou?r)\b|\.(?:jpe?g|png|svg|gif|tiff?)$", re.I)


def _counts_noun(label: str, noun: str, by_last_word: bool = False, sentence: str = "") -> bool:
    """Whether an infobox row counts the noun: 'seats' for 'seats'; `by_last_word`, also 'popular_vote'
    for 'votes' (read so only for the claim's own subject: a sentence's place may name another group), and a row
    the lexicon gives other nouns ('num_employees' counts 'staff', and 'people' where the claim's `sentence`
    employs them: counted.toml `row_counts`)."""
    last = re.split(r"[_\s]+", label)[-1] if by_last_word else label
    if noun.rstrip("s") in {label.rstrip("s"), last.rstrip("s")}:
        return True
    also = _ROW_COUNTS.get(last.lower()) if by_last_word else None
    if also is None:
        return False
    verbs = also.get("verbs", [])
    by_verb = noun in also.get("by_verb", []) and re.search(rf"\b(?:{'|'.join(verbs)})\w*\b", sentence, re.I)
    return noun.rstrip("s") in {n.rstrip("s") for n in also.get("nouns", [])} or bool(by_verb)


_ROW_COUNTS: dict[str, dict[str, list[str]]] = lexicons.load("counted")["row_counts"]


def _names_side(value: str, entities: set[str]) -> bool:
    """An infobox group's row names the claim's side itself, not an alliance it is one member of
    ('Progressive Alliance (Greens, Reds)', 'CDU/CSU' for the CDU): the name outside brackets, unjoined."""
    name = re.sub(r"\([^)]*\)", " ", value)
    return _mentions(name, entities) and _names_most(name, entities) and not joint_or_part(name)


def _head_noun(noun: str) -> str:
    """What a counted phrase counts: its last word before any preposition ('races' of 'presidential races',
    'states' of 'member states'); a word modifying it ('presidential') counts nothing."""
    words = re.split(r"\s+(?:of|in|for|to|from|at|on|by|with)\s+", noun.strip(), maxsplit=1)[0].split()
    return words[-1] if words else noun


# a bare year naming an event ('the 2024 presidential election', 'in 2024 races'), or ending a date ('on 6 March 2023
# with a magnitude of 6.8', 'March 6, 2023'), never a count of it
_AN_EVENT_YEAR = re.compile(
    rf"(?:\b(?:the|its|his|her|their|this|that|in|of)|\b(?:{'|'.join(aliases.MONTHS)})\.?(?:\s+\d{{1,2}},)?)\s+$", re.I
)


def _a_year(sentence: str, m: re.Match[str]) -> bool:
    """A page's 'count' that is a year naming an event or a date's: a four-digit 18xx-20xx written bare, after a
    determiner or 'in' ('in the 2024 presidential election'), or after a month ('on 6 March 2023 with a magnitude')."""
    return bool(re.fullmatch(r"(?:18|19|20)\d\d", m["num"])) and bool(_AN_EVENT_YEAR.search(sentence[: m.start()]))


def _of_another_time(sentence: str, at: int, claim: Claim, as_of: dt.date | None, title: str) -> bool:
    """Whether the page's figure at `at`, read at its own time (`figure_pairs.of_its_own_time`), is of another time
    than the claim's: 'In the 2023 election it won 61 seats, up from 52 in 2019' gives 61 seats to 2023, no count to
    set against a claim of 2019 (review39 R7, review38 R6's twin); an earlier figure whose time the page does not give
    is of none."""
    own = of_its_own_time(sentence, at)
    return own is None or other_time(own, claim, as_of, title)


def _sentence_findings(
    claim: Claim, doc: Document, sentence: str, noun: str, entities: Sides, as_of: dt.date | None
) -> list[Finding]:
    stem = re.escape(_head_noun(noun).rstrip("s")[:5])
    # "411 seats", and the number a hyphened count of parts carries before the noun it modifies ("a 174-seat
    # majority" counts a majority, never 174 seats; "a two-thirds majority", "a 12-point lead" count no seats)
    currency = _currency_of(noun)
    if currency is not None:  # a sum: '$240 million', 'US$240m', '240 million dollars', never a count of 'usd'
        found = _sums_in(sentence, currency, claim.text)
    else:
        found = [
            (m, aliases.parse_number(m["num"]))
            for m in re.finditer(
                rf"{_NUMBER}(?:\s+|-{_PARTS}\s+)(?P<between>(?:[A-Za-z-]+\s+){{0,2}}?){stem}\w*\b", sentence, re.I
            )
        ]
        # the count given after the noun: "took the most seats in the election with 80"
        with_count = re.finditer(rf"\b{stem}\w*\b{_WITH_COUNT}", sentence, re.I)
        found += [(m, aliases.parse_number(m["num"])) for m in with_count]
        # the count given out of its whole: "won 48 of the 141 seats" (the whole is `total_findings`'s to read)
        out_of = re.finditer(rf"{_NUMBER}{_OUT_OF}{stem}\w*\b", sentence, re.I)
        found += [(m, aliases.parse_number(m["num"])) for m in out_of]
    found = [(m, n) for m, n in found if n is not None and not _TOTAL.search(sentence[: m.start()])]
    found = [(m, n) for m, n in found if not _a_year(sentence, m)]
    if other_parts(sentence):  # 'won 61 seats, up from 52 in 2019': each figure of the pair at its own time
        # (read where its figure stands: 'seats ... with 61' begins at the noun, in the first year's words)
        found = [(m, n) for m, n in found if not _of_another_time(sentence, m.start("num"), claim, as_of, doc.title)]
    # a count said of another ('its coalition won 42 seats') or not affirmed ('needed 42 seats') is not the subject's
    owners = (claim.subject, claim.context or "", doc.title)
    found = [(m, n) for m, n in found if holder.said_of(owners, sentence, m.start(), m.end())]
    if _a_margin(claim):  # a majority is read only off a page's majority ('a majority of 80', 'an 80-seat majority')
        found = [(m, n) for m, n in found if _page_margin(sentence, m)]
    else:  # and the seats won never off one
        found = [(m, n) for m, n in found if not _page_margin(sentence, m)]
    found.sort(key=lambda mn: mn[0].start())
    if not found:
        return []
    # the subject must be named before the first count ("Labour secured 411 seats"), or on its own page called by
    # its head noun or a pronoun ("the party received 311,402 votes" on the Northern Coastal Party's page)
    before = sentence[: found[0][0].start()]
    named = [m for m in re.finditer(r"\w+", before) if _mentions(m.group(0), entities)]
    if not named or not _names_most(before, entities):
        named = _the_page_itself(before, doc, entities, claim.subject, claim.sentence)
        if not named:
            return []
    unit = Unit(doc, sentence)
    how = wording(claim)
    stances = [
        read_against(claim.number, how, n, page_wording(sentence, m.start("num"), m.end("num"), m.end()))
        for m, n in found
    ]
    # one part of a breakdown ('40 constituency seats and 22 list seats') is no count of the whole (review47 S4, R2),
    # nor is a count of another post's ('two terms as mayor' for 'two terms as speaker', review47 S3)
    parts = [
        _another_part_than_claimed(sentence, m, stem, claim) or _as_another_post(sentence, m, claim) for m, _ in found
    ]
    stances = [None if part else s for s, part in zip(stances, parts, strict=True)]
    if Stance.SUPPORTS in stances:  # quoting the count that fits, not the sentence's first ('the winner's 96 million')
        fits = found[stances.index(Stance.SUPPORTS)][0]
        if _another_whole(claim.text, fits.group(0)) is not None:
            return [Finding(unit, Stance.CONTRADICTS, 85.0, Aspect.MAIN, f"gives another whole, {fits.group(0)}")]
        ours = _PART_OF_WHOLE.match(claim.text)
        whole = ours is None or _whole_given(doc, ours, stem, claim)
        if not whole and _PART_OF_WHOLE.match(fits.group(0)) is None:
            return []  # 'won 61 of (the) 200 seats' against 'won 61 seats': the whole unchecked, the part no support
        return [Finding(unit, Stance.SUPPORTS, 95.0, Aspect.MAIN, f"counts {fits.group(0)}")]
    if stances[0] is None or joint_or_part(sentence[named[-1].end() : found[0][0].end() + 30]):
        return []  # within the claim's rounding, or a joint count or a part's ('the Greens and their allies')
    m, _ = found[0]
    if _narrower_than_claimed(m, claim):
        return []  # 'two Olympic gold medals' is no count of the claim's 'three Olympic medals' (review43 R11)
    return [Finding(unit, Stance.CONTRADICTS, 85.0, Aspect.MAIN, f"gives another count, {m.group(0)}")]


# the post a count is of, written right after its noun ('two terms as mayor of Halden'), up to its clause's end
_AS_POST = re.compile(
    r"\s+as\s+(?P<post>[^,;:.()]+?)"
    r"(?=\s+(?:and|while|but|in|from|until|between|before|after|since|during|under|when|with|at|on|by)\s|[,;:.()]|$)"
)


def _as_another_post(sentence: str, m: re.Match[str], claim: Claim) -> bool:
    """Whether the page's figure `m` counts what was done as another post than the claim's: 'He served two terms as
    mayor of Halden' counts no terms as speaker (review47 S3). Only when both name a post after 'as'."""
    page_post = _AS_POST.match(sentence, m.end())
    ours = _AS_POST.match(after_claim(claim) or "")
    if page_post is None or ours is None or not (POST.search(page_post["post"]) and POST.search(ours["post"])):
        return False
    if _the_post_in_other_words(ours["post"], page_post["post"], _CLAUSE_END.split(sentence[m.end() :], maxsplit=1)[0]):
        return False
    return not same_office(ours["post"].strip(), None, page_post["post"].strip())


_NAMES = lexicons.load("names")
# a post's article, or the possessive of a noun standing for the story's country or town ('the country's president')
_POSTS_ARTICLE = re.compile(
    rf"^(?:(?:a|an|the)\s+)?(?:(?:the\s+)?(?:{'|'.join(_NAMES['country_nouns'] + _NAMES['town_nouns'])})(?:'s|’s)\s+)?",
    re.I,
)
_CLAUSE_END = re.compile(r"[,;:.()]")
_A_MEMBERS_INITIALS = re.compile(r"\bMPs?\b")  # 'an MP': a member of parliament


def _the_post_in_other_words(ours: str, theirs: str, clause: str) -> bool:
    """Whether the claim's post after 'as' is the page's told as news tell it (review48 B4): without its article or a
    possessive of the country or town meant ('the country's president'), 'MP' for 'member of parliament', a place it
    names before the post found in the page's clause ('a Halden councillor' for 'a city councillor in Halden'); then
    the same office, or its bare head where the page names it of a place ('president' of 'President of Norby', not of
    'President of the Senate')."""
    claimed = _A_MEMBERS_INITIALS.sub("member of parliament", _POSTS_ARTICLE.sub("", ours.strip()))
    held = _POSTS_ARTICLE.sub("", theirs.strip())
    names = [w for w in re.findall(r"\b[A-Z][\w'’-]*", claimed) if not POST.fullmatch(w)]
    if any(not re.search(rf"\b{re.escape(n)}\b", clause) for n in names):
        return False  # 'as a Korvik councillor' is not told by 'as a city councillor in Halden'
    claimed = " ".join(w for w in claimed.split() if w not in names)
    if not claimed or not POST.search(claimed):
        return False
    if same_office(claimed, None, held):
        return True
    of_a_place = rf"(?i:{re.escape(claimed)})\s+(?:of|for)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
    return re.fullmatch(of_a_place, held) is not None


# a page's figure joined in its clause to another of the same count ('and 22 list seats', 'and two with his second
# wife'): the other figure with the claim's noun after it, or a preposition telling its part
_PART_NUMBER = rf"(?:{_DIGITS}(?:\.\d+)?|{aliases.NUMBER_WORD_PATTERN})"
_PART_JOIN = r",?\s+(?:and|while|whereas|plus)\s+(?:another\s+)?"
_PART_PREPOSITION = r"(?:in|from|at|on|with|by|for|across|under|outside)"
_OWN_WORDS_END = re.compile(r"[.;,]|\s(?:and|while|whereas|plus|but)\s", re.I)
_NOT_A_PARTS_WORD = frozenset(w[:5] for w in aliases.SMALL_WORDS | {"his", "her", "its", "their"})


def _another_part_than_claimed(sentence: str, m: re.Match[str], stem: str, claim: Claim) -> bool:
    """Whether the page's figure `m` (of the noun whose stem is `stem`) is one part of a breakdown the page gives in
    its clause ('won 40 constituency seats and 22 list seats', 'has three children with his first wife and two with
    his second wife'), told apart by words of its own the claim does not write ('constituency', 'with his first
    wife'): a part, which neither states nor refutes the claim's whole ('won 40 seats', 'has five children'); the
    claim naming that part ('three children with his first wife') is the part's count (review47 S4, R2). The whole
    given before its breakdown ('won 62 seats: 40 ... and 22 ...', '62 seats (40 ... and 22 ...)') is no part: a
    part's own words stop at a colon or bracket (review48 B3)."""
    noun = rf"(?:\s+[A-Za-z-]+){{0,2}}?\s+{stem}\w*\b"
    after = re.match(rf"(?P<own>[^.;,:()]{{0,60}}?){_PART_JOIN}{_PART_NUMBER}(?:{noun}|\s+{_PART_PREPOSITION}\b)",
                     sentence[m.end() :], re.I)  # fmt: skip
    before = re.search(rf"\b{_PART_NUMBER}{noun}[^.;,]{{0,60}}?{_PART_JOIN}$", sentence[: m.start()], re.I)
    if after is None and before is None:
        return False
    own = after["own"] if after is not None else _OWN_WORDS_END.split(sentence[m.end() :], maxsplit=1)[0]
    told = f"{m.groupdict().get('between') or ''} {own}"
    words = {w.lower()[:5] for w in re.findall(r"[A-Za-z]+", told)} - _NOT_A_PARTS_WORD
    claimed = {w.lower()[:5] for w in re.findall(r"[A-Za-z]+", f"{claim.text} {after_claim(claim) or ''}")}
    return not words <= claimed


def _narrower_than_claimed(m: re.Match[str], claim: Claim) -> bool:
    """Whether the page's count `m` narrows its noun by a common word between its figure and the noun that the
    claim's count lacks ('two Olympic gold medals' against the claim's 'three Olympic medals'): it counts a part of
    the claim's whole, so another figure refutes nothing (the claim's own narrowing word is `_of_its_subset`'s). The
    word names a part when it is a kind the whole is split into (`measured.a_partition`); else it restates the whole
    ('won 61 parliamentary seats' refutes 'won 58 seats', review44 B2)."""
    between = (m.groupdict().get("between") or "").split()
    claimed = {w.lower()[:5] for w in re.findall(r"[A-Za-z]+", f"{claim.unit or ''} {claim.text}")}
    return any(w[:1].islower() and w.lower()[:5] not in claimed and a_partition(w) for w in between)


def _currency_of(noun: str) -> str | None:
    """The currency a claimed sum is in, by its ISO code ('usd': a sum written '$240 million') or its word ('euros':
    '240 million euros'); None for a count of anything else."""
    code = noun.upper()
    if code in aliases.CURRENCY_CODES:
        return code
    return next((c for c, words in aliases.CURRENCY_WORDS.items() if noun.lower() in words), None)


def _sums_in(sentence: str, currency: str, claimed: str = "") -> list[tuple[re.Match[str], float | None]]:
    """Each sum a page sentence gives in the claim's currency, with its value: a symbol or code before the figure
    ('$240 million', '€1.2bn', 'USD 240m') or the currency's word after it ('240 million dollars'). A sum in another
    currency is none of them: it neither states nor refutes the claim's."""
    out: list[tuple[re.Match[str], float | None]] = []
    for m in CURRENCY.finditer(sentence):
        if aliases.CURRENCY_SYMBOLS.get(m["cur"], m["cur"].strip()) == currency:
            if _another_dollar(_SIGN_PREFIX.search(sentence[: m.start()])[0], claimed, currency):
                continue  # 'NZ$240 million', 'C$' for '$240 million': another dollar
            scale = m["scale"] or aliases.SHORT_SCALES.get(m["short"] or "")
            out.append((m, aliases.parse_number(m["num"] + (f" {scale.lower()}" if scale else ""))))
    words = "|".join(map(re.escape, aliases.CURRENCY_WORDS.get(currency, [])))
    if words:
        # '240 million Danish kroner', '240 million US dollars': a currency's qualifier between
        for m in re.finditer(rf"{_NUMBER}\s+(?P<which>(?:[A-Z][\w.]*\s+){{0,2}})(?:{words})\b", sentence, re.I):
            if not _another_dollar(m["which"], claimed, currency):
                out.append((m, aliases.parse_number(m["num"])))
    return out


_SIGN_PREFIX = re.compile(r"(?:[A-Z]{1,3})?$")  # the letters naming a dollar written right before its sign: 'NZ$'
_THE_DOLLAR = frozenset({"", "us", "u.s.", "american"})  # the plain dollar's names: the US dollar's


def _another_dollar(which: str, claimed: str, currency: str) -> bool:
    """Whether a page's sum is in another dollar than the claim's: the letters before its sign or the words before
    its currency word ('NZ$', 'Hong Kong dollars') name a dollar other than the plain or US one, and the claim's own
    figure names it not. A qualifier of another currency ('Danish kroner') names no other dollar."""
    named = aliases.fold(which).strip()
    return currency == "USD" and named not in _THE_DOLLAR and named not in aliases.fold(claimed)


def _whole_given(doc: Document, ours: re.Match[str], stem: str, claim: Claim) -> bool:
    """Whether the page gives the whole the claim's part is out of, some of it counted anywhere ('won 52 of the 150
    seats in parliament' for '61 of the 150 seats'): a part is never supported by the page's part alone (review34
    B8, R26). A whole told in a sentence of other years than the claim's holds unless the page tells the body resized
    to another whole since ('Parliament was enlarged to 200 seats in 2022' before a claim of 2023: review35 R11)."""
    total, part = aliases.parse_number(ours["total"]), aliases.parse_number(ours["num"])
    wholes = re.finditer(_A_WHOLE.format(digits=_DIGITS, stem=stem), doc.text, re.I)
    years = {int(y) for y in _A_YEAR.findall(claim.sentence)}
    for m in wholes:
        if aliases.parse_number(m["total"]) != total:
            continue
        then = {int(y) for y in _A_YEAR.findall(_sentence_at(doc.text, m.start()))}
        if (
            not years
            or not then
            or then & years
            or not _resized_since(doc.text, stem, total, max(then), max(years), part)
        ):
            return True
    return False


# a body told resized to another whole ('Parliament was enlarged to 200 seats in 2022'): judging.toml resized
_RESIZED = r"\b(?:{words})\s+to\s+(?P<total>{digits})(?:\s+(?:[A-Za-z-]+\s+){{0,2}}?|-){stem}"


def _resized_since(text: str, stem: str, total: float | None, then: int, year: int, part: float | None) -> bool:
    """Whether `text` tells the body resized to another whole than `total` in a sentence of a year after `then` and
    not after `year` (the claim's); not a count of the claim's `part`'s own group (`_a_groups_count`)."""
    pattern = _RESIZED.format(words=_phrases(_Q["resized"]), digits=_DIGITS, stem=stem)
    for m in re.finditer(pattern, text, re.I):
        told = {int(y) for y in _A_YEAR.findall(_sentence_at(text, m.start()))}
        size = aliases.parse_number(m["total"])
        if size != total and any(then < y <= year for y in told) and not _a_groups_count(text, m.start(), size, part):
            return True
    return False


# the words of a body's own share of a whole told changing ('its group fell to 49 seats'): judging.toml own_group
_OWN_GROUP = re.compile(rf"\b(?:{_phrases(_Q['own_group'])})\b", re.I)


def _a_groups_count(text: str, at: int, size: float | None, part: float | None) -> bool:
    """Whether the count `text` tells changing at `at` ('fell to 49 seats') is a group's share of the whole, not the
    whole resized: smaller than the claim's `part` (no whole is), or told of a group in its clause ('After defections
    in 2021, its group fell to 49 seats')."""
    if size is not None and part is not None and size < part:
        return True
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    clause = re.split(r"[,;:]", text[start:at])[-1]
    return bool(_OWN_GROUP.search(clause))


def _sentence_at(text: str, at: int) -> str:
    """The sentence of `text` holding the character at `at` (bounded by a full stop and a space, or a line end)."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [e for e in (text.find(". ", at), text.find("\n", at)) if e >= 0]
    return text[start : min(ends) if ends else len(text)]


def _another_whole(claimed: str, given: str) -> str | None:
    """The whole a page's part is out of when the claim's part is out of another ('61 of 120 seats' against '61 of
    the 150 seats': 150): the part's words carry the whole, which is checked with it (review33 R3, B7)."""
    ours, theirs = _PART_OF_WHOLE.match(claimed), _PART_OF_WHOLE.match(given)
    if ours is None or theirs is None:
        return None
    total = theirs["total"]
    return total if aliases.parse_number(ours["total"]) != aliases.parse_number(total) else None


# a figure with its noun left out: 'and displaced 40,000.', 'injuring more than 2,000' (read by the parse after this)
_ELIDED = re.compile(rf"{_NUMBER}(?![\d,.]*\s+[a-z])", re.I)


def elided_findings(
    claim: Claim, docs: list[Document], as_of: dt.date | None, counts: Callable[[str], list[tuple[int, int, float]]]
) -> list[Finding]:
    """A count of the claim's deed a page sentence tells with its noun left out ('The floods killed 52 people and
    displaced 40,000' for 'displaced 50,000 people'): `counts` reads such figures off the sentence's parse
    (`measured.elided_counts`); the same figure supports and another refutes, as `read_against` reads them. Only
    in the sentences `number_findings` reads (its best passages, of the claim's time), naming the claim's side before
    the figure and its noun anywhere (review33 B3)."""
    noun = (claim.unit or "").lower()
    entities = _entities(claim)
    if claim.number is None or not noun or not entities:
        return []
    entities = _holders_named(claim, entities)
    stem = re.compile(rf"\b{re.escape(_head_noun(noun).rstrip('s')[:5])}", re.I)
    how, out = wording(claim), []
    for doc in docs:
        for _, passage in rank(claim.sentence, passages(doc.text))[:5]:
            for sentence in passage.sentences():
                if not stem.search(sentence) or not _ELIDED.search(sentence) or other_time(sentence, claim, as_of):
                    continue
                for start, end, value in counts(sentence):
                    if not _names_most(sentence[:start], entities):
                        continue
                    stance = read_against(claim.number, how, value, page_wording(sentence, start, end, end))
                    if stance in {Stance.SUPPORTS, Stance.CONTRADICTS}:
                        said = "counts" if stance == Stance.SUPPORTS else "gives another count of the same deed,"
                        detail = f"{said} {sentence[start:end]}"
                        out.append(Finding(Unit(doc, sentence), stance, 85.0, Aspect.MAIN, detail))
    return out


def _the_page_itself(
    before: str, doc: Document, entities: Sides, subject: str = "", told: str = ""
) -> list[re.Match[str]]:
    """Where a page about the claim's side calls it by its title's last word, 'it' or 'its' in the words before a
    count ('the party received', 'It ... employs', 'Its net profit rose'), or on a person's page 'he', 'she', 'his'
    or 'her' ('She won two gold medals'): those words, as the side named; none on another page, or when the words
    name anything else first (a capitalised name: 'the party's leader Ola Sund received')."""
    title = doc.title.split(" (")[0].split()
    if not title or not _titled(doc.title, entities, subject, told) or _capitalised(before[1:]):
        return []
    head = re.escape(title[-1])
    person = is_person_doc(doc) or own_lifespan(doc) is not None
    pronouns = _personal(doc) if person and _titled(doc.title, Sides(), subject) else _IMPERSONAL
    found = re.finditer(rf"(?i:\bthe\s+{head}\b)|{pronouns}", before)
    itself = [m for m in found if m.group(0).lower() not in _POSSESSIVES or _owned_as_told(before[m.end() :], told)]
    return itself or _its_thing_as_told(before, subject, told)


def _its_thing_as_told(before: str, subject: str, told: str) -> list[re.Match[str]]:
    """Where a page about the claim's side calls the thing of it the claim's sentence counts ('the <noun> of <side>')
    by that thing's noun alone, of the same year: 'The 2022 outbreak infected 4,300 people.' on the disease's page
    for 'The 2022 outbreak of Korvik fever infected 4,300 people.' (review42 R1); another year's outbreak, or one the
    page gives no year where the claim gives one, is not it."""
    if not subject:
        return []
    ours = re.search(
        rf"(?i:\bthe\s+)(?:(?P<year>\d{{4}})\s+)?(?P<noun>[a-z]+)\s+of\s+(?:the\s+)?{re.escape(subject)}\b", told
    )
    if ours is None:
        return []
    theirs = re.finditer(rf"(?i:\bthe\s+)(?:(?P<year>\d{{4}})\s+)?{re.escape(ours['noun'])}\b", before)
    return [m for m in theirs if m["year"] == ours["year"]]


_IMPERSONAL = r"^Its?\b|\bits?\b"  # a body's own page: 'It employs', 'Its net profit'
_POSSESSIVES = frozenset({"its", "his", "her"})
_OWN_PRONOUNS = {"he": ("He", "His"), "she": ("She", "Her")}


def _personal(doc: Document) -> str:
    """The pronouns a person's own page calls its person by ('She won', 'His novels'): the page's own pronoun
    (`holder.pronoun_of`), else the one of the two its text alone uses; none where both are used and neither
    leads ('He married Ana Ruiz in 1970. She won two Olympic gold medals.': hers, not his)."""
    told = holder.pronoun_of(doc.text) or holder.only_pronoun(doc.text)
    if told is None:
        return r"(?!)"
    words = "|".join(_OWN_PRONOUNS[told])
    return rf"^(?:{words})\b|\b(?:{words.lower()})\b"


def _owned_as_told(after: str, told: str) -> bool:
    """Whether the thing a page's possessive owns ('Its net profit rose', 'Her party won') is what the claim's
    sentence gives its subject with its own possessive ("Korvik Bank's net profit rose"): the figure is then the
    subject's as the claim tells it. Another thing owned ('Its parent company employs 50,000 people', 'His son
    scored') is that thing's figure, not the subject's."""
    noun = re.match(r"\s*([\w-]+)", after)
    return noun is not None and re.search(rf"['’]s\s+{re.escape(noun[1])}\b", told, re.I) is not None


def _titled(title: str, entities: Sides, subject: str = "", written: str = "") -> bool:
    """The page's title is one of the clause's names, give or take words of a body's kind ('Labour' for the
    'Labour Party (UK)', 'Nippon Steel Corporation' for 'Nippon Steel'): never a title sharing one word of a name
    with another ('Party' of 'Norby Party' for 'the Green Party', 'Steel' of 'Norby Steelworks' for 'Korvik Steel'),
    nor a body named after the place the claim names ('Norby Steelworks' for 'Norby'), whose 'it' is that body. A
    title that is the claim's subject is named however its words split ('Marks and Spencer'), and so is a title the
    claim's sentence (`written`) writes in full opening with the subject extraction gave it ('Marks' of 'Marks and
    Spencer employs')."""
    name = _ASPECT_OF.sub("", title.split(" (")[0])
    own = re.sub(r"^the\s+", "", _with_and(subject).strip())
    if own and (own == _with_and(name).strip() or _written_from(own, _with_and(name).strip(), written)):
        return True
    words = _capitalised(name)
    runs = getattr(entities, "runs", ()) or (frozenset(entities),)
    return any(run & words and not (run ^ words) - _KIND_STEMS for run in runs)


def _written_from(subject: str, name: str, written: str) -> bool:
    """Whether the folded `name` opens with the folded `subject` and the words write it whole ('&' read 'and')."""
    return name.startswith(subject + " ") and re.search(rf"\b{re.escape(name)}\b", _with_and(written)) is not None


def _with_and(text: str) -> str:
    """Folded, an ampersand read as 'and' ('Marks & Spencer': 'marks and spencer'; folding alone drops it)."""
    return aliases.fold(re.sub(r"\s*&\s*", " and ", text))


_ORGANISATIONS = lexicons.load("organisations")
_ASPECT_OF = re.compile(rf"^(?i:{'|'.join(lexicons.load('judging')['quantity']['place_aspects'])})\s+of\s+")
_KIND_STEMS = frozenset(w.lower()[:5] for w in [*_ORGANISATIONS["words"], *_ORGANISATIONS["legal_forms"]])


_HEDGES = frozenset(lexicons.load("judging")["quantity"]["share_hedges"])
_SHARE_SIDES = tuple(lexicons.load("judging")["quantity"]["share_sides"])  # party1, candidate1: whose row
_PERCENT = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*%")
# words that only link a named measure to its figure ('turnout was', 'turnout stood at'); a verb of change
# between them ('turnout fell 5 per cent') makes the figure a change, not the measure
_LINK = r"(?:,\s*)?(?:(?:was|is|were|stood|at|of|reached|came|to|totalled|totaled|hit)\s+)*"
_OF_THE_VOTE = re.compile(rf"\b(?:share\s+of\s+the\s+(?:popular\s+)?vote|vote\s+share)\s*{_LINK}$")
_VOTE_AFTER = re.compile(r"^of\s+the\s+(?:popular\s+)?votes?\b")  # what follows the share, folded


_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")  # a year in a sentence or a page title


def share_findings(claim: Claim, docs: list[Document], as_of: dt.date | None) -> list[Finding]:
    """A share read off the infobox of the page about what it belongs to: the row the sentence names
    just before the number ('Turnout was 59.7 per cent' -> the turnout row of the election the share
    is of), or, for a share of the vote, the percentage of the infobox group whose party is the share's
    owner ("Labour's share of the vote, 33.7 per cent", "Labour took 33.7 per cent of the vote" ->
    party1 = Labour, percentage1 = 33.7%). The same figure at the claim's precision supports; another
    contradicts, unless the sentence hedges it or words a change ('fell 5 per cent')."""
    if claim.relation != "share" or claim.unit != "percent" or claim.number is None:
        return []
    at = claim_start(claim, empty_at_start=True)
    lead = aliases.fold(claim.sentence[:at]).rstrip() + " " if at >= 0 else ""
    before = re.findall(r"[a-z]+", lead)[-3:]
    if at < 0 or _HEDGES & set(before):
        return []
    number_end = re.search(r"%|\bper\s*cent\b", claim.text)  # the share's own words may name the vote
    after_number = aliases.fold(claim.text[number_end.end() :]).strip() if number_end else ""
    of_the_vote = bool(
        _OF_THE_VOTE.search(lead)
        or _VOTE_AFTER.match(aliases.fold(claim.sentence[at + len(claim.text) :]))
        or _VOTE_AFTER.match(after_number)
    )
    if _narrowed(claim.sentence[:at]):
        return []  # 'In <region>, Labour took 40 per cent': a part's share, not the whole's row
    decimals = len(m.group(1)) if (m := re.search(r"\.(\d+)", claim.value or "")) else 0
    owner = aliases.fold(claim.context or "")
    stated_years = set(_A_YEAR.findall(claim.sentence))
    said = _countries_in(claim.sentence)
    read = []
    for doc in docs:
        if not _of_the_day(doc, as_of):
            continue
        if stated_years - set(_A_YEAR.findall(doc.title)):
            continue  # 'Turnout was 67.3 per cent in 2019': another year's figure, whatever this page's year
        if said and _countries_in(doc.title) and not said & _countries_in(doc.title):
            continue  # 'Irish turnout was 70 per cent': a Norwegian election's row is another event's
        if another_event(claim, doc, as_of):
            continue  # 'Labour took 40 per cent in the local elections': the general election's row is another's
        read.append(doc)
    # pages of several countries' events and a sentence naming none: the claim's event is one of them, so a
    # row may support it, but another country's row refutes nothing
    several = len({frozenset(_countries_in(doc.title)) for doc in read if _share_rows(doc, owner, lead, of_the_vote)})
    out = []
    for doc in read:
        for f in _share_rows(doc, owner, lead, of_the_vote):
            given = _PERCENT.match(f.value)
            if given is None:
                continue
            same = round(float(given.group(1)), decimals) == round(claim.number, decimals)
            if not same and several > 1:
                continue
            unit = Unit(doc, field_text(doc, f), f)
            detail = f"gives {f.value} as its {f.label.rstrip('0123456789').replace('_', ' ')}"
            out.append(Finding(unit, Stance.SUPPORTS if same else Stance.CONTRADICTS, 95.0 if same else 90.0,
                               Aspect.MAIN, detail))  # fmt: skip
    return out


_MEASURE_VALUE = re.compile(r"^\s*(?:at\s+)?(\d+(?:\.(\d+))?)\s*(?:%|per\s*cent\b)\s*$", re.I)
_COPULA = frozenset({"was", "is", "stood", "stood at", "stands", "reached", "came to", "were"})


def measure_findings(claim: Claim, docs: list[Document], as_of: dt.date | None) -> list[Finding]:
    """A clause giving a measure by its infobox row's name ('Turnout was 82.4%') names no event: an
    ungrouped row of that name on a page of the article's year (of the country the sentence names, if
    any) that rounds to the figure at its precision supports it; no row refutes it, as the page may be
    another event's."""
    m = _MEASURE_VALUE.match(claim.value or "")
    label = aliases.fold(claim.subject).replace(" ", "_")
    if m is None or aliases.fold(claim.predicate or claim.relation or "") not in _COPULA or not label.isidentifier():
        return []
    number, decimals = float(m.group(1)), len(m.group(2) or "")
    said, out = _countries_in(claim.sentence), []
    for doc in docs:
        if not _A_YEAR.search(doc.title) or not _of_the_day(doc, as_of):
            continue
        if said and not said & _countries_in(doc.title):
            continue
        for f in numbered_groups(doc.infobox).get("", {}).values():
            given = _PERCENT.match(f.value)
            if f.label.lower() == label and given and round(float(given.group(1)), decimals) == number:
                unit = Unit(doc, field_text(doc, f), f)
                out.append(Finding(unit, Stance.SUPPORTS, 90.0, Aspect.MAIN, f"gives {f.value} as its {label}"))
    return out


# how a page gives a magnitude: 'magnitude 7.8', 'a magnitude (Mw) of 7.8', 'Mw 7.8', 'a 7.8-magnitude', '7.8 on the
# Richter scale'; a span of two ('magnitude 7.5-7.8') gives none
_MAGNITUDE = re.compile(
    r"\b(?:magnitude|Mww|Mw|ML|Ms|Mb|M)\s*(?:\(\s*M\w*\s*\)\s*)?(?:of\s+)?(?P<a>\d(?:\.\d{1,2})?)(?![\d.]|\s*[-–]\s*\d)"
    r"|(?<![\d.–-])\b(?P<b>\d(?:\.\d{1,2})?)(?:[-\s]magnitude\b|\s+on\s+the\s+(?:moment\s+magnitude|Richter)\s+scale\b)"
)

_ROW_FIGURE = re.compile(r"(?<![\d.])\d(?:\.\d{1,2})?(?![\d.])")


def magnitude_findings(claim: Claim, docs: list[Document]) -> list[Finding]:
    """A magnitude ('a 7.8-magnitude earthquake') is supported by the page of the event it rates when every
    magnitude that page gives is the claimed one, to the claim's precision: a page on two quakes (7.8 and
    7.7), or giving several agencies' figures, supports neither, and no figure refutes one (agencies differ,
    and a page may rate another shock of the same event)."""
    if claim.relation != "magnitude" or claim.number is None:
        return []
    decimals = len(m.group(1)) if (m := re.search(r"\.(\d+)", claim.value or "")) else 0
    out = []
    for doc in pages_about(claim.effective_subject, docs):
        if not _titles_a_quake(doc):
            continue  # a town's page gives the magnitude of its own past quake, not of this one
        given = [
            (unit, float(m["a"] or m["b"]))
            for unit in units(doc)
            if unit.field is None
            for m in _MAGNITUDE.finditer(unit.text)
        ]
        # a magnitude row gives its figures alone ('7.8 Mww, 7.7 Mww')
        given += [
            (unit, float(n))
            for unit in units(doc)
            if unit.field is not None and "magnitude" in unit.field.label.lower()
            for n in _ROW_FIGURE.findall(unit.field.value)
        ]
        values = {round(number, decimals) for _, number in given}
        if values == {round(claim.number, decimals)}:
            unit = given[0][0]
            out.append(Finding(unit, Stance.SUPPORTS, 95.0, Aspect.MAIN, f"gives the magnitude as {claim.number:g}"))
    return out


def _titles_a_quake(doc: Document) -> bool:
    """Whether the page is an earthquake's own ('2031 Varo earthquake', '... earthquakes'): its title holds a
    noun for one (names.toml `events`). Only such a page rates the claimed quake; a place's page naming one
    magnitude gives that of another event (the town's 1999 quake), and would support the wrong one."""
    nouns = {noun for noun, sort in lexicons.load("names")["events"].items() if sort == "earthquake"}
    return any(word.removesuffix("s") in nouns for word in re.findall(r"[a-z]+", aliases.fold(doc.title)))


def _countries_in(text: str) -> set[str]:
    """The countries a text names, by name or nationality word ('Irish', 'United Kingdom')."""
    return {aliases.COUNTRIES[m.group(0).lower()][0] for m in _COUNTRY_WORDS.finditer(text)}


_COUNTRY_FORMS = sorted({f for e in lexicons.load("countries")["country"] for f in e["forms"]}, key=len, reverse=True)
_COUNTRY_WORDS = re.compile(rf"(?<![\w.])(?:{'|'.join(map(re.escape, _COUNTRY_FORMS))})(?!\w)")
_NARROWED = re.compile(r"\b(?i:in|across|among|within|outside)\s+(?:the\s+)?(?P<place>[A-Z][\w-]*)")
_MONTHS = frozenset(calendar.month_name[1:]) | frozenset(calendar.month_abbr[1:])


def _narrowed(before: str) -> bool:
    """The words before a share narrow it to a part ('In Scotland', 'among young voters' aside): a
    capitalised place after 'in', 'across', 'among' ... that is no month, in the share's own clause (a
    place in a clause a conjunction closes, 'sworn in in <city>, months after she won with 58%', places
    another event), or opening the sentence ('In Scotland, the SNP fell and Labour took 40 per cent')."""
    own, opening = _CLAUSE_START.split(before)[-1], _NARROWED.match(before.lstrip())
    return any(m.group("place") not in _MONTHS for m in [*_NARROWED.finditer(own), *([opening] if opening else [])])


# a conjunction opening the clause a share stands in: what comes before it is another clause's
_CLAUSE_START = re.compile(r"\b(?:after|before|when|while|since|because|and|but|whereas)\b")


def _of_the_day(doc: Document, as_of: dt.date | None) -> bool:
    """A page whose title holds a year holds the article's year ('2024 ... general election' for a 2024
    article): another year's page is about another event."""
    years = _A_YEAR.findall(doc.title)
    return not years or (as_of is not None and str(as_of.year) in years)


def _share_rows(doc: Document, owner: str, lead: str, of_the_vote: bool) -> list:
    """The rows a share may be read from (see `share_findings`): `lead` is the folded sentence before it."""
    groups = numbered_groups(doc.infobox)
    title = set(re.findall(r"[a-z]+", aliases.fold(doc.title)))
    about = set(re.findall(r"[a-z]{3,}", owner))
    rows = []
    if about and about <= title:  # the page is about the share's owner: a row its sentence names just before
        for label, f in groups.get("", {}).items():
            words = [w for w in re.split(r"[_\s]+", label) if w]
            named = r"\s+".join(map(re.escape, words))
            if words and re.search(rf"\b{named}\s+{_LINK}$", lead):
                rows.append(f)
    if of_the_vote and owner:
        named = {n: g for n, g in groups.items() if n and "percentage" in g}
        exact = [g for g in named.values() if any(aliases.fold(f.value) == owner for f in _sides(g))]
        # 'Alder' for 'Mara Alder': the one group whose side bears every word of the owner's name
        partial = [g for g in named.values() if any(_bears_name(f.value, owner) for f in _sides(g))]
        rows += [g["percentage"] for g in exact or (partial if len(partial) == 1 else [])]
    return rows


def _sides(group: dict) -> list:
    """The rows naming whose a numbered infobox group is (party1, candidate1)."""
    return [group[label] for label in _SHARE_SIDES if label in group]


def _bears_name(value: str, owner: str) -> bool:
    """A side's name holds every word of the owner's shorter name ('Mara Alder' for 'Alder')."""
    words = set(re.findall(r"[a-z]+", aliases.fold(re.sub(r"\([^)]*\)", " ", value))))
    wanted = set(re.findall(r"[a-z]+", owner))
    return bool(wanted) and wanted <= words


# an infobox row of a sum -> the words an article names its measure with (judging.toml quantity.sum_rows)
_SUM_ROWS: dict[str, list[str]] = lexicons.load("judging")["quantity"]["sum_rows"]


def sum_row_findings(claim: Claim, docs: list[Document]) -> list[Finding]:
    """Support only: 'made a net profit of 240 million euros in 2023' against the subject's own infobox row of the
    measure its sentence names right before the figure ('net_income: €240 million (2023)'), giving the same sum in
    the claim's currency, of the sentence's year when it gives one. Another sum there refutes nothing: a row may be
    of another year or reckoned on another basis."""
    currency = _currency_of(claim.unit or "")
    labels = _measured_rows(claim) if currency is not None and claim.number is not None else set()
    if _PERIOD_BELOW_A_YEAR.search(claim.sentence):
        return []  # 'a quarterly net profit of 240 million': a quarter's sum, no year's row (review44 B4)
    out = []
    for doc in pages_about(claim.subject, docs) if labels else []:
        for f in doc.infobox:
            if re.sub(r"\d+$", "", f.label.lower()) not in labels or _a_row_of_another_year(f.value, claim.sentence):
                continue
            sums = [have for _, have in _sums_in(f.value, currency) if have is not None]
            if any(judged(claim.number, have, wording(claim)) == Stance.SUPPORTS for have in sums):
                unit = Unit(doc, field_text(doc, f), f)
                out.append(Finding(unit, Stance.SUPPORTS, 95.0, Aspect.MAIN, f"gives {f.value}"))
    return out


# the periods shorter than a year a sum may be told for, as nouns and adverbs ('quarter', 'quarterly'): judging.toml
# quantity.rate_periods
_PERIOD_BELOW_A_YEAR = re.compile(
    rf"\b(?:{'|'.join(sorted({w for pair in _Q['rate_periods'].items() for w in pair}, key=len, reverse=True))})\b",
    re.I,
)


def _measured_rows(claim: Claim) -> set[str]:
    """The infobox rows of the measure a claim's sentence names last before its figure, with at most three words
    between ('a net profit of 240 million euros'; the longest words where two end together: 'net profit', not
    'profit')."""
    at = claim_start(claim)
    before = aliases.fold(claim.sentence[:at]) if at >= 0 else ""
    named = [
        (m.end(), len(words), label)
        for label, said in _SUM_ROWS.items()
        for words in said
        for m in re.finditer(rf"\b{re.escape(words)}\b", before)
    ]
    if not named:
        return set()
    end, _, label = max(named)
    return {label} if len(re.findall(r"\w+", before[end:])) <= 3 else set()
