"""The local "Sent" folder: a copy of every message sent, in a standard Maildir.

The folder is ``<data>/Sent`` and any Maildir reader (mutt, Thunderbird's import, a script
with :mod:`mailbox`) can open it. Copies include the Bcc header, which was not sent, so the
sender can see later whom they copied blindly.
"""

from __future__ import annotations

import email
import email.policy
import mailbox
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from pathlib import Path

from composer import paths
from composer.atomic import fsync_dir


@dataclass(frozen=True)
class SentEntry:
    """One sent message as listed."""

    key: str
    subject: str
    to: str
    date: str
    timestamp: float
    size: int


class SentBox:
    """The Sent Maildir."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or paths.data_dir() / "Sent"
        self._box = mailbox.Maildir(self.folder, create=True)

    def add(self, raw: bytes) -> str:
        """Store *raw* (an RFC 5322 message) as seen; returns its key.

        Raises:
            OSError: the disk is full or the folder is not writable.
        """
        message = mailbox.MaildirMessage(raw)
        message.set_flags("S")
        message.set_subdir("cur")
        key: str = self._box.add(message)
        fsync_dir(self.folder / "cur")
        return key

    def get_bytes(self, key: str) -> bytes:
        data: bytes = self._box.get_bytes(key)
        return data

    def remove(self, key: str) -> None:
        self._box.remove(key)

    def entries(self) -> list[SentEntry]:
        """Every sent message, newest first."""
        result = []
        for key in self._box.iterkeys():
            try:
                raw = self._box.get_bytes(key)
            except KeyError:
                continue  # removed meanwhile
            headers = email.message_from_bytes(
                raw.split(b"\n\n", 1)[0], policy=email.policy.default
            )
            date = str(headers.get("Date", ""))
            try:
                stamp = parsedate_to_datetime(date).timestamp() if date else 0.0
            except (TypeError, ValueError):
                stamp = 0.0
            result.append(
                SentEntry(
                    key=key,
                    subject=str(headers.get("Subject", "")),
                    to=str(headers.get("To", "")),
                    date=date,
                    timestamp=stamp,
                    size=len(raw),
                )
            )
        return sorted(result, key=lambda e: e.timestamp, reverse=True)
