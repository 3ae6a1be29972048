"""Continuing an earlier merge: the template and choices it was sent with.

A merge is the pair (data file, template): its rows already sent are found again only with
the template they were sent with. So a merge continues with the template and choices kept
beside the ledger when it ran (:mod:`composer.merge.templates.store`); for merges run
before templates were kept, with the template file the merge names, if it still exists.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from composer.merge.record.ledger import MergeInfo
from composer.merge.templates.render import MergeTemplate, TemplateSyntaxProblem
from composer.merge.templates.store import StoredMerge, recall

__all__ = ["earlier_choices", "recall_merge"]


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


def earlier_choices(
    ledger_path: Path,
    merges: Iterable[MergeInfo],
    data_path: str | os.PathLike[str],
    template: MergeTemplate,
) -> StoredMerge | None:
    """The choices of the latest merge of *data_path* with *template* that sent anything.

    The CLI continues a merge when the same command runs again; an option left out (the
    sheet, ``--group-by``, ``--advertising``, ...) would make it another merge mailing
    everyone again, or drop the advertising rules. What the earlier run chose fills them in.
    None when this data file was never merged with this message (or its choices were not
    kept). Reads the disk.
    """
    data = str(Path(data_path).resolve())
    fingerprint = template.fingerprint()
    for merge in sorted(merges, key=lambda m: m.updated, reverse=True):
        if merge.csv_path != data or not (merge.counts.get("sent") or merge.counts.get("unknown")):
            continue
        stored = recall(ledger_path, merge.key)
        if stored is not None and stored.template.fingerprint() == fingerprint:
            return stored
    return None
