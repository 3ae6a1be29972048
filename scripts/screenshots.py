#!/usr/bin/env python3
"""Render the compose window in its main states to docs/screenshots/*.png (offscreen).

Usage: [COMPOSER_SHOTS_SCREEN=WxH] [QT_SCALE_FACTOR=N] .venv/bin/python scripts/screenshots.py
       [OUTPUT_DIR]

Everything runs against a throwaway COMPOSER_HOME; the error shot really sends to a closed
port on 127.0.0.1, the others show the real widgets in the states the app puts them in.
The offscreen screen is 1280x1024 unless COMPOSER_SHOTS_SCREEN says otherwise: windows fit
the screen they open on, so ``COMPOSER_SHOTS_SCREEN=800x600`` shows them as a small laptop
would, and ``COMPOSER_SHOTS_SCREEN=1600x1200 QT_SCALE_FACTOR=2`` as a high-DPI one.
"""

from __future__ import annotations

import json
import os
import socket
import sys
import tempfile
from pathlib import Path

os.environ["COMPOSER_HOME"] = tempfile.mkdtemp(prefix="composer-shots-")  # never the real one
if "QT_QPA_PLATFORM" not in os.environ:
    _size = os.environ.get("COMPOSER_SHOTS_SCREEN", "1280x1024")
    _width, _height = (int(n) for n in _size.split("x"))
    _screen = Path(os.environ["COMPOSER_HOME"]) / "offscreen-screen.json"
    _dpi = {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    _geometry = {"name": "shots", "x": 0, "y": 0, "width": _width, "height": _height, **_dpi}
    _screen.write_text(json.dumps({"screens": [_geometry]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen}"

from PySide6.QtCore import QBuffer, QEventLoop, QIODevice, QTimer
from PySide6.QtGui import QColor, QFont, QImage, QLinearGradient, QPainter
from PySide6.QtWidgets import QWidget

from composer import mail
from composer.app import create_application
from composer.compose.message import ComposedMessage, InlineImage, to_eml
from composer.profiles.model import (
    BackendKind,
    Identity,
    Profile,
    ProfileBook,
    Security,
    SmtpSettings,
)
from composer.storage.sentbox import SentBox
from composer.ui.compose.profiles import ComposeProfiles
from composer.ui.compose.window import ComposeServices, ComposeWindow
from composer.ui.preferences.dialog import PreferencesDialog

ROOT = Path(__file__).resolve().parent.parent


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
    return port


def chart_png() -> bytes:
    image = QImage(360, 150, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    for i, value in enumerate((60, 95, 80, 130)):
        gradient = QLinearGradient(0, 150 - value, 0, 150)
        gradient.setColorAt(0, QColor("#4a90d9"))
        gradient.setColorAt(1, QColor("#1f5fa8"))
        painter.fillRect(30 + i * 80, 140 - value, 50, value, gradient)
    painter.setPen(QColor("#333"))
    painter.drawLine(20, 140, 340, 140)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(buffer.data().data())


def settle(ms: int = 80) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shot(widget: QWidget, out: Path, name: str) -> None:
    settle()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


def make_window(profiles: list[Profile]) -> ComposeWindow:
    services = ComposeServices(ComposeProfiles(ProfileBook(profiles)))
    window = ComposeWindow(services)
    window.resize(900, 700)
    window.show()
    return window


def work_profile(port: int = 587) -> Profile:
    return Profile(
        "Work",
        backend=BackendKind.SMTP,
        smtp=SmtpSettings(host="smtp.example.com", port=port, security=Security.STARTTLS),
        identity=Identity(
            from_name="Alice Martin",
            from_address="alice@example.com",
            signature="Alice Martin\nHead of Sales, Example Ltd.",
        ),
    )


def filled_message(korean: bool = False) -> ComposedMessage:
    image = InlineImage.create(chart_png(), "image/png", "chart.png")
    if korean:
        html = (
            "<p>김철수 님께,</p><p>3분기 <b>매출 보고서</b>를 보내 드립니다. 주요 내용:</p>"
            "<ul><li>매출 <b>12% 증가</b></li><li>신규 고객 340명</li></ul>"
            f'<p><img src="cid:{image.cid}" /></p><p>감사합니다.<br/>이영희 드림</p>'
        )
        return ComposedMessage.formatted(
            html,
            from_addr="이영희 <lee@example.co.kr>",
            to=["김철수 <kim@bücher.de>", "박민수 <park@example.co.kr>"],
            cc=["경영지원팀 <support@example.co.kr>"],
            subject="3분기 매출 보고서 (첨부 포함)",
            inline_images=[image],
        )
    html = (
        "<p>Hi Bob,</p><p>Here are the <b>Q3 numbers</b> we talked about; the "
        "<i>full report</i> is attached.</p><ul><li>Revenue up <b>12%</b></li>"
        "<li>340 new customers</li></ul>"
        f'<p><img src="cid:{image.cid}" /></p><p>Best,<br/>Alice</p>'
    )
    return ComposedMessage.formatted(
        html,
        from_addr="Alice Martin <alice@example.com>",
        to=["Bob Stone <bob@example.org>", "carol@example.net"],
        bcc=["archive@example.com"],
        subject="Q3 report and chart",
        inline_images=[image],
    )


def attach_samples(window: ComposeWindow, folder: Path, korean: bool = False) -> None:
    names = ["매출_보고서_3분기.pdf", "고객목록.xlsx"] if korean else ["Q3-report.pdf", "data.csv"]
    paths = []
    for i, name in enumerate(names):
        path = folder / name
        path.write_bytes(os.urandom(180_000 * (i + 1)))
        paths.append(path)
    window.attachments.add_paths(paths)


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    files = Path(tempfile.mkdtemp(prefix="composer-files-"))
    app = create_application()
    font = QFont(app.font())
    font.setPointSize(10)
    app.setFont(font)

    empty = make_window([work_profile()])
    shot(empty, out, "empty")
    empty.close()

    filled = make_window([work_profile()])
    filled.load_message(filled_message())
    attach_samples(filled, files)
    shot(filled, out, "filled")

    filled.send_panel.show_progress("Sending to 3 recipients through “Work”…")
    filled.send_panel.set_progress(420, 1000)
    filled.send_button.setEnabled(False)
    shot(filled, out, "sending")
    filled.close()

    korean = make_window([work_profile()])
    korean.load_message(filled_message(korean=True))
    attach_samples(korean, files, korean=True)
    shot(korean, out, "korean")
    korean.close()

    port = closed_port()
    failing = make_window([work_profile(port)])
    failing.services.profiles.book.get("Work").smtp.host = "127.0.0.1"
    failing.load_message(
        ComposedMessage(
            from_addr="Alice Martin <alice@example.com>",
            to=["bob@example.org"],
            subject="Lunch on Friday?",
            text="Hi Bob,\n\nAre you free for lunch on Friday?\n\nAlice",
        )
    )
    done = QEventLoop()
    failing.send_finished.connect(done.quit)
    failing.send()
    QTimer.singleShot(15000, done.quit)
    done.exec()
    shot(failing, out, "error")
    failing.close()

    invalid = make_window([work_profile()])
    invalid.header.fields["to"].setText("bob@example.org, carol@, Dave <dave@example>")
    invalid.header.subject.setText("Invitation")
    invalid.editor.setPlainText("Hello all,\n\nYou are invited.")
    invalid.send()
    shot(invalid, out, "invalid-addresses")
    invalid.close()

    mail.outbox = []
    preview = make_window([Profile("Test outbox", backend=BackendKind.LOCMEM), work_profile()])
    preview.load_message(
        ComposedMessage.formatted(
            "<p>Hi team,</p><p>Here is the <b>draft agenda</b> for Monday:</p>"
            "<ol><li>Q3 review</li><li>Hiring plan</li></ol><p>Alice</p>",
            from_addr="Alice Martin <alice@example.com>",
            to=["team@example.com"],
            subject="Agenda for Monday",
        )
    )
    done = QEventLoop()
    preview.send_finished.connect(done.quit)
    preview.send()
    QTimer.singleShot(15000, done.quit)
    done.exec()
    shot(preview, out, "preview-profile")
    viewer = preview.side.show_previews()
    shot(viewer, out, "preview-mailbox")
    preview.close()

    plain = make_window([work_profile()])
    plain.load_message(filled_message())
    plain.format_bar.plain.trigger()
    assert plain.format_bar.plain_question is not None
    settle()
    shot(plain.format_bar.plain_question, out, "plain-text-question")
    plain.format_bar.plain_question.close()
    plain.close()

    reminder = make_window([work_profile()])
    reminder.load_message(
        ComposedMessage(
            from_addr="Alice Martin <alice@example.com>",
            to=["bob@example.org"],
            subject="Contract",
            text="Hi Bob,\n\nThe signed contract is attached.\n\nAlice",
        )
    )
    reminder.send()
    assert reminder.sending.reminder is not None
    shot(reminder.sending.reminder, out, "attachment-reminder")
    reminder.sending.reminder.close()
    reminder.close()

    box = SentBox()
    for subject, to in (("Q3 report and chart", "Bob Stone <bob@example.org>"),
                        ("3분기 매출 보고서", "김철수 <kim@example.co.kr>")):  # fmt: skip
        box.add(
            to_eml(
                ComposedMessage.formatted(
                    f"<p>Hello,</p><p>This is <b>{subject}</b>.</p>",
                    from_addr="Alice Martin <alice@example.com>",
                    to=[to],
                    bcc=["archive@example.com"],
                    subject=subject,
                )
            )
        )
    browser_owner = make_window([work_profile()])
    browser = browser_owner.side.show_sent()
    settle(300)
    shot(browser, out, "sent-folder")
    browser_owner.close()

    drafts_owner = make_window([work_profile()])
    store = drafts_owner.services.drafts
    for subject, to, text in (
        ("Budget 2027 (draft)", "finance@example.com", "Numbers to follow."),
        ("휴가 신청", "인사팀 <hr@example.co.kr>", "다음 주 휴가를 신청합니다."),
    ):
        store.save(store.new_id(), to_eml(ComposedMessage(to=[to], subject=subject, text=text)))
    drafts = drafts_owner.side.show_drafts()
    settle(300)
    shot(drafts, out, "drafts")
    drafts_owner.close()

    preferences_shots(out)
    app.processEvents()
    return 0


def preferences_shots(out: Path, prefix: str = "") -> None:
    """The first start (the outbox and the way to a real account), then Preferences."""
    first = ComposeWindow(ComposeServices(ComposeProfiles()))  # no profiles file yet
    first.resize(900, 700)
    first.show()
    shot(first, out, f"{prefix}first-start")
    profiles = first.services.profiles
    book = ProfileBook(
        [
            work_profile(),
            Profile("Parents' association of the Hanbit school", backend=BackendKind.LOCMEM),
            Profile("Terminal", backend=BackendKind.CONSOLE),
        ],
        active="Parents' association of the Hanbit school",
    )
    profiles.store.save(book)
    prefs = PreferencesDialog(profiles.store, profiles.credentials, parent=first)
    prefs.show()
    prefs.profiles.select_profile("Work")
    shot(prefs, out, f"{prefix}preferences")
    prefs.editor.tabs.setCurrentIndex(1)
    shot(prefs, out, f"{prefix}preferences-identity")
    prefs.editor.tabs.setCurrentIndex(0)
    prefs.add_account()
    shot(prefs, out, f"{prefix}preferences-add-account")
    prefs.reject()
    first.close()


if __name__ == "__main__":
    sys.exit(main())
