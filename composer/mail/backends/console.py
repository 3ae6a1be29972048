"""A backend that writes each message to a stream (standard output by default)."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterable
from email.charset import Charset
from typing import IO, Any

from composer.mail.backends.base import BaseEmailBackend
from composer.mail.message import EmailMessage

__all__ = ["EmailBackend"]

SEPARATOR = "-" * 79


class EmailBackend(BaseEmailBackend):
    """Write every message, followed by a line of 79 dashes, to ``stream``.

    Args:
        stream: a text stream; ``sys.stdout`` (as it is when the backend is created) if
            not given. The backend never closes it.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.stream: IO[Any] | None = kwargs.pop("stream", sys.stdout)
        self._lock = threading.RLock()
        super().__init__(*args, **kwargs)

    def write_message(self, message: EmailMessage) -> None:
        msg = message.message()
        data = msg.as_bytes()
        charset = msg.get_charset()
        output = charset.get_output_charset() if isinstance(charset, Charset) else None
        assert self.stream is not None
        self.stream.write(f"{data.decode(output or 'utf-8')}\n")
        self.stream.write(SEPARATOR)
        self.stream.write("\n")

    def send_messages(self, email_messages: Iterable[EmailMessage]) -> int:
        """Write the messages; return how many were written (0 for an empty list).

        With ``fail_silently`` an error stops the run and the count so far is returned.
        """
        if not email_messages:
            return 0
        count = 0
        with self._lock:
            opened = False
            try:
                opened = bool(self.open())
                for message in email_messages:
                    self.write_message(message)
                    assert self.stream is not None
                    self.stream.flush()
                    count += 1
            except Exception:
                if not self.fail_silently:
                    raise
            finally:
                # Close what this call opened, also after an error (Django leaves it open).
                if opened:
                    self.close()
        return count
