from verify.text import split_sentences


def test_abbreviations_and_initials_do_not_end_sentences():
    text = "U.S. Gen. Dan Caine met Alexus G. Grynkewich at No. 10 today. He left at 3.5 p.m. sharp."
    sentences = [s.text for s in split_sentences(text)]
    assert sentences == ["U.S. Gen. Dan Caine met Alexus G. Grynkewich at No. 10 today.", "He left at 3.5 p.m. sharp."]


def test_spans_index_the_original_text_across_paragraphs_and_crlf():
    text = "Title line\r\n\r\nFirst sentence. Second one!\r\nThird “quoted.” Fourth."
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text
    assert [s.text for s in split_sentences(text)] == [
        "Title line",
        "First sentence.",
        "Second one!",
        "Third “quoted.”",
        "Fourth.",
    ]


def test_lowercase_after_full_stop_continues_the_sentence():
    assert len(split_sentences("The war began in Feb. and lasted. Then peace came.")) == 2
