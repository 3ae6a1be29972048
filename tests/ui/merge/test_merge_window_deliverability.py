"""The deliverability check in the merge window's Send page and in Preferences, against a
real DNS server on 127.0.0.1 (dnslib): each finding with its level and words, the DKIM
selector the user types, the provider's limit as a plan for this merge, and a DNS server
that does not answer said as "could not check" without ever blocking the Start button."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from smtpserver import SMTPTestServer

from composer.mail import get_connection
from composer.merge import MergeTemplate
from composer.merge.dnschecks import make_resolver
from composer.merge.serveraccount import MergeServerAccount
from composer.profiles.model import BackendKind, Identity, Profile, Security, SmtpSettings
from composer.sending.account import Account, SignIn
from composer.ui.merge.deliverability import DeliverabilityDialog
from composer.ui.merge.dialog import MergeDialog

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise)\(\)"
)

TEMPLATE = MergeTemplate(
    subject="News for {{ name }}",
    text="Dear {{ name }}",
    to="{{ name }} <{{ email }}>",
    from_email="Club <news@club.test>",
)


def profile(host: str, address: str, provider: str = "") -> Profile:
    return Profile(
        "Club",
        backend=BackendKind.SMTP,
        smtp=SmtpSettings(host=host, port=25, security=Security.NONE),
        identity=Identity(from_name="Club", from_address=address),
        provider=provider,
    )


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[tuple[MergeDialog, SMTPTestServer]]:
    with SMTPTestServer(pipelining=True) as server:
        account = MergeServerAccount(
            Account(profile("smtp.club.test", "news@club.test", "google-workspace"), SignIn())
        )
        dialog = MergeDialog(
            TEMPLATE,
            lambda: get_connection(
                "composer.mail.backends.smtp.EmailBackend",
                host=server.host,
                port=server.port,
                timeout=10,
            ),
            server_label="the test server",
            server_account=account,
        )
        qtbot.addWidget(dialog)
        dialog.show()
        yield dialog, server
        dialog.shutdown()


def open_and_check(qtbot: QtBot, dialog: MergeDialog, data: Path) -> None:
    with qtbot.waitSignal(dialog.data_loaded, timeout=20_000):
        dialog.load_csv(data)
    dialog.go_to(1)
    task = dialog.check_step.task
    assert task is not None
    if task.running:
        with qtbot.waitSignal(task.finished, timeout=20_000):
            pass
    dialog.go_to(3)


def test_the_send_page_checks_the_merge_and_never_blocks_it(
    qtbot: QtBot, window: tuple[MergeDialog, SMTPTestServer], tmp_path: Path, dns_server: Any
) -> None:
    dialog, _server = window
    dns_server.zone(
        """
        smtp.club.test.   IN A   127.0.0.9
        club.test.        IN TXT "v=spf1 a:smtp.club.test -all"
        club.test.        IN MX  10 mx.club.test.
        k7._domainkey.club.test. IN TXT "v=DKIM1; k=rsa; p=MIIBIjANBgkq"
        """
    )
    data = tmp_path / "list.csv"
    data.write_text(
        "name,email\nAnn,ann@example.org\nBo,bo@example.org\nCy,cy@example.org\n",
        encoding="utf-8",
    )
    open_and_check(qtbot, dialog, data)
    panel = dialog.deliverability
    assert panel.isVisibleTo(dialog)
    assert panel.check_button.isEnabled()
    panel.resolver_factory = lambda: make_resolver(f"127.0.0.1:{dns_server.port}")
    panel.selector_edit.setText("k7")
    with qtbot.waitSignal(panel.checked, timeout=20_000) as done:
        panel.check_button.click()
    levels = {f.check: f.level for f in done.args[0]}
    assert levels == {"SPF": "ok", "DMARC": "bad", "MX": "ok", "DKIM": "ok", "Limit": "ok"}
    shown = panel.text()
    assert "1 problem may get this mail refused or filed as spam; you can still send." in shown
    assert "✓ OK — SPF: club.test authorises smtp.club.test" in shown
    assert "✗ Problem — DMARC: club.test publishes no DMARC record" in shown
    assert "(k7)" in shown
    today = datetime.date.today().isoformat()
    assert "about 2,000 messages a day" in shown
    assert f"This merge of 3: 3 on {today}" in shown
    assert dialog.send_page.start_button.isEnabled()  # a problem warns, never blocks

    # The DNS server stops answering: "could not check", and sending is still allowed.
    dns_server.silence("club.test")
    panel.resolver_factory = lambda: make_resolver(f"127.0.0.1:{dns_server.port}", timeout=0.5)
    with qtbot.waitSignal(panel.checked, timeout=30_000) as done:
        panel.check_button.click()
    assert {f.level for f in done.args[0] if f.check in ("SPF", "DMARC", "MX", "DKIM")} == {
        "unknown"
    }
    shown = panel.text()
    assert "? Could not check — SPF: could not check: the DNS server did not answer" in shown
    assert "That never stops sending." in shown
    assert dialog.send_page.start_button.isEnabled()


def test_a_preview_profile_has_nothing_to_check(qtbot: QtBot) -> None:
    dialog = MergeDialog(TEMPLATE, lambda: None)  # type: ignore[arg-type,return-value]
    qtbot.addWidget(dialog)
    assert not dialog.deliverability.check_button.isEnabled()
    assert "sends through a mail server" in dialog.deliverability.text()
    assert dialog.check_deliverability() is None
    dialog.shutdown()


def test_preferences_checks_the_selected_profile(qtbot: QtBot, dns_server: Any) -> None:
    dns_server.zone(
        """
        smtp.shop.test.   IN A   127.0.0.10
        shop.test.        IN TXT "v=spf1 ip4:192.0.2.0/24 -all"
        _dmarc.shop.test. IN TXT "v=DMARC1; p=reject"
        """
    )
    dialog = DeliverabilityDialog(profile("smtp.shop.test", "sales@shop.test"))
    qtbot.addWidget(dialog)
    dialog.panel.resolver_factory = lambda: make_resolver(f"127.0.0.1:{dns_server.port}")
    with qtbot.waitSignal(dialog.panel.checked, timeout=20_000) as done:
        assert dialog.check() is not None
    found = {f.check: f for f in done.args[0]}
    assert found["SPF"].level == "bad"
    assert found["DMARC"].level == "ok"
    assert "Limit" not in found  # no merge: the account alone
    assert "does not authorise smtp.shop.test (fail)" in dialog.panel.text()
    assert "policy “reject”" in dialog.panel.text()


def test_the_preferences_button_opens_the_check_for_the_profile_shown(
    qtbot: QtBot, dns_server: Any
) -> None:
    from composer.profiles.credentials import Credentials
    from composer.ui.preferences.profile_editor import ProfileEditor
    from composer.ui.tasks import TaskRunner

    dns_server.zone('pref.test. IN TXT "v=spf1 -all"')
    editor = ProfileEditor(TaskRunner(), Credentials())
    qtbot.addWidget(editor)
    editor.set_profile(profile("smtp.pref.test", "me@pref.test"))
    button = editor.sending.deliverability_button
    assert button.text() == "Check deliverability…"
    button.click()
    opened = editor.deliverability
    assert isinstance(opened, DeliverabilityDialog)
    assert opened.profile.smtp.host == "smtp.pref.test"
    assert "me@pref.test sending through smtp.pref.test" in "".join(
        w.text() for w in opened.findChildren(QLabel)
    )
    if opened.panel.task is not None:
        opened.panel.task.cancel()
    opened.close()
