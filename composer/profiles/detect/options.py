"""Where detection asks: the DNS resolver, the autoconfig URLs, the CA, the timeouts.

The defaults are the real ones (the system's resolver, ``https://autoconfig.<domain>/`` and
``https://<domain>/.well-known/``, the system's CAs). :meth:`DetectOptions.from_environment`
lets a test (or an administrator checking a domain) point them elsewhere:

``COMPOSER_DNS_SERVER``
    ``HOST`` or ``HOST:PORT`` of the one DNS server to ask.
``COMPOSER_AUTOCONFIG_BASE``
    An ``https://`` base URL: the two autoconfig documents are read from
    ``BASE/autoconfig.<domain>/mail/config-v1.1.xml`` and
    ``BASE/<domain>/.well-known/autoconfig/mail/config-v1.1.xml`` instead.
``COMPOSER_AUTOCONFIG_CAFILE``
    A PEM file of the CAs trusted for autoconfig (instead of the system's).

No Qt here.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from composer.profiles.parts import Security

__all__ = ["DetectOptions", "ProbeTarget"]


@dataclass(frozen=True)
class ProbeTarget:
    """A port a guessed server is tried on, and the security that port means."""

    port: int
    security: Security


_SMTP_PROBES = (
    ProbeTarget(465, Security.SSL),
    ProbeTarget(587, Security.STARTTLS),
)
_IMAP_PROBES = (
    ProbeTarget(993, Security.SSL),
    ProbeTarget(143, Security.STARTTLS),
)


@dataclass
class DetectOptions:
    """Settings of one detection run; see the module docstring."""

    #: A ``dns.resolver.Resolver``; None means the system's (built when first needed).
    resolver: Any = None
    autoconfig_base: str = ""
    cafile: str = ""
    #: Seconds for each network step (one HTTPS fetch, one DNS query, one connection).
    timeout: float = 5.0
    #: The most bytes an autoconfig document may have.
    max_document: int = 64 * 1024
    smtp_probes: tuple[ProbeTarget, ...] = _SMTP_PROBES
    imap_probes: tuple[ProbeTarget, ...] = _IMAP_PROBES
    #: Skip a source entirely (tests, or a user who wants the table alone).
    skip: frozenset[str] = field(default_factory=frozenset)

    def autoconfig_urls(self, domain: str, address: str) -> list[str]:
        """The two autoconfig URLs for *domain*, in the order they are asked."""
        query = "?emailaddress=" + quote(address, safe="@")
        if self.autoconfig_base:
            base = self.autoconfig_base.rstrip("/")
            return [
                f"{base}/autoconfig.{domain}/mail/config-v1.1.xml{query}",
                f"{base}/{domain}/.well-known/autoconfig/mail/config-v1.1.xml",
            ]
        return [
            f"https://autoconfig.{domain}/mail/config-v1.1.xml{query}",
            f"https://{domain}/.well-known/autoconfig/mail/config-v1.1.xml",
        ]

    def dns(self) -> Any:
        """The resolver to ask (the system's, with this run's timeout, unless one was set)."""
        if self.resolver is None:
            import dns.resolver

            resolver = dns.resolver.Resolver()
            resolver.timeout = self.timeout
            resolver.lifetime = self.timeout
            self.resolver = resolver
        return self.resolver

    @classmethod
    def from_environment(cls, environ: dict[str, str] | None = None) -> DetectOptions:
        """Options with the overrides named in the module docstring applied."""
        env = os.environ if environ is None else environ
        options = cls(
            autoconfig_base=env.get("COMPOSER_AUTOCONFIG_BASE", "").strip(),
            cafile=env.get("COMPOSER_AUTOCONFIG_CAFILE", "").strip(),
        )
        server = env.get("COMPOSER_DNS_SERVER", "").strip()
        if server:
            import dns.resolver

            host, _colon, port = server.rpartition(":") if ":" in server else (server, "", "")
            resolver = dns.resolver.Resolver(configure=False)
            resolver.nameservers = [host or server]
            resolver.port = int(port) if port else 53
            resolver.timeout = options.timeout
            resolver.lifetime = options.timeout
            options.resolver = resolver
        return options
