"""Red wavy lines under misspelt words of a one-line field (the subject).

A :class:`QLineEdit` has no syntax highlighter, and feeding it formats through input-method
events would fight the Korean input method's own composing text. So a transparent overlay,
which lets every click and key through, draws the lines over the field, where the field's
own layout puts the words. Subjects are short: all of it is checked on each change.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame, QWidget

from composer.compose.spelling.tokens import Word

__all__ = ["LineUnderliner"]

_COLOR = QColor("#d32f2f")


class LineUnderliner(QWidget):
    """Draws wavy lines under the words that *misspelt* returns for the field's text."""

    def __init__(self, field: QLineEdit, misspelt: Callable[[str], list[Word]]) -> None:
        super().__init__(field)
        self.setObjectName("subjectSpelling")
        self._field = field
        self._misspelt = misspelt
        self._words: list[Word] = []
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        field.installEventFilter(self)
        field.textChanged.connect(self.update_words)
        field.cursorPositionChanged.connect(self.update)
        self.setGeometry(field.rect())
        self.show()

    def words(self) -> list[Word]:
        """The words underlined now (not the one being typed: it ends at the cursor)."""
        field = self._field
        held = field.cursorPosition() if field.hasFocus() else -1
        return [w for w in self._words if w.end != held]

    def update_words(self) -> None:
        self._words = self._misspelt(self._field.text())
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._field and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._field.rect())
        return False

    def _text_left(self) -> float:
        """Where the field draws the first character (its scrolling included)."""
        field = self._field
        metrics = field.fontMetrics()
        cursor_x = field.cursorRect().center().x()
        before = field.text()[: field.cursorPosition()]
        return cursor_x - metrics.horizontalAdvance(before)

    def _text_rect_bottom(self) -> float:
        option = QStyleOptionFrame()
        self._field.initStyleOption(option)
        rect = self._field.style().subElementRect(
            QStyle.SubElement.SE_LineEditContents, option, self._field
        )
        metrics = self._field.fontMetrics()
        return rect.center().y() + (metrics.ascent() - metrics.descent()) / 2 + 2

    def paintEvent(self, _event: QPaintEvent) -> None:
        shown = self.words()
        if not shown or self._field.echoMode() != QLineEdit.EchoMode.Normal:
            return
        text = self._field.text()
        metrics = self._field.fontMetrics()
        left = self._text_left()
        y = self._text_rect_bottom()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(_COLOR, 1))
        painter.setClipRect(self._field.rect().adjusted(2, 0, -2, 0))
        for word in shown:
            x0 = left + metrics.horizontalAdvance(text[: word.start])
            x1 = left + metrics.horizontalAdvance(text[: word.end])
            path = QPainterPath(QPointF(x0, y))
            x, up = x0, True
            while x < x1:
                x = min(x + 2.0, x1)
                path.lineTo(QPointF(x, y - 1.5 if up else y))
                up = not up
            painter.drawPath(path)
        painter.end()
