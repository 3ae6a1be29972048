"""The spelling language chosen for one message, kept with its draft.

A draft (and a template, a message saved as ``.eml``) is an ``.eml`` file; the language the
user chose in Spelling ▸ Language of this message travels in it as one header of Composer's
own, ``X-Composer-Spelling-Language: ko_KR``. It is never part of what is sent:
:func:`composer.compose.message.build_email` does not write it, so the Outbox, which keeps
the exact bytes that go out, does not keep it either. A file without it (every draft kept
before) is checked in the automatic language, and so is one whose value is not a language
tag: a header is data from a file, never trusted as more.
"""

from __future__ import annotations

import re
from email.message import Message

__all__ = ["HEADER", "language_in", "valid_language"]

HEADER = "X-Composer-Spelling-Language"
# A dictionary's tag as the spelling code names them: en_US, ko_KR, de, pt-BR.
_TAG = re.compile(r"[A-Za-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})?")


def valid_language(tag: str) -> str:
    """*tag* when it is a language tag, else "" (automatic)."""
    tag = tag.strip()
    return tag if _TAG.fullmatch(tag) else ""


def language_in(parsed: Message) -> str:
    """The spelling language kept in *parsed* ("" for automatic)."""
    value = parsed.get(HEADER)
    return valid_language(str(value)) if value is not None else ""
