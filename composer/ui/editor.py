"""The message body editor: rich text or plain text, with images pasted or dropped inline.

Inline images live in the document as resources named ``cid:<content-id>``, so the HTML the
editor produces already references them the way the sent message does.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QUrl, Signal
from PySide6.QtGui import (
    QFont,
    QImage,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextImageFormat,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from composer.compose import InlineImage, guess_mimetype
from composer.htmltext import html_to_text

_MAX_IMAGE_WIDTH = 600
_QUOTE_MARGIN = 40.0
_QUOTE_P = re.compile(
    r'<p style="([^"]*?margin-left:40px; margin-right:40px;[^"]*)">(.*?)</p>', re.DOTALL
)
_QUOTE_STYLE = "margin:0 0 0 0.8ex; border-left:2px solid #9aa5b1; padding-left:1ex; color:#444;"


class BodyEditor(QTextEdit):
    """The body. Emits :attr:`files_dropped` for dropped files that are not inline images."""

    files_dropped = Signal(list)  # list[Path]
    images_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bodyEditor")
        self._images: dict[str, InlineImage] = {}
        self._rich = True
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 11.0))
        self.document().setDefaultFont(font)
        self.document().setDocumentMargin(10)
        self.setPlaceholderText(self.tr("Write your message…"))
        self.setTabChangesFocus(True)

    # --- mode ------------------------------------------------------------------------------
    def is_rich(self) -> bool:
        return self._rich

    def set_rich(self, rich: bool) -> None:
        """Switch between formatted and plain text (formatting becomes plain-text marks)."""
        if rich == self._rich:
            return
        self._rich = rich
        self.setAcceptRichText(rich)
        if not rich:
            text = html_to_text(self.to_html()) if self.has_formatting() else self.toPlainText()
            self.setPlainText(text)

    # --- content ---------------------------------------------------------------------------
    def has_formatting(self) -> bool:
        """Whether the body uses anything plain text cannot carry."""
        block = self.document().begin()
        while block.isValid():
            bf = block.blockFormat()
            if (
                block.textList() is not None
                or bf.headingLevel() > 0
                or bf.hasProperty(QTextFormat.Property.BlockQuoteLevel)
                or bf.indent() > 0
                or bf.leftMargin() > 0
            ):
                return True
            it = block.begin()
            while not it.atEnd():
                cf = it.fragment().charFormat()
                if (
                    cf.isImageFormat()
                    or cf.fontWeight() > QFont.Weight.Normal
                    or cf.fontItalic()
                    or cf.fontUnderline()
                    or cf.fontStrikeOut()
                    or cf.isAnchor()
                    or cf.hasProperty(QTextFormat.Property.ForegroundBrush)
                    or cf.hasProperty(QTextFormat.Property.FontPointSize)
                ):
                    return True
                it += 1
            block = block.next()
        return False

    def to_html(self) -> str:
        """The body as HTML for mail: quotes as ``<blockquote>``, no editor font in <body>."""
        html = self.document().toHtml()
        html = re.sub(r"<body style=\"[^\"]*\">", "<body>", html, count=1)
        html = _QUOTE_P.sub(
            lambda m: (
                f'<blockquote style="{_QUOTE_STYLE}"><p style="margin:0;">'
                f"{m.group(2)}</p></blockquote>"
            ),
            html,
        )
        return html.replace('</blockquote>\n<blockquote style="' + _QUOTE_STYLE + '">', "")

    def to_text(self) -> str:
        return html_to_text(self.to_html()) if self._rich else self.toPlainText()

    def inline_images(self) -> list[InlineImage]:
        return list(self._images.values())

    def load(self, text: str, html: str | None, images: list[InlineImage]) -> None:
        """Show a message body (formatted when *html* is given)."""
        self._images = {}
        for image in images:
            self._register(image)
        # A plain message stays editable with formatting; it is sent as plain text as long
        # as no formatting is added (see ComposeWindow.message).
        self._rich = True
        self.setAcceptRichText(True)
        if html is not None:
            self.setHtml(html)
        else:
            self.setPlainText(text)
        self.document().setModified(False)

    # --- images ----------------------------------------------------------------------------
    def _register(self, image: InlineImage) -> QImage:
        qimage = QImage.fromData(QByteArray(image.content))
        self.document().addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(f"cid:{image.cid}"), qimage
        )
        self._images[image.cid] = image
        return qimage

    def insert_image(self, content: bytes, mimetype: str, filename: str = "") -> InlineImage:
        """Insert an image at the cursor as an inline part of the message."""
        if not self._rich:
            self.set_rich(True)
        image = InlineImage.create(content, mimetype, filename)
        qimage = self._register(image)
        fmt = QTextImageFormat()
        fmt.setName(f"cid:{image.cid}")
        if qimage.width() > _MAX_IMAGE_WIDTH:
            fmt.setWidth(_MAX_IMAGE_WIDTH)
            fmt.setHeight(qimage.height() * _MAX_IMAGE_WIDTH / qimage.width())
        self.textCursor().insertImage(fmt)
        self.images_changed.emit()
        return image

    def insert_qimage(self, qimage: QImage) -> InlineImage:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        qimage.save(buffer, "PNG")  # type: ignore[call-overload]  # bytes fails at run time
        return self.insert_image(bytes(data.data()), "image/png")

    # --- paste and drop --------------------------------------------------------------------
    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasImage() or source.hasUrls() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasUrls() and all(url.isLocalFile() for url in source.urls()):
            others: list[Path] = []
            for url in source.urls():
                path = Path(url.toLocalFile())
                mimetype = guess_mimetype(path.name)
                if mimetype.startswith("image/") and self._rich and path.is_file():
                    try:
                        self.insert_image(path.read_bytes(), mimetype, path.name)
                        continue
                    except OSError:
                        pass  # attached instead; the attachment list reports read errors
                others.append(path)
            if others:
                self.files_dropped.emit(others)
            return
        if source.hasImage():
            image = source.imageData()
            if isinstance(image, QImage) and not image.isNull():
                self.insert_qimage(image)
                return
        super().insertFromMimeData(source)

    # --- formatting commands (used by the toolbar) ---------------------------------------
    def merge_char_format(self, fmt: QTextCharFormat) -> None:
        # Without a selection this changes what is typed next (as in Thunderbird).
        self.mergeCurrentCharFormat(fmt)

    def set_heading(self, level: int) -> None:
        """Make the paragraph a heading (1-3), or a plain paragraph again (0)."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        bf = cursor.blockFormat()
        bf.setHeadingLevel(level)
        cursor.setBlockFormat(bf)
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        cf = QTextCharFormat()
        if level:
            sizes = {1: 2.0, 2: 1.5, 3: 1.2}
            cf.setFontWeight(QFont.Weight.Bold)
            cf.setFontPointSize(self.document().defaultFont().pointSizeF() * sizes.get(level, 1.0))
            cursor.mergeCharFormat(cf)
            self.mergeCurrentCharFormat(cf)  # and what is typed next
        else:  # back to body text: no heading size or weight left behind
            cursor.setCharFormat(cf)
            self.setCurrentCharFormat(cf)
        cursor.endEditBlock()

    def toggle_quote(self) -> None:
        cursor = self.textCursor()
        bf = cursor.blockFormat()
        quoted = bf.hasProperty(QTextFormat.Property.BlockQuoteLevel)
        new = QTextBlockFormat(bf)
        if quoted:
            new.clearProperty(QTextFormat.Property.BlockQuoteLevel)
            new.setLeftMargin(0)
            new.setRightMargin(0)
        else:
            new.setProperty(QTextFormat.Property.BlockQuoteLevel, 1)
            new.setLeftMargin(_QUOTE_MARGIN)
            new.setRightMargin(_QUOTE_MARGIN)
        cursor.setBlockFormat(new)

    def clear_formatting(self) -> None:
        cursor = self.textCursor()
        cursor.beginEditBlock()
        if not cursor.hasSelection():
            cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
        cursor.setCharFormat(QTextCharFormat())
        cursor.setBlockFormat(QTextBlockFormat())
        text_list = cursor.currentList()
        if text_list is not None:
            text_list.remove(cursor.block())
        cursor.endEditBlock()
        self.setCurrentCharFormat(QTextCharFormat())
