"""Export failed rows…: choose where, then write the CSV off the GUI thread.

Shared by the Send step and Earlier merges; the writing itself is
:mod:`composer.merge.export`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from composer.merge import CsvError
from composer.ui.errors import UserMessage, show_message
from composer.ui.tasks import Task, TaskFailure, TaskRunner
from composer.ui.window_state import FolderPurpose, prepare_file_dialog

__all__ = ["choose_export_file", "start_export"]


def choose_export_file(
    parent: QWidget, data_file: Path, on_chosen: Callable[[str], object]
) -> QFileDialog:
    """Ask where to save the failed rows of *data_file* (offered beside it); opened, not run."""
    chooser = QFileDialog(
        parent, QCoreApplication.translate("FailedRowsExport", "Save the failed rows")
    )
    chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    chooser.setNameFilters([QCoreApplication.translate("FailedRowsExport", "CSV files (*.csv)")])
    prepare_file_dialog(
        chooser,
        FolderPurpose.EXPORT,
        suggested_name=data_file.stem + ".failed.csv",
        default_folder=data_file.parent,
    )
    chooser.fileSelected.connect(on_chosen)
    chooser.open()
    return chooser


def start_export(
    runner: TaskRunner,
    parent: QWidget,
    path: str | Path,
    write: Callable[[], int],
) -> Task[int]:
    """Run *write* (it saves the failed rows to *path*) in the background.

    A failure is shown on *parent*'s window; the task's ``succeeded`` gives the count.
    """
    task = runner.submit(lambda _ctx: write(), name="merge-export")

    def on_failed(failure: TaskFailure) -> None:
        exc = failure.exception
        if isinstance(exc, OSError):
            message = UserMessage(
                QCoreApplication.translate(
                    "FailedRowsExport", "The failed rows could not be saved to {path} ({reason})."
                ).format(path=path, reason=exc.strerror or exc),
                QCoreApplication.translate(
                    "FailedRowsExport", "Choose another folder and try again."
                ),
                failure.traceback,
            )
        else:
            message = UserMessage(
                QCoreApplication.translate(
                    "FailedRowsExport", "The failed rows could not be exported ({error})."
                ).format(error=exc),
                QCoreApplication.translate(
                    "FailedRowsExport",
                    "Check that the data file is still there and the folder is writable.",
                ),
                "" if isinstance(exc, CsvError) else failure.traceback,
            )
        # The window may have closed meanwhile: then its parent window shows it.
        shown_on = parent if parent.isVisible() else parent.parentWidget()
        show_message(shown_on, message)

    task.failed.connect(on_failed)
    return task
