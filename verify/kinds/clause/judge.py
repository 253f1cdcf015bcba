"""Judging a general clause claim (subject, predicate, object, time, place, quantity) against the
subject's own pages.

Supported: a sentence of the subject's page (from the passages ranked best for the claim, BM25) states
the relation and every checkable value of the claim (the other entity, the place, the date to the
precision written, the number), or an infobox row states it (birth place, predecessor, ordinal).
Contradicted: only a structured conflict about the same subject and relation, quoted: another
birth place or seat, another predecessor for the office in question, another ordinal for the same
post, another year for an event that happens once. Anything else stays unverified.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import itertools
import re
import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from verify import aliases, holder, lexicons
from verify.figure_pairs import readings, tells_a_change
from verify.kinds import binding
from verify.kinds.base import Aspect, Finding, Stance, after_claim, before_claim, claim_start
from verify.kinds.clause.extract import REPORTING
from verify.kinds.date.judge import (
    _RANK,
    _THE_OFFICE,
    TAKES_OFFICE,
    _may_be_the_post,
    _post_said_before,
    date_findings,
    in_the_articles_year,
    precision,
    same_date,
    start_fits,
    told_again,
    told_of_its_subject,
    written_start,
)
from verify.kinds.date.parsed import weekday_near, year_told
from verify.kinds.duration.judge import (
    age_findings,
    age_taking_up_findings,
    age_told_at_a_step,
    age_told_on,
    birthday_findings,
    is_age,
    office_words,
    term_length_findings,
)
from verify.kinds.ordinals import ORDINAL_WORDS as _ORDINAL_WORDS
from verify.kinds.ordinals import (
    ORDINALS,
    first_of_other_kinds,
    holders_narrowed,
    nth,
    ordinal_value,
    ordinals_in,
    ranked_among_a_kind,
    spell_numbered_so,
)
from verify.kinds.quantity.judge import children_claimed, children_findings, figure_in, measure_findings
from verify.kinds.quantity.measured import held_jointly, measured_apart, numbers_at
from verify.kinds.role.judge import (
    YEAR_SPAN,
    Spell,
    apposed_to_another,
    of_other_countries,
    office_and_head,
    party_member_rows,
    written_spells,
)
from verify.link import find_person
from verify.match import (
    DATE_TEXT,
    YEAR,
    Unit,
    country_in,
    field_text,
    is_person_doc,
    lead_names,
    pages_about,
    parse_date,
)
from verify.models import Claim, Document, InfoboxField
from verify.nlp import agency, negation
from verify.offices import (
    KEEPS_THE_NAME,
    POST,
    Term,
    acronyms,
    another_post,
    another_post_at,
    another_post_found,
    countries_named,
    junior_phrase_matches,
    junior_phrases,
    named_longer,
    not_the_post,
    of_a_states_body,
    office_country,
    office_groups,
    other_portfolio,
    own_office_groups,
    portfolio_wordings,
    portfolios_kept,
    qualifiers,
    qualifiers_at,
    said_in_full,
    same_office,
    sibling_office,
    specific_words,
    stopgap_begun,
    terms,
    the_one_post,
    without_time,
)
from verify.passages import passages, rank
from verify.wikitext import numbered_groups

if TYPE_CHECKING:  # pragma: no cover - typing only
    from spacy.tokens import Token

_WORDS = lexicons.load("judging")["clause"]  # the word lists of this judge (verify/lexicons/judging.toml)


def _word_pattern(words: list[str]) -> str:
    """One regex over a lexicon's words; a trailing '*' lets the word go on ('represent*'); a word in
    lower case is found in any case ('Born in Oslo' opens a sentence), one in capitals only so ('MP')."""
    forms = [re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for w in words]
    forms = [f"(?i:{f})" if w.islower() else f for f, w in zip(forms, words, strict=True)]
    return rf"\b(?:{'|'.join(forms)})\b"


# where an infobox states the place a relation names
PLACE_FIELDS = {relation: tuple(labels) for relation, labels in _WORDS["place_fields"].items()}
# where an infobox names the person or body a relation names (support only)
ENTITY_FIELDS = {relation: tuple(labels) for relation, labels in _WORDS["entity_fields"].items()}
APPOINTING_ROWS = {verb: tuple(labels) for verb, labels in _WORDS["appointing_rows"].items()}
# how a page's sentence words the same place relation
PLACE_WORDS = {relation: _word_pattern(words) for relation, words in _WORDS["place_words"].items()}
_PLACE_AFTER = r"[^.;]{0,40}?\b(?:in|at|for)\s+(?P<place>[A-Z][\w'’-]+(?:,?\s+(?:and\s+|of\s+)?[A-Z][\w'’-]+)*)"
_OFFICE_HEAD = re.compile(rf"\b(?:{'|'.join(map(re.escape, aliases.BARE_HEADS))}|minister|secretary|leader)\b", re.I)
SUCCESSION = frozenset(_WORDS["succession"])  # the object came before the subject
HANDED_TO = frozenset(_WORDS["handed_to"])  # the object came after the subject
COPULAR = frozenset(_WORDS["copular"])  # an apposition's or a copula's description
ONCE = frozenset(_WORDS["once"])  # events a subject has one year for

_ORDINAL = re.compile(
    rf"\b(?P<ord>\d{{1,3}}(?:st|nd|rd|th)|{'|'.join(_ORDINAL_WORDS)})\b(?P<rest>(?:\s+[\w'’-]+){{0,3}})", re.I
)
_STOP = frozenset(_WORDS["stop_words"])
_ORD = rf"(?:\d{{1,3}}(?:st|nd|rd|th)|{'|'.join(_ORDINAL_WORDS)})"
_NUMBERED_TWICE = re.compile(rf"^(?P<ords>{_ORD}(?:\s*(?:,|&|\band\b)\s*{_ORD})+)\b\s*(?P<post>.*)$", re.I)


def each_number(text: str) -> list[str]:
    """'12th & 14th President of Ghana' (a post held twice, numbered for each spell) as one text per number,
    '12th President of Ghana' and '14th President of Ghana', so each number reads with its post; other text as
    it is."""
    m = _NUMBERED_TWICE.match(text)
    if m is None:
        return [text]
    return [f"{n} {m['post']}".strip() for n in re.findall(_ORD, m["ords"], re.I)]


@functools.cache
def _relation_words() -> dict[str, frozenset[str]]:
    """Each normalised predicate and the stems a page may word it with: its own words, every verb the predicate
    lexicon maps to it ("succeeded" <- succeed, follow) and the inflections it lists for a short verb ('joining')."""
    table: dict[str, set[str]] = {}
    for verb, predicate in lexicons.load("predicates")["verbs"].items():
        stems = table.setdefault(predicate, set())
        stems |= {w[:5] for w in re.findall(r"[a-z]+", predicate + " " + verb) if w not in _STOP and len(w) > 2}
    for predicate, forms in lexicons.load("predicates")["inflections"].items():
        table.setdefault(predicate, set()).update(form[:5] for form in forms)
    return {p: frozenset(s) for p, s in table.items()}


def _predicate(claim: Claim) -> str:
    return aliases.fold(claim.predicate or claim.relation or "")


def _relation_stems(predicate: str) -> frozenset[str]:
    """The word stems a page may word the predicate with (its own words when the lexicon has none): of its own words,
    the auxiliaries (judging.toml [date] auxiliaries) only when it has no other, so 'was jailed' is worded by 'jailed',
    never by the 'was' of 'he was charged'."""
    own = [w for w in re.findall(r"[a-z]+", predicate) if w not in _STOP and len(w) > 2]
    verbs = [w for w in own if w not in _AUXILIARIES] or own
    return _relation_words().get(predicate) or frozenset(w[:5] for w in verbs)


_AUXILIARIES = frozenset(lexicons.load("judging")["date"]["auxiliaries"])


def _mentions_relation(predicate: str, sentence: str, repeated: bool = False) -> bool:
    """Whether the sentence words the predicate's verb; `repeated` counts its repeat too ('rejoined' for 'joined':
    a page telling the event again)."""
    stems = _relation_stems(predicate)
    words = re.findall(r"[a-z]+", aliases.fold(sentence))
    if repeated:
        words += [w[2:] for w in words if w.startswith("re")]
    return bool(stems) and any(w[:5] in stems for w in words)


def _is_name(text: str | None) -> bool:
    """One to five capitalised words, whatever their alphabet's capitals ('Élisabeth Borne', 'Šefčovič')."""
    words = (text or "").split()
    return 1 <= len(words) <= 5 and all(w[0].isupper() and re.fullmatch(r"[\w'’.-]+", w) for w in words)


_BESIDE = re.compile(rf"{_word_pattern(_WORDS['beside_a_place'])}\s*$")
_PLACE_ADJECTIVE_ENDINGS = frozenset(_WORDS["place_adjective_endings"])  # 'Tuvan' of 'Tuva', not 'Norbyhavn'


_PLACE_ENDINGS = frozenset(_PLACE_ADJECTIVE_ENDINGS) | frozenset(_WORDS["place_spelling_endings"])


def _place_in(place: str, text: str) -> bool:
    """The claimed place is the text's place or a part of it ('Harare' in 'Harare, Zimbabwe'), written as a whole
    name (not the start of a longer one, 'Norbyhavn') and not as the place another is beside ('near Norby')."""
    want, have = aliases.fold(place), aliases.fold(text)
    if not want:
        return False
    found = [(m.start(), m.end()) for m in re.finditer(rf"\b{re.escape(want)}\b", have)]
    near = None if found else fuzz.partial_ratio_alignment(want, have)
    if near is not None and near.score >= 92 and _word_by_word(want, have[near.dest_start : near.dest_end]):
        found = [(near.dest_start, near.dest_end)]  # one letter written otherwise ('Ouagadougou')
    for start, end in found:
        tail = re.match(r"\w*", have[end:]).group(0)  # type: ignore[union-attr]
        whole = not have[start - 1 : start].isalnum() and (not tail or tail in _PLACE_ENDINGS)
        if whole and _BESIDE.search(have[:start]) is None and not _longer_name(have, start, end, text):
            return True
    names = _place_names(place)  # "Tokyo's Chiyoda ward" in "Chiyoda, Tokyo, Japan"
    return len(names) >= 2 and _each_apart(names, have)


def _each_apart(names: list[str], have: str) -> bool:
    """Whether every name is written in the text, each in its own words: 'Hamid' is not written by the 'Al-Hamid'
    that stands for 'Al-Hamid' (the father's name a brother's 'Hamid Al-Hamid' repeats)."""
    taken: list[tuple[int, int]] = []
    for name in sorted(names, key=len, reverse=True):
        spans = [(m.start(), m.end()) for m in re.finditer(rf"\b{re.escape(name)}\b", have)]
        free = next((sp for sp in spans if all(sp[1] <= a or sp[0] >= b for a, b in taken)), None)
        if free is None:
            return False
        taken.append(free)
    return True


def _word_by_word(want: str, written: str) -> bool:
    """Whether a near spelling differs only within words, each still close to its own ('Bandar Seri Bagawan'):
    a whole word in place of another ('his half-brother Hamid Al-Hamid' for 'his half-brother Idris Al-Hamid',
    brothers named after one father) is another name, however alike the rest of the run."""
    wanted, given = want.split(), written.split()
    return len(wanted) != len(given) or all(fuzz.ratio(a, b) >= 75 for a, b in zip(wanted, given, strict=True))


def _longer_name(have: str, start: int, end: int, text: str) -> bool:
    """Whether the claimed place, found at `have[start:end]` (the folded text), is only part of a longer name in the
    text as written: a capitalised word right before it, with no comma between ('West Norby', 'New Norby',
    'Charleston, West Virginia' for 'Virginia'), or right after it ('Norby County'), or a hyphened word after it
    ('Norby-on-Sea'). Not a function word ('In Norby'), an owner's possessive ("Tokyo's Chiyoda") nor a city of the
    name ('Mexico City' is in Mexico) nor the named place's unit ('Norby Municipality': judging.toml
    clause.longer_name_kept)."""
    want, written = have[start:end], aliases.unaccented(text).replace("’", "'")
    before, after = have[:start].split(), have[end:].split()
    if have[start - 1 : start] == " " and before and _starts_a_name(before[-1]):
        prev = before[-1]
        pattern = rf"(?<![\w'.-])(?-i:{re.escape(prev[0].upper())}){re.escape(prev[1:])}[ \t-]+{re.escape(want)}\b"
        if re.search(pattern, written, re.I):
            return True
    if have[end : end + 1] != " " or not after or after[0] in KEEPS_THE_NAME:
        return False
    nxt = after[0]
    if re.search(rf"\b{re.escape(want)}-{re.escape(nxt)}\b", written, re.I):
        return True
    capital = rf"\b{re.escape(want)}[ \t]+(?-i:{re.escape(nxt[0].upper())}){re.escape(nxt[1:])}\b"
    return _starts_a_name(nxt) and re.search(capital, written, re.I) is not None


def _starts_a_name(word: str) -> bool:
    """Whether a folded word beside a place may be part of its name: a word of letters only (no possessive, "Tokyo's
    Chiyoda"), and no function word ('In Norby')."""
    return word.isalpha() and word not in _STOP


def _place_names(place: str) -> list[str]:
    """The proper names a place is written with, folded: "Tokyo's Chiyoda ward" -> tokyo, chiyoda."""
    return [aliases.fold(n) for n in re.findall(r"\b[A-Z][\w-]+(?=['’]s\b|\b)", place) if n.lower() != "the"]


_PLACE_KINDS = frozenset(_WORDS["place_kind_words"])  # 'County' says which kind of place, not which one


def _other_place(claimed: str, given: str, doc: Document, apart: bool = False) -> bool:
    """Whether the page's place rules the claimed one out, not merely words it otherwise: a country
    against a page's other country ('Portugal' against 'Paris, France'); a town or region only when the
    page never mentions it (the page's 'Chadan, Tuvan ..., Soviet Union' does not rule out 'Russia',
    nor 'Würzburg, West Germany' a region the page names elsewhere)."""
    bare = re.sub(r"(?i)^(?:the)\s+", "", claimed.strip())
    country = aliases.country_of(bare)
    if country is not None:
        # a place written with its country last ('Illinois, U.S.') is of that country; one whose last part is a
        # state of its day ('Karachi, British India') of none: its adjective ('British') is no country it lies in
        other = _nation_written_last(given) if "," in given else office_country(given)
        return other is not None and other != country and not aliases.nested(country, other)
    if (nation := aliases.fold(bare)) in _NATIONS and _nation_written_last(given) in _STATES_OF_NATIONS:
        # a nation the lexicon does not place ('England') against a state with nations within it ('Leeds, UK'): ruled
        # out only by another of those nations the page names ('Cardiff, Wales, UK')
        written = f" {aliases.fold(given)} "
        return any(f" {other} " in written for other in _WITHIN_A_STATE - {nation})
    if _a_building_named_after(bare, given):
        return False  # 'Korvik Hospital' for 'Korvik': a building of the town, or near it (review42 R19)
    if _another_of_its_kind(bare, given) and not _told_together(bare, given, doc):
        return True
    page = aliases.fold(" ".join([doc.text, *(f.value for f in doc.infobox)]))
    names = [n for n in _place_names(bare) if n not in _PLACE_KINDS] or [aliases.fold(bare)]
    named = [n for n in names if re.search(rf"\b{re.escape(n)}\b", page)]  # a name the page uses may be a part
    return not named or (apart and all(_named_apart(n, doc) for n in named))


def _nation_written_last(given: str) -> str | None:
    """The country a page's place lies in by its last comma part ('Illinois, U.S.', 'Cardiff, UK', 'Paris, France'),
    if that is a country's name or short form (`aliases.country_of`); None otherwise. A state of its day no longer
    listed ('Karachi, British India', 'Chadan, Tuvan ASSR, Soviet Union') names none, so a claim of today's country
    is never ruled out by it."""
    return aliases.country_of(given.rsplit(",", 1)[1].strip()) if "," in given else None


_BIRTH_BUILDING = re.compile(rf"\s+(?:[A-Z][\w'’-]*\s+){{0,3}}?(?i:{'|'.join(_WORDS['birth_buildings'])})$")


def _a_building_named_after(place: str, given: str) -> bool:
    """Whether the page's place is a building named after the claimed place, its name opening with the place's and
    ending in a building's word (judging.toml `birth_buildings`): 'Korvik General Hospital' of 'Korvik'."""
    name = re.sub(r"(?i)^(?:the)\s+", "", given.strip())
    return name.casefold().startswith(place.casefold()) and _BIRTH_BUILDING.match(name, len(place)) is not None


# a place named with its kind ('Canelones Department', 'Fukuoka Prefecture'): its capitalised name, then the kind word
_OF_A_KIND = re.compile(rf"(?P<name>(?:[A-Z][\w'’.-]*[\s-]+)+)(?P<kind>(?i:{'|'.join(_WORDS['place_kind_words'])}))\b")


def _another_of_its_kind(claimed: str, given: str) -> bool:
    """Whether the page's place names another place of the claimed place's own kind, and not it ('the Maldonado
    Department' against 'Canelones Department, Uruguay'; 'Hyogo Prefecture' against 'Ōmuta, Fukuoka Prefecture'):
    two departments or two prefectures do not lie in each other, so the page's rules the claimed one out however
    often the page names the other elsewhere."""
    whole = _OF_A_KIND.fullmatch(claimed.strip())
    if whole is None:
        return False
    kind, name = whole["kind"].lower(), aliases.fold(whole["name"])
    given_names = [aliases.fold(m["name"]) for m in _OF_A_KIND.finditer(given) if m["kind"].lower() == kind]
    # a name sharing a word with the page's may be it written otherwise ('Saint Helena' and 'St. Helena', review44 B5)
    return bool(given_names) and all(not set(name.split()) & set(g.split()) for g in given_names)


def _told_together(claimed: str, given: str, doc: Document) -> bool:
    """Whether a sentence of the page names the claimed place beside a part of the page's own place other than its
    country ('Korvik Province was split from Tarsa Province', 'Gurgaon District was renamed Gurugram District',
    'Halden lies in the Lake Region'): the page ties the two, so the claimed place is no other place of its kind, only
    maybe the same one under another name or of another level (review45 F2)."""
    parts = [p for p in (aliases.fold(p) for p in given.split(",")) if p and aliases.country_of(p) is None]
    name = aliases.fold(claimed)
    for sentence in _sentences(doc):
        folded = aliases.fold(sentence)
        if re.search(rf"\b{re.escape(name)}\b", folded) and any(
            re.search(rf"\b{re.escape(p)}\b", folded) for p in parts if p != name
        ):
            return True
    return False


def _named_apart(name: str, doc: Document) -> bool:
    """Whether every mention of a place's name on the page is a word of another body's name ('the University of
    Oslo', 'Oslo Accords'): then the page never names the place itself, and it cannot be the region around the
    page's own place. A name the page writes as a place anywhere ('She lives in Oslo', 'Bombay (now Mumbai)', 'a
    district of Oslo') may still be its region or its other name."""
    words = _SPACE_OR_HYPHEN.join(map(re.escape, name.split()))  # 'sisak moslavina' as 'Sisak-Moslavina'
    mention = re.compile(rf"(?<![\w'’]){words}(?![\w'’])", re.I)
    for text in [*_sentences(doc), *(f.value for f in doc.infobox)]:
        plain = aliases.unaccented(text)
        for m in mention.finditer(plain):
            if not _within_a_name(plain[: m.start()], plain[m.end() :]):
                return False
    return True


_SPACE_OR_HYPHEN = r"[\s-]+"
# a capitalised word right after a place's name ('Oslo Accords'), or a body's first word and 'of' before it ('the
# University of Oslo'): the place names a body, unless the word after it is a place's kind ('Osaka Prefecture')
_WITHIN_A_NAME_AFTER = re.compile(r"\s+(?P<word>[A-Z][a-z]+)")
_WITHIN_A_NAME_BEFORE = re.compile(rf"(?i)\b(?:{'|'.join(_WORDS['body_of_a_place'])})\s+of\s+(?:the\s+)?$")


def _within_a_name(before: str, after: str) -> bool:
    """Whether a place's name, between these two texts, is a word of another body's name (see above)."""
    if (m := _WITHIN_A_NAME_AFTER.match(after)) is not None and m["word"].lower() not in _PLACE_KINDS:
        return True
    return _WITHIN_A_NAME_BEFORE.search(before) is not None


def _fields(doc: Document, labels: tuple[str, ...]) -> list[InfoboxField]:
    return [f for f in doc.infobox if re.sub(r"\d+$", "", f.label.lower()) in labels]


def clause_findings(claim: Claim, docs: list[Document], as_of: dt.date | None) -> list[Finding]:
    """What the subject's pages say about the clause (see `_findings`). A clause whose sentence does not
    name its subject ('He served as defence minister ... from 2007') was given one by reading the
    pronoun; when another person's page in the run states the clause, the pronoun may mean them, and
    a conflict with the chosen person's page is no conflict with the claim."""
    claim = _done_when_no_longer_denied(claim)  # 'did not become prime minister until 2019': became it in 2019
    claim = _told_from_the_other_side(claim)  # 'lost to Jon Dahl': was defeated by him
    found = _findings(claim, docs, as_of)
    if (times := _times_done(claim)) is not None:
        # 'won the Korvik Prize twice': a page sentence telling one win, without the count, is no second one
        why = f"the page does not say it was done {times}"
        thing = claim.object or ""
        once = [
            f.stance is Stance.SUPPORTS
            and not (_count_worded(times, f.unit.text) and _count_of_the_thing(times, f.unit.text, thing))
            for f in found
        ]
        found = [_undecided(f, why) if told_once else f for f, told_once in zip(found, once, strict=True)]
    if any(f.stance in {Stance.SUPPORTS, Stance.CONTRADICTS} for f in found) and _a_joint_figure(claim, docs):
        # 'The Norby Party and its allies won 61 seats': the bloc's count, which the party's page does not give
        return [_undecided(f, "the clause's figure is held jointly with another body") for f in found]
    if names_subject(claim) or not any(f.stance == Stance.CONTRADICTS for f in found):
        return found
    if (other_name := _someone_else_before(claim)) is not None:
        # 'Scholz has been chancellor since 2021, when he succeeded Merkel': the pronoun follows another name
        return [_set_aside(f, f"the sentence names {other_name} before its pronoun") for f in found]
    said = set(re.findall(r"[a-z]+", aliases.fold(_pronouns_reach(claim))))
    # the subject's own pages must speak of the pronoun's kind too: else 'she' may be neither person
    own_kind = _gender(" ".join(d.text for d in docs if d.title == claim.subject or pages_about(claim.subject, [d])), 2)
    for doc in docs:
        if doc.title == claim.subject or pages_about(claim.subject, [doc]) or not is_person_doc(doc):
            continue
        pages_kind, pronoun = _gender(doc.text, least=2), _gender(_pronoun_words(claim))
        if pages_kind is not None and pronoun is not None and pages_kind != pronoun and own_kind == pronoun:
            continue  # 'She succeeded X': a page speaking of its person only as 'he' is not hers, when hers says 'she'
        if aliases.fold(doc.title).split()[-1] in said and not pages_about(claim.object or "", [doc]):
            # 'Scholz has been chancellor since 2021, when he succeeded Merkel': the sentence names its own person
            return [_set_aside(f, f"the sentence names {doc.title}, not {claim.subject}") for f in found]
        other = claim.model_copy(update={"subject": doc.title})
        if any(f.stance == Stance.SUPPORTS for f in _findings(other, [doc], as_of)):
            return [_set_aside(f, f"the sentence's pronoun may mean {doc.title}, whose page states it") for f in found]
    return found


# 'did not become prime minister until 2019', "wasn't elected until May": a verb denied up to a time (nonfactual.toml
# negation `exceptions` keep it an affirmed claim), its auxiliary and 'not' before it
_DENIED_UNTIL = re.compile(
    r"\b(?P<aux>(?P<do>did|does|do)|had|has|have|was|were|is|are)(?:\s+not|n['’]t)\s+(?P<verb>[a-z]+)\b"
    r"(?P<between>[^,;:.]*?)\s+(?:until|till)\s+"
)


# a verb told from the other party's side and its passive twin, each before a capitalised name (judging.toml)
_CONVERSES = {
    told: (re.compile(rf"\b{re.escape(told)}\s+(?=[A-Z])"), twin) for told, twin in _WORDS["converse_verbs"].items()
}


def _told_from_the_other_side(claim: Claim) -> Claim:
    """The claim 'Karl Moen lost to Jon Dahl in 2008' worded as the passive of the other party's deed, 'Karl Moen was
    defeated by Jon Dahl in 2008' (its text, sentence and predicate): a page tells the defeat so, and who did it to
    whom is then read as for any passive (`_parties_swapped`), so 'he defeated Jon Dahl' still is not his loss
    (review48 R3). A denied claim, or one whose verb is not before a name, is kept as it is."""
    if claim.negated:
        return claim
    for told, (pattern, twin) in _CONVERSES.items():
        m = pattern.search(claim.text)
        if m is None or _predicate(claim) != told.split()[0]:
            continue
        text = f"{claim.text[: m.start()]}{twin} {claim.text[m.end() :]}"
        sentence = claim.sentence.replace(claim.text, text, 1)
        verb = twin.split()[-2]
        return claim.model_copy(update={"text": text, "sentence": sentence, "predicate": verb, "relation": verb})
    return claim


def _done_when_no_longer_denied(claim: Claim) -> Claim:
    """The claim 'X did not become prime minister until 2019' worded as what it tells, 'X became prime minister in
    2019' (its text and its sentence): the page dates the deed to that time in those words or its term rows (review44
    R10). The verb after 'did not' takes the claim's predicate ('became'); after another auxiliary it stays ('was not
    elected until' -> 'was elected in', 'had not been seen until' -> 'had been seen in'). Any other claim as it is."""
    m = _DENIED_UNTIL.search(claim.text)
    predicate = _predicate(claim)
    if m is None or claim.negated or not claim.time or not claim.text.startswith(claim.time, m.end()):
        return claim  # 'did not stop until she was 13': no time the deed is dated to
    if m["do"] and (not predicate or " " in predicate):
        return claim
    verb = predicate if m["do"] else f"{m['aux']} {m['verb']}"
    told = f"{verb}{m['between']} {'on' if claim.time[:1].isdigit() and precision(claim.time) == 'day' else 'in'} "
    text = claim.text[: m.start()] + told + claim.text[m.end() :]
    sentence = claim.sentence.replace(claim.text, text, 1)
    return claim.model_copy(update={"text": text, "sentence": sentence})


_TIMES_COUNTED = _word_pattern([*_WORDS["times_counters"], *aliases.NUMBER_WORDS])
_REPEATED = re.compile(rf"{_word_pattern(_WORDS['repeat_adverbs'])}|(?:\d+|{_TIMES_COUNTED})\s+times\b", re.I)


# where the words after a claim stop being its clause: a stop, or 'and' before another verb's clause
_CLAUSE_AFTER_ENDS = re.compile(r"[,;:.]|\band\b|\bbut\b")


_A_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# years listed together ('in 1988 and 1995', 'in 2001, 2004 and 2010'): the times of one deed
_YEARS_LISTED = re.compile(rf"{_A_YEAR.pattern}(?:(?:,\s*(?:and\s+)?|\s+and\s+){_A_YEAR.pattern})+")


def _count_worded(times: str, passage: str) -> bool:
    """Whether a page passage words the count the claim tells: the same words ('twice'), or as many years as the count
    listed for the deed ('won the Korvik Prize in 1988 and 1995' for 'twice'; two or more for 'several times')."""
    if times in passage.lower():
        return True
    said = times.split()[0]
    count = _WORDS["repeat_adverb_counts"].get(said) or aliases.NUMBER_WORDS.get(said)
    count = count or (int(said) if said.isdigit() else None)
    years = max((len(set(_A_YEAR.findall(m.group(0)))) for m in _YEARS_LISTED.finditer(passage)), default=0)
    return years == count if count is not None else years >= 2 and said in _WORDS["times_counters"]


_ANOTHER_THING_BETWEEN = re.compile(r"\band\b|[;:]")


def _count_of_the_thing(times: str, passage: str, thing: str) -> bool:
    """Whether a place the passage words the claim's count ('twice') counts the claim's thing: right after the
    thing's words with neither another count nor an 'and' bringing in another thing between ('won the Norby Cup five
    times ... and the league title twice' counts the cup five times, review48 S10), or before them in their clause
    ('twice won the Norby Cup'). A passage not wording the thing so, or a count told by its years, is not read."""
    low, words = passage.lower(), re.sub(r"^(?:the|a|an)\s+", "", thing.strip().lower())
    things = [m.span() for m in re.finditer(re.escape(words), low)] if words else []
    counts = list(re.finditer(rf"\b{re.escape(times)}\b", low))
    if not things or not counts:
        return True
    for count in counts:
        before = [end for _, end in things if end <= count.start()]
        if before:
            between = low[before[-1] : count.start()]
            if not _REPEATED.search(between) and not _ANOTHER_THING_BETWEEN.search(between):
                return True
        elif not re.search(r"[,;:.]", low[count.end() : things[0][0]]):
            return True
    return False


def _times_done(claim: Claim) -> str | None:
    """The words of the claim's clause telling its deed was done more than once ('twice', 'three times'), written in
    its words or right after them in its clause ('won the Korvik Prize twice'), lower-cased; None when it tells none.
    An aside's count ('..., who has visited Tarsa many times, ...') or a coordinated verb's ('... and has visited
    Tarsa several times') counts another deed (review45 B2)."""
    rest = _CLAUSE_AFTER_ENDS.split(after_claim(claim) or "", maxsplit=1)[0]
    found = _REPEATED.search(f"{_ASIDE.sub(',', claim.text)} {rest}")
    return found.group(0).lower() if found else None


def _findings(claim: Claim, docs: list[Document], as_of: dt.date | None) -> list[Finding]:
    """What the subject's pages say about the clause: structured rows first, then sentences."""
    children = children_claimed(claim)
    if children is not None and children[1]:
        # 'Lee, a father of two': the count is the clause's fact; beside another ('Vale, a mother of four, has
        # worked at the bank') it is a fact of its own, and refuting the clause with it would refute the other
        return children_findings(claim, docs, as_of)
    if _only_a_term_length(claim):
        return term_length_findings(claim, docs)  # 'The new president serves a single five-year term'
    if (birthday := birthday_findings(claim, docs, as_of)) is not None:
        return birthday  # 'who turned 70 in December'
    if is_age(claim) and _states_an_age(claim) and not age_told_at_a_step(claim.text):
        return age_findings(claim, docs, as_of)  # 'became mayor aged 39' is the step's day's age (review46 R11)
    if (at_death := _age_at_death(claim)) is not None:
        return age_findings(at_death, docs, as_of, at_death=True)  # 'has died aged 83': the dates of birth and death
    if measured := measure_findings(claim, docs, as_of):
        return measured  # 'Turnout was 82.4%': the row of the article's year's event
    own = pages_about(claim.subject, docs)
    structured = (
        term_findings(claim, own, as_of)
        + membership_findings(claim, own, as_of)
        + party_findings(claim, own)
        + place_findings(claim, own)
        + entity_row_findings(claim, own)
        + appointment_findings(claim, docs)
        + succession_findings(claim, own, docs, as_of)
        + ordinal_findings(claim, own, docs)
        + holder_number_findings(claim, own)
        + identity_findings(claim, own, as_of)
        + native_findings(claim, own)
        + founding_role_findings(claim, own)
        + seat_won_findings(claim, own)
        + party_join_findings(claim, own)
    )
    if not any(f.stance == Stance.SUPPORTS for f in structured):
        structured += (
            sentence_findings(claim, own, as_of) + year_findings(claim, own) + degree_findings(claim, own)
            + entry_findings(claim, own)
        )  # fmt: skip
        if not any(f.stance == Stance.SUPPORTS for f in structured):
            structured += opposite_deed_findings(claim, own, as_of)
    dated = as_date_claim(claim) or founding_date_claim(claim)
    if not structured and dated is not None:
        structured = date_findings(dated, docs, as_of)  # 'is due to take office on 1 December 2024'
    elif dated is not None and any(f.stance == Stance.SUPPORTS for f in structured):
        structured = _dated_too(structured, date_findings(dated, docs, as_of))
    structured = _every_value_stated(claim, structured, docs, as_of)
    # 'became prime minister at 56': the age on the term's first day; with no term, the age in the step's told year
    structured += age_taking_up_findings(claim, own) or _age_in_the_steps_year(claim, docs, as_of)
    return _set_aside_later_states(structured, as_of) + _age_aside(claim, docs, as_of)  # a birth date is no state


def _age_in_the_steps_year(claim: Claim, docs: list[Document], as_of: dt.date | None) -> list[Finding]:
    """A wrong age told at a step whose date the claim gives ('became mayor of Halden in 2000, aged 45'), measured
    in that year (`age_told_on`) against the page's birth date when no infobox term dates the step: a veto on the
    clause (review47 B6). With no date of the step, the article's day is not the step's, and nothing is read."""
    if as_of is None or not (is_age(claim) and _states_an_age(claim) and age_told_at_a_step(claim.text)):
        return []
    if age_told_on(claim, as_of) is None:
        return []
    return [f.but(aspect=Aspect.AGE) for f in age_findings(claim, docs, as_of) if f.stance == Stance.CONTRADICTS]


_OPPOSITE_VERBS: dict[str, list[str]] = _WORDS["opposite_verbs"]


def opposite_deed_findings(claim: Claim, own: list[Document], as_of: dt.date | None) -> list[Finding]:
    """A sentence of the subject's page stating the opposite deed (judging.toml clause.opposite_verbs) with every value
    of the claim refutes it: 'Jon Dahl was acquitted of fraud in 2021.' against 'In 2021 he was convicted of fraud.'
    (review42 R16). Read as the claim told with the opposite verb, which the sentence must support."""
    verb = _without_auxiliaries(_predicate(claim)).lower()
    at = re.search(rf"\b{re.escape(verb)}\b", claim.text, re.I) if verb in _OPPOSITE_VERBS else None
    if at is None:
        return []
    out = []
    for opposite in _OPPOSITE_VERBS[verb]:
        text = f"{claim.text[: at.start()]}{opposite}{claim.text[at.end() :]}"
        told = (claim.sentence or claim.text).replace(claim.text, text)
        other = claim.model_copy(update={"predicate": opposite, "relation": opposite, "text": text, "sentence": told})
        out += [
            Finding(f.unit, Stance.CONTRADICTS, 85.0, Aspect.MAIN, f"states the opposite deed, {opposite}")
            for f in sentence_findings(other, own, as_of)
            if f.stance == Stance.SUPPORTS
        ]
    return out


def _every_value_stated(
    claim: Claim, found: list[Finding], docs: list[Document], as_of: dt.date | None
) -> list[Finding]:
    """A clause is supported only when the evidence states every value it gives: 'born in Wagga Wagga on
    4 October 1962' is not supported by 'Lowe was born in Wagga Wagga' alone. A time no supporting unit
    states is judged as the date of the clause's event; a wrong one refutes the clause, one no page
    states leaves it unverified (the supports set aside, kept as evidence)."""
    found = _other_values_stated(claim, found)
    supports = [f for f in found if f.stance == Stance.SUPPORTS]
    time = _with_its_year(claim, as_of)
    if not supports or not time or not re.search(r"\d{4}", time):
        return found
    if any(_states_time(time, _unit_and_group(f)) for f in supports):
        return found
    day = DATE_TEXT.search(time)
    verb = re.sub(r"\s+(?:in|at|on)$", "", _predicate(claim))  # the event, not its place: 'born in' -> 'born'
    # the date alone, as written ('2014', '4 October 1962'): the clause's other values are the supports' to state; a
    # day written without its year stays so, for the date kind to read in the article's year and to set aside a row
    # that dates the event more than a year from the article's day
    yearless = claim.time is not None and as_of is not None and _in_the_articles_year(claim, claim.time, as_of) == time
    written = claim.time.strip() if yearless and claim.time else day.group(0) if day is not None else time
    dated = claim.model_copy(update={"kind": "date", "relation": verb, "value": written, "text": written})
    on_the_day = [f for f in date_findings(dated, docs, as_of) if f.stance != Stance.NEUTRAL]
    if any(f.stance == Stance.SUPPORTS for f in on_the_day):
        return found + [f for f in on_the_day if f.stance == Stance.SUPPORTS]
    why = f"no page read states the time, {_time_of(claim)}"
    # a day read from a weekday ('on Monday') may be one to come or the dateline's, and one read after the clause's
    # words may be another event's: they refute nothing
    against = [f for f in on_the_day if f.stance == Stance.CONTRADICTS and (time == claim.time or yearless)]
    kept = [
        f.but(stance=Stance.NEUTRAL, detail=f"{f.detail} (set aside: {why})") if f in supports else f for f in found
    ]
    return kept + against


_WEEKDAY = re.compile(rf"\b(?P<day>{'|'.join(aliases.WEEKDAYS)})\b", re.I)
_WILL = re.compile(r"\b(?:will|shall)\b|\b(?:is|are)\s+(?:due\s+|set\s+|expected\s+)?to\b", re.I)


def _with_its_year(claim: Claim, as_of: dt.date | None) -> str | None:
    """The clause's time (`_time_of`) as a date a page can state: as written, or a weekday ('handed over at a
    ceremony on Monday') as the day it stands for in a report of the article's day (the last such day, the next
    one for an event to come); a day no page can be asked about is a value no page states, so it must be read."""
    time = _time_of(claim)
    m = _WEEKDAY.search(time or "")
    if time is None or re.search(r"\d{4}", time) or as_of is None:
        return time
    if (told := year_told(time, as_of.year)) is not None:
        return str(told)  # 'acquired it last year': the year before the article's, never any year at all
    if m is None:  # '8 June', 'June': the article's year, as the date kind reads it, never any year at all
        return _in_the_articles_year(claim, time, as_of) or time
    day = weekday_near(as_of, m["day"], to_come=_WILL.search(_up_to_claim(claim)) is not None)
    return f"{day.day} {calendar.month_name[day.month]} {day.year}"


def _in_the_articles_year(claim: Claim, written: str, as_of: dt.date) -> str | None:
    """A day or a month the clause writes without its year ('sworn in on 8 June') as a date a page can state, in the
    year the date kind reads it (`in_the_articles_year`): a row's other day in that year then refutes it, as it
    would with the year written. None for anything else."""
    dated = in_the_articles_year(claim.model_copy(update={"value": written.strip(), "corrected_value": None}), as_of)
    when = dated.value if dated is not None else None
    if when is None:
        return None
    year, month, *day = (int(part) for part in when.split("-"))
    return " ".join([*map(str, day), calendar.month_name[month], str(year)])


def _other_values_stated(claim: Claim, found: list[Finding]) -> list[Finding]:
    """Each support that leaves a value of the clause unstated (`_unstated`) is set aside, kept as evidence with
    why: 'handed over to X at a ceremony in Naples' is not supported by the successor row alone, nor 'took over
    from Y as vice-chair' by Y's row in the chair's office. A value nobody checked leaves the clause unverified."""
    return [
        f.but(stance=Stance.NEUTRAL, detail=f"{f.detail} (set aside: it does not state {', '.join(missing)})")
        if f.stance == Stance.SUPPORTS and (missing := _unstated(claim, f))
        else f
        for f in found
    ]


def _unstated(claim: Claim, finding: Finding) -> list[str]:
    """The clause's values besides its time (judged apart, by `date_findings`) that a finding's words, or its
    infobox row's office group, do not state: the place of a clause whose relation is not the place's own
    (a birth's place is its main value), and the post the clause names after its other person ('succeeded Ola
    Sund as vice-chair'), which a row of another post's group, or words naming no such post, leave unsaid."""
    text = _unit_and_group(finding)
    missing = []
    place = _place_of(claim)
    if place and _predicate(claim) not in PLACE_WORDS and not _named_in(place, text):
        missing.append(f"the place, {place}")
    post = _succession_post(claim, re.sub(r"^(?:to|from|by|as)\s+", "", claim.object or ""))
    if post and not _post_stated(post, finding, text):
        missing.append(f"the post, {post}")
    office = _group_office(finding)
    if not post and office is not None and (before := _post_before(claim)) and not _names_the_post(before, office):
        missing.append(f"the post, {before}")  # 'was appointed vice-chair, succeeding Ola Sund': the chair's row
    missing += [f"the country, {country}" for country in _countries_unsaid(claim, finding, text)]
    return missing


def _countries_unsaid(claim: Claim, finding: Finding, text: str) -> list[str]:
    """The countries the clause's words name by name, besides its subject's own words, that a finding's words do not
    name in any form (nor a nation within it, nor the state it lies within), and that are not the person's own by
    their page (`_persons_countries`: 'Chile's trade minister' against her row 'Minister of Foreign Trade'): 'born
    in Sheffield to Tamil parents from India' is not supported by a sentence whose parents are from another country,
    nor 'grew up in Africa and Indonesia' by one giving Africa and another country. The country written after the
    clause's place ('born in Karachi, Pakistan') is the place's, judged with it (`place_findings`: a town's country
    of its day); an adjective ('the British director') names no value here."""
    words = claim.text.replace(claim.subject, " ") if claim.subject else claim.text
    if place := _place_of(claim):
        words = re.sub(rf"(?<={re.escape(place)}),\s*(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*", "", words)
    if place and _predicate(claim) in PLACE_WORDS:
        words = words.replace(place, " ")  # 'born in Mexico': the place check's own value ('born in Mexico City')
    named = [c for c in sorted(countries_named(words)) if re.search(rf"\b{re.escape(c)}\b", words)]
    if not named:
        return []
    said = countries_named(_aligned_words(words, text) if finding.unit.field is None else text)
    own = _persons_countries(finding.unit.doc) | _countries_of_offices(finding.unit.doc)
    return [
        c
        for c in named
        if not any(c == s or aliases.nested(c, s) for s in said) and not (c in own and _owns_a_post(c, words))
    ]


def _aligned_words(words: str, sentence: str) -> str:
    """The stretch of a page sentence that the clause's words align with, widened to the commas around it: the
    countries it names are the ones told of the clause's deed ('Born in Sheffield to parents from Sri Lanka in 1970,
    Ruiz later toured India' gives the parents Sri Lanka, not India; 'went abroad to the United Kingdom for studies at
    the Hendon Police College, from which he graduated in 1960' the college the United Kingdom). The whole sentence
    when they align poorly."""
    found = fuzz.partial_ratio_alignment(aliases.folded_in_place(words.strip()), aliases.folded_in_place(sentence))
    if found is None or found.score < 60:
        return sentence
    start = max(sentence.rfind(mark, 0, found.dest_start) for mark in ",;") + 1
    ends = [at for mark in ",;" if (at := sentence.find(mark, found.dest_end)) >= 0]
    return sentence[start : min(ends, default=len(sentence))]


def _countries_of_offices(doc: Document) -> set[str]:
    """The countries the offices of a person's infobox name ('Prime Minister of France'): a page of rows alone, with
    no lead, still tells whose posts the person held ('France's foreign minister' against the row 'Minister of
    Foreign Affairs')."""
    offices = [group["office"].value for group in office_groups(doc.infobox) if "office" in group]
    return {country for office in offices for country in countries_named(office)}


def _owns_a_post(country: str, words: str) -> bool:
    """Whether the clause writes a country as the owner of what it names ('Chile's trade minister', 'the trade
    minister of Chile'), not as a place or an origin ('parents from Kenya', 'grew up in Kenya'): only an owner may
    be the person's own country, left unsaid by their page's rows."""
    return re.search(rf"\b(?:from|in|into|to|at|near)\s+(?:the\s+)?{re.escape(country)}\b(?!['’]s)", words) is None


# a place after 'in' or 'at' ('at a ceremony in Naples', 'at the Bank of England'): its capitalised words
_PLACE_NEXT = re.compile(
    r"\b(?:in|at)\s+(?:the\s+)?(?P<place>[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,4})"
)


def _rest_of_clause(claim: Claim) -> str:
    """The words the sentence writes after the clause's own, to the end of its clause (a comma, a clause's opening
    word): the words may be cut before the clause's place or day ('Ola Sund handed over to Tove Brandt' of '... at a
    ceremony in Naples on Monday.'), which are its values all the same. A relative clause after them is about
    something else, and a description's ('is a German former fencer') time and place are not its own."""
    at = claim_start(claim) if _predicate(claim) not in COPULAR else -1
    if at < 0:
        return ""
    end = at + len(claim.text)
    rest = claim.sentence[end : binding.clause_of((end, end), claim.sentence)[1]]
    return holder.RELATIVE.split(rest, maxsplit=1)[0]  # 'a German former fencer who won gold at the 1976 Olympics'


def _place_of(claim: Claim) -> str | None:
    """The clause's place: its own, or one the rest of its clause writes (`_rest_of_clause`); a time's word ('in
    June', 'on Monday') is none."""
    if claim.place:
        return claim.place
    places = (m["place"].rstrip(".") for m in _PLACE_NEXT.finditer(_rest_of_clause(claim)))  # the sentence's stop
    return next((p for p in places if p.split()[0].casefold() not in _MONTHS | _WEEKDAYS), None)


_ASIDE = re.compile(r",[^,]*,")  # words set between commas: an aside about the subject, not the clause's time


def _time_of(claim: Claim) -> str | None:
    """The clause's time: its own, else a date with its year its words write ('was elected Taoiseach on 9 March
    2024, succeeding Leo Varadkar', read with no time; not an aside's, 'The agency, founded in 1965, is based in
    Rome'), or one the rest of its clause writes, or a weekday after 'on' there."""
    if claim.time:
        return claim.time
    own = _ASIDE.sub(",", claim.text) if _predicate(claim) not in COPULAR else ""  # 'The agency, founded in 1965, is'
    rest = own + " " + _rest_of_clause(claim)
    written = next((m.group(0) for m in DATE_TEXT.finditer(rest) if re.search(r"\d{4}", m.group(0))), None)
    weekday = re.search(rf"\bon\s+{_WEEKDAY.pattern}", rest, re.I)
    return written or (weekday["day"] if weekday else None)


_WEEKDAYS = frozenset(day.casefold() for day in aliases.WEEKDAYS)
_PARTICIPLE = re.compile(r"^(?:succeeding|replacing|taking over from)\b", re.I)


def _post_before(claim: Claim) -> str:
    """The post a succession told by a participle is in: the one its main clause names last before it ('was
    appointed vice-chair of the board on 3 June, succeeding Ola Sund' -> 'was appointed vice-chair of the board'; 'was
    Leader of the Opposition before becoming prime minister, succeeding X' -> 'becoming prime minister'); empty for
    any other clause, or when the words before it name no post."""
    at = claim_start(claim) if _PARTICIPLE.match(claim.text) else -1
    before = _JOINED.sub("", claim.sentence[:at].rstrip(" ,;")) if at > 0 else ""  # 'became prime minister after'
    main = without_time(binding.after_the_last_break(before)).strip() if at > 0 else ""
    return main if POST.search(main) else ""


_JOINED = re.compile(rf"\s+{_word_pattern(_WORDS['participle_joiners'])}$", re.I)


def _group_office(finding: Finding) -> str | None:
    """The office of the infobox group a finding's row stands in; None for a sentence or a row in no office's."""
    field = finding.unit.field
    group = next((g for g in office_groups(finding.unit.doc.infobox) if any(f is field for f in g.values())), {})
    return group["office"].value if field is not None and "office" in group else None


def _names_the_post(post: str, office: str) -> bool:
    """Whether an office is the post named: each post word the words hold is one of the office's ('Tánaiste' is
    not 'Taoiseach'; 'party leader' may be 'Leader of Fine Gael'), and no word tells the two apart (`another_post`:
    'vice-chair' is not 'Chair')."""
    said = set(re.findall(r"[a-z]+", aliases.fold(office)))
    heads = {w for m in POST.finditer(post) for w in re.findall(r"[a-z]+", aliases.fold(m.group(0)))}
    if heads == {"head"} and not heads <= said:
        return _head_of_its_body(post, office) and not another_post(post, office)
    return bool(heads) and heads <= said and not another_post(post, office)


# 'head of the Norby Statistics Office': the generic head post before a body's name; an office titled by one word of a
# body's head ('Director of the Norby Statistics Office': offices.toml head_of, head_words)
_GENERIC_HEAD_OF = re.compile(r"\bhead\s+of\s+(?:the\s+)?[A-Z]")
_HEAD_WORDS = sorted({*aliases.HEAD_OF_WORDS, *lexicons.load("offices")["head_words"]})
_HEAD_TITLED = re.compile(rf"^(?:{'|'.join(_HEAD_WORDS)})\s+of\s+", re.I)


def _head_of_its_body(post: str, office: str) -> bool:
    """Whether a post told as 'head of' a named body ('became head of the Norby Statistics Office') may be an office
    heading a body by its own head word ('Director of the Norby Statistics Office'): the same post (review50 B9).
    Which body is asked apart: the head of another body ('head of the Norby Data Council') is kept from the office's
    rows by the succession's other tests (tests/test_fixb51.py another-body; review49 R1), and a comparison of the
    bodies here changed no verdict a row could show."""
    return _GENERIC_HEAD_OF.search(post) is not None and _HEAD_TITLED.match(office.strip()) is not None


def _post_stated(post: str, finding: Finding, text: str) -> bool:
    """Whether a finding states the post: its infobox row stands in the group of that office (`_names_the_post`),
    or its words hold the post's words, qualifiers among them,
    not inside a longer post ('deputy leader of ...')."""
    if (office := _group_office(finding)) is not None:
        return _names_the_post(post, office)
    words, said = office_words(post), office_words(text)  # its qualifiers among its words ('vice', 'acting')
    return bool(words) and words <= said and not _within_another_post(post, text)


# a country's possessive or adjective opening a post ("Kuwait's interior minister", 'the Icelandic foreign minister')
_A_COUNTRYS_POST = re.compile(r"^(?:the\s+)?[A-Z][\w-]*(?:['’]s)?\s+(?=[a-z])")


def _own_country_unsaid(office: str, doc: Document) -> str:
    """The post without the country's possessive or adjective opening it ("Kuwait's interior minister", 'Icelandic
    interior minister') when the country is the person's own: their page names the post without it ('He was Minister
    of Interior (1978-1988)'). Another country's post keeps its country, which the page then does not name."""
    country = _A_COUNTRYS_POST.match(office)
    named = countries_named(country[0]) if country else set()
    return office[country.end() :] if country and named and named <= _persons_countries(doc) else office


def _persons_countries(doc: Document) -> set[str]:
    """The countries a person's page gives as theirs: in its first sentence ('is a Kuwaiti politician'), its
    nationality or birth place rows."""
    lead = re.split(r"(?<=[a-z)])\.\s", doc.text or "", maxsplit=1)[0]
    rows = " ; ".join(f.value for f in _fields(doc, ("nationality", "citizenship", "birth_place")))
    return countries_named(lead) | countries_named(rows)


_TERM_LENGTH = re.compile(
    rf"(?:(?:{'|'.join(map(re.escape, _WORDS['term_length_openers']))})\s+)*"
    rf"(?:\d+|{aliases.NUMBER_WORD_PATTERN})(?:-and-a-half)?[- ]years?[- ]term",
    re.I,
)


def _only_a_term_length(claim: Claim) -> bool:
    """Whether the clause's one checkable value is a term's length ('serves a single five-year term'): the
    office's page settles it as it does a duration claim's; a clause with a time, place or amount besides
    ('was elected in 2022 to a five-year term') states more than a length can support."""
    obj = (claim.object or "").strip()
    return bool(obj) and _TERM_LENGTH.fullmatch(obj) is not None and not (claim.time or claim.place or claim.quantity)


_AGE_VERBS = frozenset({"aged", "age"})


def states_an_age(claim: Claim) -> bool:
    """Whether the clause is an age as its own fact, which a birth date and the article's day settle."""
    return is_age(claim) and _states_an_age(claim)


def _states_an_age(claim: Claim) -> bool:
    """Whether the age is the clause's own fact ('Merz, 69', read as 'aged'; 'Merz is 69 years old'), not
    words describing its subject in a clause about something else ('Merz, aged 69, won the vote on 9 May',
    'the 62-year-old scientist governed the city from 2018'): a birth date settles the first, and says
    nothing of the other's event or day."""
    predicate = _predicate(claim)
    return not predicate or predicate in _AGE_VERBS or predicate in COPULAR


_NOT_A_NAME = frozenset(_WORDS["not_a_name"])


def _dated_too(found: list[Finding], on_the_day: list[Finding]) -> list[Finding]:
    """A clause that also dates its start to a day ('sworn in as the 15th prime minister on 28 May 2014'):
    the office or ordinal a page confirms does not make the day right. A day only contradicted refutes
    the clause, the other facts' support set aside; a day confirmed stands beside them."""
    against = [f for f in on_the_day if f.stance == Stance.CONTRADICTS]
    if against and not any(f.stance == Stance.SUPPORTS for f in on_the_day):
        return [_set_aside_support(f) for f in found] + against
    return found + [f for f in on_the_day if f.stance == Stance.SUPPORTS]


def _set_aside_support(finding: Finding) -> Finding:
    if finding.stance != Stance.SUPPORTS:
        return finding
    said = f"{finding.detail} (set aside: the clause's day is another)"
    return finding.but(stance=Stance.NEUTRAL, detail=said, was=finding)


_SHE = re.compile(r"\b(?:she|her|hers|herself)\b", re.I)
_HE = re.compile(r"\b(?:he|him|his|himself)\b", re.I)


def _gender(text: str, least: int = 1) -> str | None:
    """'she' or 'he' when the text's personal pronouns are all of one kind, at least `least` of them;
    None when it has both kinds (a page speaking of his wife) or too few to tell."""
    she, he = len(_SHE.findall(text)), len(_HE.findall(text))
    if she >= least and not he:
        return "she"
    return "he" if he >= least and not she else None


def _pronoun_words(claim: Claim) -> str:
    """The words a pronoun-read subject came from: the claim's own ('She succeeded X'), else the
    sentence before them."""
    if _gender(claim.text) is not None:
        return claim.text
    return before_claim(claim)


def _someone_else_before(claim: Claim) -> str | None:
    """The name a sentence opens with as its own subject ('Scholz has been chancellor since 2021, when he
    succeeded Merkel'), when it is not the claim's subject nor its object and the clause comes later: the
    pronoun the subject was read from more likely stands for that name. Months, countries, posts and
    function words are no names; a place or a body after a preposition is not the sentence's subject."""
    at = claim_start(claim)
    opening = re.match(r"\s*([A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+)*(?:,\s*\d{1,3},)?\s+([a-z]+)", claim.sentence)
    if at <= 0 or opening is None or opening.group(2) in _STOP:
        return None  # 'Born in Brilon, he ...' opens with a participle and a place, not a person
    word = opening.group(1)
    folded = aliases.fold(re.sub(r"['’]s$", "", word))
    known = set(re.findall(r"[a-z]+", aliases.fold(f"{claim.subject} {claim.object or ''}")))
    if folded in known or folded in _NOT_A_NAME or folded in _STOP or folded in aliases.FULL_MONTHS:
        return None
    if aliases.country_of(re.sub(r"['’]s$", "", word)) or POST.fullmatch(word):
        return None  # "Indonesia's seventh president has held the office since ..., when he succeeded X"
    return word


def names_subject(claim: Claim) -> bool:
    """Whether the claim's sentence names its subject (a word of the name): otherwise it was read from a
    pronoun ('he', 'she'), and may be the wrong person."""
    names = [w for w in re.findall(r"[a-z]{3,}", aliases.fold(claim.subject)) if w not in _STOP]
    said = set(re.findall(r"[a-z]+", aliases.fold(claim.sentence)))
    # a body's initials ('IOC'), never a two-word name's ('EU' is no person called Erik Ulven)
    initials = aliases.initials(claim.subject).upper() if len(claim.subject.split()) >= 3 else ""
    by_initials = len(initials) >= 3 and re.search(rf"\b{re.escape(initials)}\b", claim.sentence) is not None
    return (bool(names) and any(n in said for n in names)) or by_initials  # 'the IOC's ninth president'


def _pronouns_reach(claim: Claim) -> str:
    """The words of the claim's sentence a pronoun-read subject may stand for a name in: up to the end of the
    claim's own clause. A name in a later clause after a semicolon ('Born in Chambéry, he is the oldest ...;
    former Prime Minister Attal had been the youngest') is no one the clause's pronoun points back to."""
    at = claim_start(claim, empty_at_start=True)
    if at < 0:
        return claim.sentence
    stop = claim.sentence.find(";", at + len(claim.text))
    return claim.sentence if stop < 0 else claim.sentence[:stop]


def _a_joint_figure(claim: Claim, docs: list[Document]) -> bool:
    """Whether the clause gives its subject a figure held together with another body its sentence coordinates with
    it (`measured.held_jointly`: 'The Norby Party and its allies won 61 seats in 2023'): a bloc's count, which one
    member's page neither states nor refutes (review36 R12); not one body whose name, the subject's or a page's title,
    holds the 'and' ('Law and Justice won 194 seats': review37 B1). Parsed only for a sentence coordinating
    anything."""
    at = claim_start(claim)
    if at < 0 or figure_in(claim.text) is None or not re.search(r"\band\b|&", claim.sentence[: at + len(claim.text)]):
        return False
    figures = [t for t in numbers_at(claim.sentence, at, at + len(claim.text)) if not _A_YEAR.fullmatch(t.text)]
    return bool(figures) and held_jointly(figures[0], [claim.subject, *(d.title for d in docs)])


def _undecided(finding: Finding, why: str) -> Finding:
    """A support or a contradiction that rests on what the claim does not say: kept as evidence, deciding nothing."""
    if finding.stance not in {Stance.SUPPORTS, Stance.CONTRADICTS}:
        return finding
    return finding.but(stance=Stance.NEUTRAL, detail=f"{finding.detail} (set aside: {why})")


def _set_aside(finding: Finding, why: str) -> Finding:
    """A contradiction that rests on an unsure reading of the claim: kept as evidence, deciding nothing."""
    if finding.stance != Stance.CONTRADICTS:
        return finding
    return finding.but(stance=Stance.NEUTRAL, detail=f"{finding.detail} (set aside: {why})")


def _a_part_of_the_year(text: str, m: re.Match[str]) -> bool:
    """A bare year not written right after 'in' ('in late 2023', 'at the end of 2023'): it may be a part of the
    year, and dates no day or month of it. 'in 2017' is the whole year."""
    return re.fullmatch(r"\d{4}", m.group(0)) is not None and re.search(r"\bin\s+$", text[: m.start()]) is None


def as_date_claim(claim: Claim) -> Claim | None:
    """A clause that dates the start of something held ('is due to take office on 1 December 2024', read
    as 'be' + 'due to take office on ...') is a date claim: the date, with the start verb before it as
    its relation, judged as the date kind judges it ('took office in 2017' too, by its year; never 'in late
    2023', a part of the year). None when the clause gives no date, or no start verb, or gives a bare year to
    any other verb than taking office ('became president in 2018': `year_findings` reads that, never by a
    bare head word, review25 B2; 'succeeded X in 2022': a succession's year alone decides nothing)."""
    dates = [m for m in DATE_TEXT.finditer(claim.text) if not _a_part_of_the_year(claim.text, m)]
    if not dates:
        return None
    verb = TAKES_OFFICE.search(claim.text[: dates[-1].start()])
    if verb is None:
        return None
    if re.fullmatch(r"\d{4}", dates[-1].group(0)) and not _OFFICE_TAKEN.fullmatch(verb.group(0)):
        # 'became president in 2018' is read against that post's terms, 'succeeded X in 2022' by its year alone
        # decides nothing: a bare year dates only taking office itself
        return None
    return claim.model_copy(update={"kind": "date", "relation": verb.group(0), "value": dates[-1].group(0)})


_OFFICE_TAKEN = re.compile(r"t(?:ook|akes?) office|sworn|assumed", re.I)


# the subject's own founding, told by a participle or a passive before its time ('founded in 1965', 'was set up
# in 1961'); a verb with an object after it ('founded a school in 1962') founds something else
_FOUNDING = re.compile(rf"(?:^|\b(?:was|were|been)\s+)(?<![\w-]){_word_pattern(_WORDS['founding'])}\s+(?:in|on)\b")
_FOUNDING_VERB = re.compile(rf"(?<![\w-]){_word_pattern(_WORDS['founding'])}")


def founding_date_claim(claim: Claim) -> Claim | None:
    """A clause telling its subject's founding with a time ('The agency, founded in 1965, ...') is a date claim
    of that founding: the founding rows of the subject's page (Formation, Founded) date it, as the date kind
    judges 'was founded on ...'. None for a founding of something the subject made (the clause has an
    object), of something of the subject's ('whose school meals scheme was founded in 2010'), or a clause with
    no year."""
    if claim.object or not claim.time or not re.search(r"\d{4}", claim.time) or not _FOUNDING.search(claim.text):
        return None
    if not told_of_its_subject(claim, _FOUNDING_VERB):
        return None  # 'whose school meals scheme was founded in 2010': another thing's founding
    return claim.model_copy(update={"kind": "date", "relation": "founded", "value": claim.time})


_DYING = frozenset(_WORDS["dying"])
# the clause's time when it is an age: 'aged 83', 'at the age of 83' (read as the time '83', 'the age of 83')
_AN_AGE_TIME = re.compile(r"(?:(?:at\s+)?the\s+age\s+of\s+|aged\s+)?(\d{1,3})")


def _age_at_death(claim: Claim) -> Claim | None:
    """'Lena Sand has died aged 83', 'died at the age of 83': a death told with nothing but its age, read as an age
    claim at death (the page's dates of birth and death give it); None for any other clause, or one that gives
    more than the age (a place, a date: those are judged as the clause's own facts)."""
    if _predicate(claim) not in _DYING or claim.place:
        return None
    told = [w.strip() for w in (claim.time, claim.object, claim.quantity) if w]
    if len(told) != 1:
        return None
    m = _AN_AGE_TIME.fullmatch(told[0])
    # an age told as the object ('who has died aged 84') or a bare figure ('has died at 82') says its word
    worded = claim.time or (m is not None and re.search(rf"\b(?:aged|age of|at)\s+{m.group(1)}\b", claim.text))
    if m is None or not worded:
        return None
    return claim.model_copy(update={"predicate": "aged", "object": m.group(1), "value": None, "number": None})


_AGE_ASIDE = re.compile(r"^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*,\s*(\d{1,3}),")
_AGE_WORDS = re.compile(r"\baged\s+\d{1,3}\b|\b\d{1,3}-year-old\b|\b\d{1,3}\s+years?\s+old\b")


def _age_aside(claim: Claim, docs: list[Document], as_of: dt.date | None) -> list[Finding]:
    """'Montenegro, 51, succeeds António Costa': the age the clause carries is checked too, as its own
    aspect (a wrong age refutes the claim even when the succession holds)."""
    m = _AGE_ASIDE.match(claim.text)
    if m is not None:
        aside = claim.model_copy(update={"predicate": "aged", "object": m.group(1), "number": None})
        return [f.but(aspect=Aspect.AGE) for f in age_findings(aside, docs, as_of)]
    words = _subjects_age(claim) if not _states_an_age(claim) else None
    if words is None:
        return []
    # 'Solvang, aged 70, won the runoff ...', 'The 70-year-old Solvang took office ...': the age is a veto,
    # a wrong one refutes the clause; a right one says nothing of the event, judged on its own fact
    aside = claim.model_copy(update={"predicate": "aged", "object": words, "value": None, "number": None})
    return [f.but(aspect=Aspect.AGE) for f in age_findings(aside, docs, as_of) if f.stance == Stance.CONTRADICTS]


# 'Ana Ruiz and Ivo Stam, aged 49 and 73': ages listed after names listed, each the name's in its place
_AGES_LISTED = re.compile(r",\s*aged\s+(\d{1,3}(?:\s*,\s*\d{1,3})*,?\s+and\s+\d{1,3})\b")


def _subjects_age(claim: Claim) -> str | None:
    """The age the clause's words give its subject ('The 70-year-old Solvang took office', 'Solvang, aged 70,
    won', 'The 62-year-old scientist governed ...'), tied to the subject by the parse: the age describes the
    subject's name (or a noun set beside it), or the clause's subject when the claim's subject is named by
    no word of it. An age of anyone else the clause names is not the subject's ('Ana Ruiz met a 12-year-old pupil',
    'praised the 73-year-old Stam'); ages listed after names listed are each the name's in its place."""
    if _AGE_WORDS.search(claim.text) is None:
        return None
    listed = _AGES_LISTED.search(claim.text)
    if listed is not None:
        return _listed_age(claim, claim.text[: listed.start()], re.findall(r"\d{1,3}", listed.group(1)))
    from verify.nlp import parse

    doc = parse(claim.text).doc
    name = {w for w in aliases.fold(claim.effective_subject or claim.subject or "").split() if len(w) > 1}
    for m in _AGE_WORDS.finditer(claim.text):
        word = next((t for t in doc if m.start() <= t.idx < m.end() and t.lower_ in {"old", "aged"}), None)
        if word is not None and _describes_subject(word, name):
            return m.group()
    return None


def _describes_subject(word: Token, name: set[str]) -> bool:
    """Whether the age word ('old' of '70-year-old', 'aged') describes the clause's subject: the noun it modifies
    (or a noun in apposition with that one) is a word of the subject's name, or, when the claim's words do not name
    it, is the clause's subject ('The 62-year-old scientist governed ...'), or the age stands alone before its verb
    ('The 61-year-old thanked her')."""
    described = word.head if word.dep_ in {"amod", "acl"} else word
    if described.pos_ in {"VERB", "AUX"}:
        return word.i < described.i and word.dep_ == "amod"  # the small model hangs a lone age on the verb after
    beside = {described, described.head if described.dep_ == "appos" else described}
    beside |= {c for c in described.children if c.dep_ == "appos"}
    words = {aliases.fold(t.text) for b in beside for t in b.subtree if t.pos_ == "PROPN"}
    if words & name:
        return True
    named_here = any(aliases.fold(t.text) in name for t in word.doc)
    return not named_here and not words and described.dep_ in {"nsubj", "nsubjpass"}


def _listed_age(claim: Claim, before: str, ages: list[str]) -> str | None:
    """The age of the subject's place in a list of names before a list of ages ('Ana Ruiz and Ivo Stam, aged 49
    and 73' gives Ivo Stam 73); None when the names and the ages do not pair off, or the subject is not listed."""
    names = [n for n in re.split(r",\s*|\s+and\s+", before.strip()) if n]
    if len(names) != len(ages):
        return None
    name = {w for w in aliases.fold(claim.effective_subject or claim.subject or "").split() if len(w) > 1}
    places = [i for i, n in enumerate(names) if set(aliases.fold(n).split()) & name]
    return f"aged {ages[places[0]]}" if len(places) == 1 else None


def _words_hold(claim: Claim, sentence: str) -> bool:
    """Every proper name and number the claim's words state, besides its subject's, is in the sentence:
    a sentence about one fact of a clause does not support the clause's other facts. A claim telling no figure a
    change started from is held only by the page's words outside such a figure ('rose to 4.1%' is not held by
    'rose to 5.2%, from 4.1% in 2022')."""
    if tells_a_change(claim.text):
        return _words_hold_in(claim, sentence)
    # each figure of the page's sentence at its own time: not '150 million euros in 2023' from '..., and in 2022 a net
    # profit of 150 million euros'
    return any(_words_hold_in(claim, reading) for reading in readings(sentence))


def _words_hold_in(claim: Claim, sentence: str) -> bool:
    """`_words_hold` for one reading of the page's sentence."""
    subject = {w[:5] for w in re.findall(r"[a-z]+", aliases.fold(claim.subject))}
    have = {w[:5] for w in re.findall(r"[a-z0-9]+", aliases.fold(sentence))}
    body = _AGE_ASIDE.sub(" ", _without_subjects_apposition(claim, sentence))  # an age aside is checked on its own
    body = _AGE_WORDS.sub(" ", body)  # 'aged 66', 'the 66-year-old': describes the subject, left to its age claim
    # the first word is capitalised as the sentence's first, unless a title before the subject's name opens it
    body = _without_title_before_subject(claim, body) or re.sub(r"^\s*\S+", " ", body)
    stated = [re.sub(r"['’]s$", "", w) for w in re.findall(r"\b(?:[A-Z][a-z'’-]+|\d[\d,.]*)\b", body)]  # "Vestria's"
    words = {w[:5] for w in re.findall(r"[a-z0-9]+", aliases.fold(" ".join(stated)))} - subject
    if not _names_whole(body, stated, subject, sentence):
        return False  # 'the Bank of Norland' is not stated by "Norland's largest commercial bank, Nordbank"
    return (
        words <= have
        and _counted_words(body) <= _counted_words(sentence) | _figures(sentence)
        and _currencies(body) <= _currencies(sentence)
        and _sums(body) <= _sums(sentence)
    )


# each currency's ways of being written: its symbol, its code, its words (numbers.toml)
_CURRENCY_FORMS: dict[str, re.Pattern[str]] = {
    code: re.compile(
        "|".join(
            [
                *(re.escape(sign) for sign, of in aliases.CURRENCY_SYMBOLS.items() if of == code),
                *(rf"\b{re.escape(form)}\b" for form in [code, *aliases.CURRENCY_WORDS.get(code, [])]),
            ]
        ),
        re.I,
    )
    for code in aliases.CURRENCY_CODES
}


def _currencies(text: str) -> set[str]:
    """The currencies `text` writes a sum in, by symbol, code or word ('$1.2 billion', '1.2 billion euros'): a
    sentence giving the same number in another currency does not state the claim's sum (review36 R16). Krone and
    kroner name both Danish and Norwegian crowns: either is read."""
    return {code for code, form in _CURRENCY_FORMS.items() if form.search(text)}


_FIGURE = re.compile(r"\d[\d,.]*\d|\d")
_SCALE_AFTER = re.compile(r"\s*(?:(?:million|billion|trillion|bn|mn|m|k)\b\.?)?\s*", re.I)


def _sums(text: str) -> set[tuple[str, str]]:
    """Each figure `text` gives with a currency, and that currency: the symbol or code right before it ('$240
    million', 'EUR 240m') or the word after it and its scale ('240 million kroner'). A page converting one sum into
    another ('240 million kroner (about 22 million euros)') states the second in euros, not the first (review41
    R14): the currency must be the figure's own, not only somewhere in the sentence."""
    out = set()
    for m in _FIGURE.finditer(text):
        before = text[max(0, m.start() - 4) : m.start()]
        scale = _SCALE_AFTER.match(text, m.end())
        after = text[scale.end() if scale else m.end() :][:12]
        after_word = re.match(r"[A-Za-z$€£¥]+", after)
        for code in _currencies(re.sub(r".*\s(?=\S+$)", "", before)) | _currencies(after_word[0] if after_word else ""):
            out.add((m.group(0).replace(",", "").rstrip("."), code))
    return out


# the subject's name opening the claim's words, then an apposition set off by commas: 'Sanna Velt, the governor of
# the Central Bank of Vestria, joined ...'; or an aside of a participle or a relative ('Korvik Bank, founded in 1990,
# acquired ...', 'Korvik FC, which was founded in 1901, won ...': review42 R15)
_OPENING_APPOSITION = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*),\s+"
    rf"(?:(?:a|an|the|which|who)\s|[a-z]+ed\s|{_word_pattern(_WORDS['founding'])}\s)[^,]*,\s*"
)


def _without_subjects_apposition(claim: Claim, sentence: str) -> str:
    """The claim's words without the apposition or the aside right after its subject's name: it describes the
    subject (and is a claim of its own, its year too: 'founded in 1990'), so the page's sentence telling the
    clause's event need not hold its names ('Sanna Velt, the governor of the Central Bank of Vestria, joined the
    central bank in 1996' against 'Velt joined the central bank in 1996 and ...'). Kept when the sentence does not
    word the clause's object itself: the apposition may be what names it ('Tom Berg, the head coach of Norby
    United, joined the club in 2019': which club, review25 B6)."""
    m = _OPENING_APPOSITION.match(claim.text)
    subject = {w[:5] for w in re.findall(r"[a-z]+", aliases.fold(claim.subject))}
    if m is None or not {w[:5] for w in re.findall(r"[a-z]+", aliases.fold(m["name"]))} <= subject:
        return claim.text
    thing = [w for w in re.findall(r"[a-z]+", aliases.fold(claim.object or "")) if w not in _STOP]
    if not thing or not re.search(rf"\b{' '.join(thing)}\b", aliases.fold(sentence)):
        return claim.text
    return f"{m['name']} {claim.text[m.end() :]}"


_MONTH_WORD = "|".join(aliases.FULL_MONTHS)
_DAY_AND_MONTH = re.compile(
    rf"\b(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{_MONTH_WORD})"
    rf"|(?P<month2>{_MONTH_WORD})\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\b)"
    r"(?:,?\s+(?P<year>1[89]\d\d|20\d\d)\b)?",
    re.I,
)


def _days_told(text: str, as_of: dt.date | None) -> list[tuple[int, int, int | None]]:
    """The days `text` writes as (month, day, year or None): '27 May 2025', 'May 29', and a weekday as the last such
    day on or before the article's (`weekday_near`), with its year."""
    out: list[tuple[int, int, int | None]] = []
    for m in _DAY_AND_MONTH.finditer(text):
        month = [x.lower() for x in aliases.FULL_MONTHS].index((m["month"] or m["month2"]).lower()) + 1
        out.append((month, int(m["day"] or m["day2"]), int(m["year"]) if m["year"] else None))
    for m in _WEEKDAY.finditer(text if as_of is not None else ""):
        day = weekday_near(as_of, m["day"], to_come=False)  # type: ignore[arg-type]
        out.append((day.month, day.day, day.year))
    return out


def _aside_dated_otherwise(claim: Claim, sentence: str, as_of: dt.date | None) -> bool:
    """Whether the aside after the subject's name ('Eva Lund, who was sworn in on 29 May, succeeded Karl Moen') tells
    an event the sentence words too ('She was sworn in ... on 27 May 2025, succeeding Karl Moen') on a day the
    sentence does not give it: the aside is a claim of its own (`_without_subjects_apposition`), but a sentence
    dating that very event to another day does not state the clause it is part of (review48 S6)."""
    m = _OPENING_APPOSITION.match(claim.text)
    if m is None:
        return False
    aside = claim.text[len(m["name"]) : m.end()]
    told = _days_told(aside, as_of)
    given = [d for d in _days_told(sentence, None) if d[2] is not None]
    # the aside's verb, its auxiliaries aside: 'who was sworn in' -> 'sworn', 'appointed in' -> 'appointed'
    words = [w for w in re.findall(r"[a-z]+", aliases.fold(aside)) if w not in {*_AUXILIARIES, "who", "which"}]
    have = {w[:5] for w in re.findall(r"[a-z]+", aliases.fold(sentence))}
    if not told or not given or not words or words[0][:5] not in have:
        return False
    return not any(
        (month, day) == (m2, d2) and year in (None, y2) for month, day, year in told for m2, d2, y2 in given
    )


def _without_title_before_subject(claim: Claim, body: str) -> str | None:
    """The claim's words without the title words before its subject's name at their start ('Defence Minister Eva
    Lund presented the plan' -> 'Defence, Eva Lund presented the plan'): the title is the subject's post, a role
    claim of its own, and a page tells the deed with a pronoun ('In 2023 she presented the plan', review48 R11).
    The words naming whose post it is ('Defence', 'Norby United') stay, set apart from the name, to be held as any;
    None when no title opens the words."""
    first = (claim.subject or "").split()[:1]
    m = re.match(rf"\s*((?:[A-Z][\w'’.-]*\s+)+?)(?={re.escape(first[0])}\b)", body) if first else None
    if m is None:
        return None
    words = m.group(1).split()
    kept, i = [], 0
    while i < len(words):
        n = next((n for n in (3, 2, 1) if " ".join(words[i : i + n]).lower().rstrip(".") in _titles()), 0)
        if n == 0:
            kept.append(words[i])
        i += n or 1
    if len(kept) == len(words):
        return None  # no title word: a name's first part, not a post
    return f" {' '.join(kept)}, {body[m.end() :]}" if kept else f" {body[m.end() :]}"


def _names_whole(body: str, stated: list[str], subject: set[str], sentence: str) -> bool:
    """Whether the sentence states each name of the claim's words (`stated`, its capitalised words) as a name: a
    name of one word not only as the first part of a word made of it ('the Vestria-based agency' for 'to Vestria'),
    a longer one whole (`_name_stated`); the subject's own words aside."""
    whole = {w[:5] for w in re.findall(r"[a-z0-9]+", aliases.fold(re.sub(r"\b[A-Z]\w*-(?=[a-z])", " ", sentence)))}
    plain = {w[:5] for w in re.findall(r"[a-z0-9]+", aliases.fold(" ".join(w for w in stated if "-" not in w)))}
    return (plain - subject) <= whole and all(_name_stated(name, sentence) for name in _names_stated(body, subject))


_NAME_LINK = r"(?:\s+(?:of|for|de)(?:\s+the)?)?\s+"  # 'Bank of Norland', 'Ministry for the Environment'
_NAME_RUN = re.compile(rf"[A-Z][\w’'.-]*(?:{_NAME_LINK}[A-Z][\w’'.-]*)*")
_OWNED = re.compile(r"['’]s$")


def _names_stated(body: str, subject: set[str]) -> list[str]:
    """The names of two words or more the claim's words state, besides its subject's: runs of capitalised words
    with their 'of' links ('the Bank of Norland', 'the Norland Labour Party'), a title before a name left out
    ('Vestrian Prime Minister Tom Berg' -> 'Tom Berg': a page may give the post apart, its words held as any)."""
    out = []
    for m in _NAME_RUN.finditer(body):
        words = m.group(0).split()
        while words and (lead := _title_before(words)):
            words = words[lead:]
        name = " ".join(words)
        caps = [w for w in words if w[0].isupper()]
        if len(caps) >= 2 and not {w[:5] for w in re.findall(r"[a-z0-9]+", aliases.fold(name))} <= subject:
            out.append(name)
    return out


@functools.cache
def _titles() -> frozenset[str]:
    """The titles and their modifiers written before a name ('prime minister', 'vice'), lower case."""
    titles = lexicons.load("titles")
    return frozenset([*titles["titles"], *titles["modifiers"]])


def _title_before(words: list[str]) -> int:
    """How many of the first words are a title, a nationality or a link word ('Vestrian', 'Prime Minister', 'of'):
    the longest title first, so 'General Assembly' keeps its 'General' ('general' alone is no title); 0 if none."""
    for n in (3, 2, 1):
        if len(words) >= n and " ".join(words[:n]).lower() in _titles():
            return n
    return 1 if words[0] in _NATIONALITY_WORDS or words[0] in {"of", "for", "de"} else 0


def _name_stated(name: str, sentence: str) -> bool:
    """Whether the sentence states a name as a name, not its words scattered over other bodies ('Norland's largest
    commercial bank, Nordbank' does not state 'the Bank of Norland'): the name or its owner written the other way
    ("Norland's Labour Party", 'the Labour Party of Norland', 'the finance ministry'), in any case, or every word
    of it within one run of capitalised words ('Tom A. Berg', 'the Central Bank of Norland')."""
    bare = _OWNED.sub("", name)
    folded = aliases.fold(sentence)
    forms = {bare, *_owner_forms(bare)}
    for form in forms:
        for m in re.finditer(rf"\b{re.escape(aliases.fold(form))}\b", folded):
            after = re.match(r"\W*(\w*)", folded[m.end() :]).group(1)  # type: ignore[union-attr]
            if form in aliases.unaccented(sentence) or not after.isalpha() or after in _STOP:
                return True  # a form in other case ends its phrase: "Norland's bank regulator" is another body
    wanted = {w[:5] for w in re.findall(r"[a-z0-9]+", aliases.fold(bare)) if w not in _STOP}
    for run in _NAME_RUN.finditer(sentence):
        if wanted <= {w[:5] for w in re.findall(r"[a-z0-9]+", aliases.fold(run.group(0)))}:
            return True
    return False


def _owner_forms(name: str) -> list[str]:
    """A name's other orders: 'X of Y' as "Y's X" and 'Y X'; 'A B C' as 'B C of A' and 'C of A B'."""
    if (m := re.fullmatch(r"(?P<thing>.+?)\s+of(?:\s+the)?\s+(?P<owner>.+)", name)) is not None:
        return [f"{m['owner']}'s {m['thing']}", f"{m['owner']} {m['thing']}"]
    words = name.split()
    return [f"{' '.join(words[i:])} of {' '.join(words[:i])}" for i in range(1, len(words))]


def _counted_words(text: str) -> set[float]:
    """The numbers a text writes as words, from two up ('three tours'): a figure the claim states as much as
    one in digits ('one' is too often no count to ask for)."""
    return {v for w in re.findall(r"[a-z]+", aliases.fold(text)) if (v := aliases.NUMBER_WORDS.get(w, 0)) >= 2}


def _figures(text: str) -> set[float]:
    """The numbers a text writes in digits ('2 tours', '2,800 hours'), read as the rest of the project reads them."""
    return {n for d in re.findall(r"\b\d[\d,]*\b", text) if (n := aliases.parse_number(d)) is not None}


def entity_row_findings(claim: Claim, own: list[Document]) -> list[Finding]:
    """Support only: 'is married to Laura Alonsopérez', against the subject's infobox row of that relation naming
    the same person ('Spouse: Laura Alonsopérez'). A row naming someone else refutes nothing: it may list one of
    several, or an earlier one."""
    labels = ENTITY_FIELDS.get(_row_relation(claim, ENTITY_FIELDS) or "")
    other = claim.object or ""
    if not labels or not other[:1].isupper():
        return []
    return [
        Finding(Unit(doc, field_text(doc, f), f), Stance.SUPPORTS, 100.0, Aspect.MAIN, f"names {other}")
        for doc in own
        for f in _fields(doc, labels)
        if find_person(other, f.value)
    ]


def appointment_findings(claim: Claim, docs: list[Document]) -> list[Finding]:
    """Support only: 'Ana Ruiz nominated him' (the appointee the context) and 'He was appointed by Tom Berg' (the
    appointer the context), against the appointee's infobox row of that verb ('Nominator: Ana Ruiz'). When the
    words after the verb name an office ('appointed him chief justice'), only that office's group counts. A row
    naming someone else refutes nothing: it may be of another spell, or list one of several."""
    predicate = _predicate(claim)
    labels = APPOINTING_ROWS.get(predicate)
    verb = re.search(rf"\b{re.escape(predicate)}\b", claim.text, re.I) if labels else None
    if verb is None or not claim.context:
        return []
    # 'He was appointed by Tom Berg', 'Moen, appointed governor by Tom Berg,': the subject is the appointee
    passive = re.search(r"\bby\b", claim.text[verb.end() :]) is not None
    appointee, appointer = (claim.subject, claim.context) if passive else (claim.context, claim.subject)
    after = re.split(r"\bby\b", claim.text[verb.end() :])[0]
    named = office_words(after) - _OBJECT_PRONOUNS
    if not _appointers_title_held(claim, verb, passive, appointer, docs):
        return []  # 'Finance Minister Jim Chalmers nominated her': the clause's title is false, whoever nominated her
    out = []
    for doc in pages_about(appointee, docs):
        for group in numbered_groups(doc.infobox).values():
            office = group.get("office")
            if named and (office is None or not named & office_words(office.value)):
                continue  # 'appointed him governor': a judge's appointer is no governor's
            for f in (group[label] for label in labels if label in group):
                if find_person(appointer, f.value):
                    unit = Unit(doc, field_text(doc, f), f)
                    out.append(Finding(unit, Stance.SUPPORTS, 100.0, Aspect.MAIN, f"names {appointer}"))
    return out


_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})


def _appointers_title_held(claim: Claim, verb: re.Match, passive: bool, appointer: str, docs: list[Document]) -> bool:
    """Whether the title the clause gives the appointer ('Treasurer Jim Chalmers', 'Jim Chalmers, the treasurer,',
    'by President Ana Ruiz') is an office of the appointer's page's infobox; a clause giving none has none to hold.
    A page-less appointer with a title is not vouched for."""
    words = claim.text[verb.end() :].split(" by ", 1)[-1] if passive else claim.text[: verb.start()]
    title = office_words(words) - _OBJECT_PRONOUNS - set(aliases.fold(appointer).split())
    if not title:
        return True
    return any(
        title <= office_words(f.value)
        for doc in pages_about(appointer, docs)
        for group in numbered_groups(doc.infobox).values()
        if (f := group.get("office")) is not None
    )


def place_findings(claim: Claim, own: list[Document]) -> list[Finding]:
    """'born in Harare', 'based in Lausanne': the infobox place of that relation, or a sentence of the
    subject's page wording it ('Born in Oslo ...'); another place there contradicts."""
    predicate = _row_relation(claim, PLACE_FIELDS)
    if predicate is None:
        return []
    place, area = _place_and_area(claim, claim.place or claim.object or claim.value or _place_written(claim, predicate))
    if not place:
        return []
    area = area or _area_after(claim, place)
    nation = area or _nation_inside(claim, place)
    out = []
    for doc in own:
        for f in _fields(doc, PLACE_FIELDS[predicate]):
            unit = Unit(doc, field_text(doc, f), f)
            if _place_in(place, f.value):
                if area is not None and _area_in_another_country(area, f.value):
                    detail = f"gives {f.value}, in another country"
                    out.append(Finding(unit, Stance.CONTRADICTS, 95.0, Aspect.MAIN, detail))
                elif (area is None or _area_named(area, f.value, doc)) and not _another_nation_given(nation, f.value):
                    out.append(Finding(unit, Stance.SUPPORTS, 100.0, Aspect.MAIN, f"gives {f.value}"))
            elif _other_place(place, f.value, doc, apart=predicate == "born in"):
                out.append(Finding(unit, Stance.CONTRADICTS, 95.0, Aspect.MAIN, f"gives another place, {f.value}"))
        pattern = re.compile(PLACE_WORDS[predicate] + _PLACE_AFTER)
        for sentence in _sentences(doc)[:12]:
            m = pattern.search(sentence)
            if m is None:
                continue
            unit = Unit(doc, sentence)
            at = (m.start("place"), m.end("place"))
            if not holder.said_of((claim.subject, doc.title), sentence, *at, holder.pronoun_of(doc.text)):
                continue  # 'Her husband was born in Norby', 'She was not born in Norby': no birth of hers there
            if _place_in(place, m["place"]):
                named = area is None or _area_named(area, m["place"], doc)
                if named and not _another_nation_given(nation, _placed(m)):
                    out.append(Finding(unit, Stance.SUPPORTS, 95.0, Aspect.MAIN, f"gives {m['place']}"))
            elif not _about_subject(claim.subject, sentence) or not _other_place(
                place, m["place"], doc, apart=predicate == "born in"
            ):
                continue
            elif _anothers_place(sentence, m):
                continue  # 'born to a diplomat posted in Cairo': the place of someone or something else
            elif predicate == "born in" or (claim.time and _same_time(claim.time, sentence)):
                # one birthplace; other relations may have had several places, but not at the same time
                out.append(Finding(unit, Stance.CONTRADICTS, 90.0, Aspect.MAIN, f"gives another place, {m['place']}"))
    return out


def _row_relation(claim: Claim, table: dict[str, tuple[str, ...]]) -> str | None:
    """The relation of an infobox-row table (judging.toml clause.place_fields, clause.entity_fields) a clause states:
    its predicate, or its verb with the preposition its words put between it and a name ('died in Korvik' -> 'died
    in', 'was founded by Jon Dahl' -> 'founded by'), so a row a maintainer adds there is read with no code."""
    predicate = _predicate(claim)
    m = re.search(rf"\b{re.escape(predicate)}\s+(?P<by>[a-z]+)\s+[A-Z]", claim.text) if predicate not in table else None
    written = f"{predicate} {m['by']}" if m is not None and predicate else predicate
    return written if written in table else None


def _place_and_area(claim: Claim, place: str | None) -> tuple[str | None, str | None]:
    """'born in La Tronche in the Alps', read as the value 'La Tronche' and the place 'the Alps': the place is
    the named one written first, and the second a larger area around it. The page's place settles the first
    (another one contradicts); the area, which a page's 'La Tronche, France' need not name, only has to be
    named by the page for support. Any other claim: its place, and no area."""
    value = claim.effective_value
    if not (claim.place and value and place == claim.place and _is_name(value)):
        return place, None
    first, second = aliases.fold(value), aliases.fold(claim.place)
    if first == second or first in second or second in first:
        return place, None
    at_value, at_place = claim.text.find(value), claim.text.find(claim.place)
    if at_value < 0 or at_place < 0 or at_value > at_place:
        return place, None
    return value, claim.place


_AREA_AFTER = re.compile(r",\s+(?P<area>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)\s*(?:[,.;:)]|$)")


def _area_after(claim: Claim, place: str) -> str | None:
    """The area the sentence names after a comma right past the claim's place, where the claim's words stop ('born
    in Halden, Norby.', 'who was born in Halden, Norby, spoke'): the country or region the town is said to be in,
    which the page's place must name too (review47 S16). None when the sentence goes on otherwise ('Born in Halden,
    Karl Moen, a fisherman's son, studied law': the claim's words do not stop at the town)."""
    at = claim_start(claim)
    if at < 0 or not claim.text.endswith(place):
        return None
    m = _AREA_AFTER.match(claim.sentence, at + len(claim.text))
    return m["area"].rstrip(".") if m is not None else None


def _nation_inside(claim: Claim, place: str) -> str | None:
    """The country or nation a comma puts after the place inside the claim's own words ('Born in South Glamorgan,
    England, in 1968'): read only to withhold support from a page placing the town in another nation, never to refute
    ('Karachi, Pakistan' against a page's 'Karachi, British India' is the same town)."""
    if place not in claim.text or claim.text.endswith(place):
        return None
    inside = _AREA_AFTER.match(claim.text, claim.text.find(place) + len(place))
    return inside["area"] if inside is not None and aliases.fold(inside["area"]) in _NATIONS else None


# the self-governing countries and nations news puts a town in ('Cardiff, Wales'): countries.toml `sovereign`, folded
_NATIONS = frozenset(aliases.fold(name) for name in lexicons.load("countries")["sovereign"])


def _another_nation_given(area: str | None, given: str) -> bool:
    """Whether the claim puts its place in a country or nation ('South Glamorgan, England') and the page's place names
    another one and not that ('South Glamorgan, Wales'; 'Oslo, Norway' for 'Oslo, Sweden'): no support then. Not a
    refutation: a town's country of the birth's day may be another than today's ('Dhaka, East Pakistan, Pakistan'
    for 'Dhaka, Bangladesh'), and the lexicon does not say which nation lies within which for all ('London, United
    Kingdom' does not rule out 'London, England')."""
    nation = aliases.fold(area or "")
    written = f" {aliases.fold(given)} "
    if nation not in _NATIONS or f" {nation} " in written:
        return False
    if any(f" {other} " in written and not _one_within_the_other(nation, other) for other in _WITHIN_A_STATE):
        return True
    country = aliases.country_of(nation)
    # the parts of the place: a country's name whole ('Norway'), not a word of an older state's ('British India')
    parts = {aliases.fold(part) for part in given.split(",")}
    if country is None or any(aliases.country_of(part) == country for part in parts):
        return False  # 'Lebanon, Halden County, U.S.' names the United States, by a form of its own
    return any(other in _NATIONS and _another_country(country, other) for other in parts)


def _another_country(country: str, other: str) -> bool:
    """Whether a folded sovereign name ('norway') is a country the lexicon knows, other than `country` (as
    `aliases.country_of` names it) and not within it or around it."""
    named = aliases.country_of(other)
    return named is not None and named != country and not aliases.nested(country, named)


# the nations within a state ('wales', 'scotland': countries.toml `within`), folded: the ones a page names to put a
# town in a part of its state, which another part of it ('England') is not
_WITHIN_A_STATE = frozenset(aliases.fold(nation) for nation in aliases.WITHIN)
# the states with nations within them ('United Kingdom'), as `aliases.country_of` names them
_STATES_OF_NATIONS = frozenset(aliases.WITHIN.values())


def _placed(m: re.Match[str]) -> str:
    """A page sentence's place with the area a comma puts after it ('born in Cardiff, Wales, in 1960': 'Cardiff,
    Wales'), which the place reading cut at the comma."""
    area = _AREA_AFTER.match(m.string, m.end("place"))
    return f"{m['place']}, {area['area']}" if area is not None else m["place"]


def _one_within_the_other(nation: str, other: str) -> bool:
    """Whether two folded nations are one within the other ('Cardiff, Wales' is in the United Kingdom)."""
    first, second = aliases.country_of(nation), aliases.country_of(other)
    return first is not None and second is not None and aliases.nested(first, second)


def _area_left_out(claim: Claim, predicate: str, sentence: str) -> bool:
    """Whether a place claim's sentence puts the place in an area after a comma ('born in Halden, Norby') that the
    page's sentence does not name ('born 3 March 1960 in Halden, Tarsa'): the sentence states the town, not the area
    (review47 S16)."""
    place = claim.place or claim.effective_value or ""
    if predicate not in PLACE_FIELDS or not place:
        return False
    area = _area_after(claim, place)
    return area is not None and not _place_in(area, sentence)


def _area_named(area: str, given: str, doc: Document) -> bool:
    """Whether the page names the larger area a claim puts its place in: in the place it gives, or anywhere
    on the page ('the Alps' in a sentence of the page)."""
    return _place_in(area, given) or not _other_place(area, given, doc)


def _area_in_another_country(area: str, given: str) -> bool:
    """Whether the claim's area is a country and the page's place ('Varo, France') names another one: 'born in
    Varo in Spain' then puts the town in the wrong country, the fact a one-fact-false sentence changes. An area
    that is no country ('the Alps') or a place naming none is never contradicted this way."""
    country = aliases.country_of(area)
    named = countries_named(aliases.fold(given))
    return country is not None and bool(named) and not any(n == country or aliases.nested(country, n) for n in named)


# words between a place relation's verb and its place that make the place another's ('born to a diplomat
# posted in Cairo', 'born while her parents lived in Lima'): a participle, a 'to', a new clause
_PLACE_OF_ANOTHER = re.compile(rf"{_word_pattern(_WORDS['place_of_another'])}|\b\w{{3,}}ed\s+(?:in|at|for)\b", re.I)


def _anothers_place(text: str, m: re.Match[str]) -> bool:
    """Whether the words between a place relation's verb and the place it found make the place another's
    ('born to a diplomat posted in Cairo', 'born in 1961 and grew up in Lima'); the verb itself aside."""
    return _PLACE_OF_ANOTHER.search(re.sub(r"^\S+", "", text[m.start() : m.start("place")])) is not None


def _place_written(claim: Claim, predicate: str) -> str | None:
    """The place a clause's own words give after its relation when the reading left it in no field
    ('was born in Bergen' read as subject and relation only)."""
    m = re.search(PLACE_WORDS[predicate] + _PLACE_AFTER, claim.text)
    if m is None or _anothers_place(claim.text, m) or _a_time(m["place"]):
        return None  # 'born in March 1970 in Lisbon': a month is no place
    return m["place"]


_MONTHS = {name.casefold() for name in (*calendar.month_name[1:], *calendar.month_abbr[1:])}


def _a_time(words: str) -> bool:
    """Whether words read as a place open with a month or a number (a date, not a place)."""
    first = words.split()[0].strip(".,").casefold() if words.split() else ""
    return first in _MONTHS or first[:1].isdigit()


_YEAR_RE = YEAR
# a term as an article words it: "from 2005 until 2013", "since 2012", "between 2011 and 2017"
_TERM_SPAN = re.compile(
    rf"\b(?P<how>(?i:from|since|between))\s+(?:[\w.]+\s+){{0,2}}?{_YEAR_RE}"  # 'From 2018 ...' opening a sentence
    rf"(?:\s*(?:to|until|till|and|through|–|-)\s*(?:[\w.]+\s+){{0,2}}?{_YEAR_RE})?"
)
_NOT_OFFICE = re.compile(rf"^(?:(?:{'|'.join(map(re.escape, _WORDS['not_office']))})\s+)+", re.I)


def term_findings(claim: Claim, own: list[Document], as_of: dt.date | None) -> list[Finding]:
    """'he was Director of Public Prosecutions from 2003 to 2013', 'has been defence minister since 2012':
    a spell in an office the subject's infobox lists with dated terms. Supported when a listed term of
    that office starts in the claimed year (and, when the article gives an end, one ends in that year;
    "since" only while the term still ran on the article's day); contradicted, quoting the term rows,
    when none does. Without such rows, a sentence of the subject's page naming the office with the same
    years supports. An office the page does not list, or a claim whose office or years cannot be read,
    decides nothing."""
    span = _term_span(claim)
    office = _office_named(claim)
    if span is None or office is None:
        return []
    posts = [p.strip() for p in re.split(r"\s+and\s+", office)]
    if len(posts) > 1 and all(_POST.search(p) for p in posts):
        # 'vice chancellor and finance minister from 2018 to 2021': both posts held over that spell; one
        # that the page dates otherwise refutes it, both dated so support it, anything less decides nothing
        each = [_office_terms(claim, p, span, own, as_of) for p in posts]
        against = [f for found in each for f in found if f.stance == Stance.CONTRADICTS]
        if against:
            return against
        backed = [[f for f in found if f.stance == Stance.SUPPORTS] for found in each]
        return [f for found in backed for f in found] if all(backed) else []
    return _office_terms(claim, office, span, own, as_of)


_SERVED = frozenset({"served", "served as", "served in", "has served", "had served"})  # a verb of serving
_SERVES_NOW = re.compile(r"\b(?:serves|sits|is\s+serving|is\s+sitting|currently)\b", re.I)


def membership_findings(claim: Claim, own: list[Document], as_of: dt.date | None) -> list[Finding]:
    """Support only: 'had served in the Vestrian Diet', undated, read off the subject's infobox listing
    'Member of the Vestrian Diet' with a term begun by the article's day (ended or not; a claim in the present,
    'serves in', wants a term still running then). A body the infobox does not list decides nothing: a page
    lists the offices it knows of, not every seat held."""
    if _term_span(claim) is not None or (_predicate(claim) not in _SAT and _predicate(claim) not in _SERVED):
        return []
    body = re.sub(r"^(?:in|on)\s+", "", (claim.object or "").strip())
    if not body or not _BODY.fullmatch(body) or _POST.search(body):
        return []
    named = re.sub(r"^the\s+", "", aliases.fold(body))
    member = re.compile(rf"^member of (?:the )?{re.escape(named)}$")
    now = _SERVES_NOW.search(claim.text) is not None
    out = []
    for doc in own:
        for term in terms(doc.infobox):
            if not member.match(aliases.fold(term.office.value)) or term.start is None:
                continue
            if as_of is not None and (term.start > as_of or (now and not term.covers(as_of))):
                continue
            unit = Unit(doc, "; ".join(field_text(doc, row) for row in (term.office, *term.rows)), term.office)
            out.append(
                Finding(unit, Stance.SUPPORTS, 90.0, Aspect.MAIN, f"lists {term.office.value} from {term.start}")
            )
    return out


def party_findings(claim: Claim, own: list[Document]) -> list[Finding]:
    """Support only: a party membership told as a clause ('was born in Montreal and is a member of the Liberal
    Party'), read off the person's party row as the role kind's is (role judge `party_member_rows`)."""
    if _predicate(claim) not in COPULAR or not claim.object:
        return []
    return party_member_rows(claim.subject, own, claim.object)


_ELECTED_TO = frozenset(_WORDS["elected_to"])
_MEMBER_STEMS = frozenset(w[:5] for w in _WORDS["member_words"])
_SEATED_LATER = 1  # years an election may precede the term it wins (elected in November, seated in January)


def _stems(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-z]+", aliases.fold(text)) if w not in _STOP}


def _seat_won(claim: Claim) -> tuple[int, set[str]] | None:
    """The year and the body's word stems of 'was elected to Wicklow County Council in 2004', or None."""
    years = _A_YEAR.findall(claim.time or "")
    body = re.sub(r"^(?:to\s+)?(?:the\s+)?", "", claim.object or "", flags=re.I)
    if _predicate(claim) not in _ELECTED_TO or len(years) != 1 or not _is_name(body) or _POST.search(body):
        return None
    return int(years[0]), _stems(body)


def timeless_clause(claim: Claim) -> bool:
    """A clause whose fact no later revision changes and any revision may be the one to give: a degree's year, the
    year a seat was won (`verify.judge` reads every revision of the subject's page for it)."""
    return tells_a_degree(claim) or _seat_won(claim) is not None


_CONSTITUENCY = re.compile(r"\s+for\s+|\s*,\s*", re.I)  # 'Member of the Vestrian Diet for Norby', 'Senator, Norby'


def _a_seat_in(named: set[str], office: str) -> bool:
    """Whether an office is a seat in the body: the body's name with member words only ('Norby County Councillor',
    'Member of the Vestrian Diet'), a constituency written after it ('... for Norby', 'Senator for Norby')."""
    seat = _CONSTITUENCY.split(office, maxsplit=1)[0]
    return named <= _stems(seat) <= named | _MEMBER_STEMS


def seat_won_findings(claim: Claim, own: list[Document]) -> list[Finding]:
    """'was elected to Wicklow County Council in 2004' against the seats in that body the subject's infobox lists
    with their terms ('Wicklow County Councillor', 2009-2011; 'Member of the Vestrian Diet'; 'Senator for Norby',
    a constituency's seat): a term begun that year supports it; when every listed term began more than a year after
    it (an election may be seated the next year), none came of an election that year: contradicted, unless a
    sentence of the page names the body with that year. Only when the body's seats are read completely: an office
    naming the body that is no seat ('Chair of ...') or has no start, or a current seat alone (the infobox may list
    only its latest spell), decides nothing. A term begun before it may have been renewed then, and decides nothing."""
    won = _seat_won(claim)
    if won is None:
        return []
    year, named = won
    out = []
    for doc in own:
        in_body = [
            t for t in terms(doc.infobox) if named <= _stems(t.office.value) or _a_seat_in(named, t.office.value)
        ]
        seats = [t for t in in_body if t.start is not None and _a_seat_in(named, t.office.value)]
        if not seats:
            continue
        rows = "; ".join(field_text(doc, row) for t in seats for row in (t.office, *t.rows))
        unit = Unit(doc, rows, seats[0].office)
        complete = len(seats) == len(in_body) and any(t.end is not None for t in seats)
        if any(t.start.year == year for t in seats):
            out.append(Finding(unit, Stance.SUPPORTS, 90.0, Aspect.MAIN, f"lists a seat in it from {year}"))
        elif (
            complete
            and all(t.start.year > year + _SEATED_LATER for t in seats)
            and not any(str(year) in sentence and named & _stems(sentence) == named for sentence in _sentences(doc))
        ):
            first = min(t.start for t in seats)
            out.append(Finding(unit, Stance.CONTRADICTS, 90.0, Aspect.MAIN, f"lists its seats from {first.year} only"))
    return out


def _office_terms(
    claim: Claim, office: str, span: tuple[int, int | None], own: list[Document], as_of: dt.date | None
) -> list[Finding]:
    """`term_findings` for one office."""
    office, head = office_and_head(office)  # 'foreign minister under Abe': the office, and a head the term must name
    start_year, end_year = span
    since = re.search(rf"\bsince\s+(?:[\w.]+\s+){{0,2}}?{start_year}\b", claim.text)
    ongoing = since is not None and not _pluperfect_before(claim, since.start())  # 'had led since': up to a past day
    day = written_start(claim.time or "")  # 'since March 2019': the month the term must begin in too
    parts = _parts_of_years(claim, start_year)  # 'since late 2019': the months the term must begin in
    out = []
    named = office
    for doc in own:
        office = _as_the_page_names(_own_country_unsaid(named, doc), doc)
        if office is None:
            continue  # 'his party's group': the page gives no one party 'his party' is
        held = [t for t in terms(doc.infobox) if t.start is not None and same_office(office, None, t.office.value)]
        held = [t for t in held if not _bare_post_abroad(office, t.office.value, doc)]
        # a bare 'president': the person's one presidency (the post's other holders are other posts)
        held = held or [t for t in the_one_post(office, terms(doc.infobox), as_of) if t.start is not None]
        held = held or _institution_terms(office, terms(doc.infobox))  # 'led the bank': the one bank office
        whole = said_in_full(office, [t.office.value for t in held])  # not the party named after the country
        held = [t for t in held if t.office.value in whole and not _titled_otherwise(office, t.office.value)]
        held += stopgap_begun(held, doc.infobox)  # 'has led the bank since' its holder's acting start
        if not held:
            told = claim.sentence if _owner_pointed_at(claim, named) else None
            running = as_of if ongoing else None  # 'has been finance minister since 2019': to the article's day
            names = (claim.subject, doc.title)
            spells = _term_sentences(doc, office, start_year, end_year, day, names, parts, told, running)
            said = [f for f in spells if _of_the_subject(claim, f)]
            out += [f for f in said if head is None or find_person(head, f.unit.text)]  # the head named there too
            if not said and end_year is not None:
                otherwise = [
                    f
                    for f in _spell_dated_otherwise(doc, office, start_year, end_year, names)
                    if _of_the_subject(claim, f) and (head is None or find_person(head, f.unit.text))
                ]
                out += otherwise or _other_post_that_spell(claim, doc, office, start_year, end_year)
                if not otherwise and not out:
                    out += _other_post_for_the_written_spell(claim, doc, office)
            elif not said and ongoing and as_of is not None:
                out += _other_post_on_the_day(claim, doc, office, as_of)
            continue
        written = "; ".join(_term_text(t) for t in held)
        # the quoted words are the page's own rows: the office, then each term's start and end rows
        rows = "; ".join(field_text(doc, row) for t in held for row in t.rows)
        unit = Unit(doc, f"{field_text(doc, held[0].office)}; {rows}", held[0].office)
        starting = [t for t in held if t.start and t.start.year == start_year]
        ends = {t.end.year for t in held if t.end}
        if starting and parts != (None, None):
            # 'from late 2022 to early 2023': a term of those years begun or ended outside that part is another
            starting = [t for t in starting if _in_parts(t, parts)]
            if not starting:
                continue
        if starting and not spell_numbered_so(named, doc, held, starting):
            continue  # 'the 24th prime minister from 2005': the spell begun then is numbered otherwise, or not at all
        if day is not None and starting:
            # 'since March 2019': a term of that year begun in another month is another start, not this one
            fits = [start_fits(t.rows[0].value, *day) for t in starting]
            if not any(fits) and False in fits:
                detail = f"gives the terms of {held[0].office.value} as {written}, none from {claim.time}"
                out.append(Finding(unit, Stance.CONTRADICTS, 90.0, Aspect.MAIN, detail))
                continue
            if not any(fits):
                continue  # rows less precise than the claim: the year fits, the month is not given
            starting = [t for t, fit in zip(starting, fits, strict=True) if fit]
        if not starting:
            detail = f"gives the terms of {held[0].office.value} as {written}, none from {start_year}"
            out.append(Finding(unit, Stance.CONTRADICTS, 90.0, Aspect.MAIN, detail))
        elif end_year is not None and end_year not in ends:
            detail = f"gives the terms of {held[0].office.value} as {written}, none ending in {end_year}"
            out.append(Finding(unit, Stance.CONTRADICTS, 90.0, Aspect.MAIN, detail))
        elif end_year is not None and not any(t.end and t.end.year == end_year for t in starting):
            continue  # '2000 to 2013' over terms 2000-2001 and 2005-2013: one spell's start, another's end
        elif head is not None and not any(_term_names_head(doc, t, head) for t in starting):
            continue  # the years fit, but the term names another head of government, or none
        elif not ongoing or as_of is None or any(t.covers(as_of) for t in starting):
            out.append(Finding(unit, Stance.SUPPORTS, 95.0, Aspect.MAIN, f"gives the terms of it as {written}"))
    return out


# a finite auxiliary: the last one before 'since' is the one of the claim's own verb ('had worked abroad and has led
# the bank since 2016': 'has' is led's, 'had' another verb's)
# a contracted auxiliary: "'s" only after a pronoun ("she's been", "who's led"), since after a name it is the
# possessive ("had been Latvia's defence minister since 2023": the pluperfect's 'had' is the verb's auxiliary)
_AUXILIARY = re.compile(
    r"(?:\b(?:had|has|have|is|are|am|was|were)\b|(?<=\w)['’](?:d|ve|re|m)\b"
    r"|\b(?:he|she|it|who|that|there|what|where|here)['’]s\b)",
    re.I,
)


_YEAR_PARTS: dict[str, tuple[int, int]] = {
    part: (first, last) for part, (first, last) in lexicons.load("dates")["year_parts"].items()
}
_PART_OF_A_YEAR = re.compile(rf"\b(?:{'|'.join(_YEAR_PARTS)})\b", re.I)
Months = tuple[int, int] | None  # the first and last month a part of a year covers; None for the whole year


def _parts_of_years(claim: Claim, start_year: int) -> tuple[Months, Months]:
    """The months a spell's start and end are narrowed to by a part of the year written before each ('from late 2022
    to early 2023': July-December, then January-June), read in the spell the claim's sentence gives from that start
    year on."""
    at = max(claim_start(claim, empty_at_start=True), 0)
    spell = next((m for m in _TERM_SPAN.finditer(claim.sentence, at) if m.group(2) == str(start_year)), None)
    if spell is None:
        return None, None
    before_end = spell.string[spell.end(2) : spell.start(3)] if spell.group(3) else ""
    parts = (_PART_OF_A_YEAR.search(spell.string[spell.start() : spell.start(2)]), _PART_OF_A_YEAR.search(before_end))
    start, end = (_YEAR_PARTS[p.group(0).lower()] if p else None for p in parts)
    return start, end


def _in_parts(term: Term, parts: tuple[Months, Months]) -> bool:
    """Whether a term's start and end fall in the parts of their years the claim names (`_parts_of_years`). A row
    written to the year alone cannot tell, and is kept."""
    ends = ((term.start, term.rows[0], parts[0]), (term.end, term.rows[-1], parts[1]))
    return all(
        months is None or day is None or precision(row.value) == "year" or months[0] <= day.month <= months[1]
        for day, row, months in ends
    )


def _written_in_part(words: str, months: Months) -> bool:
    """Whether a start the page writes ('since 14 February 2023') falls in the months of the part of its year the
    claim names; a year alone, or words that are no date, cannot tell."""
    written = DATE_TEXT.search(words)
    day = parse_date(written.group(0)) if written else None
    if months is None or written is None or day is None or precision(written.group(0)) == "year":
        return True
    return months[0] <= day.month <= months[1]


def _pluperfect_before(claim: Claim, at: int) -> bool:
    """Whether the verb of the claim's words before `claim.text[at]` is in the pluperfect ('Penn had led the bank
    since 2016', 'Penn, who had been governor since 2016'): a spell told up to a day before the article's, which a
    term ended by the article's day fits as well as one still running. Only the auxiliary of the claim's own verb (the
    last one before 'since') counts, never the 'had' of another verb before it."""
    said = before_claim(claim) + claim.text[:at]
    auxiliaries = _AUXILIARY.findall(re.split(r"[,;:]", said)[-1])
    return bool(auxiliaries) and auxiliaries[-1].lower().lstrip("'’") in {"had", "d"}


def _other_post_that_spell(claim: Claim, doc: Document, office: str, start_year: int, end_year: int) -> list[Finding]:
    """'was finance minister from 1993 to 1997' of a person whose infobox lists no such office, and for exactly
    that spell (begun in the first year, ended in the last) another post of the same government ('Minister of
    National Education, 29 March 1993 - 4 June 1997'): the page says what the person was then. A spell that
    only overlaps may be held beside the claimed post, and decides nothing."""
    # a post the claim names beside it ('finance minister and foreign minister from 2018') is no other post
    named = [p.strip() for p in re.split(r"\s+and\s+", _office_named(claim) or office)]
    spell = [
        t for t in terms(doc.infobox)
        if t.start is not None and t.end is not None and (t.start.year, t.end.year) == (start_year, end_year)
        and not any(same_office(post, None, t.office.value) for post in named)
    ]  # fmt: skip
    other = next((o for t in spell if (o := sibling_office(office, claim.nationality, [t], t.start)) is not None), None)
    if other is None:
        return []
    unit = Unit(doc, "; ".join(field_text(doc, row) for row in (other.office, *other.rows)), other.office)
    detail = f"lists {other.office.value} from {start_year} to {end_year}, and no {office}"
    return [Finding(unit, Stance.CONTRADICTS, 90.0, Aspect.MAIN, detail)]


def _claimed_spell(claim: Claim) -> Spell | None:
    """The spell written from inside the claim's words on ('She was Solicitor General from 28 June 2007' of '... to 11
    May 2010'), both ends read at the precision written (`role.judge.written_spells`); None when there is none."""
    at = claim_start(claim)
    end = at + len(claim.text)
    return next((spell for m, spell in written_spells(claim.sentence) if at >= 0 and at <= m.start() < end), None)


_OFFICE_WORDS = lexicons.load("judging")["offices"]
_KIND_WORDS = frozenset(_OFFICE_WORDS["post_words"]) - frozenset(_OFFICE_WORDS["not_a_kind"])


def _kind_of_post(office: str) -> str | None:
    """The first word of an office that says what kind of post it is ('general' of 'Attorney General for England
    and Wales', 'chief' of 'Assistant Chief of the Air Staff': judging.toml offices.post_words but not_a_kind),
    None when none does."""
    return next((w for w in re.findall(r"[a-z]+", aliases.fold(office)) if w in _KIND_WORDS), None)


def _other_post_for_the_written_spell(claim: Claim, doc: Document, office: str) -> list[Finding]:
    """'She was Solicitor General for England and Wales from 28 June 2007 to 11 May 2010' of a person whose page
    never names that post, and gives another post of the same kind (`_kind_of_post`, the same qualifiers) for exactly
    that spell, both ends to the month or the day as the claim writes them: an infobox term ('Attorney General for
    England and Wales', 28 June 2007 - 11 May 2010) or a spell a sentence gives the subject ('served as Assistant
    Chief of the Air Staff from January 2015 to January 2017'). So precise a spell is that post's: the article
    named it wrongly. A spell written to the year (two posts may share one), a page naming the claimed post
    anywhere, a post of another kind, or two posts for the spell decide nothing."""
    spell = _claimed_spell(claim)
    kind = _kind_of_post(office)
    wanted = office_words(office)
    if spell is None or kind is None or not wanted or "year" in (spell[0][1], spell[1][1]):
        return []
    (first, first_at), (last, last_at) = spell
    named = [*_sentences(doc), *(f.value for f in doc.infobox)]
    if any(wanted <= office_words(text) for text in named):
        return []  # the page names the claimed post: its own words decide, not another post's spell

    def same_kind(post: str) -> bool:
        return _kind_of_post(post) == kind and qualifiers(post) == qualifiers(office)

    def fits(start: dt.date, start_at: str, end: dt.date, end_at: str) -> bool:
        exact = _RANK[start_at] >= _RANK[first_at] and _RANK[end_at] >= _RANK[last_at]
        return exact and same_date(start, first, first_at) and same_date(end, last, last_at)

    found: dict[str, Unit] = {}
    for t in terms(doc.infobox):
        if t.start and t.end and same_kind(t.office.value) and fits(t.start, "day", t.end, "day"):
            found[t.office.value] = Unit(doc, "; ".join(field_text(doc, r) for r in (t.office, *t.rows)), t.office)
    names, pronoun = (claim.subject, doc.title), holder.pronoun_of(doc.text)
    for sentence in _sentences(doc):
        last_end = 0
        for m, ((start, start_at), (end, end_at)) in written_spells(sentence):
            post = re.split(r"[,;(]|\b(?:as|and)\b", sentence[last_end : m.start()])[-1].strip()
            last_end = m.end()
            if (
                same_kind(post)
                and fits(start, start_at, end, end_at)
                and holder.said_of(names, sentence, m.start(), m.end(), pronoun)
            ):
                found[post] = Unit(doc, sentence)
    if len(found) != 1:
        return []
    post, unit = next(iter(found.items()))
    detail = f"gives {post} for that spell, and never names {office}"
    return [Finding(unit, Stance.CONTRADICTS, 90.0, Aspect.MAIN, detail)]


def _other_post_on_the_day(claim: Claim, doc: Document, office: str, as_of: dt.date) -> list[Finding]:
    """'has been defence minister since 2023' of a person whose infobox lists no such office and, on the article's
    day, another post of the same government ('Minister of Foreign Affairs', from 15 September 2023): a spell still
    running names the post held that day, and the page gives another (`offices.sibling_office`, as a title does). Only
    a post KNOWN to be another portfolio (`offices.other_portfolio`) refutes it: 'interior minister' may be the row's
    'Minister of Home Affairs' written otherwise (review25 B8)."""
    other = sibling_office(office, claim.nationality, terms(doc.infobox), as_of)
    if other is None or not other_portfolio(office, other.office.value):
        return []
    unit = Unit(doc, "; ".join(field_text(doc, row) for row in (other.office, *other.rows)), other.office)
    detail = f"lists {other.office.value} on {as_of}, and no {office}"
    return [Finding(unit, Stance.CONTRADICTS, 90.0, Aspect.MAIN, detail)]


_HEAD_ROWS = tuple(lexicons.load("judging")["offices"]["heads"]["rows"])  # 'primeminister', 'president' ...


def _term_names_head(doc: Document, term: Term, head: str) -> bool:
    """Whether the term's own rows name the head of government it was held under ('Prime minister:
    Shinzo Abe' beside the term's start)."""
    group = next((g for g in office_groups(doc.infobox) if g.get("term_start") is term.rows[0]), {})
    return any(find_person(head, group[r].value) for r in _HEAD_ROWS if r in group)


def _term_sentences(
    doc: Document,
    office: str,
    start_year: int,
    end_year: int | None,
    day: tuple[dt.date, str] | None = None,
    names: tuple[str, ...] = (),
    parts: tuple[Months, Months] = (None, None),
    pointed: str | None = None,
    running: dt.date | None = None,
) -> list[Finding]:
    """Support only: a sentence of the page naming the office, with its qualifiers, and a spell with the
    claimed years ('prime minister of Norway from 2000 to 2001 and again from 2005 until 2013'); a start
    claimed with its month ('since March 2019') needs the spell written with that month too, and one claimed in a
    part of its year ('since late 2019') a start the page writes in that part's months, or to the year alone. A post
    the claim's owner only points back at ('the country's finance minister': `pointed`, the claim's sentence) is not
    supported by a spell naming its post's owner where that sentence does not ('finance minister of Sweden'). A spell
    claimed to run to the article's day (`running`: 'has been finance minister since 2019') is not supported by one
    the page ends in an earlier year ('from 2019 to 2021'), as an infobox term must cover the day (review41 R3)."""
    out = []
    claimed = ordinals_in(office)  # 'the 40th president from 2020': a number the spell's own words must not deny
    for sentence, m, named in _spells_in_any_form(doc, office, names):
        if out and out[-1].unit.text == sentence:
            continue  # one finding a sentence
        if len(claimed) == 1 and ordinals_in(named) not in ([], claimed):
            continue  # 'served as the 42nd president of Uruguay from 2020 to 2025': another number's spell
        if claimed and ordinals_in(named) == claimed and ranked_among_a_kind(named, office):
            continue  # 'the first female Prime Minister of Norby': a first among women, not the post's first holder
        if pointed is not None and _owned_otherwise(named, office, pointed):
            continue  # 'the country's finance minister' in a Norbian story: not a spell as Sweden's (review40 B6)
        begins = m.group(0)[len(m["how"]) : m.end(2) - m.start()]  # 'since June 2019' -> ' June 2019'
        if day is not None and not start_fits(begins, *day):
            continue  # 'since 2019' or 'since June 2019' on the page: no start in March 2019
        if not _written_in_part(begins, parts[0]):
            continue  # 'since 14 February 2023' on the page: not late 2023
        if running is not None and end_year is None and m.group(3) and int(m.group(3)) < running.year:
            continue  # 'from 2019 to 2021' on the page: ended before the day the claim's spell runs to
        if int(m.group(2)) == start_year and (end_year is None or m.group(3) == str(end_year)):
            out.append(Finding(Unit(doc, sentence), Stance.SUPPORTS, 90.0, Aspect.MAIN, f"says {m.group(0)}"))
    return out


def _spells_in_any_form(doc: Document, office: str, names: tuple[str, ...]) -> list[tuple[str, re.Match[str], str]]:
    """`_office_spells` of the office as the claim words it or, with none, of its portfolio in another of the forms
    titles write it in (offices.toml portfolio_titles, as the role judge reads them): 'has served as Minister of
    External Relations since 2021' is a spell of the foreign minister. A longer form is never widened ('Minister of
    Foreign Economic Relations' is no foreign minister's, and 'foreign affairs' reads only as written)."""
    found = _office_spells(doc, office, names)
    for wording in [] if found else portfolio_wordings(aliases.fold(office)):
        found = found or _office_spells(doc, wording, names)
    return found


def _office_spells(
    doc: Document, office: str, names: tuple[str, ...] = (), qualified: bool = False
) -> list[tuple[str, re.Match[str], str]]:
    """The spells the page's first sentences give the office, with each one's sentence and the words naming its post:
    the office named with its qualifiers just before the spell, in the spell's own clause ('... of Norway from 2000
    to 2001 and again from 2005 until 2013'; not 'leader ... in 2021, succeeding Tom Berg, who had been leader since
    2019', Berg's spell), said of the subject (known by `names`) and affirmed (`holder.said_of`: not 'Per Olsen, her
    husband, has been leader since 2019', nor 'She has not been leader since 2019'). `qualified` keeps the spells of
    a qualified form of the post too ('acting mayor of Korvik from 2003 to 2005')."""
    wanted = office_words(office)
    out = []
    for sentence in _sentences(doc)[:12]:
        if not wanted <= office_words(sentence):
            continue
        named, last = "", 0
        for m in _spells(sentence):
            between = sentence[last : m.start()]
            named = (
                named if not re.sub(r"\b(?:and|again|then|later|or|as|the)\b|[\s,;]", "", between)
                else _own_verbs_words(binding.last_clause(between))
            )  # fmt: skip
            last = m.end()
            if not wanted - _owner_listed_before(office, named, sentence[: m.start()]) <= office_words(named) or (
                not qualified and (_within_another_post(office, named) or _another_qualifier(office, named))
            ) or _only_a_bodys_post(office, named):
                continue
            if not portfolios_kept(office, named):
                continue  # 'served as Minister of Foreign Trade since 2021': no foreign minister's spell
            if names and not holder.said_of(names, sentence, m.start(), m.end(), holder.pronoun_of(doc.text)):
                continue
            if names and _post_said_of_another(names, doc, office, sentence[: m.start()]):
                continue  # 'the secretary of Ivo Stam, the first non-Norbian head of the museum since 1901' (S7)
            out.append((sentence, m, named))
    return out


def _post_said_of_another(names: tuple[str, ...], doc: Document, office: str, before: str) -> bool:
    """Whether the words naming the post right before a spell (the last place `before` words the office, in order)
    are said of someone else than the subject (`holder.said_of`): an apposition after another person's name ('he was
    the secretary of Ivo Stam, the first non-Norbian head of the museum since 1901') is that person's post, however
    many words it runs to before its spell (review46 S7)."""
    places = [a for a in binding.anchors(office, before.lower()) if a[1] <= len(before)]
    if not places:
        return False
    start, end = places[-1]
    return not holder.said_of(names, before, start, end, holder.pronoun_of(doc.text))


# a post's owner written as a possessive name before it ("Norby's ambassador to the United Nations")
_OWNERS_POSSESSIVE = re.compile(r"^(?:the\s+)?(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})['’]s\s+(?=\w)")
# a possessive name anywhere in a sentence ("served as Norby's ambassador"): the owner of the post it precedes
_OWNER_NAMED_POSSESSIVE = re.compile(r"\b(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})['’]s\s+(?=\w)")


def _owner_listed_before(office: str, named: str, before: str) -> set[str]:
    """The words of the claimed post's possessive owner ("Norby's") that a later post of a list need not repeat: 'Stam
    served as Norby's ambassador to Tarsa from 2010 to 2015 and as ambassador to the United Nations from 2015 to 2019'
    tells Norby's envoy to the United Nations, once the words before the list's later post (`before`) name the owner,
    and the words naming the post continue a list ('and as ...'); no words otherwise (review46 R3). The owner must be
    the last possessive before the later post, the list's first post's ("Norby's ambassador to Tarsa"), not any word
    there: 'Tarsa' is where that post was sent, not the owner of the next (review47 B2)."""
    owner = _OWNERS_POSSESSIVE.match(office.strip())
    if owner is None or not re.match(r"\s*,?\s*and\s+as\b", named, re.I):
        return set()
    words = office_words(owner["owner"])
    listed = [m["owner"] for m in _OWNER_NAMED_POSSESSIVE.finditer(before)]
    return words if listed and office_words(listed[-1]) == words else set()


# a clause joined to the one before by ', and' or ', but' with a verb of its own ('..., as a member for Tarsa, and
# has represented Halden since 2014'), its subject a pronoun or none ("She grew up in Norby's capital, and she was
# ambassador to Tarsa": 'Norby' is where she grew up, not whose envoy she was): the spell after it is that verb's
_JOINED_CLAUSE = re.compile(
    r",\s+(?:and|but)\s+(?:(?:she|he|they)\s+)?(?:(?:later|then|also|since)\s+)?"
    r"(?=(?:has|have|had|is|are|was|were|\w+ed)\b)",
    re.I,
)


def _only_a_bodys_post(office: str, named: str) -> bool:
    """Whether a bare post ('president', "Chile's president") stands in the words naming a spell only as a state
    body's post ('President of the Senate of Chile', `of_a_states_body`): no head of state (review46 S4)."""
    post = POST.search(office)
    found = list(re.finditer(rf"\b{re.escape(post[0])}\b", named, re.I)) if post else []
    return bool(found) and all(of_a_states_body(office, m[0], named[m.end() :]) for m in found)


def _own_verbs_words(words: str) -> str:
    """The words of the last clause joined by ', and' or ', but' with its own verb, where a spell that follows is
    told: the posts named in a clause before it are another verb's ('elected in 2010 as a member for Tarsa, and
    has represented Halden since 2014' gives the 2014 spell to Halden's seat, not Tarsa's)."""
    joined = list(_JOINED_CLAUSE.finditer(words))
    return words[joined[-1].end() :] if joined else words


def _another_qualifier(office: str, named: str) -> bool:
    """Whether every post of the words naming a spell that holds the office's words carries other qualifiers than
    the office ('He was Deputy Minister of Trade from 2015 to 2018' for 'trade minister'), or a title word of
    another post ('Shadow Minister of Trade'): a deputy's, acting, vice or shadow spell is another post's. The
    posts are told apart at 'and' and commas, so 'Deputy Prime Minister and Minister of Finance since 2022' still
    words the finance minister's spell."""
    return _every_post_is_another(office, named, _another_post_of)


def _every_post_is_another(office: str, text: str, another: Callable[[str, str], bool]) -> bool:
    """Whether every post of the text (told apart at 'and' and commas) that holds the office's words is `another`
    post than the office; False when none holds them."""
    wanted = office_words(office)
    own = [p for p in re.split(r"\s+and\s+|[,;]", text) if wanted <= office_words(p)]
    return bool(own) and all(another(office, p) for p in own)


def _another_portfolio(office: str, post: str) -> bool:
    """Whether the words naming a post name another portfolio than the office, read as titles write them
    (`offices.portfolios_kept`): 'Minister of Defence Industry' is no defence minister, 'Minister of Foreign Trade'
    no foreign minister (their 'defence' and 'foreign' modify another portfolio; review47 S14)."""
    return not portfolios_kept(office, post)


def _another_post_of(office: str, post: str) -> bool:
    """Whether words naming a post name another post than the office: other qualifiers, or another post's title."""
    return qualifiers(post) != qualifiers(office) or _titled_otherwise(office, post)


def _titled_otherwise(office: str, post: str) -> bool:
    """Whether the words naming a post open with a title word that makes another post of it and the office lacks
    ('has been Shadow Minister of Trade' for 'trade minister': `offices.another_post_at`)."""
    folded = aliases.fold(post)
    at = [m.start() for w in office_words(office) if (m := re.search(rf"\b{re.escape(w)}\b", folded))]
    return bool(at) and another_post_at(folded, min(at), office)


def _the_post_itself(office: str, named: str) -> bool:
    """Whether the words naming a spell's post name the claimed office and nothing more, from its first word on
    ('previously mayor of Korvik' for 'mayor of Korvik'; not 'Minister of Health' for 'a minister', 'Minister of State
    for Finance' for 'finance minister', 'member of parliament for Halden' for 'a member of parliament': review25
    B3), nor 'deputy mayor of Korvik' for 'mayor of Korvik' (a Vice, Deputy or Acting before it is another post:
    review25 B9): only the post itself may date the claimed post's spell otherwise."""
    wanted = office_words(office)
    folded = aliases.fold(named)
    at = [m.start() for w in wanted if (m := re.search(rf"\b{re.escape(w)}\b", folded))]
    if not wanted or not at or qualifiers(folded) != qualifiers(office):
        return False
    return office_words(folded[min(at) :]) == wanted


def _spell_dated_otherwise(
    doc: Document, office: str, start_year: int, end_year: int, names: tuple[str, ...]
) -> list[Finding]:
    """'was mayor of Korvik from 2003 to 2011' against the page's one spell of that office, 'mayor of Korvik from
    2005 to 2011': one end agrees and the other not, so it is the same spell dated otherwise. Two spells of the
    office (it may have been held twice), a spell still running ('since 2005'), one agreeing at neither end (another
    spell the page may not give), or a sentence telling it again decide nothing."""
    spells = _office_spells(doc, office, names, qualified=True)  # an acting spell run into the term is its start
    if len(spells) != 1 or not _the_post_itself(office, spells[0][2]):
        return []
    sentence, m, _ = spells[0]
    if m["how"].lower() == "since" or not m.group(3) or told_again(sentence, [w[:5] for w in office_words(office)]):
        return []
    if (int(m.group(2)) == start_year) == (int(m.group(3)) == end_year):
        return []
    detail = f"says {m.group(0)}, not from {start_year} to {end_year}"
    return [Finding(Unit(doc, sentence), Stance.CONTRADICTS, 85.0, Aspect.MAIN, detail)]


# a spell the page writes in brackets after its office: 'Minister of Interior (1978–1988, 2003–2006)'
_BRACKET_SPELL = re.compile(rf"(?P<how>[(,]\s*){_YEAR_RE}\s*[–-]\s*{_YEAR_RE}(?=\s*[,)])")
_BRACKET = re.compile(rf"\(\s*{_YEAR_RE}\s*[–-]\s*{_YEAR_RE}(?:\s*,\s*{_YEAR_RE}\s*[–-]\s*{_YEAR_RE})*\s*\)")


def _spells(sentence: str) -> list[re.Match[str]]:
    """The spells a sentence writes, in its order: 'from 2000 to 2001', 'since 2019', and each spell of a bracket
    of spells ('(1978–1988, 2003–2006)'), whose opening bracket or comma stands where 'from' would."""
    inside = [m for b in _BRACKET.finditer(sentence) for m in _BRACKET_SPELL.finditer(sentence, b.start(), b.end())]
    return sorted([*_TERM_SPAN.finditer(sentence), *inside], key=lambda m: m.start())


def _term_text(term: Term) -> str:
    def day(d: dt.date | None) -> str:
        return f"{d.day} {d:%B %Y}" if d else "present"

    return f"{day(term.start)} – {day(term.end)}"


def _term_span(claim: Claim) -> tuple[int, int | None] | None:
    """The start year the claim gives for a spell ('from 2005', 'since 2012') and the end year the
    sentence adds right after it ('... until 2013'), if any; None when the claim states no spell."""
    years = re.findall(_YEAR_RE, claim.time or "")
    if len(years) != 1:
        return None
    at = claim_start(claim, empty_at_start=True)
    for m in _TERM_SPAN.finditer(claim.sentence):
        inside = at < 0 or at <= m.start() < at + len(claim.text)
        # a spell fronted before the clause ('From 2018 to 2022 he was ...'): the claim's words begin inside it
        inside = inside or m.start() < at < m.end()
        # the time read as the spell's start, or as its end when the claim's own words write the whole spell
        # ('was governor from 2008 to 2013' with the time 2013): either way both years are checked
        if inside and years[0] in {m.group(2), m.group(3) if at >= 0 else None}:
            if m["how"].lower() == "since" and m.group(3):
                return None
            return int(m.group(2)), int(m.group(3)) if m.group(3) else None
    return _taken_up_in(claim, years[0])


# a year right after a post: ' in 2019', ' in May 2019', ' in 2019,'
_OFFICE_POST_WORDS = frozenset(lexicons.load("judging")["offices"]["post_words"])
_IN_THE_YEAR = re.compile(rf"^\s+in\s+(?:[A-Z][a-z]+\s+)?{_YEAR_RE}\b")


def _taken_up_in(claim: Claim, year: str) -> tuple[int, None] | None:
    """'became president in 2019': the year a post was taken up is the start of a spell in it, with no end
    said; None for any other verb (an appointment or an election may come a year before the term it opens)
    or a year not written right after the post the claim's verb takes. A seat ('a member of parliament': a seat row
    names one constituency, not the house) or a post named by its bare head word ('leader', 'president': not every row
    holding it) is left to the page's sentences (review25 B1, B2)."""
    if _predicate(claim) not in _BECAME or not claim.object or not _POST.search(claim.object):
        return None
    said = {w[:5] for w in re.findall(r"[a-z]+", aliases.fold(claim.object))}
    if said & (_MEMBER_STEMS - _STOP_STEMS) or not office_words(claim.object) - _OFFICE_POST_WORDS:
        return None
    text = claim.sentence or claim.text
    at = text.find(claim.object)
    after = _IN_THE_YEAR.match(text[at + len(claim.object) :]) if at >= 0 else None
    return (int(year), None) if after is not None and after.group(1) == year else None


_POST = POST  # the words that make a phrase a post (verify/offices.py)


_GOVERNMENT = re.compile(
    r"(?:the\s+)?(?:(?P<country>[\w\s]+?)(?:'s|’s)?\s+government|government\s+of\s+(?P<of>[\w\s]+))", re.I
)  # "Portugal's government", "the Dutch government", "the government of Portugal"
_LED = frozenset(_WORDS["led"])
_BODY = re.compile(r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of|the|and|[A-Z][\w'’-]*))*")  # 'the House of Representatives'
_SAT = frozenset(_WORDS["sat"])
_BODY_WORDS = frozenset(w.lower() for w in [*aliases.BODY_WORDS, *lexicons.load("organisations")["words"]])


_ACRONYM = re.compile(r"(?:the\s+)?(?P<acronym>[A-Z]{2,6})")
_OWN_PARTY = re.compile(r"(?P<own>(?:his|her|their)\s+party)(?:(?:'s|’s)\s+(?P<rest>[a-z][a-z\s-]*))?")


def _a_body(words: str) -> bool:
    """Whether a leading verb's object names a body: a name ending in a body's word ('the Labour Party'),
    an acronym ('the PSD'), or the subject's own party or a part of it ("his party's parliamentary group")."""
    if _BODY.fullmatch(words) and aliases.fold(words).split()[-1] in _BODY_WORDS:
        return True
    own = _OWN_PARTY.fullmatch(words)
    if own:
        return own["rest"] is None or own["rest"].split()[-1] in _BODY_WORDS
    return _ACRONYM.fullmatch(words) is not None


def _as_the_page_names(office: str, doc: Document) -> str | None:
    """The office in the page's own names: an acronym the page spells out ('Civic Party (PC)') written in
    full, and 'his party' as the one party the infobox gives. None when 'his party' is no one party
    there: it could be any of them."""
    own = _OWN_PARTY.search(office)
    if own:
        parties = [re.sub(r"\s*\([^)]*\)", "", f.value).strip() for f in _fields(doc, ("party",))]
        if len(parties) != 1 or not parties[0]:
            return None  # one party now, another in an earlier office's row: 'his party' is not sure
        office = office[: own.start()] + f"the {parties[0]}" + office[own.end("own") :]
    body = _ACRONYM.fullmatch(office.split(" of ", 1)[-1].strip())
    full = _spelled_out(body["acronym"], doc) if body else None
    # an acronym the page does not spell out stays as written: only a held office with those initials meets it
    return office.replace(body["acronym"], full, 1) if body and full else office


def _spelled_out(acronym: str, doc: Document) -> str | None:
    """The name a page writes just before '(ACRONYM)' whose capitals are the acronym's letters, in any
    order ('Social Democratic Party (PSD)'), without a post written before it ('president of the')."""
    text = " ".join([doc.text, *(f.value for f in doc.infobox)])
    name = r"(?:[A-Z][\w'’-]*\s+(?:(?:of|the|and|for)\s+)*){0,6}[A-Z][\w'’-]*"
    for m in re.finditer(rf"(?P<name>{name})\s*\(\s*{re.escape(acronym)}\s*\)", text):
        words = re.split(r"\s+(?:of|for)\s+(?:the\s+)?", m["name"])
        while len(words) > 1 and _POST.search(words[0]):
            words = words[1:]  # 'President of the Social Democratic Party (PSD)': the party is the acronym's
        full = " of ".join(words)
        if sorted(aliases.initials(full)) == sorted(acronym):
            return full
    return None


_INSTITUTIONS = "|".join(map(re.escape, sorted(_WORDS["led_institutions"], key=len, reverse=True)))
_LED_INSTITUTION = re.compile(rf"(?:the|its|his|her|their)\s+(?P<noun>{_INSTITUTIONS})", re.I)
_LED_OFFICE = re.compile(rf"Leader of the (?P<noun>{_INSTITUTIONS})")


def _institution_terms(office: str, listed: list[Term]) -> list[Term]:
    """'Leader of the bank', read from 'had led the bank': the dated terms of the person's one office whose
    title holds the noun ('Governor of the Reserve Bank of Velmara'), a deputy's or vice's post left out (it
    leads nothing); nothing when no office or two such offices do (which one was led is not said)."""
    m = _LED_OFFICE.fullmatch(office)
    if m is None:
        return []
    noun = re.compile(rf"\b{re.escape(m['noun'])}\b")
    same = [t for t in listed if t.start is not None and noun.search(aliases.fold(t.office.value))]
    heads = [t for t in same if not qualifiers(t.office.value)]  # a deputy governor does not lead the bank
    return heads if len({aliases.fold(t.office.value) for t in heads}) == 1 else []


def _office_named(claim: Claim) -> str | None:
    """The office a spell is in: the clause's object, else the words between its verb and its years
    ('he was Director of Public Prosecutions from 2003' -> 'Director of Public Prosecutions'); None
    when those words name no post."""
    government = _GOVERNMENT.fullmatch((claim.object or "").strip())
    named = government and (government["country"] or government["of"])
    if named and _predicate(claim) in _LED and (country := office_country(named)):
        return f"Prime Minister of {country}"  # leading a country's government is heading it
    seat = re.sub(r"^(?:in|on)\s+", "", claim.object or "")
    if _predicate(claim) in _SAT and _BODY.fullmatch(seat):
        return f"Member of {seat}"  # sitting in a house is membership of it
    body = (claim.object or "").strip()
    if _predicate(claim) in _LED and _a_body(body):
        return f"Leader of {body}"  # leading a party or a body is heading it, whatever its head is called
    if _predicate(claim) in _LED and (led := _LED_INSTITUTION.fullmatch(body)):
        return f"Leader of the {led['noun'].lower()}"  # 'led the bank': the office is found by the noun
    served_under = _served_under(claim)
    if claim.object and not re.search(_YEAR_RE, claim.object) and _POST.search(claim.object) and not served_under:
        head = _post_in_full(claim, claim.object)
    else:  # the object names no post ('was foreign minister under Abe' read with 'Abe' as its object): the words
        text = _without_the_subject(_AGE_ASIDE.sub(" ", claim.text), claim)
        head = _TERM_SPAN.split(text, maxsplit=1)[0] if _TERM_SPAN.search(text) else text
        head = _NOT_OFFICE.sub("", head.strip(" ,"))
        if served_under and head and _POST.search(head) and " under " not in head:
            head = f"{head} under {claim.object}"  # the head of government the term must name, checked as one
    head = _POINTING_OWNER.sub("", head) if head else head
    if head and _POST_ANAPHOR.fullmatch(head.strip(" ,")):
        return _title_given(claim)  # 'who has held the post since 2004': the title the sentence gives its subject
    return head if head and _POST.search(head) else None


# 'held the post', 'has held the job', 'the role': a verb of holding, then a noun standing for a post (lower case: not
# 'the Post', a newspaper)
_POST_ANAPHOR = re.compile(
    rf"(?:[a-z]+\s+)?(?:(?:the|that|this)\s+)?(?:{'|'.join(map(re.escape, _WORDS['post_anaphors']))})"
)
# a title of capitalised words right before the holder's name ('Norbian Foreign Minister Ivo Stam'); one apposed
# right after it (', the foreign minister,')
_TITLE_BEFORE = re.compile(r"(?:[A-Z][\w'’.-]*\s+){1,5}$")
_TITLE_APPOSED = re.compile(r",\s+(?:the\s+)?([a-z][\w\s'’-]{2,60}?),")


def _title_given(claim: Claim) -> str | None:
    """The title the claim's sentence gives its subject, before the name or apposed after it: what 'the post' of
    'who has held the post since 2004' stands for (review43 R9). None when the sentence gives none."""
    sentence, words = claim.sentence, claim.subject.split()
    for name in dict.fromkeys([claim.subject, words[-1] if words else ""]):
        at = sentence.find(name) if name else -1
        if at < 0:
            continue
        before = _TITLE_BEFORE.search(sentence[:at])
        if before and _POST.search(before[0]):
            return re.sub(r"^The\s+", "", before[0].strip())
        after = _TITLE_APPOSED.match(sentence, at + len(name))
        if after and _POST.search(after[1]):
            return after[1].strip()
    return None


# an owner written as a described body's possessive before the post ("was the bank's deputy governor from 2012",
# "the party's deputy leader"): the body named before, whose post it is, not words of the post (as 'her' is not); a
# named owner ("Boeing's chief executive") is kept
_POINTING_OWNER = re.compile(r"^(?:the\s+)?(?:[a-z-]+\s+){0,2}[a-z-]+['’]s\s+(?=\w)")


# 'for European affairs', 'of Norway': what the post is of; 'to the United Nations', 'to Tarsa': where an envoy is sent
# (a name after 'to', not a verb: 'became prime minister to replace ...')
_PORTFOLIO = re.compile(r"\s+(?:(?:of|for)\s+|to\s+(?=(?:the\s+)?[A-Z]))[^,;()\d]+")


def _owner_pointed_at(claim: Claim, office: str) -> bool:
    """Whether the claim's words give the post's owner only by a described body's possessive pointing back
    (`_POINTING_OWNER`: 'was the country's finance minister', 'the bank's deputy governor')."""
    at = claim.text.lower().find(office.lower())
    return at > 0 and re.search(r"\b[a-z-]+['’]s\s+$", claim.text[:at]) is not None


def _owned_otherwise(named: str, office: str, told: str) -> bool:
    """Whether a page's words naming a post ('He was finance minister of Sweden') name its owner ('of Sweden', a
    capitalised name) where the claim's sentence `told` does not: another body's post than the one the claim's
    possessive points back at."""
    at = aliases.fold(named).find(aliases.fold(office))
    m = _PORTFOLIO.match(named, at + len(office)) if at >= 0 else None
    owner = re.sub(r"^\s*(?:of|for)\s+(?:the\s+)?", "", m.group(0)).strip() if m else ""
    return bool(re.match(r"[A-Z]", owner)) and aliases.fold(owner) not in aliases.fold(told)


def _post_in_full(claim: Claim, post: str) -> str:
    """The post the clause's object names, with the 'of' or 'for' words the claim writes right after it, up to its
    years: the parse may cut the object at its head noun ('has been the minister for European affairs since 2023'
    read with 'the minister' as its object), and the bare head would be any ministry's ('Minister of Foreign
    Affairs')."""
    at = claim.text.find(post)
    rest = _PORTFOLIO.match(claim.text, at + len(post)) if at >= 0 else None
    if rest is None:
        return post
    return post + re.split(r"\s+(?:from|since|between|until|under|in|on|after|before|when)\b", rest.group(0))[0]


def _served_under(claim: Claim) -> bool:
    """Whether the clause's object is the head a post was held under, after the years ('was foreign minister from
    1993 to 1994 under President Ada Lorn'): who appointed the minister, not the post held."""
    return bool(claim.object) and re.search(rf"\bunder\s+{re.escape(claim.object or '')}\s*$", claim.text) is not None


def _without_the_subject(text: str, claim: Claim) -> str:
    """The claim's words without the subject's name they open with, however it is written: in full ('António
    Costa was minister of justice'), by the surname, or by the first name ('Srettha was finance minister');
    the name left in would be read as words of the office. Words before the name and its verb ('whose father Ivo
    Stam was prime minister', 'Former minister Ivo Stam was ...') go with it: they tell who the subject is, not the
    post."""
    names = {claim.subject or "", claim.effective_subject or ""}
    forms = sorted({f for n in names for f in [n, *n.split()] if f}, key=len, reverse=True)
    start = text.lstrip()
    for form in forms:
        if re.match(rf"{re.escape(form)}\b", start):
            return _without_an_apposition(start[len(form) :], claim)
    verb = re.search(rf"\b{re.escape(claim.predicate)}\b", start) if claim.predicate else None
    before = [m for f in forms if (m := re.search(rf"(?<!\w){re.escape(f)}\b", start[: verb.start() if verb else 0]))]
    return start[min(before, key=lambda m: m.start()).end() :] if before else text


_PEOPLE = lexicons.load("predicates")["people"]
# a possessive kin description before a succession's other person ('his half-brother', 'her late father,')
_KIN_BEFORE = re.compile(
    rf"^(?:his|her|their)\s+(?:(?:{'|'.join(map(re.escape, _PEOPLE['kin_qualifiers']))})\s+)?"
    rf"(?:{'|'.join(map(re.escape, _WORDS['succession_kin_prefixes']))})?"
    rf"(?:{'|'.join(map(re.escape, _PEOPLE['kin']))})\s*,?\s+(?=[A-Z])"
)


def _without_an_apposition(rest: str, claim: Claim) -> str:
    """The words after the subject's name without an apposition set between commas right before its verb ('Ivo
    Stam, a veteran politician, was prime minister ...'): it tells who the subject is, not the post (review36 R1)."""
    if not claim.predicate:
        return rest
    found = re.match(rf"\s*,[^,;()]+,\s*(?={re.escape(claim.predicate)}\b)", rest)
    return rest[found.end() :] if found else rest


def _taken_over_from(claim: Claim, predicate: str) -> str:
    """The one a post was taken over from, named after 'from' past the verb when the reading gave the clause no object
    ('took over as prime minister from Ana Ruiz in 2019'; review43 B5); '' for none."""
    m = re.search(rf"\b{re.escape(predicate)}\b.*?\bfrom\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)", claim.text)
    return m["name"] if m is not None and predicate in SUCCESSION else ""


def succession_findings(
    claim: Claim, own: list[Document], docs: list[Document], as_of: dt.date | None
) -> list[Finding]:
    """'succeeded Donald Tusk', 'replaced Costa' (a predecessor) and 'handed the leadership to X' (a
    successor): the subject's infobox row for that side, or the other person's row for the opposite
    side. When the sentence names the office, only that office's rows count; another person in that
    row (or, naming no office, in the office the subject held on the article's day) contradicts."""
    predicate = _predicate(claim)
    other = re.sub(r"^(?:to|from|by|as)\s+", "", claim.object or "")  # 'handed ... to Pedro Nuno Santos'
    other = other if _is_name(other) else _taken_over_from(claim, predicate) or other  # '... as X from Ana Ruiz'
    other = _KIN_BEFORE.sub("", other)  # 'succeeded his half-brother Jaber Al-Sabah': the half-brother is the other
    if predicate not in SUCCESSION | HANDED_TO or not _is_name(other):
        return []
    came_before = predicate in SUCCESSION
    # 'was replaced by Andrey Belousov', 'succeeded by X': the object came after the subject; a 'by' elsewhere
    # in the sentence ('appointed by Putin, succeeded Serdyukov') turns nothing round
    by_other = bool(other) and re.search(rf"\bby\s+{re.escape(other)}", claim.text) is not None
    if _PASSIVE.search(claim.text) or by_other:
        came_before = not came_before
    side, opposite = ("predecessor", "successor") if came_before else ("successor", "predecessor")
    out = []
    post = _succession_post(claim, other)
    for doc in own:
        office = _office_in_question(claim, doc, as_of)
        named = office is not None and _names_office(claim, office["office"].value)
        rows = [office[side]] if office is not None and side in office else [] if office else _fields(doc, (side,))
        if office is not None and not named and any(find_person(other, f.value) for f in _fields(doc, (side,))):
            rows = [f for f in _fields(doc, (side,)) if find_person(other, f.value)]  # a past succession, not today's
        # 'succeeded Tom Berg as finance minister': a row of the defence ministry tells another succession
        rows = [f for f in rows if not (post and _row_of_another_post(doc, f, post))]
        for f in rows:
            unit = Unit(doc, field_text(doc, f), f)
            if find_person(other, f.value):
                if not _handover_fits(claim.time, doc, f, side):
                    # the right person, on another day than the claim gives: not all of it is supported, and a day
                    # the row writes otherwise within the claimed year refutes it
                    out += _handed_over_otherwise(claim, unit, f, side, as_of)
                    continue
                done = told_as_done(_up_to_claim(claim))
                later = _handed_over_later(doc, f, side, as_of) if done else None
                out.append(_succession_found(unit, f.value, side, later, done))
            elif office is not None and not f.value.lower().startswith(("vacant", "position established", "office")):
                dated = office == _group_begun_when(claim, doc)  # the sentence dates the handover to its term
                if not _handover_fits(claim.time, doc, f, side) or not (named or dated or _lists_a_career(doc)):
                    continue  # another handover (the claim's year is not this term's), or a page listing one office
                if not named and _another_office_without(claim, doc, side):
                    continue  # the sentence's other office may be the one meant, and the page names none before her
                if _another_post_told(claim, office["office"].value):
                    continue  # 'became chair of the Data Council, succeeding X': the directorship begun then is not it
                held = office["office"]
                spells = [
                    g[side]
                    for g in office_groups(doc.infobox)
                    if side in g and g.get("office") == held and _begun_in_the_when_year(claim, doc, g[side], side)
                ]
                if not _holder_besides_stopgaps(f.value) or any(find_person(other, g.value) for g in spells):
                    continue  # only an acting holder between them, or the person precedes them in another spell of it
                if _told_as_stopgap(other, doc):
                    continue  # 'she succeeded Ivo Stam, the acting prime minister': a row skipping the caretaker
                detail = f"names {f.value} as {side} in {office['office'].value}"
                out.append(Finding(unit, Stance.CONTRADICTS, 90.0, Aspect.MAIN, detail))
    for doc in pages_about(other, docs):
        for f in _fields(doc, (opposite,)):
            if post and _row_of_another_post(doc, f, post):
                continue  # 'succeeded X as secretary-general of the party': X's successor in another post is not it
            if find_person(claim.subject, f.value):
                unit = Unit(doc, field_text(doc, f), f)
                if not _handover_fits(claim.time, doc, f, opposite):
                    # the other's row names the subject on that side, but of a term changing hands on another
                    # day than the claim's: dated from this side too, as from the subject's own rows
                    out += _handed_over_otherwise(claim, unit, f, opposite, as_of)
                    continue
                done = told_as_done(_up_to_claim(claim))
                later = _handed_over_later(doc, f, opposite, as_of) if done else None
                out.append(_succession_found(unit, f.value, opposite, later, done))
    if not out:  # neither person's page tells it: a third holder's page may stand between them
        out = _another_holder_between(claim, other, opposite, own, docs, as_of, post)
    if any(f.stance == Stance.SUPPORTS for f in out):
        return [f for f in out if f.stance == Stance.SUPPORTS]
    return out


def _another_holder_between(
    claim: Claim,
    other: str,
    opposite: str,
    own: list[Document],
    docs: list[Document],
    as_of: dt.date | None,
    post: str,
) -> list[Finding]:
    """'Paetongtarn ... succeeds Prayut', where neither her page nor his tells it: another holder's page names the
    subject on the opposite side of the same office ('Srettha Thavisin', 'Successor: Phumtham Wechayachai (acting),
    Paetongtarn Shinawatra'), so that holder, not the claimed person, handed the office to the subject (or took it
    from them). The office must be the one the sentence names, else the one the subject's own page has them hold on
    the article's day, and not another post than the `post` it names after 'as' (an acting or vice president's
    handovers are not the presidency's: issue 15); the subject named only as a stopgap, or the claimed person named
    in the row too, decides nothing, nor does a handover on another day than the claim's."""
    held = [g["office"].value for d in own if (g := _office_in_question(claim, d, as_of)) is not None]
    # 'handing the central bank to Kazuo Ueda on Sunday': a day without its year is of the article's year, and a
    # third holder's handover ten years before it another succession
    when = claim.time
    if when and as_of is not None and not re.search(_YEAR_RE, when):
        when = f"{when} {as_of.year}"
    out = []
    for doc in docs:
        if doc in own or pages_about(other, [doc]) or not is_person_doc(doc):
            continue
        for group in own_office_groups(doc.infobox):
            row, office = group.get(opposite), group["office"].value
            if row is None or find_person(other, row.value) or not _named_besides_stopgaps(row.value, claim.subject):
                continue
            named = _names_office(claim, office) or any(office_words(h) == office_words(office) for h in held)
            if not (named or _dated_to_the_handover(claim, other, doc, row, opposite, as_of)):
                continue
            if post and _row_of_another_post(doc, row, post):
                continue  # 'as president': an acting or vice president between them hands on another post (issue 15)
            if _spells_of(office, own) > 1:
                continue  # the subject held it twice: the row tells one handover to them, not the other's
            if not _handover_fits(when, doc, row, opposite):
                continue
            detail = f"names {claim.subject} as {opposite} of {doc.title} in {office}, not of {other}"
            out.append(Finding(Unit(doc, field_text(doc, row), row), Stance.CONTRADICTS, 90.0, Aspect.MAIN, detail))
    return out


def _dated_to_the_handover(
    claim: Claim, other: str, doc: Document, row: InfoboxField, side: str, as_of: dt.date | None
) -> bool:
    """Whether the claim's own words date the succession to the day the row's term changed hands ('He was sworn in
    on 6 August, succeeding X' against 'Term ended: 6 August 2025', 'Successor: <the subject>'): the handover the
    sentence tells is that one, so it is of that office though the sentence names none. A day without its year is
    of the article's year; a month or a year alone picks no handover ('In May, Ana Ruiz replaced Tom Berg' as coach
    is not the directorship another page hands her in May: review49 B1)."""
    edge = _handover_written(doc, row, side)
    day = parse_date(edge) if edge else None
    written = claim.time if claim.time and claim.time in claim.text else claim.text.split(other)[0]
    told = {(month, d, year or (as_of.year if as_of else None)) for month, d, year in _days_told(written, None)}
    return day is not None and len(told) == 1 and told == {(day.month, day.day, day.year)}


def _spells_of(office: str, own: list[Document]) -> int:
    """How many spells of the office the subject's own pages list in their office groups."""
    wanted = office_words(office)
    return sum(1 for d in own for g in own_office_groups(d.infobox) if office_words(g["office"].value) == wanted)


def _named_besides_stopgaps(row: str, name: str) -> bool:
    """Whether a succession row names the person as a holder of their own, not only as a stopgap ('Phumtham
    Wechayachai (acting), Paetongtarn Shinawatra' names Paetongtarn; Phumtham only acted)."""
    marked = re.sub(r"\([^)]*\)", lambda m: " (stopgap) " if _STOPGAP.search(m.group(0)) else " ", row)
    parts = re.split(r"[,;]|\band\b", marked)
    return any(find_person(name, part) and "(stopgap)" not in part and not _STOPGAP.search(part) for part in parts)


_DONE = re.compile(r"\b(?:took over|taken over|succeeded|replaced|handed|passed on)\b", re.I)
_TO_COME = re.compile(r"\b(?:is|are|be|being|will|would|to)\s+(?:\w+\s+)?$", re.I)


def told_as_done(text: str) -> bool:
    """Whether the words tell a succession as done: its verb in the past ('succeeded Y', 'handed over last week
    to X', 'was replaced by'), not in the present or the future ('takes over on Wednesday', 'who replaces Y',
    'who is succeeded by X', 'will succeed', 'to be replaced')."""
    m = _DONE.search(text)
    return m is not None and not _TO_COME.search(text[: m.start()])


def _up_to_claim(claim: Claim) -> str:
    """The sentence up to the claim's last word: its verb's auxiliaries may stand before the claim's words
    ('David Beasley, who is succeeded by ...')."""
    at = claim_start(claim)
    return claim.sentence[: at + len(claim.text)] if at >= 0 else claim.text


_AS_POST = re.compile(r"^\s*,?\s*as\s+(?P<post>[^,;:.()]+)")
# 'succeeded Ivo Stam in the premiership': a succession's post after another opening word, up to a word opening
# another clause ('... in the top job and named her cabinet')
_IN_POST = re.compile(
    rf"^\s*,?\s*{_word_pattern(_WORDS['succession_post_openers'])}\s+(?P<post>the\s+[^,;:.()]+?)"
    r"(?=\s+(?:and|but|while|who|which|after|before|when|since|on|in|until)\b|[,;:.()]|$)",
    re.I,
)
_POST_NOUN = re.compile(_word_pattern(list(_WORDS["post_nouns"])), re.I)
_POST_UNNAMED = re.compile(_word_pattern(_WORDS["posts_unnamed"]), re.I)


def _succession_post(claim: Claim, other: str) -> str:
    """The post a sentence names for a succession right after its other person ('succeeded Luís Montenegro as
    secretary-general of the Socialist Party'; for a verb of succession also '... in the premiership', 'followed X
    into the prime minister's office', '... at the head of the government', '... in the top job'), its time left out,
    a noun of holding a post read as its title ('premiership': 'prime minister'); empty when it names none."""
    at = claim.sentence.find(other) if other else -1
    after = claim.sentence[at + len(other) :] if at >= 0 else ""
    m = _AS_POST.match(after) if at >= 0 else None
    if m is None and at >= 0 and _predicate(claim) in SUCCESSION | HANDED_TO:
        m = _IN_POST.match(after)
    post = without_time(m["post"].strip()) if m else ""
    post = _POST_NOUN.sub(lambda n: _WORDS["post_nouns"][n.group(0).lower()], post)
    return post if POST.search(post) or _POST_UNNAMED.search(post) else ""


_A_NAME_AHEAD = re.compile(r"\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*")


def _succeeded_in_another_post(claim: Claim, predicate: str, sentence: str) -> bool:
    """Whether the claim's succession names its post ('succeeded Jon Dahl as defence minister') and the page's
    sentence tells its every succession in another post ('..., whom he had succeeded as Mayor of Halden'): the man
    succeeded there was succeeded in that post, not the claimed one (review46 S1)."""
    if predicate not in SUCCESSION | HANDED_TO:
        return False
    post = _succession_post(claim, re.sub(r"^(?:to|from|by|as)\s+", "", claim.object or ""))
    if not post:
        return False
    told = []
    for verb in re.finditer(r"[A-Za-z]+", sentence):
        if verb.group(0).lower()[:5] not in _relation_stems(predicate):
            continue
        after = sentence[verb.end() :]
        name = _A_NAME_AHEAD.match(after)
        m = _AS_POST.match(after) or (_AS_POST.match(after[name.end() :]) if name else None)
        named = without_time(m["post"].strip()) if m else ""
        named = _POST_NOUN.sub(lambda n: _WORDS["post_nouns"][n.group(0).lower()], named)
        if POST.search(named):
            told.append(named)
    return bool(told) and all(not_the_post(post, named) for named in told)


def _row_of_another_post(doc: Document, row: InfoboxField, post: str) -> bool:
    """Whether an infobox row stands in the group of an office that is not the post named (`not_the_post`: 'Minister
    of Defence' is not 'finance minister')."""
    group = next((g for g in office_groups(doc.infobox) if any(f is row for f in g.values())), {})
    return "office" in group and not_the_post(post, group["office"].value)


def _succession_found(unit: Unit, holder: str, side: str, later: dt.date | None, done: bool) -> Finding:
    """The row naming the claim's other person on that side: support, unless the claim tells the handover as done
    (`told_as_done`) and the handover it dates comes after the article's day, or the row names a successor not yet
    in office (`_successor_to_be`)."""
    if later is None and done and side == "successor" and _successor_to_be(unit):
        detail = f"names {holder} as {side}, but before the handover: the term still runs"
        return Finding(unit, Stance.NEUTRAL, 0.0, Aspect.MAIN, detail)
    if later is None:
        return Finding(unit, Stance.SUPPORTS, 100.0, Aspect.MAIN, f"names {holder} as {side}")
    detail = f"names {holder} as {side}, but dates the handover to {later.isoformat()}, after the article's day"
    return Finding(unit, Stance.CONTRADICTS, 90.0, Aspect.MAIN, detail)


_STOPGAP = re.compile(rf"\b(?:{'|'.join(map(re.escape, _WORDS['stopgap']))})\b", re.I)
_TO_BE_WORDS = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _WORDS["successor_to_be"])
_TO_BE_MARK = re.compile(rf"\([^)]*\b(?:{_TO_BE_WORDS})\b[^)]*\)", re.I)


def _successor_to_be(unit: Unit) -> bool:
    """Whether the successor row names one not yet in office: marked so ('Jon Dahl (designate)', '(elect)',
    '(incoming)'), or in a term whose start the infobox gives and whose end it does not (the term still runs on the
    page's day; review47 S11)."""
    row = unit.field
    if row is None:
        return False
    if _TO_BE_MARK.search(row.value):
        return True
    group = next((g for g in numbered_groups(unit.doc.infobox).values() if g.get("successor") is row), None)
    return group is not None and "term_start" in group and "term_end" not in group


def _told_as_stopgap(name: str, doc: Document) -> bool:
    """Whether a sentence of the page calls the person a stopgap right beside their name ('Ivo Stam, the acting prime
    minister', 'acting prime minister Ivo Stam'; judging.toml clause.stopgap): an infobox's predecessor row may skip
    the caretaker the page's own sentence says was handed over from (review41 R21)."""
    last = re.escape(name.split()[-1])
    before = rf"{_STOPGAP.pattern}(?:\s+[\w'’.-]+){{0,4}}\s+{last}\b"  # 'acting prime minister Ivo Stam'
    after = rf"\b{last},\s+(?:the\s+)?{_STOPGAP.pattern}"  # 'Ivo Stam, the acting prime minister'
    beside = re.compile(f"{before}|{after}", re.I)
    return any(find_person(name, s) and beside.search(s) for s in _sentences(doc))


def _holder_besides_stopgaps(row: str) -> bool:
    """Whether a succession row names a holder who is no stopgap: 'Tomas Vidal, Sara Lind (acting)' names Vidal, the
    predecessor before the acting holder; 'Sara Lind (acting)' alone names none (the claimed person may be the one
    before the acting holder)."""
    marked = re.sub(r"\([^)]*\)", lambda m: " (stopgap) " if _STOPGAP.search(m.group(0)) else " ", row)
    parts = re.split(r"[,;]|\band\b", marked)
    return any(part.strip() and "(stopgap)" not in part and not _STOPGAP.search(part) for part in parts)


def _another_office_without(claim: Claim, doc: Document, side: str) -> bool:
    """Whether the sentence names, outside the succession's own clause, an office the infobox lists with no holder
    on that side ('She succeeded Tom Berg, and was mayor of Norby from 2000 to 2008', its 'Mayor of Norby' giving no
    predecessor): the succession may be in that office, so the office held on the article's day does not refute
    it. An office whose row names another holder leaves today's office to decide."""
    said = office_words(_without_appositions(claim.sentence, claim.subject))
    return any(
        side not in g and (words := office_words(g["office"].value)) and words <= said
        for g in numbered_groups(doc.infobox).values()
        if "office" in g
    )


# the body a succession is told at ('took over from Tom Berg at the Norby Data Council'): its capitalised words
_AT_A_BODY = re.compile(r"\bat\s+the\s+(?P<body>[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,5})")


def _another_post_told(claim: Claim, office: str) -> bool:
    """Whether the sentence tells the succession in a post that is not the office: the post its main clause names
    before a participle ('became chair of the Norby Data Council in March 2021, succeeding Tom Berg', `_post_before`)
    whose post words are not the office's, or a body the succession is told at ('took over from Tom Berg at the Norby
    Data Council') whose words the office lacks. A page's office begun that month (the directorship after Ivo Stam)
    is then another handover, which refutes nothing (review49 R1)."""
    before = _post_before(claim)
    if before and not _names_the_post(before, office):
        return True
    held = office_words(office)
    return any(not office_words(m["body"]) <= held for m in _AT_A_BODY.finditer(_rest_of_clause(claim)))


def _lists_a_career(doc: Document) -> bool:
    """Whether the infobox lists more than one office with terms: a page listing only the office held now
    may leave out the earlier one a succession claim speaks of ('succeeded Boris Yeltsin', on a page
    listing only the presidency from 2012)."""
    return len({t.office.value for t in terms(doc.infobox)}) >= 2


_PASSIVE = re.compile(r"\b(?:was|were|is|are|be|been|being|get|got)\s+(?:\w+\s+)?(?:succeeded|replaced)\b")


def _names_office(claim: Claim, office: str) -> bool:
    """Whether the sentence itself names the office (outside appositions and the subject's title)."""
    return bool(office_words(office) & office_words(_without_appositions(_own_clause(claim), claim.subject)))


def _handover_written(doc: Document, row: InfoboxField, side: str) -> str | None:
    """The day the row's office changed hands, as the infobox writes it: the term's start for a
    predecessor row, its end for a successor row."""
    group = next((g for g in numbered_groups(doc.infobox).values() if g.get(side) is row), None)
    edge = group.get("term_start" if side == "predecessor" else "term_end") if group else None
    return edge.value if edge else None


def _handed_over_later(doc: Document, row: InfoboxField, side: str, as_of: dt.date | None) -> dt.date | None:
    """The handover day of the row when it falls after the article's day: a succession the article tells
    as done ('handed over last week to X', 'succeeded Y') had not happened yet (the successor named before
    taking office)."""
    written = _handover_written(doc, row, side)
    day = parse_date(written) if written else None  # 'April 2023' reads as its first day: never after 3 April
    return day if as_of is not None and day is not None and day > as_of else None


def _handed_over_otherwise(
    claim: Claim, unit: Unit, row: InfoboxField, side: str, as_of: dt.date | None
) -> list[Finding]:
    """The claim's day or month for a succession ('2021 - Donoghue succeeds Yusuf as president on 8 March') against
    the day the row naming that very person dates the handover ('Term Start: February 8, 2021'), written at least
    as precisely: another day of the year the claim gives (or the article's, or its timeline line's, as
    `in_the_articles_year` reads a day without one) refutes it, when the claim names the post and the row is of that
    post. A year alone, a handover still to come ('will succeed', 'is due to'), a row more than a year off (another
    succession the claim may recount) or of another post ('as leader of the Labour Party') decide nothing."""
    written = _handover_written(unit.doc, row, side)
    day = parse_date(written) if written else None
    if day is None or not claim.time or _HANDOVER_TO_COME.search(_up_to_claim(claim)):
        return []
    post = _succession_post(claim, re.sub(r"^(?:to|from|by|as)\s+", "", claim.object or ""))
    group = next((g for g in office_groups(unit.doc.infobox) if any(f is row for f in g.values())), {})
    office = group["office"].value if "office" in group else ""
    heads = [m.group(0).lower() for m in POST.finditer(post)]
    if not heads or heads[-1] not in office.lower() or not specific_words(post) <= specific_words(office):
        return []  # 'succeeded Vidal as Labour leader': the premiership's row dates another handover
    at = precision(claim.time)
    if at == "year" or _RANK[precision(written or "")] < _RANK[at]:
        return []
    if _A_YEAR.search(claim.time):
        want = parse_date(claim.time)
    else:
        dated = in_the_articles_year(claim.model_copy(update={"value": claim.time, "corrected_value": None}), as_of)
        want = parse_date(dated.effective_value or "") if dated is not None else None
    if want is None or same_date(want, day, at) or abs(want - day) > _HANDOVER_NEAR:
        return []
    detail = f"dates the handover to {written}"
    return [Finding(unit, Stance.CONTRADICTS, 90.0, Aspect.MAIN, detail)]


_HANDOVER_TO_COME = re.compile(r"\b(?:will|would|due|scheduled|set\s+to|expected)\b", re.I)
_HANDOVER_NEAR = dt.timedelta(days=366)


def _handover_fits(written: str | None, doc: Document, row: InfoboxField, side: str) -> bool:
    """Whether the claim's date for a succession ('in January', 'in 2014') fits the day the row's office
    changed hands: the term's start for a predecessor, its end for a successor. True when either is
    not given."""
    edge = _handover_written(doc, row, side)
    day = parse_date(edge) if edge else None
    if not written or day is None:
        return True
    years = {int(y) for y in re.findall(_YEAR_RE, written)}
    months = _months_named(written)
    if years and day.year not in years:
        return False
    return not months or months[0] == day.month


def _office_in_question(claim: Claim, doc: Document, as_of: dt.date | None) -> dict[str, InfoboxField] | None:
    """The infobox office group a succession claim is about: the one the sentence names; if the
    sentence names no office, the one the subject held (or took) on the article's day."""
    groups = own_office_groups(doc.infobox)  # a monarch's throne too ('succession', 'reign')
    # '... foreign minister under President Ada Lorn, succeeding X': the head's title names the head's post
    named = office_words(_A_HEAD_HELD_UNDER.sub("", _without_appositions(_own_clause(claim), claim.subject)))
    scored = [(len(office_words(g["office"].value) & named), g) for g in groups]
    best = max((n for n, _ in scored), default=0)
    if best:
        chosen = _nearest_named([g for n, g in scored if n == best], claim)
        # 'has been chancellor ... when he succeeded X': of 'Chancellor' and 'Vice Chancellor', the office
        # whose words the sentence leaves fewest of unsaid is the one it names
        unsaid = [len(office_words(g["office"].value) - named) for g in chosen]
        chosen = [g for g, n in zip(chosen, unsaid, strict=True) if n == min(unsaid)]
        if len(chosen) > 1 and (year := _year_of_when(claim)) is not None:
            # 'first held the office from 2017 to 2020, when he succeeded X': of two spells of one office, the one
            # the time before 'when' opens
            chosen = [g for g in chosen if "term_start" in g and str(year) in _A_YEAR.findall(g["term_start"].value)]
        return chosen[0] if len(chosen) == 1 else None
    after = claim.sentence.split(claim.object or "", 1)[-1] if claim.object else ""
    # only the claim's own clause may name its office: 'He succeeded X, and was head of the city government from
    # 2000' names the post of the clause after it
    own_clause = _without_appositions(_own_clause(claim), claim.subject)
    if _OFFICE_HEAD.search(own_clause) or re.match(r"\s*,?\s+as\s+\w", after):
        return None  # the clause names an office ("... as party treasurer") the infobox does not list
    if (begun := _group_begun_when(claim, doc)) is not None:
        return begun  # 'since January 2020, when he replaced X': the term begun then, whether or not it covers the day
    if as_of is None:
        return None
    held = [t for t in terms(doc.infobox) if t.covers(as_of)]
    latest = max(held, key=lambda t: t.start, default=None)
    return next((g for g in groups if latest is not None and g["office"] == latest.office), None)


# the head a post was held under, with the head's title ('under President Ada Lorn'): not the post held
_A_HEAD_HELD_UNDER = re.compile(r"\bunder\s+(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*")
_WHEN = re.compile(r",\s+when\s+$")


def _year_of_when(claim: Claim) -> int | None:
    """The first year of the time a clause opened by 'when' refers back to ('from 2017 to 2020, when he succeeded
    X', 'since December 2022, when'): the words right before ', when', the clause before it; None when the claim's
    words follow no ', when' or the clause before it gives no year."""
    clause = _clause_before_when(claim)
    years = _A_YEAR.findall(clause) if clause else []
    return int(years[0]) if years else None


def _clause_before_when(claim: Claim) -> str | None:
    """The clause right before the ', when' the claim's words follow ('... and again from 3 May 2019, when she
    succeeded X': ' and again from 3 May 2019'), or None when they follow none."""
    at = claim_start(claim)
    if at < 0:
        return None
    before = claim.sentence[:at]
    if not _WHEN.search(before):
        return None
    return re.split(r"[;:]|,(?=[^,]*,\s+when\s+$)", before)[-1]


def _group_begun_when(claim: Claim, doc: Document) -> dict[str, InfoboxField] | None:
    """The one office group of the page whose term begins in the month and year of the time a 'when' clause refers
    back to ('has led the company since January 2020, when he replaced X' against 'term: January 2020 – August
    2024'): the handover the sentence tells is that term's first day. A year alone dates no term (another post
    begun that year may be the one meant), nor does a month two terms begin in. Without a 'when', the time the
    claim's own words give ('She took over from X in July 2016', 'took office on 29 January 2024, succeeding X')
    dates the handover the same way."""
    clause = _clause_before_when(claim)
    if clause is None:  # the clause's own month and year: the term begun then is the one it took up
        clause = claim.time if claim.time and claim.time in claim.text else claim.text.split(claim.object or "\0")[0]
    months, years = _months_named(clause or ""), _A_YEAR.findall(clause or "")
    if len(set(years)) != 1 or len(months) != 1:
        return None
    year, month = int(years[0]), months[0]
    begun = []
    for group in own_office_groups(doc.infobox):
        start = parse_date(group["term_start"].value) if "term_start" in group else None
        if start is not None and (start.year, start.month) == (year, month):
            begun.append(group)
    return begun[0] if len(begun) == 1 else None


def _begun_in_the_when_year(claim: Claim, doc: Document, row: InfoboxField, side: str) -> bool:
    """Whether a spell's handover (`_handover_written`) falls in the year a 'when' clause dates the succession to
    ('... and again from 3 May 2019, when she succeeded X': the spell begun in 2019); True when the sentence gives no
    such year or the page no such day. A predecessor of another spell of the office is then not the one meant."""
    year = _year_of_when(claim)
    edge = _handover_written(doc, row, side)
    day = parse_date(edge) if edge else None
    return year is None or day is None or day.year == year


def _nearest_named(groups: list[dict[str, InfoboxField]], claim: Claim) -> list[dict[str, InfoboxField]]:
    """Of offices a sentence names equally, those named nearest before the claim's words: 'was Leader of the
    Opposition ... before becoming prime minister ..., succeeding X' is a succession in the later office. Before the
    succession's other person, when the claim's words hold the post too ('she was dean of its law school, succeeding
    X'). A word every such office has (the body's name, in a university's presidency and in a deanship there) places
    none of them nearer. A claim with no words (a claim file's span moved onto nothing) has nothing to stand
    before: all stay."""
    if not claim.text:
        return groups
    at, other = claim_start(claim), claim.object or ""
    person = claim.sentence.find(other, at) if other and at >= 0 else -1
    before = aliases.fold(claim.sentence[:person] if person >= 0 else claim.sentence.split(claim.text, 1)[0])
    shared = set.intersection(*(office_words(g["office"].value) for g in groups)) if len(groups) > 1 else set()

    def last(group: dict[str, InfoboxField]) -> int:
        own = office_words(group["office"].value) - shared or office_words(group["office"].value)
        return max((before.rfind(w) for w in own), default=-1)

    nearest = max((last(g) for g in groups), default=-1)
    return [g for g in groups if last(g) == nearest]


# an apposition or relative clause between commas; and a clause on the object person by 'whom' ('succeeded Ivo Stam,
# under whom she served as vice president'), to a comma or the sentence's end: the post named there is held beside
# or under that person, not the one the succession is in
_APPOSITION = re.compile(r",\s+(?:a|an|the|who|whose|which)\b[^,]*,|,\s+(?:\w+\s+)?whom\b[^,]*(?:,|$)")
_NEXT_CLAUSE = re.compile(r"(?:,\s+(?:and|but|while|whereas)\s|;\s)")


def _own_clause(claim: Claim) -> str:
    """The sentence up to the end of the claim's own clause: 'He succeeded X, and he led the party from
    2013' speaks of the party only in the clause after the succession's."""
    end = claim_start(claim, empty_at_start=True)
    if end < 0:
        return claim.sentence
    end += len(claim.text)
    after = _NEXT_CLAUSE.search(claim.sentence, end)
    return claim.sentence[: after.start()] if after else claim.sentence


def _without_appositions(sentence: str, subject: str = "") -> str:
    """The sentence without its appositions, relative clauses and the title written before the subject's
    name: an office named there describes the person ("Michel, a former Belgian prime minister, ...
    succeeded Donald Tusk", "Security Council Secretary Sergei Shoigu ... was replaced at the ministry"),
    not the post the succession is in; "As President of the European Council, Michel succeeded ..."
    keeps its office."""
    sentence = _APPOSITION.sub("", sentence)
    surname = subject.split()[-1] if subject.split() else ""
    if surname:
        names = "|".join(map(re.escape, subject.split()))
        title = rf"(?:\b[A-Z][\w'’.-]*\s+)+(?={names})(?:[A-Z][\w'’.-]*\s+)*{re.escape(surname)}"
        sentence = re.sub(title, surname, sentence, count=1)
    return sentence


def _same_post(claimed: list[str], written: list[str], initials: set[str] | frozenset[str] = frozenset()) -> bool:
    """'president' and 'President of the International Olympic Committee' name the same post;
    'Dutch politician' and 'President' do not (the first words agree, by stem). A claimed word may be the written
    body's `initials` ('chairman of ISRO' for '10th Chairman of the Indian Space Research Organisation')."""
    stems = {w[:5] for w in written}
    return (
        bool(claimed)
        and bool(written)
        and written[0][:5] == claimed[0][:5]
        and all(w[:5] in stems or w in initials for w in claimed[1:])
    )


def _initials_of(phrase: str) -> set[str]:
    """The initials a claim may write the body of a numbered post by ('isro' of '10th Chairman of the Indian Space
    Research Organisation'), three letters at least: a two-letter run of initials names no body."""
    return {a for a in acronyms(phrase) if len(a) >= 3}


_PHRASE_END = re.compile(r"[,;.()\n]|\s[–—-]\s")
_PHRASE_WORDS = 10  # the most words a rationale quotes of the post an ordinal numbers


def _ordinal_phrase(text: str, start: int) -> str:
    """The post an ordinal numbers, whole ('9th Governor of the Reserve Bank of Australia'), up to the end of
    its phrase: the words the ordinal's match holds may stop at 'of the', which tells the editor nothing."""
    words = _PHRASE_END.split(text[start:], maxsplit=1)[0].split()
    return " ".join(words[:_PHRASE_WORDS])


_HOLDERS_UNNAMED = "|".join(map(re.escape, _WORDS["holders_unnamed"]))
_HOLDER_UNNAMED = re.compile(rf"^\s*(?:{_HOLDERS_UNNAMED})\s+to\s+hold\s+(?P<post>{_THE_OFFICE.pattern})", re.I)


def holder_number_findings(claim: Claim, own: list[Document]) -> list[Finding]:
    """'was the 16th person to hold the post': the order row of the post the sentence names before the claim
    (`_post_said_before`), or with no post named, of the one office the subject's own page numbers (the page may
    number one post of several she held). It supports the same number only: an order row numbers terms, not people,
    so a holder with an earlier term apart is the 24th President and the 23rd person to hold the office."""
    m = _ORDINAL.search(claim.text)
    rest = claim.text[m.start("rest") :] + (after_claim(claim) or "") if m is not None else ""
    if m is None or _HOLDER_UNNAMED.match(rest) is None or (claimed := ordinal_value(m["ord"])) is None:
        return []
    post = _post_said_before(before_claim(claim) + claim.text[: m.start()])  # 'Ana Ruiz, the director, was the'
    numbered = [
        (doc, group)
        for doc in own
        if is_person_doc(doc)
        for group in numbered_groups(doc.infobox).values()
        if "office" in group and "order" in group and (not post or _may_be_the_post(post, group["office"].value))
    ]
    if not post and len({group["office"].value for _, group in numbered}) != 1:
        return []  # several numbered posts, none named: which one the number is of, the words do not say
    out = []
    for doc, group in numbered:
        given = ordinal_value(group["order"].value.strip())
        if given is None or given != claimed:  # another number refutes no count of people (review48 B7)
            continue
        stance = Stance.SUPPORTS
        detail = f"numbers its holder {group['order'].value} of {group['office'].value}"
        unit = Unit(doc, field_text(doc, group["order"]), group["order"])
        out.append(Finding(unit, stance, 90.0, Aspect.MAIN, detail))
    return out


def ordinal_findings(claim: Claim, own: list[Document], docs: list[Document]) -> list[Finding]:
    """'the IOC's ninth president', 'the 24th Constitutional Government', 'its first holder was X':
    the ordinal the page gives the same post (an office row '9th President of ...', an order row, a
    sentence 'the ninth president of ...', an infobox row labelled 'first'); another one contradicts."""
    m = _ORDINAL.search(claim.text)
    if m is None or _bare_rank(claim.object or "") is not None:
        return []  # a bare rank ('ranked 45th on the Korvik 500 list') is the clause's value: `_ranked_otherwise`
    if _ranked_among_some(claim.text, m):
        return _narrowed_rank_findings(claim, m, own)
    claimed = ordinal_value(m["ord"])
    noun = [w for w in re.findall(r"[a-z]+", aliases.fold(m["rest"])) if w not in _STOP][:2]
    whose = _country_of_ordinal(claim.text, m)
    out, elsewhere = [], []
    texts = [t for doc in own for t in _ordinal_texts(doc)] if noun else []
    if noun and not any(is_person_doc(d) for d in own):
        # 'Bach, ..., is the IOC's ninth president' read with the post's owner as the subject: the office
        # rows of the person the copula binds, that name the owner too
        owner = set(re.findall(r"[a-z]{3,}", aliases.fold(claim.subject))) - _STOP
        rows = [t for doc in _holder_pages(claim, docs) for t in _ordinal_texts(doc) if t[0].field is not None]
        texts += [t for t in rows if owner and owner <= set(re.findall(r"[a-z]+", aliases.fold(t[1])))]
    for unit, text in texts:
        for found in _ORDINAL.finditer(text):
            after = [w for w in re.findall(r"[a-z]+", aliases.fold(found["rest"])) if w not in _STOP]
            if not _same_post(noun, after, _initials_of(_ordinal_phrase(text, found.start()))):
                continue
            if first_of_other_kinds(found["rest"], m["rest"]):
                continue  # 'the first Black woman Prime Minister' numbers no Black prime minister (review37 R6)
            names, pronoun = (claim.subject, unit.doc.title), holder.pronoun_of(unit.doc.text)
            if unit.field is None and not holder.said_of(names, text, *found.span(), pronoun):
                continue  # 'the country's first president not to emerge from ...', 'Attal, who was the first ...'
            if unit.field is None and apposed_to_another(text[: found.start()], claim.subject):
                continue  # 'He succeeded Ivo Stam, Norby's fourth president': Stam's rank (review46 S11)
            phrase = _ordinal_phrase(text, found.start())  # the match may stop before 'of Thailand'
            if whose is not None and office_country(phrase) not in {None, whose}:
                # 'Colombia's 66th president' is not numbered by a row for Mexico's 66th president; but the person's
                # own office row for that post in another country says whose post they hold (`_posts_elsewhere`)
                if unit.field is not None and is_person_doc(unit.doc):
                    detail = f"lists {phrase}, the post in another country"
                    elsewhere.append(Finding(unit, Stance.CONTRADICTS, 85.0, Aspect.MAIN, detail))
                continue
            if whose is not None and office_country(phrase) is None and _of_another_country(unit.doc, whose):
                continue  # 'the 22nd chairman of the Joint Chiefs of Staff' on an American's page: not Canada's
            if not _wider_scopes(claim.text, m) <= _wider_scopes(text, found):
                continue  # "Europe's first female prime minister" is not numbered by "the country's first" (R17)
            if _another_deed_ranked(claim, m, text, found, unit.doc.text):
                continue  # 'the first woman to climb Mount Halden' ranks another deed than 'to climb Mount Korvik'
            post = next(iter(_POST.findall(m["rest"])), "")  # 'mayor' of 'first mayor'; no post of 'first woman'
            if _ranked_deed(claim.text + (after_claim(claim) or ""), m.end("ord")) is None and holders_narrowed(
                text, found.end("ord"), post
            ):
                continue  # 'the first mayor of Halden to be born in Tarsa' is no first mayor of Halden (review48 S4)
            if unit.field is None and _ordinal_dated_otherwise(claim, text, found):
                continue  # 'sworn in on 20 March 2020, and again on 20 March 2025 for a second term' (review46 S9)
            given = ordinal_value(found["ord"])
            stance = Stance.SUPPORTS if given == claimed else Stance.CONTRADICTS
            if stance == Stance.SUPPORTS and unit.field is None and _figure_said_of_another(claim.text, text):
                continue  # '... in the first round and 56% in the runoff' numbers the round, not the claim's 56%
            if stance == Stance.SUPPORTS and unit.field is None and _ranks_another_year(claim.text, m, text, found):
                continue  # 'It won the 2023 election, its first victory since 1998': no 2019 election's (review40 R12)
            detail = f"says {phrase}"
            out.append(Finding(unit, stance, 95.0 if stance == Stance.SUPPORTS else 90.0, Aspect.MAIN, detail))
    if noun and not any(is_person_doc(d) for d in own):
        out += _neighbour_numbers(claim, m, noun, whose, docs, _body_led(claim, m))
    if _is_name(claim.object):
        for doc in docs:
            for f in doc.infobox:
                if f.label.lower() in ORDINALS and find_person(claim.object or "", f.value):
                    stance = Stance.SUPPORTS if ORDINALS[f.label.lower()] == claimed else Stance.CONTRADICTS
                    unit = Unit(doc, field_text(doc, f), f)
                    out.append(Finding(unit, stance, 95.0, Aspect.MAIN, f"names {f.value} as its {f.label.lower()}"))
    if any(f.stance == Stance.SUPPORTS for f in out):
        # one person may hold a post twice, each time with its own number (the 45th and the 47th president); and a
        # number the page gives the post, however another row numbers a post of the same initials, is no conflict
        out = [f for f in out if f.stance == Stance.SUPPORTS]
    if _predicate(claim) not in COPULAR and _apposed(claim.text, m):
        # 'Greta Lind, Norby's 12th prime minister, has died aged 75': the apposition is its own claim, and its number
        # no support of the deed beside it (review38 R2); nor, once the page numbers it so, a refutation (review45 F4)
        out = [f for f in out if f.stance != Stance.SUPPORTS]
    if any(f.stance == Stance.SUPPORTS for f in out):
        return out
    # only when the numbered post is the clause's fact ('Colombia's 66th president'), not one beside a day or an
    # event ('was sworn in on 1 October as Colombia's 66th president'): refuting that clause refutes its day too
    return out + (_posts_elsewhere(elsewhere, noun, whose, own) if _predicate(claim) in COPULAR else [])


# the deed an ordinal ranks by, told after its noun ('the first woman to climb Mount Korvik', 'her first visit to
# Tarsa'): the words after 'to', within a few words of the ordinal and up to the clause's stop
_RANKED_DEED = re.compile(r"(?:\s+[\w'’-]+){0,5}?\s+to\s+(?P<deed>[^,;:.()]+)", re.I)
_RANKED_PHRASE = re.compile(r"[^,;:.()]+")


def _ranked_deed(text: str, at: int) -> tuple[str, frozenset[str]] | None:
    """The deed an ordinal ending at `at` ranks by (`_RANKED_DEED`): the stem of its first word (the verb, an auxiliary
    aside, or a preposition's noun) and the names it writes; None when its phrase tells none ('the first woman')."""
    m = _RANKED_DEED.match(text, at)
    if m is None:
        return None
    words = re.findall(r"[\w'’-]+", m["deed"])
    first = next((w.casefold() for w in words if w.casefold() not in _STOP | _AUXILIARIES), "")
    return first[:5], frozenset(aliases.fold(w) for w in words if w[:1].isupper())


def _another_deed_ranked(claim: Claim, m: re.Match[str], text: str, found: re.Match[str], page: str = "") -> bool:
    """Whether the page's ordinal ranks by another deed than the claim's (`_ranked_deed`): 'the first woman to climb
    Mount Halden' for 'the first woman to climb Mount Korvik' (review41 R18), the claim's verb or a name of its deed
    not among the words of the page's deed (or of its ordinal's phrase when it tells none: 'the first woman elected
    prime minister'). The claim's deed may follow its words in the sentence (extraction cuts the clause before 'to');
    a claim telling none is left to the other tests. A deed done to 'it' names what the `page` named last before its
    sentence ('... to climb Mount Korvik. In 1998 she was the first woman to climb it without oxygen.')."""
    claimed = _ranked_deed(claim.text + (after_claim(claim) or ""), m.end("ord"))
    if claimed is None:
        return False
    told = _RANKED_DEED.match(text, found.end("ord")) or _RANKED_PHRASE.match(text, found.end("ord"))
    deed = told.group(told.lastindex or 0) if told else ""
    if (it := _IT_AFTER_THE_VERB.match(deed)) is not None and (named_before := _named_last_before(page, text)):
        deed = f"{deed[: it.start('it')]}{named_before}{deed[it.end('it') :]}"  # the deed done to the thing named
    words = re.findall(r"[\w'’-]+", deed)
    names = {aliases.fold(w) for w in words if w[:1].isupper()}
    # a deed naming nobody may point back at the claim's name by its noun: 'to lead the party' for 'the Norby Party'
    named = claimed[1] <= names or (not names and bool(claimed[1] & {aliases.fold(w) for w in words}))
    given = {w.casefold()[:5] for w in words}
    # 'to lead the court' is 'elected as president of the court': leading a body is holding its head post
    led = claimed[0] in _LEADING_STEMS and bool(given & _HEAD_POST_STEMS)
    # 'to climb' is 'to reach the summit of': one deed in other words (judging.toml clause.one_deed)
    worded = any(claimed[0] in deed and given & deed for deed in _ONE_DEED)
    if (claimed[0] not in given and not led and not worded) or not named:
        return True
    if told and told.lastindex and _deed_of_another_verb(claimed[0], told["deed"]):
        return True
    ours = _RANKED_DEED.match(claim.text + (after_claim(claim) or ""), m.end("ord"))
    if ours and told and told.lastindex and _another_post_held(ours["deed"], deed, text[: found.start()]):
        return True
    return bool(told and told.lastindex and ours) and _deeds_narrowed_apart(ours["deed"], deed, claim, text)


# a ranked deed of holding a post by a noun standing for it ('to hold the post of foreign minister', 'to occupy the
# office'), with the post it names after 'of', if any
_POST_HELD = re.compile(
    rf"[a-z]+\s+(?:the|that|this)\s+(?:{'|'.join(map(re.escape, _WORDS['post_anaphors']))})\b(?:\s+of\s+(?P<post>.+))?"
)
# a post written with capitals, its words linked by 'of', 'for', 'the', 'and' ('Minister of Health')
_CAPITALISED_POST = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|for|the|and)\s+)*[A-Z][\w'’-]*)*")
# the post a clause says its subject took or held, in any case, after its last verb of being or taking ('In 2021 she
# became foreign minister', 'she has been speaker of the parliament'), up to a following agent or time
_POST_TAKEN = re.compile(
    r".*\b(?:became|become|becomes|becoming|been|was|is|as|named|appointed|elected|made)\s+(?:(?:the|a|an)\s+)?"
    r"(?P<post>.+?)(?:\s+(?:by|since|until|after|before|under)\b.*)?$",
    re.I,
)
# what ends a clause before a ranked apposition ('..., the first woman to hold the post')
_CLAUSE_STOP = re.compile(r"[,;:.()]")
# a participle opening a clause that hangs on the one before ('..., becoming the first woman to hold the post')
_PARTICIPLE_OPENING = re.compile(r"\s*(?:(?:[a-z]+ly|thus|thereby)\s+)?[a-z]+ing\b")


def _post_of_the_clause_before(before: str) -> str:
    """The post the clause just before a page's ordinal says its subject took or held, lower case or capitalised
    ('In 2021 she became foreign minister, the first woman to hold the post'; review48 B1), or ''. A participle's
    clause naming none is read through the clause it hangs on ('she was elected speaker of the parliament, becoming
    the first woman to hold the post'; review48b B1)."""
    clauses = _CLAUSE_STOP.split(re.sub(r"[\s,]*(?:\b(?:the|a|an))?\s*$", "", before))
    for clause in reversed(clauses):
        taken = _POST_TAKEN.match(clause.strip())
        if taken and _POST.search(taken["post"]):
            return taken["post"]
        if not _PARTICIPLE_OPENING.match(clause):
            return ""
    return ""


def _another_post_held(ours: str, told: str, before: str) -> bool:
    """Whether a page's ordinal ranks the holders of another post than the one the claim's ranked deed names ('the
    fourth woman to hold the post of foreign minister'): the page's deed names another post after its 'of', or names
    none ('the fourth woman to hold the post') and the post its sentence wrote last `before` the ordinal ('she was
    Minister of Health, the fourth woman to hold the post') is another, or there is none (review47 S1, R1). Both deeds
    must be of holding a post by its noun; a claim naming no post is left to the other tests."""
    claimed, given = _POST_HELD.match(ours.strip()), _POST_HELD.match(told.strip())
    if claimed is None or given is None or not claimed["post"]:
        return False
    post = given["post"]
    if not post:
        post = _post_of_the_clause_before(before)
    if not post:
        posts = [p for p in _CAPITALISED_POST.findall(before) if _POST.search(p)]
        post = posts[-1] if posts else ""
    return not post or not same_office(claimed["post"].strip(), None, post.strip())


_IT_AFTER_THE_VERB = re.compile(r"[\w'’-]+\s+(?P<it>it)\b")  # 'climb it without oxygen'


def _named_last_before(page: str, sentence: str) -> str:
    """The name a page writes last in the sentence before `sentence` ('Mount Korvik' of 'In 1995 she became the first
    woman to climb Mount Korvik.'): what an 'it' opening the next sentence's deed points back to; '' when none."""
    at = page.find(sentence)
    before = re.split(r"(?<=[.!?])\s+", page[:at].strip())[-1] if at > 0 else ""
    runs = re.findall(r"(?<=\s)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*", before)
    return runs[-1] if runs else ""


def _deed_of_another_verb(claimed: str, deed: str) -> bool:
    """Whether a page's ranked deed `deed` words the claim's verb (its stem `claimed`) only as another verb's
    complement after 'to': 'to attempt to climb Mount Korvik' ranks attempts, not climbs (review43 R16); a deed
    opened by the claim's own verb ('to climb Mount Korvik and ski down it') is the claim's."""
    words = [w.casefold() for w in re.findall(r"[\w'’-]+", deed)]
    first = next((w for w in words if w not in _STOP | _AUXILIARIES), "")
    complement = re.search(rf"\bto\s+{re.escape(claimed)}", aliases.fold(deed))
    return bool(first) and first[:5] != claimed and complement is not None


_RANKED_DEED_TIMES = frozenset([*_WORDS["ranked_deed_times"], *(w.casefold() for w in aliases.MONTHS)])


def _narrowing(deed: str, last_name: str) -> set[str]:
    """The stems of the words a ranked deed gives after its last name ('without oxygen' of 'climb Mount Korvik without
    oxygen'), up to another clause: stop words and the words of its time (`ranked_deed_times`, months, figures)
    aside."""
    folded = aliases.fold(deed)
    at = folded.rfind(last_name)
    rest = folded[at + len(last_name) :] if at >= 0 else ""
    rest = rest[: m.start()] if (m := _STRETCH_BREAK.search(rest)) else rest
    return {w[:5] for w in re.findall(r"[a-z-]+", rest) if w not in _STOP and w not in _RANKED_DEED_TIMES}


def _deeds_narrowed_apart(ours: str, told: str, claim: Claim, sentence: str) -> bool:
    """Whether one of two ranked deeds naming the same names is narrowed past its last name in words the other's
    sentence does not write: 'the first woman to climb Mount Korvik without oxygen' (or 'solo', 'in winter') ranks
    among fewer climbers than 'the first woman to climb Mount Korvik', and the other way round (review42 R20); a
    claim's narrowing the page words in part ('without oxygen' for 'without supplemental oxygen') is the page's.
    Deeds naming no name are left to the deed's other tests."""
    names = [w for w in re.findall(r"[\w'’-]+", ours) if w[:1].isupper()]
    if not names:
        return False
    last = aliases.fold(names[-1])
    page_words = {w[:5] for w in re.findall(r"[a-z]+", aliases.fold(sentence))}
    claim_words = {w[:5] for w in re.findall(r"[a-z]+", aliases.fold(claim.sentence or claim.text))}
    narrowed = _narrowing(ours, last)  # the claim's own, worded by the page in its words or some of them
    extra = _narrowing(told, last) - claim_words - _modifiers_before(told, last, narrowed)
    extra |= _narrowed_before(told, names[0]) - claim_words  # 'the north face of Mount Korvik' (review43 B7)
    return bool(extra) or bool(narrowed and not narrowed & page_words)


def _modifiers_before(deed: str, last_name: str, narrowed: set[str]) -> set[str]:
    """The stems of the words a ranked deed gives after its last name right before a word of the claim's narrowing
    ('supplemental' of 'without supplemental oxygen' for 'without oxygen'): the same thing told more fully."""
    folded = aliases.fold(deed)
    words = re.findall(r"[a-z-]+", folded[folded.rfind(last_name) + len(last_name) :]) if last_name in folded else []
    return {w[:5] for w, after in itertools.pairwise(words) if after[:5] in narrowed}


def _narrowed_before(deed: str, first_name: str) -> set[str]:
    """The stems of the words a ranked deed gives between its verb and its first name ('the north face of' of 'scale
    the north face of Mount Korvik'): a part of the thing named, a narrower deed than the whole's; stop words and the
    words of one deed (judging.toml clause.one_deed: 'reach the summit of') aside."""
    folded = aliases.fold(deed)
    at = folded.find(aliases.fold(first_name))
    words = re.findall(r"[a-z-]+", folded[:at])[1:] if at >= 0 else []
    return {w[:5] for w in words if w not in _STOP and w not in _AUXILIARIES and not any(w[:5] in d for d in _ONE_DEED)}


_LEADING_STEMS = frozenset(w[:5] for w in _WORDS["leading_verbs"])
_HEAD_POST_STEMS = frozenset(w[:5] for w in _WORDS["head_posts"])
_ONE_DEED = [frozenset(w[:5] for w in deed) for deed in _WORDS["one_deed"]]


def _ranks_another_deed(claim: Claim, sentence: str) -> bool:
    """Whether every ordinal of the page sentence that numbers the claim's ranks by another deed than the claim's
    (`_another_deed_ranked`): 'she became the first Norbian leader to visit Halden' states no first visit to Tarsa."""
    m = _ORDINAL.search(claim.text)
    if m is None:
        return False
    same = [f for f in _ORDINAL.finditer(sentence) if ordinal_value(f["ord"]) == ordinal_value(m["ord"])]
    return bool(same) and all(_another_deed_ranked(claim, m, sentence, f) for f in same)


# a year before an ordinal that dates what it ranks: not one after a bound ('since 1998', 'born in 1960')
_RANKED_YEAR = re.compile(
    rf"(?<![\w-])(?:(?:{_word_pattern(_WORDS['rank_year_bounds'])})\s+)?((?:1[89]|20)\d\d)\b", re.I
)


def _rank_years(before: str) -> list[int]:
    """The years told before an ordinal that date the thing it ranks ('the 2019 election, its first victory'), those
    after a bound (`rank_year_bounds`: 'since 1998', 'born in 1960') left out."""
    return [int(m.group(1)) for m in _RANKED_YEAR.finditer(before) if m.group(0)[:1].isdigit()]


def _ordinal_dated_otherwise(claim: Claim, text: str, found: re.Match[str]) -> bool:
    """Whether the page's ordinal `found` stands in a part of its sentence `text` dated to other days than the claim's
    ('He was sworn in on 20 March 2020, and again on 20 March 2025 for a second term': the second term is 2025's, so
    it neither supports nor refutes 'sworn in for a second term on 20 March 2020'): the ordinal and the date are read
    from the same part of the sentence (`binding.bound`). False when the claim writes no date or that part none."""
    written = claim.time or ""
    given = binding.bound(found.span(), text, DATE_TEXT) if DATE_TEXT.search(written) else []
    return bool(given) and not _states_time(written, " ".join(d.group(0) for d in given))


def _ranks_another_year(claimed: str, m: re.Match[str], text: str, found: re.Match[str]) -> bool:
    """Whether the page's ordinal `found` of its sentence `text` ranks a thing of other years than the one the claim's
    words date before its ordinal `m`: 'It won the 2023 election, its first victory since 1998' does not rank the 2019
    election (review40 R12). Each year the claim gives must fall outside the years the page gives before its ordinal;
    a claim or a page giving none is not read so."""
    ours, theirs = _rank_years(claimed[: m.start()]), _rank_years(text[: found.start()])
    return bool(ours) and bool(theirs) and all(not min(theirs) <= y <= max(theirs) for y in ours)


# an apposition opening after the subject's comma, before its ordinal: a few words ("Norby's", 'the'), no comma
_APPOSITION_OPENS = re.compile(r"[^,]+,\s+(?:[^,\s]+\s+){0,4}")


def _apposed(text: str, m: re.Match[str]) -> bool:
    """Whether the ordinal `m` of a clause's words stands in an apposition set off by commas after its subject
    ('Greta Lind, Norby's 12th prime minister, has died'), not in the clause's own predicate."""
    return _APPOSITION_OPENS.fullmatch(text[: m.start()]) is not None and "," in text[m.end() :]


def _owner_words(claim: Claim, m: re.Match[str]) -> set[str]:
    """The words that say whose numbered post the claim means: a possessive right before the ordinal ("the central
    bank's 30th governor") and an 'of' phrase after the post ('the 30th governor of the Norby Reserve Bank'), cut to
    stems."""
    at = claim_start(claim)
    before = (claim.sentence[:at] if at > 0 else "") + claim.text[: m.start()]
    last = re.split(r"[,;:]|\b(?:the|a|an|is|was|are|were|be|been|became|becomes)\b", before)[-1]
    possessive = re.search(r"((?:[\w.-]+\s+){0,3}[\w.-]+)['’]s\s+$", last)
    phrase = _ordinal_phrase(claim.text, m.start())
    of = phrase.split(" of ", 1)[1] if " of " in phrase else ""
    words = re.findall(r"[a-z]+", aliases.fold(f"{possessive.group(1) if possessive else ''} {of}"))
    return {w[:5] for w in words if w not in _STOP and len(w) > 2}


_SUCCESSION_VERB = re.compile(rf"\b(?:{'|'.join(map(re.escape, sorted(SUCCESSION | HANDED_TO)))})\s+(?:\w+\s+)?", re.I)


def _succeeded_in_the_sentence(claim: Claim) -> bool:
    """Whether the sentence names the subject as the one a succession verb takes ('when he succeeded Ban Ki-moon as
    its ninth secretary-general', 'handed over to X'): a number there is the other person's."""
    names = [re.escape(n) for n in claim.subject.split() if len(n) > 2]
    return any(
        re.match(rf"(?:[A-Z][\w'’.-]*\s+)*(?:{'|'.join(names)})\b", claim.sentence[v.end() :])
        for v in _SUCCESSION_VERB.finditer(claim.sentence)
    ) if names else False  # fmt: skip


def _neighbour_numbers(
    claim: Claim, m: re.Match[str], noun: list[str], whose: str | None, docs: list[Document], led: str | None = None
) -> list[Finding]:
    """The number of a post whose holder has no page of their own, read off a neighbouring holder's numbered office
    ('31st Governor of the Bank of Japan' with 'Succeeded by Kazuo Ueda': Ueda is the 32nd; its predecessor the
    30th). The claimed number supports; a number next to it contradicts (no one holds two numbers in a row), one
    further off does not (a holder who served twice, apart, has two numbers). Another post, a post of another
    country, or of another owner than the claim names ("the central bank's governor" is no 'Governor of Kestel
    Province'), says nothing. A number of the people `led` a body ('the 32nd person to lead the bank') is the
    number of its head's post, whatever the post is called: an unqualified post named after the body."""
    claimed, owner = ordinal_value(m["ord"]), _owner_words(claim, m)
    if _succeeded_in_the_sentence(claim):
        return []  # 'he succeeded Ban Ki-moon as its ninth secretary-general': the number is the successor's
    out = []
    for doc in docs:
        if not is_person_doc(doc) or find_person(claim.subject, doc.title):
            continue
        for group in numbered_groups(doc.infobox).values():
            office, order = group.get("office"), group.get("order")
            words = office.value.split() if office else []
            number = ordinal_value(order.value.strip()) if order else ordinal_value(words[0]) if words else None
            post = (office.value if order else " ".join(words[1:])) if office else ""
            after = [w for w in re.findall(r"[a-z]+", aliases.fold(post)) if w not in _STOP]
            same = _same_post(noun, after) or (
                led is not None and set(led.split()) <= set(after) and not qualifiers(post)
            )
            if number is None or not same or (whose and office_country(post) not in {None, whose}):
                continue
            if not owner <= {w[:5] for w in after}:
                continue  # the claim names whose post it is, and this post is not theirs
            for side, step in (("predecessor", -1), ("successor", 1)):
                row = group.get(side)
                if row is None or number + step < 1 or not find_person(claim.subject, row.value):
                    continue
                if claimed is None or abs(claimed - (number + step)) > 1:
                    continue  # the same number supports; one further off may be a second spell's
                stance = Stance.SUPPORTS if number + step == claimed else Stance.CONTRADICTS
                detail = f"names {row.value} as the {side} of the {nth(number)} {post}: the {nth(number + step)}"
                out.append(Finding(Unit(doc, field_text(doc, row), row), stance, 90.0, Aspect.MAIN, detail))
    return out


# 'the 32nd person to lead the bank', 'its ninth leader to head the agency': a number among all who led a body (not
# 'the first woman to lead it', a first among some)
_LED_BY_NUMBER = re.compile(
    rf"\s+(?:person|leader)\s+to\s+(?:lead|head|run|govern|chair)\s+(?:the|its)\s+(?P<noun>{_INSTITUTIONS})\b",
    re.I,
)


def _body_led(claim: Claim, m: re.Match[str]) -> str | None:
    """The body whose heads an ordinal numbers when it numbers the people to lead it ('the 32nd person to lead the
    bank': 'bank', read on in the sentence past a claim cut at 'person'), folded; None for an ordinal of a post."""
    at = claim_start(claim)
    led = _LED_BY_NUMBER.match(claim.sentence, at + m.end("ord")) if at >= 0 else None
    return aliases.fold(led["noun"]) if led else None


def _bare_post_abroad(office: str, held_office: str, doc: Document) -> bool:
    """Whether the claim names a country ("Peru's trade minister") and the person's row names none ('Minister of
    Foreign Trade') while the page makes the person of other countries only: the row is their own country's post."""
    claimed = office_country(office)
    return claimed is not None and office_country(held_office) is None and _of_another_country(doc, claimed)


def _of_another_country(doc: Document, country: str) -> bool:
    """Whether a person's page says the person is of other countries only: a post it names bare is theirs."""
    return is_person_doc(doc) and of_other_countries(doc, country)


def _posts_elsewhere(found: list[Finding], noun: list[str], whose: str | None, own: list[Document]) -> list[Finding]:
    """The person's office rows number the claimed post only for another country ('66th President of Mexico'
    against 'Colombia's 66th president'): they contradict, unless any office row of theirs names that post
    for the claimed country, numbered or not (a post held in two countries)."""
    for doc in own:
        for group in office_groups(doc.infobox):
            office = group.get("office")
            words = [w for w in re.findall(r"[a-z]+", aliases.fold(office.value)) if w not in _STOP] if office else []
            post = [w for w in words if ordinal_value(w) is None and not w[0].isdigit()]
            if office and words and _same_post(noun, post) and office_country(office.value) in {None, whose}:
                return []
    return found


# past the post's words ('prime minister of Vestria'), a narrowing word, or 'to' and a verb ('to win')
_NARROWED_RANK = re.compile(
    rf"^\s+(?:[\w'’-]+\s+){{1,5}}?(?:{_word_pattern(_WORDS['ranking_narrowers'])}|\bto\s+(?!the\b)(?-i:[a-z]))", re.I
)


def _narrowed_rank_findings(claim: Claim, m: re.Match[str], own: list[Document]) -> list[Finding]:
    """The support of a rank narrowed past its post ('its first title since 1995', 'the first prime minister born
    after the war'): a page sentence of the subject giving the same rank in the same words, narrowing and all; the
    same rank narrowed otherwise ('its first title since 1987') neither supports nor refutes it (review39 R12). The
    same words with another number ('the first non-Norbian head of the museum since 1901' for 'the second ...') rank
    the subject otherwise among the very same holders: that refutes it, unless some sentence gives the claimed rank."""
    claimed = _rank_words(claim.text, m)
    out = []
    for doc in own:
        for unit, text in _ordinal_texts(doc):
            for found in _ORDINAL.finditer(text):
                given = _rank_words(text, found)
                if given[1] != claimed[1] or given[0] is None or claimed[0] is None:
                    continue
                names, pronoun = (claim.subject, unit.doc.title), holder.pronoun_of(unit.doc.text)
                if unit.field is None and not holder.said_of(names, text, found.start(), found.end(), pronoun):
                    continue  # 'Ivo Stam, who won his first title since 1995': his rank, not the subject's
                if unit.field is None and _ranks_another_year(claim.text, m, text, found):
                    continue  # 'It won the 2023 election, its first victory since 1998': no 2019 one's (review40 R12)
                detail = f"says {_ordinal_phrase(text, found.start())}"
                stance = Stance.SUPPORTS if given[0] == claimed[0] else Stance.CONTRADICTS
                out.append(Finding(unit, stance, 90.0 if stance == Stance.SUPPORTS else 85.0, Aspect.MAIN, detail))
    ranked_so = [f for f in out if f.stance == Stance.SUPPORTS]  # a second spell's rank beside the first's
    return ranked_so or out


def _rank_words(text: str, m: re.Match[str]) -> tuple[int | None, list[str]]:
    """An ordinal's number and the words of its phrase after it, folded ('first title since 1995': 1, title since
    1995)."""
    words = re.findall(r"[a-z0-9]+", aliases.fold(_ordinal_phrase(text, m.start())))[1:]
    return ordinal_value(m["ord"]), [w for w in words if w not in _STOP]


def _ranked_among_some(text: str, m: re.Match[str]) -> bool:
    """Whether the words after an ordinal's post narrow it to some of the post's holders ('the first prime
    minister born after the war', 'the second president to win twice'): a rank among them, which the post's
    numbering ('64th Prime Minister') neither confirms nor refutes. After a perfect copula ('had been the 29th
    president of Korvik University since 1 July 2023') 'since' tells when the post was taken up: no narrowing."""
    rest = text[m.end("ord") :]
    if _PERFECT_RIGHT_BEFORE.search(text[: m.start()]):
        rest = re.split(r"\bsince\b", rest, maxsplit=1)[0]
    return _NARROWED_RANK.match(rest) is not None


_PERFECT_RIGHT_BEFORE = re.compile(r"\b(?:has|have|had)\s+been\s+(?:the\s+)?$", re.I)


_WHOSE = re.compile(r"(?P<whose>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)['’]s?\s+(?:the\s+)?$")


_WIDER_SCOPE = re.compile(rf"\b(?:{'|'.join(map(re.escape, _WORDS['wider_scopes']))})\b")
_POSSESSIVE_BEFORE = re.compile(r"(?P<whose>(?:[\w.-]+\s+){0,2}[\w.-]+)['’]s\s+$")


def _wider_scopes(text: str, m: re.Match[str]) -> set[str]:
    """The places wider than a country that an ordinal is told of (lexicon `wider_scopes`): in a possessive right
    before it ("Europe's first", "the world's first") or in the words of its post ('the first president of Africa')."""
    before = _POSSESSIVE_BEFORE.search(text[: m.start()])
    said = aliases.fold(f"{before['whose'] if before else ''} {_ordinal_phrase(text, m.start())}")
    return set(_WIDER_SCOPE.findall(said))


def _country_of_ordinal(text: str, m: re.Match[str]) -> str | None:
    """The country the claim numbers the post of: a possessive right before the ordinal ('Colombia's 66th
    president') or the words after it ('66th president of Colombia'); None when they name none."""
    before = _WHOSE.search(text[: m.start()])
    return office_country(f"{before['whose'] if before else ''} {_ordinal_phrase(text, m.start())}")


_COPULA = r"(?:is|was|became|becomes|has\s+been|had\s+been|will\s+be|will\s+become)"


def _holder_pages(claim: Claim, docs: list[Document]) -> list[Document]:
    """The person pages of the name a sentence opens with, when its copula, right before the claim, is
    that name's ('Bach, 71, a German former fencer ..., is the IOC's ninth president'): the name, then
    the verb, or one apposition set off by commas and the verb."""
    at = claim_start(claim)
    opening = re.match(r"\s*((?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)", claim.sentence)
    if at <= 0 or opening is None:
        return []
    between = claim.sentence[opening.end() : at]
    if not re.fullmatch(rf"(?:\s*,[^;]*,)?\s*{_COPULA}\s+(?:the\s+)?", between):
        return []
    return [d for d in pages_about(opening.group(1), docs) if is_person_doc(d)]


def _ordinal_texts(doc: Document) -> list[tuple[Unit, str]]:
    """Where a page numbers its subject: office rows ('9th President of ...'), an order row read with
    its office ('13th' + 'Secretary General of NATO'), and the lead's sentences."""
    out = []
    for group in numbered_groups(doc.infobox).values():
        office, order = group.get("office"), group.get("order")
        if office is not None:
            text = f"{order.value} {office.value}" if order is not None else office.value
            unit = Unit(doc, field_text(doc, order or office), order or office)
            out += [(unit, each) for each in each_number(text)]
    return out + [(Unit(doc, s), s) for s in _sentences(doc)[:8]]


_CALLING_PAST = _word_pattern(_WORDS["calling_past"])
_CALLING_COPULA = re.compile(_word_pattern(_WORDS["calling_copulas"]))
_CALLING_NOW = frozenset(_WORDS["calling_now"])
_YEAR = re.compile(r"(?<!\bsince )(?<!\bborn )\b(1[89]\d\d|20\d\d)\b")


def _held_at_a_time(description: str) -> bool:
    """Whether a description is a calling held at a time ('the world champion', 'the defending champion'):
    a definite one that does not itself set it in the past ('the former champion')."""
    folded = aliases.fold(description)
    return folded.startswith("the ") and re.search(_CALLING_PAST, folded) is None


def _gives_it_now(sentence: str, words: set[str], as_of: dt.date | None) -> bool:
    """Whether a page's sentence gives a calling as held in its present: no past word just before its words
    ('a former world champion'), its last copula before them a present one ('is', not 'was'), and no year
    but the article's outside brackets, a 'since' or a 'born' ('the defending champion at the 2019 Open')."""
    first = re.search(rf"\b(?:{'|'.join(map(re.escape, sorted(words)))})", aliases.unaccented(sentence), re.I)
    before = sentence[: first.start()] if first else sentence
    if re.search(rf"{_CALLING_PAST}(?:\s+\S+){{0,2}}\s*$", before):
        return False
    copulas = _CALLING_COPULA.findall(before)
    if copulas and " ".join(copulas[-1].lower().split()) not in _CALLING_NOW:
        return False
    unbracketed = re.sub(r"\([^)]*\)", " ", sentence)
    return as_of is None or all(int(y) == as_of.year for y in _YEAR.findall(unbracketed))


# a rank set off by commas after the subject's name ('Y. V. Chandrachud, the 16th, is the longest-serving')
_APPOSED_RANK = re.compile(rf",\s+the\s+(?P<ord>{_ORD}),", re.I)


def identity_findings(claim: Claim, own: list[Document], as_of: dt.date | None = None) -> list[Finding]:
    """'Bach, a German former fencer': what the subject is. Supported by a sentence of the subject's
    page holding every word of the description, unless it names a post; contradicted by the page's own
    nationality for the subject ('is a German lawyer') when the description gives another."""
    if _predicate(claim) not in COPULAR or not claim.object or _is_name(claim.object) or _ORDINAL.search(claim.object):
        return []
    words = {w[:5] for w in re.findall(r"[a-z]{3,}", aliases.fold(claim.object)) if w not in _STOP}
    # the nationalities the description gives ('a British-Indian banker': both), not a birthplace ('Soviet-born')
    # (an adjective, 'Dutch', not a country's name, 'an envoy to Russia', nor what a post serves, 'envoy to the
    # Ukrainian government')
    claimed = _nationalities(claim.object)
    now_held = _held_at_a_time(claim.object)
    ranks = {n for m in _APPOSED_RANK.finditer(claim.text) if (n := ordinal_value(m["ord"])) is not None}
    out = []
    for doc in own:
        sentences = _sentences(doc)
        for sentence in sentences[:12]:
            have = {w[:5] for w in re.findall(r"[a-z]{3,}", aliases.fold(sentence))}
            # a post in the description ('a former Dutch prime minister') is held at a time: offices over
            # time judge it, not a sentence holding its words on some later day
            if claimed and not claimed <= _nationalities(sentence):
                continue  # a nationality must be given as one ('German'), not only by a country's stem ('to Germany')
            if len(words) >= 2 and words <= have and _words_hold(claim, sentence) and not _POST.search(claim.object):
                spans = _written_together(claim.object, sentence) or _written_together(
                    _ranked_by_its_place(claim.object), sentence
                )
                if not spans:
                    continue  # 'youngest daughter of Yingluck' is not '... daughter of Thaksin ... niece of Yingluck'
                spans = [at for at in spans if not _ranked_below_the_first(claim.object, sentence, *at)]
                if not spans:
                    continue  # "Norby's largest bank" is not "Norby's second-largest bank"
                spans = [at for at in spans if not _rank_shared(claim.object, sentence, at[0])]
                if not spans:
                    continue  # 'the oldest university in Norby' is not 'one of the oldest universities in Norby'
                spans = [at for at in spans if not _ranked_in_another_scope(claim, sentence, *at)]
                if not spans:
                    continue  # 'the largest lender in Norby' is not 'the largest lender to farmers in Norby'
                spans = [at for at in spans if not _told_as_ended(sentence, *at)]
                if not spans:
                    continue  # 'a subsidiary of Norby Bank' is not 'a former subsidiary', nor 'was ... until 2019'
                named = (claim.subject, doc.title)
                spans = [at for at in spans if not holder.titled_name_after(named, sentence, at[1])]
                if not spans:
                    continue  # 'a student of the Nobel laureate Ivo Stam': his description, before his name
                pronoun = holder.pronoun_of(doc.text)
                if not any(holder.said_of((claim.subject, doc.title), sentence, *at, pronoun) for at in spans):
                    continue  # 'succeeding Tom Berg, who was the youngest person to ...': his record, not hers
                if now_held and not _gives_it_now(sentence, words, as_of):
                    continue  # 'Ding, the world champion' is not supported by 'a former world champion'
                if not ranks <= set(ordinals_in(sentence)):
                    continue  # 'Y. V. Chandrachud, the 18th, is the longest-serving': the rank is a value too
                out.append(Finding(Unit(doc, sentence), Stance.SUPPORTS, 90.0, Aspect.MAIN, "describes them so"))
        given = country_in(sentences[0]) if sentences else None
        if claimed and given and given not in claimed and not claimed & _nationalities(sentences[0]):
            # the page's first nationality is another, and it gives none of the claimed ones besides
            # ('a Portuguese-born French lawyer', 'a Portuguese and French lawyer' for 'a French lawyer')
            detail = f"gives another nationality, {given}"
            out.append(Finding(Unit(doc, sentences[0]), Stance.CONTRADICTS, 90.0, Aspect.MAIN, detail))
        out += _nationality_row_findings(claimed, doc)
    return out


def _with_their_states(countries: set[str]) -> set[str]:
    """The countries with the states the nations among them are within ('Scotland' with 'United Kingdom':
    countries.toml `within`): a Scottish jurist is a British one, and a British row does not refute her."""
    return countries | {aliases.WITHIN[c] for c in countries if c in aliases.WITHIN}


def _nationality_row_findings(claimed: set[str], doc: Document) -> list[Finding]:
    """The infobox's nationality row against the nationalities a description gives: a row giving others and none
    of them refutes it ('nationality: Lebanese' for 'a Syrian jurist'). A row is the page's fixed fact, not a state
    its later revision words in the present ('is a Lebanese politician who has been serving as ... since 2025'),
    which is set aside for an earlier article; a row of two ('French, Lebanese') gives both."""
    out = []
    claimed = _with_their_states(claimed)
    for row in _fields(doc, ("nationality", "citizenship")) if claimed else []:
        given = {c for value in row.values if (c := aliases.country_of(value.strip()))} | _nationalities(row.value)
        if given and not claimed & _with_their_states(given):
            detail = f"gives another nationality, {', '.join(sorted(given))}"
            out.append(Finding(Unit(doc, field_text(doc, row), row), Stance.CONTRADICTS, 90.0, Aspect.MAIN, detail))
    return out


# a superlative a place below the first ranks ('second-largest', 'third biggest', '2nd-largest'): not the superlative
_RANKED_SUPERLATIVE = re.compile(rf"\b{_ORD}[-‐ ]+(?P<word>[a-z]+est)\b", re.I)


def _ranked_below_the_first(description: str, sentence: str, start: int, end: int) -> bool:
    """Whether the page words a superlative of the description at `start`..`end` after a rank ('It is Norby's
    second-largest bank' for "Norby's largest bank"; review38 R19), which the description does not give it."""
    claimed = {m["word"].lower() for m in _RANKED_SUPERLATIVE.finditer(description)}
    ranked = _RANKED_SUPERLATIVE.finditer(sentence, max(0, start - 16), end)
    return any(m["word"].lower() not in claimed and m.end() > start for m in ranked)


# a count of more than one ('two', '3'): 'the two oldest' ranks a many
_MANY = rf"(?:{'|'.join(re.escape(w) for w, n in aliases.NUMBER_WORDS.items() if n >= 2)}|\d+)"
# words sharing the superlative after them with an unnamed many ('one of the oldest', "among Norby's two largest",
# 'the two oldest'), or with a named other ('the joint oldest', 'the co-largest')
_SHARED_RANK = re.compile(
    rf"(?:{_word_pattern(_WORDS['shared_ranks'])}\s+(?:the\s+|its\s+|\w+['’]s\s+)?(?:{_MANY}\s+)?"
    rf"|\b(?:the|its|\w+['’]s)\s+{_MANY}\s+|{_word_pattern(_WORDS['joint_ranks'])}[\s-]*)$",
    re.I,
)
# a rank shared by a verb before it in its clause ('It shares with the Tarsa Cup the title of the oldest ...'), or
# with a name fronted before its subject ('With the Tarsa Cup, it is the oldest ...')
_RANK_SHARING = re.compile(rf"{_word_pattern(_WORDS['rank_sharing_verbs'])}(?P<rest>.*)$", re.S)
_SHARED_WITH_FRONTED = re.compile(
    r"^\s*(?:(?i:along|together)\s+with|(?i:with))\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*,"
)


def _rank_shared(description: str, sentence: str, start: int) -> bool:
    """Whether the page shares the description's words at `start` with an unnamed many ('It is one of the oldest
    universities in Norby', 'one of the two oldest' for 'the oldest university in Norby'; review39 R11), or with a
    named other ('the joint oldest', 'With Halden University, it is the oldest ...'), which the description does
    not."""
    before = sentence[:start]
    if _SHARED_RANK.search(before) is not None:
        return not re.search(_word_pattern(_WORDS["shared_ranks"]), description, re.I)
    sharing = _RANK_SHARING.search(before)
    if sharing is not None and _SCOPE_END.search(sharing["rest"]) is None:
        return True
    return _SHARED_WITH_FRONTED.match(before) is not None


# a superlative ('largest', 'most senior'), where the words after one stop scoping it (a clause's stop or a word
# opening another clause), the words that only join a scope ('in Norby', "Norby's"), and an owner before it
_SUPERLATIVE = re.compile(rf"\b(?!(?:{'|'.join(_WORDS['not_superlatives'])})\b)(?:[a-z]+est|most|least)\b", re.I)
_SCOPE_END = re.compile(r"[,;:.()!?]|\b(?:and|but|which|who|whose|that|while|by)\b", re.I)  # 'by assets' measures
_SCOPE_JOINS = frozenset({"the", "a", "an", "in", "of", "to", "for", "among", "at", "on", "s"})
_OWNER_BEFORE = re.compile(r"(?P<owner>[A-Z][\w-]*)['’]s\s+(?:[a-z]+\s+)?$")


def _scope(text: str, start: int, end: int) -> tuple[set[str], bool]:
    """The words scoping the superlative at `start`..`end` of `text`: its owner before it ("Norby's largest") and
    the words after it up to their clause's stop ('lender to farmers in Norby'), joining words aside; and whether
    any owner or joining word scopes it at all ('the longest-serving' alone leaves its scope to the story)."""
    owner = _OWNER_BEFORE.search(text[:start])
    after = re.findall(r"[a-z0-9]+", aliases.fold(_SCOPE_END.split(text[end:], maxsplit=1)[0]))
    words = set(after) | ({aliases.fold(owner["owner"])} if owner else set())
    return words - _SCOPE_JOINS, bool(owner) or any(w in _SCOPE_JOINS - {"the", "a", "an"} for w in after)


def _ranked_in_another_scope(claim: Claim, sentence: str, start: int, end: int) -> bool:
    """Whether the page's superlative, its description's words at `start`..`end`, is scoped otherwise than the
    claim's: a rank holds only among what its words say ('the largest lender to farmers in Norby' is no largest lender
    in Norby, nor 'the largest port in Norby' one in Tarsa; "Norby's largest port" is 'the largest port in Norby';
    review45 R5). A claim that scopes it no way ('is the longest-serving') asks only that the page's words hold its
    own."""
    description = claim.object or ""
    at = claim.sentence.find(description) if description else -1
    claimed = _SUPERLATIVE.search(claim.sentence, at, at + len(description)) if at >= 0 else None
    given = _SUPERLATIVE.search(sentence, start, end)
    if claimed is None or given is None:
        return False
    (ours, scoped), (theirs, _) = _scope(claim.sentence, *claimed.span()), _scope(sentence, *given.span())
    return ours != theirs if scoped else not ours <= theirs


# an end told right after a description's words, in their clause ('It was a state-owned bank until 2010')
_ENDED_AFTER = re.compile(r"[^,;.]{0,30}?\buntil\b", re.I)


def _told_as_ended(sentence: str, start: int, end: int) -> bool:
    """Whether the page tells the description at `start`..`end` as one that no longer holds: a past word just before
    its words ('a former subsidiary of Norby Bank'; judging.toml clause.calling_past) or 'until' after them in their
    clause ('was a subsidiary of Norby Bank until 2019') (review38 R20). A description setting itself in the past
    ('a former subsidiary') holds the past word in its own words, not before them."""
    before = re.search(rf"{_CALLING_PAST}(?:\s+\S+){{0,2}}\s*$", sentence[:start], re.I) is not None
    return before or _ENDED_AFTER.match(sentence, end) is not None


_DESCRIPTION_GAP = 3  # the most words a page may set between two words of a description it gives
# a kin noun made another relative by a hyphened affix ('father-in-law', 'step-father'): predicates.toml `[people]`
_KIN_COMPOUND = re.compile(
    rf"\b(?:(?:{_word_pattern(_PEOPLE['kin_prefixes'])})\s*-\s*(?P<kin>{_word_pattern(_PEOPLE['kin'])})\b"
    rf"|(?P<kin2>{_word_pattern(_PEOPLE['kin'])})\s*-\s*(?:{_word_pattern(_PEOPLE['kin_suffixes'])})\b)"
)


# a superlative ranked within a named place after its noun ('the oldest university in Norby'; predicates.toml
# events.superlative_scopes, as clause extraction keeps it)
_SUPERLATIVE_SCOPES = _word_pattern(lexicons.load("predicates")["events"]["superlative_scopes"])
_RANKED_IN_A_PLACE = re.compile(
    rf"^(?:the\s+)?(?P<ranked>(?:\w+est|most\s+\w+)\b.*?)\s+{_SUPERLATIVE_SCOPES}\s+"
    rf"(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)$"
)


def _ranked_by_its_place(description: str) -> str:
    """A superlative ranked within a named place, as a page words it with the place's possessive: 'the oldest
    university in Norby' -> "Norby's oldest university" (review40 B7); '' for any other description."""
    m = _RANKED_IN_A_PLACE.match(description.strip())
    return f"{m['place']}'s {m['ranked']}" if m else ""


def _written_together(description: str, sentence: str) -> list[tuple[int, int]]:
    """Where the description's words stand in the sentence in its order, a few words apart at most ('a German
    former Olympic fencer' gives 'a German former fencer'): each word bound to the next as the claim binds it, not
    the same words spread over two descriptions of the sentence ('daughter of Thaksin ... a niece of Yingluck')."""
    wanted = [w[:5] for w in re.findall(r"[a-z]{3,}", aliases.fold(description)) if w not in _STOP]
    plain = "".join(unicodedata.normalize("NFD", c)[0] for c in sentence).lower()  # one character for one
    tokens = list(re.finditer(r"[a-z0-9]+", plain))
    have = [t.group(0)[:5] for t in tokens]
    if not _KIN_COMPOUND.search(description.lower()):  # 'the father-in-law of X' is not her father
        kin_at = {m.start(m.lastgroup or 0) for m in _KIN_COMPOUND.finditer(plain)}  # its kin noun's
        have = ["" if t.start() in kin_at else w for t, w in zip(tokens, have, strict=True)]
    found = []
    for start in (i for i, w in enumerate(have) if wanted and w == wanted[0]):
        at, ok = start, True
        for word in wanted[1:]:
            near = range(at + 1, min(len(have), at + 2 + _DESCRIPTION_GAP))
            following = [i for i in near if have[i] == word]
            if not following:
                ok = False
                break
            at = following[0]
        if ok:
            found.append((tokens[start].start(), tokens[at].end()))
    return found


_NATIVE = re.compile(
    rf"^(?:(?:a|an|the)\s+)?(?:{_word_pattern(_WORDS['birthplace_descriptions'])})\s+(?P<place>[A-Z].*)$"
)


def native_findings(claim: Claim, own: list[Document]) -> list[Finding]:
    """'Lowe, a native of Wagga Wagga': the birth place the subject's page gives supports it (read as 'born
    in'); support only, as a native may also be one who grew up there."""
    m = _NATIVE.match((claim.object or "").strip()) if _predicate(claim) in COPULAR else None
    if m is None:
        return []
    born = claim.model_copy(update={"predicate": "born in", "relation": "born in", "place": m["place"], "object": None})
    return [f for f in place_findings(born, own) if f.stance == Stance.SUPPORTS]


_NATIONALITY_WORDS = frozenset(aliases.NATIONALITIES)  # 'Dutch', 'Japanese': words a nationality is written with


_CAPITALISED_RUN = re.compile(r"\b[A-Z][a-z]+(?:[ -‐][A-Z][a-z]+)*\b")
_NOT_A_NATIONALITY_AFTER = re.compile(r"\b(?:to|in|of|to the) $")  # 'an envoy to Russia': what a post serves
_NOT_A_NATIONALITY_BEFORE = re.compile(r"^[-‐](?:born|raised|based|educated|trained)\b")  # 'Soviet-born'


def _nationalities(description: str) -> set[str]:
    """The countries a description gives as nationalities ('a British-Indian banker': both): adjectives,
    not a birthplace ('Soviet-born'), nor a country's name ('an envoy to Russia'), nor what a post serves
    ('envoy to the Ukrainian government'). A run of capitalised words is read by its longest known
    nationalities, so 'a South Sudanese diplomat' gives South Sudan, not Sudan."""
    out: set[str] = set()
    for run in _CAPITALISED_RUN.finditer(description):
        if _NOT_A_NATIONALITY_AFTER.search(description[: run.start()]):
            continue
        words = list(re.finditer(r"[A-Z][a-z]+", run.group(0)))
        i = 0
        while i < len(words):
            for j in range(len(words), i, -1):
                start, end = run.start() + words[i].start(), run.start() + words[j - 1].end()
                phrase = description[start:end]
                if phrase in _NATIONALITY_WORDS and (country := aliases.country_of(phrase)):
                    if not _NOT_A_NATIONALITY_BEFORE.match(description[end:]):
                        out.add(country)
                    i = j
                    break
            else:
                i += 1
    return out


_PRIZE_DEEDS = tuple(_WORDS["prize_deeds"])
_PRIZES = frozenset(lexicons.load("predicates")["events"]["prizes"])
_NOMINATIONS = frozenset(lexicons.load("predicates")["events"]["nominations"])
# 'awarded' said of the one given the prize: 'was awarded', 'has been awarded', 'awarded her', not 'she awarded it'
_AWARDED_TO_THEM = re.compile(
    r"\b(?:was|were|been|being|is|are)\s+(?:\w+\s+)?awarded\b|\bawarded\s+(?:him|her|them)\b", re.I
)


def sentence_findings(claim: Claim, own: list[Document], as_of: dt.date | None = None) -> list[Finding]:
    """Support only: a sentence of the subject's page, among the passages ranked best for the claim,
    that words the relation and holds every checkable value of the claim; for a prize, one that tells it
    given with another verb of the same deed (`_as_another_prize_deed`)."""
    found = _sentence_findings(claim, own, as_of)
    for other in _as_another_prize_deed(claim) if not any(f.stance == Stance.SUPPORTS for f in found) else ():
        found += [
            f
            for f in _sentence_findings(other, own, as_of)
            if f.stance == Stance.SUPPORTS and _prize_given_to_the_subject(_predicate(other), f.unit.text, claim.object)
        ]
    return found


def _as_another_prize_deed(claim: Claim) -> list[Claim]:
    """'Nina Moe won the Nobel Prize in Chemistry' as 'was awarded' and 'received' it (judging.toml clause
    prize_deeds; review42 R6): the same deed when the object names a prize and the subject is the one given it
    ('was awarded', not 'the academy awarded'). None for any other clause."""
    predicate = _predicate(claim)
    words = {w.rstrip("s") for w in re.findall(r"[a-z]+", aliases.fold(claim.object or ""))}
    if predicate not in _PRIZE_DEEDS or not words & _PRIZES:
        return []
    if predicate == "awarded" and not _AWARDED_TO_THEM.search(claim.text):
        return []
    return [claim.model_copy(update={"predicate": p, "relation": p}) for p in _PRIZE_DEEDS if p != predicate]


def _prize_given_to_the_subject(predicate: str, sentence: str, prize: str | None) -> bool:
    """Whether a page sentence tells the prize given to its subject under `predicate`: 'awarded' only as given to
    them, never a nomination for it ('received a nomination for the Nobel Prize'), the prize the verb's own object
    ('was awarded a grant by the Korvik Prize foundation' gives no prize), and not received for another ('on behalf
    of her late husband': judging.toml clause.for_another; review43 B4)."""
    nominated = any(w.rstrip("s") in _NOMINATIONS for w in re.findall(r"[a-z]+", aliases.fold(sentence)))
    if nominated or (predicate == "awarded" and _AWARDED_TO_THEM.search(sentence) is None):
        return False
    return _the_verbs_object(predicate, sentence, prize or "") and _FOR_ANOTHER.search(sentence) is None


_FOR_ANOTHER = re.compile(rf"\b(?:{'|'.join(map(re.escape, _WORDS['for_another']))})\b", re.I)


def _the_verbs_object(verb: str, sentence: str, thing: str) -> bool:
    """Whether `thing` ('the Korvik Prize') is what follows `verb` in the sentence, past an object pronoun, an article
    and a year ('awarded her the 2020 Korvik Prize'), or the verb's object in the sentence's parse (`_objects_of`),
    not a noun after or inside the verb's own object ('a grant by the Korvik Prize foundation')."""
    name = re.sub(r"^(?:the|an?)\s+", "", aliases.fold(thing).strip())
    pattern = rf"\b{re.escape(verb)}\s+(?:(?:him|her|them)\s+)?(?:(?:the|an?)\s+)?(?:\d{{4}}\s+)?{re.escape(name)}\b"
    if not name:
        return False
    return re.search(pattern, aliases.fold(sentence)) is not None or any(
        o == name or o.endswith(f" {name}") for o in _objects_of(verb, sentence)
    )


_OBJECTS = frozenset({"dobj", "obj", "dative", "attr", "oprd"})


def _objects_of(verb: str, sentence: str) -> list[str]:
    """The objects of each `verb` of the sentence in its parse, each with the words before its head and none after
    (folded): 'was awarded the prestigious Korvik Prize', "received Norby's Korvik Prize for fiction", 'was awarded
    both the Korvik Prize and the Tarsa Medal' (review44 B6)."""
    from verify.nlp import parse  # late, as the other parse readers here

    doc = parse(sentence).doc
    heads = [c for t in doc if t.lower_ == verb for c in t.children if c.dep_ in _OBJECTS]
    return [aliases.fold(doc[o.left_edge.i : o.i + 1].text) for o in heads]


_PRIZE_HOLDER_NOUNS = frozenset(_WORDS["prize_holder_nouns"])
_PRIZE_ENTRANT_CLASSES = frozenset(_WORDS["prize_entrant_classes"])
_NAME_MODIFIES = frozenset({"compound", "poss", "nmod", "amod"})


def _named_after_the_prize(prize: str, sentence: str) -> bool:
    """Whether every mention of the claimed prize in the page sentence names another thing after it (review45 R9): the
    name modifying another noun ('the Korvik Prize's runner-up medal', 'a Korvik Prize fellowship', 'the Korvik Prize
    shortlist', not 'the Korvik Prize winner': judging.toml clause.prize_holder_nouns), or a prize of its own for a
    class of entrants ('the Korvik Prize for Young Writers': clause.prize_entrant_classes). Prizes only (predicates.toml
    events.prizes); False when the sentence does not name it."""
    from verify.nlp import parse  # late, as the other parse readers here

    name = re.sub(r"^(?:the|an?)\s+", "", (prize or "").strip(), flags=re.I)
    if not {w.rstrip("s") for w in re.findall(r"[a-z]+", aliases.fold(name))} & _PRIZES:
        return False
    mentions = [m.span() for m in re.finditer(rf"\b{re.escape(name)}\b", sentence, re.I)]
    if not mentions:
        return False
    doc = parse(sentence).doc
    for start, end in mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        last = span[-1]
        if last.dep_ in _NAME_MODIFIES and last.head.i > last.i and last.head.lower_ not in _PRIZE_HOLDER_NOUNS:
            continue  # a Korvik Prize fellowship, the Korvik Prize's runner-up medal (the name a possessive)
        if _nomination_after(last):
            continue  # 'received a Korvik Prize shortlisting in 1995', the noun parsed as a participle
        if any(
            c.dep_ == "prep" and c.lower_ in {"for", "in"} and {t.lower_ for t in c.subtree} & _PRIZE_ENTRANT_CLASSES
            for c in last.children
        ):
            continue  # the Korvik Prize for Young Writers
        return False
    return True


def _nomination_after(last: Token) -> bool:
    """Whether the word right after a prize's name is a noun of being put forward for it (predicates.toml
    events.nominations: 'shortlist', 'nomination'), which the parse may read as a participle hanging on the name ('a
    Korvik Prize shortlisting in 1995'): the name modifies it, and the prize was not given."""
    after = last.nbor() if last.i + 1 < len(last.doc) else None
    if after is None or after.is_punct or not after.is_lower:
        return False
    return any(after.lower_.startswith(noun) for noun in _NOMINATIONS)


def _sentence_findings(claim: Claim, own: list[Document], as_of: dt.date | None = None) -> list[Finding]:
    values = _values(claim)
    predicate = _predicate(claim)
    if not values or predicate in COPULAR:
        return []
    out = []
    undated = claim.model_copy(update={"text": _A_YEAR.sub(" ", claim.text)})
    for doc in own:
        against: list[Finding] = []
        query = " ".join([claim.text, *(v for _, v in values)])
        for _, passage in rank(query, passages(doc.text))[:5]:
            for sentence in passage.sentences():
                if not _mentions_relation(predicate, sentence) or not _words_hold(undated, sentence):
                    continue  # (its year aside: another year may date the same event)
                if not _said_of_the_subject(claim, doc, values, sentence):
                    continue  # 'Her husband has been leader of the Green League since 2019': the husband's
                post = claim.object or _post_after_verb(claim)
                if _within_another_post(post, sentence) or _every_post_is_another(post, sentence, _titled_otherwise):
                    continue  # 'deputy leader of the Green League', '... the Green League youth wing', 'Shadow
                    # Minister of Trade': another post
                if _every_post_is_another(post, sentence, _another_portfolio):
                    continue  # 'Minister of Defence Industry' for 'defence minister': a sibling portfolio (S14)
                if _only_as_anothers_title(post, sentence, (claim.subject, doc.title)):
                    continue  # 'chief of staff to President Ivo Stam': the post is the title of the one he serves
                if not _title_stated(post, sentence):
                    continue  # 'elected governor' for 'elected mayor': the office a step leads to is its fact
                if _another_thing_of_its_kind(claim.object or "", sentence):
                    continue  # 'won a silver medal ..., behind the gold medal winner' for 'won a gold medal'
                if not _thing_worded(claim.object or "", sentence, claim.text):
                    continue  # 'won a majority in 2023' is not stated by 'in the 2023 election it won 61 seats'
                if _contest_only_a_setting(claim.object or claim.value or "", sentence, claim.text):
                    continue  # 'won the 2019 election' is not stated by 'In the 2019 election it won 52 of the 150'
                if not _numbered_alike(claim.object or "", sentence):
                    other = _ranked_otherwise(claim, predicate, values, sentence)
                    if other is not None and all(_holds(kind, v, sentence) for kind, v in values):
                        detail = f"gives it as {nth(other)}, not {claim.object}"
                        out.append(Finding(Unit(doc, sentence), Stance.CONTRADICTS, 85.0, Aspect.MAIN, detail))
                    continue  # 'won the Korvik Open in 2019' for 'won his first major in 2019': which one is unsaid
                held = [kind for kind, v in values if _holds(kind, v, sentence)]
                if (
                    len(held) == len(values)
                    and _words_hold(claim, sentence)
                    and _time_bound(claim, sentence)
                    and not _other_words_in_its_place(claim, predicate, values, sentence)
                    and not _another_clauses_verb(claim, predicate, values, sentence)
                    and not _parties_swapped(claim, predicate, doc, sentence)
                    and not _taken_by_another_deed(claim, predicate, sentence)
                    and not _deed_noun_of_another(claim, predicate, sentence)
                    and not _told_as_undone(sentence, _relation_stems(predicate))
                    and not _dated_otherwise(claim, sentence, _relation_stems(predicate))
                    and not _done_by_someone_of_theirs(claim, sentence, _relation_stems(predicate))
                    and not _first_step_for_a_repeat(claim, predicate, values, sentence)
                    and not _values_of_other_deeds(claim, predicate, values, sentence)
                    and not _names_placed_by_another_deed(claim, predicate, values, sentence)
                    and not _tied_otherwise(claim, predicate, values, sentence)
                    and not _ranks_another_deed(claim, sentence)
                    and not _another_category(claim, sentence)
                    and not _a_running_spell_told_as_ended(claim, sentence, as_of)
                    and not _a_present_deed_told_as_ended(claim, sentence, as_of)
                    and not _aside_dated_otherwise(claim, sentence, as_of)
                    and not _figure_said_of_another(claim.text, sentence)
                    and not _figure_of_another_clause(claim.text, predicate, sentence)
                    and not _figure_owned_by_another(claim, sentence)
                    and not _change_told_otherwise(claim.text, sentence)
                    and not _named_after_the_prize(claim.object or "", sentence)
                    and not _succeeded_in_another_post(claim, predicate, sentence)
                    and not _area_left_out(claim, predicate, sentence)
                ):
                    if _another_side(claim, predicate, values, sentence):
                        # 'was found guilty of fraud in 2021' for 'found not guilty': the same deed, the other side;
                        # a sentence telling both sides ('pleaded not guilty ... but later pleaded guilty') refutes none
                        if len({_SIDES[m.group(0).strip().lower()] for m in _SIDE.finditer(sentence)}) == 1:
                            detail = "states the other side of it"
                            out.append(Finding(Unit(doc, sentence), Stance.CONTRADICTS, 85.0, Aspect.MAIN, detail))
                        continue
                    detail = "states it"
                    out.append(Finding(Unit(doc, sentence), Stance.SUPPORTS, 90.0, Aspect.MAIN, detail))
                elif (other := _another_year_bound(claim, predicate, sentence)) is not None and all(
                    kind == "time" or kind in held for kind, _ in values
                ):
                    detail = f"dates {claim.object or _taken_after_verb(claim)} to {other}"
                    against.append(Finding(Unit(doc, sentence), Stance.CONTRADICTS, 85.0, Aspect.MAIN, detail))
        refuting = {f.unit.text for f in against}  # the sentence dating the object otherwise tells its own year
        if not any(_year_with_the_object(claim, s) for s in _sentences(doc) if s not in refuting) and not any(
            told_again(s, _relation_stems(predicate)) and _mentions_relation(predicate, s, repeated=True)
            for s in _sentences(doc)
        ):
            out += against  # a page giving the object the claimed year elsewhere ('acting ... in 2004'), or telling
            # the event as one of several ('re-elected in 2016'), is not against
    return out


# words that say nothing of what the verb took ('she', 'was', 'also', 'the'): neither wanted nor a substitute
_FILLER = frozenset([*_STOP, *_WORDS["not_office"]])
_STRETCH_BREAK = re.compile(rf"[,;]|\b(?:{'|'.join(_WORDS['clause_breaks'])})\b")


def _other_words_in_its_place(claim: Claim, predicate: str, values: list[tuple[str, str]], sentence: str) -> bool:
    """Whether the sentence sets other common words where the claim has its own, between the verb and the first of
    the claim's values: 'won silver in the 1500 metres' against 'won the gold medal in the 1500 metres ... and the
    silver medal at ...' ('gold medal' before the 1500 metres, 'silver' told of another race), 'studied law at the
    University of Korvik' against 'studied economics at ...', 'a doctorate in physics from' against 'a doctorate in
    chemistry from'. The words that tell which of its kind (a medal's colour, a place, a field) are what the claim
    says; a page wording none in their place ('won gold' for 'won the gold medal') is left to the other tests."""
    kind, value = values[0]
    written = _value_position(kind, value, claim.text)
    verb = _stem_position(_relation_stems(predicate), claim.text, len(claim.text))
    on_page = _value_position(kind, value, sentence)
    if written is None or verb is None or on_page is None:
        return False
    wanted = _common_words(claim.text[verb[1] : written])
    before = sentence[:on_page]
    said = _stem_position(_relation_stems(predicate), before, on_page)
    have = _common_words(before[_stretch_start(before, said[1] if said else 0) :], capitals=True)
    article = _common_words(claim.sentence or claim.text) | _common_words(claim.text)
    return bool(wanted - have) and bool(have - article)


_SIDES = {word: side for side, words in _WORDS["sides"].items() for word in words}
_SIDE = re.compile(rf"\s+(?:{'|'.join(map(re.escape, sorted(_SIDES, key=len, reverse=True)))})\b", re.I)


def _side(text: str, verb: tuple[int, int] | None, value_at: int) -> str | None:
    """The side the verb at `verb` takes on the value at `value_at`: the side word nearest before the value
    ('for' of 'voted for the budget', of 'ran against Ivo Stam for president', 'against' of 'voted for the 2021
    budget but against the 2022 budget'); of a verb after the value, the side right after it ('not guilty' of 'In
    2021 he pleaded not guilty to fraud'); None when none stands there."""
    if verb is None:
        return None
    if verb[1] > value_at:
        after = _SIDE.match(text, verb[1])
        return _SIDES[after.group(0).strip().lower()] if after else None
    found = list(_SIDE.finditer(text, verb[1], value_at))
    return _SIDES[found[-1].group(0).strip().lower()] if found else None


def _verb_taking(stems: frozenset[str], text: str, at: int) -> tuple[int, int] | None:
    """The relation's verb read with the value at `at`: the last before it, else the first after it ('In 2021 he
    pleaded not guilty')."""
    before = _stem_position(stems, text, at)
    if before is not None:
        return before
    after = next((m for m in re.finditer(r"[A-Za-z]+", text[at:]) if m.group(0).lower()[:5] in stems), None)
    return (at + after.start(), at + after.end()) if after else None


def _another_side(claim: Claim, predicate: str, values: list[tuple[str, str]], sentence: str) -> bool:
    """Whether the sentence's verb takes the other side from the claim's: 'voted against the 2021 budget' for 'voted
    for the 2021 budget', 'In 2021 he pleaded not guilty' for 'pleaded guilty in 2021' (judging.toml clause.sides).
    The verb read on each side is the relation's last before the first value, else its first after it."""
    kind, value = values[0]
    stems = _relation_stems(predicate)
    written, on_page = _value_position(kind, value, claim.text), _value_position(kind, value, sentence)
    if written is None or on_page is None:
        return False
    claimed = _side(claim.text, _verb_taking(stems, claim.text, written), written)
    given = _side(sentence, _verb_taking(stems, sentence, on_page), on_page)
    return claimed is not None and given is not None and claimed != given


# a coordinated clause's start: 'and' or 'but', then a verb, a past form or one holder.toml lists, after any adverbs
# ('and lost', 'but later narrowly opposed', 'and was re-elected'); 'and the 2019 election', 'and again in 2023'
# coordinate no verb
_COORDINATOR = re.compile(r"\b(?:and|but)\s+(?P<words>(?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)")
_WORDS_HOLDER = lexicons.load("judging")["holder"]
_A_VERB = frozenset(_WORDS_HOLDER["verbs"])
_ADVERBS = frozenset(["then", "also", "later", "again", "subsequently", "eventually", "once", "twice"])


def _a_verb(word: str) -> bool:
    """Whether a lower-case word reads as a verb: a past form ('opposed') or one holder.toml lists ('won', 'lost')."""
    return word in _A_VERB or (len(word) > 4 and word.endswith("ed"))


def _opens_a_clause(stretch: str) -> bool:
    """Whether `stretch` holds 'and' or 'but' opening another verb's clause."""
    for m in _COORDINATOR.finditer(stretch):
        for word in m["words"].split():
            if _a_verb(word):
                return True
            if word not in _ADVERBS and not word.endswith("ly"):
                break
    return False


_PREPOSITION = re.compile(rf"\b(?:{'|'.join(w for w in _STOP if w not in {'the', 'a', 'an', 'and'})})\b", re.I)


def _another_clauses_verb(claim: Claim, predicate: str, values: list[tuple[str, str]], sentence: str) -> bool:
    """Whether the sentence gives one of the claim's values the claim's verb takes itself (no preposition between
    them) in a coordinated clause of another verb than the relation's: 'She won the 2023 election and lost the 2019
    election' gives 'lost' no 2023 election and 'won' no 2019 one; 'She supported the 2016 treaty but opposed the
    2020 treaty' opposes no 2016 treaty. The relation's verb must come before the value with no such clause between,
    or, where none comes before it, the value must stand in no other verb's clause before the relation's coordinated
    one ('In 2019, she ran and won' dates both)."""
    stems = _relation_stems(predicate)
    for kind, value in values:
        at, written = _value_position(kind, value, sentence), _value_position(kind, value, claim.text)
        claimed = _stem_position(stems, claim.text, written) if written is not None else None
        if at is None or claimed is None or _PREPOSITION.search(claim.text[claimed[1] : written]):
            continue  # only what the verb takes itself: 'earned a law degree from X in 1986' may read X and the year
            # off 'studied at X, earning his law degree in 1986'
        verb = _stem_position(stems, sentence, at)
        if verb is not None:
            if _opens_a_clause(sentence[verb[1] : at]):
                return True
            continue
        after = next((m for m in re.finditer(r"[A-Za-z]+", sentence[at:]) if m.group(0).lower()[:5] in stems), None)
        own = re.split(r"[,;]", sentence[:at])[-1]  # the value's own clause so far: 'She supported the'
        if after and _opens_a_clause(sentence[at : at + after.end()]) and any(map(_a_verb, own.lower().split())):
            return True  # (a fronted 'In 2019, she ran and won' dates both verbs)
    return False


_PERSONAL = {"she": frozenset({"she", "her"}), "he": frozenset({"he", "him"})}


def _party(claim: Claim, words: str | None, names: tuple[str, ...], pronoun: str | None) -> str | None:
    """Which of the claim's two parties `words` (a verb's doer or the one it acts on) are: 'object' when they name
    the claim's object, 'subject' when they name its subject (by `names`) or are a personal pronoun (the page's
    own, `pronoun`, on a page that tells it); None when neither."""
    if not words:
        return None
    wanted = re.sub(r"^(?:the|a|an)\s+", "", _thing_taken(claim), flags=re.I)
    if wanted and (find_person(wanted, words) or aliases.fold(wanted) in aliases.fold(words)):
        return "object"
    said = _PERSONAL.get(pronoun or "", _PERSONAL["she"] | _PERSONAL["he"])
    if words.lower() in said or any(n and find_person(n, words) for n in names):
        return "subject"
    return None


def _thing_taken(claim: Claim) -> str:
    """What the claim's verb takes: its object, or the value extraction gives in its place ('the 2019 election' of
    'Eva Lund won the 2019 election')."""
    return claim.object or claim.value or ""


def _someone_else(words: str | None) -> str | None:
    """'another' when a passive page verb's agent, which `_party` reads as neither of the claim's parties, is a name
    (`_is_name`, but no acronym a page may give its own body by): 'She lost the 2019 election, which was won by Ivo
    Stam.' (review39 R10); None otherwise."""
    return "another" if _is_name(words) and not (words or "").isupper() else None


_THEIR_PEOPLE = frozenset(_WORDS_HOLDER["others"])  # 'son', 'husband': someone tied to the owner, not the owner
_SHARED_WITH = frozenset({"with", "alongside"})  # 'Ivo Stam founded it with her': her deed too


def _in_the_subjects_place(
    token: Token | None, verb: Token, claim: Claim, doc: Document, pronoun: str | None
) -> str | None:
    """'another' when the page's party where the claim's subject stands (a verb's doer or the one it acts on) is
    someone else, read off the parse: a relative the subject owns ('police arrested his son', 'voters re-elected
    her husband'), or a proper name none of the subject's names on the page (its title, lead names, first
    sentence; a country by another of its names; an acronym): 'Ivo Stam founded the Norby Party', 'Tarsa joined
    NATO'. A party coordinated with the subject ('his son and him') is the subject's too."""
    if token is None or not agency.party_of(token, verb):
        return None  # a doer the parse lends from another verb: no party of its own
    if verb.tag_ == "VBG" and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return None  # '..., and Assistant Governor in 2009, eventually becoming': a participle's subject is a misparse
    names = (claim.subject, doc.title, *lead_names(doc))
    first = re.split(r"(?<=[.!?])\s+", doc.text, maxsplit=1)[0]
    for one in (token, *token.conjuncts):
        if _party(claim, agency.words_of(one), names, pronoun) == "subject":
            return None
    head = agency.phrase_head(token)
    owners = [c for c in head.children if c.dep_ == "poss"]
    if head.lemma_.lower() in _THEIR_PEOPLE and owners:
        return "another"
    words = " ".join(w for w in agency.words_of(token).split() if not w.isdigit())  # 'In 2015 Halden Bank': a year
    its_own = words.isupper() or aliases.fold(words) in aliases.fold(first)  # an acronym, a name its lead gives
    if head.pos_ != "PROPN" or not _is_name(words) or its_own:
        return None
    country = aliases.country_of(words)
    if country is not None and any(country in {n, aliases.country_of(n)} for n in names if n):
        return None  # 'Britain left the European Union' on the United Kingdom's page
    return "another"


def _shared_with_the_subject(verb: Token, claim: Claim, doc: Document, pronoun: str | None) -> bool:
    """Whether the page verb's deed is told as done with the claim's subject, 'with' hanging on the verb or on what
    it took ('Ivo Stam founded it with her', 'Tarsa signed a trade agreement with it')."""
    names = (claim.subject, doc.title)
    on = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return any(
        g.lower_ in _ITSELF or _party(claim, agency.words_of(g), names, pronoun) == "subject"
        for t in on
        for c in t.children
        if c.dep_ == "prep" and c.lower_ in _SHARED_WITH
        for g in c.children
        if g.dep_ == "pobj"
    )


_ITSELF = frozenset({"it", "them"})  # a body's pronoun, which `_party` leaves to persons' 'she' and 'he'


def _parties_swapped(claim: Claim, predicate: str, doc: Document, sentence: str) -> bool:
    """Whether the sentence gives the verb's doer or the one it acts on as the claim's other party: 'In 2019 she
    was defeated by Ivo Stam' and 'Ivo Stam defeated her' against 'Ana Ruiz defeated Ivo Stam'. Who did it to whom
    is read off the parse, the same way on both sides (`agency.parties`: a passive claim reads as its active twin);
    of a sentence telling the verb twice, one that agrees with the claim keeps it ('Having been succeeded by Jon
    Dahl ..., she succeeded Ivo Stam'). A claim without an object (nor a value in its place, `_thing_taken`) has no
    other party to swap; a name neither party's is someone else's (`_someone_else`)."""
    stems = _relation_stems(predicate)
    claimed, given = agency.parties(claim.text, stems), agency.parties(sentence, stems)
    if not claimed or not given:
        return False
    mine = [_party(claim, words, (claim.subject,), None) for words in claimed[0]]
    names, pronoun = (claim.subject, doc.title), holder.pronoun_of(doc.text)
    year = frozenset(_A_YEAR.findall(claim.time or ""))

    def read(i: int, words: str | None, verb: Token) -> str | None:
        passive_agent = _someone_else(words) if i == 0 and agency.is_passive(verb) else None
        found = _party(claim, words, names, pronoun) or passive_agent
        if found is None and mine[i] == "subject" and not _shared_with_the_subject(verb, claim, doc, pronoun):
            found = _in_the_subjects_place(agency.party_tokens(verb)[i], verb, claim, doc, pronoun)
        return found

    # a deed of another year tells nothing of the claim's, either way ('whom she had defeated in 2015')
    readings = [
        [read(i, words, verb) for i, words in enumerate(pair)]
        for pair, verb in zip(given, agency.told(sentence, stems), strict=True)
        if not _of_another_year(verb, year)
    ]

    def told(theirs: list[str | None], same: bool) -> bool:
        return any(m is not None and t is not None and (m == t) == same for m, t in zip(mine, theirs, strict=True))

    return any(told(t, same=False) for t in readings) and not any(
        told(t, same=True) and not told(t, same=False) for t in readings
    )


def _head_taken(text: str, stems: frozenset[str]) -> str | None:
    """The lemma of the common noun the claim's verb takes (its object, or a passive's subject), no figure's:
    'election' of 'Eva Lund won the 2018 presidential election'; None when it takes none, a name ('representing
    Tarsa', which a page may word otherwise: 'as a member for Tarsa') or a figure ('won 36.2% of the vote')."""
    for verb in agency.told(text, stems):
        taken = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and c.pos_ != "PRON"), None)
        if taken is None or any(t.like_num and not _A_YEAR.fullmatch(t.text) for t in taken.subtree):
            continue
        head = agency.phrase_head(taken)
        return head.lemma_.lower() if head.pos_ == "NOUN" else None
    return None


def _taken_by(noun: Token, verb: Token) -> bool:
    """Whether `noun`'s phrase, or the list or apposition it stands in, is what `verb` took or who did it."""
    head, seen = agency.phrase_head(noun), 0
    while head.dep_ in {"conj", "appos"} and head.head is not head and seen < 6:
        head, seen = agency.phrase_head(head.head), seen + 1
    return agency.party_of(head, verb)


def _takes_another_thing(verb: Token, nouns: list[Token]) -> bool:
    """Whether `verb` took a thing of its own (an object, or a passive's subject, no pronoun) that none of `nouns`
    is: 'won the popular vote'. A verb taking nothing ('contested the election and won'), a pronoun ('and won
    it', 'which she won') or the deciding part of a thing a pronoun's ('won its second round': the election's;
    judging.toml clause.deciding_parts) may take them; another part ('left the army and joined its reserve', 'joined
    the army reserve') is another thing."""
    taken = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    owned = [c for c in taken if any(g.dep_ == "poss" and g.pos_ == "PRON" for g in c.children)]
    pronouns = [c for c in taken if c.pos_ == "PRON" or (c in owned and _deciding_part(c))]
    return bool(taken) and not pronouns and not any(_taken_by(n, verb) and not _names_a_part(n) for n in nouns)


_DECIDING_PARTS = frozenset(_WORDS["deciding_parts"])


def _deciding_part(noun: Token) -> bool:
    """Whether a noun is a part of a contest whose deed is the contest's ('round', 'runoff', 'final')."""
    return noun.lemma_.lower() in _DECIDING_PARTS or noun.lower_ in _DECIDING_PARTS


def _names_a_part(noun: Token) -> bool:
    """Whether the noun only names another noun's thing, a part of it other than its deciding one: 'army' in 'the
    army reserve' (not 'election' in 'the election runoff')."""
    return noun.dep_ == "compound" and noun.head.pos_ == "NOUN" and not _deciding_part(noun.head)


_OF_A_NAME = re.compile(r"\b(?P<word>[a-z]+)\s+of\s+(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)+)")


def _deed_noun_of_another(claim: Claim, predicate: str, sentence: str) -> bool:
    """Whether the page sentence tells the claim's deed only by its noun owned by another named person ('over the
    dissent of Justice Eva Lund' on Karl Moen's page, against 'Karl Moen dissented in 2022': review48 S16): the deed is
    that person's. A name the claim itself gives ('the appointment of Jon Dahl' for 'appointed Jon Dahl') is what the
    deed took, not its doer (the claim's subject and object are the names asked); a sentence also telling the deed
    otherwise is left to the other tests."""
    stems = _relation_stems(predicate)
    told = [m for m in re.finditer(r"[A-Za-z]+", sentence) if m.group(0).lower()[:5] in stems]
    owned = [m for m in _OF_A_NAME.finditer(sentence) if m["word"][:5] in stems]
    if not owned or len(owned) != len(told):
        return False
    own = {w[:5] for w in re.findall(r"[a-z]+", aliases.fold(f"{claim.subject} {claim.object or ''}"))} - _STOP
    return all(not {w[:5] for w in re.findall(r"[a-z]+", aliases.fold(m["name"]))} & own for m in owned)


def _taken_by_another_deed(claim: Claim, predicate: str, sentence: str) -> bool:
    """Whether the page sentence words the noun the claim's verb takes (`_head_taken`) only beside verbs of the
    claim's relation that each took another thing: 'In the 2018 presidential election she won the popular vote but
    lost the election to Ivo Stam' (the election is what she lost) against 'Eva Lund won the 2018 presidential
    election' (review39 R10): the verb and its object must be one deed. A sentence never wording the noun is left
    to the other tests."""
    stems = _relation_stems(predicate)
    head, verbs = _head_taken(claim.text, stems), agency.told(sentence, stems)
    if head is None or not verbs:
        return False
    nouns = [t for t in verbs[0].doc if t.lemma_.lower() == head and t.pos_ == "NOUN"]
    return bool(nouns) and all(_takes_another_thing(v, nouns) for v in verbs)


_CUES = lexicons.load("nonfactual")["cues"]
# verbs above a page's deed that give it as denied or only claimed ('She denied that she won', 'falsely claimed that
# she had won', 'insisting she had won'): the quote judge's verbs of denying, and the article side's opinion verbs
# but those that report (a page's 'said she won' tells what she said of a deed it does not dispute)
_DISOWNING = frozenset(_WORDS_HOLDER["denying_verbs"]) | frozenset(_CUES["opinion_verbs"]) - REPORTING
_MODALS = frozenset(_CUES["modal_auxiliaries"])
_EXPECTED = frozenset(_WORDS_HOLDER["expectation_nouns"])
_UNDONE = negation.undone_words()


def _undone(verb: Token, stems: frozenset[str]) -> bool:
    """Whether the page gives `verb`'s deed as not done, read off the parse: denied in its own clause or by the
    verb it is the infinitive or alternative of (`negation.denial`: 'failed to win', 'avoided being arrested',
    'rather than be re-elected'), under a verb of denying or claiming (`negation.denied_above`: 'She denied that
    she won', 'rumours that he was arrested were denied'), as a modal's perfect ('could have won': what might
    have been), as what a noun of expectation completes ('among the favourites to win'), as only offered, nearly
    done, only meant or announced, or reported falsely (nonfactual.toml [undone]: 'offered to resign', 'was nearly
    arrested', 'his intention to resign', 'said he would resign', 'reports that she had been arrested proved
    false'), or, told by its noun (`stems`), as turned down by the clause after it (`_refused_after`)."""
    if negation.denial(verb) is not None:
        return True
    # 'offered to resign', 'reports that she had been arrested proved false' (review34 R14)
    if negation.denied_above(verb, {verb.i}, _DISOWNING | _UNDONE["verbs"], _UNDONE["false_words"]) is not None:
        return True
    if negation.near_miss(verb) is not None:
        return True  # 'was nearly arrested'
    if _refused_after(verb, stems):
        return True  # 'He tendered his resignation in 2017, but the president rejected it.' (review39 R8)
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if auxiliaries & _MODALS and "have" in auxiliaries:
        return True
    if verb.dep_ == "ccomp" and auxiliaries & _UNDONE["reported_future_auxiliaries"]:
        return True  # 'In 2019 he said he would resign', 'announced that he would resign' (review48 S8)
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False  # 'was the favourite to win it, and won it': only the infinitive completes the noun
    head = verb.head
    if head.pos_ == "NOUN" and head.dep_ in {"dobj", "nsubjpass"} and negation.is_one_of(head.head, _TURNING_DOWN):
        return True  # 'turned down an offer to join', 'an invitation to join ... was declined'
    if head.pos_ == "NOUN" and head.lemma_.lower() in _UNDONE["intent_nouns"]:
        return True  # 'In 2019 he announced his intention to resign' (review48 S8)
    if head.pos_ == "NOUN" and head.lemma_.lower() in _UNDONE["trying_nouns"] and _came_to_nothing(head):
        return True  # 'Its bid to acquire Tarsa Bank failed', 'talks to acquire ... collapsed' (review40 R2)
    completed = [head] if head.pos_ in {"NOUN", "ADJ"} else []
    if head.lemma_ == "be":  # 'was among the favourites to win': the parser hangs the infinitive on the copula
        completed += [c for c in head.children if c.dep_ == "attr"]
        completed += [g for c in head.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return head is not verb and any(n.lemma_.lower() in _EXPECTED and not _a_first_of(n) for n in completed)


def _a_first_of(noun: Token) -> bool:
    """Whether a noun of expectation is told as a first or a superlative ('the first candidate to win both rounds', 'the
    youngest candidate to be elected'): its infinitive is then the deed done (review48 S2's twin)."""
    firsts = [c for c in noun.children if c.dep_ == "amod"]
    return any(c.tag_ == "JJS" or c.ent_type_ == "ORDINAL" or c.lower_ in _ONLY_ONES for c in firsts)


_ONLY_ONES = frozenset({"only", "sole", "last"})


_TURNING_DOWN = negation.phrases(_UNDONE["refusing_verbs"])
_GIVING_UP = negation.phrases(_UNDONE["giving_up_verbs"])
_FAILING = negation.phrases(_UNDONE["failing_verbs"] | _UNDONE["giving_up_verbs"])


def _came_to_nothing(attempt: Token) -> bool:
    """Whether a noun of trying ('bid', 'talks') is told by its own outcome as come to nothing (nonfactual.toml
    [undone] failing_verbs, giving_up_verbs, failing_adjectives): 'Its bid to acquire Tarsa Bank failed', 'talks to
    acquire ... collapsed', 'was blocked', 'withdrew its bid', 'lost her bid to be re-elected', 'a failed bid to'.
    Any other outcome, or none, leaves its infinitive told done: 'succeeded', 'won its bid', 'ended in a deal'
    (review41 B1)."""
    if any(c.dep_ == "amod" and c.lower_ in _UNDONE["failing_adjectives"] for c in attempt.children):
        return True
    if attempt.dep_ == "pobj":  # 'pulled out of talks to acquire'; 'In 2015 talks to acquire ... collapsed' parsed so
        above = attempt.head
        while above.pos_ == "ADP" and above.head != above:
            above = above.head
        return negation.is_one_of(above, _FAILING)
    return attempt.dep_ in {"nsubj", "nsubjpass", "dobj"} and negation.is_one_of(attempt.head, _FAILING)


def _planned(noun: Token) -> bool:
    """Whether a deed's noun is told only as planned ('a planned merger', 'the proposed takeover': nonfactual.toml
    [undone] planned_words), so that giving it up means it was never done (review40 R3)."""
    return any(c.dep_ in {"amod", "compound"} and c.lower_ in _UNDONE["planned_words"] for c in noun.children)


@functools.lru_cache(maxsize=512)
def _told_as_undone(sentence: str, stems: frozenset[str]) -> bool:
    """Whether every verb of the claim's relation (by `stems`) the page sentence tells is told as not done
    (`_undone`); a sentence telling it once as done ('She claimed she had won, and she won') keeps its support, and
    one telling it by no verb ('the winner of') is left to the other tests. Parsed only for a sentence that would
    otherwise support the claim."""
    verbs = _deeds(sentence, stems)
    # an auxiliary the claim's words share ('was' of 'was arrested') tells its verb's deed, read off that verb:
    # 'she was nearly arrested', 'was wrongly reported to have been arrested' (its 'was' is another verb's)
    verbs = [v for v in verbs if v.dep_ not in _AUXILIARY_DEPS] or verbs
    if not verbs:
        return _told_by_an_undone_noun(sentence, stems)
    return bool(verbs) and all(_undone(v, stems) for v in verbs)


def _told_by_an_undone_noun(sentence: str, stems: frozenset[str]) -> bool:
    """Whether the page sentence tells the relation's deed only by its noun, each time turned down or rumoured: 'In
    2019 he rejected a move to Halden United' (a refusing verb's object), 'He was linked with a move to Halden
    United' (nonfactual.toml [undone] rumour_verbs, 'with' its noun) (review39 R4's noun shapes)."""
    from verify.nlp import parse

    nouns = [t for t in parse(sentence).doc if t.pos_ == "NOUN" and {t.lower_[:5], t.lemma_.lower()[:5]} & stems]

    def undone(noun: Token) -> bool:
        if noun.dep_ in {"dobj", "nsubjpass"} and negation.is_one_of(noun.head, _TURNING_DOWN):
            return True
        if noun.dep_ == "dobj" and _refused(noun):
            return True  # 'He offered his resignation in 2019, but it was refused' (review48 S7)
        if noun.dep_ in {"dobj", "nsubjpass"} and negation.is_one_of(noun.head, _GIVING_UP) and _planned(noun):
            return True  # 'abandoned a planned merger'; not 'His conviction ... was cancelled' (review41 B2)
        if _only_aimed_at(noun):
            return True  # 'A warrant for his arrest was issued', 'He evaded arrest', 'an assassination attempt'
        with_ = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "with" else None
        return with_ is not None and with_.head.lemma_.lower() in _UNDONE["rumour_verbs"]

    return bool(nouns) and all(map(undone, nouns))


def _refused_after(verb: Token, stems: frozenset[str]) -> bool:
    """Whether a clause after `verb` turns down what it took (nonfactual.toml [undone] refusing_verbs, or
    accepting_verbs denied), and what it took is the deed's own noun (by the relation's `stems`): by a pronoun in a
    clause coordinated with it or set after it ('He tendered his resignation, but the president rejected it.'
    (review39 R8), '..., but it was refused', '...; it was not accepted') or by a relative clause on the noun
    ('his resignation, which the prime minister rejected') (review48 S7). A deed the verb tells itself was done,
    whatever became of its object: 'He filed an appeal, but the court rejected it', 'She proposed the bill, but
    parliament rejected it' (review40 B1)."""
    took = [o for o in verb.children if o.dep_ == "dobj" and {o.lower_[:5], o.lemma_.lower()[:5]} & stems]
    return any(map(_refused, took))


def _refused(noun: Token) -> bool:
    """Whether the object `noun` of a verb is turned down after it (`_turns_down`): by a pronoun in a clause
    coordinated with its verb or set after it ('..., but the president rejected it', '..., but it was refused',
    '...; it was not accepted') or by a relative clause on it ('..., which the prime minister rejected')."""
    verb = noun.head
    after = [c for c in verb.children if c.dep_ == "conj"]
    if verb.dep_ in {"conj", "ccomp"} and verb.head.i > verb.i:
        after.append(verb.head)  # 'He submitted his resignation; it was not accepted.': the parse roots the refusal
    taking_it = [c for c in after if any(o.dep_ in {"dobj", "nsubjpass"} and o.lower_ == "it" for o in c.children)]
    relatives = [c for c in noun.children if c.dep_ == "relcl"]
    return any(_turns_down(c) for c in taking_it + relatives)


def _turns_down(verb: Token) -> bool:
    """Whether `verb` turns down what it takes: a refusing verb not denied ('rejected it', 'it was refused') or an
    accepting verb denied ('it was not accepted') (nonfactual.toml [undone] refusing_verbs, accepting_verbs)."""
    denied = any(c.dep_ == "neg" for c in verb.children)
    if verb.lemma_.lower() in _UNDONE["accepting_verbs"]:
        return denied
    return negation.is_one_of(verb, _TURNING_DOWN) and not denied


def _only_aimed_at(noun: Token) -> bool:
    """Whether a deed's noun hangs from a word it is only the aim, attempt or escape of (nonfactual.toml [undone]
    aim_words), as its compound, its object or through one of aim_prepositions: 'an arrest warrant', 'a warrant for
    his arrest', 'called for his arrest', 'was threatened with arrest', 'evaded arrest', 'an assassination attempt',
    'impeachment proceedings' (review39 R8). 'Following his arrest' and 'the reasons for his arrest' tell it done. A
    word listed with its preposition aims only through it: 'pressed for his arrest', not 'pressed charges' (review40
    B2)."""
    head, through = noun.head, ""
    if noun.dep_ == "pobj" and head.lower_ in _UNDONE["aim_prepositions"]:
        head, through = head.head, head.lower_
    elif noun.dep_ not in {"compound", "dobj"}:
        return False
    aims = {head.lemma_.lower(), f"{head.lemma_.lower()} {through}"} & _UNDONE["aim_words"]
    return head is not noun and bool(aims) and not _carried_out(head)


def _carried_out(aim: Token) -> bool:
    """Whether an aim word is taken by a verb that carries it out (nonfactual.toml [undone] fulfilling_verbs), as its
    object or through its particle: 'passed an impeachment motion', 'a warrant for his arrest was executed', 'gave
    in to demands for his resignation' tell the deed done; 'issued a warrant', 'tabled a motion' do not (review40
    B2)."""
    if aim.dep_ in {"dobj", "nsubjpass"}:
        return negation.is_one_of(aim.head, _FULFILLING)
    return aim.dep_ == "pobj" and negation.is_one_of(aim.head.head, _FULFILLING)


_FULFILLING = negation.phrases(_UNDONE["fulfilling_verbs"])


_COMPLEMENTS = frozenset({"ccomp", "xcomp"})


def _deeds(sentence: str, stems: frozenset[str]) -> list[Token]:
    """The verbs of the claim's relation (by `stems`) the page sentence tells its deed with (`agency.told`), but one
    whose complement is another, which is its frame ('claimed that she had won' of 'win', whose stems hold 'claim
    victory'); a relative clause's verb is a deed of its own ('defeated Ivo Stam, who had defeated her')."""
    told = agency.told(sentence, stems)
    return [t for t in told if not any(o.head == t and o.dep_ in _COMPLEMENTS for o in told)]


def _of_another_year(verb: Token, claimed: frozenset[str]) -> bool:
    """Whether the parse dates the page's deed at `verb` (`agency.years`: the years of its own clause) and none of
    those years is the claim's (`claimed`, none for an undated claim), nor is the claim's year inside a span its
    sentence gives ('served ... from 2007 to 2010, including as acting legal adviser in 2009')."""
    dated = agency.years(verb)
    if not claimed or not dated or claimed & dated:
        return False
    spans = [(int(a), int(b)) for a, b in YEAR_SPAN.findall(verb.sent.text)]
    return not any(a <= int(year) <= b for a, b in spans for year in claimed)


def _dated_otherwise(claim: Claim, sentence: str, stems: frozenset[str]) -> bool:
    """Whether every deed of the claim's relation the page sentence tells is dated to another year than the
    claim's by its own clause: 'In 2020 she was stripped of the Norby Prize she had won in 2015' won it in 2015,
    whatever the main verb's year."""
    verbs = _deeds(sentence, stems)
    claimed = frozenset(_A_YEAR.findall(claim.time or ""))
    return bool(verbs) and all(_of_another_year(v, claimed) for v in verbs)


def _done_by_someone_of_theirs(claim: Claim, sentence: str, stems: frozenset[str]) -> bool:
    """Whether every deed of the claim's relation the page sentence tells is done by someone the page ties to its
    person by a possessive (`agency.owned_subject`: 'In 2019 her husband Jon Dahl was arrested', 'two of her aides
    were convicted'): the husband's arrest is not hers. A claim telling its deed of an owned noun itself ("Norby's
    unemployment rate fell") asks no such thing."""
    if any(agency.owned_subject(v) for v in agency.told(claim.text, stems)):
        return False
    # the deed's verb, not its 'was'
    verbs = [v for v in _deeds(sentence, stems) if v.dep_ not in _AUXILIARY_DEPS]
    return bool(verbs) and all(agency.owned_subject(v) for v in verbs)


_AUXILIARY_DEPS = frozenset({"aux", "auxpass"})


def _stretch_start(before: str, verb_end: int) -> int:
    """Where the page's words in the value's place begin: after the verb, and after the last comma or clause word
    that opens another clause ('... at the 2016 Olympics and the silver medal at'); a list of bare words before it
    ('economics, history and law at') is one place, so its items are read together. A piece with a figure or a
    name is another clause's."""
    breaks = [m for m in _STRETCH_BREAK.finditer(before) if m.start() >= verb_end]
    start = breaks[-1].end() if breaks else verb_end
    for i in range(len(breaks) - 1, -1, -1):
        piece = before[breaks[i - 1].end() if i else verb_end : breaks[i].start()]
        if not piece.strip() or re.search(r"\d|\b[A-Z]", piece):
            break
        start = breaks[i - 1].end() if i else verb_end
    return start


def _common_words(text: str, capitals: bool = False) -> set[str]:
    """The stems of the lower-case words of a stretch that say something ('silver', 'medal', 'economics'); with
    `capitals`, its capitalised words too, as a page may capitalise a degree ('a Master of Science')."""
    words = re.findall(rf"(?<![\w-])[a-z{'A-Z' if capitals else ''}][a-zA-Z-]{{2,}}\b", text)
    return {w.lower()[:5] for w in words if w.lower() not in _FILLER}


_DEED_PLACES = frozenset(_WORDS["deed_places"])


def _values_of_other_deeds(claim: Claim, predicate: str, values: list[tuple[str, str]], sentence: str) -> bool:
    """Whether the parse gives the claim's values to different deeds of the page sentence, or a name of them to
    another verb's deed: 'She was elected mayor in 2015 with 52% of the vote and re-elected in 2019 with 61%' gives
    '2015' and '61%' two elections, 'In 2017 she was appointed by Ivo Stam to replace Jon Dahl' gives Ivo Stam to
    'appointed', not 'replace' (review38 R13, R15). A value is bound to the relation's verb whose clause holds it; a
    year, a place or a count in another verb's clause to the relation's verbs hanging from that clause (a fronted year
    dates them all), to none when none does; a name that is another verb's doer or the one it acts on is that deed's
    ('as a member for Tarsa' is no party). A value the sentence words twice is bound to the verbs of either place; one
    the claim's own words give another verb than the relation's ('offered to buy Korvik Bank') is read by no deed."""
    stems = _relation_stems(predicate)
    verbs = agency.told(sentence, stems)
    if not verbs:
        return False
    doc, shared = verbs[0].doc, set(verbs)
    for kind, value in values:
        if not _of_the_relation(claim.text, stems, kind, value):
            continue
        bound, unread, elsewhere = set(), False, False
        for at in _value_positions(kind, value, sentence):
            token = next((t for t in doc if t.idx <= at < t.idx + len(t)), None)
            deed = agency.clause_verb(token) if token is not None else None
            if deed is None:
                unread = True
            elif deed in verbs:
                bound.add(deed)
            elif (
                kind == "entity"
                and not agency.place_of(token, deed, _DEED_PLACES)
                and not (deed.lemma_ == "be" and any(agency.hangs_from(v, deed) for v in verbs))
            ):
                elsewhere = elsewhere or agency.party_of(token, deed)  # not 'X is where she studied': X is its place
            else:
                held = {v for v in verbs if agency.hangs_from(v, deed) and not agency.own_to_the_first(token, v, deed)}
                bound |= held
                if kind == "place" or (kind == "entity" and agency.place_of(token, deed, _DEED_PLACES)):
                    elsewhere = elsewhere or not held  # 'Born in Tarsa, she grew up in Halden': Tarsa is the birth's
                else:
                    unread = unread or not bound
        if not bound and (unread or not elsewhere):
            continue  # a value the parse gives no deed of the relation (or not found as written) says nothing of which
        shared &= bound
        if not shared:
            return True
    return False


def _names_placed_by_another_deed(claim: Claim, predicate: str, values: list[tuple[str, str]], sentence: str) -> bool:
    """Whether a name the claim's words give its deed besides its values, after a preposition ('from Korvik
    University' of 'earned a PhD from Korvik University'), is worded in the page sentence only as the place of another
    deed of it, one no verb of the relation hangs from, while each verb of the relation gives its deed another place
    by that preposition (`_placed_elsewhere`): 'She studied at Korvik University and earned a PhD from Halden
    University' (review39 R15; `_values_of_other_deeds` reads the values so). A verb naming no place of its own
    ('studied at Chung-Ang University, earning his law degree in 1986') shares the one named."""
    stems = _relation_stems(predicate)
    verbs = agency.told(sentence, stems)
    if not verbs:
        return False
    doc, taken = verbs[0].doc, " ".join(v for _, v in values)
    subject = {w[:5] for w in re.findall(r"[a-z]+", aliases.fold(claim.subject))}
    for m in _NAME_RUN.finditer(claim.text, 1):
        name = m.group(0)
        if name in taken or {w[:5] for w in re.findall(r"[a-z]+", aliases.fold(name))} <= subject:
            continue
        if aliases.fold(name) in aliases.FULL_MONTHS or not _of_the_relation(claim.text, stems, "entity", name):
            continue
        by = re.search(r"\b([a-z]+)\s+(?:the\s+)?$", claim.text[: m.start()])
        if by is None:
            continue  # a name no preposition sets: no place the page could give otherwise
        found = _value_positions("entity", name, sentence)
        tokens = [next((t for t in doc if t.idx <= at < t.idx + len(t)), None) for at in found]
        deeds = [(t, agency.clause_verb(t)) for t in tokens if t is not None]
        if (
            deeds
            and all(
                deed is not None
                and deed not in verbs
                and agency.place_of(token, deed, _DEED_PLACES)
                and not any(agency.hangs_from(v, deed) and not agency.own_to_the_first(token, v, deed) for v in verbs)
                for token, deed in deeds
            )
            and all(_placed_elsewhere(name, by.group(1), v) for v in verbs)
        ):
            return True
    return False


_TIES = {word: role for role, words in _WORDS["argument_ties"].items() for word in words}
_TIE_ROLES = frozenset([*_WORDS["argument_ties"], "object"])
_BESIDE_TIES = frozenset(w for w in _WORDS["beside_a_place"] if " " not in w)  # 'near', 'outside'
# roles that tell one deed however the page words them: the one acted on and where ('won Korvik', 'won in Korvik'),
# where a move ends and where it was done ('deployed to Tarsa', 'deployed in Tarsa': review42 B6); only where a move
# starts stands apart from both
_ONE_ROLE = ({"object", "place"}, {"goal", "place"})


def _roles_apart(claimed: tuple[str, ...], given: tuple[str, ...]) -> bool:
    """Whether a page's ties of a name to the verb (`agency.ties`, from the verb down) tell another deed than the
    claim's: a name placed beside another ('near', 'outside') where the claim's was not, or the verb's own tie in
    another role (judging.toml clause.argument_ties: 'from' for 'to', 'from' for the one acted on; the one acted on
    and where the deed was done aside: 'won Korvik' is 'won in Korvik'). The ties below the verb's own only place the
    name within another ('moved from a village in Tarsa')."""
    if (set(given) - set(claimed)) & _BESIDE_TIES:
        return True  # 'visited Halden, near the border with Tarsa' for 'visited Tarsa'
    if not claimed or not given:
        return False
    roles = {_TIES.get(claimed[0], claimed[0]), _TIES.get(given[0], given[0])}
    return len(roles) == 2 and roles <= _TIE_ROLES and roles not in _ONE_ROLE


def _tied_otherwise(claim: Claim, predicate: str, values: list[tuple[str, str]], sentence: str) -> bool:
    """Whether the page sentence ties a name of the claim to the relation's verb in another role than the claim's own
    words do (`_roles_apart`): 'In 2019 he joined Halden FC from Korvik FC' for 'joined Korvik FC from Halden FC',
    'moved from Korvik FC to Halden FC' for the move the other way, 'visited Halden, near the border with Tarsa' for
    'visited Tarsa' (review41 R2, R17). A name found anywhere is not the verb's argument; each place the sentence
    words it must tie it otherwise, and a tie the parse does not give (a subject, another clause's) tells nothing."""
    stems = _relation_stems(predicate)
    claim_verbs, verbs = agency.told(claim.text, stems), agency.told(sentence, stems)
    if not claim_verbs or not verbs:
        return False
    for kind, value in values:
        if kind not in {"entity", "place"} or (at := _value_position(kind, value, claim.text)) is None:
            continue
        token = next((t for t in claim_verbs[0].doc if t.idx <= at < t.idx + len(t)), None)
        claimed = agency.ties(token, claim_verbs) if token is not None else None
        if claimed is None:
            continue
        given = [
            agency.ties(t, verbs)
            for at in _value_positions(kind, value, sentence)
            if (t := next((t for t in verbs[0].doc if t.idx <= at < t.idx + len(t)), None)) is not None
        ]
        read = [g for g in given if g is not None]
        if read and all(_roles_apart(claimed, g) for g in read):
            return True
    return False


_PLACE_POINTERS = frozenset(_WORDS["place_pointers"])
_POINTING_DETERMINERS = frozenset(_WORDS["pointing_determiners"])


def _placed_elsewhere(name: str, preposition: str, verb: Token) -> bool:
    """Whether `verb`'s own clause gives its deed a place by the claim's `preposition` ('from') other than the one
    `name` the sentence has named: not a word pointing back at it (judging.toml clause.place_pointers: 'from it'),
    nor a definite noun of the name's own words with no name of its own ('from the university', 'the same
    university' of Korvik University), which are that place told again (review41 B3). Another name ('from Halden
    University') or another noun ('from the institute') is another place; none leaves the named one shared."""
    words = {w.lower() for w in name.split()}
    for token in verb.subtree:
        if token.dep_ != "pobj" or token.head.lower_ != preposition or agency.clause_verb(token) != verb:
            continue
        if token.lower_ in _PLACE_POINTERS:
            continue
        definite = any(c.dep_ == "det" and c.lower_ in _POINTING_DETERMINERS for c in token.children)
        if definite and token.lemma_.lower() in words and not any(t.pos_ == "PROPN" for t in token.subtree):
            continue
        return True
    return False


_FIGURE_SETTINGS = frozenset(_WORDS["figure_settings"])


def _figure_nouns(figure: Token, verb: bool) -> tuple[str | None, frozenset[str]]:
    """What a figure's phrase is of and where it is set: the noun it is the sum of ('revenue' of 'revenue of 200
    million euros') and the nouns of its setting phrases ('runoff' of '56% in the runoff'; judging.toml
    clause.figure_settings), with its verb's too when `verb` (the claim's 'won ... with 56% ... in the first round')."""
    head = agency.phrase_head(figure)
    of = head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    owner = of.head.lemma_.lower() if of is not None and of.head.pos_ in {"NOUN", "PROPN"} else _verbs_measure(head)
    holders = [head, *([agency.clause_verb(head)] if verb else [])]
    settings = frozenset(
        g.lemma_.lower()
        for h in holders
        if h is not None
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in _FIGURE_SETTINGS
        for g in c.children
        if g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN"}
    )
    return owner, settings


# the relations in which a verb takes a figure as its subject's size or change: 'revenue rose 5%' (npadvmod), 'revenue
# was 1.2 billion euros' (attr); with 'by' or 'to' before it, 'rose by 5%', 'rose to 1.2 billion euros'
_SIZE_OF_THE_SUBJECT = frozenset({"npadvmod", "attr"})


_CHANGE_WAYS = {lemma: way for way, lemmas in enumerate(_WORDS["change_ways"]) for lemma in lemmas}


def _changing_verb(figure: Token) -> Token | None:
    """The verb a figure (any token of its phrase) is the size of a change of: 'rose' of 'revenue rose 4%' (npadvmod)
    and of 'rose by 4%'; None for a figure taken otherwise."""
    head = agency.phrase_head(figure)
    if head.dep_ == "npadvmod":
        return head.head
    if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.lower_ == "by":
        return head.head.head
    return None


def _changed_the_other_way(claimed: Token, given: Token) -> bool:
    """Whether the claim's figure is the size of a change one way ('revenue fell 4%') and the page's the size of a
    change the other way ('while revenue rose 4%'; judging.toml clause.change_ways): another change (review48 S15)."""
    ours, theirs = _changing_verb(claimed), _changing_verb(given)
    if ours is None or theirs is None:
        return False
    way, other = _CHANGE_WAYS.get(ours.lemma_.lower()), _CHANGE_WAYS.get(theirs.lemma_.lower())
    return way is not None and other is not None and way != other


def _verbs_measure(head: Token) -> str | None:
    """The common noun a figure (its phrase's head `head`) measures through the verb taking it: the verb's subject,
    'revenue' of 'its revenue rose 12%' and 'its net profit fell 5%' ('profit'), so a figure is bound to its measure
    and verb (review43 R12); None for a figure taken otherwise, or a subject that is a name or a pronoun."""
    verb = head.head if head.dep_ in _SIZE_OF_THE_SUBJECT else None
    if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.lower_ in {"by", "to"}:
        verb = head.head.head
    if verb is None or verb.pos_ not in {"VERB", "AUX"}:
        return None
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject.lemma_.lower() if subject is not None and subject.pos_ == "NOUN" else None


def _figure_said_of_another(text: str, sentence: str) -> bool:
    """Whether the page sentence gives a figure of the claim to another noun than the claim does, while wording the
    claim's own noun too: 'revenue of 200 million euros' against 'revenue of 900 million euros and a net profit of
    200 million euros' (the profit's, review39 R1), '56% of the vote in the first round' against '48% of the vote in
    the first round and 56% in the runoff' (the runoff's, R2). Each place the page words the figure must be another
    noun's; a page naming the figure's noun otherwise ('a penalty of' for 'a fine of') is not read against, unless
    the lexicon knows the two measures apart ('its revenue rose 4%' for 'net profit rose 4%', review48 S15), and a
    change the other way is another change ('while revenue rose 4%' for 'revenue fell 4%')."""
    from verify.nlp import parse

    figures = [t for t in parse(text).doc if re.fullmatch(r"\d[\d,.]*", t.text)]
    if not figures:
        return False
    page = parse(sentence).doc
    nouns = {t.lemma_.lower() for t in page if t.pos_ in {"NOUN", "PROPN"}}
    for figure in figures:
        owner, settings = _figure_nouns(figure, verb=True)
        places = [t for t in page if t.text == figure.text]
        if not places:
            continue
        others = []
        for place in places:
            there, set_there = _figure_nouns(place, verb=False)
            other_owner = owner is not None and owner in nouns and there is not None and there != owner
            other_setting = bool(settings & nouns) and bool(set_there) and not set_there & settings
            other_measure = owner is not None and there is not None and measured_apart(owner, there)
            others.append(other_owner or other_setting or other_measure or _changed_the_other_way(figure, place))
        if all(others):
            return True
    return False


# a clause past a semicolon opened by its doer again ('; he admitted three counts of fraud'): its verb, after any
# auxiliary or adverb
_DOER_AGAIN = re.compile(
    r"^\s*(?:he|she|it|they)\s+(?:(?:had|has|have|was|were|is|are|been|then|later|also|finally)\s+)*(?P<verb>[a-z]+)"
)


def _retold_by_its_doer(clause: str) -> bool:
    """Whether a clause past a semicolon tells the deed again in other words: its doer opens it and its verb is no
    deed the predicate lexicon knows ('In 2020 he pleaded guilty; he admitted three counts of fraud', review42 B5);
    a known deed ('; he had been charged with three counts') or another doer ('; two other counts were dropped') is
    a clause of its own."""
    m = _DOER_AGAIN.match(aliases.fold(clause))
    return m is not None and m["verb"][:5] not in _KNOWN_DEED_STEMS


_KNOWN_DEED_STEMS = frozenset(stem for stems in _relation_words().values() for stem in stems)


_FIGURE_WORD = re.compile(rf"(?<![\d.])\b(?:\d[\d,.]*\d|\d|{aliases.NUMBER_WORD_PATTERN})\b", re.I)


def _figure_of_another_clause(text: str, predicate: str, sentence: str) -> bool:
    """Whether the page sentence words a figure of the claim (a year aside) only in a clause past a semicolon that
    does not word the claim's verb: 'pleaded guilty to three counts' is not stated by 'he pleaded guilty to one count
    of fraud; three other counts were dropped' (review41 R6). A figure belongs to the clause it is written in."""
    if ";" not in sentence:
        return False
    stems = _relation_stems(predicate)
    clauses = sentence.split(";")
    with_the_verb = [
        any(w[:5] in stems for w in re.findall(r"[a-z]+", aliases.fold(c))) or _retold_by_its_doer(c) for c in clauses
    ]
    for figure in _FIGURE_WORD.finditer(text):
        value = aliases.parse_number(figure.group(0))
        if value is None or _A_YEAR.fullmatch(figure.group(0)):
            continue
        where = [
            i for i, c in enumerate(clauses) for m in _FIGURE_WORD.finditer(c) if aliases.parse_number(m[0]) == value
        ]
        if where and not any(with_the_verb[i] for i in where):
            return True
    return False


# a figure's owner as a page writes it: a possessive name before it ("against Ivo Stam's 52%"), a name right before it
# in a gapped clause ('48% of the vote and Ivo Stam 52%'), or the name 'for' which it counts ('20 goals for Halden FC')
_A_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
_POSSESSOR = re.compile(rf"\b(?P<name>{_A_NAME})['’]s\s+$")
_GAPPED_OWNER = re.compile(rf"(?:\band|,)\s+(?P<name>{_A_NAME})\s+$")
_COUNTED_FOR = re.compile(rf"(?:\s*%|\s+[a-z-]+){{0,3}}?\s+for\s+(?:the\s+)?(?P<name>{_A_NAME})")
_A_FIGURE = re.compile(r"(?<![\w.,])\d[\d,.]*\d%?|(?<![\w.,])\d%?")


def _owner_at(text: str, figure: re.Match[str]) -> tuple[str | None, str | None]:
    """The name a figure in `text` is written as someone's by (a possessive or a gapped clause's name before it) and
    the name it counts for ('20 goals for Halden FC'), each None when not written so."""
    before = text[: figure.start()]
    owned = _POSSESSOR.search(before) or _GAPPED_OWNER.search(before)
    counted = _COUNTED_FOR.match(text, figure.end())
    name = owned["name"] if owned and owned["name"] not in aliases.MONTHS else None
    return name, counted["name"] if counted else None


def _won_by(text: str, figure: re.Match[str]) -> str | None:
    """The name a figure in `text` is told as the deed of by a past participle with its doer after 'by' hanging on
    the figure's phrase ('less than the 52% won by Eva Lund', 'the 12 seats held by the Green Party'): the figure is
    that doer's (review48 S3); None when no named doer is written so."""
    from verify.nlp import parse

    doc = parse(text).doc
    token = next((t for t in doc if t.idx <= figure.start() < t.idx + len(t)), None)
    if token is None:
        return None
    head = agency.phrase_head(token)
    doers = [
        g
        for verb in head.children
        if agency.reduced_passive(verb)
        for c in verb.children
        if c.dep_ == "agent"
        for g in c.children
        if g.dep_ == "pobj" and g.pos_ == "PROPN"
    ]
    return agency.words_of(doers[0]) if doers else None


def _same_owner(one: str, other: str) -> bool:
    """Whether two names name one owner: the words of either hold all of the other's ('Korvik FC', 'Korvik')."""
    a, b = set(aliases.fold(one).split()), set(aliases.fold(other).split())
    return bool(a) and bool(b) and (a <= b or b <= a)


def _figure_owned_by_another(claim: Claim, sentence: str) -> bool:
    """Whether each place the page sentence words a figure of the claim writes it as another's: another name's
    possessive or gapped clause ("48% of the vote against Ivo Stam's 52%", '... and Ivo Stam 52%': his share, not
    hers; review41 R12), a named doer after the participle hanging on it ('less than the 52% won by Eva Lund',
    review48 S3), or another name it counts for than the claim's ('20 goals for Halden FC and 5 for Korvik FC' is no
    statement of 20 goals for Korvik FC; R19). A figure written with no owner is left alone."""
    subject = claim.effective_subject or claim.subject or ""
    for figure in _A_FIGURE.finditer(claim.text):
        if _A_YEAR.fullmatch(figure.group(0)):
            continue
        _, counted_for = _owner_at(claim.text, figure)
        places = [m for m in _A_FIGURE.finditer(sentence) if m.group(0) == figure.group(0)]
        others = []
        for place in places:
            owner, counts_for = _owner_at(sentence, place)
            owner = owner or _won_by(sentence, place)
            another_owner = owner is not None and not _same_owner(owner, subject)
            another_team = counted_for is not None and counts_for is not None
            others.append(another_owner or (another_team and not _same_owner(counts_for, counted_for)))
        if places and all(others):
            return True
    return False


# a figure a change is told to or by ('rose to 12%', 'fell by 5%'), an approximation between
_TO_OR_BY = re.compile(r"\b(?P<how>to|by)\s+(?:(?:about|around|some|nearly|almost|roughly|just|over|under)\s+)?$", re.I)


def _change_told_otherwise(text: str, sentence: str) -> bool:
    """Whether a figure the claim gives as where a change ended ('market share rose to 12%') is worded by the page
    only as the change's size ('rose by 12%'), or the other way round: one figure, two facts (review41 R15; the
    quantity kind's review40 R6)."""
    for figure in re.finditer(r"\d[\d,.]*\d|\d", text):
        how = _TO_OR_BY.search(text[: figure.start()])
        if how is None:
            continue
        places = [
            _TO_OR_BY.search(sentence[: m.start()])
            for m in re.finditer(rf"(?<![\d.]){re.escape(figure.group(0))}(?![\d])", sentence)
        ]
        if places and all(p is not None and p["how"].lower() != how["how"].lower() for p in places):
            return True
    return False


def _of_the_relation(text: str, stems: frozenset[str], kind: str, value: str) -> bool:
    """Whether the claim's own words give the value to a verb of the relation (the parse's clause holding it), or
    to none: 'Jon Dahl offered to buy Korvik Bank' gives the bank to 'buy', not to 'offered'."""
    verbs = agency.told(text, stems)
    at = _value_position(kind, value, text)
    if not verbs or at is None:
        return True
    token = next((t for t in verbs[0].doc if t.idx <= at < t.idx + len(t)), None)
    deed = agency.clause_verb(token) if token is not None else None
    return deed is None or deed in verbs


def _value_positions(kind: str, value: str, text: str) -> list[int]:
    """Where a claim's value is worded in `text`, each place (`_value_position` gives the first)."""
    if kind in {"number", "time"}:
        figure = re.search(r"\d[\d,.]*\d|\d", value)
        pattern = rf"(?<![\d.]){re.escape(figure.group(0))}" if figure else None
    else:
        words = re.sub(r"^(?:the|a|an)\s+", "", value.strip(), flags=re.I).split()
        pattern = rf"\b{re.escape(words[0])}\b" if words else None
    return [m.start() for m in re.finditer(pattern, text, re.I)] if pattern else []


_LATER_TERM_WORDS = re.compile(
    rf"\b(?:{'|'.join(map(re.escape, lexicons.load('judging')['date']['later_term']))})\b", re.I
)
_REPEAT_PREFIXES = sorted(_WORDS["repeat_prefixes"], key=len, reverse=True)


def _verb_forms(stems: frozenset[str], text: str) -> list[tuple[int, bool]]:
    """Where the words of `text` wording the relation's stems stand, each with whether a repeat prefix opens it
    ('re-elected', 'reappointed' of 'elect', 'appoint'; judging.toml clause.repeat_prefixes)."""
    out = []
    for m in re.finditer(r"[A-Za-z]+(?:-[A-Za-z]+)?", text):
        word = m.group(0).lower()
        if word[:5] in stems:
            out.append((m.start(), False))
        elif any(word.startswith(p) and word[len(p) :][:5] in stems for p in _REPEAT_PREFIXES):
            out.append((m.start(), True))
    return out


def _first_step_for_a_repeat(claim: Claim, predicate: str, values: list[tuple[str, str]], sentence: str) -> bool:
    """Whether the claim tells its step as a repeat ('was re-elected mayor in 2015') and the sentence's verb of the
    clause holding the claim's year (the last verb of the relation before it; any, when the claim gives none) tells
    it as a first one ('She was elected mayor in 2015 ... and re-elected in 2019'): a first election is no
    re-election (review38 R12)."""
    stems = _relation_stems(predicate)
    if not any(repeat for _, repeat in _verb_forms(stems, claim.text)):
        return False
    forms = _verb_forms(stems, sentence)
    when = next((_value_position(k, v, sentence) for k, v in values if k == "time"), None)
    if when is not None:
        forms = [f for f in forms if f[0] < when][-1:] or forms[:1]  # a fronted year ('In 2023 she was ...')
    # a verb without the prefix tells a repeat too when a later term's words follow it in its clause ('In 2023 she
    # was elected mayor for a second time'; judging.toml date.later_term)
    ends = [*(f[0] for f in _verb_forms(stems, sentence)), len(sentence)]
    again = [_LATER_TERM_WORDS.search(sentence, at, next(e for e in ends if e > at)) for at, _ in forms]
    return not any(repeat or told for (_, repeat), told in zip(forms, again, strict=True))


def _stem_position(stems: frozenset[str], text: str, before: int) -> tuple[int, int] | None:
    """The last word of `text` before `before` with one of the stems, as (start, end)."""
    hits = [m for m in re.finditer(r"[A-Za-z]+", text[:before]) if m.group(0).lower()[:5] in stems]
    return (hits[-1].start(), hits[-1].end()) if hits else None


def _value_position(kind: str, value: str, text: str) -> int | None:
    """Where a claim's value is first worded in `text`: its first figure for a number or a time, its first word
    for a name or place ('University' of 'the University of Korvik')."""
    if kind in {"number", "time"}:
        figure = re.search(r"\d[\d,.]*\d|\d", value)
        m = re.search(rf"(?<![\d.]){re.escape(figure.group(0))}", text) if figure else None
    else:
        words = re.sub(r"^(?:the|a|an)\s+", "", value.strip(), flags=re.I).split()
        m = re.search(rf"\b{re.escape(words[0])}\b", text, re.I) if words else None
    return m.start() if m else None


def _numbered_alike(thing: str, sentence: str) -> bool:
    """Whether the sentence gives a thing the claim numbers by an ordinal ('his first major', 'her third title') the
    same number with the same noun ('his first major, the Dalby Championship'): the number says which of its kind
    the thing is, a value of the claim the sentence must hold. A thing with no ordinal is left to the other tests."""
    if (rank := _bare_rank(thing)) is not None:
        return rank in ordinals_in(sentence)  # 'ranked 45th': the rank is the value, not stated by 'ranked 54th'
    m = _ORDINAL.search(thing)
    noun = [w[:5] for w in re.findall(r"[a-z]+", aliases.fold(m["rest"])) if w not in _STOP][:1] if m else []
    if m is None or not noun:
        return True
    claimed = ordinal_value(m["ord"])
    for found in _ORDINAL.finditer(sentence):
        after = [w[:5] for w in re.findall(r"[a-z]+", aliases.fold(found["rest"])) if w not in _STOP][:2]
        if ordinal_value(found["ord"]) == claimed and noun[0] in after:
            return True
    return False


_BARE_RANK = re.compile(rf"(?:the\s+)?(?P<ord>{_ORD})", re.I)


def _bare_rank(thing: str) -> int | None:
    """The number of an object that is an ordinal alone ('45th' of 'ranked 45th on the Fortune 500 list',
    'second' of 'finished second in the 100 metres'): a rank, the value the clause states; None otherwise."""
    m = _BARE_RANK.fullmatch(thing.strip())
    return ordinal_value(m["ord"]) if m else None


_RANK_STRETCH_END = re.compile(r"[,;]|\band\b")


def _ranked_otherwise(claim: Claim, predicate: str, values: list[tuple[str, str]], sentence: str) -> int | None:
    """The one other rank the sentence gives the claim's thing right after the relation's verb ('is ranked 54th on
    the Fortune 500 list' for 'ranked 45th on the Fortune 500 list'): an ordinal after a word of the relation whose
    stretch (to the next comma, semicolon or 'and') words every value of the claim but its time; None when the
    claim's object is no bare rank, or the sentence ranks it so nowhere, or gives more than one other rank."""
    claimed = _bare_rank(claim.object or "")
    named = [aliases.fold(re.sub(r"^(?:the|a|an)\s+", "", v, flags=re.I)).lower() for k, v in values if k != "time"]
    if claimed is None or not named or (not _A_YEAR.search(claim.time or "") and _A_YEAR.search(sentence)):
        return None  # a rank the page dates to a year refutes only a rank of that year (review35 B2)
    stems = _relation_stems(predicate)
    given = set()
    for m in _ORDINAL.finditer(sentence):
        verb = re.search(r"([A-Za-z]+)\s+$", sentence[: m.start()])
        if verb is None or verb.group(1).lower()[:5] not in stems:
            continue
        end = _RANK_STRETCH_END.search(sentence, m.end("ord"))
        stretch = aliases.fold(sentence[m.end("ord") : end.start() if end else len(sentence)]).lower()
        if all(v in stretch for v in named) and (n := ordinal_value(m["ord"])) is not None:
            given.add(n)
    return given.pop() if len(given) == 1 and claimed not in given else None


_DEFINITE_THING = re.compile(r"(?:the|his|her|its|their|this|that)\s", re.I)


def _thing_worded(thing: str, sentence: str, words_of_the_claim: str = "") -> bool:
    """Whether the sentence words any word of a common thing the claim names as the verb's object ('a majority' of
    'won a majority'; 'gold' of 'the gold medal'): what was won, founded or signed is a value of the claim too. A
    thing with a capital, a figure or an ordinal is asked by the other tests; a word of filler names nothing; a noun
    set before a name ('the developer Sansiri') describes the named thing, and a definite one ('joined the club')
    points back to a thing named before: the name is the value, which the page may write instead."""
    if not thing or re.search(r"[A-Z\d]", thing) or _ORDINAL.search(thing):
        return True
    if re.search(rf"{re.escape(thing)},?\s+[A-Z]", words_of_the_claim):
        return True
    if _DEFINITE_THING.match(thing):
        return True  # 'joined the club': a thing named before ('Tom Berg, the head coach of Norby United'), by its name
    words = [w for w in re.findall(r"[a-z]{3,}", aliases.fold(thing)) if w not in _STOP]
    if not words:
        return True
    have = {w[:5] for w in re.findall(r"[a-z]+", aliases.fold(sentence))}
    return any(w[:5] in have for w in words)  # 'won gold' words 'the gold medal'


_CATEGORY = re.compile(
    rf"\s+(?:{'|'.join(map(re.escape, _WORDS['category_openers']))})\s+"
    rf"(?P<words>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){{0,3}})(?![\w-])"
)
_NOT_A_CATEGORY = _STOP | {"his", "her", "its", "their", "this", "that", "these", "those", "which", "what"}


def _category_after(thing: str, text: str) -> set[str] | None:
    """The stems of the category `text` gives the thing named `thing` ('best actress' of 'the Korvik Prize for best
    actress in 2021', judging.toml `category_openers`), its words up to a stop word; None when the thing is not
    worded there, or no category in bare lower-case words follows it ('for her role', 'for 2021')."""
    core = re.sub(r"^(?:the|a|an)\s+", "", thing.strip(), flags=re.I)
    named = re.search(rf"\b{re.escape(core)}\b", text, re.I) if core else None
    found = _CATEGORY.match(text, named.end()) if named else None
    words = found["words"].split() if found else []
    words = words[: next((i for i, w in enumerate(words) if w in _NOT_A_CATEGORY), len(words))]
    return {w[:5] for w in words} or None


def _another_category(claim: Claim, sentence: str) -> bool:
    """Whether the sentence gives the claim's object another category than the claim does, or none it words: 'won
    the Korvik Prize for best actress' is stated neither by '... for best director' nor by '... for best supporting
    actress' (words the article does not write), as a capitalised category ('Best Director') is not (review42 R4).
    A claim giving no category is left alone: a page naming one states the plain award. The claim's category is read
    in its sentence from where its words begin, as they may end at the object ('... for best supporting actress')."""
    sentence_of_the_claim = claim.sentence or ""
    begins = sentence_of_the_claim.find(claim.text)
    claimed = _category_after(claim.object or "", sentence_of_the_claim[begins:] if begins >= 0 else claim.text)
    if not claimed:
        return False
    given = _category_after(claim.object or "", sentence)
    if given is None:
        return not claimed <= {w[:5] for w in re.findall(r"[a-z]+", aliases.fold(sentence))}
    article = {w.lower()[:5] for w in re.findall(r"[A-Za-z-]+", claim.sentence or claim.text)}
    return bool(claimed - given) or bool(given - claimed - article)


_CONTESTS = _word_pattern(_WORDS["contests"])
_CONTEST_SETTING = re.compile(
    rf"\b(?:{'|'.join(map(re.escape, _WORDS['contest_settings']))})\s+(?:the\s+|its\s+|their\s+)?"
    rf"(?:[\w-]+\s+){{0,3}}?$",
    re.I,
)


def _contest_only_a_setting(thing: str, sentence: str, words_of_the_claim: str) -> bool:
    """Whether the claim's object is a contest ('the 2019 election', judging.toml `contests`) that the sentence names
    only as the setting of another result ('In the 2019 election it won 52 of the 150 seats', `contest_settings`):
    what was won in a contest is not the contest won. A claim setting the contest so itself ('was elected in the 2019
    election') asks no more."""
    head = re.search(rf"(?i:{_CONTESTS})\W*$", thing.strip())
    if head is None:
        return False
    noun = re.compile(rf"(?<![\w-]){re.escape(head.group(0).strip(' .,;'))}s?(?![\w-])", re.I)

    def set_only(text: str) -> bool:
        found = list(noun.finditer(text))
        return bool(found) and all(_CONTEST_SETTING.search(text[: m.start()]) for m in found)

    return set_only(sentence) and not set_only(words_of_the_claim)


# a comma, semicolon, colon or bracket, read as a token of its own where a phrase's words are counted
_A_STOP_IN_A_PHRASE = re.compile(r"[,;:()]")
_STOP_TOKEN = "qqstop"


def _another_thing_of_its_kind(thing: str, sentence: str) -> bool:
    """Whether the sentence words the head noun of a common thing the claim names with its modifiers ('a gold
    medal') only as another thing of that kind: with other modifiers ('a silver medal'), or inside a longer phrase
    that names someone else's ('the gold medal winner'). A thing named by a capitalised name, or of one word, or
    whose head noun the sentence never words ('won gold'), is left to the other tests."""
    if not thing or re.search(r"[A-Z]", thing):
        return False
    words = [w for w in re.findall(r"[a-z]{3,}", aliases.fold(thing)) if w not in _STOP]
    if len(words) < 2:
        return False
    head, modifiers = words[-1][:5], [w[:5] for w in words[:-1]]
    # a stop ends the thing's phrase: 'became defence minister, succeeding Jon Dahl' words no 'minister succeeding'
    tokens = re.findall(r"[a-z0-9]+", aliases.fold(_A_STOP_IN_A_PHRASE.sub(f" {_STOP_TOKEN} ", sentence)))
    heads = [i for i, t in enumerate(tokens) if t[:5] == head and len(t) >= len(words[-1]) - 1]
    if not heads:
        return False
    for i in heads:
        # the words before it as the thing's words are read: small and stop words aside ('most of his career')
        said = [t[:5] for t in tokens[:i] if re.fullmatch(r"[a-z]{3,}", t) and t not in _STOP and t != _STOP_TOKEN]
        before = said[len(said) - len(modifiers) :]
        after = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1] != _STOP_TOKEN else ""
        if before == modifiers and not (after.isalpha() and after not in _STOP and after[:5] != head):
            return False  # the thing itself, its phrase ended ('a gold medal in ...')
        if _written_formally(thing, tokens, i, modifiers):
            return False  # 'Minister of Finance' for 'finance minister': the title as pages write it
    return True


def _written_formally(thing: str, tokens: list[str], at: int, modifiers: list[str]) -> bool:
    """Whether the tokens after a thing's head noun (tokens[at]) give its modifiers after 'of' ('minister' + 'of (the)
    finance'): the formal title of the thing the claim names with its modifiers first ('finance minister'), unless
    the words around make it another post ('deputy Minister of Finance', 'Minister of Foreign Trade':
    `another_post`). The head noun is the claim's whole ('Ministry of Finance' is no minister), and the title is no
    other post's complement: not after 'of the' / 'to the' ('secretary general of the Minister of Finance'), nor
    owning the post after it ("Minister of Finance's chief of staff") (review47 B4)."""
    rest = tokens[at + 1 :]
    if not modifiers or rest[:1] != ["of"] or tokens[at] != re.findall(r"[a-z]+", aliases.fold(thing))[-1]:
        return False
    skip = 2 if rest[1:2] == ["the"] else 1
    if [t[:5] for t in rest[skip : skip + len(modifiers)]] != modifiers:
        return False
    if tokens[max(0, at - 2) : at] in (["of", "the"], ["to", "the"]) or rest[skip + len(modifiers) :][:1] == ["s"]:
        return False  # another post of the title's holder: "the Minister of Finance's chief of staff"
    return not another_post(thing, " ".join(tokens[max(0, at - 2) : at + 2 + skip + len(modifiers)]))


def _year_with_the_object(claim: Claim, sentence: str) -> bool:
    """Whether a sentence gives the claim's year beside a word of its object or of the subject ('acting governor in
    2004' for 'became governor in 2004', 'came back to the bank in 1996' for 'joined the Norby Reserve Bank in 1996',
    'she returned to the post in 2019'): the page may tell the claimed event otherwise, so no other sentence's year
    refutes it."""
    years = set(_A_YEAR.findall(claim.time or ""))
    words = {w[:5] for w in re.findall(r"[a-z]{3,}", aliases.fold(claim.object or "")) if w not in _STOP}
    have = {w[:5] for w in re.findall(r"[a-z]{3,}", aliases.fold(sentence))}
    of_the_subject = _HE_OR_SHE.search(sentence) is not None or _of_the_person(claim.subject, sentence)
    return bool(years & set(_A_YEAR.findall(sentence))) and (bool(words & have) or of_the_subject)


def _post_after_verb(claim: Claim) -> str:
    """The post a claim with no object words after its verb ('been president since 2022' -> 'president', 'has been
    acting prime minister' -> 'acting prime minister'), folded; '' when it words none."""
    said = aliases.fold(_A_YEAR.sub(" ", claim.text))
    stems = _relation_stems(_predicate(claim))
    verb = next((m for m in re.finditer(r"[a-z]+", said) if m.group(0)[:5] in stems), None)
    after = said[verb.end() :] if verb else said
    post = POST.search(after)
    return after[: post.end()].strip() if post else ""


@functools.cache
def _title_lexicon() -> tuple[tuple[str, ...], frozenset[str], dict[str, str]]:
    """The titles of the titles lexicon (the one the role reader uses), longest first; the words that stand before
    one as part of the office ('deputy', 'acting', 'lieutenant': 'former' or '-elect' tell only when it is held); the
    abbreviations and what they stand for."""
    titles = lexicons.load("titles")
    part = frozenset([*titles["modifiers"], *titles["ranks_before_an_office"]]) - _ORDINAL_WORDS
    return tuple(sorted(titles["titles"], key=len, reverse=True)), part, dict(titles["abbreviations"])


_ORDINAL_WORDS = frozenset({"first", "second", "third"})  # a holder's number, asked by `_numbered_alike`
_POST_PREPOSITIONS = frozenset({"of", "for", "at", "in", "to", "on", "with"})


def _title_of(post: str) -> str | None:
    """The title a post names before its complement, with the words before it that are part of the office: 'deputy
    governor' of 'deputy governor of the Bank of Norby', 'chief executive' of "Korvik Bank's new chief executive" and
    'chairman' of 'party chairman' (an owner or describing word before it is no word of the office; an owner inside
    the complement, "chairman of the Korvik Museum's trustees", is the complement's, not "the Bank of Norby's");
    abbreviations written out ('CEO' -> 'chief executive'); None when no title stands before the complement."""
    titles, part, short = _title_lexicon()
    *owners, owned = re.split(r"['\u2019]s\s+", aliases.fold(post))
    owner = " ".join(owners)
    if any(w in _POST_PREPOSITIONS for w in re.findall(r"[a-z]+", owner)) and _title_of(owner) is not None:
        owned = f"{owner} {owned}"  # "chairman of the Korvik Museum's trustees": the owner is the complement's
    words = [short.get(w, w) for w in re.findall(r"[a-z][a-z.-]*", owned)]
    for i in range(len(words)):
        if words[i] in _POST_PREPOSITIONS:
            return None
        text = " ".join(words[i:])
        title = next((t for t in titles if text == t or text.startswith(f"{t} ")), None)
        if title is not None:
            j = i
            while j > 0 and words[j - 1] in part:
                j -= 1
            return " ".join([*words[j:i], title, *_field_of(title, post)])
    return None


def _field_of(title: str, post: str) -> list[str]:
    """The field a title's office is of when the post writes it in lower case: 'of finance' of 'minister of
    finance', 'of staff' of 'chief of staff' (a capitalised complement, 'of the Norby Party' or 'of Norby', names
    whose office it is, which a person's own page often leaves out)."""
    found = re.search(rf"\b{re.escape(title)}\s+of\s+([a-z][a-z-]+)\b", post, re.IGNORECASE)
    if found is None or not found[1].islower() or found[1] in {"the", "a", "an", "his", "her", "its", "their"}:
        return []
    return ["of", found[1]]


def _title_stated(post: str, sentence: str) -> bool:
    """Whether the sentence words the title the claim's post names, with the words that are part of the office
    ('mayor' is not worded by 'In 2019 he was elected governor', 'chief executive' not by 'appointed chairman',
    'deputy governor' not by 'appointed governor'): each of its words, in any form ('chair' for 'chairman', 'CEO'
    for 'chief executive'). A post that names no title asks nothing here."""
    title = _title_of(post)
    if title is None:
        return True
    short = _title_lexicon()[2]
    written = [short.get(word, word) for word in re.findall(r"[a-z][a-z.-]*", aliases.fold(sentence))]
    have = {w[:5] for words in written for w in words.split()}
    return all(w[:5] in have for w in re.findall(r"[a-z]+", title))


def _within_another_post(post: str, text: str) -> bool:
    """Whether a post's words stand in the text only inside another, longer post ('deputy leader of the Green
    League', 'leader of the Green League youth wing'): then the text does not word the post itself. A value that
    names no post, or words the text does not hold, leave it. A post the titles lexicon does not know ('rector',
    'headmaster') is another too when a qualifier or title word it lacks stands right before it ('deputy rector',
    'pro-rector', 'acting headmaster'): those words make a post of any noun."""
    core = re.sub(r"^(?:the|a|an)\s+", "", aliases.fold(post).strip())
    if not core:
        return False
    folded = aliases.fold(text)
    core = _owner_last(aliases.fold(post).strip(), folded) or core
    found = [m.start() for m in re.finditer(rf"\b{re.escape(core)}\b", folded)]
    if not POST.search(core):
        return bool(found) and all(_titled_before(folded, at, at + len(core), post) for at in found)
    if named_longer(post, text):
        return True  # 'prime minister of West Vestria', 'mayor of Norby County': another place's post
    if _only_in_a_junior_post(core, folded):
        return True  # 'Minister of State for Foreign Affairs' holds the words of no foreign minister's post
    return bool(found) and all(another_post_found(folded, at, at + len(core), post) for at in found)


_NAME_AFTER_TITLE = re.compile(r"\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)")


def _only_as_anothers_title(post: str, sentence: str, subject: tuple[str, str]) -> bool:
    """Whether the post's words stand in the sentence only as the title before another person's name ('chief of
    staff to President Ivo Stam', 'an adviser to Prime Minister Jon Dahl'): the title of the one served, no post of
    the subject's (review47 S2). A title before the subject's own name (by the claim or the page's title) is theirs."""
    core = re.sub(r"^(?:the|a|an)\s+", "", aliases.fold(post).strip())
    if not core or not POST.fullmatch(core.split()[-1]):
        return False  # 'mayor of Halden Municipality': a title ends in its post word before a name
    words = r"\s+".join(map(re.escape, core.split()))
    found = list(re.finditer(rf"\b{words}\b", sentence, re.IGNORECASE))
    names = [m["name"] if (m := _NAME_AFTER_TITLE.match(sentence, at.end())) else None for at in found]
    return bool(found) and all(n is not None and not any(find_person(s, n) for s in subject) for n in names)


_POSSESSIVE_POST = re.compile(r"^(?P<owner>[^'’]+)['’]s\s+(?P<title>[^'’]+)$")


def _owner_last(folded_post: str, folded: str) -> str | None:
    """A post written with its owner's possessive ("halden's mayor", "the labour party's chairman") turned to the
    form a page writes ('mayor of halden', 'chairman of the labour party'), when the folded text holds that form: a
    page's 'deputy mayor of Halden' then shows the words inside another post (review47 S5). None otherwise."""
    m = _POSSESSIVE_POST.match(folded_post)
    turned = f"{m['title']} of {m['owner']}" if m else ""
    return turned if turned and re.search(rf"\b{re.escape(turned)}\b", folded) else None


def _titled_before(folded: str, start: int, end: int, post: str) -> bool:
    """Whether words found at folded[start:end] carry other qualifiers than the post's, or a title word right before
    them that the post lacks: another post, whatever its noun."""
    return qualifiers_at(folded, start, end) != qualifiers(post) or another_post_at(folded, start, post)


def _only_in_a_junior_post(core: str, folded: str) -> bool:
    """Whether the post's word that a junior post's phrase holds too (the 'minister' of 'minister of state':
    offices.junior_phrases) stands in the folded text only inside such a phrase, which the post lacks: then the text
    words a junior post, not it."""
    found = junior_phrase_matches(folded) if not junior_phrases(core) else []
    shared = set(core.split()) & {w for m in found for w in m.group(0).split()}
    said = [m.start() for m in re.finditer(r"[a-z]+", folded) if m.group(0) in shared]
    return bool(said) and all(any(m.start() <= at < m.end() for m in found) for at in said)


_OPENING_PRONOUN = re.compile(r"\s*(He|She)\b")


def _said_of_the_subject(claim: Claim, doc: Document, values: list[tuple[str, str]], sentence: str) -> bool:
    """Whether each of the claim's values the sentence words stands in a clause said of the subject and affirmed
    (`holder.said_of`: not 'Per Olsen, her husband, has been leader since March 2019', nor 'She has not been
    leader since March 2019'); a place relation's place must be the place the relation takes ('born in Sundby,
    near Norby' gives no birth in Norby)."""
    predicate = _predicate(claim)
    # the place a place relation takes, however the reading filed it ('born in Dalby' read with 'Dalby' as object)
    place = next((v for kind, v in values if kind == "place" or (kind == "entity" and v == claim.object)), None)
    if predicate in PLACE_WORDS and place is not None:
        m = re.search(PLACE_WORDS[predicate] + _PLACE_AFTER, sentence)
        if m is None or _anothers_place(sentence, m) or not _place_in(place, m["place"]):
            return False  # 'born in Korvik and studied at the University of Dalby' gives no birth in Dalby
    names = (claim.subject, doc.title)
    # a page that does not tell its person's pronoun: a sentence of its opening with one ('She married Per Moe in
    # 1965; he died in 2020') calls its person by it, so the other pronoun is someone else (review46 S10)
    opening = _OPENING_PRONOUN.match(sentence)
    pronoun = holder.pronoun_of(doc.text) or (opening[1].lower() if opening else None)
    for kind, value in values:
        at = _value_at(kind, value, sentence)
        if at is not None and not holder.said_of(names, sentence, *at, pronoun, claim.text):
            return False  # (a lead the claim words itself, 'offered to buy', denies nothing of it)
    return True


def _value_at(kind: str, value: str, sentence: str) -> tuple[int, int] | None:
    """Where the sentence words one of the claim's values: its words as written, or for a time its year."""
    wanted = re.sub(r"^(?:the|a|an)\s+", "", value, flags=re.I)
    found = re.search(re.escape(wanted), sentence, re.I)
    if found is None and kind == "time" and (year := _A_YEAR.search(value)) is not None:
        found = re.search(rf"\b{year.group(0)}\b", sentence)
    return found.span() if found is not None else None


# a spell still running ('has led the institute since 2012'), and a spell told as ended: 'from 2012 to 2020',
# 'between 2012 and 2020', 'until 2020', or 'previously' / 'formerly' in a sentence with no 'since'
_SINCE_A_YEAR = re.compile(r"\bsince\s+(?:[A-Za-z]+\s+){0,2}(?P<year>\d{4})\b")
_SPELL_ENDED = re.compile(
    r"\b(?:from|between)\s+(?:[A-Za-z]+\s+){0,2}(?P<start>\d{4})\s*(?:to|until|till|and|–|-)\s*"
    r"(?:[A-Za-z]+\s+){0,2}(?P<end>\d{4})\b|\b(?:until|till)\s+(?:[A-Za-z]+\s+){0,2}(?P<until>\d{4})\b"
)
_TOLD_AS_PAST = re.compile(r"\b(?:previously|formerly)\b", re.I)


def _a_running_spell_told_as_ended(claim: Claim, sentence: str, as_of: dt.date | None) -> bool:
    """Whether the claim tells a spell still running ('Nina Moe has led the institute since 2012') and the sentence
    tells one that ended ('She previously led the institute from 2012 to 2020', '... until 2020'): a past post is
    not the post held since (review39 R14). A spell ended in a year the claim does not give is another's ('has led
    it since 2012, after chairing its board from 2008 to 2011'), and one ended in the article's year or later may
    still run on its day."""
    since = _SINCE_A_YEAR.search(claim.text)
    if since is None:
        return False
    for m in _SPELL_ENDED.finditer(sentence):
        ended = int(m["end"] or m["until"])
        if since["year"] in {m["start"], m["end"], m["until"]} and (as_of is None or ended < as_of.year):
            return True  # ended before the article's year: in that year it may still have run
    return _TOLD_AS_PAST.search(sentence) is not None and "since" not in sentence.lower()


# the clause a sentence's words stand in: up to a semicolon or a joining word ('... from 2010 to 2014 and has coached
# Halden FC since 2020')
_CLAUSE_JOIN = re.compile(r";|,?\s+\b(?:and|but|while|whereas|then)\b\s+")


def _simple_present(claim: Claim) -> bool:
    """Whether the claim's verb is in the simple present ('Karl Moen coaches Korvik FC', 'who represents Halden'):
    the deed said to go on on the article's day; not a perfect ('has coached'), which a spell that ended makes true."""
    stem = (claim.predicate or "").lower()[:4]
    verbs = re.findall(rf"\b{re.escape(stem)}[a-z]*s\b", claim.text.lower()) if len(stem) >= 3 else []
    return any(not v.endswith("ss") for v in verbs)  # 'coaches', 'represents'; not 'coached', nor 'address'


def _a_present_deed_told_as_ended(claim: Claim, sentence: str, as_of: dt.date | None) -> bool:
    """Whether the claim tells a deed in the simple present ('Karl Moen coaches Korvik FC') and the sentence tells it of
    the claim's object within a spell that ended before the article's year ('He coached Korvik FC from 2010 to
    2014.'): the present says it goes on on the article's day, the page's spell closed years before (review48 S9).
    Only the clause that words the object is read, so another clause's present spell ('... and has coached Halden FC
    since 2020') is left to its own object."""
    if as_of is None or not claim.object or not _simple_present(claim):
        return False
    text = sentence.lower()
    for start, end in binding.anchors(claim.object, text):
        opens = max((m.end() for m in _CLAUSE_JOIN.finditer(text, 0, start)), default=0)
        join = _CLAUSE_JOIN.search(text, end)
        clause = text[opens : join.start() if join else len(text)]
        if "since" in clause:
            continue  # 'has coached Korvik FC since 2020, after a spell from 2010 to 2014': running still
        if _begun_again(claim, sentence[join.start() if join else len(text) :], as_of):
            continue  # '... from 2010 to 2014 and again since 2021': the deed taken up again, held now
        for m in _SPELL_ENDED.finditer(clause):
            if int(m["end"] or m["until"]) < as_of.year:
                return True
    return False


# a later clause's words telling a deed taken up again after a spell that ended ('and again since 2021', 'returned
# as coach in 2021', 'rejoined Korvik FC')
_TAKEN_UP_AGAIN = re.compile(r"\b(?:again|returned|rejoined|resumed|reappointed)\b", re.I)
# words of a return that name no object of its own ("rejoined the club"): a shared one of them is no sign of the object
_RETURN_FILLER = frozenset({"the", "of", "and", "fc", "club"})


def _begun_again(claim: Claim, rest: str, as_of: dt.date) -> bool:
    """Whether a later clause of the sentence (`rest`, after the one naming the object) takes the same deed up again
    and runs on ('... from 2010 to 2014 and again since 2021', ', and he has coached the club again since 2021', 'and
    returned as coach in 2021'): 'again', or a return told with the deed's own word or its object ('returned to
    politics' is another deed, 'has worked as a pundit since 2015' none). A clause naming another name ('and has
    coached Halden FC again since 2020') is another object's, and one closing its own spell before the article's
    year ('and again from 2016 to 2018') ended too (review50 B3)."""
    own = {w.lower() for w in re.findall(r"[\w'’-]+", claim.object or "")}
    stem = (claim.predicate or "").lower()[:4]
    cuts = [m.start() for m in _CLAUSE_JOIN.finditer(rest)]
    for a, b in itertools.pairwise([*cuts, len(rest)]):
        clause = rest[a:b]
        back = _TAKEN_UP_AGAIN.search(clause)
        if back is None:
            continue
        words = {w.lower() for w in re.findall(r"[\w'’-]+", clause)}
        deed = len(stem) >= 3 and any(w.startswith(stem) for w in words)
        if back.group(0).lower() != "again" and not (deed or own & words - _RETURN_FILLER):
            continue  # 'and returned to politics in 2021': a return to another thing
        names = re.findall(r"(?<![\w'’-])[A-Z][\w'’-]*", clause)
        if any(n.lower() not in own | {"he", "she", "they"} for n in names):
            continue  # 'and has coached Halden FC since 2020': another club's spell
        if any(int(m["end"] or m["until"]) < as_of.year for m in _SPELL_ENDED.finditer(clause)):
            continue  # 'and again from 2016 to 2018': that spell ended too
        return True
    return False


def _time_bound(claim: Claim, sentence: str, strict: bool = False) -> bool:
    """Whether the sentence gives the claimed year to the claim's own object, not to another fact it
    lists ('Assistant Governor in 2009, eventually becoming Deputy Governor in 2012' does not date the
    deputy governorship to 2009). A clause without a year, or whose object the sentence does not word
    as such, asks the year of the clause that words the claim's verb ('won 12 seats since 2019' is not dated by
    'won 12 seats in 2015, and has held 9 seats since 2019'), or nothing more than its years when it words neither;
    `strict` asks that it words the object."""
    claimed = set(_A_YEAR.findall(claim.time or ""))
    if not claimed:
        return not strict
    # 'She succeeded Jon Dahl, who had resigned, as defence minister in 2021': a relative aside set between commas
    # after the object tells of the object, not of the deed; the deed's words go on after it (review48 R6)
    text = _RELATIVE_ASIDE.sub(" ", sentence.lower())
    # the object in full where the sentence words it so: 'ambassador to the United Nations', not the 'ambassador to
    # Tarsa' the sentence lists before it with other years (review46 S6)
    full = _post_in_full(claim, claim.object) if claim.object else ""
    anchors = binding.anchors(full, text) or binding.anchors(claim.object or "", text)
    if not anchors and strict:
        return False
    if not anchors:
        verbs = _verb_anchors(claim, text)
        if verbs is None:
            return True  # the text words neither the object nor the verb: its years are all it has
        anchors = verbs
    month = _claimed_month(claim.time or "")
    return any(claimed <= _years_of_the_month(month, text, a) for a in anchors)


# a relative clause set between commas ('Jon Dahl, who had resigned, as'): an aside about the one it follows
_RELATIVE_ASIDE = re.compile(r",\s+(?:who|whom|whose|which)\b[^,;:()]*,")


def _verb_anchors(claim: Claim, text: str) -> list[tuple[int, int]] | None:
    """Where the lower-cased text words the claim's verb (`_relation_stems`) in a clause that also words what the
    verb takes in a claim with no object ('elected to parliament': not 'elected to the Norby council in 2019 and to
    parliament in 2023', whose 2019 is the council's), as spans; None when it words the verb nowhere."""
    stems = _relation_stems(_predicate(claim))
    verbs = [m for m in re.finditer(r"\b[a-z]+", text) if m.group(0)[:5] in stems]
    if not verbs:
        return None
    said = aliases.fold(_A_YEAR.sub(" ", claim.text))
    verb = next((m for m in re.finditer(r"[a-z]+", said) if m.group(0)[:5] in stems), None)
    # an object the text words otherwise ('led the capital' for 'Head of Government of Mexico City') asks nothing
    after = said[verb.end() :] if verb and not claim.object else ""
    after = _SIDE.sub(" ", after)  # 'found not guilty of fraud': the side is `_another_side`'s, not what it took
    taken = {w[:5] for w in re.findall(r"[a-z]{3,}", after)} - _STOP_STEMS - _TIME_STEMS
    out = []
    for m in verbs:
        start, end = binding.clause_of(m.span(), text)
        if taken <= {w[:5] for w in re.findall(r"[a-z]{3,}", aliases.fold(text[start:end]))}:
            out.append(m.span())
    return out


_STOP_STEMS = frozenset(w[:5] for w in _STOP)
_TIME_STEMS = frozenset(w[:5] for w in [*aliases.FULL_MONTHS, "since", "until", "from"])


def _months_named(text: str) -> list[int]:
    """The numbers of the months a text names, in calendar order ('since March 2019': [3])."""
    return [i + 1 for i, m in enumerate(aliases.FULL_MONTHS) if re.search(rf"\b{m}\b", text, re.I)]


def _claimed_month(time: str) -> int | None:
    """The one month a claim's time names, or None (none, or a range of months)."""
    months = _months_named(time)
    return months[0] if len(months) == 1 else None


def _month_before(text: str, at: int) -> int | None:
    """The month written right before the year at `at` ('June 2019', 'June 5, 2019', '5 June 2019'), or None."""
    before = re.search(r"([a-z]+)\.?\s+(?:\d{1,2},?\s+)?$", text[:at])
    return aliases.FULL_MONTHS.index(before.group(1)) + 1 if before and before.group(1) in aliases.FULL_MONTHS else None


def _years_of_the_month(month: int | None, text: str, anchor: tuple[int, int]) -> set[str]:
    """The years the text binds to the phrase at `anchor`, kept only where no other month than the claimed one is
    written with them; and none when the date right after the phrase gives it another month ('leader ... since
    June 2019; her deputy took office in March 2019' does not date the leadership to March 2019)."""
    found = binding.bound(anchor, text, _A_YEAR)
    if month is None:
        return {m.group(1) for m in found}
    right_after = [m for m in found if 0 <= m.start() - anchor[1] <= 25]
    if right_after and _month_before(text, right_after[0].start()) not in (None, month):
        return set()
    return {m.group(1) for m in found if _month_before(text, m.start()) in (None, month)}


_ONSET = re.compile(_word_pattern([*_WORDS["onset_verbs"], *_WORDS["event_verbs"]]), re.I)
# a year right after a phrase, its bracket and a month or day aside: ' (Economic) in 2009', ' in March 2012'
_DATED_RIGHT_AFTER = re.compile(rf"(?:\s*\([^)]*\))?\s+(?:in|on)\s+(?:[a-z]+\s+)?(?:\d{{1,2}}\s+)?{_A_YEAR.pattern}")
# the verb right before what it takes, a preposition, an article and a country's name aside: 'became the', 'elected
# to the', 'joining the UK' (a country word is checked by `_verb_before`)
_VERB_BEFORE = re.compile(r"\b([a-z]+)\s+(?:(?:to|as|into|of)\s+)?(?:(?:the|a|an)\s+)?(?:(?P<country>[a-z]+)\s+)?$")


def _verb_before(text: str) -> str | None:
    """The verb right before what it takes in lower-case `text` (`_VERB_BEFORE`): 'joining the UK Department of ...'
    is joining the department, the country's name only says whose it is; None when the word before the object is
    no country's: that word is the one right before ('became deputy governor' has 'deputy' there, 'eventually
    becoming Deputy Governor' 'becoming')."""
    verb = _VERB_BEFORE.search(text)
    if verb is None:
        return None
    if verb["country"] and aliases.country_of(verb["country"]) is None:
        return verb["country"]
    return verb.group(1)


def _another_year_bound(claim: Claim, predicate: str, sentence: str) -> str | None:
    """The one other year a sentence gives the start of the claim's object or a one-off event of it, its verb right
    before the object ('eventually becoming Deputy Governor in 2012' against 'became deputy governor in 2004', 'In
    1995, he became chair of Brook & Sons', 'elected to the Senate of Vestria at the 2011 general election'): the
    years the sentence binds to the object (`_years_of_the_month`). None when the sentence dates it more than once,
    or its lower-case words qualify the object further before the year ('became deputy governor of the bank in
    2012'); a page telling the event again ('re-elected') is set aside by `sentence_findings`."""
    claimed = set(_A_YEAR.findall(claim.time or ""))
    if len(claimed) != 1 or not _ONSET.fullmatch(_without_auxiliaries(predicate)):
        return None
    if not _about_subject(claim.subject, sentence) and not _pronoun_after_a_plain_opener(claim.subject, sentence):
        return None
    sentence = "".join(unicodedata.normalize("NFD", c)[0] for c in sentence)  # 'Dáil' as the object's 'dail'
    text = sentence.lower()
    month = _claimed_month(claim.time or "")
    claim_words = {w[:5] for w in re.findall(r"[a-z]+", aliases.fold(claim.text))}
    given: set[str] = set()
    things = _things_taken(claim)
    spans = [(span, at > 0) for at, thing in enumerate(things) for span in binding.anchors(thing, text)]
    for (start, end), described in sorted(set(spans)):
        verb = _verb_before(text[max(0, start - 40) : start])
        if verb is None or verb[:5] not in _relation_stems(predicate):
            continue  # the object stands in another verb's phrase (a list of posts, 'served as')
        if described and _name_goes_on(sentence[end:]):
            continue  # 'co-founded Korvia Foods' is another firm than 'the developer Korvia' (review50 B8)
        after = _DATED_RIGHT_AFTER.match(text[end:])
        years = _years_of_the_month(month, text, (start, end)) | ({after.group(1)} if after else set())
        if after and re.match(rf"\s*(?:,|and|or)\s*{_A_YEAR.pattern}", text[end + after.end() :]):
            return None  # 'in 2011 and 2016': dated twice
        for year in years - claimed:
            at = sentence.find(year, end)
            between = re.findall(r"\b[a-z]{4,}\b", sentence[end:at]) if at > end else []
            if any(w not in _STOP and w[:5] not in claim_words and w not in aliases.FULL_MONTHS for w in between):
                return None  # 'became deputy governor of the bank in 2012': qualified further
        given |= years
    return given.pop() if len(given) == 1 and not claimed & given else None


def _name_goes_on(rest: str) -> bool:
    """Whether the page's words right after the thing the claim's verb takes go on with a capitalised word, not a
    month's ('co-founded Korvia Foods' after 'Korvia'): the page names a longer name, another thing."""
    nxt = re.match(r"\s+(?P<word>[A-Z][\w'’&-]*)", rest)
    return nxt is not None and nxt["word"].lower() not in aliases.FULL_MONTHS


# what the verb takes as a common noun before a name: 'the developer Sansiri', 'the advertising agency Young and
# Rubicam' (up to three lower-case words between the article and the name)
_DESCRIBED_NAME = re.compile(
    r"^\s*the\s+(?:[a-z][a-z-]*\s+){1,3}(?P<name>[A-Z][\w'’&.-]*(?:\s+(?:(?:of|and|the|for|de)\s+)*[A-Z][\w'’&.-]*)*)"
)
# a thing named with its article in a sentence: 'the Institute of National Remembrance', 'the Norby Herald'
_THE_NAMED = re.compile(r"\bthe\s+(?P<name>[A-Z][\w'’&.-]*(?:\s+(?:(?:of|and|the|for|de)\s+)*[A-Z][\w'’&.-]*)*)")
_IT = frozenset(["it"])


def _things_taken(claim: Claim) -> list[str]:
    """The words a page may name what the claim's verb takes by: its object as read (or the words after its verb),
    then the name a common noun describes ('co-founded the developer Sansiri in 1995': 'Sansiri', the page writing
    'co-founded Sansiri'), or the thing 'it' stands for, the last thing its sentence named with 'the' before the claim
    with no other capitalised word after it ('headed the Institute of National Remembrance from 2021, having joined
    it in 2013'). Only what the page words right after the claim's verb is then read (`_another_year_bound`)."""
    thing = claim.object or _taken_after_verb(claim)
    out = [thing]
    words = re.findall(r"[a-z]+", aliases.fold(thing))
    if not words:
        return out
    if set(words) <= _IT and thing.strip().lower() == "it":
        before = before_claim(claim)
        named = list(_THE_NAMED.finditer(before))
        if named and not re.search(r"\b[A-Z]", before[named[-1].end() :]):
            out.append(named[-1]["name"])
        return out
    stems = _relation_stems(_predicate(claim))
    verb = next((m for m in re.finditer(r"[A-Za-z]+", claim.text) if aliases.fold(m.group(0))[:5] in stems), None)
    if verb is not None and (m := _DESCRIBED_NAME.match(claim.text[verb.end() :])):
        out.append(m["name"])
    return out


_PARTY_SPELL_ROWS = frozenset(_WORDS["party_spell_rows"])
# a party row's entry with its years: 'Solidarity Party (1994–2006)', 'Realizing Goals, (2022–present)'
_PARTY_SPELL = re.compile(
    rf"(?P<name>[^,()]+?)\s*,?\s*\((?P<start>{_A_YEAR.pattern})\s*[–-]\s*(?:{_A_YEAR.pattern}|present)?\s*\)"
)


def party_join_findings(claim: Claim, own: list[Document]) -> list[Finding]:
    """'He joined Realizing Goals in 2019' against the party rows of the subject's infobox (judging.toml clause
    party_spell_rows: 'Realizing Goals, (2022–present)'): the one spell of the party the claim names, by the same
    name, dates the joining; its start year supports the claim or, another, contradicts it, quoting the row. A party
    listed with two spells of other starts dates no joining: the claim may be of either."""
    years = set(_A_YEAR.findall(claim.time or ""))
    if _without_auxiliaries(_predicate(claim)) != "joined" or len(years) != 1:
        return []
    party = re.sub(r"^the\s+", "", aliases.fold(claim.object or _taken_after_verb(claim)).strip())
    spells = [
        (doc, row, m["start"])
        for doc in own
        for row in doc.infobox
        if row.label.strip().lower() in _PARTY_SPELL_ROWS
        for m in _PARTY_SPELL.finditer(row.value)
        if party and re.sub(r"^the\s+", "", aliases.fold(m["name"]).strip()) == party
    ]
    if len({start for _, _, start in spells}) != 1:
        return []  # not listed, or listed with two spells
    doc, row, start = spells[0]
    stance = Stance.SUPPORTS if start in years else Stance.CONTRADICTS
    detail = f"lists {row.value.strip()} among the parties of {claim.subject}, dating the joining to {start}"
    return [Finding(Unit(doc, field_text(doc, row), row), stance, 90.0, Aspect.MAIN, detail)]


def _without_auxiliaries(predicate: str) -> str:
    """The predicate's own verb, its auxiliaries (judging.toml [date] auxiliaries) aside: 'was promoted' ->
    'promoted'; the predicate as it is when it has no other word."""
    words = predicate.split()
    return " ".join(w for w in words if w not in _AUXILIARIES) or predicate


def _taken_after_verb(claim: Claim) -> str:
    """What the clause's verb takes as the claim writes it, when the extractor named no object ('was promoted to
    squadron leader in 2001' -> 'to squadron leader'): the words after the verb, its time and the prepositions
    before that time aside; '' without the verb."""
    said = aliases.fold(claim.text)
    stems = _relation_stems(_predicate(claim))
    verb = next((m for m in re.finditer(r"[a-z]+", said) if m.group(0)[:5] in stems), None)
    if verb is None:
        return ""
    after = said[verb.end() :]
    if claim.time and (at := after.find(aliases.fold(claim.time))) >= 0:
        after = after[:at]
    return re.sub(r"(?:\s+(?:in|on|since|from|at))+\s*$", "", after).strip()


def _values(claim: Claim) -> list[tuple[str, str]]:
    """The claim's checkable values: the other entity, the place, the time, the amount."""
    out = []
    if claim.object and (_is_name(claim.object) or re.search(r"[A-Z]", claim.object)):
        out.append(("entity", claim.object))
    if claim.place:
        out.append(("place", claim.place))
    if claim.time and re.search(r"\d{4}", claim.time):
        out.append(("time", claim.time))
    if claim.quantity and re.search(r"\d", claim.quantity):
        out.append(("number", claim.quantity))
    return out


def _holds(kind: str, value: str, sentence: str) -> bool:
    if kind == "entity" and _is_name(value) and find_person(value, sentence):
        return True
    if kind in {"entity", "place"}:
        return _named_in(re.sub(r"^(?:the|a|an)\s+", "", value, flags=re.I), sentence)
    if kind == "time":
        return _same_time(value, sentence)
    numbers = [n.rstrip(".") for n in re.findall(r"\d[\d,.]*", value)]
    folded = aliases.fold(sentence).replace(",", "")
    # the whole figure, not the start or end of a longer one: '52 percent' is not stated by '52.9 percent'
    whole = all(re.search(rf"(?<![\d.])\b{re.escape(n.replace(',', ''))}\b(?!\.\d)", folded) for n in numbers)
    return whole and _a_share_of_the_same(value, sentence) and not _counts_another_noun(value, sentence)


_SCALE_WORDS = frozenset([*aliases.SCALES, *aliases.SHORT_SCALES])
_COUNTED_NOUN = re.compile(r"\s*(?P<words>(?:[a-z][a-z-]*\s*){1,3})")


def _count_nouns(text: str, end: int) -> list[str]:
    """The words after a figure ending at `end`, up to three and up to a stop word, its scale word aside ('12 league
    goals' -> 'league', 'goals'; '3 million people in' -> 'people'); none when no word follows it ('12, ...')."""
    m = _COUNTED_NOUN.match(text.lower(), end)  # (folding would move the offsets)
    words = m["words"].split() if m else []
    words = words[1:] if words[:1] and words[0] in _SCALE_WORDS else words
    stop = next((i for i, w in enumerate(words) if w in _STOP), len(words))
    return words[:stop]


def _same_counted(claimed: str, given: list[str]) -> bool:
    """Whether the page's words after its figure count the claim's noun: its stem, or a noun of its concept
    (counted.toml concepts: 'games' of 'matches')."""
    concept = aliases.counted_concept(claimed)
    return any(w[:5] == claimed[:5] or (concept and aliases.counted_concept(w) == concept) for w in given)


def _counts_another_noun(value: str, sentence: str) -> bool:
    """Whether every place the sentence words the claim's count gives it another noun: 'played 12 matches' is not
    stated by 'scoring 12 goals', nor 'built 300 plants' by 'a plant ... that employs 300 people' (review38 R9). A
    count the claim gives no noun, or the page none after its figure, is left alone."""
    figure = re.search(r"\d[\d,.]*\d|\d", value)
    claimed = _count_nouns(value, figure.end()) if figure else []
    if not claimed or "%" in value:
        return False
    given = [
        _count_nouns(sentence, m.end())
        for m in re.finditer(rf"(?<![\d.]){re.escape(figure.group(0))}(?![\d])", sentence)
    ]
    return bool(given) and all(words and not any(_same_counted(n, words) for n in claimed) for words in given)


# a share and what it is of: '36.2% of the vote', '40 per cent of all seats in parliament' (the words up to a
# preposition, a figure or a stop)
_SHARE_OF = re.compile(
    r"\s*(?:%|per\s*cent\b|percent\b)\s+of\s+(?:the\s+|all\s+)?(?P<noun>[a-z]+(?:\s+[a-z]+){0,2})", re.I
)


def _share_nouns(text: str, end: int) -> set[str] | None:
    """The stems of what the share whose figure ends at `end` is of ('vote' of '36.2% of the popular vote in 2023'),
    None when no 'of' follows its figure."""
    m = _SHARE_OF.match(text, end)
    if m is None:
        return None
    words = re.split(r"\s+(?:in|at|on|for|from|with|by|to|and|of)\b", " " + m["noun"], maxsplit=1)[0].split()
    return {w.lower()[:4] for w in words if w.lower() not in _STOP}


_A_SHARE = re.compile(r"\s*(?:%|per\s*cent\b|percent\b)", re.I)


def _a_share_of_the_same(value: str, sentence: str) -> bool:
    """Whether the sentence gives the claim's figure (`value`) as the same kind of figure: a share of the same
    thing ('61 seats with 36.2% of the vote' gives a share of the vote, not of the seats), and a count not only as a
    share ('won 12 seats with 8% of the vote' gives no 8 seats). A share naming no thing after its figure, on either
    side, asks nothing more."""
    figure = re.search(r"\d[\d,.]*\d|\d", value)
    if not figure:
        return True
    ends = [m.end() for m in re.finditer(rf"(?<![\d.]){re.escape(figure.group(0))}(?![\d])", sentence)]
    if not _A_SHARE.match(value, figure.end()):
        return not ends or any(not _A_SHARE.match(sentence, end) for end in ends)
    claimed = _share_nouns(value, figure.end())
    given = [_share_nouns(sentence, end) for end in ends]
    return not claimed or not given or any(nouns is None or nouns & claimed for nouns in given)


_NAME_WORDS = r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*"
_OWNERS = re.compile(rf"^(?P<owner>{_NAME_WORDS})['’]s\s+(?P<thing>[\w-]+(?:\s+[\w-]+){{0,3}})$")
_OF_OWNER = re.compile(rf"^(?P<thing>[\w-]+(?:\s+[\w-]+){{0,3}}?)\s+of\s+(?P<owner>{_NAME_WORDS})$")


def _named_in(value: str, text: str) -> bool:
    """`_place_in`, the value's owner read either way ("Vestria's cabinet" in 'the Cabinet of Vestria')."""
    return _place_in(value, text) or ((other := _owner_form(value)) is not None and _place_in(other, text))


def _owner_form(value: str) -> str | None:
    """The same value with its owner written the other way: "Vestria's cabinet" <-> 'cabinet of Vestria' (a page
    words a thing of a country or body either way); None for a value with no named owner."""
    if (m := _OWNERS.match(value)) is not None:
        return f"{m['thing']} of {m['owner']}"
    if (m := _OF_OWNER.match(value)) is not None:
        return f"{m['owner']}'s {m['thing']}"
    return None


def _unit_and_group(finding: Finding) -> str:
    """A finding's words, and for an infobox row the rows of its office group too: 'Successor: Micheál
    Martin' is dated by its group's 'Term ended: 27 June 2020'."""
    field = finding.unit.field
    if field is None:
        return finding.unit.text
    rows = [g for g in office_groups(finding.unit.doc.infobox) if any(f is field for f in g.values())]
    return " ".join([finding.unit.text, *(f"{f.label}: {f.value}" for g in rows for f in g.values())])


def _states_time(written: str, text: str) -> bool:
    """The text gives every year the clause writes, and each date it writes to the month or day at that
    precision ('April 2022' in 'Term began: 6 April 2022'); words that are no date ('until Sunday') aside."""
    if not set(_A_YEAR.findall(written)) <= set(_A_YEAR.findall(text)):
        return False
    given = [(parse_date(m.group(0)), precision(m.group(0))) for m in DATE_TEXT.finditer(text)]
    for m in DATE_TEXT.finditer(written):
        at = precision(m.group(0))
        want = parse_date(m.group(0))
        if at == "year" or want is None:
            continue
        if not any(have and _RANK[have_at] >= _RANK[at] and same_date(have, want, at) for have, have_at in given):
            return False
    return True


def _same_time(written: str, sentence: str) -> bool:
    """The sentence states the claimed date at the precision written: the year, or the day too."""
    years = re.findall(r"\b(1[89]\d\d|20\d\d)\b", written)
    if not years or not all(y in sentence for y in years):
        return False
    full = DATE_TEXT.search(written)
    if full is None or re.fullmatch(r"\d{4}", full.group(0)):
        return True
    want = parse_date(full.group(0))
    return any(parse_date(m.group(0)) == want for m in DATE_TEXT.finditer(sentence))


_BECAME = frozenset({"became", "become", "has become", "had become"})
_FOUNDING_ROW = re.compile(r"^(?:founded|established|formation|foundation|formed)$", re.I)


def founding_role_findings(claim: Claim, own: list[Document]) -> list[Finding]:
    """Support only: 'became Australia's central bank in 1960' of a body whose own page's first sentence says it
    is that now ('... is Australia's central bank and ...') and whose infobox dates its founding to that year: it
    has been so since it was founded. Another founding year decides nothing (it may have become so later)."""
    years = re.findall(r"\b(1[89]\d\d|20\d\d)\b", claim.time or "")
    what = re.sub(r"^(?:the|an?)\s+", "", aliases.fold(claim.object or "").strip())
    if _predicate(claim) not in _BECAME or len(years) != 1 or len(what.split()) < 2:
        return []
    is_it = re.compile(rf"\b(?:is|has been)\s+(?:the\s+|an?\s+)?{re.escape(what)}\b")
    out = []
    for doc in own:
        first = _sentences(doc)[:1]
        rows = [f for f in doc.infobox if _FOUNDING_ROW.match(f.label) and years[0] in re.findall(YEAR, f.value)]
        if rows and first and is_it.search(aliases.fold(first[0])):
            detail = f"dates its founding to {rows[0].value} and says it is {claim.object}"
            unit = Unit(doc, field_text(doc, rows[0]), rows[0])
            out.append(Finding(unit, Stance.SUPPORTS, 90.0, Aspect.MAIN, detail))
    return out


def year_findings(claim: Claim, own: list[Document]) -> list[Finding]:
    """An event a subject has once ('born in 1961', 'retired in 2016'): a sentence of the subject's
    page that words the same event with one year, another than the claim's, contradicts."""
    predicate = _predicate(claim)
    years = re.findall(r"\b(1[89]\d\d|20\d\d)\b", claim.time or "")
    # a deed told as the subject's first ('was first identified in 2001'): once, as the page's first of it is
    first = predicate not in ONCE and _told_as_a_first(predicate, claim.text)
    if (predicate not in ONCE and not first) or len(years) != 1:
        return []
    named = _with_its_pronouns_thing(claim, predicate)  # 'having founded it': the thing the sentence named last
    out = []
    for doc in own:
        for sentence in _sentences(doc):
            stated = set(re.findall(r"\b(1[89]\d\d|20\d\d)\b", sentence))
            if (
                len(stated) == 1
                and _mentions_relation(predicate, sentence)
                and (not first or _told_as_a_first(predicate, sentence))
                and years[0] not in stated
                and _about_subject(claim.subject, sentence)
                and not _anothers_relative_clause(claim.subject, predicate, sentence)
                and _object_in(named, sentence)
                and _dated_by_verb(predicate, sentence, next(iter(stated)))
                and not _qualified_otherwise(claim, predicate, sentence, next(iter(stated)))
            ):
                detail = f"dates it to {stated.pop()}"
                out.append(Finding(Unit(doc, sentence), Stance.CONTRADICTS, 85.0, Aspect.MAIN, detail))
    return out


_IT_TAKEN = frozenset({"it", "them"})
_NO_THING = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY", "MONEY"})


def _with_its_pronouns_thing(claim: Claim, predicate: str) -> Claim:
    """The claim with the thing its verb's pronoun stands for as its object, where the reading left it none ('He advised
    the Norby Institute of Memory on a new museum, having founded it in 2013': 'it' the museum, the thing the sentence
    names last before the claim; review50 R3), so the page's founding of another thing does not date this one. The
    claim itself when its verb takes no such pronoun or it has an object."""
    if claim.object:
        return claim
    verbs = agency.told(claim.text, _relation_stems(predicate))
    if not any(c.dep_ == "dobj" and c.lower_ in _IT_TAKEN for v in verbs for c in v.children):
        return claim
    from verify.nlp import parse  # late, as the other parse readers here

    at = claim_start(claim)
    chunks = [
        c
        for c in parse(claim.sentence).doc.noun_chunks
        if c.root.pos_ != "PRON" and c.root.ent_type_ not in _NO_THING and 0 <= c.end_char <= at
    ]  # not 'for a decade', 'on Monday'
    return claim.model_copy(update={"object": chunks[-1].text}) if chunks else claim


def _told_as_a_first(predicate: str, text: str) -> bool:
    """Whether `text` words the predicate's verb right after a word of a first time ('first identified', 'first
    described'; judging.toml clause.firsts): the subject's first such deed, which it has once (review42 R7)."""
    stems = _relation_stems(predicate)
    return any(m[1][:5] in stems for m in _FIRST_THEN_WORD.finditer(aliases.fold(text)))


_FIRST_THEN_WORD = re.compile(rf"\b(?:{'|'.join(map(re.escape, _WORDS['firsts']))})\s+([a-z]+)")
_DEGREES = _WORDS["degrees"]
_DEGREE_WORDS = frozenset([*_DEGREES["verbs"], *_DEGREES["nouns"]])
_LEVELS = {level: frozenset(_DEGREES[level]) for level in ("bachelor", "master", "doctorate")}
_STUDY = re.compile(_word_pattern(_DEGREES["study_verbs"]), re.I)
_NOT_WHICH_DEGREE = frozenset(
    w[:5] for w in [*_DEGREES["generic"], *_DEGREE_WORDS, *_STOP, *(w for words in _LEVELS.values() for w in words)]
)
_LEAST_SHARED = 2  # words of what was studied, or where, a page's sentence must share with the claim's
_HONORARY = re.compile(_word_pattern(_DEGREES["honorary"]), re.I)
_DEGREE_WORD = re.compile(
    _word_pattern([*_DEGREE_WORDS, *(w for words in _LEVELS.values() for w in words)]), re.I
)  # a graduating verb, a degree's noun or level
_YEAR_OPENERS = frozenset(_DEGREES["year_openers"])
_DEGREE_REACH = 90  # characters at most between a degree's word and the year after it (a school's name may be long)
# what ends a degree's clause before a year: a semicolon, a word that opens another clause ('where', 'when', 'later':
# judging.toml clause.clause_breaks but the joining 'and', 'but'), a comma or 'and' before a verb's participle or a
# relative word (', founded in 1921', 'and married in 2002', ', which ...', ', teaching ...'); not a comma inside a
# name ('University of California, Berkeley') nor an 'and' joining what was studied ('Russian studies and biology')
_DEGREE_BREAK = re.compile(
    rf";|\b(?:{'|'.join(w for w in _WORDS['clause_breaks'] if w not in ('and', 'but'))})\b"
    rf"|(?:,|\band\b)\s+(?:[a-z]+ed|{holder.RELATIVE_WORDS})\b|,\s+[a-z]+ing\b"
)


def _dates_the_degree(sentence: str, year: str, told: re.Pattern[str] | None = None) -> bool:
    """Whether the year dates the degree the sentence tells, as `_dated_by_verb` does a verb's: after a degree's
    word within its clause ('graduating with a Master of Science in 1995'; no other clause between, `_DEGREE_BREAK`:
    'a master's from X, founded in 1921', 'and married in 2002'), right before it ('a 1995 graduate'), or opening the
    sentence before it ('In 1995, she graduated'). Another year of the sentence ('entered X in 1995 to study for a
    degree') dates something else. `told` gives the event's words when it is another than a degree (an entry)."""
    words = list((told or _DEGREE_WORD).finditer(sentence))
    for at in (m.start() for m in re.finditer(rf"\b{year}\b", sentence)):
        opening = re.findall(r"[A-Za-z]+", sentence[:at])
        for word in words:
            if word.end() <= at:
                between = sentence[word.end() : at]
                if len(between) <= _DEGREE_REACH and not _DEGREE_BREAK.search(between):
                    return True
            elif not sentence[at + 4 : word.start()].strip() or (
                all(w.lower() in _YEAR_OPENERS for w in opening)
                and not _DEGREE_BREAK.search(sentence[at + 4 : word.start()])
            ):
                return True
    return False


def _degree_words(text: str) -> tuple[bool, set[str], set[str]]:
    """Whether a text tells a degree (a graduating verb, a degree's noun or level), the levels it names, and its
    other words cut to stems (what was studied, where)."""
    words = re.findall(r"[a-z]+", aliases.fold(text).replace("'s", "").replace("’s", ""))
    levels = {level for level, said in _LEVELS.items() if said & set(words)}
    told = bool(levels) or bool(_DEGREE_WORDS & set(words))
    others = {w[:5] for w in words if len(w) > 2 and w[:5] not in _NOT_WHICH_DEGREE}
    return told, levels, others - {w[:5] for w in aliases.FULL_MONTHS}


def tells_a_degree(claim: Claim) -> bool:
    """Whether a clause tells a degree taken in one year ('graduating in 2010'): `degree_findings` reads it."""
    years = set(_A_YEAR.findall(claim.time or "")) or set(_A_YEAR.findall(claim.text))
    return len(years) == 1 and _degree_words(claim.text)[0]


def _level_clause_words(sentence: str) -> set[str]:
    """The words of where of the part of a sentence that tells a degree, the sentence split at commas, semicolons and
    'and': in 'She studied at Korvik University and earned a PhD from Halden University' the PhD's words are Halden's,
    not Korvik's, so one word of where shared with the claim must be the degree's own (tests/test_rebid42.py)."""
    words: set[str] = set()
    for part in re.split(r"[,;]|\band\b", sentence):
        _, levels, found = _degree_words(part)
        words |= found if levels else set()
    return words


_SCHOOL_KINDS = frozenset(_DEGREES["schools"])


def _school_named(name: str) -> frozenset[str]:
    """What a school's name says of which school it is: its kind ('university', 'school') and its other words cut to
    stems ('University of Norby' and 'Norby University' alike; 'Norby School of Economics' another)."""
    kinds = {w for w in re.findall(r"[a-z]+", name.lower()) if w in _SCHOOL_KINDS}
    return frozenset(kinds | _degree_words(name)[2])


def _another_school_named(claimed: str, sentence: str) -> bool:
    """Whether the claim names its degree's school in full ('a doctorate from the University of Norby') and the parts
    of the sentence that tell a degree of a level name schools, none of them that one ('a doctorate from the Norby
    School of Economics'): a word of where the two share (a place many schools are named after) makes them no one
    school (review49 B4). A claim or a sentence naming no school by a school's word ('from Harvard') is not read so."""
    ours = {_school_named(m.group(0)) for m in _SCHOOL_NAME.finditer(claimed)}
    if len(ours) != 1:
        return False
    cuts = [0, *(m.end() for m in re.finditer(r"[,;]|\band\b", sentence)), len(sentence)]
    parts = [(a, b) for a, b in itertools.pairwise(cuts) if _degree_words(sentence[a:b])[1]]
    theirs = {  # a name read whole ('... of Economics and Political Science'), when it opens in a degree's part
        _school_named(m.group(0)) for m in _SCHOOL_NAME.finditer(sentence) if any(a <= m.start() < b for a, b in parts)
    }
    return bool(theirs) and not ours & theirs


def degree_findings(claim: Claim, own: list[Document]) -> list[Finding]:
    """A degree's year ('graduating in 2010', 'completed a master's at the London School of Economics in 1999')
    against the subject's own page: the one sentence about the subject that tells a degree of the same level (or,
    the claim naming none, a sentence of one level at most) and shares most words of what was studied or where
    (at least two: the claim's own, or else those from the study verb before it, 'studied political science at
    Norby University, graduating in 2010'), with one year. That year supports the claim or, another, contradicts
    it. Only a year that dates the degree itself counts (`_dates_the_degree`), and an honorary degree is none taken.
    Two sentences sharing as many words, or a sentence dating it with two years, decide nothing."""
    if not tells_a_degree(claim):
        return []
    years = set(_A_YEAR.findall(claim.time or "")) or set(_A_YEAR.findall(claim.text))
    _, levels, studied = _degree_words(claim.text)
    subject_words = {w[:5] for w in re.findall(r"[a-z]+", aliases.fold(claim.subject))}
    studied -= subject_words
    if len(studied) < _LEAST_SHARED:
        at = claim_start(claim)
        opened = list(_STUDY.finditer(claim.sentence[: max(at, 0)]))
        if opened:
            studied = _degree_words(claim.sentence[opened[-1].end() : at])[2] - subject_words
    # a degree of a named level needs only the claim's own words of where ('a doctorate from the University of
    # Bonn': one word, 'Bonn'), a level being a narrower match than a bare graduation
    need = max(1, min(_LEAST_SHARED, len(studied))) if levels else _LEAST_SHARED
    scored: list[tuple[int, Document, str, str]] = []
    for doc in own:
        for sentence in _sentences(doc):
            stated = {y for y in _A_YEAR.findall(sentence) if _dates_the_degree(sentence, y)}
            said, said_levels, said_words = _degree_words(sentence)
            if (
                not said
                or len(stated) != 1
                or _HONORARY.search(sentence)
                or not (
                    _of_the_person(claim.subject, sentence) or _pronoun_after_a_plain_opener(claim.subject, sentence)
                )
            ):
                continue  # 'A graduate from X in 1991, he worked ...': the opening phrase's degree is his
            if (levels and said_levels != levels) or len(said_levels) > 1:
                continue  # another level, or two degrees the sentence dates together
            one_word = levels and need < _LEAST_SHARED  # a named level matched on one word of where: the degree's own
            if one_word and _another_school_named(claim.text, sentence):
                continue  # 'the Norby School of Economics' for 'the University of Norby': one word, another school
            shared = len(studied & (_level_clause_words(sentence) if one_word else said_words))
            if shared >= need:
                scored.append((shared, doc, sentence, stated.pop()))
    best = max((s[0] for s in scored), default=0)
    top = [s for s in scored if s[0] == best]
    if len({s[3] for s in top}) != 1:
        return []  # as close to the claim, other years (the same sentence in two revisions agrees with itself)
    _, doc, sentence, year = top[0]
    stance = Stance.SUPPORTS if year in years else Stance.CONTRADICTS
    if stance == Stance.SUPPORTS and _other_words_in_its_place(claim, _predicate(claim), [("time", year)], sentence):
        return []  # 'a doctorate in physics ... in 1995' against 'a doctorate in chemistry ... in 1995': another field
    return [Finding(Unit(doc, sentence), stance, 85.0, Aspect.MAIN, f"dates the degree to {year}")]


_ENTRY = re.compile(_word_pattern(_DEGREES["entry"]), re.I)
_SCHOOL_NAME = re.compile(
    rf"(?:[A-Z][\w'’.-]*\s+(?:(?:of|for|and|the)\s+)*)*(?i:{'|'.join(_DEGREES['schools'])})(?:\s+[A-Z][\w'’.-]*)*"
    rf"(?:\s+(?:of|for|and|the)(?:\s+(?:of|for|and|the))*\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)?"
)  # the whole capitalised name: 'Norby University Hospital' is no 'Norby University'
_AS_A_POST = re.compile(r"^\s*,?\s*as\s+")  # 'entered Norby University as a lecturer': a post, not a student's entry


def _school_entered(text: str) -> str | None:
    """The name of the school an entry verb takes ('entered the University of Tokyo' -> 'University of Tokyo'), as
    written after the verb; None without an entry verb and a school's name right after it."""
    verb = _ENTRY.search(text)
    if verb is None:
        return None
    m = re.match(r"\s+(?:(?:at|into|in|to)\s+)?(?:the\s+)?", text[verb.end() :])
    name = _SCHOOL_NAME.match(text, verb.end() + (m.end() if m else 0))
    if name is None or not name.group(0)[:1].isupper() or _AS_A_POST.match(text[name.end() :]):
        return None
    return name.group(0).strip()


def entry_findings(claim: Claim, own: list[Document]) -> list[Finding]:
    """The year a school was entered ('He entered the University of Tokyo in 1966') against the one sentence of the
    subject's page that tells an entry into the school it names the same way ('He was matriculated at the University of
    Tokyo in 1963'), the year dating the entry as `_dates_the_degree` dates a degree: that year supports the claim or,
    another, contradicts it. Another school, a graduation, or two sentences giving other years decide nothing."""
    school = _school_entered(claim.text)
    years = set(_A_YEAR.findall(claim.time or "")) or set(_A_YEAR.findall(claim.text))
    if school is None or len(years) != 1:
        return []
    found: dict[str, tuple[Document, str]] = {}
    for doc in own:
        for sentence in _sentences(doc):
            said = _school_entered(sentence)
            if said is None or aliases.fold(said) != aliases.fold(school):
                continue
            if not _of_the_person(claim.subject, sentence):
                continue
            stated = {y for y in _A_YEAR.findall(sentence) if _dates_the_degree(sentence, y, _ENTRY)}
            if len(stated) == 1:
                found.setdefault(stated.pop(), (doc, sentence))
    if len(found) != 1:
        return []  # no sentence, or sentences giving other years (a school entered twice)
    year, (doc, sentence) = next(iter(found.items()))
    if year not in years and _at_the_school_then(school, years, claim.subject, own):
        return []  # a second entry the page tells with another verb ('returned to ... in 1986')
    stance = Stance.SUPPORTS if year in years else Stance.CONTRADICTS
    return [Finding(Unit(doc, sentence), stance, 85.0, Aspect.MAIN, f"dates the entry into {school} to {year}")]


def _at_the_school_then(school: str, years: set[str], subject: str, own: list[Document]) -> bool:
    """Whether a sentence of the subject's pages names the school with the claimed year ('she returned to Norby
    University in 1986 for a doctorate'): a person may enter a school twice, and the page may tell the second entry
    with a verb no entry list holds, so the first entry's year does not refute the claim."""
    folded = aliases.fold(school)
    return any(
        folded in aliases.fold(sentence) and years & set(_A_YEAR.findall(sentence)) and _of_them(subject, sentence)
        for doc in own
        for sentence in _sentences(doc)
    )


def _of_them(subject: str, sentence: str) -> bool:
    """`_of_the_person`, or a sentence whose clause after an opening phrase has the pronoun for the subject ('After
    six years as a teacher, she returned ...'), where `_about_subject` also finds no relative's event."""
    if _of_the_person(subject, sentence):
        return True
    return _about_subject(subject, re.sub(r"^[^,]*,\s*", "", sentence, count=1))


def _of_the_person(subject: str, sentence: str) -> bool:
    """`_about_subject`, or a sentence opening with one of the subject's names ('Paetongtarn studied at ...': a
    page may call its person by the given name)."""
    names = [re.escape(n) for n in subject.split() if len(n) > 3]
    opens = bool(names) and re.match(rf"\s*(?:{'|'.join(names)})\b(?!['’])", sentence) is not None
    return _about_subject(subject, sentence) or opens


def _qualified_otherwise(claim: Claim, predicate: str, sentence: str, year: str) -> bool:
    """Whether the sentence's verb carries words the claim does not ('retired from international football
    in 2012' for 'retired in 2016', 'founded as a youth wing in 1990'): then it may date another event of
    that verb. Only lower-case words count: a place ('born in Oslo in 1959') or a month qualifies nothing."""
    stems = _relation_stems(predicate)
    claimed = {w[:5] for w in re.findall(r"[a-z]+", aliases.fold(claim.text))}
    for verb in re.finditer(r"[A-Za-z]+", sentence):
        if verb.group(0).lower()[:5] not in stems:
            continue
        at = sentence.find(year, verb.end())
        between = sentence[verb.end() : at] if at >= 0 else ""
        words = [w for w in re.findall(r"\b[a-z]{4,}\b", between) if w not in _STOP and w not in aliases.FULL_MONTHS]
        if any(w[:5] not in claimed for w in words):
            return True
    return False


_CLAUSE_BREAK = re.compile(rf";|\b(?:{'|'.join(_WORDS['clause_breaks'])})\b", re.I)


_FRONTED = re.compile(r"\s*(?P<verb>[^\W\d_]+)\b[^,;]*,")  # a sentence's first word and its words to the first comma


def _dated_by_verb(predicate: str, sentence: str, year: str) -> bool:
    """Whether the year dates the relation's own verb: within a few words of it, in the same clause
    ('was born in Oslo in 1959', 'In 2016, she retired'), not another event the sentence adds ('Born in
    Bergen, he moved to Oslo in 1965' dates the move; 'born in Oslo and elected in 1993' the election)."""
    folded = aliases.fold(sentence)
    stems = _relation_stems(predicate)
    opening = _FRONTED.match(sentence)  # a participle opening the sentence ends at its comma: 'Born in Krakow, Duda
    if opening and aliases.fold(opening["verb"])[:5] in stems:  # ran in the 2015 election' dates the run, no birth
        head, rest = sentence[: opening.end()], aliases.fold(sentence[opening.end() :])
        if not re.search(rf"\b{year}\b", head) and not any(w[:5] in stems for w in re.findall(r"[a-z]+", rest)):
            return False
    verbs = [m for m in re.finditer(r"[a-z]+", folded) if m.group(0)[:5] in stems]
    for at in (m.start() for m in re.finditer(rf"\b{year}\b", folded)):
        for verb in verbs:
            between = folded[verb.end() : at] if verb.end() <= at else folded[at + 4 : verb.start()]
            if len(between) <= 60 and not _CLAUSE_BREAK.search(between):
                return True
    return False


_HE_OR_SHE = re.compile(r"\b(?:he|she|they)\b", re.I)


def _of_the_subject(claim: Claim, found: Finding) -> bool:
    """Whether a sentence of the subject's page giving a spell speaks of the subject: it names them or a pronoun
    stands for them in the spell's part of it ('From 2000 to 2008 she was mayor'), and it is no relative's ('Her
    father, Tom Berg, was mayor of Norby from 2000 to 2008'); a sentence naming only another person ('Tom Berg was
    mayor of Norby from 2000 to 2008; she succeeded him') is his."""
    sentence = found.unit.text
    spell = _TERM_SPAN.search(sentence)
    part = next((p for p in sentence.split(";") if spell is None or spell.group(0) in p), sentence)
    return _about_subject(claim.subject, sentence) or (
        _HE_OR_SHE.search(part) is not None and _about_subject(claim.subject, f"she {sentence}")
    )


# an opening phrase up to its comma, then a pronoun opening the main clause: 'After a spell at Acme Bank, he joined'
_OPENER_THEN_PRONOUN = re.compile(r"\s*(?P<opener>[^,;]+),\s+(?P<rest>(?i:he|she|they)\b.*)", re.S)
# the words after which a capitalised name in an opening phrase is a firm, a place or a body, not a person the
# pronoun could mean: 'working at Price Waterhouse', 'a spell with the Norby Herald'; a name's particles go on it
# ('the Instituto de Profesores Artigas')
_PLACE_WORDS = frozenset(
    ["at", "of", "for", "with", "from", "in", "to", "by", "on", "the", *_WORDS_HOLDER["name_particles"]]
)


def _pronoun_after_a_plain_opener(subject: str, sentence: str) -> bool:
    """Whether the subject's page sentence tells its person by a pronoun after an opening phrase that names no one
    else the pronoun could mean ('After a brief spell of working at Price Waterhouse, he joined the BBC in 1989'):
    each capitalised name in the phrase (its first word aside) stands after a preposition of place or belonging
    (`_PLACE_WORDS`), so it is a firm or a place. 'When Tom Berg retired in 2003, he ...' may mean him: not this;
    nor a relative's event (`_about_subject` of the main clause)."""
    m = _OPENER_THEN_PRONOUN.match(sentence)
    if m is None:
        return False
    if _KIN_IN_THE_OPENER.search(m["opener"]):
        return False  # 'After his wife received a doctorate ..., he moved': the opener tells a relative's deed
    words = m["opener"].split()
    words[0] = words[0].lower()  # the sentence's capital: in 'When Tom Berg' a name follows it
    for before, word in itertools.pairwise(words):
        if word[:1].isupper() and not before[:1].isupper() and before.lower() not in _PLACE_WORDS:
            return False  # 'When Tom Berg retired': a person named before the pronoun
    return _about_subject(subject, m["rest"])


# a relative of someone's in an opening phrase ('After his wife received ...', "When Moen's brother joined ..."):
# the pronoun after it may be theirs, and the phrase's deed is theirs (review49 B3, B8)
_KIN_IN_THE_OPENER = re.compile(rf"\b(?:his|her|their|its|\w+['’]s)\s+{_word_pattern(_WORDS['relatives'])}", re.I)


def _about_subject(subject: str, sentence: str) -> bool:
    """The sentence speaks of the subject itself: it names them (by surname) or opens with a pronoun
    for them, and no one else's birth, death or retirement ('His father died in 1990', "Schoof's father ...")."""
    surname = subject.split()[-1] if subject.split() else ""
    if re.search(rf"\b(?:his|her|their|its|\w+['’]s)\s+{_word_pattern(_WORDS['relatives'])}", sentence, re.I):
        return False
    if surname and re.search(rf"\b{re.escape(surname)}['’]s\s+\w", sentence):
        return False  # "Acme's Swiss branch was founded in 2001": something of the subject's, not the subject
    mentions = list(re.finditer(rf"\b{re.escape(surname)}\b", sentence)) if surname else []
    if mentions and all(_OF_SOMETHING.search(sentence[: m.start()]) for m in mentions):
        return False  # "the parent company of Acme Corp was founded in 1950": a thing of the subject's
    named = bool(mentions)
    return named or re.match(r"\s*(?:In\s+\d{4},\s+)?(?i:he|she|they|it)\b", sentence) is not None


# a lower-case noun and 'of' right before a name (its earlier words aside): 'the parent company of Acme Corp'
_OF_SOMETHING = re.compile(r"\b(?!of\b)[a-z]{3,}\s+of\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+)*$")
# a name, then a relative clause opening right before the relation's verb: 'her co-founder Brand, who died'
_RELATIVE_OF = re.compile(r"\b([A-Z][\w'’-]+),?\s+(?:who|which|whose\s+\w+)\s+(?:[a-z]+\s+){0,3}$")


def _anothers_relative_clause(subject: str, predicate: str, sentence: str) -> bool:
    """Whether the relation's verb stands in a relative clause on another name than the subject's ('Alder
    and her co-founder Brand, who died in 2011, ...'): the event is that other one's."""
    own = set(re.findall(r"[a-z]+", aliases.fold(subject)))
    stems = _relation_stems(predicate)
    for verb in re.finditer(r"[A-Za-z]+", sentence):
        if verb.group(0).lower()[:5] not in stems:
            continue
        m = _RELATIVE_OF.search(sentence[: verb.start()])
        if m is not None and aliases.fold(m.group(1)) not in own:
            return True
    return False


def _object_in(claim: Claim, sentence: str) -> bool:
    """The clause's object, when it has one besides its date ('retired from swimming'), is in the
    sentence too: the same event, not another one worded with the same verb. An object read as a common noun before
    a name ('the developer' of 'co-founded the developer Sansiri') is in it by that name (`_things_taken`)."""
    found = {w[:5] for w in re.findall(r"[a-z]{3,}", aliases.fold(sentence))}
    for thing in [claim.object or "", *(_things_taken(claim)[1:] if claim.object else [])]:
        obj = re.sub(_YEAR_RE, " ", thing)
        if {w[:5] for w in re.findall(r"[a-z]{3,}", aliases.fold(obj)) if w not in _STOP} <= found:
            if thing != claim.object and _only_longer_names(thing, sentence):
                continue  # the developer's name 'Korvia' is not in 'co-founded Korvia Foods' (review50 B8); an object
                # the claim names itself may be a short form of the page's longer name ('the Dáil', 'Dáil Éireann')
            return True
    return False


def _only_longer_names(name: str, sentence: str) -> bool:
    """Whether every place the sentence writes `name` it goes on into a longer name ('Korvia Foods' for 'Korvia')."""
    spots = list(re.finditer(rf"\b{re.escape(name)}\b", sentence))
    return bool(spots) and all(_name_goes_on(sentence[m.end() :]) for m in spots)


_NOW = re.compile(_word_pattern(_WORDS["now"]), re.I)


def _set_aside_later_states(findings: list[Finding], as_of: dt.date | None) -> list[Finding]:
    """A page saved after the article that words a state as current ('currently leading the 25th
    government') speaks of its own day, not the article's: its contradiction is set aside."""
    out = []
    for f in findings:
        saved = f.unit.doc.revision_timestamp
        later = as_of is not None and saved is not None and saved.date() > as_of
        if f.stance == Stance.CONTRADICTS and later and f.unit.field is None and _NOW.search(f.unit.text):
            f = f.but(stance=Stance.NEUTRAL, detail=f"{f.detail} (set aside: a later revision's present)")
        out.append(f)
    return out


@functools.lru_cache(maxsize=1024)
def _split(text: str) -> tuple[str, ...]:
    return tuple(s for p in passages(text) for s in p.sentences())


def _sentences(doc: Document) -> tuple[str, ...]:
    return _split(doc.text)
