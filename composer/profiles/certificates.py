"""Certificates: a profile's TLS files, and a server's certificate shown to the user.

:func:`build_ssl_context` loads a profile's files the way ``composer.mail``'s SMTP backend
does (the system CAs, a private CA file, a client certificate) and turns a file that cannot
be used into a :class:`TlsFilesError` that says which and why; :func:`check_tls_files` does
the same for a backend before it connects, so a missing CA file never reads as a missing
attachment.

When the computer does not trust a server's certificate, :func:`parse_certificate` reads
what users need to judge it (subject, issuer, validity, names, fingerprint) from the DER
bytes. The standard library decodes only certificates it verified, so this small reader of
the few X.509 fields shown is ours. No Qt here.
"""

from __future__ import annotations

import hashlib
import ipaddress
import ssl
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from composer.errors import ComposerError, boundary
from composer.i18n import translate

__all__ = [
    "CertificateInfo",
    "TlsFilesError",
    "build_ssl_context",
    "check_tls_files",
    "parse_certificate",
]


class TlsFilesError(ComposerError):
    """A profile's private CA, client certificate or key file cannot be used."""


def build_ssl_context(cafile: str = "", certfile: str = "", keyfile: str = "") -> ssl.SSLContext:
    """The client SSL context: system CAs (+ a private CA file) and an optional client cert.

    Raises:
        TlsFilesError: a named file does not exist or is not a certificate or key.
    """
    ctx = ssl.create_default_context(cafile=None)
    if cafile:
        path = str(Path(cafile).expanduser())
        with _naming(path):
            ctx.load_verify_locations(cafile=path)
    if certfile:
        cert = str(Path(certfile).expanduser())
        key = str(Path(keyfile).expanduser()) if keyfile else None
        for name in (cert, key):
            if name is not None:
                with _naming(name):
                    Path(name).read_bytes()  # names the file that is missing or unreadable
        with _naming(cert):
            ctx.load_cert_chain(cert, key)
    return ctx


def check_tls_files(backend: Any) -> None:
    """Load *backend*'s TLS files now, so that a bad one is named before connecting.

    The backend then uses that context; a backend without TLS or TLS files is left alone.

    Raises:
        TlsFilesError: a named file does not exist or is not a certificate or key.
    """
    files = [getattr(backend, name, None) or "" for name in _BACKEND_FILES]
    uses_tls = getattr(backend, "use_tls", False) or getattr(backend, "use_ssl", False)
    if uses_tls and any(files):
        backend.ssl_context = build_ssl_context(*files)


_BACKEND_FILES = ("ssl_cafile", "ssl_certfile", "ssl_keyfile")


def _naming(path: str) -> boundary:
    """Turn a failure to use the file *path* into a :class:`TlsFilesError` naming it."""
    return boundary(lambda exc: _files_error(exc, path), OSError)  # ssl.SSLError is one too


def _files_error(exc: Exception, path: str) -> TlsFilesError:
    todo = translate("ConnectionTest", "Choose the certificate, key and CA files again.")
    if isinstance(exc, FileNotFoundError):
        what = translate("ConnectionTest", "The file {file} does not exist.")
        return TlsFilesError(what.format(file=path), todo)
    if not isinstance(exc, ssl.SSLError):
        what = translate("ConnectionTest", "The file {file} could not be read ({reason}).")
        reason = getattr(exc, "strerror", None) or exc
        return TlsFilesError(what.format(file=path, reason=reason), todo)
    return TlsFilesError(
        translate(
            "ConnectionTest",
            "The client certificate, key or CA file could not be loaded ({reason}).",
        ).format(reason=exc.reason or exc),
        translate(
            "ConnectionTest",
            "Check that the files are PEM certificates and the matching private key.",
        ),
    )


@dataclass(frozen=True)
class CertificateInfo:
    """What users need to judge a certificate the computer does not trust."""

    subject: str
    issuer: str
    sha256: str
    not_before: str = ""
    not_after: str = ""
    names: tuple[str, ...] = ()

    def lines(self) -> list[str]:
        out = [
            translate("ConnectionTest", "Subject: {subject}").format(subject=self.subject),
            translate("ConnectionTest", "Issuer: {issuer}").format(issuer=self.issuer),
        ]
        if self.names:
            names = ", ".join(self.names)
            out.append(translate("ConnectionTest", "Valid for: {names}").format(names=names))
        if self.not_before or self.not_after:
            out.append(
                translate("ConnectionTest", "Valid from {start} to {end}").format(
                    start=self.not_before, end=self.not_after
                )
            )
        out.append(
            translate("ConnectionTest", "SHA-256 fingerprint: {fingerprint}").format(
                fingerprint=self.sha256
            )
        )
        return out


_OID_NAMES = {
    "2.5.4.3": "CN",
    "2.5.4.6": "C",
    "2.5.4.7": "L",
    "2.5.4.8": "ST",
    "2.5.4.10": "O",
    "2.5.4.11": "OU",
    "1.2.840.113549.1.9.1": "emailAddress",
}


def parse_certificate(der: bytes) -> CertificateInfo:
    """Subject, issuer, validity, names and SHA-256 fingerprint of a DER certificate.

    Raises:
        ValueError: *der* is not a certificate.
    """
    try:
        _tag, start, _end = _der_item(der, 0)
        _tag, tbs_start, tbs_end = _der_item(der, start)
        items = list(_der_children(der, tbs_start, tbs_end))
        if items and items[0][0] == 0xA0:  # explicit version
            items = items[1:]
        issuer = _der_name(der, items[2])
        validity = list(_der_children(der, items[3][1], items[3][2]))
        subject = _der_name(der, items[4])
        names: list[str] = []
        for tag, s, e in items[6:]:
            if tag == 0xA3:
                names = _der_alt_names(der, s, e)
        not_before = _der_time(der, validity[0])
        not_after = _der_time(der, validity[1])
    except (IndexError, UnicodeDecodeError) as exc:
        raise ValueError("not a DER certificate") from exc
    digest = hashlib.sha256(der).hexdigest().upper()
    fingerprint = ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))
    return CertificateInfo(subject, issuer, fingerprint, not_before, not_after, tuple(names))


def _der_item(data: bytes, pos: int) -> tuple[int, int, int]:
    tag = data[pos]
    length = data[pos + 1]
    pos += 2
    if length & 0x80:
        count = length & 0x7F
        length = int.from_bytes(data[pos : pos + count], "big")
        pos += count
    if pos + length > len(data):
        raise IndexError("truncated DER")
    return tag, pos, pos + length


def _der_children(data: bytes, start: int, end: int) -> list[tuple[int, int, int]]:
    out = []
    pos = start
    while pos < end:
        item = _der_item(data, pos)
        out.append(item)
        pos = item[2]
    return out


def _der_oid(raw: bytes) -> str:
    parts = [raw[0] // 40, raw[0] % 40]
    value = 0
    for byte in raw[1:]:
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            parts.append(value)
            value = 0
    return ".".join(str(p) for p in parts)


def _der_string(tag: int, raw: bytes) -> str:
    if tag == 0x1E:
        return raw.decode("utf-16-be")
    return raw.decode("utf-8" if tag == 0x0C else "latin-1")


def _der_name(data: bytes, item: tuple[int, int, int]) -> str:
    parts = []
    for _set_tag, set_start, set_end in _der_children(data, item[1], item[2]):
        for _seq_tag, seq_start, seq_end in _der_children(data, set_start, set_end):
            (_oid_tag, os_, oe), (vtag, vs, ve) = _der_children(data, seq_start, seq_end)[:2]
            oid = _der_oid(data[os_:oe])
            parts.append(f"{_OID_NAMES.get(oid, oid)}={_der_string(vtag, data[vs:ve])}")
    return ", ".join(reversed(parts))


def _der_time(data: bytes, item: tuple[int, int, int]) -> str:
    tag, start, end = item
    text = data[start:end].decode("ascii")
    fmt = "%y%m%d%H%M%SZ" if tag == 0x17 else "%Y%m%d%H%M%SZ"
    return datetime.strptime(text, fmt).replace(tzinfo=UTC).strftime("%Y-%m-%d")


def _der_alt_names(data: bytes, start: int, end: int) -> list[str]:
    names: list[str] = []
    (_seq, s, e) = _der_item(data, start)
    for _tag, es, ee in _der_children(data, s, e):
        ext = _der_children(data, es, ee)
        if _der_oid(data[ext[0][1] : ext[0][2]]) != "2.5.29.17":
            continue
        _octet, os_, _oe = ext[-1]
        _seq2, gs, ge = _der_item(data, os_)
        for tag, ns, ne in _der_children(data, gs, ge):
            if tag == 0x82:
                names.append(data[ns:ne].decode("ascii"))
            elif tag == 0x87:
                names.append(str(ipaddress.ip_address(data[ns:ne])))
    return names
