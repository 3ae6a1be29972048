"""Tools ▸ Signature…: the active profile's signature, formatted, with images, placed above or
below a quote. Saved with :class:`~composer.ui.compose.signature_apply.ComposeSignatures`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from composer.compose.message import guess_mimetype
from composer.compose.signature_store import ABOVE, BELOW, Signature
from composer.ui.compose.editor import BodyEditor
from composer.ui.window_state import FolderPurpose, prepare_file_dialog

if TYPE_CHECKING:
    from composer.ui.compose.window import ComposeWindow

__all__ = ["SignatureDialog", "edit_signature"]


class SignatureDialog(QDialog):
    """Edit the signature of the profile *profile*."""

    def __init__(self, window: ComposeWindow, profile: str) -> None:
        super().__init__(window)
        self.setObjectName("signatureDialog")
        self.setWindowTitle(self.tr("Signature for “{profile}”").format(profile=profile))
        self.window_ = window
        self.profile = profile
        self.editor = BodyEditor(self)
        self.editor.setObjectName("signatureEditor")
        self.editor.setPlaceholderText(self.tr("Your name, your title, a logo…"))
        self.placement = QComboBox(self)
        self.placement.setObjectName("signaturePlacement")
        self.placement.addItem(self.tr("Below the text and any quote"), BELOW)
        self.placement.addItem(self.tr("Above a quoted message"), ABOVE)
        self.image_button = QPushButton(self.tr("Insert &image…"), self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        note = QLabel(
            self.tr("It follows the line “-- ” that mail programs recognise as a signature."),
            self,
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Placed:"), self.placement)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.image_button)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.image_button.clicked.connect(self.choose_image)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.resize(560, 420)
        current = window.signatures.rich_for(profile)
        if current is not None:
            self.editor.load(current.text, current.html, current.images)
            self.placement.setCurrentIndex(1 if current.placement == ABOVE else 0)
        else:
            active = window.services.profiles.active()
            self.editor.load(active.signature if active is not None else "", None, [])

    def signature(self) -> Signature:
        """The signature as edited."""
        editor = self.editor
        rich = editor.has_formatting() or bool(editor.inline_images())
        return Signature(
            text=editor.to_text() if rich else editor.toPlainText(),
            html=editor.to_html() if rich else None,
            images=editor.inline_images(),
            placement=str(self.placement.currentData()),
        )

    def add_image(self, path: Path) -> None:
        self.editor.insert_image(path.read_bytes(), guess_mimetype(path.name), path.name)

    def choose_image(self) -> None:
        dialog = QFileDialog(
            self, self.tr("Insert image"), "", self.tr("Images (*.png *.jpg *.jpeg *.gif)")
        )
        prepare_file_dialog(dialog, FolderPurpose.ATTACH)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda name: self.add_image(Path(name)))
        dialog.open()

    def save(self) -> None:
        signature = self.signature()
        empty = not signature.text.strip() and not signature.images
        self.window_.signatures.save(self.profile, None if empty else signature)
        self.accept()


def edit_signature(window: ComposeWindow) -> SignatureDialog | None:
    """Tools ▸ Signature…: for the active profile (nothing without one)."""
    active = window.services.profiles.active()
    if active is None:
        return None
    dialog = SignatureDialog(window, active.name)
    dialog.open()
    return dialog
