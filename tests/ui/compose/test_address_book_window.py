"""The Address Book window, real widgets over a real contacts.sqlite: import, search,
edit, export, write to a group, merge to a group."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from test_compose_window import make_window, type_text

from composer.compose.contacts.store import ContactStore
from composer.compose.contacts.vcard import read_vcards
from composer.ui.compose.window import ComposeWindow
from composer.ui.contacts.window import AddressBookWindow, show_address_book

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)

NAVER_CSV = (
    "이름,이메일,휴대폰,회사,메모,그룹\n"
    "김철수,kim@example.kr,010-1111-2222,한빛초등학교,1반 학부모,학부모\n"
    "이영희,lee@example.kr,,,,학부모\n"
    "박민수,park@example.kr,,동호회,,\n"
)


def open_book(qtbot: QtBot) -> tuple[ComposeWindow, AddressBookWindow]:
    compose = make_window(qtbot)
    book = compose.services.contacts
    assert book is not None
    qtbot.waitUntil(book.is_loaded)
    window = show_address_book(compose)
    qtbot.addWidget(window)
    return compose, window


def imported(qtbot: QtBot, window: AddressBookWindow, path: Path, count: int) -> None:
    window.import_file(path)
    qtbot.waitUntil(lambda: len(window.book.contacts) == count, timeout=10000)


def test_import_search_and_write_to_a_group_in_bcc(qtbot: QtBot, tmp_path: Path) -> None:
    compose, window = open_book(qtbot)
    data = tmp_path / "naver.csv"
    data.write_bytes(NAVER_CSV.encode("cp949"))
    imported(qtbot, window, data, 3)
    assert "3" in window.status.text()
    groups = [window.groups.item(i).text() for i in range(window.groups.count())]
    assert groups == ["All contacts (3)", "학부모 (2)"]
    type_text(qtbot, window.search, "ㅂㅁㅅ")
    assert [c.name for c in window.shown()] == ["박민수"]
    window.search.clear()
    window.groups.setCurrentRow(1)
    assert [c.name for c in window.shown()] == ["김철수", "이영희"]
    new = window.write_to(bcc=True)
    qtbot.addWidget(new)
    assert new.header.addresses("bcc") == ["김철수 <kim@example.kr>", "이영희 <lee@example.kr>"]
    assert new.header.addresses("to") == []
    # the compose window's fields now complete from the imported contacts
    assert [s.label for s in compose.services.contacts.complete("ㅇㅇㅎ")] == [  # type: ignore[union-attr]
        "이영희 <lee@example.kr>"
    ]


def test_edit_save_and_export(qtbot: QtBot, tmp_path: Path) -> None:
    _compose, window = open_book(qtbot)
    form = window.form
    form.show_contact(None)
    qtbot.keyClicks(form.name, "Alice Martin")
    form.emails.setPlainText("alice@example.com\nnot an address")
    form.groups.setText("Clients, 학부모")
    form.save_button.click()
    assert form.emails.toPlainText() == "alice@example.com\nnot an address"  # kept, marked
    assert "not an address" in form.emails.toolTip()
    form.emails.setPlainText("alice@example.com")
    form.save_button.click()
    qtbot.waitUntil(lambda: len(window.book.contacts) == 1, timeout=10000)
    (saved,) = ContactStore().contacts()
    assert (saved.name, saved.emails, saved.groups) == (
        "Alice Martin",
        ["alice@example.com"],
        ["Clients", "학부모"],
    )
    out = tmp_path / "out.vcf"
    window.export_file(out)
    qtbot.waitUntil(out.exists, timeout=10000)
    (back,) = read_vcards(out.read_bytes())
    assert (back.name, back.emails, back.groups, back.uid) == (
        saved.name,
        saved.emails,
        saved.groups,
        saved.uid,
    )


def test_mail_merge_to_a_group(qtbot: QtBot, tmp_path: Path) -> None:
    from composer.profiles.model import BackendKind, Profile
    from composer.ui.merge.dialog import MergeDialog

    compose = make_window(qtbot, Profile("Outbox", backend=BackendKind.LOCMEM))
    book = compose.services.contacts
    assert book is not None
    qtbot.waitUntil(book.is_loaded)
    window = show_address_book(compose)
    data = tmp_path / "naver.csv"
    data.write_bytes(NAVER_CSV.encode("cp949"))
    imported(qtbot, window, data, 3)
    window.groups.setCurrentRow(1)
    window.merge_to()
    qtbot.waitUntil(lambda: compose.findChild(MergeDialog) is not None, timeout=10000)
    dialog = compose.findChild(MergeDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.data_step.source is not None, timeout=10000)
    source = dialog.data_step.source
    assert source is not None
    assert [r.values["email"] for r in source.rows()] == ["kim@example.kr", "lee@example.kr"]
    dialog.close()
