"""The Preview page of the merge dialog: one row's message as it will go out, and a test."""

from __future__ import annotations

import email.utils
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from composer.merge import CsvRow, MergePlan, RenderError, classify, send_test
from composer.merge.plan import is_valid_address
from composer.merge.sending.engine import Backend
from composer.ui.merge.pages import PreviewPage
from composer.ui.tasks import Task, TaskFailure, TaskRunner
from composer.ui.widgets.attachments import human_size

__all__ = ["fill_preview", "start_test_send"]


def fill_preview(
    p: PreviewPage,
    plan: MergePlan,
    row: CsvRow | None,
    number: int,
    extra_headers: dict[str, str],
) -> None:
    """Show row *number*'s rendered message (headers, HTML, text, attachments) on *p*."""
    for label in p.fields.values():
        label.clear()
    p.attachments.clear()
    if row is None:
        p.error_label.setText(
            QCoreApplication.translate("PreviewPage", "The data file has no row {number}.").format(
                number=number
            )
        )
        p.error_label.show()
        return
    try:
        rendered = plan.render(row)
    except RenderError as exc:
        p.error_label.setText(
            QCoreApplication.translate(
                "PreviewPage", "Row {number} cannot be rendered: {error}"
            ).format(number=number, error=exc)
        )
        p.error_label.show()
        p.text_view.clear()
        p.html_view.clear()
        return
    status, problems = plan.check_row(row, rendered, None, 0)
    p.error_label.setText("; ".join(problems))
    p.error_label.setVisible(bool(problems) and status == "problem")
    p.fields["from"].setText(plan.from_email)
    p.fields["to"].setText(", ".join(rendered.to))
    p.fields["cc"].setText(", ".join(rendered.cc))
    p.fields["bcc"].setText(", ".join(rendered.bcc))
    p.fields["reply_to"].setText(", ".join(rendered.reply_to))
    p.fields["subject"].setText(rendered.subject)
    p.text_view.setPlainText(rendered.text)
    no_html = QCoreApplication.translate("PreviewPage", "This message has no HTML part.")
    p.html_view.setHtml(rendered.html or f"<p><i>{no_html}</i></p>")
    p.tabs.setCurrentIndex(0 if rendered.html else 1)
    for name, content, _mime in rendered.static_attachments:
        p.attachments.addItem(
            QCoreApplication.translate("PreviewPage", "{name} ({size}, every row)").format(
                name=name, size=human_size(len(content))
            )
        )
    for found in rendered.attachments:
        p.attachments.addItem(f"{found.name} ({human_size(found.size)})")
    try:
        built = rendered.to_email(
            plan.from_email or "preview@localhost",
            message_id=email.utils.make_msgid(domain=plan.message_domain()),
            extra_headers=extra_headers,
        ).message()
        p.headers_view.setPlainText("\n".join(f"{k}: {v}" for k, v in built.items()))
    except (OSError, ValueError) as exc:
        p.headers_view.setPlainText(
            QCoreApplication.translate(
                "PreviewPage", "The message cannot be built: {error}"
            ).format(error=exc)
        )


def start_test_send(
    p: PreviewPage,
    runner: TaskRunner,
    plan: MergePlan,
    row: CsvRow,
    address: str,
    factory: Callable[[], Backend],
    server_label: str,
) -> Task[str] | None:
    """Send *row*'s message to *address* (subject marked "[Test]") in the background."""
    if not is_valid_address(address):
        p.test_status.setText(
            QCoreApplication.translate(
                "PreviewPage",
                "That is not an email address. Type your own address to receive the test.",
            )
        )
        return None
    p.test_button.setEnabled(False)
    p.test_status.setText(
        QCoreApplication.translate(
            "PreviewPage", "Sending a test of row {number} to {address}…"
        ).format(number=row.number, address=address)
    )
    sent = QCoreApplication.translate(
        "PreviewPage", "Test of row {number} sent to {address} (the server said: {reply})."
    )
    task = runner.submit(lambda _ctx: send_test(plan, row, address, factory), name="merge-test")
    task.succeeded.connect(
        lambda reply: p.test_status.setText(
            sent.format(number=row.number, address=address, reply=reply)
        )
    )

    def on_failed(failure: TaskFailure) -> None:
        found = classify(failure.exception, server_label)
        p.test_status.setText(
            found.message
            or QCoreApplication.translate(
                "PreviewPage",
                "The test message was not sent: {detail}. "
                "Check the address and the sending profile, then try again.",
            ).format(detail=found.detail)
        )

    task.failed.connect(on_failed)
    task.finished.connect(lambda: p.test_button.setEnabled(True))
    return task
