"""A compose window with a letter, an attachment and a Bcc, sending to a test server."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from composer.compose.message import Attachment, ComposedMessage
from composer.profiles.model import BackendKind, Identity, Profile, ProfileBook, Security
from composer.profiles.parts import SmtpSettings
from composer.ui.compose.profiles import ComposeProfiles
from composer.ui.compose.window import ComposeServices, ComposeWindow


@dataclass
class ManualClock:
    """A clock that moves only when the test says so."""

    current: datetime = field(default_factory=lambda: datetime(2026, 12, 4, 8, 0, tzinfo=UTC))
    elapsed: float = 0.0

    def now(self) -> datetime:
        return self.current

    def monotonic(self) -> float:
        return self.elapsed

    def advance(self, **delta: float) -> None:
        """Time passes."""
        self.current += timedelta(**delta)
        self.elapsed += timedelta(**delta).total_seconds()

    def jump(self, **delta: float) -> None:
        """The wall clock is set (a correction, a time-zone mistake): no time passes."""
        self.current += timedelta(**delta)


def letter_window(
    qtbot: QtBot, port: int, clock: ManualClock, tmp_path: Path, delay: int
) -> ComposeWindow:
    profile = Profile(
        "Relay",
        backend=BackendKind.SMTP,
        smtp=SmtpSettings(host="127.0.0.1", port=port, security=Security.NONE, timeout=10),
        identity=Identity(from_name="김철수", from_address="kim@example.com"),
    )
    services = ComposeServices(
        ComposeProfiles(ProfileBook([profile])), undo_delay=delay, clock=clock
    )
    window = ComposeWindow(services)
    qtbot.addWidget(window)
    window.show()
    pdf = tmp_path / "minutes.pdf"
    pdf.write_bytes(b"%PDF-1.4 minutes\n")
    window.load_message(
        ComposedMessage(
            from_addr="김철수 <kim@example.com>",
            to=["이영희 <lee@example.com>"],
            bcc=["boss@example.com"],
            subject="회의록 Minutes",
            text="회의록을 첨부합니다.",
            attachments=[Attachment.from_path(pdf)],
        )
    )
    return window
