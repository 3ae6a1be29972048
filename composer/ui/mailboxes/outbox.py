"""The Outbox window: mail waiting to go out, with its time, state and reason.

Lists what :class:`composer.outbox.store.OutboxStore` holds (sent messages only while they
are recent, greyed), shows the selected message, and offers: Send now, Reschedule…, Edit
(back to a compose window, out of the outbox), Delete and Retry (a failed message, or one in
doubt after the user confirmed). Every change runs off the GUI thread; sending goes through
the app's :class:`~composer.ui.outbox_service.OutboxService`, which holds the one runner.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QWidget

from composer.compose.message import ComposedMessage
from composer.outbox.clock import format_local
from composer.outbox.item import OutboxItem, State
from composer.outbox.schedule import MergeSchedule, ScheduledMerge
from composer.outbox.store import OutboxStore
from composer.ui.mailboxes.outbox_merges import (
    cancel_merge,
    merge_state,
    merge_template,
    reschedule_merge,
)
from composer.ui.tasks import Task, TaskFailure
from composer.ui.widgets.mailbox import MailboxWindow

__all__ = ["OutboxWindow"]


def _reschedule(store: OutboxStore, item_id: str, due: datetime) -> None:
    with store.claim(item_id) as item:
        if item is None or item.state is State.SENDING:
            from composer.outbox.store import TooLate

            raise TooLate(*_busy())
        item.due, item.next_try, item.attempts = due, None, 0
        item.state, item.reason, item.committed = State.QUEUED, None, False
        store.save(item)


def _busy() -> tuple[str, str]:
    from composer.i18n import translate

    return (
        translate("Outbox", "The message is being sent right now."),
        translate("Outbox", "It can no longer be cancelled."),
    )


Row = OutboxItem | ScheduledMerge


class OutboxWindow(MailboxWindow[Row]):
    """The outbox as a list, the selected message, and what can be done with it.

    Scheduled merges are listed too (:mod:`composer.ui.mailboxes.outbox_merges`): started
    now, moved or cancelled.

    Signals:
        send_now_requested(list): ids to send now (the app's runner does).
        merge_start_requested(list): ids of scheduled merges to start now.
        edit_requested(ComposedMessage): open the message (taken out) in a compose window.
    """

    send_now_requested = Signal(list)
    merge_start_requested = Signal(list)
    edit_requested = Signal(object)

    def __init__(
        self,
        store: OutboxStore,
        now: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("outbox", QSize(960, 640), parent)
        self.setObjectName("outboxWindow")
        self.setWindowTitle(self.tr("Outbox — mail waiting to go out"))
        self.set_headers(
            [self.tr("When"), self.tr("State"), self.tr("Subject"), self.tr("To")],
            [140, 190, 320],
        )
        self.list.setObjectName("outboxList")
        self._store = store
        self._now = now
        self.reason = QLabel(self)
        self.reason.setObjectName("outboxReason")
        self.reason.setWordWrap(True)
        self.layout().insertWidget(1, self.reason)  # type: ignore[union-attr]
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.send_now_button = QPushButton(self.tr("Send &now"), self)
        self.send_now_button.setObjectName("outboxSendNow")
        self.reschedule_button = QPushButton(self.tr("&Reschedule…"), self)
        self.reschedule_button.setObjectName("outboxReschedule")
        self.edit_button = QPushButton(self.tr("&Edit"), self)
        self.edit_button.setObjectName("outboxEdit")
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setObjectName("outboxDelete")
        for button in (
            self.refresh_button,
            self.send_now_button,
            self.reschedule_button,
            self.edit_button,
            self.delete_button,
        ):
            self.buttons.addWidget(button)
        self.add_print_buttons(lambda item: item.date if isinstance(item, OutboxItem) else "")
        self.refresh_button.clicked.connect(self.refresh)
        self.send_now_button.clicked.connect(self._on_send_now_button_clicked)
        self.reschedule_button.clicked.connect(self._on_reschedule_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.confirm: QMessageBox | None = None
        self.selection_changed()

    # -- listing --------------------------------------------------------------------------

    def refresh(self) -> Task[list[Row]]:
        """List the outbox in the background (sent messages last)."""
        store = self._store
        task = self._tasks.submit(lambda _ctx: _listed(store), "list-outbox")
        task.succeeded.connect(self.show_rows)
        return task

    def columns(self, row: Row) -> list[str]:
        if isinstance(row, ScheduledMerge):
            return [format_local(row.due), merge_state(row), row.label, self.tr("(mail merge)")]
        when = row.sent_at if row.state is State.SENT and row.sent_at else row.next_due
        state = row.state.label()
        if row.state is State.QUEUED and row.attempts:
            state = self.tr("Waiting to retry")
        return [format_local(when), state, row.subject or self.tr("(no subject)"),
                ", ".join(row.recipients)]  # fmt: skip

    def message_reader(self, row: Row) -> Callable[[], bytes]:
        if isinstance(row, ScheduledMerge):
            return lambda: merge_template(row)
        store, item_id = self._store, row.id
        return lambda: store.eml(item_id)

    def selection_changed(self) -> None:
        row = self.current()
        if isinstance(row, ScheduledMerge):
            self._merge_selected(row)
            return
        state = row.state if row is not None else None
        waiting = state in (State.QUEUED, State.FAILED, State.IN_DOUBT)
        self.send_now_button.setEnabled(waiting)
        self.send_now_button.setText(
            self.tr("&Retry") if state in (State.FAILED, State.IN_DOUBT) else self.tr("Send &now")
        )
        self.reschedule_button.setEnabled(state is State.QUEUED)
        self.edit_button.setEnabled(state in (State.QUEUED, State.FAILED))
        self.delete_button.setEnabled(state is not None and state is not State.SENDING)
        if row is not None and row.reason is not None:
            self.reason.setText(f"{row.reason.what}\n{row.reason.todo}".strip())
            self.reason.show()
        else:
            self.reason.hide()

    def _merge_selected(self, row: ScheduledMerge) -> None:
        self.send_now_button.setText(self.tr("Start &now"))
        self.send_now_button.setEnabled(True)
        self.reschedule_button.setEnabled(True)
        self.edit_button.setEnabled(False)
        self.delete_button.setEnabled(True)
        if row.reason is not None:
            self.reason.setText(f"{row.reason.what}\n{row.reason.todo}".strip())
            self.reason.show()
        else:
            self.reason.hide()

    # -- actions --------------------------------------------------------------------------

    def _on_send_now_button_clicked(self) -> None:
        row = self.current()
        if row is None:
            return
        if isinstance(row, ScheduledMerge):
            self.merge_start_requested.emit([row.id])
            return
        if row.state is State.IN_DOUBT:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Send again?"),
                self.tr("This message most likely reached its recipients already."),
                QMessageBox.StandardButton.Cancel,
                self,
            )
            box.setObjectName("resendInDoubt")
            box.setInformativeText(
                self.tr("Send it again only if a recipient tells you it did not arrive.")
            )
            again = box.addButton(self.tr("Send again"), QMessageBox.ButtonRole.DestructiveRole)
            again.clicked.connect(lambda: self.send_now_requested.emit([row.id]))
            self.confirm = box
            box.open()
            return
        self.send_now_requested.emit([row.id])

    def _on_reschedule_button_clicked(self) -> None:
        from composer.ui.compose.send_later import SendLaterDialog

        row = self.current()
        if row is None:
            return
        dialog = SendLaterDialog(self._now(), self, initial=row.due)
        merge = isinstance(row, ScheduledMerge)
        dialog.chosen.connect(lambda due: self.reschedule(row.id, due, merge=merge))
        dialog.open()

    def reschedule(self, item_id: str, due: datetime, *, merge: bool = False) -> Task[None]:
        store = self._store

        def work(_ctx: object) -> None:
            if merge:
                reschedule_merge(item_id, due)
            else:
                _reschedule(store, item_id, due)

        task = self._tasks.submit(work, "reschedule")
        task.succeeded.connect(self.refresh)
        task.failed.connect(self._on_action_failed)
        return task

    def _on_edit_button_clicked(self) -> None:
        row = self.current()
        if isinstance(row, OutboxItem):
            self.take_out(row.id, edit=True)

    def _on_delete_button_clicked(self) -> None:
        row = self.current()
        if row is None:
            return
        if isinstance(row, ScheduledMerge):
            self._ask_cancel_merge(row)
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete message?"),
            self.tr("“{subject}” will not be sent, and is deleted.").format(subject=row.subject),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("deleteQueued")
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        delete.clicked.connect(lambda: self.take_out(row.id, edit=False))
        self.confirm = box
        box.open()

    def _ask_cancel_merge(self, row: ScheduledMerge) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Cancel the merge?"),
            self.tr("The merge “{label}” will not start; what it already sent stays sent.").format(
                label=row.label
            ),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("cancelMerge")
        cancel = box.addButton(self.tr("Cancel merge"), QMessageBox.ButtonRole.DestructiveRole)
        cancel.clicked.connect(lambda: self.cancel_merge(row.id))
        self.confirm = box
        box.open()

    def cancel_merge(self, entry_id: str) -> Task[None]:
        """Take a scheduled merge out (in the background)."""
        task = self._tasks.submit(lambda _ctx: cancel_merge(entry_id), "cancel-merge")
        task.succeeded.connect(self.refresh)
        task.failed.connect(self._on_action_failed)
        return task

    def take_out(self, item_id: str, *, edit: bool) -> Task[ComposedMessage]:
        """Take *item_id* out of the outbox (in the background); with *edit*, open it."""
        store = self._store

        def work(_ctx: object) -> ComposedMessage:
            with store.claim(item_id) as item:
                if item is None or item.state is State.SENDING:
                    from composer.outbox.store import TooLate

                    raise TooLate(*_busy())
                message = store.composed(item.id)
                store.remove(item.id)
                return message

        task = self._tasks.submit(work, "take-out")
        if edit:
            task.succeeded.connect(self.edit_requested)
        task.succeeded.connect(self.refresh)
        task.failed.connect(self._on_action_failed)
        return task

    def _on_action_failed(self, failure: TaskFailure) -> None:
        from composer.errors.describe import describe
        from composer.ui.errors import show_message

        show_message(self, describe(failure.exception))
        self.refresh()


def _listed(store: OutboxStore) -> list[Row]:
    items = store.items()
    merges: list[Row] = list(MergeSchedule().entries())
    waiting: list[Row] = [i for i in items if i.state is not State.SENT]
    return waiting + merges + [i for i in items if i.state is State.SENT]
