"""One message shown the ways a reviewer needs: rendered, text, headers, attachments, source."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage as StdMessage

from PySide6.QtCore import QByteArray, QCoreApplication, QUrl
from PySide6.QtGui import QFont, QFontDatabase, QImage, QTextDocument
from PySide6.QtWidgets import (
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from composer.ui.attachments import human_size

_SOURCE_LIMIT = 2_000_000  # characters of raw source shown; the rest is elided


def _mono(widget: QPlainTextEdit) -> None:
    font: QFont = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    widget.setFont(font)


class MessageView(QTabWidget):
    """Tabs: Rendered, Text, Headers, Attachments, Source."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageView")
        self.rendered = QTextBrowser(self)
        self.rendered.setOpenExternalLinks(False)
        self.text = QPlainTextEdit(self)
        self.headers = QPlainTextEdit(self)
        self.attachments = QTreeWidget(self)
        self.attachments.setHeaderLabels([self.tr("Attachment"), self.tr("Size"), self.tr("Type")])
        self.attachments.setRootIsDecorated(False)
        self.source = QPlainTextEdit(self)
        for view in (self.text, self.headers, self.source):
            view.setReadOnly(True)
            _mono(view)
        self.text.setFont(self.font())
        self.addTab(self.rendered, self.tr("Rendered"))
        self.addTab(self.text, self.tr("Text"))
        self.addTab(self.headers, self.tr("Headers"))
        self.addTab(self.attachments, self.tr("Attachments"))
        self.addTab(self.source, self.tr("Source"))

    def clear_message(self) -> None:
        for view in (self.rendered, self.text, self.headers, self.source):
            view.clear()
        self.attachments.clear()

    def set_raw(self, raw: bytes) -> None:
        """Show the RFC 5322 message *raw*."""
        self.clear_message()
        parsed = email.message_from_bytes(raw, policy=email.policy.default)
        assert isinstance(parsed, StdMessage)
        self.headers.setPlainText("\n".join(f"{k}: {v}" for k, v in parsed.items()))
        text_part = parsed.get_body(("plain",))
        html_part = parsed.get_body(("html",))
        text = text_part.get_content() if text_part is not None else ""
        self.text.setPlainText(text)
        doc = self.rendered.document()
        for part in parsed.walk():
            cid = (part.get("Content-ID") or "").strip().strip("<>")
            if cid and part.get_content_maintype() == "image":
                payload = part.get_payload(decode=True)
                if isinstance(payload, bytes):
                    doc.addResource(
                        QTextDocument.ResourceType.ImageResource,
                        QUrl(f"cid:{cid}"),
                        QImage.fromData(QByteArray(payload)),
                    )
        if html_part is not None:
            self.rendered.setHtml(html_part.get_content())
        else:
            self.rendered.setPlainText(text)
        for att in parsed.iter_attachments():
            payload = att.get_payload(decode=True)
            size = len(payload) if isinstance(payload, bytes) else 0
            self.attachments.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        att.get_filename() or self.tr("(no name)"),
                        human_size(size),
                        att.get_content_type(),
                    ]
                )
            )
        count = self.attachments.topLevelItemCount()
        self.setTabText(3, self.tr("Attachments ({count})").format(count=count))
        source = raw.decode("utf-8", "replace")
        if len(source) > _SOURCE_LIMIT:
            more = QCoreApplication.translate("MessageView", "… ({count} more characters)")
            source = source[:_SOURCE_LIMIT] + "\n" + more.format(count=len(source) - _SOURCE_LIMIT)
        self.source.setPlainText(source)
