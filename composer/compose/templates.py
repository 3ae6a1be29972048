"""Saved messages to start from: ``templates/NAME.eml`` in the data folder.

A template is a message as written (addresses, subject, formatted text, inline images and
attachments, the attachments' bytes included so a template survives its files being moved),
kept as an ``.eml`` file. ``{{ placeholders }}`` stay as typed: the mail merge reads such a
file as its template (``composer merge DATA.csv ~/.local/share/composer/templates/NAME.eml``,
or Tools ▸ Mail merge from a message started from it). A template's name is data: it names
one file inside the templates folder, never a path elsewhere.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from pathlib import Path

from composer.compose.message import Attachment, ComposedMessage, from_eml, to_eml
from composer.errors import ComposerError
from composer.i18n import translate
from composer.storage import paths
from composer.storage.atomic import write_bytes_atomic

__all__ = ["TemplateError", "TemplateStore", "templates_dir"]

_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')


class TemplateError(ComposerError, ValueError):
    """A template name that cannot be a file name."""


def templates_dir() -> Path:
    return paths.data_dir() / "templates"


class TemplateStore:
    """The user's templates (every call touches the disk: off the GUI thread)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder if folder is not None else templates_dir()

    def path(self, name: str) -> Path:
        """The file of the template *name*.

        Raises:
            TemplateError: *name* is empty or only characters a file name cannot hold.
        """
        clean = _UNSAFE.sub(" ", unicodedata.normalize("NFC", name)).strip().strip(".").strip()
        if not clean:
            raise TemplateError(
                translate("Templates", "“{name}” cannot be the name of a template.").format(
                    name=name
                ),
                translate("Templates", "Choose a name with letters or digits."),
            )
        return self.folder / f"{clean[:120]}.eml"

    def names(self) -> list[str]:
        """The templates, by name."""
        if not self.folder.is_dir():
            return []
        return sorted((p.stem for p in self.folder.glob("*.eml")), key=str.casefold)

    def save(self, name: str, msg: ComposedMessage) -> Path:
        """Keep *msg* as the template *name* (replacing one of that name).

        Raises:
            TemplateError: a name that cannot be a file name.
            OSError: an attachment can no longer be read, or the file cannot be written.
        """
        path = self.path(name)
        # The attachments' bytes go into the template: it must not depend on where the
        # files were when it was saved.
        held = [Attachment.from_bytes(a.filename, a.read(), a.mimetype) for a in msg.attachments]
        self.folder.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(path, to_eml(dataclasses.replace(msg, attachments=held)), 0o600)
        return path

    def load(self, name: str) -> ComposedMessage:
        """The message of the template *name*, to start a new message from.

        Raises:
            OSError: it cannot be read; UnreadableMessage: it is not a message.
        """
        return from_eml(self.path(name).read_bytes())

    def delete(self, name: str) -> None:
        self.path(name).unlink(missing_ok=True)

    def rename(self, old: str, new: str) -> None:
        """Raises TemplateError for a bad new name, FileExistsError when it is taken."""
        target = self.path(new)
        if target.exists() and target != self.path(old):
            raise FileExistsError(target)
        self.path(old).rename(target)
