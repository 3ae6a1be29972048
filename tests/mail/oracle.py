"""Django 5.2 as a reference oracle: run the same scenario on both, compare what is observable.

Only the tests use Django; ``composer.mail`` never imports it.
"""

from __future__ import annotations

import email
import email.policy
import email.utils
from collections.abc import Callable
from email.message import Message
from typing import Any

import django
from django.conf import settings as django_settings

if not django_settings.configured:
    django_settings.configure(
        EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
        DEFAULT_CHARSET="utf-8",
    )
    django.setup()

import django.core.mail as dj_mail
from django.test.utils import override_settings as dj_override

import composer.mail as cm_mail
from composer.mail.conf import override_settings as cm_override

ADDRESS_HEADERS = {"from", "to", "cc", "reply-to", "sender", "bcc"}
VOLATILE = {"date", "message-id"}


def normalise(raw: bytes) -> Any:
    """What the conformance contract compares, from serialised bytes."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    return _part(msg, top=True)


def _header_value(name: str, value: str) -> Any:
    if name.lower() in ADDRESS_HEADERS:
        return tuple(email.utils.getaddresses([str(value)]))
    return str(value)


def _part(part: Message, top: bool = False) -> Any:
    headers = []
    for name, value in part.items():
        low = name.lower()
        if low in VOLATILE:
            headers.append((low, "<generated>"))
        elif low == "content-type":
            params = dict(part.get_params() or [])
            params.pop("boundary", None)
            headers.append((low, part.get_content_type(), tuple(sorted(params.items()))))
        elif low == "content-disposition":
            headers.append((low, part.get_content_disposition(), part.get_filename()))
        else:
            headers.append((low, _header_value(name, value)))
    headers.sort(key=repr)
    if part.is_multipart():
        body: Any = [_part(p) for p in part.get_payload()]  # type: ignore[union-attr]
    elif part.get_content_type() == "message/rfc822":
        body = "rfc822"
    else:
        body = part.get_payload(decode=True)
    return (tuple(headers), body)


def both(scenario: Callable[[Any], Any]) -> tuple[Any, Any]:
    """Run scenario(mail_module) on Django and on composer; return both results."""
    return scenario(dj_mail), scenario(cm_mail)


def outcome(func: Callable[[], Any]) -> Any:
    """The result of func(), or the exception's class name (what the contract compares)."""
    try:
        return ("ok", func())
    except Exception as exc:
        return ("raised", type(exc).__name__)


__all__ = ["both", "cm_mail", "cm_override", "dj_mail", "dj_override", "normalise", "outcome"]
