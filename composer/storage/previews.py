"""What preview profiles kept instead of delivering: the preview mailbox and the files.

The locmem backend keeps messages in ``composer.mail.outbox`` (in memory, until Composer
quits); the file backend writes every sending run into a ``.log`` file of its folder, the
messages separated by a line of 79 dashes. :func:`load_previews` reads both into
:class:`PreviewItem` values (reading files and building messages: call it off the GUI
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

__all__ = ["PreviewItem", "file_previews", "in_app_previews", "load_previews"]

_SEPARATOR = b"\n" + b"-" * 79 + b"\n"


@dataclass(frozen=True)
class PreviewItem:
    """One previewed message and where it came from."""

    source: str
    raw: bytes

    def title(self) -> str:
        """``Subject — to recipients`` from the message's header."""
        head = email.message_from_bytes(self.raw.split(b"\n\n", 1)[0], policy=email.policy.default)
        subject = str(head.get("Subject", "")) or translate("PreviewViewer", "(no subject)")
        return translate("PreviewViewer", "{subject} — to {to}").format(
            subject=subject, to=head.get("To", "?")
        )


def in_app_previews(messages: Iterable[Any]) -> list[PreviewItem]:
    """*messages* (``composer.mail.outbox``, the locmem backend's), oldest first."""
    source = translate("PreviewViewer", "Preview mailbox")
    return [PreviewItem(source, bytes(message.message().as_bytes())) for message in messages]


def file_previews(folder: Path) -> list[PreviewItem]:
    """Messages in the ``.log`` files the file backend wrote into *folder*."""
    items = []
    for log_file in sorted(folder.glob("*.log")):
        for chunk in log_file.read_bytes().split(_SEPARATOR):
            if chunk.strip():
                source = translate("PreviewViewer", "File {name}")
                items.append(PreviewItem(source.format(name=log_file.name), chunk))
    return items


def load_previews(messages: Sequence[Any], folders: Iterable[Path]) -> list[PreviewItem]:
    """The preview mailbox's *messages*, then the messages in *folders* that exist."""
    items = in_app_previews(messages)
    for folder in folders:
        if folder.is_dir():
            items += file_previews(folder)
    return items
