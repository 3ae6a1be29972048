#!/usr/bin/env python3
"""Render the Korean interface to docs/screenshots/korean-*.png (offscreen), for review.

Usage: .venv/bin/python scripts/screenshots_korean.py [OUTPUT_DIR]

Shows the compose window, Preferences (both tabs), the mail merge dialog (data and check
steps), Earlier merges with every outcome, and the first start (the outbox, adding an
account) with the Korean catalogue installed, against a throwaway COMPOSER_HOME. The screen
size and scale follow scripts/screenshots.py (COMPOSER_SHOTS_SCREEN, QT_SCALE_FACTOR).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent.parent), str(Path(__file__).resolve().parent)]

from PySide6.QtCore import QEventLoop, QTimer, SignalInstance  # noqa: E402
from PySide6.QtGui import QFont  # noqa: E402
from screenshots import (  # noqa: E402  (a throwaway COMPOSER_HOME, offscreen)
    ROOT,
    attach_samples,
    closed_port,
    filled_message,
    make_window,
    preferences_shots,
    settle,
    shot,
    work_profile,
)

from composer.app import create_application  # noqa: E402
from composer.compose.message import ComposedMessage  # noqa: E402
from composer.mail import get_connection  # noqa: E402
from composer.merge import MergeTemplate  # noqa: E402
from composer.ui import translations  # noqa: E402
from composer.ui.merge.dialog import MergeDialog  # noqa: E402
from composer.ui.preferences.dialog import PreferencesDialog  # noqa: E402

TEMPLATE = MergeTemplate(
    subject="{{ name }} 님의 성적 안내",
    text="{{ name }} 님께,\n이번 학기 성적은 {{ grade }}입니다.",
    html="<p><b>{{ name }}</b> 님께,</p><p>이번 학기 성적은 {{ grade }}입니다.</p>",
    to="{{ name }} <{{ email }}>",
    from_email="담임 교사 <teacher@school.example>",
)


def wait_for(signal: SignalInstance) -> None:
    """Run the event loop until *signal* (at most 15 seconds)."""
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(15000, loop.quit)
    loop.exec()


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    files = Path(tempfile.mkdtemp(prefix="composer-files-"))
    app = create_application()
    font = QFont(app.font())
    font.setPointSize(10)
    app.setFont(font)
    translations.install("ko")

    window = make_window([work_profile()])
    window.load_message(filled_message(korean=True))
    attach_samples(window, files, korean=True)
    window.header.set_field_visible("bcc", True)
    shot(window, out, "korean-compose")

    plain = make_window([work_profile()])
    plain.load_message(filled_message(korean=True))
    plain.format_bar.plain.trigger()
    assert plain.format_bar.plain_question is not None
    shot(plain.format_bar.plain_question, out, "korean-plain-text-question")
    plain.format_bar.plain_question.close()
    plain.close()

    reminder = make_window([work_profile()])
    reminder.load_message(
        ComposedMessage(
            from_addr="이영희 <lee@example.co.kr>",
            to=["김철수 <kim@example.co.kr>"],
            subject="계약서",
            text="김철수 님,\n\n서명한 계약서를 첨부합니다.\n\n이영희 드림",
        )
    )
    reminder.send()
    assert reminder.sending.reminder is not None
    shot(reminder.sending.reminder, out, "korean-attachment-reminder")
    reminder.sending.reminder.close()
    discard = reminder.confirm_discard()
    shot(discard, out, "korean-discard")
    discard.close()
    reminder.services.profiles.book.get("Work").smtp.host = "127.0.0.1"
    reminder.services.profiles.book.get("Work").smtp.port = closed_port()
    done = QEventLoop()
    reminder.send_finished.connect(done.quit)
    reminder.sending._on_send_anyway_clicked()
    QTimer.singleShot(20000, done.quit)
    done.exec()
    shot(reminder, out, "korean-error")
    reminder.close()

    window.services.sentbox.add(
        "From: 이영희 <lee@example.co.kr>\r\nTo: 김철수 <kim@example.co.kr>\r\n"
        "Subject: 3분기 매출 보고서\r\nDate: Tue, 03 Mar 2026 14:30:00 +0900\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        "김철수 님께,\r\n보고서를 보내 드립니다.\r\n".encode()
    )
    sent = window.side.show_sent()
    shot(sent, out, "korean-sent")
    sent.close()

    profiles = window.services.profiles
    prefs = PreferencesDialog(profiles.store, profiles.credentials, parent=window)
    prefs.show()
    shot(prefs, out, "korean-preferences")
    prefs.tabs.setCurrentIndex(1)
    shot(prefs, out, "korean-preferences-general")
    prefs.close()

    data = files / "성적.csv"
    data.write_text(
        "name,email,grade\n김철수,kim@example.kr,A\n이영희,not-an-address,B\n"
        "박민수,park@example.kr,A+\n",
        encoding="utf-8",
    )
    dialog = MergeDialog(
        TEMPLATE,
        lambda: get_connection("composer.mail.backends.locmem.EmailBackend"),
        window,
        test_address="teacher@school.example",
    )
    dialog.show()
    wait_for(dialog.load_csv(data).finished)
    shot(dialog, out, "korean-merge-data")
    dialog.go_to(1)
    task = dialog.check_step.task
    if task is not None and task.running:
        wait_for(task.finished)
    settle()
    shot(dialog, out, "korean-merge-check")
    dialog.go_to(2)
    wait_for(dialog.preview_step.row_shown)
    shot(dialog, out, "korean-merge-preview")
    dialog.go_to(3)
    shot(dialog, out, "korean-merge-send")
    for outcome in ("finished", "cancelled", "stopped", "daily_limit", "limit"):
        merge_id = dialog.ledger.open_merge(
            outcome, name=f"성적 안내 ({outcome[:2]})", csv_path=str(data), template="성적"
        )
        dialog.ledger.set_outcome(merge_id, outcome)
    dialog._on_history_clicked()
    assert dialog._history is not None
    settle()
    shot(dialog._history, out, "korean-merge-history")
    dialog._history.close()
    dialog.shutdown()
    dialog.close()
    window.close()
    preferences_shots(out, "korean-")
    return 0


if __name__ == "__main__":
    sys.exit(main())
