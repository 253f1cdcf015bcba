"""The one HTTP client every source goes through: polite, bounded, retried, cached per run.

Wikimedia's etiquette asks for a descriptive User-Agent, one request at a time, `maxlag` on
batch jobs and backing off when told to (429/503 with Retry-After, or a maxlag error that comes
with HTTP 200). Every failure ends as a `SourceError` with a reason a report can print.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import email.utils
import functools
import inspect
import json
import ssl
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlsplit

import httpx
import tenacity

from verify import __version__
from verify.inputs import LONG_NUMBER, json_depth
from verify.models import Reason

if TYPE_CHECKING:
    from verify.safety import AddressGuard

DEFAULT_CONTACT = "https://github.com/verify-factcheck/verify"
RETRY_STATUSES = {429, 502, 503, 504}
# API errors that mean "not now" although they come with HTTP 200 (Manual:Maxlag_parameter, T33156)
BUSY_ERRORS = {"maxlag", "ratelimited"}
MAX_INFO_CHARS = 300  # of an API error's `info` said on a claim
BUSY_PAUSE = 5.0  # Manual:Maxlag_parameter: after a lag error "pause your script for at least 5 seconds"
# the most retries a run may ask for: each waits up to `max_wait` (30 s), so ten are about 3 minutes a request
MAX_RETRIES = 10
MAX_JSON_DEPTH = 64  # a MediaWiki answer is about 6 deep; a hostile one can be 100,000


def wikipedia_host(host: str | None) -> bool:
    """Whether `host` is one of Wikipedia's own (not a mirror): asked one request at a time."""
    host = (host or "").lower().rstrip(".")
    return host == "wikipedia.org" or host.endswith(".wikipedia.org")


def user_agent(contact: str = DEFAULT_CONTACT) -> str:
    """Wikimedia's preferred form: client/version (contact) library/version. A header holds printable
    ASCII only: anything else in the contact (an accented e-mail 'redacción@diario.es', a pasted line
    end) is percent-escaped, as in a URL; given raw, httpx refused every request of the run."""
    safe = quote(contact, safe="".join(map(chr, range(0x20, 0x7F))))
    return f"verify/{__version__} ({safe}; fact-check toolkit) httpx/{httpx.__version__}"


@dataclass(frozen=True)
class JsonAnswer:
    """A decoded JSON answer and when the server sent it (its Date header), so a replayed
    cassette reports the time the evidence was really retrieved."""

    data: dict[str, Any]
    retrieved_at: dt.datetime


def response_time(response: httpx.Response) -> dt.datetime:
    try:
        return email.utils.parsedate_to_datetime(response.headers["date"]).astimezone(dt.UTC)
    except (KeyError, TypeError, ValueError):
        return dt.datetime.now(dt.UTC).replace(microsecond=0)


class SourceError(Exception):
    """A request that could not give usable data; `reason` goes into the claim's rationale."""

    def __init__(
        self,
        reason: str,
        retry_after: float | None = None,
        retryable: bool = False,
        code: Reason = Reason.SOURCE_UNREACHABLE,
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after
        self.retryable = retryable
        self.code = code  # why the source could not be consulted, for the claim's `reason`


class TooLarge(SourceError):
    """An answer over the size cap: no retry of the same request mends it, but a smaller request may
    (a batch of titles asked for again in parts, see `WikipediaSource`)."""

    def __init__(self, host: str | None, max_bytes: int) -> None:
        super().__init__(f"response from {host} larger than {max_bytes:,} bytes")
        self.max_bytes = max_bytes


def busy_error(body: str | bytes) -> bool:
    """Whether a 200 answer is MediaWiki's "not now" (`{"error": {"code": "maxlag"}}`): no evidence,
    to be asked again. Such an answer is a few hundred bytes, so a larger body is not parsed."""
    if len(body) > 4096:
        return False
    try:
        error = json.loads(body).get("error")
    except (ValueError, AttributeError, RecursionError):
        return False
    return isinstance(error, dict) and isinstance(error.get("code"), str) and error["code"] in BUSY_ERRORS


def parse_retry_after(value: str | None) -> float | None:
    """Retry-After is either seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():  # "²" is a digit to isdigit(), not to float()
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


class LazyTLSTransport(httpx.AsyncBaseTransport):
    """Plain HTTP at once, TLS only when an https:// request comes: loading the certificate store
    costs tens of milliseconds, which a run against a local mirror should not pay."""

    def __init__(self, limits: httpx.Limits, guard: AddressGuard | None = None) -> None:
        self._limits = limits
        self._guard = guard
        # An empty TLS context costs nothing to make; this transport never carries https.
        self._plain = self._transport(ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT))
        self._tls: httpx.AsyncHTTPTransport | None = None

    def _transport(self, verify: ssl.SSLContext | bool) -> httpx.AsyncHTTPTransport:
        """httpx's transport; with a guard, its connection pool opens sockets only to checked addresses."""
        transport = httpx.AsyncHTTPTransport(verify=verify, limits=self._limits)
        if self._guard is not None:
            import httpcore

            from verify.safety import GuardedBackend

            # httpx has no public hook for the network backend; its pool is httpcore's, rebuilt here alike.
            transport._pool = httpcore.AsyncConnectionPool(
                ssl_context=transport._pool._ssl_context,
                max_connections=self._limits.max_connections,
                max_keepalive_connections=self._limits.max_keepalive_connections,
                keepalive_expiry=self._limits.keepalive_expiry,
                network_backend=GuardedBackend(self._guard),
            )
        return transport

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.scheme == "https":
            if self._tls is None:
                self._tls = self._transport(True)
            return await self._tls.handle_async_request(request)
        return await self._plain.handle_async_request(request)

    async def aclose(self) -> None:
        await self._plain.aclose()
        if self._tls is not None:
            await self._tls.aclose()


@dataclass
class HttpClient:
    """httpx with the project's manners: timeouts, a size cap, retries, a per-run cache, a bound on
    requests in flight (1 by default, as Wikimedia asks) and an optional deadline for the whole run."""

    contact: str = DEFAULT_CONTACT
    timeout: float = 15.0
    max_retries: int = 3
    max_wait: float = 30.0
    max_bytes: int = 10 * 1024 * 1024
    concurrency: int = 1
    deadline: float | None = None  # time.monotonic() after which no request starts
    transport: httpx.AsyncBaseTransport | None = None
    guard: AddressGuard | None = None  # where official pages may be fetched from (made on first use)
    # wraps whichever transport a client ends up with (a cassette recording what passes through)
    wrap_transport: Callable[[httpx.AsyncBaseTransport], httpx.AsyncBaseTransport] | None = None
    sleep: Callable[[float], Any] = asyncio.sleep
    replaying: bool = False  # answers come from a cassette: a recorded Retry-After is not waited for
    requests_made: int = 0
    answered: int = 0  # requests that got a usable HTTP answer
    refused: int = 0  # requests a replayed cassette did not hold
    _cache: dict[str, Any] = field(default_factory=dict)
    _in_flight: dict[str, asyncio.Future] = field(default_factory=dict)
    _client: httpx.AsyncClient | None = None
    _page_client: httpx.AsyncClient | None = None
    _slots: asyncio.Semaphore | None = None
    _serial: asyncio.Semaphore | None = None  # Wikipedia's own hosts: one request at a time, whatever `concurrency`
    _loop: asyncio.AbstractEventLoop | None = None

    def _bind_loop(self) -> asyncio.Semaphore:
        """The bound on requests in flight, made anew (with a new connection pool) when the client is
        used from another event loop: asyncio objects belong to the loop that made them."""
        loop = asyncio.get_running_loop()
        if self._slots is None or self._loop is not loop:
            self._slots, self._serial = asyncio.Semaphore(max(1, self.concurrency)), asyncio.Semaphore(1)
            self._loop, self._client, self._page_client = loop, None, None
            self._in_flight.clear()
        return self._slots

    def _make_client(self, guard: AddressGuard | None) -> httpx.AsyncClient:
        limits = httpx.Limits(max_connections=max(1, self.concurrency))
        return httpx.AsyncClient(
            headers={"User-Agent": user_agent(self.contact), "Accept-Encoding": "gzip"},
            timeout=httpx.Timeout(self.timeout),
            follow_redirects=True,
            max_redirects=5,
            transport=self._wrapped(self.transport or LazyTLSTransport(limits, guard)),
        )

    def _wrapped(self, transport: httpx.AsyncBaseTransport) -> httpx.AsyncBaseTransport:
        return self.wrap_transport(transport) if self.wrap_transport is not None else transport

    @property
    def client(self) -> httpx.AsyncClient:
        """For the wiki the operator chose (which may well be a mirror on the local network)."""
        if self._client is None:
            self._client = self._make_client(None)
        return self._client

    @property
    def page_client(self) -> httpx.AsyncClient:
        """For official pages: every connection goes to an address the guard checked."""
        if self._page_client is None:
            if self.guard is None:
                from verify.safety import AddressGuard

                self.guard = AddressGuard()
            self._page_client = self._make_client(self.guard)
        return self._page_client

    def forget(self) -> None:
        """Drop the run's cache, e.g. before recording a cassette that must hold every request."""
        self._cache.clear()

    async def aclose(self) -> None:
        for client in (self._client, self._page_client):
            if client is not None:
                await client.aclose()
        self._client = self._page_client = None
        self._slots = None
        self._in_flight.clear()

    def _wait(self, state: tenacity.RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        hinted = exc.retry_after if isinstance(exc, SourceError) else None
        backoff = min(self.max_wait, 1.0 * 2 ** (state.attempt_number - 1))
        wait = min(self.max_wait, hinted) if hinted is not None else backoff
        if self.replaying:
            return 0.0
        if self.deadline is not None:
            wait = max(0.0, min(wait, self.deadline - time.monotonic()))
        return wait

    async def _sleep(self, seconds: float) -> None:
        result = self.sleep(seconds)
        if inspect.isawaitable(result):
            await result

    def _retrying(self) -> tenacity.AsyncRetrying:
        return tenacity.AsyncRetrying(
            stop=tenacity.stop_after_attempt(self.max_retries + 1),
            wait=self._wait,
            retry=tenacity.retry_if_exception(lambda e: isinstance(e, SourceError) and e.retryable),
            sleep=self._sleep,
            reraise=True,
        )

    async def _fetch(
        self, url: str, params: dict[str, str] | None, follow: bool = True, page: bool = False
    ) -> httpx.Response:
        self._before_deadline()
        slots = self._bind_loop()
        # API:Etiquette asks for requests "in series rather than in parallel": `--concurrency` (for a mirror)
        # sent eight at once to Wikipedia. Taken before a slot, so other hosts' requests are not held up.
        async with self._serial if wikipedia_host(urlsplit(url).hostname) else contextlib.nullcontext(), slots:
            # again: waiting for a slot behind thousands of queued requests may take the run past its deadline
            self._before_deadline()
            self.requests_made += 1
            try:
                return await asyncio.wait_for(self._read(url, params, follow, page), timeout=self._time_left())
            except (TimeoutError, httpx.TimeoutException):
                raise SourceError(f"timed out after {self.timeout:g} s", retryable=True) from None
            except httpx.TooManyRedirects:
                raise SourceError("too many redirects") from None
            except httpx.TransportError as exc:
                raise SourceError(f"network error: {type(exc).__name__}", retryable=True) from None
            except SourceError:
                raise
            except Exception as exc:  # a cassette's refusal (verify.cassette.CassetteMiss) lands here
                code = getattr(exc, "code", None)
                if isinstance(code, Reason):
                    self.refused += 1
                    raise SourceError(str(exc), code=code) from None
                raise SourceError(_describe(exc)) from None

    def _before_deadline(self) -> None:
        """No request starts once the run's deadline has passed."""
        if self.deadline is not None and time.monotonic() >= self.deadline:
            raise SourceError("the run's deadline was reached before this request", code=Reason.DEADLINE)

    def _time_left(self) -> float:
        """A whole answer, however slowly it trickles in, gets at most `timeout` (and the deadline)."""
        left = self.timeout
        if self.deadline is not None:
            left = min(left, max(0.01, self.deadline - time.monotonic()))
        return left

    async def _read(
        self, url: str, params: dict[str, str] | None, follow: bool = True, page: bool = False
    ) -> httpx.Response:
        client = self.page_client if page else self.client
        async with client.stream("GET", url, params=params, follow_redirects=follow) as response:
            if response.is_stream_consumed:  # an answer already in memory (a cassette, a test transport)
                body = response.content
                if len(body) > self.max_bytes:
                    raise TooLarge(response.url.host, self.max_bytes)
            else:
                body = await read_bounded(response, self.max_bytes)
        if response.status_code in RETRY_STATUSES:
            hinted = parse_retry_after(response.headers.get("Retry-After"))
            raise self._busy(f"HTTP {response.status_code} from {response.url.host}", hinted)
        if response.status_code >= 400:
            raise SourceError(f"HTTP {response.status_code} from {response.url.host}")
        self.answered += 1
        headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() not in DECODED_HEADERS]
        return httpx.Response(response.status_code, headers=headers, content=body, request=response.request)

    def _busy(self, reason: str, retry_after: float | None) -> SourceError:
        """A server's "not now": retried after the time it asks, never sooner. A wait longer than the
        run's cap (`max_wait`) is not waited for, and not cut short either (retrying early is what the
        server asked us not to do): the request fails at once, saying why. A replayed cassette's
        recorded wait is nobody's to honour."""
        if retry_after is not None and retry_after > self.max_wait and not self.replaying:
            why = f"{reason}; it asks to wait {retry_after:,.0f} s, more than the {self.max_wait:g} s a run waits"
            return SourceError(why, retry_after=retry_after)
        return SourceError(reason, retry_after=retry_after, retryable=True)

    async def get_json(self, url: str, params: dict[str, str]) -> JsonAnswer:
        """GET a MediaWiki-style JSON API; maxlag errors are retried like 503s."""
        return await self._cached(request_key(url, tuple(params.items())), self._get_json_once, url, params)

    async def _cached(self, key: str, fetch: Callable[..., Any], *args: Any) -> Any:
        """Each distinct request is made once per run, even when asked for twice at the same time;
        a failure is remembered too, not retried again."""
        self._bind_loop()
        if key in self._in_flight:
            await asyncio.wait([self._in_flight[key]])
        if key not in self._cache:
            done = asyncio.get_running_loop().create_future()
            self._in_flight[key] = done
            try:
                self._cache[key] = await self._retrying()(fetch, *args)
            except SourceError as exc:
                self._cache[key] = exc
            finally:
                done.set_result(None)
                del self._in_flight[key]
        cached = self._cache[key]
        if isinstance(cached, SourceError):
            raise cached
        return cached

    def _not_json(self, response: httpx.Response, exc: ValueError) -> SourceError:
        """Why an answer could not be read as JSON. A JSON answer that stops mid-way (a dropped
        connection, a cassette cut by hand or by a full disk) says so rather than "not JSON
        (application/json)"; replayed, no retry can mend it, so it names the recording and the cure."""
        kind = response.headers.get("content-type", "unknown type").split(";")[0].strip()
        cut = isinstance(exc, json.JSONDecodeError) and (
            exc.pos >= len(exc.doc.rstrip()) or exc.msg.startswith("Unterminated string")
        )
        what = f"not JSON: cut short after {len(response.content):,} bytes" if cut else "not JSON"
        if self.replaying:
            return SourceError(
                f"the recorded answer from {response.url.host} is {what} ({kind}); record it again with --record"
            )
        return SourceError(f"answer from {response.url.host} is {what} ({kind})", retryable=True)

    async def _get_json_once(self, url: str, params: dict[str, str]) -> JsonAnswer:
        response = await self._fetch(url, params)
        try:
            data = json.loads(response.content)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise self._not_json(response, exc) from None
        except RecursionError:
            raise SourceError(f"answer from {response.url.host} is JSON nested too deeply") from None
        except ValueError:  # Python's guard on int(): was an internal error, the article's report lost
            raise SourceError(f"answer from {response.url.host}: {LONG_NUMBER}") from None
        if json_depth(data, MAX_JSON_DEPTH) > MAX_JSON_DEPTH:
            raise SourceError(f"answer from {response.url.host} is JSON nested over {MAX_JSON_DEPTH} levels deep")
        if not isinstance(data, dict):
            raise SourceError(f"answer from {response.url.host} is not a JSON object")
        error = data.get("error")
        if isinstance(error, dict):
            # the API documents both as strings; a list as the code raised TypeError (`in` a set), a
            # megabyte of `info` went whole into every claim's rationale
            code = error["code"] if isinstance(error.get("code"), str) else "unknown"
            info = error["info"] if isinstance(error.get("info"), str) else ""
            if code in BUSY_ERRORS:
                hinted = parse_retry_after(response.headers.get("Retry-After"))
                raise self._busy(f"wiki busy ({code[:40]})", max(hinted or 0.0, BUSY_PAUSE))
            said = " ".join(info[:MAX_INFO_CHARS].split()) + ("…" if len(info) > MAX_INFO_CHARS else "")
            raise SourceError(f"API error {code[:80]}: {said}".strip())
        return JsonAnswer(data, response_time(response))

    async def get_page(self, url: str, follow: bool = True) -> httpx.Response:
        """A page; with follow=False a redirect comes back as it is, for the caller to vet."""
        return await self._cached(f"page {follow} {url}", self._fetch, url, None, follow, True)


DECODED_HEADERS = {"content-encoding", "content-length", "transfer-encoding"}


@functools.lru_cache(maxsize=4096)
def request_key(url: str, params: tuple[tuple[str, str], ...]) -> str:
    """The run cache's key of an API request: its whole URL. Remembered, since most requests of a run
    are asked for again (each article's retrieval runs twice) and building an httpx URL is not cheap."""
    return "json " + str(httpx.URL(url, params=dict(params)))


def content_codings(header: str | None) -> list[str]:
    return [c.strip().lower() for c in (header or "").split(",") if c.strip() and c.strip().lower() != "identity"]


async def read_bounded(response: httpx.Response, max_bytes: int) -> bytes:
    """The body, inflated through one bounded decompressor: never more than `max_bytes` in memory,
    however small the compressed answer (a gzip bomb) and however many layers it claims."""
    host = response.url.host
    codings = content_codings(response.headers.get("content-encoding"))
    if len(codings) > 1:
        raise SourceError(f"answer from {host} is compressed {len(codings)} times ({', '.join(codings)}); refused")
    if codings and codings[0] not in {"gzip", "x-gzip", "deflate"}:
        raise SourceError(f"answer from {host} uses an unasked-for compression ({codings[0]})")
    inflater = zlib.decompressobj(zlib.MAX_WBITS | (16 if codings and codings[0] != "deflate" else 0))
    chunks, size, raw = [], 0, 0
    too_large = TooLarge(host, max_bytes)
    async for chunk in response.aiter_raw():
        raw += len(chunk)
        if raw > max_bytes:
            raise too_large
        if codings:
            try:
                chunk = inflater.decompress(chunk, max_bytes - size + 1)
            except zlib.error:
                raise SourceError(f"answer from {host} is not valid {codings[0]} data") from None
            if inflater.unconsumed_tail:
                raise too_large
        size += len(chunk)
        if size > max_bytes:
            raise too_large
        chunks.append(chunk)
    if codings and not inflater.eof and raw:
        raise SourceError(f"answer from {host} ends inside its {codings[0]} data (truncated)", retryable=True)
    return b"".join(chunks)


def _describe(exc: Exception) -> str:
    return f"request failed: {type(exc).__name__}"
