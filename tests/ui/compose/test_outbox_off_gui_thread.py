"""No outbox file is read or written on the GUI thread: queueing with Undo, Undo itself, Send
later, the Outbox window (listing, reading, rescheduling, Send now), scheduled merges, and
the app's due-check all do it on worker threads. Every method of the outbox store and of the
merge schedule is wrapped to record calls made on the main (GUI) thread while the real
window is driven."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from outbox_window_helpers import ManualClock, letter_window
from pytestqt.qtbot import QtBot
from smtpserver import SMTPTestServer

import composer.outbox.schedule as schedule_module
import composer.outbox.store as store_module
from composer.outbox.schedule import MergeSchedule
from composer.outbox.store import OutboxStore

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise)\(\)"
)

_STORE = ("add", "add_held", "ids", "items", "get", "eml", "composed", "save", "hold",
          "recover", "remove", "cancel", "clean")  # fmt: skip
_SCHEDULE = ("add", "save", "entries", "get", "remove", "due", "reschedule")


class GuiThreadWatch:
    """Records what touched the outbox's folders on the main thread (not the test's own
    looks, made inside :meth:`looking`)."""

    def __init__(self) -> None:
        self.calls: list[str] = []
        self._looking = False

    def wrap(self, name: str, original: Callable[..., Any]) -> Callable[..., Any]:
        def watched(*args: Any, **kwargs: Any) -> Any:
            if threading.current_thread() is threading.main_thread() and not self._looking:
                self.calls.append(name)
            return original(*args, **kwargs)

        return watched

    @contextlib.contextmanager
    def looking(self) -> Iterator[None]:
        self._looking = True
        try:
            yield
        finally:
            self._looking = False


@pytest.fixture
def watch(monkeypatch: pytest.MonkeyPatch) -> GuiThreadWatch:
    w = GuiThreadWatch()
    for cls, names in ((OutboxStore, _STORE), (MergeSchedule, _SCHEDULE)):
        for name in names:
            monkeypatch.setattr(cls, name, w.wrap(f"{cls.__name__}.{name}", getattr(cls, name)))
    for module in (store_module, schedule_module):
        made = w.wrap(f"{module.__name__}.private_folder", module.private_folder)
        monkeypatch.setattr(module, "private_folder", made)
    return w


def test_the_window_and_the_app_never_touch_the_outbox_folder_on_the_gui_thread(
    qtbot: QtBot, smtp_server: SMTPTestServer, tmp_path: Path, watch: GuiThreadWatch
) -> None:
    clock = ManualClock()
    window = letter_window(qtbot, smtp_server.port, clock, tmp_path, delay=10)
    services = window.services
    runner = services.outbox_runner()
    with qtbot.waitSignal(runner.changed, timeout=20_000):
        runner.start()  # the start-up look for what fell due, then the first check

    def outbox_items() -> list[Any]:
        with watch.looking():
            return services.outbox.items()

    window.send()  # queued with Undo, counted down...
    qtbot.waitUntil(window.send_panel.undo_button.isVisible)
    window.send_panel.undo_button.click()  # ...and taken back
    qtbot.waitUntil(lambda: outbox_items() == [])

    dialog = window.sending.send_later()
    assert dialog is not None
    dialog.quick[0].click()  # in an hour
    qtbot.waitUntil(lambda: len(outbox_items()) == 1)

    outbox = window.side.show_outbox()
    qtbot.waitUntil(lambda: len(outbox.rows()) == 1)
    outbox.list.setCurrentItem(None)  # type: ignore[arg-type]
    with qtbot.waitSignal(outbox.message_shown, timeout=20_000):
        outbox.list.setCurrentItem(outbox.list.topLevelItem(0))  # read in the background
    (item,) = outbox_items()
    with qtbot.waitSignal(outbox.reschedule(item.id, item.due + timedelta(hours=1)).finished):
        pass
    clock.advance(hours=3)
    with qtbot.waitSignal(runner.changed, timeout=20_000):
        assert runner.check() is not None  # the due-check sends it
    assert len(smtp_server.messages) == 1
    qtbot.waitUntil(lambda: outbox.rows() != [] and outbox.rows()[0].id == item.id)
    runner.timer.stop()  # here, on the GUI thread (the service may be collected elsewhere)
    assert watch.calls == []
