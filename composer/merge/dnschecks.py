"""The DNS side of the deliverability preflight: SPF, DMARC, MX and DKIM of a From domain.

Read with dnspython. checkdmarc (the maintained checker the issue names) takes a list of
name servers but no port, so it cannot be pointed at a resolver on a private port such as
the tests' server on 127.0.0.1, or a company resolver reached through a forwarded port;
its SPF and DMARC rules are few and published (RFC 7208, RFC 7489), so they are applied
here, on records dnspython fetched. A name server that does not answer makes a check
"could not check", never a failure and never a wait beyond the timeout.

SPF is evaluated for the sending server's addresses: ``ip4``, ``ip6``, ``a``, ``mx``,
``include``, ``redirect`` and ``all``, counting the DNS-querying terms against the limit
of 10 (RFC 7208 §4.6.4); ``exists`` and ``ptr`` are counted and treated as not matching
(a sender cannot know how the receiver fills their macros).
"""

from __future__ import annotations

import ipaddress
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import dns.exception
import dns.resolver

__all__ = [
    "COMMON_DKIM_SELECTORS",
    "DnsUnavailable",
    "SpfResult",
    "dkim_selectors",
    "dmarc_record",
    "make_resolver",
    "mx_hosts",
    "server_addresses",
    "spf_check",
]

COMMON_DKIM_SELECTORS = ("default", "google", "selector1", "selector2", "k1", "s1", "s2",
                         "mail", "dkim", "naver", "daum")  # fmt: skip
_LOOKUP_LIMIT = 10

IP = ipaddress.IPv4Address | ipaddress.IPv6Address


class DnsUnavailable(Exception):
    """The name server did not answer (timeout, SERVFAIL, no network)."""


def make_resolver(server: str | None = None, timeout: float = 4.0) -> dns.resolver.Resolver:
    """A resolver: the system's, or *server* (``HOST`` or ``HOST:PORT``)."""
    if server:
        resolver = dns.resolver.Resolver(configure=False)
        host, _, port = server.rpartition(":") if server.count(":") == 1 else (server, "", "")
        resolver.nameservers = [host or server]
        if port:
            resolver.port = int(port)
    else:
        resolver = dns.resolver.Resolver()
    resolver.timeout = resolver.lifetime = timeout
    return resolver


# Resolvers whose server let a query time out. The checks make a dozen queries (SPF, DMARC,
# MX, eleven DKIM selectors); against a server that does not answer, each would wait the
# whole timeout again, so after the first the rest are "could not check" at once.
_SILENT: weakref.WeakKeyDictionary[dns.resolver.Resolver, str] = weakref.WeakKeyDictionary()


def _query(resolver: dns.resolver.Resolver, name: str, kind: str) -> list[str]:
    """The records' texts, [] for none (NXDOMAIN, no answer); DnsUnavailable otherwise."""
    silent = _SILENT.get(resolver)
    if silent is not None:
        raise DnsUnavailable(silent)
    try:
        answer = resolver.resolve(name, kind, raise_on_no_answer=False)
    except dns.resolver.NXDOMAIN:
        return []
    except (dns.exception.Timeout, dns.resolver.NoNameservers, OSError) as exc:
        reason = f"{name} {kind}: {type(exc).__name__}"
        if isinstance(exc, dns.exception.Timeout):
            _SILENT[resolver] = reason
        raise DnsUnavailable(reason) from exc
    out = []
    for rr in answer:
        if kind == "TXT":
            out.append(b"".join(rr.strings).decode("utf-8", "replace"))
        elif kind == "MX":
            out.append(str(rr.exchange).rstrip("."))
        else:
            out.append(rr.to_text().rstrip("."))
    return out


def server_addresses(resolver: dns.resolver.Resolver, host: str) -> list[IP]:
    """The addresses *host* (an SMTP server) resolves to, or the address it is."""
    try:
        return [ipaddress.ip_address(host)]
    except ValueError:
        pass
    found = [ipaddress.ip_address(a) for a in _query(resolver, host, "A")]
    found += [ipaddress.ip_address(a) for a in _query(resolver, host, "AAAA")]
    return found


def mx_hosts(resolver: dns.resolver.Resolver, domain: str) -> list[str]:
    return _query(resolver, domain, "MX")


def dmarc_record(resolver: dns.resolver.Resolver, domain: str) -> dict[str, str] | None:
    """The DMARC tags of *domain* (``p``, ``aspf``, ...), or None when it publishes none."""
    for text in _query(resolver, f"_dmarc.{domain}", "TXT"):
        if text.strip().lower().startswith("v=dmarc1"):
            tags = {}
            for part in text.split(";"):
                key, _, value = part.strip().partition("=")
                if key:
                    tags[key.strip().lower()] = value.strip()
            return tags
    return None


def dkim_selectors(
    resolver: dns.resolver.Resolver, domain: str, selectors: Iterable[str]
) -> list[str]:
    """The *selectors* that publish a DKIM key for *domain*."""
    found = []
    for selector in selectors:
        for text in _query(resolver, f"{selector}._domainkey.{domain}", "TXT"):
            if "p=" in text:
                found.append(selector)
                break
    return found


@dataclass
class SpfResult:
    """What the From domain's SPF says about the sending server.

    result: ``pass`` (authorised), ``fail`` (``-all``: refused), ``softfail`` (``~all``:
    likely spam), ``neutral`` (no verdict), ``none`` (no record), ``permerror`` (broken:
    two records, more than 10 lookups).
    """

    result: str
    record: str = ""
    lookups: int = 0
    detail: str = ""
    matched: str = ""
    notes: list[str] = field(default_factory=list)


class _TooMany(Exception):
    pass


class _Spf:
    def __init__(self, resolver: dns.resolver.Resolver, ips: Sequence[IP]) -> None:
        self.resolver = resolver
        self.ips = ips
        self.lookups = 0

    def count(self) -> None:
        self.lookups += 1
        if self.lookups > _LOOKUP_LIMIT:
            raise _TooMany

    def record(self, domain: str) -> str | None:
        records = [
            t for t in _query(self.resolver, domain, "TXT") if t.lower().startswith("v=spf1")
        ]
        if len(records) > 1:
            raise ValueError(f"{domain} publishes {len(records)} SPF records")
        return records[0] if records else None

    def _in(self, addresses: Iterable[str], cidr4: int, cidr6: int) -> bool:
        for text in addresses:
            for ip in self.ips:
                bits = cidr4 if ip.version == 4 else cidr6
                try:
                    if ip in ipaddress.ip_network(f"{text}/{bits}", strict=False):
                        return True
                except ValueError:
                    continue
        return False

    def evaluate(self, domain: str, record: str) -> tuple[str, str]:
        """(result, the term that decided it)."""
        redirect = None
        for term in record.split()[1:]:
            qualifier = "+"
            if term[:1] in "+-~?":
                qualifier, term = term[0], term[1:]
            name, _, arg = term.partition(":")
            name = name.lower()
            if "=" in name:
                key, _, value = term.partition("=")
                if key.lower() == "redirect":
                    redirect = value
                continue
            arg, _, cidr = arg.partition("/")
            if "/" in name:
                name, _, cidr = name.partition("/")
            cidr4 = int(cidr) if cidr.isdigit() else 32
            matched = False
            if name == "all":
                matched = True
            elif name in ("ip4", "ip6"):
                net_bits = cidr4 if name == "ip4" else (int(cidr) if cidr.isdigit() else 128)
                matched = self._in([arg], net_bits if name == "ip4" else 32, net_bits)
            elif name == "a":
                self.count()
                target = arg or domain
                addrs = _query(self.resolver, target, "A") + _query(self.resolver, target, "AAAA")
                matched = self._in(addrs, cidr4, 128)
            elif name == "mx":
                self.count()
                for host in _query(self.resolver, arg or domain, "MX"):
                    addrs = _query(self.resolver, host, "A") + _query(self.resolver, host, "AAAA")
                    if self._in(addrs, cidr4, 128):
                        matched = True
                        break
            elif name == "include":
                self.count()
                inner = self.record(arg)
                if inner is None:
                    raise ValueError(f"include:{arg} has no SPF record")
                matched = self.evaluate(arg, inner)[0] == "pass"
            elif name in ("exists", "ptr"):
                self.count()
            if matched:
                verdict = {"+": "pass", "-": "fail", "~": "softfail", "?": "neutral"}[qualifier]
                return verdict, (qualifier if qualifier != "+" else "") + term
        if redirect:
            self.count()
            inner = self.record(redirect)
            if inner is None:
                raise ValueError(f"redirect={redirect} has no SPF record")
            return self.evaluate(redirect, inner)
        return "neutral", ""


def spf_check(resolver: dns.resolver.Resolver, domain: str, ips: Sequence[IP]) -> SpfResult:
    """Evaluate *domain*'s SPF for a server at *ips*.

    Raises:
        DnsUnavailable: the name server did not answer.
    """
    spf = _Spf(resolver, ips)
    try:
        record = spf.record(domain)
    except ValueError as exc:
        return SpfResult("permerror", detail=str(exc))
    if record is None:
        return SpfResult("none")
    try:
        result, term = spf.evaluate(domain, record)
    except _TooMany:
        return SpfResult("permerror", record, spf.lookups, detail="too many lookups")
    except ValueError as exc:
        return SpfResult("permerror", record, spf.lookups, detail=str(exc))
    return SpfResult(result, record, spf.lookups, matched=term)
