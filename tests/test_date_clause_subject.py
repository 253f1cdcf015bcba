"""A date's subject is the subject of the clause it dates, as the shared reference reader resolves it,
not the name written nearest to the date (verify/kinds/date/extract.py, verify/kinds/date/parsed.py)."""

from verify.app import article_from_text
from verify.extract import extract_claims


def date_subjects(body: str, words: str) -> list[str]:
    article = article_from_text(f"Story\n\nRODNA, 4 May 2025 — The agency reported the news.\n\n{body}\n")
    return [c.subject for c in extract_claims(article) if c.kind == "date" and words in c.text]


def test_a_date_first_sentence_is_about_its_pronoun_subject_not_the_object_named():
    body = "Ravi Menon plays chess. In September 2023 he overtook Arjun Rao as the country's highest-rated player."
    assert date_subjects(body, "September") == ["Ravi Menon"]


def test_a_dated_participle_after_by_is_about_the_clause_s_subject_not_its_object():
    body = "Lena Berg is a tennis player. She reached the final by beating Maria Costa in March 2024."
    assert date_subjects(body, "March") == ["Lena Berg"]
