"""``composer profiles add``'s account options: set up from an address, sign-in, IMAP.

``--email ADDR --detect`` fills the servers, the user name and the sign-in from what
:func:`composer.profiles.detect.detect` finds (and says where from); ``--provider KEY``
takes them from Composer's table; the explicit flags (``--host``, ``--auth``, ``--imap-host``,
...) win over both. A server of another domain, which a document or a DNS answer named, is
used only after the user agreed: asked on a terminal, otherwise refused unless ``--trust``.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from composer.cli.options import Option, add_options, checked_number
from composer.errors import ComposerError
from composer.i18n import translate

if TYPE_CHECKING:
    from composer.profiles.detect import Finding, StepReport
    from composer.profiles.model import Profile

__all__ = ["DetectionFailed", "add_account_options", "apply_account_args"]

_TEXT: dict[str, Any] = {"default": ""}


def _port() -> Any:
    return checked_number(
        int,
        lambda n: 1 <= n <= 65535,
        translate("CliProfiles", "not a port number (1-65535): {text!r}"),
    )


def account_options() -> list[Option]:
    from composer.profiles.providertable import PROVIDERS

    return [
        (
            "--email",
            translate("CliProfiles", "the account's email address (the From address)"),
            _TEXT,
        ),
        (
            "--detect",
            translate(
                "CliProfiles",
                "find the servers from --email: Composer's list of providers, the domain's "
                "autoconfig, DNS SRV and MX records, then a checked guess",
            ),
            {"action": "store_true"},
        ),
        (
            "--provider",
            translate("CliProfiles", "take the servers from Composer's list of providers"),
            {"choices": [e.key for e in PROVIDERS], "default": ""},
        ),
        (
            "--trust",
            translate(
                "CliProfiles",
                "accept servers of another domain that detection found, without asking",
            ),
            {"action": "store_true"},
        ),
    ]


def signin_options() -> list[Option]:
    return [
        (
            "--auth",
            translate("CliProfiles", "how the account signs in (default: password)"),
            {"choices": ("password", "oauth2"), "default": None},
        ),
        (
            "--oauth-provider",
            translate("CliProfiles", "whose OAuth 2.0 sign-in"),
            {"choices": ("microsoft", "google", "custom"), "default": None},
        ),
        ("--oauth-client-id", translate("CliProfiles", "the OAuth client ID"), _TEXT),
        (
            "--oauth-client-secret",
            translate("CliProfiles", "the OAuth client secret (Google desktop clients)"),
            _TEXT,
        ),
        (
            "--oauth-tenant",
            translate("CliProfiles", "Microsoft: common, organizations, consumers or a tenant"),
            _TEXT,
        ),
        ("--oauth-authorize-url", translate("CliProfiles", "custom: the authorization URL"), _TEXT),
        ("--oauth-token-url", translate("CliProfiles", "custom: the token URL"), _TEXT),
        (
            "--oauth-scope",
            translate("CliProfiles", "a scope to ask for (repeat for several)"),
            {"action": "append", "default": [], "dest": "oauth_scopes"},
        ),
    ]


def imap_options() -> list[Option]:
    return [
        ("--imap-host", translate("CliProfiles", "the IMAP server (for the copy in Sent)"), _TEXT),
        (
            "--imap-port",
            translate("CliProfiles", "default: 993 for ssl, 143 otherwise"),
            {"type": _port()},
        ),
        (
            "--imap-security",
            translate("CliProfiles", "IMAP encryption (default: ssl)"),
            {"choices": ("none", "starttls", "ssl"), "default": None},
        ),
        (
            "--imap-username",
            translate(
                "CliProfiles",
                "the IMAP user name, when it is not the SMTP one (its password then has its "
                "own keyring entry: --imap-password-stdin)",
            ),
            _TEXT,
        ),
        (
            "--imap-password-stdin",
            translate(
                "CliProfiles",
                "read the IMAP password (of --imap-username) from the next line of standard "
                "input into the keyring",
            ),
            {"action": "store_true"},
        ),
        (
            "--no-imap-sent-copy",
            translate(
                "CliProfiles", "do not put a copy of sent mail into the server's Sent folder"
            ),
            {"action": "store_true"},
        ),
    ]


def add_account_options(parser: argparse.ArgumentParser) -> None:
    """Add the account, sign-in and IMAP option groups to ``profiles add``."""
    add_options(parser.add_argument_group(translate("CliProfiles", "account")), account_options())
    add_options(parser.add_argument_group(translate("CliProfiles", "sign-in")), signin_options())
    add_options(parser.add_argument_group("imap"), imap_options())


def _print_step(step: StepReport) -> None:
    from composer.profiles.detect import StepStatus

    # A find is printed once, in full, by the caller.
    marks = {StepStatus.NOTHING: "[ -- ]", StepStatus.FAILED: "[fail]"}
    mark = marks.get(step.status)
    if mark is None:
        return
    print(f"  {mark} {step.source.label}: {step.detail}", flush=True)


def _confirm(finding: Finding, args: argparse.Namespace) -> None:
    """Let the user agree to servers of another domain (or refuse, with what to do)."""
    if not finding.needs_confirmation or args.trust:
        return
    hosts = ", ".join(finding.untrusted_hosts)
    what = translate(
        "CliProfiles",
        "The settings found for this address point to a server of another domain: {hosts} "
        "(from {where}).",
    ).format(hosts=hosts, where=finding.where)
    if sys.stdin.isatty() and sys.stdout.isatty():
        print(what)
        question = translate("CliProfiles", "Send your password there? [y/N] ")
        try:
            answer = input(question)
        except EOFError:
            answer = ""
        if answer.strip().lower() in ("y", "yes", translate("CliProfiles", "y")):
            return
    raise ComposerError(
        what,
        translate(
            "CliProfiles",
            "Check with your provider that this server is theirs, then run again with --trust, "
            "or give the server with --host.",
        ),
    )


def _detected(args: argparse.Namespace) -> Finding | None:
    from composer.profiles.detect import DetectOptions, NothingFound, detect

    print(
        translate("CliProfiles", "Looking for the mail servers of {address}:").format(
            address=args.email
        ),
        flush=True,
    )
    try:
        result = detect(args.email, DetectOptions.from_environment(), progress=_print_step)
    except NothingFound as exc:
        if args.host:
            print(translate("CliProfiles", "Nothing found; using --host."))
            return None
        raise DetectionFailed(exc.message.what, exc.message.todo, exc.message.details) from exc
    finding = result.finding
    assert finding is not None
    print(
        translate(
            "CliProfiles", "Found {host} port {port} ({security}) in {source}: {where}"
        ).format(
            host=finding.smtp.host if finding.smtp else "?",
            port=finding.smtp.port if finding.smtp else "?",
            security=finding.smtp.security.label if finding.smtp else "?",
            source=finding.source.label,
            where=finding.where,
        )
    )
    if finding.imap is not None:
        print(
            translate("CliProfiles", "IMAP: {host} port {port} ({security})").format(
                host=finding.imap.host, port=finding.imap.port, security=finding.imap.security.label
            )
        )
    return finding


def _print_advice(profile: Profile) -> None:
    from composer.profiles.model import AuthMethod
    from composer.profiles.providertable import entry

    e = entry(profile.provider) if profile.provider else None
    advice = e.advice if e is not None else None
    if advice is not None and profile.auth is AuthMethod.PASSWORD:
        print(advice.login)


class DetectionFailed(ComposerError):
    """Detection found nothing and no server was given (exit 1: the network said no)."""


def apply_account_args(profile: Profile, args: argparse.Namespace) -> Profile:
    """Fill *profile* from ``--email``/``--detect``/``--provider``, then the explicit flags.

    Raises:
        ComposerError: bad input (``--detect`` without ``--email``, an address that is not
            one, a server of another domain refused, an incomplete custom OAuth client).
        DetectionFailed: nothing found and no ``--host``.
    """
    from composer.profiles.detect import Finding, Source, split_address
    from composer.profiles.detect.apply import apply_finding, settle_provider
    from composer.profiles.model import (
        AuthMethod,
        BackendKind,
        OAuthProvider,
        Security,
    )
    from composer.profiles.providertable import entry

    if args.detect and not args.email:
        raise ComposerError(translate("CliProfiles", "--detect needs --email ADDRESS."))
    finding: Finding | None = None
    if args.email:
        split_address(args.email)  # an address, or a clear error
        if not profile.identity.from_address:
            profile.identity.from_address = args.email.strip()
    if args.provider:
        e = entry(args.provider)
        assert e is not None  # argparse checked the choice
        finding = Finding(
            source=Source.TABLE, where=e.name, smtp=e.smtp, imap=e.imap,
            username=e.username_for(args.email.strip()) if args.email else "",
            auth=e.auth, oauth=e.oauth, oauth_tenant=e.oauth_tenant,
            provider=e.key, provider_name=e.name,
        )  # fmt: skip
    elif args.detect:
        finding = _detected(args)
        if finding is not None:
            _confirm(finding, args)
    if finding is not None and profile.backend is BackendKind.SMTP:
        given = _explicit_smtp(profile, args)
        apply_finding(profile, finding)
        for name, value in given.items():
            setattr(profile.smtp, name, value)
        settle_provider(profile)
    if args.auth:
        profile.auth = AuthMethod(args.auth)
    o = profile.oauth
    if args.oauth_provider:
        o.provider = OAuthProvider(args.oauth_provider)
        if not args.auth:
            profile.auth = AuthMethod.OAUTH2
    o.client_id = args.oauth_client_id or o.client_id
    o.client_secret = args.oauth_client_secret or o.client_secret
    o.tenant = args.oauth_tenant or o.tenant
    o.authorize_url = args.oauth_authorize_url or o.authorize_url
    o.token_url = args.oauth_token_url or o.token_url
    o.scopes = list(args.oauth_scopes) or o.scopes
    i = profile.imap
    if args.imap_host:
        i.host = args.imap_host.strip()
    if args.imap_security:
        i.security = Security(args.imap_security)
        if not args.imap_port:
            i.port = 993 if i.security is Security.SSL else 143
    if args.imap_port:
        i.port = args.imap_port
    if args.no_imap_sent_copy:
        i.sent_copy = False
    if args.imap_username:
        i.username = args.imap_username.strip()
    _check_account(profile)
    if finding is not None:
        _print_advice(profile)
    return profile


def _explicit_smtp(profile: Profile, args: argparse.Namespace) -> dict[str, Any]:
    """The SMTP settings the user typed, which a finding must not overwrite."""
    given: dict[str, Any] = {}
    if args.host:
        given["host"] = profile.smtp.host
    if args.port:
        given["port"] = profile.smtp.port
    if args.security is not None:
        given["security"] = profile.smtp.security
        if not args.port:
            given["port"] = profile.smtp.security.default_port
    if args.username:
        given["username"] = profile.smtp.username
    return given


def _check_account(profile: Profile) -> None:
    from composer.profiles.checks import is_valid_host
    from composer.profiles.model import AuthMethod, OAuthProvider

    if profile.imap.host and not is_valid_host(profile.imap.host):
        raise ComposerError(
            translate("CliProfiles", "--imap-host: {host!r} is not a valid host name.").format(
                host=profile.imap.host
            )
        )
    o = profile.oauth
    if profile.auth is AuthMethod.OAUTH2 and o.provider is OAuthProvider.CUSTOM:
        for flag, url in (
            ("--oauth-authorize-url", o.authorize_url),
            ("--oauth-token-url", o.token_url),
        ):
            if not url.startswith(("https://", "http://127.0.0.1", "http://localhost")):
                raise ComposerError(
                    translate(
                        "CliProfiles", "A custom OAuth provider needs {flag} (an https:// URL)."
                    ).format(flag=flag)
                )
