"""Leaving formatting: say what plain text cannot keep, and ask before dropping it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget


class PlainTextSwitch(QObject):
    """Builds the question (a QObject, so its texts have one translation context)."""

    def describe_losses(self, lost: dict[str, int]) -> str:
        """``bold, italic or underlined words, 2 links`` for what plain text cannot keep."""
        links, images = lost.get("link", 0), lost.get("image", 0)
        names = {
            "emphasis": self.tr("bold, italic or underlined words"),
            "style": self.tr("colours and text sizes"),
            "heading": self.tr("headings"),
            "link": self.tr("%n link(s)", "", links),
            "image": self.tr("%n image(s) in the text", "", images),
        }
        return self.tr(", ").join(names[kind] for kind in names if kind in lost)

    def ask(self, parent: QWidget, lost: dict[str, int]) -> tuple[QMessageBox, QCheckBox | None]:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Switch to plain text?"),
            self.tr("Plain text cannot keep {what}.").format(what=self.describe_losses(lost)),
            QMessageBox.StandardButton.NoButton,
            parent,
        )
        box.setObjectName("plainTextBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setInformativeText(
            self.tr(
                "Your words stay as they are; lists keep their bullets and quotes their “>”. "
                "Switching back does not bring the formatting back."
            )
        )
        keep_links: QCheckBox | None = None
        if lost.get("link"):
            keep_links = QCheckBox(self.tr("Keep link addresses, written as “text <address>”"))
            keep_links.setObjectName("keepLinks")
            keep_links.setChecked(True)
            box.setCheckBox(keep_links)
        accept = box.addButton(self.tr("Switch to plain text"), QMessageBox.ButtonRole.AcceptRole)
        accept.setObjectName("switchToPlain")
        box.addButton(QMessageBox.StandardButton.Cancel)
        return box, keep_links


def confirm_plain_text(
    parent: QWidget, lost: dict[str, int], switch: Callable[[bool], None]
) -> QMessageBox:
    """Ask (without blocking) before switching to plain text; *switch* gets whether the
    user wants link addresses written into the text."""
    box, keep_links = PlainTextSwitch(parent).ask(parent, lost)
    accept = box.findChild(QObject, "switchToPlain")
    assert accept is not None
    accept.clicked.connect(  # type: ignore[attr-defined]
        lambda: switch(keep_links.isChecked() if keep_links is not None else True)
    )
    box.open()
    return box
