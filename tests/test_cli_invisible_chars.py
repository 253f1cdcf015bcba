"""Text pasted from a CMS may carry invisible characters inside words (a soft hyphen left by a
hyphenation tool, a zero-width space). A name holding one is not found on the wiki, and the terminal
shows it looking whole, so every claim about that person stays unverified with no visible cause:
the run says so in one line, naming the character and where it is."""

from typer.testing import CliRunner

from verify.app import invisible_note
from verify.cli import app

runner = CliRunner()


def test_a_soft_hyphen_inside_a_name_is_named_with_its_line():
    text = "Bullock takes charge\n\nMichele Bul\u00adlock became governor in September.\n"
    note = invisible_note(text)
    assert note is not None
    assert "U+00AD" in note and "line 3" in note and "Bul\\u00adlock" in note


def test_every_invisible_character_inside_a_word_is_counted():
    text = "Title\n\nJim Chal\u200bmers and Michele Bul\u2060lock met.\n\nPhilip Lo\u00adwe left.\n"
    note = invisible_note(text)
    assert note is not None and note.startswith("3 invisible characters inside words")


def test_joiners_that_shape_a_script_and_marks_between_words_are_not_flagged():
    # U+200C/U+200D are part of correct spelling in Persian and Indic scripts; a mark between words hides no name
    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"
    assert invisible_note(f"Title\n\n{persian} said so. Plain \u200b text.\n") is None
    assert invisible_note("Title\n\nMichele Bullock became governor.\n") is None


def test_the_check_command_warns_once_on_stderr(tmp_path):
    article = tmp_path / "bullock.txt"
    article.write_text("Bullock takes charge\n\nMichele Bul\u00adlock became governor of the Reserve Bank.\n")
    result = runner.invoke(app, ["check", str(article), "--offline", "--out", str(tmp_path / "r")])
    said = [line for line in result.stderr.splitlines() if "invisible character" in line]
    assert len(said) == 1 and str(article) in said[0] and "U+00AD" in said[0], result.stderr
