"""A quotation of several sentences is one quote claim, its speaker named after its last sentence:
wire copy writes '"We have never had a storm like it. The damage is unimaginable," said X.' as often as
it quotes one sentence."""

import pytest

from verify.article import load_article
from verify.extract import extract_claims


def _quotes(tmp_path, body: str) -> list[tuple[str, str | None]]:
    path = tmp_path / "story.txt"
    path.write_text("Story\n\n" + body + "\n", encoding="utf-8")
    return [(c.subject, c.value) for c in extract_claims(load_article(path)) if c.kind == "quote"]


@pytest.mark.parametrize(
    ("body", "speaker", "said"),
    [
        (
            '"We have never had a storm like this. The damage in the west is unimaginable," said Dana Reid,'
            " the education minister.",
            "Dana Reid",
            "We have never had a storm like this. The damage in the west is unimaginable",
        ),
        (
            "\u201cThe talks failed. We will try again next week,\u201d Lena Vos told reporters.",
            "Lena Vos",
            "The talks failed. We will try again next week",
        ),
        (
            '"Three ministers resigned. Two more may follow. The government will survive," Ivo Stam,'
            " the party's chief whip, said on Monday.",
            "Ivo Stam",
            "Three ministers resigned. Two more may follow. The government will survive",
        ),
    ],
    ids=["said-after", "curly-marks-told", "three-sentences-apposed"],
)
def test_a_quotation_over_several_sentences_is_one_quote_of_its_speaker(tmp_path, body, speaker, said):
    assert (speaker, said) in _quotes(tmp_path, body)


def test_a_one_sentence_quotation_after_it_is_read_as_before(tmp_path):
    """The sentence the quotation closes in still gives its own quotes: the two readers do not double up."""
    body = 'Lena Vos spoke first. "The talks failed. We try again," she said. "It is hard," Ivo Stam said.'
    assert _quotes(tmp_path, body) == [
        ("Lena Vos", "The talks failed. We try again"),
        ("Ivo Stam", "It is hard"),
    ]
