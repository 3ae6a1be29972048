"""The Korean interface never shows an English state name, whatever state things are in.

Each window is filled with real data in each of its states (merges that finished, stopped,
hit a limit; sends that went out, were refused, previewed; connection tests that passed and
failed; drafts left by a crash) and every text a person can see is checked.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from smtpserver import SMTPTestServer, refused_port

from composer.compose.drafts import draft_eml
from composer.compose.message import ComposedMessage
from composer.merge import MergeLedger
from composer.profiles.credentials import Credentials
from composer.profiles.model import (
    BackendKind,
    Identity,
    Profile,
    ProfileBook,
    Security,
    SmtpSettings,
)
from composer.profiles.store import ProfileStore
from composer.sending.job import SendResult, SendStatus
from composer.storage.drafts import DraftStore
from composer.ui import translations
from composer.ui.compose.profiles import ComposeProfiles
from composer.ui.compose.recovery import offer_recovery
from composer.ui.compose.window import ComposeServices, ComposeWindow
from composer.ui.merge.history import MergeHistoryDialog
from composer.ui.preferences.dialog import PreferencesDialog

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise)\(\)"
)

# The states Composer's objects can be in, as the code names them, and the English words the
# interface used for them. None may reach a Korean screen.
STATE_NAMES = re.compile(
    r"\b(finished|cancell?ed|stopped|daily[_ ]limit|limit|pending|sending|sent|failed|skipped|"
    r"unknown|ready|problem|suppressed|in[_ ]flight|running|active|preview|paused|partial|"
    r"delivered)\b",
    re.IGNORECASE,
)


@pytest.fixture
def korean(qapp: QApplication) -> Iterator[None]:
    translations.install("ko")
    yield
    translations.install("en")


def _model_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []

    def columns(parent: QModelIndex) -> int:
        try:
            return model.columnCount(parent)
        except TypeError:  # a list model: PySide hides its (single) column count
            return 1

    texts: list[str] = []
    for column in range(columns(QModelIndex())):
        texts.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            for column in range(columns(parent)):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        texts.append(value)
            walk(model.index(row, 0, parent))

    walk(QModelIndex())
    return texts


def visible_texts(window: QWidget) -> list[str]:
    """Every text a person can read in *window* (not what they typed or the mail itself)."""
    texts = [window.windowTitle()]
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisibleTo(window) and widget is not window:
            continue
        if isinstance(widget, QLabel):
            texts.append(re.sub(r"<[^>]+>", " ", widget.text()))
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView):
            texts += _model_texts(widget)
        texts.append(widget.toolTip())
    if isinstance(window, QMessageBox):
        texts += [window.text(), window.informativeText()]
    return texts


def english_state_names(window: QWidget) -> list[str]:
    found = []
    for text in visible_texts(window):
        text = re.sub(r"\S+@\S+|\S+\.(?:csv|eml)\b", " ", text)  # data, not interface
        found += [f"{m.group(0)!r} in {text!r}" for m in STATE_NAMES.finditer(text)]
    return found


def show(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


# -- Earlier merges ----------------------------------------------------------------------------


def test_earlier_merges_name_every_outcome_in_korean(
    qtbot: QtBot, korean: None, tmp_path: Path
) -> None:
    data = tmp_path / "학부모.csv"
    data.write_text("name,email\n김철수,kim@example.com\n", encoding="utf-8")
    ledger = MergeLedger(tmp_path / "ledger.sqlite3")
    runs = ("finished", "cancelled", "stopped", "daily_limit", "limit", "stopped-empty", "")
    for outcome in runs:
        merge_id = ledger.open_merge(
            f"key-{outcome}", name=f"가정통신문 {outcome[:1]}", csv_path=str(data), template="x"
        )
        if outcome and outcome != "stopped-empty":  # a run that sent a row
            scan = ledger.begin_scan(merge_id)
            key, _status, _n = ledger.scan_row(merge_id, scan, 1, ["kim@example.com"])
            ledger.end_scan(merge_id)
            ledger.mark_sent(merge_id, key, "250 OK")
        if outcome:
            ledger.set_outcome(merge_id, outcome.removesuffix("-empty"))
    dialog = show(qtbot, MergeHistoryDialog(ledger))
    model = dialog.model
    outcomes = {model.data(model.index(row, 6)) for row in range(model.rowCount())}
    # A merge only checked (no outcome, nothing sent) is not listed; a run that sent
    # nothing says so.
    assert outcomes == {
        "완료",
        "사용자가 중지함",
        "오류로 중지됨",
        "일일 한도로 일시 중지됨",
        "요청한 수만큼 보냄",
        "오류로 중지됨: 보낸 메일 없음",
    }
    assert english_state_names(dialog) == []
    ledger.close()


# -- Preferences with every kind of profile and connection test outcome -----------------------


def profiles(port: int) -> ProfileBook:
    return ProfileBook(
        [
            Profile(
                "회사",
                smtp=SmtpSettings(host="127.0.0.1", port=port, security=Security.NONE, timeout=5),
            ),
            Profile("터미널", backend=BackendKind.CONSOLE),
            Profile("보관함", backend=BackendKind.LOCMEM),
            Profile("버리기", backend=BackendKind.DUMMY),
        ],
        active="회사",
    )


@pytest.mark.parametrize("server_up", [True, False])
def test_preferences_and_the_connection_test_in_korean(
    qtbot: QtBot, korean: None, server_up: bool
) -> None:
    with SMTPTestServer() as server:
        port = server.port if server_up else refused_port()
        ProfileStore().save(profiles(port))
        dialog = show(qtbot, PreferencesDialog(ProfileStore(), Credentials()))
        assert isinstance(dialog, PreferencesDialog)
        for row in range(dialog.profiles.profile_list.count()):
            dialog.profiles.profile_list.setCurrentRow(row)
            assert english_state_names(dialog) == [], row
        dialog.profiles.profile_list.setCurrentRow(0)
        panel = dialog.editor.test_panel
        with qtbot.waitSignal(panel.finished, timeout=20_000):
            panel.test_button.click()
        assert panel.outcome_text()
        assert english_state_names(dialog) == []
        dialog.profiles.profile_list.setCurrentRow(1)
        dialog.profiles.make_active()  # a preview profile, active
        assert english_state_names(dialog) == []
        dialog.close()


# -- the compose window after each kind of send ------------------------------------------------


def relay(port: int) -> Profile:
    return Profile(
        "회사",
        smtp=SmtpSettings(host="127.0.0.1", port=port, security=Security.NONE, timeout=10),
        identity=Identity("이영희", "lee@example.com"),
    )


def send(qtbot: QtBot, window: ComposeWindow, to: list[str]) -> SendResult:
    window.load_message(ComposedMessage(to=to, subject="보고서", text="안녕하세요"))
    with qtbot.waitSignal(window.send_finished, timeout=20_000) as blocker:
        window.send()
    result = blocker.args[0]
    assert isinstance(result, SendResult)
    return result


def test_the_compose_window_after_every_kind_of_send_in_korean(
    qtbot: QtBot, korean: None, smtp_server: SMTPTestServer
) -> None:
    smtp_server.rcpt_reply = lambda a: "550 No such user" if a.startswith("nobody") else None
    book = ProfileBook(
        [
            relay(smtp_server.port),
            relay(refused_port()).copy("닫힌 서버"),
            Profile("보관함", backend=BackendKind.LOCMEM),
        ]
    )
    services = ComposeServices(ComposeProfiles(book))
    window = show(qtbot, ComposeWindow(services))
    assert isinstance(window, ComposeWindow)
    seen = set()
    for profile, to in (
        ("회사", ["kim@example.com"]),
        ("회사", ["kim@example.com", "nobody@example.com"]),
        ("닫힌 서버", ["kim@example.com"]),
        ("보관함", ["kim@example.com"]),
    ):
        services.profiles.set_active(profile)
        result = send(qtbot, window, to)
        seen.add(result.status)
        assert english_state_names(window) == [], (profile, to)
    assert seen == {SendStatus.SENT, SendStatus.PARTIAL, SendStatus.FAILED}
    window.drafts.save_now()  # the previewed message stays, as a draft
    for side in (window.side.show_previews(), window.side.show_sent(), window.side.show_drafts()):
        qtbot.addWidget(side)
        qtbot.waitUntil(lambda side=side: bool(_model_texts(side.list)))  # type: ignore[attr-defined]
        assert english_state_names(side) == []


# -- after a crash: the restore prompt, in the right number -------------------------------------


def dead_pid() -> int:
    """The id of a process that has ended (as a crashed Composer has)."""
    proc = subprocess.Popen(["true"])
    proc.wait()
    return proc.pid


@pytest.mark.parametrize(
    ("count", "english", "advice"),
    [
        (1, "while 1 message was being written.", "Restore it to keep writing, or discard it."),
        (
            2,
            "while 2 messages were being written.",
            "Restore them to keep writing, or discard them.",
        ),
    ],
)
def test_the_restore_prompt_counts_in_both_languages(
    qtbot: QtBot, count: int, english: str, advice: str
) -> None:
    store = DraftStore()
    for _ in range(count):
        draft_id = store.new_id()
        store.save(draft_id, draft_eml(ComposedMessage(subject="쓰던 편지", text="...")))
        (store.folder / f"{draft_id}.open").write_text(str(dead_pid()), encoding="ascii")
    assert len(store.orphaned()) == count, list(store.folder.iterdir())
    services = ComposeServices(
        ComposeProfiles(ProfileBook([Profile("보관함", backend=BackendKind.LOCMEM)])), drafts=store
    )
    window = show(qtbot, ComposeWindow(services))
    assert isinstance(window, ComposeWindow)
    box = offer_recovery(window)
    assert box is not None
    assert box.text().endswith(english)
    assert box.informativeText() == advice
    box.close()
    translations.install("ko")
    try:
        box = offer_recovery(window)
        assert box is not None
        assert box.text() == f"메시지 {count}통을 쓰던 중 Composer가 예기치 않게 종료되었습니다."
        assert english_state_names(box) == []
        box.close()
    finally:
        translations.install("en")


def test_the_state_name_check_itself_catches_english(qtbot: QtBot) -> None:
    label = QLabel("Merge: finished")
    holder = QWidget()
    label.setParent(holder)
    show(qtbot, holder)
    assert english_state_names(holder) == ["'finished' in 'Merge: finished'"]


def test_the_merge_dialog_after_a_run_in_korean(
    qtbot: QtBot, korean: None, smtp_server: SMTPTestServer, tmp_path: Path
) -> None:
    from composer.mail import get_connection
    from composer.merge import MergeTemplate
    from composer.ui.merge.dialog import MergeDialog

    smtp_server.rcpt_reply = lambda a: "550 No such user" if a.startswith("nobody") else None
    data = tmp_path / "학부모.csv"
    data.write_text(
        "name,email\n김철수,kim@example.com\n없는 분,nobody@example.com\n이상한,not-an-address\n",
        encoding="utf-8",
    )
    template = MergeTemplate(
        subject="{{ name }}님께", text="안녕하세요", to="{{ email }}", from_email="t@example.com"
    )
    dialog = MergeDialog(
        template,
        lambda: get_connection(
            "composer.mail.backends.smtp.EmailBackend",
            host=smtp_server.host,
            port=smtp_server.port,
            timeout=10,
        ),
        ledger=MergeLedger(tmp_path / "ledger.sqlite3"),
    )
    show(qtbot, dialog)
    with qtbot.waitSignal(dialog.data_loaded, timeout=20_000):
        dialog.load_csv(data)
    dialog.go_to(1)
    task = dialog.check_step.task
    if task is not None and task.running:
        with qtbot.waitSignal(task.finished, timeout=20_000):
            pass
    assert english_state_names(dialog) == []
    dialog.check_page.skip_problems.setChecked(True)
    dialog.go_to(3)
    with qtbot.waitSignal(dialog.merge_finished, timeout=20_000):
        dialog.start_sending()
    assert english_state_names(dialog) == []
    dialog._on_history_clicked()
    assert dialog._history is not None
    assert english_state_names(dialog._history) == []
    dialog.shutdown()
