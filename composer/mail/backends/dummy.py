"""A backend that discards every message (and counts it as sent)."""

from __future__ import annotations

from collections.abc import Iterable

from composer.mail.backends.base import BaseEmailBackend
from composer.mail.message import EmailMessage

__all__ = ["EmailBackend"]


class EmailBackend(BaseEmailBackend):
    """Send nothing, build nothing, validate nothing; return the number of messages."""

    def send_messages(self, email_messages: Iterable[EmailMessage]) -> int:
        return len(list(email_messages))
