"""Shared pieces of the outbox tests: a clock the test moves, a profile for a test server."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from composer.compose.message import Attachment, ComposedMessage
from composer.profiles.credentials import Credentials
from composer.profiles.model import BackendKind, Identity, Profile, ProfileBook, Security
from composer.profiles.parts import SmtpSettings
from composer.profiles.store import ProfileStore
from composer.sending.account import Account


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


def relay(port: int, name: str = "Relay") -> Profile:
    return Profile(
        name,
        backend=BackendKind.SMTP,
        smtp=SmtpSettings(host="127.0.0.1", port=port, security=Security.NONE, timeout=10),
        identity=Identity(from_name="김철수", from_address="kim@example.com"),
    )


def save_profiles(*profiles: Profile) -> None:
    """Write profiles.toml under the test's COMPOSER_HOME (a subprocess reads it too)."""
    ProfileStore().save(ProfileBook(list(profiles)))


def accounts(*profiles: Profile):  # type: ignore[no-untyped-def]
    by_name = {p.name: p for p in profiles}
    return lambda name: Account(by_name[name], Credentials())


def letter(
    subject: str = "Minutes", to: str = "이영희 <lee@example.com>", **more: object
) -> ComposedMessage:
    return ComposedMessage(
        from_addr="김철수 <kim@example.com>",
        to=[to],
        subject=subject,
        text="회의록을 첨부합니다.\nThe minutes are attached.",
        **more,  # type: ignore[arg-type]
    )


def with_file(tmp_path: Path, content: bytes = b"%PDF-1.4 minutes\n") -> ComposedMessage:
    path = tmp_path / "minutes.pdf"
    path.write_bytes(content)
    return letter(attachments=[Attachment.from_path(path)], bcc=["boss@example.com"])
