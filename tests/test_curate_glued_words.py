"""`fixtures/wiki/curate.py` gives glued link words their space back; a page may name its own
glued words, which then change that page's text only."""

import importlib.util

from tests.conftest import ROOT


def curate():
    spec = importlib.util.spec_from_file_location("curate", ROOT / "fixtures" / "wiki" / "curate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_pages_own_glued_words_get_their_space_back_and_no_other_words_do():
    text = "The new chair isAda Quill, who came from theRiver Board."
    first, last = "The new chair", "River Board."
    assert curate().cut(text, first, last, ["Ada", "River"]) == (
        "The new chair is Ada Quill, who came from the River Board."
    )
    assert curate().cut(text, first, last) == text
