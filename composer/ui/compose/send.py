"""Sending off the GUI thread: the job that runs the shared send path, and its panel.

:class:`SendJob` runs :func:`composer.sending.job.send_composed` in a worker thread and reports
back through queued signals; the worker never touches a widget. :class:`SendPanel` shows
progress with Cancel, then the result: sent, refused (who and why) or failed (what happened,
what to do, and "Copy details").
"""

from __future__ import annotations

import contextlib
import logging
import threading
from concurrent.futures import Future
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from composer.compose.message import ComposedMessage
from composer.diagnostics.logsafety import register_secret
from composer.profiles.model import BackendKind, Profile
from composer.sending.job import CancelToken, SendResult, SendStatus, describe_error, send_composed
from composer.storage.sentbox import SentBox
from composer.ui.compose.process import SendProcess, SendRequest
from composer.ui.compose.profiles import ComposeProfiles
from composer.ui.errors import UserMessage, copy_to_clipboard, log_message
from composer.ui.translations import current_language

log = logging.getLogger(__name__)


class FutureBridge(QObject):
    """Deliver a :class:`concurrent.futures.Future`'s outcome on the GUI thread."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, future: Future[Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.future = future

    def start(self) -> FutureBridge:
        """Start delivering; call after connecting (a finished future reports at once)."""
        self.future.add_done_callback(self._on_future_done)
        return self

    def _on_future_done(self, future: Future[Any]) -> None:  # any thread: only emit
        exc = future.exception()
        if exc is not None:
            log.warning("Background work failed: %s", exc, exc_info=exc)
            self.failed.emit(exc)
        else:
            self.done.emit(future.result())

    def wait(self, timeout: float | None = None) -> None:
        with contextlib.suppress(Exception):
            self.future.result(timeout)


class SendJob(QObject):
    """One send. SMTP and file profiles send from a child process (see
    :mod:`composer.ui.compose.process`); the in-app outbox lives in this process, so
    locmem profiles send from a worker thread. Emits :attr:`progress_changed`, then
    :attr:`finished`, or :attr:`password_needed`.
    """

    progress_changed = Signal(int, int)  # done, total (per mille)
    accepted = Signal()  # the server took the message: no cancelling from now on
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
        self._process: SendProcess | None = None
        self._done = threading.Event()
        self._last_permille = -1
        self._thread = threading.Thread(target=self._run, name="composer-send", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> bool:
        """Ask to stop; False when the server has already accepted the message."""
        if self._process is not None:
            return self._process.cancel()
        return self.token.cancel()

    def is_running(self) -> bool:
        return self._thread.is_alive() or not self._done.is_set()

    def wait(self, timeout: float | None = None) -> None:
        self._done.wait(timeout)

    def _finish(self, result: SendResult) -> None:
        self._done.set()
        self.finished.emit(result)

    def _progress(self, done: int, total: int) -> None:
        permille = done * 1000 // max(total, 1)
        if permille != self._last_permille:
            self._last_permille = permille
            self.progress_changed.emit(permille, 1000)

    def _failure(self, exc: Exception) -> SendResult:
        profile = self._profile
        server = f"{profile.smtp.host}:{profile.smtp.port}" if profile.delivers else ""
        what = getattr(exc, "what", None)
        todo = getattr(exc, "todo", None)
        if not (isinstance(what, str) and isinstance(todo, str)):
            what, todo = describe_error(exc, server=server)
        return SendResult(SendStatus.FAILED, what, todo, repr(exc), profile.name, profile.delivers)

    def _run(self) -> None:  # worker thread: no widgets here
        profile = self._profile
        if profile.backend is BackendKind.LOCMEM:
            self._run_here()
            return
        password: str | None = None
        try:
            if profile.needs_password:
                password = self._profiles.credentials.password_for(profile)
                register_secret(password)  # never in a log, even inside a server's reply
        except Exception as exc:  # the keyring is locked or missing
            self._finish(self._failure(exc))
            return
        if profile.needs_password and not password:
            self._done.set()
            self.password_needed.emit(profile.name, profile.account or profile.name)
            return
        folder = self._sentbox.folder if self._sentbox is not None else None
        request = SendRequest(self._msg, profile, password, folder, current_language())
        self._process = SendProcess(request, self._on_process_event)
        if self.token.cancelled:
            self._finish(_cancelled(profile))
            return
        self._process.start()

    def _on_process_event(self, event: tuple[Any, ...]) -> None:  # reader thread
        kind = event[0]
        if kind == "progress":
            self.progress_changed.emit(int(event[1]), 1000)
        elif kind == "accepted":
            self.accepted.emit()
        elif kind == "result":
            self._finish(event[1])
        elif kind == "exit":
            if self._process is not None and self._process.cancelled:
                self._finish(_cancelled(self._profile))
            elif self._process is not None and self._process.accepted:
                self._finish(_sent_without_copy(self._profile, event[1]))
            else:
                self._finish(
                    SendResult(
                        SendStatus.FAILED,
                        self.tr(
                            "The sending process stopped unexpectedly (exit code {code})."
                        ).format(code=event[1]),
                        self.tr(
                            "Try again; if it keeps happening, copy the details and report them."
                        ),
                        details=f"exit code {event[1]}",
                        profile=self._profile.name,
                        delivered=self._profile.delivers,
                    )
                )

    def _run_here(self) -> None:
        profile = self._profile
        try:
            connection = self._profiles.connect_in_worker(profile)
        except Exception as exc:
            self._finish(self._failure(exc))
            return
        result = send_composed(
            self._msg,
            connection,
            profile=profile.name,
            delivers=profile.delivers,
            progress=self._progress,
            token=self.token,
            sentbox=self._sentbox,
        )
        self._finish(result)


def _sent_without_copy(profile: Profile, exit_code: object) -> SendResult:
    """The child died after the server accepted the message: it went out, so this is no
    failure, and sending again would deliver it twice."""
    return SendResult(
        SendStatus.SENT,
        QCoreApplication.translate("SendJob", "Sent, but the copy for Sent could not be kept."),
        QCoreApplication.translate(
            "SendJob",
            "The server accepted the message, so do not send it again. It stays in this "
            "window: File ▸ Save as… keeps a copy.",
        ),
        details=f"The sending process stopped (exit code {exit_code}) after the server "
        "accepted the message, while keeping its copy for Sent.",
        profile=profile.name,
        delivered=profile.delivers,
        copy_lost=True,
    )


def _cancelled(profile: Profile) -> SendResult:
    return SendResult(
        SendStatus.CANCELLED,
        QCoreApplication.translate(
            "SendJob", "Sending was cancelled; the server did not accept the message."
        ),
        QCoreApplication.translate(
            "SendJob", "Your message is still here; send it again when you are ready."
        ),
        profile=profile.name,
        delivered=profile.delivers,
    )


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
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelSend")
        self.copy_button = QPushButton(self.tr("Copy details"), self)
        self.copy_button.setObjectName("copyDetails")
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self)
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

    def show_accepted(self) -> None:
        self.title.setText(self.tr("The server accepted the message; keeping a copy in Sent…"))
        self.cancel_button.setEnabled(False)

    def show_cancelling(self) -> None:
        self.title.setText(self.tr("Cancelling…"))
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
        if result.status is SendStatus.SENT and result.copy_lost:
            kind = "warning"
        elif result.status is SendStatus.SENT:
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
