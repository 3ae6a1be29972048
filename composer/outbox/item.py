"""One message in the outbox: its state, schedule and last outcome, as plain data.

States:

``queued``
    waiting for its time (or for a retry after a temporary failure: ``attempts`` > 0,
    ``next_try`` and ``reason`` say when and why).
``sending``
    a runner holds its lock and is sending it. ``committed`` is written the moment before
    the end of the content goes out: a ``sending`` message found without a runner (the
    runner was killed) is queued again when it was not committed (the server cannot have
    delivered it) and is in doubt when it was.
``sent``
    the server accepted it (``accepted``; ``refused`` lists recipients it refused). Kept for
    a while so the user can see it went, then pruned.
``failed``
    a permanent failure (``reason``): the user edits it and sends again, or retries.
``in_doubt``
    the content went out and no reply was recorded: most likely delivered, never resent
    without the user asking (``composer outbox retry ID``, Retry in the Outbox window).
"""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

from composer.errors import UserMessage
from composer.i18n import translate

__all__ = ["OutboxItem", "State"]


class State(enum.Enum):
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    IN_DOUBT = "in_doubt"

    def label(self) -> str:
        """The state in words, for lists."""
        return {
            State.QUEUED: translate("Outbox", "Waiting"),
            State.SENDING: translate("Outbox", "Sending"),
            State.SENT: translate("Outbox", "Sent"),
            State.FAILED: translate("Outbox", "Failed"),
            State.IN_DOUBT: translate("Outbox", "In doubt (most likely delivered)"),
        }[self]


def _time(value: object) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    parsed = datetime.fromisoformat(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _text(value: datetime | None) -> str:
    return value.astimezone(UTC).isoformat(timespec="seconds") if value else ""


@dataclass
class OutboxItem:
    """What ``state.json`` beside a message's ``message.eml`` holds."""

    id: str
    profile: str
    due: datetime
    queued_at: datetime
    state: State = State.QUEUED
    subject: str = ""
    recipients: list[str] = field(default_factory=list)
    message_id: str = ""
    date: str = ""
    attempts: int = 0
    next_try: datetime | None = None
    reason: UserMessage | None = None
    committed: bool = False
    sent_at: datetime | None = None
    accepted: list[str] = field(default_factory=list)
    refused: dict[str, str] = field(default_factory=dict)
    sent_key: str = ""
    #: Announced at start-up (what fell due while Composer was closed) and confirmed.
    origin: str = "compose"
    #: ``message.eml`` holds the exact bytes to send (built when queued); False for a
    #: message queued by an older version, which is built again from it when sent.
    wire: bool = False

    @property
    def waiting(self) -> bool:
        """Queued, not yet handed to a runner."""
        return self.state is State.QUEUED

    @property
    def next_due(self) -> datetime:
        """When it is next due: its time, or its next retry."""
        if self.next_try is not None and self.next_try > self.due:
            return self.next_try
        return self.due

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["state"] = self.state.value
        for key in ("due", "queued_at", "next_try", "sent_at"):
            data[key] = _text(getattr(self, key))
        data["reason"] = asdict(self.reason) if self.reason else None
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> OutboxItem:
        """Read ``state.json``'s fields.

        Raises:
            KeyError, ValueError, TypeError: the file is not such a record.
        """
        reason = data.get("reason")
        due, queued_at = _time(data["due"]), _time(data["queued_at"])
        if due is None or queued_at is None:
            raise ValueError("no due time")
        return cls(
            id=str(data["id"]),
            profile=str(data["profile"]),
            due=due,
            queued_at=queued_at,
            state=State(data.get("state", "queued")),
            subject=str(data.get("subject", "")),
            recipients=[str(r) for r in data.get("recipients", [])],
            message_id=str(data.get("message_id", "")),
            date=str(data.get("date", "")),
            attempts=int(data.get("attempts", 0)),
            next_try=_time(data.get("next_try")),
            reason=UserMessage(**reason) if isinstance(reason, dict) else None,
            committed=bool(data.get("committed", False)),
            sent_at=_time(data.get("sent_at")),
            accepted=[str(r) for r in data.get("accepted", [])],
            refused={str(k): str(v) for k, v in dict(data.get("refused", {})).items()},
            sent_key=str(data.get("sent_key", "")),
            origin=str(data.get("origin", "compose")),
            wire=bool(data.get("wire", False)),
        )
