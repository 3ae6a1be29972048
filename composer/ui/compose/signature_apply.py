"""The formatted signatures of the profiles, in the compose window.

:class:`ComposeSignatures` reads each profile's formatted signature
(:class:`~composer.compose.signature_store.SignatureStore`) in the background and keeps them;
the window's signature rule asks :meth:`rich_for` and, when one exists, shows it (with its
images) in a body nobody has written in yet. Tools ▸ Signature… edits the active profile's
(:mod:`.signature_dialog`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from composer.compose.signature_store import Signature, SignatureStore
from composer.errors import UserMessage
from composer.ui.compose.session_tasks import run_for_session
from composer.ui.tasks import TaskFailure

if TYPE_CHECKING:
    from composer.ui.compose.window import ComposeWindow

__all__ = ["ComposeSignatures"]


class ComposeSignatures(QObject):
    """Signals: loaded(): the signatures were read (the window applies them again)."""

    loaded = Signal()

    def __init__(self, window: ComposeWindow, store: SignatureStore | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.store = store if store is not None else SignatureStore()
        self._signatures: dict[str, Signature | None] = {}
        self.reload()

    def rich_for(self, profile: str) -> Signature | None:
        return self._signatures.get(profile)

    def reload(self) -> None:
        store = self.store
        names = self.window.services.profiles.names()

        def read() -> dict[str, Signature | None]:
            found: dict[str, Signature | None] = {}
            for name in names:
                try:
                    found[name] = store.load(name)
                except (OSError, ValueError):
                    found[name] = None  # unreadable: the plain signature applies
            return found

        task = run_for_session(read, "read-signatures")
        task.succeeded.connect(self._on_read)

    def _on_read(self, found: dict[str, Signature | None]) -> None:
        self._signatures = found
        self.loaded.emit()

    def save(self, profile: str, signature: Signature | None) -> None:
        """Keep (or with None remove) *profile*'s formatted signature, then apply it."""
        store = self.store
        if signature is None:
            task = run_for_session(lambda: store.delete(profile), "signature")
        else:
            task = run_for_session(lambda: store.save(profile, signature), "signature")
        task.failed.connect(self._on_save_failed)
        task.finished.connect(self.reload)

    def _on_save_failed(self, failure: TaskFailure) -> None:
        self.window.send_panel.show_problem(
            UserMessage(
                self.tr("The signature could not be saved ({reason}).").format(
                    reason=failure.message
                ),
                self.tr("Check that the data folder can be written to, then save it again."),
                failure.traceback,
            )
        )
