"""Continuing an earlier merge: the template and choices it was sent with.

A merge is the pair (data file, template): its rows already sent are found again only with
the template they were sent with. So a merge continues with the template and choices kept
beside the ledger when it ran (:mod:`composer.merge.templates.store`); for merges run
before templates were kept, with the template file the merge names, if it still exists.
"""

from __future__ import annotations

from pathlib import Path

from composer.merge.record.ledger import MergeInfo
from composer.merge.templates.render import MergeTemplate, TemplateSyntaxProblem
from composer.merge.templates.store import StoredMerge, recall

__all__ = ["recall_merge"]


def recall_merge(
    ledger_path: Path, merge: MergeInfo
) -> tuple[MergeTemplate, StoredMerge | None] | None:
    """The template to continue *merge* with, and the choices kept with it (None if none).

    Returns None when the merge's message was not kept and its template file is gone or
    unreadable. Reads the disk: call it off the GUI thread.
    """
    stored = recall(ledger_path, merge.key)
    if stored is not None:
        return stored.template, stored
    if merge.template and Path(merge.template).is_file():
        try:
            return MergeTemplate.from_eml(merge.template), None
        except TemplateSyntaxProblem:
            return None
    return None
