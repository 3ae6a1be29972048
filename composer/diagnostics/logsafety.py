"""Keep secrets out of the log files: a logging filter that masks passwords.

Two nets: every password the app handles is registered with :func:`register_secret` and
masked wherever it appears (in messages, arguments and tracebacks), and anything that looks
like a credential (``password=...``, ``AUTH PLAIN <base64>``, ``Authorization: ...``) is
masked by pattern. Message bodies are never logged above DEBUG, and the file handler never
records DEBUG, so no body reaches a file either.
"""

from __future__ import annotations

import base64
import logging
import re
import threading

__all__ = ["MASK", "SecretFilter", "redact", "register_secret"]

MASK = "•••"

_lock = threading.Lock()
_secrets: set[str] = set()

_PATTERNS = (
    re.compile(
        r"(?i)\b(password|passwd|pwd|secret|token|api[_-]?key)(['\"]?\s*[=:]\s*['\"]?)([^\s'\",;)}]+)"
    ),
    re.compile(r"(?i)\b(AUTH\s+(?:PLAIN|LOGIN|XOAUTH2|CRAM-MD5))(\s+)(\S+)"),
    re.compile(r"(?i)\b(Authorization)(:\s*)(.+)"),
)


def register_secret(secret: str | None) -> None:
    """Mask *secret* (and its base64 form, as sent by SMTP AUTH) in every later log line."""
    if not secret or len(secret) < 3:
        return
    encoded = base64.b64encode(secret.encode("utf-8")).decode("ascii")
    with _lock:
        _secrets.update({secret, encoded})


def redact(text: str) -> str:
    """*text* with registered secrets and credential-looking values masked."""
    with _lock:
        secrets = sorted(_secrets, key=len, reverse=True)
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, MASK)
    for pattern in _PATTERNS:
        text = pattern.sub(lambda m: f"{m.group(1)}{m.group(2)}{MASK}", text)
    return text


class SecretFilter(logging.Filter):
    """Masks secrets in a record before a handler writes it (attach to handlers)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        cleaned = redact(message)
        if cleaned != message or record.args:
            record.msg, record.args = cleaned, None
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True
