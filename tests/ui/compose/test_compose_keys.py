"""Menus and keys of the compose window and the windows it opens, driven with real key events."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QObject, QPointF, Qt, QUrl
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget
from pytestqt.qtbot import QtBot
from test_compose_window import make_window, smtp_profile

from composer.compose.message import from_eml
from composer.profiles.model import BackendKind, Profile
from composer.ui.compose.window import ComposeWindow

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise)\(\)"
)

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def outbox_window(qtbot: QtBot) -> ComposeWindow:
    return make_window(qtbot, Profile("Outbox", backend=BackendKind.LOCMEM))


def _owner_window(obj: QObject) -> QWidget | None:
    parent = obj.parent()
    while parent is not None and not isinstance(parent, QWidget):
        parent = parent.parent()
    return parent.window() if isinstance(parent, QWidget) else None


def shortcuts_in(window: QWidget) -> dict[str, list[str]]:
    """Every key sequence bound in *window* (actions and shortcuts) -> what it is bound to."""
    found: dict[str, list[str]] = defaultdict(list)
    for action in window.findChildren(QAction):
        if _owner_window(action) is window:
            for seq in action.shortcuts():
                found[seq.toString()].append(action.text() or action.objectName())
    for shortcut in window.findChildren(QShortcut):
        if _owner_window(shortcut) is window:
            for seq in shortcut.keys():  # noqa: SIM118  (a QShortcut, not a dict)
                found[seq.toString()].append(shortcut.objectName() or "QShortcut")
    if isinstance(window, QDialog):  # a dialog closes on Escape by itself
        found[QKeySequence(Qt.Key.Key_Escape).toString()].append("QDialog reject")
    return found


def windows_of(window: ComposeWindow, qtbot: QtBot) -> dict[str, QWidget]:
    """The compose window and every window it opens."""
    window.preferences_action.trigger()
    from composer.ui.preferences.dialog import PreferencesDialog

    qtbot.waitUntil(lambda: window.findChild(PreferencesDialog) is not None)
    preferences = window.findChild(PreferencesDialog)
    assert preferences is not None
    from composer.ui.merge.dialog import MergeDialog

    window.merge_action.trigger()
    merge = window.findChild(MergeDialog)
    assert merge is not None
    return {
        "compose": window,
        "preferences": preferences,
        "merge": merge,
        "outbox": window.side.show_previews(),
        "sent": window.side.show_sent(),
        "drafts": window.side.show_drafts(),
    }


def test_no_two_actions_of_a_window_share_a_shortcut(qtbot: QtBot) -> None:
    window = outbox_window(qtbot)
    for name, shown in windows_of(window, qtbot).items():
        bound = shortcuts_in(shown)
        assert bound, name
        shared = {key: owners for key, owners in bound.items() if len(owners) > 1}
        assert shared == {}, f"{name}: {shared}"


def test_new_message_opens_an_empty_window(qtbot: QtBot) -> None:
    window = outbox_window(qtbot)
    qtbot.keyClicks(window.header.subject, "The first one")
    qtbot.keyClick(window.editor, Qt.Key.Key_N, CTRL)
    assert len(window.services.windows) == 2
    new = window.services.windows[1]
    qtbot.addWidget(new)
    assert new.isVisible()
    assert new.message().is_empty()
    assert window.header.subject.text() == "The first one"


def test_every_menu_action_runs(qtbot: QtBot) -> None:
    window = outbox_window(qtbot)
    for menu in window._menus.values():
        for action in menu.actions():
            if action in (window.quit_action,) or action.isSeparator():
                continue
            action.trigger()  # an exception in any slot fails the test (pytest-qt)
    for other in list(window.services.windows):
        qtbot.addWidget(other)
    assert not window.isVisible()  # File ▸ Close ran, last


def test_save_as_and_sent_each_have_their_key(qtbot: QtBot) -> None:
    window = outbox_window(qtbot)
    qtbot.keyClick(window.editor, Qt.Key.Key_S, CTRL | SHIFT)
    dialog = window.findChild(QFileDialog, "saveDialog")
    assert dialog is not None
    assert dialog.isVisible()
    dialog.reject()
    qtbot.keyClick(window.editor, Qt.Key.Key_E, CTRL | SHIFT)
    assert window.side.sent is not None
    assert window.side.sent.isVisible()


@pytest.mark.parametrize("name", ["outbox", "sent", "drafts"])
def test_escape_closes_a_secondary_window(qtbot: QtBot, name: str) -> None:
    window = outbox_window(qtbot)
    shown = {
        "outbox": window.side.show_previews,
        "sent": window.side.show_sent,
        "drafts": window.side.show_drafts,
    }[name]()
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)
    qtbot.keyClick(shown, Qt.Key.Key_Escape)
    assert not shown.isVisible()
    assert window.isVisible()


def test_ctrl_comma_opens_preferences(qtbot: QtBot) -> None:
    from composer.ui.preferences.dialog import PreferencesDialog

    window = outbox_window(qtbot)
    qtbot.keyClick(window.editor, Qt.Key.Key_Comma, CTRL)
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None
    assert dialog.isVisible()


def test_ctrl_q_closes_every_window_and_keeps_their_drafts(qtbot: QtBot) -> None:
    window = make_window(qtbot, smtp_profile(2525))
    other = window.new_window()
    qtbot.addWidget(other)
    qtbot.keyClicks(window.header.subject, "Kept one")
    qtbot.keyClicks(other.header.subject, "Kept two")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.editor, Qt.Key.Key_Q, CTRL)
    assert not window.isVisible()
    assert not other.isVisible()
    store = window.services.drafts
    subjects = sorted(from_eml(store.read(d.draft_id)).subject for d in store.saved())
    assert subjects == ["Kept one", "Kept two"]


def tab_through(qtbot: QtBot, start: QWidget, stop: QWidget) -> list[str]:
    start.setFocus()
    seen: list[str] = []
    for _ in range(12):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not None
        seen.append(now.objectName())
        if now is stop:
            break
    return seen


def test_tab_goes_from_field_to_field_and_into_the_body(qtbot: QtBot) -> None:
    window = outbox_window(qtbot)
    header = window.header
    assert tab_through(qtbot, header.from_field, window.editor) == [
        "toField", "subjectField", "bodyEditor",
    ]  # fmt: skip
    qtbot.mouseClick(header.toggles["cc"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(header.toggles["reply_to"], Qt.MouseButton.LeftButton)
    assert tab_through(qtbot, header.from_field, window.editor) == [
        "toField", "ccField", "reply_toField", "subjectField", "bodyEditor",
    ]  # fmt: skip
    qtbot.mouseClick(header.toggles["bcc"], Qt.MouseButton.LeftButton)
    assert tab_through(qtbot, header.subject, window.editor) == ["bodyEditor"]
    assert tab_through(qtbot, header.fields["cc"], header.subject) == [
        "bccField", "reply_toField", "subjectField",
    ]  # fmt: skip


def drop_files(qtbot: QtBot, target: QWidget, paths: list[Path]) -> None:
    mime = QMimeData()
    urls = [QUrl.fromLocalFile(str(p)) for p in paths]
    mime.setUrls(urls)
    mime.setText("\n".join(u.toString() for u in urls))  # as file managers offer them
    point = QPointF(target.rect().center())
    enter = QDragEnterEvent(
        point.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(target, drop)


@pytest.mark.parametrize("field", ["from", "to", "cc", "bcc", "reply_to", "subject"])
def test_files_dropped_on_a_line_edit_are_attached(
    qtbot: QtBot, tmp_path: Path, field: str
) -> None:
    window = outbox_window(qtbot)
    header = window.header
    for key in ("cc", "bcc", "reply_to"):
        header.set_field_visible(key, True)
    target = {"from": header.from_field, "subject": header.subject}.get(field)
    target = target or header.fields[field]
    before = target.text()
    files = [tmp_path / "계약서.pdf", tmp_path / "notes.txt"]
    for f in files:
        f.write_bytes(b"data")
    drop_files(qtbot, target, files)
    assert [a.filename for a in window.attachments.attachments()] == ["계약서.pdf", "notes.txt"]
    assert target.text() == before
    assert "file:" not in window.message().subject + " ".join(window.message().recipients())


def test_text_dropped_on_the_subject_is_still_typed(qtbot: QtBot) -> None:
    window = outbox_window(qtbot)
    mime = QMimeData()
    mime.setText("Quarterly report")
    subject = window.header.subject
    point = QPointF(subject.rect().center())
    enter = QDragEnterEvent(
        point.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(subject, enter)
    drop = QDropEvent(
        point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(subject, drop)
    assert subject.text() == "Quarterly report"
    assert window.attachments.attachments() == []
