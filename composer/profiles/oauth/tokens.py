"""The token endpoint: a code for tokens, a refresh token for a fresh access token.

Over HTTPS only, with the certificate and host name verified (the system's CAs plus the
profile's private CA, if any). An answer that is not a JSON token (an HTML page, garbage,
an HTTP error without an OAuth error) is a :class:`TokenEndpointError` in plain words;
``invalid_grant`` on a refresh (expired, revoked) is a :class:`SignInExpired` raised by the
caller, which knows the profile. Tokens never appear in an error or a log line.
"""

from __future__ import annotations

import base64
import binascii
import json
import ssl
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode, urlsplit

from composer.diagnostics.logsafety import register_secret
from composer.i18n import translate
from composer.profiles.oauth.errors import TokenEndpointError
from composer.profiles.oauth.presets import OAuthClient

__all__ = ["TIMEOUT", "GrantRefused", "TokenResponse", "exchange_code", "refresh"]

#: Seconds to wait for the token endpoint.
TIMEOUT = 30.0
_MAX_ANSWER = 256 * 1024


@dataclass(frozen=True)
class TokenResponse:
    """What the token endpoint gave. ``repr`` shows no token."""

    access_token: str = field(repr=False)
    expires_in: float
    refresh_token: str = field(default="", repr=False)
    #: Who signed in, from the ID token's ``email`` / ``preferred_username`` ("" unknown).
    account: str = ""


class GrantRefused(TokenEndpointError):
    """The token endpoint said ``invalid_grant``: the code or refresh token is no good."""


def _context(cafile: str) -> ssl.SSLContext:
    context = ssl.create_default_context()
    if cafile:
        context.load_verify_locations(cafile=cafile)
    return context


def _host(url: str) -> str:
    return urlsplit(url).hostname or url


def _post(client: OAuthClient, form: dict[str, str]) -> dict[str, Any]:
    if client.client_secret:
        form = {**form, "client_secret": client.client_secret}
    request = urllib.request.Request(  # noqa: S310  (https only: presets.client_for checks)
        client.token_url,
        data=urlencode(form).encode("ascii"),
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": "application/json",
        },
        method="POST",
    )
    host = _host(client.token_url)
    status = 200
    try:
        with urllib.request.urlopen(  # noqa: S310
            request, timeout=TIMEOUT, context=_context(client.cafile)
        ) as response:
            body = response.read(_MAX_ANSWER)
            content_type = response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as exc:  # an OAuth error comes as 400/401 with JSON
        status = exc.code
        body = exc.read(_MAX_ANSWER)
        content_type = exc.headers.get("Content-Type", "") if exc.headers else ""
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise TokenEndpointError(
            translate(
                "OAuth", "Composer could not reach the sign-in server {host} ({reason})."
            ).format(host=host, reason=reason),
            translate("OAuth", "Check your internet connection and try again."),
            f"{type(exc).__name__}: {exc}",
        ) from exc
    try:
        data = json.loads(body)
    except (UnicodeDecodeError, ValueError):
        data = None
    if not isinstance(data, dict):
        kind = "HTML" if b"<html" in body[:2048].lower() else content_type or "?"
        raise TokenEndpointError(
            translate(
                "OAuth",
                "The sign-in server {host} did not answer with a token (HTTP {status}, {kind}).",
            ).format(host=host, status=status, kind=kind),
            translate(
                "OAuth",
                "Check the token URL in the profile; a proxy or captive portal may be in the way.",
            ),
            body[:500].decode("utf-8", "replace"),
        )
    if "error" in data:
        error = str(data.get("error"))
        description = str(data.get("error_description", ""))
        details = f"HTTP {status}: {error}: {description}".strip()
        if error == "invalid_grant":
            raise GrantRefused(
                translate("OAuth", "The sign-in server refused the sign-in ({error}).").format(
                    error=error
                ),
                "",
                details,
            )
        what, todo = _error_words(error, description, host)
        raise TokenEndpointError(what, todo, details)
    return data


def _error_words(error: str, description: str, host: str) -> tuple[str, str]:
    if "AADSTS65001" in description or error == "consent_required":
        return (
            translate(
                "OAuth", "Your organisation has not allowed Composer to send mail for you yet."
            ),
            translate(
                "OAuth",
                "Ask your administrator to grant admin consent to the app (see the README), "
                "then sign in again.",
            ),
        )
    if error in ("invalid_client", "unauthorized_client"):
        return (
            translate("OAuth", "The sign-in server {host} does not know this client ID.").format(
                host=host
            ),
            translate("OAuth", "Check the client ID (and secret) with your administrator."),
        )
    return (
        translate("OAuth", "The sign-in server {host} refused the request ({error}).").format(
            host=host, error=error
        ),
        translate("OAuth", "Try signing in again; the details say what the server wants."),
    )


def _token(data: dict[str, Any], host: str) -> TokenResponse:
    access = data.get("access_token")
    if not isinstance(access, str) or not access:
        raise TokenEndpointError(
            translate(
                "OAuth", "The sign-in server {host} answered without an access token."
            ).format(host=host),
            translate("OAuth", "Check the token URL in the profile."),
        )
    refresh_token = data.get("refresh_token")
    refresh_token = refresh_token if isinstance(refresh_token, str) else ""
    register_secret(access)
    register_secret(refresh_token)
    try:
        expires = float(data.get("expires_in", 3600))
    except (TypeError, ValueError):
        expires = 3600.0
    return TokenResponse(access, expires, refresh_token, _who(data.get("id_token")))


def _who(id_token: object) -> str:
    """The account an ID token names; only shown to the user, so its signature is not needed
    (it came straight from the token endpoint over verified TLS, OpenID Connect 3.1.3.7)."""
    if not isinstance(id_token, str) or id_token.count(".") != 2:
        return ""
    payload = id_token.split(".")[1]
    try:
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except (binascii.Error, ValueError):
        return ""
    if not isinstance(claims, dict):
        return ""
    for key in ("email", "preferred_username", "upn"):
        value = claims.get(key)
        if isinstance(value, str) and value:
            return value
    return ""


def exchange_code(
    client: OAuthClient, code: str, redirect_uri: str, verifier: str
) -> TokenResponse:
    """Trade the authorization *code* (with the PKCE *verifier*) for tokens."""
    data = _post(
        client,
        {
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": redirect_uri,
            "client_id": client.client_id,
            "code_verifier": verifier,
        },
    )
    return _token(data, _host(client.token_url))


def refresh(client: OAuthClient, refresh_token: str) -> TokenResponse:
    """A fresh access token (and maybe a new refresh token) for *refresh_token*.

    Raises:
        GrantRefused: the refresh token expired or was revoked.
        TokenEndpointError: any other failure.
    """
    data = _post(
        client,
        {
            "grant_type": "refresh_token",
            "refresh_token": refresh_token,
            "client_id": client.client_id,
            "scope": " ".join(client.scopes),
        },
    )
    return _token(data, _host(client.token_url))
