"""What goes wrong talking to an IMAP server, in the one vocabulary (:mod:`composer.errors`).

The client (:mod:`composer.mailbox.client`) raises these for what the server answered (a
refused login, no Sent folder, a refused APPEND, a full mailbox); a failure to reach the
server at all (a refused connection, an untrusted certificate, a timeout) stays the
standard library's exception and is put into words by
:func:`composer.errors.describe.describe`, with the IMAP server as the server it names.
"""

from __future__ import annotations

import ssl
from typing import TYPE_CHECKING

from composer.errors import ComposerError, UserMessage
from composer.errors.describe import describe
from composer.i18n import translate
from composer.profiles.providers import login_advice

if TYPE_CHECKING:
    from composer.mailbox.client import ImapServer

__all__ = [
    "ImapAppendRefused",
    "ImapError",
    "ImapLoginRefused",
    "ImapNoSentFolder",
    "ImapNotEncrypted",
    "ImapOverQuota",
    "ImapProtocolError",
    "describe_imap",
]


class ImapError(ComposerError):
    """The IMAP server answered, but not as Composer needed."""

    #: Whether trying again later may work (a full mailbox, a server hiccup), as opposed to
    #: a setting to fix first. Copies that fail either way stay queued.
    transient = True


class ImapLoginRefused(ImapError):
    transient = False

    def __init__(self, host: str, user: str, reply: str) -> None:
        super().__init__(
            translate(
                "Imap", "The IMAP server {host} refused the user name or password for {user}."
            ).format(host=host, user=user),
            login_advice(host, user),
            reply,
        )


class ImapTokenRefused(ImapError):
    """The IMAP server refused the account's OAuth 2.0 access token."""

    transient = False

    def __init__(self, host: str, user: str, reply: str) -> None:
        super().__init__(
            translate("Imap", "The IMAP server {host} refused the sign-in of {user}.").format(
                host=host, user=user
            ),
            translate(
                "Imap",
                "Sign in again (Preferences ▸ the profile ▸ Sign in…); if it is refused again, "
                "IMAP may be turned off for the mailbox (an administrator's setting).",
            ),
            reply,
        )


class ImapNoTokenLogin(ImapError):
    """The IMAP server offers neither XOAUTH2 nor OAUTHBEARER."""

    transient = False

    def __init__(self, host: str, offered: str) -> None:
        super().__init__(
            translate(
                "Imap",
                "The IMAP server {host} does not offer signing in with a provider's token "
                "(no XOAUTH2 or OAUTHBEARER).",
            ).format(host=host),
            translate(
                "Imap", "Check the IMAP server name and port your provider gives for sign-in."
            ),
            offered,
        )


class ImapNotEncrypted(ImapError):
    transient = False

    def __init__(self, host: str, reason: str) -> None:
        super().__init__(
            translate(
                "Imap", "Composer will not send your password to {host} without encryption."
            ).format(host=host),
            translate(
                "Imap",
                "Choose SSL/TLS (port 993) or STARTTLS (port 143) for the IMAP server.",
            ),
            reason,
        )


class ImapNoSentFolder(ImapError):
    transient = False

    def __init__(self, host: str, names: str) -> None:
        super().__init__(
            translate("Imap", "No Sent folder was found on {host}.").format(host=host),
            translate(
                "Imap", "Type the name of the folder for sent mail in the profile's IMAP settings."
            ),
            translate("Imap", "Mailboxes on the server: {names}").format(names=names),
        )


class ImapOverQuota(ImapError):
    def __init__(self, host: str, user: str, reply: str) -> None:
        super().__init__(
            translate(
                "Imap", "The mailbox of {user} on {host} is full: the copy for Sent did not fit."
            ).format(host=host, user=user),
            translate(
                "Imap",
                "Delete old mail (or empty the Trash) in that account; Composer keeps the copy "
                "and puts it in Sent with the next message you send.",
            ),
            reply,
        )


class ImapAppendRefused(ImapError):
    def __init__(self, host: str, folder: str, reply: str) -> None:
        super().__init__(
            translate(
                "Imap", "The IMAP server {host} refused to store the copy in “{folder}”."
            ).format(host=host, folder=folder),
            translate(
                "Imap",
                "Composer keeps the copy and tries again with the next message; if it keeps "
                "happening, check the folder in the profile's IMAP settings.",
            ),
            reply,
        )


class ImapProtocolError(ImapError):
    def __init__(self, host: str, reply: str) -> None:
        super().__init__(
            translate("Imap", "The IMAP server {host} answered something unexpected.").format(
                host=host
            ),
            translate(
                "Imap",
                "Try again later; if it keeps happening, copy the details for the server's "
                "administrator.",
            ),
            reply,
        )


def describe_imap(exc: BaseException, server: ImapServer) -> UserMessage:
    """*exc* in words, with advice for an IMAP server rather than an SMTP one."""
    words = describe(exc, server.info)
    if isinstance(exc, OSError) and not isinstance(exc, ssl.SSLError):
        words = words.with_todo(
            translate(
                "Imap",
                "Check the IMAP server's name, port and encryption in the profile (usually "
                "port 993 with SSL/TLS) and your network connection.",
            )
        )
    return words
