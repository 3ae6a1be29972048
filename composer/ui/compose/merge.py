"""Tools ▸ Mail merge: the message being written becomes the merge template."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication

from composer.compose.message import build_email
from composer.merge.serveraccount import MergeServerAccount
from composer.sending.account import Account, server_label
from composer.ui.errors import UserMessage, show_message

if TYPE_CHECKING:
    from composer.merge.sending.engine import Backend
    from composer.ui.compose.window import ComposeWindow
    from composer.ui.merge.dialog import MergeDialog


def open_merge(window: ComposeWindow) -> MergeDialog | None:
    """Open the mail merge dialog with *window*'s message as the template.

    The merge sends through the active profile; each of its connections is made on a
    worker thread (a password comes from the keyring or what the user typed this session,
    looked up once).
    Returns the dialog, or None when there is no profile or an attachment is unreadable.
    """
    from composer.ui.merge.dialog import open_merge_dialog

    profiles = window.services.profiles
    profile = profiles.book.active
    if profile is None:
        show_message(
            window,
            UserMessage(
                QCoreApplication.translate(
                    "ComposeMerge", "There is no sending profile to send the merge through."
                ),
                QCoreApplication.translate(
                    "ComposeMerge", "Add one in Tools ▸ Preferences, then start the merge again."
                ),
            ),
        )
        return None
    try:
        template = build_email(window.message(), draft=True)
    except OSError as exc:
        show_message(
            window,
            UserMessage(
                QCoreApplication.translate(
                    "ComposeMerge", "An attachment of this message can no longer be read."
                ),
                QCoreApplication.translate(
                    "ComposeMerge", "Remove it or attach it again, then start the merge again."
                ),
                str(exc),
            ),
        )
        return None
    except ValueError as exc:  # BadHeaderError: a file name the mail library refuses
        show_message(
            window,
            UserMessage(
                QCoreApplication.translate(
                    "ComposeMerge",
                    "The name of an attached file cannot be sent: it holds a line break or "
                    "another invisible character.",
                ),
                QCoreApplication.translate(
                    "ComposeMerge",
                    "Rename the file, attach it again, then start the merge again.",
                ),
                str(exc),
            ),
        )
        return None
    identity = profile.identity
    # The merge's threads get a copy of the profile and of this session's passwords.
    account = Account(profile, profiles.credentials.snapshot())
    server_account = MergeServerAccount(account)

    def connect() -> Backend:
        # Every composer.mail backend returns an int from send_messages for a non-empty list.
        return cast("Backend", server_account.connect())

    dialog = open_merge_dialog(
        template,
        connect,
        window,
        from_address=identity.from_header(),
        test_address=identity.from_address,
        # Names the server in the dialog and in the words of a failure.
        server_label=server_label(profile) or profile.summary(),
        server_account=server_account,
    )
    if profile.delivers:  # Send later… (a preview profile sends at once)
        from composer.ui.merge.schedule import MergeScheduler

        scheduler = MergeScheduler(dialog.send_step, profile, window.services.clock)
        scheduler.scheduled.connect(lambda _entry: window.side.refresh_outbox())
    return dialog
