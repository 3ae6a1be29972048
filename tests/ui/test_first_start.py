"""The first start: a preview the window can show, and an obvious way to a real account."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from servers.dnsserver import DnsServer
from servers.httpsdocs import HttpsDocs
from smtpserver import SMTPTestServer

from composer.profiles.model import BackendKind, Profile, ProfileBook, Security
from composer.profiles.store import ProfileStore
from composer.sending.job import SendStatus
from composer.ui.compose.profiles import ComposeProfiles
from composer.ui.compose.window import ComposeServices, ComposeWindow
from composer.ui.preferences.account_assistant import AccountAssistant
from composer.ui.preferences.dialog import PreferencesDialog

if TYPE_CHECKING:
    from smtpserver import TestPKI

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise)\(\)"
)


def first_start(qtbot: QtBot) -> ComposeWindow:
    """The window as a new user meets it: no profiles file yet."""
    assert not ProfileStore().path.exists()
    window = ComposeWindow(ComposeServices(ComposeProfiles()))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_first_profile_is_the_outbox_the_window_can_show(qtbot: QtBot) -> None:
    window = first_start(qtbot)
    active = window.services.profiles.active()
    assert active is not None
    assert active.kind is BackendKind.LOCMEM  # not a terminal nobody can see
    assert not active.delivers
    window.header.fields["to"].setText("lee@example.com")
    window.header.subject.setText("Hello")
    with qtbot.waitSignal(window.send_finished, timeout=10_000) as sent:
        window.send_button.click()
    assert sent.args[0].status is SendStatus.SENT
    assert not sent.args[0].delivered
    outbox = window.side.show_previews()
    qtbot.addWidget(outbox)
    qtbot.waitUntil(lambda: len(outbox.items()) == 1, timeout=5000)  # read in the background
    assert [item.title() for item in outbox.items()] == ["Hello — to lee@example.com"]


def test_a_visible_button_leads_to_a_new_smtp_account(
    qtbot: QtBot, smtp_server: SMTPTestServer
) -> None:
    window = first_start(qtbot)
    button = window.switcher.add_account_button  # type: ignore[attr-defined]
    assert button.isVisible()
    assert button.text() == "Add your mail account…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PreferencesDialog))
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    # The assistant that sets an account up from its address comes first; this user knows
    # the server and enters it by hand.
    assistant = dialog.findChild(AccountAssistant)
    assert assistant is not None
    assert assistant.isVisible()
    qtbot.mouseClick(assistant.manual_button, Qt.MouseButton.LeftButton)
    profile = dialog.editor.profile()
    assert profile is not None
    assert profile.backend is BackendKind.SMTP
    assert dialog.focusWidget() is dialog.editor.sending.host_edit
    assert "SMTP server" in dialog.message_bar.text()
    qtbot.keyClicks(dialog.editor.sending.host_edit, "127.0.0.1")
    dialog.editor.sending.security_combo.setCurrentIndex(
        dialog.editor.sending.security_combo.findData(Security.NONE)
    )
    dialog.editor.sending.port_spin.setValue(smtp_server.port)
    # A real send needs a sender.
    qtbot.keyClicks(dialog.editor.identity.from_address_edit, "me@example.com")
    with qtbot.waitSignal(dialog.profiles_applied, timeout=20_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    # Applied: the window now sends through the new account, and the button has gone.
    active = window.services.profiles.active()
    assert active is not None
    assert active.delivers
    assert not button.isVisible()
    window.header.fields["to"].setText("lee@example.com")
    window.header.subject.setText("Real")
    with qtbot.waitSignal(window.send_finished, timeout=10_000) as sent:
        window.send_button.click()
    assert sent.args[0].status is SendStatus.SENT, sent.args[0].message
    assert [m.rcpt_tos for m in smtp_server.messages] == [["lee@example.com"]]
    assert smtp_server.messages[0].mail_from == "me@example.com"


def test_the_button_stays_away_once_an_account_delivers(qtbot: QtBot) -> None:
    book = ProfileBook(
        [Profile("Outbox", backend=BackendKind.LOCMEM), Profile("Work")], active="Outbox"
    )
    window = ComposeWindow(ComposeServices(ComposeProfiles(book)))
    qtbot.addWidget(window)
    window.show()
    assert not window.switcher.add_account_button.isVisible()  # type: ignore[attr-defined]


def test_from_the_first_start_button_to_a_sent_message_through_a_found_account(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    make_smtp_server: Any,
    https_docs: HttpsDocs,
    dns_server: DnsServer,
    pki: TestPKI,
) -> None:
    server: SMTPTestServer = make_smtp_server(auth=("kim@first.test", "First-Secret-5"))
    https_docs.put(
        "/autoconfig.first.test/mail/config-v1.1.xml",
        f"""<clientConfig version="1.1"><emailProvider id="first.test">
        <outgoingServer type="smtp"><hostname>127.0.0.1</hostname><port>{server.port}</port>
        <socketType>plain</socketType><username>%EMAILADDRESS%</username>
        <authentication>password-cleartext</authentication></outgoingServer>
        </emailProvider></clientConfig>""".encode(),
    )
    monkeypatch.setenv("COMPOSER_DNS_SERVER", f"127.0.0.1:{dns_server.port}")
    monkeypatch.setenv("COMPOSER_AUTOCONFIG_BASE", https_docs.base_url)
    monkeypatch.setenv("COMPOSER_AUTOCONFIG_CAFILE", str(pki.ca_file))
    window = first_start(qtbot)
    qtbot.mouseClick(window.switcher.add_account_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PreferencesDialog))
    qtbot.addWidget(dialog)
    assistant = dialog.findChild(AccountAssistant)
    assert assistant is not None
    qtbot.keyClicks(assistant.name_edit, "Kim")
    qtbot.keyClicks(assistant.address_edit, "kim@first.test")
    with qtbot.waitSignal(assistant.detection_finished, timeout=20_000):
        qtbot.mouseClick(assistant.find_button, Qt.MouseButton.LeftButton)
    # 127.0.0.1 is not first.test's: the user must say the server is theirs.
    assert not assistant.use_button.isEnabled()
    assistant.form.trust_check.setChecked(True)
    qtbot.mouseClick(assistant.use_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.editor.sending.password_edit, "First-Secret-5")
    with qtbot.waitSignal(dialog.profiles_applied, timeout=20_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    window.header.fields["to"].setText("lee@example.com")
    window.header.subject.setText("Found")
    with qtbot.waitSignal(window.send_finished, timeout=10_000) as sent:
        window.send_button.click()
    assert sent.args[0].status is SendStatus.SENT, sent.args[0].message
    assert [m.rcpt_tos for m in server.messages] == [["lee@example.com"]]
    assert server.messages[0].mail_from == "kim@first.test"
    assert server.auth_attempts == [("kim@first.test", "First-Secret-5")]
