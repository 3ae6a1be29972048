"""The formatting toolbar of the body editor, with the standard shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import (
    QAction,
    QFont,
    QKeySequence,
    QTextCharFormat,
    QTextFormat,
    QTextListFormat,
)
from PySide6.QtWidgets import (
    QComboBox,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QToolBar,
    QWidget,
)

from composer.ui.compose.editor import BodyEditor
from composer.ui.compose.plain_switch import confirm_plain_text
from composer.ui.icons import IconName, set_icon

_HEADINGS = (
    str(QT_TRANSLATE_NOOP("FormatToolbar", "Paragraph")),
    str(QT_TRANSLATE_NOOP("FormatToolbar", "Heading 1")),
    str(QT_TRANSLATE_NOOP("FormatToolbar", "Heading 2")),
    str(QT_TRANSLATE_NOOP("FormatToolbar", "Heading 3")),
)


def _native(shortcut: QKeySequence) -> str:
    return shortcut.toString(QKeySequence.SequenceFormat.NativeText)


class FormatToolbar(QToolBar):
    """Bold, italic, underline, lists, link, heading, quote, clear formatting, plain text."""

    plain_text_toggled = Signal(bool)

    def __init__(self, editor: BodyEditor, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Format"), parent)
        self.setObjectName("formatToolbar")
        self.editor = editor
        self.plain_question: QMessageBox | None = None
        self.heading = QComboBox(self)
        self.heading.setObjectName("headingCombo")
        self.heading.addItems([self.tr(h) for h in _HEADINGS])
        self.heading.setToolTip(self.tr("Paragraph style"))
        self.addWidget(self.heading)
        self.bold = self._action(
            "bold", self.tr("Bold"), IconName.BOLD, QKeySequence.StandardKey.Bold, checkable=True
        )
        self.italic = self._action(
            "italic",
            self.tr("Italic"),
            IconName.ITALIC,
            QKeySequence.StandardKey.Italic,
            checkable=True,
        )
        self.underline = self._action(
            "underline",
            self.tr("Underline"),
            IconName.UNDERLINE,
            QKeySequence.StandardKey.Underline,
            checkable=True,
        )
        self.addSeparator()
        self.bullets = self._action(
            "bulleted_list",
            self.tr("Bulleted list"),
            IconName.BULLET_LIST,
            "Ctrl+Shift+8",
            checkable=True,
        )
        self.numbers = self._action(
            "numbered_list",
            self.tr("Numbered list"),
            IconName.NUMBERED_LIST,
            "Ctrl+Shift+7",
            checkable=True,
        )
        self.quote = self._action(
            "quote", self.tr("Quote"), IconName.QUOTE, "Ctrl+Shift+9", checkable=True
        )
        self.link = self._action("link", self.tr("Link…"), IconName.LINK, "Ctrl+K")
        self.addSeparator()
        self.clear_action = self._action(
            "clear_formatting", self.tr("Clear formatting"), IconName.CLEAR_FORMATTING, "Ctrl+\\"
        )
        self.plain = self._action(
            "plain_text", self.tr("Plain text"), None, "Ctrl+Shift+T", checkable=True
        )
        self.plain.setToolTip(
            self.tr("Send plain text only ({shortcut})").format(
                shortcut=_native(self.plain.shortcut())
            )
        )
        self._connect_signals()
        self._sync()

    def _action(
        self,
        object_name: str,
        text: str,
        icon_name: IconName | None,
        shortcut: QKeySequence.StandardKey | str,
        checkable: bool = False,
    ) -> QAction:
        """A toolbar action: the icon on the bar, *text* in its tooltip with the shortcut."""
        action = QAction(text, self)
        action.setObjectName(object_name)
        action.setCheckable(checkable)
        action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(
            self.tr("{action} ({shortcut})").format(
                action=text.rstrip("…"), shortcut=_native(action.shortcut())
            )
        )
        if icon_name is not None:
            set_icon(action, icon_name)
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
        dialog.setWindowTitle(self.tr("Insert link"))
        dialog.setLabelText(self.tr("Address (https://… or mailto:…):"))
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
        if plain and self.editor.is_rich():
            lost = self.editor.formatting_lost_in_plain_text()
            if lost:  # nothing is dropped before the user agrees
                self._show_mode(plain=False)
                self.plain_question = confirm_plain_text(self, lost, self._switch_to_plain)
                self.plain_question.finished.connect(self._on_plain_question_finished)
                return
        self.editor.set_rich(not plain)
        self._show_mode(plain)

    def _on_plain_question_finished(self) -> None:
        self.plain_question = None

    def _switch_to_plain(self, keep_links: bool) -> None:
        self.editor.set_rich(False, links=keep_links)
        self._show_mode(plain=True)

    def _show_mode(self, plain: bool) -> None:
        if self.plain.isChecked() != plain:
            self.plain.blockSignals(True)
            self.plain.setChecked(plain)
            self.plain.blockSignals(False)
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
            self._show_mode(not self.editor.is_rich())
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
