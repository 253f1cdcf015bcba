"""Ordinal words and numbers ('ninth', '24th'), read by the role and the clause judges alike. They live apart from
both so that neither judge has to import the other for them: the clause judge imports the role judge (for offices),
and the role judge read these from the clause judge inside its functions to break that cycle."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from verify import lexicons
from verify.offices import office_groups
from verify.text import split_sentences

if TYPE_CHECKING:
    from verify.models import Document
    from verify.offices import Term

ORDINAL_WORDS: list[str] = list(lexicons.load("judging")["clause"]["ordinals"])  # in order from 'first'
ORDINALS = {word: n for n, word in enumerate(ORDINAL_WORDS, start=1)}
_ANY_ORDINAL = re.compile(rf"\b(\d{{1,3}}(?:st|nd|rd|th)|{'|'.join(map(re.escape, ORDINALS))})\b", re.I)


def ordinal_value(word: str) -> int | None:
    """'ninth' -> 9, '24th' -> 24."""
    word = word.lower()
    if word in ORDINALS:
        return ORDINALS[word]
    m = re.fullmatch(r"(\d{1,3})(?:st|nd|rd|th)", word)
    return int(m.group(1)) if m else None


def ordinals_in(text: str) -> list[int]:
    """Every ordinal the words give, as numbers, in their order ('the first woman and the sixth president': 1, 6)."""
    found = (ordinal_value(m.group(1)) for m in _ANY_ORDINAL.finditer(text))
    return [n for n in found if n is not None]


# a deed after the post an ordinal numbers: 'to' and a verb in lower case ('... mayor of Halden to be born in Tarsa'),
# not a place or a body ('ambassador to Norby', 'envoy to the UN') nor 'to date'
_DEED_AFTER_THE_POST = re.compile(r"\s+to\s+(?!(?:the|a|an|date)\b)(?-i:[a-z])[a-z]*\b", re.I)


def holders_narrowed(text: str, at: int, post: str) -> bool:
    """Whether the ordinal ending at `at` in `text` numbers only the holders of `post` who did a deed told after it,
    in its clause: 'the first mayor of Halden to be born in Tarsa' is no first mayor of Halden (review48 S4). The
    post's word must stand between the ordinal and the deed: 'the first woman to hold the office' ranks a kind of
    holder of the post, not holders of it."""
    stretch = re.match(r"[^,;:.()]*", text[at:])
    words = stretch.group(0) if stretch else ""
    deed = _DEED_AFTER_THE_POST.search(words)
    named = re.search(rf"\b{re.escape(post)}\b", words[: deed.start()], re.I) if deed is not None and post else None
    return named is not None


def numbered_and_narrowed(text: str, number: int, post: str) -> bool:
    """Whether `text` gives the ordinal `number` and every place it does narrows the post's holders by a deed
    (`holders_narrowed`)."""
    places = [m for m in _ANY_ORDINAL.finditer(text) if ordinal_value(m.group(1)) == number]
    return bool(places) and all(holders_narrowed(text, m.end(), post) for m in places)


def without_leading_ordinal(title: str) -> str:
    """A title without the ordinal it opens with ('seventh Secretary-General' -> 'Secretary-General'): the post, not
    one holder's place in its line, which the one succeeded did not have. A capitalised word is part of the title
    ('First Minister of Scotland', 'Second Lady')."""
    m = re.match(r"\s*(?:the\s+)?(?P<word>\S+)\s+(?=\S)", title)
    word = m["word"] if m else ""
    if m is None or word[:1].isupper() or ordinal_value(word) is None:
        return title
    return title[m.end() :]


def nth(n: int) -> str:
    """21 -> '21st', 32 -> '32nd', 13 -> '13th'."""
    last = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{last}"


def _term_numbers(doc: Document, term: Term) -> list[int]:
    """The numbers the infobox gives one spell of a post: its office row's own ordinals ('22nd and 24th Prime
    Minister of Norby') and its group's order row ('order2: 22nd')."""
    group = next((g for g in office_groups(doc.infobox) if g.get("term_start") is term.rows[0]), {})
    order = group.get("order")
    return ordinals_in(term.office.value) + (ordinals_in(order.value) if order is not None else [])


def spell_numbered_so(office: str, doc: Document, held: list[Term], starting: list[Term]) -> bool:
    """Whether a post the claim numbers ('the 24th prime minister from 2005 to 2009') has that number in a spell of
    the claimed start: a post held twice has a number for each spell (the 22nd from 2005, the 24th from 2014), so the
    number is tied to its own spell, not to the post. A spell numbered otherwise, or by two numbers ('22nd and 24th'),
    or left unnumbered where another spell is numbered, does not carry it. A page numbering no spell in its rows
    numbers the post in its lead ('the 13th Prime Minister of Norby'): one number there is the spell it tells of, two
    ('the 22nd and 24th') leave which spell open; a page numbering it nowhere leaves the number to the claim of the
    ordinal alone."""
    claimed = ordinals_in(office)
    if len(claimed) != 1:
        return True
    if not any(_term_numbers(doc, t) for t in held):
        given = _lead_numbers(doc, held[0].office.value) if held else []
        return not given or (given == claimed if len(given) == 1 else claimed[0] in given)
    return any(_term_numbers(doc, t) == claimed for t in starting)


_AN_ORDINAL = rf"(?:\d{{1,3}}(?:st|nd|rd|th)|{'|'.join(map(re.escape, ORDINALS))})"
# a few words the lead sets after 'Nth and' before the title ('the 13th and current', 'and first female', 'and
# longest-serving'): the holder's standing or rank among the holders, never another number of the post
_AND_WORDS = r"and\s+(?:[^\W\d_][\w'-]*\s+){1,4}"
_ORDINALS_ENDING = re.compile(rf"(?P<numbers>(?:{_AN_ORDINAL}(?:\s*,\s*|\s+and\s+|\s+))+)(?:{_AND_WORDS})?$", re.I)


# the kinds of holder a first is often told among ('the first female prime minister'), each a group of words for one
_HOLDER_KINDS: list[list[str]] = lexicons.load("judging")["role"]["first_of_a_kind"]
_A_HOLDER_KIND = re.compile(
    rf"(?<![\w-])({'|'.join(map(re.escape, sorted((w for ws in _HOLDER_KINDS for w in ws), key=len, reverse=True)))})"
    r"(?![\w-])",
    re.I,
)


def _holder_kinds(words: str) -> set[int]:
    """The kinds of holder the words name, as groups of `_HOLDER_KINDS` ('woman' and 'female' are one)."""
    found = {m.group(1).lower() for m in _A_HOLDER_KIND.finditer(words)}
    return {n for n, ws in enumerate(_HOLDER_KINDS) if found & set(ws)}


_LEADING_KINDS = re.compile(rf"^(?:\s*{_A_HOLDER_KIND.pattern})+", re.I)


def leading_kinds(words: str) -> set[int]:
    """The kinds of holder the words open with, one after another ('Black woman Prime Minister': Black and woman;
    'woman to hold the office': woman; 'Prime Minister of the African Union': none), as `_holder_kinds`."""
    m = _LEADING_KINDS.match(words)
    return _holder_kinds(m.group(0)) if m else set()


def kinds_of_a_first(words: str, after: str) -> set[int]:
    """The kinds of holder a page's first is told among: those its own words name ('first Black woman', 'first ever
    woman') and those right after them ('woman' after 'first Black')."""
    return _holder_kinds(words) | leading_kinds(after)


def first_of_other_kinds(given: str, claimed: str) -> bool:
    """Whether a page's rank and a claim's, each followed by its words (`given`, `claimed`: 'Black woman Prime
    Minister of Norby', 'Black prime minister'), rank among other kinds of holder: the first Black woman need be
    neither the first Black holder nor the first woman, and the first woman need not be the first Black woman
    (review37 R6)."""
    return leading_kinds(given) != leading_kinds(claimed)


def ranked_among_a_kind(given: str, claimed: str) -> bool:
    """Whether the page's words rank the holder among one kind of holder only ('the first female Prime Minister of
    Norby'), a kind the claim's words do not name ("Norby's first prime minister"): the first woman to hold a post
    is not its first holder, the youngest female prime minister not its youngest."""
    return not _holder_kinds(given) <= _holder_kinds(claimed)


def _lead_numbers(doc: Document, title: str) -> list[int]:
    """The numbers a page's lead writes right before a post's own title, as `lead_numbering` reads them."""
    return [n for numbers, _, _ in lead_numbering(doc, title) for n in numbers]


def lead_numbering(doc: Document, title: str) -> list[tuple[list[int], str, int]]:
    """The numbers a page's lead writes right before a post's own title ('has served as the 13th Prime Minister of
    Norby since 2023': 13; 'the 13th and current Prime Minister', 'the 13th and first female Prime Minister', a few
    words of the holder's standing or rank between), its first two sentences read: each with its sentence, the
    words to quote, and where in it the numbers begin."""
    found: list[tuple[list[int], str, int]] = []
    for sentence in split_sentences(doc.text)[:2]:
        for m in re.finditer(rf"(?<!\w){re.escape(title.strip())}(?!\w)", sentence.text, re.I):
            before = max(0, m.start() - 60)
            numbers = _ORDINALS_ENDING.search(sentence.text[before : m.start()])
            if numbers:
                found.append((ordinals_in(numbers["numbers"]), sentence.text, before + numbers.start()))
    return found
