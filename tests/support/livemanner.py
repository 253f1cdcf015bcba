"""Live-manner markup: the stored values of a page, written as the live site writes section 0.

The page store (`fixtures/wiki/pages/*.json`) keeps the visible text cut from the stored copies.
Stored copies are renderings, so they carry no markup; this layer wraps each value in the markup
the live site uses for that kind of row, deterministically, so that reading the served wikitext
back (`verify.wikitext`) gives exactly the stored value again (`tests/test_fixture_provenance.py`
checks that for every row and paragraph of every page). The kinds of markup and the rows they go
on are declared in `fixtures/README.md`. Link targets are the shown text itself, except the rank
and service links below, which are the targets en.wikipedia uses for those abbreviations.
"""

from __future__ import annotations

import re
from typing import Protocol
from urllib.parse import urlsplit

from verify import wikitext

MONTHS = wikitext.MONTHS
_MONTH = "|".join(MONTHS)
DMY = re.compile(rf"\b(\d{{1,2}}) ({_MONTH}) (\d{{4}})\b")
MDY = re.compile(rf"\b({_MONTH}) (\d{{1,2}}), (\d{{4}})\b")

# Rank words as written before a name -> the article a live infobox links them to.
RANK_LINKS = {
    "General of the Army": "General of the Army (United States)",
    "Lieutenant General": "Lieutenant general (United States)",
    "General": "General (United States)",
    "Gen": "General (United States)",
    "LtGen": "Lieutenant general (United States)",
    "Admiral": "Admiral",
}
SERVICE_LINKS = {
    "USAF": "United States Air Force",
    "USMC": "United States Marine Corps",
    "USA": "United States Army",
    "USN": "United States Navy",
}

# Which rows get which markup (labels without their number).
DATE_TEMPLATE = {"birth_date": "birth date and age", "death_date": "death date and age", "term_end": "end date"}
DATE_ROWS = {"term_start", "term_end", "incumbentsince", "formation", "date", "birth_date"}
PERSON_ROWS = {
    "incumbent",
    "commander",
    "predecessor",
    "successor",
    "minister_name",
    "deputyminister_name",
    "chief_name",
    "first",
    "primeminister",
    "alongside",
}
LIST_ROWS = {
    "commands": "plainlist",
    "battles": "plainlist",
    "party": "plainlist",
    "awards": "ubl",
    "alma_mater": "ubl",
    "keypoints": "hlist",
    "participants": "br",
}
PLACE_ROWS = {"garrison", "birth_place", "seat", "headquarters", "cities", "venues"}
CITED_ROWS = {"term_start", "incumbentsince", "incumbent", "commander"}


class Page(Protocol):
    title: str
    lead: list[str]
    template: str | None
    fields: list[tuple[str, str]]
    stored_copy_url: str


def base_label(label: str) -> str:
    """`term_start2` -> `term_start`, `minister1_name` -> `minister_name`."""
    return re.sub(r"_?\d+", "", label)


def date_markup(value: str, label: str) -> str:
    """Every whole date in the value as the date template a live infobox uses for that row."""
    name = DATE_TEMPLATE.get(base_label(label), "start date")
    if label == "birth_date" and re.fullmatch(r"\d{4}", value):
        return f"{{{{birth year and age|{value}}}}}"
    value = DMY.sub(lambda m: f"{{{{{name}|df=yes|{m[3]}|{MONTHS.index(m[2]) + 1}|{m[1]}}}}}", value)
    return MDY.sub(lambda m: f"{{{{{name}|{m[3]}|{MONTHS.index(m[1]) + 1}|{m[2]}}}}}", value)


def linked_item(item: str) -> str:
    """`Bronze Star Medal (2)` -> `[[Bronze Star Medal]]{{nbsp}}(2)`; `USA Donald Trump` keeps its
    flag code (the stored copy's rendering of a flag icon) outside the link; `(acting)` is set small."""
    m = re.fullmatch(r"(?P<code>(?:[A-Z]{3} )?)(?P<head>[^()\[\]{}|]+?)(?P<tail> \([^()]*\))?", item)
    if not m:
        return item
    tail = m["tail"] or ""
    if tail == " (acting)":
        tail = " {{small|(acting)}}"
    elif re.fullmatch(r" \(\d+\)", tail):  # an award's count: "Legion of Merit{{nbsp}}(3)"
        tail = "{{nbsp}}" + tail[1:]
    return f"{m['code']}[[{m['head']}]]{tail}"


def person_markup(value: str) -> str:
    """`Gen Alexus G. Grynkewich, USAF` -> rank link, {{nbsp}}, name link, service link; several
    people (`A (acting), B`) on separate lines with `<br />`, as live infoboxes list them."""
    service = re.search(r", (?P<code>[A-Z]{3,4})$", value)
    if service and service["code"] in SERVICE_LINKS:
        name, suffix = value[: service.start()], f", [[{SERVICE_LINKS[service['code']]}|{service['code']}]]"
        return _ranked(name) + suffix
    if " and " in value and "," not in value:
        return " and ".join(linked_item(p) for p in value.split(" and "))
    return "<br />".join(_ranked(p) for p in value.split(", "))


def _ranked(name: str) -> str:
    for rank in sorted(RANK_LINKS, key=len, reverse=True):
        if name.startswith(rank + " "):
            return f"[[{RANK_LINKS[rank]}|{rank}]]{{{{nbsp}}}}{_ranked(name[len(rank) + 1 :])}"
    head = re.sub(r" \([^()]*\)$", "", name)
    is_name = all(w[:1].isupper() for w in head.split())  # "Party established" is not someone
    return linked_item(name) if is_name else name


def _not_an_item(text: str) -> bool:
    return not text.strip() or text.lstrip().startswith("*") or text.count("(") != text.count(")")


def list_markup(value: str, style: str) -> str | None:
    """A comma-separated stored list as a live list; None where the stored text is not a plain list."""
    items = value.split(", ")
    if len(items) < 2 or any(_not_an_item(i) for i in items):
        return None
    linked = [linked_item(i) for i in items]
    if style == "br":
        return "<br />".join(linked)
    if style == "plainlist":
        return "{{plainlist|\n" + "".join(f"* {i}\n" for i in linked) + "}}"
    return f"{{{{{style}|" + "|".join(linked) + "}}"


def row_markup(label: str, value: str, page: Page) -> str:
    """One infobox row's value in live-manner markup; the reader text of the result is `value`."""
    base = base_label(label)
    if label == "native_name_a":
        return f"{{{{lang|ru|{value}}}}}"
    if label == "native_name_r":
        return f"{{{{transliteration|ru|{value}}}}}"
    if base in {"abbreviation", "nickname"}:
        return f"{{{{abbr|{value}|{page.title}}}}}"
    if base == "office":
        ordinal = re.match(r"\d+(?:st|nd|rd|th) ", value)
        return f"{ordinal[0]}[[{value[ordinal.end() :]}]]" if ordinal else f"[[{value}]]"
    if base in {"serviceyears", "service_years"}:
        return f"{{{{nowrap|{value}}}}}"
    if base == "allegiance" and value == "United States":
        return "{{flag|United States}}"
    if base == "branch":
        return f"{{{{flagicon|USA}}}} [[{value}]]"
    if base == "rank" and value in RANK_LINKS:
        return f"[[{RANK_LINKS[value]}|{value}]]"
    if base in DATE_ROWS:
        return date_markup(value, label)
    if base in PERSON_ROWS:
        return person_markup(value)
    if base in LIST_ROWS:
        return list_markup(value, LIST_ROWS[base]) or value
    if base in PLACE_ROWS:
        return ", ".join(f"[[{part}]]" for part in value.split(", "))
    if base == "termlength":
        return f"{value}<!-- as the stored copy gives it -->"
    return value


def _citation(page: Page, first: bool) -> str:
    if not first:
        return '<ref name="stored-copy" />'
    host = urlsplit(page.stored_copy_url).hostname or "stored copy"
    return (
        f'<ref name="stored-copy">{{{{cite web |url={page.stored_copy_url} |title={page.title} '
        f"|website={host} |access-date=2025-06-02}}}}</ref>"
    )


def section0(page: Page) -> str:
    """The lead section as the live site writes it: short description, date-format banner, the
    infobox with its rows in live markup and citations, then the lead paragraphs (title in bold,
    the first paragraph cited)."""
    values = " ".join([*page.lead, *(v for _, v in page.fields)])
    date_style = "mdy" if MDY.search(values) and not DMY.search(values) else "dmy"
    kind = dict(page.fields).get("type")
    parts = [f"{{{{Short description|{kind or 'none'}}}}}", f"{{{{Use {date_style} dates|date=June 2025}}}}"]
    cited = False
    if page.template:
        rows = []
        for label, value in page.fields:
            markup = row_markup(label, value, page)
            if base_label(label) in CITED_ROWS:
                markup += _citation(page, not cited)
                cited = True
            rows.append(f"| {label} = {markup}\n")
        parts.append(f"{{{{{page.template}\n<!-- Rows as in Template:{page.template} -->\n{''.join(rows)}}}}}")
    for i, paragraph in enumerate(page.lead):
        at = paragraph.find(page.title)
        if 0 <= at <= len("The "):
            paragraph = f"{paragraph[:at]}'''{page.title}'''{paragraph[at + len(page.title) :]}"
        parts.append(paragraph + (_citation(page, not cited) if i == 0 else ""))
        cited = True
    return "\n".join(parts)
