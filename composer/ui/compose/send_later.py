"""Send later…: quick choices (in an hour, tomorrow morning, Monday 09:00) and a date and
time in the user's time zone. A time that has passed asks whether to send now."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from composer.outbox.clock import format_local, quick_choices

__all__ = ["SendLaterDialog"]


class SendLaterDialog(QDialog):
    """Choose when a message goes out.

    Signals:
        chosen(datetime): the instant chosen (UTC; now, when the user chose to send a past
            time at once).
    """

    chosen = Signal(object)

    def __init__(
        self, now: datetime, parent: QWidget | None = None, initial: datetime | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sendLaterDialog")
        self.setWindowTitle(self.tr("Send later"))
        self._now = now
        self.quick: list[QPushButton] = []
        quick_row = QHBoxLayout()
        for label, when in quick_choices(now):
            button = QPushButton(f"{label}\n{format_local(when)}", self)
            button.clicked.connect(lambda _checked=False, when=when: self._choose(when))
            quick_row.addWidget(button)
            self.quick.append(button)
        self.when = QDateTimeEdit(self)
        self.when.setObjectName("sendLaterWhen")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        start = initial or quick_choices(now)[0][1]
        self.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(start.timestamp())))
        zone = datetime.now().astimezone().tzname() or ""
        self.zone = QLabel(self.tr("Time zone: {zone}").format(zone=zone), self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Send the message at:"), self))
        layout.addLayout(quick_row)
        layout.addWidget(self.when)
        layout.addWidget(self.zone)
        layout.addWidget(buttons)
        self.past_box: QMessageBox | None = None

    def chosen_time(self) -> datetime:
        """The picker's time as an instant."""
        return datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch(), UTC)

    def _on_buttons_accepted(self) -> None:
        self._choose(self.chosen_time())

    def _choose(self, when: datetime) -> None:
        if when > self._now:
            self.chosen.emit(when)
            self.accept()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Send now?"),
            self.tr("{time} has already passed.").format(time=format_local(when)),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("sendLaterPast")
        box.setInformativeText(self.tr("Send the message now, or choose another time."))
        now = box.addButton(self.tr("Send now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Choose another time"), QMessageBox.ButtonRole.RejectRole)
        now.clicked.connect(self._send_now)
        self.past_box = box
        box.open()

    def _send_now(self) -> None:
        self.chosen.emit(self._now)
        self.accept()
