"""A real compose window in its own process, for the crash-recovery test.

Run as ``python draft_writer.py ATTACHMENT``: it types a message (formatting, Korean text,
Bcc, an attachment), prints ``saved <path>`` when the autosave has written the draft, and
keeps running until it is killed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCharFormat

from composer.app import create_application, open_main_window

SUBJECT = "복구 테스트: crash recovery"
TO = ["이영희 <lee@example.com>", "bob@example.org"]
BCC = ["hidden@example.net"]
PLAIN = "Dear Lee, 안녕하세요."
BOLD = " This part is bold."


def type_message(window: object, attachment: Path) -> None:
    from composer.ui.compose.window import ComposeWindow

    assert isinstance(window, ComposeWindow)
    window.header.fields["to"].setText(", ".join(TO))
    window.header.fields["bcc"].setText(", ".join(BCC))
    window.header.subject.setText(SUBJECT)
    window.header.changed.emit()
    cursor = window.editor.textCursor()
    cursor.insertText(PLAIN)
    bold = QTextCharFormat()
    bold.setFontWeight(700)
    cursor.insertText(BOLD, bold)
    window.attachments.add_paths([attachment])


def main() -> int:
    app = create_application()
    window = open_main_window()
    window.drafts.timer.setInterval(100)
    typed = {"done": False}

    def on_saved(path: str) -> None:
        if typed["done"]:
            print(f"saved {path}", flush=True)

    window.drafts.saved.connect(on_saved)

    def type_all() -> None:
        type_message(window, Path(sys.argv[1]))
        typed["done"] = True

    QTimer.singleShot(0, type_all)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
