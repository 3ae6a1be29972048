"""The domain's own autoconfig document (the ``config-v1.1.xml`` format Thunderbird reads).

Read over HTTPS only, certificates verified, redirects followed only to HTTPS, at most
:attr:`DetectOptions.max_document` bytes, parsed with defusedxml (no entity expansion, no
external entities: the document comes from the network). No Qt here.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit
from xml.etree.ElementTree import Element

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from composer.errors import CancelToken, ComposerError
from composer.i18n import translate
from composer.profiles.checks import is_valid_host
from composer.profiles.detect import dnsquery
from composer.profiles.detect.options import DetectOptions
from composer.profiles.parts import AuthMethod, Security
from composer.profiles.providertable import ServerEntry

__all__ = ["AutoconfigError", "AutoconfigServers", "fetch_document", "parse_document"]

_MAX_REDIRECTS = 3


class AutoconfigError(ComposerError):
    """An autoconfig document that could not be read or used."""


@dataclass(frozen=True)
class AutoconfigServers:
    """What a document says: the first usable SMTP and IMAP servers, user name, sign-in."""

    smtp: ServerEntry | None
    imap: ServerEntry | None
    username: str
    auth: AuthMethod


class NotFound(Exception):
    """The URL answered, but has no document (404 and the like): the next source is asked."""


def fetch_document(url: str, options: DetectOptions, token: CancelToken) -> bytes:
    """The body of *url* (HTTPS only, verified, size-limited).

    Raises:
        NotFound: no document there (an HTTP error status, a host name that does not exist).
        DnsFailure: the DNS server did not answer about the host.
        AutoconfigError: not HTTPS, a certificate that is not trusted, too large, no answer.
        Cancelled: the token was cancelled.
    """
    context = ssl.create_default_context(cafile=options.cafile or None)
    for _hop in range(_MAX_REDIRECTS + 1):
        token.check()
        parts = urlsplit(url)
        if parts.scheme != "https" or not parts.hostname:
            raise AutoconfigError(
                translate("Detect", "Refused to read the autoconfig document from {url}.").format(
                    url=url
                ),
                translate("Detect", "Composer reads autoconfig documents over HTTPS only."),
            )
        ip = _address_of(parts.hostname, options, token)
        conn = http.client.HTTPSConnection(
            parts.hostname, parts.port, timeout=options.timeout, context=context
        )
        try:
            try:
                # Connected by hand so that the plain socket can be watched before TLS
                # wraps it (a cancel then ends a read that waits for the server).
                raw = socket.create_connection((ip, parts.port or 443), options.timeout)
                token.watch(raw)
                conn.sock = context.wrap_socket(raw, server_hostname=parts.hostname)
                path = parts.path or "/"
                if parts.query:
                    path += "?" + parts.query
                conn.request("GET", path, headers={"Accept": "application/xml, text/xml"})
                response = conn.getresponse()
                if response.status in (301, 302, 303, 307, 308):
                    location = response.getheader("Location", "")
                    if not location:
                        raise NotFound(url)
                    url = urljoin(url, location)
                    continue
                if response.status != 200:
                    raise NotFound(f"{url}: HTTP {response.status}")
                body = response.read(options.max_document + 1)
            except (OSError, http.client.HTTPException) as exc:
                token.check()
                raise _network_error(url, exc) from exc
        finally:
            conn.close()
            token.release()
        if len(body) > options.max_document:
            raise AutoconfigError(
                translate("Detect", "The autoconfig document at {url} is too large.").format(
                    url=url
                ),
                translate("Detect", "Enter the server settings by hand."),
                f"more than {options.max_document} bytes",
            )
        return body
    raise AutoconfigError(
        translate("Detect", "The autoconfig address {url} redirects too often.").format(url=url),
        translate("Detect", "Enter the server settings by hand."),
    )


def _address_of(host: str, options: DetectOptions, token: CancelToken) -> str:
    """The IP address to connect to, asked of the run's resolver (cancellable, bounded).

    Raises:
        NotFound: the name does not exist (then there is no document there).
        DnsFailure: the DNS server did not answer.
    """
    try:
        ipaddress.ip_address(host.strip("[]"))
        return host.strip("[]")
    except ValueError:
        pass
    found = dnsquery.addresses(host, options, token)
    if not found:
        raise NotFound(f"{host}: no such host")
    return found[0]


def _network_error(url: str, exc: Exception) -> AutoconfigError:
    if isinstance(exc, ssl.SSLCertVerificationError):
        return AutoconfigError(
            translate(
                "Detect", "The certificate of {host} is not trusted: its autoconfig was ignored."
            ).format(host=urlsplit(url).hostname),
            translate("Detect", "Check the settings found elsewhere, or enter them by hand."),
            f"{url}: {exc}",
        )
    return AutoconfigError(
        translate("Detect", "No autoconfig document could be read from {url}.").format(url=url),
        "",
        f"{type(exc).__name__}: {exc}",
    )


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _child_text(element: Element, name: str) -> str:
    for child in element:
        if _local(child.tag) == name:
            return (child.text or "").strip()
    return ""


def _substitute(value: str, address: str) -> str:
    local, _at, domain = address.rpartition("@")
    return (
        value.replace("%EMAILADDRESS%", address)
        .replace("%EMAILLOCALPART%", local)
        .replace("%EMAILDOMAIN%", domain)
    )


_SOCKET_TYPES = {"SSL": Security.SSL, "STARTTLS": Security.STARTTLS, "PLAIN": Security.NONE}


def _server(element: Element, address: str, url: str) -> tuple[ServerEntry, str, list[str]]:
    host = _substitute(_child_text(element, "hostname"), address).lower()
    if not host or not is_valid_host(host):
        raise _malformed(url, f"bad hostname {host!r}")
    port_text = _child_text(element, "port")
    # isdigit() alone lets "²" and other digit signs through, which int() refuses.
    if not (port_text.isascii() and port_text.isdigit()) or not 1 <= int(port_text) <= 65535:
        raise _malformed(url, f"bad port {port_text!r} for {host}")
    socket_type = _child_text(element, "socketType").upper()
    if socket_type not in _SOCKET_TYPES:
        raise _malformed(url, f"bad socketType {socket_type!r} for {host}")
    username = _substitute(_child_text(element, "username"), address)
    # The user name goes into the keyring's entry name and the SMTP login: a document must
    # not smuggle line breaks or kilobytes of text there.
    if len(username) > 320 or any(ord(c) < 32 or ord(c) == 127 for c in username):
        raise _malformed(url, f"bad username for {host}")
    auths = [
        (child.text or "").strip() for child in element if _local(child.tag) == "authentication"
    ]
    return ServerEntry(host, int(port_text), _SOCKET_TYPES[socket_type]), username, auths


def _malformed(url: str, detail: str) -> AutoconfigError:
    return AutoconfigError(
        translate("Detect", "The autoconfig document at {url} is not valid.").format(url=url),
        translate("Detect", "Check the settings found elsewhere, or enter them by hand."),
        detail,
    )


def _best(servers: list[tuple[ServerEntry, str, list[str]]]) -> tuple[ServerEntry, str, list[str]]:
    # A document may list a plain-text server first; an encrypted one is preferred.
    encrypted = [s for s in servers if s[0].security is not Security.NONE]
    return (encrypted or servers)[0]


def parse_document(data: bytes, address: str, url: str) -> AutoconfigServers:
    """The servers a ``config-v1.1.xml`` document gives for *address*.

    Raises:
        AutoconfigError: not XML, not an autoconfig document, or no usable SMTP server.
    """
    try:
        root = SafeET.fromstring(data)
    except (SafeET.ParseError, DefusedXmlException, ValueError) as exc:
        raise _malformed(url, f"{type(exc).__name__}: {exc}") from exc
    if _local(root.tag) != "clientConfig":
        raise _malformed(url, f"root element {_local(root.tag)!r}, not 'clientConfig'")
    provider = next((c for c in root if _local(c.tag) == "emailProvider"), None)
    if provider is None:
        raise _malformed(url, "no emailProvider element")
    smtp: list[tuple[ServerEntry, str, list[str]]] = []
    imap: list[tuple[ServerEntry, str, list[str]]] = []
    for element in provider:
        kind = element.get("type", "").lower()
        if _local(element.tag) == "outgoingServer" and kind == "smtp":
            smtp.append(_server(element, address, url))
        elif _local(element.tag) == "incomingServer" and kind == "imap":
            imap.append(_server(element, address, url))
    if not smtp:
        raise _malformed(url, "no outgoingServer of type smtp")
    out = _best(smtp)
    inbox = _best(imap) if imap else None
    methods = {a.lower() for a in out[2]}
    auth = AuthMethod.OAUTH2 if methods == {"oauth2"} else AuthMethod.PASSWORD
    return AutoconfigServers(
        smtp=out[0],
        imap=inbox[0] if inbox else None,
        username=out[1] or (inbox[1] if inbox else ""),
        auth=auth,
    )
