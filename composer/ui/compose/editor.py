"""The message body editor: rich text or plain text, with images pasted or dropped inline.

Inline images live in the document as resources named ``cid:<content-id>``, so the HTML the
editor produces already references them the way the sent message does.
"""

from __future__ import annotations

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

from composer.compose.htmltext import html_to_text
from composer.compose.mailhtml import QUOTE_MARGIN_PX, editor_html, mail_html
from composer.compose.message import InlineImage, guess_mimetype

_MAX_IMAGE_WIDTH = 600
_QUOTE_MARGIN = float(QUOTE_MARGIN_PX)


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

    def set_rich(self, rich: bool, *, links: bool = True) -> None:
        """Switch between formatted and plain text.

        Going plain keeps every word: lists keep their bullets and numbers, quotes their
        ``> ``; other formatting is dropped (the toolbar asks first), and a link's address
        follows its text (``text <address>``) where *links* says so.
        """
        if rich == self._rich:
            return
        self._rich = rich
        self.setAcceptRichText(rich)
        if not rich and self.has_formatting():
            self.setPlainText(html_to_text(self.to_html(), marks=False, links=links))

    def setPlainText(self, text: str) -> None:
        """Replace the body with *text*, unformatted.

        QTextEdit applies the cursor's character format to the whole new text: with the
        cursor inside a link, every paragraph (and what is typed next, even in the next
        message) would become that link.
        """
        self.setCurrentCharFormat(QTextCharFormat())
        super().setPlainText(text)
        self.setCurrentCharFormat(QTextCharFormat())

    def clear(self) -> None:
        self.setPlainText("")

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
        """The body as clean mail HTML (see :mod:`composer.compose.mailhtml`)."""
        return mail_html(self.document().toHtml())

    def to_text(self) -> str:
        return html_to_text(self.to_html()) if self._rich else self.toPlainText()

    def formatting_lost_in_plain_text(self) -> dict[str, int]:
        """What plain text cannot keep, by kind ("emphasis", "style", "heading", "link",
        "image"; lists and quotes stay as bullets and ``> ``): how many of each."""
        found = dict.fromkeys(("emphasis", "style", "heading", "link", "image"), 0)
        block = self.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0:
                found["heading"] += 1
            href = ""
            it = block.begin()
            while not it.atEnd():
                cf = it.fragment().charFormat()
                if cf.isImageFormat():
                    found["image"] += 1
                elif cf.isAnchor():
                    if cf.anchorHref() != href:
                        found["link"] += 1
                    href = cf.anchorHref()
                    it += 1
                    continue
                elif (
                    cf.fontWeight() > QFont.Weight.Normal
                    or cf.fontItalic()
                    or cf.fontUnderline()
                    or cf.fontStrikeOut()
                ) and block.blockFormat().headingLevel() == 0:
                    found["emphasis"] += 1
                elif cf.hasProperty(QTextFormat.Property.ForegroundBrush) or cf.hasProperty(
                    QTextFormat.Property.FontPointSize
                ):
                    found["style"] += 1
                href = ""
                it += 1
            block = block.next()
        return {kind: count for kind, count in found.items() if count}

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
            self.setCurrentCharFormat(QTextCharFormat())
            self.setHtml(editor_html(html))
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
