"""A test of one row, sent to the user's own address: nothing is recorded in the ledger."""

from __future__ import annotations

import email.utils
from typing import TYPE_CHECKING

from composer.merge.data.csvsource import CsvRow
from composer.merge.sending.connection import ConnectionFactory, decode

if TYPE_CHECKING:
    from composer.merge.plan import MergePlan

__all__ = ["send_test", "send_test_message"]


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
    return send_test_message(plan, row, to_address, connection_factory)[1]


def send_test_message(
    plan: MergePlan,
    row: CsvRow,
    to_address: str,
    connection_factory: ConnectionFactory,
) -> tuple[str, str]:
    """:func:`send_test`, returning (the test's Message-ID, the server's reply).

    Raises:
        RenderError, ValueError, OSError, smtplib.SMTPException: as raised.
    """
    message_id = email.utils.make_msgid(domain=plan.message_domain())
    message = plan.render(row).to_email(
        plan.from_email, message_id=message_id, subject_prefix="[Test] ", to=[to_address]
    )
    backend = connection_factory()
    backend.open()
    try:
        backend.send_messages([message])
    finally:
        backend.close()
    reply = getattr(message, "smtp_response", None)
    return message_id, (f"{reply[0]} {decode(reply[1])}" if reply else "sent")
