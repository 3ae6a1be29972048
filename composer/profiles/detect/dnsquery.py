"""DNS questions of detection: SRV records (RFC 6186, RFC 8314), MX, and host addresses.

Every question goes to :meth:`DetectOptions.dns` (the system's resolver, or the one a test
points at 127.0.0.1) with the run's timeout. "No such name" and "no such record" are an
empty answer; no answer at all, or a server failure, is :class:`DnsFailure`. No Qt here.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

import dns.exception
import dns.resolver

from composer.errors import CancelToken, ComposerError
from composer.i18n import translate
from composer.profiles.detect.options import DetectOptions

__all__ = ["DnsFailure", "SrvTarget", "addresses", "mx_hosts", "srv_targets"]


class DnsFailure(ComposerError):
    """The DNS server did not answer, or answered with a failure."""


@dataclass(frozen=True)
class SrvTarget:
    host: str
    port: int


def _answer(name: str, rtype: str, options: DetectOptions, token: CancelToken) -> list[Any]:
    token.check()
    resolver = options.dns()
    # dnspython cannot be interrupted: the query runs in a thread of its own (bounded by the
    # timeout), and a cancel stops waiting for it at once.
    done = threading.Event()
    outcome: list[Any] = []
    failure: list[BaseException] = []

    def ask() -> None:
        try:
            outcome.extend(resolver.resolve(name, rtype, lifetime=options.timeout, search=False))
        except BaseException as exc:  # handed to the waiting thread below
            failure.append(exc)
        finally:
            done.set()

    threading.Thread(target=ask, name=f"dns {rtype} {name}", daemon=True).start()
    token.on_cancel(done.set)
    done.wait()
    token.check()
    if not failure:
        return outcome
    try:
        raise failure[0]
    except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer):
        return []
    except dns.exception.Timeout as exc:
        raise DnsFailure(
            translate("Detect", "The DNS server did not answer about {name}.").format(name=name),
            translate("Detect", "Check your internet connection, or enter the settings by hand."),
            f"{rtype} {name}: {exc}",
        ) from exc
    except dns.exception.DNSException as exc:
        raise DnsFailure(
            translate("Detect", "The DNS lookup of {name} failed.").format(name=name),
            translate("Detect", "Try again later, or enter the settings by hand."),
            f"{rtype} {name}: {type(exc).__name__}: {exc}",
        ) from exc


def srv_targets(
    service: str, domain: str, options: DetectOptions, token: CancelToken
) -> list[SrvTarget] | None:
    """The targets of ``_<service>._tcp.<domain>``, best first.

    Returns None when the domain says the service is not offered (a target of "."), and
    an empty list when there is no record.
    """
    records = _answer(f"_{service}._tcp.{domain}.", "SRV", options, token)
    if not records:
        return []
    ranked = sorted(records, key=lambda r: (r.priority, -r.weight))
    targets = [
        SrvTarget(r.target.to_text(omit_final_dot=True).lower(), int(r.port)) for r in ranked
    ]
    usable = [t for t in targets if t.host not in ("", ".")]
    return usable or None


def mx_hosts(domain: str, options: DetectOptions, token: CancelToken) -> list[str]:
    """The MX host names of *domain*, most preferred first."""
    records = _answer(f"{domain}.", "MX", options, token)
    ranked = sorted(records, key=lambda r: r.preference)
    hosts = [r.exchange.to_text(omit_final_dot=True).lower() for r in ranked]
    return [h for h in hosts if h not in ("", ".")]  # "0 ." is a null MX (RFC 7505)


def addresses(host: str, options: DetectOptions, token: CancelToken) -> list[str]:
    """The IP addresses of *host* (IPv4 first)."""
    found: list[str] = []
    for rtype in ("A", "AAAA"):
        found += [r.to_text() for r in _answer(f"{host}.", rtype, options, token)]
    return found
