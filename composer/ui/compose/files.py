"""File ▸ Open… and Save as… of the compose window.

Opening puts an ``.eml`` in the window when it is empty (or in a new window; a draft is
edited in one window only); Save as writes the message, Bcc included, off the GUI thread.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from composer.compose.message import UnreadableMessage, from_eml, to_eml
from composer.storage.atomic import write_bytes_atomic
from composer.ui.errors import UserMessage
from composer.ui.tasks import Task, TaskFailure
from composer.ui.window_state import FolderPurpose, prepare_file_dialog

if TYPE_CHECKING:
    from composer.ui.compose.window import ComposeWindow

__all__ = ["MessageFiles"]


class MessageFiles(QObject):
    """Opens ``.eml`` files into windows and saves the window's message as one."""

    def __init__(self, window: ComposeWindow) -> None:
        super().__init__(window)
        self.window = window

    def choose_open(self) -> None:
        dialog = QFileDialog(
            self.window, self.tr("Open message"), "", self.tr("Messages (*.eml);;All files (*)")
        )
        dialog.setObjectName("openDialog")
        prepare_file_dialog(dialog, FolderPurpose.OPEN_MESSAGE)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda path: self.open_file(Path(path)))
        dialog.open()

    def open_file(self, path: Path) -> ComposeWindow | None:
        """Open an .eml file: in this window when it is empty, else in a new one."""
        w = self.window
        try:
            msg = from_eml(path.read_bytes())
        except OSError as exc:
            w.send_panel.show_problem(
                UserMessage(
                    self.tr("“{name}” could not be opened ({reason}).").format(
                        name=path.name, reason=exc.strerror or exc
                    ),
                    self.tr("Check that the file exists and that you may read it."),
                    repr(exc),
                )
            )
            return None
        except UnreadableMessage as exc:
            w.send_panel.show_problem(
                UserMessage(
                    self.tr("“{name}” could not be opened: {reason}.").format(
                        name=path.name, reason=exc
                    ),
                    self.tr("The file may be damaged; open it in a text editor to copy its text."),
                    repr(exc.__cause__ or exc),
                )
            )
            return None
        draft_id = path.stem if path.parent == w.services.drafts.folder else None
        for other in w.services.windows:  # a draft is edited in one window only
            if draft_id is not None and other.drafts.draft_id == draft_id:
                other.show()
                other.activateWindow()
                return other
        if w.is_untouched():
            if draft_id is not None:
                w.drafts.adopt(draft_id)
            w.load_message(msg)
            return w
        return w.new_window(msg, draft_id)

    def choose_save_as(self) -> None:
        name = re.sub(r"[^\w\- ]+", "", self.window.header.subject.text()).strip() or "message"
        dialog = QFileDialog(
            self.window, self.tr("Save message as"), "", self.tr("Messages (*.eml)")
        )
        dialog.setObjectName("saveDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        prepare_file_dialog(dialog, FolderPurpose.SAVE_AS, suggested_name=f"{name}.eml")
        dialog.setDefaultSuffix("eml")
        dialog.fileSelected.connect(lambda path: self.save_as(Path(path)))
        dialog.open()

    def save_as(self, path: Path) -> Task[None]:
        """Write the message (Bcc included) to *path* in the background."""
        w = self.window
        msg = w.message()
        task = w.run_in_background(lambda: write_bytes_atomic(path, to_eml(msg), 0o644), "save-as")
        saved = self.tr("Saved {path}").format(path=path)
        task.succeeded.connect(lambda _r: w.statusBar().showMessage(saved, 5000))
        task.failed.connect(lambda failure: self._on_save_as_failed(path, failure))
        return task

    def _on_save_as_failed(self, path: Path, failure: TaskFailure) -> None:
        exc = failure.exception
        reason = getattr(exc, "strerror", None) or failure.message
        self.window.send_panel.show_problem(
            UserMessage(
                self.tr("“{name}” could not be saved ({reason}).").format(
                    name=path.name, reason=reason
                ),
                self.tr("Choose another folder, or free some disk space."),
                failure.traceback,
            )
        )
