"""Completion in the real address fields from a real address book (contacts.sqlite)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from smtpserver import SMTPTestServer
from test_compose_window import make_window, parse, send_and_wait, smtp_profile, type_text

from composer.compose.contacts.model import Contact
from composer.compose.contacts.store import ContactStore
from composer.sending.job import SendStatus
from composer.ui.compose.window import ComposeWindow
from composer.ui.widgets.address_field import AddressField

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)


@pytest.fixture
def book() -> ContactStore:
    store = ContactStore()
    store.save(
        [
            Contact("김철수", ["kim@example.kr"], "한빛초등학교", groups=["학부모"]),
            Contact("이영희", ["lee@example.kr"], groups=["학부모"]),
            Contact("Alice Martin", ["alice@example.com"]),
        ]
    )
    return store


def ready(qtbot: QtBot, *profiles: object) -> ComposeWindow:
    window = make_window(qtbot, *profiles)  # type: ignore[arg-type]
    contacts = window.services.contacts
    assert contacts is not None
    qtbot.waitUntil(contacts.is_loaded)
    return window


def choose(qtbot: QtBot, field: AddressField, label: str) -> None:
    """Pick *label* in the open completion list with the keyboard, as a user would."""
    popup = field._completer.popup()
    qtbot.waitUntil(popup.isVisible)
    row = field.offered().index(label)
    popup.setCurrentIndex(popup.model().index(row, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def test_initials_complete_a_korean_name(qtbot: QtBot, book: ContactStore) -> None:
    window = ready(qtbot)
    to = window.header.fields["to"]
    to.setFocus()
    type_text(qtbot, to, "ㄱㅊㅅ")
    assert to.offered() == ["김철수 <kim@example.kr>"]
    choose(qtbot, to, "김철수 <kim@example.kr>")
    assert to.addresses() == ["김철수 <kim@example.kr>"]
    type_text(qtbot, to, "mart")
    assert to.offered() == ["Alice Martin <alice@example.com>"]


def test_a_group_expands_in_bcc_and_is_sent_so(
    qtbot: QtBot, book: ContactStore, smtp_server: SMTPTestServer
) -> None:
    window = ready(qtbot, smtp_profile(smtp_server.port))
    to = window.header.fields["to"]
    to.setFocus()
    type_text(qtbot, to, "Alice Martin <alice@example.com>, 학부")
    assert to.offered() == ["학부모 (group, 2 members)", "학부모 (group, 2 members) → Bcc"]
    choose(qtbot, to, "학부모 (group, 2 members) → Bcc")
    assert to.addresses() == ["Alice Martin <alice@example.com>"]
    assert window.header.is_field_visible("bcc")
    assert window.header.addresses("bcc") == ["김철수 <kim@example.kr>", "이영희 <lee@example.kr>"]
    type_text(qtbot, window.header.subject, "Field trip")
    window.editor.setFocus()
    type_text(qtbot, window.editor, "See you there.")
    assert send_and_wait(qtbot, window).status is SendStatus.SENT
    (received,) = smtp_server.messages
    assert sorted(received.rcpt_tos) == ["alice@example.com", "kim@example.kr", "lee@example.kr"]
    assert b"kim@example.kr" not in received.data
    assert parse(received.data)["To"] == "Alice Martin <alice@example.com>"


def test_a_group_expands_in_the_field(qtbot: QtBot, book: ContactStore) -> None:
    window = ready(qtbot)
    cc = window.header.fields["cc"]
    window.header.set_field_visible("cc", True)
    type_text(qtbot, cc, "ㅎㅂㅁ")
    choose(qtbot, cc, "학부모 (group, 2 members)")
    assert cc.addresses() == ["김철수 <kim@example.kr>", "이영희 <lee@example.kr>"]
