"""Mutation check: plant deliberate bugs in the judge and matcher, and see whether the tests catch each.

    python scripts/mutation_check.py            # every mutation, the whole suite for each
    python scripts/mutation_check.py --list     # the mutations, without running anything
    python scripts/mutation_check.py -k stance  # only mutations whose name contains "stance"
    python scripts/mutation_check.py --unknown  # only those no remembered test caught yet
    python scripts/mutation_check.py -k audit --first tests/test_judge_audit.py  # those tests first, then all
    python scripts/mutation_check.py --unknown --no-suite --first tests/test_judge*.py  # a quick first pass
    python scripts/mutation_check.py --summary       # each mutation's cached killer, or stale; runs nothing
    python scripts/mutation_check.py --killers-only  # re-prove every cached killer, one test each (15-30 min)

At the end of a session: `--unknown` (new mutations, the whole suite for those the --first files miss),
then `--killers-only`, whose last line must read "N of N mutations caught".

The test that caught each mutation is remembered in scripts/mutation_killers.json and runs alone
first next time: a full run then takes about a tenth of the time (one test per mutation instead of
hundreds). The cache only saves time; a remembered test that no longer fails falls through to the suite.

A mutation is one textual change to one file (a flipped comparison, a dropped stance check, a
reversed ranking, a widened tolerance ...). The script applies it in a scratch copy of the project,
runs pytest there, and calls the mutation *caught* when the suite fails. Each pytest run is a fork of
this process where the OS has fork: the third-party imports (pytest, spaCy, pydantic ...) are done once,
before the first run, and each run imports `verify` and the tests afresh from the scratch copy (about
half the CPU time of a new interpreter per run, measured on eight remembered killers). A mutation whose text is
no longer in the code is reported as *stale*: the code moved on and the mutation must be rewritten,
which the script treats as a failure too. Exit status 0 only when every mutation is caught.

Left out on purpose: dropping the stance check in `_rival_findings` changes nothing today (a
rival's past tenure carries no date, so the date check already drops it), and dropping the date
check harms no claim the stored pages can show (no stale page says, undated, that someone else
holds an office now). Both become real mutations once past terms carry their dates.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KILLERS = ROOT / "scripts" / "mutation_killers.json"


@dataclass(frozen=True)
class Mutation:
    name: str
    path: str
    old: str
    new: str
    why: str


MUTATIONS = [
    Mutation(
        "rival-for-a-bare-office",
        "verify/kinds/role/judge.py",
        "and names_government(office, claim.nationality) and _is_full_name(subject):",
        "and _is_full_name(subject):",
        "the European Council's president would be a rival holder of a bare 'President'",
    ),
    Mutation(
        "office-sought-only-as-written",
        "verify/kinds/role/judge.py",
        "return list(dict.fromkeys([*office_phrases(claim), *office_wordings(office, claim.nationality)]))",
        "return list(office_phrases(claim))",
        "a U.S.-first 'Joint Chiefs of Staff Vice Chairman' would never meet the page's 'chairman of the Joint Chiefs'",
    ),
    Mutation(
        "party-leader-is-no-post",
        "verify/offices.py",
        'return claimed == {"leader"} and party_head and extra <= {"party"}',
        "return False",
        "'Socialist leader' would never meet 'Secretary-General of the Socialist Party'",
    ),
    Mutation(
        "two-word-countries-unread",
        "verify/offices.py",
        'if len(form) >= 4 and form.replace(" ", "").isalpha()\n',
        "if len(form) >= 4 and form.isalpha()\n",
        "'Prime Minister of the United Kingdom' would name no country",
    ),
    Mutation(
        "event-page-ignored",
        "verify/kinds/date/judge.py",
        "if not own and not (event and _is_event_page(doc, event, want, None if of_the_year else as_of)):",
        "if not own:",
        "'the general election held on 11 July 2024' would not be read against the election's page",
    ),
    Mutation(
        "event-page-of-any-year",
        "verify/kinds/date/judge.py",
        "return not years or bool(years & {want.year, *([as_of.year] if as_of else [])})",
        "return True",
        "a 2024 article's 'election held on 4 July 2023' would not be refuted by the page of the article's year",
    ),
    Mutation(
        "event-page-of-any-country",
        "verify/kinds/date/judge.py",
        "return all(any(t.startswith(n[:5]) for t in title) for n in named if n not in SMALL_WORDS)",
        "return True",
        "another country's 2024 general election would date the one the article names",
    ),
    Mutation(
        "led-the-country-any-office",
        "verify/kinds/date/judge.py",
        "            if country_post and office_country(office.value) is None:\n                continue\n",
        "",
        "'led the country since' would be read against party and seat offices too, and left open",
    ),
    Mutation(
        "had-led-needs-a-current-term",
        "verify/kinds/date/judge.py",
        "ended_allowed = at > 0 and _PLUPERFECT.search(claim.sentence[:at]) is not None",
        "ended_allowed = False",
        "'Sunak had led the country since' would need a term still open on the article's day",
    ),
    Mutation(
        "other-office-begun-any-day",
        "verify/kinds/date/judge.py",
        "held = [t for t in terms(doc.infobox) if t.start is not None and same_date(t.start, want, at)]",
        "held = terms(doc.infobox)",
        "'became Chancellor on 9 July' would be contradicted by an office begun on another day",
    ),
    Mutation(
        "office-title-as-written",
        "verify/kinds/role/__init__.py",
        "            offices = (*offices, titled)\n",
        "            pass\n",
        "'Vice Chairman of U.S. Joint Chiefs of Staff' would be looked up only under the article's words",
    ),
    Mutation(
        "former-read-as-holds",
        "verify/kinds/role/__init__.py",
        "[as_former(f) for f in office_findings(claim, docs, as_of)]",
        "office_findings(claim, docs, as_of)",
        "'Former Prime Minister Rishi Sunak' would be judged as holding the office on the article's day",
    ),
    Mutation(
        "former-current-holder-kept",
        "verify/kinds/role/judge.py",
        'return f.but(stance=Stance.CONTRADICTS, detail=f"{f.detail} on the article\'s day, so is no former holder")',
        "return f",
        "'Former Prime Minister Keir Starmer' would be supported the day after he took office",
    ),
    Mutation(
        "served-range-ignored",
        "verify/kinds/role/judge.py",
        'if when == "unknown" and _served_until(window, doc, as_of):',
        "if False:",
        "'served as secretary general of NATO from 2014 to 2024' would not place the term in the past",
    ),
    Mutation(
        "former-kept-in-the-office",
        "verify/kinds/role/judge.py",
        '    if value == (claim.effective_value or ""):\n        return claim\n',
        "    return claim\n",
        "'Prime Minister of the Former' would be sought as an office",
    ),
    Mutation(
        "rival-for-a-lone-word",
        "verify/kinds/role/judge.py",
        "and names_government(office, claim.nationality) and _is_full_name(subject):",
        "and names_government(office, claim.nationality):",
        "'Kingdom', misread as a holder, would be contradicted by the prime minister's page",
    ),
    Mutation(
        "post-in-a-part-of-the-body",
        "verify/kinds/role/judge.py",
        'return len(re.findall(r"\\bof\\b", before)) < 2',
        "return True",
        "the party's parliamentary group leader would count as the party's leader",
    ),
    Mutation(
        "appointed-is-no-start",
        "verify/lexicons/judging.toml",
        '"succeeded", "appointed",',
        '"succeeded",',
        "'was appointed Prime Minister on 24 October 2021' would not be read against the term's start",
    ),
    Mutation(
        "founding-read-as-an-event-day",
        "verify/kinds/date/judge.py",
        "dating = _FOUNDING_DATE if founding(claim) else _EVENT_DATE",
        "dating = _EVENT_DATE",
        "'created on 2 April 1952' would not be read against the office's formation row",
    ),
    Mutation(
        "founded-thing-not-fetched",
        "verify/kinds/date/__init__.py",
        "own = (claim.effective_subject,) if founding(claim) else ()",
        "own = ()",
        "what was founded would not have its own page fetched",
    ),
    Mutation(
        "former-of-anything",
        "verify/kinds/role/judge.py",
        "return any(office & set(aliases.fold(claim.text[m.end() :]).split()[:3]) for m in",
        "return any(True for m in",
        "'Dick Schoof, a former civil servant' would make the prime minister a former one",
    ),
    Mutation(
        "listed-office-of-any-body",
        "verify/kinds/role/judge.py",
        "        if not same_government(office, nationality, field.value):\n            continue",
        "        if False:\n            continue",
        "a ministry's secretary-general would show a past term as NATO's secretary general",
    ),
    Mutation(
        "rival-counts-as-support",
        "verify/kinds/role/judge.py",
        "rival = finding.but(stance=Stance.CONTRADICTS, score=finding.score * 0.9, detail=detail)",
        "rival = finding.but(stance=Stance.SUPPORTS, score=finding.score * 0.9, detail=detail)",
        "another person's page saying they hold the office would support the claimed holder",
    ),
    Mutation(
        "term-end-flipped",
        "verify/kinds/role/judge.py",
        "if end is not None and (as_of is None or end < as_of):",
        "if end is not None and (as_of is None or end > as_of):",
        "a term that ended before the article's date would no longer contradict 'holds office'",
    ),
    Mutation(
        "search-rank-reversed",
        "verify/sources/wikipedia.py",
        "return index if isinstance(index, int) else 1_000",
        "return -index if isinstance(index, int) else 1_000",
        "search results read worst first",
    ),
    Mutation(
        "ignore-as-of-in-terms",
        "verify/offices.py",
        "return self.start is not None and self.start <= day and (self.end is None or day <= self.end)",
        "return self.start is not None",
        "any office the person ever held would count as held on the article's day",
    ),
    Mutation(
        "stale-side-kept",
        "verify/judge.py",
        "older = f.stance != Stance.NEUTRAL and current(f) and other is not None and f.dated < other",
        "older = False",
        "an incumbent 'since 2022' would still count against a holder 'since 2025'",
    ),
    Mutation(
        "after-article-kept",
        "verify/judge.py",
        "after_article = f.stance == Stance.CONTRADICTS and f.dated is not None and as_of is not None "
        "and f.dated > as_of",
        "after_article = False",
        "a holder who took office after the article's date would contradict it",
    ),
    Mutation(
        "term-range-ignores-as-of",
        "verify/match.py",
        "if as_of is not None and end_year > as_of.year:",
        "if False:",
        "a page written after a term ended would contradict an article written during the term",
    ),
    Mutation(
        "count-tolerance-widened",
        "verify/kinds/quantity/judge.py",
        "stance = read_against(claim.number, how, count.number, count.how)",
        "stance = Stance.SUPPORTS if math.isclose(count.number, claim.number, rel_tol=0.1)"
        " else read_against(claim.number, how, count.number, count.how)",
        "30 would pass for 32",
    ),
    Mutation(
        "duration-tolerance-widened",
        "verify/kinds/duration/judge.py",
        "    if math.floor(elapsed) == int(number):",
        "    if abs(elapsed - number) < 2.5:",
        "'lasted five years' would pass for a three-year war",
    ),
    Mutation(
        "nationality-contradiction-dropped",
        "verify/kinds/role/judge.py",
        """            elif have:
                out.append(
                    Finding(
                        unit,
                        Stance.CONTRADICTS,
                        90.0,
                        Aspect.NATIONALITY,""",
        """            elif False:
                out.append(
                    Finding(
                        unit,
                        Stance.CONTRADICTS,
                        90.0,
                        Aspect.NATIONALITY,""",
        "a wrong nationality would never be contradicted",
    ),
    Mutation(
        "incumbent-other-holder-ignored",
        "verify/kinds/role/judge.py",
        "if others and unit.field is not None and (since is not None or not _written_after(doc, as_of)):",
        "if False:",
        "an office page naming another incumbent would not contradict",
    ),
    Mutation(
        "disputed-reads-as-refuted",
        "verify/judge.py",
        "refuted = [a for a in aspects if contra[a] and not support[a]]",
        "refuted = [a for a in aspects if contra[a]]",
        "sources that disagree would give 'contradicted' instead of unverified",
    ),
    Mutation(
        "support-without-main-aspect",
        "verify/judge.py",
        "main = support.get(Aspect.MAIN, [])",
        "main = [f for a in aspects for f in support[a]]",
        "a matching rank alone would support a claim about an office",
    ),
    Mutation(
        "name-match-threshold-lowered",
        "verify/link.py",
        "def find_person(claimed: str, text: str, threshold: float = 85)",
        "def find_person(claimed: str, text: str, threshold: float = 50)",
        "a namesake or a half-similar name in a page would count as the claimed person",
    ),
    Mutation(
        "phrase-threshold-lowered",
        "verify/match.py",
        "threshold: float = 92",
        "threshold: float = 60",
        "any office phrase would match any other",
    ),
    Mutation(
        "past-holder-as-current",
        "verify/kinds/role/judge.py",
        "if f.mode == Mode.PAST:",
        "if True:",
        "'held office' rewrites every contradiction, including another person's, as support",
    ),
    # issue 15: offices over time, revisions at the article's date, date claims
    Mutation(
        "ignore-vice-deputy",
        "verify/offices.py",
        'return frozenset(_QUALIFIER.findall(folded)) | ({"elect"} if _NOT_YET.search(folded) else frozenset())',
        "return frozenset()",
        "'Vice Chairman' would read as 'Chairman': a vice chairman supported by the chairman's page",
    ),
    Mutation(
        "ignore-as-of-in-revisions",
        "verify/retrieve.py",
        "        if as_of is not None:\n            await _as_of(active, wiki, pool, as_of)",
        "        pass",
        "time-bound claims would be read on today's revision, not the one at the article's date",
    ),
    Mutation(
        "revision-asked-after-the-date",
        "verify/sources/wikipedia.py",
        '"rvdir": "older",',
        '"rvdir": "newer",',
        "the revision asked for would be the first one after the article's date, not the last one before it",
    ),
    Mutation(
        "pool-keeps-todays-pages",
        "verify/retrieve.py",
        "pool.documents = [replaced.get(d.url, d) for d in pool.documents]",
        "pass",
        "other claims' pages would still speak for today: a successor's page would contradict the holder then",
    ),
    Mutation(
        "later-term-not-against",
        "verify/kinds/role/judge.py",
        "elif start is not None and as_of is not None and start > as_of:",
        "elif False:",
        "a successor named before taking office would no longer be contradicted",
    ),
    Mutation(
        "elect-not-supported",
        "verify/kinds/role/judge.py",
        "if claimed_elect and as_of < start:",
        "if False:",
        "a president-elect before the term starts would not be supported",
    ),
    Mutation(
        "sibling-any-government",
        "verify/offices.py",
        "if same_government and claimed_words - _specific_words(term.office.value):",
        "if claimed_words - _specific_words(term.office.value):",
        "an office of another government or body would count as a sibling office",
    ),
    Mutation(
        "sibling-rule-dropped",
        "verify/kinds/role/judge.py",
        "            out += _sibling_findings(claim, doc, phrases, as_of)",
        "            pass",
        "'Defence Minister' for a foreign minister would no longer be contradicted",
    ),
    Mutation(
        "same-office-ignores-post",
        "verify/offices.py",
        "return claimed_words <= _specific_words(held_office) and _same_post(claimed_office, held_office)",
        "return claimed_words <= _specific_words(held_office)",
        "a council's member would count as its secretary",
    ),
    Mutation(
        "later-page-tenses-count",
        "verify/kinds/role/judge.py",
        "return as_of is not None and doc.revision_timestamp is not None and doc.revision_timestamp.date() > as_of",
        "return False",
        "a page newer than the article ('previously served') would speak of the article's day",
    ),
    Mutation(
        "date-claim-other-event",
        "verify/kinds/date/judge.py",
        "if not _states_every_value(claim, doc, unit):",
        "if False:",
        "the right day of another event would support a date claim",
    ),
    Mutation(
        "date-tolerance-widened",
        "verify/kinds/date/judge.py",
        "        return a == b",
        "        return (a.year, a.month) == (b.year, b.month)",
        "a date claim to the day would be supported by another day of the same month",
    ),
    Mutation(
        "fake-wiki-serves-later-revision",
        "tests/support/fakewiki.py",
        "older = [r for r in history if r.timestamp <= start]",
        "older = history",
        "the test wiki would answer a revision at a date with today's revision",
    ),
    Mutation(
        "date-claims-ignore-infobox-terms",
        "verify/kinds/date/judge.py",
        "return out + term_date_findings(claim, docs, as_of)",
        "return out",
        "a day another than the term start the infobox gives would no longer contradict 'was sworn in on'",
    ),
    Mutation(
        "since-ignores-which-office",
        "verify/kinds/date/judge.py",
        "    return offices if named or len(offices) == 1 else []",
        "    return offices",
        "'has led it since' would be checked against every office the person held then, not the one",
    ),
    Mutation(
        "bm25-rank-reversed",
        "verify/passages.py",
        "scored.sort(key=lambda s: (-s[0], -s[1]))",
        "scored.sort(key=lambda s: (s[0], -s[1]))",
        "passages would be read worst first",
    ),
    Mutation(
        "count-of-a-side-tolerance-widened",
        "verify/kinds/quantity/judge.py",
        "stance = judged(claim.number, have, wording(claim))",
        "stance = Stance.SUPPORTS if abs(have - claim.number) <= 10 else Stance.CONTRADICTS",
        "421 seats would pass for 411",
    ),
    Mutation(
        "total-read-as-count",
        "verify/kinds/quantity/judge.py",
        'if claim.number is None or not noun or noun == "percent" or _is_total(claim):',
        'if claim.number is None or not noun or noun == "percent":',
        "the 650 seats a count is taken from would be read as a side's count and contradicted",
    ),
    Mutation(
        "clause-birthplace-any-place-supports",
        "verify/kinds/clause/judge.py",
        "            if _place_in(place, f.value):",
        "            if True:",
        "'born in Bulawayo' would pass for an infobox giving Harare",
    ),
    Mutation(
        "clause-succession-office-named-ignored",
        "verify/kinds/clause/judge.py",
        '        return None  # the sentence names an office ("... as party treasurer") the infobox does not list',
        "        pass",
        "'succeeded X as party treasurer' would be checked against the predecessor in another office",
    ),
    Mutation(
        "clause-ordinal-any-post",
        "verify/kinds/clause/judge.py",
        "            if not _same_post(noun, after):",
        "            if not after:",
        "'the fourth German fencer' would be compared with '9th President' and contradicted",
    ),
    Mutation(
        "clause-sentence-without-relation-supports",
        "verify/kinds/clause/judge.py",
        "                if not _mentions_relation(predicate, sentence) or not _words_hold(claim, sentence):",
        "                if not _words_hold(claim, sentence):",
        "a sentence holding the values but another relation ('taught' for 'earned') would support",
    ),
    Mutation(
        "clause-year-of-any-event-contradicts",
        "verify/kinds/clause/judge.py",
        "    if predicate not in ONCE or len(years) != 1:",
        "    if len(years) != 1:",
        "another year of a repeatable event (a degree, a medal) would contradict",
    ),
    Mutation(
        "clause-later-present-not-set-aside",
        "verify/kinds/clause/judge.py",
        "        if f.stance == Stance.CONTRADICTS and later and f.unit.field is None and _NOW.search(f.unit.text):",
        "        if False:",
        "a revision saved after the article ('currently leading the 25th government') would contradict its day",
    ),
    Mutation(
        "age-ignores-birthday",
        "verify/match.py",
        "    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))",
        "    return day.year - born.year",
        "an age would count the birthday still to come that year",
    ),
    Mutation(
        "tenure-sentence-any-office",
        "verify/kinds/duration/judge.py",
        "                if not named & office_words(before):",
        "                if False:",
        "'chaired the club for eight years' would be measured on another office's span of years",
    ),
    Mutation(
        "term-length-one-of-several",
        "verify/kinds/duration/judge.py",
        "        if all(any(math.isclose(s, g) for g in given) for s in stated):",
        "        if any(any(math.isclose(s, g) for g in given) for s in stated):",
        "'a six-year term, renewable once for four years' would pass on the four years alone",
    ),
    Mutation(
        "count-after-noun-ignored",
        "verify/kinds/quantity/judge.py",
        'for m in re.finditer(rf"\\b{stem}\\w*\\b{_WITH_COUNT}", sentence, re.I)]',
        'for m in re.finditer(rf"\\b{stem}\\w*\\b{_WITH_COUNT}", "", re.I)]',
        "'took the most seats in the election with 80' would decide neither 80 seats nor 88",
    ),
    Mutation(
        "clause-succession-any-office-supports",
        "verify/kinds/clause/judge.py",
        "rows = [office[side]] if office is not None and side in office else [] if office else _fields(doc, (side,))",
        "rows = _fields(doc, (side,))",
        "a successor in another office (Mayor of Lisbon) would support 'handed the party leadership to' him",
    ),
    Mutation(
        "clause-place-any-time-contradicts",
        "verify/kinds/clause/judge.py",
        'elif predicate == "born in" or (claim.time and _same_time(claim.time, sentence)):',
        "elif True:",
        "a place held at another time (an undated 'represented Islington North') would contradict",
    ),
    Mutation(
        "clause-nationality-not-compared",
        "verify/kinds/clause/judge.py",
        "if claimed and given and given not in claimed and not claimed & _nationalities(sentences[0]):",
        "if False:",
        "'an Austrian former fencer' would not be contradicted by 'is a German lawyer, former foil fencer'",
    ),
    Mutation(
        "clause-other-facts-not-checked",
        "verify/kinds/clause/judge.py",
        "    return words <= have",
        "    return True",
        "'born in Bulawayo and swam for Auburn University' would pass on the swimming sentence alone",
    ),
    Mutation(
        "clause-age-aside-ignored",
        "verify/kinds/clause/judge.py",
        "    m = _AGE_ASIDE.match(claim.text)\n    if m is not None:",
        "    m = None\n    if m is not None:",
        "'Montenegro, 55, succeeds António Costa' would pass on the succession alone",
    ),
    Mutation(
        "way-term-start-not-compared",
        "verify/kinds/clause/judge.py",
        "        if not starting:",
        "        if False:",
        "'defence minister from 2010' would not be contradicted by a term listed from 6 November 2012",
    ),
    Mutation(
        "clause-pronoun-own-resolver",
        "verify/kinds/clause/extract.py",
        "self.person_who_hangs_over(token) or self.references.person_before(token.i)",
        "self.person_who_hangs_over(token) or self.last_person",
        "'He served as defence minister from 2007' would be claimed, and contradicted, about the last person named",
    ),
    Mutation(
        "rival-by-body-name-alone",
        "verify/kinds/role/judge.py",
        "            out += _rival_findings(doc, [p for p in phrases if POST.search(p)], as_of, office)",
        "            out += _rival_findings(doc, phrases, as_of, office)",
        "'Mark Rutte leads NATO' would be contradicted by the chair of the NATO Military Committee",
    ),
    Mutation(
        "way-term-years-from-two-spells",
        "verify/kinds/clause/judge.py",
        "        elif end_year is not None and not any(t.end and t.end.year == end_year for t in starting):",
        "        elif False:",
        "'prime minister from 2000 to 2013' would be supported by one term from 2000 and another ending in 2013",
    ),
    Mutation(
        "way-any-by-reverses-succession",
        "verify/kinds/clause/judge.py",
        "    if _PASSIVE.search(claim.text) or by_other:",
        '    if _PASSIVE.search(claim.text) or re.search(r"\\bby\\s+[A-Z]", claim.text):',
        "'Shoigu, appointed by Putin, succeeded Serdyukov' would be read as Shoigu preceding Serdyukov",
    ),
    Mutation(
        "way-term-end-not-compared",
        "verify/kinds/clause/judge.py",
        "        elif end_year is not None and end_year not in ends:",
        "        elif False:",
        "'from 2012 to 2020' would pass on its start year alone against a term ending in 2024",
    ),
    Mutation(
        "way-term-since-ignores-the-day",
        "verify/kinds/clause/judge.py",
        "elif not ongoing or as_of is None or any(t.covers(as_of) for t in starting):",
        "else:",
        "'has been defence minister since 2012' would be supported after the term ended",
    ),
    Mutation(
        "way-term-row-without-office-dropped",
        "verify/offices.py",
        'office = group.get("office", office if set(group) <= _SPELL_ROWS else None)',
        'office = group.get("office")',
        "a prime minister's earlier spell (a term row under the office above) would be no term at all",
    ),
    Mutation(
        "way-seat-read-as-a-spell-of-the-office-above",
        "verify/offices.py",
        'office = group.get("office", office if set(group) <= _SPELL_ROWS else None)',
        'office = group.get("office", office)',
        "a member of parliament's seat (a constituency row) would be read as a spell as Leader of the Opposition",
    ),
    Mutation(
        "way-spell-without-a-post",
        "verify/kinds/clause/judge.py",
        "    return head if head and _POST.search(head) else None",
        "    return head or None",
        "'Trump, 78, previously served from 2017' would read 'previously served' as an office",
    ),
    Mutation(
        "way-description-with-a-post-supported-by-words",
        "verify/kinds/clause/judge.py",
        " and _words_hold(claim, sentence) and not _POST.search(claim.object):",
        " and _words_hold(claim, sentence):",
        "'a former chief of the defence staff' would be supported on a later page's words while still in office",
    ),
    Mutation(
        "way-leading-a-government-is-no-post",
        "verify/kinds/clause/judge.py",
        "    if named and _predicate(claim) in _LED and (country := office_country(named)):",
        "    if False:",
        "'led the Dutch government since 2022' would name no office and escape the premiership's term",
    ),
    Mutation(
        "way-party-post-is-a-sibling",
        "verify/offices.py",
        "    if not claimed_words or not government_post(claimed_office):",
        "    if not claimed_words:",
        "'Tory leader Rishi Sunak' would be contradicted by his premiership, another post of the same government",
    ),
    Mutation(
        "way-vague-since-dates-a-rival",
        "verify/kinds/role/judge.py",
        "            if vague_since(finding.unit.text, as_of, saved):",
        "            if False:",
        "'since 2025' on a page saved later would make a February 2025 holder stale: a false contradiction",
    ),
    Mutation(
        "way-vague-since-supports-the-day",
        "verify/kinds/role/judge.py",
        '        if own and when == "current" and vague_since(window, as_of, saved):',
        "        if False:",
        "'chairman since 2025' on a June 2025 page would support a February 2025 article naming him",
    ),
    Mutation(
        "way-place-parts-not-read",
        "verify/kinds/clause/judge.py",
        '    return len(names) >= 2 and all(re.search(rf"\\b{re.escape(n)}\\b", have) for n in names)',
        "    return False",
        "'born in Tokyo's Chiyoda ward' would not meet 'Chiyoda, Tokyo, Japan' (and be contradicted by it)",
    ),
    Mutation(
        "way-place-whole-phrase-only",
        "verify/kinds/clause/judge.py",
        "    names = _place_names(bare) or [aliases.fold(bare)]",
        "    names = [aliases.fold(bare)]",
        "'Haarlem's Santpoort district' would be ruled out by 'Santpoort, Netherlands'",
    ),
    Mutation(
        "way-sitting-is-no-membership",
        "verify/kinds/clause/judge.py",
        "    if _predicate(claim) in _SAT and _BODY.fullmatch(seat):",
        "    if False:",
        "'has sat in the House of Representatives since 1996' would escape the membership's listed start",
    ),
    Mutation(
        "way-birthplace-read-as-nationality",
        "verify/kinds/clause/judge.py",
        "                    if not _NOT_A_NATIONALITY_BEFORE.match(description[end:]):\n",
        "                    if True:\n",
        "'a Soviet-born Russian diplomat' would be contradicted by the page's Russian nationality",
    ),
    Mutation(
        "way-handover-day-unchecked",
        "verify/kinds/clause/judge.py",
        "                if not _handover_fits(claim.time, doc, f, side):",
        "                if False:",
        "'handed the ministry to Andrey Belousov in March' would be supported by a term that ended in May",
    ),
    Mutation(
        "way-held-for-read-as-the-post",
        "verify/offices.py",
        '    claimed_office = _SPAN_AFTER.sub("", claimed_office)',
        "    claimed_office = claimed_office",
        "'foreign minister for two decades' would be a sibling of the Minister of Foreign Affairs ('decades')",
    ),
    Mutation(
        "way-country-adjective-read-as-the-post",
        "verify/offices.py",
        "    forms = [country, *(f for f, (c, _) in aliases.COUNTRIES.items() if c == country)] if country else []",
        "    forms = [country] if country else []",
        "'the Dutch prime minister' would be a sibling of the Prime Minister of the Netherlands ('Dutch')",
    ),
    Mutation(
        "way-spell-any-office-of-the-sentence",
        "verify/kinds/clause/judge.py",
        "            if not wanted <= office_words(named):\n                continue\n",
        "",
        "'Chief of the Defense Staff from 2019' would take the navy post's years in the same sentence",
    ),
    Mutation(
        "way-passive-succession-read-active",
        "verify/kinds/clause/judge.py",
        "        came_before = not came_before",
        "        came_before = came_before",
        "'was replaced by Andrey Belousov' would look for Belousov among the predecessors",
    ),
    Mutation(
        "way-title-before-name-is-the-office",
        "verify/kinds/clause/judge.py",
        "        sentence = re.sub(title, surname, sentence, count=1)",
        "        sentence = sentence",
        "'Security Council Secretary Sergei Shoigu ... replaced at the ministry' would be read in the Council",
    ),
    Mutation(
        "way-past-succession-read-today",
        "verify/kinds/clause/judge.py",
        "if office is not None and not named and any(find_person(other, f.value) for f in _fields(doc, (side,))):",
        "if False:",
        "'Shoigu succeeded Anatoly Serdyukov' (2012) would be contradicted by today's office's predecessor",
    ),
    Mutation(
        "way-object-preposition-kept",
        "verify/kinds/clause/judge.py",
        'other = re.sub(r"^(?:to|from|by|as)\\s+", "", claim.object or "")',
        'other = claim.object or ""',
        "'handed the ministry to Andrey Belousov' would name no one ('to Andrey Belousov')",
    ),
    Mutation(
        "way-any-other-place-contradicts",
        "verify/kinds/clause/judge.py",
        "            elif _other_place(place, f.value, doc):",
        "            else:",
        "'born in Russia' would be contradicted by 'Chadan, Tuvan Autonomous Oblast, Soviet Union'",
    ),
    Mutation(
        "way-age-from-a-bare-year-supported",
        "verify/kinds/duration/judge.py",
        "        elif len(possible) == 1:",
        "        else:",
        "'Brown, 62' would be supported by '(born 1962)' though he may be 63",
    ),
    Mutation(
        "way-next-holder-is-the-holder",
        "verify/offices.py",
        ' | ({"elect"} if _NOT_YET.search(folded) else frozenset())',
        "",
        "'the next president of the European Council' would be contradicted by the president in office",
    ),
    Mutation(
        "way-deputy-never-held-unread",
        "verify/kinds/role/judge.py",
        "            if same_office(bare, claim.nationality, strip_qualifiers(term.office.value)):",
        "            if False:",
        "'former Deputy Prime Minister' of a person whose career lists only the premiership would stay open",
    ),
    Mutation(
        "way-relatives-events-are-the-subjects",
        "verify/kinds/clause/judge.py",
        "        return False\n    if surname and re.search(",
        "        pass\n    if surname and re.search(",
        "'His father died in 1990' would date the subject's own death",
    ),
    Mutation(
        "audit-year-of-any-verb",
        "verify/kinds/clause/judge.py",
        "                and _dated_by_verb(predicate, sentence, next(iter(stated)))\n",
        "",
        "'Born in New York City, Trump graduated ... in 1968' would date his birth to 1968",
    ),
    Mutation(
        "audit-pronoun-subject-trusted",
        "verify/kinds/clause/judge.py",
        "    if names_subject(claim) or not any(f.stance == Stance.CONTRADICTS for f in found):",
        "    if True:",
        "'He was LDP president from 2021', read as Ishiba, would be contradicted though Kishida's page states it",
    ),
    Mutation(
        "audit-undated-holder-of-a-later-day",
        "verify/kinds/role/judge.py",
        "if others and unit.field is not None and (since is not None or not _written_after(doc, as_of)):",
        "if others and unit.field is not None:",
        "a June 2025 page's undated chair would contradict the chair of June 2024",
    ),
    Mutation(
        "audit-rival-in-any-sentence",
        "verify/kinds/role/judge.py",
        "    return _OTHER_HOLDER.search(before) is None and _HOLDER_BEFORE.search(before) is not None",
        "    return True",
        "'an adviser to the prime minister since 2020' would make its page's person a rival prime minister",
    ),
    Mutation(
        "audit-every-spell-decides",
        "verify/kinds/role/judge.py",
        "f.stance == Stance.CONTRADICTS and f.unit.field and held)]",
        "f.stance == Stance.CONTRADICTS and f.unit.field and False)]",
        "Kishida's 2012-2017 spell as foreign minister would be disputed by his November 2021 one",
    ),
    Mutation(
        "audit-spell-rows-without-office",
        "verify/offices.py",
        '        out.append(group if office is None or "office" in group else {**group, "office": office})',
        "        out.append(group)",
        "a second spell listed under the office row above would belong to no office",
    ),
    Mutation(
        "audit-earlier-spell-unread",
        "verify/kinds/role/judge.py",
        "            if _earlier_spell(doc, field.value, as_of, start):\n",
        "            if False:\n",
        "'President Vladimir Putin' in 2005 would be contradicted by an infobox term from 2012",
    ),
    Mutation(
        "audit-past-word-anywhere",
        "verify/kinds/role/judge.py",
        "    return _PAST_BEFORE.search(before) is not None or _RANGE_AFTER.search(folded[end : end + 90]) is not None",
        "    return True",
        "'succeeded the former prime minister' would place the person's own premiership in the past",
    ),
    Mutation(
        "audit-other-country-supports",
        "verify/kinds/role/judge.py",
        "        if claimed_country and written and claimed_country not in written:",
        "        if False:",
        "'Minister of Foreign Affairs of Russia' would support 'Belarusian Foreign Minister Sergey Lavrov'",
    ),
    Mutation(
        "audit-country-names-as-nationality",
        "verify/kinds/clause/judge.py",
        "if phrase in _NATIONALITY_WORDS and (country := aliases.country_of(phrase)):",
        "if country := aliases.country_of(phrase):",
        "'a diplomat at talks on Ukraine' would give Lavrov a Ukrainian nationality to contradict",
    ),
    Mutation(
        "audit-tenure-of-any-post",
        "verify/kinds/duration/judge.py",
        "        if specific:\n",
        "        if shared:\n",
        "'a minister for 30 years' would be read against each ministry in turn",
    ),
    Mutation(
        "audit-bound-read-as-whole-years",
        "verify/kinds/duration/judge.py",
        "    if qualifier is not None:\n        return _fits(elapsed, number, qualifier)\n",
        "",
        "'nearly four years' after 3.8 years would not be supported",
    ),
    Mutation(
        "audit-rounding-contradicts",
        "verify/kinds/duration/judge.py",
        "    return None if abs(elapsed - number) < 1 else False",
        "    return False",
        "'three years' after 2.9 years would be contradicted",
    ),
    Mutation(
        "audit-close-reading-ignored",
        "verify/kinds/duration/judge.py",
        "    if close or any(f.stance == Stance.SUPPORTS for f in out):",
        "    if any(f.stance == Stance.SUPPORTS for f in out):",
        "the war's 2014 start would contradict 'three years' that its 2022 start nearly fits",
    ),
    Mutation(
        "audit-span-first-day-unread",
        "verify/kinds/date/judge.py",
        "    borrowed = \" \".join([*first_words, *m[\"last\"].split()[len(first_words) :]])  # '9' + 'July 2024'",
        '    borrowed = m["first"]',
        "'9–11 July 2024' would begin on some day of another year",
    ),
    Mutation(
        "audit-one-relation-word-dates",
        "verify/kinds/date/judge.py",
        '            if not all(re.search(rf"\\b{stem}", unit.text, re.I) for stem in stems):',
        '            if not any(re.search(rf"\\b{stem}", unit.text, re.I) for stem in stems):',
        "'took part in a summit on 15 August 2025' would date Trump's taking office",
    ),
    Mutation(
        "audit-every-row-decides",
        "verify/kinds/date/judge.py",
        "        found = [(what, f) for what, f in found if f.stance == Stance.SUPPORTS or what not in held]",
        "        pass",
        "'became foreign minister on 26 December 2012' would be disputed by the November 2021 spell",
    ),
    Mutation(
        "audit-due-to-take-office-is-now",
        "verify/lexicons/judging.toml",
        '"due to take", "set to take", "expected to take", "is due to",',
        "",
        "'is due to take office on 1 October' would be read against the party presidency Ishiba held already",
    ),
    Mutation(
        "reading-start-clause-unread",
        "verify/kinds/clause/judge.py",
        "    if not structured and dated is not None:",
        "    if False:",
        "'Ishiba is due to take office on 2 October 2024', read as 'be', would stay open",
    ),
    Mutation(
        "reading-led-a-party-unread",
        "verify/kinds/clause/judge.py",
        "    if _predicate(claim) in _LED and _a_body(body):",
        "    if False:",
        "'Sunak has led the Conservative Party since 2019' would name no office to read terms of",
    ),
    Mutation(
        "reading-full-name-unread",
        "verify/match.py",
        " or _birth_name_holds(key, d)]",
        "]",
        "'Filipe Montenegro Cardoso de Morais Esteves' would find no page titled 'Luís Montenegro'",
    ),
    Mutation(
        "reading-full-name-any-part",
        "verify/match.py",
        '    ending = re.compile(rf"\\b{re.escape(folded_name)}$")',
        '    ending = re.compile(rf"\\b{re.escape(folded_name)}\\b")',
        "'Cardoso de Morais', a piece of a full name, would be taken for the person",
    ),
    Mutation(
        "reading-born-only-in-lower-case",
        "verify/kinds/clause/judge.py",
        '    forms = [f"(?i:{f})" if w.islower() else f for f, w in zip(forms, words, strict=True)]\n',
        "",
        "'Born in New York City, Trump ...' would give no birthplace",
    ),
    Mutation(
        "reading-succession-of-another-year",
        "verify/kinds/clause/judge.py",
        "                if not _handover_fits(claim.time, doc, f, side) or not (named or _lists_a_career(doc)):",
        "                if not (named or _lists_a_career(doc)):",
        "'Shoigu succeeded Sergei Ivanov in 2012' would be contradicted by his 2024 post's predecessor",
    ),
    Mutation(
        "reading-succession-on-a-one-office-page",
        "verify/kinds/clause/judge.py",
        "                if not _handover_fits(claim.time, doc, f, side) or not (named or _lists_a_career(doc)):",
        "                if not _handover_fits(claim.time, doc, f, side):",
        "'Putin succeeded Boris Yeltsin' would be contradicted by a page listing only his presidency from 2012",
    ),
    Mutation(
        "reading-led-the-government-any-office",
        "verify/kinds/date/judge.py",
        "            if in_government and not government_post(office.value):\n                continue",
        "            if False:\n                continue",
        "'has led the government since' would be read against party and seat offices too, and left open",
    ),
    Mutation(
        "reading-under-whom-unchecked",
        "verify/kinds/role/judge.py",
        "        if f.stance == Stance.SUPPORTS and f.aspect == Aspect.MAIN and not _names_head(f, head):",
        "        if False:",
        "'deputy prime minister under Dmitry Medvedev' would be supported by a term under Putin",
    ),
    Mutation(
        "reading-under-whom-kept-in-the-office",
        "verify/kinds/role/__init__.py",
        "        claim, head = under_head(cleaned_office(claim))",
        "        claim, head = cleaned_office(claim), None",
        "'deputy prime minister under Vladimir Putin' would be sought as an office of that name",
    ),
    Mutation(
        "reading-spell-under-whom-unchecked",
        "verify/kinds/clause/judge.py",
        "        elif head is not None and not any(_term_names_head(doc, t, head) for t in starting):",
        "        elif False:",
        "'deputy prime minister under Boris Yeltsin from 2000' would be supported by a term under Putin",
    ),
    Mutation(
        "reading-object-taken-for-the-post",
        "verify/kinds/clause/judge.py",
        "    if claim.object and not re.search(_YEAR_RE, claim.object) and _POST.search(claim.object):",
        "    if claim.object and not re.search(_YEAR_RE, claim.object):",
        "'was deputy prime minister under Putin from 2000' read with 'Putin' as its object would name no post",
    ),
    Mutation(
        "reading-ordinal-of-another-term-contradicts",
        "verify/kinds/clause/judge.py",
        "(the 45th and the 47th president)\n        return [f for f in out if f.stance == Stance.SUPPORTS]",
        "(the 45th and the 47th president)\n        pass",
        "'Trump, the 45th president' would be disputed by his page's '47th president'",
    ),
    Mutation(
        "audit2-pronoun-after-another-name-trusted",
        "verify/kinds/clause/judge.py",
        "    if (other_name := _someone_else_before(claim)) is not None:",
        "    if (other_name := None) is not None:",
        "'Putin returned in 2012, when he succeeded Medvedev', read as Shoigu, would be contradicted",
    ),
    Mutation(
        "audit2-participle-taken-for-a-name",
        "verify/kinds/clause/judge.py",
        "    if at <= 0 or opening is None or opening.group(2) in _STOP:",
        "    if at <= 0 or opening is None:",
        "'Born in Brilon, he sat in the European Parliament from 1984' would set Merz's spell aside as someone else's",
    ),
    Mutation(
        "reading-auxiliary-start-undated",
        "verify/kinds/date/judge.py",
        "        return term_date_findings(claim, docs, as_of)\n    at = precision(written)",
        "        return []\n    at = precision(written)",
        "'Scholz has been chancellor since 8 December 2021' would never meet the term's start row",
    ),
    Mutation(
        "reading-second-office-unchecked",
        "verify/kinds/role/__init__.py",
        "        return found if other is None else both_offices(found, self._findings(other, evidence, as_of))",
        "        return found",
        "'defence minister and foreign minister' would be supported by the defence ministry alone",
    ),
    Mutation(
        "reading-office-with-its-adverbs",
        "verify/kinds/role/judge.py",
        "    return claim if bare == value or not bare else claim.model_copy(",
        "    return claim if True else claim.model_copy(",
        "'previously defence minister' would be sought as an office of that name",
    ),
    Mutation(
        "retrieval-whole-page-of-any-hit",
        "verify/pipeline.py",
        "rest = [d for d in pool.entity_pages(claim.id) if",
        "rest = [d for d in pool.by_claim[claim.id] if",
        "a page that only names someone (a search hit) would be read whole for them",
    ),
    Mutation(
        "retrieval-surname-searched-apart",
        "verify/retrieve.py",
        "        if len(longer) == 1:\n            out[name] = longer[0]",
        "        if False:\n            out[name] = longer[0]",
        "'Umerov' would cost a search of its own beside the article's 'Rustem Umerov'",
    ),
    Mutation(
        "retrieval-person-searched-per-spelling",
        "verify/sources/wikipedia.py",
        "return await self.search(earlier or name, limit)",
        "return await self.search(name, limit)",
        "'Alexus G. Grynkewich' would be searched again after 'Alexus Grynkewich'",
    ),
    Mutation(
        "retrieval-time-words-searched-as-event",
        "verify/kinds/date/__init__.py",
        "event = event if event and names_an_event(event) else None",
        "event = event or None",
        "'2025 Tuesday' would be searched for as an event",
    ),
    Mutation(
        "retrieval-person-searched-as-event",
        "verify/retrieve.py",
        "entity = next((n for n in named if _holds_words(event, n)), None)",
        "entity = None",
        "'2025 Ukrainian President Volodymyr Zelenskyy' would be searched for as an event",
    ),
    Mutation(
        "retrieval-accented-name-unseen",
        "verify/retrieve.py",
        "    plain = unaccented(name)\n    return any(find_person(plain, unaccented(text))",
        "    plain = name\n    return any(find_person(plain, text)",
        "Mark Rutte's page, naming his deputy Radmila Šekerinska, would not be kept for her",
    ),
    Mutation(
        "retrieval-acronym-not-spelled-out",
        "verify/retrieve.py",
        "            if not _has_page(found, title) and (acronym := spelled_out(title, sentences)):",
        "            if False:",
        "'President of IOC' would not be asked as 'President of the International Olympic Committee'",
    ),
    Mutation(
        "retrieval-country-of-any-article",
        "verify/retrieve.py",
        "    return named.pop() if len(named) == 1 else None",
        "    return named.pop() if named else None",
        "an article naming Germany and France would have its bare 'Chancellor' read as Germany's",
    ),
    Mutation(
        "retrieval-bare-post-as-written",
        "verify/retrieve.py",
        "            elif title in want.offices and (post := bare_post_title(title, country)):",
        "            elif False:",
        "'Chancellor' in an article about Germany would not be asked as 'Chancellor of Germany'",
    ),
    Mutation(
        "retrieval-person-by-title-only",
        "verify/retrieve.py",
        "    return max([by_title, *aliases], key=lambda scored: scored[0])",
        "    return by_title",
        "a search hit whose birth name is the person's would not be taken for them",
    ),
    Mutation(
        "retrieval-lead-only-page-read-whole",
        "verify/sources/wikipedia.py",
        "return doc.url not in self._lead_only",
        "return True",
        "a page whose size is its lead would still cost a whole-page request",
    ),
    Mutation(
        "retrieval-any-hit-named-after-a-person",
        "verify/retrieve.py",
        "name_match(name, best)[0] >= 90 and is_person_doc(best) else None",
        "name_match(name, best)[0] >= 90 else None",
        "an airport or ship named after a person would be taken for their page and read whole as theirs",
    ),
    Mutation(
        "quote-supported-by-its-words-alone",
        "verify/kinds/quote/judge.py",
        "if ties_to_speaker(doc, _passage(doc_units, at), claim.subject):",
        "if True:",
        "a page giving the quoted words to someone else would support the quote's wrong speaker",
    ),
    Mutation(
        "succession-office-tie-left-open",
        "verify/kinds/clause/judge.py",
        "chosen = [g for g, n in zip(chosen, unsaid, strict=True) if n == min(unsaid)]",
        "chosen = chosen",
        "'has been chancellor ... when he succeeded X' would find 'Chancellor' and 'Vice Chancellor' tied, and no row",
    ),
    Mutation(
        "coordinated-posts-one-enough",
        "verify/kinds/clause/judge.py",
        "return [f for found in backed for f in found] if all(backed) else []",
        "return [f for found in backed for f in found]",
        "'finance minister and foreign minister from 2018' would be supported by the finance ministry's term alone",
    ),
    Mutation(
        "count-in-a-hyphened-compound-noun",
        "verify/kinds/quantity/judge.py",
        r"(?:\s+|-{_PARTS}\s+)(?:[A-Za-z-]+\s+)",
        r"(?:\s+|-)(?:[A-Za-z-]+\s+)",
        "'a 174-seat majority' would be read as 174 seats won, contradicting a true count of seats",
    ),
    Mutation(
        "rival-since-year-never-dated-by-its-row",
        "verify/kinds/role/judge.py",
        "rival = rival.but(dated=_term_start_in(doc, office, finding.dated.year))",
        "rival = rival.but(dated=None)",
        "a successor 'since 2024' whose own term row starts after the article would leave the holder disputed",
    ),
    Mutation(
        "predecessor-row-in-any-office",
        "verify/kinds/role/judge.py",
        "            if same_office(office, nationality, held.value):",
        "            if True:",
        "a predecessor as Belgian prime minister would be said to have held the European Council's presidency",
    ),
    Mutation(
        "predecessor-row-of-a-later-term",
        "verify/kinds/role/judge.py",
        "or start > as_of or",
        "or",
        "a successor's term begun after the article would make its predecessor a past holder on the article's day",
    ),
    Mutation(
        "share-hedge-ignored",
        "verify/kinds/quantity/judge.py",
        "if at < 0 or _HEDGES & set(before):",
        "if at < 0:",
        "'nearly 64 per cent' would be refuted by a turnout row of 59.7%",
    ),
    Mutation(
        "share-row-of-another-years-event",
        "verify/kinds/quantity/judge.py",
        "        if not _of_the_day(doc, as_of):",
        "        if False:",
        "a 2029 article's turnout would be read in the 2024 election's row",
    ),
    Mutation(
        "share-of-the-vote-in-any-group",
        "verify/kinds/quantity/judge.py",
        "exact = [g for g in named.values() if any(aliases.fold(f.value) == owner for f in _sides(g))]",
        "exact = [g for g in named.values() if _sides(g)]",
        "a party's share of the vote would be read in every party's group, the others' contradicting it",
    ),
    Mutation(
        "election-leader-any-day",
        "verify/kinds/role/judge.py",
        "or not held <= as_of <= held + ELECTION_NEWS or",
        "or",
        "a party's leader at an election would be taken for its leader on any later day",
    ),
    Mutation(
        "election-leader-of-any-party",
        "verify/kinds/role/judge.py",
        "or aliases.fold(party.value).strip() != body:",
        ":",
        "a leader at the election would be said to lead whichever party the claim names",
    ),
    Mutation(
        "start-claim-post-words-ignored",
        "verify/kinds/date/judge.py",
        "offices = named_post if len(named_post) == 1 else offices",
        "offices = offices",
        "'had been prime minister since ...' over a career of ended terms would be left open",
    ),
    Mutation(
        "count-in-any-hyphened-word",
        "verify/kinds/quantity/judge.py",
        r"-{_PARTS}\s+",
        r"-[A-Za-z]+\s+",
        "'a two-thirds majority' would be read as a majority of two, contradicting a true majority",
    ),
    Mutation(
        "held-office-years-ignored",
        "verify/kinds/role/judge.py",
        "    years = stated_years(claim)\n    if years is None:\n        return findings\n",
        "    return findings\n",
        "'deputy governor of the bank from 2008 to 2013' supported by a deputy governor's term of 2003-2004",
    ),
    Mutation(
        "share-change-read-as-level",
        "verify/kinds/quantity/judge.py",
        '_LINK = r"(?:,\\s*)?(?:(?:was|is|were|stood|at|of|reached|came|to|totalled|totaled|hit)\\s+)*"',
        '_LINK = r".*"',
        "'turnout fell 5.2 per cent' would be refuted by a turnout row of 59.7%",
    ),
    Mutation(
        "sure-bound-read-as-exact",
        "verify/kinds/quantity/judge.py",
        'return next((how for how, bound in _BOUND_BEFORE.items() if bound.search(before)), "exact")',
        'return "exact"',
        "'more than 30 member states' would be refuted by the page's 32",
    ),
    Mutation(
        "sure-approximate-read-as-exact",
        "verify/kinds/quantity/judge.py",
        '    if how == "about":\n',
        "    if False:\n",
        "'about 12,000 people' would be refuted by the page's 11,800",
    ),
    Mutation(
        "sure-round-thousand-read-as-exact",
        "verify/kinds/quantity/judge.py",
        "if claimed >= 1000 and place >= 100 and off <= place / 2:",
        "if False:",
        "'12,000 people' would be refuted by the page's 11,800",
    ),
    Mutation(
        "sure-count-of-another-year",
        "verify/kinds/quantity/judge.py",
        "if other_time(unit.text, claim, as_of):\n                continue",
        "if False:\n                continue",
        "'by 2004 NATO had 26 member states' would refute a count of 32 today",
    ),
    Mutation(
        "sure-seats-of-another-year",
        "verify/kinds/quantity/judge.py",
        "if not other_time(sentence, claim, as_of):",
        "if True:",
        "the seats of the 2019 election would refute the seats of 2024",
    ),
    Mutation(
        "sure-earlier-time-words-ignored",
        "verify/kinds/quantity/judge.py",
        "if _OTHER_TIME.search(sentence):\n        return True",
        "if False:\n        return True",
        "'at the previous election the Greens won 40 seats' would refute today's 85",
    ),
    Mutation(
        "sure-joint-count-read-as-own",
        "verify/kinds/quantity/judge.py",
        "if stances[0] is None or joint_or_part(sentence[named[-1].end() : found[0][0].end() + 30]):",
        "if stances[0] is None:",
        "the seats the Greens won with their allies would refute the Greens' own",
    ),
    Mutation(
        "sure-alliance-row-read-as-party",
        "verify/kinds/quantity/judge.py",
        "return _mentions(name, entities) and _names_most(name, entities) and not joint_or_part(name)",
        "return _mentions(value, entities) and _names_most(value, entities)",
        "an alliance's row naming the party in brackets would refute the party's seats",
    ),
    Mutation(
        "sure-part-count-read-as-whole",
        "verify/kinds/quantity/judge.py",
        "return bool(_JOINT.search(between) or _PART.search(between))",
        "return bool(_JOINT.search(between))",
        "a division's 900 staff would refute the company's 12,000",
    ),
    Mutation(
        "sure-appointment-read-as-start",
        "verify/kinds/date/judge.py",
        "elif not (starts and _decided_before(claim, want, first)):",
        "else:",
        "an appointment announced a week before the term began would be refuted by the term's start",
    ),
    Mutation(
        "sure-appointment-any-day",
        "verify/kinds/date/judge.py",
        "return _ANNOUNCES.search(claim.relation) is not None and start - _LEAD <= want <= start",
        "return _ANNOUNCES.search(claim.relation) is not None",
        "an appointment dated after the term began would never be refuted",
    ),
    Mutation(
        "sure-birthplace-of-another",
        "verify/kinds/clause/judge.py",
        "elif _anothers_place(sentence, m):",
        "elif False:",
        "'born to a diplomat posted in Cairo' would refute a birth in Lisbon",
    ),
    Mutation(
        "sure-place-left-in-words-unread",
        "verify/kinds/clause/judge.py",
        "place = claim.place or claim.object or claim.value or _place_written(claim, predicate)",
        "place = claim.place or claim.object or claim.value",
        "'was born in Lisbon' read without a place field would never be checked",
    ),
    Mutation(
        "sure-predecessor-of-another-spell",
        "verify/kinds/clause/judge.py",
        "if _STOPGAP.search(f.value) or any(find_person(other, g.value) for g in spells):",
        "if _STOPGAP.search(f.value):",
        "a predecessor in the office's earlier spell would be refuted by the later spell's",
    ),
    Mutation(
        "sure-acting-predecessor-read-as-one",
        "verify/kinds/clause/judge.py",
        "if _STOPGAP.search(f.value) or any(find_person(other, g.value) for g in spells):",
        "if any(find_person(other, g.value) for g in spells):",
        "an acting holder in between would refute the predecessor the claim names",
    ),
    Mutation(
        "sure-title-initials-read-as-body",
        "verify/offices.py",
        "return kept | {a[:5] for a in _body_initials(text)}",
        "return kept | {a[:5] for a in _acronyms(text)}",
        "'Finance Minister' would be another office than 'Minister of Finance' (initials FM)",
    ),
    Mutation(
        "sure-retirement-from-anything",
        "verify/kinds/clause/judge.py",
        "                and not _qualified_otherwise(claim, predicate, sentence, next(iter(stated)))\n",
        "",
        "'retired from international football in 2012' would refute a retirement in 2016",
    ),
    Mutation(
        "sure-subjects-possession-read-as-subject",
        "verify/kinds/clause/judge.py",
        "        return False  # \"Acme's Swiss branch was founded in 2001\": something of the subject's, not the"
        " subject",
        "        pass",
        "the founding of a company's branch would refute the company's own founding year",
    ),
    Mutation(
        "sure-second-nationality-ignored",
        "verify/kinds/clause/judge.py",
        "if claimed and given and given not in claimed and not claimed & _nationalities(sentences[0]):",
        "if claimed and given and given not in claimed:",
        "'a Portuguese-born French lawyer' would refute 'a French lawyer'",
    ),
    Mutation(
        "sure-ordinal-of-any-opening-name",
        "verify/kinds/clause/judge.py",
        '    if not re.fullmatch(rf"(?:\\s*,[^;]*,)?\\s*{_COPULA}\\s+(?:the\\s+)?", between):\n        return []\n',
        "",
        "'Rivera said that Lee is the NRF's eighth president' would be read from Rivera's row",
    ),
    Mutation(
        "sure-ordinal-of-any-body",
        "verify/kinds/clause/judge.py",
        'texts += [t for t in rows if owner and owner <= set(re.findall(r"[a-z]+", aliases.fold(t[1])))]',
        "texts += rows",
        "the 8th president of another body would refute 'the NRF's ninth president'",
    ),
    Mutation(
        "sure-ordinal-holder-unread",
        "verify/kinds/clause/judge.py",
        "        rows = [t for doc in _holder_pages(claim, docs) for t in _ordinal_texts(doc)"
        " if t[0].field is not None]",
        "        rows = []",
        "'Bach, ..., is the IOC's ninth president' would never be read from Bach's office row",
    ),
    Mutation(
        "sure-subject-by-initials-unread",
        "verify/kinds/clause/judge.py",
        "return (bool(names) and any(n in said for n in names)) or by_initials",
        "return bool(names) and any(n in said for n in names)",
        "'the NRF's eighth president' would be set aside as said of the person the sentence names",
    ),
    Mutation(
        "sure-the-office-unread",
        "verify/kinds/date/judge.py",
        "if not named_post and _THE_OFFICE.search(claim.text) and at > 0:",
        "if False:",
        "'Rivera, the mayor of Porto, has held the office since ...' would be left open among her offices",
    ),
    Mutation(
        "sure-rank-of-a-past-event",
        "verify/kinds/role/judge.py",
        "            elif have and _rank_of_the_day(doc, unit, own_page):",
        "            elif have:",
        "a colonel's rank in a 2010 exercise's commander row would refute the general she is now",
    ),
    Mutation(
        "sure-rank-of-the-day-ignored",
        "verify/kinds/role/judge.py",
        "    return label in _NOW_ROWS and not any(f.label.lower() in _EVENT_ROWS for f in doc.infobox)",
        "    return False",
        "a unit's commander row giving another rank today would refute nothing",
    ),
    Mutation(
        "sure-part-of-the-members-read-as-whole",
        "verify/kinds/quantity/judge.py",
        "elif stance == Stance.CONTRADICTS and count.whole:",
        "elif stance == Stance.CONTRADICTS:",
        "'only 8 member states met the spending target' would refute a head count of 32",
    ),
    Mutation(
        "stress-count-of-the-whole-sentence",
        "verify/kinds/quantity/judge.py",
        "    for clause in reversed(_CLAUSE_BREAK.split(claim.sentence[:at]) if at > 0 else []):",
        "    for clause in []:",
        "'the National Party won 25 seats and the Green League 60' would read the League's row against 25",
    ),
    Mutation(
        "stress-one-shared-word-names-the-side",
        "verify/kinds/quantity/judge.py",
        "    return any(2 * len(said & run) >= len(run) for run in runs)",
        "    return any(said & run for run in runs)",
        "'the Harbour Party won a majority of 40 seats' would give the National Party's count for 'Party'",
    ),
    Mutation(
        "stress-majority-read-as-seats-won",
        "verify/kinds/quantity/judge.py",
        "        if not margin:  # a seats row counts the seats won, never a majority",
        "        if True:",
        "'a majority of 40 seats' would be refuted by the party's 140 seats won",
    ),
    Mutation(
        "stress-any-count-for-a-majority",
        "verify/kinds/quantity/judge.py",
        "        found = [(m, n) for m, n in found if _page_margin(sentence, m)]",
        "        found = found",
        "'a majority of 50 seats' would be read against any count of seats the page's sentence gives first",
    ),
    Mutation(
        "stress-took-up-read-as-held-now",
        "verify/kinds/role/__init__.py",
        "        taken_up = claim.relation == Relation.HOLDS_OFFICE and took_up(claim, as_of)\n",
        "        taken_up = False\n",
        "'she became deputy leader on 1 March 2019' would be refuted by that term's end in 2021",
    ),
    Mutation(
        "took-up-undated-read-as-past",
        "verify/kinds/role/judge.py",
        "    return _NEWS_DAYS.search(claim.sentence) is None",
        "    return True or _NEWS_DAYS.search(claim.sentence) is None",
        "'X became prime minister after Sunday's election' would be supported by a term that ended years ago",
    ),
    Mutation(
        "stress-number-of-the-office-unread",
        "verify/kinds/role/__init__.py",
        "        found = ordinal_checked(claim, served_under(self._findings(claim, evidence, as_of), head))",
        "        found = served_under(self._findings(claim, evidence, as_of), head)",
        "'Vestria's 13th prime minister' would be supported by the row '12th Prime Minister of Vestria'",
    ),
    Mutation(
        "stress-bare-date-of-another-post",
        "verify/kinds/date/judge.py",
        "        offices = [o for o in offices if _of_the_post_before(claim.sentence[:at], o[1])]",
        "        offices = offices",
        "'became deputy leader on 1 March 2019' would be refuted by the MP's term from 2 March 2019",
    ),
    Mutation(
        "stress-another-years-event-page",
        "verify/kinds/date/judge.py",
        "        if of_the_year and _title_years(doc) and want.year not in _title_years(doc):",
        "        if False:",
        "the 2026 election's page would dispute the 2031 election's date as a second source",
    ),
    Mutation(
        "stress-birth-date-unread",
        "verify/kinds/date/judge.py",
        "    return out + term_date_findings(claim, docs, as_of) + birth_findings(claim, docs)",
        "    return out + term_date_findings(claim, docs, as_of)",
        "'Born on 2 March 1977' would stand beside a page whose subject was born on 2 March 1975",
    ),
    Mutation(
        "stress-birth-date-supports-the-place",
        "verify/kinds/date/judge.py",
        "            elif not _named_words(claim):",
        "            else:",
        "'born in Westport on 2 March 1975' would be supported by the birth date alone, the place unchecked",
    ),
    Mutation(
        "given-name-opens-one-name-only",
        "verify/retrieve.py",
        "    return opening[0] if len(opening) == 1 else None",
        "    return opening[0] if opening else None",
        "'Rui' would be taken for the first of two people the article names 'Rui ...'",
    ),
    Mutation(
        "given-name-asked-as-full-name",
        "verify/retrieve.py",
        "            elif not _has_page(found, title) and (given := given_name_of(title, people_named)):",
        "            elif False and (given := given_name_of(title, people_named)):",
        "'Gibran' would stay a title with no page, his full name's page never his",
    ),
    Mutation(
        "judged-on-the-full-name-it-opens",
        "verify/judge.py",
        '    return claim.model_copy(update={"subject": full}) if full else claim',
        "    return claim",
        "'Gibran, 37' would find no page about 'Gibran' though retrieval found his",
    ),
    Mutation(
        "age-at-death-not-today",
        "verify/kinds/duration/judge.py",
        "        on = died[0] if died is not None and died[0] <= as_of else as_of",
        "        on = as_of",
        "'died in 1970, aged 69' would be contradicted by the 119 years since her birth",
    ),
    Mutation(
        "death-date-from-the-life-span",
        "verify/match.py",
        "        m = _LIFESPAN.search(sentence)",
        "        m = None",
        "a page giving '(3 March 1901 – 9 May 1970)' and no infobox would read as a living person's",
    ),
    Mutation(
        "clause-day-checked-beside-its-office",
        "verify/kinds/clause/judge.py",
        "    elif dated is not None and any(f.stance == Stance.SUPPORTS for f in structured):",
        "    elif False:",
        "'sworn in as the 12th prime minister on 6 June' would be supported by the office, the day unchecked",
    ),
    Mutation(
        "clause-wrong-day-refutes",
        "verify/kinds/clause/judge.py",
        "    if against and not any(f.stance == Stance.SUPPORTS for f in on_the_day):",
        "    if False:",
        "a clause whose day the term start contradicts would still be supported by its office",
    ),
    Mutation(
        "share-read-in-the-candidates-group",
        "verify/kinds/quantity/judge.py",
        "    return [group[label] for label in _SHARE_SIDES if label in group]",
        '    return [group[label] for label in ("party",) if label in group]',
        "a candidate's '54.6% of the vote' would find no group: only a party names one",
    ),
    Mutation(
        "share-own-words-name-the-vote",
        "verify/kinds/quantity/judge.py",
        "        or _VOTE_AFTER.match(after_number)",
        "        or False",
        "'54.6% of the vote' as one claim would not be read as a share of the vote",
    ),
    Mutation(
        "tenure-of-the-post-its-sentence-names",
        "verify/kinds/duration/judge.py",
        "        for term in own or _the_one_post_named(doc, office_words(claim.sentence)):",
        "        for term in own:",
        "'left office after ten years' would find no term: its own words name no post",
    ),
    Mutation(
        "tenure-sentence-names-one-post-only",
        "verify/kinds/duration/judge.py",
        "    return named if len({aliases.fold(t.office.value) for t in named}) == 1 else []",
        "    return named",
        "a length whose sentence names two posts would be measured against both, one contradicting",
    ),
    Mutation(
        "event-page-of-another-country",
        "verify/retrieve.py",
        "    return country is not None and named is not None and named != country",
        "    return False",
        "a British article's 'general election' would read the Indonesian election page the search also gives",
    ),
    Mutation(
        "count-of-the-subject-when-no-side-before",
        "verify/kinds/quantity/judge.py",
        "    subject = own if not _named_before(claim) else Sides()",
        "    subject = Sides()",
        "'Her ticket received more than 12 million votes' would find no row: the sentence names no side",
    ),
    Mutation(
        "count-by-subject-only-a-row-it-rounds-to",
        "verify/kinds/quantity/judge.py",
        "            if stance is None or (near and (stance != Stance.SUPPORTS or not rounds_to)):",
        "            if stance is None:",
        "'more than 2 million votes' would be supported by a 12,480,311 row, and 'about 10 million' refuted",
    ),
    Mutation(
        "count-picture-names-no-side",
        "verify/kinds/quantity/judge.py",
        '        sides = [f for key, f in group.items() if f not in counted and not _MEDIA.search(f"{key} {f.value}")]',
        "        sides = [f for key, f in group.items() if f not in counted]",
        "a group whose picture's file name names a party would count as that party's",
    ),
    Mutation(
        "stale-revision-at-date-kept",
        "verify/retrieve.py",
        "        if old is not None and (changed := _dated_after(old, doc, as_of)) is not None:",
        "        if False:",
        "a page's revision at the article's date, saved before a handover the current revision dates, would decide",
    ),
    Mutation(
        "inferred-post-refutes-a-length",
        "verify/kinds/duration/judge.py",
        "            if fits is None or (not fits and not own):",
        "            if fits is None:",
        "'X, a former prime minister, left politics after 15 years' would be refuted by the premiership's length",
    ),
    Mutation(
        "dated-change-after-the-article-counts",
        "verify/retrieve.py",
        "if day and saved < day <= as_of]",
        "if day and saved < day]",
        "a term the current revision dates after the article would set aside the revision as it stood that day",
    ),
    Mutation(
        "start-claim-verb-read-as-post",
        "verify/kinds/date/judge.py",
        'return words if POST.search(words) else ""',
        "return words",
        "'had governed since' would single out a 'Head of Government' among ended offices and contradict",
    ),
    Mutation(
        "first-of-a-kind-unchecked",
        "verify/kinds/role/judge.py",
        "    if any(_first_in_office(doc.text, kind, office) for doc in docs if _is_person_page(doc, subject)):",
        "    if True:",
        "the office rows alone would support 'the first black president' of a woman no page calls so",
    ),
    Mutation(
        "first-of-a-kind-kept-in-the-office",
        "verify/kinds/role/__init__.py",
        "        claim, kind = first_of_a_kind(claim)",
        "        kind = None",
        "'first woman president' would be read as another office than the presidency and contradicted",
    ),
    Mutation(
        "country-inside-a-place-name",
        "verify/offices.py",
        '(re.compile(rf"{before}\\b{re.escape(form)}\\b(?! (?:{after})\\b)"), country)',
        '(re.compile(rf"\\b{re.escape(form)}\\b"), country)',
        "'Head of Government of Mexico City' would be an office of Mexico's government",
    ),
    Mutation(
        "pluperfect-post-read-as-current",
        "verify/nlp/titles.py",
        '((verb.tag_ == "VBD" or pluperfect) and lemma in {"be", "serve"})',
        '(verb.tag_ == "VBD" and lemma in {"be", "serve"})',
        "'had earlier been mayor' would be judged as held on the article's day and contradicted",
    ),
    Mutation(
        "page-count-without-its-scale-word",
        "verify/kinds/quantity/judge.py",
        "{aliases.NUMBER_WORD_PATTERN}){_SCALE})",
        "{aliases.NUMBER_WORD_PATTERN}))",
        "'30.1 million votes' on a page would be read as 30.1 and contradict the same count",
    ),
    Mutation(
        "ordinal-of-another-countrys-post",
        "verify/kinds/clause/judge.py",
        "if whose is not None and office_country(found.group(0)) not in {None, whose}:",
        "if False:",
        "'Colombia's 66th president' would be supported by the row for Mexico's 66th president",
    ),
    Mutation(
        "since-no-post-latest-start-ignored",
        "verify/kinds/date/judge.py",
        "    if latest.start and same_date(latest.start, want, at):  # the office held last began that day",
        "    if False:",
        "'had governed since' the presidency's first day would be left unverified among ended offices",
    ),
    Mutation(
        "since-no-post-held-term-ignored",
        "verify/kinds/date/judge.py",
        "    if any(same_date(t.start, want, at) or t.covers(want) for t in held if t.start):",
        "    if any(same_date(t.start, want, at) for t in held if t.start):",
        "a 'since' day inside an earlier office's term would be contradicted as a day nothing was held",
    ),
    Mutation(
        "since-no-post-never-asked",
        "verify/kinds/date/judge.py",
        "            elif not rows and own and _SINCE.search(claim.text) and _of_holding(claim):",
        "            elif False:",
        "'had governed since 1 December 2012' would stay unverified though no listed office began or ran then",
    ),
    Mutation(
        "bare-title-other-office-disputes",
        "verify/kinds/role/judge.py",
        "f.stance == Stance.CONTRADICTS and f.unit.field and held)]",
        "f.stance == Stance.CONTRADICTS and f.unit.field and f.unit.field.value in held)]",
        "a party presidency that ended years before would dispute 'President X' held on the article's day",
    ),
    Mutation(
        "succession-role-judged-alone",
        "verify/judge.py",
        "            results[i] = _as_succession(results[i], by_id[succession.id])",
        "            pass",
        "'succeeded X' would be supported by X having once held the post, whoever X's successor was",
    ),
    Mutation(
        "post-country-of-the-infobox-ignored",
        "verify/kinds/role/judge.py",
        "    return out + _post_country_findings(claim, want, docs)",
        "    return out",
        "'South Korean Prime Minister X' would stand when X's infobox gives only Prime Minister of Japan",
    ),
    Mutation(
        "post-country-held-in-the-claimed-one-refutes",
        "verify/kinds/role/judge.py",
        "    if not found or any(country == want for country, _, _ in found):",
        "    if not found:",
        "a post held in the claimed country and once in another would refute the claimed country",
    ),
    Mutation(
        "later-term-dated-by-the-first-start",
        "verify/kinds/date/judge.py",
        "                later = starts and _later_term(claim, doc, row, want)",
        "                later = False",
        "'sworn in for a second term on 11 June 2025' would be refuted by the first term's start in 2021",
    ),
    Mutation(
        "later-term-before-the-first-start-kept",
        "verify/kinds/date/judge.py",
        "    return begins is not None and begins < want and (ends is None or want <= ends)",
        "    return begins is not None and (ends is None or want <= ends)",
        "a 'second term' begun before the first term's start would escape the first term's start",
    ),
    Mutation(
        "start-dated-by-the-post-held-today",
        "verify/kinds/date/judge.py",
        "    handed = [] if named else _handed_over_by(claim, doc)",
        "    handed = []",
        "'took over from X in October 1995' would be dated by the post held today, not the one X held",
    ),
    Mutation(
        "undated-take-up-is-news-of-today",
        "verify/kinds/role/judge.py",
        "    return _NEWS_DAYS.search(claim.sentence) is None",
        "    return False",
        "'he took over as Tánaiste from X', told without a day, would be refuted by the term since ended",
    ),
    Mutation(
        "take-up-of-the-articles-year-is-a-career-step",
        "verify/kinds/role/judge.py",
        "        return any(year < as_of.year for year in years)",
        "        return True",
        "'she took over as deputy in 2030', said in 2030, would be supported by a term that ended in 2028",
    ),
    Mutation(
        "post-row-of-another-day-supports",
        "verify/kinds/role/judge.py",
        "start is None or not start <= as_of",
        "start is None",
        "'President: X' beside a term begun after the article would support X as president on its day",
    ),
    Mutation(
        "post-row-of-another-country-supports",
        "verify/kinds/role/judge.py",
        "            if want is not None and countries_named(held.value) != {want}:",
        "            if False:",
        "'President: X' beside a Canadian term would support a 'Mexican President X'",
    ),
    Mutation(
        "timeless-facts-from-the-days-revision-only",
        "verify/judge.py",
        "        findings = [] if claim.skipped else findings_for(named, _with_current(claim, own, pool), docs, as_of)",
        "        findings = [] if claim.skipped else findings_for(named, own, pool.documents, as_of)",
        "'Barnier, 73,' would stay unverified when the revision of the article's day gives no birth date",
    ),
    Mutation(
        "every-fact-from-the-current-revision-too",
        "verify/judge.py",
        '    if (claim.predicate or claim.relation or "").lower() not in _TIMELESS:',
        "    if False:",
        "an office held on the article's day would also be read from a revision written after it",
    ),
    Mutation(
        "succession-office-read-in-the-next-clause",
        "verify/kinds/clause/judge.py",
        "    return claim.sentence[: after.start()] if after else claim.sentence",
        "    return claim.sentence",
        "'He succeeded X, and he led the party from 2013' would look for X among the party's predecessors",
    ),
    Mutation(
        "fronted-participle-date-left-on-the-main-verb",
        "verify/kinds/clause/extract.py",
        "        children = [c for c in verb.children if c not in _fronted_with_any(verb)] + fronted",
        "        children = list(verb.children)",
        "'Born in X, on 2 May 1961, Y studied ...' would date the studying, not the birth",
    ),
    Mutation(
        "share-owner-by-one-name-only-when-exact",
        "verify/kinds/quantity/judge.py",
        'rows += [g["percentage"] for g in exact or (partial if len(partial) == 1 else [])]',
        'rows += [g["percentage"] for g in exact]',
        "'Alder won with 54.6% of the vote' would never meet the group of candidate 'Mara Alder'",
    ),
    Mutation(
        "share-owner-by-one-name-in-any-group",
        "verify/kinds/quantity/judge.py",
        'rows += [g["percentage"] for g in exact or (partial if len(partial) == 1 else [])]',
        'rows += [g["percentage"] for g in exact or partial]',
        "a surname two candidates share would read both groups' percentages, one refuting the claim",
    ),
    Mutation(
        "share-narrowed-by-a-place-in-any-clause",
        "verify/kinds/quantity/judge.py",
        "    own, opening = _CLAUSE_START.split(before)[-1], _NARROWED.match(before.lstrip())",
        "    own, opening = before, _NARROWED.match(before.lstrip())",
        "'sworn in in <city>, a year after she won with 54.6% of the vote' would read the share as the city's",
    ),
    Mutation(
        "share-not-narrowed-by-an-opening-place",
        "verify/kinds/quantity/judge.py",
        "*_NARROWED.finditer(own), *([opening] if opening else [])]",
        "*_NARROWED.finditer(own)]",
        "'In Cornwall, the Greens fell and Labour took 40 per cent' would be refuted by the national row",
    ),
    Mutation(
        "share-read-on-any-countrys-event",
        "verify/kinds/quantity/judge.py",
        "        if said and _countries_in(doc.title) and not said & _countries_in(doc.title):",
        "        if False:",
        "'Irish turnout was 61.2 per cent' would be supported by a Norwegian election's turnout row",
    ),
    Mutation(
        "share-refuted-by-another-countrys-event",
        "verify/kinds/quantity/judge.py",
        "            if not same and several > 1:",
        "            if False:",
        "a turnout naming no country would be refuted by every other country's election the run read",
    ),
    Mutation(
        "measure-clause-not-read-in-the-events-row",
        "verify/kinds/clause/judge.py",
        "    if measured := measure_findings(claim, docs, as_of):",
        "    if measured := []:",
        "'Turnout was 82.4%' would find no page, as no page is titled 'Turnout'",
    ),
    Mutation(
        "measure-clause-read-in-any-years-event",
        "verify/kinds/quantity/judge.py",
        "        if not _A_YEAR.search(doc.title) or not _of_the_day(doc, as_of):",
        "        if not _A_YEAR.search(doc.title):",
        "'Turnout was 70.4%' would be supported by an election four years before the article's",
    ),
    Mutation(
        "measure-clause-refuted-by-another-row",
        "verify/kinds/quantity/judge.py",
        "            if f.label.lower() == label and given and round(float(given.group(1)), decimals) == number:",
        "            if f.label.lower() == label and given:",
        "'Turnout was 55.5%' would be 'supported' by any turnout row, whatever its figure",
    ),
    Mutation(
        "measure-clause-read-in-another-countrys-event",
        "verify/kinds/quantity/judge.py",
        "        if said and not said & _countries_in(doc.title):",
        "        if False:",
        "'Irish turnout was 61.2%' would be supported by the Norwegian election's turnout",
    ),
    Mutation(
        "birth-date-in-another-language-read-as-a-year",
        "verify/match.py",
        "            written = DATE_TEXT.search(in_english(f.value))",
        "            written = DATE_TEXT.search(f.value)",
        "'17 ottobre 1951' would be a bare year, and the age on the article's day two ages at once",
    ),
    Mutation(
        "given-name-sex-looked-up-unfolded",
        "verify/nlp/reference.py",
        '    given = {aliases.fold(w): "m" for w in listed["male_given"]}',
        '    given = {w: "m" for w in listed["male_given"]}',
        "'André Wirth' would have no sex, and 'she' could stand for him",
    ),
    Mutation(
        "post-nominal-breaks-the-appositive",
        "verify/extract/patterns.py",
        'GENERAL_APPOSITIVE = re.compile(rf"(?P<name>{NAME}){_HOME}{_POST_NOMINALS}{_APPOSITIVE_TAIL}")',
        'GENERAL_APPOSITIVE = re.compile(rf"(?P<name>{NAME}){_HOME}{_APPOSITIVE_TAIL}")',
        "'Anna Berg, M.D., Chief Executive Officer of Norvik' would give Anna Berg no role",
    ),
    Mutation(
        "post-nominal-taken-for-the-role-holder",
        "verify/nlp/titles.py",
        "        while post_nominal(token):\n            token = token.head",
        "        while False:\n            token = token.head",
        "'Ingrid Falk, OBE, chair of the Tarvik Trust' would make 'OBE' the chair",
    ),
    Mutation(
        "post-nominal-claimed-as-a-fact",
        "verify/kinds/clause/extract.py",
        "            if post_nominal(token):\n                continue",
        "            if False:\n                continue",
        "'Tomas Lund, Ph.D.,' would be a claim that Tomas Lund is 'Ph.D.'",
    ),
    Mutation(
        "office-word-read-as-a-name",
        "verify/lexicons/names.toml",
        '"crown", "executive", "officer",',
        '"crown", "executive",',
        "'Chief Executive Officer and President' would make 'Officer' the chief executive",
    ),
    Mutation(
        "it-skips-a-description-subject",
        "verify/nlp/reference.py",
        '                    return self.described(token)  # "the bridge carried',
        '                    pass  # "the bridge carried',
        "'the bridge carried ... It was named for': 'it' would be the firm named before, not the bridge",
    ),
    Mutation(
        "named-thing-taken-for-a-person",
        "verify/nlp/reference.py",
        "            and not (len(e) == 1 and e.text in self._things_named)",
        "            and True",
        "'Icarus, a robotic lander' would be a person, and 'it' could not stand for it",
    ),
    Mutation(
        "name-after-a-craft-noun-missed",
        "verify/nlp/reference.py",
        "return self.name_of(token) or (token.text if named else None)",
        "return self.name_of(token)",
        "'the container ship Marlow left ... it lost power': 'it' would stand for nothing",
    ),
    Mutation(
        "relabelled-name-called-a-person-ignored",
        "verify/nlp/reference.py",
        "            if _called_a_person(ent):",
        "            if False:",
        "'Žiga Novšak, the director' read as an organisation: 'he' would mean the jury's president",
    ),
    Mutation(
        "name-only-after-at-still-a-person",
        "verify/nlp/reference.py",
        "        return frozenset(name for name, placed in mentions.items() if all(placed))",
        "        return frozenset()",
        "'That August, at Valhalla, he won': 'he' would be Valhalla",
    ),
    Mutation(
        "description-name-from-last-compound",
        "verify/nlp/reference.py",
        "names = [c.left_edge for c in earlier.lefts if",
        "names = [c for c in earlier.lefts if",
        "'the TERRA-VX spacecraft ... The spacecraft': 'VX spacecraft'",
    ),
    Mutation(
        "description-name-with-a-lower-word",
        "verify/nlp/reference.py",
        "return bool(_NAME_RUN.fullmatch(words)) and not any(w[:1].islower() for w in words.split())",
        "return bool(_NAME_RUN.fullmatch(words))",
        "a deck's 'Cloud security company to join ...': 'the company' would be 'Cloud security company'",
    ),
    Mutation(
        "clause-name-before-noun-with-a-lower-word",
        "verify/kinds/clause/extract.py",
        "        words = [c for c in words if not any(w[:1].islower() for w in self.text[c.idx : token.idx].split())]",
        "        words = words",
        "'retired US Navy test pilots': a subject named 'Navy test pilots'",
    ),
    Mutation(
        "its-for-a-capitalised-word-missed",
        "verify/nlp/reference.py",
        "named = _after_thing_noun(token) or token.text in self._capitalised_within",
        "named = _after_thing_noun(token)",
        "'Discover has been led since 2023 by ... Its network': 'its' would stand for nothing",
    ),
    Mutation(
        "clause-it-ignores-the-shared-reader",
        "verify/kinds/clause/extract.py",
        '            if lower == "it" and (shared := self.references.thing_before(token.i)):',
        '            if lower == "it" and (shared := None):',
        "a clause opening with 'it' would keep the clause walk's own older thing",
    ),
    Mutation(
        "who-clause-pronoun-not-its-person",
        "verify/nlp/reference.py",
        "        if within is not None and agrees(within):",
        "        if False:",
        "'X, who was 41 when he was appointed': 'he' would be the sentence's subject, not X",
    ),
    Mutation(
        "surname-given-to-the-first-namesake",
        "verify/nlp/reference.py",
        "        return max(counts, key=lambda full: counts[full])  # max keeps the first of equals",
        "        return mentions[0][1]",
        "'Ibra Ndour, a former mayor ... Awa Ndour, who has led ... Ndour wrote': the mayor, not the one followed",
    ),
    Mutation(
        "pronoun-after-subordinate-subjects-takes-the-nearest-name",
        "verify/nlp/reference.py",
        "                followed = self._followed_in(found, gender)",
        "                followed = None",
        "'The 21-year-old ... won, breaking Lena Sorel's serve. She hit': Sorel, not the winner",
    ),
    Mutation(
        "who-clause-object-pronoun-taken-for-its-person",
        "verify/nlp/reference.py",
        '        if pronoun.dep_ not in {*SUBJECTS, "poss"}:\n            return None\n        node = pronoun.head',
        "        node = pronoun.head",
        "'Lind, who thanked him': 'him' would be Lind himself",
    ),
    Mutation(
        "who-clause-after-coordinated-descriptions",
        "verify/nlp/reference.py",
        '            described = described.head  # "Ana Ruiz, a lawyer',
        '            break  # "Ana Ruiz, a lawyer',
        "'Ivar Berg, the party's candidate and a former minister, who had conceded': about no one named",
    ),
    Mutation(
        "count-after-a-month-read-as-a-date",
        "verify/kinds/date/parsed.py",
        '    day = r"(?:[12]\\d|3[01]|0?[1-9])(?!\\d|[,.]\\d)"',
        '    day = r"(?:[12]\\d|3[01]|0?[1-9])(?!\\d)"',
        "'In March 12,400 families left' would be a date claim for 12 March",
    ),
    Mutation(
        "named-thing-loses-its-head-noun",
        "verify/kinds/quantity/owner.py",
        '        return f"{name} {noun.text}" if name else None',
        "        return name",
        "'The Eaton fire has burned 14,000 acres' would be a count about Eaton, a town, not the fire",
    ),
    Mutation(
        "distance-between-events-read-as-a-tenure",
        "verify/kinds/duration/__init__.py",
        "        if is_interval(claim):\n            return []",
        "        if False:\n            return []",
        "'left the ministry 11 years after he took it over' would be supported by an 11-year term",
    ),
    Mutation(
        "timeline-line-dated-on-its-second-clause",
        "verify/kinds/date/parsed.py",
        'main.pos_ not in {"VERB", "AUX"} or main.i > glued.i)',
        'main.pos_ not in {"VERB", "AUX"})',
        "'July 8 - Dahl hands in her resignation; Berg asks her to stay' would date Berg's asking, not the resignation",
    ),
    Mutation(
        "timeline-name-read-as-adjective-dropped",
        "verify/kinds/date/parsed.py",
        ' or (c.dep_ == "amod" and _named_elsewhere(c))]',
        "]",
        "'July 8 - Lindqvist hands in his resignation' would miss the name the tagger read as an adjective",
    ),
    Mutation(
        "relative-clause-date-keeps-main-subject",
        "verify/kinds/date/parsed.py",
        '        and ((subject.pos_ == "PROPN" and verb.dep_ in {"advcl", "ccomp", "conj"}) or relative)',
        '        and (subject.pos_ == "PROPN" and verb.dep_ in {"advcl", "ccomp", "conj"})',
        "'for Ana Ruiz, a former minister, who had conceded on 4 May' would date the main clause's winner",
    ),
    Mutation(
        "description-beside-a-name-read-as-itself",
        "verify/kinds/date/parsed.py",
        '        if token.pos_ == "NOUN" and beside.dep_ == "appos" and beside.head.pos_ == "PROPN":',
        "        if False:",
        "'Ana Ruiz, a former minister, who had conceded' would be about 'former minister', not Ruiz",
    ),
    Mutation(
        "missed-name-cut-to-its-first-word",
        "verify/kinds/quantity/owner.py",
        '            if child.pos_ == "PROPN" and child.dep_ == "compound" and noun.pos_ == "PROPN":',
        "            if False:",
        "'35 percent for Ana Ruiz' would be a count about 'Ana', a name no page is titled",
    ),
    Mutation(
        "post-row-of-several-holders-supports-each",
        "verify/kinds/role/judge.py",
        '                if label.replace("_", "") == post and _names_alone(claim.effective_subject, row):',
        '                if label.replace("_", "") == post and find_person(claim.effective_subject, row.value):',
        "'President: X, Y' beside a minister's term would make X president on any day of that term",
    ),
    Mutation(
        "office-of-other-realms-read-as-one-countrys",
        "verify/kinds/role/judge.py",
        "                if held_in_others_too(term.office.value):",
        "                if False:",
        "'King of the United Kingdom and the other Commonwealth realms' would refute 'Canadian King X'",
    ),
    Mutation(
        "take-up-supported-by-a-holder-since-after-the-article",
        "verify/kinds/role/judge.py",
        "        if f.stance == Stance.SUPPORTS and f.dated is not None and f.dated > as_of\n",
        "        if False\n",
        "'X was elected president after the runoff' would be supported by a holder since after the article's day",
    ),
    Mutation(
        "first-of-a-kind-said-of-anything-on-the-page",
        "verify/kinds/role/judge.py",
        "if (post.search(before) or post.search(after)) and _of_the_office(",
        "if _of_the_office(",
        "'the first woman to chair a rowing club' would support 'the first woman president'",
    ),
    Mutation(
        "since-of-no-holding-read-off-the-offices",
        "verify/kinds/date/judge.py",
        "            elif not rows and own and _SINCE.search(claim.text) and _of_holding(claim):",
        "            elif not rows and own and _SINCE.search(claim.text):",
        "'has kept a low profile since 2022' would be contradicted by the person's list of offices",
    ),
    Mutation(
        "later-term-word-of-another-verb",
        "verify/kinds/date/judge.py",
        "    return _LATER_TERM.search(_own_clause(claim)) is not None",
        "    return _LATER_TERM.search(claim.sentence) is not None",
        "'critics again marched as X was sworn in on <a day>' would spare the swearing-in's wrong day",
    ),
    Mutation(
        "yearless-day-read-as-a-day-of-2000",
        "verify/kinds/date/judge.py",
        "    dated = in_the_articles_year(claim, as_of)\n",
        "    dated = None\n",
        "'took office on September 5' would be read in the year 2000 and never match the term's start",
    ),
    Mutation(
        "yearless-day-refuted-by-a-term-years-away",
        "verify/kinds/date/judge.py",
        "(span is None or abs(span[0] - as_of) > _NEAR_THE_ARTICLE)",
        "(span is None)",
        "'took office on September 15' would be refuted by a term begun on another day years before the article",
    ),
    Mutation(
        "future-start-read-off-the-claims-words-only",
        "verify/kinds/date/judge.py",
        "    to_come = _FUTURE.search(_own_clause(claim)) is not None\n",
        "    to_come = _FUTURE.search(claim.text) is not None\n",
        "'(will) take office on September 5' would miss the term to come when the claim leaves out 'will'",
    ),
    Mutation(
        "seat-of-another-constituency",
        "verify/kinds/role/judge.py",
        "        if place != aliases.fold(seat.value).strip():\n",
        "        if False:\n",
        "'member of parliament for Porto' would be supported by a seat for Braga",
    ),
    Mutation(
        "seat-rows-never-read",
        "verify/kinds/role/judge.py",
        "            out += _seat_findings(subject, doc, office, as_of)\n",
        "",
        "'member of parliament for Braga from 2012 to 2028' would find no term in the constituency rows",
    ),
    Mutation(
        "listed-terms-own-span-read-as-an-earlier-spell",
        "verify/kinds/role/judge.py",
        " and int(span.group(1)) < listed_start.year:",
        ":",
        "'served as prime minister from December 2024' beside a term from 13 December 2024 would spare a claim "
        "that he was prime minister on 5 December",
    ),
    Mutation(
        "fronted-participle-takes-a-phrase-not-set-off",
        "verify/kinds/clause/extract.py",
        '        and any(t.text == "," for t in doc[c.right_edge.i + 1 : subject.left_edge.i])\n',
        "",
        "'Born in Lisbon, in 1995 she became ...' would date the birth 1995 and leave 'became' undated",
    ),
    Mutation(
        "regard-verb-an-opinion-without-a-view",
        "verify/kinds/clause/extract.py",
        "        return lemma in self.opinions or (lemma in _regard_verbs() and _frames_a_view(verb))",
        "        return lemma in self.opinions or lemma in _regard_verbs()",
        "'The 2024 season saw her win the title' would lose the win as an opinion",
    ),
    Mutation(
        "regard-verb-with-an-object-as-a-fact",
        "verify/kinds/clause/extract.py",
        "            if verb.lemma_.lower() in _regard_verbs() and _frames_a_view(verb):\n",
        "            if False:\n",
        "'She sees the merger as a mistake' would be claimed as a fact about her",
    ),
    Mutation(
        "prize-for-a-person-won-under-any-verb",
        "verify/kinds/clause/extract.py",
        "    return counted or node.lemma_.lower() in verbs\n",
        "    return True\n",
        "'discussed three awards, including best actor for X' would say X won best actor",
    ),
    Mutation(
        "prize-for-a-person-won-in-a-nomination",
        "verify/kinds/clause/extract.py",
        "        if node.lemma_.lower() in nominations:\n            return False\n",
        "",
        "'earned 13 nominations, including best actor for X' would say X won best actor",
    ),
    Mutation(
        "prize-in-a-verbless-list-not-won",
        "verify/kinds/clause/extract.py",
        "            return True  # a verbless list of prizes\n",
        "            return False\n",
        "'Four prizes: ... best actress, for X' would no longer say X won best actress",
    ),
    Mutation(
        "kin-former-dropped",
        "verify/kinds/clause/extract.py",
        '            predicate = " ".join([*qualifiers, f"{kin.lemma_.lower()} of"])',
        '            predicate = f"{kin.lemma_.lower()} of"',
        "'her former husband X' would make X her husband now",
    ),
    Mutation(
        "precedent-year-dates-the-first",
        "verify/kinds/clause/extract.py",
        '            elif child.dep_ == "prep" and self.year_of_precedent(child):',
        '            elif child.dep_ == "prep" and False:',
        "'the first gold since Tokyo in 2021' would date this gold 2021",
    ),
    Mutation(
        "precedent-place-places-the-first",
        "verify/kinds/clause/extract.py",
        "                    if child.lower_ in _PRECEDENT and self.label(pobj) in PLACES:\n",
        "                    if False:\n",
        "'the first gold since Tokyo' would place this gold in Tokyo",
    ),
    Mutation(
        "it-ranked-owner-ignored",
        "verify/kinds/clause/extract.py",
        '            return self.subject_name(owner) if owner.lower_ not in {"it", "its"} else None',
        "            return None",
        "'It was her third win of the week' would be about no one, or whatever thing was named last",
    ),
    Mutation(
        "it-ranked-noun-said-before-ignored",
        "verify/kinds/clause/extract.py",
        '            if earlier.idx < self.start or earlier.pos_ != "NOUN" or earlier.lemma_.lower() != lemma:',
        "            if True:",
        "'It is the deadliest earthquake since 1950' would be about the body named last, not the earthquake",
    ),
    Mutation(
        "it-ranked-owner-claimed-twice",
        "verify/kinds/clause/extract.py",
        '        if token.dep_ == "attr" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in token.head.children):',
        "        if False:",
        "'It was Ostland's first win' would be two claims of one fact",
    ),
    Mutation(
        "place-set-off-not-placed",
        "verify/kinds/clause/extract.py",
        "        facts.extend(self.places_set_off(sentence, start))\n",
        "",
        "'Kiruna, a mining town in Lapland' would not say where Kiruna lies",
    ),
    Mutation(
        "place-set-off-by-someones-region",
        "verify/kinds/clause/extract.py",
        '        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in pobj.children):',
        "        if False:",
        "'Tromsø, near her home region' would place Tromsø in her region",
    ),
    Mutation(
        "whose-owner-ignored",
        "verify/kinds/clause/extract.py",
        '        if owner is not None and owner.tag_ == "WP$":',
        "        if False:",
        "'Karl Moen, whose travel was delayed by a strike' would state nothing about Moen",
    ),
    Mutation(
        "person-noun-on-a-place-is-the-places",
        "verify/kinds/clause/extract.py",
        '            if named and named[1] != "PERSON" and token.lemma_.lower() in _kin_nouns() | _person_nouns():',
        "            if False:",
        "'born in Bergen, the son of a ship captain' would make Bergen someone's son",
    ),
    Mutation(
        "succession-claim-without-words-split-on-nothing",
        "verify/kinds/clause/judge.py",
        "    if not claim.text:\n        return groups\n",
        "",
        "a claim file's claim whose span moved onto nothing would stop the run with a ValueError",
    ),
    Mutation(
        "led-body-acronym-not-a-body",
        "verify/kinds/clause/judge.py",
        "    return _ACRONYM.fullmatch(words) is not None\n",
        "    return False\n",
        "'has led the PSD since 2022' would name no office, though the page spells out 'Social Democratic Party (PSD)'",
    ),
    Mutation(
        "acronym-spelled-with-the-post-before-it",
        "verify/kinds/clause/judge.py",
        "        while len(words) > 1 and _POST.search(words[0]):",
        "        while False:",
        "'President of the Civic Renewal Party (PRC)' would spell PRC with the post's word and match no party",
    ),
    Mutation(
        "his-party-among-two-parties",
        "verify/kinds/clause/judge.py",
        "        if len(parties) != 1 or not parties[0]:",
        "        if not parties or not parties[0]:",
        "'his party' would be the first party row of a page giving two, and an old party's group term refute the claim",
    ),
    Mutation(
        "pronoun-kind-never-told-apart",
        "verify/kinds/clause/judge.py",
        "        if pages_kind is not None and pronoun is not None and pages_kind != pronoun and own_kind == pronoun:",
        "        if False:",
        "'She succeeded X' would stay set aside because a man's page gives X as his predecessor",
    ),
    Mutation(
        "page-of-both-pronouns-read-as-his",
        "verify/kinds/clause/judge.py",
        '    return "he" if he >= least and not she else None',
        '    return "he" if he >= least else None',
        "a page speaking of a man and his wife ('she') would rule out that 'she' is the page's person",
    ),
    Mutation(
        "election-page-for-every-claim",
        "verify/retrieve.py",
        "        if not _of_results(claim.sentence, as_of):\n            continue\n",
        "        if not _ELECTION.search(claim.sentence):\n            continue\n",
        "every claim naming an election would rest on its page, whatever earlier vote or year it speaks of",
    ),
    Mutation(
        "election-of-the-articles-year-over-the-written-one",
        "verify/retrieve.py",
        '            year = m["year"] or m["later"] or (str(as_of.year) if as_of else None)',
        '            year = (str(as_of.year) if as_of else None) or m["year"] or m["later"]',
        "'she lost the 2019 general election' in a 2024 article would be read against the 2024 election's page",
    ),
    Mutation(
        "count-beside-a-name-outside-the-subjects-group",
        "verify/kinds/quantity/judge.py",
        "        if beside is not None and not all(any(run <= _stems(f.value) for f in sides) for run in beside.runs):",
        "        if False:",
        "'Alder's rival Brand took 12 million votes' read as Alder's would be supported by Alder's vote row",
    ),
    Mutation(
        "count-beside-a-name-sharing-one-word",
        "verify/kinds/quantity/judge.py",
        "any(run <= _stems(f.value) for f in sides)",
        "any(run & _stems(f.value) for f in sides)",
        "'Alder, backed by the Green Party, took ...' would pass as her own side for sharing 'Party' with hers",
    ),
    Mutation(
        "name-only-in-ascii-capitals",
        "verify/kinds/clause/judge.py",
        'all(w[0].isupper() and re.fullmatch(r"[\\w\'’.-]+", w) for w in words)',
        'all(re.fullmatch(r"[A-Z][\\w\'’.-]*", w) for w in words)',
        "'succeeding Élisabeth Borne' would be no name, and a wrong predecessor never refuted",
    ),
    Mutation(
        "pronoun-resolved-through-itself",
        "verify/nlp/reference.py",
        "            self._pronouns[index] = None  # asked again while it is resolved (He ... him ... He): no one\n",
        "",
        "'He' whose subject's 'him' walks back to 'He' would recurse until RecursionError (a one-word-a-line paste)",
    ),
    Mutation(
        "age-aside-of-non-decimal-digits",
        "verify/kinds/clause/extract.py",
        "not token.text.isdecimal() or not 10 <= int(token.text) <= 120:",
        "not token.text.isdigit() or not 10 <= int(token.text) <= 120:",
        "an age between commas written '⑤⑨' would reach int() and end the article in a ValueError",
    ),
    Mutation(
        "span-of-whitespace-is-an-empty-span",
        "verify/nlp/__init__.py",
        "        return span if span else None",
        "        return span",
        "'Agency  (NFA)' would give an empty span for the space before '(' and an IndexError on its last token",
    ),
    Mutation(
        "retry-after-of-non-ascii-digits",
        "verify/sources/http.py",
        "    if value.isascii() and value.isdigit():",
        "    if value.isdigit():",
        "a server's 'Retry-After: ²' would reach float() and raise ValueError",
    ),
    Mutation(
        "office-letters-lost-to-the-apposition",
        "verify/kinds/role/extract.py",
        '            if "letters" in groups and m["letters"]:',
        "            if False:",
        "'Ana Berg, MP, the party spokeswoman,' would keep only the spokeswoman role and lose 'holds office MP'",
    ),
    Mutation(
        "a-time-or-rank-places-a-place",
        "verify/kinds/clause/extract.py",
        '        if "DATE" in labels or any(c.ent_type_ == "ORDINAL" for c in pobj.children):',
        "        if False:",
        "'Oslo, in the second region to vote, ...' would place Oslo in 'the second region' (a rank, not a place)",
    ),
    Mutation(
        "prizes-held-are-no-win",
        "verify/kinds/clause/extract.py",
        "    return counted or node.lemma_.lower() in verbs",
        "    return node.lemma_.lower() in verbs",
        "'dominated the gala with six trophies, including best actor for X' would lose X's win",
    ),
    Mutation(
        "later-term-word-only-in-the-own-clause",
        "verify/kinds/date/judge.py",
        "    if any(m.group(0).lower() != _AGAIN for m in _LATER_TERM.finditer(claim.sentence)):\n",
        "    if False:\n",
        "'After her re-election in May, X was sworn in on <a day>' would contradict the day with the first term's",
    ),
    Mutation(
        "since-holding-verb-of-any-object",
        "verify/kinds/date/judge.py",
        "    return any(not said.strip() or _HELD_THING.search(said) for said in objects)",
        "    return True",
        "'has led the protests since 2022' would be contradicted by the person's list of offices",
    ),
    Mutation(
        "ended-seat-refutes-beside-a-seat-held-now",
        "verify/kinds/role/judge.py",
        "    if any(_seat_held_on(group, as_of) for group in office_groups(doc.infobox)):",
        "    if False:",
        "'Braga MP X' would be refuted by an ended 'Braga' seat while a 'Braga District' seat runs on the day",
    ),
    Mutation(
        "election-page-for-the-previous-election",
        "verify/retrieve.py",
        "    if len(named) != 1 or not _RESULTS.search(sentence) or _EARLIER.search(sentence):",
        "    if len(named) != 1 or not _RESULTS.search(sentence):",
        "'at the previous general election, the party won 118 seats' would be refuted by this year's page",
    ),
    Mutation(
        "election-page-for-another-years-seats",
        "verify/retrieve.py",
        "    return all(y == year for y in _YEAR.findall(sentence))",
        "    return True",
        "'won 118 seats in 2019' beside an election named without a year would be read against this year's page",
    ),
    Mutation(
        "election-page-of-a-vote-after-the-article",
        "verify/retrieve.py",
        "            if as_of is not None and (day is None or day > as_of):",
        "            if as_of is not None and day is None:",
        "an article written before the vote would be refuted by the page of the election held afterwards",
    ),
    Mutation(
        "pronoun-kind-without-the-subjects-page",
        "verify/kinds/clause/judge.py",
        " and pages_kind != pronoun and own_kind == pronoun:",
        " and pages_kind != pronoun:",
        "a 'she' claim on a man's subject would be refuted because another man's page is his, not hers",
    ),
    Mutation(
        "an-age-aside-judges-the-clause",
        "verify/kinds/clause/judge.py",
        "    if is_age(claim) and _states_an_age(claim):",
        "    if is_age(claim):",
        "'Solvang, aged 66, won the runoff on 11 February 2024' would be supported by her birth date alone",
    ),
    Mutation(
        "the-opening-word-names-an-office",
        "verify/kinds/date/judge.py",
        "named - subject - _MONTH_WORDS - SMALL_WORDS if len(w) > 2}",
        "named - subject - _MONTH_WORDS if len(w) > 2}",
        "'The 66-year-old ... was sworn in on 11 February' would seek an office named 'the' and date nothing",
    ),
    Mutation(
        "since-a-month-read-as-its-year",
        "verify/kinds/clause/judge.py",
        'day = written_start(claim.time or "")',
        "day = None",
        "'has been leader since March 2019' would be supported by a term begun on 14 June 2019",
    ),
    Mutation(
        "since-read-off-an-ended-spell",
        "verify/kinds/date/judge.py",
        "if _ended_before(group, claim, as_of) and not ended_allowed:",
        "if False:",
        "'has served as leader since March 2011' would be supported by a spell of 2011-2015, not the one held now",
    ),
    Mutation(
        "role-since-a-month-unchecked",
        "verify/kinds/role/judge.py",
        '    if m is None or want is None:\n        return findings\n    at = precision(m["day"])',
        '    if True:\n        return findings\n    at = precision(m["day"])',
        "'leader of the party since March 2019' would be supported by a term begun in June 2019",
    ),
    Mutation(
        "first-of-another-bodys-post",
        "verify/kinds/role/judge.py",
        " and _of_the_office(sentence, m.start(), office):",
        ":",
        "'the first woman president' would be supported by 'president of the National Assembly, the first woman'",
    ),
    Mutation(
        "a-groups-post-is-the-bodys",
        "verify/kinds/role/judge.py",
        "bare_office = bare_office and not _in_a_part(field.value, office)",
        "bare_office = bare_office",
        "'Green League leader' would be supported by 'Leader of the Parliamentary Group of the Green League'",
    ),
    Mutation(
        "since-a-month-in-a-sentence-read-as-its-year",
        "verify/kinds/clause/judge.py",
        "if day is not None and not start_fits(begins, *day):",
        "if False:",
        "'leader since March 2019' would be supported by a page sentence 'leader ... since June 2019'",
    ),
    Mutation(
        "speaking-verb-doing-a-count",
        "verify/kinds/quantity/owner.py",
        "        if verb.lemma_.lower() not in _speaking() or _does_a_count(verb, inside):",
        "        if verb.lemma_.lower() not in _speaking():",
        "'added 12 points, with 3 steals' would read the scorer as the mere source of the steals",
    ),
    Mutation(
        "hyphenated-fraction-as-count",
        "verify/kinds/quantity/hyphenated.py",
        "    return word if lemma not in _not_counts() and lemma not in _parts() else None",
        "    return word if lemma not in _not_counts() else None",
        "'a two-thirds majority' would be claimed as a count of two thirds",
    ),
    Mutation(
        "hyphenated-letter-as-count",
        "verify/kinds/quantity/hyphenated.py",
        " or not word.is_alpha or len(word) < 2 or word.lower_ in _not_counts():",
        " or not word.is_alpha or word.lower_ in _not_counts():",
        "'a 3-D version' would be claimed as a count of three",
    ),
    Mutation(
        "date-month-opening-a-sentence",
        "verify/kinds/date/parsed.py",
        'rf"|(?:(?<=\\bin\\s)|(?<=\\bIn\\s))(?P<m4>{month})',
        'rf"|(?:(?<=\\bin\\s))(?P<m4>{month})',
        "'In April, Tom Vik won the title' would date nothing",
    ),
    Mutation(
        "date-age-as-subject",
        "verify/kinds/date/parsed.py",
        'next((c for c in own_subjects if c.pos_ != "NUM"), own_subjects[0] if own_subjects else None)',
        "own_subjects[0] if own_subjects else None",
        "'In April, still only 19, Tom Vik won' would take the age for the subject and claim nothing",
    ),
    Mutation(
        "date-weekday-with-its-part-of-day",
        "verify/kinds/date/parsed.py",
        "        if span.root.dep_ in MODIFIERS and span.root.head.lower_ in _day_parts():",
        "        if False:",
        "'resigned on Saturday night' would date nothing: the weekday read as a mere modifier",
    ),
    Mutation(
        "date-it-as-a-subject",
        "verify/kinds/date/parsed.py",
        '        if token.lower_ == THING_PRONOUN:  # "The orbiter',
        '        if False:  # "The orbiter',
        "'It was launched on 15 February' after 'Kvasir, a small lander, touched down' would date no one",
    ),
    Mutation(
        "duration-distance-from-a-named-event",
        "verify/kinds/duration/lengths.py",
        '    if head.i == word.i and head.dep_ == "prep" and head.head.pos_ in {"VERB", "AUX"}:',
        "    if False:",
        "'landed eight minutes after liftoff' would state no length",
    ),
    Mutation(
        "duration-distance-of-an-unnamed-thing",
        "verify/kinds/duration/lengths.py",
        '            if word.dep_ == "prep" and not (who or "")[:1].isupper():',
        "            if False:",
        "'The second count came five days after the vote' would be a claim about a bare common noun",
    ),
    Mutation(
        "duration-distance-of-a-single-unit",
        "verify/kinds/duration/lengths.py",
        '            number = _one(unit)  # "barely a minute after the restart"',
        '            number = None  # "barely a minute after the restart"',
        "'scored barely a minute after the restart' would state no length",
    ),
    Mutation(
        "date-dateline-after-a-standfirst",
        "verify/kinds/date/parsed.py",
        "    found = dateline(text)\n    if found is not None:\n        return found\n",
        "    found = dateline(text)\n    if True:\n        return found\n",
        "a press release's 'today announced' after its deck line would date nothing",
    ),
    Mutation(
        "date-ticker-for-the-company",
        "verify/kinds/date/parsed.py",
        '        if named is not None and token.pos_ != "PROPN":',
        "        if named is not None:",
        "'Nordbank ASA (OSE: NORD) today announced' would be the exchange's announcement",
    ),
    Mutation(
        "clause-fills-body-count-owners",
        "verify/kinds/clause/claims.py",
        "        if owner and owner != sayer:",
        "        if owner:",
        "the clause walk would give a count the quantity kind left ownerless to the speaker of its quotation",
    ),
    Mutation(
        "dateline-places-in-the-lede-date",
        "verify/kinds/clause/extract.py",
        "        offset = line_start + _date_after_places(head)",
        "        offset = line_start + (len(head.split(', ')[0]) + 2 if head.split(', ')[0].isupper() else 0)",
        "a dateline with a state or two places would date the lede 'Ill., and DENVER, May 2'",
    ),
    Mutation(
        "later-noun-ignores-its-apposition",
        "verify/kinds/clause/extract.py",
        "            beside = self.apposed_name(earlier)",
        "            beside = None",
        "'Harbor Foods, the Lakeville grocer ... The grocer opens': the description would be the subject",
    ),
    Mutation(
        "description-ignores-the-headline",
        "verify/kinds/clause/extract.py",
        "            return self.headline_referent(token, labels)",
        "            return None",
        "'Delta Mills: a timeline' then 'The company moves ...': the line would be lost for want of a subject",
    ),
    Mutation(
        "headline-of-two-names-gives-one",
        "verify/kinds/clause/extract.py",
        "        return names.pop() if len(names) == 1 else None",
        "        return names.pop() if names else None",
        "a headline naming two bodies would give a description either one of them",
    ),
    Mutation(
        "part-of-a-body-not-its-fact",
        "verify/kinds/clause/extract.py",
        "        if held:\n            return held\n",
        "",
        "'The board of Harbor Foods approved the sale' would be a fact about no one and lost",
    ),
    Mutation(
        "part-of-a-listed-place",
        "verify/kinds/clause/extract.py",
        "and not listed and (not sorts",
        "and (not sorts",
        "'Teams from Ostland, Varnland and Estria joined' would be a fact about Ostland alone",
    ),
    Mutation(
        "part-of-a-place-for-a-body-of-its-own",
        "verify/kinds/clause/extract.py",
        "and not listed and (not sorts or found[1] in sorts):",
        "and not listed:",
        "'the criminal court of the Varn district opened the trial' would be a fact about the district",
    ),
    Mutation(
        "part-of-a-persons-phrase",
        "verify/kinds/clause/extract.py",
        'found[1] in {"ORG", "GPE", "NORP"} and not listed',
        'found[1] in {"ORG", "GPE", "NORP", "PERSON"} and not listed',
        "'The lawyer for Karl Moen filed an appeal' would be a fact about Moen",
    ),
    Mutation(
        "office-holders-read-as-a-part-of-their-body",
        "verify/kinds/clause/extract.py",
        "if not part and (token.lemma_.lower() in people or token.lemma_.lower() in _person_nouns()):",
        "if not part and token.lemma_.lower() in people:",
        "'Foreign ministers of the Coastal League met on Tuesday' would be a meeting of the League itself",
    ),
    Mutation(
        "page-count-change-read-as-a-count",
        "verify/kinds/quantity/judge.py",
        '    if page_how in {"change", "part"}:\n        return None',
        '    if page_how in {"part"}:\n        return None',
        "'the Greens gained 25 seats' would refute 'the Greens won 85 seats'",
    ),
    Mutation(
        "page-count-part-read-as-the-whole",
        "verify/kinds/quantity/judge.py",
        "    if (_NARROWED_AFTER.match(after) and not _HELD_BEFORE.search(before)) or _BREAKDOWN.match(after):",
        "    if _BREAKDOWN.match(after):",
        "'23 member states that meet the target' would refute a head count of 32",
    ),
    Mutation(
        "page-count-breakdown-read-as-the-whole",
        "verify/kinds/quantity/judge.py",
        "    if (_NARROWED_AFTER.match(after) and not _HELD_BEFORE.search(before)) or _BREAKDOWN.match(after):",
        "    if _NARROWED_AFTER.match(after) and not _HELD_BEFORE.search(before):",
        "'30 member states in Europe and two in North America' would refute a head count of 32",
    ),
    Mutation(
        "page-count-rounding-ignored",
        "verify/kinds/quantity/judge.py",
        "        within = judged(have, claimed, page_how)",
        "        within = judged(claimed, have, how)",
        "a page's 'about 12,000 people' would refute the exact '11,800 people'",
    ),
    Mutation(
        "seat-rows-of-another-years-election",
        "verify/kinds/quantity/judge.py",
        "            out += [] if another_event(claim, doc, as_of) else _row_findings(",
        "            out += [] if False else _row_findings(",
        "the 2021 election page's seats row would refute (or support) the seats won in 2025",
    ),
    Mutation(
        "seat-rows-of-another-kind-of-vote",
        "verify/kinds/quantity/judge.py",
        '    return any(not re.search(rf"\\b{re.escape(kind)}\\b", doc.title, re.I) for kind in kinds)',
        "    return False",
        "the general election page's seats row would refute the seats won in a regional election",
    ),
    Mutation(
        "ordinal-narrowed-to-some-holders",
        "verify/kinds/clause/judge.py",
        "    if m is None or _ranked_among_some(claim.text, m):",
        "    if m is None:",
        "'the first prime minister born after the war' would be refuted by '64th Prime Minister'",
    ),
    Mutation(
        "year-of-a-thing-of-the-subjects",
        "verify/kinds/clause/judge.py",
        "    if mentions and all(_OF_SOMETHING.search(sentence[: m.start()]) for m in mentions):",
        "    if False:",
        "'the parent company of Acme Corp was founded in 1950' would refute 'Acme Corp was founded in 1998'",
    ),
    Mutation(
        "year-of-anothers-relative-clause",
        "verify/kinds/clause/judge.py",
        "                and not _anothers_relative_clause(claim.subject, predicate, sentence)\n",
        "",
        "'her co-founder Brand, who died in 2011' would refute 'Alder died in 2020'",
    ),
    Mutation(
        "description-nationality-by-country-stem",
        "verify/kinds/clause/judge.py",
        "            if claimed and not claimed <= _nationalities(sentence):",
        "            if False:",
        "'a diplomat who served as the French ambassador to Germany' would support 'a German diplomat'",
    ),
    Mutation(
        "page-majority-read-as-seats-won",
        "verify/kinds/quantity/judge.py",
        "        found = [(m, n) for m, n in found if not _page_margin(sentence, m)]",
        "        found = found",
        "'won a majority of 20 seats' on the page would refute 'the Greens won 85 seats'",
    ),
    Mutation(
        "since-year-read-as-the-events-year",
        "verify/kinds/quantity/judge.py",
        '_EVENT_YEAR = re.compile(r"(?<!since )',
        '_EVENT_YEAR = re.compile(r"(?<!sincx )',
        "'their best result since 1990' would make the 2021 election's page another event's",
    ),
    Mutation(
        "native-of-refuted-by-another-birth-place",
        "verify/kinds/clause/judge.py",
        "    return [f for f in place_findings(born, own) if f.stance == Stance.SUPPORTS]",
        "    return place_findings(born, own)",
        "'a native of Southport' (where one may have grown up) would be refuted by a birth place elsewhere",
    ),
    Mutation(
        "native-of-not-read-as-a-birth-place",
        "verify/kinds/clause/judge.py",
        "        + native_findings(claim, own)\n",
        "",
        "'Lowe, a native of Wagga Wagga' would not be supported by his page's birth place",
    ),
    Mutation(
        "election-page-for-a-called-election",
        "verify/retrieve.py",
        '    if not _RESULTS.search(_CALLED.sub(" ", sentence)):',
        "    if False:",
        "'called a general election for 4 July' would spend requests on an election page that settles nothing",
    ),
    Mutation(
        "a-sentences-tokens-made-anew-on-each-walk",
        "verify/nlp/__init__.py",
        "            return iter(tokens)\n",
        "            return Span.__iter__(self)\n",
        "each walk over a sentence would make its tokens again (the rules' main cost); the tokens stay the same",
    ),
    Mutation(
        "a-texts-tokens-made-anew-on-each-walk",
        "verify/nlp/__init__.py",
        "        return iter(self._tokens)\n",
        "        return iter(self.doc)\n",
        "each walk over the whole article would make its tokens again; the tokens stay the same",
    ),
    Mutation(
        "place-noun-beside-a-surname-ignored",
        "verify/nlp/reference.py",
        "        place = place or (ent is not None and _place_beside(ent))",
        "        place = place or False",
        "'Jordan, a kingdom of 11 million' after 'Senator Ana Jordan' would be a fact of the senator",
    ),
    Mutation(
        "bracketed-acronym-of-a-missed-name",
        "verify/nlp/reference.py",
        '            elif run := _initialled_run(self.text[: m.start()], m["short"]):',
        "            elif run := None:",
        "'The NCF won 40 seats' would keep the acronym where the article spelled out 'New Civic Front (NCF)'",
    ),
    Mutation(
        "swallowed-bracket-kept-in-a-name",
        "verify/nlp/reference.py",
        '        name = _OPEN_BRACKET.sub("", name)',
        "        name = name",
        "a name the recogniser ran into its bracket would be 'New Civic Front (NCF', matching no page",
    ),
    Mutation(
        "event-noun-stands-for-no-event",
        "verify/nlp/reference.py",
        "        return self.event_named(noun)\n",
        "        return None\n",
        "'The quake struck at dawn' would be about the quake, not the earthquake the headline named",
    ),
    Mutation(
        "event-noun-takes-the-first-not-the-nearest",
        "verify/nlp/reference.py",
        "        return named[-1][1] if named else None  # no event in the headline: the nearest named",
        "        return named[0][1] if named else None  # no event in the headline: the nearest named",
        "with no event in the headline, 'the quake' would stand for the first earthquake named, not the last",
    ),
    Mutation(
        "event-noun-ignores-the-headline",
        "verify/nlp/reference.py",
        "        topic = self.event_named(noun, topic=True)\n",
        "        topic = None\n",
        "'the quake' would stand for an older earthquake the body compared it with, not the headline's",
    ),
    Mutation(
        "the-country-stands-for-no-country",
        "verify/nlp/reference.py",
        "        if lemma in _country_nouns():",
        "        if False:",
        "'the country's 38 provinces' would be a count of whoever was named last, not of the country",
    ),
    Mutation(
        "the-country-ignores-the-headline",
        "verify/nlp/reference.py",
        "        headline = [name for name in self._headline_names if _sovereign(name)]",
        "        headline = []",
        "'the country' would stand for a neighbour that sent aid, not the country the article is about",
    ),
    Mutation(
        "turnout-of-the-day-s-vote-not-the-election",
        "verify/nlp/reference.py",
        "                event = self.event_before(earlier)\n",
        "                event = None\n",
        "'Turnout was 61 percent' would be of 'Sunday's vote', not the election the article named",
    ),
    Mutation(
        "event-with-its-own-name-taken-for-the-headline-s",
        "verify/nlp/reference.py",
        "        event = own or self.event_before(noun, topic)",
        "        event = self.event_before(noun, topic)",
        "'the Kestro earthquake of 1960' would be read as the headline's earthquake",
    ),
    Mutation(
        "description-may-be-its-clause-s-subject",
        "verify/nlp/reference.py",
        '        if pronoun.pos_ in {"NOUN", "ADJ"}:',
        "        if False:",
        "'Berg said he would meet the winner' would make Berg the winner",
    ),
    Mutation(
        "description-with-no-one-else-means-no-one",
        "verify/nlp/reference.py",
        "        if found is None and len(above) == 1:",
        "        if False:",
        "'Berg won, and the 30-year-old said' would leave the 30-year-old no one",
    ),
    Mutation(
        "pronoun-for-an-excluded-person-taken",
        "verify/nlp/reference.py",
        "                return not others or token.i >= index or self.person_before(token.i) not in others",
        "                return True",
        "'Berg said he would meet the winner' would reach Berg through 'he'",
    ),
    Mutation(
        "countries-in-the-plural-taken-for-the-country",
        "verify/nlp/reference.py",
        '            return self.country_meant(noun) if noun.tag_ == "NN" else None',
        "            return self.country_meant(noun)",
        "'four countries bordering Kenya' would be read as Kenya",
    ),
    Mutation(
        "yearless-date-ignores-its-clause-tense",
        "verify/kinds/date/parsed.py",
        "        tense = _tense(text, m.start(), m.end()) if not year_text and reference is not None else None",
        "        tense = None",
        "'is due to take office on 1 October' in a February story would be put in the October before",
    ),
    Mutation(
        "later-clause-verb-read-as-the-dates-tense",
        "verify/kinds/date/parsed.py",
        "    stop = _CLAUSE_AFTER.search(text, end, end + 200)",
        "    stop = _CLAUSE_BREAK.search(text, end, end + 200)",
        "'a hearing in September over claims that she failed to' would put September in the year before",
    ),
    Mutation(
        "yearless-event-searched-in-the-year-2000",
        "verify/kinds/date/judge.py",
        '    want = parse_date(written) if re.search(rf"\\b{YEAR}\\b", written) else None',
        "    want = parse_date(written)",
        "'called a general election for 4 July' would search '2000 general election for'",
    ),
    Mutation(
        "reported-speech-tense-read-as-the-events",
        "verify/kinds/date/parsed.py",
        "before = before[reported[-1].end() :] if reported else before",
        "before = before",
        "'officials said the bridge reopens on 3 March' in a February story would date the reopening a year back",
    ),
    Mutation(
        "place-before-an-agency-taken-for-its-acronym",
        "verify/nlp/reference.py",
        '                if ent.label_ in {"GPE", "LOC"} and not _place_initialled(full, m["short"]):',
        "                if False:",
        "'Los Angeles (AP)' would make the AP stand for Los Angeles",
    ),
    Mutation(
        "capital-run-before-an-acronym-taken-for-its-name",
        "verify/nlp/reference.py",
        "    if _all_capitals(run):",
        "    if False:",
        "'NEW ALBANY (AP)' would make the AP stand for New Albany",
    ),
    Mutation(
        "acronym-name-run-from-before-its-first-letter",
        "verify/nlp/reference.py",
        "    while run and (run[0].lower() in _RUN_JOINS or run[0][:1] != short[0]):",
        "    while run and (run[0].lower() in _RUN_JOINS):",
        "'near Los Angeles (AP)' would make the AP stand for Los Angeles",
    ),
    Mutation(
        "event-noun-with-its-own-complement-taken-for-the-named-event",
        "verify/nlp/reference.py",
        "        if event and not own and (about := _own_complement(noun)) and about.text not in event:",
        "        if False:",
        "'the vote on the budget' would be the election the headline named, and get its date",
    ),
    Mutation(
        "time-after-an-event-noun-taken-for-its-complement",
        "verify/nlp/reference.py",
        "            if obj.ent_type_ not in _NOT_COMPLEMENTS and not obj.like_num:",
        "            if True:",
        "'the vote on Sunday' would be another vote than the election the article named",
    ),
    Mutation(
        "page-count-rounding-never-supports",
        "verify/kinds/quantity/judge.py",
        '            page_how == "about" and how in {"exact", "about"} and within == Stance.SUPPORTS',
        '            page_how == "about" and how in {"exact", "about"} and within == Stance.CONTRADICTS',
        "a page's 'about 12,000 people' would no longer support a claim of 12,000 or of about 12,000",
    ),
    Mutation(
        "page-count-held-clause-read-as-a-part",
        "verify/kinds/quantity/judge.py",
        "    if (_NARROWED_AFTER.match(after) and not _HELD_BEFORE.search(before)) or _BREAKDOWN.match(after):",
        "    if _NARROWED_AFTER.match(after) or _BREAKDOWN.match(after):",
        "'The Pact has 32 member states that share a pledge' would no longer refute a claim of 31",
    ),
    Mutation(
        "seats-an-actor-wins-given-to-the-place-they-are-in",
        "verify/kinds/quantity/owner.py",
        "                places = not self._taken_by_actor(node)",
        "                places = True",
        "'Republicans won 219 seats in the House' would give the seats to the House",
    ),
    Mutation(
        "a-party-tagged-as-a-people-opening-its-sentence-dropped",
        "verify/kinds/quantity/owner.py",
        '            if misread(ent) and ent.label_ != "NORP":',
        "            if misread(ent):",
        "'Socialists hold 88 seats in the National Assembly' would give the seats to the Assembly",
    ),
    Mutation(
        "single-quote-closed-after-its-comma-not-read",
        "verify/extract/patterns.py",
        "|\\s[—–]|$|(?<=[,.!?]')\\s))\"",
        '|\\s[—–]|$))"',
        "\"'Our rent rose 30 percent,' one tenant said\" would be a count, not a quote",
    ),
    Mutation(
        "age-apposition-with-aged-not-read",
        "verify/kinds/clause/extract.py",
        '            lead = 2 if token.doc[token.i - 1].lower_ == "aged" and token.i > 2 else 1',
        "            lead = 1",
        "'Rosa Dunn, aged 63, chaired the hearing' would give no age claim",
    ),
    Mutation(
        "since-clause-date-cut-to-the-date-alone",
        "verify/kinds/date/parsed.py",
        "    if len(gap.split()) > (MAX_SINCE_WORDS if since else MAX_GAP_WORDS) or",
        "    if len(gap.split()) > MAX_GAP_WORDS or",
        "'has been chair of the Lund Rowing Club since March 2021' would claim only 'March 2021'",
    ),
    Mutation(
        "speech-quoted-over-two-sentences-read-for-counts",
        "verify/extract/__init__.py",
        "        self.quantities(sent, taken + [(a, b) for a, b in spoken if a < b])",
        "        self.quantities(sent, taken)",
        "'\"We were ten points down. Then we scored 12 goals,\" the coach said' would give two counts",
    ),
    Mutation(
        "duration-another-phase-supports-where-the-nouns-start-is-given",
        "verify/kinds/duration/judge.py",
        "        if not is_tied and (tied_fits or id(f.unit) in owns_noun):",
        "        if not is_tied and tied_fits:",
        "'widening the war, which began in 2014' would support a three-year war by the 2021 date beside it",
    ),
    Mutation(
        "duration-start-tie-ignores-the-claims-noun",
        "verify/kinds/duration/judge.py",
        "    return bool(said.search(window))",
        "    return True",
        "a later phase's start would be read as the claim's own thing's start, and never be named",
    ),
    Mutation(
        "an-event-clauses-wrong-age-no-veto",
        "verify/kinds/clause/judge.py",
        "    words = _AGE_WORDS.search(claim.text) if not _states_an_age(claim) else None",
        "    words = None",
        "'The 70-year-old Solvang took office on 8 March 2024' would be supported by the office's day",
    ),
    Mutation(
        "headline-body-only-its-own-nouns",
        "verify/kinds/clause/extract.py",
        "            if noun.lower_ not in _self_descriptions():\n                return None\n",
        "",
        "'Acme Corp: a timeline / The court fines the company': the court would be Acme Corp",
    ),
    Mutation(
        "headline-body-only-an-org-name",
        "verify/kinds/clause/extract.py",
        '            labels = frozenset({"ORG"})\n',
        '            labels = labels | {"PROPN"}\n',
        "an untagged headline name ('Delta Mills: a timeline') would be what 'the company' stands for",
    ),
    Mutation(
        "part-of-body-not-a-person",
        "verify/kinds/clause/extract.py",
        '            return None  # "a former employee of X", "a man in X": a person of their own\n',
        "            pass\n",
        "'A man in Varna won the lottery' would be a fact about Varna",
    ),
    Mutation(
        "part-of-body-not-what-comes-from-it",
        "verify/kinds/clause/extract.py",
        '            if prep.lower_ == "from" and not part:\n',
        "            if False:\n",
        "'A delegation from Ostland arrived' would be a fact about Ostland",
    ),
    Mutation(
        "sidecar-checked-as-an-article",
        "verify/article.py",
        "    refuse_sidecar(path)\n",
        "",
        "`verify check X.meta.json` would check the sidecar's JSON as an article",
    ),
    Mutation(
        "acceptance-without-reviewer-or-why-taken",
        "verify/claimfile.py",
        '            if not (getattr(claim, field) or "").strip():',
        "            if False:",
        "`status: accepted` with no reviewer or no why would accept the finding anonymously",
    ),
    Mutation(
        "wiki-that-is-not-an-http-url-taken",
        "verify/cli.py",
        '    if parts.scheme not in ("http", "https") or not parts.hostname:',
        "    if False:",
        "`--wiki notaurl` would fail every claim with UnsupportedProtocol instead of a usage error",
    ),
    Mutation(
        "wrong-shaped-page-list-read-as-no-page",
        "verify/sources/wikipedia.py",
        "        if problem:  # garbage, not an answer",
        "        if False:  # garbage, not an answer",
        '`{"title": 5}` in a title look-up would tell the claim there is no such page',
    ),
    Mutation(
        "live-run-without-a-request-says-fetched",
        "verify/provenance.py",
        "        if fetched is not None and not fetched.evidence and fetched.requests == 0:",
        "        if False:",
        "an article with no claim, checked live, would say its evidence was fetched live at a time",
    ),
    Mutation(
        "live-run-whose-requests-all-failed-says-fetched",
        "verify/provenance.py",
        "        if fetched is not None and not fetched.evidence and not fetched.answered:",
        "        if False:",
        "an unreachable wiki's run would say its evidence was fetched live at a time",
    ),
    Mutation(
        "article-with-no-claim-passes-silently",
        "verify/cli.py",
        "            _say_no_claims(result.reports)",
        "            pass",
        "a headline-only article would pass as '0 claims' with no word that nothing was found to check",
    ),
    Mutation(
        "first-of-a-body-named-after-the-country-read-as-the-countrys",
        "verify/kinds/role/judge.py",
        "    if _names_another_body(office, nearest):  # 'of the Vestria Senate', 'of the Argentine Senate'",
        "    if False:",
        "'the first woman president of the Argentine Senate' would support 'Argentina's first woman president'",
    ),
    Mutation(
        "set-aside-first-lets-another-posts-spell-refute",
        "verify/kinds/role/judge.py",
        "        elif held and f.stance == Stance.CONTRADICTS and f.aspect == Aspect.MAIN:",
        "        elif False:",
        "a true 'first woman president' would be contradicted by her ended spell as the senate's president",
    ),
    Mutation(
        "judge-reads-a-year-less-day-by-no-tense",
        "verify/kinds/date/parsed.py",
        "    return _year_for(month, day, reference, [], _tense(text, start, end))",
        "    return _year_for(month, day, reference, [], None)",
        "'said the council would meet on 3 May' in a June story would be judged as the May just gone",
    ),
    Mutation(
        "year-less-date-bound-to-an-event-of-the-stand-in-year",
        "verify/kinds/date/__init__.py",
        "        if years and (not dated or years != {day.year}):",
        "        if years and years != {day.year}:",
        "'held in May' would be bound to 'the 2000 general election' by the parser's stand-in year 2000",
    ),
    Mutation(
        "first-of-a-possessor-body-read-as-the-countrys",
        "verify/kinds/role/judge.py",
        '    if owner is not None:\n        return _owners_post(office, f"{owner[0]}{words[0]}", owner["word"])',
        '    if False:\n        return _owners_post(office, f"{owner[0]}{words[0]}", owner["word"])',
        "'the Senate's first woman president' would support 'Argentina's first woman president'",
    ),
    Mutation(
        "resolved-pronoun-deed-dropped",
        "verify/kinds/clause/extract.py",
        "                and (self.actor(subject) or resolved or sharing)",
        "                and (self.actor(subject) or sharing)",
        "'He admits stealing the paintings', the man named before, would give no claim, though his name's deed does",
    ),
    Mutation(
        "apposed-office-claimed-twice",
        "verify/kinds/clause/claims.py",
        "    if fact.office:  # what a person is, told by an apposition: the role kind's claim where it made one",
        "    if False:  # what a person is, told by an apposition: the role kind's claim where it made one",
        "'Karl Moen, Lena Brandt's former lawyer', claimed by the role kind, would get a clause claim too",
    ),
    Mutation(
        "apposed-age-in-one-claim",
        "verify/kinds/clause/extract.py",
        "            told = None if token.like_num else _APPOSED_AGE.search(",
        "            told = None if token.like_num else None and _APPOSED_AGE.search(",
        "'Lena Brandt, a 63-year-old nun' would be one claim for two facts, the age and what she is",
    ),
    Mutation(
        "fixdesk15-past-word-before-present-verb",
        "verify/kinds/role/judge.py",
        "    before = _PRESENT_OR_TAKEN.split(before)[-1]",
        "    before = before",
        "'a former rower who is president of the union' would place the current presidency in the past",
    ),
    Mutation(
        "fixdesk15-range-of-another-clause",
        "verify/kinds/role/judge.py",
        '(?:(?:she|he|they)\\s+)?(?:was|were|served|became)\\b)"',
        '(?:(?:she|he|they)\\s+)?(?:xyzzy)\\b)"',
        "'president of the union and was minister of sport from 2016 to 2021' would end the presidency in 2021",
    ),
    Mutation(
        "fixdesk15-ended-term-shown-first",
        "verify/kinds/role/judge.py",
        "    if not any(f.stance == Stance.SUPPORTS and f.mode == Mode.PAST for f in findings):\n",
        "    if True:\n",
        "a stale page saying the predecessor still holds the office would be quoted as the support of a succession",
    ),
    Mutation(
        "fixdesk15-another-post-by-title-word",
        "verify/kinds/role/judge.py",
        "        if another_post_at(folded, int(pos[1]), office):\n",
        "        if False:\n",
        "'she was an assistant governor from 2010 to 2022' would dispute that she is the governor now",
    ),
    Mutation(
        "fixdesk15-post-word-picks-the-office",
        "verify/kinds/date/judge.py",
        "        offices = _by_post_word(claim, doc, offices)\n",
        "        pass\n",
        "'was elected chancellor on 6 May' would go unverified beside a party leadership also held that day",
    ),
    Mutation(
        "fixdesk15-elected-dated-by-term-start",
        "verify/kinds/date/judge.py",
        "    starts = _starts(claim) or elected\n",
        "    starts = _starts(claim)\n",
        "'was elected chancellor on 6 May 2025' would not be dated by the term begun that day",
    ),
    Mutation(
        "fixdesk15-election-never-conflicts",
        "verify/kinds/date/judge.py",
        "            elif elected:\n                continue",
        "            elif False:\n                continue",
        "'was elected party leader in 2024' would be contradicted by a term begun in 2022 (a re-election)",
    ),
    Mutation(
        "fixdesk15-other-spell-no-conflict",
        "verify/kinds/date/judge.py",
        "    if len(spells) == 1:\n        return spells\n",
        "    return spells\n",
        "'became chancellor in 2015' would be contradicted by the spell begun in 2025",
    ),
    Mutation(
        "fixdesk15-occupation-from-the-lead",
        "verify/kinds/role/judge.py",
        "        out += occupation_findings(subject, docs, office)\n",
        "",
        "'Jonas Brekke, a lawyer,' would stay unverified beside 'is a Vestrian lawyer and politician'",
    ),
    Mutation(
        "fixdesk15-occupation-of-someone-else",
        "verify/kinds/role/judge.py",
        "(?!(?:who|which|that|to|of|with|for)\\b)",
        "(?!(?:xyzzy)\\b)",
        "'is a politician married to a lawyer' would make the politician a lawyer",
    ),
    Mutation(
        "fixdesk15-membership-from-the-infobox",
        "verify/kinds/clause/judge.py",
        "        + membership_findings(claim, own, as_of)\n",
        "",
        "'had served in the Diet' would stay unverified beside an infobox term as Member of the Diet",
    ),
    Mutation(
        "fixdesk15-serving-now-wants-a-running-term",
        "verify/kinds/clause/judge.py",
        "(now and not term.covers(as_of))",
        "False",
        "'serves in the Diet' would be supported by a membership that ended years before",
    ),
    Mutation(
        "land-set-beside-a-name-still-a-short-form",
        "verify/nlp/reference.py",
        "name not in self._countries_named and not self._land_at(name, at):",
        "name not in self._countries_named:",
        "'Chad, a republic of 18 million' would be filed under a Senator Lena Chad named before",
    ),
    Mutation(
        "land-set-beside-a-name-is-a-person-s-surname",
        "verify/nlp/reference.py",
        "        land = name in self._lands_named and not (mention is not None and _person_cue(mention))",
        "        land = False",
        "the date of 'Chad, a republic of ..., signed the pact' would be filed under a Senator Lena Chad",
    ),
    Mutation(
        "crlf-article-read-as-saved",
        "verify/article.py",
        '    return text.replace("\\r\\n", "\\n").replace("\\r", "\\n")',
        "    return text",
        "a CRLF copy of an article would give other claims and verdicts than its LF original",
    ),
    Mutation(
        "reading-unescaped-in-html",
        "verify/report/html.py",
        """    return f'<{tag} class="checked">{html.escape(said)}</{tag}>' if said else \"\"""",
        """    return f'<{tag} class="checked">{said}</{tag}>' if said else \"\"""",
        "a claim's subject read as '<img onerror=...>' would run as markup in the HTML report",
    ),
    Mutation(
        "reading-of-the-claim-not-the-judges",
        "verify/pipeline.py",
        "        named = _named_in_full(claim, pool.entity_pages(claim.id)).subject",
        "        named = claim.subject",
        "a report would say 'Jane' was checked when the judge looked up 'Jane Roe'",
    ),
    Mutation(
        "earlier-revision-unsaid",
        "verify/pipeline.py",
        '            ev.model_copy(update={"current": doc.current, "revision_timestamp": doc.revision_timestamp})',
        "            ev",
        "a verdict reached on the revision of the article's day would read as if on the current page",
    ),
    Mutation(
        "later-revision-unsaid",
        "verify/report/common.py",
        "        if day is not None and ev.current is not False and stamp is not None and stamp.date() > day:",
        "        if day is not None and ev.current is not False and stamp is not None and stamp.date() > stamp.date():",
        "'Children: 5' from a revision of 2025 would read as the page of the 2024 article's day",
    ),
    Mutation(
        "annotation-controls-raw",
        "verify/report/github.py",
        '    return plain(text.replace("%", "%25").replace("\\r", "%0D").replace("\\n", "%0A"))',
        '    return text.replace("%", "%25").replace("\\r", "%0D").replace("\\n", "%0A")',
        "an article's ESC sequence or bidi override would reach the CI log raw in a GitHub annotation",
    ),
    Mutation(
        "one-claims",
        "verify/report/common.py",
        "    return f\"{count} {noun if count == 1 else plural or noun + 's'}\"",
        "    return f\"{count} {plural or noun + 's'}\"",
        "a one-claim article's reports would say '1 claims'",
    ),
    Mutation(
        "usage-shows-python-types",
        "verify/cli.py",
        "        param.display_type_rich = _placeholder(param)  # type: ignore[method-assign]",
        "        pass",
        "verify check --help would show Python types: the argument's <list[Path]>, a flag's <bool>",
    ),
    Mutation(
        "provenance-note-of-any-type",
        "verify/provenance.py",
        'note=_text(meta.get("note"), MAX_NOTE_CHARS) or "",',
        'note=str(meta.get("note") or ""),',
        "a cassette's provenance note would be printed whole into every report, a YAML alias bomb's 9**n strings too",
    ),
    Mutation(
        "any-source-url-taken",
        "verify/inputs.py",
        'return parts.scheme in ("http", "https") and bool(parts.hostname)',
        "return True",
        "--source file:///etc/passwd (or one in a claim file) would be taken and silently never read",
    ),
    Mutation(
        "undecodable-file-name-taken",
        "verify/inputs.py",
        "    if shown != str(path):\n        raise InputError",
        "    if False:\n        raise InputError",
        "an article named caf\\xe9.txt would end in an internal error and cost its batch the index",
    ),
    Mutation(
        "every-wiki-called-wikipedia",
        "verify/sources/wikipedia.py",
        'return "Wikipedia" if host == "wikipedia.org" or host.endswith(".wikipedia.org") else host',
        'return "Wikipedia"',
        "with --wiki at another wiki, rationales would name Wikipedia as the source",
    ),
    Mutation(
        "undated-duration-blames-the-pages",
        "verify/judge.py",
        'if as_of is None and getattr(kind, "needs_date", lambda c: False)(claim):',
        "if False:",
        "an undated article's 'has lasted three years' would say no passage settles it, blaming the pages",
    ),
    Mutation(
        "twin-claims-both-listed",
        "verify/extract/__init__.py",
        "        if key not in seen:",
        "        if True:",
        "the same fact found twice on the same words would be listed twice in the report",
    ),
    Mutation(
        "place-of-the-subject-owns-its-count",
        "verify/kinds/quantity/owner.py",
        "        if owner and any(_same_entity(owner, place) for place in elsewhere):",
        "        if False:",
        "'A man in Madrid won 4 million euros' would give the winnings to the town the man is in",
    ),
    Mutation(
        "finder-owns-the-length-after-an-event",
        "verify/kinds/duration/lengths.py",
        "            acted_on = lengths.from_event(word, target)",
        "            acted_on = None",
        "'Rescuers found a boy alive 80 hours after the collapse' would give the hours to the rescuers",
    ),
    Mutation(
        "belief-frame-asserts-its-count",
        "verify/lexicons/counted.toml",
        'believing_frames = ["believe", "think", "reckon"]',
        'believing_frames = ["reckon"]',
        "'The lenders believe the merger will add 8 percent' would be claimed as a fact about the merger",
    ),
    Mutation(
        "crlf-file-not-indexed-by-its-spans",
        "verify/report/common.py",
        "        return lf_line_ends(decode_text(Path(path).read_bytes(), path)) == text",
        "        return decode_text(Path(path).read_bytes(), path) == text",
        "a CRLF checkout's annotations and SARIF results would lose their lines and columns",
    ),
    Mutation(
        "date-once-scheduled-is-no-event-day",
        "verify/kinds/date/judge.py",
        "    if once_scheduled(claim):  # 'had been due on 3 March 2027': no day the event took place",
        "    if False:  # 'had been due on 3 March 2027': no day the event took place",
        "'the election had been due on 3 March 2027' would be contradicted by the snap election's own date row",
    ),
    Mutation(
        "date-schedule-from-a-moving-verb",
        "verify/kinds/date/judge.py",
        "    if _MOVED_FROM.search(clause) and _MOVED.search(clause):",
        "    if False:",
        "'postponed from 3 March' would be contradicted by the day the summit was moved to",
    ),
    Mutation(
        "date-schedule-word-governs-its-date",
        "verify/kinds/date/judge.py",
        ' or re.search(r"\\d", gap) or _FINITE.search(gap):',
        ' or re.search(r"\\d", gap):',
        "'the election that had long been expected was held on 9 April' would set the held day aside as a schedule",
    ),
    Mutation(
        "date-schedule-needs-a-former-word",
        "verify/kinds/date/judge.py",
        "        if needs_once and not _ONCE.search(",
        "        if False and not _ONCE.search(",
        "'the summit is scheduled for 5 June' (a day to come, the event's own) would never be contradicted",
    ),
    Mutation(
        "date-schedule-of-the-next-event",
        "verify/kinds/date/judge.py",
        " and not _NEXT_EVENT.search(_CLAUSE_BREAK.split(before)[-1]):",
        ":",
        "a page's 'the next election is scheduled for 9 May 2029' would support 'had been due on 9 May 2029'",
    ),
    Mutation(
        "date-schedule-not-from-a-persons-page",
        "verify/kinds/date/judge.py",
        "        if is_person_doc(doc) or not (own or",
        "        if not (own or",
        "a banker's page's 'his appeal hearing was scheduled for 2 February' would support his trial's schedule",
    ),
    Mutation(
        "schedule-word-governs-a-date-across-a-noun",
        "verify/kinds/date/judge.py",
        '        if words is _SCHEDULE and not set(re.findall(r"[a-z]+", gap.lower())) <= _SCHEDULE_GAP:',
        "        if False:",
        "'the first scheduled launch lifted off on 9 June' would read 9 June as a day once set, never judged",
    ),
    Mutation(
        "number-in-a-name-counts",
        "verify/kinds/quantity/owner.py",
        "not (_a_day(c, days) or _in_a_name(c, reader))",
        "not _a_day(c, days)",
        "'Orbix launched Talon 9 rockets' would claim a count of nine rockets",
    ),
    Mutation(
        "rating-or-dative-is-a-name",
        "verify/kinds/quantity/owner.py",
        '    if before.lower_ in _rating_words() or before.dep_ == "dative" or after.lower_ == "of":',
        "    if False:",
        "'a Category 3 storm' and 'handed the Civic Union Party 88 of the 150 seats' would lose their counts",
    ),
    Mutation(
        "place-before-a-number-is-a-name",
        "verify/kinds/quantity/owner.py",
        'NOT_NAMING_A_THING = frozenset({*TIMES, "GPE", "LOC", "NORP", "PERSON"})',
        "NOT_NAMING_A_THING = TIMES",
        "'The final table read Norway 16 medals' would lose its count of medals",
    ),
    Mutation(
        "people-of-a-name-are-the-name-s",
        "verify/kinds/quantity/owner.py",
        "by_subject = self._people_of_a_name(subject) if subject is not None else None",
        "by_subject = None",
        "'Navy divers pulled two fishermen out' would give the count to the whole navy",
    ),
    Mutation(
        "family-name-first-not-read",
        "verify/nlp/reference.py",
        "for end, full in self._family_first.get(_plain(name), ()) if end <= at]",
        "for end, full in () if end <= at]",
        "'Chen took office' after 'Chen Haoran' would keep 'Chen' as subject, and retrieval ask for a page 'Chen'",
    ),
    Mutation(
        "family-name-first-in-western-order",
        "verify/nlp/reference.py",
        "            if self._last_alone(words):  # last:",
        "            if False:  # last:",
        "'Keir' alone would be the Keir Halden whom the article calls 'Halden'",
    ),
    Mutation(
        "family-name-first-a-listed-given-name",
        "verify/nlp/reference.py",
        "if first in surnames or first in given or first in bodies",
        "if first in surnames or first in bodies",
        "'His son Daniel, 12,' would be the Daniel Okoro named before: a listed given name read as a family name",
    ),
    Mutation(
        "family-name-first-opens-a-company",
        "verify/nlp/reference.py",
        "if first in surnames or first in given or first in bodies",
        "if first in surnames or first in given",
        "'Sato reported a profit' would be Sato Mei, though 'Sato Foods' is the firm",
    ),
    Mutation(
        "calling-taken-for-predecessor-office",
        "verify/kinds/role/extract.py",
        '                    and not _CALLING.search(c.value or "")\n',
        "",
        "'X, an engineer, was elected ..., succeeding Y' would say Y held office as engineer",
    ),
    Mutation(
        "twins-on-one-span-name-their-value",
        "verify/judge.py",
        "    for group in (g for g in twins.values() if len(g) > 1):",
        "    for group in (g for g in twins.values() if len(g) > 99):",
        "'X became A and B' would show two identical rows, neither saying which office it is about",
    ),
    Mutation(
        "an-age-clause-needs-the-article-date",
        "verify/kinds/clause/__init__.py",
        "        return states_an_age(claim)",
        "        return False",
        "'Falk, 61,' in an undated article would blame the pages instead of the missing date",
    ),
    Mutation(
        "standard-input-has-no-sidecar-to-date",
        "verify/article.py",
        '    if path == STDIN:\n        return "--as-of YYYY-MM-DD"',
        '    if False:\n        return "--as-of YYYY-MM-DD"',
        "an article on standard input would be told to set 'published' in a .meta.json it cannot have",
    ),
    Mutation(
        "every-undated-length-counted-to-the-articles-day",
        "verify/kinds/duration/__init__.py",
        "        return is_age(claim) or UP_TO_NOW.search(claim.text) is not None",
        "        return True",
        "'the 2019 strike lasted 12 days' in an undated article would be said to need the article's date",
    ),
    Mutation(
        "event-title-without-a-place",
        "verify/nlp/events.py",
        "        if not places:\n            continue  # no place named with it",
        "        if not places and False:\n            continue  # no place named with it",
        "'Greens win a landslide' would be titled as a landslide filed from the dateline's town",
    ),
    Mutation(
        "event-title-for-a-named-event",
        "verify/nlp/events.py",
        "        if any(_proper_named(t, refs) for t in tokens):",
        "        if False:",
        "'Hurricane Mara ... the strongest hurricane' would get a second, made-up name for the named storm",
    ),
    Mutation(
        "event-title-beats-a-person-topic",
        "verify/nlp/reference.py",
        "        if story and (not ranked or self._a_place(ranked[0]) or events.titled_noun_word(ranked[0])):",
        "        if story:",
        "a story headlined on a person would give that person's owner-less counts to the event",
    ),
    Mutation(
        "country-possessor-reads-the-post-after-first",
        "verify/kinds/role/judge.py",
        '    if owner is not None and _country_owns_another_post(owner["word"], office, sentence[at:], words):',
        '    if False and _country_owns_another_post(owner["word"], office, sentence[at:], words):',
        "'the country's first woman president of the Senate' would support the country's first woman president",
    ),
    Mutation(
        "elected-claim-needs-its-post",
        "verify/kinds/date/judge.py",
        "                rows = [(row, what) for row, what in rows if _post_fits(claim, what)]",
        "                pass",
        "'was elected party leader in 2029' would be dated by the presidency begun that year",
    ),
    Mutation(
        "occupation-from-the-persons-own-copula",
        "verify/kinds/role/judge.py",
        "said.match(_own_description(aliases.fold(lead.text), aliases.fold(subject)))",
        "said.search(aliases.fold(lead.text))",
        "'is a politician whose father was a lawyer' would support 'X, a lawyer'",
    ),
    Mutation(
        "occupation-not-in-a-possessive",
        "verify/kinds/role/judge.py",
        """rf"{re.escape(word)}s?\\b(?!['’]s)")  # fmt: skip""",
        """rf"{re.escape(word)}s?\\b")  # fmt: skip""",
        "'X, who is a lawyer's daughter, is a politician' would support 'X, a lawyer'",
    ),
    Mutation(
        "formal-state-name-is-the-state",
        "verify/kinds/role/judge.py",
        """specific_words(_FORMAL_STATE.sub(r"\\g<adjective>", post))""",
        "specific_words(post)",
        "'the first woman President of the United Mexican States' would name a body other than the presidency",
    ),
    Mutation(
        "united-nations-is-no-formal-state-name",
        "verify/lexicons/judging.toml",
        'united_states = ["states", "kingdom", "republic"]',
        'united_states = ["states", "kingdom", "republic", "nations"]',
        "'the first woman President of the United Nations' would support the country's first woman president",
    ),
    Mutation(
        "length-after-an-event-leaves-the-doer-for-any-object",
        "verify/kinds/duration/lengths.py",
        "        people = [c for c in acted if people_noun(c) or self.reader.refs.is_person(c)]",
        "        people = acted",
        "'Ana Reyes signed the treaty two days after the election' would lose the length (no claim at all)",
    ),
    Mutation(
        "a-thing-subject-s-place-loses-its-count",
        "verify/kinds/quantity/owner.py",
        "        if subject is None or not people_noun(subject) or span.start <= subject.i < span.end:",
        '        if subject is None or subject.pos_ != "NOUN" or span.start <= subject.i < span.end:',
        "'Exports from Germany rose 4 percent' would lose Germany and give the count to 'percent'",
    ),
    Mutation(
        "a-land-s-name-is-the-land-at-every-mention",
        "verify/nlp/reference.py",
        "    if _aged(last):",
        "    if False:",
        "'Chad, 61, said she had chaired ...' would go to the land set beside that name earlier",
    ),
    Mutation(
        "win-given-to-the-scorer",
        "verify/kinds/quantity/owner.py",
        "            given = self._given_result(span)",
        "            given = None",
        "'Moen's header gave Norway a 2-1 win' would be Moen's score, not Norway's",
    ),
    Mutation(
        "unowned-win-given-to-a-nearby-name",
        "verify/kinds/quantity/owner.py",
        '            if given or span[-1].dep_ != "dobj":',
        "            if given:",
        "'The 2-1 win at Varna Stadium sealed the title' would be the stadium's score",
    ),
    Mutation(
        "winner-described-by-age-read-as-the-town",
        "verify/kinds/quantity/owner.py",
        "        if described and not self._named(subject):",
        "        if False:",
        "'The 19-year-old from Delray Beach, Florida, won the final 2-6, 6-3' would be Florida's score",
    ),
    Mutation(
        "magnitude-owned-by-the-measuring-agency",
        "verify/kinds/quantity/owner.py",
        "            owner = _rated_owner(claim, reader)",
        "            owner = reader.owner_of(*claim.span)",
        "'The survey, which put its magnitude at 7.4' would be the survey's magnitude, not the quake's",
    ),
    Mutation(
        "others-of-a-scale-counted",
        "verify/kinds/quantity/extract.py",
        "|pounds\\b|other\\b)",
        "|pounds\\b)",
        "'Dozens of other players said no' would be a count of 'other', pointing back at no new number",
    ),
    Mutation(
        "children-row-later-page-counts-more",
        "verify/kinds/quantity/judge.py",
        "elif not (later and have > want):",
        "else:",
        "a page saved after the article, counting a child born since, would refute a father of two",
    ),
    Mutation(
        "children-sentence-anyones",
        "verify/kinds/quantity/judge.py",
        "if m is not None and re.match(rf\"\\s*(?:{who})\\b(?:\\s+\\w+){{0,2}}?\\s*$\", unit.text[: m.start()], re.I):",
        "if m is not None:",
        "'Her husband has four children' would count as the person's own children",
    ),
    Mutation(
        "children-aside-refutes-the-clause",
        "verify/kinds/clause/judge.py",
        "    if children is not None and children[1]:",
        "    if children is not None:",
        "'Vale, a mother of four, has worked at the bank' would be refuted as a whole, her career with it",
    ),
    Mutation(
        "pronoun-reaches-past-the-semicolon",
        "verify/kinds/clause/judge.py",
        "    return claim.sentence if stop < 0 else claim.sentence[:stop]",
        "    return claim.sentence",
        "'Born in Chambéry, he ...; former Prime Minister Attal had been ...' would set Barnier's birthplace aside",
    ),
    Mutation(
        "pronoun-reaches-no-name",
        "verify/kinds/clause/judge.py",
        "    return claim.sentence if stop < 0 else claim.sentence[:stop]",
        '    return ""',
        "a name before the pronoun in its own clause would no longer set a conflict with the chosen person aside",
    ),
    Mutation(
        "possessive-country-taken-for-a-name",
        "verify/kinds/clause/judge.py",
        """    if aliases.country_of(re.sub(r"['’]s$", "", word)) or POST.fullmatch(word):""",
        "    if aliases.country_of(word) or POST.fullmatch(word):",
        "\"Indonesia's seventh president ..., when he succeeded X\" would set the predecessor's conflict aside",
    ),
    Mutation(
        "term-end-undated",
        "verify/kinds/role/judge.py",
        "spells.append(Finding(unit, Stance.CONTRADICTS, 90.0, Aspect.MAIN, detail, end, mode=Mode.PAST))",
        "spells.append(Finding(unit, Stance.CONTRADICTS, 90.0, Aspect.MAIN, detail, mode=Mode.PAST))",
        "a president removed days before the article would be 'sources disagree' against an older incumbent row",
    ),
    Mutation(
        "term-length-clause-with-more-values",
        "verify/kinds/clause/judge.py",
        "_TERM_LENGTH.fullmatch(obj) is not None and not (claim.time or claim.place or claim.quantity)",
        "_TERM_LENGTH.fullmatch(obj) is not None",
        "'was elected in 2022 to a five-year term' would be supported by the office's term length alone",
    ),
    Mutation(
        "earlier-spell-since-read-current",
        "verify/match.py",
        "    if since and _EARLIER_SPELL.search(low[: since.start()]):",
        "    if False:",
        "'he had previously been deputy governor since 2012' would support a deputy governor now",
    ),
    Mutation(
        "earlier-spell-despite-a-present-verb",
        "verify/match.py",
        "(?![\\s\\S]*\\b(?:{'|'.join(_WORDS['present_verbs'])})\\b)",
        "",
        "'previously a banker, she has been deputy governor since 2012' would read as a past spell",
    ),
    Mutation(
        "body-led-any-later-spell-refutes",
        "verify/kinds/date/judge.py",
        "    if not all(t.start is not None and t.start > want for t in held):",
        "    if False:",
        "'has led the party since August 2020' would be refuted though a spell from 2019 covers that month",
    ),
    Mutation(
        "body-led-not-read",
        "verify/kinds/date/judge.py",
        "                out += _nothing_begun(doc, want, at, as_of) if led is None else led",
        "                out += _nothing_begun(doc, want, at, as_of)",
        "'has led the party since August 2020' would stay open while the person held another office then",
    ),
    Mutation(
        "ordinal-post-elsewhere-ignored",
        "verify/kinds/clause/judge.py",
        "    return out + (_posts_elsewhere(elsewhere, noun, whose, own) if _predicate(claim) in COPULAR else [])",
        "    return out",
        "'Colombia's 66th president' of Mexico's 66th president would stay unverified",
    ),
    Mutation(
        "ordinal-post-elsewhere-despite-the-claimed-countrys",
        "verify/kinds/clause/judge.py",
        "if office and words and _same_post(noun, post) and office_country(office.value) in {None, whose}:",
        "if False:",
        "a person who held the post in the claimed country too would be refuted by their other country's row",
    ),
    Mutation(
        "ordinal-post-elsewhere-beside-another-fact",
        "verify/kinds/clause/judge.py",
        "(_posts_elsewhere(elsewhere, noun, whose, own) if _predicate(claim) in COPULAR else [])",
        "_posts_elsewhere(elsewhere, noun, whose, own)",
        "'sworn in on 1 October as Colombia's 66th president' would be refuted, its true day with it",
    ),
    Mutation(
        "event-counts-left-to-the-storys-person",
        "verify/kinds/quantity/owner.py",
        "            owner = _event_owner(claim, reader) or owner",
        "            owner = owner",
        "'More than 18 million votes were counted' would be the winner's votes, not the election's",
    ),
    Mutation(
        "the-whole-a-share-is-of-held-by-the-subject",
        "verify/kinds/quantity/owner.py",
        "    if whole:\n        return False",
        "    if False:\n        return False",
        "'Vega received 9.1 million of the 17.6 million valid votes' would give Vega all the valid votes",
    ),
    Mutation(
        "counted-things-as-subject-held",
        "verify/kinds/quantity/owner.py",
        "    if subject.i in {t.i for t in noun.subtree} or subject.head.i == noun.i:\n        return False",
        "    if subject.i in {t.i for t in noun.subtree} or subject.head.i == noun.i:\n        return True",
        "'With 98.5 percent of polling stations counted, Vega had ...' would give Vega the stations",
    ),
    Mutation(
        "a-persons-votes-given-to-the-event",
        "verify/kinds/quantity/owner.py",
        '    return person or reader._named(subject) or subject.pos_ == "PROPN"',
        "    return False",
        "'Vega received more than 9.1 million votes' would be the election's votes, not hers",
    ),
    Mutation(
        "event-named-before-in-the-paragraph-ignored",
        "verify/kinds/quantity/owner.py",
        "            found = _event_at(token, reader)\n            if found:\n                break",
        "            found = None\n            if found:\n                break",
        "'... at the Paris Olympics on Sunday. The final drew 41,000 spectators' would be the winner's",
    ),
    Mutation(
        "vote-named-by-no-land-of-its-clause",
        "verify/nlp/events.py",
        "        if not places and national:",
        "        if False:",
        "'declared Vega the winner of last month's presidential election' would leave the vote unnamed",
    ),
    Mutation(
        "share-of-the-declared-winner-given-to-the-event",
        "verify/kinds/quantity/owner.py",
        '    if any(reader.refs.is_person(o) or reader.label(o) == "PERSON" for o in objects):',
        "    if False:",
        "'The board declared Vega the winner with 52 percent of the vote' would be the election's share",
    ),
    Mutation(
        "vote-named-by-a-land-of-another-clause",
        "verify/nlp/events.py",
        "    for word in clause.subtree:",
        "    for word in noun.sent:",
        "'became President of Peru, hours after her party won the general election' would be Peru's vote",
    ),
    Mutation(
        "a-noun-describing-another-read-as-the-event",
        "verify/nlp/events.py",
        '        if noun and token.pos_ in {"NOUN", "PROPN"} and not describing:',
        '        if noun and token.pos_ in {"NOUN", "PROPN"}:',
        "'Peru's election commission' would be an election of its own",
    ),
    Mutation(
        "country-inside-a-longer-name-kept",
        "verify/offices.py",
        "return list(dict.fromkeys(country for span, country in found if span not in inside))",
        "return list(dict.fromkeys(country for span, country in found))",
        "'president of Guinea-Bissau' would name Guinea too and support 'President of Guinea'",
    ),
    Mutation(
        "nationality-read-word-by-word",
        "verify/kinds/clause/judge.py",
        "            for j in range(len(words), i, -1):\n",
        "            for j in range(i + 1, i, -1):\n",
        "'a South Sudanese diplomat' would give Sudan and support 'a Sudanese diplomat'",
    ),
    Mutation(
        "year-comma-read-as-thousands",
        "verify/kinds/quantity/judge.py",
        '_DIGITS = r"(?:\\d{1,3}(?:,\\d{3})+|\\d+)"',
        '_DIGITS = r"\\d[\\d,]*"',
        "'on 21 February 2030, killing nine people' would be a count of 2,030 people contradicting nine",
    ),
    Mutation(
        "calling-held-any-time",
        "verify/kinds/clause/judge.py",
        "    now_held = _held_at_a_time(claim.object)\n",
        "    now_held = False\n",
        "'Ding Wei, the world champion' would be supported by 'He is a former world champion'",
    ),
    Mutation(
        "calling-past-word-unread",
        "verify/kinds/clause/judge.py",
        'if re.search(rf"{_CALLING_PAST}(?:\\s+\\S+){{0,2}}\\s*$", before):',
        "if False:",
        "'the world champion' would be supported by 'He is a former world champion'",
    ),
    Mutation(
        "calling-past-copula-taken",
        "verify/kinds/clause/judge.py",
        'if copulas and " ".join(copulas[-1].lower().split()) not in _CALLING_NOW:',
        "if False:",
        "'the world champion' would be supported by 'He was the world champion'",
    ),
    Mutation(
        "calling-another-year-taken",
        "verify/kinds/clause/judge.py",
        "return as_of is None or all(int(y) == as_of.year for y in _YEAR.findall(unbracketed))",
        "return True",
        "'the defending champion' would be supported by 'the defending champion of the 2027 Varna Open'",
    ),
    Mutation(
        "children-any-pronoun",
        "verify/kinds/quantity/judge.py",
        '        pronouns = [pronoun] if pronoun else ["he", "she"]\n',
        '        pronouns = ["he", "she"]\n',
        "'He has two children' (her husband) would support 'Vale, a mother of two'",
    ),
    Mutation(
        "children-page-pronoun-unread",
        "verify/kinds/quantity/judge.py",
        "    first = _PRONOUN.search(doc.text)\n",
        "    first = None\n",
        "with no parent word in the claim, her husband's 'He has two children' would count as hers",
    ),
    Mutation(
        "children-count-going-on-taken",
        "verify/kinds/quantity/judge.py",
        "                if _COUNTS_ON.search(unit.text[m.end() :]):\n",
        "                if False:\n",
        "'two children with her first husband and three with her second' would contradict 'a mother of five'",
    ),
    Mutation(
        "term-length-any-countrys-office",
        "verify/kinds/duration/judge.py",
        "if _term_fields(d) and not (countries and office_country(d.title) not in {None, *countries})",
        "if _term_fields(d)",
        "'The new Mexican president serves a single four-year term' would be supported by the US president's page",
    ),
    Mutation(
        "lower-case-new-is-a-place",
        "verify/offices.py",
        '    text = _LOWER_PLACE_WORD.sub("_", text)\n',
        "",
        "'the new Chilean president' would name no country (read as a 'New Chile')",
    ),
    Mutation(
        "bracketed-host-left-to-raise",
        "verify/inputs.py",
        "    except ValueError:  # a bracketed host",
        "    except LookupError:  # a bracketed host",
        "'--source http://[::1' would be an internal error (exit 3), not a one-line refusal",
    ),
    Mutation(
        "a-loss-given-to-its-loser",
        "verify/kinds/quantity/owner.py",
        'if noun.lower_ in _losing_nouns() and not beaten and (possessor is not None or noun.dep_ == "dobj"):',
        "if False:",
        "'Norway's 2-1 loss to Sweden' would claim Norway's score 2-1, the winner's reading of a loss",
    ),
    Mutation(
        "votes-that-went-to-a-name-left-to-the-event",
        "verify/kinds/quantity/owner.py",
        "c.lower_ in _holding_words() and any(reader._named(o) for o in c.children)",
        "False",
        "'More than 6 million votes went to Roth' would be the election's count, not Roth's",
    ),
    Mutation(
        "a-pages-own-rows-any-sides",
        "verify/kinds/quantity/judge.py",
        "        if not number and not _names_side(doc.title, entities):",
        "        if False:",
        "Bayrou's 'Children: 5' would refute 'Barnier has three children': his page names Barnier as predecessor",
    ),
    Mutation(
        "joined-verb-of-an-unclaimed-clause",
        "verify/kinds/clause/extract.py",
        '            sharing = verb.dep_ == "conj" and subject.head.i != verb.i and verb.head.i in self.claimed',
        '            sharing = verb.dep_ == "conj" and subject.head.i != verb.i',
        "'Some said it was lucky and sailed on' would claim 'sailed' though the clause it joins states nothing",
    ),
    Mutation(
        "resolved-pronoun-side-clause-unread",
        "verify/kinds/clause/extract.py",
        "            named = (self._name_in_phrase(subject) is not None or resolved) and verb.dep_ in",
        "            named = (self._name_in_phrase(subject) is not None) and verb.dep_ in",
        "'Moen was mayor from 2011 until he declined to stand again' would claim nothing of his declining",
    ),
    Mutation(
        "pronoun-in-who-clause-means-last-person",
        "verify/kinds/clause/extract.py",
        "            return self.person_who_hangs_over(token) or self.references.person_before(token.i)",
        "            return self.references.person_before(token.i)",
        "'Anand Kumar, who was champion until he declined ...' would have the paragraph's last person decline",
    ),
    Mutation(
        "count-read-by-its-first-word",
        "verify/kinds/quantity/judge.py",
        'stem = re.escape(_head_noun(noun).rstrip("s")[:5])',
        'stem = re.escape(noun.rstrip("s")[:5])',
        "'two presidential races' would be counted by 'presidential', and 'the 2031 presidential election' refute it",
    ),
    Mutation(
        "event-year-read-as-a-count",
        "verify/kinds/quantity/judge.py",
        "found = [(m, n) for m, n in found if not _a_year(sentence, m)]",
        "found = list(found)",
        "'in the 2031 race' would be 2031 races against a claim of two",
    ),
    Mutation(
        "rank-kept-in-the-office",
        "verify/kinds/role/__init__.py",
        "claim, rank = ranked_office(claim)",
        "rank = None",
        "'the youngest vice president' would be another office than the person's 'Vice President of Velmara'",
    ),
    Mutation(
        "ordinal-stripped-without-a-period",
        "verify/kinds/role/judge.py",
        "if at < 0 or not _RANK_PERIOD.match(claim.sentence[at + len(claim.text) :]):",
        "if at < 0:",
        "'the fourth prime minister' with no period would no longer be read against the row's '9th'",
    ),
    Mutation(
        "rank-taken-as-stated",
        "verify/kinds/role/__init__.py",
        "found = rank_stated(found, rank, evidence.everything",
        "found = rank_stated(found, None, evidence.everything",
        "'the youngest vice president' would be supported by the office row alone",
    ),
    Mutation(
        "the-country-a-post-of-its-own",
        "verify/offices.py",
        "claimed_words = _specific_words(claimed_office) - _COUNTRY_NOUN_STEMS",
        "claimed_words = _specific_words(claimed_office)",
        "'prime minister of the country' would be another post than 'Prime Minister of Velmara'",
    ),
    Mutation(
        "bare-post-of-any-presidency",
        "verify/offices.py",
        "return same if len(names) == 1 else []",
        "return same",
        "'had been president since 2012' would be read against any of two presidencies the person held",
    ),
    Mutation(
        "bare-post-read-as-no-office",
        "verify/kinds/clause/judge.py",
        "held = held or [t for t in the_one_post(office, terms(doc.infobox)) if t.start is not None]",
        "held = held",
        "'had been president since 2012' would never meet the person's 'President of Velmara' from 2014",
    ),
    Mutation(
        "led-institution-read-as-no-office",
        "verify/kinds/clause/judge.py",
        "held = held or _institution_terms(office, terms(doc.infobox))",
        "held = held",
        "'had led the bank since 2015' would never meet the governorship of the bank begun in 2016",
    ),
    Mutation(
        "led-institution-of-two-offices",
        "verify/kinds/clause/judge.py",
        "return heads if len({aliases.fold(t.office.value) for t in heads}) == 1 else []",
        "return heads",
        "'had led the bank' would be read against the chair of another bank as well as the governorship",
    ),
    Mutation(
        "deputy-leads-the-bank",
        "verify/kinds/clause/judge.py",
        "heads = [t for t in same if not qualifiers(t.office.value)]",
        "heads = same",
        "a deputy governor's post would be a spell leading the bank (or leave the governorship unread)",
    ),
    Mutation(
        "sibling-beside-the-post-held",
        "verify/offices.py",
        "if any(not claimed_words - _specific_words(t.office.value) for t in on_the_day):",
        "if False:",
        "a party presidency held beside the claimed premiership would refute 'prime minister of the country'",
    ),
    Mutation(
        "founding-role-of-any-year",
        "verify/kinds/clause/judge.py",
        "rows = [f for f in doc.infobox if _FOUNDING_ROW.match(f.label) and years[0] in re.findall(YEAR, f.value)]",
        "rows = [f for f in doc.infobox if _FOUNDING_ROW.match(f.label)]",
        "'became Velmara's central bank in 1975' would be supported by a founding in 1961",
    ),
    Mutation(
        "founding-role-of-any-description",
        "verify/kinds/clause/judge.py",
        "if rows and first and is_it.search(aliases.fold(first[0])):",
        "if rows and first:",
        "'became Velmara's central bank' would be supported for a body its page calls its largest lender",
    ),
    Mutation(
        "denied-claim-judged-as-affirmed",
        "verify/judge.py",
        "    if claim.negated:\n        return _denied(",
        "    if False:\n        return _denied(",
        "'Costa has not been charged' would be supported by a page saying Costa was charged",
    ),
    Mutation(
        "not-of-a-clause-unread",
        "verify/nlp/negation.py",
        'if child.dep_ == "neg" and child.lower_ not in',
        'if False and child.lower_ not in',
        "'has not been charged' would be the claim 'charged', with nothing telling the judge it is denied",
    ),
    Mutation(
        "succession-taken-by-its-month",
        "verify/kinds/clause/claims.py",
        "    return fact.predicate in _successions() and not _carries(claim, fact)",
        "    return False",
        "'X succeeded Y in September' would be claimed by its month alone: whom X succeeded never checked",
    ),
    Mutation(
        "a-capitalised-place-read-as-a-superlative",
        "verify/kinds/role/judge.py",
        "|(?-i:[a-z]{3,}est(?:-[a-z]+)?)",
        "|[a-z]{3,}est(?:-[a-z]+)?",
        "'Budapest mayor' would be a bare 'mayor' ranked 'Budapest', supported by the mayor of Debrecen",
    ),
    Mutation(
        "new-south-wales-read-as-wales",
        "verify/lexicons/judging.toml",
        'places_before_a_country = ["new", "new south"]',
        'places_before_a_country = ["new"]',
        "the Premier of New South Wales would hold an office of Wales",
    ),
    Mutation(
        "timeline-date-read-without-its-line",
        "verify/kinds/quantity/owner.py",
        "        found = [t for t in self._sentence_on_its_line(span) if t.lower_ == word]",
        "        found = [t for t in span.sent if t.lower_ == word]",
        "'November 18, 2023 - The second flight achieves ...' would leave the date to 'second flight'",
    ),
    Mutation(
        "time-word-kept-as-a-dates-subject",
        "verify/kinds/quantity/owner.py",
        "    if _a_time(claim.subject):  #",
        "    if False:  #",
        "'At 3:34 a.m. Eastern time on Sunday' would date 'Eastern time', not the story's lander",
    ),
    Mutation(
        "length-of-a-description-left-to-the-noun",
        "verify/kinds/quantity/owner.py",
        "        return None\n    return reader.refs.described(noun) or reader.refs.topic\n",
        "        return None\n    return None\n",
        "'The journey took six and a half weeks' would be the journey's, not the lander's the story is about",
    ),
    Mutation(
        "held-term-not-its-possessors",
        "verify/kinds/quantity/owner.py",
        "    owner = reader.owned_by(noun) if noun.lemma_.lower() in _held() else None",
        "    owner = None",
        "'Adler's second five-year term' would stay the term's, not Adler's",
    ),
    Mutation(
        "hyphenated-length-given-away",
        "verify/kinds/quantity/owner.py",
        "    if owner or claim.span[0] <= noun.idx < claim.span[1]:",
        "    if owner:",
        "'Orbis Space's three-day state visit' would be the story's topic's length, not the visit's",
    ),
    Mutation(
        "counted-or-national-description-given-away",
        "verify/kinds/quantity/owner.py",
        "    if counted or national or ranked(noun):",
        "    if ranked(noun):",
        "'one boat stayed at sea for 204 days' and 'German crews train on it for a year' would be the topic's",
    ),
    Mutation(
        "ordinal-without-its-post-compared",
        "verify/kinds/clause/judge.py",
        "        bool(claimed)\n        and bool(written)",
        "        bool(written)",
        "'He is the 5th.' (no post after the ordinal) would end the article in an IndexError",
    ),
    Mutation(
        "one-claims-bug-loses-the-report",
        "verify/judge.py",
        "            results.append(_not_judged(claim, exc))",
        "            raise",
        "a bug judging one claim would lose every other verdict of the article",
    ),
    Mutation(
        "described-age-of-someone-met-later",
        "verify/kinds/clause/extract.py",
        "        before = self.text[self.start : at]",
        "        before = self.text[self.start :]",
        "'the 25-year-old became the first rider since Ola Berg' would give Berg, named after it, the age",
    ),
    Mutation(
        "described-age-of-someone-new",
        "verify/kinds/clause/extract.py",
        "(aged_alone or (_definite(token) and _calls_a_person(token)))",
        "(aged_alone or (_calls_a_person(token)))",
        "'A 45-year-old driver was hurt' would give the age to the racer named before",
    ),
    Mutation(
        "scheduled-with-any-modal",
        "verify/kinds/clause/extract.py",
        "        if aux.lower_ not in auxiliaries or any(",
        "        if any(",
        "'She could succeed Karl Moen next year' would be claimed as a succession",
    ),
    Mutation(
        "scheduled-with-an-unnamed-party",
        "verify/kinds/clause/extract.py",
        "        if subject is None or obj is None or self._name_in_phrase(obj) is None:",
        "        if subject is None or obj is None:",
        "'Orvik Foods will acquire a stake in the port' would be claimed as an acquisition",
    ),
    Mutation(
        "fronted-age-of-a-past-clause",
        "verify/kinds/clause/extract.py",
        "            if past:",
        "            if False:",
        "'At 19, Lena Brandt was lonely in Tarvik' would make her 19 now",
    ),
    Mutation(
        "fronted-age-anywhere",
        "verify/kinds/clause/extract.py",
        "            if subject is None or subject.i < age.i:",
        "            if subject is None:",
        "'Lena Brandt stands at 72, two shots behind the leader' would make her 72",
    ),
    Mutation(
        "scheduled-office-without-rank",
        "verify/kinds/clause/extract.py",
        '        if verb.lemma_.lower() in {"be", "become"} and attr is not None and _ranked(attr.subtree):',
        '        if verb.lemma_.lower() in {"be", "become"} and attr is not None:',
        "'Brandt will be the favourite of Norland voters' would be claimed as a fact",
    ),
    Mutation(
        "described-age-of-the-other-sex",
        "verify/kinds/clause/extract.py",
        "                agrees = sex is None or known is None or sex == known",
        "                agrees = True",
        "'Karl Moen handed it over. The 58-year-old used her speech' would make Karl Moen 58",
    ),
    Mutation(
        "scheduled-though-negated",
        "verify/kinds/clause/extract.py",
        '        if aux.lower_ not in auxiliaries or any(c.dep_ == "neg" for c in verb.children):',
        "        if aux.lower_ not in auxiliaries:",
        "'She will not succeed Karl Moen' would be claimed as a (denied) succession",
    ),
    # Retired with the code they mutated (name: why), one line each:
    # plural-office-holders-as-their-body: check removed (s17); body_of_part turns office words away by their lemma
    Mutation(
        "date-of-another-listed-fact",
        "verify/kinds/date/judge.py",
        "    return {m.span() for a in places for m in binding.bound(a, text, DATE_TEXT)}",
        "    return None",
        "'became deputy governor in March 2009' would be dated by 'became assistant governor in March 2009 and"
        " became deputy governor in February 2012'",
    ),
    Mutation(
        "clause-time-of-a-row-without-its-group",
        "verify/kinds/clause/judge.py",
        "    if any(_states_time(claim.time, _unit_and_group(f)) for f in supports):",
        "    if any(_states_time(claim.time, f.unit.text) for f in supports):",
        "'handed over to Tomas Roe in February 2030' would lose the support of a successor row whose group ends"
        " the term then",
    ),
    Mutation(
        "clause-year-bound-anywhere",
        "verify/kinds/clause/judge.py",
        "    return any(claimed <= {m.group(1) for m in binding.bound(a, text, _A_YEAR)} for a in anchors)",
        "    return claimed <= set(_A_YEAR.findall(text))",
        "'became assistant governor in 2012' would be supported by '... Assistant Governor (Economic) in 2009,"
        " eventually becoming Deputy Governor in 2012'",
    ),
    Mutation(
        "clause-another-year-bound-not-against",
        "verify/kinds/clause/judge.py",
        "    return given.pop() if len(given) == 1 and not claimed & given else None",
        "    return None",
        "'became deputy governor in 2004' would stay unverified against"
        " '... eventually becoming Deputy Governor in 2012'",
    ),
    Mutation(
        "clause-another-year-despite-the-claimed-one",
        "verify/kinds/clause/judge.py",
        "        if not any(_time_bound(claim, s, strict=True) for s in _sentences(doc)):",
        "        if True:",
        "a page that also gives the office the claimed year would contradict it with another sentence's year",
    ),
    Mutation(
        "clause-supported-on-one-value",
        "verify/kinds/clause/judge.py",
        "    structured = _every_value_stated(claim, structured, docs, as_of)\n",
        "",
        "'born in Wagga Wagga on 4 October 1962' would be supported by 'Lowe was born in Wagga Wagga' alone",
    ),
    Mutation(
        "clause-unstated-time-not-judged",
        "verify/kinds/clause/judge.py",
        "    against = [f for f in on_the_day if f.stance == Stance.CONTRADICTS]\n    kept = [",
        "    against = []\n    kept = [",
        "'born in Wagga Wagga on 4 October 1962' would stay unverified though the page gives 4 October 1961",
    ),
]


def failing_test(output: str) -> str:
    """The node id of the first test pytest reports FAILED or ERROR, or '' (from its short summary)."""
    for line in output.splitlines():
        if line.startswith(("FAILED ", "ERROR ")):
            rest = line.split(" ", 1)[1]
            head = rest.split(" - ", 1)[0]
            if "[" in head and "]" in rest:  # a parametrized id may hold ' - ' itself: it ends at its ']'
                head = rest[: rest.index("] - ") + 1] if "] - " in rest else rest[: rest.rindex("]") + 1]
            return head.strip()
    return ""


_PYTEST_ARGS = ["-q", "-p", "no:cacheprovider"]
# Third-party modules every pytest run imports again (about two seconds a run on a loaded machine, most of
# a one-test run): imported once here, before any run, and inherited by each forked run. Never `verify` nor
# the tests: a run imports those afresh from the scratch copy, with the mutation in it.
_PRELOAD = ("pytest", "hypothesis", "httpx", "pydantic", "yaml", "numpy", "spacy", "thinc.api")


def preload() -> None:
    """Import the third-party modules the runs share (see `_PRELOAD`), where a run is a fork of this process."""
    if not _can_fork():
        return
    for name in _PRELOAD:
        try:
            importlib.import_module(name)
        except ImportError:
            continue


def _can_fork() -> bool:
    """Whether a run can be a fork of this process: the OS forks, and this process has imported neither
    `verify` nor the tests (a fork would run those copies, not the scratch copy's with the mutation in it;
    so inside a test session each run is a new interpreter)."""
    imported = any(m in {"verify", "tests"} or m.startswith(("verify.", "tests.")) for m in sys.modules)
    return hasattr(os, "fork") and not imported


def _pytest(tree: Path, args: list[str], timeout: float) -> subprocess.CompletedProcess[str]:
    """pytest with `args` in the scratch copy `tree`, its package first on the path (not the installed one):
    in a fork of this process where the OS has fork (the third-party imports are done, `verify` and the tests
    are imported afresh from `tree`), else in a new interpreter. Raises subprocess.TimeoutExpired past `timeout`."""
    env = {**os.environ, "PYTHONPATH": str(tree)}  # the scratch copy's package, not the installed one
    if not _can_fork():
        return subprocess.run(
            [sys.executable, "-m", "pytest", *args], cwd=tree, env=env, capture_output=True, text=True, timeout=timeout
        )
    sys.stdout.flush()
    sys.stderr.flush()
    with tempfile.TemporaryFile("w+", encoding="utf-8") as out:
        pid = os.fork()
        if pid == 0:  # the run: never returns
            code = 3
            try:
                os.dup2(out.fileno(), 1)
                os.dup2(out.fileno(), 2)
                os.chdir(tree)
                os.environ.clear()
                os.environ.update(env)
                sys.path[:0] = [str(tree)]  # as `python -m pytest` with PYTHONPATH=tree in tree would have it
                import pytest

                code = int(pytest.main(args))
            except BaseException:  # shown in the run's output; exit 3 (internal error) never reads as caught
                traceback.print_exc()
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(code)
        deadline = time.monotonic() + timeout
        while (done := os.waitpid(pid, os.WNOHANG))[0] == 0:
            if time.monotonic() > deadline:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                raise subprocess.TimeoutExpired(["pytest", *args], timeout)
            time.sleep(0.02)
        out.seek(0)
        return subprocess.CompletedProcess(args, os.waitstatus_to_exitcode(done[1]), out.read(), "")


# the tests of this script's own mutation list fail under every mutation by construction (the mutated text is no
# longer in its file): they are no killer of anything
_SELF_TESTS = "tests/test_mutation_list.py"


def run_suite(
    tree: Path, timeout: float, first: tuple[str, ...] = (), killer: str = "", suite: bool = True
) -> tuple[bool, str, str]:
    """(passed, pytest's last line, the failing test's node id); passed also when pytest cannot run at all, so
    a broken command never reads as a caught mutation. Browser tests are left out: they do not
    exercise the judge. `killer` is the test that caught this mutation last time: it runs alone first, and
    only a real failure (exit 1) counts, so a renamed test falls through to the rest instead of counting as
    caught. `first` test files run next on their own (caught in seconds instead of after every slower file);
    when they pass, the whole suite runs as always, unless `suite` is false (a quick pass that leaves the
    misses for a later full run)."""
    cmd = [*_PYTEST_ARGS, "-x", "--ignore=tests/test_browser.py", f"--ignore={_SELF_TESTS}"]
    killer = "" if killer.startswith(_SELF_TESTS) else killer
    stages = ([[killer]] if killer else []) + ([[*first]] if first else []) + ([[]] if suite else [])
    if not stages:
        return True, "no remembered test to run (run it without --killers-only)", ""
    for number, paths in enumerate(stages):
        try:
            proc = _pytest(tree, [*cmd, *paths], timeout)
        except subprocess.TimeoutExpired:
            return False, "timed out (counts as caught)", ""
        last = (proc.stdout.strip().splitlines() or ["(no output)"])[-1]
        if killer and number == 0 and proc.returncode != 1:
            if number < len(stages) - 1:
                continue  # the remembered test passed, or is gone: ask the others
            return True, f"the remembered test no longer fails (exit {proc.returncode}): {last}", ""
        if proc.returncode in (1, 2):  # tests failed, or collection broke (a mutation that breaks an import)
            return False, last, failing_test(proc.stdout)
        if proc.returncode != 0 and number < len(stages) - 1:
            continue  # a --first path that pytest cannot run (exit 4/5) proves nothing: go on to the suite
        if proc.returncode != 0:
            return True, f"pytest could not run (exit {proc.returncode}): {last}", ""
    return True, last, ""


def fails_only_mutated(tree: Path, test: str, timeout: float) -> bool:
    """Whether `test`, which failed under a mutation, passes on the unchanged tree: only then is it the
    mutation's killer (a test that fails either way, such as a timing test under load, caught nothing)."""
    try:
        proc = _pytest(tree, [*_PYTEST_ARGS, test], timeout)
    except subprocess.TimeoutExpired:
        return False
    return proc.returncode == 0


def load_killers(path: Path) -> dict[str, str]:
    """Which test caught each mutation last time (a cache: wrong or missing entries only cost time)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def summary(chosen: list[Mutation], killers: dict[str, str]) -> int:
    """Each mutation's state without running anything: stale (its text is not in the code once), or the test
    remembered to catch it, or none (never caught: a survivor, or not run yet). The cache is only a memory;
    `--killers-only` proves each entry again."""
    remembered = 0
    for m in chosen:
        count = (ROOT / m.path).read_text(encoding="utf-8").count(m.old)
        if count != 1:
            print(f"STALE     {m.name}: its text occurs {count} times in {m.path}")
        elif m.name in killers:
            remembered += 1
            print(f"cached    {m.name:40} by {killers[m.name]}")
        else:
            print(f"NO KILLER {m.name:40} (survived or never run)")
    print(f"{remembered} of {len(chosen)} mutations have a remembered killer (not re-run: see --killers-only)")
    return 0 if remembered == len(chosen) else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--list", action="store_true", help="list the mutations and exit")
    parser.add_argument(
        "-k", action="append", default=[], help="only mutations whose name contains this (repeat for several)"
    )
    parser.add_argument("--timeout", type=float, default=600, help="seconds per suite run")
    parser.add_argument(
        "--first", nargs="*", default=[], help="test files to run on their own before the suite (catch sooner)"
    )
    parser.add_argument(
        "--killers",
        type=Path,
        default=KILLERS,
        help="JSON cache of the test that caught each mutation; it runs alone first, and is updated",
    )
    parser.add_argument(
        "--unknown", action="store_true", help="only mutations the killers cache has no test for (new or never caught)"
    )
    parser.add_argument(
        "--no-suite",
        action="store_true",
        help="never fall through to the whole suite: a mutation the remembered test and --first files miss "
        "is reported SURVIVED here and must be run again without this flag before it counts as a survivor",
    )
    parser.add_argument(
        "--killers-only",
        action="store_true",
        help="run only each mutation's remembered test (seconds each): the quick proof that every cached "
        "killer still catches its mutation; a mutation without one, or whose test now passes, is not caught",
    )
    parser.add_argument(
        "--summary",
        action="store_true",
        help="print each mutation's cached state (caught by, stale, none); runs nothing",
    )
    args = parser.parse_args()
    known = load_killers(args.killers) if args.unknown else {}
    chosen = [m for m in MUTATIONS if (not args.k or any(k in m.name for k in args.k)) and m.name not in known]
    if args.list:
        for m in chosen:
            print(f"{m.name:34} {m.path:28} {m.why}")
        return 0
    killers = load_killers(args.killers)
    if args.summary:
        return summary(chosen, killers)
    first = () if args.killers_only else tuple(args.first)
    suite = not (args.no_suite or args.killers_only)
    caught = 0
    preload()
    with tempfile.TemporaryDirectory() as scratch:
        tree = Path(scratch) / "tree"
        ignore = shutil.ignore_patterns(".git", ".venv", "reports", "__pycache__", ".pytest_cache", "*.egg-info")
        shutil.copytree(ROOT, tree, ignore=ignore)
        for m in chosen:
            target = tree / m.path
            original = target.read_text(encoding="utf-8")
            if original.count(m.old) != 1:
                print(f"STALE     {m.name}: its text occurs {original.count(m.old)} times in {m.path}", flush=True)
                continue
            target.write_text(original.replace(m.old, m.new), encoding="utf-8")
            started = time.monotonic()
            try:
                passed, last, by = run_suite(tree, args.timeout, first, killers.get(m.name, ""), suite)
            finally:
                target.write_text(original, encoding="utf-8")
            if by and by != killers.get(m.name) and not fails_only_mutated(tree, by, args.timeout):
                # a test that fails on the unchanged code too (a timing test under load) proves nothing
                print(f"UNSURE    {m.name:40} {by} fails without the mutation too: run -k again", flush=True)
                continue
            took = time.monotonic() - started
            status = "SURVIVED" if passed else "caught  "
            caught += not passed
            if by:
                killers[m.name] = by
                args.killers.write_text(json.dumps(killers, indent=1, sort_keys=True) + "\n", encoding="utf-8")
            print(f"{status}  {m.name:40} ({took:4.0f} s) {f'by {by}' if by else last}", flush=True)
    print(f"{caught} of {len(chosen)} mutations caught")
    return 0 if caught == len(chosen) else 1


if __name__ == "__main__":
    sys.exit(main())
