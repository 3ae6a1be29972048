"""Address sanitising, for the SMTP envelope and non-ASCII address headers (spec §7).

Beyond Django: a non-ASCII local part is kept as UTF-8 (it needs SMTPUTF8), never RFC
2047-encoded, and an address whose addr-spec would not stand alone on the SMTP command line
(a space, ``<``, ``>``, a control character) is refused (see :mod:`composer.mail.safety`).
"""

from __future__ import annotations

import re
from email import _header_value_parser as _parser  # the parser email.headerregistry uses
from email.errors import HeaderParseError
from email.header import Header
from email.headerregistry import Address
from typing import Any

from composer.mail.safety import LINE_BREAKS as _LINE_BREAKS
from composer.mail.safety import check_addr_spec, check_address_text
from composer.mail.utils import punycode

__all__ = ["envelope_address", "sanitize_address"]

# formataddr's rules for quoting a display name.
_SPECIALS = re.compile(r'[][\\()<>@,:;".]')
_ESCAPES = re.compile(r'[\\"]')


def _to_str(value: Any) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8")
    return str(value)


def _split_address(addr: str | tuple[str, str]) -> tuple[str, str, str]:
    """Split one address into (display name, local part, domain), validating it."""
    if isinstance(addr, tuple):
        name, address = addr
        if "@" not in address:
            raise ValueError(f'Invalid address "{address}"')
        check_address_text(address, addr)
        local, domain = address.rsplit("@", 1)
        return name, local, domain
    text = _to_str(addr)
    try:
        token, rest = _parser.get_mailbox(text)
    except (HeaderParseError, ValueError, IndexError):
        raise ValueError(f'Invalid address "{text}"') from None
    if rest:
        raise ValueError(f'Invalid address; only {token} could be parsed from "{text}"')
    # The parser drops characters such as U+00A0 from an addr-spec and the IDNA codec
    # drops others (U+00AD): the address as typed must be visible text.
    spec = token[0][-1] if isinstance(token[0], _parser.NameAddr) else token[0]  # angle-addr
    check_address_text(str(spec), addr)
    return token.display_name or "", token.local_part, token.domain or ""


def _address_parts(addr: str | tuple[str, str], encoding: str) -> tuple[str, str]:
    """Return ``(encoded display name, addr-spec)`` for one address.

    The display name is ASCII (RFC 2047 encoded words when needed); the domain is
    punycoded; a non-ASCII local part is kept as Unicode (it needs SMTPUTF8).
    """
    name, local, domain = _split_address(addr)
    if _LINE_BREAKS.search(name + local + domain):
        raise ValueError("Invalid address; address parts cannot contain newlines.")
    name = Header(name).encode() if name.isascii() else Header(name, encoding).encode()
    addr_spec = Address(username=local, domain=punycode(domain)).addr_spec
    check_addr_spec(addr_spec, addr)
    return name, addr_spec


def _format_mailbox(name: str, addr_spec: str) -> str:
    # email.utils.formataddr, minus its refusal of non-ASCII addr-specs.
    if not name:
        return addr_spec
    quotes = '"' if _SPECIALS.search(name) else ""
    name = _ESCAPES.sub(r"\\\g<0>", name)
    return f"{quotes}{name}{quotes} <{addr_spec}>"


def sanitize_address(addr: str | tuple[str, str], encoding: str) -> str:
    """Validate one address and format it for a header or the SMTP envelope.

    Args:
        addr: ``"Name <local@domain>"``, ``"local@domain"`` or a ``(name, address)`` tuple.
        encoding: the charset for a non-ASCII display name.

    Raises:
        ValueError: the address cannot be parsed, has text after it, or contains a line
            break, or its addr-spec holds a space, ``<``, ``>`` or a control character.
    """
    return _format_mailbox(*_address_parts(addr, encoding))


# An address that needs no parsing: a dot-atom local part and an ASCII host name. For it,
# sanitising returns the address unchanged (a test checks this against the full parser).
_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_SIMPLE_ADDRESS = re.compile(rf"{_ATEXT}(?:\.{_ATEXT})*@{_LABEL}(?:\.{_LABEL})*\Z")


# "Plain Name <simple@address>": words of letters, digits and a few safe marks, one space
# apart. Sanitising returns it unchanged (the parser, Header and formataddr leave it as is).
_PLAIN_WORD = r"[A-Za-z0-9_'+-]+"
_NAMED_SIMPLE_ADDRESS = re.compile(
    rf"(?P<name>{_PLAIN_WORD}(?: {_PLAIN_WORD})*) <(?P<spec>{_SIMPLE_ADDRESS.pattern[:-2]})>\Z"
)


def envelope_address(addr: str | tuple[str, str], encoding: str) -> tuple[str, str]:
    """Return ``(sanitised address, addr-spec)`` for the SMTP envelope.

    The sanitised form is what :func:`sanitize_address` returns (and what Django names
    in its errors); the addr-spec is what goes between ``<`` and ``>`` on the wire.
    """
    if type(addr) is str:
        if _SIMPLE_ADDRESS.match(addr):
            return addr, addr
        named = _NAMED_SIMPLE_ADDRESS.match(addr)
        if named is not None and len(named["name"]) <= 76:
            return addr, named["spec"]
    name, addr_spec = _address_parts(addr, encoding)
    return _format_mailbox(name, addr_spec), addr_spec
