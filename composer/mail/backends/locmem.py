"""A backend that keeps messages in memory, in ``composer.mail.outbox``.

The outbox is created when the first locmem backend is instantiated and shared by all of
them; it is never reset by the library (assign ``composer.mail.outbox = []`` to empty it).
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from typing import Any

import composer.mail as mail
from composer.mail.backends.base import BaseEmailBackend
from composer.mail.message import EmailMessage

__all__ = ["EmailBackend"]


class EmailBackend(BaseEmailBackend):
    """Store a deep copy of each message in ``composer.mail.outbox``."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not hasattr(mail, "outbox"):
            mail.outbox = []

    def send_messages(self, email_messages: Iterable[EmailMessage]) -> int:
        count = 0
        for message in email_messages:
            # Building the message validates it (header injection, bad addresses); the
            # error propagates even with fail_silently, as a programming error should.
            message.message()
            mail.outbox.append(copy.deepcopy(message))
            count += 1
        return count
