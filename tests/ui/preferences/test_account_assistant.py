"""The assistant that sets an account up from its address, driven with real widgets; the
servers it asks (HTTPS autoconfig, DNS) are real ones on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import keyring
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from servers.dnsserver import DnsServer
from servers.httpsdocs import HttpsDocs

from composer.appinfo import APP_ID
from composer.profiles.credentials import Credentials
from composer.profiles.model import AuthMethod, Security
from composer.profiles.store import ProfileStore
from composer.ui.preferences.account_assistant import AccountAssistant
from composer.ui.preferences.dialog import PreferencesDialog

if TYPE_CHECKING:
    from smtpserver import TestPKI

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

DOC = b"""<?xml version="1.0"?>
<clientConfig version="1.1"><emailProvider id="x">
  <incomingServer type="imap"><hostname>imap.%EMAILDOMAIN%</hostname><port>993</port>
    <socketType>SSL</socketType><username>%EMAILADDRESS%</username></incomingServer>
  <outgoingServer type="smtp"><hostname>smtp.%EMAILDOMAIN%</hostname><port>465</port>
    <socketType>SSL</socketType><username>%EMAILADDRESS%</username></outgoingServer>
</emailProvider></clientConfig>"""


@pytest.fixture(autouse=True)
def detect_env(
    monkeypatch: pytest.MonkeyPatch, dns_server: DnsServer, https_docs: HttpsDocs, pki: TestPKI
) -> None:
    monkeypatch.setenv("COMPOSER_DNS_SERVER", f"127.0.0.1:{dns_server.port}")
    monkeypatch.setenv("COMPOSER_AUTOCONFIG_BASE", https_docs.base_url)
    monkeypatch.setenv("COMPOSER_AUTOCONFIG_CAFILE", str(pki.ca_file))


@pytest.fixture
def dialog(qtbot: QtBot) -> Iterator[PreferencesDialog]:
    dlg = PreferencesDialog(ProfileStore(), Credentials())
    qtbot.addWidget(dlg)
    dlg.show()
    yield dlg
    dlg._runner.wait(10_000)


def open_assistant(qtbot: QtBot, dlg: PreferencesDialog) -> AccountAssistant:
    qtbot.mouseClick(dlg.profiles.add_account_button, Qt.MouseButton.LeftButton)
    assistant = dlg.findChild(AccountAssistant)
    assert assistant is not None
    assert assistant.isVisible()
    return assistant


def find(qtbot: QtBot, assistant: AccountAssistant, name: str, address: str) -> None:
    qtbot.keyClicks(assistant.name_edit, name)
    qtbot.keyClicks(assistant.address_edit, address)
    with qtbot.waitSignal(assistant.detection_finished, timeout=20_000):
        qtbot.mouseClick(assistant.find_button, Qt.MouseButton.LeftButton)


def steps(assistant: AccountAssistant) -> list[str]:
    return [assistant.steps_list.item(i).text() for i in range(assistant.steps_list.count())]


def test_an_account_is_found_checked_edited_and_saved_with_its_password(
    qtbot: QtBot, dialog: PreferencesDialog, https_docs: HttpsDocs, composer_home: Path
) -> None:
    https_docs.put("/autoconfig.ui-ac.test/mail/config-v1.1.xml", DOC)
    assistant = open_assistant(qtbot, dialog)
    find(qtbot, assistant, "Kim Minji", "kim@ui-ac.test")
    shown = steps(assistant)
    assert shown[0].startswith("– Composer's list of providers")
    assert shown[-1].startswith("✔ the domain's autoconfig document: smtp.ui-ac.test port 465")
    assert https_docs.base_url in assistant.form.source_label.text()
    form = assistant.form
    assert form.smtp_row.host_edit.text() == "smtp.ui-ac.test"
    assert form.imap_row.host_edit.text() == "imap.ui-ac.test"
    assert assistant.use_button.isEnabled()
    # The user corrects the user name before using the settings.
    form.username_edit.clear()
    qtbot.keyClicks(form.username_edit, "kim")
    qtbot.mouseClick(assistant.use_button, Qt.MouseButton.LeftButton)
    assert not assistant.isVisible()
    profile = dialog.editor.profile()
    assert profile is not None
    assert profile.name == "kim@ui-ac.test"
    assert (profile.smtp.host, profile.smtp.port) == ("smtp.ui-ac.test", 465)
    assert profile.smtp.security is Security.SSL
    assert profile.smtp.username == "kim"
    assert profile.identity.from_header() == "Kim Minji <kim@ui-ac.test>"
    assert dialog.book().active_name == profile.name
    # The password step is the usual one, in Preferences.
    assert "password" in dialog.message_bar.text()
    assert dialog.focusWidget() is dialog.editor.sending.password_edit
    qtbot.keyClicks(dialog.editor.sending.password_edit, "Assistant-Secret-7")
    with qtbot.waitSignal(dialog.apply_finished, timeout=20_000) as done:
        dialog.apply()
    assert done.args == [True]
    saved = ProfileStore().read().get("kim@ui-ac.test")
    assert saved.imap.host == "imap.ui-ac.test"
    assert saved.smtp.username == "kim"
    account = "smtp://kim@smtp.ui-ac.test:465"
    assert keyring.get_password(APP_ID, account) == "Assistant-Secret-7"
    files = [p for p in composer_home.rglob("*") if p.is_file()]
    assert ProfileStore().path in files
    assert not [p for p in files if b"Assistant-Secret-7" in p.read_bytes()]


def test_a_provider_from_the_table_offers_its_sign_in(
    qtbot: QtBot, dialog: PreferencesDialog
) -> None:
    assistant = open_assistant(qtbot, dialog)
    find(qtbot, assistant, "", "lee@outlook.com")
    combo = assistant.form.signin_combo
    # Outlook.com refuses passwords: signing in is the only choice offered.
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Sign in with Microsoft in the browser (no password is stored)"
    ]
    assert not assistant.form.advice_label.isVisible()
    qtbot.mouseClick(assistant.use_button, Qt.MouseButton.LeftButton)
    profile = dialog.editor.profile()
    assert profile is not None
    assert profile.auth is AuthMethod.OAUTH2
    assert profile.oauth.tenant == "common"  # the organisation's file may name its own
    assert profile.provider == "outlook"
    assert "click Sign in… below" in dialog.message_bar.text()
    assert dialog.focusWidget() is dialog.editor.sending.signin_block.signin_button


def test_return_in_the_address_field_finds_and_elsewhere_uses_the_settings(
    qtbot: QtBot, dialog: PreferencesDialog
) -> None:
    assistant = open_assistant(qtbot, dialog)
    qtbot.keyClicks(assistant.address_edit, "kim@yahoo.com")
    with qtbot.waitSignal(assistant.detection_finished, timeout=20_000):
        qtbot.keyClick(assistant.address_edit, Qt.Key.Key_Return)
    assert "Stopped" not in assistant.message_bar.text()
    assert assistant.form.smtp_row.host_edit.text() == "smtp.mail.yahoo.com"
    assistant.form.username_edit.setFocus()
    qtbot.keyClick(assistant.form.username_edit, Qt.Key.Key_Return)
    assert not assistant.isVisible()
    profile = dialog.editor.profile()
    assert profile is not None
    assert profile.smtp.host == "smtp.mail.yahoo.com"


def test_a_changed_server_is_no_longer_the_providers(
    qtbot: QtBot, dialog: PreferencesDialog
) -> None:
    assistant = open_assistant(qtbot, dialog)
    find(qtbot, assistant, "", "kim@yahoo.com")
    assistant.form.smtp_row.host_edit.clear()
    qtbot.keyClicks(assistant.form.smtp_row.host_edit, "smtp.office365.com")
    qtbot.mouseClick(assistant.use_button, Qt.MouseButton.LeftButton)
    profile = dialog.editor.profile()
    assert profile is not None
    assert profile.provider == "microsoft365"  # the limits follow the server actually used


def test_settings_found_for_one_address_are_not_used_for_another(
    qtbot: QtBot, dialog: PreferencesDialog
) -> None:
    assistant = open_assistant(qtbot, dialog)
    find(qtbot, assistant, "", "kim@naver.com")
    assert assistant.use_button.isEnabled()
    qtbot.keyClicks(assistant.address_edit, "x")  # kim@naver.comx
    assert not assistant.use_button.isEnabled()
    assert assistant.form.smtp_row.host_edit.text() == ""
    assert "Find settings again" in assistant.message_bar.text()


def test_gmail_offers_sign_in_or_an_app_password_with_googles_advice(
    qtbot: QtBot, dialog: PreferencesDialog
) -> None:
    assistant = open_assistant(qtbot, dialog)
    find(qtbot, assistant, "", "lee@gmail.com")
    form = assistant.form
    assert form.auth is AuthMethod.OAUTH2
    form.signin_combo.setCurrentIndex(form.signin_combo.findData(AuthMethod.PASSWORD))
    assert form.advice_label.isVisible()
    assert "app password" in form.advice_label.text()
    qtbot.mouseClick(assistant.use_button, Qt.MouseButton.LeftButton)
    profile = dialog.editor.profile()
    assert profile is not None
    assert profile.auth is AuthMethod.PASSWORD
    assert profile.needs_password
    assert dialog.focusWidget() is dialog.editor.sending.password_edit


def test_a_server_of_another_domain_needs_the_users_agreement(
    qtbot: QtBot, dialog: PreferencesDialog, dns_server: DnsServer
) -> None:
    dns_server.add("_submission._tcp.ui-srv.test", "SRV", "0 1 587 smtp.stranger.test.")
    assistant = open_assistant(qtbot, dialog)
    find(qtbot, assistant, "", "kim@ui-srv.test")
    assert "smtp.stranger.test" in assistant.message_bar.text()
    assert assistant.form.trust_check.isVisible()
    assert not assistant.use_button.isEnabled()
    assistant.form.trust_check.setChecked(True)
    assert assistant.use_button.isEnabled()


@pytest.mark.parametrize(
    ("address", "words"),
    [("kim", "is not an email address"), ("kim@ui-nothing.test", "could not find")],
)
def test_bad_input_and_nothing_found_leave_the_form_to_fill_by_hand(
    qtbot: QtBot, dialog: PreferencesDialog, address: str, words: str
) -> None:
    assistant = open_assistant(qtbot, dialog)
    qtbot.keyClicks(assistant.address_edit, address)
    if "@" in address:
        with qtbot.waitSignal(assistant.detection_finished, timeout=20_000):
            qtbot.mouseClick(assistant.find_button, Qt.MouseButton.LeftButton)
        assert assistant.form.isEnabled()
        qtbot.keyClicks(assistant.form.smtp_row.host_edit, "mail.ui-nothing.test")
        assert assistant.use_button.isEnabled()
    else:
        qtbot.mouseClick(assistant.find_button, Qt.MouseButton.LeftButton)
        assert not assistant.running
    assert words in assistant.message_bar.text()


def test_stop_ends_a_lookup_the_dns_server_never_answers(
    qtbot: QtBot, dialog: PreferencesDialog, dns_server: DnsServer
) -> None:
    dns_server.silence("ui-quiet.test")
    assistant = open_assistant(qtbot, dialog)
    qtbot.keyClicks(assistant.address_edit, "kim@ui-quiet.test")
    qtbot.mouseClick(assistant.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any("DNS SRV" in s for s in steps(assistant)), timeout=10_000)
    assert assistant.find_button.text() == "&Stop"
    with qtbot.waitSignal(assistant.detection_finished, timeout=3_000):
        qtbot.mouseClick(assistant.find_button, Qt.MouseButton.LeftButton)
    assert "Stopped" in assistant.message_bar.text()
    assert assistant.form.isEnabled()


def test_entering_by_hand_leads_to_the_plain_form(qtbot: QtBot, dialog: PreferencesDialog) -> None:
    assistant = open_assistant(qtbot, dialog)
    qtbot.mouseClick(assistant.manual_button, Qt.MouseButton.LeftButton)
    assert not assistant.isVisible()
    assert dialog.focusWidget() is dialog.editor.sending.host_edit
    assert not [w for w in dialog.findChildren(AccountAssistant) if w.isVisible()]
