"""`--deadline` bounds the whole run, name resolution included: a claim file naming hundreds of hosts behind a
resolver that hangs must not hold the run past its deadline, neither by requests that waited for their slot
until after it nor by lookups the run has stopped waiting for. The resolver comes in through the run's own
seam (the address guard of the HttpClient), nothing inside is patched."""

from __future__ import annotations

import asyncio
import threading
import time

from verify.safety import AddressGuard
from verify.sources.http import HttpClient, SourceError
from verify.sources.official import OfficialSource

DEADLINE = 0.5  # seconds
HOSTS = 300
SLACK = 5.0  # seconds past the deadline a loaded machine may take to wind the run up


def _run_against_a_hanging_resolver() -> tuple[float | None, HttpClient, list[object]]:
    """How long a run fetching HOSTS official pages took (None: still running SLACK seconds after its deadline),
    its client, and what each fetch gave. The resolver is released afterwards so no thread is left hanging."""
    release = threading.Event()

    def hanging(host: str, port: int) -> list[tuple]:
        release.wait(60)
        raise OSError("the resolver gave up")

    http = HttpClient(deadline=time.monotonic() + DEADLINE, guard=AddressGuard(resolver=hanging))

    async def run() -> list[object]:
        source = OfficialSource(http)
        fetches = (source.fetch(f"https://host{i}.example/") for i in range(HOSTS))
        results = await asyncio.gather(*fetches, return_exceptions=True)
        await http.aclose()
        return results

    results: list[object] = []
    thread = threading.Thread(target=lambda: results.extend(asyncio.run(run())), daemon=True)
    start = time.monotonic()
    thread.start()
    thread.join(DEADLINE + SLACK)
    took = None if thread.is_alive() else time.monotonic() - start
    release.set()
    thread.join(120)
    return took, http, results


def test_a_hanging_resolver_does_not_hold_the_run_past_its_deadline():
    took, _, results = _run_against_a_hanging_resolver()
    assert took is not None, f"the run was still resolving names {SLACK:g} s after its {DEADLINE:g} s deadline"
    assert len(results) == HOSTS and all(isinstance(r, SourceError) for r in results)


def test_requests_that_waited_for_a_slot_past_the_deadline_do_not_start():
    _, http, results = _run_against_a_hanging_resolver()
    assert http.requests_made <= 3, f"{http.requests_made} requests started, most after the deadline"
    late = [r for r in results if isinstance(r, SourceError) and "deadline was reached" in str(r)]
    assert len(late) >= HOSTS - 3
