"""Start-up: logging, Qt messages into logging, the excepthook's dialog, opening a file."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import qWarning
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from composer import app as composer_app
from composer.appinfo import APP_ID
from composer.compose.message import ComposedMessage, to_eml

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise)\(\)", "composer-test-warning"
)


@pytest.fixture
def clean_logging() -> object:
    root = logging.getLogger()
    before = list(root.handlers), root.level
    yield root
    for handler in root.handlers:
        if handler not in before[0]:
            handler.close()
    root.handlers[:] = before[0]
    root.setLevel(before[1])


def test_logging_goes_to_a_rotating_file(
    clean_logging: logging.Logger, composer_home: Path
) -> None:
    logfile = composer_app.setup_logging()
    assert logfile == composer_home / "log" / "composer.log"
    assert composer_app.setup_logging() == logfile  # installed once
    logging.getLogger("composer.test").info("hello from the test")
    for handler in clean_logging.handlers:
        handler.flush()
    assert "hello from the test" in logfile.read_text(encoding="utf-8")


def test_qt_messages_are_routed_into_logging(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    from PySide6.QtCore import qInstallMessageHandler

    composer_app.install_qt_message_handler()
    try:
        with caplog.at_level(logging.WARNING, logger="qt"):
            qWarning("composer-test-warning")
    finally:
        qInstallMessageHandler(None)
    assert ("qt", logging.WARNING, "composer-test-warning") in caplog.record_tuples


def test_excepthook_logs_and_shows_copy_details(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    old_hook = sys.excepthook
    composer_app.install_excepthook()
    try:
        try:
            raise RuntimeError("kaboom")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    finally:
        sys.excepthook = old_hook
        import threading

        threading.excepthook = threading.__excepthook__
    assert any("kaboom" in r.getMessage() for r in caplog.records if r.levelno == logging.CRITICAL)
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    box = next(b for b in boxes if b.objectName() == "userMessage")
    assert box.text() == "Composer hit an unexpected error (RuntimeError: kaboom)."
    assert "copy the details" in box.informativeText()
    assert "Traceback" in box.detailedText()
    assert any(b.text() == "Copy details" for b in box.buttons())
    box.close()


def test_application_identity_and_opening_a_file(qtbot: QtBot, tmp_path: Path) -> None:
    application = composer_app.create_application()
    assert application is QApplication.instance()
    eml = tmp_path / "m.eml"
    eml.write_bytes(to_eml(ComposedMessage(to=["a@example.com"], subject="Opened", text="Hi")))
    window = composer_app.open_main_window(eml)
    qtbot.addWidget(window)
    assert window.isVisible()
    assert window.header.subject.text() == "Opened"
    assert window.windowTitle() == "Opened — Composer"
    assert APP_ID == "io.github.composermail.Composer"


@pytest.mark.parametrize("with_file", [False, True])
def test_composer_command_opens_the_window(tmp_path: Path, with_file: bool) -> None:
    import os
    import subprocess

    args = [sys.executable, "-m", "composer"]
    if with_file:
        eml = tmp_path / "letter.eml"
        eml.write_bytes(to_eml(ComposedMessage(to=["a@example.com"], subject="S", text="T")))
        args.append(str(eml))
    env = dict(
        os.environ,
        COMPOSER_HOME=str(tmp_path / "home"),
        COMPOSER_BENCH_FIRST_PAINT="1",
        QT_QPA_PLATFORM="offscreen",
    )
    out = subprocess.run(args, capture_output=True, text=True, env=env, timeout=60, check=False)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("first-paint ")
    missing = subprocess.run(
        [*args[:3], str(tmp_path / "missing.eml")], capture_output=True, text=True, env=env,
        timeout=60, check=False,
    )  # fmt: skip
    assert missing.returncode == 2
    assert "does not exist" in missing.stderr


def test_application_has_the_window_icon(qtbot: QtBot) -> None:
    application = composer_app.create_application()
    assert not application.windowIcon().isNull()
    assert application.windowIcon().availableSizes()


def test_crash_dialog_copies_the_traceback_and_logs_it_once(
    qtbot: QtBot, clean_logging: logging.Logger
) -> None:
    logfile = composer_app.setup_logging()
    old_hook = sys.excepthook
    composer_app.install_excepthook()
    try:
        try:
            raise ValueError("crash-for-the-test")
        except ValueError:
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    finally:
        sys.excepthook = old_hook
        import threading

        threading.excepthook = threading.__excepthook__
    box = next(
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and "crash-for-the-test" in w.text()
    )
    copy = next(b for b in box.buttons() if b.text() == "Copy details")
    copy.click()
    assert "Traceback" in QApplication.clipboard().text()
    assert "crash-for-the-test" in QApplication.clipboard().text()
    assert box.isVisible()  # copying keeps the box open
    box.close()
    for handler in clean_logging.handlers:
        handler.flush()
    text = logfile.read_text(encoding="utf-8")
    assert text.count("ValueError: crash-for-the-test") == 1  # logged once, with the traceback
    assert "CRITICAL" in text


def test_thread_exceptions_are_logged(caplog: pytest.LogCaptureFixture) -> None:
    import threading

    old = sys.excepthook, threading.excepthook
    composer_app.install_excepthook()
    try:

        def boom() -> None:
            raise RuntimeError("thread-boom")

        with caplog.at_level(logging.CRITICAL):
            thread = threading.Thread(target=boom)
            thread.start()
            thread.join()
    finally:
        sys.excepthook, threading.excepthook = old
    assert any("thread-boom" in r.getMessage() for r in caplog.records)


def test_passwords_and_bodies_never_reach_the_log_file(clean_logging: logging.Logger) -> None:
    from composer.diagnostics.logsafety import MASK, register_secret

    logfile = composer_app.setup_logging()
    register_secret("s3cret-typed-pass")
    log = logging.getLogger("composer.test")
    log.warning("login failed with %s", "s3cret-typed-pass")
    log.error("server said: password=hunter2 token: abc123")
    log.error("sent AUTH PLAIN AGFsaWNlAHMzY3JldA==")
    try:
        raise OSError("could not log in as alice with s3cret-typed-pass")
    except OSError:
        log.exception("send failed")
    log.debug("body: Dear Alice, the secret plans")
    for handler in clean_logging.handlers:
        handler.flush()
    text = logfile.read_text(encoding="utf-8")
    assert "s3cret-typed-pass" not in text
    assert "hunter2" not in text
    assert "abc123" not in text
    assert "AGFsaWNlAHMzY3JldA==" not in text
    assert "secret plans" not in text
    assert text.count(MASK) >= 5
    assert "send failed" in text


def test_logs_live_in_the_platform_log_folder_and_rotate(
    clean_logging: logging.Logger, composer_home: Path
) -> None:
    import logging.handlers
    import stat

    logfile = composer_app.setup_logging()
    assert logfile.parent == composer_home / "log"
    (handler,) = [
        h for h in clean_logging.handlers if isinstance(h, logging.handlers.RotatingFileHandler)
    ]
    limit, keep = handler.maxBytes, handler.backupCount
    assert limit > 0
    assert keep >= 1
    # Write past the limit more times than there are old files to keep.
    log = logging.getLogger("composer.test")
    line = "x" * 1000
    for n in range((keep + 2) * limit // 1000 + 10):
        log.info("record %06d %s", n, line)
    handler.flush()
    kept = sorted(logfile.parent.glob("composer.log*"))
    assert [f.name for f in kept] == ["composer.log"] + [
        f"composer.log.{i}" for i in range(1, keep + 1)
    ]
    for f in kept:
        assert f.stat().st_size <= limit
        assert stat.S_IMODE(f.stat().st_mode) == 0o600  # rolled-over files stay private
    last = f"record {n:06d}"
    assert last in logfile.read_text(encoding="utf-8")
    assert last not in (logfile.parent / "composer.log.1").read_text(encoding="utf-8")
