"""Small form building blocks for settings screens: a validated field, a file chooser, a bar.

* :class:`ValidatedField` puts an inline error line under any input widget.
* :class:`FileField` is a line edit with a "Browse…" button (a non-blocking file dialog).
* :class:`MessageBar` is an in-window banner for problems and their fixes, with buttons.
* :func:`settings_form`, :func:`note_label` and :func:`form_page` lay settings out alike.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from composer.ui.window_state import FolderPurpose, prepare_file_dialog

__all__ = [
    "ERROR_COLOR",
    "FileField",
    "MessageBar",
    "ValidatedField",
    "form_page",
    "note_label",
    "settings_form",
]

ERROR_COLOR = "#b3261e"


def settings_form() -> QFormLayout:
    """A form whose fields take the width the window gives them."""
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


def note_label(text: str) -> QLabel:
    """A sentence under a field that explains it."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setObjectName("note")
    return label


def form_page(page: QWidget, form: QFormLayout) -> QWidget:
    """Lay *form* out at the top of *page* (the room below stays empty); returns *page*."""
    layout = QVBoxLayout(page)
    layout.addLayout(form)
    layout.addStretch(1)
    return page


class ValidatedField(QWidget):
    """An input widget with its error message shown right under it."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_COLOR};")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(self.error)
        self.setFocusProxy(field)

    def set_error(self, message: str) -> None:
        """Show *message* under the field; "" hides it."""
        self.error.setText(message)
        self.error.setVisible(bool(message))
        self.field.setAccessibleDescription(message)

    def error_text(self) -> str:
        return self.error.text() if self.error.isVisibleTo(self) else ""


class FileField(QWidget):
    """A path typed in or chosen with "Browse…".

    Args:
        directory: choose a folder instead of a file.
        name_filter: e.g. ``"Certificates (*.pem *.crt)"``.
    """

    text_changed = Signal(str)

    def __init__(
        self,
        *,
        directory: bool = False,
        name_filter: str = "",
        placeholder: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._directory = directory
        self._filter = name_filter
        self.line_edit = QLineEdit(self)
        self.line_edit.setPlaceholderText(placeholder)
        self.line_edit.setClearButtonEnabled(True)
        self.browse_button = QPushButton(self.tr("Browse…"), self)
        self.browse_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line_edit, 1)
        layout.addWidget(self.browse_button)
        self.setFocusProxy(self.line_edit)
        self.line_edit.textChanged.connect(self.text_changed)
        self.browse_button.clicked.connect(self._on_browse_button_clicked)

    def text(self) -> str:
        return self.line_edit.text()

    def set_text(self, text: str) -> None:
        self.line_edit.setText(text)

    def set_accessible_name(self, name: str) -> None:
        self.line_edit.setAccessibleName(name)
        self.browse_button.setAccessibleName(self.tr("Browse for {name}").format(name=name))

    def _on_browse_button_clicked(self) -> None:
        title = self.tr("Choose a folder") if self._directory else self.tr("Choose a file")
        dialog = QFileDialog(self, title)
        purpose = FolderPurpose.FOLDER if self._directory else FolderPurpose.CERTIFICATE
        prepare_file_dialog(dialog, purpose)
        typed = Path(self.text().strip()).expanduser() if self.text().strip() else None
        if typed is not None and typed.is_absolute() and typed.parent.is_dir():
            dialog.setDirectory(str(typed.parent))  # where the file already chosen is
        if self._directory:
            dialog.setFileMode(QFileDialog.FileMode.Directory)
            dialog.setOption(QFileDialog.Option.ShowDirsOnly)
        else:
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
            if self._filter:
                dialog.setNameFilters([self._filter, self.tr("All files (*)")])
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.set_text)
        dialog.open()


class MessageBar(QFrame):
    """A banner at the top of a window: a problem, what to do, and buttons to do it."""

    _STYLES = {  # noqa: RUF012 - read-only table
        "info": ("#e8f0fe", "#174ea6", "#aecbfa"),
        "warning": ("#fff3cd", "#664d03", "#e0b03c"),
        "error": ("#fdecea", "#8c1d18", "#f2b8b5"),
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.label = QLabel(self)
        self.label.setObjectName("messageBarText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._buttons = QHBoxLayout()
        self._buttons.setSpacing(6)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addLayout(self._buttons)
        self.level = "info"
        self.hide()

    def show_message(
        self,
        text: str,
        level: str = "warning",
        actions: list[tuple[str, Callable[[], object]]] | None = None,
    ) -> None:
        """Show *text*; each action is a button label and what it does (then the bar hides)."""
        self.level = level
        background, foreground, border = self._STYLES[level]
        self.setStyleSheet(
            f"QFrame#messageBar {{ background: {background}; border: 1px solid {border}; "
            f"border-radius: 4px; }} QLabel#messageBarText {{ color: {foreground}; }}"
        )
        self.label.setText(text)
        while self._buttons.count():
            item = self._buttons.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for label, callback in actions or []:
            button = QPushButton(label, self)
            button.clicked.connect(self._run_and_hide(callback))
            self._buttons.addWidget(button)
        self.show()

    def buttons(self) -> list[QPushButton]:
        found = []
        for i in range(self._buttons.count()):
            item = self._buttons.itemAt(i)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QPushButton):
                found.append(widget)
        return found

    def text(self) -> str:
        return self.label.text() if self.isVisibleTo(self.parentWidget() or self) else ""

    def clear(self) -> None:
        self.label.clear()
        self.hide()

    def _run_and_hide(self, callback: Callable[[], object]) -> Callable[[], None]:
        def run() -> None:
            self.clear()
            callback()

        return run
