"""The compose window's Send: the checks first, then the job, then what becomes of the message.

:class:`SendFlow` reads the message from the window, runs the Qt-free checks
(:func:`composer.compose.checks.check_before_sending`), asks about an attachment the text
mentions, starts :class:`~composer.ui.compose.send.SendJob` (which sends off the GUI thread),
asks for a password the profile does not keep (or to sign in again, for a profile whose
OAuth sign-in expired: :mod:`~composer.ui.compose.signin_prompt`), and after a successful
send records the recipients and starts a new message (or keeps this one when its only copy
is the window).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

from composer.compose.checks import SendingProfile, Stop, check_before_sending
from composer.compose.message import ComposedMessage
from composer.errors import UserMessage
from composer.outbox.clock import format_local
from composer.outbox.item import OutboxItem
from composer.outbox.store import NotQueued
from composer.profiles.model import BackendKind, Profile
from composer.sending.job import SendResult, SendStatus
from composer.sending.servercopy import CopyReport, wants_server_copy
from composer.ui.compose.outbox_send import DelayedSend
from composer.ui.compose.send import SendJob
from composer.ui.compose.servercopies import ServerCopies
from composer.ui.compose.signin_prompt import SignInPrompt
from composer.ui.compose.spell_send import ask_about_spelling
from composer.ui.errors import log_message
from composer.ui.tasks import TaskFailure

if TYPE_CHECKING:
    from composer.ui.compose.send_later import SendLaterDialog
    from composer.ui.compose.window import ComposeWindow

__all__ = ["SendFlow"]


class SendFlow(QObject):
    """Sends the window's message once it passed the checks.

    Signals:
        finished(SendResult): a send ended (sent, refused, failed or only previewed).
    """

    finished = Signal(object)

    def __init__(self, window: ComposeWindow) -> None:
        super().__init__(window)
        self.window = window
        self.job: SendJob | None = None
        self.reminder: QMessageBox | None = None
        self.signin_prompt: SignInPrompt | None = None
        self._attachment_confirmed = False
        self._spelling_confirmed = False
        self._resume: Callable[[], object] = self.send
        self._message = ComposedMessage()
        self.server_copies = ServerCopies(self)
        self.server_copies.finished.connect(self._on_server_copies_finished)
        self.delayed: DelayedSend | None = None

    @property
    def running(self) -> bool:
        """A send is on its way: queueing, counting down for Undo, or sending."""
        if self.delayed is not None:
            return True
        return self.job is not None and self.job.is_running()

    def send(self) -> None:
        """Check the message, then send it with the active profile, off the GUI thread."""
        self._resume = self.send
        checked = self._checked()
        if checked is not None:
            self._start(*checked)

    def send_later(self) -> SendLaterDialog | None:
        """File ▸ Send later…: check the message, then ask when it should go."""
        from composer.ui.compose.send_later import SendLaterDialog

        self._resume = self.send_later
        checked = self._checked()
        if checked is None:
            return None
        msg, profile_name = checked
        w = self.window
        dialog = SendLaterDialog(w.services.clock.now(), w)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(lambda due: self._send_at(msg, profile_name, due))
        dialog.open()
        return dialog

    def _send_at(self, msg: ComposedMessage, profile_name: str, due: datetime) -> None:
        w = self.window
        now = w.services.clock.now()
        profile = w.services.profiles.profile(profile_name)
        if due <= now or not profile.delivers:  # "send now?" said yes; a preview goes now
            self._start(msg, profile_name)
            return
        store = w.services.outbox
        task = w.run_in_background(
            lambda: store.add(msg, profile_name, due, now, origin="later"), "queue-later"
        )
        w.set_sending(True)
        w.send_panel.show_progress(self.tr("Putting the message in the Outbox…"))
        task.succeeded.connect(self._on_queued_later)
        task.failed.connect(self._on_queue_later_failed)

    def _on_queued_later(self, item: OutboxItem) -> None:
        w = self.window
        w.set_sending(False)
        w.start_over()
        w.send_panel.show_message(
            "ok",
            self.tr("The message will be sent at {time} through “{profile}”.").format(
                time=format_local(item.due), profile=item.profile
            ),
            self.tr("It waits in View ▸ Outbox, where you can send it now, edit or delete it."),
        )
        w.side.refresh_outbox()

    def _on_queue_later_failed(self, failure: TaskFailure) -> None:
        from composer.errors.describe import describe

        self.window.set_sending(False)
        exc = failure.exception
        words = exc.message if isinstance(exc, NotQueued) else describe(exc)
        self.window.send_panel.show_problem(words)

    def _checked(self) -> tuple[ComposedMessage, str] | None:
        """The message and the active profile's name once the checks passed; else None (the
        panel says what to fix)."""
        if self.running:
            return None
        w = self.window
        problems = w.header.problems()
        msg = w.message()
        active = w.services.profiles.active()
        profile = SendingProfile(active.name, active.delivers, active.identity) if active else None
        check = check_before_sending(
            msg, problems, profile, attachment_confirmed=self._attachment_confirmed
        )
        if check.stop is Stop.ATTACHMENT:
            self._remind_attachment()
            return None
        if check.stop not in (Stop.ADDRESSES, Stop.NO_RECIPIENTS):
            self._attachment_confirmed = False
        if check.message is not None:
            w.send_panel.show_problem(check.message)
            if check.stop is Stop.NO_RECIPIENTS:
                w.header.fields["to"].setFocus()
            elif check.stop is Stop.NO_SENDER:
                w.header.from_field.setFocus()
            return None
        if not self._spelling_confirmed and ask_about_spelling(w, self._on_send_anyway_spelling):
            return None
        self._spelling_confirmed = False
        if check.use_identity:
            msg.from_addr = w.use_identity()
        assert active is not None
        return msg, active.name

    def _start(self, msg: ComposedMessage, profile_name: str) -> None:
        w = self.window
        profile = w.services.profiles.profile(profile_name)
        if profile.delivers:  # through the outbox: Undo, and nothing lost on the way
            self._message = msg
            self._queue(msg, profile)
            return
        self._start_job(msg, profile_name)

    def _queue(self, msg: ComposedMessage, profile: Profile) -> None:
        w = self.window
        delayed = DelayedSend(w, w.services.outbox)
        delayed.ready.connect(lambda item_id: self._start_job(msg, profile.name, item_id))
        delayed.undone.connect(lambda: self._on_delayed_undone(delayed))
        delayed.refused.connect(lambda message: self._on_delayed_refused(delayed, profile, message))
        self.delayed = delayed
        w.set_sending(True)
        delayed.set_editable(False)
        w.send_panel.show_progress(self.tr("Putting the message in the Outbox…"))
        delayed.start(msg, profile, w.services.undo_delay)

    def undo(self) -> None:
        """Undo on the send panel: the message comes back to be edited."""
        delayed = self.delayed
        if delayed is None or (self.job is not None and self.job.is_running()):
            return
        self.delayed = None
        delayed.undo()

    def _on_delayed_undone(self, delayed: DelayedSend) -> None:
        self._end_delayed(delayed)
        w = self.window
        w.send_panel.hide()
        w.statusBar().showMessage(self.tr("Not sent: the message is back for editing."), 5000)

    def _on_delayed_refused(
        self, delayed: DelayedSend, profile: Profile, message: UserMessage
    ) -> None:
        """Not queued (a full disk, a vanished attachment): nothing changed in the window."""
        self._end_delayed(delayed)
        self.delayed = None
        result = SendResult(SendStatus.FAILED, message, profile.name, profile.delivers)
        self.window.send_panel.show_result(result)
        log_message(message)
        self.finished.emit(result)

    def _end_delayed(self, delayed: DelayedSend) -> None:
        self.window.set_sending(False)
        delayed.set_editable(True)
        delayed.deleteLater()

    def _start_job(self, msg: ComposedMessage, profile_name: str, item_id: str = "") -> None:
        w = self.window
        profile = w.services.profiles.profile(profile_name)
        queued = (w.services.outbox.folder, item_id) if item_id else None
        self.job = SendJob(
            msg, profile, w.services.profiles, w.services.sentbox, self, queued=queued
        )
        self.job.progress_changed.connect(w.send_panel.set_progress)
        self.job.accepted.connect(w.send_panel.show_accepted)
        self.job.finished.connect(self._on_job_finished)
        self.job.password_needed.connect(self._on_job_password_needed)
        self.job.signin_needed.connect(self._on_job_signin_needed)
        count = len(msg.recipients())
        if profile.delivers:
            text = self.tr("Sending to %n recipient(s) through “{profile}”…", "", count)
        else:
            text = self.tr("Previewing to %n recipient(s) through “{profile}”…", "", count)
        w.send_panel.show_progress(text.format(profile=profile.name))
        w.set_sending(True)
        self._message = msg
        self.job.start()

    def _remind_attachment(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Attachment?"),
            self.tr("The message mentions an attachment, but nothing is attached."),
            QMessageBox.StandardButton.NoButton,
            self.window,
        )
        box.setObjectName("attachmentReminder")
        box.setInformativeText(self.tr("Attach the file now, or send the message as it is."))
        attach = box.addButton(self.tr("Attach files…"), QMessageBox.ButtonRole.AcceptRole)
        send_anyway = box.addButton(self.tr("Send anyway"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        attach.clicked.connect(self.window.attachments.choose_files)
        send_anyway.clicked.connect(self._on_send_anyway_clicked)
        self.reminder = box
        box.open()

    def _on_send_anyway_clicked(self) -> None:
        self._attachment_confirmed = True
        QTimer.singleShot(0, self.send)

    def _on_send_anyway_spelling(self) -> None:
        self._spelling_confirmed = True
        # Back to what the user asked for: "Send anyway" after Send later… still asks when.
        QTimer.singleShot(0, self._resume)

    def cancel(self) -> None:
        """The user pressed Cancel on the send panel."""
        if self.job is None:
            return
        if self.job.cancel():
            self.window.send_panel.show_cancelling()
        else:
            self.window.statusBar().showMessage(
                self.tr("Too late to cancel: the server accepted the message.")
            )

    def _on_job_password_needed(self, profile_name: str, account: str) -> None:
        w = self.window
        w.set_sending(False)
        dialog = QInputDialog(w)
        dialog.setObjectName("passwordDialog")
        dialog.setWindowTitle(self.tr("Password"))
        dialog.setLabelText(
            self.tr("Password for {account}\n(kept until Composer quits):").format(account=account)
        )
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        msg = self._message

        delayed = self.delayed
        item = delayed.item if delayed is not None else None

        def retry(password: str) -> None:
            w.services.profiles.remember_password(profile_name, password)
            if item is not None:
                self._start_job(msg, profile_name, item.id)
            else:
                self._start(msg, profile_name)

        def give_up() -> None:
            if delayed is not None:
                self.delayed = None
                delayed.undo()
            w.send_panel.hide()

        dialog.textValueSelected.connect(retry)
        dialog.rejected.connect(give_up)
        dialog.open()

    def retry_waiting_copies(self) -> None:
        """At start-up: make the copies for servers' Sent folders an earlier session left."""
        profiles = self.window.services.profiles
        self.server_copies.retry_waiting(list(profiles.book), profiles.credentials.snapshot())

    def _on_server_copies_finished(self, report: CopyReport) -> None:
        words = report.message
        if report.ok:
            self.window.statusBar().showMessage(words.what, 15000)
            return
        log_message(words)
        panel = self.window.send_panel
        if panel.isVisible() and not self.running:
            # Beside the send's own result, which stays true: the message went out.
            panel.show_message("warning", panel.title.text(), words.text, words.details)
        else:
            panel.show_message("warning", words.what, words.todo, words.details)

    def _on_job_signin_needed(self, profile_name: str, what: str) -> None:
        w = self.window
        profiles = w.services.profiles
        prompt = SignInPrompt(w, profiles.profile(profile_name), profiles.credentials, what)
        msg = self._message
        prompt.signed_in.connect(lambda: self._start(msg, profile_name))
        prompt.failed.connect(w.send_panel.show_problem)
        self.signin_prompt = prompt
        prompt.open()

    def _on_job_finished(self, result: SendResult) -> None:
        if self.delayed is not None:  # the outbox keeps or drops it first, off this thread
            delayed, self.delayed = self.delayed, None
            # A failure that may pass (the network, 4xx) leaves it waiting in the outbox; a
            # sign-in that failed here, before the send (no child, so the cause is known),
            # gives it back to the window only if it may not pass by itself.
            failed = result.status is SendStatus.FAILED
            task = delayed.settle(keep_queued=failed and _may_pass(result))
            task.succeeded.connect(lambda waiting: self._finish(result, delayed, waiting))
            task.failed.connect(lambda _failure: self._finish(result, delayed, False))
            return
        self._finish(result, None, False)

    def _finish(self, result: SendResult, delayed: DelayedSend | None, waiting: bool) -> None:
        w = self.window
        if delayed is not None:
            delayed.set_editable(True)
            delayed.deleteLater()
        w.set_sending(False)
        job = self.job
        copy_wanted = job is not None and job.sign_in is not None and result.delivered
        if result.ok and copy_wanted and job is not None and wants_server_copy(job.profile):
            assert job.sign_in is not None
            self.server_copies.after_send(job.profile, job.sign_in)
        if result.ok:
            self._after_success(result)
        if waiting:  # the network or the server failed for now: the outbox keeps trying
            note = self.tr(
                "It waits in the Outbox (View ▸ Outbox) and goes out by itself once the "
                "server can be reached."
            )
            words = result.message
            result.message = words.with_todo(f"{words.todo}\n{note}" if words.todo else note)
            w.start_over()
        w.send_panel.show_result(result)
        if result.status is SendStatus.FAILED:
            log_message(result.message)
        self.finished.emit(result)

    def _after_success(self, result: SendResult) -> None:
        w = self.window
        profile = w.services.profiles.active()
        if not result.delivered:
            if profile is not None and profile.kind in (BackendKind.LOCMEM, BackendKind.FILE):
                see = self.tr("See it in View ▸ Preview mailbox.")
                result.message = result.message.with_todo(see)
                w.side.refresh_previews()
            return  # a preview: the message stays here, unsent
        history = w.services.history
        history.record(self._message.recipients())
        w.run_in_background(lambda: history.save(), "save-address-history")
        if w.services.contacts is not None:
            w.services.contacts.reload()  # completion offers the new addresses
        if result.copy_lost:  # the only local copy of what was sent is this window
            w.drafts.save_now()
        elif result.status is SendStatus.SENT:
            w.start_over()


def _may_pass(result: SendResult) -> bool:
    """Whether a failed send may succeed later by itself. A result from the send's child
    carries no cause: the outbox recorded the verdict in the message's state already."""
    from composer.outbox.runner import temporary

    return result.cause is None or temporary(result.cause)
