"""``composer profiles``: list, add, use, remove and test sending profiles.

The same profiles as the Preferences dialog (``profiles.toml`` in the config folder);
passwords go to the OS keyring, read from standard input with ``--password-stdin`` so they
never appear in the shell history or the process list.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from composer.cli.accounts import terminal_account
from composer.cli.options import Option, add_options, checked_number
from composer.cli.output import fail, warn
from composer.cli.profiles_add import DetectionFailed, add_account_options, apply_account_args
from composer.cli.prompt import PromptCancelled
from composer.errors import ComposerError, UserMessage
from composer.i18n import translate

if TYPE_CHECKING:
    from composer.profiles.conntest import StepReport
    from composer.profiles.model import Profile, ProfileBook
    from composer.profiles.store import ProfileStore

Handler = Callable[[argparse.Namespace], int]

_BACKENDS = ("smtp", "console", "filebased", "locmem", "dummy", "custom")

_ADD_EXAMPLE = """\
  printf '%s\\n' "$APP_PASSWORD" | composer profiles add Gmail --backend smtp \\
      --host smtp.gmail.com --security starttls --username me@gmail.com --password-stdin"""


def _add_epilog() -> str:
    rows = (
        (
            "smtp",
            translate(
                "CliProfiles", "an SMTP server (--host, --port, --security, --username, ...)"
            ),
        ),
        ("console", translate("CliProfiles", "print messages to the terminal (preview: not sent)")),
        (
            "filebased",
            translate("CliProfiles", "save messages as files in --folder (preview: not sent)"),
        ),
        (
            "locmem",
            translate("CliProfiles", "keep messages in the preview mailbox (preview: not sent)"),
        ),
        ("dummy", translate("CliProfiles", "discard messages (preview: not sent)")),
        ("custom", translate("CliProfiles", "a composer.mail backend class named by --class")),
    )
    lines = [translate("CliProfiles", "backends:")]
    lines += [f"  {name:<10} {text}" for name, text in rows]
    lines += ["", translate("CliProfiles", "example:"), _ADD_EXAMPLE]
    return "\n".join(lines)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``profiles`` subcommand and its actions."""
    parser = subparsers.add_parser(
        "profiles",
        help=translate("CliProfiles", "list, add, switch, remove and test sending profiles"),
        description=translate(
            "CliProfiles", "Manage sending profiles (the same ones Preferences shows)."
        ),
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    parser.set_defaults(handler=lambda _args: _print_help(parser))

    listing = actions.add_parser(
        "list", help=translate("CliProfiles", "list the profiles; * marks the active one")
    )
    listing.set_defaults(handler=_reported(_list))

    add = actions.add_parser(
        "add",
        help=translate("CliProfiles", "add a profile"),
        description=translate("CliProfiles", "Add a sending profile."),
        epilog=_add_epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_options(add, _add_options())
    add_options(add.add_argument_group("smtp"), _smtp_options())
    add_options(add.add_argument_group(translate("CliProfiles", "other backends")), _others())
    add_options(add.add_argument_group(translate("CliProfiles", "identity")), _identity())
    add_account_options(add)
    add.add_argument(
        "--activate",
        action="store_true",
        help=translate("CliProfiles", "make it the active profile"),
    )
    add.set_defaults(handler=_add)

    use = actions.add_parser("use", help=translate("CliProfiles", "make a profile the active one"))
    use.add_argument("name")
    use.set_defaults(handler=_use)

    remove = actions.add_parser(
        "remove", help=translate("CliProfiles", "remove a profile (and its stored password)")
    )
    remove.add_argument("name")
    remove.set_defaults(handler=_remove)

    test = actions.add_parser(
        "test",
        help=translate(
            "CliProfiles", "test a profile's SMTP connection: connect, TLS, login, quit"
        ),
    )
    test.add_argument("name")
    test.add_argument(
        "--password-stdin",
        action="store_true",
        help=translate(
            "CliProfiles", "test with the password on standard input instead of the stored one"
        ),
    )
    test.set_defaults(handler=_test)

    from composer.cli import signin

    signin.register(actions)


def _add_options() -> list[Option]:
    return [
        ("name", translate("CliProfiles", "the profile's name"), {}),
        (
            "--backend",
            translate("CliProfiles", "default: smtp"),
            {"choices": _BACKENDS, "default": "smtp"},
        ),
    ]


def _smtp_options() -> list[Option]:
    port = checked_number(
        int,
        lambda n: 1 <= n <= 65535,
        translate("CliProfiles", "not a port number (1-65535): {text!r}"),
    )
    return [
        ("--host", translate("CliProfiles", "the SMTP server's host name"), _TEXT),
        (
            "--security",
            translate("CliProfiles", "encryption (default: starttls)"),
            {"choices": ("none", "starttls", "ssl"), "default": None},
        ),
        (
            "--port",
            translate("CliProfiles", "default: the usual port (25, 587 for starttls, 465 for ssl)"),
            {"type": port},
        ),
        ("--username", translate("CliProfiles", "login name; omit if no login is needed"), _TEXT),
        (
            "--password-stdin",
            translate(
                "CliProfiles",
                "read the password from the first line of standard input into the keyring",
            ),
            _FLAG,
        ),
        (
            "--ask-password",
            translate("CliProfiles", "never store the password; Composer asks for it when sending"),
            _FLAG,
        ),
        (
            "--timeout",
            translate("CliProfiles", "seconds (default: 30)"),
            {"type": float, "default": 30.0},
        ),
        ("--cafile", translate("CliProfiles", "a private CA certificate file (PEM)"), _TEXT),
        ("--certfile", translate("CliProfiles", "a client certificate file (PEM)"), _TEXT),
        ("--keyfile", translate("CliProfiles", "the client certificate's key file (PEM)"), _TEXT),
        (
            "--allow-plaintext-auth",
            translate("CliProfiles", "allow logging in without encryption (not recommended)"),
            _FLAG,
        ),
    ]


def _others() -> list[Option]:
    return [
        ("--folder", translate("CliProfiles", "filebased: where to save messages"), _TEXT),
        (
            "--class",
            translate("CliProfiles", "custom: dotted path"),
            {"dest": "backend_class", "default": ""},
        ),
    ]


def _identity() -> list[Option]:
    return [
        ("--from-name", translate("CliProfiles", "the From name"), _TEXT),
        ("--from-address", translate("CliProfiles", "the From address"), _TEXT),
        ("--reply-to", translate("CliProfiles", "the default Reply-To"), _TEXT),
    ]


_TEXT: dict[str, Any] = {"default": ""}
_FLAG: dict[str, Any] = {"action": "store_true"}


def _print_help(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 0


def _reported(action: Handler) -> Handler:
    """Run *action*; an error of Composer's own becomes one message and the exit status
    (1 the keyring or the server failed, 2 a request to fix, 130 interrupted)."""

    def run(args: argparse.Namespace) -> int:
        from composer.profiles.credentials import CredentialError, NoKeyring

        try:
            return action(args)
        except CredentialError as exc:
            message = exc.message
            if isinstance(exc, NoKeyring):
                here = translate("CliProfiles", "Here: add the profile with --ask-password.")
                message = message.with_todo(f"{message.todo} {here}")
            return fail("profiles", message, 1)
        except PromptCancelled as stop:
            return fail("profiles", stop.message, 130 if stop.interrupted else 1)
        except ComposerError as exc:
            return fail("profiles", exc.message, 2)

    return run


def _bad_input(what: str) -> int:
    return fail("profiles", UserMessage(what), 2)


def _read_book(store: ProfileStore) -> ProfileBook:
    """The book in the profiles file.

    Raises:
        ComposerError: the file cannot be used (what is wrong, and what to do).
    """
    from composer.profiles.store import ProfileFileError

    try:
        return store.read()
    except ProfileFileError as exc:
        raise ComposerError(
            translate("CliProfiles", "cannot use the profiles file: {problem}").format(problem=exc),
            translate(
                "CliProfiles",
                "Fix it in a text editor, or move it aside; a last good copy may be at {path}.",
            ).format(path=store.last_good_path),
        ) from exc


def _named(name: str) -> tuple[ProfileStore, ProfileBook, Profile]:
    """The store, its book and the profile called *name* in it (ComposerError if none)."""
    from composer.profiles.store import ProfileStore

    store = ProfileStore()
    book = _read_book(store)
    return store, book, book.get(name)


def _list(args: argparse.Namespace) -> int:
    from composer.profiles.store import ProfileStore

    store = ProfileStore()
    result = store.load()
    if result.error is not None:
        print(
            translate("CliProfiles", "warning: {problem}").format(problem=result.error),
            file=sys.stderr,
        )
        if result.source is not None:
            shown = translate("CliProfiles", "warning: showing {path} instead").format(
                path=result.source
            )
        else:
            shown = translate("CliProfiles", "warning: showing the defaults instead")
        print(shown, file=sys.stderr)
    book = result.book
    width = max((len(p.name) for p in book), default=4)
    for profile in book:
        mark = "*" if profile.name == book.active_name else " "
        note = "" if profile.delivers else "  " + translate("CliProfiles", "(preview: not sent)")
        print(f"{mark} {profile.name:<{width}}  {profile.summary()}{note}")
    return 0


def _profile_from_args(args: argparse.Namespace) -> Profile:
    from composer.profiles.model import BackendKind, Identity, Profile, Security, SmtpSettings

    security = Security(args.security or "starttls")
    return Profile(
        name=args.name,
        backend=BackendKind(args.backend),
        smtp=SmtpSettings(
            host=args.host,
            port=args.port or security.default_port,
            security=security,
            username=args.username,
            timeout=args.timeout,
            cafile=args.cafile,
            certfile=args.certfile,
            keyfile=args.keyfile,
            allow_plaintext_auth=args.allow_plaintext_auth,
            ask_password=args.ask_password,
        ),
        file_path=args.folder,
        custom_backend=args.backend_class,
        identity=Identity(args.from_name, args.from_address, args.reply_to),
    )


@_reported
def _add(args: argparse.Namespace) -> int:
    from composer.profiles.credentials import CredentialStore
    from composer.profiles.model import AuthMethod
    from composer.profiles.store import ProfileStore

    store = ProfileStore()
    book = _read_book(store)
    profile = _profile_from_args(args)
    try:
        apply_account_args(profile, args)
    except DetectionFailed as exc:
        return fail("profiles", exc.message, 1)
    problems = profile.problems()
    if problems:
        for problem in problems:
            print(f"  {problem.field}: {problem.message}", file=sys.stderr)
        what = translate("CliProfiles", "the profile {name!r} was not added.")
        return _bad_input(what.format(name=args.name))
    book.add(profile)
    if args.activate:
        book.set_active(profile.name)
    if args.password_stdin:
        if profile.account is None:
            return _bad_input(
                translate(
                    "CliProfiles", "--password-stdin needs --username (and the smtp backend)."
                )
            )
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            return _bad_input(translate("CliProfiles", "no password on standard input."))
        if profile.smtp.ask_password:
            return _bad_input(
                translate("CliProfiles", "--ask-password and --password-stdin exclude each other.")
            )
        CredentialStore().set(profile.account, password)
    if args.imap_password_stdin:
        from composer.cli.profiles_imap import store_imap_password

        refused = store_imap_password(profile)
        if refused is not None:
            return _bad_input(refused)
    store.save(book)
    print(
        translate("CliProfiles", "Added {name!r}: {summary}.").format(
            name=profile.name, summary=profile.summary()
        )
    )
    if not profile.delivers:
        print(
            translate(
                "CliProfiles", "This profile is a preview: mail sent with it is not delivered."
            )
        )
    if profile.needs_password and not args.password_stdin and not profile.smtp.ask_password:
        print(
            translate(
                "CliProfiles",
                "No password stored yet: run again with --password-stdin, "
                "or set it in Preferences.",
            )
        )
    if profile.auth is AuthMethod.OAUTH2:
        print(
            translate("CliProfiles", "To sign in: {command}").format(
                command=f"composer profiles signin {_quote(profile.name)}"
            )
        )
    if book.active_name == profile.name:
        print(translate("CliProfiles", "{name!r} is the active profile.").format(name=profile.name))
    else:
        print(
            translate("CliProfiles", "To send with it: {command}").format(
                command=f"composer profiles use {_quote(profile.name)}"
            )
        )
    return 0


def _quote(name: str) -> str:
    import shlex

    return shlex.quote(name)


@_reported
def _use(args: argparse.Namespace) -> int:
    from composer.profiles.model import ProfileError
    from composer.profiles.store import ProfileStore

    store = ProfileStore()
    book = _read_book(store)
    try:
        book.set_active(args.name)
    except ProfileError as exc:
        names = ", ".join(book.names()) or translate("CliProfiles", "none")
        known = translate("CliProfiles", "Known profiles: {names}.").format(names=names)
        return _bad_input(f"{exc} {known}")
    store.save(book)
    profile = book.get(args.name)
    if profile.delivers:
        now = translate("CliProfiles", "Now sending with {name!r}: {summary}.")
    else:
        now = translate(
            "CliProfiles", "Now sending with {name!r}: {summary} (preview: mail is not sent)."
        )
    print(now.format(name=profile.name, summary=profile.summary()))
    return 0


@_reported
def _remove(args: argparse.Namespace) -> int:
    from composer.profiles.credentials import CredentialError, CredentialStore, sync_accounts

    store, book, profile = _named(args.name)
    book.remove(profile.name)
    if profile.account is not None and profile.account not in book.accounts():
        try:
            sync_accounts(CredentialStore(), [(profile.account, None)], book.accounts())
        except CredentialError as exc:
            text = translate(
                "CliProfiles", "warning: the stored password was not removed: {reason}"
            )
            warn("profiles", text.format(reason=exc.message.what))
    from composer.profiles.oauth.tokenstore import forget_unused

    try:  # its sign-in (refresh token) goes too, unless another profile uses it
        forget_unused(CredentialStore(), profile, book)
    except CredentialError as exc:
        warn("profiles", exc.message.what)
    store.save(book)
    print(translate("CliProfiles", "Removed {name!r}.").format(name=profile.name))
    return 0


@_reported
def _test(args: argparse.Namespace) -> int:
    from composer.profiles.conntest import ConnectionParams, run_connection_test
    from composer.profiles.model import AuthMethod, BackendKind, PasswordNeeded

    _store, _book, profile = _named(args.name)
    if profile.backend is not BackendKind.SMTP:
        print(
            translate("CliProfiles", "{name!r} does not connect to a server: {summary}.").format(
                name=profile.name, summary=profile.summary()
            )
        )
        return 0
    password: str | None = None
    token = None
    if profile.auth is AuthMethod.OAUTH2:
        token = terminal_account(profile).sign_in().oauth2_token  # SignInNeeded: exit 2
    elif profile.needs_password and args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    elif profile.needs_password:
        try:
            password = terminal_account(profile).sign_in().password
        except PasswordNeeded:
            password = None  # the test says so, at the step that needs it
    s = profile.smtp
    print(
        translate("CliProfiles", "Testing {name!r}: {host} port {port}, {security}").format(
            name=profile.name, host=s.host, port=s.port, security=s.security.label
        )
    )
    result = run_connection_test(
        ConnectionParams.from_profile(profile), password, _print_step, oauth2_token=token
    )
    if result.ok:
        print(translate("CliProfiles", "The connection works."))
        return 0
    if result.certificate is not None:
        print()
        for line in result.certificate.lines():
            print(f"  {line}")
    if result.failure is not None:
        print()
        return fail("profiles", result.failure, 1)
    return 1


def _print_step(report: StepReport) -> None:
    from composer.profiles.conntest import StepStatus

    marks = {
        StepStatus.OK: "[ ok ]",
        StepStatus.FAILED: "[FAIL]",
        StepStatus.SKIPPED: "[skip]",
        StepStatus.CANCELLED: "[stop]",
    }
    mark = marks.get(report.status)
    if mark is None:
        return  # a step starting; its outcome follows
    print(f"  {mark} {report.label}: {report.detail}", flush=True)
