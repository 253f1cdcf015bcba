"""Which network addresses an official page may be fetched from, checked where the socket is opened.

A `--source` URL, or any redirect it sends, may name a host that is (or resolves to) the machine
itself, the local network or a cloud metadata service. The guard resolves each host once, refuses
every address that is not public unless the operator named that exact address (`--allow-private`),
and the connection is then made to the address that was checked (no second lookup an attacker's
DNS could answer differently). IPv4 is read in all the forms the C library accepts (`127.1`,
`2130706433`, `0x7f000001`, `0177.0.0.1`, `0`), IPv6 with IPv4 inside it by the IPv4 it carries.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import re
import socket
import threading
import typing
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import httpcore

from verify.sources.http import SourceError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
T = typing.TypeVar("T")
Resolver = Callable[[str, int], list[tuple]]  # the shape of socket.getaddrinfo(host, port)
LEGACY_IPV4 = re.compile(r"[0-9a-fA-FxX.]+")
LOCAL_NAMES = ("localhost", ".localhost", ".local", ".internal", ".home.arpa")


class AddressRefused(SourceError):
    """A host that is, or resolves to, an address the operator did not allow."""


def literal_address(host: str) -> IPAddress | None:
    """The address a host names literally, in any form the resolver would accept, or None for a name."""
    host = host.strip().strip("[]").rstrip(".")
    try:
        return ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        pass
    if LEGACY_IPV4.fullmatch(host):  # inet_aton also takes "127.0.0.1 anything": only these characters
        try:
            return ipaddress.IPv4Address(socket.inet_aton(host))
        except OSError:
            return None
    return None


def embedded_ipv4(address: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address carries (mapped, compatible, NAT64, 6to4, Teredo), if any."""
    if isinstance(address, ipaddress.IPv4Address):
        return None
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]
    packed = address.packed
    if packed[:12] == bytes(12) and packed[12:] != bytes(4):  # ::a.b.c.d (deprecated "compatible")
        return ipaddress.IPv4Address(packed[12:])
    if packed[:12] == bytes.fromhex("0064ff9b0000000000000000"):  # 64:ff9b::/96 NAT64
        return ipaddress.IPv4Address(packed[12:])
    return None


def is_public(address: IPAddress) -> bool:
    """True only for globally routable unicast addresses (and the IPv4 inside an IPv6 one is too)."""
    inner = embedded_ipv4(address)
    if inner is not None and not is_public(inner):
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return True  # ::ffff:a.b.c.d is a.b.c.d itself, judged just above
    return address.is_global and not (
        address.is_multicast
        or address.is_loopback
        or address.is_link_local
        or address.is_private
        or address.is_reserved
        or address.is_unspecified
    )


def is_local_name(host: str) -> bool:
    host = host.strip().strip("[]").rstrip(".").lower()
    return host == "localhost" or host.endswith(LOCAL_NAMES)


def parse_allowed(addresses: Iterable[str]) -> frozenset[IPAddress]:
    """`--allow-private` values: exact addresses (any literal form), never names or networks."""
    allowed = set()
    for value in addresses:
        address = literal_address(value)
        if address is None:
            raise ValueError(f"--allow-private takes an IP address, not {value!r}")
        allowed.add(address)
    return frozenset(allowed)


@dataclass
class AddressGuard:
    """Resolves each host once per run and says whether the run may connect to it."""

    allowed: frozenset[IPAddress] = frozenset()
    resolver: Resolver = socket.getaddrinfo
    resolved: dict[str, IPAddress] = field(default_factory=dict)
    lookups: int = 0

    def allows(self, address: IPAddress) -> bool:
        return is_public(address) or address in self.allowed

    def check_url_host(self, host: str) -> None:
        """What can be refused from the URL alone, before any lookup: literal addresses and local names."""
        address = literal_address(host)
        if address is not None and not self.allows(address):
            raise AddressRefused(f"{host} is a private address ({address}); refused (see --allow-private)")
        if address is None and is_local_name(host):
            raise AddressRefused(f"{host} is a local host name; refused (name its address with --allow-private)")

    async def address_for(self, host: str, port: int) -> IPAddress:
        """The one checked address to connect to for `host`; every address it resolves to must be allowed."""
        key = host.lower()
        if key in self.resolved:
            return self.resolved[key]
        self.check_url_host(host)
        address = literal_address(host)
        if address is None:
            self.lookups += 1
            try:
                infos = await in_own_thread(self.resolver, host, port)
            except (OSError, UnicodeError) as exc:
                raise SourceError(f"{host}: name not resolved ({type(exc).__name__})") from None
            addresses = [literal_address(str(info[4][0])) for info in infos]
            if not addresses or any(a is None for a in addresses):
                raise SourceError(f"{host}: name not resolved")
            refused = [a for a in addresses if a is not None and not self.allows(a)]
            if refused:
                raise AddressRefused(
                    f"{host} resolves to a private address ({refused[0]}); refused (see --allow-private)"
                )
            address = addresses[0]
        assert address is not None
        self.resolved[key] = address
        return address


async def in_own_thread(call: Callable[..., T], *args: object) -> T:
    """`call(*args)` in a daemon thread of its own, awaited. A name lookup blocks in the C library and cannot be
    cancelled: once the run stops waiting for it (its deadline, the request's timeout) it is left behind. Run
    by asyncio.to_thread it would sit in the loop's shared pool, which asyncio.run joins before it returns, so
    a resolver that hangs would hold the whole run past its deadline; a daemon thread is never waited for."""
    loop = asyncio.get_running_loop()
    answer: asyncio.Future[T] = loop.create_future()

    def settle(result: T | None, error: BaseException | None) -> None:
        if answer.done():  # the run stopped waiting (cancelled) before the answer came
            return
        if error is not None:
            answer.set_exception(error)
        else:
            answer.set_result(typing.cast(T, result))

    def work() -> None:
        try:
            result, error = call(*args), None
        except BaseException as exc:  # handed to the awaiting task, raised there
            result, error = None, exc
        with contextlib.suppress(RuntimeError):  # the loop has closed: nobody waits any more
            loop.call_soon_threadsafe(settle, result, error)

    threading.Thread(target=work, name="verify-resolve", daemon=True).start()
    return await answer


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """httpcore's network layer, opening each connection to the address the guard checked.

    TLS still verifies the certificate for the host name (httpcore passes the URL's host as SNI), and
    the Host header is the URL's: only where the socket goes is pinned."""

    def __init__(self, guard: AddressGuard, inner: httpcore.AsyncNetworkBackend | None = None) -> None:
        self.guard = guard
        self.inner = inner or httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        address = await self.guard.address_for(host, port)
        return await self.inner.connect_tcp(
            str(address), port, timeout=timeout, local_address=local_address, socket_options=socket_options
        )

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: typing.Iterable[typing.Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        raise AddressRefused("unix sockets are not web pages")

    async def sleep(self, seconds: float) -> None:
        await self.inner.sleep(seconds)
