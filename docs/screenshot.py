"""Make docs/report.png, the README's picture of the seed's HTML report (needs Debian's chromium).

python docs/screenshot.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    with tempfile.TemporaryDirectory() as out:
        subprocess.run(
            [
                sys.executable,
                "-m",
                "verify.cli",
                "check",
                "seeds/nato-defense-chiefs.txt",
                "--out",
                out,
                "--format",
                "html",
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=["--no-sandbox"])
            page = browser.new_page(viewport={"width": 1000, "height": 760})
            page.goto((Path(out) / "nato-defense-chiefs.html").as_uri())
            page.locator("article .claim").nth(2).hover()
            page.screenshot(path=str(ROOT / "docs" / "report.png"))
            browser.close()


if __name__ == "__main__":
    main()
