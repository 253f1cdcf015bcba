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


def test_a_timeline_line_is_about_its_main_clause_not_the_clause_after_after():
    body = (
        "Ana Ruiz is the prime minister of Valdoria.\n\nTimeline\n\n"
        "June 12 - Days after the Farmers Union wins the regional vote, Ruiz resigns."
    )
    assert date_subjects(body, "June 12") == ["Ana Ruiz"]


def test_a_timeline_line_is_about_its_main_clause_where_the_parse_reads_after_as_a_preposition():
    body = (
        "Ana Ruiz leads Valdoria.\n\nTimeline\n\n"
        "June 4 - Hours after the far-left Workers Bloc (WB) beats her coalition in the city elections, "
        "Ruiz dissolves the upper house and calls an early ballot."
    )
    assert date_subjects(body, "June 4") == ["Ana Ruiz"]
