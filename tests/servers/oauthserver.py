"""A real OAuth 2.0 authorization server on 127.0.0.1, built on Authlib's server components.

Authlib's :class:`~authlib.oauth2.AuthorizationServer` with its authorization-code grant
(PKCE required: :class:`~authlib.oauth2.rfc7636.CodeChallenge`) and refresh-token grant
(rotating: each refresh hands out a new refresh token and revokes the old one), served over
HTTPS with the test CA by a small threaded ``http.server``. It checks the redirect URI (a
loopback ``http://127.0.0.1:<any port>/``, RFC 8252), issues short-lived access tokens, and
can revoke a user's tokens. :meth:`OAuthTestServer.check_access_token` is what the test SMTP
server's XOAUTH2/OAUTHBEARER authenticator asks.

The "browser" is :meth:`OAuthTestServer.browse`: it follows the authorization URL, the
server signs in :attr:`login_as` and approves (or denies), and the redirect lands on the
client's loopback address. The server's clock can be moved forward (:meth:`advance`) so a
test can let access tokens expire without waiting.

One server per test session (fixture ``oauth_server`` in ``conftest.py``); tests register
their own client with :meth:`add_client` so they do not see each other's tokens.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import secrets
import shutil
import ssl
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

from authlib.oauth2 import AuthorizationServer
from authlib.oauth2.rfc6749 import (
    AuthorizationCodeMixin,
    ClientMixin,
    OAuth2Request,
    TokenMixin,
    grants,
)
from authlib.oauth2.rfc6749.requests import BasicOAuth2Payload
from authlib.oauth2.rfc6750 import BearerTokenGenerator
from authlib.oauth2.rfc7636 import CodeChallenge

__all__ = ["OAuthTestServer"]

# The server runs inside the test's process: its own debug log (which names the tokens it
# issues) would land in Composer's log and captured output, which the tests search for them.
logging.getLogger("authlib").setLevel(logging.WARNING)

_AUTH_METHODS = ["none", "client_secret_post", "client_secret_basic"]


@dataclass
class _Client(ClientMixin):  # type: ignore[misc]
    client_id: str
    secret: str = ""

    def get_client_id(self) -> str:
        return self.client_id

    def get_default_redirect_uri(self) -> None:
        return None  # a redirect URI is required

    def get_allowed_scope(self, scope: str | None) -> str:
        return scope or ""

    def check_redirect_uri(self, redirect_uri: str) -> bool:
        # RFC 8252 7.3: a loopback redirect on any port.
        parts = urlsplit(redirect_uri)
        return (
            parts.scheme == "http"
            and parts.hostname == "127.0.0.1"
            and parts.port is not None
            and parts.path in ("", "/")
        )

    def check_client_secret(self, client_secret: str) -> bool:
        return bool(self.secret) and secrets.compare_digest(client_secret, self.secret)

    def check_endpoint_auth_method(self, method: str, endpoint: str) -> bool:
        return method != "none" if self.secret else method == "none"

    def check_response_type(self, response_type: str) -> bool:
        return response_type == "code"

    def check_grant_type(self, grant_type: str) -> bool:
        return grant_type in ("authorization_code", "refresh_token")


@dataclass
class _Code(AuthorizationCodeMixin):  # type: ignore[misc]
    code: str
    client_id: str
    redirect_uri: str
    scope: str
    user: str
    code_challenge: str | None
    code_challenge_method: str | None

    def get_redirect_uri(self) -> str:
        return self.redirect_uri

    def get_scope(self) -> str:
        return self.scope


@dataclass
class _Token(TokenMixin):  # type: ignore[misc]
    server: OAuthTestServer
    client: _Client
    user: str
    scope: str
    access_token: str
    refresh_token: str
    issued_at: float
    expires_in: int
    revoked: bool = False

    def check_client(self, client: _Client) -> bool:
        return client.client_id == self.client.client_id

    def get_scope(self) -> str:
        return self.scope

    def get_expires_in(self) -> int:
        return self.expires_in

    def is_expired(self) -> bool:
        return self.server.now() >= self.issued_at + self.expires_in

    def is_revoked(self) -> bool:
        return self.revoked

    def get_user(self) -> str:
        return self.user

    def get_client(self) -> _Client:
        return self.client


class _Request(OAuth2Request):  # type: ignore[misc]
    def __init__(self, method: str, uri: str, headers: dict[str, str], data: dict[str, str]):
        super().__init__(method, uri, headers=headers)
        self._values = data
        self.payload = BasicOAuth2Payload(data)

    @property
    def args(self) -> dict[str, str]:
        return self._values

    @property
    def form(self) -> dict[str, str]:
        return self._values


class _Server(AuthorizationServer):  # type: ignore[misc]
    def __init__(self, owner: OAuthTestServer) -> None:
        super().__init__()
        self.owner = owner

    def query_client(self, client_id: str) -> _Client | None:
        return self.owner.clients.get(client_id)

    def save_token(self, token: dict[str, Any], request: _Request) -> None:
        owner = self.owner
        user = request.user
        record = _Token(
            owner,
            request.client,
            user,
            str(token.get("scope", "")),
            token["access_token"],
            token.get("refresh_token", ""),
            owner.now(),
            int(token["expires_in"]),
        )
        with owner.lock:
            owner.tokens.append(record)
        # Who signed in, as an OpenID Connect ID token would say (unsigned: a test).
        claims = base64.urlsafe_b64encode(json.dumps({"email": user}).encode()).rstrip(b"=")
        token["id_token"] = f"eyJhbGciOiJub25lIn0.{claims.decode()}.x"

    def create_oauth2_request(self, request: _Request) -> _Request:
        return request

    def handle_response(
        self, status: int, body: Any, headers: list[tuple[str, str]]
    ) -> tuple[int, Any, list[tuple[str, str]]]:
        return status, body, headers

    def send_signal(self, name: str, *args: object, **kwargs: object) -> None:
        return None


class _CodeGrant(grants.AuthorizationCodeGrant):  # type: ignore[misc]
    TOKEN_ENDPOINT_AUTH_METHODS = _AUTH_METHODS

    def save_authorization_code(self, code: str, request: _Request) -> None:
        data = request.payload.data
        owner: OAuthTestServer = self.server.owner
        with owner.lock:
            owner.codes[code] = _Code(
                code,
                request.client.client_id,
                data.get("redirect_uri", ""),
                data.get("scope", ""),
                request.user,
                data.get("code_challenge"),
                data.get("code_challenge_method"),
            )

    def query_authorization_code(self, code: str, client: _Client) -> _Code | None:
        found = self.server.owner.codes.get(code)
        return found if found is not None and found.client_id == client.client_id else None

    def delete_authorization_code(self, authorization_code: _Code) -> None:
        self.server.owner.codes.pop(authorization_code.code, None)

    def authenticate_user(self, authorization_code: _Code) -> str:
        return authorization_code.user


class _RequirePKCE(CodeChallenge):  # type: ignore[misc]
    """PKCE with S256 required already at the authorization endpoint (Authlib checks only
    at the token endpoint that a public client sent a verifier)."""

    def validate_code_challenge(self, grant: Any, redirect_uri: str) -> None:
        from authlib.oauth2.rfc6749.errors import InvalidRequestError

        data = grant.request.payload.data
        if not data.get("code_challenge") or data.get("code_challenge_method") != "S256":
            raise InvalidRequestError("PKCE with S256 is required")
        super().validate_code_challenge(grant, redirect_uri)


class _RefreshGrant(grants.RefreshTokenGrant):  # type: ignore[misc]
    TOKEN_ENDPOINT_AUTH_METHODS = _AUTH_METHODS
    INCLUDE_NEW_REFRESH_TOKEN = True  # rotating refresh tokens

    def authenticate_refresh_token(self, refresh_token: str) -> _Token | None:
        owner: OAuthTestServer = self.server.owner
        with owner.lock:
            for token in owner.tokens:
                if token.refresh_token == refresh_token and not token.revoked:
                    return token
        return None

    def authenticate_user(self, refresh_token: _Token) -> str:
        return refresh_token.user

    def revoke_old_credential(self, refresh_token: _Token) -> None:
        refresh_token.revoked = True


@dataclass
class OAuthTestServer:
    """The authorization server. ``access_lifetime``: seconds an access token lives."""

    context: ssl.SSLContext
    client_context: ssl.SSLContext
    access_lifetime: int = 600
    #: Who the "browser" signs in as.
    login_as: str = "alice@example.com"
    #: The user's answer on the consent page: ``"approve"`` or an OAuth error code.
    consent: str = "approve"
    #: A fault: the token endpoint answers an HTML page instead of JSON.
    token_endpoint_html: bool = False
    #: Characters in a refresh token (Microsoft's can pass Windows' 2,560-byte limit).
    refresh_token_length: int = 48
    clients: dict[str, _Client] = field(default_factory=dict)
    codes: dict[str, _Code] = field(default_factory=dict)
    tokens: list[_Token] = field(default_factory=list)
    lock: threading.RLock = field(default_factory=threading.RLock)
    offset: float = 0.0
    token_requests: list[dict[str, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.authority = _Server(self)
        self.authority.register_grant(_CodeGrant, [_RequirePKCE(required=True)])
        self.authority.register_grant(_RefreshGrant)
        self.authority.register_token_generator(
            "default",
            BearerTokenGenerator(
                access_token_generator=lambda **_kw: "at-" + secrets.token_urlsafe(24),
                refresh_token_generator=lambda **_kw: self._new_refresh_token(),
                expires_generator=lambda _client, _grant: self.access_lifetime,
            ),
        )
        self._http = ThreadingHTTPServer(("127.0.0.1", 0), _make_handler(self))
        self._http.socket = self.context.wrap_socket(self._http.socket, server_side=True)
        self._thread = threading.Thread(target=self._http.serve_forever, daemon=True)

    def _new_refresh_token(self) -> str:
        token = "rt-" + secrets.token_urlsafe(self.refresh_token_length)
        return token[: self.refresh_token_length] if self.refresh_token_length > 8 else token

    # -- life -------------------------------------------------------------------------------

    def start(self) -> OAuthTestServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._http.shutdown()
        self._http.server_close()

    @property
    def base_url(self) -> str:
        return f"https://127.0.0.1:{self._http.server_address[1]}"

    @property
    def authorize_url(self) -> str:
        return self.base_url + "/authorize"

    @property
    def token_url(self) -> str:
        return self.base_url + "/token"

    @property
    def introspection_url(self) -> str:
        return self.base_url + "/introspect"

    def reset(self) -> None:
        """Back to the defaults between tests (the clients and tokens stay apart by client)."""
        self.login_as = "alice@example.com"
        self.consent = "approve"
        self.token_endpoint_html = False
        self.refresh_token_length = 48
        self.access_lifetime = 600

    # -- test controls ------------------------------------------------------------------------

    def add_client(self, secret: str = "") -> str:
        """Register a new client; returns its ID."""
        client_id = "composer-test-" + secrets.token_hex(4)
        with self.lock:
            self.clients[client_id] = _Client(client_id, secret)
        return client_id

    def now(self) -> float:
        return time.time() + self.offset

    def advance(self, seconds: float) -> None:
        """Move the server's clock forward (tokens expire without waiting)."""
        self.offset += seconds

    def revoke(self, user: str) -> None:
        """Revoke every access and refresh token of *user* (as an admin or the user would)."""
        with self.lock:
            for token in self.tokens:
                if token.user == user:
                    token.revoked = True

    def check_access_token(self, user: str, access_token: str) -> bool:
        """Whether *access_token* is valid now and belongs to *user* (the SMTP server asks)."""
        with self.lock:
            for token in self.tokens:
                if token.access_token == access_token:
                    return (
                        token.user.lower() == user.lower()
                        and not token.revoked
                        and not token.is_expired()
                    )
        return False

    def introspect(self, access_token: str) -> dict[str, Any]:
        """What RFC 7662's introspection endpoint says about *access_token*."""
        with self.lock:
            for token in self.tokens:
                if token.access_token == access_token:
                    if token.revoked or token.is_expired():
                        break
                    return {"active": True, "username": token.user, "scope": token.scope}
        return {"active": False}

    def issued(self, client_id: str) -> Iterator[_Token]:
        with self.lock:
            yield from [t for t in self.tokens if t.client.client_id == client_id]

    # -- the browser ----------------------------------------------------------------------------

    def browse(self, url: str, *, tamper_state: bool = False) -> int:
        """Play the user's browser: open *url*, sign in, approve, follow the redirect.

        Returns the HTTP status of the page the loopback address answered.
        """
        no_redirect = urllib.request.build_opener(
            urllib.request.HTTPSHandler(context=self.client_context), _NoRedirect()
        )
        try:
            no_redirect.open(url, timeout=10)
            raise AssertionError("the authorization endpoint did not redirect")
        except urllib.error.HTTPError as exc:
            with exc:
                if exc.code != 302:
                    raise AssertionError(f"authorize answered {exc.code}: {exc.read()!r}") from None
                location = exc.headers["Location"]
        if tamper_state:
            parts = urlsplit(location)
            query = {k: v[0] for k, v in parse_qs(parts.query).items()}
            query["state"] = "not-the-state-composer-sent"
            location = urlunsplit(parts._replace(query=urlencode(query)))
        with urllib.request.urlopen(location, timeout=10) as page:
            return int(page.status)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


def _make_handler(owner: OAuthTestServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            return None

        def _request(self, data: dict[str, str]) -> _Request:
            uri = owner.base_url + self.path
            return _Request(self.command, uri, dict(self.headers), data)

        def _send(self, status: int, body: Any, headers: list[tuple[str, str]]) -> None:
            payload = json.dumps(body).encode() if isinstance(body, dict) else str(body).encode()
            self.send_response(status)
            names = {name.lower() for name, _v in headers}
            for name, value in headers:
                self.send_header(name, value)
            if "content-type" not in names and isinstance(body, dict):
                self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            if parts.path != "/authorize":
                self._send(404, "not found", [("Content-Type", "text/plain")])
                return
            data = {k: v[0] for k, v in parse_qs(parts.query).items()}
            request = self._request(data)
            authority = owner.authority
            try:
                grant = authority.get_consent_grant(request=request, end_user=owner.login_as)
            except Exception as exc:  # an invalid request: shown to the user, no redirect
                self._send(400, f"invalid request: {exc}", [("Content-Type", "text/plain")])
                return
            if owner.consent != "approve":
                redirect = grant.validate_authorization_request()
                query = {"error": owner.consent, "state": data.get("state", "")}
                if owner.consent == "consent_required":
                    query["error_description"] = (
                        "AADSTS65001: The user or administrator has not consented"
                    )
                self._send(302, "", [("Location", f"{redirect}?{urlencode(query)}")])
                return
            status, body, headers = authority.create_authorization_response(
                request=request, grant_user=owner.login_as, grant=grant
            )
            self._send(status, body, headers)

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
            with owner.lock:
                owner.token_requests.append(form)
            if urlsplit(self.path).path == "/introspect":
                # RFC 7662, as an IMAP server (Dovecot's oauth2 passdb) asks about a token.
                self._send(200, owner.introspect(form.get("token", "")), [])
                return
            if urlsplit(self.path).path != "/token":
                self._send(404, "not found", [("Content-Type", "text/plain")])
                return
            if owner.token_endpoint_html:
                page = "<html><body><h1>Sign in to the Wi-Fi</h1></body></html>"
                self._send(200, page, [("Content-Type", "text/html")])
                return
            status, body, headers = owner.authority.create_token_response(self._request(form))
            self._send(status, body, headers)

    return Handler


def dovecot_oauth2_conf(server: OAuthTestServer, ca_file: Path, folder: Path) -> str:
    """Dovecot configuration (``extra_conf``) that takes this server's access tokens over
    SASL XOAUTH2 and OAUTHBEARER, checked at its introspection endpoint (Dovecot's
    ``oauth2`` passdb), besides the passwords of its passwd-file. *folder* keeps the files
    Dovecot's auth process reads (it must be able to reach them)."""
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, 0o755)
    ca = folder / "oauth-ca.pem"
    shutil.copyfile(ca_file, ca)
    settings = folder / "dovecot-oauth2.conf.ext"
    settings.write_text(
        f"""introspection_mode = post
introspection_url = {server.introspection_url}
username_attribute = username
active_attribute = active
active_value = true
tls_ca_cert_file = {ca}
""",
        encoding="utf-8",
    )
    for path in (ca, settings):
        os.chmod(path, 0o644)
    # No delay after a refused token: the tests refuse some on purpose. (Dovecot still slows
    # the next login from the same address down: refuse last.)
    return f"""
auth_mechanisms = plain login xoauth2 oauthbearer
auth_failure_delay = 0
passdb {{
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = {settings}
}}
"""
