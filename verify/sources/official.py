"""Official pages (nato.int, defense.gov, ...): fetched once, main text kept, page chrome dropped.

Links inside a fetched page are never followed: only URLs an operator or reviewer named are read.
"""

from __future__ import annotations

import ipaddress
import re

import httpx
from bs4 import BeautifulSoup

from verify.models import Document
from verify.sources.http import HttpClient, SourceError, response_time

CHROME_TAGS = ("script", "style", "noscript", "nav", "footer", "header", "aside", "form", "iframe", "svg", "button")
CHROME_HINTS = re.compile(r"cookie|consent|banner|navbar|menu|breadcrumb|footer|skip-link|share|social", re.I)


def main_text(html: str) -> tuple[str, str, str | None]:
    """(title, main text, canonical URL) of an HTML page, without navigation, scripts or banners."""
    soup = BeautifulSoup(html, "html.parser")
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    canonical_tag = soup.find("link", rel="canonical")
    canonical = canonical_tag.get("href") if canonical_tag else None
    for tag in soup(CHROME_TAGS):
        tag.decompose()
    for tag in soup.find_all(True):
        if tag.decomposed or tag.attrs is None:
            continue
        marker = " ".join([*tag.get("class", []), tag.get("id") or "", tag.get("role") or ""])
        if marker.strip() and CHROME_HINTS.search(marker):
            tag.decompose()
    root = soup.find("main") or soup.find("article") or soup.body or soup
    blocks = [" ".join(el.get_text(" ", strip=True).split()) for el in root.find_all(["h1", "h2", "h3", "p", "li"])]
    text = "\n".join(b for b in blocks if b) or " ".join(root.get_text(" ", strip=True).split())
    return title, text, canonical if isinstance(canonical, str) else None


def is_private_host(host: str) -> bool:
    """Loopback, private, link-local or reserved addresses, and localhost names.

    Host names are not resolved here: a public name that resolves to a private address is not caught."""
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith((".localhost", ".local", ".internal")):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_private or address.is_loopback or address.is_link_local or address.is_reserved


class OfficialSource:
    """Pages an operator or reviewer named. Redirects are followed by hand, at most five, and never
    to a private or loopback address the operator did not name (no reaching into the local network)."""

    max_redirects = 5

    def __init__(self, http: HttpClient) -> None:
        self.http = http

    async def _follow(self, url: str) -> httpx.Response:
        current = url
        for _ in range(self.max_redirects + 1):
            response = await self.http.get_page(current, follow=False)
            if not response.is_redirect:
                return response
            target = httpx.URL(current).join(response.headers.get("location", ""))
            if target.scheme not in {"http", "https"}:
                raise SourceError(f"{url} redirects to a non-web address ({target.scheme}:)")
            if is_private_host(target.host) and not is_private_host(httpx.URL(url).host):
                raise SourceError(f"{url} redirects to a private address ({target.host}); refused")
            current = str(target)
        raise SourceError(f"{url}: more than {self.max_redirects} redirects")

    async def fetch(self, url: str) -> Document:
        if not re.match(r"https?://", url):
            raise SourceError(f"not an http(s) URL: {url!r}")
        response = await self._follow(url)
        kind = response.headers.get("content-type", "")
        if "html" not in kind and "text" not in kind:
            raise SourceError(f"{url} is {kind or 'of unknown type'}, not a web page")
        title, text, canonical = main_text(response.text)
        if not text.strip():
            raise SourceError(f"{url} has no readable text")
        modified = response.headers.get("last-modified")
        return Document(
            url=canonical or str(response.url),
            title=title or url,
            source="official",
            revision_id=f"last-modified {modified}" if modified else None,
            retrieved_at=response_time(response),
            text=text,
            link_reason="named as a source by the operator or the claim file",
        )
