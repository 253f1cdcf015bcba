"""The words around a claim (verify/kinds/base.py): one rule for where a claim's words stand in its sentence."""

from verify.kinds.base import after_claim, before_claim, claim_start
from verify.models import Claim


def _claim(text: str, sentence: str) -> Claim:
    return Claim(id="c", kind="date", text=text, sentence=sentence, span=(0, len(text)), subject="s", relation="r")


def test_the_first_occurrence_and_the_words_on_either_side() -> None:
    claim = _claim("in 2020", "He won in 2020 and lost in 2020.")
    assert claim_start(claim) == 7
    assert before_claim(claim) == "He won "
    assert after_claim(claim) == " and lost in 2020."


def test_words_the_sentence_does_not_hold_are_not_found() -> None:
    claim = _claim("In 2020", "He won in 2020.")  # no case folding
    assert claim_start(claim) == -1
    assert before_claim(claim) == ""
    assert after_claim(claim) is None


def test_words_that_open_or_close_the_sentence() -> None:
    claim = _claim("He won", "He won")
    assert before_claim(claim) == ""
    assert after_claim(claim) == ""  # found, nothing after: not None


def test_an_empty_text_is_not_found_unless_asked() -> None:
    claim = _claim("", "He won.")
    assert claim_start(claim) == -1
    assert after_claim(claim) is None
    assert claim_start(claim, empty_at_start=True) == 0
