"""Small helpers shared by the message builder and the backends."""

from __future__ import annotations

import socket

__all__ = ["DNS_NAME", "CachedDnsName", "punycode"]


def punycode(domain: str) -> str:
    """Return *domain* as ASCII: IDNA-2003 via Python's ``idna`` codec.

    Already-ASCII domains (including ``xn--`` labels) come back unchanged.
    """
    return domain.encode("idna").decode("ascii")


class CachedDnsName:
    """This host's fully qualified name, looked up once, lazily.

    ``socket.getfqdn()`` can take seconds on a badly configured network, so it runs on
    first use, not at import. Used as the Message-ID domain and the SMTP EHLO name.
    """

    _fqdn: str

    def __str__(self) -> str:
        return self.get_fqdn()

    def get_fqdn(self) -> str:
        try:
            return self._fqdn
        except AttributeError:
            self._fqdn = punycode(socket.getfqdn())
            return self._fqdn


DNS_NAME = CachedDnsName()
