"""Send later… in the merge window: the merge is kept as a scheduled merge, listed in the
Outbox window, and started by the running app (a ``composer outbox run --merge ID`` child)
once the app's clock passes its time, never before; what fell due while Composer was closed
is announced first. Against a real SMTP server: every row exactly once."""

from __future__ import annotations

import collections
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from outbox_window_helpers import ManualClock

from composer.outbox.clock import format_local
from composer.outbox.schedule import MergeSchedule, ScheduledMerge
from composer.profiles.model import BackendKind, Identity, Profile, ProfileBook, Security
from composer.profiles.parts import SmtpSettings
from composer.profiles.store import ProfileStore
from composer.ui.compose.merge import open_merge
from composer.ui.compose.profiles import ComposeProfiles
from composer.ui.compose.send_later import SendLaterDialog
from composer.ui.compose.window import ComposeServices, ComposeWindow
from composer.ui.merge.dialog import MergeDialog
from composer.ui.merge.schedule import MergeScheduler

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot
    from smtpserver import SMTPTestServer

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise)\(\)"
)


def received(server: SMTPTestServer) -> collections.Counter[str]:
    with server.lock:
        return collections.Counter(r for m in server.messages for r in m.rcpt_tos)


@pytest.fixture
def window(
    qtbot: QtBot, smtp_server: SMTPTestServer, composer_home: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[ComposeWindow]:
    monkeypatch.setenv("COMPOSER_HOME", str(composer_home))  # the app's child reads the same
    profile = Profile(
        "Relay",
        backend=BackendKind.SMTP,
        smtp=SmtpSettings(host="127.0.0.1", port=smtp_server.port, security=Security.NONE),
        identity=Identity(from_name="Club", from_address="club@example.com"),
    )
    ProfileStore().save(ProfileBook([profile]))
    services = ComposeServices(ComposeProfiles(ProfileBook([profile])), clock=ManualClock())
    window = ComposeWindow(services)
    qtbot.addWidget(window)
    window.header.fields["to"].setText("{{ name }} <{{ email }}>")
    window.header.subject.setText("회원 안내 {{ name }}")
    window.editor.setPlainText("{{ name }}님, 안녕하세요.")
    yield window
    if services.runner is not None:
        # Its timer is stopped here, on the GUI thread: the service may be collected later
        # on any thread, where a running timer cannot be stopped.
        services.runner.timer.stop()


def checked_dialog(qtbot: QtBot, window: ComposeWindow, tmp_path: Path) -> MergeDialog:
    data = tmp_path / "members.csv"
    data.write_text("name,email\n김민지,kim@example.kr\nBo,bo@example.org\n", "utf-8")
    dialog = open_merge(window)
    assert dialog is not None
    with qtbot.waitSignal(dialog.data_loaded, timeout=20_000):
        dialog.load_csv(data)
    dialog.go_to(1)
    task = dialog.check_step.task
    if task is not None and task.running:
        with qtbot.waitSignal(task.finished, timeout=20_000):
            pass
    dialog.go_to(3)
    return dialog


def test_a_merge_sent_later_from_the_window_starts_when_the_apps_clock_passes_its_time(
    qtbot: QtBot, window: ComposeWindow, smtp_server: SMTPTestServer, tmp_path: Path
) -> None:
    clock = window.services.clock
    assert isinstance(clock, ManualClock)
    dialog = checked_dialog(qtbot, window, tmp_path)
    try:
        page = dialog.send_page
        assert page.later_button.isVisible()
        assert page.later_button.isEnabled()
        page.later_button.click()
        later = dialog.findChild(SendLaterDialog)
        assert later is not None
        scheduler = dialog.send_step.findChild(MergeScheduler)
        assert scheduler is not None
        with qtbot.waitSignal(scheduler.scheduled, timeout=20_000) as kept:
            later.quick[0].click()  # in an hour
        entry: ScheduledMerge = kept.args[0]
        assert entry.due == clock.now() + timedelta(hours=1)
        assert format_local(entry.due) in page.state_label.text()
    finally:
        dialog.shutdown()
    assert "--profile" in entry.argv
    assert received(smtp_server) == {}

    outbox = window.side.show_outbox()
    qtbot.waitUntil(lambda: any(isinstance(r, ScheduledMerge) for r in outbox.rows()))
    row = outbox.list.topLevelItem(0)
    assert row is not None
    assert (row.text(0), row.text(1)) == (format_local(entry.due), "Scheduled merge")

    runner = window.services.outbox_runner()
    with qtbot.waitSignal(runner.changed, timeout=20_000):
        assert runner.check() is not None
    assert runner._merge_child is None  # not before its time
    clock.advance(hours=1, minutes=1)
    with qtbot.waitSignal(runner.changed, timeout=20_000):
        assert runner.check() is not None
    child = runner._merge_child
    assert child is not None
    assert child.wait(timeout=60) == 0
    assert received(smtp_server) == {"kim@example.kr": 1, "bo@example.org": 1}
    assert MergeSchedule().entries() == []
    assert list(MergeSchedule().folder.glob("*.eml")) == []  # its message went with it
    subjects = sorted(str(m.data).count("=?utf-8?") > 0 for m in smtp_server.messages)
    assert subjects == [True, True]  # the Korean subject, encoded


def test_a_merge_that_fell_due_while_closed_is_announced_before_it_starts(
    qtbot: QtBot, window: ComposeWindow, smtp_server: SMTPTestServer, tmp_path: Path
) -> None:
    clock = window.services.clock
    dialog = checked_dialog(qtbot, window, tmp_path)
    try:
        scheduler = dialog.send_step.findChild(MergeScheduler)
        assert scheduler is not None
        task = scheduler.schedule_at(clock.now() + timedelta(minutes=30))
        assert task is not None
        with qtbot.waitSignal(task.finished, timeout=20_000):
            pass
    finally:
        dialog.shutdown()
    assert isinstance(clock, ManualClock)
    clock.advance(hours=2)  # Composer was closed meanwhile
    runner = window.services.outbox_runner()
    with qtbot.waitSignal(runner.overdue, timeout=20_000) as announced:
        runner.start()
    (merge,) = announced.args[0]
    assert isinstance(merge, ScheduledMerge)
    assert "scheduled merge" in runner.overdue_text(0, 1)
    qtbot.waitUntil(lambda: runner._running is None)
    assert runner._merge_child is None  # held back until the user says
    with qtbot.waitSignal(runner.changed, timeout=20_000):
        runner.send_overdue()
    child = runner._merge_child
    assert child is not None
    assert child.wait(timeout=60) == 0
    assert received(smtp_server) == {"kim@example.kr": 1, "bo@example.org": 1}


def test_a_window_merge_stopped_by_the_daily_limit_resumes_by_itself_the_next_day(
    qtbot: QtBot, window: ComposeWindow, smtp_server: SMTPTestServer, tmp_path: Path
) -> None:
    from composer.merge import MergeLedger
    from composer.storage import appsettings

    settings = appsettings.load()
    settings.merge_resume_at = "07:30"
    appsettings.save(settings)
    clock = window.services.clock
    assert isinstance(clock, ManualClock)
    smtp_server.data_reply = lambda _e: (
        "550 5.4.5 Daily user sending quota exceeded." if smtp_server.messages else None
    )
    dialog = checked_dialog(qtbot, window, tmp_path)
    try:
        dialog.send_page.connections.setValue(1)
        scheduler = dialog.send_step.findChild(MergeScheduler)
        assert scheduler is not None
        with qtbot.waitSignal(scheduler.scheduled, timeout=30_000) as kept:
            assert dialog.start_sending() is not None
        entry: ScheduledMerge = kept.args[0]
        words = dialog.send_page.state_label.text()
        assert words == "1 today, 1 tomorrow at 07:30 — the merge resumes by itself."
        assert "resume it tomorrow" not in dialog.send_page.report_label.text()
    finally:
        dialog.shutdown()
    assert format_local(entry.due).endswith("07:30")
    assert sum(received(smtp_server).values()) == 1

    smtp_server.data_reply = None
    clock.current = entry.due + timedelta(minutes=1)
    runner = window.services.outbox_runner()
    with qtbot.waitSignal(runner.changed, timeout=20_000):
        assert runner.check() is not None
    child = runner._merge_child
    assert child is not None
    assert child.wait(timeout=60) == 0
    assert received(smtp_server) == {"kim@example.kr": 1, "bo@example.org": 1}
    with MergeLedger() as ledger:  # the same merge, resumed: not a second one
        (merge,) = ledger.merges()
        assert ledger.counts(merge.id)["sent"] == 2


def test_rows_with_their_own_send_time_go_when_due_each_exactly_once(
    qtbot: QtBot, window: ComposeWindow, smtp_server: SMTPTestServer, tmp_path: Path
) -> None:
    clock = window.services.clock
    assert isinstance(clock, ManualClock)
    data = tmp_path / "members.csv"
    data.write_text(
        "name,email,send_at\n"
        "김민지,kim@example.kr,\n"
        "Bo,bo@example.org,2099-03-01 09:00\n"
        "Ann,ann@example.org,2001-02-03 04:05\n",
        "utf-8",
    )
    dialog = open_merge(window)
    assert dialog is not None
    try:
        with qtbot.waitSignal(dialog.data_loaded, timeout=20_000):
            dialog.load_csv(data)
        dialog.go_to(1)
        task = dialog.check_step.task
        if task is not None and task.running:
            with qtbot.waitSignal(task.finished, timeout=20_000):
                pass
        dialog.go_to(3)
        combo = dialog.send_page.send_at_combo
        assert combo.isVisible()
        combo.setCurrentIndex(combo.findData("send_at"))
        with qtbot.waitSignal(dialog.merge_finished, timeout=30_000):
            dialog.send_page.start_button.click()
        assert "1 run is scheduled" in dialog.send_page.plan_label.text()
    finally:
        dialog.shutdown()
    assert received(smtp_server) == {"kim@example.kr": 1, "ann@example.org": 1}
    (entry,) = MergeSchedule().entries()
    assert format_local(entry.due) == "2099-03-01 09:00"
    assert entry.argv[-3:] == ["--send-at-column", "send_at", "--yes"]

    clock.current = entry.due + timedelta(minutes=1)
    runner = window.services.outbox_runner()
    with qtbot.waitSignal(runner.changed, timeout=20_000):
        assert runner.check() is not None
    child = runner._merge_child
    assert child is not None
    assert child.wait(timeout=60) == 0
    everyone = ("kim@example.kr", "ann@example.org", "bo@example.org")
    assert received(smtp_server) == dict.fromkeys(everyone, 1)
    assert MergeSchedule().entries() == []


def test_a_time_that_has_passed_starts_the_merge_now(
    qtbot: QtBot, window: ComposeWindow, smtp_server: SMTPTestServer, tmp_path: Path
) -> None:
    clock = window.services.clock
    dialog = checked_dialog(qtbot, window, tmp_path)
    try:
        scheduler = dialog.send_step.findChild(MergeScheduler)
        assert scheduler is not None
        with qtbot.waitSignal(dialog.merge_finished, timeout=30_000):
            assert scheduler.schedule_at(clock.now() - timedelta(minutes=5)) is None
    finally:
        dialog.shutdown()
    assert received(smtp_server) == {"kim@example.kr": 1, "bo@example.org": 1}
    assert MergeSchedule().entries() == []


def test_the_outbox_window_moves_cancels_and_starts_a_scheduled_merge(
    qtbot: QtBot, window: ComposeWindow, smtp_server: SMTPTestServer, tmp_path: Path
) -> None:
    clock = window.services.clock
    dialog = checked_dialog(qtbot, window, tmp_path)
    try:
        scheduler = dialog.send_step.findChild(MergeScheduler)
        assert scheduler is not None
        for hours in (2, 3):
            task = scheduler.schedule_at(clock.now() + timedelta(hours=hours))
            assert task is not None
            with qtbot.waitSignal(task.finished, timeout=20_000):
                pass
    finally:
        dialog.shutdown()
    first, second = MergeSchedule().entries()
    outbox = window.side.show_outbox()
    qtbot.waitUntil(lambda: len(outbox.rows()) == 2)
    later = clock.now() + timedelta(days=1)
    with qtbot.waitSignal(outbox.reschedule(first.id, later, merge=True).finished):
        pass
    moved = MergeSchedule().get(first.id)
    assert moved is not None
    assert moved.due == later
    with qtbot.waitSignal(outbox.cancel_merge(second.id).finished):
        pass
    assert [e.id for e in MergeSchedule().entries()] == [first.id]
    assert len(list(MergeSchedule().folder.glob("*.eml"))) == 1  # the other one's is gone
    qtbot.waitUntil(lambda: len(outbox.rows()) == 1)
    outbox.list.setCurrentItem(outbox.list.topLevelItem(0))
    assert outbox.send_now_button.text() == "Start &now"
    runner = window.services.outbox_runner()
    with qtbot.waitSignal(runner.changed, timeout=20_000):
        outbox.send_now_button.click()  # Start now: no waiting for its day
    child = runner._merge_child
    assert child is not None
    assert child.wait(timeout=60) == 0
    assert received(smtp_server) == {"kim@example.kr": 1, "bo@example.org": 1}
    assert MergeSchedule().entries() == []
