"""One row's message as it will go out, for the Preview step: rendered, checked, built.

:func:`preview_row` fetches the row through the data file's :class:`RowIndex` (no rescan
from the first row), renders it, checks it as the send will, and builds its headers. It
reads the disk (the row, the files it attaches), so the window calls it on a worker and
shows the :class:`RowPreview` it returns, which is plain data.
"""

from __future__ import annotations

import email.utils
from dataclasses import dataclass, field

from composer.i18n import translate
from composer.merge.data.csvsource import CsvError, CsvRow
from composer.merge.data.opening import RowLookup
from composer.merge.plan import MergePlan
from composer.merge.record.suppression import unsubscribe_header
from composer.merge.templates.render import RenderError

__all__ = ["PreviewAttachment", "RowPreview", "preview_row"]


@dataclass(frozen=True)
class PreviewAttachment:
    """A file the previewed message attaches (*every_row*: the template's own)."""

    name: str
    size: int
    every_row: bool = False


@dataclass(frozen=True)
class RowPreview:
    """What the Preview step shows of row :attr:`number`.

    Attributes:
        row: the data row (None when the file has no such row or cannot be read).
        error: why nothing can be shown ("" when the row rendered).
        problems: what keeps the row from being sent, if anything.
        blocked: the problems make the row a "problem" row (not sent as it is).
        fields: ``from``, ``to``, ``cc``, ``bcc``, ``reply_to`` and ``subject``, as text.
        headers: the built message's header lines, or why it cannot be built.
    """

    number: int
    row: CsvRow | None = None
    error: str = ""
    problems: tuple[str, ...] = ()
    blocked: bool = False
    fields: dict[str, str] = field(default_factory=dict)
    text: str = ""
    html: str = ""
    attachments: tuple[PreviewAttachment, ...] = ()
    headers: str = ""


def preview_row(plan: MergePlan, index: RowLookup, number: int) -> RowPreview:
    """Row *number* of *plan*'s data file, rendered (reads the disk: call off the GUI thread)."""
    try:
        row = index.row(number)
    except CsvError as exc:
        return RowPreview(number, error=str(exc))
    if row is None:
        return RowPreview(
            number,
            error=translate("PreviewPage", "The data file has no row {number}.").format(
                number=number
            ),
        )
    try:
        rendered = plan.render(row)
    except RenderError as exc:
        return RowPreview(
            number,
            row,
            error=translate("PreviewPage", "Row {number} cannot be rendered: {error}").format(
                number=number, error=exc
            ),
        )
    status, problems = plan.check_row(row, rendered, None, 0)
    attachments = [
        PreviewAttachment(name, len(content), every_row=True)
        for name, content, _mime in rendered.static_attachments
    ]
    attachments += [PreviewAttachment(found.name, found.size) for found in rendered.attachments]
    mailto = plan.options.unsubscribe_mailto
    try:
        built = rendered.to_email(
            plan.from_email or "preview@localhost",
            message_id=email.utils.make_msgid(domain=plan.message_domain()),
            extra_headers=unsubscribe_header(mailto) if mailto else {},
        ).message()
        headers = "\n".join(f"{k}: {v}" for k, v in built.items())
    except (OSError, ValueError) as exc:
        headers = translate("PreviewPage", "The message cannot be built: {error}").format(error=exc)
    return RowPreview(
        number,
        row,
        problems=problems,
        blocked=status == "problem",
        fields={
            "from": plan.from_email,
            "to": ", ".join(rendered.to),
            "cc": ", ".join(rendered.cc),
            "bcc": ", ".join(rendered.bcc),
            "reply_to": ", ".join(rendered.reply_to),
            "subject": rendered.subject,
        },
        text=rendered.text,
        html=rendered.html,
        attachments=tuple(attachments),
        headers=headers,
    )
