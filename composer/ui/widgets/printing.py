"""Print a message, or save it as PDF, as the recipient will see it (headers, no Bcc).

The page is :func:`composer.compose.printable.printable_html` laid out by a
:class:`QTextDocument` with the message's inline images as resources. A PDF is written with
:class:`QPdfWriter`; printing goes through Qt's print preview. Laying out text needs the GUI
thread; a message of a few pages takes a fraction of a second.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QMarginsF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QFileDialog, QWidget

from composer.compose.message import ComposedMessage
from composer.compose.printable import printable_html
from composer.ui.window_state import FolderPurpose, prepare_file_dialog

__all__ = ["ask_pdf_path", "message_document", "preview_print", "save_pdf"]


def message_document(msg: ComposedMessage, date: str = "") -> QTextDocument:
    """The printed page of *msg*."""
    document = QTextDocument()
    for image in msg.inline_images:
        document.addResource(
            QTextDocument.ResourceType.ImageResource,
            QUrl(f"cid:{image.cid}"),
            QImage.fromData(QByteArray(image.content)),
        )
    document.setHtml(printable_html(msg, date))
    return document


def save_pdf(msg: ComposedMessage, path: Path, date: str = "") -> None:
    """Write *msg* as an A4 PDF to *path*."""
    writer = QPdfWriter(str(path))
    writer.setTitle(msg.subject)
    writer.setCreator("Composer")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    message_document(msg, date).print_(writer)


def ask_pdf_path(
    parent: QWidget, msg: ComposedMessage, save: Callable[[Path], None]
) -> QFileDialog:
    """Ask where to save the PDF, then call *save(path)*."""
    dialog = QFileDialog(
        parent,
        QCoreApplication.translate("Printing", "Save as PDF"),
        "",
        QCoreApplication.translate("Printing", "PDF documents (*.pdf)"),
    )
    dialog.setObjectName("pdfDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix("pdf")
    name = "".join(c for c in msg.subject if c.isalnum() or c in " -_").strip() or "message"
    prepare_file_dialog(dialog, FolderPurpose.EXPORT, suggested_name=f"{name}.pdf")
    dialog.fileSelected.connect(lambda chosen: save(Path(chosen)))
    dialog.open()
    return dialog


def preview_print(parent: QWidget, msg: ComposedMessage, date: str = "") -> QWidget:
    """File ▸ Print…: Qt's print preview, from which the user prints."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    document = message_document(msg, date)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("printPreview")
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print"))

    def paint(device: QPrinter) -> None:
        document.print_(device)

    dialog.paintRequested.connect(paint)
    # The dialog does not own the printer: without this reference Python frees it while the
    # dialog still paints on it (a crash).
    dialog._printer = printer  # type: ignore[attr-defined]
    dialog._document = document  # type: ignore[attr-defined]
    dialog.open()
    return dialog
