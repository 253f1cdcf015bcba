"""Finding quantity claims: counts, shares, amounts of money, measures and ordinals."""

from __future__ import annotations

import re

from verify import aliases, lexicons
from verify.extract import patterns as p
from verify.extract.common import (
    _inside,
)
from verify.extract.rules import WRITTEN_WITH_A_NUMBER, Rule, Searched, Substrings
from verify.nlp.paragraphs import LINE_DATELINE
from verify.text import Sentence

_AND_MORE_IN = re.compile(  # "... and 28 in Israel", "149 in favour and 12 against", "out of about 6,300 launched"
    r"\b(?:and|out\s+of(?:\s+(?:about|some|around))?)\s+(?P<num>\d{1,3}(?:,\d{3})+|\d+)\s+"
    r"(?:(?:in|at|from)\s+(?P<place>[A-Z][\w\-]+)|(?P<side>against|in favou?r|abstaining|opposed|launched|fired|sent))"
)

_LOWER_WORD = re.compile(r"\s+[a-z]")  # the next word starts lower case: the run before it is an adjective
_HYPHENATED_PARTS = frozenset(lexicons.load("counted").get("hyphenated_parts", []))
POINTING_BACK = frozenset({"other"})  # "three other officials": counted against those named
_ANAPHORIC_COUNT = re.compile(r"\b[Tt]he\s+$")

_TALLIED = "|".join(sorted(lexicons.load("counted")["tallied"], key=len, reverse=True))
_TALLYING_VERBS = lexicons.load("counted")["tallying_verbs"]
_TALLYING = "|".join(sorted(_TALLYING_VERBS, key=len, reverse=True))
# "a 216-210 vote", "in a 6-3 decision", "a secret-ballot vote of 112-86", "the panel voted 6-0", "the court rules
# 4-3": the two sides of a count of votes
TALLY = re.compile(
    rf"\b(?P<for>\d{{1,3}})[-–](?P<against>\d{{1,3}})\s+(?P<noun>{_TALLIED})\b"
    rf"|\b(?P<noun2>{_TALLIED})\s+of\s+(?P<for2>\d{{1,3}})[-–](?P<against2>\d{{1,3}})\b"
    rf"|\b(?P<verb>{_TALLYING})\s+(?P<for3>\d{{1,3}})[-–](?P<against3>\d{{1,3}})\b(?![-–/.]\d)"
)

# "the two members who voted no", "the eight countries bordering the Baltic": restricted, so informative
_RESTRICTED = re.compile(r"\s+(?:who|that|which|whose|of|from|in|[a-z]+ing)\b")


_RESULT_VERBS = "|".join(sorted(lexicons.load("counted")["result_verbs"], key=len, reverse=True))
_MATCH_NOUNS = "|".join(sorted(map(re.escape, lexicons.load("counted")["match_nouns"]), key=len, reverse=True))
_RESULT_NOUNS = "|".join(sorted(lexicons.load("counted")["result_nouns"], key=len, reverse=True))
# one side's points: a whole number, or a half in chess ("7.5-6.5")
_POINTS = r"\d{1,3}(?:\.5)?"
# "No. 4 Vardo beat No. 1 Lund 93-83", "won 3-1 at home", "won Sunday's final 3-6, 3-6, 6-4, 6-4, 6-3": a result's
# score (every set of a match in tennis), after its verb and the beaten side or the match
SCORE = re.compile(
    rf"\b(?:{_RESULT_VERBS})\s+(?:(?:the\s+)?(?:No\.\s*\d+\s+)?"
    rf"(?:(?:[A-Z][\w.'’-]*|{_MATCH_NOUNS})\s+){{1,4}})?"
    rf"(?P<for>{_POINTS})[-–](?P<against>{_POINTS})(?P<sets>(?:,\s+\d{{1,2}}[-–]\d{{1,2}}\b(?![-–/]\d))*)\b(?![-–/]\d)"
)
# "gave Spain a 2-1 win over England", "a 7.5-6.5 victory": a score written before the result it is of
SCORED_RESULT = re.compile(rf"\b(?P<for>{_POINTS})[-–](?P<against>{_POINTS})\s+(?P<noun>{_RESULT_NOUNS})\b")

# the approximations a figure takes before it ("more than 150", "at least 35 kg"): numbers.toml `approximations`
_APPROXIMATELY = aliases.approximately(
    "more than", "over", "nearly", "about", "around", "at least", "almost", "some", loose=True
)
_ABOUT_A_MEASURE = aliases.approximately(
    "more than", "over", "nearly", "about", "around", "roughly", "some", "at least", "almost", "up to", loose=True
)
_ABBREVIATION_WORDS = tuple(sorted(lexicons.load("counted")["measure_abbreviations"], key=len, reverse=True))
_ABBREVIATIONS = "|".join(map(re.escape, _ABBREVIATION_WORDS))
# "at a depth of 10 km", "winds of about 270 km/h", "at least 35 kg": a figure and its unit's abbreviation, which
# is no plural noun for the count pattern to read; not glued to a word or hyphen ("a 40-km road" is HYPHEN_MEASURE's)
ABBREVIATED_MEASURE = re.compile(
    rf"(?<![\w.,\-])(?P<approx>(?:{_ABOUT_A_MEASURE})\s+)?"
    rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?(?P<unit>{_ABBREVIATIONS})(?![\w/\-])"
)
# "370 nautical miles (690 km)", "winds of 165 mph (about 270 km/h)": a figure in brackets right after another
# restates it in another unit, no measure of its own
_CONVERSION_BEFORE = re.compile(r"\d[^\d()]{0,30}\(\s*$")
# "the women's 57 kg category", "a 60 kg class": a measure naming the class after it (counted.toml rating_words)
_CLASS_AFTER = re.compile(rf"\s+(?:{'|'.join(map(re.escape, lexicons.load('counted')['rating_words']))})\b", re.I)

# "The magnitude 6.8 quake", "the strongest of magnitude 6.4", "put its magnitude at 7.4", "a 6.4-magnitude
# aftershock": a quake's size on its scale, a number that counts nothing
MAGNITUDE = re.compile(
    r"\b[Mm]agnitude(?:-|\s+(?:(?:of|at|was|is|to)\s+)?)(?P<num>\d(?:\.\d{1,2})?)\b(?![.,]?\d|\s*(?:%|percent\b))"
    r"|\b(?P<num2>\d(?:\.\d{1,2})?)(?:-|\s+)magnitude\b(?:\s+[a-z]+\b(?<!\bof))?"  # with the noun it rates
)

# "all six measures", "the 12 jurors", "both": a count pointing at things counted before
_DEFINITE_BEFORE = re.compile(r"\b(?:[Aa]ll|[Tt]he|[Tt]hese|[Tt]hose|[Bb]oth|[Aa]ll\s+the)\s+$")
# "22 sets of the maximum 12 points": a count in the of-phrase of the one before it
_OF_A_COUNTED = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:[a-z]+\s+)?(?:about\s+|some\s+)?")


def _singular(word: str) -> str:
    """A counted noun without its plural ending, to compare "measures" with "measure"."""
    return word.lower().removesuffix("es") if word.lower().endswith("ses") else word.lower().removesuffix("s")


# "has displaced millions of people", "tens of thousands of homes", "Dozens of aftershocks followed", "thousands of
# Bolsonaro's supporters": a count given by its scale alone (a name's possessive may stand before its noun)
SCALE_COUNT = re.compile(
    r"\b(?P<scale>(?:(?:[Tt]ens|[Hh]undreds)\s+of\s+)?(?:[Mm]illions|[Tt]housands|[Bb]illions|[Hh]undreds|[Dd]ozens))\s+of\s+"
    r"(?:(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s?\s+)?"
    r"(?P<noun>(?!them\b|us\b|years\b|dollars\b|euros\b|pounds\b|other\b)[a-z]+)\b"
)


# "put the death toll at more than 3,000", "the toll rose to 212": a count of the dead given by the toll's number
# (a toll broken down by place, "the toll at 229 in the Valencia region", is verify.kinds.quantity.places')
TOLL = re.compile(
    r"\b(?:death\s+)?toll\s+(?:(?:from|in)\s+(?:[\w\-]+\s+){1,4}?)?(?:(?:had\s+|has\s+)?(?:rose|risen|climbed|reached|passed|topped)\s+)?"
    rf"(?:at|to|of)?\s*(?P<approx>(?:{_APPROXIMATELY})\s+)?"
    r"(?!(?:1[89]|20)\d\d\b)(?P<num>\d{1,3}(?:,\d{3})+|\d+)"  # a year is no toll ('the toll from the 2011 quake')
    r"(?!\d|[,.]\d|\s*(?:%|percent\b|per\s+cent\b)|\s+in\s+(?:the\s+)?[A-Z]|\s+(?:thousand|million|billion)\b)"
)


# "bringing the number of people known to have died ... to more than 150", "the number of dead rose to 212": a count
# of what the number is of, given after "to" or "at" or a verb of reaching it, with no noun of its own after it
NUMBER_OF = re.compile(
    r"\b[Tt]he\s+number\s+of\s+(?P<noun>(?:[a-z]+\s+)?[a-z]+)\b(?:\s+[\w'’-]+){0,14}?\s+"
    r"(?:(?:had\s+|has\s+)?(?:rose|risen|rises|climbed|reached|passed|topped|stood|stands)\s+(?:to\s+|at\s+)?|(?:to|at)\s+)"
    rf"(?P<approx>(?:{_APPROXIMATELY})\s+)?"
    r"(?!(?:1[89]|20)\d\d\b)(?P<num>\d{1,3}(?:,\d{3})+|\d+)"  # a year is no count ('rose in 2019')
    r"(?!\d|[,.]\d|\s*(?:%|percent\b|per\s+cent\b|-)|\s+(?:thousand|million|billion)\b)"
    # and no noun of its own after it: "was sent to 12 hospitals" counts hospitals
    r"(?!\s+(?!(?:in|on|at|and|by|for|with|after|before|since|across|according)\b)[a-z])"
)


def _counted_before(words: str) -> str | None:
    """The noun the last count of `words` counted ("killed at least nine people and injured": people): a bare
    number after a finite verb of harm counts the same, as the elliptical counts do
    (verify.kinds.quantity.ellipsis)."""
    counts = [m for m in p.QUANTITY.finditer(words) if m["noun"] and not m["pct"]]
    return counts[-1]["noun"].split()[-1].lower() if counts else None


def _counted_words(words: str) -> str:
    """What "the number of" counts: one noun ("dead", "people"), or a modifier and a plural noun ("confirmed
    cases"); not the next word of the sentence ("the number of dead rose", "of people known to have died")."""
    first, _, second = words.partition(" ")
    return words if second.endswith("s") and second not in {"has", "was", "is"} else first


_ABOUT_A_MAJORITY = aliases.approximately(
    "more than", "over", "nearly", "about", "around", "almost", "some", loose=True
)
# "won a majority of 174", "a margin of 12": a count of what the majority or margin is of, given by its number
MAJORITY = re.compile(
    r"\b(?:(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+)?(?P<noun>majority|margin)\s+of\s+"
    rf"(?P<approx>(?:{_ABOUT_A_MAJORITY})\s+)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?!\d|[,.]\d|\s*(?:%|percent\b|per\s+cent\b|-)|\s+(?!(?:in|on|at|and|to|for|with|over|after)\b)[a-z])"
)


def _one_picked_out(text: str, start: int, raw: str, noun: str) -> bool:
    """Whether the word 'one' only points: a member picked out of those just named ('two men were detained,
    one of them a pilot'), or the pronoun 'no one' ('waters no one patrols'). Neither counts anything; '3.5
    million of them' does."""
    if raw.lower() != "one":
        return False
    return noun in {"of them", "of whom", "of those", "of these"} or text[max(0, start - 3) : start].lower() == "no "


class QuantityReading:
    """The quantity readers of the shared sentence reader (`verify.extract`), as a mixin."""

    def add_quantity(
        self,
        sent: Sentence,
        m: re.Match,
        subject: str,
        relation: str,
        value: str,
        number: float,
        unit: str,
        context: str | None = None,
        start: int | None = None,
    ) -> None:
        """A count, share, amount or measure over the match `m` (from `start` when given)."""
        start = m.start() if start is None else start
        self.add(sent, start, m.end(), "quantity", subject, relation, value, number=number, unit=unit, context=context)

    def last_counted_unit(self) -> str | None:
        """What the last count counted: "3.5 million of them", "plans to buy 4.5 million this year"."""
        return next((c.unit for c in reversed(self.claims) if c.kind == "quantity" and c.unit), None)

    def counted_before(self, sent: Sentence, m: re.Match, number: float, noun: str) -> bool:
        """Whether a definite or universal count ("all six measures", "the 12 jurors") restates one the
        article made before, of the same number and noun ("indicated six provisional measures"): it
        points back and states nothing new."""
        if not _DEFINITE_BEFORE.search(sent.text[: m.start("num")]):
            return False
        head = _singular(noun.split()[-1])
        return any(
            c.kind == "quantity" and c.number == number and c.unit and _singular(c.unit.split()[-1]) == head
            for c in self.claims
            if c.span[1] <= sent.start + m.start()
        )

    def counted_already(self, sent: Sentence, at: int) -> bool:
        """Whether a count of the sentence stands on the number at `at` already: "a staff of about 16,000
        people" is one count of people, not a second count of the staff."""
        where = sent.start + at
        return any(c.kind == "quantity" and c.span[0] <= where < c.span[1] for c in self.claims[self.first_claim :])

    def inside_a_count(self, sent: Sentence, m: re.Match) -> bool:
        """Whether the count only describes what an earlier count of its sentence counts: "22 sets of the
        maximum 12 points" counts sets, the 12 points are what each set is."""
        return any(
            c.kind == "quantity" and _OF_A_COUNTED.fullmatch(sent.text, c.span[1] - sent.start, m.start("num"))
            for c in self.claims[self.first_claim :]
            if sent.start <= c.span[1] <= sent.start + m.start()
        )

    def quantity_context(self, sent: Sentence, pos: int, concept: str | None) -> str | None:
        """What a count is about: the alliance for member-state counts, else the nearest country or
        organisation named before it, else the article's organisation."""
        if concept == "member states" and self.ctx.organisations:
            return self.ctx.organisations[0]
        filed = max((end for _, end in (m.span() for m in LINE_DATELINE.finditer(sent.text))), default=0)
        for m in reversed(list(p.CAPITAL_RUN.finditer(sent.text[:pos]))):
            if m.start() < filed:
                break  # "BENGHAZI, Libya, 13 September 2023 —": where a story was filed owns none of its counts
            run = m[0].removeprefix("the ").strip()
            adjective = _LOWER_WORD.match(sent.text, m.end()) and aliases.country_of(run) not in (None, run)
            if adjective:
                continue  # "11 million Swedish kronor, about $1.1 million": a nationality's adjective owns nothing
            if (
                aliases.country_of(run)
                or run in aliases.ORGANISATION_ALIASES
                or any(body in run for body in aliases.BODY_WORDS)
                or any(word.lower() in aliases.OFFICE_ACRONYMS for word in run.split() if word.isupper())
            ):
                return run
        return self.ctx.organisations[0] if self.ctx.organisations else None

    def quantities(self, sent: Sentence, taken: list[tuple[int, int]]) -> None:
        """The counts, amounts, shares and measures of a body sentence. A headline's are none: it
        sums up what the body states ("five years, 700 million euros and a new spire"), an editor
        checks the body's words, and a title-case line names no owner the parse can trust."""
        if self.in_headline:
            return
        scan = self.scan
        for m in scan(SCALE_COUNT):  # no number to check: the scale is the claim ("millions of people")
            if not _inside(m.start(), taken):
                taken.append((m.start(), m.end()))
                scale, noun = " ".join(m["scale"].lower().split()), m["noun"]
                self.add(sent, m.start(), m.end(), "quantity", noun, "count", scale, unit=noun)
        if not self.book.holds_a_number(self.plan):
            return  # every count, amount and share has a digit or a number word

        def free(m: re.Match) -> bool:
            return not _inside(m.start("num"), taken)

        for m in scan(TALLY):  # "a 216-210 vote": whose vote the parse tells (verify.kinds.quantity.owner)
            if _inside(m.start(), taken) or (m["verb"] and int(m["for3"]) < int(m["against3"])):
                continue  # "voted 1-2 times a year": a range after the verb, written from its low end
            taken.append((m.start(), m.end()))
            tally = f"{m['for'] or m['for2'] or m['for3']}-{m['against'] or m['against2'] or m['against3']}"
            noun = (m["noun"] or m["noun2"] or _TALLYING_VERBS[m["verb"]]).lower()
            self.add(sent, m.start(), m.end(), "quantity", noun, "tally", tally, unit=noun)
        for m in scan(SCORE):  # "beat Lund 93-83": whose result the parse tells (the winner, its subject)
            if _inside(m.start("for"), taken):
                continue
            taken.append((m.start("for"), m.end()))
            score = sent.text[m.start("for") : m.end()].replace("–", "-")
            self.add(sent, m.start("for"), m.end(), "quantity", "score", "score", score, unit="score")
        for m in scan(SCORED_RESULT):  # "gave Spain a 2-1 win": whose win the parse tells (verify.kinds.quantity.owner)
            if _inside(m.start("for"), taken):
                continue
            taken.append((m.start("for"), m.end()))
            score = f"{m['for']}-{m['against']}"
            self.add(sent, m.start("for"), m.end(), "quantity", "score", "score", score, unit="score")
        for m in scan(MAGNITUDE):  # what the magnitude is of the owner reader tells (verify.kinds.quantity.owner)
            at = "num" if m["num"] else "num2"
            if _inside(m.start(at), taken):
                continue
            taken.append((m.start(), m.end()))
            value, unit = f"magnitude {m[at]}", "magnitude"
            self.add(sent, m.start(), m.end(), "quantity", unit, unit, value, number=float(m[at]), unit=unit)
        for m in scan(TOLL):  # the dead counted by a toll: the number stands alone
            number = aliases.parse_number(m["num"])
            if number is not None and free(m):
                taken.append((m.start("num"), m.end()))
                context = self.quantity_context(sent, m.start(), None)
                start = m.start("approx") if m["approx"] else m.start("num")
                value = str(int(number))
                self.add_quantity(sent, m, context or "toll", "toll", value, number, "toll", context, start)
        for m in scan(NUMBER_OF):  # the number of X given as a figure: a count of X
            number = aliases.parse_number(m["num"])
            if number is not None and free(m):
                taken.append((m.start("num"), m.end()))
                noun = _counted_words(m["noun"])
                context = self.quantity_context(sent, m.start(), None)
                start = m.start("approx") if m["approx"] else m.start("num")
                self.add_quantity(sent, m, context or noun, "count", m["num"], number, noun, context, start)
        for m in scan(p.PERCENT):
            number = aliases.parse_number(m["num"])
            if number is None or not free(m):
                continue
            taken.append((m.start("num"), m.end()))
            of = " ".join((m["of"] or "").split())
            context = self.quantity_context(sent, m.start(), None)
            value = f"{m['num']}%" + (f" of {of}" if of else "")
            self.add_quantity(sent, m, context or of or "percent", "share", value, number, "percent", context)
        for m in scan(p.CURRENCY):
            scale = m["scale"] or aliases.SHORT_SCALES.get(m["short"] or "")
            number = aliases.parse_number(m["num"] + (f" {scale.lower()}" if scale else ""))
            if number is not None and free(m):
                taken.append((m.start("num"), m.end()))
                context = self.quantity_context(sent, m.start(), None)
                unit = aliases.CURRENCY_SYMBOLS.get(m["cur"], m["cur"].strip())  # or its ISO code
                self.add_quantity(sent, m, context or "amount", "amount", m[0], number, unit, context)
        for m in scan(p.HYPHEN_MEASURE):
            number = aliases.parse_number(m["num"].replace(",", "") + (f" {m['scale']}" if m["scale"] else ""))
            if number is not None and free(m):
                taken.append((m.start("num"), m.end()))
                context = self.quantity_context(sent, m.start(), None)
                value, unit = f"{m['num']} {m['unit']}", m["unit"].lower()
                self.add_quantity(sent, m, context or m["unit"], "measure", value, number, unit, context)
        for m in scan(ABBREVIATED_MEASURE):  # "winds of 180 mph": the measure with its approximation
            number = aliases.parse_number(m["num"])
            converted = _CONVERSION_BEFORE.search(sent.text, max(0, m.start() - 40), m.start())
            named_class = _CLASS_AFTER.match(sent.text, m.end())
            if number is not None and free(m) and not converted and not named_class:
                taken.append((m.start("num"), m.end()))
                context = self.quantity_context(sent, m.start(), None)
                value, unit = f"{m['num']} {m['unit']}", m["unit"]
                self.add_quantity(sent, m, context or unit, "measure", value, number, unit, context)
        for m in scan(p.ORDINAL_MEMBER):
            if free(m):
                taken.append((m.start("num"), m.end()))
                context = self.quantity_context(sent, m.start(), "member states")
                self.add_quantity(sent, m, context or "members", "ordinal", m[0], float(m["num"]), m["noun"], context)
        for m in scan(p.CASUALTIES):
            number = aliases.parse_number(m["num"])
            if number is not None and free(m):
                taken.append((m.start("num"), m.end()))
                unit = {"killing": "killed", "injuring": "injured", "wounding": "wounded"}.get(m["verb"]) or (
                    _counted_before(sent.text[: m.start()]) or m["verb"]  # "killed 100 people, ... which killed 85"
                )
                context = self.quantity_context(sent, m.start(), None)
                self.add_quantity(sent, m, context or unit, "count", m["num"], number, unit)
        for m in scan(p.HYPHEN_COUNT):
            number = aliases.parse_number(m["num"])
            if number is not None and free(m):
                taken.append((m.start("num"), m.end()))
                unit = f"{m['noun']}s"  # "the 32-nation alliance" counts members; "a 17-judge panel", judges
                members = m["noun"].lower() not in _HYPHENATED_PARTS
                context = self.quantity_context(sent, m.start(), "member states" if members else None)
                self.add_quantity(sent, m, context or m["noun"], "count", str(int(number)), number, unit, context)
        for m in scan(p.PART_OF):  # "24 of the 27 member states": 24 member states
            number = aliases.parse_number(m["num"])
            if number is not None and number > 1 and free(m):  # "one of the two members" is an idiom
                taken.append((m.start("num"), m.end("num")))
                if not m["det"]:  # "won 61 of 150 seats": the whole is the part's, checked with it (its judge's
                    taken.append((m.start("total"), m.end("total")))  # _another_whole), no count of the subject's
                noun = m["noun"].lower()
                context = self.quantity_context(sent, m.start(), aliases.counted_concept(noun))
                self.add_quantity(sent, m, context or noun, "count", m["num"], number, noun)
        for m in scan(p.QUANTITY):
            raw = m["num"]
            if not free(m) or m["pct"] or re.fullmatch(r"(1[89]|20)\d\d", raw):
                continue
            if raw.lower() in aliases.SCALES:
                continue  # 'a few dozen', 'several hundred branches': a scale with no number of its own is no count
            if (
                _ANAPHORIC_COUNT.search(sent.text, max(0, m.start() - 4), m.start())
                and not raw[0].isdigit()
                and not _RESTRICTED.match(sent.text, m.end())
            ):
                continue  # "the two leaders" points back at people already named; it states no count
            noun = m["noun"].lower()
            words = noun.split()
            if _one_picked_out(sent.text, m.start(), raw, noun):
                continue  # "one of them, a 34-year-old", "waters no one patrols": a pointer, no count
            if noun in {"of them", "of whom"}:  # "3.5 million of them": what the last count counted
                noun = self.last_counted_unit() or noun
            elif words[-1] in p.TIME_UNITS or words[0] in {"of", "and", "or", "to", "in", "per", "percent"}:
                continue
            elif words[0] in p.TIME_UNITS and len(words) > 1:
                continue  # "could one day outsmart the people": a time, no count
            elif words[0] in POINTING_BACK and len(words) > 1:
                continue  # "three other officials": a count against those named, none of its own
            number = aliases.parse_number(raw + (f" {m['scale']}" if m["scale"] else ""))
            if number is None or self.counted_before(sent, m, number, noun) or self.inside_a_count(sent, m):
                continue
            context = self.quantity_context(sent, m.start(), aliases.counted_concept(noun))
            value = str(int(number) if number.is_integer() else number)
            self.add_quantity(sent, m, context or noun, "count", value, number, noun, context)

        for m in scan(MAJORITY):  # after the counts: "a majority of 174 seats" counts the seats
            number = aliases.parse_number(m["num"])
            if number is not None and free(m):
                taken.append((m.start("num"), m.end()))
                noun = m["noun"].lower()
                context = self.quantity_context(sent, m.start(), None)
                value = str(int(number))
                self.add_quantity(sent, m, context or noun, "count", value, number, noun, context)

        for m in _AND_MORE_IN.finditer(sent.text):  # "610 people were killed in Iran and 28 in Israel"
            counted = [
                c
                for c in self.claims[self.first_claim :]
                if c.kind == "quantity" and c.unit and c.span[1] <= sent.start + m.start()
            ]
            number = aliases.parse_number(m["num"])
            if counted and number is not None and free(m):
                taken.append((m.start("num"), m.end("num")))
                unit = counted[-1].unit
                where = m["place"] or m["side"]
                self.add_quantity(sent, m, where, "count", m["num"], number, unit, start=m.start("num"))
        for m in scan(p.GROUP_OF):  # "His crew of 38", "a population of 2.5 million"
            scale = m["scale"] or aliases.SHORT_SCALES.get(m["short"] or "")
            number = aliases.parse_number(m["num"] + (f" {scale}" if scale else ""))
            if number is not None and free(m) and not self.counted_already(sent, m.start("num")):
                taken.append((m.start("num"), m.end()))
                value = sent.text[m.start("num") : m.end()]  # "2.5 million", "5.4m"
                self.add_quantity(sent, m, m["noun"], "count", value, number, m["noun"])
        for m in scan(p.RATE_COUNT):  # "plans to buy 4.5 million this year"
            number = aliases.parse_number(m["num"] + (f" {m['scale']}" if m["scale"] else ""))
            unit = self.last_counted_unit()
            if number is None or unit is None or not free(m) or unit in {*aliases.CURRENCY_SYMBOLS.values(), "percent"}:
                continue
            taken.append((m.start("num"), m.end()))
            self.add_quantity(sent, m, unit, "count", m["num"], number, unit)


CURRENCY_TRIGGER = Searched(
    re.compile(rf"{p.CURRENCY_SYMBOL}\d|\b{p.CURRENCY_CODE} \d"), (*aliases.CURRENCY_SYMBOLS, *aliases.CURRENCY_CODES)
)
PART_OF_TRIGGER = Searched(  # "24 of the 27 member states", "61 of 150 seats", "61 out of 150 seats"
    re.compile(r"\w\s+of\s+(?:(?:the|its|their)\s+(?:\d|[a-z]+\s)|\d)"), (" of ",)
)
RULES = (
    Rule(SCALE_COUNT, frozenset({"millions", "thousands", "billions", "hundreds", "dozens"})),
    Rule(TALLY, Searched(re.compile(r"\d[-–]\d"), ("-", "–")), numeric=True),
    Rule(SCORE, Searched(re.compile(r"\d[-–]\d"), ("-", "–")), numeric=True),
    Rule(SCORED_RESULT, Searched(re.compile(r"\d[-–]\d"), ("-", "–")), numeric=True),
    Rule(MAGNITUDE, Substrings(("magnitude", "Magnitude")), numeric=True),
    Rule(TOLL, frozenset({"toll"}), numeric=True),
    Rule(NUMBER_OF, frozenset({"number"}), numeric=True),
    Rule(MAJORITY, frozenset({"majority", "margin"}), numeric=True),
    Rule(p.PERCENT, Substrings(("%", "percent", "per cent", "Percent", "Per cent")), numeric=True),
    Rule(p.CURRENCY, CURRENCY_TRIGGER, numeric=True),
    Rule(
        p.HYPHEN_MEASURE,
        frozenset({"kilometre", "kilometer", "km", "mile", "metre", "meter", "tonne", "ton", "hectare"}),
    ),
    Rule(ABBREVIATED_MEASURE, Searched(re.compile(rf"\d\s?(?:{_ABBREVIATIONS})\b"), _ABBREVIATION_WORDS), numeric=True),
    Rule(p.ORDINAL_MEMBER, frozenset({"member", "ally"})),
    Rule(p.CASUALTIES, frozenset({"killing", "injuring", "wounding", "killed", "injured", "wounded"})),
    Rule(p.HYPHEN_COUNT, frozenset(aliases.HYPHENATED_COUNT_NOUNS)),
    Rule(p.PART_OF, PART_OF_TRIGGER, numeric=True),
    Rule(p.QUANTITY, WRITTEN_WITH_A_NUMBER),
    Rule(
        p.GROUP_OF,
        frozenset(
            {
                "crew",
                "force",
                "team",
                "garrison",
                "contingent",
                "delegation",
                "workforce",
                "population",
                "staff",
                "fleet",
            }
        ),
    ),
    Rule(p.RATE_COUNT, frozenset({"year", "month", "week", "day"})),
)
