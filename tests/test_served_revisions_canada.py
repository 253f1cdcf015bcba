"""The Canadian subject's stored copies as the test wiki serves them: older copies are the earlier
revisions a claim dated in March 2025 is read against, and a proxy's glued link words get their
space back on its own page only (`fixtures/wiki/curate.py`)."""

import importlib.util

from tests.conftest import PAGES, ROOT
from tests.support.fakewiki import FakeWiki

AT_DATE = {
    "action": "query",
    "format": "json",
    "formatversion": "2",
    "prop": "revisions",
    "rvprop": "ids|timestamp|content",
    "rvslots": "main",
    "rvdir": "older",
    "rvlimit": "1",
}


def revision_at(title: str, day: str) -> dict:
    (page,) = FakeWiki.from_directory(PAGES).api(AT_DATE | {"titles": title, "rvstart": f"{day}T23:59:59Z"})["query"][
        "pages"
    ]
    (revision,) = page["revisions"]
    return revision


def test_the_day_after_the_leadership_vote_reads_the_english_revision_with_the_points():
    revision = revision_at("2025 Liberal Party of Canada leadership election", "2025-03-10")
    assert revision["timestamp"].startswith("2025-03-09")
    assert "29,456.91 (85.9%)" in revision["slots"]["main"]["content"]


def test_before_the_september_2025_copy_trudeaus_page_is_the_lead_only_revision():
    revision = revision_at("Justin Trudeau", "2025-03-17")
    content = revision["slots"]["main"]["content"]
    assert revision["timestamp"].startswith("2021-01-20")
    assert "has served as the 23rd prime minister of Canada since 2015" in content
    assert "{{Infobox" not in content


def curate():
    spec = importlib.util.spec_from_file_location("curate", ROOT / "fixtures" / "wiki" / "curate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_pages_own_glued_words_get_their_space_back():
    text = "The new chair isAda Quill, who came from theRiver Board."
    first, last = "The new chair", "River Board."
    assert (
        curate().cut(text, first, last, ["Ada", "River"])
        == "The new chair is Ada Quill, who came from the River Board."
    )
    assert curate().cut(text, first, last) == text
