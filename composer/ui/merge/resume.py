"""Earlier merges ▸ Continue: bring back a merge exactly as it was sent, then check it.

The template and choices come from :func:`composer.merge.resume.recall_merge` (read off the
GUI thread), not from the message that happens to be open in the compose window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from composer.merge import MergeInfo, MergeTemplate
from composer.merge.resume import recall_merge
from composer.merge.templates.store import StoredMerge
from composer.ui.errors import UserMessage, show_message
from composer.ui.merge.columns import fill_column_combo
from composer.ui.tasks import Task

if TYPE_CHECKING:
    from composer.ui.merge.dialog import MergeDialog

__all__ = ["resume_merge"]

Recalled = tuple[MergeTemplate, StoredMerge | None] | None


def _select(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    combo.blockSignals(True)
    combo.setCurrentIndex(index if index >= 0 else 0)
    combo.blockSignals(False)


def resume_merge(dialog: MergeDialog, merge: MergeInfo) -> Task[Recalled]:
    """Load *merge*'s template, choices and data file into *dialog*, then start its check.

    Tells the user why when the merge's message was not kept and its template file is
    gone; a data file that cannot be read shows on the Data step.
    """
    ledger_path = dialog.ledger.path
    task: Task[Recalled] = dialog.runner.submit(
        lambda _ctx: recall_merge(ledger_path, merge), name="merge-recall"
    )
    task.succeeded.connect(lambda found: _continue(dialog, merge, found))
    return task


def _continue(dialog: MergeDialog, merge: MergeInfo, found: Recalled) -> None:
    if found is None:
        show_message(
            dialog,
            UserMessage(
                QCoreApplication.translate(
                    "MergeResume",
                    "The message of this merge was not kept, so it cannot be continued here.",
                ),
                QCoreApplication.translate(
                    "MergeResume",
                    "Open the message you sent in the compose window, start Tools ▸ Mail "
                    "merge from it and choose the same data file: if the message is "
                    "unchanged, rows already sent are not sent again.",
                ),
            ),
        )
        return
    template, stored = found
    d = dialog.data_page
    dialog.template = template
    dialog.column_map = dict(stored.column_map) if stored is not None else {}
    _select(d.encoding_combo, (stored.encoding if stored else "") or merge.encoding)
    _select(d.delimiter_combo, (stored.delimiter if stored else "") or merge.delimiter)
    folder = stored.attachments_dir if stored is not None else None
    d.folder_edit.setText(str(folder) if folder else "")
    if stored is not None:
        _restore_reading(dialog, merge, stored)
    dialog.go_to(0)
    load = dialog.load_csv(merge.csv_path)
    load.succeeded.connect(lambda _data: _check(dialog, merge, stored))


def _restore_reading(dialog: MergeDialog, merge: MergeInfo, stored: StoredMerge) -> None:
    """Open the data as the merge read it: its sheet and header row, its grouping.

    Another sheet or no grouping would be another merge, mailing everyone again (one
    message per row instead of one per family). The page keeps what it shows while the
    same file is opened again, so the file and these choices are set before it loads.
    """
    d = dialog.data_page
    d.path_edit.setText(merge.csv_path)
    if stored.sheet is not None:
        d.show_sheet_choices((stored.sheet,), stored.sheet, stored.header_row or 0)
    else:
        d.show_sheet_choices(None)
    group = stored.group_by
    d.set_group_columns((group,) if group else (), group)


def _restore_rules(dialog: MergeDialog, stored: StoredMerge) -> None:
    """Hold the merge to the advertising rules it was sent under (never dropped by a resume)."""
    c = dialog.check_page
    source = dialog.source
    if stored.consent_column and source is not None:
        fill_column_combo(c.consent_combo, source.columns, stored.consent_column, None)
    if stored.unsubscribe_mailto:
        c.unsubscribe.setChecked(True)
        c.unsubscribe_edit.setText(stored.unsubscribe_mailto)
    c.advertising.setChecked(stored.advertising)


def _check(dialog: MergeDialog, merge: MergeInfo, stored: StoredMerge | None) -> None:
    if stored is not None:
        _restore_rules(dialog, stored)
        _select(dialog.data_page.attachment_combo, stored.attachment_column or "")
        # A resumed merge protects its PDFs as it did: never unprotected by forgetting.
        _select(dialog.data_page.pdf_password_combo, stored.pdf_password_column or "")
        dialog.data_step.hide_password_cells()
        dialog.data_step.show_placeholders()
    dialog.resumed_key = merge.key
    dialog.go_to(1)
