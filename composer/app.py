"""Start-up of the desktop app: logging, error hooks, QApplication, the compose window.

Qt is imported only here and below :mod:`composer.ui`, so ``composer`` subcommands stay fast.
Set ``COMPOSER_BENCH_FIRST_PAINT=1`` to print ``first-paint <unix time>`` when the window has
painted for the first time and quit (used by ``bench/bench_gui.py``).
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from composer.appinfo import APP_ID, APP_NAME, ORG_NAME, __version__
from composer.diagnostics import logsetup

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from composer.ui.compose.window import ComposeServices, ComposeWindow

log = logging.getLogger(__name__)
#: What lives as long as the app (the tray icon, when Composer keeps running without windows).
_kept: list[object] = []


def setup_logging(level: int = logging.WARNING, *, verbose: bool = False) -> Path:
    """Log to a private rotating file and, one line each, to stderr; returns the file.

    See :mod:`composer.diagnostics.logsetup`: the file (``0600`` in a ``0700`` folder) keeps the
    details and tracebacks; the terminal shows records from *level* up without tracebacks, unless
    *verbose*.
    """
    return logsetup.configure(console_level=level, verbose=verbose)


def install_qt_message_handler() -> None:
    """Route Qt's own warnings into :mod:`logging`."""
    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        qt_log.log(levels.get(mode, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)


def install_excepthook() -> None:
    """Log every uncaught exception; on the GUI thread also show it with "Copy details"."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.critical("Uncaught exception:\n%s", details)
        from PySide6.QtCore import QThread
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if app is None or QThread.currentThread() is not app.thread():
            return
        from PySide6.QtCore import QCoreApplication

        from composer.ui.errors import UserMessage, show_message

        show_message(
            QApplication.activeWindow(),
            UserMessage(
                QCoreApplication.translate(
                    "CrashDialog", "Composer hit an unexpected error ({error})."
                ).format(error=f"{exc_type.__name__}: {exc}"),
                QCoreApplication.translate(
                    "CrashDialog",
                    "Your drafts are saved; copy the details and report them, then carry on.",
                ),
                details,
            ),
            title=QCoreApplication.translate("CrashDialog", "Unexpected error"),
            level=logging.CRITICAL,
            record=False,  # logged above, with the traceback
        )

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        exc = args.exc_value or args.exc_type()
        details = "".join(traceback.format_exception(args.exc_type, exc, args.exc_traceback))
        log.critical("Uncaught exception in thread %s:\n%s", args.thread, details)

    sys.excepthook = hook
    threading.excepthook = thread_hook


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with Composer's identity, icon and interface language."""
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    created = not isinstance(existing, QApplication)
    app = existing if isinstance(existing, QApplication) else QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    from composer.ui.icons import app_icon

    app.setWindowIcon(app_icon())
    if created:  # an app made elsewhere (tests) keeps the translators it has
        install_translations()
    return app


def install_translations(language: str | None = None) -> str:
    """Load the interface language (Preferences' choice or the system locale); returns it."""
    from composer.ui import translations

    return translations.install(language)


def open_main_window(file: Path | None = None) -> ComposeWindow:
    """Build the compose window (with *file* loaded) and show it."""
    from composer.storage import appsettings
    from composer.ui.compose.profiles import ComposeProfiles
    from composer.ui.compose.window import ComposeServices, ComposeWindow
    from composer.ui.outbox_service import announce_overdue

    settings = appsettings.load()
    services = ComposeServices(ComposeProfiles(), undo_delay=settings.undo_delay)
    window = ComposeWindow(services)
    if file is not None:
        window.open_file(file)
    window.show()
    runner = services.outbox_runner()  # sends what is due while the app runs
    runner.overdue.connect(lambda items: announce_overdue(window, runner, items))
    runner.start()
    if settings.keep_running:
        _keep_running(services)
    return window


def _keep_running(services: ComposeServices) -> None:
    """Stay in the system tray when the windows close (Preferences), where there is one."""
    from PySide6.QtWidgets import QApplication

    from composer.ui.tray import TrayKeeper, tray_available

    app = QApplication.instance()
    if not isinstance(app, QApplication) or not tray_available():
        return
    app.setQuitOnLastWindowClosed(False)
    _kept.append(TrayKeeper(services, app.quit))


def _report_first_paint(window: ComposeWindow, quit_after: bool) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                print(f"first-paint {time.time():.6f}", flush=True)
                if quit_after:
                    QTimer.singleShot(0, window.close)
            return False

    window._first_paint_filter = FirstPaint(window)  # type: ignore[attr-defined]
    window.installEventFilter(window._first_paint_filter)  # type: ignore[attr-defined]


def main(argv: list[str] | None = None) -> int:
    """Run the app: ``composer`` or ``composer FILE.eml``; returns the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    setup_logging()
    app = create_application()
    install_qt_message_handler()
    install_excepthook()
    file = Path(args[0]) if args else None
    if file is not None and not file.is_file():
        from PySide6.QtCore import QCoreApplication

        problem = QCoreApplication.translate(
            "main", "composer: {file} does not exist or is not a file."
        )
        print(problem.format(file=file), file=sys.stderr)
        return 2
    window = open_main_window(file)
    if os.environ.get("COMPOSER_BENCH_FIRST_PAINT"):
        _report_first_paint(window, quit_after=True)
    else:
        from composer.ui.compose.recovery import offer_recovery

        offer_recovery(window)
        window.sending.retry_waiting_copies()  # copies for Sent an earlier session left
    log.info("Composer %s started", __version__)
    return app.exec()
