import pytest

from verify.article import load_article
from verify.errors import InputError


def write(tmp_path, data: bytes, name="a.txt"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_seed_article_has_title_and_as_of_from_its_sidecar(seed):
    assert seed.title == "NATO Defense Chiefs Reaffirm Support for Ukraine Amid Peace Talks"
    assert str(seed.as_of) == "2025-08-20"
    assert len(seed.sha256) == 64


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "the article is empty"),
        (b"  \n\t\n", "the article is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file"),
        ("Caf\u00e9 au lait\n\nText.".encode("latin-1"), "not UTF-8 text (byte 0xe9 at offset 3)"),
    ],
)
def test_bad_article_input_is_one_clear_error(tmp_path, data, message):
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_article(write(tmp_path, data))


def test_utf16_with_bom_and_utf8_bom_are_decoded(tmp_path):
    text = "Title\n\nGen. Dan Caine spoke."
    assert load_article(write(tmp_path, text.encode("utf-16"))).text == text
    assert load_article(write(tmp_path, b"\xef\xbb\xbf" + text.encode(), "b.txt")).text == text


def test_size_limit_is_enforced_with_the_option_named(tmp_path):
    with pytest.raises(InputError, match="over the 100-byte limit"):
        load_article(write(tmp_path, b"x" * 101), max_bytes=100)


def test_missing_path_and_folder_are_refused(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_article(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a folder"):
        load_article(tmp_path)


def test_malformed_sidecar_names_the_field(tmp_path):
    path = write(tmp_path, b"Title\n\nBody.")
    (tmp_path / "a.meta.json").write_text('{"as_of": "yesterday"}')
    with pytest.raises(InputError, match="field 'as_of'"):
        load_article(path)


def test_sidecar_date_written_as_a_number_asks_for_text(tmp_path):
    """A JSON number is not read as seconds since 1970 (1733356800 was taken silently as 2024-12-05,
    20241205 gave pydantic's 'Datetimes provided to dates should have zero time')."""
    path = write(tmp_path, b"Title\n\nBody.")
    for number in ("20241205", "1733356800"):
        (tmp_path / "a.meta.json").write_text("{\"published\": " + number + "}")
        with pytest.raises(InputError, match=r"field 'published': .*\"YYYY-MM-DD\"") as caught:
            load_article(path)
        assert "zero time" not in str(caught.value)


def test_sidecar_that_is_not_an_object_says_what_it_should_be(tmp_path):
    path = write(tmp_path, b"Title\n\nBody.")
    (tmp_path / "a.meta.json").write_text("[1, 2]")
    with pytest.raises(InputError, match=r"a\.meta\.json: .*JSON object") as caught:
        load_article(path)
    assert "ArticleMeta" not in str(caught.value)
