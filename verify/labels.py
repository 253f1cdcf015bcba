"""Infobox parameter names as a desk editor reads them: `office1` is "Office", `serviceyears` is
"Years of service". One table, used wherever an infobox row is quoted (snippets and rationales)."""

from __future__ import annotations

import re

READABLE = {
    "alma_mater": "Education",
    "allegiance": "Allegiance",
    "birth_date": "Born",
    "birth_name": "Birth name",
    "birth_place": "Place of birth",
    "branch": "Service branch",
    "commands": "Commands held",
    "death_date": "Died",
    "deputy": "Deputy",
    "formation": "Formed",
    "garrison": "Headquarters",
    "incumbent": "Incumbent",
    "incumbentsince": "Incumbent since",
    "insigniacaption": "Insignia",
    "keypoints": "Key points",
    "native_name_lang": "Native name language",
    "office": "Office",
    "post": "Post",
    "predecessor": "Predecessor",
    "primeminister": "Prime minister",
    "rank": "Rank",
    "reports_to": "Reports to",
    "serviceyears": "Years of service",
    "service_years": "Years of service",
    "successor": "Successor",
    "term_end": "Term ended",
    "term_start": "Term began",
    "termlength": "Term length",
    "unit_name": "Name",
}

_NUMBERED = re.compile(r"^(?P<base>.*?)_?(?P<n>\d+)$")
_IMAGE_SIZE = re.compile(r"(?<![\w-])\d+(?:x\d+)?px\b\s*")


def readable_label(name: str) -> str:
    """'office1' -> 'Office', 'term_start2' -> 'Term began', 'minister1_pfo' -> 'Minister pfo':
    the row's number only orders an infobox, and underscores are wikitext, not words."""
    key = name.strip().lower()
    numbered = _NUMBERED.match(key)
    base = numbered.group("base") if numbered and numbered.group("base") else key
    if base in READABLE:
        return READABLE[base]
    words = re.sub(r"\d+", " ", base.replace("_", " ")).split()
    return " ".join(words).capitalize() if words else name


def readable_value(value: str) -> str:
    """An infobox value without the image sizes ('30px') left over from a flag or an insignia."""
    return " ".join(_IMAGE_SIZE.sub("", value).split()) or value
