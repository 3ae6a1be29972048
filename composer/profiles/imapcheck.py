"""The IMAP part of Test connection: log in, then find the Sent folder, step by step.

:func:`composer.profiles.conntest.run_connection_test` runs these steps after the SMTP ones
when the profile has an IMAP server, reporting them the same way. A failure is raised as a
:class:`~composer.errors.ComposerError` whose words name the IMAP server
(:func:`composer.mailbox.errors.describe_imap`). No Qt here.
"""

from __future__ import annotations

import imaplib
from collections.abc import Callable

from composer.errors import Cancelled, CancelToken, ComposerError
from composer.i18n import translate
from composer.mail.oauth2 import OAuth2Token
from composer.mailbox.client import ImapClient, ImapServer
from composer.mailbox.errors import ImapError, ImapProtocolError, describe_imap

__all__ = ["IMAP_STEPS", "ImapCheckFailed", "imap_step_label", "run_imap_steps"]

IMAP_STEPS = ("imap", "imapsent")

Emit = Callable[[str, str, str], None]  # step, status ("running", "ok", ...), detail


class ImapCheckFailed(ComposerError):
    """A step of the IMAP check failed; its words name the IMAP server."""


def imap_step_label(step: str) -> str:
    return {
        "imap": translate("ConnectionTest", "Log in to the IMAP server"),
        "imapsent": translate("ConnectionTest", "Find the Sent folder (IMAP)"),
    }[step]


class _Password:
    def __init__(self, password: str | None, oauth2_token: OAuth2Token | None = None) -> None:
        self.password = password
        self.oauth2_token = oauth2_token


def run_imap_steps(
    server: ImapServer,
    password: str | None,
    emit: Emit,
    token: CancelToken,
    *,
    folder: str = "",
    files_itself: bool = False,
    oauth2_token: OAuth2Token | None = None,
) -> str:
    """Log in and find the Sent folder; returns the folder's name.

    Args:
        folder: the profile's own choice of Sent folder ("" finds it).
        files_itself: the provider files sent mail itself (said in the last step).

    Raises:
        ImapCheckFailed: a step failed.
        Cancelled: *token* was cancelled.
    """
    step = "imap"
    try:
        with ImapClient(server) as imap:
            token.check()
            emit(
                "imap",
                "running",
                translate("ConnectionTest", "Logging in to {where} as {user}…").format(
                    where=server.info, user=server.username
                ),
            )
            imap.login(_Password(password, oauth2_token))
            emit(
                "imap",
                "ok",
                translate("ConnectionTest", "Logged in to {host} as {user}.").format(
                    host=server.host, user=server.username
                ),
            )
            step = "imapsent"
            token.check()
            emit("imapsent", "running", translate("ConnectionTest", "Listing the folders…"))
            sent = imap.find_sent(folder)
            if files_itself:
                detail = translate(
                    "ConnectionTest",
                    "Sent mail is in “{folder}”; this provider files what you send there "
                    "itself, so Composer adds no copy.",
                )
            elif sent.special_use:
                detail = translate(
                    "ConnectionTest",
                    "Copies of sent mail will go to “{folder}” (the server's Sent folder).",
                )
            else:
                detail = translate(
                    "ConnectionTest",
                    "Copies of sent mail will go to “{folder}” (found by its name).",
                )
            emit("imapsent", "ok", detail.format(folder=sent.name))
            return sent.name
    except Cancelled:
        raise
    except (ImapError, OSError, imaplib.IMAP4.error) as exc:
        if token.cancelled:
            raise Cancelled() from exc
        if isinstance(exc, imaplib.IMAP4.error) and not isinstance(exc, ImapError):
            exc = ImapProtocolError(server.host, str(exc))
        words = describe_imap(exc, server)
        failure = ImapCheckFailed(words.what, words.todo, words.details)
        failure.step = step  # type: ignore[attr-defined]
        raise failure from exc
