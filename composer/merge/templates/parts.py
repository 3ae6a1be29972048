"""Ready MIME parts in a template message: read back into fields a merge can render.

The compose window hands the merge a :mod:`composer.mail` message whose text files are
ready base64 parts and whose inline images sit with the HTML in a ``multipart/related``
part (:func:`composer.compose.message.build_email`). A merge renders the HTML and the text
per row, so such parts are read back into the template's fields, as an opened ``.eml`` file
is (:func:`composer.compose.message.from_eml`): the text, the HTML, the images the HTML shows
(by Content-ID) and the files. Each row's message is then built again the way the compose
window builds it (:func:`composer.compose.message.formatted_email`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from email.message import Message
from email.mime.multipart import MIMEMultipart

from composer.compose.message import InlineImage, UnreadableMessage, from_eml
from composer.i18n import translate

__all__ = ["FoundParts", "PartsProblem", "read_parts"]


class PartsProblem(ValueError):
    """A ready MIME part cannot be read; the text says so in words."""


@dataclass
class FoundParts:
    """What ready MIME parts hold, in their order."""

    text: str = ""
    html: str = ""
    images: list[InlineImage] = field(default_factory=list)
    attachments: list[tuple[str, bytes | str, str]] = field(default_factory=list)


def read_parts(parts: list[Message]) -> FoundParts:
    """Read *parts* (each a part of a message, not a whole one) as the compose window
    would read them from a file.

    Raises:
        PartsProblem: a part is damaged beyond reading.
    """
    found = FoundParts()
    for part in parts:
        container = MIMEMultipart("mixed")
        container.attach(part)
        try:
            read = from_eml(container.as_bytes())
        except UnreadableMessage as exc:
            raise PartsProblem(
                translate(
                    "MergeTemplate",
                    "A part of the message cannot be read ({reason}). Attach the file again.",
                ).format(reason=exc)
            ) from exc
        found.text = found.text or read.text
        found.html = found.html or read.html or ""
        found.images += read.inline_images
        found.attachments += [(a.filename, a.read(), a.mimetype) for a in read.attachments]
    return found
