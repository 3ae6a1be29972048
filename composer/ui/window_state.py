"""What windows remember between runs: their size, and the folder each file dialog last used.

* :func:`keep_size` gives a top-level window or dialog the size it had when the user last
  closed it (else its default), never larger than the screen's available area, and moves it
  back on screen when it opens: on an 800×600 screen every button stays reachable.
* :func:`prepare_file_dialog` starts a file dialog in the folder last used for the same
  purpose (attaching, opening a message, saving, choosing merge data, exporting), else in the
  documents folder, never in whatever the process's working directory happens to be.

Both are kept in ``window-state.ini`` in the config folder (:mod:`composer.storage.paths`).
Tests and screenshots pretend a small screen with :func:`override_available_geometry`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSettings, QSize, QStandardPaths
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from composer.storage import paths

__all__ = [
    "FolderPurpose",
    "available_geometry",
    "documents_folder",
    "fitted_size",
    "keep_size",
    "override_available_geometry",
    "prepare_file_dialog",
    "remember_folder",
    "start_folder",
]

# Room for the title bar and borders the window manager adds around a window (not known
# before the window is shown, and never on some platforms).
_FRAME_WIDTH = 16
_FRAME_HEIGHT = 48

_override: QRect | None = None


def _settings() -> QSettings:
    return QSettings(str(paths.config_dir() / "window-state.ini"), QSettings.Format.IniFormat)


# -- window sizes --------------------------------------------------------------------------


@contextmanager
def override_available_geometry(rect: QRect) -> Iterator[QRect]:
    """Pretend the screen's available area is *rect* for the duration of the block."""
    global _override
    previous = _override
    _override = QRect(rect)
    try:
        yield rect
    finally:
        _override = previous


def available_geometry(widget: QWidget | None = None) -> QRect:
    """The part of *widget*'s screen that windows may use (without panels and docks)."""
    if _override is not None:
        return QRect(_override)
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 768)


def fitted_size(wanted: QSize, available: QRect) -> QSize:
    """*wanted*, made small enough that it and its frame fit in *available*."""
    return QSize(
        max(1, min(wanted.width(), available.width() - _FRAME_WIDTH)),
        max(1, min(wanted.height(), available.height() - _FRAME_HEIGHT)),
    )


class _SizeKeeper(QObject):
    """Fits the window to its screen when shown; remembers its size when hidden."""

    def __init__(self, window: QWidget, name: str) -> None:
        super().__init__(window)
        self._window = window
        self._key = f"windows/{name}/size"

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window:
            if event.type() == QEvent.Type.Show:
                self._fit()
            elif event.type() == QEvent.Type.Hide:
                self._remember()
        return False

    def _fit(self) -> None:
        window = self._window
        available = available_geometry(window)
        if window.isMaximized() or window.isFullScreen():
            return
        size = fitted_size(window.size(), available)
        if size != window.size():
            window.resize(size)
        frame = window.frameGeometry()
        # The frame may still be unknown (the window manager adds it later): allow for it.
        width = max(frame.width(), size.width() + _FRAME_WIDTH)
        height = max(frame.height(), size.height() + _FRAME_HEIGHT)
        x = min(max(frame.x(), available.left()), available.left() + available.width() - width)
        y = min(max(frame.y(), available.top()), available.top() + available.height() - height)
        if QPoint(x, y) != frame.topLeft():
            window.move(max(x, available.left()), max(y, available.top()))

    def _remember(self) -> None:
        window = self._window
        geometry = window.normalGeometry() if window.isMaximized() else window.geometry()
        if geometry.isValid():
            settings = _settings()
            settings.setValue(self._key, geometry.size())
            settings.sync()


def remembered_size(name: str) -> QSize | None:
    """The size window *name* had when it was last closed, if it was ever closed."""
    value = _settings().value(f"windows/{name}/size")
    return value if isinstance(value, QSize) and value.isValid() else None


def keep_size(window: QWidget, name: str, default: QSize) -> None:
    """Size *window* as it was last closed (else *default*), within the screen; remember it.

    Call once, from the window's constructor, instead of ``resize()``. *name* is shared by
    every window of the same kind (all compose windows are "compose").
    """
    size = remembered_size(name) or default
    window.resize(fitted_size(size, available_geometry(window)))
    window.installEventFilter(_SizeKeeper(window, name))


# -- file dialog folders -------------------------------------------------------------------


class FolderPurpose(StrEnum):
    """What a file dialog is for; each purpose remembers its own folder."""

    ATTACH = "attach"
    OPEN_MESSAGE = "open-message"
    SAVE_AS = "save-as"
    MERGE_DATA = "merge-data"
    EXPORT = "export"
    CERTIFICATE = "certificate"
    FOLDER = "folder"


def documents_folder() -> Path:
    """The user's documents folder (the home folder when the platform has none)."""
    override = paths.documents_dir()
    if override is not None:
        return override
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if found and Path(found).is_dir():
        return Path(found)
    return Path.home()


def start_folder(purpose: FolderPurpose, default: Path | None = None) -> Path:
    """The folder last used for *purpose* if it still exists, else *default* or documents."""
    value = _settings().value(f"folders/{purpose.value}")
    if isinstance(value, str) and value and Path(value).is_dir():
        return Path(value)
    if default is not None and default.is_dir():
        return default
    return documents_folder()


def remember_folder(purpose: FolderPurpose, chosen: str | Path) -> None:
    """Remember where *chosen* (a file, or a folder) is, for the next dialog of *purpose*."""
    path = Path(chosen)
    folder = path if path.is_dir() else path.parent
    if not str(folder) or not folder.is_absolute():
        return
    settings = _settings()
    settings.setValue(f"folders/{purpose.value}", str(folder))
    settings.sync()


def prepare_file_dialog(
    dialog: QFileDialog,
    purpose: FolderPurpose,
    *,
    suggested_name: str = "",
    default_folder: Path | None = None,
) -> Path:
    """Start *dialog* in the folder for *purpose* and remember the folder chosen in it.

    Args:
        suggested_name: the file name a save dialog proposes.
        default_folder: where to start when nothing was chosen for *purpose* yet (else the
            documents folder).

    Returns:
        The folder the dialog starts in.
    """
    folder = start_folder(purpose, default_folder)
    dialog.setDirectory(str(folder))
    if suggested_name:
        dialog.selectFile(str(folder / suggested_name))
    dialog.fileSelected.connect(lambda chosen: remember_folder(purpose, chosen))
    dialog.filesSelected.connect(
        lambda chosen: remember_folder(purpose, chosen[0]) if chosen else None
    )
    return folder
