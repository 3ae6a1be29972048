"""A merge plan: a data file, a template and options, checked row by row against the ledger.

:class:`MergePlan` is what both the GUI and the CLI build first. Its :meth:`~MergePlan.validate`
pass renders every row once (streaming), records each row in the ledger and returns a
:class:`ValidationReport`: one status per row (ready, problem, suppressed, already sent,
unknown), the template-level problems that block sending (placeholders naming missing
columns, no sender) and the decisions the user must take (problem rows to skip, the same
Cc/Bcc copied to every row). The send engine re-checks each row with the same
:meth:`~MergePlan.check_row`, so what was shown is what is done.
"""

from __future__ import annotations

import email.utils
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from composer.i18n import translate
from composer.merge.advertising import (
    advertising_problems,
    consent_problem,
    guess_consent_column,
)
from composer.merge.data.csvsource import CsvRow
from composer.merge.data.grouping import GroupedSource
from composer.merge.data.opening import DataSource
from composer.merge.record.envelope import envelope_of
from composer.merge.record.ledger import MergeLedger, merge_key
from composer.merge.record.reading import record_reading
from composer.merge.record.suppression import SuppressionList
from composer.merge.templates.addresses import is_addr_spec, one_mailbox, printable
from composer.merge.templates.render import (
    CompiledTemplate,
    MergeTemplate,
    RenderedMessage,
    RenderError,
)

__all__ = [
    "ATTACHMENT_COLUMN_NAMES",
    "MergeOptions",
    "MergePlan",
    "RowCheck",
    "ValidationReport",
    "guess_attachment_column",
    "is_valid_address",
]

# Merges up to this many rows are rendered once for the check and the send (see
# MergePlan.rendered_rows); larger ones are rendered again, keeping memory flat.
REUSE_ROWS = 20_000

ATTACHMENT_COLUMN_NAMES = ("attachment", "attachments", "file", "files", "첨부", "첨부파일")


def guess_attachment_column(columns: Iterable[str]) -> str | None:
    """The column whose name says it lists files to attach (``files``, ``첨부``), or None."""
    lowered = {c.strip().lower(): c for c in columns}
    return next((lowered[n] for n in ATTACHMENT_COLUMN_NAMES if n in lowered), None)


def is_valid_address(address: str) -> bool:
    """Whether *address* (``addr`` or ``Name <addr>``) is exactly one deliverable mailbox."""
    return one_mailbox(address) is not None


@dataclass
class MergeOptions:
    """What the user chose for a merge.

    Attributes:
        from_email: the sender; the template's From wins when it has one.
        attachment_column: the column naming per-row files; "" to guess, None for none.
        attachments_dir: the folder per-row files must lie in (None: the data file's).
        accept_suspect_rows: the user accepted rows the check flagged as possibly garbled
            (bytes that are not text in the file's encoding, a field spanning lines).
        size_limit: the largest message to send, in bytes (an estimate is compared).
        allow_duplicates: send rows with the same recipients as an earlier row.
        allow_shared_copies: the user accepted a fixed Cc/Bcc copied to every row.
        skip_problems: the user chose to skip the rows with problems.
        unsubscribe_mailto: add ``List-Unsubscribe: <mailto:...>`` to every message.
        message_id_domain: the domain of generated Message-IDs (default: the sender's).
        column_map: placeholder -> column, where the template's names differ from the file's.
        pdf_password_column: the column holding each row's password for its PDF files
            (encrypted with AES-256 as each message is built); None: PDFs go as they are.
        advertising: the merge is advertising: held to 정보통신망법 §50
            (:mod:`composer.merge.advertising`).
        consent_column: the column of each recipient's consent date ("" to guess).
    """

    from_email: str = ""
    attachment_column: str | None = ""
    attachments_dir: Path | None = None
    accept_suspect_rows: bool = False
    size_limit: int = 25 * 1024 * 1024
    allow_duplicates: bool = False
    allow_shared_copies: bool = False
    skip_problems: bool = False
    unsubscribe_mailto: str = ""
    message_id_domain: str | None = None
    column_map: dict[str, str] = field(default_factory=dict)
    pdf_password_column: str | None = None
    advertising: bool = False
    consent_column: str | None = ""


@dataclass(frozen=True)
class RowCheck:
    """One row's status before sending.

    status is one of ``ready``, ``problem``, ``suppressed``, ``sent`` (in an earlier run)
    and ``unknown`` (in flight when an earlier run stopped). *files* lists the per-row
    attachments that go with the message, as (name in the attachments folder, size).
    """

    row_number: int
    line: int
    recipients: str
    status: str
    problems: tuple[str, ...] = ()
    row_key: str = ""
    files: tuple[tuple[str, int], ...] = ()


@dataclass
class ValidationReport:
    """The outcome of a validation pass."""

    merge_id: int
    scan: int
    total: int = 0
    counts: dict[str, int] = field(
        default_factory=lambda: dict.fromkeys(
            ("ready", "problem", "suppressed", "sent", "unknown"), 0
        )
    )
    rows: list[RowCheck] = field(default_factory=list)
    listed_all: bool = True
    template_problems: list[str] = field(default_factory=list)
    shared_copies: list[str] = field(default_factory=list)
    suspect_rows: int = 0
    attachment_column: str | None = None
    attachments_dir: Path | None = None
    attachment_files: int = 0
    attachment_bytes: int = 0

    @property
    def blocked(self) -> bool:
        """Nothing can be sent until the template or data file is fixed."""
        return bool(self.template_problems)

    def can_send(self, options: MergeOptions) -> bool:
        """Whether the user's choices allow the merge to start."""
        if self.blocked:
            return False
        if self.shared_copies and not options.allow_shared_copies:
            return False
        return not (self.counts["problem"] and not options.skip_problems)


class MergePlan:
    """A data file and a template, compiled and tied to their ledger record.

    Args:
        source: the data file.
        template: the message with placeholders.
        ledger: where rows are recorded.
        options: the user's choices.
    """

    def __init__(
        self,
        source: DataSource,
        template: MergeTemplate,
        ledger: MergeLedger,
        options: MergeOptions | None = None,
        suppression: SuppressionList | None = None,
    ) -> None:
        self.source = source
        self.template = template
        self.ledger = ledger
        self.options = options or MergeOptions()
        self.suppression = suppression if suppression is not None else SuppressionList()
        column = self.options.attachment_column
        if column == "":
            column = guess_attachment_column(source.columns)
        self.attachment_column = column
        self.attachments_dir = (self.options.attachments_dir or self.csv_dir()).resolve()
        self.compiled = CompiledTemplate(
            template,
            source.columns,
            attachment_column=column,
            base_dir=self.attachments_dir,
            column_map=self.options.column_map,
            grouped=isinstance(source, GroupedSource),
            pdf_password_column=self.options.pdf_password_column,
        )
        self.from_email = template.from_email or self.options.from_email
        self.consent_column: str | None = None
        if self.options.advertising:
            chosen = self.options.consent_column
            self.consent_column = (
                (chosen if chosen in source.columns else None)
                if chosen
                else guess_consent_column(source.columns)
            )
        self.key = merge_key(source.fingerprint(), template.fingerprint())
        # Known once validate() has claimed the merge in the ledger (0 until then).
        self.merge_id = 0
        self.scan = 0
        self.report: ValidationReport | None = None
        self._kept: (
            tuple[tuple[int, int], list[tuple[CsvRow, RenderedMessage | None, str | None]]] | None
        ) = None

    def _open_in_ledger(self) -> None:
        """Claim the merge (refused if another window or process has it), then record it.

        Raises:
            LedgerBusy: before anything in the ledger was touched.
        """
        ledger, source, template = self.ledger, self.source, self.template
        ledger.claim(self.key)
        self.merge_id = ledger.open_merge(
            self.key,
            name="{file}: {subject}".format(
                file=source.path.name,
                subject=template.subject or translate("MergePlan", "(no subject)"),
            ),
            csv_path=str(source.path.resolve()),
            template=template.source or template.subject,
            columns=source.columns,
            encoding=source.encoding,
            delimiter=source.delimiter,
        )
        # Kept so that an export from Earlier merges groups its rows the same way and never
        # writes out the PDF password column.
        record_reading(
            ledger,
            self.merge_id,
            group_by=source.column if isinstance(source, GroupedSource) else None,
            secret_columns=[self.options.pdf_password_column],
        )
        # No other run can be sending it now: rows a dead run left "sending" are in doubt.
        ledger.settle_interrupted(self.merge_id)

    # -- template-level checks ----------------------------------------------------------

    def template_problems(self) -> list[str]:
        """Problems that block the whole merge, each one sentence of what and what to do."""
        problems = list(self.compiled.address_problems)
        for name in self.compiled.missing_columns():
            problems.append(
                translate(
                    "MergePlan",
                    "The template uses {placeholder} but the data file has no column “{name}”. "
                    "Rename the placeholder or the column.",
                ).format(placeholder="{{ " + name + " }}", name=name)
            )
        if not self.from_email:
            problems.append(
                translate(
                    "MergePlan",
                    "The message has no sender address. Choose a sending profile or fill in From.",
                )
            )
        elif not is_valid_address(self.from_email):
            problems.append(
                translate(
                    "MergePlan",
                    "The sender address “{address}” is not a valid address. "
                    "Correct the From field or the profile.",
                ).format(address=self.from_email)
            )
        mailto = self.options.unsubscribe_mailto
        if mailto and not is_addr_spec(mailto.strip()):
            problems.append(
                translate(
                    "MergePlan",
                    "The unsubscribe address “{address}” is not one email address. "
                    "Write an address such as unsubscribe@your-domain.example.",
                ).format(address=printable(mailto))
            )
        if self.options.advertising:
            problems += advertising_problems(
                subject=self.template.subject,
                text=self.template.text,
                html=self.template.html,
                from_email=self.from_email,
                unsubscribe_mailto=self.options.unsubscribe_mailto,
                consent_column=self.consent_column,
            )
        if not (self.template.to or self.template.cc or self.template.bcc):
            problems.append(
                translate(
                    "MergePlan",
                    "The message has no recipient field. "
                    "Put a placeholder such as {example} in To.",
                ).format(example="{{ email }}")
            )
        return problems

    def shared_copies(self) -> list[str]:
        """Fixed Cc/Bcc addresses that every row would copy (the user must accept them)."""
        out = []
        for field_name, label in (("cc", "Cc"), ("bcc", "Bcc")):
            value: str = getattr(self.template, field_name)
            if value.strip() and not self.compiled.is_templated(field_name):
                out.append(
                    translate(
                        "MergePlan",
                        "Every message would be copied to {address} ({field}), "
                        "so that address would get one copy per row.",
                    ).format(address=value.strip(), field=label)
                )
        return out

    # -- rows ---------------------------------------------------------------------------

    def render(self, row: CsvRow) -> RenderedMessage:
        return self.compiled.render(row.number, row.values, row.group)

    def check_row(
        self, row: CsvRow, rendered: RenderedMessage | None, error: str | None, occurrence: int
    ) -> tuple[str, tuple[str, ...]]:
        """(status, problems) of a row: ``ready``, ``problem`` or ``suppressed``."""
        problems: list[str] = []
        if row.short:
            problems.append(
                translate("MergePlan", "line {line} has fewer fields than the header").format(
                    line=row.line
                )
            )
        if row.suspect and not self.options.accept_suspect_rows:
            problems.extend(row.suspect)
        if error is not None:
            problems.append(translate("MergePlan", "cannot render: {error}").format(error=error))
        if self.consent_column is not None:
            refused = consent_problem(row.values, self.consent_column)
            if refused is not None:
                problems.append(refused)
        if rendered is not None:
            envelope = envelope_of(rendered)
            recipients = envelope.recipients
            problems.extend(rendered.problems)
            if not rendered.to and not recipients and not rendered.problems:
                problems.append(translate("MergePlan", "no recipient address"))
            size = rendered.estimated_size()
            if size > self.options.size_limit:
                problems.append(
                    translate(
                        "MergePlan", "message is about {size} MB, over the {limit} MB limit"
                    ).format(size=f"{size / 1e6:.1f}", limit=f"{self.options.size_limit / 1e6:.0f}")
                )
            if occurrence > 0 and recipients and not self.options.allow_duplicates:
                problems.append(
                    translate("MergePlan", "same recipients as an earlier row (duplicate)")
                )
            if not problems:
                suppressed = self.suppression.first_suppressed(recipients, envelope.bare)
                if suppressed is not None:
                    reason = translate("MergePlan", "{address} is on the suppression list")
                    return "suppressed", (reason.format(address=suppressed),)
        return ("problem" if problems else "ready"), tuple(problems)

    def rendered_rows(
        self,
    ) -> Iterator[tuple[CsvRow, RenderedMessage | None, str | None]]:
        """Each data row with its rendered message (or the render error).

        A merge of up to :data:`REUSE_ROWS` rows is rendered once: the pass that follows a
        complete one (the send pass after the check) takes the messages it kept, as long
        as the data file is the same on disk (size and modification time); otherwise, and
        for larger files (memory stays flat), every row is read and rendered again.
        """
        kept, self._kept = self._kept, None
        stamp = self._stamp()
        if kept is not None and kept[0] == stamp:
            yield from kept[1]
            return
        keep: list[tuple[CsvRow, RenderedMessage | None, str | None]] | None = []
        for row in self.source.rows():
            try:
                item: tuple[CsvRow, RenderedMessage | None, str | None] = (
                    row,
                    self.render(row),
                    None,
                )
            except RenderError as exc:
                item = (row, None, str(exc))
            if keep is not None:
                keep.append(item)
                if len(keep) > REUSE_ROWS:
                    keep = None
            yield item
        if keep is not None and stamp is not None:
            self._kept = (stamp, keep)

    def _stamp(self) -> tuple[int, int] | None:
        try:
            st = self.source.path.stat()
        except OSError:
            return None
        return st.st_size, st.st_mtime_ns

    def validate(
        self,
        *,
        max_listed: int = 20000,
        max_ready_listed: int = 5000,
        progress: Callable[[int], None] | None = None,
        should_stop: Callable[[], bool] | None = None,
    ) -> ValidationReport:
        """Check every row and record it in the ledger (one streaming pass).

        First claims the merge for this ledger (kept until the run that follows ends, or
        the ledger is closed): a merge open in another window or process is refused with
        :class:`LedgerBusy` before the ledger is touched, so the other one is never
        disturbed.

        Args:
            max_listed: keep at most this many rows in the report (the counts are always
                complete).
            max_ready_listed: list ready rows only while the report holds fewer rows than
                this (rows that need attention are always listed, up to *max_listed*).
            progress: called with the number of rows checked so far, every 500 rows.
            should_stop: polled every 500 rows; True abandons the pass (returns None-like
                partial report with ``listed_all`` False).
        """
        ledger = self.ledger
        self._open_in_ledger()
        scan = ledger.begin_scan(self.merge_id)
        report = ValidationReport(merge_id=self.merge_id, scan=scan)
        report.template_problems = self.template_problems()
        report.shared_copies = self.shared_copies()
        report.attachment_column = self.attachment_column
        report.attachments_dir = self.attachments_dir if self.attachment_column else None
        batch: list[tuple[CsvRow, RenderedMessage | None, str | None]] = []
        lists = (max_listed, max_ready_listed)
        try:
            for item in self.rendered_rows():
                batch.append(item)
                # The ledger takes the rows in batches (a few statements each, not two per
                # row); a batch ends where the pass may be stopped, so a stopped pass
                # records no row it did not check.
                if item[0].number % 500 == 0 or len(batch) >= 500:
                    going_on = self._check_batch(scan, batch, report, lists, progress, should_stop)
                    batch = []
                    if not going_on:
                        break
            else:
                self._check_batch(scan, batch, report, lists, progress, should_stop)
        except BaseException:
            ledger.abort_scan()
            raise
        ledger.end_scan(self.merge_id)
        self.scan = scan
        self.report = report
        return report

    def _check_batch(
        self,
        scan: int,
        batch: list[tuple[CsvRow, RenderedMessage | None, str | None]],
        report: ValidationReport,
        lists: tuple[int, int],
        progress: Callable[[int], None] | None,
        should_stop: Callable[[], bool] | None,
    ) -> bool:
        """Record and check a batch of rows into *report*; False if the pass should stop."""
        max_listed, max_ready_listed = lists
        envelopes = [envelope_of(r) if r is not None else None for _row, r, _e in batch]
        scanned = self.ledger.scan_rows(
            self.merge_id,
            scan,
            [
                (row.number, e.recipients if e is not None else (), e.base if e else None)
                for (row, _r, _e), e in zip(batch, envelopes, strict=True)
            ],
        )
        for (row, rendered, error), envelope, (key, previous, occurrence) in zip(
            batch, envelopes, scanned, strict=True
        ):
            problems: tuple[str, ...] = ()
            if previous in ("sent", "unknown"):
                status = previous
            else:
                status, problems = self.check_row(row, rendered, error, occurrence)
            report.total += 1
            report.counts[status] += 1
            if row.suspect:
                report.suspect_rows += 1
            files: tuple[tuple[str, int], ...] = ()
            if rendered is not None and rendered.attachments:
                files = tuple((f.name, f.size) for f in rendered.attachments)
                if status == "ready":
                    report.attachment_files += len(files)
                    report.attachment_bytes += sum(size for _name, size in files)
            if status != "ready" or len(report.rows) < max_ready_listed:
                if len(report.rows) < max_listed:
                    recipients = ", ".join(envelope.recipients) if envelope is not None else ""
                    report.rows.append(
                        RowCheck(row.number, row.line, recipients, status, problems, key, files)
                    )
                else:
                    report.listed_all = False
            else:
                report.listed_all = False
            if row.number % 500 == 0:
                if progress is not None:
                    progress(row.number)
                if should_stop is not None and should_stop():
                    report.listed_all = False
                    return False
        return True

    def message_domain(self) -> str:
        """The domain for Message-IDs: the option, else the sender's domain."""
        if self.options.message_id_domain:
            return self.options.message_id_domain
        addr = email.utils.parseaddr(self.from_email)[1]
        return addr.rpartition("@")[2] or "localhost"

    def csv_dir(self) -> Path:
        return self.source.path.resolve().parent
