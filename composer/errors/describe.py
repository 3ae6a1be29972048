"""The one boundary where any failure becomes words: :func:`describe`.

Sending from the window or ``composer send``, testing a connection, merging and signing in
all meet the same low-level failures (:mod:`smtplib`, :mod:`ssl`, :mod:`socket`, the
keyring, the disk, :mod:`composer.mail`'s own exceptions). Each path hands them here with
what it knows about the server (:class:`ServerInfo`), so the same failure reads the same
everywhere: one sentence of what happened, one of what to do (with the provider's own
rules, from :mod:`composer.profiles.providers`), and the technical details.

The words depend on the failure and the server, never on which path met it: a path that
knows more (the connection test knows each step) shows that beside the message, not in it.
Composer's own errors (:class:`~composer.errors.ComposerError`) already carry their words.
"""

from __future__ import annotations

import errno
import smtplib
import socket
import ssl
import traceback
from dataclasses import dataclass
from typing import TYPE_CHECKING

from composer.errors.base import ComposerError, UserMessage
from composer.errors.signin_words import signin_words
from composer.i18n import translate
from composer.profiles.providers import login_advice, provider_for, provider_info

if TYPE_CHECKING:
    from composer.profiles.model import Profile

__all__ = ["ServerInfo", "describe", "technical_details"]

# OpenSSL's verify codes (X509_V_ERR_*) that have their own advice.
_CERT_NOT_YET_VALID, _CERT_EXPIRED = 9, 10
_NAME_MISMATCH = (62, 64)  # host name, IP address
# Replies that mean "log in first" (RFC 4954), to a command other than AUTH.
_LOGIN_REQUIRED = (530, 534, 535, 538)
# What a TLS handshake fails with when the other side does not speak TLS from the start.
_NOT_TLS = ("WRONG_VERSION_NUMBER", "UNKNOWN_PROTOCOL", "RECORD_LAYER_FAILURE")


@dataclass(frozen=True)
class ServerInfo:
    """What a path knows about the server it talked to; every field may be unknown.

    Attributes:
        host: the server's name ("" when unknown, e.g. a preview backend).
        port: its port (0 when unknown).
        security: ``"none"``, ``"starttls"``, ``"ssl"`` or "" (a profile's
            :class:`~composer.profiles.model.Security`).
        username: the login name: its domain tells the provider behind a custom host.
        timeout: seconds the path waits for an answer (0 when unknown).
    """

    host: str = ""
    port: int = 0
    security: str = ""
    username: str = ""
    timeout: float = 0.0

    @classmethod
    def of(cls, profile: Profile) -> ServerInfo:
        """The server of *profile* (an empty one for profiles that do not connect)."""
        from composer.profiles.model import BackendKind

        if profile.backend is not BackendKind.SMTP:
            return cls()
        s = profile.smtp
        return cls(s.host.strip(), s.port, str(s.security), s.username, s.timeout)

    def __str__(self) -> str:
        """The server as a sentence names it: ``smtp.example.com port 587``."""
        if not self.host:
            return translate("Errors", "the mail server")
        if not self.port:
            return self.host
        return translate("Errors", "{host} port {port}").format(host=self.host, port=self.port)

    @property
    def name(self) -> str:
        return self.host or translate("Errors", "the mail server")


def technical_details(exc: BaseException) -> str:
    """The exception with its traceback and causes, for "Copy details" and the log."""
    return "".join(traceback.format_exception(exc)).strip()


def describe(exc: BaseException, server: ServerInfo | None = None) -> UserMessage:
    """What *exc* means for the user: what happened, what to do, technical details.

    Args:
        exc: any failure of sending, testing a connection, signing in or merging.
        server: what the caller knows about the server (for the sentence and the
            provider's advice).
    """
    if isinstance(exc, ComposerError):
        message = exc.message
        return message if message.details else message.with_details(technical_details(exc))
    what, todo = _words(exc, server or ServerInfo())
    return UserMessage(what, todo, technical_details(exc))


def _usual_ports() -> str:
    return translate(
        "Errors",
        "The usual ports are 587 for STARTTLS, 465 for SSL/TLS and 25 without encryption.",
    )


def _text(value: object) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def _reply(exc: smtplib.SMTPResponseException) -> str:
    return f"{exc.smtp_code} {_text(exc.smtp_error)}".strip()


def _code(exc: BaseException) -> int:
    """The SMTP reply code of a refusal (the first recipient's, for refused recipients)."""
    if isinstance(exc, smtplib.SMTPResponseException):
        return exc.smtp_code
    if isinstance(exc, smtplib.SMTPRecipientsRefused) and exc.recipients:
        return int(next(iter(exc.recipients.values()))[0])
    return 0


def _any_reply(exc: BaseException) -> str:
    if isinstance(exc, smtplib.SMTPResponseException):
        return _reply(exc)
    if isinstance(exc, smtplib.SMTPRecipientsRefused) and exc.recipients:
        code, text = next(iter(exc.recipients.values()))
        return f"{code} {_text(text)}"
    return str(exc)


def _too_large(exc: smtplib.SMTPResponseException) -> bool:
    text = _text(exc.smtp_error).lower()
    return exc.smtp_code == 552 or "size" in text or "too large" in text


def _timed_out(exc: BaseException) -> bool:
    """A disconnect that was really a read timeout (smtplib reports those as a disconnect)."""
    cause = exc.__cause__ or exc.__context__
    return isinstance(exc, smtplib.SMTPServerDisconnected) and isinstance(cause, TimeoutError)


def _words(exc: BaseException, s: ServerInfo) -> tuple[str, str]:
    for translator in _TRANSLATORS:
        found = translator(exc, s)
        if found is not None:
            return found
    return (
        translate("Errors", "Something unexpected went wrong ({error}: {reason}).").format(
            error=type(exc).__name__, reason=exc
        ),
        translate("Errors", "Copy the details and report them to the Composer developers."),
    )


Words = tuple[str, str] | None


def _keyring(exc: BaseException, s: ServerInfo) -> Words:
    if not type(exc).__module__.startswith("keyring."):
        return None
    from composer.profiles.credentials import credential_error

    message = credential_error(exc, "read").message
    return message.what, message.todo


def _login(exc: BaseException, s: ServerInfo) -> Words:
    from composer.mail.errors import PlaintextAuthError

    if isinstance(exc, PlaintextAuthError):
        return (
            translate(
                "Errors", "Composer will not send your password to {host} without encryption."
            ).format(host=s.name),
            translate(
                "Errors",
                "Choose STARTTLS or SSL/TLS; only on a network you trust, tick “Allow login "
                "without encryption”.",
            ),
        )
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return _refused_login(exc, s)
    code = _code(exc)
    if code in _LOGIN_REQUIRED:
        return (
            translate("Errors", "{where} requires a login it did not get ({reply}).").format(
                where=s, reply=_any_reply(exc)
            ),
            translate("Errors", "Check the user name and password of the sending profile."),
        )
    if isinstance(exc, smtplib.SMTPException) and "authentication method" in str(exc):
        return (
            translate(
                "Errors", "{host} offers no way of logging in that Composer knows ({reason})."
            ).format(host=s.name, reason=exc),
            translate(
                "Errors",
                "Ask the server's administrator which login methods it offers, or leave the "
                "user name empty if the server needs no login.",
            ),
        )
    return None


def _refused_login(exc: smtplib.SMTPAuthenticationError, s: ServerInfo) -> tuple[str, str]:
    provider = provider_for(s.host, s.username)
    if provider is not None:
        info = provider_info(provider)
        if s.username:
            what = translate("Errors", "{provider} refused the password for {user}.")
        else:
            what = translate("Errors", "{provider} refused the password.")
        return what.format(provider=info.name, user=s.username), info.login
    if s.username:
        what = translate(
            "Errors", "The server refused the user name or password for {user} ({reply})."
        )
    else:
        what = translate("Errors", "The server refused the user name or password ({reply}).")
    return what.format(user=s.username, reply=_reply(exc)), login_advice(s.host, s.username)


def _unsupported(exc: BaseException, s: ServerInfo) -> Words:
    from composer.mail.errors import SMTPUTF8RequiredError

    if isinstance(exc, SMTPUTF8RequiredError):
        return (
            translate(
                "Errors",
                "The address {address} has letters beyond English before the @, and {host} "
                "cannot take such addresses (no SMTPUTF8).",
            ).format(address=exc.address, host=s.name),
            translate(
                "Errors",
                "Write the address with English letters only before the @, or send through a "
                "server that accepts international addresses.",
            ),
        )
    if not isinstance(exc, smtplib.SMTPNotSupportedError):
        return None
    text = str(exc).upper()
    if "STARTTLS" in text:
        return (
            translate(
                "Errors", "{host} does not offer STARTTLS, so the connection cannot be encrypted."
            ).format(host=s.name),
            translate(
                "Errors",
                "Choose SSL/TLS (usually port 465) if the server supports it; choose no "
                "encryption only for a server on your own computer or network.",
            ),
        )
    if "AUTH" in text:
        return (
            translate(
                "Errors",
                "{host} does not offer to log in (no AUTH), so the user name and password "
                "cannot be used.",
            ).format(host=s.name),
            translate(
                "Errors",
                "Leave the user name empty if the server accepts mail without logging in; many "
                "servers offer AUTH only over STARTTLS or SSL/TLS.",
            ),
        )
    return (
        translate("Errors", "{where} cannot take this message ({reason}).").format(
            where=s, reason=exc
        ),
        translate("Errors", "Send it through another server, or ask this server's administrator."),
    )


def _refusals(exc: BaseException, s: ServerInfo) -> Words:
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        refused = ", ".join(f"{a} ({c} {_text(t)})" for a, (c, t) in exc.recipients.items())
        return (
            translate("Errors", "The server refused every recipient: {refused}.").format(
                refused=refused
            ),
            translate(
                "Errors", "Check the addresses for typos, or ask the server's administrator."
            ),
        )
    if isinstance(exc, smtplib.SMTPSenderRefused | smtplib.SMTPDataError) and _too_large(exc):
        # To MAIL FROM with SIZE=, or to the end of data: the same for the user.
        return (
            translate("Errors", "The server refused the message as too large ({reply}).").format(
                reply=_reply(exc)
            ),
            translate("Errors", "Remove or shrink attachments, or share large files by link."),
        )
    if isinstance(exc, smtplib.SMTPSenderRefused):
        return (
            translate("Errors", "The server refused the sender {sender} ({reply}).").format(
                sender=_text(exc.sender), reply=_reply(exc)
            ),
            translate(
                "Errors",
                "Check the From address: many servers only accept the account's own address.",
            ),
        )
    if isinstance(exc, smtplib.SMTPDataError):
        return (
            translate("Errors", "The server refused the message ({reply}).").format(
                reply=_reply(exc)
            ),
            translate(
                "Errors",
                "If the server's reason does not say what to change, ask the server's "
                "administrator.",
            ),
        )
    return None


def _certificate(exc: BaseException, s: ServerInfo) -> Words:
    if not isinstance(exc, ssl.SSLCertVerificationError):
        return None
    code = exc.verify_code
    if code in _NAME_MISMATCH:
        return (
            translate(
                "Errors", "The server's certificate is not valid for the name {host}."
            ).format(host=s.name),
            translate(
                "Errors",
                "Enter the host name the certificate was issued for (Test connection shows "
                "it), or ask the server's administrator for a certificate that covers this name.",
            ),
        )
    if code == _CERT_EXPIRED:
        return (
            translate("Errors", "The certificate of {host} has expired.").format(host=s.name),
            translate(
                "Errors", "Tell the server's administrator; check your computer's clock too."
            ),
        )
    if code == _CERT_NOT_YET_VALID:
        return (
            translate("Errors", "The certificate of {host} is not valid yet.").format(host=s.name),
            translate("Errors", "Check your computer's date and time."),
        )
    return (
        translate(
            "Errors",
            "The certificate of {host} is not signed by an authority this computer trusts "
            "({reason}).",
        ).format(host=s.name, reason=exc.verify_message),
        translate(
            "Errors",
            "If this is your organisation's server with its own certificate authority, choose "
            "that CA file under “Private CA” in the profile; Test connection shows the "
            "certificate's fingerprint to compare with the one your administrator gives you.",
        ),
    )


def _tls(exc: BaseException, s: ServerInfo) -> Words:
    if not isinstance(exc, ssl.SSLError):
        return None
    if exc.reason in _NOT_TLS:
        return (
            translate("Errors", "{where} does not speak SSL/TLS from the start.").format(where=s),
            translate("Errors", "Choose STARTTLS (usually port 587) instead.")
            + " "
            + _usual_ports(),
        )
    return (
        translate("Errors", "The encrypted connection with {host} failed ({reason}).").format(
            host=s.name, reason=exc.reason or exc
        ),
        translate(
            "Errors",
            "Try the other kind of encryption, or ask the server's administrator which TLS "
            "versions it supports.",
        ),
    )


def _network(exc: BaseException, s: ServerInfo) -> Words:
    if isinstance(exc, socket.gaierror):
        return (
            translate("Errors", "The server name {host} could not be found.").format(host=s.name),
            translate("Errors", "Check its spelling in the profile and your internet connection."),
        )
    if isinstance(exc, ConnectionRefusedError):
        return (
            translate(
                "Errors", "Nothing accepted the connection at {where} (connection refused)."
            ).format(where=s),
            translate("Errors", "Check the host name and port, and that the server is running.")
            + " "
            + _usual_ports(),
        )
    if isinstance(exc, TimeoutError):
        if s.timeout:
            what = translate("Errors", "{where} did not answer within {seconds} seconds.").format(
                where=s, seconds=f"{s.timeout:g}"
            )
        else:
            what = translate("Errors", "{where} did not answer in time.").format(where=s)
        return (
            what,
            translate(
                "Errors",
                "Check the host name and port; a firewall or your network may block this "
                "port (many home and hotel networks block port 25).",
            ),
        )
    if _timed_out(exc):
        if s.security and s.security != "ssl" and s.port == 465:
            return (
                translate(
                    "Errors", "{where} did not greet Composer; port 465 normally expects SSL/TLS."
                ).format(where=s),
                translate("Errors", "Choose SSL/TLS for port 465, or use port 587 with STARTTLS."),
            )
        return (
            translate("Errors", "{where} stopped answering.").format(where=s),
            translate("Errors", "Try again later, or raise the timeout in the profile."),
        )
    if isinstance(exc, smtplib.SMTPServerDisconnected | ConnectionError):
        if s.security == "ssl":
            todo = translate(
                "Errors",
                "Try again in a moment; if it keeps happening, this port may expect STARTTLS "
                "rather than SSL/TLS.",
            )
        else:
            todo = translate(
                "Errors",
                "Try again in a moment; if it keeps happening, check the port and the kind of "
                "encryption.",
            )
        return (
            translate("Errors", "{where} closed the connection unexpectedly.").format(where=s),
            todo + " " + _usual_ports(),
        )
    return None


def _files(exc: BaseException, s: ServerInfo) -> Words:
    if not isinstance(exc, OSError) or exc.filename is None:
        return None
    if isinstance(exc, FileNotFoundError | PermissionError | IsADirectoryError):
        return (
            translate("Errors", "The attachment {file} could not be read ({reason}).").format(
                file=exc.filename, reason=exc.strerror
            ),
            translate(
                "Errors",
                "Attach the file again from where it is now, or remove it from the message.",
            ),
        )
    return (
        translate("Errors", "The file {file} could not be used ({reason}).").format(
            file=exc.filename, reason=exc.strerror or exc
        ),
        translate("Errors", "Check the file and the free disk space, then try again."),
    )


def _disk_full(exc: BaseException, s: ServerInfo) -> Words:
    # A write that failed for room (a full disk, a quota, a file-size limit) is about the
    # computer, whatever the caller was doing; errno decides, since a write names no file.
    full = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG)
    if not isinstance(exc, OSError) or exc.errno not in full:
        return None
    return (
        translate("Errors", "There is no room left to write on the disk ({reason}).").format(
            reason=exc.strerror or exc
        ),
        translate("Errors", "Free some space on the disk, then try again."),
    )


def _other_smtp(exc: BaseException, s: ServerInfo) -> Words:
    if isinstance(exc, smtplib.SMTPResponseException):
        return (
            translate("Errors", "{host} answered “{reply}”.").format(
                host=s.name, reply=_reply(exc)
            ),
            translate(
                "Errors",
                "The server's words usually say what it needs; ask its administrator if they "
                "do not.",
            ),
        )
    if isinstance(exc, smtplib.SMTPException):
        return (
            translate("Errors", "The conversation with {where} failed ({reason}).").format(
                where=s, reason=exc
            ),
            translate(
                "Errors",
                "Try again; if it keeps happening, copy the details for the server's "
                "administrator.",
            ),
        )
    if isinstance(exc, OSError):
        return (
            translate("Errors", "The connection to {where} failed ({reason}).").format(
                where=s, reason=exc.strerror or exc
            ),
            translate("Errors", "Check the host name, the port and your network connection."),
        )
    return None


def _setup(exc: BaseException, s: ServerInfo) -> Words:
    from composer.mail.conf import ImproperlyConfigured

    if isinstance(exc, ImproperlyConfigured | ImportError):
        return (
            translate("Errors", "The sending profile is not usable: {reason}.").format(reason=exc),
            translate("Errors", "Fix the profile in Preferences."),
        )
    if isinstance(exc, ValueError):
        return (
            translate("Errors", "The message could not be built: {reason}.").format(reason=exc),
            translate("Errors", "Correct the addresses and headers."),
        )
    return None


# Most specific first: e.g. a refused password is also an SMTP reply, a refused connection
# also an OSError, a certificate problem also a TLS error.
_TRANSLATORS = (
    _keyring,
    signin_words,
    _login,
    _unsupported,
    _refusals,
    _certificate,
    _tls,
    _network,
    _disk_full,
    _files,
    _other_smtp,
    _setup,
)
