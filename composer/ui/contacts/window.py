"""Tools ▸ Address book: contacts and groups, import and export, writing to them, merging.

The window shows :class:`~composer.ui.contacts.book.ContactBook`'s contacts (read off the
GUI thread) with the groups on the left and a search that also takes Hangul initials. Every
change goes to ``contacts.sqlite`` in the background, then the book reloads and the address
fields complete from the new contacts. The Qt-free parts: :mod:`composer.compose.contacts`.
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from composer.compose.contacts.listing import ALL, matching, read_contacts_file
from composer.compose.contacts.model import Contact
from composer.compose.contacts.store import ContactStore, ImportSummary
from composer.compose.contacts.vcard import export_vcards
from composer.compose.message import ComposedMessage
from composer.errors import ComposerError
from composer.merge.data.contactsource import ContactSource
from composer.storage import paths
from composer.storage.atomic import write_text_atomic
from composer.ui.contacts.book import ContactBook
from composer.ui.contacts.form import ContactForm, ContactTable
from composer.ui.errors import UserMessage, show_message
from composer.ui.tasks import TaskFailure
from composer.ui.window_state import FolderPurpose, keep_size, prepare_file_dialog

if TYPE_CHECKING:
    from composer.ui.compose.window import ComposeWindow

__all__ = ["AddressBookWindow", "show_address_book"]


class AddressBookWindow(QMainWindow):
    """The address book of *book*; *compose* is the window that opened it (new messages and
    merges start from it)."""

    def __init__(self, book: ContactBook, compose: ComposeWindow) -> None:
        super().__init__(compose)
        self.setObjectName("addressBookWindow")
        self.setWindowTitle(self.tr("Address Book — Composer"))
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.book = book
        self.compose = compose
        self.groups = QListWidget(self)
        self.groups.setObjectName("contactGroups")
        self.search = QLineEdit(self)
        self.search.setObjectName("contactSearch")
        self.search.setPlaceholderText(
            self.tr("Search names, addresses, notes (ㄱㅊㅅ finds 김철수)")
        )
        self.search.setClearButtonEnabled(True)
        self.model = ContactTable(self)
        self.table = QTableView(self)
        self.table.setObjectName("contactTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.form = ContactForm(self)
        self.status = QLabel(self)
        self.status.setObjectName("contactStatus")
        self.status.setWordWrap(True)
        self._build()
        self.book.changed.connect(self._refresh)
        self.book.problem.connect(self._on_book_problem)
        self.groups.currentRowChanged.connect(self._refresh_table)
        self.search.textChanged.connect(self._refresh_table)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self.form.save_requested.connect(self._on_form_save_requested)
        self.form.delete_requested.connect(self._on_form_delete_requested)
        keep_size(self, "address-book", QSize(900, 560))
        self._refresh()

    def _build(self) -> None:
        bar = QToolBar(self.tr("Contacts"), self)
        bar.setObjectName("contactsToolbar")
        bar.setMovable(False)
        self.addToolBar(bar)
        self.actions_by_name: dict[str, QAction] = {}
        for name, text, slot in (
            ("new", self.tr("&New contact"), lambda: self.form.show_contact(None)),
            ("import", self.tr("&Import…"), self.choose_import),
            ("export", self.tr("&Export vCard…"), self.choose_export),
            ("write", self.tr("&Write to these"), lambda: self.write_to(bcc=False)),
            ("write_bcc", self.tr("Write to these in &Bcc"), lambda: self.write_to(bcc=True)),
            ("merge", self.tr("&Mail merge to these…"), self.merge_to),
        ):
            action = bar.addAction(text)
            action.setObjectName(f"contacts_{name}")
            action.triggered.connect(lambda _=False, s=slot: s())
            self.actions_by_name[name] = action
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Groups"), left))
        left_layout.addWidget(self.groups)
        middle = QWidget(self)
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.search)
        middle_layout.addWidget(self.table)
        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(middle)
        split.addWidget(self.form)
        split.setStretchFactor(1, 3)
        split.setStretchFactor(2, 2)
        split.setSizes([160, 440, 300])
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(split, 1)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        layout.addLayout(row)
        self.setCentralWidget(central)

    # --- what is shown -------------------------------------------------------------------
    def current_group(self) -> str:
        item = self.groups.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ALL

    def shown(self) -> list[Contact]:
        """The contacts the table lists now (the group, filtered by the search)."""
        return list(self.model.contacts)

    def _refresh(self) -> None:
        current = self.current_group()
        self.groups.blockSignals(True)
        self.groups.clear()
        every = QListWidgetItem(
            self.tr("All contacts ({count})").format(count=len(self.book.contacts))
        )
        every.setData(Qt.ItemDataRole.UserRole, ALL)
        self.groups.addItem(every)
        for name, members in self.book.groups().items():
            item = QListWidgetItem(f"{name} ({len(members)})")
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.groups.addItem(item)
            if name == current:
                self.groups.setCurrentItem(item)
        if self.groups.currentItem() is None:
            self.groups.setCurrentRow(0)
        self.groups.blockSignals(False)
        self._refresh_table()

    def _refresh_table(self) -> None:
        self.model.set_contacts(
            matching(self.book.contacts, self.search.text(), self.current_group())
        )
        has_addresses = any(c.emails for c in self.model.contacts)
        for name in ("write", "write_bcc", "merge"):
            self.actions_by_name[name].setEnabled(has_addresses)

    def _on_table_current_changed(self, current: object, _previous: object) -> None:
        row = self.table.currentIndex().row()
        if 0 <= row < len(self.model.contacts):
            self.form.show_contact(self.model.contacts[row])

    # --- changes -------------------------------------------------------------------------
    def _on_form_save_requested(self, contact: Contact) -> None:
        self.book.run(lambda store: store.save([contact]), lambda _r: self._say_saved(contact))

    def _say_saved(self, contact: Contact) -> None:
        self.status.setText(self.tr("“{name}” saved.").format(name=contact.display_name))

    def _on_form_delete_requested(self, uid: str) -> None:
        self.book.run(lambda store: store.delete([uid]), lambda _r: self.form.show_contact(None))

    def import_file(self, path: Path) -> None:
        """Add the contacts of a vCard or CSV file (merged with those already here)."""

        def work(store: ContactStore) -> ImportSummary:
            return store.import_contacts(read_contacts_file(path))

        self.book.run(work, lambda summary: self._say_imported(path, summary))

    def _say_imported(self, path: Path, summary: object) -> None:
        assert isinstance(summary, ImportSummary)
        self.status.setText(
            self.tr("{file}: {added} contact(s) added, {merged} merged with contacts already here.")
            .format(file=path.name, added=summary.added, merged=summary.merged)
        )  # fmt: skip

    def export_file(self, path: Path) -> None:
        """Write the contacts shown (with their groups) as one vCard 4.0 file."""
        text = export_vcards(self.shown())
        count = len(self.shown())
        self.book.run(
            lambda _store: write_text_atomic(path, text, 0o600),
            lambda _r: self.status.setText(
                self.tr("{count} contact(s) written to {file}.").format(count=count, file=path)
            ),
        )

    def choose_import(self) -> None:
        dialog = QFileDialog(
            self,
            self.tr("Import contacts"),
            "",
            self.tr("Contacts (*.vcf *.vcard *.csv);;All files (*)"),
        )
        dialog.setObjectName("contactsImportDialog")
        prepare_file_dialog(dialog, FolderPurpose.OPEN_MESSAGE)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda name: self.import_file(Path(name)))
        dialog.open()

    def choose_export(self) -> None:
        dialog = QFileDialog(self, self.tr("Export contacts"), "", self.tr("vCard (*.vcf)"))
        dialog.setObjectName("contactsExportDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("vcf")
        prepare_file_dialog(dialog, FolderPurpose.EXPORT, suggested_name="contacts.vcf")
        dialog.fileSelected.connect(lambda name: self.export_file(Path(name)))
        dialog.open()

    # --- using them ----------------------------------------------------------------------
    def write_to(self, *, bcc: bool) -> ComposeWindow:
        """A new message to the contacts shown (in Bcc when *bcc*)."""
        addresses = [c.display() for c in self.shown() if c.emails]
        message = ComposedMessage(bcc=addresses) if bcc else ComposedMessage(to=addresses)
        return self.compose.new_window(message)

    def merge_to(self) -> None:
        """Tools ▸ Mail merge with the contacts shown as its data ({{ name }}, {{ email }})."""
        source = ContactSource(self.shown())
        label = re.sub(r"[^\w\-]+", "-", self.current_group() or "contacts").strip("-")
        folder = paths.data_dir() / "merges" / "contacts"
        path = folder / f"{label or 'contacts'}-{time.strftime('%Y%m%d-%H%M%S')}.csv"
        self.book.run(lambda _store: source.write_csv(path), lambda _r: self._open_merge(path))

    def _open_merge(self, path: Path) -> None:
        from composer.ui.compose.merge import open_merge

        dialog = open_merge(self.compose)
        if dialog is not None:
            dialog.data_step.load(path)

    def _on_book_problem(self, failure: TaskFailure) -> None:
        exc = failure.exception
        message = (
            exc.message
            if isinstance(exc, ComposerError)
            else UserMessage(
                self.tr("The address book could not be read or written ({reason}).").format(
                    reason=failure.message
                ),
                self.tr("Check that the file is there and that you may read and write it."),
                failure.traceback,
            )
        )
        self.status.setText(message.text)
        if self.isVisible():
            show_message(self, message)


def show_address_book(compose: ComposeWindow) -> AddressBookWindow:
    """Tools ▸ Address book (one window a session)."""
    book = compose.services.contacts
    assert book is not None
    window = book.window
    if not isinstance(window, AddressBookWindow) or window.compose not in compose.services.windows:
        window = AddressBookWindow(book, compose)
        book.window = window
    window.show()
    window.raise_()
    window.activateWindow()
    return window
