"""Per-row attachments: file names from a data column, confined to one chosen folder.

A cell is data, not a path the merge should follow anywhere: ``~/.ssh/id_ed25519``,
``/etc/passwd``, ``../../etc/hostname``, ``C:\\Users``, ``\\\\server\\share`` or a symbolic
link that leads out would otherwise be attached and sent to that row's recipient. A cell
names files *inside* the attachments folder (the data file's folder unless the user chose
another); anything else is a problem of that row, shown by the check, and never read.
Hidden files (a name part starting with ``.``) are never attached either.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

from composer.i18n import translate
from composer.merge.templates.addresses import has_control, printable

__all__ = ["AttachmentFile", "read_attachment", "resolve_attachments", "split_cell"]

_SPLIT = re.compile(r"[;\n]")
_SEPARATORS = re.compile(r"[\\/]")


@dataclass(frozen=True)
class AttachmentFile:
    """One file a row attaches: where it is, how the check names it, and its size."""

    path: Path
    name: str
    size: int


def split_cell(cell: str) -> list[str]:
    """The file names a cell lists (``;`` or a line break between several)."""
    return [item.strip() for item in _SPLIT.split(cell) if item.strip()]


def _outside(item: str, folder: Path) -> str:
    return translate(
        "MergeAttachments",
        "attachment “{name}” is not inside the attachments folder {folder}; "
        "only files in that folder are attached",
    ).format(name=printable(item), folder=folder)


def _resolve_one(item: str, root: Path) -> AttachmentFile | str:
    if has_control(item):
        return translate("MergeAttachments", "attachment “{name}” is not a file name").format(
            name=printable(item)
        )
    windows = PureWindowsPath(item)
    if (
        item.startswith(("~", "/", "\\"))
        or PurePosixPath(item).is_absolute()
        or windows.is_absolute()
        or windows.drive
    ):
        return _outside(item, root)
    parts = [p for p in _SEPARATORS.split(item) if p not in ("", ".")]
    if not parts or ".." in parts:
        return _outside(item, root)
    if any(p.startswith(".") for p in parts):
        return translate(
            "MergeAttachments", "attachment “{name}” is a hidden file; hidden files are never sent"
        ).format(name=printable(item))
    candidate = root.joinpath(*parts)
    try:
        resolved = candidate.resolve(strict=False)
    except (OSError, RuntimeError):  # a symlink loop
        return _outside(item, root)
    if not resolved.is_relative_to(root):
        return _outside(item, root)
    try:
        st = resolved.stat()
    except OSError:
        st = None
    if st is None or not resolved.is_file():
        return translate("MergePlan", "attachment file not found: {path}").format(path=candidate)
    return AttachmentFile(resolved, "/".join(parts), st.st_size)


def resolve_attachments(cell: str, folder: Path) -> tuple[list[AttachmentFile], list[str]]:
    """The files a cell names inside *folder*, and a problem for each name that is not one.

    Returns:
        (files, problems): every file listed exists, is a regular file, and lies inside
        *folder* after following symbolic links.
    """
    root = folder.resolve()
    files: list[AttachmentFile] = []
    problems: list[str] = []
    for item in split_cell(cell):
        found = _resolve_one(item, root)
        if isinstance(found, str):
            problems.append(found)
        else:
            files.append(found)
    return files, problems


def read_attachment(path: Path, folder: Path) -> bytes:
    """The bytes of *path*, checked once more to be a regular file inside *folder*.

    The check ran when the row was validated; the file may have been swapped for a link
    since, so it is repeated right before the bytes are read.

    Raises:
        OSError: the file is gone, not a regular file, or now outside *folder*.
    """
    root = folder.resolve()
    resolved = path.resolve(strict=True)
    if not resolved.is_relative_to(root) or not resolved.is_file():
        raise PermissionError(_outside(str(path), root))
    # No following a link swapped in since, and no blocking on a FIFO swapped in.
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    fd = os.open(resolved, flags | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
            raise PermissionError(_outside(str(path), root))
        return fh.read()
