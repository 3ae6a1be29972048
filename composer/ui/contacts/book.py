"""The session's address book: contacts loaded off the GUI thread, completion for the fields.

:class:`ContactBook` reads ``contacts.sqlite`` and builds the completion index in the
background (a second or so for 50,000 contacts), and again after every change; until the
first index is ready, the fields complete from the address history alone. Asking the index
(:meth:`complete`) is fast enough for every keystroke (see ``bench/bench_contacts.py``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from composer.compose.addresses import AddressHistory
from composer.compose.contacts.completion import CompletionIndex, Suggestion
from composer.compose.contacts.model import Contact
from composer.compose.contacts.store import ContactStore
from composer.ui.compose.session_tasks import finish_before_quit
from composer.ui.tasks import TaskFailure, TaskRunner

__all__ = ["ContactBook"]

log = logging.getLogger(__name__)


class ContactBook(QObject):
    """Contacts, groups and the completion index of a session.

    Signals:
        changed(): the contacts (and so the index) changed.
        problem(object): a UserMessage-bearing failure reading or writing the contacts.
    """

    changed = Signal()
    problem = Signal(object)

    def __init__(
        self,
        history: AddressHistory,
        store: ContactStore | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.history = history
        self.store = store if store is not None else ContactStore()
        self.contacts: list[Contact] = []
        self._index = CompletionIndex((), history.displays())
        self._runner = TaskRunner(self, max_threads=1)
        finish_before_quit(self._runner)
        self._loaded = False
        self.window: QObject | None = None  # the Address Book window, once opened
        self.reload()

    def is_loaded(self) -> bool:
        return self._loaded

    def complete(self, query: str) -> list[Suggestion]:
        return self._index.complete(query)

    def groups(self) -> dict[str, list[Contact]]:
        found: dict[str, list[Contact]] = {}
        for contact in self.contacts:
            for group in contact.groups:
                found.setdefault(group, []).append(contact)
        return dict(sorted(found.items(), key=lambda kv: kv[0].casefold()))

    def reload(self) -> None:
        """Read the contacts again and rebuild the index, in the background."""
        store, history = self.store, self.history.displays()

        def load() -> tuple[list[Contact], CompletionIndex]:
            contacts = store.contacts()
            return contacts, CompletionIndex(contacts, history)

        task = self._runner.submit(lambda _ctx: load(), "load-contacts")
        task.succeeded.connect(self._on_load_succeeded)
        task.failed.connect(self._on_task_failed)

    def run(self, work: Callable[[ContactStore], object], done: Callable[[object], None]) -> None:
        """Run *work* on the store in the background, then *done* with its result, then
        reload (imports, edits, deletions)."""
        store = self.store
        task = self._runner.submit(lambda _ctx: work(store), "contacts-change")
        task.succeeded.connect(done)
        task.failed.connect(self._on_task_failed)
        task.finished.connect(self.reload)

    def _on_load_succeeded(self, result: tuple[list[Contact], CompletionIndex]) -> None:
        self.contacts, self._index = result
        self._loaded = True
        self.changed.emit()

    def _on_task_failed(self, failure: TaskFailure) -> None:
        log.warning("Address book: %s", failure.message)
        self.problem.emit(failure)
