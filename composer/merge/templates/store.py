"""The message and choices of a merge, kept beside its ledger so it can be resumed.

Resuming a merge (Earlier merges ▸ Continue) needs exactly the template it was sent with:
the merge is identified by its data file and its template's fingerprint, and the rows by
the recipients the template renders. A template typed in the compose window exists nowhere
else, and a template file may have been edited since. So, before a run sends anything, the
template's raw fields and the choices that shape its rows (placeholder mapping, attachment
column and folder, encoding, delimiter; the sheet and header row, which a workbook keeps in
its encoding; the group-by column; the advertising switch, its consent column and the
unsubscribe address: whatever changes who gets what) are written to
``<ledger folder>/templates/<merge key>.json``, atomically, in plain JSON.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from composer.compose.message import InlineImage
from composer.merge.data.grouping import GroupedSource
from composer.merge.data.opening import sheet_reading
from composer.merge.templates.render import MergeTemplate
from composer.storage.atomic import write_text_atomic

if TYPE_CHECKING:
    from composer.merge.plan import MergePlan

__all__ = ["StoredMerge", "recall", "remember"]

log = logging.getLogger(__name__)
_VERSION = 1
_TEXT_FIELDS = ("subject", "text", "html", "from_email", "to", "cc", "bcc", "reply_to", "source")


@dataclass
class StoredMerge:
    """What :func:`recall` gives back: the template and the choices of the merge."""

    template: MergeTemplate
    column_map: dict[str, str] = field(default_factory=dict)
    attachment_column: str | None = None
    attachments_dir: Path | None = None
    encoding: str = ""
    delimiter: str = ""
    #: The column of each row's PDF password (its name only: never a password).
    pdf_password_column: str | None = None
    #: One message per value of this column (None: one per row).
    group_by: str | None = None
    #: The merge was held to the advertising rules (정보통신망법 §50).
    advertising: bool = False
    #: The column of consent dates of an advertising merge ("" or None: guessed).
    consent_column: str | None = None
    #: The unsubscribe address of List-Unsubscribe ("": none), which advertising needs.
    unsubscribe_mailto: str = ""

    @property
    def sheet(self) -> str | None:
        """The workbook's sheet the merge read (None: a CSV file)."""
        return sheet_reading(self.encoding)[0]

    @property
    def header_row(self) -> int | None:
        """The sheet's row of column names, when the user chose it (None: found)."""
        return sheet_reading(self.encoding)[1]


def _path(ledger_path: Path, key: str) -> Path:
    return ledger_path.parent / "templates" / f"{key}.json"


def remember(plan: MergePlan) -> None:
    """Keep *plan*'s template and choices for a later resume (overwrites an older copy).

    Raises:
        OSError: the file cannot be written (the disk is full, ...).
    """
    t = plan.template
    data: dict[str, Any] = {name: getattr(t, name) for name in _TEXT_FIELDS}
    data["version"] = _VERSION
    data["headers"] = dict(t.headers)
    data["attachments"] = [
        {
            "filename": name,
            "mimetype": mimetype,
            "text": content if isinstance(content, str) else None,
            "base64": None
            if isinstance(content, str)
            else base64.b64encode(content).decode("ascii"),
        }
        for name, content, mimetype in t.attachments
    ]
    data["inline_images"] = [
        {
            "cid": image.cid,
            "filename": image.filename,
            "mimetype": image.mimetype,
            "base64": base64.b64encode(image.content).decode("ascii"),
        }
        for image in t.inline_images
    ]
    data["column_map"] = dict(plan.options.column_map)
    data["attachment_column"] = plan.attachment_column
    data["attachments_dir"] = str(plan.attachments_dir) if plan.attachment_column else None
    data["encoding"] = plan.source.encoding
    data["delimiter"] = plan.source.delimiter
    data["pdf_password_column"] = plan.options.pdf_password_column or None
    data["group_by"] = plan.source.column if isinstance(plan.source, GroupedSource) else None
    data["advertising"] = plan.options.advertising
    data["unsubscribe_mailto"] = plan.options.unsubscribe_mailto
    data["consent_column"] = plan.consent_column if plan.options.advertising else None
    write_text_atomic(_path(plan.ledger.path, plan.key), json.dumps(data, ensure_ascii=False))


def recall(ledger_path: Path, key: str) -> StoredMerge | None:
    """The template and choices kept for merge *key*, or None (never kept, or unreadable)."""
    path = _path(ledger_path, key)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        attachments: list[tuple[str, bytes | str, str]] = []
        for item in data.get("attachments", []):
            text = item.get("text")
            content: bytes | str = (
                text if isinstance(text, str) else base64.b64decode(item["base64"])
            )
            attachments.append((str(item["filename"]), content, str(item["mimetype"])))
        images = [
            InlineImage(
                str(item["cid"]),
                str(item["filename"]),
                str(item["mimetype"]),
                base64.b64decode(item["base64"]),
            )
            for item in data.get("inline_images", [])
        ]
        fields: dict[str, Any] = {name: str(data.get(name, "")) for name in _TEXT_FIELDS}
        template = MergeTemplate(
            **fields,
            attachments=attachments,
            headers={str(k): str(v) for k, v in data.get("headers", {}).items()},
            inline_images=images,
        )
        folder = data.get("attachments_dir")
        return StoredMerge(
            template,
            column_map={str(k): str(v) for k, v in data.get("column_map", {}).items()},
            attachment_column=data.get("attachment_column") or None,
            attachments_dir=Path(folder) if folder else None,
            encoding=str(data.get("encoding", "")),
            delimiter=str(data.get("delimiter", "")),
            pdf_password_column=data.get("pdf_password_column") or None,
            group_by=data.get("group_by") or None,
            advertising=data.get("advertising") is True,
            consent_column=data.get("consent_column") or None,
            unsubscribe_mailto=str(data.get("unsubscribe_mailto") or ""),
        )
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, AttributeError, binascii.Error) as exc:
        log.warning("the kept template of merge %s cannot be read: %s", key, exc)
        return None
