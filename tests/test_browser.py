"""The HTML report in a real browser: Debian's Chromium, driven by Playwright (no browser download).

Skipped where no Chromium is installed, except in CI, where `.ci/run` installs it and a skip
would hide a broken report."""

import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT, empty_cassette_folder
from tests.support.fakewiki import FakeWiki, serve

CHROMIUM = os.environ.get("VERIFY_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]

if not CHROMIUM:
    if os.environ.get("CI"):
        raise RuntimeError("CI needs Chromium for the browser tests: .ci/run installs Debian's chromium package")
    pytest.skip("no Chromium here (apt-get install chromium to run the browser tests)", allow_module_level=True)

from playwright.sync_api import expect, sync_playwright  # noqa: E402


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        # generous limits: a loaded 2-core machine can take longer than Playwright's 30 s default to start Chromium
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, timeout=120_000)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    page = browser.new_page(viewport={"width": 1100, "height": 900})
    page.set_default_timeout(60_000)
    page.dialogs = []
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    yield page
    page.close()


def html_report(tmp_path, article, *args) -> str:
    """Run `verify check` as its own process (Playwright's sync API holds this thread's event loop)."""
    result = subprocess.run(
        [sys.executable, "-m", "verify.cli", "check", str(article), "--out", str(tmp_path), "--format", "html", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode in (0, 1), result.stderr
    return (tmp_path / f"{article.stem}.html").as_uri()


def test_seed_report_highlights_every_claim_and_opens_its_evidence_panel(tmp_path, page):
    page.goto(html_report(tmp_path, ROOT / "seeds" / "nato-defense-chiefs.txt"))
    claims = page.locator("article .claim")
    assert claims.count() == 11
    assert page.locator(".bar").inner_text().count("supported") == 1
    first = page.locator("article .claim[data-verdict=supported]").first
    panel = first.locator(".panel")
    assert not panel.is_visible()
    first.hover()
    expect(panel).to_be_visible()  # waits: on a loaded machine the hover style can land a frame later
    assert "supported" in panel.inner_text() and "confidence" in panel.inner_text()
    page.screenshot(path=str(tmp_path / "seed-report.png"), full_page=True)
    # Follow the panel's link from the keyboard: a mouse click must first scroll the link into view, which
    # moves the page under a still pointer and closes the hover panel on a slow machine (the old flake).
    first.focus()
    first.locator(".panel a", has_text="all evidence").focus()
    page.keyboard.press("Enter")
    target = page.locator("section:target")
    expect(target).to_have_count(1)
    assert target.locator(".evidence a").count() >= 1


def test_keyboard_focus_opens_the_panel_too(tmp_path, page):
    page.goto(html_report(tmp_path, ROOT / "seeds" / "nato-defense-chiefs.txt"))
    links_before = page.locator(".attention a").count()  # the "needs attention" links come first
    for _ in range(links_before + 1):
        page.keyboard.press("Tab")
    focused = page.locator(".claim:focus")
    expect(focused).to_have_count(1)
    expect(focused.locator(".panel")).to_be_visible()


def test_an_article_with_hostile_html_runs_no_script(tmp_path, page):
    article = tmp_path / "hostile.txt"
    article.write_text(
        "Hostile <script>window.__pwned = 'title'</script>\n\n"
        "Russian President Vladimir Putin said <script>window.__pwned = 1; alert(1)</script> it.\n"
        "NATO said \"><img src=x onerror=\"window.__pwned=2;alert(2)\"> and ' onmouseover='alert(3)' too.\n",
        encoding="utf-8",
    )
    with serve(FakeWiki.from_directory(ROOT / "fixtures" / "wiki" / "pages")) as url:
        page.goto(html_report(tmp_path, article, "--wiki", url, "--cassettes", str(empty_cassette_folder(tmp_path))))
    page.locator("article .claim").first.hover()
    page.wait_for_timeout(200)
    assert page.evaluate("window.__pwned") is None
    assert page.dialogs == []
    assert page.locator("script").count() == 0 and page.locator("[onerror], [onmouseover], img").count() == 0
    assert "<script>window.__pwned = 1; alert(1)</script>" in page.locator("article").inner_text()


def test_the_batch_index_fits_a_400_px_screen_without_sideways_scrolling(tmp_path, browser):
    folder = tmp_path / "a-rather-long-folder-name-for-the-newsroom-desk" / "articles-for-tuesday-morning"
    folder.mkdir(parents=True)
    for n, title in enumerate(["Defence chiefs meet", "Defence chiefs meet", "An unusually long headline " * 6]):
        (folder / f"defence-chiefs-meeting-report-with-a-long-file-name-{n}.txt").write_text(
            f"{title}\n\nNATO defense chiefs met; all 31 allied military leaders joined.\n", encoding="utf-8"
        )
    out, cassettes = ["--out", str(tmp_path / "out")], ["--cassettes", str(empty_cassette_folder(tmp_path))]
    with serve(FakeWiki.from_directory(ROOT / "fixtures" / "wiki" / "pages")) as url:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "verify",
                "check",
                str(folder),
                *out,
                "--format=html",
                "--wiki",
                url,
                *cassettes,
                "--fail-on=never",
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert result.returncode == 0, result.stderr
    page = browser.new_page(viewport={"width": 400, "height": 800})
    try:
        page.goto((tmp_path / "out" / "index.html").as_uri())
        assert page.evaluate("document.documentElement.scrollWidth") <= 400
        rows = page.locator("tbody tr")
        assert rows.count() == 3
        for i in range(3):
            box = rows.nth(i).bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= 400
            assert "long-file-name" in rows.nth(i).locator(".path").inner_text()
        assert "1 contradicted" in rows.first.inner_text()  # counts keep their words on a phone
    finally:
        page.close()
