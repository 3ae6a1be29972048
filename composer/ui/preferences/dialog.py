"""The Preferences dialog: sending profiles, their passwords, and which one is active.

The dialog edits a copy of the profile book (:class:`~composer.profiles.edits.EditedBook`).
Apply (or OK) checks every profile, then, on a worker thread, puts new passwords into the
OS keyring (moving or removing secrets of changed or deleted accounts) and writes
``profiles.toml`` (:func:`composer.profiles.apply.apply_profiles`); Cancel forgets the copy.
Problems (a broken profiles file, a keyring that cannot keep passwords, a file changed by
another program) show in a bar at the top with buttons that fix them. Open it with
``show()``/``open()``, never ``exec()``.

The window assembles the profile list (:mod:`~composer.ui.preferences.profile_list`), the
editor (:mod:`~composer.ui.preferences.profile_editor`) and the General tab, and wires them
in :meth:`PreferencesDialog._connect_signals`. Closing it while Apply runs lets Apply finish.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from composer.diagnostics.logsafety import register_secret
from composer.profiles.apply import ApplyOutcome, apply_profiles
from composer.profiles.credentials import CredentialError, Credentials, NoKeyring
from composer.profiles.edits import EditedBook
from composer.profiles.model import AuthMethod, Profile, ProfileBook
from composer.profiles.store import ProfileFileChanged, ProfileStore
from composer.storage import appsettings
from composer.ui.errors import UserMessage, log_message
from composer.ui.preferences import messages
from composer.ui.preferences.account_assistant import AccountAssistant, account_next_step
from composer.ui.preferences.general_tab import GeneralTab, save_resume_at, save_undo_delay
from composer.ui.preferences.profile_editor import ProfileEditor
from composer.ui.preferences.profile_list import ProfileListPanel
from composer.ui.tasks import Task, TaskFailure, TaskRunner
from composer.ui.widgets.form_fields import MessageBar
from composer.ui.window_state import keep_size

__all__ = ["PreferencesDialog"]

log = logging.getLogger(__name__)

Actions = list[tuple[str, Callable[[], object]]]


class PreferencesDialog(QDialog):
    """Sending profiles: add, duplicate, rename, delete, make active, edit, test.

    Args:
        store: where the profiles are read from and saved to.
        credentials: the keyring (and the session's remembered passwords).
        runner: runs Apply, connection tests and keyring look-ups off the GUI thread.

    Signals:
        profiles_applied(object): the :class:`ProfileBook` just saved (after Apply or OK).
        apply_finished(bool): an Apply ended; True when everything was saved.
    """

    profiles_applied = Signal(object)
    apply_finished = Signal(bool)

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
        self._edited = EditedBook(ProfileBook())
        self._dirty = False
        self._applying: Task[ApplyOutcome] | None = None
        self._accept_when_applied = False

        self.message_bar = MessageBar(self)
        self.profiles = ProfileListPanel(self)
        self.editor = ProfileEditor(self._runner, credentials, self)
        saved = appsettings.load()
        self.general = GeneralTab(
            saved.language, self, saved.undo_delay, saved.merge_resume_at, saved.keep_running
        )
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("preferencesTabs")
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

    def _build_layout(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.profiles)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([250, 640])  # the list wraps long names; the settings need the room
        self.tabs.addTab(splitter, self.tr("Sending &profiles"))
        self.tabs.addTab(self.general, self.tr("&General"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.keyring_label, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        keep_size(self, "preferences", QSize(940, 680))

    def _connect_signals(self) -> None:
        self.profiles.current_changed.connect(self._on_profiles_current_changed)
        self.profiles.structure_changed.connect(self._on_profiles_structure_changed)
        self.profiles.rename_refused.connect(self._on_profiles_rename_refused)
        self.profiles.add_account_requested.connect(self.start_account_assistant)
        self.editor.changed.connect(self._on_editor_changed)
        self.editor.password_edited.connect(self._on_editor_password_edited)
        self.editor.imap_password_edited.connect(self._on_editor_imap_password_edited)
        self.general.changed.connect(self._on_general_changed)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        # clicked passes checked (False), which apply() would take as replace_changed.
        self.apply_button.clicked.connect(lambda: self.apply())

    @property
    def apply_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Apply)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    # -- loading -------------------------------------------------------------------------------

    def _load(self, *, keep_selection: str | None = None) -> None:
        result = self._store.load()
        self._edited = EditedBook(result.book)
        problem = messages.unreadable_file(result, self._store.path)
        if problem is not None:
            self._show_problem(problem, "error")
        self.profiles.show_book(self._edited, keep_selection or result.book.active_name)
        self._update_keyring_label()
        self.general.show_saved()
        self._set_dirty(False)

    def book(self) -> ProfileBook:
        """The profiles as edited so far (not yet applied)."""
        return self._edited.book

    def add_account(self) -> Profile:
        """Start a new SMTP profile for the user's mail account, to send with once applied."""
        profile = self.profiles.add_account()
        self.tabs.setCurrentIndex(0)
        self.editor.tabs.setCurrentIndex(0)
        self.message_bar.show_message(
            self.tr(
                "Enter the SMTP server your mail provider gives for sending, your user name "
                "and your password, then press Test connection."
            ),
            "info",
        )
        self.editor.sending.host_edit.setFocus()
        return profile

    def start_account_assistant(self) -> AccountAssistant:
        """Set up an account from its email address (the first-run way, and "Add account…")."""
        assistant = AccountAssistant(self._edited.book, self._runner, parent=self)
        assistant.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        assistant.account_ready.connect(self._on_assistant_account_ready)
        assistant.manual_requested.connect(self.add_account)
        assistant.open()
        return assistant

    def _on_assistant_account_ready(self, profile: Profile) -> None:
        added = self.profiles.add_account(profile)
        self.tabs.setCurrentIndex(0)
        self.editor.tabs.setCurrentIndex(0)
        self.message_bar.show_message(account_next_step(added), "info")
        if added.needs_password:
            self.editor.sending.password_edit.setFocus()
        elif added.auth is AuthMethod.OAUTH2:
            self.editor.sending.signin_block.signin_button.setFocus()

    # -- applying ------------------------------------------------------------------------------

    def apply(self, replace_changed: bool = False) -> bool:
        """Check the profiles, then store passwords and save them in the background.

        Returns False at once (and emits ``apply_finished(False)``) when a profile needs
        fixing or an Apply is running; otherwise :attr:`apply_finished` tells how it ended.

        Args:
            replace_changed: save even if another program changed the file meanwhile (a
                copy of its version is kept).
        """
        if self._applying is not None and self._applying.running:
            return False
        self.message_bar.clear()
        for profile in self._edited.book:
            problems = profile.problems()
            if problems:
                self.profiles.select_profile(profile.name)
                self.editor.validate(reveal_all=True)
                message = messages.profile_needs_fixing(profile, problems, self._store.path)
                self._show_problem(message, "warning", level=logging.INFO)
                self.apply_finished.emit(False)
                return False
        store, credentials = self._store, self._credentials
        book, pending = self._edited.book.copy(), self._edited.pending_secrets()
        language = self.general.language_to_save()
        undo_delay = self.general.undo_delay_to_save()
        resume_at = self.general.resume_at_to_save()
        keep_running = self.general.keep_running_to_save()

        def work(_ctx: object) -> ApplyOutcome:
            save_undo_delay(undo_delay)
            save_resume_at(resume_at, keep_running)
            return apply_profiles(
                store,
                credentials,
                book,
                pending,
                replace_changed=replace_changed,
                language=language,
            )

        task = self._runner.submit(work, name="apply-preferences")
        task.succeeded.connect(self._on_applying_succeeded)
        task.failed.connect(self._on_applying_failed)
        self._applying = task
        self._set_busy(True)
        return True

    def _on_applying_succeeded(self, outcome: ApplyOutcome) -> None:
        self._set_busy(False)
        if outcome.secrets_stored:
            self._edited.secrets_stored()
        problem = outcome.problem
        if isinstance(problem, ProfileFileChanged):
            self._show_file_changed()
        elif isinstance(problem, CredentialError):
            self._show_keyring_problem(problem)
        elif isinstance(problem, OSError):
            self._show_problem(messages.profiles_not_saved(problem), "error")
        if outcome.kept_aside is not None:
            self._show_problem(messages.kept_aside(outcome.kept_aside), "info", level=logging.INFO)
        if outcome.language_problem is not None:
            self._show_problem(messages.language_not_saved(outcome.language_problem), "error")
        elif outcome.saved:
            self.general.saved_language = str(self.general.language_combo.currentData())
            self.general.saved_undo_delay = int(self.general.undo_combo.currentData())
            self.general.saved_resume_at = self.general.resume_edit.time().toString("HH:mm")
            self.general.saved_keep_running = self.general.keep_running.isChecked()
            self.general.show_saved()
        if outcome.complete:
            self._set_dirty(False)
            self.profiles.refresh()
            self.profiles_applied.emit(self._edited.book.copy())
            if self._accept_when_applied:
                self.accept()
        self._accept_when_applied = False
        self.apply_finished.emit(outcome.complete)

    def _on_applying_failed(self, failure: TaskFailure) -> None:
        self._set_busy(False)
        self._accept_when_applied = False
        self._show_problem(
            UserMessage(
                self.tr("The profiles could not be saved: {reason}.").format(
                    reason=failure.message
                ),
                self.tr("Check that the config folder is writable and the disk is not full."),
                failure.traceback,
            ),
            "error",
        )
        self.apply_finished.emit(False)

    def _set_busy(self, busy: bool) -> None:
        """While Apply runs, nothing can be edited (what it saves is what was shown)."""
        self.tabs.setEnabled(not busy)
        self.apply_button.setEnabled(self._dirty and not busy)
        self.ok_button.setEnabled(not busy)

    def _show_file_changed(self) -> None:
        self._show_problem(
            messages.file_changed(),
            "warning",
            actions=[
                (self.tr("Replace it"), lambda: self.apply(replace_changed=True)),
                (self.tr("Reload"), self._reload),
            ],
        )

    def _reload(self) -> None:
        self._load(keep_selection=self.profiles.current_name())

    def _show_keyring_problem(self, exc: CredentialError) -> None:
        self._update_keyring_label()
        actions: Actions = []
        if isinstance(exc, NoKeyring):
            actions.append(
                (self.tr("Ask for the password when sending"), self._use_session_passwords)
            )
        actions.append((self.tr("Try again"), self.apply))
        self._show_problem(exc.message.with_details(repr(exc)), "error", actions)

    def _use_session_passwords(self) -> None:
        """Switch the profiles with a pending password to asking for it when sending."""
        self._edited.ask_for_typed_passwords()
        self._on_profiles_current_changed()
        self.apply()

    # -- showing -------------------------------------------------------------------------------

    def _show_problem(
        self,
        message: UserMessage,
        kind: str,
        actions: Actions | None = None,
        level: int = logging.WARNING,
    ) -> None:
        log_message(message, level)
        self.message_bar.show_message(f"{message.what} {message.todo}".strip(), kind, actions)

    def _update_keyring_label(self) -> None:
        info = self._credentials.store.info()
        self.keyring_label.setText(info.note if info.usable else f"⚠ {info.note}")
        self.keyring_label.setStyleSheet("" if info.usable else "color: #8c1d18;")
        self.keyring_label.setToolTip(
            self.tr("Keyring backend: {name}. {advice}")
            .format(name=info.name, advice=info.advice)
            .strip()
        )

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.apply_button.setEnabled(dirty)
        self.profiles.update_buttons()

    # -- slots ---------------------------------------------------------------------------------

    def _on_profiles_current_changed(self) -> None:
        profile = self.profiles.current_profile()
        self.editor.set_profile(
            profile, password_pending=profile is not None and self._edited.has_password(profile)
        )

    def _on_profiles_structure_changed(self) -> None:
        self._set_dirty(True)

    def _on_profiles_rename_refused(self, reason: str) -> None:
        self._show_problem(UserMessage(reason, self.tr("Choose another name.")), "warning")

    def _on_editor_changed(self) -> None:
        self.profiles.redecorate_current()
        self._set_dirty(True)

    def _on_editor_password_edited(self, text: str) -> None:
        profile = self.editor.profile()
        if profile is None:
            return
        if text:
            register_secret(text)
        self._edited.set_password(profile, text)
        self._set_dirty(True)

    def _on_editor_imap_password_edited(self, text: str) -> None:
        profile = self.editor.profile()
        if profile is None:
            return
        if text:
            register_secret(text)
        self._edited.set_imap_password(profile, text)
        self._set_dirty(True)

    def _on_general_changed(self) -> None:
        self._set_dirty(True)

    def _on_buttons_accepted(self) -> None:
        if not self._dirty:
            self.accept()
            return
        self._accept_when_applied = self.apply()

    def done(self, result: int) -> None:
        """Close; a running connection test is stopped, a running Apply finishes."""
        self.editor.test_panel.cancel()
        applying = self._applying if self._applying and self._applying.running else None
        for task in self._runner.active_tasks():
            if task is not applying:
                task.cancel()
        if applying is not None and self.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose):
            # Deleting the dialog now would wait for the keyring: it goes when Apply is done.
            self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
            applying.finished.connect(self.deleteLater)
        super().done(result)
