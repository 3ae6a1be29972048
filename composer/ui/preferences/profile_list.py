"""The left side of Preferences: the sending profiles, and adding, renaming or deleting them.

:class:`ProfileListPanel` shows the profiles of an :class:`~composer.profiles.edits.EditedBook`
and changes its structure (add, duplicate, rename, delete, make active); the settings of the
selected profile are the editor's business.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from composer.profiles.edits import EditedBook
from composer.profiles.model import BackendKind, Profile, ProfileBook, ProfileError
from composer.ui.widgets.profile_switcher import PREVIEW_COLOR, profile_icon, profile_label

__all__ = ["ProfileListPanel"]


class ProfileListPanel(QWidget):
    """The profile list with its buttons.

    Signals:
        current_changed(): another profile (or none) is selected.
        structure_changed(): a profile was added, duplicated, renamed, deleted or made active.
        rename_refused(str): a rename could not be done; the text says why.
        add_account_requested(): "Add account…" was pressed (set up from an address).
    """

    current_changed = Signal()
    structure_changed = Signal()
    rename_refused = Signal(str)
    add_account_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edited = EditedBook(ProfileBook())
        self.profile_list = QListWidget(self)
        self.profile_list.setObjectName("profileList")
        self.profile_list.setAccessibleName(self.tr("Sending profiles"))
        self.profile_list.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        # A long name wraps rather than pushing the "active" mark behind a scroll bar.
        self.profile_list.setWordWrap(True)
        self.profile_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.profile_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.profile_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.duplicate_button = QPushButton(self.tr("Dup&licate"), self)
        self.rename_button = QPushButton(self.tr("Re&name"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.activate_button = QPushButton(self.tr("Ma&ke active"), self)
        self.add_account_button = QPushButton(self.tr("Add account…"), self)
        self.add_account_button.setObjectName("addAccountFromAddressButton")
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.add_button, 0, 0)
        grid.addWidget(self.duplicate_button, 0, 1)
        grid.addWidget(self.rename_button, 1, 0)
        grid.addWidget(self.delete_button, 1, 1)
        grid.addWidget(self.activate_button, 2, 0, 1, 2)
        grid.addWidget(self.add_account_button, 3, 0, 1, 2)
        heading = QLabel(self.tr("Pro&files"), self)
        heading.setBuddy(self.profile_list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.profile_list, 1)
        layout.addLayout(grid)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.profile_list.currentRowChanged.connect(self._on_profile_list_current_row_changed)
        self.profile_list.itemChanged.connect(self._on_profile_list_item_changed)
        self.add_button.clicked.connect(self.add_profile)
        self.duplicate_button.clicked.connect(self.duplicate_profile)
        self.rename_button.clicked.connect(self.rename_profile)
        self.delete_button.clicked.connect(self.delete_profile)
        self.activate_button.clicked.connect(self.make_active)
        self.add_account_button.clicked.connect(self.add_account_requested)
        QShortcut(QKeySequence.StandardKey.New, self, self.add_profile)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.profile_list, self.delete_profile)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)

    @property
    def book(self) -> ProfileBook:
        return self.edited.book

    def show_book(self, edited: EditedBook, select: str | None) -> None:
        """List the profiles of *edited*, *select* (or the first) selected."""
        self.edited = edited
        self.refresh(select)

    # -- showing -------------------------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        current = select if select is not None else self.current_name()
        self.profile_list.blockSignals(True)
        self.profile_list.clear()
        for profile in self.book:
            item = QListWidgetItem()
            self._decorate(item, profile)
            self.profile_list.addItem(item)
        self.profile_list.blockSignals(False)
        names = self.book.names()
        row = names.index(current) if current in names else (0 if names else -1)
        self.profile_list.setCurrentRow(row, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._on_profile_list_current_row_changed(row)

    def redecorate_current(self) -> None:
        """The selected profile's settings changed: show its name, icon and mark again."""
        profile, item = self.current_profile(), self.profile_list.currentItem()
        if profile is not None and item is not None:
            self._decorate(item, profile)

    def _decorate(self, item: QListWidgetItem, profile: Profile) -> None:
        active = profile.name == self.book.active_name
        self.profile_list.blockSignals(True)
        label = profile_label(profile)
        # The mark never breaks across lines: "✔" alone at a line's end would say nothing.
        mark = self.tr("✔ active").replace(" ", "\u00a0")
        item.setText(f"{label}  {mark}" if active else label)
        item.setData(Qt.ItemDataRole.UserRole, profile.name)
        item.setIcon(profile_icon(profile))
        summary = profile.summary()
        item.setToolTip(
            self.tr("{summary} (active)").format(summary=summary) if active else summary
        )
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        font = QFont(self.profile_list.font())
        font.setBold(active)
        item.setFont(font)
        if not profile.delivers:
            item.setForeground(PREVIEW_COLOR)
        else:
            item.setData(Qt.ItemDataRole.ForegroundRole, None)
        self.profile_list.blockSignals(False)

    def update_buttons(self) -> None:
        has = self.current_name() is not None
        for button in (self.duplicate_button, self.rename_button, self.delete_button):
            button.setEnabled(has)
        self.activate_button.setEnabled(has and self.current_name() != self.book.active_name)

    # -- the selection -------------------------------------------------------------------------

    def current_name(self) -> str | None:
        item = self.profile_list.currentItem()
        name = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return name if isinstance(name, str) else None

    def current_profile(self) -> Profile | None:
        name = self.current_name()
        return self.book.get(name) if name is not None and name in self.book else None

    def select_profile(self, name: str) -> None:
        self.profile_list.setCurrentRow(self.book.index(name))

    # -- changing the list ---------------------------------------------------------------------

    def add_profile(self) -> Profile:
        profile = Profile(self.book.unique_name(self.tr("New profile")), backend=BackendKind.SMTP)
        self.edited.add(profile)
        self._after_structure_change(profile.name, rename=True)
        return profile

    def add_account(self, filled: Profile | None = None) -> Profile:
        """A new SMTP profile for the user's mail account, made the active one.

        Args:
            filled: the settings found from the address (else an empty SMTP profile).
        """
        if filled is not None:
            profile = filled.copy(self.book.unique_name(filled.name))
        else:
            name = self.book.unique_name(self.tr("My mail account"))
            profile = Profile(name, backend=BackendKind.SMTP)
        self.edited.add(profile)
        self.book.set_active(profile.name)
        self._after_structure_change(profile.name)
        return profile

    def duplicate_profile(self) -> Profile | None:
        name = self.current_name()
        if name is None:
            return None
        clone = self.edited.duplicate(name)
        self._after_structure_change(clone.name, rename=True)
        return clone

    def rename_profile(self) -> None:
        """Start editing the current profile's name in the list (also F2)."""
        if self.profile_list.currentRow() < 0:
            return
        item = self.profile_list.currentItem()
        self.profile_list.blockSignals(True)
        item.setText(item.data(Qt.ItemDataRole.UserRole))
        self.profile_list.blockSignals(False)
        self.profile_list.editItem(item)

    def rename_to(self, old: str, new: str) -> bool:
        """Rename a profile; :attr:`rename_refused` says why when it cannot be done."""
        new = new.strip()
        try:
            self.book.rename(old, new)
        except ProfileError as exc:
            self.rename_refused.emit(str(exc))
            self.refresh(select=old)
            return False
        self._after_structure_change(new)
        return True

    def delete_profile(self) -> None:
        profile = self.current_profile()
        if profile is None:
            return
        row = self.profile_list.currentRow()
        self.edited.remove(profile.name)
        names = self.book.names()
        self._after_structure_change(names[min(row, len(names) - 1)] if names else None)

    def make_active(self) -> None:
        name = self.current_name()
        if name is not None:
            self.book.set_active(name)
            self._after_structure_change(name)

    def _after_structure_change(self, select: str | None, rename: bool = False) -> None:
        self.refresh(select=select)
        self.structure_changed.emit()
        if rename:
            self.rename_profile()

    # -- slots ---------------------------------------------------------------------------------

    def _on_profile_list_current_row_changed(self, _row: int) -> None:
        self.update_buttons()
        self.current_changed.emit()

    def _on_profile_list_item_changed(self, item: QListWidgetItem) -> None:
        old = item.data(Qt.ItemDataRole.UserRole)
        new = item.text().strip()
        if not isinstance(old, str):
            return
        if new in (old, profile_label(self.book.get(old))) or not new:
            self._decorate(item, self.book.get(old))
            return
        self.rename_to(old, new)
