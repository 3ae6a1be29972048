"""A test of one row, sent to the user's own address: nothing is recorded in the ledger."""

from __future__ import annotations

import email.utils
from typing import TYPE_CHECKING

from composer.merge.data.csvsource import CsvRow
from composer.merge.sending.connection import ConnectionFactory, decode

if TYPE_CHECKING:
    from composer.merge.plan import MergePlan

__all__ = ["send_test"]


def send_test(
    plan: MergePlan,
    row: CsvRow,
    to_address: str,
    connection_factory: ConnectionFactory,
) -> str:
    """Send one row's message to *to_address* with "[Test]" before the subject.

    Nothing is written to the ledger. Returns the server's reply.

    Raises:
        RenderError, ValueError, OSError, smtplib.SMTPException: as raised.
    """
    rendered = plan.render(row)
    message = rendered.to_email(
        plan.from_email,
        message_id=email.utils.make_msgid(domain=plan.message_domain()),
        subject_prefix="[Test] ",
        to=[to_address],
    )
    backend = connection_factory()
    backend.open()
    try:
        backend.send_messages([message])
    finally:
        backend.close()
    reply = getattr(message, "smtp_response", None)
    return f"{reply[0]} {decode(reply[1])}" if reply else "sent"
