"""A hostile web server for the tests: loopback only, a bounded number of requests, and it stops by
itself after a few seconds even if a test forgets it.

Each route answers with raw bytes and headers exactly as given (a gzip bomb keeps its
`Content-Encoding`, a redirect keeps a numeric `Location`), or trickles its body slowly.
"""

from __future__ import annotations

import contextlib
import gzip
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LOOPBACK = "127.0.0.1"


@dataclass
class Answer:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    trickle: float = 0.0  # seconds between bytes of the body


@dataclass
class Hostile:
    """Routes by path; records every request it got (path and Host header)."""

    routes: dict[str, Answer]
    max_requests: int = 50
    seen: list[tuple[str, str]] = field(default_factory=list)
    url: str = ""


def gzip_bomb(inflated_mb: int, layers: int = 1) -> bytes:
    """Zeros that inflate to `inflated_mb` MiB, gzipped `layers` times (each layer shrinks it ~1000x)."""
    data = gzip.compress(bytes(inflated_mb * 1024 * 1024), compresslevel=9)
    for _ in range(layers - 1):
        data = gzip.compress(data, compresslevel=9)
    return data


def html_page(body: str, title: str = "Official page") -> Answer:
    return Answer(200, f"<title>{title}</title><body>{body}</body>".encode(), {"Content-Type": "text/html"})


@contextlib.contextmanager
def serve(routes: dict[str, Answer], max_requests: int = 50, lifetime: float = 20.0) -> Iterator[Hostile]:
    """Serve `routes` on 127.0.0.1 for the block (at most `lifetime` seconds, `max_requests` requests)."""
    state = Hostile(routes, max_requests)

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            try:
                self._answer()
            except ConnectionError:  # the client gave up (a size cap, a timeout): that is the point
                self.close_connection = True

        def _answer(self) -> None:
            state.seen.append((self.path, self.headers.get("Host", "")))
            if len(state.seen) > state.max_requests:
                self.close_connection = True
                return
            answer = state.routes.get(self.path.split("?", 1)[0], Answer(404, b"not here"))
            self.send_response(answer.status)
            for name, value in answer.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(answer.body)))
            self.end_headers()
            if not answer.trickle:
                self.wfile.write(answer.body)
                return
            deadline = time.monotonic() + lifetime
            for i in range(len(answer.body)):
                if time.monotonic() > deadline:
                    return
                self.wfile.write(answer.body[i : i + 1])
                self.wfile.flush()
                time.sleep(answer.trickle)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer((LOOPBACK, 0), Handler)
    server.daemon_threads = True
    state.url = f"http://{LOOPBACK}:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    stopper = threading.Timer(lifetime, server.shutdown)
    stopper.daemon = True
    stopper.start()
    try:
        yield state
    finally:
        stopper.cancel()
        server.shutdown()
        server.server_close()
