"""After a crash or a kill: offer to restore the drafts that were being written."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox

from composer.storage.drafts import DraftInfo
from composer.ui.compose.window import ComposeWindow


def restore(window: ComposeWindow, drafts: list[DraftInfo]) -> list[ComposeWindow]:
    """Open each draft for editing again: the first in *window* when it is empty."""
    opened = []
    for info in drafts:
        restored = window.open_file(info.path)
        if restored is not None:
            restored.drafts.adopt(info.draft_id)
            opened.append(restored)
    return opened


class RecoveryPrompt(QObject):
    """The prompt's sentences that depend on how many messages there are.

    They are ``tr()`` calls so that lupdate records their plural forms (it does not for
    ``QCoreApplication.translate``): English says "1 message ... Restore it", Korean has one
    form for every number.
    """

    def question(self, count: int) -> str:
        return self.tr(
            "Composer closed unexpectedly while %n message(s) were being written.", "", count
        )

    def advice(self, count: int) -> str:
        return self.tr("Restore them to keep writing, or discard them.", "", count)


def offer_recovery(window: ComposeWindow) -> QMessageBox | None:
    """Ask (without blocking) whether to restore drafts left by a crash; None if there are none."""
    store = window.services.drafts
    orphans = store.orphaned()
    if not orphans:
        return None
    texts = RecoveryPrompt()
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Recovery", "Restore unsent messages?"),
        texts.question(len(orphans)),
        QMessageBox.StandardButton.NoButton,
        window,
    )
    box.setObjectName("recoveryBox")
    box.setInformativeText(texts.advice(len(orphans)))
    restore_button = box.addButton(
        QCoreApplication.translate("Recovery", "Restore"), QMessageBox.ButtonRole.AcceptRole
    )
    discard_button = box.addButton(
        QCoreApplication.translate("Recovery", "Discard"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(
        QCoreApplication.translate("Recovery", "Later"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(restore_button)
    restore_button.clicked.connect(lambda: restore(window, orphans))

    def discard() -> None:
        for info in orphans:
            store.delete(info.draft_id)

    discard_button.clicked.connect(discard)
    box.open()
    return box
