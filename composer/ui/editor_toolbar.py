"""The formatting toolbar for :class:`~composer.ui.editor.BodyEditor`, with standard shortcuts."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import (
    QAction,
    QFont,
    QKeySequence,
    QTextCharFormat,
    QTextFormat,
    QTextListFormat,
)
from PySide6.QtWidgets import QComboBox, QInputDialog, QLineEdit, QToolBar, QWidget

from composer.ui.editor import BodyEditor

_HEADINGS = ("Paragraph", "Heading 1", "Heading 2", "Heading 3")


class FormatToolbar(QToolBar):
    """Bold, italic, underline, lists, link, heading, quote, clear formatting, plain text."""

    plain_text_toggled = Signal(bool)

    def __init__(self, editor: BodyEditor, parent: QWidget | None = None) -> None:
        super().__init__("Format", parent)
        self.setObjectName("formatToolbar")
        self.editor = editor
        self.heading = QComboBox(self)
        self.heading.setObjectName("headingCombo")
        self.heading.addItems(_HEADINGS)
        self.heading.setToolTip("Paragraph style")
        self.addWidget(self.heading)
        self.bold = self._action("Bold", "B", QKeySequence.StandardKey.Bold, checkable=True)
        self.italic = self._action("Italic", "I", QKeySequence.StandardKey.Italic, checkable=True)
        self.underline = self._action(
            "Underline", "U", QKeySequence.StandardKey.Underline, checkable=True
        )
        self.addSeparator()
        self.bullets = self._action("Bulleted list", "•", "Ctrl+Shift+8", checkable=True)
        self.numbers = self._action("Numbered list", "1.", "Ctrl+Shift+7", checkable=True)
        self.quote = self._action("Quote", "❝", "Ctrl+Shift+9", checkable=True)
        self.link = self._action("Link…", "Link", "Ctrl+K")
        self.addSeparator()
        self.clear_action = self._action("Clear formatting", "Clear", "Ctrl+\\")
        self.plain = self._action("Plain text", "Plain text", "Ctrl+Shift+T", checkable=True)
        self.plain.setToolTip("Send plain text only (Ctrl+Shift+T)")
        self._connect_signals()
        self._sync()

    def _action(
        self,
        name: str,
        label: str,
        shortcut: QKeySequence.StandardKey | str,
        checkable: bool = False,
    ) -> QAction:
        action = QAction(label, self)
        action.setObjectName(name.lower().replace(" ", "_").strip("…"))
        action.setCheckable(checkable)
        action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(
            f"{name} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})"
        )
        if label in ("B", "I", "U"):
            font = QFont(self.font())
            font.setBold(label == "B")
            font.setItalic(label == "I")
            font.setUnderline(label == "U")
            action.setFont(font)
        self.addAction(action)
        return action

    def _connect_signals(self) -> None:
        self.bold.triggered.connect(self._on_bold_triggered)
        self.italic.triggered.connect(self._on_italic_triggered)
        self.underline.triggered.connect(self._on_underline_triggered)
        self.bullets.triggered.connect(lambda: self._toggle_list(QTextListFormat.Style.ListDisc))
        self.numbers.triggered.connect(lambda: self._toggle_list(QTextListFormat.Style.ListDecimal))
        self.quote.triggered.connect(self._on_quote_triggered)
        self.link.triggered.connect(self._on_link_triggered)
        self.clear_action.triggered.connect(self._on_clear_triggered)
        self.plain.toggled.connect(self._on_plain_toggled)
        self.heading.activated.connect(self._on_heading_activated)
        self.editor.currentCharFormatChanged.connect(self._sync)
        self.editor.cursorPositionChanged.connect(self._sync)

    # --- slots -------------------------------------------------------------------------
    def _on_bold_triggered(self, checked: bool) -> None:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if checked else QFont.Weight.Normal)
        self.editor.merge_char_format(fmt)

    def _on_italic_triggered(self, checked: bool) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(checked)
        self.editor.merge_char_format(fmt)

    def _on_underline_triggered(self, checked: bool) -> None:
        fmt = QTextCharFormat()
        fmt.setFontUnderline(checked)
        self.editor.merge_char_format(fmt)

    def _toggle_list(self, style: QTextListFormat.Style) -> None:
        cursor = self.editor.textCursor()
        current = cursor.currentList()
        if current is not None and current.format().style() == style:
            current.remove(cursor.block())  # only this paragraph leaves the list
            fmt = cursor.blockFormat()
            fmt.setIndent(0)
            cursor.setBlockFormat(fmt)
        else:
            list_format = QTextListFormat()
            list_format.setStyle(style)
            cursor.createList(list_format)
        self._sync()

    def _on_quote_triggered(self) -> None:
        self.editor.toggle_quote()
        self._sync()

    def _on_link_triggered(self) -> None:
        dialog = QInputDialog(self)
        dialog.setObjectName("linkDialog")
        dialog.setWindowTitle("Insert link")
        dialog.setLabelText("Address (https://… or mailto:…):")
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        current = self.editor.textCursor().charFormat().anchorHref()
        dialog.setTextValue(current or "https://")
        dialog.textValueSelected.connect(self.apply_link)
        dialog.open()

    def apply_link(self, href: str) -> None:
        href = href.strip()
        cursor = self.editor.textCursor()
        fmt = QTextCharFormat()
        if href and href != "https://":
            fmt.setAnchor(True)
            fmt.setAnchorHref(href)
            fmt.setFontUnderline(True)
            fmt.setForeground(self.palette().link())
        else:
            fmt.setAnchor(False)
            fmt.clearProperty(QTextFormat.Property.AnchorHref)
        if not cursor.hasSelection():
            cursor.insertText(href, fmt)
        else:
            cursor.mergeCharFormat(fmt)

    def _on_clear_triggered(self) -> None:
        self.editor.clear_formatting()
        self._sync()

    def _on_plain_toggled(self, plain: bool) -> None:
        self.editor.set_rich(not plain)
        for action in (
            self.bold,
            self.italic,
            self.underline,
            self.bullets,
            self.numbers,
            self.quote,
            self.link,
            self.clear_action,
        ):
            action.setEnabled(not plain)
        self.heading.setEnabled(not plain)
        self.plain_text_toggled.emit(plain)

    def _on_heading_activated(self, index: int) -> None:
        self.editor.set_heading(index)
        self.editor.setFocus()

    def _sync(self) -> None:
        """Reflect the format at the cursor in the buttons."""
        if self.plain.isChecked() != (not self.editor.is_rich()):
            self.plain.blockSignals(True)
            self.plain.setChecked(not self.editor.is_rich())
            self.plain.blockSignals(False)
            self._on_plain_toggled(not self.editor.is_rich())
        fmt = self.editor.currentCharFormat()
        self.bold.setChecked(fmt.fontWeight() > QFont.Weight.Normal)
        self.italic.setChecked(fmt.fontItalic())
        self.underline.setChecked(fmt.fontUnderline())
        cursor = self.editor.textCursor()
        current = cursor.currentList()
        style = current.format().style() if current is not None else None
        self.bullets.setChecked(style == QTextListFormat.Style.ListDisc)
        self.numbers.setChecked(style == QTextListFormat.Style.ListDecimal)
        bf = cursor.blockFormat()
        self.quote.setChecked(bf.hasProperty(QTextFormat.Property.BlockQuoteLevel))
        self.heading.setCurrentIndex(min(bf.headingLevel(), len(_HEADINGS) - 1))
