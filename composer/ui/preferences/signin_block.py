"""Preferences ▸ a profile ▸ Sending ▸ Sign-in: a password, or "Sign in with the provider".

For OAuth 2.0 it holds the provider (Microsoft, Google, another), the client ID (empty: the
organisation's file), the Microsoft tenant or a custom provider's endpoints and scopes, the
account's state in words with an icon ("Signed in as …", "Sign-in needed") and **Sign in…**,
which runs the browser flow off the GUI thread (:mod:`composer.profiles.oauth.signin`) and
can be cancelled. Edits go straight into the profile being edited; the sign-in itself (the
refresh token) goes to the keyring at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from composer.errors import Cancelled, ComposerError
from composer.profiles.credentials import Credentials
from composer.profiles.model import AuthMethod, OAuthProvider, Profile
from composer.profiles.oauth.state import AccountState, StateKind, account_state
from composer.profiles.oauthswitch import switch_to_oauth
from composer.ui.tasks import Task, TaskContext, TaskFailure, TaskRunner
from composer.ui.widgets.form_fields import note_label, settings_form

__all__ = ["SignInBlock"]


class SignInBlock(QGroupBox):
    """How an SMTP profile signs in. Signals ``changed()`` after each edit of the profile."""

    changed = Signal()
    # The sign-in finished and updated the profile (who signed in, maybe the user name).
    signed_in = Signal(str)

    def __init__(
        self, runner: TaskRunner, credentials: Credentials, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Sign-in"), parent)
        self._runner = runner
        self._credentials = credentials
        self._profile: Profile | None = None
        self._loading = False
        self._task: Task[str] | None = None
        self._state_task: Task[AccountState] | None = None

        self.method_combo = QComboBox()
        self.method_combo.setAccessibleName(self.tr("Sign-in method"))
        for method in AuthMethod:
            self.method_combo.addItem(method.label, method)
        self.provider_combo = QComboBox()
        self.provider_combo.setAccessibleName(self.tr("Provider"))
        for provider in OAuthProvider:
            self.provider_combo.addItem(provider.label, provider)
        self.client_edit = QLineEdit()
        self.client_edit.setAccessibleName(self.tr("Client ID"))
        self.client_edit.setPlaceholderText(self.tr("Empty: your organisation's client"))
        self.tenant_edit = QLineEdit()
        self.tenant_edit.setAccessibleName(self.tr("Tenant"))
        self.tenant_edit.setPlaceholderText("common")
        self.authorize_edit = QLineEdit()
        self.authorize_edit.setAccessibleName(self.tr("Authorization URL"))
        self.authorize_edit.setPlaceholderText("https://")
        self.token_edit = QLineEdit()
        self.token_edit.setAccessibleName(self.tr("Token URL"))
        self.token_edit.setPlaceholderText("https://")
        self.scopes_edit = QLineEdit()
        self.scopes_edit.setAccessibleName(self.tr("Scopes"))
        self.scopes_edit.setPlaceholderText(self.tr("Separated by spaces"))
        self.state_icon = QLabel()
        self.state_label = QLabel()
        self.state_label.setObjectName("accountState")
        self.state_label.setWordWrap(True)
        self.signin_button = QPushButton(self.tr("Si&gn in…"))
        self.cancel_button = QPushButton(self.tr("Cancel sign-in"))
        self.cancel_button.hide()
        self.url_note = note_label("")
        self.url_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.url_note.setOpenExternalLinks(True)
        self.url_note.hide()
        state_row = QHBoxLayout()
        state_row.addWidget(self.state_icon)
        state_row.addWidget(self.state_label, 1)
        state_row.addWidget(self.signin_button)
        state_row.addWidget(self.cancel_button)

        self.form = form = settings_form()
        form.addRow(self.tr("Sign-in method:"), self.method_combo)
        form.addRow(self.tr("Pro&vider:"), self.provider_combo)
        form.addRow(self.tr("Client ID:"), self.client_edit)
        form.addRow(self.tr("Tenant:"), self.tenant_edit)
        form.addRow(self.tr("Authori&zation URL:"), self.authorize_edit)
        form.addRow(self.tr("Token URL:"), self.token_edit)
        form.addRow(self.tr("Scopes:"), self.scopes_edit)
        form.addRow(state_row)
        form.addRow(self.url_note)
        self.setLayout(form)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.method_combo.currentIndexChanged.connect(self._on_edited)
        self.provider_combo.currentIndexChanged.connect(self._on_edited)
        for edit in (
            self.client_edit,
            self.tenant_edit,
            self.authorize_edit,
            self.token_edit,
            self.scopes_edit,
        ):
            edit.textEdited.connect(self._on_edited)
        self.signin_button.clicked.connect(self._on_signin_button_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)

    # -- showing -------------------------------------------------------------------------------

    def show_profile(self, profile: Profile | None) -> None:
        """Show *profile*'s sign-in (None: nothing)."""
        if self._task is not None:
            self._task.cancel()
        self._profile = profile
        if profile is None:
            return
        o = profile.oauth
        self._loading = True
        try:
            self.method_combo.setCurrentIndex(self.method_combo.findData(profile.auth))
            self.provider_combo.setCurrentIndex(self.provider_combo.findData(o.provider))
            self.client_edit.setText(o.client_id)
            self.tenant_edit.setText(o.tenant)
            self.authorize_edit.setText(o.authorize_url)
            self.token_edit.setText(o.token_url)
            self.scopes_edit.setText(" ".join(o.scopes))
        finally:
            self._loading = False
        self._show_rows()
        self.refresh_state()

    def uses_password(self) -> bool:
        return self._profile is None or self._profile.auth is AuthMethod.PASSWORD

    def _show_rows(self) -> None:
        profile = self._profile
        oauth = profile is not None and profile.auth is AuthMethod.OAUTH2
        provider = profile.oauth.provider if profile is not None else OAuthProvider.MICROSOFT
        custom = provider is OAuthProvider.CUSTOM
        visible = {
            self.provider_combo: oauth,
            self.client_edit: oauth,
            self.tenant_edit: oauth and provider is OAuthProvider.MICROSOFT,
            self.authorize_edit: oauth and custom,
            self.token_edit: oauth and custom,
            self.scopes_edit: oauth and custom,
        }
        for widget, shown in visible.items():
            self.form.setRowVisible(widget, shown)
        for widget in (self.state_icon, self.state_label, self.signin_button):
            widget.setVisible(oauth)
        if not oauth:
            self.cancel_button.hide()
            self.url_note.hide()

    def refresh_state(self) -> None:
        """Look the account's state up (the keyring, off the GUI thread) and show it."""
        profile = self._profile
        if profile is None or profile.auth is not AuthMethod.OAUTH2:
            return
        self.state_label.setText(self.tr("Looking in the system keyring…"))
        snapshot, store = profile.copy(), self._credentials.store
        task = self._runner.submit(lambda _ctx: account_state(snapshot, store), "account state")
        task.succeeded.connect(self._on_state_task_succeeded)
        self._state_task = task

    def _show_state(self, state: AccountState) -> None:
        icon = QIcon.fromTheme(state.icon)
        if icon.isNull():
            icon = self.style().standardIcon(
                self.style().StandardPixmap.SP_MessageBoxWarning
                if state.kind.needs_action
                else self.style().StandardPixmap.SP_DialogApplyButton
            )
        self.state_icon.setPixmap(icon.pixmap(16, 16))
        self.state_label.setText(state.text)
        signed = state.kind is StateKind.SIGNED_IN
        self.signin_button.setText(self.tr("Sign in a&gain…") if signed else self.tr("Si&gn in…"))

    # -- slots -----------------------------------------------------------------------------------

    def _on_edited(self, *_args: object) -> None:
        profile = self._profile
        if self._loading or profile is None:
            return
        profile.auth = AuthMethod(self.method_combo.currentData())
        o = profile.oauth
        o.provider = OAuthProvider(self.provider_combo.currentData())
        o.client_id = self.client_edit.text().strip()
        o.tenant = self.tenant_edit.text().strip() or "common"
        o.authorize_url = self.authorize_edit.text().strip()
        o.token_url = self.token_edit.text().strip()
        o.scopes = self.scopes_edit.text().split()
        self._show_rows()
        self.refresh_state()
        self.changed.emit()

    def _on_state_task_succeeded(self, state: AccountState) -> None:
        if self.sender() is self._state_task:
            self._show_state(state)

    def switch_to(self, provider: OAuthProvider) -> None:
        """Make the profile sign in with *provider* instead of a password, then sign in
        (its server refused passwords: :mod:`composer.profiles.oauthswitch`)."""
        profile = self._profile
        if profile is None:
            return
        switch_to_oauth(profile, provider)
        self.show_profile(profile)
        self.changed.emit()
        self._on_signin_button_clicked()

    def _on_signin_button_clicked(self) -> None:
        profile = self._profile
        if profile is None or self._task is not None:
            return
        from composer.profiles.oauth.signin import sign_in

        snapshot, store = profile.copy(), self._credentials.store

        def work(ctx: TaskContext) -> tuple[str, str]:
            who = sign_in(snapshot, store, show_url=ctx.report_progress, token=ctx.token)
            return who, snapshot.smtp.username

        task: Task[tuple[str, str]] = self._runner.submit(work, "sign-in")
        task.progress.connect(self._on_signin_task_progress)
        task.succeeded.connect(self._on_signin_task_succeeded)
        task.failed.connect(self._on_signin_task_failed)
        task.cancelled.connect(self._on_signin_task_cancelled)
        self._task = task  # type: ignore[assignment]
        self.signin_button.hide()
        self.cancel_button.show()
        self.state_label.setText(self.tr("Waiting for you to sign in in the browser…"))

    def _on_cancel_button_clicked(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _on_signin_task_progress(self, url: object) -> None:
        link = str(url).replace('"', "%22")
        self.url_note.setText(
            self.tr('If no browser opened, open <a href="{url}">this address</a>.').format(url=link)
        )
        self.url_note.show()

    def _done(self) -> None:
        self._task = None
        self.cancel_button.hide()
        self.signin_button.show()
        self.url_note.hide()

    def _on_signin_task_succeeded(self, result: tuple[str, str]) -> None:
        self._done()
        who, username = result
        profile = self._profile
        if profile is not None:
            profile.oauth.account = who
            if not profile.smtp.username.strip():
                profile.smtp.username = username
            self.changed.emit()
            self.signed_in.emit(who)
        self.refresh_state()

    def _on_signin_task_failed(self, failure: TaskFailure) -> None:
        self._done()
        exc = failure.exception
        if isinstance(exc, Cancelled):
            self.refresh_state()
            return
        text = exc.message.text if isinstance(exc, ComposerError) else failure.message
        self.state_label.setText(text)
        self.state_icon.setPixmap(
            self.style().standardIcon(self.style().StandardPixmap.SP_MessageBoxWarning).pixmap(16)
        )

    def _on_signin_task_cancelled(self) -> None:
        self._done()
        self.refresh_state()
