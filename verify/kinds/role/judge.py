"""Judging role claims: who holds an office (its page's incumbent, the person's own page and
infobox terms, other people who say they hold it now), and the person's rank and nationality."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterator, Sequence
from typing import NamedTuple

from verify import aliases, holder, lexicons
from verify.kinds import binding
from verify.kinds.base import Aspect, Finding, Mode, Relation, Stance, after_claim, before_claim, claim_start
from verify.kinds.date.judge import TAKES_OFFICE, in_the_articles_year, precision, same_date, says_later_term
from verify.kinds.date.parsed import DateMention, date_mentions, entry_head, weekday_near
from verify.kinds.duration.judge import length_fits
from verify.kinds.ordinals import (
    kinds_of_a_first,
    lead_numbering,
    leading_kinds,
    nth,
    numbered_and_narrowed,
    ordinals_in,
    ranked_among_a_kind,
)
from verify.kinds.role.status import at_the_time, past_deed
from verify.labels import readable_label
from verify.link import find_person, name_score, office_phrases, office_titles
from verify.match import (
    DATE_TEXT,
    Unit,
    an_elders,
    country_in,
    field_text,
    incumbent_fields,
    is_person_doc,
    lead_names,
    origin_country,
    pages_about,
    parse_date,
    person_mentions,
    phrase_position,
    rank_before,
    tense,
    units,
    vague_since,
    without_descent,
)
from verify.models import Claim, Document, InfoboxField
from verify.names import generation, same_person
from verify.nlp.verb_forms import PAST_FORM
from verify.offices import (
    FORMER,
    POST,
    SEAT,
    Term,
    a_part_after_the_possessive,
    another_owner_after,
    another_portfolio_found,
    another_post,
    another_post_at,
    countries_named,
    ended_by,
    generic_office,
    held_before,
    held_in_others_too,
    name_goes_on,
    named_longer,
    names_government,
    object_at,
    of_a_body,
    office_country,
    office_groups,
    office_page_title,
    office_wordings,
    one_stopgap_reworded,
    other_place_posts,
    portfolio_wordings,
    post_first_wordings,
    post_of,
    post_of_a_body,
    qualifiers,
    qualifiers_at,
    same_government,
    same_office,
    served_at,
    sibling_in_spell,
    sibling_office,
    sought_at,
    specific_words,
    spell_dates,
    stopgap_wordings,
    stopgaps,
    strip_qualifiers,
    terms,
    title_goes_on,
    unnumbered,
    unread_nationality,
    without_country,
    word_stem,
)
from verify.text import split_sentences
from verify.wikitext import numbered_groups

# the role judge's words (judging.toml [role]): its offices' forms, status words and rank words
_ROLE_WORDS = lexicons.load("judging")["role"]


def _is_person_page(doc: Document, name: str) -> bool:
    """Whether the page is the named person's: by its title, or by a name its lead gives its person (a page titled
    by a nickname, 'Bongbong Marcos', is the page of 'Ferdinand Marcos Jr.' its lead opens with). A lead name with a
    family suffix is the name with that suffix only: 'Ferdinand Romualdez Marcos Jr.' is not the bare 'Ferdinand
    Marcos', the wire's name of his father (`names.generation`)."""
    if an_elders(name, doc):
        return False
    ours = generation(name)
    return name_score(name, doc.title) >= 85 or any(
        same_person(name, n) and generation(n) == ours for n in lead_names(doc)
    )


def _wordings(claim: Claim, office: str) -> list[str]:
    """The ways a page may word the claimed office: the claim's own and the office's usual wordings, each with its
    portfolio in the other forms titles write it in ('minister of national defence' for 'defence minister')."""
    phrases = [*office_phrases(claim), *office_wordings(office, claim.nationality)]
    phrases += [w for p in phrases for w in portfolio_wordings(p)]
    return list(dict.fromkeys([*phrases, *(w for p in phrases for w in stopgap_wordings(p))]))


def of_the_posts_country(claim: Claim, own: list[Document]) -> Claim:
    """'President Prabowo Subianto' with no country: retrieval asked for the post of the one country the
    article names ('President of Indonesia', `verify.retrieve.bare_post_title`) as the claim's own page.
    The claim is judged as that country's post when the person's own page names the country too, so a
    foreign leader the article titles without a country is never read as holding its post. Any other
    claim is judged as extracted."""
    office = claim.effective_value or ""
    if aliases.country_of(claim.nationality) or office_country(office):
        return claim
    if aliases.fold(strip_qualifiers(office)) not in aliases.TITLED_BY_COUNTRY:
        return claim
    posts = {
        c
        for d in own
        if (c := aliases.country_of(d.title.partition(" of ")[2])) and office_page_title(office, c) == d.title
    }
    pages = [d for d in own if _is_person_page(d, claim.effective_subject)]
    bare = aliases.fold(strip_qualifiers(office))
    if not posts:  # no page of the post ('Vice President of Mexico': there is none): the one the person held
        posts = {c for d in pages for t in terms(d.infobox) if (c := _country_of_the_post(bare, t.office.value))}
    if len(posts) != 1:
        return claim
    country = posts.pop()
    for term in (t for d in pages for t in terms(d.infobox)):
        held = aliases.fold(term.office.value)
        if bare in held and office_country(held) not in (None, country):
            return claim  # the page gives the post in another country: a US president is none of Chile's
    if not any(country in countries_named(aliases.fold(_own_country_words(d))) for d in pages):
        return claim
    return claim.model_copy(update={"nationality": country})


def of_a_shared_form(claim: Claim, own: list[Document]) -> Claim:
    """'Congolese President X', "Congo's president, X": a country word two states share (countries.toml lists it
    under both: `aliases.SHARED_FORMS`) names the one whose post the person's own infobox gives them, and the claim is
    judged as that country's post, its word written as the country's own name. With no such post, or posts of both,
    the word keeps its first country (`aliases.country_of`)."""
    office = claim.effective_value or ""
    written = [
        form
        for form in aliases.SHARED_FORMS
        if form == aliases.fold(claim.nationality or "") or re.search(rf"\b{re.escape(form)}\b", aliases.fold(office))
    ]
    if len(written) != 1:
        return claim
    form = written[0]
    pages = [d for d in own if _is_person_page(d, claim.effective_subject)]
    given = {c for d in pages for t in terms(d.infobox) for c in countries_of_the_post(t.office.value, d)}
    meant = set(aliases.SHARED_FORMS[form]) & given
    if len(meant) != 1:
        return claim
    country = meant.pop()
    value = re.sub(rf"(?i)\b{re.escape(form)}\b", country, office)
    update: dict[str, object] = {"value": value, "corrected_value": None}
    if aliases.fold(claim.nationality or "") == form:
        update["nationality"] = country
    return claim.model_copy(update=update)


# "Speaker of Canada's House of Commons": a country's possessive after 'of', owning the body the post is of
_POSSESSIVE_BODY = re.compile(r"\bof (?P<owner>[A-Z][\w.]*(?: [A-Z][\w.]*)*)['’]s (?=[A-Za-z])")


# the nouns of a country's own state bodies (judging.toml [role] state_bodies), the head ending a body's name before
# its 'of' ('House' of 'House of Commons'): only their posts are the country's
_STATE_BODY = re.compile(rf"(?i)\b(?:{'|'.join(map(re.escape, _ROLE_WORDS['state_bodies']))})$")


def of_a_possessive_country(claim: Claim) -> Claim:
    """'Speaker of Canada's House of Commons': a body a country's possessive owns is that country's, so the
    post is judged as the body's post ('Speaker of the House of Commons', as a page words it) of that country,
    and a page giving the holder another country's post or nationality decides it as it decides 'Canadian
    Speaker of the House of Commons'. A claim with a country already, or with two possessive owners, or an owner
    that is no country ("of NATO's military committee"), or a body that is none of the country's own state bodies
    (judging.toml [role] `state_bodies`: "chief executive of Britain's Barclays", "... of Britain's biggest bank",
    whose chief may be of any nationality; review38 B2) is judged as extracted."""
    office = claim.effective_value or ""
    owners = list(_POSSESSIVE_BODY.finditer(office))
    if claim.nationality or len(owners) != 1 or not (country := aliases.country_of(owners[0]["owner"])):
        return claim
    m = owners[0]
    if not _STATE_BODY.search(re.split(r"\s+(?:of|for|on)\s+", office[m.end() :], maxsplit=1)[0]):
        return claim  # "chief executive of Britain's Barclays": a company's chief, of any nationality (review38 B2)
    value = f"{office[: m.start()]}of the {office[m.end() :]}"
    return claim.model_copy(update={"value": value, "corrected_value": None, "nationality": country})


def _country_of_the_post(bare: str, held: str) -> str | None:
    """The country of an office row that is the bare post itself with its country ('President of Mexico' for
    'president', its qualifiers aside: 'Vice President of Mexico' too), None for any other row ('President of
    the Senate of Chile', 'Mayor of Ostra')."""
    country = office_country(held)
    if country is None:
        return None
    post = [w for w in post_of(strip_qualifiers(held), country).split() if ordinal_of(w) is None]  # '14th President'
    return country if aliases.fold(" ".join(post)) == bare else None


_WHOSE = ("nationality", "citizenship")  # the rows that say whose national a person is


def _own_country_words(doc: Document) -> str:
    """The words of a person's page that say whose the person is: the lead's first sentence ('is a Chilean
    politician') and a nationality or citizenship row. Any other sentence naming a country ('In 2030 he
    visited Chile') says where the person went, not whose post a bare title is."""
    rows = [u.text for u in units(doc) if u.field is not None and u.field.label.lower() in _WHOSE]
    lead = without_descent(next((u.text for u in units(doc) if u.field is None), ""))  # not 'of Swedish descent'
    return " ".join([lead, *rows])


def own_countries(doc: Document) -> set[str]:
    """The countries a person's page says the person is of (`_own_country_words`): a post its sentences name
    without a country is one of these ('serving as the 22nd chairman of the Joint Chiefs of Staff' on an American
    general's page is the United States' post, no evidence for Canada's)."""
    return countries_named(aliases.fold(_own_country_words(doc)))


def of_other_countries(doc: Document, country: str) -> bool:
    """Whether a person's page says the person is of other countries than `country` only (`own_countries`), or of a
    country the lexicon does not know ('a Norbian politician', `_unread_country`): a post it names bare is theirs, not
    that country's (review38 R17: 'Prime Minister of Norby' is not Sweden's)."""
    theirs = own_countries(doc)
    return country not in theirs if theirs else _of_a_named_unread_country(doc)


def _of_a_named_unread_country(doc: Document) -> bool:
    """Whether the person's lead gives a nationality the lexicon does not know and names the place it is of ('a
    Norbian politician serving as Prime Minister of Norby'): a country the lexicon does not know, so none it names. A
    demonym alone may be a real country's the lexicon lacks ('a Kazakhstani politician', 'an Azeri'; review39 B5)."""
    lead = next((u.text for u in units(doc) if u.field is None), "")
    said = re.search(r"\b(?:is|was)\s+(?:an?|the)\s+(?:former\s+)?(?P<word>[A-Z][a-z]{3,})\b", lead)
    if not _unread_country(doc) or said is None:
        return False
    word = said["word"]
    places = re.findall(r"\b[A-Z][a-z]{3,}\b", lead[said.end() :])
    return any(p != word and p[:4] == word[:4] and not aliases.country_of(p) for p in places)


def _nationalities(doc: Document) -> set[str]:
    """The countries a person's page gives as their nationality: a nationality or citizenship row, and the lead's
    nationality word ('is a Chilean diplomat'); never the country of their birth ('a Chilean-born economist', 'born
    in Santiago, Chile'), which may be another than the one whose posts they hold."""
    rows = [u.field.value for u in units(doc) if u.field is not None and u.field.label.lower() in _WHOSE]
    lead = next((u.text for u in units(doc) if u.field is None), "")
    return {c for c in [*map(aliases.country_of, rows), country_in(lead)] if c}


def _unread_country(doc: Document) -> bool:
    """Whether the person's lead gives a nationality the lexicon does not know ('a Norbian politician')."""
    return unread_nationality(next((u.text for u in units(doc) if u.field is None), ""))


def _of_an_unread_place(office: str, nationality: str | None, held: str) -> bool:
    """Whether a listed post is the claimed one written 'of' a place the lexicon does not know ('Minister of Foreign
    Affairs of Norby' for 'Indian Foreign Minister'): a country it cannot tell from the claimed one, so never it.
    'Minister of Finance' (a portfolio) and 'Governor of the Reserve Bank' (no whole post before 'of') are not."""
    head, of, place = held.rpartition(" of ")
    if not of or not re.fullmatch(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*", place.strip()):
        return False
    return not countries_named(place) and same_office(office, nationality, head)


def countries_of_the_post(held: str, doc: Document) -> set[str]:
    """The countries a post the person's page lists is of: the ones its words name, else the ones its lead writes
    right after the same title ('serving as Minister of Foreign Affairs of Latvia since 2023' beside a row 'Minister
    of Foreign Affairs': `_countries_after_the_title`), else the person's nationality (`_nationalities`: an
    Ecuadorian's listed 'Minister of Foreign Affairs' is Ecuador's, no one else's)."""
    return countries_named(held) or _countries_after_the_title(held, doc) or _nationalities(doc)


def _countries_after_the_title(held: str, doc: Document) -> set[str]:
    """The countries the page's lead names right after a listed post's own title, as the place it is of ('Minister
    of Foreign Affairs of Latvia', 'Minister of Finance for the Republic of Latvia'), or as its owner right before it
    ("Ghana's Minister for Foreign Affairs"): in the whole first paragraph, not only its first sentence ('... is the
    incoming Secretary-General of the Commonwealth. At the time of her appointment, she was Ghana's Minister ...')."""
    title = aliases.fold(held).strip()
    lead = aliases.fold(doc.text.lstrip().split("\n\n", 1)[0])
    if not title:
        return set()
    after = rf"(?<!\w){re.escape(title)}\s+(?:of|for)\s+(?P<place>(?:[\w-]+\s+){{0,3}}[\w-]+)"
    before = rf"(?P<place>(?:[\w-]+\s+){{0,2}}[\w-]+)['’]s\s+{re.escape(title)}(?!\w)"
    return {c for shape in (after, before) for m in re.finditer(shape, lead) for c in countries_named(m["place"])}


# a capitalised name's possessive right before the claim's words ("Norby's Defence Minister Eva Lund")
_NAMED_OWNER_BEFORE = re.compile(r"(?<![\w.])(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)['’]s\s+$")


def _owner_before(claim: Claim) -> str | None:
    """The name the claim's sentence makes the post's owner with a possessive right before the claim's words
    ("Norby's Defence Minister Eva Lund": 'Norby'), or None."""
    m = _NAMED_OWNER_BEFORE.search(before_claim(claim))
    return m["owner"] if m else None


# a possessive ending the claimed office's words, or right after them: the post is of what it possesses
_POSSESSIVE = re.compile(r"^['’]s\b|['’]s$")


def office_findings(claim: Claim, docs: list[Document], as_of: dt.date | None) -> list[Finding]:
    """Who holds the office: the office page's incumbent, the person's own page (its words and its
    infobox terms of office), and other people's pages that say they hold it now."""
    subject, out = claim.effective_subject, []
    if _POSSESSIVE.search(claim.effective_value or "") or _POSSESSIVE.match(after_claim(claim) or ""):
        return []  # "has led the Harbour Party's youth wing", "the president's spokesman": the post is another's
    titles = {t.lower() for t in office_titles(claim)}
    office = claim.effective_value or ""
    phrases = _wordings(claim, office)
    country = aliases.country_of(claim.nationality)
    specific = [p for p in phrases if " of " in p or len(p.split()) > 2 or p.isupper()]
    if country and specific:
        phrases = specific
    phrases.sort(key=len, reverse=True)
    for doc in docs:
        if doc.title.lower() in titles:
            if qualifiers(doc.title) == qualifiers(office):  # the chairman's page names no vice chairman
                out += _incumbent_findings(subject, doc, as_of, docs)
        elif _is_person_page(doc, subject):
            out += _person_office_findings(
                subject, doc, phrases, as_of, office, country=country, owner=_owner_before(claim)
            )
            out += _head_post_findings(subject, doc, as_of, office, country)
            ended = _term_findings(subject, doc, phrases, as_of, office, claim.nationality)
            out += _left_by_the_step_told(claim, doc, ended, as_of)
            out += _sibling_findings(claim, doc, phrases, as_of)
            out += _seat_findings(subject, doc, office, as_of)
        elif is_person_doc(doc) and names_government(office, claim.nationality) and _is_full_name(subject):
            # a bare 'President' names no one's office: the European Council's president is no rival of Portugal's
            # only wordings that name the post: 'NATO' alone finds the chair of a NATO committee too
            out += _rival_findings(doc, [p for p in phrases if POST.search(p)], as_of, office, claim.nationality)
    if claim.relation == Relation.HELD_OFFICE:
        out += predecessor_rows(subject, docs, office, claim.nationality, as_of)
    if claim.relation == Relation.HOLDS_OFFICE:
        out += neighbour_rows(claim, docs, as_of)
        out += occupation_findings(subject, docs, office, country)
        out += party_leader_rows(subject, docs, office, as_of)
        out += party_member_rows(subject, docs, office)
        out += post_rows_of_the_day(claim, docs, as_of)
    return out


def _head_post_findings(
    subject: str, doc: Document, as_of: dt.date | None, office: str, country: str | None
) -> list[Finding]:
    """'Vice-President Karol Vos' against his own page's sentence 'has served as the president of Norby since 2025':
    the post without the claimed vice or deputy, of the person's own country (or the claimed one), held on the
    article's day, is another post than its deputy's, and contradicts (`_person_office_findings` reads its
    qualifiers; the vice post itself written so supports). A vice or deputy post's own words never find its head's
    post in a sentence: they hold 'vice'."""
    if not qualifiers(office) & {"vice", "deputy"}:
        return []
    bare = aliases.fold(strip_qualifiers(office))
    countries = ({country} if country else set()) | own_countries(doc)
    phrases = [f"{bare} of {aliases.fold(aliases.country_title_form(c))}" for c in sorted(countries)]
    return _person_office_findings(subject, doc, phrases, as_of, office, country=country) if bare else []


def occupation_findings(subject: str, docs: list[Document], value: str, country: str | None = None) -> list[Finding]:
    """Support only: an occupation, not a post ('Jonas Brekke, a lawyer,'), that the person's own page
    gives in its present-tense description ('is a Vestrian lawyer and politician'): the words from the copula
    to the occupation are the description's own list (no 'who', 'to', 'of' taking it to someone else, as in
    'is married to a lawyer'). Nothing is contradicted: a lead names a few occupations, never all. A claimed
    nationality ('Swedish diplomat') is part of what is described: the page's own words must give that country
    too (either of 'British-Danish'), or the occupation alone would support any nationality."""
    word = aliases.fold(value).strip()
    if not word or POST.search(word) or len(word.split()) > 3:
        return []
    said = re.compile(rf"\b(?:is|are)\s+an?\s+(?:(?!(?:who|which|that|to|of|with|for)\b)[\w'-]+,?\s+){{0,5}}?"
                      rf"{re.escape(word)}s?\b(?!['’]s)")  # fmt: skip
    out = []
    for doc in docs:
        if not _is_person_page(doc, subject) or (country is not None and country not in own_countries(doc)):
            continue
        lead = next((u for u in units(doc) if u.field is None), None)
        if lead is not None and _name_goes_on_in(lead.text, value):
            continue  # 'a Papua New Guinean politician' is no 'Guinean politician'
        if lead is not None and said.match(_own_description(aliases.fold(lead.text), aliases.fold(subject))):
            detail = f"describes {subject} as a {word}"
            out.append(Finding(lead, Stance.SUPPORTS, 90.0, Aspect.MAIN, detail))
    return out


def _name_goes_on_in(text: str, value: str) -> bool:
    """Whether a description opening with a name's word ('Guinean politician', 'Vestrian lawyer') stands in the
    text only inside a longer name ('Papua New Guinean politician', 'West Vestrian lawyer')."""
    value = aliases.unaccented(value.strip())
    if not value[:1].isupper():
        return False
    written = aliases.unaccented(text)
    # a hyphened word before it is no other name's ('Vestrian-American lawyer' is an American lawyer); only the word
    # before counts: the words after the value are the description's own ('... politician who')
    hits = list(re.finditer(rf"(?<![\w-]){re.escape(value)}", written, re.I))
    return bool(hits) and all(
        name_goes_on(written, m.start(), m.start()) and not _after_a_demonym(written, m.start()) for m in hits
    )


_CONTINENT_ADJECTIVES = frozenset(lexicons.load("countries")["continent_adjectives"])  # 'African American'


def _after_a_demonym(text: str, start: int) -> bool:
    """Whether the word right before text[start:] is a nationality's or a continent's adjective ('Chinese American',
    'African American'): a compound of two such words, hyphened or not, still states the later one, unlike a
    compass word or 'New' before it ('South Sudanese', 'Papua New Guinean')."""
    before = re.search(r"\b([A-Z][a-z]+)\s+$", text[:start])
    if before is None:
        return False
    word = before.group(1)
    return word in aliases.NATIONALITIES or word.lower() in _CONTINENT_ADJECTIVES


_COPULA = re.compile(r"\b(?:is|are)\s+an?\s+")
# where the person's own description ends: a comma, a clause of its own, another person's ('and her husband')
_DESCRIPTION_ENDS = re.compile(r"[,;(]|\.\s|\b(?:whose|who|which|that)\b|\band\s+(?:his|her|their)\b")


def _own_description(lead: str, subject: str) -> str:
    """The lead's first copula after the person's name, up to where the description ends ('is a Vestrian
    lawyer and politician who ...'): not a relative's ('whose father was a lawyer', 'and her husband is a
    lawyer'). Empty when the lead has none."""
    m = _COPULA.search(lead, max(lead.find(subject), 0))
    if m is None:
        return ""
    end = _DESCRIPTION_ENDS.search(lead, m.end())
    return lead[m.start() : end.start() if end else len(lead)]


def post_rows_of_the_day(claim: Claim, docs: list[Document], as_of: dt.date | None) -> list[Finding]:
    """Support only: another person's infobox naming the subject in the claimed post beside one of their own
    terms that covers the article's day ('President: X' beside a prime minister's term: X is president
    then). The term's office must be of the claimed country, when the claim gives one."""
    office = claim.effective_value or ""
    if as_of is None or not office or office_country(office) is not None:
        return []
    post = re.sub(r"\s+", "", aliases.fold(office))
    want = aliases.country_of(claim.nationality)
    out = []
    for doc in docs:
        if _is_person_page(doc, claim.effective_subject):
            continue
        for group in office_groups(doc.infobox):
            held, (start, end) = group.get("office"), spell_dates(group)
            if held is None or start is None or not start <= as_of or (end is not None and end < as_of):
                continue
            if want is not None and countries_named(held.value) != {want}:
                continue
            for label, row in group.items():
                # the years a row gives its holder ('Ilo Marr (2024–2027)') must cover the day, whatever the row
                named = (
                    label.replace("_", "") == post or _deputy_of(label, office, claim.nationality, held.value)
                ) and _row_dates_cover(row.value, as_of)
                if named and _names_alone(claim.effective_subject, row):
                    detail = f"names {row.value} as {readable_label(label)} beside {held.value}, in office on {as_of}"
                    out.append(
                        Finding(Unit(doc, field_text(doc, row), row), Stance.SUPPORTS, 85.0, Aspect.MAIN, detail)
                    )
    return out


_DEPUTY_ROWS = frozenset(lexicons.load("judging")["role"]["deputy_rows"])


def _deputy_of(label: str, office: str, nationality: str | None, held: str) -> bool:
    """Whether a row labelled by a qualifier alone ('Deputy: X' beside the prime ministership of Velmara) names
    the claimed office: the qualifier's post of the office beside it ('Deputy Prime Minister of Velmara'); beside
    the party's leadership the same row names its deputy leader, another post. A bare claimed post ('Deputy Prime
    Minister') is read as of the country of the office beside it."""
    if label not in _DEPUTY_ROWS:
        return False
    post = f"{label.capitalize()} {held}"
    return same_office(office, nationality, post) or same_office(office, office_country(held), post)


def _row_dates_cover(value: str, day: dt.date) -> bool:
    """Whether the years a row gives its holder ('Ilo Marr (2024–2027)') cover the day; a row giving none
    is dated by the term beside it. A president or a deputy of an earlier spell is none now."""
    spans = [(int(a), int(b)) for a, b in YEAR_SPAN.findall(value)]
    return not spans or any(a <= day.year <= b for a, b in spans)


def _names_alone(subject: str, row: InfoboxField) -> bool:
    """Whether a row names the subject and no one else: 'President: X, Y' beside a minister's term lists the
    presidents he served under, and says nothing of which one held the post on the article's day."""
    if not find_person(subject, row.value):
        return False
    parts = row.values or tuple(re.split(r",\s+|;\s*|\s+and\s+", row.value))
    return not any(person_mentions(part) and not find_person(subject, part) for part in parts)


_HEAD_OF = re.compile(r"^(?:head|leader)\s+of\s+(?:the\s+)?(?P<body>.+)$", re.I)
ELECTION_NEWS = dt.timedelta(days=31)  # how long after an election its infobox's leaders are the day's leaders


def party_leader_rows(subject: str, docs: list[Document], office: str, as_of: dt.date | None) -> list[Finding]:
    """Support only: an election's infobox, as it stood by the article's day, giving the subject as the
    leader of the party the claim names ('The Liberal Democrats, led by Ed Davey': leader3 = Ed Davey,
    party3 = Liberal Democrats), for an article written within a month after that election."""
    head = _HEAD_OF.match(office.strip())
    if head is None or as_of is None:
        return []
    body = aliases.fold(head["body"]).strip()
    out = []
    for doc in docs:
        rows = {f.label: f.value for f in doc.infobox}
        held = parse_date(rows.get("election_date", ""))
        if held is None or not held <= as_of <= held + ELECTION_NEWS or _written_after(doc, as_of):
            continue
        for number, group in numbered_groups(doc.infobox).items():
            party, leader = group.get("party"), group.get("leader")
            if not number or party is None or leader is None or aliases.fold(party.value).strip() != body:
                continue
            if find_person(subject, leader.value):
                detail = f"gives {leader.value} as the leader of the {party.value} at the election of {held}"
                out.append(
                    Finding(Unit(doc, field_text(doc, leader), leader), Stance.SUPPORTS, 90.0, Aspect.MAIN, detail)
                )
    return out


_MEMBER_OF = re.compile(r"^(?:an?\s+|the\s+)?member\s+of\s+(?:the\s+)?(?P<body>.+)$", re.I)


def party_member_rows(subject: str, docs: list[Document], office: str) -> list[Finding]:
    """Support only: the person's own infobox giving the party the claim says they are a member of ('a member of
    the Liberal Party' by 'party = Liberal' or 'Liberal Party of Canada'). Nothing is contradicted: the row names
    the party of the page's day, and people change parties."""
    member = _MEMBER_OF.match(office.strip())
    if member is None:
        return []
    body = aliases.fold(member["body"]).strip()
    words = body.split()
    if not words or words[-1] not in _ROLE_WORDS["party_words"]:
        return []  # 'a member of the Senate', 'of the board': a seat or a body, not a party
    short = " ".join(words[:-1])  # 'Liberal Party' is written 'Liberal' in the row
    out = []
    for doc in docs:
        if not _is_person_page(doc, subject):
            continue
        for row in (f for f in doc.infobox if f.label.strip().lower() in _ROLE_WORDS["party_rows"]):
            given = aliases.fold(row.value).strip()
            if given == body or (short and given == short) or given.startswith(f"{body} "):
                detail = f"gives {subject}'s party as {row.value}"
                out.append(Finding(Unit(doc, field_text(doc, row), row), Stance.SUPPORTS, 90.0, Aspect.MAIN, detail))
    return out


def predecessor_rows(
    subject: str, docs: list[Document], office: str, nationality: str | None, as_of: dt.date | None
) -> list[Finding]:
    """Another person's infobox naming the subject as their predecessor in the claimed office, in a term
    begun by the article's day ('succeeded Donald Tusk': Michel's 'Predecessor: Donald Tusk' in the
    European Council's presidency): the subject held that office, and no longer held it then. Given as
    a past holding (a contradiction of holding it now, in the past mode), which a claim that the office
    was held, or is a former one, reads as support. A successor row is left alone: its person may take
    the office only after the article's day."""
    out = []
    for doc in docs:
        if as_of is None or _is_person_page(doc, subject) or not is_person_doc(doc):
            continue
        for group in office_groups(doc.infobox):
            held, row, began = group.get("office"), group.get("predecessor"), group.get("term_start")
            start = parse_date(began.value) if began else None
            if held is None or row is None or start is None or start > as_of or not find_person(subject, row.value):
                continue
            if same_office(office, nationality, held.value):
                detail = f"names {subject} as the predecessor of {doc.title} in {held.value}, from {start}"
                unit = Unit(doc, field_text(doc, row), row)
                out.append(Finding(unit, Stance.CONTRADICTS, 90.0, Aspect.MAIN, detail, mode=Mode.PAST))
    return out


# words saying the title is still to come (judging.toml role.title_to_come): a single word ('new', 'will') is read
# in the claim's own words only, where it speaks of the title; a phrase ('take office', 'due to') anywhere in the
# sentence ('The governor, X, will chair ...' says nothing of when X became governor)
_TITLE_TO_COME = [aliases.fold(w) for w in lexicons.load("judging")["role"]["title_to_come"]]
_TO_COME_WORDS = re.compile(rf"\b(?:{'|'.join(map(re.escape, _TITLE_TO_COME))})\b")
_TO_COME_PHRASES = re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in _TITLE_TO_COME if ' ' in w)})\b")


def _title_to_come(claim: Claim) -> bool:
    """Whether the claim's words (or a phrase of its sentence) say the title is still to come ('the incoming
    governor', 'will take office on Sunday')."""
    return bool(
        _TO_COME_WORDS.search(aliases.fold(f"{claim.text} {claim.value or ''}"))
        or _TO_COME_PHRASES.search(aliases.fold(claim.sentence))
    )


# a taking up the claim's own words put after the article's day: 'will be sworn in as', 'is to become', 'is set to
# take over as' (a future word, then a verb of taking up an office; up to four words after it, a possessive one
# of them: 'will be sworn in as Norby's president')
_TAKING_UP = lexicons.load("judging")["role"]
_TO_TAKE_UP = re.compile(
    rf"\b(?:{'|'.join(map(re.escape, _TAKING_UP['future_taking_up']))})\s+(?:be\s+)?"
    rf"(?:{'|'.join(map(re.escape, _TAKING_UP['taking_up']))})\b(?:\s+[\w'’]+){{0,4}}\s*$",
    re.I,
)
# the same anywhere in a claim's words, ending before a space ('Karol Nawrocki will be sworn in as Poland's president')
_TO_TAKE_UP_WITHIN = re.compile(_TO_TAKE_UP.pattern.removesuffix(r"\s*$") + r"(?=\s)", re.I)


def taken_up_later(words: str) -> bool:
    """Whether a role claim's words take its post up after the article's day, as `to_take_up` reads them before the
    value: role extraction tells such a claim apart from the same post held."""
    return _TO_TAKE_UP_WITHIN.search(words) is not None


# a post the ordinal's set is qualified after, by a deed in the infinitive: 'the first prime minister to have studied
# abroad', 'the only mayor to win three terms' (not 'the first ambassador to the UN': a place after 'to')
_FIRST_TO = re.compile(
    r"^(?:the\s+)?(?P<rank>first|only|last|(?-i:[a-z]{3,}est))\s+(?P<office>.+?)"
    r"\s+to\s+(?!(?:the|a|an)\b)(?P<deed>(?-i:[a-z]+)\b.*)$",
    re.I,
)


def first_to_do(claim: Claim) -> tuple[Claim, str | None]:
    """'Ana Ruiz, the first prime minister to have studied abroad': the ordinal is of the holders who did the deed, so
    the claim is that the post was held (now or before), read as *held* of that post; with the record's words, which
    no term row checks (review31 R20). The claim unchanged and None without such words."""
    m = _FIRST_TO.match((claim.effective_value or "").strip())
    if m is None or claim.relation != Relation.HOLDS_OFFICE or not POST.search(m["office"]):
        return claim, None
    return _as_held(claim, m["office"]), f"{m['rank']} {m['office']} to {m['deed']}"


def _as_held(claim: Claim, office: str) -> Claim:
    """The claim as one that `office` was held (at some time, over or not)."""
    return claim.model_copy(update={"value": office, "corrected_value": None, "relation": Relation.HELD_OFFICE})


# a count of terms before the post: 'a two-time finance minister', 'a three-term mayor'
_TERMS_COUNTED = re.compile(rf"^(?P<count>\d+|{aliases.NUMBER_WORD_PATTERN})-(?:time|term)\s+(?P<office>.+)$", re.I)


def terms_counted(claim: Claim) -> tuple[Claim, int | None]:
    """'Ana Ruiz, a two-time finance minister': a count of terms tells holdings that may all be over, so the claim is
    read as *held* of the post; with the count, a value of its own (`count_checked`). The claim unchanged and None
    without one."""
    m = _TERMS_COUNTED.match((claim.effective_value or "").strip())
    count = aliases.parse_number(m["count"]) if m else None
    if m is None or count is None or claim.relation != Relation.HOLDS_OFFICE or not POST.search(m["office"]):
        return claim, None
    return _as_held(claim, m["office"]), int(count)


def count_checked(claim: Claim, findings: list[Finding], count: int | None, docs: list[Document]) -> list[Finding]:
    """A support for 'a two-time finance minister' stands only when the person's page lists that many terms of the
    post: a term alone says nothing of the count."""
    if count is None:
        return findings
    office = claim.effective_value or ""
    listed = sum(
        1
        for doc in docs
        if _is_person_page(doc, claim.effective_subject)
        for _, field in _office_groups_of(doc, _wordings(claim, office), office, claim.nationality)
        if qualifiers(office) == qualifiers(field.value)
    )
    terms_said = f"{listed} term{'' if listed == 1 else 's'}"
    return findings if listed == count else unchecked(findings, f"its page lists {terms_said}, not {count}")


def unchecked(findings: list[Finding], why: str) -> list[Finding]:
    """The findings with each support of the claim's main value set aside, `why` said: a value of the claim's words
    no evidence checked."""
    return [
        f.but(stance=Stance.NEUTRAL, detail=f"{f.detail} (set aside: {why})")
        if f.stance == Stance.SUPPORTS and f.aspect == Aspect.MAIN
        else f
        for f in findings
    ]


def to_take_up(claim: Claim) -> Claim:
    """'Ana Ruiz will be sworn in as prime minister next week': the office as one still to be taken up, what
    'incoming' says, so a term that starts after the article's day supports it and one held that day is
    another office ('will remain prime minister' takes nothing up and is read as held)."""
    value = claim.effective_value or ""
    at = _office_at(claim.text, value) if value else -1
    if at <= 0 or claim.relation != Relation.HOLDS_OFFICE or not _TO_TAKE_UP.search(claim.text[:at]):
        return claim
    return claim.model_copy(update={"value": f"{_INCOMING}{value}", "corrected_value": None})


_OWNED_OFFICE = re.compile(r"^(?P<office>.+?)\s+of\s+(?:the\s+)?(?P<owner>[^\s].*)$", re.I)


def _office_at(words: str, office: str) -> int:
    """Where `office` opens in a claim's words, or -1: as written, or in the possessive form an office 'X of Y' is
    read from ("Poland's president" for 'president of Poland', "the bank's governor" for 'governor of the bank')."""
    at = words.lower().find(office.lower())
    m = _OWNED_OFFICE.match(office)
    if at >= 0 or m is None:
        return at
    owned = re.search(rf"\b(?:the\s+)?{re.escape(m['owner'])}['’]s\s+{re.escape(m['office'])}\b", words, re.I)
    return owned.start() if owned else -1


def as_worded(claim: Claim) -> Claim:
    """The claim with its office as its words give it where `to_take_up` read it as one still to come ('incoming prime
    minister' of 'will be sworn in as prime minister'), so that the day its words give the step ('on Wednesday', 'in
    March') is read after the office as a past step's is (`since_checked`)."""
    value = claim.effective_value or ""
    if value.lower().startswith(_INCOMING) and value.lower() not in claim.text.lower():
        return claim.model_copy(update={"value": value[len(_INCOMING) :], "corrected_value": None})
    return claim


_INCOMING = "incoming "  # what `to_take_up` sets before an office still to be taken up


def _covers(start: dt.date | None, end: dt.date | None, day: dt.date) -> bool:
    """Whether a listed term covers the day, strictly inside it (a handover day may be either holder's): begun
    before it and ended after it, or still open (on the revision of the article's day an open term is the holding of
    that day, as an office page's incumbent row is, `_incumbent_findings`)."""
    return start is not None and start < day and (end is None or day < end)


_BENCH = re.compile(rf"\b(?:{'|'.join(map(re.escape, lexicons.load('judging')['role']['bench_offices']))})\b", re.I)
_OWNER_AFTER = re.compile(r"^\s*,?\s*of\s+(?:the\s+)?[A-Z]")  # 'Governor Tom Ruiz of the Norby Reserve Bank'
_OWNER_BEFORE = re.compile(r"['’]s\s+$")  # "The central bank's governor, Tom Ruiz"


def _owner_beside(claim: Claim) -> bool:
    """Whether the sentence gives a bare title its owner next to the claim's words ('Governor Tom Ruiz of the Norby
    Reserve Bank', "the central bank's governor, Tom Ruiz"): the title is then that owner's, and a row of the same
    title in another body ('Governor of Kestel Province') says nothing of it."""
    after = after_claim(claim) or ""
    return bool(_OWNER_AFTER.match(after) or _OWNER_BEFORE.search(before_claim(claim)))


def _owner_known(held: str, docs: list[Document]) -> bool:
    """Whether a listed office's owner is one the run knows the article speaks of: none named apart from the title
    ('Taoiseach'), a country ('Prime Minister of Japan': a bare 'Prime Minister' is no other body's), or a body whose
    page the run read ('Governor of the Bank of Japan' with the page 'Bank of Japan'), or the office itself whose page
    the run read (`_its_page_read`): only then is a bare title in
    the article that office ('Governor Tom Ruiz spoke at the central bank' is no 'Governor of Kestel Province')."""
    if " of " not in held or office_country(held) is not None:
        return True
    owner = aliases.fold(re.sub(r"^(?:the\s+)", "", held.split(" of ", 1)[1]))
    return (bool(owner) and any(aliases.fold(doc.title) == owner for doc in docs)) or _its_page_read(held, docs)


def _its_page_read(held: str, docs: list[Document]) -> bool:
    """Whether the run read a listed office's own page ('Director-General of Norby Radio' for a listed '10th Director
    General of Norby Radio'): the article speaks of that office, so a bare title of it there is that office, as when
    its owner's page is read (`_owner_known`; recall50a)."""
    post = unnumbered(held).replace("-", " ")
    return any(aliases.fold(doc.title).replace("-", " ") == post for doc in docs)


def _another_name_written(claim: Claim, held: str) -> bool:
    """Whether the claim's sentence writes a capitalised word that is neither the subject's name nor a word of the
    listed office ('At Acme Bank, the current chairman is Ivo Stam'): the bare title may be that other body's, so it
    is not read as the listed office whose page the run read (review50 B1). The sentence's first word is left out:
    every sentence capitalises it; so are a month's or a weekday's name ('In June and July Nawrocki was already
    president')."""
    dated = {aliases.fold(word) for word in (*aliases.MONTHS, *aliases.WEEKDAYS)}
    known = set(re.findall(r"\w+", aliases.fold(f"{claim.subject} {held}"))) | dated
    rest = claim.sentence.split(maxsplit=1)[1] if len(claim.sentence.split()) > 1 else ""
    written = re.findall(r"(?<![\w'’-])[A-Z][\w'’-]*", rest)
    return any(word not in known for name in written for word in re.findall(r"\w+", aliases.fold(name)))


def _title_of(office: str, held: str) -> bool:
    """Whether a bare title with no word of its own ('chairman', 'director general', which `same_office` ties to no
    office) is a listed office's title before its owner ('10th Chairman of the Norby Space Agency'), word for word
    (a 'vice chairman' or an 'acting chairman' is another post): the same office where the run read its page
    (`_its_page_read`, which `neighbour_rows` asks with it; recall50a)."""
    title, of, _ = unnumbered(held).replace("-", " ").partition(" of ")
    return bool(of) and aliases.fold(office).replace("-", " ").strip() == title


def neighbour_rows(claim: Claim, docs: list[Document], as_of: dt.date | None) -> list[Finding]:
    """The holder of the article's day read off their own infobox ('Prime Minister Aldo Renn' where Renn has no page,
    and the page of the holder of that day lists the office with a term covering the day): naming the subject as
    their predecessor, it says the subject held the office before and no longer (a past holding, which a claim that
    the office was held, or is a former one, reads as support); naming the subject as their successor, it says the
    subject does not hold it yet. A term ended before the day or begun after it, a seat of a body (many members, a
    member may move seats), a title still to come, or a sentence set in an earlier year than the article's leave it
    alone."""
    subject, office = claim.effective_subject, claim.effective_value or ""
    if as_of is None or not office or _SEAT_OFFICE.search(office) or _BENCH.search(office) or _title_to_come(claim):
        return []
    bare = " of " not in office and office_country(office) is None and aliases.country_of(claim.nationality) is None
    if bare and _owner_beside(claim):
        return []  # 'Governor X of the Norby Reserve Bank': a bare title whose owner the rows may not hold
    if any(int(year) < as_of.year for year in _YEAR.findall(_SINCE_YEAR.sub(" ", claim.sentence))):
        return []  # 'In 2010, Prime Minister X opened': another day's title ('since 2021' runs to the day)
    out = []
    for doc in docs:
        if not is_person_doc(doc) or _is_person_page(doc, subject):
            continue
        for group in office_groups(doc.infobox):
            held = group.get("office")
            if held is None or "constituency" in group or _SEAT_OFFICE.search(held.value):
                continue
            start, end = spell_dates(group)
            # 'chairman' of '10th Chairman of the Norby Space Agency', whose page the run read
            titled = bare and _title_of(office, held.value) and _its_page_read(held.value, docs)
            titled = titled and not _another_name_written(claim, held.value)
            if not (titled or same_office(office, claim.nationality, held.value)):
                continue
            if bare and not _owner_known(held.value, docs):
                continue  # a bare 'governor' names no body: another body's governorship says nothing of it
            if _handed_on_just_before(group, subject, start, end, as_of):
                row = group["predecessor"]
                detail = (
                    f"names {subject} as the predecessor of {doc.title}, who held {held.value} from {start} to {end} "
                    f"and was succeeded by {group['successor'].value}: {subject} no longer held it on {as_of}"
                )
                unit = Unit(doc, field_text(doc, row), row)
                out.append(Finding(unit, Stance.CONTRADICTS, 90.0, Aspect.MAIN, detail, start, Mode.PAST))
                continue
            if not _covers(start, end, as_of):
                continue
            for side, mode in (("predecessor", Mode.PAST), ("successor", Mode.UNKNOWN)):
                row = group.get(side)
                if row is None or not find_person(subject, row.value):
                    continue
                when = "before" if side == "predecessor" else "after"
                detail = f"names {subject} as the {side} of {doc.title}, who held {held.value} on {as_of}: {when} them"
                unit = Unit(doc, field_text(doc, row), row)
                out.append(Finding(unit, Stance.CONTRADICTS, 90.0, Aspect.MAIN, detail, start, mode))
    return out


_HANDED_ON_DAYS = 31  # a term ended this close before the article's day: the office is still its successor's


def _handed_on_just_before(
    group: dict[str, InfoboxField], subject: str, start: dt.date | None, end: dt.date | None, as_of: dt.date
) -> bool:
    """Whether a term that ended within a month before the article's day names the subject as its predecessor and
    someone else as its successor ('Predecessor: X', term to 2 January, 'Successor: Y (interim)', read on 3
    January): the office went from the subject to this holder and on to another, so it is not the subject's on the
    day. A successor row naming the subject again (a return) or a term ended long before leaves it open."""
    before, after = group.get("predecessor"), group.get("successor")
    if start is None or end is None or before is None or after is None or not start < end <= as_of:
        return False
    if (as_of - end).days > _HANDED_ON_DAYS or not find_person(subject, before.value):
        return False
    return not find_person(subject, after.value) and bool(person_mentions(after.value))


def _is_full_name(subject: str) -> bool:
    """A holder named in full ('Charles Michel'): only then can another holder be a rival. A lone
    word ('Kingdom' from 'the United Kingdom') is no one to contradict."""
    return sum(word[:1].isupper() and len(word) > 1 for word in subject.split()) >= 2


_SEAT_OFFICE = re.compile(rf"\b(?:{'|'.join(map(re.escape, _ROLE_WORDS['seat_offices']))})", re.I)


def _seat_findings(subject: str, doc: Document, office: str, as_of: dt.date | None) -> list[Finding]:
    """A seat in a legislature for a place ('member of parliament for Aveiro') read off the person's own infobox:
    a term whose constituency row names the place, in a group with no office row or one naming a seat. A term
    covering the article's day supports; when every such term ended before it, the seat was held only then (a
    past holding); a term not begun by then is left alone. Another place's seat says nothing."""
    m = SEAT.match(office.strip())
    if m is None or as_of is None:
        return []
    place = aliases.fold(m["place"]).strip()
    spells = []
    for group in office_groups(doc.infobox):
        seat, held = group.get("constituency"), group.get("office")
        if seat is None or (held is not None and not _SEAT_OFFICE.search(held.value)):
            continue
        if place != aliases.fold(seat.value).strip():
            continue
        start, end = spell_dates(group)
        if start is not None:
            spells.append((seat, start, end, group))
    out = []
    for seat, start, end, group in spells:
        written = f"{group['term_start'].value} – {group['term_end'].value if end else 'present'}"
        unit = Unit(doc, f"{field_text(doc, seat)} (term {written})", seat)
        if start <= as_of and (end is None or as_of <= end):
            out.append(Finding(unit, Stance.SUPPORTS, 90.0, Aspect.MAIN, f"says {subject} holds the seat", start))
        elif end is not None and end < as_of:
            detail = f"says {subject} held the seat until {end}"
            out.append(Finding(unit, Stance.CONTRADICTS, 90.0, Aspect.MAIN, detail, mode=Mode.PAST))
    if any(f.stance == Stance.SUPPORTS for f in out):
        return [f for f in out if f.stance == Stance.SUPPORTS]  # the seat held on the day decides
    if any(_seat_held_on(group, as_of) for group in office_groups(doc.infobox)):
        return []  # a seat held on the day, written otherwise ('Braga District'): the ended one proves nothing
    return out


def _seat_held_on(group: dict[str, InfoboxField], day: dt.date) -> bool:
    """Whether an infobox group is a legislative seat (a seat's office, or any constituency row) whose term
    covers the day."""
    held = group.get("office")
    if "constituency" not in group and (held is None or not _SEAT_OFFICE.search(held.value)):
        return False
    start, end = spell_dates(group)
    return start is not None and start <= day and (end is None or day <= end)


def _sibling_findings(claim: Claim, doc: Document, phrases: list[str], as_of: dt.date | None) -> list[Finding]:
    """The person's own infobox lists their offices with terms, none of them the claimed one on the
    article's day, and another office of the same government is: the claim names the wrong post."""
    if as_of is None or claim.relation != Relation.HOLDS_OFFICE or FORMER.search(claim.text):
        return []  # a former holder is not said to hold the office now
    held = terms(doc.infobox)
    office = claim.effective_value or ""
    if any(
        phrase_position(phrases, t.office.value) or same_office(office, claim.nationality, t.office.value) for t in held
    ):
        return []  # the claimed office is among them: its own term decides
    sibling = sibling_office(office, claim.nationality, held, as_of)
    if sibling is None:
        return []
    unit = Unit(doc, field_text(doc, sibling.office), sibling.office)
    detail = (
        f"lists {claim.effective_subject}'s offices with terms; on {as_of} the office held was {sibling.office.value}"
    )
    return [Finding(unit, Stance.CONTRADICTS, 90.0, Aspect.MAIN, detail)]


def _written_after(doc: Document, as_of: dt.date | None) -> bool:
    """The page revision is newer than the article: its present and past tenses speak of its own day."""
    return as_of is not None and doc.revision_timestamp is not None and doc.revision_timestamp.date() > as_of


def _rival_findings(
    doc: Document, phrases: list[str], as_of: dt.date | None, office: str, nationality: str | None = None
) -> list[Finding]:
    """Someone else's page saying they hold the office now, since a known date: a later holder
    than the claimed one means the claimed one no longer holds it (see `_set_aside_stale`)."""
    out = []
    for finding in _person_office_findings(doc.title, doc, phrases, as_of, office, own=False):
        if finding.stance == Stance.SUPPORTS and finding.dated is not None and _says_holder(finding.unit.text, phrases):
            detail = f"says {doc.title} holds it, since {finding.dated.year}"
            rival = finding.but(stance=Stance.CONTRADICTS, score=finding.score * 0.9, detail=detail)
            saved = doc.revision_timestamp.date() if doc.revision_timestamp else None
            if vague_since(finding.unit.text, as_of, saved):
                # 'since 2025' on a 2025 article: maybe after the article's day, maybe before; it neither
                # makes the claimed holder's own term stale nor is set aside as later: the sources disagree,
                # unless the rival's own infobox dates the term to a day of that year (then that day decides)
                rival = rival.but(dated=_term_start_in(doc, office, finding.dated.year, nationality))
            out.append(rival)
    return out


def _term_start_in(doc: Document, office: str, year: int, nationality: str | None = None) -> dt.date | None:
    """The one day of `year` the page's own infobox starts a term of the office on, if it gives one."""
    days = {
        t.start
        for t in terms(doc.infobox)
        if t.start and t.start.year == year and same_office(office, nationality, t.office.value)
    }
    return days.pop() if len(days) == 1 else None


_HOLDER_BEFORE = re.compile(r"\b(?:as|is|was|became|been|becomes|serves as|the)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$")
_OTHER_HOLDER = re.compile(r"\b(?:to|under|of|by|with|for|succeeded|replaced|appointed)\s+(?:the\s+)?(?:[\w-]+\s+)?$")


def _says_holder(text: str, phrases: list[str]) -> bool:
    """Whether a sentence makes its page's person the holder of the office it names ('has served as
    prime minister since ...'), not someone the person worked for or with ('adviser to the prime
    minister since ...', 'appointed by the prime minister')."""
    found = phrase_position(phrases, text)
    if not found:
        return False
    before = aliases.fold(text)[max(0, int(found[1]) - 40) : int(found[1])]
    return _OTHER_HOLDER.search(before) is None and _HOLDER_BEFORE.search(before) is not None


def _office_groups_of(
    doc: Document, phrases: list[str], office: str, nationality: str | None
) -> Iterator[tuple[dict[str, InfoboxField], InfoboxField]]:
    """The infobox's office groups (office / term_start / term_end ...) whose office is the claimed
    one, its qualifiers aside (they are compared by the caller)."""
    for group in office_groups(doc.infobox):
        field = group.get("office")
        if field is None:
            continue
        bare_office = same_office(strip_qualifiers(office), nationality, strip_qualifiers(field.value))
        bare_office = bare_office and not _in_a_part(field.value, office)
        if not (_names_its_body(phrases, field.value) or bare_office) or post_of_a_body(office, field.value):
            continue
        if another_post(strip_qualifiers(office), strip_qualifiers(field.value)):
            continue  # 'Shadow Minister of Finance', '... Youth': another post's name (qualifiers: the caller's)
        going_on = phrase_position([*phrases, *post_first_wordings(office)], field.value)
        if going_on and title_goes_on(office, field.value, int(going_on[2])):
            continue  # 'Minister for Defence Personnel' is no defence minister, 'Mayor of Halden Heights' no Halden's
        if not same_government(office, nationality, field.value):
            continue  # a secretary-general of a ministry is no secretary general of NATO
        claimed_country = office_country(office) or aliases.country_of(nationality)
        theirs = countries_of_the_post(field.value, doc)
        if claimed_country and theirs and claimed_country not in theirs:
            continue  # a row naming no country is its person's own country's post: a Chilean's is not Ecuador's
        if claimed_country and not theirs and generic_office(field.value) != field.value and _unread_country(doc):
            continue  # a ministry's own name tells its country only where the page gives none: a Norbian's is Norby's
        if claimed_country and not theirs and _of_an_unread_place(office, nationality, field.value):
            continue  # 'Minister of Foreign Affairs of Norby': a country the lexicon does not know is not India
        yield group, field


def _term_findings(
    subject: str, doc: Document, phrases: list[str], as_of: dt.date | None, office: str, nationality: str | None
) -> list[Finding]:
    """Officeholder infoboxes: each office with its own term (office / term_start / term_end, and
    the numbered office2 / term_start2 / term_end2 ... grouped per number)."""
    out, spells = [], []
    for group, field in _office_groups_of(doc, phrases, office, nationality):
        status = f"{field.value} {group['status'].value}" if "status" in group else field.value
        claimed, listed = qualifiers(office) - {"acting"}, qualifiers(field.value) - {"acting"}
        written_start, written_end = _term(group)
        start = parse_date(written_start) if written_start else None
        end = parse_date(written_end) if written_end else None
        shown = field_text(doc, field) + (f" (term ended {written_end})" if end else "")
        unit = Unit(doc, shown, field)
        if claimed == listed and stopgaps(office) != stopgaps(status):
            # 'Acting Prime Minister' of a listed 'Prime Minister', or 'the prime minister' of an acting one: how
            # the post is held, which a page's rows do not always mark; the same post, taking no side
            detail = f"lists {field.value} with another stopgap status than '{office}'"
            spells.append(Finding(unit, Stance.NEUTRAL, 50.0, Aspect.MAIN, detail))
            continue
        if claimed != listed:
            out += _qualifier_conflict(subject, unit, field.value, start, end, as_of, claimed - listed == {"elect"})
            continue
        if "elect" in listed and start is not None and as_of is not None:
            spells.append(_elect_spell(subject, unit, field.value, start, as_of))
            continue
        if end is not None and (as_of is None or ended_by(end, as_of)) and not _last_day_held(doc, end, as_of):
            detail = f"says {subject}'s term ended on {end}"
            # dated by its end: an incumbent row naming them since before that end is stale (`_set_aside_stale`)
            spells.append(Finding(unit, Stance.CONTRADICTS, 90.0, Aspect.MAIN, detail, end, mode=Mode.PAST))
        elif start is not None and as_of is not None and start > as_of:
            if _earlier_spell(doc, field.value, as_of, start):
                continue  # the infobox lists the current term only; the page's words place an earlier one
            detail = f"says {subject} takes it up only on {start}, after {as_of}"
            spells.append(Finding(unit, Stance.CONTRADICTS, 90.0, Aspect.MAIN, detail))
        elif start is not None and (as_of is None or start <= as_of):
            # a term still open, or one that ended after the article's date, covers the article's day
            held = f"holds it since {start}" if end is None else f"held it from {start} to {end}"
            spells.append(Finding(unit, Stance.SUPPORTS, 95.0, Aspect.MAIN, f"says {subject} {held}", start))
    return out + _one_term_decides(spells)


def _last_day_held(doc: Document, end: dt.date, as_of: dt.date | None) -> bool:
    """Whether a term's end row, read on that very day, is its holder's last day in it, not the successor's first
    (`ended_by`): the person's own next term begins the day after ('Deputy Governor' to 31 March, 'Governor' from
    1 April), so the end is written as the last day held."""
    return end == as_of and any(t.start == end + dt.timedelta(days=1) for t in terms(doc.infobox))


_STEP_NEWS_DAYS = 31  # a step told as news: at most a month before the article's day


def _left_by_the_step_told(claim: Claim, doc: Document, found: list[Finding], as_of: dt.date | None) -> list[Finding]:
    """An ended term of the claimed post is no contradiction when the sentence, after the claim's words, tells the
    person's step into another office that the infobox begins the day the term ended or the day after, within a
    month of the article's day: 'Lena Vos, the deputy governor, was sworn in as governor on 1 April' names the post
    she held up to that step, as news of the step does. It is set aside, taking no side."""
    after = after_claim(claim) or ""
    if as_of is None or not _STEP_TOLD.search(after):
        return found
    begun = {
        t.start for t in terms(doc.infobox) if t.start is not None and 0 <= (as_of - t.start).days <= _STEP_NEWS_DAYS
    }

    def left_then(f: Finding) -> bool:
        end = f.dated
        return end is not None and any(0 <= (day - end).days <= 1 for day in begun)

    if not any(f.stance == Stance.CONTRADICTS and f.mode == Mode.PAST and left_then(f) for f in found):
        return found
    # the post was left for the office the step began: that office's term refutes the claimed post no more
    note = "(set aside: the sentence tells the step into another office, which ended the claimed one)"
    return [f.but(stance=Stance.NEUTRAL, detail=f"{f.detail} {note}") if f.stance == Stance.CONTRADICTS else f
            for f in found]  # fmt: skip


def _one_term_decides(spells: list[Finding]) -> list[Finding]:
    """A person may hold one office more than once (a foreign minister's two spells), and a bare title
    may fit two of their offices ('President': of the country now, of a party once): a spell covering
    the article's day decides, and one that ended before it or began after it says nothing against it."""
    held = {f.unit.field.value for f in spells if f.stance == Stance.SUPPORTS and f.unit.field is not None}
    return [f for f in spells if not (f.stance == Stance.CONTRADICTS and f.unit.field and held)]


# a span of years, its months allowed: 'from 2008 to 2013', 'between March 2015 and 2021'
_SPAN_OF_YEARS = r"(?:from|between)\s+(?:\w+\s+){0,2}(\d{4})\s+(?:to|and|until|–|-)\s+(?:\w+\s+){0,2}(\d{4})"
# ... or a year or two written after 'in': 'opposition leader in 2021', 'prime minister in 2015-2023' (not a season's
# 'in 2021-22')
_STATED_YEARS = re.compile(rf"^\s*,?\s*(?:{_SPAN_OF_YEARS}|in\s+(\d{{4}})(?:\s*[–-]\s*(\d{{4}}))?(?![–-]?\d))\b")


def stated_years(claim: Claim) -> tuple[int, int] | None:
    """The span of years the sentence gives the office right after the claim's words ('deputy governor
    of the bank from 2008 to 2013'), or right after the office inside them, ending them or followed only by whom it
    was held under ('Ana Ruiz, who served as finance minister from 2021 to 2023 under Ivo Stam'), or ending the
    office's own words ('finance minister in 2021-2023'), or opening the sentence right before the claim's words
    ('From 2015 to 2021 he was director of ...'): values of the claim as much as the office is."""
    after = after_claim(claim)
    found = _STATED_YEARS.match(after) if after is not None else None
    value = claim.effective_value or ""
    if found is None:
        at = claim.text.lower().rfind(value.lower())
        rest = claim.text[at + len(value) :] if value and at >= 0 else ""
        found = _STATED_YEARS.match(rest)
        found = found if found and _UNDER_OR_NOTHING.fullmatch(rest[found.end() :]) else None
    found = found or _YEARS_ENDING.search(value) or _YEARS_FRONTED.fullmatch(before_claim(claim))
    years = [int(year) for year in found.groups() if year] if found else []
    if len(years) == 1 and tells_a_step(claim):
        return None  # 'became finance minister in 2020': the year of the step, no span of the holding
    return (years[0], years[-1]) if years else None  # one year written: the span of that year


# a succession's verb right before the claim's words ('Karl Moen succeeded ' Jon Dahl as mayor ...)
_SUCCEEDED_RIGHT_BEFORE = re.compile(
    rf"\b(?:{'|'.join(map(re.escape, lexicons.load('judging')['clause']['succession']))})\s+(?:from\s+)?$", re.I
)


def _the_one_succeeded(claim: Claim) -> bool:
    """Whether the claim is the post of the one a succession's verb takes ('Karl Moen succeeded Jon Dahl as mayor of
    Halden in 2000' -> 'Jon Dahl as mayor of Halden'): the sentence's year is the handover's, and his term may have
    ended in the days before it (31 December 1999, the successor's from 1 January 2000; review46 R1)."""
    return _SUCCEEDED_RIGHT_BEFORE.search(before_claim(claim)) is not None


_HANDED_OVER_WITHIN = dt.timedelta(days=31)  # a term ended this close before the handover's year was handed over in it


# a holding's end as a bare year right after the office: 'who served as mayor of Porto until 2019' (not 'until 2019-20')
_UNTIL_YEAR = re.compile(r"^\s*,?\s*until\s+(\d{4})\b(?![–-]\d)", re.I)


def stated_end_year(claim: Claim) -> int | None:
    """The year the sentence ends the claimed holding in, right after the office inside the claim's words or right
    after them ('Rui Matos, who served as mayor of Porto until 2019,'). None when no such year is written."""
    value = claim.effective_value or ""
    at = claim.text.lower().rfind(value.lower()) if value else -1
    rest = claim.text[at + len(value) :] if at >= 0 else ""
    found = _UNTIL_YEAR.match(rest) if rest.strip() else _UNTIL_YEAR.match(after_claim(claim) or "")
    return int(found.group(1)) if found else None


# what may follow a spell inside the claim's words and leave it the office's: nothing, or the head it was held under
_UNDER_OR_NOTHING = re.compile(r"[\s,]*(?:under\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*[\s,]*)?")
# a span the office's own words end with: 'finance minister in 2021-2023'
_YEARS_ENDING = re.compile(r"\s(?:in|from)\s+(\d{4})\s*[–-]\s*(\d{4})$")
# a span opening the sentence right before the claim's words: 'From 2015 to 2021 he was director of the museum'
_YEARS_FRONTED = re.compile(rf"\s*{_SPAN_OF_YEARS}\s*,?\s*", re.I)


def years_findings(claim: Claim, years: tuple[int, int], docs: list[Document]) -> list[Finding]:
    """The person's infobox terms in the claimed office, read against the years the sentence gives:
    a term from the first year to the last supports; terms of that office with other years, and none
    with these, contradict (the term rows quoted)."""

    handed_over = years[0] == years[1] and _the_one_succeeded(claim)

    def same(start: dt.date, end: dt.date) -> bool:
        # one year written ('opposition leader in 2021') is held by a term running through it; the year the one
        # succeeded handed over in, only by a term ended in it or in the days before it (31 December 1999 for
        # 2000): one running on past it was not handed over then (review47 S15)
        if handed_over:
            before = dt.date(years[0], 1, 1) - end
            return start.year <= years[0] and (end.year == years[0] or dt.timedelta(0) < before <= _HANDED_OVER_WITHIN)
        return (start.year, end.year) == years or (years[0] == years[1] and start.year <= years[0] <= end.year)

    def undecided(start: dt.date, end: dt.date) -> bool:
        # a handover told a year before the term's end (the election's year for a term ended next January), or a
        # term the page still runs (the page may be older than the handover): no side
        return handed_over and start.year <= years[0] and (end.year == years[0] + 1 or end == dt.date.max)

    stated = stated_spell(claim)  # 'from May 2022 to February 2023': the months too, where the page writes them
    spell = stated[0] if stated and (stated[0][0][0].year, stated[0][1][0].year) == years else None
    found = _spells_against(claim, docs, same, years[0] != years[1], spell, undecided)
    return found or _sibling_in_years(claim, years, docs)


def until_year_findings(claim: Claim, year: int, docs: list[Document]) -> list[Finding]:
    """The person's ended terms in the claimed office, read against the year the sentence ends the holding in ('Rui
    Matos, who served as mayor until 2021'): a term ended that year supports; ended terms of that office, none of them
    that year, contradict. A term still running is no end to compare."""
    return _spells_against(claim, docs, lambda _start, end: end.year == year, ended_only=True)


def _spells_against(
    claim: Claim,
    docs: list[Document],
    same: Callable[[dt.date, dt.date], bool],
    ended_only: bool,
    spell: Spell | None = None,
    undecided: Callable[[dt.date, dt.date], bool] | None = None,
) -> list[Finding]:
    """The subject's spells in the claimed office (its infobox terms, spells back to back run together), each
    supporting when `same` holds of its start and end and contradicting otherwise (a running term ends on
    `dt.date.max`; left out when `ended_only`). A qualified post's terms (a deputy's) are another office's. A
    `spell` the claim writes to the month or the day ('from May 2022 to February 2023') is asked of a spell of the
    same years to the precision both write it: one begun or ended in another month takes no side, as does a spell
    `undecided` holds of."""
    subject, office = claim.effective_subject, claim.effective_value or ""
    phrases = _wordings(claim, office)
    matching, other = [], []
    written_at: dict[dt.date, str] = {}  # each term's start and end day -> the precision the page writes it to
    for doc in docs:
        if not _is_person_page(doc, subject):
            continue
        spells: list[tuple[dt.date, dt.date, Unit, bool]] = []
        for group, field in _office_groups_of(doc, phrases, office, claim.nationality):
            if qualifiers(office) != qualifiers(field.value):
                continue  # a deputy's term says nothing of the governor's years
            written_start, written_end = _term(group)
            start = parse_date(written_start) if written_start else None
            end = parse_date(written_end) if written_end else None
            if start is None or (end is None and ended_only):
                continue
            written_at.setdefault(start, precision(written_start or ""))
            if end is not None:
                written_at.setdefault(end, precision(written_end or ""))
            end = end or dt.date.max  # a term still running holds the one year it began in or after
            unit = Unit(doc, field_text(doc, field) + f" (term {written_start} – {written_end})", field)
            status = f"{field.value} {group['status'].value}" if "status" in group else field.value
            spells.append((start, end, unit, bool(stopgaps(status))))
        for start, end, unit, stopgap in _run_together(spells):
            until = f" to {end}" if end < dt.date.max else ", still holding it"
            detail = f"says {subject} held it from {start}{until}"
            if same(start, end) and stopgap:
                # an acting spell run into the term: the years are the holding's, how it was held takes no side
                matching.append(Finding(unit, Stance.NEUTRAL, 50.0, Aspect.MAIN, f"{detail}, part of it acting"))
            elif same(start, end) and spell is not None and _told_apart((start, end), spell, written_at):
                told = f"{detail}, not as the claim writes it to the month"
                matching.append(Finding(unit, Stance.NEUTRAL, 50.0, Aspect.MAIN, told))
            elif same(start, end):
                matching.append(Finding(unit, Stance.SUPPORTS, 95.0, Aspect.MAIN, detail))
            elif undecided is not None and undecided(start, end):
                told = f"{detail}, not ended in the year the claim hands it over in"
                matching.append(Finding(unit, Stance.NEUTRAL, 50.0, Aspect.MAIN, told))
            elif unit.field is not None and one_seat_of(office, unit.field.value):
                continue  # 'Member of Parliament for Halden' from 2014: one seat's years, not the house's
            else:
                other.append(Finding(unit, Stance.CONTRADICTS, 90.0, Aspect.MAIN, detail))
    return matching or other


_PRECISIONS = ("year", "month", "day")


def _told_apart(days: tuple[dt.date, dt.date], spell: Spell, written_at: dict[dt.date, str]) -> bool:
    """Whether a term's start or end differs from the claimed spell's at the finer precision both write it to ('from
    May 2022' against a term begun on 1 March 2022; a term written to its year alone tells no month)."""
    for day, (claimed, claimed_at) in zip(days, spell, strict=True):
        if day == dt.date.max:
            continue
        at = min(claimed_at, written_at.get(day, "day"), key=_PRECISIONS.index)
        if at != "year" and not same_date(day, claimed, at):
            return True
    return False


# an office row naming one seat of a house, or one post of a kind, after 'for': 'Member of Parliament for Halden'
_FOR_A_SEAT = re.compile(r"^(?P<office>.+?)\s+for\s+(?:the\s+)?[A-Z]")


def one_seat_of(office: str, row: str) -> bool:
    """Whether an office row is one seat of the claimed office (the claim's words, no seat named) told by 'for' a
    place: 'Member of Parliament for Halden' of 'member of parliament'. Its years bound that seat only, not the
    membership of the house (review37 R9: first elected in 2010 for Tarsa, a seat for Halden from 2014)."""
    found = _FOR_A_SEAT.match(row.strip())
    bare = re.sub(r"(?i)^(?:an?|the)\s+", "", office.strip())
    return found is not None and aliases.fold(found["office"]) == aliases.fold(bare)


_SPELLS_APART_DAYS = 31  # spells of one office this close are one holding to a reader of years


def _run_together(
    spells: list[tuple[dt.date, dt.date, Unit, bool]],
) -> list[tuple[dt.date, dt.date, Unit, bool]]:
    """Each spell of the office as listed, and each run of spells that follow one another within a month (an acting
    spell then the term, two terms back to back) as one span from the first start to the last end: 'mayor of Korvik
    from 2003 to 2011' is told of 'acting, 2003-2005' and '2005-2011' together. A run is quoted by its first row,
    and a run (not a row alone, whose rows are read as listed) marked a stopgap's when any of its spells is."""
    ordered = sorted(spells, key=lambda spell: spell[0])
    out = [(start, end, unit, False) for start, end, unit, _ in ordered]
    for i, (start, end, unit, stopgap) in enumerate(ordered):
        for later_start, later_end, _, later_stopgap in ordered[i + 1 :]:
            if (later_start - end).days > _SPELLS_APART_DAYS or later_end <= end:
                break
            end, stopgap = later_end, stopgap or later_stopgap
            out.append((start, end, unit, stopgap))
    return out


def _sibling_in_years(claim: Claim, years: tuple[int, int], docs: list[Document]) -> list[Finding]:
    """'served as Mayor of Porto from 2007 to 2015' where the person's own infobox gives no term of the claimed
    office (`years_findings` found none) and the same one-place post for another place ('Mayor of Lisbon', 1
    August 2007 - 6 April 2015) spans those years: the claim names the wrong post for them. Only a one-place
    post rules out another (`other_place_posts`): a minister or prime minister may hold a second portfolio the
    infobox leaves out ('Minister of Health' kept by the premier), so another post of the same government
    refutes nothing (when in doubt, unverified)."""
    out = []
    for doc in docs:
        if not _is_person_page(doc, claim.effective_subject):
            continue
        found = {
            t
            for t in other_place_posts(claim.effective_value or "", terms(doc.infobox))
            if any(t.covers(dt.date(y, 7, 1)) for y in range(years[0], years[1] + 1))
        }
        # one other post whose term spans the stated years (to the year: the claim gives no days); every term
        # found covers a day, so it has a start
        spans = [t for t in found if t.start.year <= years[0] and (t.end is None or t.end.year >= years[1])]
        sibling = spans[0] if len(found) == 1 and spans else None
        if sibling is None:
            continue
        unit = Unit(doc, field_text(doc, sibling.office), sibling.office)
        detail = (
            f"lists {claim.effective_subject}'s offices with terms; from {years[0]} to {years[1]} the office held "
            f"was {sibling.office.value}"
        )
        out.append(Finding(unit, Stance.CONTRADICTS, 90.0, Aspect.MAIN, detail))
    return out


_MONTH_NAMES = "|".join(aliases.FULL_MONTHS)
_SPELL_END = rf"(?:(?:\d{{1,2}}\s+)?(?:{_MONTH_NAMES})\s+(?:\d{{1,2}},?\s+)?)?\d{{4}}"
# a spell as an article words it: 'from September 2023 until April', 'from 2000 to 2006' (the last month may go
# without its year: it is the first such month after the start)
_SPELL = re.compile(
    rf"\b(?:from|between)\s+(?P<first>{_SPELL_END})\s+(?:to|and|until|till|through|–|-)\s+"
    rf"(?P<last>{_SPELL_END}|(?:{_MONTH_NAMES}))\b",
    re.I,
)
Spell = tuple[tuple[dt.date, str], tuple[dt.date, str]]  # the first and the last day, each with its precision


def stated_spell(claim: Claim) -> tuple[Spell, str] | None:
    """The spell the claim's own clause gives its office, with its words: ending the claim's words ('served as
    foreign minister from September 2023 until April'), right after them, or right before them ('from 2000 to 2006
    she served as ...'); each end with the precision written. None for any other spell of the sentence (another
    post's), or when an end cannot be read."""
    at = claim_start(claim)
    if at < 0:
        return None
    end = at + len(claim.text)
    for m in _SPELL.finditer(claim.sentence):
        ending = at <= m.start() and m.end() == end
        after = m.start() >= end and not claim.sentence[end : m.start()].strip(" ,")
        before = m.end() <= at and not claim.sentence[m.end() : at].strip(" ,") and _opens_its_clause(claim, m.start())
        if not (ending or after or before):
            continue
        read = _read_spell(m)
        return None if read is None else (read, m.group(0))
    return None


def _read_spell(m: re.Match[str]) -> Spell | None:
    """The first and last day of a spell as written (`_SPELL`), each with its precision; None when an end cannot be
    read or the spell runs backwards."""
    first = parse_date(m["first"])
    last = parse_date(m["last"]) if _YEAR.search(m["last"]) else _month_after(m["last"], first)
    if first is None or last is None or last < first:
        return None
    return (first, precision(m["first"])), (last, precision(m["last"]))


def written_spells(text: str) -> list[tuple[re.Match[str], Spell]]:
    """Each spell the text writes ('from 28 June 2007 to 11 May 2010', 'from January 2015 to January 2017'), with
    its match and both ends read at the precision written."""
    return [(m, read) for m in _SPELL.finditer(text) if (read := _read_spell(m)) is not None]


_SPELL_OPENERS = frozenset(_ROLE_WORDS["spell_openers"])


def _opens_its_clause(claim: Claim, start: int) -> bool:
    """Whether a spell written before the claim's words opens its clause ('from 2000 to 2006 she served as ...',
    'and from 2000 to 2006 ...'): a spell inside a fronted clause of another verb and post ('After serving as finance
    minister from 2020 to 2024, he ...') is that post's."""
    opening = re.split(r"[,;:(]", claim.sentence[:start])[-1]
    return all(w.lower() in _SPELL_OPENERS for w in re.findall(r"[A-Za-z]+", opening))


def _month_after(month: str, first: dt.date | None) -> dt.date | None:
    """A month written without its year after a spell's start ('from September 2023 until April'): the first such
    month after the start."""
    if first is None:
        return None
    number = aliases.FULL_MONTHS.index(month.lower()) + 1
    return dt.date(first.year + (number <= first.month), number, 1)


def spell_sibling_findings(claim: Claim, docs: list[Document]) -> list[Finding]:
    """A held office with the spell its clause gives ('served as foreign minister from September 2023 until
    April') against the person's own infobox, which lists no term of it and lists another post of the same kind
    and government for exactly that spell, to the precision written (`offices.sibling_in_spell`): the article
    gave the spell to the wrong post. A spell another post only overlaps decides nothing."""
    stated = stated_spell(claim)
    if stated is None:
        return []
    ((first, first_at), (last, last_at)), words = stated

    def fits(term: Term) -> bool:
        return (
            term.start is not None and term.end is not None
            and same_date(term.start, first, first_at) and same_date(term.end, last, last_at)
        )  # fmt: skip

    office = (claim.effective_value or "").replace(words, "").strip()
    return _listed_sibling(claim, docs, office, fits, "for that spell")


def start_sibling_findings(claim: Claim, docs: list[Document]) -> list[Finding]:
    """A post taken up on a day the clause gives ('was appointed finance minister in December 2020') against
    the person's own infobox, which lists no term of it and lists another post of the same kind and government
    begun then, to the precision written (`offices.sibling_in_spell`): the article named the wrong post taken
    up. A post begun at another time decides nothing."""
    written = _start_written(claim)
    want = parse_date(written["day"]) if written else None
    if written is None or want is None:
        return []
    at = precision(written["day"])
    office = claim.effective_value or ""
    return _listed_sibling(claim, docs, office, lambda t: t.start is not None and same_date(t.start, want, at), "then")


def until_sibling_findings(claim: Claim, docs: list[Document], as_of: dt.date | None) -> list[Finding]:
    """A post held 'until' a day of the news ('also served as commerce minister until April', `until_window`)
    against the person's own infobox, which lists no term of it and lists another post of the same kind and
    government ended in those days (`offices.sibling_in_spell`): the article gave the end to the wrong post. A post
    ended at another time decides nothing."""
    window = until_window(claim, as_of)
    if window is None:
        return []
    first, last = window
    office = claim.effective_value or ""
    return _listed_sibling(claim, docs, office, lambda t: t.end is not None and first <= t.end <= last, "then")


def _listed_sibling(
    claim: Claim, docs: list[Document], office: str, fits: Callable[[Term], bool], when: str
) -> list[Finding]:
    """The one other post of the person's own infobox whose term `fits` the time the claim gives the claimed
    post, when the infobox lists no term of the claimed post: a contradiction naming that post."""
    out = []
    for doc in docs:
        if not _is_person_page(doc, claim.effective_subject):
            continue
        held = terms(doc.infobox)
        if any(same_office(office, claim.nationality, t.office.value) for t in held):
            continue  # the claimed post is listed: its own terms decide
        sibling = sibling_in_spell(office, claim.nationality, held, fits)
        if sibling is None:
            continue
        unit = Unit(doc, "; ".join(field_text(doc, row) for row in (sibling.office, *sibling.rows)), sibling.office)
        subject = claim.effective_subject
        detail = f"lists {subject}'s offices with terms; {when} the post held was {sibling.office.value}"
        out.append(Finding(unit, Stance.CONTRADICTS, 90.0, Aspect.MAIN, detail))
    return out


def with_stated_years(claim: Claim, findings: list[Finding], docs: list[Document]) -> list[Finding]:
    """A held office with its years: only a term of those years supports it. Other support for the
    office alone (a sentence, another row) says nothing of the years and is kept as neutral. A year the
    holding is said to have lasted until ('who served as mayor until 2019') is read as its term's end."""
    end = stated_end_year(claim)
    years = stated_years(claim) or ((end, end) if end is not None else None)
    if years is None:
        return findings
    dated = until_year_findings(claim, end, docs) if end is not None else years_findings(claim, years, docs)
    kept = [
        f if f.stance != Stance.SUPPORTS or (not dated and _names_years(f, years)) else _neutral(f) for f in findings
    ]
    return [*kept, *dated]


def _neutral(f: Finding) -> Finding:
    """The same evidence, taking no side (its date and mode dropped, as before)."""
    return Finding(f.unit, Stance.NEUTRAL, f.score, f.aspect, f.detail)


def _names_years(finding: Finding, years: tuple[int, int]) -> bool:
    """A page sentence that gives both years itself may support the office with them."""
    text = finding.unit.text
    return all(re.search(rf"\b{year}\b", text) for year in years)


_SPAN_YEARS = re.compile(r"^[^.;]{0,30}?\bfrom\s+(?:\w+\s+){0,2}(\d{4})\s+(?:to|until|–|-)\s+(?:\w+\s+){0,2}(\d{4})")


def _earlier_spell(doc: Document, listed_office: str, as_of: dt.date, listed_start: dt.date) -> bool:
    """Whether the page's words give the person a spell in the office (its post's words, with a span of
    years) around the article's day, before the term its infobox lists ('as president from 2000 to
    2008 and since 2012' beside an infobox term from 2012). A span begun in the listed term's own year
    ('from December 2024 to September 2025' beside a term from 13 December 2024) is that term."""
    post = re.split(r"\s+(?:of|for|to)\s+", aliases.fold(strip_qualifiers(listed_office)))[0]  # 'prime minister'
    post = re.sub(r"^(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?", "", post).strip()
    if not post or not POST.search(post):
        return False
    folded = aliases.fold(doc.text)
    for m in re.finditer(rf"\b{re.escape(post)}\b", folded):
        span = _SPAN_YEARS.search(folded[m.end() : m.end() + 90])
        if span and int(span.group(1)) <= as_of.year <= int(span.group(2)) and int(span.group(1)) < listed_start.year:
            return True
    return False


_BODY_PARTS = frozenset(lexicons.load("judging")["role"]["body_parts"])


def _in_a_part(listed_office: str, office: str) -> bool:
    """Whether the listed office is a post in a part of a body ('Leader of the Parliamentary Group of the
    Green League'), a part the claimed office does not name ('Green League leader'): the words between its
    first and last 'of' name a group, a wing, a committee ... of the body, not the body."""
    parts = re.split(r"\s+of\s+", aliases.fold(listed_office))
    between = {w for part in parts[1:-1] for w in part.split()}
    return bool(between & _BODY_PARTS - set(aliases.fold(office).split()))


def _names_its_body(phrases: list[str], listed_office: str) -> bool:
    """The listed office is the claimed one, not a post in a part of it: 'head of the Social
    Democratic Party' is 'President of the Social Democratic Party', not 'President of the
    Parliamentary Group of the Social Democratic Party' (the party named after a second 'of')."""
    found = phrase_position(phrases, listed_office)
    if not found:
        return False
    before = aliases.fold(listed_office)[: int(found[1])]
    return len(re.findall(r"\bof\b", before)) < 2


def _qualifier_conflict(
    subject: str,
    unit: Unit,
    listed_office: str,
    start: dt.date | None,
    end: dt.date | None,
    as_of: dt.date | None,
    claimed_elect: bool,
) -> list[Finding]:
    """The person's infobox lists the office with other qualifiers (the chairman for a claimed vice
    chairman, the president-elect for a claimed president). A term covering the article's day is
    another office held that day: it contradicts. A president-elect before the term starts is what
    "-elect" claims: it supports."""
    if as_of is None or start is None:
        return []
    if claimed_elect and _awaits_office(start, as_of):
        return [Finding(unit, Stance.SUPPORTS, 90.0, Aspect.MAIN, f"says {subject} takes office on {start}", start)]
    if start <= as_of and (end is None or as_of <= end):
        return [Finding(unit, Stance.CONTRADICTS, 90.0, Aspect.MAIN, f"says {subject} was {listed_office} on {as_of}")]
    return []


ELECT_WAIT = dt.timedelta(days=270)  # the longest usual wait from an election to the oath (Indonesia: Feb to Oct)


def _awaits_office(start: dt.date, as_of: dt.date) -> bool:
    """Whether on the article's day the person is still to take up an office that begins on `start` (the day itself
    included: an article of the inauguration day may still say "President-elect"), within an election's usual wait:
    a row read years before says nothing of an election not yet held."""
    return as_of <= start and start - as_of <= ELECT_WAIT


def _elect_spell(subject: str, unit: Unit, office: str, start: dt.date, as_of: dt.date) -> Finding:
    """An '-elect' row ('President-elect of Norby', 'Assuming office 6 August 2025') gives the day the office itself is
    taken up, which ends the -elect spell: held up to that day, over after it."""
    if _awaits_office(start, as_of):
        detail = f"says {subject} is {office} until taking office on {start}"
        return Finding(unit, Stance.SUPPORTS, 90.0, Aspect.MAIN, detail, start)
    if as_of > start:
        detail = f"says {subject} took office on {start}, which ended the spell as {office}"
        return Finding(unit, Stance.CONTRADICTS, 90.0, Aspect.MAIN, detail, start, mode=Mode.PAST)
    detail = f"lists {office} until {start}, too long after {as_of} to say {subject} was elected by then"
    return Finding(unit, Stance.NEUTRAL, 50.0, Aspect.MAIN, detail)


def _term(group: dict) -> tuple[str | None, str | None]:
    """The written start and end of one office's term: `term_start`/`term_end`, or a whole `term`
    ("9 March 2004 – present")."""
    start = group["term_start"].value if "term_start" in group else None
    end = group["term_end"].value if "term_end" in group else None
    if start is None and "term" in group:
        parts = re.split(r"\s+[–-]\s+|–", group["term"].value, maxsplit=1)
        start = parts[0]
        end = parts[1] if len(parts) > 1 and not re.search(r"present|incumbent", parts[1], re.I) else None
    return start, end


def _names_a_body(mention: str) -> bool:
    """'European Command', 'NATO Military Committee': a capitalised run that names a body, not a holder."""
    return any(body in mention for body in (*aliases.BODY_WORDS, *aliases.ORGANISATION_ALIASES))


def _incumbent_findings(
    subject: str, doc: Document, as_of: dt.date | None = None, pages: Sequence[Document] = ()
) -> list[Finding]:
    """The office page's holder: the claimed person supports; another person named in an incumbent row
    contradicts, but only when the row speaks of the article's day: dated (its 'since' decides, see
    `_set_aside_stale`) or on a revision not newer than the article. An undated holder on a later
    revision may have taken over after the article."""
    out = []
    candidates = [(Unit(doc, field_text(doc, f), f), since) for f, since in incumbent_fields(doc)]
    candidates += [
        (u, None) for u in units(doc) if u.field is None and re.search(r"\b(current|incumbent)\b", u.text, re.I)
    ]
    for unit, since in candidates:
        text = unit.field.value if unit.field else unit.text
        if unit.field is None and not _first_named(subject, text):
            continue  # 'The incumbent is Harris, ... following the resignation of Varadkar': Harris is the holder
        hit = find_person(subject, text)
        later = _holder_from(unit, doc, as_of)
        if hit and later is not None:  # a later revision's holder 'who took office on 9 April 2024': not yet then
            detail = f"names {hit[1]} as the holder from {later} (set aside: after {as_of}, the article's day)"
            out.append(Finding(unit, Stance.NEUTRAL, hit[0], Aspect.MAIN, detail, later))
            continue
        if hit:
            out.append(Finding(unit, Stance.SUPPORTS, hit[0], Aspect.MAIN, f"names {hit[1]} as the holder", since))
            continue
        others = [m for m in person_mentions(text) if not _names_a_body(m)]
        same = next((m for m in others if same_person(subject, m)), None)
        if same:  # the claimed person written another way ("GenAlexus G. Grynkewich"), never another holder
            out.append(Finding(unit, Stance.SUPPORTS, 90.0, Aspect.MAIN, f"names {same} as the holder", since))
            continue
        if others and unit.field is not None and (since is not None or not _written_after(doc, as_of)):
            if _term_ended_by(others[0], doc.title, pages, as_of):
                continue  # a stale holder row: that holder's own page ends the term before the article's day
            out.append(Finding(unit, Stance.CONTRADICTS, 90.0, Aspect.MAIN, f"names {others[0]} as the holder", since))
    return out


def _holder_from(unit: Unit, doc: Document, as_of: dt.date | None) -> dt.date | None:
    """The day after the article's that an undated incumbent sentence of a later revision dates its holder
    from ('The incumbent is X, who took office on 9 April 2024'): the first full day it gives, if later than
    the article's day. None for an infobox row (its own 'since' decides) or a revision not newer."""
    if unit.field is not None or as_of is None or not _written_after(doc, as_of):
        return None
    for m in date_mentions(unit.text):
        if m.year and m.month and m.day:
            day = dt.date(m.year, m.month, m.day)
            return day if day > as_of else None
    return None


def _first_named(subject: str, sentence: str) -> bool:
    """Whether the subject is the first person a page sentence about the incumbent names: the sentence then
    names the holder; the people it names after (a predecessor, a rival) hold nothing by being named."""
    people = [m for m in person_mentions(sentence) if not _names_a_body(m)]
    return bool(people) and (find_person(subject, people[0]) is not None or same_person(subject, people[0]))


def _term_ended_by(holder: str, office: str, pages: Sequence[Document], as_of: dt.date | None) -> bool:
    """Whether the holder an office page names has their own page in the run ending their term of that
    office before the article's day ('13th President of South Korea ... term ended 4 April 2025' against
    'Incumbent: Yoon Suk-yeol' read for a day in April 2025): the row then names no holder of that day.
    Every term of the office must have ended: a holder back for a second spell (first term ended, second
    open) is still the holder, and setting the row aside would let a past holder pass as current."""
    if as_of is None:
        return False
    for page in pages:
        if not is_person_doc(page) or not _is_person_page(page, holder):
            continue
        held = [term for term in terms(page.infobox) if same_office(office, None, term.office.value)]
        if held and all(term.end is not None and term.end < as_of for term in held):
            return True
    return False


def _person_office_findings(
    subject: str,
    doc: Document,
    phrases: list[str],
    as_of: dt.date | None,
    office: str,
    own: bool = True,
    country: str | None = None,
    owner: str | None = None,
) -> list[Finding]:
    """What the person's page says of the office in its sentences: held now (supports), held only
    before (contradicts, as a past term), or held with other qualifiers on the article's day. A
    sentence that ties the office to another country than the claimed one, or to another owner than the one the
    claim's sentence gives it (`owner`: "Norby's Defence Minister"), says nothing of it."""
    claimed_country = office_country(office) or country
    out = []
    for unit in units(doc):
        if unit.field is not None:
            continue
        pos = phrase_position(phrases, unit.text)
        if not pos:
            continue
        folded = aliases.fold(unit.text)
        pos = _not_the_post_served(phrases, folded, pos)
        if pos is None:
            continue  # 'chief of staff to the Minister of Defence': the post of the one served (review47 S2)
        at = holder.from_folded(unit.text, int(pos[1]))
        end = holder.from_folded(unit.text, int(pos[2]))
        if not holder.said_of([subject, doc.title], unit.text, at, end, holder.pronoun_of(doc.text)):
            continue  # 'Her husband Per Olsen has been finance minister since 2019': his post, not hers
        if holder.titled_name_after([subject, doc.title], unit.text, end) is not None:
            continue  # 'the daughter of the former prime minister Ivo Stam': his title, written before his name
        stop = _clause_end(unit.text, at, int(pos[2]) + 45)
        window = _own_clause(folded[max(0, pos[1] - 70) : stop], min(int(pos[1]), 70))
        written = countries_named(folded[max(0, int(pos[1]) - 20) : int(pos[2]) + 30])
        if claimed_country and written and claimed_country not in written:
            continue  # 'foreign minister of Ukraine' is not Russia's foreign minister
        if claimed_country and not written and of_other_countries(doc, claimed_country):
            continue  # the page's bare post is its person's own country's: an American's is not Canada's
        if another_owner_after(unit.text[end:], owner, claimed_country):
            continue  # 'Minister of Defence of Tarsa' is not Norby's defence minister (review50 S1)
        when, since = tense(window, as_of)
        if when == "unknown" and _served_until(window, doc, as_of):
            when = "past"
        told_by = holder.pronoun_of(doc.text) or _pronoun_in(unit.text[:end])
        if when == "current" and _ended_later(unit.text[end:], phrases, as_of, told_by, since):
            continue  # 'has been Mayor of Halden since 2010; she stepped down in March 2025': held no more (S1)
        if another_post_at(folded, int(pos[1]), office):
            continue  # 'an assistant governor from 2010 to 2022' says nothing of the governor's office
        if sought_at(folded, int(pos[1])):
            continue  # 'the Labour candidate for Mayor of Halden in 2019': sought, never held (review47 S17)
        if another_portfolio_found(folded, int(pos[1]), int(pos[2]), office):
            continue  # 'Minister of Defence Procurement' is no defence minister
        if title_goes_on(office, unit.text, int(pos[2])):
            continue  # 'Minister for Defence Personnel' is no defence minister, 'Mayor of Halden Heights' no Halden's
        if named_longer(office, unit.text[at : end + 40]):
            continue  # 'mayor of Norby County', 'prime minister of West Vestria': another place's post
        if a_part_after_the_possessive(folded[int(pos[2]) :]):
            continue  # "director of the Korvik Museum's research centre" is no director of the museum (R10)
        if of_a_body(office, unit.text[at:end], unit.text[end : end + 80]):
            continue  # 'president of the Norby Party' is no bare 'President Nina Moe' (review43 R13)
        listed, claimed_qualifiers = qualifiers_at(folded, int(pos[1]), int(pos[2])), qualifiers(office)
        if one_stopgap_reworded(office, folded, int(pos[1]), int(pos[2])):
            # 'acting President' for the claimed 'Interim President': one stopgap post in two words
            listed, claimed_qualifiers = listed - {"acting"}, claimed_qualifiers - {"acting"}
        if listed != claimed_qualifiers:
            # "deputy secretary general" is not "secretary general", nor the other way round: the
            # person's own page saying they hold the other one on the article's day contradicts
            if own and when == "current" and _dated_by(doc, since, as_of) and "elect" not in listed:
                which = ", ".join(sorted(listed)) or "that qualifier"
                detail = f"says {subject} holds the office {'with' if listed else 'without'} {which}"
                out.append(Finding(unit, Stance.CONTRADICTS, pos[0] * 0.9, Aspect.MAIN, detail, since))
            continue
        if _written_after(doc, as_of) and (when == "past" or since is None):
            continue  # "previously served", "is serving" on a page newer than the article: true of another day
        saved = doc.revision_timestamp.date() if doc.revision_timestamp else None
        if own and when == "current" and vague_since(window, as_of, saved):
            continue  # 'since 2025' on a later page, of a 2025 article: maybe not yet on the article's day
        if when == "current" and (since is None or as_of is None or since <= as_of):
            out.append(Finding(unit, Stance.SUPPORTS, pos[0], Aspect.MAIN, f"says {subject} holds it", since))
        elif when == "past" and _past_binds(folded, int(pos[1]), int(pos[2])):
            out.append(
                Finding(unit, Stance.CONTRADICTS, pos[0] * 0.9, Aspect.MAIN, f"says {subject} held it", mode=Mode.PAST)
            )
    return out


def _not_the_post_served(
    phrases: list[str], folded: str, pos: tuple[float, int, int]
) -> tuple[float, int, int] | None:
    """The first place in `folded` the office is named that is not the post an aide's post serves ('chief of staff
    to the Minister of Defence', review47 S2) nor another's the sentence names as the object of a preposition or a
    verb ('has advised the Minister of Defence', 'the daughter of a former Minister of Defence': `object_at`, review50
    S2, R5): 'Deputy to the Mayor of Halden since 2022, and Mayor of Halden since 2024' names her own post after the
    one she served (review48 B6); None when every naming is another's."""
    while served_at(folded, int(pos[1])) or object_at(folded, int(pos[1]), int(pos[2])):
        rest = folded[int(pos[2]) :]
        found = phrase_position(phrases, rest)
        if found is None:
            return None
        shift = int(pos[2]) + len(rest) - len(rest.lstrip())  # fold drops the space the rest opens with
        pos = (found[0], int(found[1]) + shift, int(found[2]) + shift)
    return pos


# a clause of its own joined before an office ('... from 2015 to 2021 and has been minister of defence since 2021'):
# the spell told before it is another post's
_ANOTHER_CLAUSE_BEFORE = re.compile(
    r"\b(?:and|but|while|then)\s+(?:(?:she|he|they)\s+)?(?=(?:has|have|had|is|was|were|served|serves|became)\b)"
)


def _clause_end(text: str, at: int, stop: int) -> int:
    """Where in `aliases.fold(text)` the words after an office (named from `at` in `text`) stop being read with it:
    at `stop`, or sooner at a semicolon after it, whose clause's tense is its own ('Since 2024 she has been Mayor of
    Halden; from 2020 to 2024 she was deputy mayor': the mayoralty is not past, review48 R10)."""
    semicolon = text.find(";", at)
    return stop if semicolon < 0 else min(stop, len(aliases.fold(text[:semicolon])))


# a later clause of the sentence, after a semicolon, a comma or a joining word, in which the holder (a pronoun, or
# none: 'and stepped down') leaves a post
_ENDED_LATER = re.compile(
    r"(?:[;,]\s*(?:(?:and|but|then)\s+)?|\s(?:and|but|then)\s+)(?:(?P<who>she|he|they)\s+)?"
    r"(?:(?:later|then|eventually|finally|subsequently)\s+)?"
    rf"(?:{'|'.join(map(re.escape, _ROLE_WORDS['ended_later']))})\b(?P<rest>[^;]*)",
    re.I,
)
# what may follow the leaving verb for the post left to be the one named before it: nothing, a time or a cause
# ('stepped down in March 2025', 'resigned after the vote', 'was succeeded by Ivo Stam'), or the post as a bare noun
_LEFT_AS_NAMED = re.compile(
    r"^\s*(?:$|[,.)]|(?:in|on|at|after|before|following|amid|over|when|by|because|to|citing|early|late|later|and|but)\b"
    r"|(?:as|from)\s+(?:(?:the|her|his|their|that|this)\s+)?(?:office|post|role|position|job)\b)",
    re.I,
)


def _ended_later(
    after: str, phrases: list[str], as_of: dt.date | None, pronoun: str | None, began: dt.date | None = None
) -> bool:
    """Whether the sentence, in a later clause after an office held in the present ('She has been Mayor of Halden
    since 2010; she stepped down in March 2025'), tells its holder leaving that post by the article's day: the
    office's own clause stops at the semicolon (`_clause_end`, review48 R10), but the ending told after it is the same
    person's same post (review49 S1). A clause of another person (another pronoun than the page's), of leaving
    another post or body ('resigned from the party', 'stepped down as party leader', named after a time word too:
    'retired in 2015 from her teaching job'), of a defeat in another contest ('was defeated in the 2019 party
    leadership contest'), dated after the article's day, or dated before the present spell `began` (an earlier
    spell's: 'has been Mayor since 2022; ... resigned as mayor in 2014') ends nothing of the office then (review50
    B4)."""
    for m in _ENDED_LATER.finditer(after):
        who = (m.group("who") or "").lower()
        if who and pronoun and who not in {pronoun, "they"}:
            continue  # 'she has been mayor since 2010, and he resigned in 2015': another person's step
        rest = m.group("rest")
        post = re.match(r"^\s*(?:as|from)\s+(.*)", rest, re.I)
        if post and not _LEFT_AS_NAMED.match(rest):
            named = phrase_position(phrases, post.group(1))
            if (named is None or named[1] > 4) and not _the_bare_post(phrases, post.group(1)):
                continue  # 'stepped down as party leader', 'resigned from the party': another post left
        elif not _LEFT_AS_NAMED.match(rest):
            continue  # 'quit politics', 'retired footballer': no plain leaving of the post
        clause = _NEXT_CLAUSE.split(rest, maxsplit=1)[0]
        if _leaves_another(clause, phrases):
            continue  # 'retired in 2015 from her teaching job': what is left, named after the time, is another thing
        if _A_DEFEAT.search(after[m.start() : m.start("rest")]) and _another_contest(clause, phrases):
            continue  # 'was defeated in the 2019 party leadership contest': no post held was lost
        dates = [d for d in date_mentions(rest, borrow=False) if d.year is not None]
        if as_of is not None and dates and all(_after_the_day(d, as_of) for d in dates):
            continue  # 'she stepped down in 2027' on a page newer than a 2025 article: held on its day
        if began is not None and dates and all(d.year is not None and d.year < began.year for d in dates):
            continue  # 'has been Mayor since 2022; ... resigned as mayor in 2014': an earlier spell's ending
        if _undone(rest, phrases):
            continue  # 'resigned in 2012 and returned in 2013', '... but the council refused her resignation'
        return True
    return False


# the start of the next clause after a leaving verb's words ('resigned in 2012, and returned in 2013')
_NEXT_CLAUSE = re.compile(r",\s*(?:and|but)\b|\s(?:and|but)\s", re.I)
# what a leaving verb names as left, anywhere in its clause ('retired in 2015 from her teaching job'); 'from 2006' is
# a time, not a thing left
_LEFT_WHAT = re.compile(r"\b(?:as|from)\s+(?!\d|(?:early|late|mid)\b)(?P<what>[^,;.]*)", re.I)
_THE_POST_NOUN = re.compile(r"^(?:(?:the|her|his|their|that|this)\s+)?(?:office|post|role|position|job)\b", re.I)
# a leaving verb that is a defeat, and the contest it names ('in the 2019 party leadership contest', 'for a seat')
_A_DEFEAT = re.compile(r"\b(?:defeated|lost)\b", re.I)
_CONTEST_NAMED = re.compile(r"\b(?:in\s+(?:the|a|an)|for)\s+(?P<what>[^,;.]*)", re.I)
# words naming a race without saying for what ('the 2024 election', 'for re-election'): the post's own, read as it
_ANY_RACE = frozenset(
    {"a", "an", "the", "her", "his", "their", "election", "elections", "vote", "poll", "polls", "ballot", "race",
     "runoff", "contest", "local", "municipal", "general", "re", "reelection", "next", "last", "city", "council"}
)


# a later clause undoing the leaving: a return to the post, or the resignation refused or withdrawn
_UNDONE = re.compile(
    r"\b(?:returned|reinstated|re-?elected|re-?appointed)\b"
    r"|\b(?:refused|rejected|withdrew|rescinded|reversed)\b.*\bresignation\b",
    re.I,
)
_RETURNED_TO = re.compile(r"\b(?:returned|reinstated|re-?appointed)\s+(?:to|as)\s+(?P<what>[^,;.]*)", re.I)


def _undone(rest: str, phrases: list[str]) -> bool:
    """Whether a clause after the leaving one undoes it ('resigned in 2012 and returned in 2013', '... but the council
    refused her resignation', 'was re-elected in 2013'): the post held again; a return to another thing ('returned to
    teaching') undoes nothing of it."""
    for clause in _NEXT_CLAUSE.split(rest)[1:]:
        if not _UNDONE.search(clause):
            continue
        to = _RETURNED_TO.search(clause)
        if to is not None and not (_THE_POST_NOUN.match(to["what"]) or _the_bare_post(phrases, to["what"])):
            continue  # 'and returned to teaching': another thing taken up
        return True
    return False


def _leaves_another(clause: str, phrases: list[str]) -> bool:
    """Whether the leaving clause names what is left ('as ...', 'from ...') anywhere in it and that is not the post
    named before: its own words near the start, its head word alone ('as mayor'), or a bare 'the post'."""
    for found in _LEFT_WHAT.finditer(clause):
        what = found.group("what")
        if _THE_POST_NOUN.match(what):
            continue  # 'from the post', 'from her job' told bare: the post just named
        named = phrase_position(phrases, what)
        if not ((named is not None and named[1] <= 4) or _the_bare_post(phrases, what)):
            return True
    return False


def _another_contest(clause: str, phrases: list[str]) -> bool:
    """Whether a defeat's clause names the contest lost ('in the 2019 party leadership contest', 'for a seat in
    parliament') and no word of it is the post's head word or grown from it ('the 2024 mayoral election' is the
    post's own): a defeat in another race ends no post held."""
    heads = {w for p in phrases for w in p.split(" of ")[0].split() if len(w) >= 4}
    for found in _CONTEST_NAMED.finditer(clause):
        words = re.findall(r"[a-z]+", aliases.fold(found.group("what")))
        if set(words) - _ANY_RACE and not any(w.startswith(h) for w in words for h in heads):
            return True
    return False


def _the_bare_post(phrases: list[str], words: str) -> bool:
    """Whether the words open with the claimed post's head word alone ('as mayor in March 2025' for 'mayor of
    Halden'): the post just named, left; not with another word before it ('as deputy mayor') nor its own place after
    it ('as mayor of Korvik', which must be the claimed one's wording)."""
    heads = {p.split(" of ")[0] for p in phrases if " of " in p and " " not in p.split(" of ")[0]}
    opening = re.match(r"(?:(?:the|her|his|their)\s+)?(?P<head>\w+)(?:\s+(?P<next>\w+))?", aliases.fold(words))
    if opening is None or opening["head"] not in heads:
        return False
    return opening["next"] not in {"of", "for", "to"}  # 'as mayor of Korvik': a place of its own, which must match


def _pronoun_in(words: str) -> str | None:
    """The first 'she' or 'he' of the words (a sentence up to an office: 'She has been Mayor of Halden'), lower-cased:
    the person the office is told of, when the page's opening does not tell its person's pronoun."""
    found = re.search(r"\b(she|he)\b", words, re.I)
    return found.group(1).lower() if found else None


def _after_the_day(mention: DateMention, as_of: dt.date) -> bool:
    """Whether a date as written (a year, a month, a day) lies wholly after the article's day."""
    if mention.year is None or mention.year != as_of.year:
        return mention.year is not None and mention.year > as_of.year
    if mention.month is None or mention.month != as_of.month:
        return mention.month is not None and mention.month > as_of.month
    return mention.day is not None and mention.day > as_of.day


def _own_clause(window: str, at: int) -> str:
    """The words around an office (starting `at` in `window`) from the clause it stands in on: a window reaching
    back over 'and has been' reads the years of the post told before it as this post's (review43 R7)."""
    joins = list(_ANOTHER_CLAUSE_BEFORE.finditer(window, 0, at))
    return window[joins[-1].end() :] if joins else window


_PAST_BEFORE = re.compile(r"\b(?:former|formerly|previously|last served|retired|was|served|ex)\b[\w\s,-]{0,45}$")
# a span of years right after the office, not one another clause gives another post ('president of the union
# and was minister of sport from 2016 to 2021')
_RANGE_AFTER = re.compile(
    r"^(?![\w\s,]{0,60}?\b(?:and|while|but|then)\s+(?:(?:she|he|they)\s+)?(?:was|were|served|became)\b)"
    r"[\w\s,]{0,60}?\bfrom\s+(?:\w+\s+){0,2}\d{4}\s+(?:to|until|–|-)\s+"
)
# a present verb, or one of taking the office up, between a past word and the office: the past word is said of
# something else ('a retired rower, is president of ...'), or the office was entered, not left ('was elected president')
_PRESENT_OR_TAKEN = re.compile(
    r"\b(?:is|are|has|have|serves|now|currently|elected|appointed|named|chosen|sworn\s+in)\b(?:\s+(?:served|been))?"
)


def _past_binds(folded: str, start: int, end: int) -> bool:
    """Whether the past tense the sentence is read in is said of this office: a past word just before
    it ('a former prime minister', 'was the prime minister') or a closed span of years just after it
    ('prime minister from 2010 to 2016'); not a 'former' said of someone else near by ('succeeded the
    former prime minister's deputy ...' is about another person)."""
    before = folded[max(0, start - 60) : start]
    if re.search(r"\b(?:to|under|by|with|succeeded|replaced)\s+(?:the\s+)?(?:former\s+)?$", before):
        return False  # 'deputy to the former prime minister', 'served under the prime minister': another holder
    before = _PRESENT_OR_TAKEN.split(before)[-1]  # 'a former rower who is president': the nearer verb speaks
    return _PAST_BEFORE.search(before) is not None or _RANGE_AFTER.search(folded[end : end + 90]) is not None


_SERVED_RANGE = re.compile(
    r"(?<!has )(?<!have )\bserved\b.{0,80}?\bfrom\s+(?:\w+\s+){0,2}\d{4}\s+(?:to|until)\s+(?:\w+\s+){0,2}(\d{4})"
)


def _served_until(window: str, doc: Document, as_of: dt.date | None) -> bool:
    """'who served as the 13th secretary general of NATO from 2014 to 2024', on a page not newer
    than the article: a term the page itself places in the past, ending by the article's year."""
    if as_of is None or _written_after(doc, as_of):
        return False
    served = _SERVED_RANGE.search(window)
    return served is not None and int(served.group(1)) <= as_of.year


def _dated_by(doc: Document, since: dt.date | None, as_of: dt.date | None) -> bool:
    """Whether a present tense on the page speaks of the article's day: any page not newer than the
    article, or a later one whose "since" date comes before it ("since 2025" on a later page does
    not say it was so by a day in 2025)."""
    if not _written_after(doc, as_of):
        return True
    if since is None or as_of is None or since > as_of:
        return False
    return not (since.year == as_of.year and (since.month, since.day) == (1, 1))


_COUNTRYS_POSSESSIVE = re.compile(r"(?P<owner>[A-Z][\w.]*(?: [A-Z][\w.]*)*)['’]s\s+(?=[A-Za-z])")
_BODYS_POSTS = frozenset(_ROLE_WORDS["team_or_company_posts"])
_BODY_NAMED_FIRST = re.compile(r"^(?:[A-Z][\w&.-]*\s+)+(?=[a-z])")  # not 'Chief Justice', 'Foreign Minister'


def a_bodys_post_of_a_possessive(claim: Claim) -> bool:
    """Whether the claim's nationality is a country's possessive before a team's or a company's post ("Brazil's coach
    Tom Berg", "Germany's Bayer chief executive Tom Berg": judging.toml [role] `team_or_company_posts`, a body's
    name before it or not): whose team or company, not whose national the holder is (review38 R8)."""
    m = _COUNTRYS_POSSESSIVE.search(claim.text)
    if m is None or aliases.country_of(m["owner"]) != aliases.country_of(claim.nationality):
        return False
    post = (claim.effective_value or "").strip()
    post = _BODY_NAMED_FIRST.sub("", post)  # 'Bayer chief executive': the company's name before its post
    return aliases.fold(post) in _BODYS_POSTS


def nationality_findings(claim: Claim, docs: list[Document]) -> list[Finding]:
    """A different nationality on the person's own page (or beside their name) contradicts; none is claimed by a
    country's possessive before a team's or a company's post (`a_bodys_post_of_a_possessive`)."""
    want = None if a_bodys_post_of_a_possessive(claim) else aliases.country_of(claim.nationality)
    if not want:
        return _post_country_findings(claim, None, docs)  # 'Elena Soto, president of Peru': the post's country
    out = []
    for doc in docs:
        if _is_person_page(doc, claim.effective_subject):
            # on the person's own page, the allegiance field and the first sentence speak
            candidates = [u for u in units(doc) if u.field and u.field.label.lower() in {"allegiance", "nationality"}]
            candidates += [u for u in units(doc) if u.field is None][:1]
        else:
            candidates = [u for u in units(doc) if u.field and find_person(claim.effective_subject, u.text)]
        for unit in candidates:
            have = country_in(unit.text) or (aliases.country_of(unit.field.value) if unit.field else None)
            if have == want or (have is not None and aliases.WITHIN.get(have) == want):  # a Scot is British
                out.append(
                    Finding(
                        unit,
                        Stance.SUPPORTS,
                        95.0,
                        Aspect.NATIONALITY,
                        f"gives {claim.effective_subject}'s country as {have}",
                    )
                )
            elif have is not None and aliases.WITHIN.get(want) == have:
                continue  # a British diplomat may be the Scottish one claimed, or another: no side taken
            elif have and origin_country(unit.text) != want:  # 'a Danish-born British diplomat' may be Danish too
                out.append(
                    Finding(
                        unit,
                        Stance.CONTRADICTS,
                        90.0,
                        Aspect.NATIONALITY,
                        f"gives {claim.effective_subject}'s country as {have}",
                    )
                )
    return out + _post_country_findings(claim, want, docs)


def only_its_origin(claim: Claim, found: list[Finding], docs: list[Document]) -> list[Finding]:
    """A claimed nationality the person's own lead does not give, where it gives their origin ('Danish diplomat' or
    'Swedish diplomat' of 'a Danish-born British diplomat' or of 'a Danish-born diplomat'): the page says where they
    come from, not whose national they are, so the post's support is set aside and the nationality stays unchecked
    (refuted only by a nationality the lead gives: `nationality_findings`)."""
    want = aliases.country_of(claim.nationality)
    lead = next(
        (u.text for d in docs if _is_person_page(d, claim.effective_subject) for u in units(d) if u.field is None), ""
    )
    origin = origin_country(lead)
    if not want or origin is None or country_in(lead) == want:
        return found
    why = f"(set aside: the page gives {origin} as where {claim.effective_subject} is from, not their nationality)"
    return [
        f.but(stance=Stance.NEUTRAL, detail=f"{f.detail} {why}")
        if f.stance == Stance.SUPPORTS and f.aspect == Aspect.MAIN
        else f
        for f in found
    ]


def _post_country_findings(claim: Claim, want: str | None, docs: list[Document]) -> list[Finding]:
    """The claimed post as infoboxes give it with its country: the person's own offices ('Prime Minister of
    Japan' for a 'South Korean Prime Minister'), or another page's row naming the person in that post
    ('president: X' beside an office of France). A post held only in other countries contradicts the
    claimed country; a post held in it supports it. An office that names its own country and no other
    ('president of Peru', 'the Peruvian president') is its post claimed in that country; one that names
    another country than the claimed nationality, or two, is left alone."""
    office = claim.effective_value or ""
    subject = claim.effective_subject
    named = countries_named(office)
    if want is not None and named - {want}:
        return []  # 'Chile's ambassador to Peru': the post is Chile's, the other country where it is held
    if len(named) > 1:
        return []  # 'ambassador of Chile to Peru': whose post it is, the words alone do not say
    if named and (want := office_country(office)):
        office = without_country(office, want)  # 'president of Peru': a president, claimed in Peru
    if not office or want is None:
        return []
    post = aliases.fold(strip_qualifiers(office)).strip()
    found: list[tuple[str, InfoboxField, Document]] = []
    for doc in docs:
        if _is_person_page(doc, subject):
            for term in terms(doc.infobox):
                countries = countries_of_the_post(term.office.value, doc)
                if held_in_others_too(term.office.value):
                    continue  # 'and the other realms': held in more countries than the one it names
                if len(countries) == 1 and same_office(office, next(iter(countries)), term.office.value):
                    found.append((next(iter(countries)), term.office, doc))
            continue
        for group in numbered_groups(doc.infobox).values():
            held = group.get("office")
            countries = (
                countries_named(held.value) if held is not None and not held_in_others_too(held.value) else set()
            )
            if len(countries) != 1 or qualifiers(office):
                continue
            for label, row in group.items():
                if label.replace("_", " ") == post and find_person(subject, row.value):
                    found.append((next(iter(countries)), row, doc))
    if not found or any(country == want for country, _, _ in found):
        return []  # a post held in the claimed country: its own rules judge it
    country, row, doc = found[0]
    detail = f"gives {subject}'s post as one of {country}"
    return [Finding(Unit(doc, field_text(doc, row), row), Stance.CONTRADICTS, 90.0, Aspect.NATIONALITY, detail)]


def rank_findings(claim: Claim, docs: list[Document]) -> list[Finding]:
    want = aliases.canonical_rank(claim.rank or (claim.value if claim.relation == Relation.RANK else None))
    if not want:
        return []
    aspect = Aspect.MAIN if claim.relation == Relation.RANK else Aspect.RANK
    out = []
    for doc in docs:
        own_page = _is_person_page(doc, claim.effective_subject)
        for unit in units(doc):
            if unit.field is not None and own_page and unit.field.label.lower() == "rank":
                have = aliases.canonical_rank(re.sub(r"^\d+px\s+|\s*\(.*\)$", "", unit.field.value))
            elif unit.field is not None:
                hit = find_person(claim.effective_subject, unit.field.value)
                have = rank_before(unit.field.value, hit[1]) if hit else None
            else:
                continue
            if have == want:
                out.append(
                    Finding(unit, Stance.SUPPORTS, 95.0, aspect, f"gives {claim.effective_subject}'s rank as {have}")
                )
            elif have and aliases.titled_by(have, want):
                # 'Gen. Ivo Stam' of a major general: the bare rank is the grade's title, not another rank
                detail = f"gives {claim.effective_subject}'s rank as {have}, which the title {want} names"
                out.append(Finding(unit, Stance.SUPPORTS, 90.0, aspect, detail))
            elif have and _rank_of_the_day(doc, unit, own_page):
                out.append(
                    Finding(unit, Stance.CONTRADICTS, 90.0, aspect, f"gives {claim.effective_subject}'s rank as {have}")
                )
    return out


_NOW_ROWS = frozenset(lexicons.load("judging")["role"]["rows_of_the_day"])
_EVENT_ROWS = frozenset(lexicons.load("judging")["role"]["event_rows"])


def _rank_of_the_day(doc: Document, unit: Unit, own_page: bool) -> bool:
    """Whether a rank the page gives is the person's on the page's own day: their own page's rank row, or
    another page's row for a post held now ('Commander: Gen X', a unit's 'commander1'); a rank in the
    rows of an event's page (an exercise or a battle, with its date) was theirs then, and refutes no
    later rank."""
    if own_page:
        return True
    label = re.sub(r"\d+$", "", unit.field.label.lower()) if unit.field is not None else ""
    return label in _NOW_ROWS and not any(f.label.lower() in _EVENT_ROWS for f in doc.infobox)


def qualifier_never_held(claim: Claim, docs: list[Document]) -> list[Finding]:
    """'former Deputy Prime Minister X' when X's own infobox lists their offices with terms, the
    prime ministership among them and no deputy post of that government at any time: the qualifier
    makes it another office, one the page says was never held. Only Vice and Deputy are read so; a
    page listing a single office may list no career, and says nothing here. A qualifier the claim's own words
    do not say ('named Ana Ruiz vice-chair, succeeding Ivo Stam': Stam's post carried from the clause before)
    is that clause's, and refuted there: the succession is not."""
    office = claim.effective_value or ""
    claimed = qualifiers(office) & {"vice", "deputy"}
    if not claimed or not claimed & set(aliases.fold(claim.text).replace("-", " ").split()):
        return []
    out = []
    for doc in docs:
        if not _is_person_page(doc, claim.effective_subject):
            continue
        held = terms(doc.infobox)
        if len({t.office.value for t in held}) < 2:
            continue
        if any(same_office(office, claim.nationality, t.office.value) for t in held):
            return []  # held with these qualifiers: its own terms decide
        if _told_held(office, claim.effective_subject, doc):
            return []  # 'had served as Deputy Minister of Foreign Affairs': the text tells what the box leaves out
        bare = strip_qualifiers(office)
        for term in held:
            if qualifiers(term.office.value) & claimed:
                continue
            if same_office(bare, claim.nationality, strip_qualifiers(term.office.value)):
                unit = Unit(doc, field_text(doc, term.office), term.office)
                never = " ".join(sorted(claimed))
                who = claim.effective_subject
                detail = f"lists {who}'s offices with terms: {term.office.value}, never a {never} post"
                out.append(Finding(unit, Stance.CONTRADICTS, 90.0, Aspect.MAIN, detail))
                break
    return out


def _told_held(office: str, subject: str, doc: Document) -> bool:
    """Whether a sentence of the person's page names the claimed office, words and qualifier together ('had served as
    Deputy Minister of Foreign Affairs and a Minister of State'), said of the person (`holder.said_of`): an infobox
    listing their later offices often leaves an early junior post out, so its silence refutes nothing the text tells
    (the s44 csg-2025 pair's fifteen false 'contradicted', lead45)."""
    words = re.escape(aliases.fold(office)).replace(r"\ ", r"[\s-]+")
    pronoun = holder.pronoun_of(doc.text)
    for sentence in (s.text for s in split_sentences(doc.text)):
        for m in re.finditer(rf"\b{words}\b", aliases.fold(sentence)):
            if holder.said_of((subject, doc.title), sentence, m.start(), m.end(), pronoun):
                return True
    return False


def as_past(f: Finding) -> Finding:
    """For a claim that someone *held* an office, a past term supports it, and another holder now
    says nothing against it."""
    if f.stance != Stance.CONTRADICTS:
        return f
    if f.mode == Mode.PAST:
        return f.but(stance=Stance.SUPPORTS)
    return _neutral(f)


def former_office(claim: Claim) -> bool:
    """'Former' said of the claimed office ('Former Prime Minister Rishi Sunak', 'a former Belgian
    prime minister'), not of something else in the words ('Dick Schoof, a former civil servant'):
    one of the next three words is a word of the office."""
    office = set(aliases.fold(claim.effective_value or "").split()) - {"of", "the", "former"}
    return any(office & set(aliases.fold(claim.text[m.end() :]).split()[:3]) for m in FORMER.finditer(claim.text))


def without_former(claim: Claim) -> Claim:
    """The claim's office without 'former', which says when it was held, not which office it is
    ('Prime Minister of the Former' as a reader may leave it -> 'Prime Minister'); judged as the
    office held now, then read with `as_former`."""
    value = claim.effective_value or ""
    value = re.sub(r"(?i)\s+of(?:\s+the)?\s+former$", "", value)
    value = " ".join(re.sub(r"(?i)\b(?:the\s+)?former\b", " ", value).split())
    if value == (claim.effective_value or ""):
        return claim
    return claim.model_copy(update={"value": value, "corrected_value": None})


def as_former(f: Finding) -> Finding:
    """For a claim that someone is a *former* holder: a term that ended before the article's day
    supports it; holding the office on that day contradicts it; anything else (another holder now,
    another office) says nothing about it."""
    if f.aspect != Aspect.MAIN or f.stance == Stance.NEUTRAL:
        return f
    if f.stance == Stance.CONTRADICTS and f.mode == Mode.PAST:
        return f.but(stance=Stance.SUPPORTS)
    if f.stance == Stance.SUPPORTS:
        return f.but(stance=Stance.CONTRADICTS, detail=f"{f.detail} on the article's day, so is no former holder")
    return _neutral(f)


_UNDER = re.compile(r"^(?P<office>.+?)\s+under\s+(?P<head>(?:[A-Z][\w'’.-]*\s*){1,4})$")
_HEADS = lexicons.load("judging")["offices"]["heads"]  # verify/lexicons/judging.toml
_HEAD_ROWS = tuple(_HEADS["rows"])  # 'primeminister', 'president' ...: who a term was held under


def office_and_head(text: str) -> tuple[str, str | None]:
    """'defence minister under Yasuo Fukuda': the office, and the head of government it was held under (1-4
    capitalised words at the end); the text and None when no post stands before 'under'. One reading for the
    role and clause judges, so both split a term's head the same way."""
    m = _UNDER.match(text.strip())
    if m is None or not POST.search(m["office"]):
        return text, None
    return m["office"], m["head"].strip()


_HEAD_NAME = r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}"
# the head written right after the claim's office: 'Ana Ruiz, finance minister under Ivo Stam,' or '... in Ivo Stam's
# government,' (extraction ends the office before it); one reading for the head a support must name (`under_head`)
# and the head whose time dates the post (`under_a_past_head`)
_HEAD_AFTER = re.compile(
    rf"^\s*,?\s*(?:under\s+(?P<head>{_HEAD_NAME})(?![\w'’])"
    rf"|in\s+(?P<owner>{_HEAD_NAME})['’]s?\s+(?:{'|'.join(_HEADS['governments'])})\b)"
)


def under_head(claim: Claim) -> tuple[Claim, str | None]:
    """The claim's office without the head it was held under, and that head: a value of its own the evidence
    must match too, whether the claim's words hold it or the sentence writes it right after them ('prime minister
    in Ivo Stam's government': a support that does not name him is no support). The claim unchanged and None
    without one."""
    office, head = office_and_head(claim.effective_value or "")
    if head is None:
        after = _HEAD_AFTER.match(_after_the_value(claim)) or _HEAD_AFTER.match(after_claim(claim) or "")
        return claim, (after["head"] or after["owner"]) if after else None
    return claim.model_copy(update={"value": office, "corrected_value": None}), head


def _after_the_value(claim: Claim) -> str:
    """The claim's own words after its office ('who served as finance minister' + ' under Prime Minister Lena Vos'
    when the office is 'finance minister'); empty when the office is not in its words."""
    value = claim.effective_value or ""
    at = claim.text.lower().find(value.lower()) if value else -1
    return claim.text[at + len(value) :] if at >= 0 else ""


# a post written as its owner's ("Ivo Stam's finance minister"), which extraction gives as 'finance minister of Ivo
# Stam'
_OWNED_POST = re.compile(rf"^(?P<office>.+?)\s+of\s+(?P<owner>{_HEAD_NAME})$")


def owner_as_head(claim: Claim, docs: Sequence[Document]) -> Claim:
    """A post whose owner the claim's words write as a possessive ("Ivo Stam's finance minister, Ana Ruiz") is held
    under that owner when the owner is a person whose page lists terms of office: the claim as 'finance minister under
    Ivo Stam', whose head `under_head` splits off. A country's or body's post ("Norby's finance minister") is
    unchanged: no such page is a holder's."""
    m = _OWNED_POST.match((claim.effective_value or "").strip())
    if m is None or not POST.search(m["office"]) or not re.search(rf"\b{re.escape(m['owner'])}['’]s?\s", claim.text):
        return claim
    if not any(_is_person_page(doc, m["owner"]) and terms(doc.infobox) for doc in docs):
        return claim
    return claim.model_copy(update={"value": f"{m['office']} under {m['owner']}", "corrected_value": None})


_FIRST_KINDS: list[list[str]] = lexicons.load("judging")["role"]["first_of_a_kind"]
_KIND_WORDS = "|".join(re.escape(w) for ws in _FIRST_KINDS for w in ws)
_FIRST_OF_A_KIND = re.compile(
    rf"^(?P<whose>[\w .-]+?['’]s\s+)?(?:the\s+)?(?:first|only)\s+(?P<kind>{_KIND_WORDS})\s+(?P<office>.+)$", re.I
)


def first_of_a_kind(claim: Claim) -> tuple[Claim, list[str] | None]:
    """'first woman president': the office ('president'), and the words of the kind of holder the claim
    says was first in it, a value of its own. The claim unchanged and None without one."""
    m = _FIRST_OF_A_KIND.match((claim.effective_value or "").strip())
    if m is None or not POST.search(m["office"]):
        return claim, None
    kind = next(ws for ws in _FIRST_KINDS if m["kind"].lower() in ws)
    office = f"{m['whose'] or ''}{m['office']}"  # "Mexico's first woman president" is "Mexico's president"
    return claim.model_copy(update={"value": office, "corrected_value": None}), kind


_OFFICE_NOUNS = lexicons.load("judging")["role"]["office_nouns"]  # 'the first woman to hold the office'
_FIRST_SENTENCE = re.compile(r"[^.;!?]+")
_FIRST_BEFORE = 4  # words before 'first' where the office may stand ('president of Portugal, the first woman')
_FIRST_AFTER = 5  # words after the kind ('the first woman to hold the office', 'first woman president')


# a rank before the office: a superlative ('youngest', 'longest-serving', 'most senior') or an ordinal; the
# office follows it, with the owner the claim gives it ("the country's fourth prime minister")
_RANK_WORDS = lexicons.load("judging")["clause"]["ordinals"]
# a superlative is written in lower case ('youngest', 'longest-serving'): 'Budapest mayor' names a place
_RANKED_OFFICE = re.compile(
    r"^(?P<whose>[\w .-]+?['’]s\s+)?(?:the\s+)?(?P<rank>(?:most|least)\s+[a-z-]+|(?-i:[a-z]{3,}est(?:-[a-z]+)?)"
    rf"|\d{{1,3}}(?:st|nd|rd|th)|{'|'.join(map(re.escape, _RANK_WORDS))})\s+(?P<office>.+)$",
    re.I,
)
_RANK_PERIOD = re.compile(
    rf"^[\s,]*(?:{'|'.join(map(re.escape, _ROLE_WORDS['rank_periods']))}"
    rf"|in\s+(?:\d+|{aliases.NUMBER_WORD_PATTERN})\s+(?:years|months|decades)|in\s+(?:19|20)\d\d)\b",
    re.I,
)


# 'in the history of the Fifth Republic' after a ranked office bounds the rank: no words of the office's own
_RANK_FIELD = re.compile(rf"\s+(?:{'|'.join(map(re.escape, _ROLE_WORDS['rank_fields']))})\b", re.I)


def ranked_office(claim: Claim) -> tuple[Claim, str | None]:
    """'the youngest vice president', 'the country's fourth prime minister this year': the office without its
    rank, and the rank, a value of its own. A superlative always; an ordinal only when a period bounds it
    (`_RANK_PERIOD` after the claim's words): 'the ninth president' is the office's number in its history, which
    `ordinal_checked` reads. The claim unchanged and None without such a rank."""
    m = _RANKED_OFFICE.match((claim.effective_value or "").strip())
    if m is None or not POST.search(m["office"]) or POST.fullmatch(m["rank"]):
        return claim, None
    if ordinal_of(m["rank"]) is not None:
        after = after_claim(claim)
        if after is None or not _RANK_PERIOD.match(after):
            return claim, None
    office = _RANK_FIELD.split(f"{m['whose'] or ''}{m['office']}", maxsplit=1)[0].strip()
    return claim.model_copy(update={"value": office, "corrected_value": None}), m["rank"]


_FIRST_HOLDER = frozenset(_ROLE_WORDS["first_holder"])


def a_place_in_its_line(claim: Claim) -> bool:
    """Whether the claim's office opens with a word of its first holder ('the first president of the African
    Development Bank', 'the founding president': judging.toml role.first_holder): the holder at the post's
    beginning, true after the spell ends, which an obituary or an anniversary names decades on (review37 R5), not
    the holding on the article's day. So does a numbered post apposed after its holder's name with 'the' ('Greta
    Lind, the 12th prime minister, has died': her turn in the line of holders, review38 R4); a numbered title before
    the name ("Velmara's 118th prime minister Aine Corr") stays of the day."""
    words = (claim.effective_value or "").lower().split()
    return bool(words) and (words[0] in _FIRST_HOLDER or _numbered_apposition(claim))


# 'Greta Lind, the 12th ' or "Greta Lind, Norby's 12th " before the post
_APPOSED_ORDINAL = re.compile(r",\s+(?:the|[\w.-]+['’]s)\s+(?P<ordinal>[\w-]+)\s+$", re.I)


def _numbered_apposition(claim: Claim) -> bool:
    """Whether the claim's post is apposed with 'the' or a country's possessive and an ordinal after a comma: 'Greta
    Lind, the 12th prime minister', "Greta Lind, Norby's 12th prime minister" (the ordinal before the claim's words,
    or opening its value inside them)."""
    at = claim_start(claim)
    if at < 0:
        return False
    value = (claim.effective_value or "").strip()
    first = value.split()[0] if value else ""
    found = re.search(rf"(?<!\w){re.escape(first)}(?!\w)", claim.text) if ordinal_of(first) is not None else None
    inside = found.start() if found else -1
    upto = at + inside + len(first) if inside >= 0 else at
    m = _APPOSED_ORDINAL.search(f"{claim.sentence[:upto]} ")
    return m is not None and ordinal_of(m["ordinal"]) is not None


def rank_stated(
    findings: list[Finding], rank: str | None, docs: list[Document], subject: str, office: str
) -> list[Finding]:
    """A support for the office stands for the ranked office only when a page about the person gives the rank
    before a post word of the office ('the youngest vice president of Velmara', 'the youngest person to become
    prime minister'), quoted beside it; otherwise it is set aside and the rank stays open. What refutes the
    office itself still refutes it."""
    if rank is None:
        return findings
    posts = [p.lower() for p in POST.findall(office)]
    if not posts:
        return [_rank_set_aside(f, rank) for f in findings]
    pages = [doc for doc in docs if _is_person_page(doc, subject)]
    stated = next(
        (
            s
            for doc in pages
            for s in _FIRST_SENTENCE.findall(doc.text)
            if _ranks_post(s, rank, posts, office, (subject, doc.title), holder.pronoun_of(doc.text))
        ),
        None,
    )
    if stated is not None:
        return [
            f.but(detail=f"{f.detail}; and: “{stated.strip()}”")
            if f.stance == Stance.SUPPORTS and f.aspect == Aspect.MAIN
            else f
            for f in findings
        ]
    return [_rank_set_aside(f, rank) for f in findings]


_KIN = frozenset(lexicons.load("predicates")["people"]["kin"]) | {"child", "children"}
_RECENCY = frozenset(_ROLE_WORDS["recency_ranks"])
_NOT_THROUGH = frozenset(_ROLE_WORDS["rank_not_through"])


def recency(rank: str) -> bool:
    """A superlative that says the post is held now ('the latest prime minister'), not a record of a spell."""
    return " ".join(rank.lower().split()) in _RECENCY


def _ranks_post(
    sentence: str, rank: str, posts: list[str], office: str, names: tuple[str, str], pronoun: str | None
) -> bool:
    """Whether the sentence gives the rank to the office's post: the rank ('youngest', 'youngest-ever'), then at
    most six lower-case words and a post word ('the youngest person ever to serve as prime minister'), with
    the office's own qualifiers ('the youngest deputy prime minister' ranks another post), no relative between
    ('the youngest daughter of the prime minister' ranks a child; 'the youngest child of Thaksin Shinawatra (prime
    minister ...)' stops at the name), no other place in the line ('second-youngest', 'second youngest') and no
    denial before it; and said of the person (`holder.said_of`, known by `names`): not 'Her father, Edo Marr, was
    the youngest prime minister', nor 'She succeeded Edo Marr, the youngest prime minister'."""
    said = re.compile(
        rf"(?<![\w-])(?i:{re.escape(rank)})(?:-ever)?\s+(?P<between>(?:[a-z'’-]+\s+){{0,6}}?)"
        rf"(?i:{'|'.join(map(re.escape, posts))})\b"
    )
    for m in said.finditer(sentence):
        if _KIN & set(m["between"].split()) or qualifiers(m.group(0)) != qualifiers(office):
            continue
        if POST.search(m["between"]):  # 'the youngest minister in the government of Prime Minister X': a minister
            continue
        if ranked_among_a_kind(m["between"], office):  # 'the first female prime minister': among women only
            continue
        if _NOT_THROUGH & set(m["between"].split()):  # 'the youngest person to serve under prime minister X'
            continue
        if re.search(r"\b(?:not|never)\s+(?:\w+\s+)?$", sentence[: m.start()], re.I):
            continue
        if _PLACE_BEFORE_RANK.search(sentence[: m.start()]):  # 'the second youngest': another place in the line
            continue
        if holder.another_holder(names, sentence, m.start(), pronoun) is not None:
            continue
        if holder.named_by_the_copula(names, sentence, m.start()) is not None:
            continue  # 'The youngest prime minister of Velmara was Edo Marr': the rank is his
        return True
    return False


# another place in the line before the rank: an ordinal past the first, in words or in figures ('the 2nd youngest')
_PLACE_BEFORE_RANK = re.compile(
    rf"\b(?:{'|'.join(lexicons.load('judging')['clause']['ordinals'][1:])}|(?!1st\b)\d+(?:st|nd|rd|th))\s+$", re.I
)


def _rank_set_aside(finding: Finding, rank: str) -> Finding:
    """A support of the office that does not state the claim's rank: set aside, the rank left open."""
    if finding.stance != Stance.SUPPORTS or finding.aspect != Aspect.MAIN:
        return finding
    return finding.but(stance=Stance.NEUTRAL, detail=f"{finding.detail} (set aside: no page says '{rank}' of it)")


def first_stated(
    findings: list[Finding], kind: list[str] | None, docs: list[Document], subject: str, office: str = ""
) -> list[Finding]:
    """A support for 'the first woman president' stands only when a page about the person says she was the
    first of that kind in that office ('becoming the first woman to hold the office'), in one sentence with
    the office named next to the 'first' ('the first woman to chair a club' is another first): the office
    rows alone do not."""
    if kind is None:
        return findings
    if any(_first_in_office(doc.text, kind, office, subject) for doc in docs if _is_person_page(doc, subject)):
        return findings
    said = " or ".join(kind)
    held = any(f.stance == Stance.SUPPORTS and f.aspect == Aspect.MAIN for f in findings)
    out = []
    for f in findings:
        if f.stance == Stance.SUPPORTS and f.aspect == Aspect.MAIN:
            f = f.but(stance=Stance.NEUTRAL, detail=f"{f.detail} (set aside: no page says the first {said} in it)")
        elif held and f.stance == Stance.CONTRADICTS and f.aspect == Aspect.MAIN:
            # the office is held on the day: a spell against it (another post of that title, ended) was only
            # disputing that support, and setting the support aside must not let it refute a true first
            f = f.but(stance=Stance.NEUTRAL, detail=f"{f.detail} (set aside with the holding it disputed)")
        out.append(f)
    return out


def _first_in_office(text: str, kind: list[str], office: str, subject: str = "") -> bool:
    """Whether a sentence of the page makes the person the first of `kind` in the office: the office's post
    words (or 'the office', 'the post') within a few words before 'first' or after the kind's words, and the first
    not apposed to another's name ('She succeeded Ana Ruiz, the first woman to serve as prime minister')."""
    words = "|".join(re.escape(w) for w in kind)
    first = re.compile(rf"\b(?:first|only)\s+(?:[\w-]+\s+){{0,2}}?(?:{words})\b", re.I)
    posts = [p.lower() for p in POST.findall(office)] + list(_OFFICE_NOUNS)
    post = re.compile(rf"\b(?:{'|'.join(map(re.escape, posts))})\b", re.I)
    claimed = leading_kinds(f"{kind[0]} {_WHOSE_BEFORE.sub('', office)}")  # 'first Black female prime minister'
    for sentence in _FIRST_SENTENCE.findall(text):
        for m in first.finditer(sentence):
            if kinds_of_a_first(m.group(0), sentence[m.end() :]) != claimed:
                continue  # 'the first Black woman to hold the office': no first woman, nor first Black holder (R6)
            before = " ".join(sentence[: m.start()].split()[-_FIRST_BEFORE:])
            after = " ".join(sentence[m.end() :].split()[:_FIRST_AFTER])
            near = post.search(before) or post.search(after)
            if near and _of_the_office(sentence, m.start(), office) and not _apposed_to_another(before, subject):
                return True
    return False


# the capitalised words and a comma right before a first ('Ana Ruiz, the first woman', 'President of Norby, the first
# woman'): the first is apposed to what they name
_APPOSED_NAME = re.compile(
    r"(?P<name>(?-i:[A-Z][\w'’.-]*)(?:\s+(?:(?:of|the|and)\s+)*(?-i:[A-Z][\w'’.-]*))*),(?:\s+the)?\s*$"
)


def _apposed_to_another(before: str, subject: str) -> bool:
    """Whether the words before a first end with another person's name and a comma ('She succeeded Ana Ruiz, the
    first woman to serve as prime minister'): the first is that person's (a predecessor, a relative), not the
    subject's. A post or a country so apposed ('She became President of Norby, the first woman') is the subject's."""
    m = _APPOSED_NAME.search(before)
    if m is None or POST.search(m["name"]) or office_country(m["name"]) is not None:
        return False
    names = [w for w in m["name"].split() if w[:1].isupper()]
    own = {w.lower() for w in subject.split()}
    return len(names) >= 2 and not any(w.lower() in own for w in names)


_A_POSSESSIVE_AT_THE_END = re.compile(r"\s+[A-Z][\w.-]*['’]s\s+$")


def apposed_to_another(before: str, subject: str) -> bool:
    """`_apposed_to_another`, the apposition opened by a possessive too ("He succeeded Ivo Stam, Norby's fourth
    president": Stam's rank, review46 S11)."""
    return _apposed_to_another(_A_POSSESSIVE_AT_THE_END.sub(" ", before), subject)


_WHOSE_BEFORE = re.compile(r"^[\w .-]+?['’]s\s+")  # "Norby's female prime minister": the owner before the post


_BODY_AFTER = r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:of|and|for|the)\s+)*[A-Z][\w'’-]*)*)?"


def _of_the_office(sentence: str, at: int, office: str) -> bool:
    """Whether the post a 'first' is said of is the claimed office's: the post of the sentence that names a
    body, nearest the 'first' ('president of the National Assembly, the first woman in the post', 'the first
    woman president of the Constitutional Court', 'the first female Senate president'), must be that
    office; a sentence whose posts name no body ('the first woman to hold the office') leaves it so."""
    words = sorted({w.lower() for w in POST.findall(office)}, key=len, reverse=True)
    if not words:
        return True
    owner = _POSSESSOR.search(sentence[:at])  # 'the Senate's first woman president', 'the country's first ...'
    if owner is not None and _country_owns_another_post(owner["word"], office, sentence[at:], words):
        return False
    if owner is not None:
        return _owners_post(office, f"{owner[0]}{words[0]}", owner["word"])
    phrase = re.compile(rf"(?:\b[A-Z][\w'’-]*\s+){{0,3}}\b(?i:{'|'.join(map(re.escape, words))})\b{_BODY_AFTER}")
    named = [m for m in phrase.finditer(sentence) if specific_words(m.group(0))]
    if not named:
        return True
    nearest = min(named, key=lambda m: abs(m.start() - at)).group(0)
    if _names_another_body(office, nearest):  # 'of the Vestria Senate', 'of the Argentine Senate'
        return False
    if not specific_words(office) and office_country(office) is None:  # a bare 'first woman president'
        return office_country(nearest) is not None
    return same_office(office, None, nearest)


def _country_owns_another_post(owner: str, office: str, rest: str, words: list[str]) -> bool:
    """Whether the country itself as possessor ('the country's', 'the nation's') owns a post that names a body
    after the 'first' ('the country's first woman president of the Senate', 'the nation's first female Senate
    president'): the first is that body's, not the country's office."""
    return owner.lower() in _COUNTRY_NOUNS and _names_another_body(office, _post_after(rest, words))


def _post_after(rest: str, words: list[str]) -> str:
    """The post a 'first' is said of, written after it ('first woman president of the Senate', 'first female
    Senate president'): the office's post word with the capitalised words before it and the body after it,
    within a few words of the 'first'; empty when none is."""
    near = " ".join(rest.split()[: _FIRST_AFTER + 2])
    phrase = re.compile(rf"(?:\b[A-Z][\w'’-]*\s+){{0,3}}\b(?i:{'|'.join(map(re.escape, words))})\b{_BODY_AFTER}")
    m = phrase.search(near)
    return "" if m is None else m.group(0)


_STATE_ITSELF = {word_stem(w) for w in lexicons.load("judging")["role"]["state_itself"]}
_POSSESSOR = re.compile(r"(?:\b[A-Z][\w'’-]*\s+){0,3}\b(?P<word>[\w-]+)['’]s\s+$")
_COUNTRY_NOUNS = frozenset(lexicons.load("names")["country_nouns"])  # 'the country's', 'the nation's'


def _owners_post(office: str, post: str, owner: str) -> bool:
    """Whether the post a possessor gives the 'first' ('the Senate's president', 'Argentina's president') is
    the claimed office: the country itself ('the country's first woman president') is; a body ('the Senate's',
    'the party's', 'the Argentine Senate's') is that body's post, whatever country its name holds."""
    if owner.lower() in _COUNTRY_NOUNS:
        return True
    if _names_another_body(office, post):
        return False
    if not specific_words(office) and office_country(office) is None:  # a bare 'first woman president'
        return office_country(post) is not None
    return same_office(office, None, post)


def _names_another_body(office: str, post: str) -> bool:
    """Whether a post a page writes names a body the claimed office does not: any word saying which post
    it is (a chamber, a court, a bank), or a body's initials, beyond the claimed office's own words and the
    words for the state itself ('President of the Republic'). A body named after the country ('the
    Argentine Senate') is the country's no more than any other: the country's name alone is left out."""
    extra = specific_words(_FORMAL_STATE.sub(r"\g<adjective>", post)) - specific_words(office) - _STATE_ITSELF
    return bool(extra)


# 'Federal Chancellor of Germany', 'the United Mexican States' (read as 'Mexican'): a state's formal name, no body's
_FORMAL_STATE = re.compile(
    rf"\b(?:{'|'.join(_ROLE_WORDS['state_forms'])})\s+"
    rf"|\bunited\s+(?:(?P<adjective>[A-Z][\w'’-]*)\s+)?(?:{'|'.join(_ROLE_WORDS['united_states'])})\b",
    re.I,
)


def served_under(findings: list[Finding], head: str | None, docs: Sequence[Document] = ()) -> list[Finding]:
    """A support for an office held under someone stands only when the same evidence names them (the
    term's own prime minister (or president ...) row, or the sentence itself), or when the head's own page,
    read, holds a head's post over a day of the term the support's row dates ('finance minister under Prime
    Minister Ivo Stam' of a 2022-2023 term, his premiership 2015-2023). A term under another head, or out of
    the head's time, leaves the claim's other value unmatched: it supports nothing."""
    if head is None:
        return findings
    spells = _heads_spells(head, docs)
    out = []
    for f in findings:
        if f.stance != Stance.SUPPORTS or f.aspect != Aspect.MAIN or _names_head(f, head):
            out.append(f)
        elif _in_the_heads_time(f, spells):
            out.append(f.but(detail=f"{f.detail} (within {head}'s time in office)"))
        else:
            out.append(f.but(stance=Stance.NEUTRAL, detail=f"{f.detail} (set aside: it does not name {head})"))
    return out


def _heads_spells(head: str, docs: Sequence[Document]) -> list[Term]:
    """The dated spells of a head's post (a row label of `_HEAD_ROWS`: prime minister, president ...) on the head's
    own page among `docs`."""
    return [
        t
        for doc in docs
        if _is_person_page(doc, head)
        for t in terms(doc.infobox)
        if t.start is not None and _a_heads_post(t.office.value)
    ]


def _a_heads_post(office: str) -> bool:
    """Whether an office is a head's a post is held under: its words, run together, hold a row label of
    `_HEAD_ROWS` ('Prime Minister of Norby': 'primeminister'), not a seat or a ministry of the head's own."""
    return any(row in aliases.fold(office).replace(" ", "") for row in _HEAD_ROWS)


def _in_the_heads_time(finding: Finding, spells: list[Term]) -> bool:
    """Whether the term a support's infobox row dates (`_row_days`) runs beyond a day's edge into one of the head's
    spells: a cabinet's term ends the day the next head takes office, and that shared day is no time served under
    the newcomer (review38 B3)."""
    return any(
        first < (t.end or dt.date.max) and t.start is not None and t.start < last
        for first, last in _row_days(finding)
        for t in spells
    )


def _names_head(finding: Finding, head: str) -> bool:
    unit = finding.unit
    if unit.field is None:
        return bool(find_person(head, unit.text))
    groups = [g for g in office_groups(unit.doc.infobox) if g.get("office") is unit.field]
    dated = [g for g in groups if "term_start" in g and parse_date(g["term_start"].value) == finding.dated]
    rows = [g[r] for g in (dated or groups) for r in _HEAD_ROWS if r in g]
    return any(find_person(head, row.value) for row in rows)


_WORDS_OF_OFFICES = lexicons.load("judging")["offices"]
_NOT_OF_THE_OFFICE = re.compile(
    rf"^(?:(?:(?i:{'|'.join(_HEADS['not_of_the_office'])})|{'|'.join(_HEADS['not_of_the_office_lower'])})\s+)+"
)


def cleaned_office(claim: Claim) -> Claim:
    """The office without words before it that say when or whose it was, not which ('previously her vice
    chancellor' -> 'vice chancellor'; 'the new prime minister' -> 'prime minister')."""
    value = claim.effective_value or ""
    bare = _NOT_OF_THE_OFFICE.sub("", value)
    return claim if bare == value or not bare else claim.model_copy(update={"value": bare, "corrected_value": None})


_STATUS_NOW = "|".join(re.escape(w) for w in [*_ROLE_WORDS["status_now"], *_ROLE_WORDS["status_current"]])
_STATUS_THEN = "|".join(re.escape(w) for w in _ROLE_WORDS["status_then"])
_STATUS = re.compile(rf"(?i)\b(?:(?P<now>{_STATUS_NOW})|(?P<then>{_STATUS_THEN}))(?:\s+|-(?=\w))")
# the same after the title, ending its words ('the commissioner now in office'; judging.toml role.status_now_after)
_STATUS_AFTER = re.compile(rf"(?i)\s+(?:{'|'.join(map(re.escape, _ROLE_WORDS['status_now_after']))})\s*$")


def without_status(claim: Claim) -> Claim:
    """The office without words that say when it is held ('outgoing president' -> 'president',
    'governor of Outgoing Jakarta' -> 'governor of Jakarta', 'attorney general now in office' -> 'attorney
    general'): they name no other office, so a page naming
    the office itself must not contradict the claim. 'Then-president' places the holding at some past time,
    so the claim is read as held then (a term ended or held on the day), not as held on the article's day."""
    value = claim.effective_value or ""
    found = list(_STATUS.finditer(value))
    after = _STATUS_AFTER.search(value)  # 'the attorney general now in office': held on the article's day
    bare = " ".join(_STATUS.sub(" ", value[: after.start()] if after else value).split())
    if not (found or after) or not bare:
        return claim
    update: dict[str, object] = {"value": bare, "corrected_value": None}
    if claim.relation == Relation.HOLDS_OFFICE and any(m["then"] for m in found):
        update["relation"] = Relation.HELD_OFFICE
    return claim.model_copy(update=update)


_HELD_ON_THE_DAY = re.compile(rf"(?i)(?:{'|'.join(map(re.escape, _ROLE_WORDS['held_on_the_day']))})\s+")
_PAST_COPULA = f"(?i)\\b(?:{'|'.join(map(re.escape, _ROLE_WORDS['past_copulas']))})\\s+"
_WEEKDAY_BEFORE = re.compile(
    rf"(?i)(?:{'|'.join(map(re.escape, _ROLE_WORDS['weekday_before']))})\s+"
    rf"(?P<weekday>{'|'.join(lexicons.load('dates')['weekdays'])})\b"
)
_DAY_OPENER = re.compile(rf"(?i)(?:(?:{'|'.join(map(re.escape, _ROLE_WORDS['day_openers']))})\s+)?")


def held_on_the_day_told(claim: Claim, as_of: dt.date | None) -> tuple[Claim, dt.date, dt.date] | None:
    """'Last Friday, Ivo Stam was still prime minister', 'In June, Ana Ruiz was already mayor': a past copula and
    'still' or 'already' (judging.toml role.held_on_the_day) before the title, in a sentence that opens with a day
    before the article's ('Last Friday', 'On 3 March', 'In June'): the title held on that day, not at some time. The
    claim asked as holding the title without the word, and the first and last day the opening names (a month's
    first and last; one day twice). None for any other claim: without a day told, 'was already mayor' says nothing
    of when, and a title held at any time would support it."""
    if as_of is None or claim.relation not in {Relation.HOLDS_OFFICE, Relation.HELD_OFFICE}:
        return None
    value, sentence = claim.effective_value or "", claim.sentence
    word = _HELD_ON_THE_DAY.match(value)
    told = re.search(_PAST_COPULA + re.escape(value), sentence) if word is not None else None
    if word is None or told is None or not (bare := value[word.end() :].strip()):
        return None
    opened = sentence.lstrip()
    lead = len(sentence) - len(opened)
    last_week = _WEEKDAY_BEFORE.match(opened)
    if last_week is not None:  # 'Last Friday': that weekday of the days before the article's
        first = last = weekday_near(as_of - dt.timedelta(days=1), last_week["weekday"], to_come=False)
        opens_at = last_week.end() + lead
    else:
        on = DateMention(0, 0, as_of.isoformat(), as_of.year, as_of.month, as_of.day)
        found = date_mentions(sentence, on)
        head = found[0] if found else None
        if head is None or head.year is None or head.month is None:
            return None
        if _DAY_OPENER.match(opened).end() + lead != head.start:
            return None  # the date is not what the sentence opens with
        if head.day is not None:
            first = last = dt.date(head.year, head.month, head.day)
        else:
            first = dt.date(head.year, head.month, 1)
            last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
        opens_at = head.end
    if last >= as_of or told.start() < opens_at:
        return None
    held = claim.model_copy(update={"value": bare, "corrected_value": None, "relation": Relation.HOLDS_OFFICE})
    return held, first, last


_LEAVING = re.compile(rf"(?i)\b(?:{'|'.join(re.escape(w) for w in _ROLE_WORDS['leaving_now'])})\b")
_END_TO_COME = re.compile(rf"(?i)\b(?:{'|'.join(re.escape(w) for w in _ROLE_WORDS['end_to_come'])})\b")


def leaving(claim: Claim) -> bool:
    """Whether the claim's office says its holder is on the way out ('outgoing prime minister')."""
    return bool(_LEAVING.search(claim.effective_value or ""))


def end_told(findings: list[Finding], as_of: dt.date | None) -> list[Finding]:
    """'Outgoing prime minister Ana Ruiz': the holding on the article's day supports her only where its page tells
    the holding's end: the infobox spell held that day with an end or a successor row, or a sentence of the page
    telling a leaving (judging.toml role.end_to_come: 'announced her resignation') in no year before that spell's
    start (the article's year, where no spell held that day is dated).
    A holding with no end told leaves 'outgoing' unchecked."""
    if as_of is None:
        return findings

    def told(doc: Document) -> bool:
        since = as_of.year  # the start of the spell held that day: a leaving told before it is another spell's
        for group in office_groups(doc.infobox):
            start, end = spell_dates(group)
            if start is None or as_of < start or (end is not None and end < as_of):
                continue
            if end is not None or group.get("successor") is not None:
                return True
            since = min(since, start.year)
        return any(
            _END_TO_COME.search(s.text) and all(int(y) >= since for y in _YEAR.findall(s.text))
            for s in split_sentences(doc.text)
        )

    return [
        f.but(stance=Stance.NEUTRAL, detail=f"{f.detail} (set aside: no page tells the holding's end to come)")
        if f.stance == Stance.SUPPORTS and f.aspect == Aspect.MAIN and not told(f.unit.doc)
        else f
        for f in findings
    ]


_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# a term's years as a passage writes them: 'from 2021 to 2025', '2021–2025', 'March 2021 until May 2025'; 'since 2021'
YEAR_SPAN = re.compile(r"\b(1[89]\d\d|20\d\d)\s*(?:–|-|to|until)\s*(?:\w+\s+){0,2}(1[89]\d\d|20\d\d)\b")
_SINCE_YEAR = re.compile(r"\bsince\s+(?:\w+\s+){0,2}(1[89]\d\d|20\d\d)\b")


def then_in_the_sentences_years(claim: Claim, findings: list[Finding]) -> list[Finding]:
    """'In 2015, then-President X signed': 'then' places the holding in the sentence's time, so where the
    sentence gives years, a passage supports only with a span of years that covers one of them ('served
    as president from 2021 to 2025' for 2023); a passage giving no years, or other ones, takes no side.
    Without a year in the sentence the holding is 'at some past time' (`without_status`), over by the article's
    day: a holding on that day supports no 'then-' title ('signed by then-prime minister X' of the prime minister
    in office), and refutes none."""
    said = {int(y) for y in _YEAR.findall(claim.sentence)}
    if not _held_then(claim) and _told_when(claim):
        said = _years_the_time_clause_hangs_from(claim.sentence)  # not 'who was born in 1975' (review38 B5)
    if not (_held_then(claim) or (said and _told_when(claim))):
        return findings
    if not said:
        return [_neutral(f) if f.stance == Stance.SUPPORTS and f.mode != Mode.PAST else f for f in findings]
    # the sentence's time at the precision it is written: 'In January 2023' is that month, not its year (a step's
    # day, 'In January 2023 she was elected prime minister', may come before the term: `_start_written` reads it)
    periods = [p for m in DATE_TEXT.finditer(claim.sentence) if precision(m.group(0)) != "year" and (p := _days(m[0]))]
    periods = [] if _a_step(claim) else periods

    def covers(f: Finding) -> bool:
        spans = [(int(a), int(b)) for a, b in YEAR_SPAN.findall(f.unit.text)]
        spans += [(int(a), 9999) for a in _SINCE_YEAR.findall(f.unit.text)]
        spans += _row_span(f)
        return any(a <= y <= b for a, b in spans for y in said) and not _outside_the_days(f, periods)

    return [f if f.stance != Stance.SUPPORTS or covers(f) else _neutral(f) for f in findings]


_SINCE_DATE = re.compile(rf"\bsince\s+(?P<day>{DATE_TEXT.pattern})")
# the verbs of taking a post the titles lexicon gives ('elect', 'appoint', 'become'), beside the date judge's
_STEP_STEMS = frozenset(w[:4] for w in lexicons.load("titles")["copulas"] if w not in {"be", "remain", "stay"})


def _a_step(claim: Claim) -> bool:
    """Whether the claim's words before its office take a step into it ('was elected', 'became', 'sworn in as'),
    not only hold it."""
    value = claim.effective_value or ""
    at = claim.text.lower().find(value.lower()) if value else -1
    before = claim.text[: max(at, 0)]
    return TAKES_OFFICE.search(before) is not None or any(w[:4] in _STEP_STEMS for w in re.findall(r"[a-z-]+", before))


def _days(written: str) -> tuple[dt.date, dt.date] | None:
    """The days a written date stands for at the precision it is written (`precision`): '14 February 2023' that day,
    'January 2023' the month's days, '2023' the year's; None for words that are no date."""
    day = parse_date(written)
    if day is None:
        return None
    at = precision(written)
    if at == "day":
        return day, day
    if at == "month":
        return day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1])
    return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)


def _outside_the_days(f: Finding, periods: list[tuple[dt.date, dt.date]]) -> bool:
    """Whether a finding's term, read to the day its row or its 'since' writes ('term_start: 14 February 2023'), lies
    wholly outside every month or day the claim's sentence gives (`periods`): 'In January 2023, Ana Ruiz was prime
    minister' is no time of a term begun on 14 February 2023, though the year is. No period, or no term read, is
    no conflict."""
    terms = [(p[0], dt.date.max) for m in _SINCE_DATE.finditer(f.unit.text) if (p := _days(m["day"]))]
    terms += _row_days(f)
    if not periods or not terms:
        return False
    return not any(a <= last and first <= b for a, b in terms for first, last in periods)


def _row_days(f: Finding) -> list[tuple[dt.date, dt.date]]:
    """The days of the term an infobox row's group gives, each end at its written precision ('term_start: 2022' from
    1 January 2022, 'term_end: 14 February 2023' to that day; a term not ended runs on); none for a sentence's
    finding, a predecessor's or successor's row (held only at the term's edge), or a term without its start."""
    row = f.unit.field
    if row is None:
        return []
    for group in numbered_groups(f.unit.doc.infobox).values():
        side = next((label for label, r in group.items() if r == row), None)
        if side is None:
            continue
        written_start, written_end = _term(group)
        first, last = _days(written_start or ""), _days(written_end or "")
        if side in {"predecessor", "successor"} or first is None:
            return []
        return [(first[0], last[1] if last is not None else dt.date.max)]
    return []


# a 'then' opening the apposition the title stands in ('Ana Ruiz, then finance minister, presented ...'); words after
# the title's clause that say the same ('who was prime minister at the time') are read by `at_the_time`
_APPOSED_THEN = re.compile(rf",\s*(?:{_STATUS_THEN})\s+$", re.I)


def _held_then(claim: Claim) -> bool:
    """Whether the claim's words place the holding in its sentence's time: a 'then' status of the office
    ('then-President X'), a 'then' opening its apposition ('Ana Ruiz, then finance minister'), 'at the time' after
    its words, or a date fronted right before them ('In 2019, Ana Ruiz was finance minister': `_START_FRONTED`,
    the reading that dates a step the same way) or written right after the office of a holding ('was prime minister
    in January 2023'; a step's date after it is `_start_written`'s)."""
    if any(m["then"] for m in _STATUS.finditer(claim.effective_value or "")):
        return True
    value = claim.effective_value or ""
    at = claim.text.lower().find(value.lower()) if value else -1
    after = after_claim(claim)
    return (
        (at > 0 and _APPOSED_THEN.search(claim.text[:at]) is not None)
        or (after is not None and at_the_time(after) is not None)
        or (_DATED_AFTER.match(after_the_office(claim)) is not None and not _a_step(claim))
        or _START_FRONTED.fullmatch(before_claim(claim)) is not None
    )


# a time clause the claim's words open ('..., when she was finance minister', 'while she was'): judging.toml's role
# time_clauses
_TIME_CLAUSE = re.compile(rf"\b(?:{'|'.join(map(re.escape, _ROLE_WORDS['time_clauses']))})\s+$", re.I)


_WHEN_OPENERS = frozenset(words.split()[-1].lower() for words in _ROLE_WORDS["time_clauses"])  # 'when', 'while'
# the links by which a year dates the verb it hangs from: 'in 2019', 'in January 2019', '2019'
# ('met Ivo Stam in 2021': the parser may hang the time on the verb's object)
_DATING_LINKS = frozenset({"prep", "pobj", "nummod", "npadvmod", "appos", "compound", "nmod", "dobj"})


def _years_the_time_clause_hangs_from(sentence: str) -> set[int]:
    """The years dating the clause a time clause hangs from ('signed the deal in 2019, when she was finance
    minister'): a year of another clause ('who was born in 1975', 'The law, passed in 2019,') or of a name ('The 2008
    crisis') does not date it."""
    from verify.nlp import parse  # late: only a time clause's sentence is parsed here

    doc = parse(sentence).doc
    opened = [t.head for t in doc if t.lower_ in _WHEN_OPENERS and t.head.dep_ in {"advcl", "relcl"}]
    verbs = {clause.head.i for clause in opened}  # 'signed ... , when', or 'in 2021, when' (the time itself)
    out = {int(doc[i].text) for i in verbs if _YEAR.fullmatch(doc[i].text)}
    for token in doc:
        if not _YEAR.fullmatch(token.text):
            continue
        step = token
        while step.dep_ in _DATING_LINKS and step.head.i not in verbs and step.head.i != step.i:
            step = step.head
        if step.dep_ in _DATING_LINKS and step.head.i in verbs:
            out.add(int(token.text))
    return out


def _told_when(claim: Claim) -> bool:
    """Whether the claim's words open a time clause ('Ana Ruiz signed the deal in 2019, when she was finance
    minister'): the holding is of the main clause's time, as 'then' makes it."""
    return _TIME_CLAUSE.search(before_claim(claim)) is not None


# a date right after the office ('was prime minister in January 2023'): the time of the holding, as a fronted one
_DATED_AFTER = re.compile(rf"\s*(?:on|in)\s+(?P<day>{DATE_TEXT.pattern})")


def earlier_spells(findings: list[Finding]) -> list[Finding]:
    """For a claim that an office is held now: a page that dates the holding now ('has served as the 47th
    president since January 20, 2025') and also says it was held before ('previously served as the 45th
    president') tells of an earlier spell; that past term ended does not dispute the current one, so the
    same page's past sentence takes no side. A page saying only the past still contradicts, and so does a spell
    that ended after the holding now began: 'president-elect since 1 June', read on a page saved before the oath
    of 6 August, is that same spell, not a later one."""
    since: dict[tuple[str, dt.datetime | None], dt.date] = {}
    for f in findings:
        if f.stance == Stance.SUPPORTS and f.mode != Mode.PAST and f.aspect == Aspect.MAIN and f.dated is not None:
            since[_revision(f)] = max(f.dated, since.get(_revision(f), f.dated))

    def earlier(f: Finding) -> bool:
        began = since.get(_revision(f))
        return began is not None and (f.dated is None or f.dated <= began)

    note = "(an earlier spell: the same page dates the holding now)"
    return [
        f.but(stance=Stance.NEUTRAL, mode=Mode.UNKNOWN, detail=f"{f.detail} {note}")
        if f.stance == Stance.CONTRADICTS and f.mode == Mode.PAST and earlier(f)
        else f
        for f in findings
    ]


def _revision(f: Finding) -> tuple[str, dt.datetime | None]:
    """The page revision a finding was read on: its address and when it was saved."""
    return f.unit.doc.url, f.unit.doc.revision_timestamp


def second_office(claim: Claim) -> Claim | None:
    """'vice chancellor and finance minister': the office the claim's words join to its value with 'and',
    as a claim of its own (the same person, relation and nationality). None when the words join none."""
    value = claim.effective_value or ""
    at = claim.text.lower().find(value.lower()) if value else -1
    if at < 0:
        return None
    m = _AND_OFFICE.match(claim.text[at + len(value) :])
    if m is None:
        return None
    return claim.model_copy(update={"value": m["office"], "corrected_value": None})


# ' and finance minister', ' and governor of Moscow Oblast': up to three words, a post, and what it is of
_AND_OFFICE = re.compile(
    rf"\s+and\s+(?P<office>(?:[\w'’-]+\s+){{0,3}}?(?:{POST.pattern})"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*))?)",
    re.I,
)


def both_offices(first: list[Finding], second: list[Finding]) -> list[Finding]:
    """A claim naming two offices is supported only when both are, and refuted when either is: the second
    office's conflict stands, and a support of one office alone is only part of the claim."""
    second = [f for f in second if f.aspect == Aspect.MAIN]

    def supported(findings: list[Finding]) -> bool:
        return any(f.stance == Stance.SUPPORTS and f.aspect == Aspect.MAIN for f in findings)

    if supported(first) and supported(second):
        return first + second
    refuted = not supported(second) and any(f.stance == Stance.CONTRADICTS for f in second)
    why = "the claim's other office is contradicted" if refuted else "the claim names another office not matched"
    kept = [f.but(stance=Stance.NEUTRAL, detail=f"{f.detail} (set aside: {why})")
            if f.stance == Stance.SUPPORTS and f.aspect == Aspect.MAIN else f for f in first]  # fmt: skip
    return kept + [f for f in second if f.stance == Stance.CONTRADICTS or (f.stance == Stance.NEUTRAL)]


# a step into an office the sentence tells ('..., the deputy governor, was sworn in as governor on 1 April')
_STEP_TOLD = re.compile(rf"\b(?:{'|'.join(map(re.escape, _WORDS_OF_OFFICES['took_up']))})\b", re.I)


def _step_before(verbs: list[str]) -> re.Pattern:
    """One of `verbs` right before the office ('became the', 'was sworn in as')."""
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, verbs))})\s+(?:the\s+)?$", re.I)


_TOOK_UP = _step_before(_WORDS_OF_OFFICES["took_up"])
_TOOK_UP_ON_A_LINE = _step_before(_WORDS_OF_OFFICES["took_up_on_a_timeline"])  # '2022: X becomes finance minister'


# a step with its predecessor before the post ('succeeded Lena Vos as', 'took over from Lena Vos as the'): the post
# taken up from someone, as 'became' takes it up
_SUCCEEDED_AS = re.compile(
    rf"\b(?i:{'|'.join(map(re.escape, lexicons.load('judging')['clause']['succession']))})\s+(?:from\s+)?"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+as\s+(?:the\s+)?$"
)


_PARTICIPLES = "|".join(map(re.escape, _WORDS_OF_OFFICES["took_up_participles"]))
# 'elected secretary-general of NATO' as the office's words, or ', elected secretary-general' before them
_PARTICIPLE_OPENS = re.compile(rf"(?:{_PARTICIPLES})\s+", re.I)
_PARTICIPLE_BEFORE = re.compile(rf"(?:^|,)\s*(?:{_PARTICIPLES})\s+(?:the\s+)?$", re.I)


def tells_a_step(claim: Claim) -> bool:
    """Whether the claim's words tell the office taken up ('became', 'was appointed', 'succeeded him as'), the verb
    right before the office, or a participle opening an apposition ('Stoltenberg, elected secretary-general')."""
    value = claim.effective_value or ""
    at = claim.text.lower().find(value.lower()) if value else -1
    participle = at >= 0 and (_PARTICIPLE_OPENS.match(value) or _PARTICIPLE_BEFORE.search(claim.text[:at]))
    stepped = at > 0 and (_TOOK_UP.search(claim.text[:at]) or _SUCCEEDED_AS.search(claim.text[:at]))
    return bool(participle or stepped or _stepped_on_a_line(claim, at))


def _stepped_on_a_line(claim: Claim, at: int) -> bool:
    """A timeline's line tells its step in the present under the step's date ('2015 - Ivo Stam becomes prime
    minister'): the step verb right before the office, which stands at `at` in the claim's words."""
    return at > 0 and bool(_TOOK_UP_ON_A_LINE.search(claim.text[:at])) and entry_head(claim.sentence) is not None


def took_up(claim: Claim, as_of: dt.date | None) -> bool:
    """'She became deputy leader of the party in 2019' (said of a year before the article's): the office was
    taken up then, which is a claim that it was held, not that it is held on the article's day. The verb
    stands right before the claimed office in the claim's words, and the sentence dates it to an earlier
    year, or to no day at all; 'X became prime minister after Sunday's election' is the news that X holds
    it now. A participle opening an apposition ('Stoltenberg, elected secretary-general in 2014,') is such a
    verb too."""
    if not tells_a_step(claim) or as_of is None:
        return False
    years = [int(year) for year in re.findall(r"\b(?:1[89]|20)\d\d\b", claim.sentence)]
    if years:
        return any(year < as_of.year for year in years)
    # undated and not of the news's days: 'he took over as deputy from X' recounts a step of a career
    return _NEWS_DAYS.search(claim.sentence) is None


_DATES_WORDS = lexicons.load("dates")
# the holding's end may follow its start: 'prime minister from 2015 until last year', '... from 2015 until February'
_FROM_A_YEAR = r"^\s*,?\s*(?:from\s+(?:\w+\s+){0,2}\d{4}\s+)?"
_UNTIL_A_PAST_DAY = re.compile(
    # 'to' ends a spell only after its start ('from January 2020 to 7 August'): 'minister to the UN' is no end
    rf"{_FROM_A_YEAR}(?:until|(?<=\d{{4}}\s)(?P<to>to))\s+(?:last\s+)?(?:(?P<weekday>{'|'.join(_DATES_WORDS['weekdays'])})\b"
    rf"|(?:\d{{1,2}}\s+)?(?P<month>{'|'.join(_DATES_WORDS['months'])})\b(?:\s+\d{{1,2}})?,?(?:\s+(?P<year>\d{{4}}))?"
    r"|(?P<bare_year>\d{4})\b)",
    re.I,
)
# the holding's end told as a time before the article's ('until last year', 'until last month', 'until last week')
_UNTIL_LAST = re.compile(rf"{_FROM_A_YEAR}until\s+last\s+(?P<last>year|month|week)\b", re.I)
# the holding's end told as a later event in the past ('finance minister until she became prime minister')
_UNTIL_TOLD_PAST = re.compile(rf"{_FROM_A_YEAR}until\s+(?:he|she|they)\s+{PAST_FORM}\b", re.I)


def until_window(claim: Claim, as_of: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """The days the words right after the claimed post end its holding in ('Harris, the higher education minister
    until Tuesday,': the week before the article; '... until March': that month, the last March by the article's
    day; '... until 2024': the article's year up to its day; '... until 2023' or 'until last year': that earlier
    year; '... until she became prime minister': some day before the article's), or None when they name no such
    day. A later year is a holding still to end, a claim of the day."""
    after = after_claim(claim)
    if not after or as_of is None:
        return None
    if _UNTIL_TOLD_PAST.match(after):
        return dt.date.min, as_of
    last = _UNTIL_LAST.match(after)
    if last is not None:
        return _last_window(last["last"].lower(), as_of)
    found = _UNTIL_A_PAST_DAY.match(after)
    if found is None:
        return None
    year = int(found["year"] or found["bare_year"] or as_of.year)
    if year > as_of.year or (found["to"] and found["bare_year"] and year < as_of.year):
        return None  # 'from 2012 to 2028' in 2030: a span of past years, read as one (`held_in_past_years`)
    if found["month"]:
        month = _DATES_WORDS["months"].index(found["month"].lower()) + 1
        in_year = year if found["year"] else (as_of.year if month <= as_of.month else as_of.year - 1)
        first = dt.date(in_year, month, 1)
        return first, min(_month_end(first), as_of)
    if found["weekday"]:
        return as_of - dt.timedelta(days=7), as_of
    return dt.date(year, 1, 1), min(dt.date(year, 12, 31), as_of)


def _month_end(first: dt.date) -> dt.date:
    """The last day of the month that starts on `first`."""
    return first.replace(day=calendar.monthrange(first.year, first.month)[1])


def _last_window(unit: str, as_of: dt.date) -> tuple[dt.date, dt.date]:
    """The days of 'last year', 'last month' or 'last week' before `as_of`: the calendar year or month before its
    own, or the fortnight before it (a week ago and the days after, as a desk dates 'last week')."""
    if unit == "year":
        return dt.date(as_of.year - 1, 1, 1), dt.date(as_of.year - 1, 12, 31)
    if unit == "month":
        first = (as_of.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
        return first, _month_end(first)
    return as_of - dt.timedelta(days=14), as_of


def held_in_past_years(claim: Claim, as_of: dt.date | None) -> bool:
    """Whether the words right after the claimed post give it a span of years ended before the article's year ('Lena
    Vos, Korvik's mayor from 2005 to 2011,'): a claim that it was held then, which a term of those years supports,
    not that it is held on the article's day."""
    years = stated_years(claim)
    return years is not None and as_of is not None and years[1] < as_of.year


def under_a_past_head(
    head: str | None, docs: Sequence[Document], as_of: dt.date | None
) -> tuple[dt.date, dt.date] | None:
    """The days of the head's terms when the claim names the head its post was held under (`under_head`) and the
    head's own page ends every term of theirs before the article's day ('Ana Ruiz, finance minister under Ivo
    Stam,' or "Ivo Stam's finance minister" when Stam left office in 2023): the post is dated to the head's time, a
    past holding, as 'until 2023' dates it (`until_window`). None when no head is named, or their page is not read
    or has a term running."""
    if head is None or as_of is None:
        return None
    spells = [t for doc in docs if _is_person_page(doc, head) for t in terms(doc.infobox)]
    if not spells or any(t.start is None or t.end is None or t.end >= as_of for t in spells):
        return None
    return min(t.start for t in spells if t.start), max(t.end for t in spells if t.end)


def held_until(claim: Claim, as_of: dt.date | None) -> bool:
    """Whether the claimed post is said held until a day of the news (`until_window`): a claim that it was held up
    to then, which a term ended in those days supports, not that it is held on the article's day."""
    return until_window(claim, as_of) is not None


def ended_in_the_window(claim: Claim, findings: list[Finding], as_of: dt.date | None) -> list[Finding]:
    """For a post held 'until' a day of the news: only a term that ended in those days supports it; a term ended years
    before (or one still running) is set aside (review24 B7: 'the finance minister until March' of a term ended in
    March 2019). A start written before it ('from 2013 until last year') is the term's too: a term begun in another
    year supports nothing (review29 B6)."""
    window = until_window(claim, as_of)
    found = _FROM_YEAR.match(after_claim(claim) or "") if window is not None else None
    if found is not None:
        began, note = int(found["year"]), f"(set aside: the claim says it was held from {found['year']})"
        findings = [
            f.but(stance=Stance.NEUTRAL, detail=f"{f.detail} {note}")
            if f.stance == Stance.SUPPORTS and _row_start_year(f) != began
            else f
            for f in findings
        ]
    return ended_within(findings, window, "held until")


_FROM_YEAR = re.compile(r"^\s*,?\s*from\s+(?:\w+\s+){0,2}(?P<year>\d{4})\s+(?:until|to)\b", re.I)


def _row_start_year(f: Finding) -> int | None:
    """The year the term of a supporting office row began (its group's start), None for a sentence or an undated row."""
    written = _term(_group_of(f))[0]
    day = parse_date(written) if written else None
    return day.year if day else None


def ended_within(findings: list[Finding], window: tuple[dt.date, dt.date] | None, said: str) -> list[Finding]:
    """Only a term that ended within `window` (the days the claim dates the holding to) supports it; any other
    support is set aside. All findings when no window is given."""
    if window is None:
        return findings
    first, last = window
    note = f"(set aside: the claim says it was {said} {first}..{last})"
    return [
        f.but(stance=Stance.NEUTRAL, detail=f"{f.detail} {note}")
        if f.stance == Stance.SUPPORTS
        and not (f.dated is not None and f.mode == Mode.PAST and first <= f.dated <= last)
        else f
        for f in findings
    ]


def taken_by(findings: list[Finding], as_of: dt.date | None) -> list[Finding]:
    """For an office the article says was taken up: support dated after the article's day (a holder 'since'
    a later day) is no step the article could report, whatever the sentence leaves undated; it is set aside."""
    if as_of is None:
        return findings
    late = f"(set aside: dated after {as_of}, the article's day)"
    return [
        f.but(stance=Stance.NEUTRAL, detail=f"{f.detail} {late}")
        if f.stance == Stance.SUPPORTS and f.dated is not None and f.dated > as_of
        else f
        for f in findings
    ]


def ended_first(findings: list[Finding]) -> list[Finding]:
    """For a claim that an office was held: once a page ends the term (an ended term, a successor's
    'Predecessor' row), that is what the claim rests on. A page saying the person still holds it says
    something else (a stale page, or another spell): it is kept, taking no side, and the ended term is
    shown first."""
    if not any(f.stance == Stance.SUPPORTS and f.mode == Mode.PAST for f in findings):
        return findings
    still = "(set aside: says it is still held, where another page ends the term)"
    return [
        f.but(stance=Stance.NEUTRAL, detail=f"{f.detail} {still}")
        if f.stance == Stance.SUPPORTS and f.mode != Mode.PAST and f.aspect == Aspect.MAIN
        else f
        for f in findings
    ]


_NEWS_DAYS = re.compile(rf"\b(?:{'|'.join(map(re.escape, _WORDS_OF_OFFICES['news_days']))})\b", re.I)


def ordinal_checked(claim: Claim, findings: list[Finding]) -> list[Finding]:
    """'New Zealand's 41st prime minister': the number the claim gives the office is a value of its own. An
    office row that supports the office with another number ('40th Prime Minister of New Zealand', or an
    'order: 40th' row beside it) contradicts it instead, unless another of the person's rows gives the claimed
    number (one post held twice, each time with its own number). A row or a sentence that gives the office no
    number supports nothing: the number would go unchecked, unless the person's own lead numbers the row's office
    ('served as the 6th president of Norby from 2015 to 2025'): then the lead's number decides, quoted beside the
    row."""
    claimed = ordinal_of(claim.effective_value or "")
    if claimed is None:
        return findings
    post = next(iter(POST.findall(claim.effective_value or "")), "")  # 'mayor' of 'first mayor of Halden'
    rows = [f for f in findings if f.stance == Stance.SUPPORTS and f.unit.field is not None]
    given = {id(f): _row_numbers(f) for f in rows}
    if any(claimed in numbers for numbers in given.values()):
        return findings
    lead = {id(f): told for f in rows if not given[id(f)] and (told := _numbered_in_the_lead(f, claim))}
    if any(claimed in numbers for numbers, _ in lead.values()):
        said = [f for f in rows if id(f) in lead and claimed in lead[id(f)][0]]
        return [_lead_numbering_found(f, lead[id(f)][1], Stance.SUPPORTS, claimed) for f in said] + findings
    out = []
    for f in findings:
        numbers = given.get(id(f), (claimed,))
        if not numbers and id(f) in lead:  # the lead numbers the office otherwise: it refutes, quoted
            out.append(_lead_numbering_found(f, lead[id(f)][1], Stance.CONTRADICTS, *lead[id(f)][0]))
        if not numbers:  # a row giving no number leaves the claimed one unchecked: no support
            f = f.but(stance=Stance.NEUTRAL, detail=f"{f.detail}, but gives the office no number")
        elif claimed not in numbers:
            said = " and ".join(nth(n) for n in numbers)
            f = f.but(stance=Stance.CONTRADICTS, detail=f"{f.detail}, and numbers it the {said}")
        elif f.stance == Stance.SUPPORTS and f.unit.field is None and claimed not in ordinals_in(f.unit.text):
            # 'has served as the President of the ... Bank since 2020': the office, not its number
            f = f.but(stance=Stance.NEUTRAL, detail=f"{f.detail}, but its sentence gives the office no number")
        elif f.stance == Stance.SUPPORTS and f.unit.field is None and numbered_and_narrowed(f.unit.text, claimed, post):
            # 'the first mayor of Halden to be born in Tarsa': the first of those born there (review48 S4)
            f = f.but(stance=Stance.NEUTRAL, detail=f"{f.detail}, but numbers only the holders who did a deed")
        out.append(f)
    return out


_DECADE_PARTS: dict[str, list[int]] = lexicons.load("dates")["decade_parts"]
# 'the early 1990s', 'the mid-1990s': the part of the decade a holding is told in
_A_DECADE_PART = rf"(?:(?P<part>{'|'.join(_DECADE_PARTS)})[-\s]+)"
# a title apposed with how long it was held or the decade it was held in ('Lena Vos, prime minister for a decade,
# spoke.', 'Ivo Stam, prime minister for nearly eight years,', 'prime minister in the 2000s,'): it ends the apposition
_TOLD_WITH_ITS_LENGTH = re.compile(
    r"^\s+(?:for\s+(?:the\s+(?P<recent>past|last)\s+)?(?:(?P<bound>more than|almost|nearly|about|over|some|just over|"
    rf"just under)\s+)?(?:(?P<number>\d+|an?|{aliases.NUMBER_WORD_PATTERN})\s+)?(?P<unit>years?|decades?)"
    rf"|in\s+the\s+{_A_DECADE_PART}?(?P<decade>(?:1[89]|20)\d0)s)\s*(?:,|$)",
    re.I,
)
_BOUNDS = {"almost": "nearly", "just under": "nearly", "over": "more than", "just over": "more than"}
# a past holding told after its verb with the decade it was held in ('who was prime minister in the 1990s', 'led Norby
# in the 1990s.'): the decade is the holding's, whatever follows
_HELD_IN_A_DECADE = re.compile(rf"^\s*in\s+the\s+{_A_DECADE_PART}?(?P<decade>(?:1[89]|20)\d0)s\b", re.I)


class Told(NamedTuple):
    """How an apposed title's holding is told: in a decade (its first year), or for a length in years (a round
    figure when counted in decades), with the bound written before it."""

    decade: int | None
    years: float | None
    bound: str | None
    round_figure: bool
    recent: bool = False  # 'for the past year': up to the article's day, a holding still running
    deed: int | None = None  # 'the prime minister ousted in 2023': held in a past deed's year, of no length
    deed_end: str = ""  # 'start' or 'end' when the deed opens or ends the holding (`past_deed`)
    part: str = ""  # 'early', 'mid' or 'late' of the decade ('in the early 1990s'): those years of it only
    span: tuple[int, int] | None = None  # 'prime minister during the 2008 crisis': held at some time of these years


def _decade_told(m: re.Match[str]) -> Told:
    """A holding told in a decade, or a part of one ('in the early 1990s')."""
    return Told(int(m["decade"]), None, None, False, part=(m["part"] or "").lower())


# an apposition that tells a time ('prime minister for a decade until 2015,', '... in the late 2000s and early 2010s,',
# '... during the 2008 financial crisis,'): it opens with a time's preposition (judging.toml role.time_openers), and
# the years and decades it names up to its end are when the title was held
_TIME_OPENERS = lexicons.load("judging")["role"]["time_openers"]
_TIME_OPENER = re.compile(rf"^\s+(?:{'|'.join(map(re.escape, _TIME_OPENERS))})\s", re.I)
_NAMED_TIME = re.compile(rf"\b{_A_DECADE_PART}?(?P<year>(?:1[89]|20)\d\d)(?P<decade>s)?\b", re.I)


def _past_times_told(after: str) -> tuple[int, int] | None:
    """The first and last years an apposition right after a title (`after`, up to its comma) tells the holding's
    time in, when it opens with a time's preposition and names years or decades (a decade's part read as
    dates.toml decade_parts gives it): 'for a decade until 2015': (2015, 2015); 'in the late 2000s and early 2010s':
    (2006, 2014). None for any other apposition."""
    if not _TIME_OPENER.match(after):
        return None
    words = re.split(r"[,.;:()]", after)[0]
    years: list[int] = []
    for m in _NAMED_TIME.finditer(words):
        year = int(m["year"])
        first, last = _DECADE_PARTS.get((m["part"] or "").lower(), [0, 9]) if m["decade"] else (0, 0)
        years += [year + first, year + last]
    return (min(years), max(years)) if years else None


def told_with_its_length(claim: Claim) -> Told | None:
    """Whether a held office's title is apposed with its length or its decade: a claim that it was held that long, or
    in that decade, at some time up to the article's day, not that it is held on that day (review31 R1); a past
    holding told after its verb with its decade ('who was prime minister in the 1990s'); or with a past deed that
    says which holder is meant (`past_deed`: held in that deed's year, review32 R11). None for any other claim."""
    after = after_claim(claim) or ""
    if claim.relation == Relation.HELD_OFFICE and (past := _HELD_IN_A_DECADE.match(after)):
        return _decade_told(past)  # 'who was prime minister in the 1990s' (review34 R22), '... in the early 1990s'
    if claim.relation != Relation.HOLDS_OFFICE:
        return None
    m = _TOLD_WITH_ITS_LENGTH.match(after)
    if m is None or not (m["decade"] or m["number"] or m["recent"]):
        # 'Ivo Stam, the prime minister ousted in 2023, spoke.': the title ends the claim's words, a deed follows
        apposed = aliases.fold(claim.text).endswith(aliases.fold(claim.value or "-"))
        deed = past_deed(after) if apposed else None
        if deed:
            return Told(None, None, None, False, deed=deed[0], deed_end=deed[1])
        # set off by its comma ('Lena Vos, prime minister for a decade until 2015,'): a step's own year ('was elected
        # prime minister in 2019', 'took over as deputy prime minister ... in 2030') is no apposed time
        by_comma = before_claim(claim).rstrip().endswith(",") or (
            re.search(rf",\s*{re.escape(claim.value or '-')}\s*$", claim.text, re.I) is not None
        )
        told = apposed and by_comma and not (stated_years(claim) or stated_end_year(claim))
        span = _past_times_told(after) if told else None
        return Told(None, None, None, False, span=span) if span else None
    if m["decade"]:
        return _decade_told(m)
    # 'for the past year': one; 'for a decade': one
    number = 1.0 if (m["number"] or "a").lower() in {"a", "an"} else aliases.parse_number(m["number"])
    decades = m["unit"].lower().startswith("decade")
    bound = (m["bound"] or "").lower() or None
    years = None if number is None else number * (10 if decades else 1)
    return Told(None, years, _BOUNDS.get(bound or "", bound), decades, bool(m["recent"]))


def as_told(found: list[Finding], told: Told, as_of: dt.date | None) -> list[Finding]:
    """Of a holding told with its decade or its length, only a term that meets the decade ('in the 2000s'), or whose
    days fit the length ('for nearly a decade': `length_fits`, up to the article's day for a term still running),
    supports; any other support is set aside. What refutes a holding at any time still does."""
    said = f"in the {told.part + ' ' if told.part else ''}{told.decade}s" if told.decade else "for that long"
    said = f"in {told.span[0]}-{told.span[1]}" if told.span else said
    note = f"(set aside: the claim says it was held {said})"
    return [
        f.but(stance=Stance.NEUTRAL, detail=f"{f.detail} {note}")
        if f.stance == Stance.SUPPORTS and not _as_told(f, told, as_of)
        else f
        for f in found
    ]


def _as_told(f: Finding, told: Told, as_of: dt.date | None) -> bool:
    if told.span is not None:  # 'prime minister during the 2008 crisis': a term meeting those years
        return _meets(f, *told.span)
    if told.deed is not None:  # a term meeting the deed's year: its first for 'sworn in', its last for 'ousted'
        spans = _row_span(f)
        if told.deed_end:
            return any((a if told.deed_end == "start" else b) == told.deed for a, b in spans)
        return any(a <= told.deed <= b for a, b in spans)
    if told.decade:
        first, last = _DECADE_PARTS.get(told.part, [0, 9])
        return _meets(f, told.decade + first, told.decade + last)
    days = _row_days(f)  # the term's first and last days at their written precision; a running term has no end
    start, end = days[0] if days else (None, None)
    start, end = start or f.dated, (None if end == dt.date.max else end) or as_of
    if told.years is None or start is None or end is None:
        return False
    return length_fits(start, end, told.years, told.bound, told.round_figure) is True


def _meets(f: Finding, first: int, last: int) -> bool:
    """Whether the term an infobox row's finding gives meets the years from `first` to `last` (a decade, or a part of
    one)."""
    return any(a <= last and first <= b for a, b in _row_span(f))


def _row_span(f: Finding) -> list[tuple[int, int]]:
    """The years of the term an infobox row's group gives ('term_start: 2022', 'term_end: 14 February 2023': (2022,
    2023); a term not ended runs on), as the one span of a finding read off that row; none for a finding of a
    sentence, or a term without its start."""
    row = f.unit.field
    if row is None:
        return []
    for group in numbered_groups(f.unit.doc.infobox).values():
        if any(r == row for r in group.values()):
            written_start, written_end = _term(group)
            start, end = _YEAR.search(written_start or ""), _YEAR.search(written_end or "")
            side = next((label for label, r in group.items() if r == row), "")
            if side == "predecessor":  # the one before held it in the year this term began, not during it
                return [(int(start.group(0)), int(start.group(0)))] if start else []
            if side == "successor":  # the one after held it in the year this term ended
                return [(int(end.group(0)), int(end.group(0)))] if end else []
            return [(int(start.group(0)), int(end.group(0)) if end else 9999)] if start else []
    return []


def _row_numbers(f: Finding) -> tuple[int, ...]:
    """The numbers an infobox row gives the office it supports: its own words ('9th President of ...') or the
    order row of its group ('order: 9th' beside 'office: President of ...'); every one of them where a post
    held twice is numbered both times ('order: 12th & 14th')."""
    row = f.unit.field
    if row is None:
        return ()
    if (n := ordinal_of(row.value)) is not None:
        return (n,)
    for group in numbered_groups(f.unit.doc.infobox).values():
        if any(r == row for r in group.values()) and (order := group.get("order")) is not None:
            return tuple(ordinals_in(order.value))
    return ()


def _numbered_in_the_lead(f: Finding, claim: Claim) -> tuple[tuple[int, ...], str] | None:
    """The numbers the claimed person's own page's lead writes before the office of a row that supports the holding
    ('the 6th president of Norby' for 'Office: President of Norby'), with the first sentence writing them."""
    office = _group_of(f).get("office") or f.unit.field
    if office is None or not _is_person_page(f.unit.doc, claim.effective_subject):
        return None
    subject = claim.effective_subject
    # 'He succeeded Ana Ruiz, the 5th president of Norby': her number, not his
    told = [t for t in lead_numbering(f.unit.doc, office.value) if not _apposed_to_another(t[1][: t[2]], subject)]
    return (tuple(n for numbers, _, _ in told for n in numbers), told[0][1]) if told else None


def _lead_numbering_found(f: Finding, sentence: str, stance: Stance, *numbers: int) -> Finding:
    """The lead's sentence numbering a row's office, as a finding of its own beside the row."""
    said = " and ".join(nth(n) for n in numbers)
    detail = f"{f.detail}, and its lead numbers the office the {said}"
    return f.but(unit=Unit(f.unit.doc, sentence), stance=stance, detail=detail, mode=Mode.UNKNOWN)


def ordinal_of(office: str) -> int | None:
    """'41st' or 'forty-first'... as a number: the first ordinal the office's words give, if any."""
    found = ordinals_in(office)
    return found[0] if found else None


_SINCE_DAY = re.compile(rf"\bsince\s+(?P<day>{DATE_TEXT.pattern})")


_SINCE_AFTER = re.compile(rf"^[\s,]*since\s+(?P<day>{DATE_TEXT.pattern})")


_MONTH = "|".join(m.capitalize() for m in aliases.FULL_MONTHS)
_YEARLESS_DAY = rf"(?P<day>(?:{_MONTH})\s+\d{{1,2}}|\d{{1,2}}\s+(?:{_MONTH}))\b(?![,\s]*\d{{4}})"
_SINCE_YEARLESS = re.compile(rf"^[\s,]*since\s+{_YEARLESS_DAY}")
# a day of taking office written without its year: 'sworn in on Monday', 'took office on February 12'
_ON_YEARLESS = re.compile(rf"\bon\s+(?:{_YEARLESS_DAY}|(?P<weekday>{'|'.join(aliases.WEEKDAYS)})\b)", re.I)
_TO_COME = re.compile(r"\b(?:will|shall)\b|\b(?:is|are)\s+(?:due\s+|set\s+|expected\s+)?to\b", re.I)


def _since_yearless(claim: Claim) -> re.Match[str] | None:
    """'since April 1' straight after the claim's words, a day written without its year."""
    after = after_claim(claim)
    return _SINCE_YEARLESS.match(after) if after is not None else None


def _since_after(claim: Claim) -> re.Match[str] | None:
    """'since March 2021' straight after the claim's words in its sentence ('She has been ambassador since
    March 2021'): the spell the role claim states begins then, though its value is the office alone."""
    after = after_claim(claim)
    return _SINCE_AFTER.match(after) if after is not None else None


def since_checked(claim: Claim, findings: list[Finding], as_of: dt.date | None = None) -> list[Finding]:
    """A role whose words date the spell ('leader of the party since March 2019', or the words just after
    them: 'has been ambassador since March 2021'), or its taking up to a day without its year ('was sworn in
    as prime minister on Monday', read in the article's days, `_start_in_the_articles_days`): support for
    holding the office stands only when it dates the spell's start to the same day, month or year, as the
    claim writes it. A term begun on another day, or an earlier spell's start, is set aside, not refuted:
    the start is the date claim's to settle (`verify.kinds.date.judge`)."""
    yearless = _since_yearless(claim)
    if yearless is not None:  # 'since April 1': a day without its year, which no term's start can be matched to
        return [_since_set_aside(f, yearless["day"]) for f in findings]
    m = _SINCE_DAY.search(claim.effective_value or "") or _since_after(claim)
    m, how = (m, "since") if m is not None else (_start_written(claim), "from")
    written, want = (m["day"], parse_date(m["day"])) if m else _start_in_the_articles_days(claim, as_of)
    if written is None or want is None:
        window = _part_of_a_year(claim, as_of)
        if window is None and (ago := _length_ago(claim, as_of)) is not None:
            return _started_ago(findings, ago, as_of)
        return _started_within(findings, *window) if window else _taken_up_then(claim, findings, as_of)
    at = precision(written) if m else "day"
    out = []
    for f in findings:
        if f.stance == Stance.SUPPORTS and f.aspect == Aspect.MAIN and not _dates_start(f, want, at):
            f = f.but(stance=Stance.NEUTRAL, detail=f"{f.detail} (set aside: the claim dates it {how} {written})")
        out.append(f)
    return out


_RELATIVE_TIME = re.compile(rf"^\s*,?\s*(?P<when>{aliases.RELATIVE_TIME_WORDS})\b", re.I)


def _relative_window(when: str, as_of: dt.date) -> tuple[dt.date, dt.date]:
    """The days a time told relative to the article's day stands for: 'yesterday' (or last night) the day before, a
    day of today's, 'this week' the week up to it, 'this month' / 'this year' from its first day, 'last week', 'last
    month', 'last year' as `_last_window` reads them."""
    words = when.lower().replace("earlier ", "").split()
    if words[0] in {"yesterday"} or words == ["last", "night"]:
        return as_of - dt.timedelta(days=1), as_of
    if words[0] == "last":
        return _last_window(words[1], as_of)
    if words[-1] == "week":
        return as_of - dt.timedelta(days=7), as_of
    if words[-1] == "month":
        return as_of.replace(day=1), as_of
    if words[-1] == "year":
        return dt.date(as_of.year, 1, 1), as_of
    return as_of, as_of  # today, tonight, this morning ...


_DATES = lexicons.load("dates")
_YEAR_PARTS: dict[str, list[int]] = _DATES["year_parts"]
_SEASONS: dict[str, list[int]] = _DATES["seasons"]
_A_PART = rf"(?:(?P<part>{'|'.join(_YEAR_PARTS)})[-\s]+)"
_A_SEASON = rf"(?P<season>{'|'.join(_SEASONS)})"
_A_MONTH = rf"(?P<month>{'|'.join(aliases.FULL_MONTHS)})(?![\s,]*\d)"
# a part of a year, a season or a month a step or a holding is dated by ('in the summer of 2023', 'in late 2023', 'in
# the autumn', 'since March', 'since last month', 'last March'), which `DATE_TEXT` reads no day of
_WHEN_IN_PART = (
    rf"(?:the\s+)?(?=(?:{'|'.join([*_YEAR_PARTS, *_SEASONS])})\b|(?:{'|'.join(_YEAR_PARTS)})-)"
    rf"{_A_PART}?{_A_SEASON}?(?:\s+of)?(?:\s*(?P<year>\d{{4}}))?\b"
    rf"|(?P<last>last\s+)?{_A_MONTH}\b|last\s+(?P<unit>month)\b"
)
_PART_AFTER = re.compile(rf"^[\s,]*(?:(?P<how>in|since|during)\s+|(?=last\s))(?:{_WHEN_IN_PART})", re.I)
_PART_ENDING = re.compile(rf"\s(?:(?P<how>in|since|during)\s+|(?=last\s))(?:{_WHEN_IN_PART})\s*$", re.I)


def _part_of_a_year(claim: Claim, as_of: dt.date | None) -> tuple[dt.date, dt.date, str] | None:
    """The days a step or a holding is dated to by a part of a year, a season or a month without its year, in the
    office's words or right after them ('became prime minister in the summer of 2023', '... in late 2023', '... in the
    autumn', 'sworn in as prime minister last March', 'prime minister since last month', 'since March'), with the
    words: a time without its year is the last such before the article's day (the next for a step to come). 'in' is
    a step's time only after a verb of taking office; 'since' dates any holding. None when the words give no such
    time."""
    value = claim.effective_value or ""
    at = claim.text.lower().find(value.lower()) if value else -1
    if at < 0 or as_of is None:
        return None
    found = _PART_ENDING.search(value) or _PART_AFTER.match(after_the_office(claim))
    if found is None or ((found["how"] or "").lower() != "since" and not TAKES_OFFICE.search(claim.text[:at])):
        return None
    to_come = _TO_COME.search(claim.text[:at]) is not None
    window = _window_of_a_part(found, as_of, to_come)
    return (*window, found.group(0).strip(" ,")) if window else None


def _window_of_a_part(found: re.Match[str], as_of: dt.date, to_come: bool) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the part of a year `_PART_AFTER` found: a part or season of its year, or of the last
    year whose part began by the article's day (the next for a step to come); a month likewise; last month."""
    if found["unit"]:
        return _last_window("month", as_of)
    if found["month"]:
        month = [m.lower() for m in aliases.FULL_MONTHS].index(found["month"].lower()) + 1
        first, last = month, month
    else:
        first, last = (_SEASONS if found["season"] else _YEAR_PARTS)[(found["season"] or found["part"]).lower()]
    if found["year"]:
        years = [int(found["year"])]
    elif to_come:
        # the part under way on the article's day is still to come in part ('will be sworn in in February' of 10 Feb)
        years = [y for y in (as_of.year, as_of.year + 1) if _month_end(dt.date(y, last, 1)) >= as_of][:1]
    else:
        before = as_of.replace(day=1) if found["last"] else as_of
        years = [y for y in (as_of.year, as_of.year - 1) if dt.date(y, first, 1) <= before][:1]
    if not years:
        return None
    start = dt.date(years[0] - (1 if last < first else 0), first, 1)  # 'winter' runs over the new year
    return start, _month_end(dt.date(years[0], last, 1))


def _started_within(findings: list[Finding], first: dt.date, last: dt.date, written: str) -> list[Finding]:
    """Support for holding an office set aside unless it dates the spell's start within the days the claim's words
    give it ('in the summer of 2023': begun on 14 February is not then)."""
    note = f"(set aside: the claim dates its start {written}, {first}..{last})"
    return [
        f.but(stance=Stance.NEUTRAL, detail=f"{f.detail} {note}")
        if f.stance == Stance.SUPPORTS
        and f.aspect == Aspect.MAIN
        and not ((start := _start_of(f)) is not None and first <= start <= last)
        else f
        for f in findings
    ]


_LENGTH_UNITS = {"month": 1 / 12, "year": 1, "decade": 10}
# a step dated by a length before the article's day, right after the office's words ('became prime minister 30 years
# ago', '... nearly two decades ago'): the bound words (judging.toml duration.qualified), the number, its unit
_AGO = re.compile(
    rf"^\s*,?\s*(?:(?P<bound>{'|'.join(map(re.escape, lexicons.load('judging')['duration']['qualified']))})\s+)?"
    rf"(?:just\s+)?(?P<number>\d{{1,3}}|an?|{'|'.join(map(re.escape, aliases.NUMBER_WORDS))})\s+"
    rf"(?P<unit>{'|'.join(_LENGTH_UNITS)})s?\s+ago\b",
    re.I,
)


class _Ago(NamedTuple):
    years: float
    bound: str | None
    round_figure: bool
    written: str


def _length_ago(claim: Claim, as_of: dt.date | None) -> _Ago | None:
    """The length before the article's day a step of taking office is dated by, right after the office's words
    ('who became prime minister 30 years ago'): None when the words give none, or no step is told."""
    value = claim.effective_value or ""
    at = claim.text.lower().find(value.lower()) if value else -1
    found = _AGO.match(after_the_office(claim)) if at >= 0 and as_of is not None else None
    if found is None or not TAKES_OFFICE.search(claim.text[:at]):
        return None
    word = found["number"].lower()
    number = int(word) if word.isdigit() else 1 if word in {"a", "an"} else aliases.NUMBER_WORDS[word]
    unit = found["unit"].lower()
    written = found.group(0).strip(" ,")
    return _Ago(number * _LENGTH_UNITS[unit], (found["bound"] or "").lower() or None, unit == "decade", written)


def _started_ago(findings: list[Finding], ago: _Ago, as_of: dt.date) -> list[Finding]:
    """Support for holding an office set aside unless the spell it dates began the told length before the
    article's day ('became prime minister 30 years ago': a spell begun 19 years before is not then)."""
    note = f"(set aside: the claim dates its start {ago.written})"
    return [
        f.but(stance=Stance.NEUTRAL, detail=f"{f.detail} {note}")
        if f.stance == Stance.SUPPORTS
        and f.aspect == Aspect.MAIN
        and not (
            (start := _start_of(f)) is not None and length_fits(start, as_of, ago.years, ago.bound, ago.round_figure)
        )
        else f
        for f in findings
    ]


def _taken_up_then(claim: Claim, findings: list[Finding], as_of: dt.date | None) -> list[Finding]:
    """A role taken up at a time told relative to the article's day ('was sworn in as prime minister yesterday',
    '... last week'): support for holding the office stands only when it dates the spell's start within those days
    (review29 B7); the holding alone says nothing of when it began."""
    value = claim.effective_value or ""
    at = claim.text.lower().find(value.lower()) if value else -1
    found = _RELATIVE_TIME.match(after_the_office(claim)) if at >= 0 and as_of is not None else None
    if as_of is None or found is None or not TAKES_OFFICE.search(claim.text[:at]):
        return findings
    return _started_within(findings, *_relative_window(found["when"], as_of), found["when"])


def _start_in_the_articles_days(claim: Claim, as_of: dt.date | None) -> tuple[str | None, dt.date | None]:
    """The day a role's words give its taking up without a year ('was sworn in as prime minister on Monday',
    'took office on February 12'), as the day it stands for in a report of the article's day: a weekday the
    last such day (the next for one to come), a day of a month in the year the date kind reads it. The holding
    alone says nothing of that day. (None, None) when the words give no such day."""
    value = claim.effective_value or ""
    at = claim.text.lower().find(value.lower()) if value else -1
    found = _ON_YEARLESS.search(after_the_office(claim)) if at >= 0 and as_of is not None else None
    if as_of is None or found is None or not TAKES_OFFICE.search(claim.text[:at]):
        return None, None
    if found["weekday"]:
        to_come = _TO_COME.search(claim.text[:at]) is not None
        return found["weekday"], weekday_near(as_of, found["weekday"], to_come)
    dated = in_the_articles_year(claim.model_copy(update={"value": found["day"], "corrected_value": None}), as_of)
    return found["day"], parse_date(dated.value or "") if dated is not None and len(dated.value or "") == 10 else None


_START_ON = re.compile(rf"\b(?:on|in)\s+(?P<day>{DATE_TEXT.pattern})")
# ... or fronted right before the claim's words: 'In 2020, Ana Ruiz became finance minister', 'In March 2020 she ...'
_START_FRONTED = re.compile(rf"\s*(?:on|in)\s+(?P<day>{DATE_TEXT.pattern})\s*,?\s*", re.I)


def _start_written(claim: Claim) -> re.Match[str] | None:
    """The day a role's words give the start of its spell: 'was sworn in as deputy governor on 18 September
    2031', 'took over from Ola Sund as chair on 3 May', 'was appointed chair in Naples on 3 June' (a date after
    'on' or 'in' in the words after the office, `after_the_office`), or fronted before the claim's words ('In 2020,
    Ana Ruiz became finance minister'), when the words before the office take it up (`TAKES_OFFICE`). The office
    alone does not make that day right: a term begun on another day, or only its end, says nothing of it."""
    value = claim.effective_value or ""
    at = claim.text.lower().find(value.lower()) if value else -1
    if _stepped_on_a_line(claim, at):  # '2022: Ana Ruiz becomes finance minister': the step of the line's date
        return _line_head(claim)
    if at < 0 or not TAKES_OFFICE.search(claim.text[:at]):
        return None
    return _START_ON.search(after_the_office(claim)) or _START_FRONTED.fullmatch(before_claim(claim))


def _line_head(claim: Claim) -> re.Match[str] | None:
    """The date heading the timeline line the claim stands on ('1 March 2022 - ...'), as its `day`; None for a head
    without its year ('September 5 — ...'), whose day the line is judged on already (`entry_day`)."""
    head = entry_head(claim.sentence)
    if head is None or head.year is None:
        return None
    return re.compile(rf"(?P<day>{re.escape(head.words)})").match(claim.sentence, head.start)


def after_the_office(claim: Claim) -> str:
    """The words after a role's office to the end of its clause: the rest of the claim's words, and the sentence
    after them to a comma or a clause's opening word ('Tove Brandt was appointed chair of the board' of '... in
    Naples on 3 June 2024, and ...'): the extractor may cut a role before the day and place of its taking up,
    which are its values all the same, or keep the date in the office's own words ('prime minister in 2005' of 'was
    sworn in as prime minister in 2005': `_DATED_TAIL`), which is no less the time of the step. Empty when the
    office is not in the words."""
    value = claim.effective_value or ""
    at = claim.text.lower().find(value.lower()) if value else -1
    dated = _DATED_TAIL.search(value)
    office = value[: dated.start()] if dated is not None else value
    start = claim_start(claim)
    if at < 0 or start < 0:
        return claim.text[at + len(office) :] if at >= 0 else ""
    end = start + len(claim.text)
    return claim.text[at + len(office) :] + claim.sentence[end : binding.clause_of((end, end), claim.sentence)[1]]


# a date ending the office's words ('prime minister in 2005', 'finance minister on 3 May 2021'): when, not which
_DATED_TAIL = re.compile(rf"\s+(?:on|in)\s+(?:{DATE_TEXT.pattern})\s*$", re.I)


def repeat_checked(claim: Claim, findings: list[Finding]) -> list[Finding]:
    """A step told as a repeat ('was re-elected prime minister in 2023', 'became prime minister again in 2005', 'for a
    second time'; date.judge's later_term words) in a year: a support whose spell of the post begins that year, with
    no earlier spell of it on the page, is a first taking of the post, no repeat: set aside. A repeat inside a spell
    ('re-elected in 2019' of a term from 2015) stands: the infobox gives an unbroken spell one row."""
    if not says_later_term(claim):
        return findings
    m = _START_ON.search(after_the_office(claim)) or _START_FRONTED.fullmatch(before_claim(claim))
    when = parse_date(m["day"]) if m else None
    if when is None:
        return findings
    out = []
    for f in findings:
        start = _start_of(f) if f.stance == Stance.SUPPORTS and f.aspect == Aspect.MAIN else None
        if start is not None and start.year == when.year and not _held_before(f, start):
            f = f.but(stance=Stance.NEUTRAL, detail=f"{f.detail} (set aside: the claim tells a repeat; the page's "
                      f"first spell of the post begins in {when.year})")  # fmt: skip
        out.append(f)
    return out


def _held_before(finding: Finding, start: dt.date) -> bool:
    """Whether the page of a supporting infobox row gives a spell of the same post begun before `start`."""
    office = _group_of(finding).get("office")
    if office is None:
        return False
    return held_before(finding.unit.doc.infobox, office.value, start)


_TITLES = lexicons.load("titles")
# the verb of a succession right before its predecessor's name ('Ivo Stam replaced Ana Ruiz as prime minister', 'took
# over from Ana Ruiz as'): titles.toml's stems of succession, and judging.toml's 'took over' with 'from'
_SUCCEEDED = re.compile(
    rf"\b(?:(?:{'|'.join(_TITLES['succession'])})\w*"
    rf"|(?:{'|'.join(lexicons.load('judging')['clause']['succession'])})\s+from)\s+$",
    re.I,
)


def predecessor_checked(claim: Claim, findings: list[Finding], as_of: dt.date | None) -> list[Finding]:
    """The past holding a succession gives its predecessor ('Ivo Stam replaced Ana Ruiz as prime minister': 'Ana Ruiz
    as prime minister'), which the succession ended: a spell of hers still running on the article's day (no end on
    the page) is no such holding, whichever way round the sentence has it: set aside (review35 R13). A spell that
    ended supports it."""
    at = claim_start(claim)
    if claim.relation != Relation.HELD_OFFICE or at <= 0 or not _SUCCEEDED.search(claim.sentence[:at]):
        return findings
    out = []
    for f in findings:
        if f.stance == Stance.SUPPORTS and f.aspect == Aspect.MAIN and _running_on(f, as_of):
            f = f.but(stance=Stance.NEUTRAL, detail=f"{f.detail} (set aside: the claim's succession ended this "
                      "holding, which the page has running)")  # fmt: skip
        out.append(f)
    return out


# the same, its participle too ('replacing Lena Vos': a stem's final 'e' dropped)
_SUCCEEDING = re.compile(
    rf"\b(?:(?:{'|'.join(w.removesuffix('e') for w in _TITLES['succession'])})\w*"
    rf"|(?:{'|'.join(lexicons.load('judging')['clause']['succession'])})\s+from)\s+$",
    re.I,
)


def successor_checked(
    claim: Claim, findings: list[Finding], docs: Sequence[Document], as_of: dt.date | None
) -> list[Finding]:
    """The one a succession names as the predecessor ('Ana Ruiz became prime minister, succeeding Lena Vos': 'Lena
    Vos' as prime minister) is the one whose spell the successor's began from, not any past holder: when the page of
    a successor the sentence names before the claim gives another predecessor (no stopgap holder) in the same office,
    in a term begun by the article's day, the predecessor's own spell is no support: set aside (review38 R7)."""
    subject, office, at = claim.effective_subject, claim.effective_value or "", claim_start(claim)
    named = claim.sentence.find(subject, max(at, 0))  # the verb is before the name, in the claim's words or not
    verb = _SUCCEEDING.search(claim.sentence[:named]) if at >= 0 and named > 0 else None
    if claim.relation != Relation.HELD_OFFICE or verb is None:
        return findings
    before, others = claim.sentence[: verb.start()], []
    for doc in docs:
        if _is_person_page(doc, subject) or not is_person_doc(doc) or not find_person(doc.title, before):
            continue
        for group in office_groups(doc.infobox):
            held, row, began = group.get("office"), group.get("predecessor"), group.get("term_start")
            start = parse_date(began.value) if began else None
            if held is None or row is None or start is None or as_of is None or start > as_of:
                continue
            if same_office(office, claim.nationality, held.value) and not stopgaps(row.value):
                if find_person(subject, row.value):
                    return findings  # the successor's page names the subject: the spell is the one succeeded
                others.append(f"{doc.title}'s predecessor as {held.value} is {row.value}")
    if not others:
        return findings
    return unchecked(findings, others[0])


def _running_on(finding: Finding, as_of: dt.date | None) -> bool:
    """Whether a supporting finding gives the spell as running on the article's day: an infobox row's term with no
    end, or one ending after that day; a sentence telling the holding in the present (not `Mode.PAST`)."""
    if finding.unit.field is None:
        return finding.mode != Mode.PAST
    group = _group_of(finding)
    ended = _term(group)[1] if group else None
    if not group or not ended:
        return bool(group)
    end = parse_date(ended)
    return end is not None and as_of is not None and end >= as_of


def _since_set_aside(finding: Finding, day: str) -> Finding:
    """A support for holding the office that cannot show the spell began when the claim says: set aside."""
    if finding.stance != Stance.SUPPORTS or finding.aspect != Aspect.MAIN:
        return finding
    return finding.but(stance=Stance.NEUTRAL, detail=f"{finding.detail} (set aside: the claim dates it since {day})")


def _dates_start(finding: Finding, want: dt.date, at: str) -> bool:
    """Whether a supporting finding dates the spell's start as the claim does: its date at the claim's
    precision, from a row (which gives the day) or a sentence that writes the start that precisely."""
    start = _start_of(finding)
    if start is None or not same_date(start, want, at):
        return False
    if at == "year" or finding.unit.field is not None:
        return True
    written = (d.group(0) for d in DATE_TEXT.finditer(finding.unit.text))
    return any(precision(w) != "year" and (day := parse_date(w)) and same_date(day, want, at) for w in written)


def _start_of(finding: Finding) -> dt.date | None:
    """The start a supporting finding gives the spell: its infobox row's term start, else the date it carries,
    which for a past spell (`Mode.PAST`, dated by its end) is no start."""
    group = _group_of(finding)
    if "term_start" in group:
        return parse_date(group["term_start"].value)
    return None if finding.mode == Mode.PAST else finding.dated


# a succession written before the office a role claim states ('took over from Ola Sund as chair', 'was succeeded
# by Ola Sund as chair'): the verb, 'by' when the other person came after, and that person's name
_SUCCESSION_BEFORE = re.compile(
    r"\b(?:succeed(?:ed|ing|s)?|replac(?:ed|ing|es?)|t(?:ook|aking|akes?|aken)\s+over\s+from)\s+(?P<by>by\s+)?"
    r"(?P<other>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)"
)
# a place written after the office ('sworn in as chair ... on 3 June in Naples', 'at Downing Street'): a name after
# 'in' or 'at' that is no date's word
_TIME_WORDS = frozenset(w.lower() for w in (*aliases.MONTHS, *aliases.WEEKDAYS))
_PLACE_AFTER = re.compile(r"\b(?:in|at)\s+(?:the\s+)?(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})")


def values_checked(claim: Claim, findings: list[Finding]) -> list[Finding]:
    """A role whose words give values besides the office: the holder before or after the subject ('took over from
    Ola Sund as chair of the board') and a place after the office in them ('sworn in as chair on 3 June in Naples';
    one the sentence writes after them, 'Prime Minister X congratulated the winner in Tokyo', is another deed's). They
    are the claim's as much as the office is, so a support that does not state them (a row whose office group names
    no one, or another person, on that side; words that do not name the person or the place) is set aside, not
    refuted: the succession and the place are the clause claim's to settle. A value nobody checked leaves it
    unverified."""
    value = claim.effective_value or ""
    at = claim.text.lower().find(value.lower()) if value else -1
    if at < 0:
        return findings
    m = _SUCCESSION_BEFORE.search(claim.text[:at]) if at > 0 else None
    place = _place_after(claim.text[at + len(value) :])  # in its own words: the rest of its clause may be another's
    if m is None and place is None:
        return findings
    out = []
    for f in findings:
        if f.stance == Stance.SUPPORTS and f.aspect == Aspect.MAIN:
            text = _with_its_group(f)
            missing = [] if m is None or _names_other_holder(f, m["other"], m["by"]) else [m["other"]]
            missing += [place] if place is not None and not re.search(rf"\b{re.escape(place)}\b", text) else []
            if missing:
                f = f.but(
                    stance=Stance.NEUTRAL, detail=f"{f.detail} (set aside: it does not state {', '.join(missing)})"
                )
        out.append(f)
    return out


def _place_after(words: str) -> str | None:
    """The place a role's words give after the office, its dates left out; None when they give none."""
    m = _PLACE_AFTER.search(DATE_TEXT.sub(" ", words))
    return m["place"] if m is not None and m["place"].split()[0].lower() not in _TIME_WORDS else None


def _with_its_group(finding: Finding) -> str:
    """A finding's words, and for an infobox row the rows of its office group too."""
    return " ".join([finding.unit.text, *(f"{f.label}: {f.value}" for f in _group_of(finding).values())])


def _group_of(finding: Finding) -> dict[str, InfoboxField]:
    """The office group of a finding's infobox row (empty for a sentence or a row in none)."""
    field = finding.unit.field
    if field is None:
        return {}
    return next((g for g in office_groups(finding.unit.doc.infobox) if any(f is field for f in g.values())), {})


def _names_other_holder(finding: Finding, other: str, by: str | None) -> bool:
    """Whether a finding names the other holder on their side (the successor's after 'by', else the predecessor's):
    its infobox row's office group, or its words."""
    if finding.unit.field is None:
        return bool(find_person(other, finding.unit.text))
    group, side = _group_of(finding), "successor" if by else "predecessor"
    return side in group and bool(find_person(other, group[side].value))


# the verbs of a step into a post an appointer takes ('The Korvik Museum has appointed Jon Dahl as its new director')
_STEP_VERBS = frozenset({"appointed", "named", "nominated", "selected", "chosen", "picked"})
_APPOINTMENT_TOLD = re.compile(rf"\b(?:{'|'.join(sorted(_STEP_VERBS))})\s+(?:him\s+|her\s+)?(?:as\s+)?", re.I)
_POST_ENDS = re.compile(r"[,;.(]|\s(?:in|on|from|since|after|before|by|with|and|which|who|a post)\s")
_APPOINTER = re.compile(r"((?:[A-Z][\w'\u2019-]*\s+)+)(?:has\s+|have\s+|had\s+)?(?P<verb>[a-z]+)\b")
_NOT_POST_WORDS = frozenset({"the", "a", "an", "of", "its", "their", "his", "her", "new", "next", "s"})


def a_step_as(claim: Claim) -> bool:
    """Whether the role claim tells an appointer's step into a post ('appointed Jon Dahl as its new director')."""
    return claim.relation.endswith(" as") and claim.relation.removesuffix(" as") in _STEP_VERBS


def _appointing_body(claim: Claim, verb: str) -> str | None:
    """The name written right before the claim's step verb in its sentence ('The Korvik Museum has appointed'),
    without its article: whose post the step fills when the post says 'its'; None when no name stands there."""
    sentence = claim.sentence or claim.text
    found = next((m for m in _APPOINTER.finditer(sentence) if m["verb"] == verb), None)
    return re.sub(r"^The\s+", "", found[1].strip()) if found else None


def _post_words(post: str, body: set[str]) -> set[str]:
    """The words of a post that say which post it is, to their first five letters ('chair' of 'chairman'): not its
    body's, its article, nor a holder's number ('12th')."""
    words = set(re.findall(r"[a-z]+|\d+(?:st|nd|rd|th)\b", aliases.fold(post))) - body - _NOT_POST_WORDS
    return {w[:5] for w in words if not w[0].isdigit()}


def step_as_findings(claim: Claim, docs: list[Document], as_of: dt.date | None) -> list[Finding]:
    """'The Korvik Museum has appointed Jon Dahl as its new director' against the appointee's page sentence telling a
    step into a post of that body ('It was announced in March 2024 that he had been appointed director of the Korvik
    Museum'): the same post supports it; another post of the body (its chairman, its deputy director) told as the step
    of the article's year refutes it, when no sentence tells the claimed one. A step naming no post of that body (his
    appointment elsewhere years before) decides nothing."""
    verb = claim.relation.removesuffix(" as")
    appointer = _appointing_body(claim, verb)
    if appointer is None or as_of is None:
        return []
    body = set(re.findall(r"[a-z]+", aliases.fold(appointer))) - _NOT_POST_WORDS
    claimed = _post_words(claim.effective_value or "", body)
    if not body or not claimed:
        return []
    same: list[Finding] = []
    other: list[Finding] = []
    for doc in pages_about(claim.effective_subject, docs):
        names, pronoun = (claim.effective_subject, doc.title), holder.pronoun_of(doc.text)
        for sentence in (s.text for s in split_sentences(doc.text)):
            for m in _APPOINTMENT_TOLD.finditer(sentence):
                post = _POST_ENDS.split(sentence[m.end() :], maxsplit=1)[0]
                if not body <= set(re.findall(r"[a-z]+", aliases.fold(post))):
                    continue  # a step into another body's post: not this appointer's
                if not holder.said_of(names, sentence, m.start(), m.end() + len(post), pronoun):
                    continue
                unit = Unit(doc, sentence)
                if _post_words(post, body) == claimed:
                    same.append(Finding(unit, Stance.SUPPORTS, 90.0, Aspect.MAIN, f"tells the step into {post}"))
                elif _excludes_the_step(post, sentence, as_of):
                    detail = f"tells the step of {as_of.year} into {post}, another post of {appointer}"
                    other.append(Finding(unit, Stance.CONTRADICTS, 85.0, Aspect.MAIN, detail))
    return same or other


_STOPGAP_STEP = re.compile(
    rf"^\s*(?:(?:the|an?)\s+)?(?:{'|'.join(map(re.escape, lexicons.load('judging')['clause']['stopgap']))})\b", re.I
)


def _excludes_the_step(post: str, sentence: str, as_of: dt.date) -> bool:
    """Whether a step the page tells into another post of the body rules out the claimed step at the article's day:
    not an acting or interim spell nor a seat ('to the board'), which often come first, and not a step told in a
    month well before the article's (a chief financial officer in March may be named chief executive in June; the page
    may not yet tell the later step: review45 B5)."""
    if str(as_of.year) not in re.findall(r"\b\d{4}\b", sentence):
        return False  # a step of another year
    if _STOPGAP_STEP.match(post) or re.match(r"\s*to\s", post):
        return False
    months = [i for i, m in enumerate(aliases.FULL_MONTHS, 1) if re.search(rf"\b{m}\s+{as_of.year}\b", sentence, re.I)]
    return not any(month < as_of.month - 1 for month in months)
