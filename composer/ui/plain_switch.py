"""Leaving formatting: say what plain text cannot keep, and ask before dropping it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget


def _tr(text: str, count: int = -1) -> str:
    return QCoreApplication.translate("PlainTextSwitch", text, "", count)


def describe_losses(lost: dict[str, int]) -> str:
    """``bold, italic or underlined words, 2 links`` for what plain text cannot keep."""
    names = {
        "emphasis": _tr("bold, italic or underlined words"),
        "style": _tr("colours and text sizes"),
        "heading": _tr("headings"),
        "link": _tr("%n link(s)", lost.get("link", 0)),
        "image": _tr("%n image(s) in the text", lost.get("image", 0)),
    }
    return _tr(", ").join(names[kind] for kind in names if kind in lost)


def confirm_plain_text(
    parent: QWidget, lost: dict[str, int], switch: Callable[[bool], None]
) -> QMessageBox:
    """Ask (without blocking) before switching to plain text; *switch* gets whether the
    user wants link addresses written into the text."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        _tr("Switch to plain text?"),
        _tr("Plain text cannot keep {what}.").format(what=describe_losses(lost)),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setObjectName("plainTextBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setInformativeText(
        _tr(
            "Your words stay as they are; lists keep their bullets and quotes their “>”. "
            "Switching back does not bring the formatting back."
        )
    )
    keep_links: QCheckBox | None = None
    if lost.get("link"):
        keep_links = QCheckBox(_tr("Keep link addresses, written as “text <address>”"), box)
        keep_links.setObjectName("keepLinks")
        keep_links.setChecked(True)
        box.setCheckBox(keep_links)
    accept = box.addButton(_tr("Switch to plain text"), QMessageBox.ButtonRole.AcceptRole)
    accept.setObjectName("switchToPlain")
    box.addButton(QMessageBox.StandardButton.Cancel)
    accept.clicked.connect(
        lambda: switch(keep_links.isChecked() if keep_links is not None else True)
    )
    box.open()
    return box
