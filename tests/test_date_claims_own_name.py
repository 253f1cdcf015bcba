"""A dated thing with a name of its own is about that thing, not its possessor
(verify/kinds/date/parsed.py, `_Reader.name`)."""

from verify.app import article_from_text
from verify.extract import extract_claims


def date_subjects(body: str) -> list[str]:
    article = article_from_text(f"Story\n\nRODNA, 4 May 2025 — The agency reported the news.\n\n{body}\n")
    return [c.subject for c in extract_claims(article) if c.kind == "date" and "January" in c.text]


def test_a_possessed_thing_with_its_own_name_is_the_date_s_subject():
    subjects = date_subjects("Norvik Aerospace's Falcon lander, launched in January, was lost to a fuel leak.")
    assert subjects and all("Falcon" in s for s in subjects), subjects
