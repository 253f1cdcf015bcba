"""Official pages (nato.int, defense.gov, ...): fetched once, main text kept, page chrome dropped.

Links inside a fetched page are never followed: only URLs an operator or reviewer named are read.
"""

from __future__ import annotations

import re
import time

import httpx

from verify.htmltext import ParseTooSlow, read_page
from verify.models import Document
from verify.safety import AddressGuard
from verify.sources.http import HttpClient, SourceError, response_time

CHROME_TAGS = ("script", "style", "noscript", "nav", "footer", "header", "aside", "form", "iframe", "svg", "button")
BLOCK_TAGS = {"h1", "h2", "h3", "p", "li"}
CHROME_HINTS = re.compile(r"cookie|consent|banner|navbar|menu|breadcrumb|footer|skip-link|share|social", re.I)


def main_text(html: str, max_seconds: float = 10.0) -> tuple[str, str, str | None]:
    """(title, main text, canonical URL) of an HTML page, without navigation, scripts or banners.

    One linear pass over the page (see verify.htmltext), so deep nesting costs nothing extra."""
    page = read_page(html, BLOCK_TAGS, set(CHROME_TAGS), CHROME_HINTS, max_seconds)
    text = "\n".join(page.text_blocks(("main", "article")))
    canonical = page.canonical.strip() if page.canonical else None
    return page.title, text, canonical or None


class OfficialSource:
    """Pages an operator or reviewer named. Redirects are followed by hand, at most five, each hop
    checked again: no host that is, or resolves to, a private, loopback, link-local, multicast or
    reserved address, unless the operator named that exact address (`--allow-private`)."""

    max_redirects = 5

    def __init__(self, http: HttpClient) -> None:
        self.http = http

    @property
    def guard(self) -> AddressGuard:
        if self.http.guard is None:
            self.http.guard = AddressGuard()
        return self.http.guard

    async def _follow(self, url: str) -> httpx.Response:
        current = url
        for _ in range(self.max_redirects + 1):
            self.guard.check_url_host(httpx.URL(current).host)
            response = await self.http.get_page(current, follow=False)
            if not response.is_redirect:
                return response
            try:
                target = httpx.URL(current).join(response.headers.get("location", ""))
            except httpx.InvalidURL as exc:
                raise SourceError(f"{url} redirects to an address that is not a URL ({exc})") from None
            if target.scheme not in {"http", "https"}:
                raise SourceError(f"{url} redirects to a non-web address ({target.scheme}:)")
            try:
                self.guard.check_url_host(target.host)
            except SourceError as exc:
                raise SourceError(f"{url} redirects to a private address: {exc.reason}") from None
            current = str(target)
        raise SourceError(f"{url}: more than {self.max_redirects} redirects")

    async def fetch(self, url: str) -> Document:
        if not re.match(r"https?://", url):
            raise SourceError(f"not an http(s) URL: {url!r}")
        try:
            httpx.URL(url)
        except httpx.InvalidURL as exc:
            raise SourceError(f"not a valid URL: {url!r} ({exc})") from None
        response = await self._follow(url)
        kind = response.headers.get("content-type", "")
        if "html" not in kind and "text" not in kind:
            raise SourceError(f"{url} is {kind or 'of unknown type'}, not a web page")
        try:
            title, text, canonical = main_text(response.text, max_seconds=self._time_left())
        except ParseTooSlow:
            raise SourceError(f"{url} could not be read within the time limit") from None
        if not text.strip():
            raise SourceError(f"{url} has no readable text")
        modified = response.headers.get("last-modified")
        reason = "named as a source by the operator or the claim file"
        if canonical and canonical != str(response.url):
            reason += f"; the page calls {canonical[:300]} its canonical address"
        return Document(
            url=str(response.url),  # what was fetched; a page's own claim about its address is only a claim
            title=title or url,
            source="official",
            revision_id=f"last-modified {modified}" if modified else None,
            retrieved_at=response_time(response),
            text=text,
            link_reason=reason,
        )

    def _time_left(self) -> float:
        """Reading a page counts against the request timeout and the run's deadline, like fetching it."""
        left = self.http.timeout
        if self.http.deadline is not None:
            left = min(left, self.http.deadline - time.monotonic())
        return max(0.5, left)
