"""A merge scheduled from the merge window: kept as the ``composer merge`` command line that
does the same, with its template beside it.

The window's choices (the data file and how it is read, the column map, the problems to
skip, the pace, the profile) become options of ``composer merge``; its message, which may
never have been saved, is written as ``<scheduled-merges>/<id>.eml`` and read back before
anything is kept: a template that would not come back the same (images inside the text, which
a template file does not carry) is refused with the reason, never changed silently. The
password stays in the keyring: the scheduled run signs in as ``composer outbox run`` does.
No Qt here.
"""

from __future__ import annotations

import secrets
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from composer.errors import ComposerError
from composer.i18n import translate
from composer.merge.templates.files import UNPARSED_PREFIX
from composer.outbox.schedule import MergeSchedule, ScheduledMerge
from composer.storage.atomic import write_bytes_atomic

if TYPE_CHECKING:
    from composer.merge import EngineSettings, MergePlan, MergeTemplate

__all__ = [
    "MAX_RUNS",
    "NotSchedulable",
    "merge_argv",
    "schedule_row_times",
    "schedule_window_merge",
    "template_eml",
]

#: At most this many later runs for one merge's row times (as ``--send-at-column``).
MAX_RUNS = 500

_ADDRESS_FIELDS = (
    ("From", "from_email"),
    ("To", "to"),
    ("Cc", "cc"),
    ("Bcc", "bcc"),
    ("Reply-To", "reply_to"),
)


class NotSchedulable(ComposerError):
    """This merge cannot be kept to run later (the words say why and what to do)."""


def template_eml(template: MergeTemplate) -> bytes:
    """*template* as a template file ``composer merge`` reads, every field kept exactly:
    the texts base64-encoded (no line end added or changed), the header fields as RFC 2047
    encoded words (placeholders are no addresses yet, so those go in Composer's unparsed
    headers). Exactness matters: the merge's identity in the ledger is its text."""
    from email import encoders
    from email.header import Header
    from email.message import Message
    from email.mime.base import MIMEBase
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText

    texts: list[Message] = []
    if template.text or not template.html:
        texts.append(MIMEText(template.text, "plain", "utf-8"))
    if template.html:
        texts.append(MIMEText(template.html, "html", "utf-8"))
    body: Message = texts[0] if len(texts) == 1 else MIMEMultipart("alternative", None, texts)
    root = body
    if template.attachments:
        root = MIMEMultipart("mixed", None, [body])
        for name, content, mimetype in template.attachments:
            data = content.encode("utf-8") if isinstance(content, str) else content
            maintype, _, subtype = (mimetype or "application/octet-stream").partition("/")
            part = MIMEBase(maintype, subtype or "octet-stream")
            part.set_payload(data)
            encoders.encode_base64(part)
            part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", name))
            root.attach(part)
    root["Subject"] = Header(template.subject, "utf-8")  # type: ignore[assignment]
    for header, attr in _ADDRESS_FIELDS:
        value = getattr(template, attr)
        if value:
            root[UNPARSED_PREFIX + header] = Header(value, "utf-8")  # type: ignore[assignment]
    return root.as_bytes()


def _same(kept: MergeTemplate, original: MergeTemplate) -> bool:
    def files(t: MergeTemplate) -> list[tuple[str, bytes]]:
        return [(n, c.encode() if isinstance(c, str) else c) for n, c, _m in t.attachments]

    return kept.fingerprint() == original.fingerprint() and files(kept) == files(original)


def merge_argv(
    plan: MergePlan,
    template_path: Path,
    settings: EngineSettings,
    profile: str,
    server_copy: bool,
    send_at_column: str | None = None,
) -> list[str]:
    """The ``composer merge`` command line that sends *plan* as the window would."""
    from composer.merge.data.grouping import GroupedSource

    source = plan.source
    options = plan.options
    argv = [str(Path(source.path).absolute()), str(template_path), "--profile", profile]
    if isinstance(source, GroupedSource):
        argv += ["--group-by", source.column]
    if source.encoding:
        argv += ["--encoding", source.encoding]  # a sheet keeps "sheet:NAME@ROW" here
    if not source.encoding.startswith("sheet:") and source.delimiter:
        argv += ["--delimiter", source.delimiter]
    if options.from_email:
        argv += ["--from", options.from_email]
    if options.attachment_column is None:
        argv += ["--attachments-column", "none"]
    elif options.attachment_column:
        argv += ["--attachments-column", options.attachment_column]
    if options.attachments_dir is not None:
        argv += ["--attachments-dir", str(Path(options.attachments_dir).absolute())]
    for placeholder, column in options.column_map.items():
        argv += ["--map", f"{placeholder}={column}"]
    for flag, on in (
        ("--skip-problems", options.skip_problems),
        ("--accept-suspect-rows", options.accept_suspect_rows),
        ("--allow-duplicates", options.allow_duplicates),
        ("--allow-shared-copies", options.allow_shared_copies),
        ("--advertising", options.advertising),
        ("--imap-sent-copy", server_copy),
        ("--resend-unknown", settings.resend_unknown),
    ):
        if on:
            argv.append(flag)
    if options.unsubscribe_mailto:
        argv += ["--unsubscribe", options.unsubscribe_mailto]
    if options.pdf_password_column:
        argv += ["--pdf-password-column", options.pdf_password_column]
    if options.advertising and options.consent_column:
        argv += ["--consent-column", options.consent_column]
    argv += ["--connections", str(settings.connections)]
    if settings.rate_per_minute:
        argv += ["--rate", f"{settings.rate_per_minute:g}"]
    if settings.daily_cap:
        argv += ["--daily-cap", str(settings.daily_cap)]
    if send_at_column:
        argv += ["--send-at-column", send_at_column]
    return [*argv, "--yes"]


def schedule_window_merge(
    plan: MergePlan,
    settings: EngineSettings,
    profile: str,
    due: datetime,
    now: datetime,
    *,
    server_copy: bool = False,
    schedule: MergeSchedule | None = None,
    send_at_column: str | None = None,
) -> ScheduledMerge:
    """Keep the window's merge to start at *due* through *profile*.

    Raises:
        NotSchedulable: its message cannot be kept as a template file as it is.
        OSError: the schedule or the template could not be written.
    """
    (entry,) = _keep(plan, settings, profile, [due], now, server_copy, schedule, send_at_column)
    return entry


def schedule_row_times(
    plan: MergePlan,
    settings: EngineSettings,
    profile: str,
    column: str,
    now: datetime,
    *,
    server_copy: bool = False,
    schedule: MergeSchedule | None = None,
) -> list[ScheduledMerge]:
    """Keep a run of the window's merge for each later send time in *column* (each run
    sends the rows due by then; the ledger sends nobody anything twice). Returns the runs
    kept (none when every row is due now).

    Raises:
        NotSchedulable: a cell that is no time, too many different times, or a message
            that cannot be kept.
        OSError: the schedule or the template could not be written.
    """
    from composer.merge.sendtime import row_send_time

    later: set[datetime] = set()
    for row in plan.source.rows():
        try:
            when = row_send_time(row.values.get(column, ""))
        except ValueError as exc:
            raise NotSchedulable(
                translate("Outbox", "Row {row}: {problem}.").format(row=row.number, problem=exc),
                translate("Outbox", "Correct the send time in the data file, or empty it."),
            ) from None
        if when is not None and when > now:
            later.add(when)
    if len(later) > MAX_RUNS:
        raise NotSchedulable(
            translate("Outbox", "The rows name {count} different send times.").format(
                count=len(later)
            ),
            translate("Outbox", "Use at most {limit}, e.g. round them to the hour.").format(
                limit=MAX_RUNS
            ),
        )
    if not later:
        return []
    return _keep(plan, settings, profile, sorted(later), now, server_copy, schedule, column)


def _keep(
    plan: MergePlan,
    settings: EngineSettings,
    profile: str,
    times: list[datetime],
    now: datetime,
    server_copy: bool,
    schedule: MergeSchedule | None,
    send_at_column: str | None,
) -> list[ScheduledMerge]:
    from composer.merge import MergeTemplate

    schedule = schedule or MergeSchedule()
    template = plan.template
    if template.inline_images:
        raise NotSchedulable(
            translate("Outbox", "This merge's message shows images inside its text."),
            translate(
                "Outbox",
                "A scheduled merge cannot carry them yet: start it now, or attach the images "
                "as files instead.",
            ),
        )
    path = schedule.folder / f"t-{now:%m%d}-{secrets.token_hex(4)}.eml"
    write_bytes_atomic(path, template_eml(template))
    try:
        if not _same(MergeTemplate.from_eml(path), template):
            raise NotSchedulable(
                translate("Outbox", "This merge's message cannot be kept as it is for later."),
                translate("Outbox", "Start it now, or save the message as a template first."),
            )
        argv = merge_argv(plan, path, settings, profile, server_copy, send_at_column)
        label = f"{Path(plan.source.path).name} + {template.subject}"
        entries = []
        for due in times:
            entry = schedule.add(argv, due, label, now)
            entry.extra = {"template_file": path.name, "origin": "window"}
            schedule.save(entry)
            entries.append(entry)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return entries
