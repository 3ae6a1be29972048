"""Which OAuth 2.0 client a profile signs in with: provider presets and client IDs.

The presets give each provider's endpoints and scopes:

* Microsoft (Entra ID): ``https://login.microsoftonline.com/<tenant>/oauth2/v2.0/...`` with
  the tenant ``common`` (any account), ``consumers`` (Outlook.com), ``organizations`` (work
  and school accounts) or a tenant ID / domain; scopes for SMTP and IMAP and
  ``offline_access`` (a refresh token).
* Google: ``accounts.google.com`` / ``oauth2.googleapis.com`` with ``https://mail.google.com/``.
* Custom: the profile's own authorization URL, token URL and scopes.

``openid`` and ``email`` are asked for too, so Composer can say who signed in.

Composer ships no other application's client ID. A provider's client ID (and Google's
desktop "secret", which is not secret) comes from the profile, else from the organisation's
file (:func:`organisation_file`, deployed by an administrator), else from Composer's own
registration (:data:`BUILT_IN`, empty until Composer registers its own). No Qt here.
"""

from __future__ import annotations

import os
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from composer.i18n import translate
from composer.profiles.oauth.errors import NoClientId, OAuthError
from composer.profiles.parts import OAuthProvider

if TYPE_CHECKING:
    from composer.profiles.model import Profile

__all__ = [
    "BUILT_IN",
    "ENV_CLIENTS_FILE",
    "OAuthClient",
    "client_for",
    "organisation_file",
    "organisation_settings",
]

#: Points at another organisation file (tests, or an administrator who keeps it elsewhere).
ENV_CLIENTS_FILE = "COMPOSER_OAUTH_CLIENTS"

_MICROSOFT_BASE = "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/"
MICROSOFT_SCOPES = (
    "https://outlook.office.com/SMTP.Send",
    "https://outlook.office.com/IMAP.AccessAsUser.All",
    "offline_access",
    "openid",
    "email",
)
GOOGLE_AUTHORIZE = "https://accounts.google.com/o/oauth2/v2/auth"
GOOGLE_TOKEN = "https://oauth2.googleapis.com/token"  # noqa: S105  (a URL, not a secret)
GOOGLE_SCOPES = ("https://mail.google.com/", "openid", "email")

#: Client IDs of Composer's own registrations: empty until Composer has registered them.
BUILT_IN: dict[OAuthProvider, tuple[str, str]] = {
    OAuthProvider.MICROSOFT: ("", ""),
    OAuthProvider.GOOGLE: ("", ""),
}


@dataclass(frozen=True)
class OAuthClient:
    """Everything the flow needs to talk to one authorization server."""

    provider: OAuthProvider
    client_id: str
    authorize_url: str
    token_url: str
    scopes: tuple[str, ...]
    client_secret: str = field(default="", repr=False)
    #: Extra query parameters of the authorization request (Google: a refresh token).
    extra: tuple[tuple[str, str], ...] = ()
    #: A private CA to trust for the endpoints (the profile's), besides the system's.
    cafile: str = ""


def organisation_file() -> Path:
    """Where an administrator deploys the organisation's OAuth clients, on this platform.

    ``$COMPOSER_OAUTH_CLIENTS`` overrides it. Linux and other Unix: the first
    ``composer/oauth-clients.toml`` in ``$XDG_CONFIG_DIRS`` (default ``/etc/xdg``); Windows:
    ``%PROGRAMDATA%\\Composer\\oauth-clients.toml``; macOS:
    ``/Library/Application Support/Composer/oauth-clients.toml``.
    """
    override = os.environ.get(ENV_CLIENTS_FILE)
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = os.environ.get("PROGRAMDATA") or r"C:\ProgramData"
        return Path(base) / "Composer" / "oauth-clients.toml"
    if sys.platform == "darwin":
        return Path("/Library/Application Support/Composer/oauth-clients.toml")
    dirs = [d for d in os.environ.get("XDG_CONFIG_DIRS", "").split(":") if d] or ["/etc/xdg"]
    candidates = [Path(d) / "composer" / "oauth-clients.toml" for d in dirs]
    return next((c for c in candidates if c.is_file()), candidates[0])


def organisation_settings(provider: OAuthProvider) -> dict[str, str]:
    """The organisation file's table for *provider* (``{}`` when there is no file).

    Raises:
        OAuthError: the file exists but cannot be read or is not valid TOML.
    """
    path = organisation_file()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise OAuthError(
            translate(
                "OAuth", "Your organisation's sign-in settings ({file}) cannot be read."
            ).format(file=path),
            translate("OAuth", "Tell your administrator; the details say what is wrong."),
            f"{type(exc).__name__}: {exc}",
        ) from exc
    table: Any = data.get(provider.value, {})
    if not isinstance(table, dict):
        return {}
    return {str(k): str(v) for k, v in table.items() if isinstance(v, str | int)}


def _https(url: str, what: str) -> str:
    parts = urlsplit(url.strip())
    if parts.scheme != "https" or not parts.hostname:
        raise OAuthError(
            translate("OAuth", "The {what} {url} is not an https:// address.").format(
                what=what, url=url or "“”"
            ),
            translate("OAuth", "Enter the provider's https:// address in the profile."),
        )
    return url.strip()


def client_for(profile: Profile) -> OAuthClient:
    """The OAuth client *profile* signs in with.

    Raises:
        NoClientId: no client ID in the profile, the organisation file or Composer itself.
        OAuthError: a custom provider without https endpoints, a broken organisation file.
    """
    settings = profile.oauth
    provider = settings.provider
    org = organisation_settings(provider)
    built_id, built_secret = BUILT_IN.get(provider, ("", ""))
    client_id = settings.client_id.strip() or org.get("client_id", "") or built_id
    secret = settings.client_secret or org.get("client_secret", "") or built_secret
    scopes: tuple[str, ...]
    if provider is OAuthProvider.MICROSOFT:
        tenant = settings.tenant.strip() or "common"
        if tenant == "common" and org.get("tenant"):
            tenant = org["tenant"]
        base = _MICROSOFT_BASE.format(tenant=tenant)
        authorize, token, scopes = base + "authorize", base + "token", MICROSOFT_SCOPES
        extra: tuple[tuple[str, str], ...] = ()
    elif provider is OAuthProvider.GOOGLE:
        authorize, token, scopes = GOOGLE_AUTHORIZE, GOOGLE_TOKEN, GOOGLE_SCOPES
        # Google gives a refresh token only for offline access, and again only on consent.
        extra = (("access_type", "offline"), ("prompt", "consent"))
    else:
        authorize = settings.authorize_url or org.get("authorize_url", "")
        token = settings.token_url or org.get("token_url", "")
        scopes, extra = (), ()
    authorize = _https(settings.authorize_url or authorize, translate("OAuth", "authorization URL"))
    token = _https(settings.token_url or token, translate("OAuth", "token URL"))
    if settings.scopes:
        scopes = tuple(settings.scopes)
    if not client_id:
        raise NoClientId(
            translate("OAuth", "Composer has no client ID for signing in with {provider}.").format(
                provider=provider.label
            ),
            translate(
                "OAuth",
                "Ask your administrator for your organisation's client ID (or the file {file}), "
                "and enter it in the profile.",
            ).format(file=organisation_file()),
        )
    return OAuthClient(
        provider,
        client_id,
        authorize,
        token,
        tuple(scopes),
        secret,
        extra,
        profile.smtp.cafile.strip(),
    )
