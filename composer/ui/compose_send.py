"""Sending off the GUI thread: the job that runs the shared send path, and its panel.

:class:`SendJob` runs :func:`composer.sending.send_composed` in a worker thread and reports
back through queued signals; the worker never touches a widget. :class:`SendPanel` shows
progress with Cancel, then the result: sent, refused (who and why) or failed (what happened,
what to do, and "Copy details").
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from composer.compose import ComposedMessage
from composer.profiles import PasswordNeeded, Profile
from composer.sending import CancelToken, SendResult, SendStatus, describe_error, send_composed
from composer.sentbox import SentBox
from composer.ui.compose_profiles import ComposeProfiles
from composer.ui.errors import UserMessage, copy_to_clipboard, log_message

log = logging.getLogger(__name__)


class BackgroundCall(QObject):
    """Run a plain function in a thread; deliver its result or exception on the GUI thread."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, fn: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self._thread = threading.Thread(target=self._run, name="composer-background", daemon=True)

    def start(self) -> BackgroundCall:
        self._thread.start()
        return self

    def wait(self, timeout: float | None = None) -> None:
        self._thread.join(timeout)

    def _run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:
            log.warning("Background work failed: %s", exc, exc_info=exc)
            self.failed.emit(exc)
        else:
            self.done.emit(result)


class SendJob(QObject):
    """One send in a worker thread. Emits :attr:`progress_changed`, then :attr:`finished`."""

    progress_changed = Signal(int, int)  # done, total (per mille)
    finished = Signal(object)  # SendResult
    password_needed = Signal(str, str)  # profile name, account

    def __init__(
        self,
        msg: ComposedMessage,
        profile: Profile,
        profiles: ComposeProfiles,
        sentbox: SentBox | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._msg = msg
        self._profile = profile.copy()  # the worker never reads shared state
        self._profiles = profiles
        self._sentbox = sentbox
        self.token = CancelToken()
        self._last_permille = -1
        self._thread = threading.Thread(target=self._run, name="composer-send", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> bool:
        """Ask to stop; False when the server has already accepted the message."""
        return self.token.cancel()

    def is_running(self) -> bool:
        return self._thread.is_alive()

    def wait(self, timeout: float | None = None) -> None:
        self._thread.join(timeout)

    def _progress(self, done: int, total: int) -> None:
        permille = done * 1000 // max(total, 1)
        if permille != self._last_permille:
            self._last_permille = permille
            self.progress_changed.emit(permille, 1000)

    def _run(self) -> None:  # worker thread: no widgets here
        profile = self._profile
        server = f"{profile.smtp.host}:{profile.smtp.port}" if profile.delivers else ""
        try:
            connection = self._profiles.connect_in_worker(profile)
        except PasswordNeeded as exc:
            self.password_needed.emit(profile.name, exc.account)
            return
        except Exception as exc:
            what = getattr(exc, "what", None)
            todo = getattr(exc, "todo", None)
            if not (isinstance(what, str) and isinstance(todo, str)):
                what, todo = describe_error(exc, server=server)
            result = SendResult(
                SendStatus.FAILED,
                what,
                todo,
                details=repr(exc),
                profile=profile.name,
                delivered=profile.delivers,
            )
            self.finished.emit(result)
            return
        result = send_composed(
            self._msg,
            connection,
            profile=profile.name,
            delivers=profile.delivers,
            progress=self._progress,
            token=self.token,
            server=server,
        )
        if result.ok and result.sent_copy is not None and self._sentbox is not None:
            try:
                self._sentbox.add(result.sent_copy)
            except OSError as exc:
                log.warning("The message was sent but could not be kept in Sent: %s", exc)
                result.advice = (
                    f"A copy could not be kept in the Sent folder ({exc.strerror or exc})."
                )
        self.finished.emit(result)


class SendPanel(QFrame):
    """Progress while sending; afterwards the outcome in plain words."""

    cancel_requested = Signal()
    dismissed = Signal()

    _STYLES: ClassVar[dict[str, str]] = {
        "progress": "#eef3fb",
        "ok": "#e8f5e9",
        "preview": "#fff8e1",
        "warning": "#fff3e0",
        "error": "#fdecea",
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sendPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self)
        self.title.setObjectName("sendTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.advice = QLabel(self)
        self.advice.setObjectName("sendAdvice")
        self.advice.setWordWrap(True)
        self.advice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("sendProgress")
        self.progress.setRange(0, 0)
        self.cancel_button = QPushButton("Cancel", self)
        self.cancel_button.setObjectName("cancelSend")
        self.copy_button = QPushButton("Copy details", self)
        self.copy_button.setObjectName("copyDetails")
        self.dismiss_button = QPushButton("Dismiss", self)
        self.dismiss_button.setObjectName("dismissResult")
        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(self.advice)
        text.addWidget(self.progress)
        row = QHBoxLayout(self)
        row.addLayout(text, 1)
        row.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)
        self._details = ""
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.dismiss_button.clicked.connect(self._on_dismiss_button_clicked)
        self.hide()

    def _style(self, kind: str) -> None:
        self.setStyleSheet(
            f"QFrame#sendPanel {{ background: {self._STYLES[kind]}; border-radius: 4px; }}"
        )

    def show_progress(self, text: str) -> None:
        self._style("progress")
        self.title.setText(text)
        self.advice.hide()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.copy_button.hide()
        self.dismiss_button.hide()
        self.show()

    def set_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def show_cancelling(self) -> None:
        self.title.setText("Cancelling…")
        self.cancel_button.setEnabled(False)

    def show_message(self, kind: str, what: str, todo: str = "", details: str = "") -> None:
        self._style(kind)
        self.title.setText(what)
        self.advice.setText(todo)
        self.advice.setVisible(bool(todo))
        self.progress.hide()
        self.cancel_button.hide()
        self._details = details
        self.copy_button.setVisible(bool(details))
        self.dismiss_button.show()
        self.show()

    def show_problem(self, message: UserMessage) -> None:
        log_message(message)
        self.show_message("error", message.what, message.todo, message.details)

    def show_result(self, result: SendResult) -> None:
        if result.status is SendStatus.SENT:
            kind = "ok" if result.delivered else "preview"
        elif result.status is SendStatus.PARTIAL:
            kind = "warning"
        elif result.status is SendStatus.CANCELLED:
            kind = "preview"
        else:
            kind = "error"
        self.show_message(kind, result.summary, result.advice, result.details)

    def details(self) -> str:
        return self._details

    def _on_copy_button_clicked(self) -> None:
        copy_to_clipboard(self._details)

    def _on_dismiss_button_clicked(self) -> None:
        self.hide()
        self.dismissed.emit()
