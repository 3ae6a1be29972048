"""Small helpers shared by the message builder and the backends."""

from __future__ import annotations

import re
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
            self._fqdn = _host_name(socket.getfqdn())
            return self._fqdn


# What a host name may hold on the EHLO line and after the "@" of a Message-ID.
_HOST_NAME = re.compile(r"[A-Za-z0-9_.-]+\Z")


def _host_name(name: str) -> str:
    """*name* punycoded, or ``localhost`` if it is no usable host name.

    The name comes from the resolver (``/etc/hosts``, DNS): whatever it says must not
    reach the EHLO command or a Message-ID as anything but a host name.
    """
    try:
        ascii_name = punycode(name)
    except UnicodeError:  # an empty or over-long label, for instance
        return "localhost"
    return ascii_name if _HOST_NAME.match(ascii_name) else "localhost"


DNS_NAME = CachedDnsName()
