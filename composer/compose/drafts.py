"""Keeping the message being written as a draft: its ``.eml`` bytes, saved from a helper
process.

The drafts folder is storage's (:class:`composer.storage.drafts.DraftStore`, which keeps
bytes); what goes into a draft, and reading it back (:func:`composer.compose.message.from_eml`),
is the message's business.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
from pathlib import Path

from composer.compose.message import ComposedMessage, to_eml
from composer.storage.drafts import DraftStore

__all__ = ["draft_eml", "save_for"]

log = logging.getLogger(__name__)


def draft_eml(msg: ComposedMessage) -> bytes:
    """*msg* as ``.eml`` bytes for keeping as a draft (:class:`composer.storage.drafts.DraftStore`).

    An attached file that vanished or became unreadable since is left out (and logged): a
    draft keeps every word, whatever happened to the files.
    """
    try:
        return to_eml(msg)
    except OSError as exc:
        log.warning("Keeping a draft without an unreadable attachment: %s", exc)
    readable = []
    for att in msg.attachments:
        with contextlib.suppress(OSError):
            att.read()
            readable.append(att)
    return to_eml(dataclasses.replace(msg, attachments=readable))


def save_for(folder: Path, draft_id: str, msg: ComposedMessage, owner: int, _ctx: object) -> str:
    """Save draft *draft_id* of *folder* for the editing process *owner* (from a helper
    process, so a big attachment never stalls a window); returns the path, "" when the
    message is empty and the draft was deleted instead."""
    store = DraftStore(folder)
    if msg.is_empty():
        store.delete(draft_id)
        return ""
    store.mark_open(draft_id, owner)  # the window's process, not the helper, is the editor
    return str(store.save(draft_id, draft_eml(msg)))
