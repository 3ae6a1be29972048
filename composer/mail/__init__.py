"""composer.mail: the public API of Django's ``django.core.mail``, without Django.

::

    from composer.mail import send_mail, EmailMultiAlternatives, get_connection

    send_mail("Hello", "Body", "from@example.com", ["to@example.com"])

The behaviour contract is the project's ``mail-api.md`` (Django 5.2), with harmful quirks
fixed and a few additions (``message.refused_recipients``, ``EMAIL_SSL_CAFILE``, no AUTH in
the clear, SMTPUTF8, pipelining, streaming of large attachments). Settings are read from
:data:`composer.mail.conf.settings` at call time. Exceptions: see :mod:`composer.mail.errors`.

This package imports only the standard library: no Qt, no keyring, no Django.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from composer.mail.conf import ImproperlyConfigured, settings
from composer.mail.connection import get_connection
from composer.mail.errors import PlaintextAuthError, SMTPUTF8RequiredError
from composer.mail.message import (
    DEFAULT_ATTACHMENT_MIME_TYPE,
    BadHeaderError,
    EmailAlternative,
    EmailAttachment,
    EmailMessage,
    EmailMultiAlternatives,
    SafeMIMEMultipart,
    SafeMIMEText,
    forbid_multi_line_headers,
    make_msgid,
)
from composer.mail.utils import DNS_NAME, CachedDnsName

if TYPE_CHECKING:
    from composer.mail.backends.base import BaseEmailBackend

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "DEFAULT_ATTACHMENT_MIME_TYPE",
    "DNS_NAME",
    "BadHeaderError",
    "CachedDnsName",
    "EmailAlternative",
    "EmailAttachment",
    "EmailMessage",
    "EmailMultiAlternatives",
    "ImproperlyConfigured",
    "PlaintextAuthError",
    "SMTPUTF8RequiredError",
    "SafeMIMEMultipart",
    "SafeMIMEText",
    "forbid_multi_line_headers",
    "get_connection",
    "mail_admins",
    "mail_managers",
    "make_msgid",
    "send_mail",
    "send_mass_mail",
]

#: The in-memory outbox of the locmem backend; defined once a locmem backend exists.
outbox: list[EmailMessage]


def send_mail(
    subject: str,
    message: str,
    from_email: str | None,
    recipient_list: Sequence[str],
    fail_silently: bool = False,
    auth_user: str | None = None,
    auth_password: str | None = None,
    connection: BaseEmailBackend | None = None,
    html_message: str | None = None,
) -> int:
    """Send one message to *recipient_list*; return 1 if it was sent, else 0.

    ``fail_silently``, ``auth_user`` and ``auth_password`` apply only to the connection
    this function creates; an explicit *connection* keeps its own settings.
    """
    connection = connection or get_connection(
        username=auth_user, password=auth_password, fail_silently=fail_silently
    )
    mail = EmailMultiAlternatives(
        subject, message, from_email, recipient_list, connection=connection
    )
    if html_message:
        mail.attach_alternative(html_message, "text/html")
    return mail.send()


def send_mass_mail(
    datatuple: Iterable[tuple[str, str, str | None, Sequence[str]]],
    fail_silently: bool = False,
    auth_user: str | None = None,
    auth_password: str | None = None,
    connection: BaseEmailBackend | None = None,
) -> int | None:
    """Send ``(subject, message, from_email, recipient_list)`` items over one connection.

    Returns what the backend's ``send_messages`` returns: the number of messages sent.
    """
    connection = connection or get_connection(
        username=auth_user, password=auth_password, fail_silently=fail_silently
    )
    messages = [
        EmailMessage(subject, message, sender, recipients, connection=connection)
        for subject, message, sender, recipients in datatuple
    ]
    return connection.send_messages(messages)


def _send_to_setting(
    setting_name: str,
    subject: str,
    message: str,
    fail_silently: bool,
    connection: BaseEmailBackend | None,
    html_message: str | None,
) -> None:
    entries = getattr(settings, setting_name)
    if not entries:
        return
    if not all(isinstance(entry, list | tuple) and len(entry) == 2 for entry in entries):
        raise ValueError(f"The {setting_name} setting must be a list of 2-tuples.")
    mail = EmailMultiAlternatives(
        f"{settings.EMAIL_SUBJECT_PREFIX}{subject}",
        message,
        settings.SERVER_EMAIL,
        [address for _name, address in entries],
        connection=connection,
    )
    if html_message:
        mail.attach_alternative(html_message, "text/html")
    mail.send(fail_silently=fail_silently)


def mail_admins(
    subject: str,
    message: str,
    fail_silently: bool = False,
    connection: BaseEmailBackend | None = None,
    html_message: str | None = None,
) -> None:
    """Send a message to the people in ``settings.ADMINS``, from ``SERVER_EMAIL``."""
    _send_to_setting("ADMINS", subject, message, fail_silently, connection, html_message)


def mail_managers(
    subject: str,
    message: str,
    fail_silently: bool = False,
    connection: BaseEmailBackend | None = None,
    html_message: str | None = None,
) -> None:
    """Send a message to the people in ``settings.MANAGERS``, from ``SERVER_EMAIL``."""
    _send_to_setting("MANAGERS", subject, message, fail_silently, connection, html_message)
