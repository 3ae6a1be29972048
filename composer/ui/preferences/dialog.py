"""The Preferences dialog: sending profiles, their passwords, and which one is active.

The dialog edits a copy of the profile book. Apply (or OK) checks every profile, puts new
passwords into the OS keyring (moving or removing secrets of changed or deleted accounts),
then writes ``profiles.toml``; Cancel forgets the copy. Problems (a broken profiles file,
a keyring that cannot keep passwords, a file changed by another program) show in a bar at
the top with buttons that fix them. Open it with ``show()``/``open()``, never ``exec()``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from composer.diagnostics.logsafety import register_secret
from composer.profiles.credentials import (
    CredentialError,
    Credentials,
    InsecureKeyring,
    NoKeyring,
    sync_accounts,
)
from composer.profiles.model import BackendKind, Profile, ProfileBook, ProfileError
from composer.profiles.store import ProfileFileChanged, ProfileStore
from composer.storage import appsettings
from composer.ui.errors import UserMessage, log_message
from composer.ui.preferences.profile_editor import ProfileEditor
from composer.ui.tasks import TaskRunner
from composer.ui.widgets.form_fields import MessageBar
from composer.ui.widgets.profile_switcher import PREVIEW_COLOR, profile_icon, profile_label
from composer.ui.window_state import keep_size

__all__ = ["PreferencesDialog"]

log = logging.getLogger(__name__)


class PreferencesDialog(QDialog):
    """Sending profiles: add, duplicate, rename, delete, make active, edit, test.

    Args:
        store: where the profiles are read from and saved to.
        credentials: the keyring (and the session's remembered passwords).
        runner: runs connection tests and keyring look-ups off the GUI thread.

    Signals:
        profiles_applied(object): the :class:`ProfileBook` just saved (after Apply or OK).
    """

    profiles_applied = Signal(object)

    def __init__(
        self,
        store: ProfileStore,
        credentials: Credentials,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.setObjectName("preferencesDialog")
        self._store = store
        self._credentials = credentials
        self._runner = runner if runner is not None else TaskRunner(self)
        self._book = ProfileBook()
        # Account of each profile when it was loaded or last applied (None: new profile).
        self._origins: dict[int, str | None] = {}
        self._removed_accounts: list[str] = []
        self._passwords: dict[int, str] = {}
        self._dirty = False

        self.message_bar = MessageBar(self)
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
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("preferencesTabs")
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("languageCombo")
        for code, label in (
            ("system", self.tr("System default")),
            ("en", "English"),
            ("ko", "한국어"),
        ):
            self.language_combo.addItem(label, code)
        self.language_note = QLabel(
            self.tr("A new language is used the next time Composer starts."), self
        )
        self.language_note.setObjectName("languageNote")
        self.language_note.setWordWrap(True)
        self._language = appsettings.load().language
        self.editor = ProfileEditor(self._runner, credentials, self)
        self.keyring_label = QLabel(self)
        self.keyring_label.setObjectName("keyringLabel")
        self.keyring_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply,
            self,
        )
        self._build_layout()
        self._connect_signals()
        self._load()

    # -- building ------------------------------------------------------------------------------

    def _build_layout(self) -> None:
        left = QWidget(self)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.add_button, 0, 0)
        grid.addWidget(self.duplicate_button, 0, 1)
        grid.addWidget(self.rename_button, 1, 0)
        grid.addWidget(self.delete_button, 1, 1)
        grid.addWidget(self.activate_button, 2, 0, 1, 2)
        heading = QLabel(self.tr("Pro&files"), left)
        heading.setBuddy(self.profile_list)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(heading)
        left_layout.addWidget(self.profile_list, 1)
        left_layout.addLayout(grid)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([250, 640])  # the list wraps long names; the settings need the room
        bottom = QHBoxLayout()
        bottom.addWidget(self.keyring_label, 1)
        bottom.addWidget(self.buttons)
        general = QWidget(self)
        form = QFormLayout(general)
        language_row = QHBoxLayout()
        language_row.addWidget(self.language_combo)
        language_row.addStretch(1)
        language_label = QLabel(self.tr("&Language:"), general)
        language_label.setBuddy(self.language_combo)
        form.addRow(language_label, language_row)
        form.addRow("", self.language_note)
        self.tabs.addTab(splitter, self.tr("Sending &profiles"))
        self.tabs.addTab(general, self.tr("&General"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        keep_size(self, "preferences", QSize(940, 680))

    def _connect_signals(self) -> None:
        self.profile_list.currentRowChanged.connect(self._on_profile_list_current_row_changed)
        self.profile_list.itemChanged.connect(self._on_profile_list_item_changed)
        self.add_button.clicked.connect(self.add_profile)
        self.duplicate_button.clicked.connect(self.duplicate_profile)
        self.rename_button.clicked.connect(self.rename_profile)
        self.delete_button.clicked.connect(self.delete_profile)
        self.activate_button.clicked.connect(self.make_active)
        QShortcut(QKeySequence.StandardKey.New, self, self.add_profile)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.profile_list, self.delete_profile)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.editor.changed.connect(self._on_editor_changed)
        self.editor.password_edited.connect(self._on_editor_password_edited)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        # clicked passes checked (False), which apply() would take as replace_changed.
        self.apply_button.clicked.connect(lambda: self.apply())
        self.language_combo.currentIndexChanged.connect(self._on_language_combo_changed)

    @property
    def apply_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Apply)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    # -- loading -------------------------------------------------------------------------------

    def _load(self, *, keep_selection: str | None = None) -> None:
        result = self._store.load()
        self._book = result.book
        self._origins = {id(p): p.account for p in self._book}
        self._removed_accounts = []
        self._passwords = {}
        if result.error is not None:
            error = result.error
            if error.line:
                where = self.tr("line {line}").format(line=error.line)
            else:
                where = self.tr("the file")
            if result.source is not None and result.source != self._store.path:
                todo = self.tr(
                    "Showing the last good copy. The file is left as it is; saving keeps a "
                    "copy of it."
                )
            else:
                todo = self.tr(
                    "Showing the built-in defaults. The file is left as it is; saving keeps a "
                    "copy of it."
                )
            self._show_problem(
                UserMessage(
                    self.tr("Your profiles file could not be read ({where}: {problem})").format(
                        where=where, problem=error.problem
                    ),
                    todo,
                    str(error),
                ),
                "error",
            )
        self._refresh_list(select=keep_selection or self._book.active_name)
        self._update_keyring_label()
        self.language_combo.blockSignals(True)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(self._language), 0))
        self.language_combo.blockSignals(False)
        self._set_dirty(False)

    def book(self) -> ProfileBook:
        """The profiles as edited so far (not yet applied)."""
        return self._book

    # -- the profile list ----------------------------------------------------------------------

    def _refresh_list(self, select: str | None = None) -> None:
        current = select if select is not None else self._current_name()
        self.profile_list.blockSignals(True)
        self.profile_list.clear()
        for profile in self._book:
            item = QListWidgetItem()
            self._decorate(item, profile)
            self.profile_list.addItem(item)
        self.profile_list.blockSignals(False)
        names = self._book.names()
        row = names.index(current) if current in names else (0 if names else -1)
        self.profile_list.setCurrentRow(row, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._on_profile_list_current_row_changed(row)

    def _decorate(self, item: QListWidgetItem, profile: Profile) -> None:
        active = profile.name == self._book.active_name
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

    def _current_name(self) -> str | None:
        item = self.profile_list.currentItem()
        name = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return name if isinstance(name, str) else None

    def _current_profile(self) -> Profile | None:
        name = self._current_name()
        return self._book.get(name) if name is not None and name in self._book else None

    def select_profile(self, name: str) -> None:
        self.profile_list.setCurrentRow(self._book.index(name))

    def add_profile(self) -> Profile:
        profile = Profile(self._book.unique_name(self.tr("New profile")), backend=BackendKind.SMTP)
        self._book.add(profile)
        self._origins[id(profile)] = None
        self._after_structure_change(profile.name, rename=True)
        return profile

    def add_account(self) -> Profile:
        """Start a new SMTP profile for the user's mail account, to send with once applied."""
        name = self._book.unique_name(self.tr("My mail account"))
        profile = Profile(name, backend=BackendKind.SMTP)
        self._book.add(profile)
        self._origins[id(profile)] = None
        self._book.set_active(profile.name)
        self._after_structure_change(profile.name)
        self.tabs.setCurrentIndex(0)
        self.editor.tabs.setCurrentIndex(0)
        self.message_bar.show_message(
            self.tr(
                "Enter the SMTP server your mail provider gives for sending, your user name "
                "and your password, then press Test connection."
            ),
            "info",
        )
        self.editor.host_edit.setFocus()
        return profile

    def duplicate_profile(self) -> Profile | None:
        name = self._current_name()
        if name is None:
            return None
        clone = self._book.duplicate(name)
        self._origins[id(clone)] = None
        original = self._book.get(name)
        if id(original) in self._passwords:
            self._passwords[id(clone)] = self._passwords[id(original)]
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
        """Rename a profile; shows why in the message bar when it cannot be done."""
        new = new.strip()
        try:
            self._book.rename(old, new)
        except ProfileError as exc:
            self._show_problem(UserMessage(str(exc), self.tr("Choose another name.")), "warning")
            self._refresh_list(select=old)
            return False
        self._after_structure_change(new)
        return True

    def delete_profile(self) -> None:
        profile = self._current_profile()
        if profile is None:
            return
        row = self.profile_list.currentRow()
        self._book.remove(profile.name)
        origin = self._origins.pop(id(profile), None)
        if origin is not None:
            self._removed_accounts.append(origin)
        self._passwords.pop(id(profile), None)
        names = self._book.names()
        self._after_structure_change(names[min(row, len(names) - 1)] if names else None)

    def make_active(self) -> None:
        name = self._current_name()
        if name is not None:
            self._book.set_active(name)
            self._after_structure_change(name)

    def _after_structure_change(self, select: str | None, rename: bool = False) -> None:
        self._refresh_list(select=select)
        self._set_dirty(True)
        if rename:
            self.rename_profile()

    def _update_list_buttons(self) -> None:
        has = self._current_name() is not None
        for button in (self.duplicate_button, self.rename_button, self.delete_button):
            button.setEnabled(has)
        self.activate_button.setEnabled(has and self._current_name() != self._book.active_name)

    # -- applying ------------------------------------------------------------------------------

    def apply(self, replace_changed: bool = False) -> bool:
        """Check, store passwords, save the file; returns whether everything was applied.

        Args:
            replace_changed: save even if another program changed the file meanwhile (a
                copy of its version is kept).
        """
        self.message_bar.clear()
        for profile in self._book:
            problems = profile.problems()
            if problems:
                self.select_profile(profile.name)
                self.editor.validate(reveal_all=True)
                # Developer settings are not on screen: name them, and where to fix them.
                hidden = [p for p in problems if p.field.startswith("library.")]
                if hidden:
                    todo = self.tr("Fix them in {file}: {problems}").format(
                        file=self._store.path,
                        problems="; ".join(f"{p.field}: {p.message}" for p in hidden),
                    )
                else:
                    todo = self.tr("They are marked in red.")
                self._show_problem(
                    UserMessage(
                        self.tr("The profile “{name}” has settings that need fixing.").format(
                            name=profile.name
                        ),
                        todo,
                    ),
                    "warning",
                    level=logging.INFO,
                )
                return False
        # Ask before touching the keyring, so that "Reload" finds the secrets as they were.
        if not replace_changed and self._store.changed_on_disk():
            self._show_file_changed()
            return False
        try:
            self._apply_secrets()
        except CredentialError as exc:
            self._show_keyring_problem(exc)
            return False
        return self._save(replace_changed)

    def _apply_secrets(self) -> None:
        """Store typed passwords, then move or remove the secrets of changed accounts."""
        store = self._credentials.store
        for profile in self._book:
            password = self._passwords.get(id(profile))
            if profile.account is None or not password:
                continue
            if profile.smtp.ask_password:
                self._credentials.session.remember(profile.account, password)
            else:
                store.set(profile.account, password)
        kept = {p.account for p in self._book if p.account and not p.smtp.ask_password}
        changes: list[tuple[str | None, str | None]] = [
            (self._origins.get(id(p)), p.account) for p in self._book
        ]
        changes += [(account, None) for account in self._removed_accounts]
        moved = any(old is not None and old != new for old, new in changes)
        forget = {p.account for p in self._book if p.account and p.smtp.ask_password} - kept
        if moved or forget:
            try:
                sync_accounts(store, changes, kept)
                for account in forget:
                    store.delete(account)
            except (NoKeyring, InsecureKeyring) as exc:
                # Such a keyring holds no password of ours: nothing to move or remove.
                log.info("Keyring not consulted for moved accounts: %s", exc.what)
        self._passwords.clear()
        self._origins = {id(p): p.account for p in self._book}
        self._removed_accounts = []

    def _save(self, replace_changed: bool = False) -> bool:
        try:
            aside = self._store.save(self._book, replace_changed=replace_changed)
        except ProfileFileChanged:  # changed in the instant since apply() looked
            self._show_file_changed()
            return False
        except OSError as exc:
            self._show_problem(
                UserMessage(
                    self.tr("The profiles could not be saved: {reason}.").format(
                        reason=exc.strerror or exc
                    ),
                    self.tr("Check that the config folder is writable and the disk is not full."),
                    f"{type(exc).__name__}: {exc}",
                ),
                "error",
            )
            return False
        if aside is not None:
            self._show_problem(
                UserMessage(
                    self.tr("Saved. The earlier profiles file was kept as {name}.").format(
                        name=aside.name
                    ),
                    self.tr("Copy anything you still need from it."),
                ),
                "info",
                level=logging.INFO,
            )
        if not self._save_language():
            return False
        self._set_dirty(False)
        self._refresh_list()
        self.profiles_applied.emit(self._book.copy())
        return True

    def _save_language(self) -> bool:
        language = self.language_combo.currentData()
        if not isinstance(language, str) or language == self._language:
            return True
        try:
            appsettings.save(appsettings.AppSettings(language=language))
        except OSError as exc:
            self._show_problem(
                UserMessage(
                    self.tr("The language could not be saved: {reason}.").format(
                        reason=exc.strerror or exc
                    ),
                    self.tr("Check that the config folder is writable and the disk is not full."),
                    f"{type(exc).__name__}: {exc}",
                ),
                "error",
            )
            return False
        self._language = language
        return True

    def _show_file_changed(self) -> None:
        self._show_problem(
            UserMessage(
                self.tr(
                    "The profiles file was changed by another program since Preferences opened."
                ),
                self.tr(
                    "Reload it to see those changes (your edits here are dropped), or replace "
                    "it with your edits (a copy of the other version is kept)."
                ),
            ),
            "warning",
            actions=[
                (self.tr("Replace it"), lambda: self.apply(replace_changed=True)),
                (self.tr("Reload"), self._reload),
            ],
        )

    def _reload(self) -> None:
        self._load(keep_selection=self._current_name())

    # -- problems ------------------------------------------------------------------------------

    def _show_problem(
        self,
        message: UserMessage,
        kind: str,
        actions: list[tuple[str, Callable[[], object]]] | None = None,
        level: int = logging.WARNING,
    ) -> None:
        log_message(message, level)
        self.message_bar.show_message(
            f"{message.what} {message.todo}".strip(),
            kind,
            actions,
        )

    def _show_keyring_problem(self, exc: CredentialError) -> None:
        self._update_keyring_label()
        actions: list[tuple[str, Callable[[], object]]] = []
        if isinstance(exc, NoKeyring):
            actions.append(
                (self.tr("Ask for the password when sending"), self._use_session_passwords)
            )
        actions.append((self.tr("Try again"), self.apply))
        self._show_problem(UserMessage(exc.what, exc.todo, repr(exc)), "error", actions)

    def _use_session_passwords(self) -> None:
        """Switch the profiles with a pending password to asking for it when sending."""
        for profile in self._book:
            if id(profile) in self._passwords and profile.account is not None:
                profile.smtp.ask_password = True
        self.editor.set_profile(self._current_profile())
        self.apply()

    def _update_keyring_label(self) -> None:
        info = self._credentials.store.info()
        self.keyring_label.setText(info.note if info.usable else f"⚠ {info.note}")
        self.keyring_label.setStyleSheet("" if info.usable else "color: #8c1d18;")
        self.keyring_label.setToolTip(
            self.tr("Keyring backend: {name}. {advice}")
            .format(name=info.name, advice=info.advice)
            .strip()
        )

    # -- slots ---------------------------------------------------------------------------------

    def _on_profile_list_current_row_changed(self, _row: int) -> None:
        profile = self._current_profile()
        self.editor.set_profile(
            profile, password_pending=profile is not None and id(profile) in self._passwords
        )
        self._update_list_buttons()

    def _on_profile_list_item_changed(self, item: QListWidgetItem) -> None:
        old = item.data(Qt.ItemDataRole.UserRole)
        new = item.text().strip()
        if not isinstance(old, str):
            return
        if new in (old, profile_label(self._book.get(old))) or not new:
            self._decorate(item, self._book.get(old))
            return
        self.rename_to(old, new)

    def _on_editor_changed(self) -> None:
        profile = self.editor.profile()
        item = self.profile_list.currentItem()
        if profile is not None and item is not None:
            self._decorate(item, profile)
        self._set_dirty(True)

    def _on_editor_password_edited(self, text: str) -> None:
        profile = self.editor.profile()
        if profile is None:
            return
        if text:
            register_secret(text)
            self._passwords[id(profile)] = text
        else:
            self._passwords.pop(id(profile), None)
        self._set_dirty(True)

    def _on_language_combo_changed(self, _index: int) -> None:
        changed = self.language_combo.currentData() != self._language
        font = self.language_note.font()
        font.setBold(changed)
        self.language_note.setFont(font)
        self._set_dirty(True)

    def _on_buttons_accepted(self) -> None:
        if not self._dirty or self.apply():
            self.accept()

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.apply_button.setEnabled(dirty)
        self._update_list_buttons()

    def done(self, result: int) -> None:
        """Close; a running connection test is stopped first."""
        self.editor.test_panel.cancel()
        self._runner.cancel_all()
        super().done(result)
