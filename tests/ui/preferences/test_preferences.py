"""The Preferences dialog, driven with real widgets through pytest-qt."""

from __future__ import annotations

import logging
import os
import re
import shutil
import socket
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
import smtpserver
from keyring.backends import fail
from keyring_fixtures import MemoryKeyring
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from composer import mail
from composer.appinfo import APP_ID
from composer.mail import EmailMessage
from composer.profiles.credentials import Credentials
from composer.profiles.model import (
    BackendKind,
    Identity,
    Profile,
    ProfileBook,
    Security,
    SmtpSettings,
    connection_for,
)
from composer.profiles.store import ProfileStore
from composer.storage import paths
from composer.ui.preferences.dialog import PreferencesDialog

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

PASSWORD = "Pref-Secret-42"
ACCOUNT = "smtp://alice%40example.com@smtp.example.com:587"


def saved_book() -> ProfileBook:
    return ProfileBook(
        [
            Profile(
                "Work",
                smtp=SmtpSettings(host="smtp.example.com", username="alice@example.com"),
                identity=Identity("Alice", "alice@example.com"),
            ),
            Profile("Terminal", backend=BackendKind.CONSOLE),
        ],
        active="Work",
    )


@pytest.fixture
def store() -> ProfileStore:
    store = ProfileStore()
    store.read()
    store.save(saved_book())
    return ProfileStore()


@pytest.fixture
def dialog(qtbot: QtBot, store: ProfileStore) -> Iterator[PreferencesDialog]:
    dlg = PreferencesDialog(store, Credentials())
    qtbot.addWidget(dlg)
    dlg.show()
    yield dlg
    dlg.editor.test_panel.cancel()
    dlg._runner.wait(10_000)


def applied(qtbot: QtBot, dlg: PreferencesDialog) -> bool:
    """Apply (passwords and files are written in the background); True when all was saved."""
    with qtbot.waitSignal(dlg.apply_finished, timeout=20_000) as finished:
        dlg.apply()
    return bool(finished.args[0])


def names_in_list(dlg: PreferencesDialog) -> list[str]:
    return [
        dlg.profiles.profile_list.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(dlg.profiles.profile_list.count())
    ]


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Replace the text of *widget* the way a user would: select all, type."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        qtbot.keyClicks(widget, text)
    else:
        qtbot.keyClick(widget, Qt.Key.Key_Delete)


# -- the list --


def test_lists_profiles_marks_active_and_previews(dialog: PreferencesDialog) -> None:
    assert names_in_list(dialog) == ["Work", "Terminal"]
    work, terminal = dialog.profiles.profile_list.item(0), dialog.profiles.profile_list.item(1)
    assert "active" in work.text()
    assert work.font().bold()
    assert "(preview: not sent)" in terminal.text()
    assert not terminal.font().bold()
    assert dialog.profiles.profile_list.currentRow() == 0  # opens on the active profile
    assert not dialog.apply_button.isEnabled()


def test_add_rename_duplicate_delete_and_make_active(
    qtbot: QtBot, dialog: PreferencesDialog, store: ProfileStore
) -> None:
    qtbot.mouseClick(dialog.profiles.add_button, Qt.MouseButton.LeftButton)
    editor = dialog.profiles.profile_list.findChild(QLineEdit)
    assert editor is not None  # the new profile's name is open for editing
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "Gmail")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # the item view commits the edit from the event loop
    qtbot.waitUntil(lambda: names_in_list(dialog) == ["Work", "Terminal", "Gmail"])

    dialog.profiles.select_profile("Terminal")
    qtbot.mouseClick(dialog.profiles.duplicate_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog.profiles.profile_list.findChild(QLineEdit), Qt.Key.Key_Escape)
    assert names_in_list(dialog) == ["Work", "Terminal", "Terminal (copy)", "Gmail"]

    dialog.profiles.select_profile("Terminal (copy)")
    qtbot.mouseClick(dialog.profiles.delete_button, Qt.MouseButton.LeftButton)
    assert names_in_list(dialog) == ["Work", "Terminal", "Gmail"]

    dialog.profiles.select_profile("Terminal")
    qtbot.mouseClick(dialog.profiles.activate_button, Qt.MouseButton.LeftButton)
    assert dialog.book().active_name == "Terminal"
    assert not dialog.profiles.activate_button.isEnabled()

    # nothing is written before Apply
    assert ProfileStore().read() == saved_book()
    dialog.profiles.select_profile("Gmail")
    dialog.editor.sending.host_edit.setText("smtp.gmail.com")
    with qtbot.waitSignal(dialog.profiles_applied) as applied:
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    on_disk = ProfileStore().read()
    assert on_disk.names() == ["Work", "Terminal", "Gmail"]
    assert on_disk.active_name == "Terminal"
    assert applied.args[0] == on_disk
    assert not dialog.apply_button.isEnabled()


def test_keyboard_rename_with_f2_and_duplicate_names_are_refused(
    qtbot: QtBot, dialog: PreferencesDialog
) -> None:
    dialog.profiles.select_profile("Terminal")
    dialog.profiles.profile_list.setFocus()
    qtbot.keyClick(dialog.profiles.profile_list, Qt.Key.Key_F2)
    editor = dialog.profiles.profile_list.findChild(QLineEdit)
    assert editor is not None
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "Work")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "already a profile called 'Work'" in dialog.message_bar.text())
    assert names_in_list(dialog) == ["Work", "Terminal"]


def test_delete_key_and_new_shortcut(qtbot: QtBot, dialog: PreferencesDialog) -> None:
    dialog.profiles.select_profile("Terminal")
    dialog.profiles.profile_list.setFocus()
    qtbot.keyClick(dialog.profiles.profile_list, Qt.Key.Key_Delete)
    assert names_in_list(dialog) == ["Work"]
    qtbot.keyClick(dialog.profiles.profile_list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert names_in_list(dialog) == ["Work", "New profile"]


def test_every_control_is_reachable_by_keyboard(dialog: PreferencesDialog) -> None:
    widgets: list[QWidget] = [
        dialog.profiles.profile_list,
        dialog.profiles.add_button,
        dialog.profiles.duplicate_button,
        dialog.profiles.rename_button,
        dialog.profiles.delete_button,
        dialog.profiles.activate_button,
        dialog.editor.sending.backend_combo,
        dialog.editor.sending.host_edit,
        dialog.editor.sending.security_combo,
        dialog.editor.sending.port_spin,
        dialog.editor.sending.username_edit,
        dialog.editor.sending.password_edit,
        dialog.editor.sending.ask_password_check,
        dialog.editor.sending.timeout_spin,
        dialog.editor.sending.cafile_field.line_edit,
        dialog.editor.sending.cafile_field.browse_button,
        dialog.editor.test_panel.test_button,
        dialog.ok_button,
        dialog.apply_button,
    ]
    for widget in widgets:
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget
    # the tab chain from the list reaches the editor's fields and the dialog buttons
    seen = set()
    widget = dialog.profiles.profile_list.nextInFocusChain()
    for _ in range(400):  # the chain grows with the editor (every field, shown or not)
        seen.add(widget)
        widget = widget.nextInFocusChain()
    assert dialog.editor.sending.host_edit in seen
    assert dialog.ok_button in seen


# -- the editor --


def test_backend_selector_shows_only_the_fields_that_backend_uses(
    qtbot: QtBot, dialog: PreferencesDialog
) -> None:
    editor = dialog.editor
    assert editor.sending.host_edit.isVisible()
    assert not editor.sending.backend_note.isVisible()
    editor.sending.backend_combo.setFocus()
    index = editor.sending.backend_combo.findData(BackendKind.CONSOLE)
    editor.sending.backend_combo.setCurrentIndex(index)
    assert not editor.sending.host_edit.isVisible()
    assert not editor.sending.folder_field.isVisible()
    assert editor.sending.backend_note.isVisible()
    assert "Nothing is delivered" in editor.sending.backend_note.text()
    editor.sending.backend_combo.setCurrentIndex(
        editor.sending.backend_combo.findData(BackendKind.FILE)
    )
    assert editor.sending.folder_field.isVisible()
    assert not editor.sending.host_edit.isVisible()
    # the list follows: the profile is now marked as a preview
    assert "(preview: not sent)" in dialog.profiles.profile_list.item(0).text()
    assert dialog.apply_button.isEnabled()


def test_security_choice_offers_the_usual_port(dialog: PreferencesDialog) -> None:
    editor = dialog.editor
    editor.sending.security_combo.setCurrentIndex(
        editor.sending.security_combo.findData(Security.SSL)
    )
    assert editor.sending.port_spin.value() == 465
    editor.sending.security_combo.setCurrentIndex(
        editor.sending.security_combo.findData(Security.NONE)
    )
    assert editor.sending.port_spin.value() == 25
    editor.sending.port_spin.setValue(2525)  # an unusual port chosen on purpose stays
    editor.sending.security_combo.setCurrentIndex(
        editor.sending.security_combo.findData(Security.STARTTLS)
    )
    assert editor.sending.port_spin.value() == 2525


def test_inline_validation(qtbot: QtBot, dialog: PreferencesDialog, tmp_path: Path) -> None:
    editor = dialog.editor
    type_into(qtbot, editor.sending.host_edit, "bad host")
    assert "not a valid host name" in editor.fields["smtp.host"].error_text()
    type_into(qtbot, editor.sending.host_edit, "smtp.example.com")
    assert editor.fields["smtp.host"].error_text() == ""

    type_into(qtbot, editor.sending.cafile_field.line_edit, str(tmp_path / "missing.pem"))
    assert "does not exist" in editor.fields["smtp.cafile"].error_text()

    type_into(qtbot, editor.sending.port_spin, "99999")
    assert editor.sending.port_spin.value() <= 65535

    editor.tabs.setCurrentIndex(1)
    type_into(qtbot, editor.identity.from_address_edit, "alice at example")
    assert "not an email address" in editor.fields["identity.from_address"].error_text()

    # Apply refuses and points at the problem
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert "need fixing" in dialog.message_bar.text()
    assert ProfileStore().read() == saved_book()


def test_new_profile_does_not_open_covered_in_red_but_apply_reveals_all(
    qtbot: QtBot, dialog: PreferencesDialog
) -> None:
    dialog.profiles.add_profile()
    qtbot.keyClick(dialog.profiles.profile_list.findChild(QLineEdit), Qt.Key.Key_Escape)
    assert dialog.editor.fields["smtp.host"].error_text() == ""
    assert not applied(qtbot, dialog)
    assert "Enter the server's host name" in dialog.editor.fields["smtp.host"].error_text()


def test_cancel_discards_and_ok_saves(qtbot: QtBot, store: ProfileStore) -> None:
    first = PreferencesDialog(store, Credentials())
    qtbot.addWidget(first)
    first.show()
    first.editor.sending.host_edit.setText("changed.example.com")
    qtbot.mouseClick(
        first.buttons.button(first.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert first.result() == QDialog.DialogCode.Rejected
    assert ProfileStore().read() == saved_book()

    second = PreferencesDialog(ProfileStore(), Credentials())
    qtbot.addWidget(second)
    second.show()
    second.editor.sending.host_edit.setText("changed.example.com")
    with qtbot.waitSignal(second.finished):
        qtbot.mouseClick(second.ok_button, Qt.MouseButton.LeftButton)
    assert second.result() == QDialog.DialogCode.Accepted
    assert ProfileStore().read().get("Work").smtp.host == "changed.example.com"


def test_escape_cancels(qtbot: QtBot, dialog: PreferencesDialog) -> None:
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)


# -- passwords --


def test_password_goes_to_the_keyring_never_to_the_file(
    qtbot: QtBot, dialog: PreferencesDialog, memory_keyring: MemoryKeyring
) -> None:
    editor = dialog.editor
    # the keyring is read off the GUI thread
    qtbot.waitUntil(lambda: "No password is saved" in editor.sending.password_state.text())
    type_into(qtbot, editor.sending.password_edit, PASSWORD)
    assert "when you click OK or Apply" in editor.sending.password_state.text()
    assert applied(qtbot, dialog)
    assert memory_keyring.passwords == {(APP_ID, ACCOUNT): PASSWORD}
    assert PASSWORD not in ProfileStore().path.read_text(encoding="utf-8")
    dialog.profiles.select_profile("Terminal")
    dialog.profiles.select_profile("Work")
    qtbot.waitUntil(lambda: "saved in the system keyring" in editor.sending.password_state.text())
    assert editor.sending.password_edit.text() == ""


def test_changing_the_account_moves_the_secret_and_deleting_removes_it(
    qtbot: QtBot, dialog: PreferencesDialog, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.passwords[(APP_ID, ACCOUNT)] = PASSWORD
    dialog.editor.sending.port_spin.setValue(2525)
    assert applied(qtbot, dialog)
    moved = ACCOUNT.replace(":587", ":2525")
    assert memory_keyring.passwords == {(APP_ID, moved): PASSWORD}

    # renaming the profile keeps the secret (it belongs to the account)
    assert dialog.profiles.rename_to("Work", "Office")
    assert applied(qtbot, dialog)
    assert memory_keyring.passwords == {(APP_ID, moved): PASSWORD}

    dialog.profiles.select_profile("Office")
    dialog.profiles.delete_profile()
    assert applied(qtbot, dialog)
    assert memory_keyring.passwords == {}


def test_without_a_keyring_the_user_can_choose_to_be_asked_when_sending(
    qtbot: QtBot, dialog: PreferencesDialog
) -> None:
    keyring.set_keyring(fail.Keyring())
    type_into(qtbot, dialog.editor.sending.password_edit, PASSWORD)
    assert not applied(qtbot, dialog)
    text = dialog.message_bar.text()
    assert "No keyring is running" in text
    assert "GNOME Keyring" in text
    labels = [button.text() for button in dialog.message_bar.buttons()]
    assert labels == ["Ask for the password when sending", "Try again"]
    with qtbot.waitSignal(dialog.apply_finished, timeout=20_000) as finished:
        qtbot.mouseClick(dialog.message_bar.buttons()[0], Qt.MouseButton.LeftButton)
    assert finished.args == [True]
    saved = ProfileStore().read().get("Work")
    assert saved.smtp.ask_password
    assert dialog._credentials.session.get(ACCOUNT) == PASSWORD
    assert PASSWORD not in ProfileStore().path.read_text(encoding="utf-8")
    assert "Asked for when you send" in dialog.editor.sending.password_state.text()


def test_locked_keyring_asks_to_unlock_and_retry(
    qtbot: QtBot, dialog: PreferencesDialog, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.locked = True
    type_into(qtbot, dialog.editor.sending.password_edit, PASSWORD)
    assert not applied(qtbot, dialog)
    assert "locked" in dialog.message_bar.text()
    assert "Unlock" in dialog.message_bar.text()
    memory_keyring.locked = False
    retry = dialog.message_bar.buttons()[-1]
    assert retry.text() == "Try again"
    with qtbot.waitSignal(dialog.apply_finished, timeout=20_000):
        qtbot.mouseClick(retry, Qt.MouseButton.LeftButton)
    assert memory_keyring.passwords == {(APP_ID, ACCOUNT): PASSWORD}


def test_plaintext_keyring_is_refused_and_shown(qtbot: QtBot, store: ProfileStore) -> None:
    class PlaintextKeyring(MemoryKeyring):
        pass

    PlaintextKeyring.__module__ = "keyrings.alt.file"
    backend = PlaintextKeyring()
    keyring.set_keyring(backend)
    dlg = PreferencesDialog(store, Credentials())
    qtbot.addWidget(dlg)
    dlg.show()
    assert "unencrypted" in dlg.keyring_label.text()
    type_into(qtbot, dlg.editor.sending.password_edit, PASSWORD)
    assert not applied(qtbot, dlg)
    assert "unencrypted" in dlg.message_bar.text()
    assert backend.passwords == {}


def test_keyring_backend_is_shown(dialog: PreferencesDialog) -> None:
    assert "MemoryKeyring" in dialog.keyring_label.text()


# -- problems with the file --


def test_broken_file_is_reported_and_kept_aside_on_save(qtbot: QtBot, store: ProfileStore) -> None:
    store.path.write_text("schema_version = 1\n[[profiles]\nname = 'x'\n", encoding="utf-8")
    dlg = PreferencesDialog(ProfileStore(), Credentials())
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.message_bar.level == "error"
    assert "line 2" in dlg.message_bar.text()
    assert "last good copy" in dlg.message_bar.text()
    assert names_in_list(dlg) == ["Work", "Terminal"]
    dlg.editor.sending.host_edit.setText("smtp2.example.com")
    assert applied(qtbot, dlg)
    kept = list(store.path.parent.glob("profiles.broken-*.toml"))
    assert len(kept) == 1
    assert kept[0].read_text(encoding="utf-8").startswith("schema_version = 1\n[[profiles]\n")
    assert "was kept as" in dlg.message_bar.text()


def test_file_changed_elsewhere_offers_reload_or_replace(
    qtbot: QtBot, dialog: PreferencesDialog, store: ProfileStore
) -> None:
    other = ProfileStore()
    edited = other.read()
    edited.add(Profile("Added elsewhere", backend=BackendKind.DUMMY))
    other.save(edited)
    dialog.editor.sending.host_edit.setText("mine.example.com")
    assert not applied(qtbot, dialog)
    assert "changed by another program" in dialog.message_bar.text()
    reload_button = dialog.message_bar.buttons()[1]
    assert reload_button.text() == "Reload"
    qtbot.mouseClick(reload_button, Qt.MouseButton.LeftButton)
    assert "Added elsewhere" in names_in_list(dialog)
    assert dialog.book().get("Work").smtp.host == "smtp.example.com"


# -- test connection --


def fill_smtp(qtbot: QtBot, dlg: PreferencesDialog, port: int, user: str, ca: Path | None) -> None:
    editor = dlg.editor
    type_into(qtbot, editor.sending.host_edit, "127.0.0.1")
    editor.sending.port_spin.setValue(port)
    type_into(qtbot, editor.sending.username_edit, user)
    type_into(qtbot, editor.sending.cafile_field.line_edit, str(ca) if ca else "")


def run_test(qtbot: QtBot, dlg: PreferencesDialog) -> str:
    panel = dlg.editor.test_panel
    with qtbot.waitSignal(panel.finished, timeout=20_000):
        qtbot.mouseClick(panel.test_button, Qt.MouseButton.LeftButton)
    return panel.outcome_text()


def test_connection_test_succeeds_with_starttls_and_auth(
    qtbot: QtBot,
    dialog: PreferencesDialog,
    make_smtp_server: Any,
    pki: smtpserver.TestPKI,
) -> None:
    server = make_smtp_server(
        tls="starttls", pki=pki, auth=("alice", PASSWORD), require_starttls=True
    )
    fill_smtp(qtbot, dialog, server.port, "alice", pki.ca_file)
    type_into(qtbot, dialog.editor.sending.password_edit, PASSWORD)
    outcome = run_test(qtbot, dialog)
    assert "The connection works" in outcome
    steps = dialog.editor.test_panel.step_texts()
    assert [text.split(":")[0] for text in steps] == [
        "✓  Connect",
        "✓  Greet the server (EHLO)",
        "✓  Encrypt (STARTTLS)",
        "✓  Log in (AUTH)",
        "✓  Say goodbye (QUIT)",
    ]
    assert server.sessions[-1].login == "alice"
    assert dialog.editor.test_panel.test_button.isEnabled()


def test_connection_test_uses_the_stored_password(
    qtbot: QtBot,
    dialog: PreferencesDialog,
    make_smtp_server: Any,
    pki: smtpserver.TestPKI,
    memory_keyring: MemoryKeyring,
) -> None:
    server = make_smtp_server(tls="starttls", pki=pki, auth=("alice", PASSWORD))
    fill_smtp(qtbot, dialog, server.port, "alice", pki.ca_file)
    memory_keyring.passwords[(APP_ID, f"smtp://alice@127.0.0.1:{server.port}")] = PASSWORD
    assert "The connection works" in run_test(qtbot, dialog)


def test_connection_test_shows_the_untrusted_certificate(
    qtbot: QtBot, dialog: PreferencesDialog, make_smtp_server: Any, pki: smtpserver.TestPKI
) -> None:
    server = make_smtp_server(tls="starttls", pki=pki)
    fill_smtp(qtbot, dialog, server.port, "", None)
    outcome = run_test(qtbot, dialog)
    assert "not signed by an authority this computer trusts" in outcome
    panel = dialog.editor.test_panel
    assert panel.certificate.isVisible()
    assert "SHA-256 fingerprint" in panel.certificate.toPlainText()
    assert "Composer Test CA" in panel.certificate.toPlainText()
    qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    assert "SHA-256 fingerprint" in QApplication.clipboard().text()


def test_connection_test_refused_port(qtbot: QtBot, dialog: PreferencesDialog) -> None:
    fill_smtp(qtbot, dialog, smtpserver.refused_port(), "", None)
    assert "connection refused" in run_test(qtbot, dialog)
    assert dialog.editor.test_panel.step_texts()[0].startswith("✗  Connect")


def test_connection_test_can_be_stopped(qtbot: QtBot, dialog: PreferencesDialog) -> None:
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(4)
        fill_smtp(qtbot, dialog, silent.getsockname()[1], "", None)
        panel = dialog.editor.test_panel
        qtbot.mouseClick(panel.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: any("Greet" in text for text in panel.step_texts()), timeout=10_000)
        assert panel.cancel_button.isEnabled()
        with qtbot.waitSignal(panel.finished, timeout=5_000) as done:
            qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
        assert done.args[0].cancelled
        assert "Test stopped" in panel.outcome_text()
        assert panel.test_button.isEnabled()


def test_connection_test_with_a_locked_keyring_says_so(
    qtbot: QtBot,
    dialog: PreferencesDialog,
    make_smtp_server: Any,
    memory_keyring: MemoryKeyring,
) -> None:
    server = make_smtp_server(auth=("alice", PASSWORD))
    fill_smtp(qtbot, dialog, server.port, "alice", None)
    dialog.editor.sending.security_combo.setCurrentIndex(
        dialog.editor.sending.security_combo.findData(Security.NONE)
    )
    dialog.editor.sending.port_spin.setValue(server.port)
    memory_keyring.locked = True
    assert "locked" in run_test(qtbot, dialog)


# -- no password anywhere --


def test_password_never_reaches_a_file_or_the_log(
    qtbot: QtBot,
    dialog: PreferencesDialog,
    make_smtp_server: Any,
    pki: smtpserver.TestPKI,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.DEBUG)
    server = make_smtp_server(
        tls="starttls", pki=pki, auth=("alice", PASSWORD), require_starttls=True
    )
    fill_smtp(qtbot, dialog, server.port, "alice", pki.ca_file)
    type_into(qtbot, dialog.editor.sending.password_edit, PASSWORD)
    assert applied(qtbot, dialog)
    assert "The connection works" in run_test(qtbot, dialog)
    # and use it: send a message with the saved profile
    profile = ProfileStore().read().get("Work")
    with connection_for(profile, Credentials()) as connection:
        sent = connection.send_messages(
            [EmailMessage("Hi", "Body", "alice@example.com", ["bob@example.com"])]
        )
    assert sent == 1
    assert server.messages[-1].session.login == "alice"
    mail.outbox = []

    secret = PASSWORD.encode()
    checked = 0
    for folder in (paths.config_dir(), paths.data_dir(), paths.cache_dir(), paths.log_dir()):
        for path in folder.rglob("*"):
            if path.is_file():
                checked += 1
                assert secret not in path.read_bytes(), path
    assert checked >= 2  # profiles.toml and its last good copy at least
    out, err = capsys.readouterr()
    assert PASSWORD not in caplog.text
    assert PASSWORD not in out + err
    assert PASSWORD not in repr(dialog.book())


# -- with the real Secret Service --


@pytest.mark.keyring_integration
def test_real_keyring_gets_moves_and_loses_the_password(qtbot: QtBot, store: ProfileStore) -> None:
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        pytest.fail("needs a D-Bus session: run inside scripts/with-keyring.sh")
    tool = shutil.which("secret-tool")
    assert tool is not None

    def lookup(account: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [tool, "lookup", "service", APP_ID, "username", account],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )

    dlg = PreferencesDialog(store, Credentials())
    qtbot.addWidget(dlg)
    dlg.show()
    assert "Secret Service" in dlg.keyring_label.text()
    user = f"it-{uuid.uuid4().hex[:8]}"
    password = f"pw-{uuid.uuid4().hex}"
    type_into(qtbot, dlg.editor.sending.username_edit, user)
    type_into(qtbot, dlg.editor.sending.password_edit, password)
    assert applied(qtbot, dlg)
    account = f"smtp://{user}@smtp.example.com:587"
    assert lookup(account).stdout == password

    dlg.editor.sending.port_spin.setValue(465)
    assert applied(qtbot, dlg)
    moved = account.replace(":587", ":465")
    assert lookup(moved).stdout == password
    assert lookup(account).returncode != 0

    dlg.profiles.delete_profile()
    assert applied(qtbot, dlg)
    assert lookup(moved).returncode != 0
    assert password not in ProfileStore().path.read_text(encoding="utf-8")


def test_a_locked_keyring_shows_in_the_password_state(
    qtbot: QtBot, store: ProfileStore, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.locked = True
    dlg = PreferencesDialog(store, Credentials())
    qtbot.addWidget(dlg)
    dlg.show()
    assert "Looking in the system keyring" in dlg.editor.sending.password_state.text()
    qtbot.waitUntil(lambda: "keyring is locked" in dlg.editor.sending.password_state.text())
    dlg._runner.wait(10_000)


def test_replacing_a_file_changed_elsewhere_keeps_its_copy_and_then_stores_the_password(
    qtbot: QtBot, dialog: PreferencesDialog, memory_keyring: MemoryKeyring
) -> None:
    other = ProfileStore()
    edited = other.read()
    edited.get("Terminal").library.subject_prefix = "[Elsewhere] "
    other.save(edited)
    type_into(qtbot, dialog.editor.sending.password_edit, PASSWORD)
    assert not applied(qtbot, dialog)
    assert memory_keyring.passwords == {}  # nothing touched until the user decides
    replace = dialog.message_bar.buttons()[0]
    assert replace.text() == "Replace it"
    with qtbot.waitSignal(dialog.apply_finished, timeout=20_000):
        qtbot.mouseClick(replace, Qt.MouseButton.LeftButton)
    assert memory_keyring.passwords == {(APP_ID, ACCOUNT): PASSWORD}
    assert ProfileStore().read().get("Terminal").library.subject_prefix == ""
    (kept,) = ProfileStore().path.parent.glob("profiles.replaced-*.toml")
    assert "[Elsewhere] " in kept.read_text(encoding="utf-8")


def visible_mnemonics(dlg: PreferencesDialog) -> list[str]:
    texts = [dlg.editor.tabs.tabText(i) for i in range(dlg.editor.tabs.count())]
    for widget in dlg.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if (isinstance(widget, QLabel) and widget.buddy() is not None) or isinstance(
            widget, QAbstractButton
        ):
            texts.append(widget.text())
    return [m.lower() for text in texts for m in re.findall(r"&([^&\s])", text)]


@pytest.mark.parametrize("tab", [0, 1])
@pytest.mark.parametrize("kind", [BackendKind.SMTP, BackendKind.FILE, BackendKind.CUSTOM])
def test_keyboard_mnemonics_do_not_clash(
    dialog: PreferencesDialog, tab: int, kind: BackendKind
) -> None:
    editor = dialog.editor
    editor.sending.backend_combo.setCurrentIndex(editor.sending.backend_combo.findData(kind))
    editor.tabs.setCurrentIndex(tab)
    letters = visible_mnemonics(dialog)
    assert len(letters) >= 10
    assert sorted(letters) == sorted(set(letters)), letters
