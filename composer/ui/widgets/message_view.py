"""One message shown the ways a reviewer needs: rendered, text, headers, attachments, source."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage as StdMessage
from email.message import MIMEPart

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

from composer.ui.widgets.attachments import human_size

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

    def clear_message(self, *, keep_source: bool = False) -> None:
        for view in (self.rendered, self.text, self.headers):
            view.clear()
        if not keep_source:
            self.source.clear()
        self.attachments.clear()
        self.setTabText(3, self.tr("Attachments"))

    def set_raw(self, raw: bytes) -> None:
        """Show the RFC 5322 message *raw*; a damaged one shows its source and why."""
        self.clear_message()
        self._show_source(raw)
        try:
            self._show_parsed(raw)
        except RecursionError:
            self._show_unreadable(self.tr("its parts are nested too deeply"))
        except Exception as exc:  # Python's parser fails in many ways on damaged messages
            self._show_unreadable(f"{type(exc).__name__}: {exc}")

    def _show_unreadable(self, reason: str) -> None:
        self.clear_message(keep_source=True)
        text = self.tr("This message cannot be shown ({reason}); its source is in the Source tab.")
        self.text.setPlainText(text.format(reason=reason))
        self.rendered.setPlainText(text.format(reason=reason))

    def _show_parsed(self, raw: bytes) -> None:
        parsed = email.message_from_bytes(raw, policy=email.policy.default)
        assert isinstance(parsed, StdMessage)
        self.headers.setPlainText("\n".join(f"{k}: {v}" for k, v in parsed.items()))
        text_part = parsed.get_body(("plain",))
        html_part = parsed.get_body(("html",))
        text = _content(text_part) if text_part is not None else ""
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
            self.rendered.setHtml(_content(html_part))
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

    def _show_source(self, raw: bytes) -> None:
        source = raw.decode("utf-8", "replace")
        if len(source) > _SOURCE_LIMIT:
            more = QCoreApplication.translate("MessageView", "… ({count} more characters)")
            source = source[:_SOURCE_LIMIT] + "\n" + more.format(count=len(source) - _SOURCE_LIMIT)
        self.source.setPlainText(source)


def _content(part: MIMEPart) -> str:
    """A text part's words; an unknown charset is read as UTF-8 rather than not at all."""
    try:
        content = part.get_content()
    except LookupError:
        payload = part.get_payload(decode=True)
        return payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
    return content if isinstance(content, str) else str(content)
