"""What preview profiles kept instead of delivering: the in-app outbox and the files.

The locmem backend keeps messages in ``composer.mail.outbox`` (in memory, until Composer
quits); the file backend writes every sending run into a ``.log`` file of its folder, the
messages separated by a line of 79 dashes. :func:`load_outbox` reads both into
:class:`OutboxItem` values (reading files and building messages: call it off the GUI
thread).
"""

from __future__ import annotations

import email
import email.policy
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from composer.i18n import translate

__all__ = ["OutboxItem", "file_outbox", "in_app_outbox", "load_outbox"]

_SEPARATOR = b"\n" + b"-" * 79 + b"\n"


@dataclass(frozen=True)
class OutboxItem:
    """One previewed message and where it came from."""

    source: str
    raw: bytes

    def title(self) -> str:
        """``Subject — to recipients`` from the message's header."""
        head = email.message_from_bytes(self.raw.split(b"\n\n", 1)[0], policy=email.policy.default)
        subject = str(head.get("Subject", "")) or translate("OutboxViewer", "(no subject)")
        return translate("OutboxViewer", "{subject} — to {to}").format(
            subject=subject, to=head.get("To", "?")
        )


def in_app_outbox(messages: Iterable[Any]) -> list[OutboxItem]:
    """*messages* (``composer.mail.outbox``, the locmem backend's), oldest first."""
    source = translate("OutboxViewer", "In-app outbox")
    return [OutboxItem(source, bytes(message.message().as_bytes())) for message in messages]


def file_outbox(folder: Path) -> list[OutboxItem]:
    """Messages in the ``.log`` files the file backend wrote into *folder*."""
    items = []
    for log_file in sorted(folder.glob("*.log")):
        for chunk in log_file.read_bytes().split(_SEPARATOR):
            if chunk.strip():
                source = translate("OutboxViewer", "File {name}")
                items.append(OutboxItem(source.format(name=log_file.name), chunk))
    return items


def load_outbox(messages: Sequence[Any], folders: Iterable[Path]) -> list[OutboxItem]:
    """The in-app outbox's *messages*, then the messages in *folders* that exist."""
    items = in_app_outbox(messages)
    for folder in folders:
        if folder.is_dir():
            items += file_outbox(folder)
    return items
