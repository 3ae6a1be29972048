"""Earlier merges ▸ Continue: bring back a merge exactly as it was sent, then check it.

A merge is the pair (data file, template): the rows already sent are found again only if
the template is the one they were sent with. So the dialog takes the template and choices
kept beside the ledger when the merge ran (:mod:`composer.merge.templates.store`), not the
message that happens to be open in the compose window; for merges run before templates
were kept, the template file the merge names is used if it still exists.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from composer.merge import MergeInfo, MergeTemplate, TemplateSyntaxProblem
from composer.merge.templates.store import recall
from composer.ui.errors import UserMessage, show_message

if TYPE_CHECKING:
    from composer.ui.merge.dialog import MergeDialog

__all__ = ["resume_merge"]


def _select(combo: object, value: str) -> None:
    from PySide6.QtWidgets import QComboBox

    assert isinstance(combo, QComboBox)
    index = combo.findData(value)
    combo.blockSignals(True)
    combo.setCurrentIndex(index if index >= 0 else 0)
    combo.blockSignals(False)


def resume_merge(dialog: MergeDialog, merge: MergeInfo) -> bool:
    """Load *merge*'s template, choices and data file into *dialog* and start its check.

    Returns False (after telling the user why) when the merge's message was not kept and
    its template file is gone, or its data file cannot be read.
    """
    stored = recall(dialog.ledger.path, merge.key)
    template: MergeTemplate | None = stored.template if stored is not None else None
    if template is None and merge.template and Path(merge.template).is_file():
        try:
            template = MergeTemplate.from_eml(merge.template)
        except TemplateSyntaxProblem:
            template = None
    if template is None:
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
        return False
    d = dialog.data_page
    dialog.template = template
    dialog.column_map = dict(stored.column_map) if stored is not None else {}
    _select(d.encoding_combo, (stored.encoding if stored else "") or merge.encoding)
    _select(d.delimiter_combo, (stored.delimiter if stored else "") or merge.delimiter)
    folder = stored.attachments_dir if stored is not None else None
    d.folder_edit.setText(str(folder) if folder else "")
    dialog.go_to(0)
    if not dialog.load_csv(merge.csv_path):
        return False
    if stored is not None:
        _select(d.attachment_combo, stored.attachment_column or "")
        dialog._show_placeholders()
    dialog.resumed_key = merge.key
    dialog.go_to(1)
    return True
