"""File ▸ Drafts as a list: each saved draft's subject and recipients, read from its header.

Reads the disk (a header per draft, never a whole draft with its attachments): call
:func:`list_drafts` off the GUI thread. The drafts folder itself is storage's
(:mod:`composer.storage.drafts`); reading a draft's fields is the compose layer's.
"""

from __future__ import annotations

import email
import email.policy
from dataclasses import dataclass
from pathlib import Path

from composer.compose.message import header_addresses
from composer.i18n import translate
from composer.storage.drafts import DraftStore
from composer.storage.sentbox import read_header_block

__all__ = ["DraftRow", "list_drafts"]


@dataclass(frozen=True)
class DraftRow:
    """One saved draft as listed."""

    draft_id: str
    path: Path
    subject: str
    to: str
    modified: float


def list_drafts(store: DraftStore) -> list[DraftRow]:
    """Every saved draft with its subject and recipients, newest first."""
    rows = []
    for info in store.saved():
        try:
            with info.path.open("rb") as fh:
                head = read_header_block(fh)
        except OSError:
            continue  # deleted meanwhile
        headers = email.message_from_bytes(head, policy=email.policy.default)
        rows.append(
            DraftRow(
                info.draft_id,
                info.path,
                str(headers.get("Subject", "")) or translate("DraftsList", "(no subject)"),
                ", ".join(header_addresses(headers, "To")),
                info.modified,
            )
        )
    return rows
