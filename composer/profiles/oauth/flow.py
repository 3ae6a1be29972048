"""The browser sign-in: authorization code with PKCE and a loopback redirect (RFC 8252).

:func:`authorize` listens on ``127.0.0.1`` at a random port, builds the authorization URL
(PKCE S256 challenge, a random ``state``, the account as login hint), hands it to the
caller (the CLI prints it) and to the system browser, then waits for the browser to come
back to ``http://127.0.0.1:PORT/``. Only a redirect carrying our ``state`` is accepted; the
code is then exchanged for tokens at the token endpoint. Waiting ends at the timeout or
when the :class:`~composer.errors.CancelToken` is cancelled. No Qt here: the GUI runs this
off its thread, the CLI in place.
"""

from __future__ import annotations

import base64
import hashlib
import html
import logging
import secrets
import selectors
import time
import webbrowser
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit

from composer.errors import Cancelled, CancelToken
from composer.i18n import translate
from composer.profiles.oauth import tokens
from composer.profiles.oauth.errors import SignInRefused, SignInTimedOut, StateMismatch
from composer.profiles.oauth.presets import OAuthClient

__all__ = ["DEFAULT_TIMEOUT", "Redirect", "authorization_url", "authorize", "pkce_pair"]

log = logging.getLogger(__name__)

#: Seconds to wait for the browser to come back.
DEFAULT_TIMEOUT = 300.0
_POLL = 0.2


def pkce_pair() -> tuple[str, str]:
    """A PKCE code verifier and its S256 challenge (RFC 7636)."""
    verifier = secrets.token_urlsafe(64)[:96]
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    challenge = base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")
    return verifier, challenge


def authorization_url(
    client: OAuthClient, redirect_uri: str, state: str, challenge: str, login_hint: str = ""
) -> str:
    """The URL that starts the sign-in in the browser."""
    params = [
        ("response_type", "code"),
        ("client_id", client.client_id),
        ("redirect_uri", redirect_uri),
        ("scope", " ".join(client.scopes)),
        ("state", state),
        ("code_challenge", challenge),
        ("code_challenge_method", "S256"),
        *client.extra,
    ]
    if login_hint:
        params.append(("login_hint", login_hint))
    separator = "&" if urlsplit(client.authorize_url).query else "?"
    return client.authorize_url + separator + urlencode(params)


@dataclass
class Redirect:
    """What the browser brought back to the loopback address."""

    params: dict[str, str]


class _Handler(BaseHTTPRequestHandler):
    server: _LoopbackServer

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        if parts.path not in ("", "/"):
            self.send_error(404)
            return
        params = {k: v[0] for k, v in parse_qs(parts.query).items()}
        if not params.get("state") and not params.get("code") and not params.get("error"):
            self.send_error(404)  # a favicon or a stray visit; keep waiting
            return
        if "error" in params:
            title = translate("OAuth", "Sign-in was not completed.")
        elif not secrets.compare_digest(params.get("state", ""), self.server.expected_state):
            title = translate("OAuth", "This sign-in page is not the one Composer opened.")
        else:
            title = translate("OAuth", "You are signed in. You can close this window.")
        page = (
            "<!doctype html><meta charset='utf-8'><title>Composer</title>"
            f"<p style='font:16px sans-serif;margin:3em'>{html.escape(title)}</p>"
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(page)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(page)
        self.server.redirect = Redirect(params)

    def log_message(self, format: str, *args: object) -> None:
        # The request line carries the authorization code: never log it.
        return


class _LoopbackServer(HTTPServer):
    def __init__(self, expected_state: str) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.expected_state = expected_state
        self.redirect: Redirect | None = None

    @property
    def redirect_uri(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/"


def authorize(
    client: OAuthClient,
    *,
    login_hint: str = "",
    show_url: Callable[[str], object] | None = None,
    open_browser: bool = True,
    timeout: float = DEFAULT_TIMEOUT,
    token: CancelToken | None = None,
) -> tokens.TokenResponse:
    """Sign in in the browser; returns the tokens.

    Args:
        show_url: called with the authorization URL before the browser opens (the CLI
            prints it: the user can open it by hand, on this computer).
        open_browser: open the system browser at the URL.
        timeout: seconds to wait for the browser to come back.
        token: cancels the wait (:class:`~composer.errors.Cancelled`).

    Raises:
        SignInTimedOut: the browser did not come back in time.
        StateMismatch: it came back with another ``state``.
        SignInRefused: the provider said no (the user declined, consent missing, ...).
        TokenEndpointError: trading the code for tokens failed.
        Cancelled: *token* was cancelled.
    """
    token = token or CancelToken()
    state = secrets.token_urlsafe(24)
    verifier, challenge = pkce_pair()
    with _LoopbackServer(state) as server:
        url = authorization_url(client, server.redirect_uri, state, challenge, login_hint)
        if show_url is not None:
            show_url(url)
        if open_browser and not webbrowser.open(url):
            log.warning("No browser could be opened for the sign-in")
        redirect = _wait(server, timeout, token)
        redirect_uri = server.redirect_uri
    params = redirect.params
    if not secrets.compare_digest(params.get("state", ""), state):
        raise StateMismatch(
            translate(
                "OAuth",
                "The browser came back with a sign-in Composer did not ask for (the state did "
                "not match), so Composer ignored it.",
            ),
            translate("OAuth", "Sign in again, from Composer, in one browser window."),
        )
    if "error" in params:
        raise _refused(params)
    code = params.get("code", "")
    if not code:
        raise SignInRefused(
            translate("OAuth", "The browser came back without a sign-in code."),
            translate("OAuth", "Sign in again."),
        )
    return tokens.exchange_code(client, code, redirect_uri, verifier)


def _wait(server: _LoopbackServer, timeout: float, token: CancelToken) -> Redirect:
    deadline = time.monotonic() + timeout
    with selectors.DefaultSelector() as selector:
        selector.register(server.socket, selectors.EVENT_READ)
        while server.redirect is None:
            token.check()
            left = deadline - time.monotonic()
            if left <= 0:
                raise SignInTimedOut(
                    translate(
                        "OAuth",
                        "The browser did not come back to Composer within {minutes} "
                        "minutes, so the sign-in was stopped.",
                    ).format(minutes=f"{timeout / 60:g}"),
                    translate(
                        "OAuth",
                        "Sign in again and finish in the browser; if no browser opened, open "
                        "the address Composer showed.",
                    ),
                )
            # Wake up now and then to notice a cancel; a request is handled at once.
            if selector.select(min(_POLL, left)):
                try:
                    server.handle_request()
                except (TimeoutError, OSError) as exc:
                    log.info("A request to the sign-in address failed: %s", exc)
    if token.cancelled:
        raise Cancelled()
    return server.redirect


def _refused(params: dict[str, str]) -> SignInRefused:
    error = params.get("error", "")
    description = params.get("error_description", "")
    details = f"{error}: {description}"
    if "AADSTS65001" in description or error == "consent_required":
        return SignInRefused(
            translate(
                "OAuth", "Your organisation has not allowed Composer to send mail for you yet."
            ),
            translate(
                "OAuth",
                "Ask your administrator to grant admin consent to the app (see the README), "
                "then sign in again.",
            ),
            details,
        )
    if error == "access_denied":
        return SignInRefused(
            translate("OAuth", "The sign-in was declined in the browser."),
            translate(
                "OAuth", "Sign in again and accept the access Composer asks for to send mail."
            ),
            details,
        )
    return SignInRefused(
        translate("OAuth", "The sign-in server refused the sign-in ({error}).").format(error=error),
        translate("OAuth", "Sign in again; the details say what the server wants."),
        details,
    )
