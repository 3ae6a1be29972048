"""A real DNS server on 127.0.0.1 for tests: dnslib's server answering from a zone the test sets.

One server serves a whole test session; each test adds the records of its own domains
(:meth:`DnsServer.add`, :meth:`DnsServer.zone`), so tests do not see each other's names as
long as each uses its own domain. Queries go over UDP and TCP on one port, as a resolver
expects. The app reaches it through dnspython with ``nameservers=["127.0.0.1"]`` and
``port=server.port`` (see :meth:`DnsServer.resolver`).

Records are written as in a zone file, one per string::

    dns.zone('''
        example.test.            300 IN MX  10 mx.example.test.
        _submission._tcp.example.test. IN SRV 0 1 587 smtp.example.test.
        example.test.            IN TXT "v=spf1 ip4:127.0.0.1 -all"
    ''')

A name with no record answers NXDOMAIN (the name does not exist) or NOERROR with no answer
(the name exists with other types), as a real server does. :meth:`DnsServer.fail` makes
names answer SERVFAIL, and :meth:`DnsServer.silence` makes them not answer at all (the
resolver times out), for the "the DNS server does not answer" cases.
"""

from __future__ import annotations

import errno
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from dnslib import QTYPE, RCODE, RR, DNSError, DNSRecord
from dnslib.server import BaseResolver, DNSServer

__all__ = ["DnsServer"]


class _ZoneResolver(BaseResolver):  # type: ignore[misc]
    def __init__(self, owner: DnsServer) -> None:
        self.owner = owner

    def resolve(self, request: DNSRecord, handler: Any) -> DNSRecord:
        reply = request.reply()
        qname = request.q.qname
        qtype = QTYPE[request.q.qtype]
        name = str(qname).lower()
        with self.owner._lock:
            self.owner.queries.append((name, qtype))
            if self.owner._is_under(name, self.owner._silent):
                raise DNSError("silenced")  # dnslib drops the query: nothing goes back
            if self.owner._is_under(name, self.owner._failing):
                reply.header.rcode = RCODE.SERVFAIL
                return reply
            records = [rr for rr in self.owner._records if rr.rname == qname]
        if not records:
            reply.header.rcode = RCODE.NXDOMAIN
            return reply
        for rr in records:
            if qtype in ("ANY", QTYPE[rr.rtype]) or QTYPE[rr.rtype] == "CNAME":
                reply.add_answer(rr)
        return reply


@dataclass
class DnsServer:
    """dnslib's DNS server on 127.0.0.1 (UDP and TCP on one free port)."""

    host: str = "127.0.0.1"
    port: int = 0
    queries: list[tuple[str, str]] = field(default_factory=list)
    _records: list[RR] = field(default_factory=list)
    _failing: set[str] = field(default_factory=set)
    _silent: set[str] = field(default_factory=set)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _servers: list[DNSServer] = field(default_factory=list)

    def start(self) -> DnsServer:
        resolver = _ZoneResolver(self)
        wanted = self.port
        for _attempt in range(50):
            udp = DNSServer(resolver, address=self.host, port=wanted, logger=_Quiet())
            self.port = udp.server.server_address[1]
            try:
                tcp = DNSServer(
                    resolver, address=self.host, port=self.port, tcp=True, logger=_Quiet()
                )
                break
            except OSError as exc:
                # The free UDP port is taken for TCP by another process (tests of other
                # sessions run beside this one): give it back and take another.
                udp.server.server_close()
                if wanted or exc.errno != errno.EADDRINUSE:
                    raise
        else:
            raise OSError(errno.EADDRINUSE, "no port free for both UDP and TCP")
        for server in (udp, tcp):
            server.start_thread()
        self._servers = [udp, tcp]
        return self

    def stop(self) -> None:
        for server in self._servers:
            server.stop()
            server.server.server_close()
        self._servers = []

    def __enter__(self) -> DnsServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- the zone ---------------------------------------------------------------------------

    def zone(self, text: str) -> None:
        """Add the records of *text*, written as in a zone file (absolute names)."""
        # Each line stands alone: a leading blank would mean "the previous name" in a zone file.
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        records = RR.fromZone("\n".join(lines))
        with self._lock:
            self._records.extend(records)

    def add(self, name: str, rtype: str, value: str, ttl: int = 300) -> None:
        """Add one record: ``add("example.test", "MX", "10 mx.example.test.")``."""
        absolute = name if name.endswith(".") else name + "."
        self.zone(f"{absolute} {ttl} IN {rtype} {value}")

    def remove(self, domain: str) -> None:
        """Forget every record at or under *domain*, and any failure set for it."""
        with self._lock:
            self._records = [
                rr for rr in self._records if not self._is_under(str(rr.rname).lower(), {domain})
            ]
            self._failing.discard(domain.lower())
            self._silent.discard(domain.lower())

    def fail(self, domain: str) -> None:
        """Names at or under *domain* answer SERVFAIL."""
        with self._lock:
            self._failing.add(domain.lower())

    def silence(self, domain: str) -> None:
        """Names at or under *domain* get no answer at all (the resolver times out)."""
        with self._lock:
            self._silent.add(domain.lower())

    def asked(self, domain: str) -> list[tuple[str, str]]:
        """The queries made so far for names at or under *domain*: (name, type)."""
        with self._lock:
            return [(n, t) for n, t in self.queries if self._is_under(n, {domain})]

    # -- clients ----------------------------------------------------------------------------

    def resolver(self, timeout: float = 2.0) -> Any:
        """A dnspython resolver that asks this server alone."""
        import dns.resolver

        resolver = dns.resolver.Resolver(configure=False)
        resolver.nameservers = [self.host]
        resolver.port = self.port
        resolver.timeout = timeout
        resolver.lifetime = timeout
        return resolver

    @staticmethod
    def _is_under(name: str, domains: Iterable[str]) -> bool:
        bare = name.lower().rstrip(".")
        for domain in domains:
            d = domain.lower().rstrip(".")
            if bare == d or bare.endswith("." + d):
                return True
        return False


class _Quiet:
    """dnslib's logger interface, saying nothing (pytest shows failures, not traffic)."""

    def __getattr__(self, name: str) -> Any:
        return lambda *args, **kwargs: None
