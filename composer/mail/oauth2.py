"""SMTP login with an OAuth 2.0 access token: SASL XOAUTH2, or OAUTHBEARER (RFC 7628).

Beyond Django: the SMTP backend's ``oauth2_token`` argument (a string, or a callable that
returns a fresh token each time the backend logs in) replaces the password. Where the server
offers OAUTHBEARER, the standard mechanism, it is used; otherwise XOAUTH2, the older one
Google and Microsoft document. A server that offers neither is an
:class:`OAuth2NotOfferedError` that names what it does offer; a refused token is an
:class:`OAuth2TokenRefused` (an ``smtplib.SMTPAuthenticationError``) carrying the server's
reply and the status of its JSON error challenge.

The token never appears in an exception or a log line from this module; getting one (the
authorization flow, refreshing) is the application's business, not the library's.
Standard library only.
"""

from __future__ import annotations

import base64
import binascii
import json
import smtplib
from collections.abc import Callable

__all__ = [
    "OAuth2NotOfferedError",
    "OAuth2Token",
    "OAuth2TokenRefused",
    "authenticate",
    "oauthbearer_response",
    "xoauth2_response",
]

#: What the backend accepts as ``oauth2_token``: the token, or a callable returning one.
OAuth2Token = str | Callable[[], str]

# Preferred first: OAUTHBEARER is the standard (RFC 7628), XOAUTH2 its predecessor.
_MECHANISMS = ("OAUTHBEARER", "XOAUTH2")


class OAuth2NotOfferedError(smtplib.SMTPNotSupportedError):
    """The server offers no OAuth 2.0 login (neither OAUTHBEARER nor XOAUTH2)."""

    def __init__(self, host: str, offered: list[str]) -> None:
        self.host = host
        self.offered = offered
        what = " ".join(offered) if offered else "no AUTH at all"
        super().__init__(
            f"The server {host} offers no OAuth 2.0 login (OAUTHBEARER or XOAUTH2); "
            f"it offers: {what}."
        )


class OAuth2TokenRefused(smtplib.SMTPAuthenticationError):
    """The server refused the access token.

    Attributes:
        mechanism: ``"OAUTHBEARER"`` or ``"XOAUTH2"``.
        status: the ``status`` of the server's JSON error challenge (``"401"``,
            ``"invalid_token"``, ...), "" when it sent none.
    """

    def __init__(self, code: int, msg: bytes | str, mechanism: str, status: str = "") -> None:
        super().__init__(code, msg)
        self.mechanism = mechanism
        self.status = status


def xoauth2_response(username: str, token: str) -> bytes:
    """The XOAUTH2 initial client response (not yet base64-encoded)."""
    return f"user={username}\x01auth=Bearer {token}\x01\x01".encode()


def _gs2_name(username: str) -> str:
    # RFC 5801: "," and "=" in the authorization identity are escaped.
    return username.replace("=", "=3D").replace(",", "=2C")


def oauthbearer_response(username: str, token: str, host: str, port: int) -> bytes:
    """The OAUTHBEARER initial client response (RFC 7628 section 3.1), not yet encoded."""
    gs2 = f"n,a={_gs2_name(username)}," if username else "n,,"
    return f"{gs2}\x01host={host}\x01port={port}\x01auth=Bearer {token}\x01\x01".encode()


def offered_mechanisms(conn: smtplib.SMTP) -> list[str]:
    """The SASL mechanisms the server announced after EHLO."""
    if not conn.has_extn("auth"):
        return []
    return conn.esmtp_features.get("auth", "").upper().split()


def authenticate(
    conn: smtplib.SMTP, username: str, token: OAuth2Token, host: str, port: int
) -> str:
    """Log in on *conn* with an OAuth 2.0 access token; returns the mechanism used.

    *token* is called here, once, when it is a callable: a source that refreshes an expired
    token gives a fresh one for every login.

    Raises:
        OAuth2NotOfferedError: the server offers neither OAUTHBEARER nor XOAUTH2.
        OAuth2TokenRefused: the server refused the token.
        smtplib.SMTPException: another failure of the conversation.
    """
    conn.ehlo_or_helo_if_needed()
    offered = offered_mechanisms(conn)
    mechanism = next((m for m in _MECHANISMS if m in offered), None)
    if mechanism is None:
        raise OAuth2NotOfferedError(host, offered)
    value = token() if callable(token) else token
    if mechanism == "OAUTHBEARER":
        initial = oauthbearer_response(username, value, host, port)
    else:
        initial = xoauth2_response(username, value)
    encoded = base64.b64encode(initial).decode("ascii")
    code, reply = conn.docmd("AUTH", f"{mechanism} {encoded}")
    if code == 235:
        return mechanism
    status = ""
    if code == 334:
        # The server explains the refusal in a base64 JSON challenge; the client answers
        # with an empty response (XOAUTH2) or %x01 (OAUTHBEARER), then gets the final reply.
        status = _challenge_status(reply)
        answer = base64.b64encode(b"\x01").decode() if mechanism == "OAUTHBEARER" else ""
        code, reply = conn.docmd(answer)
    if code == 235:  # a server that took the token after all
        return mechanism
    raise OAuth2TokenRefused(code, reply, mechanism, status)


def _challenge_status(reply: bytes) -> str:
    try:
        data = json.loads(base64.b64decode(reply, validate=True))
    except (binascii.Error, ValueError):
        return ""
    if not isinstance(data, dict):
        return ""
    return str(data.get("status", ""))
