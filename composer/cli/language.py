"""The command line in the user's language, without Qt.

The window translates through Qt's ``QTranslator``; the command line must not import Qt (it
starts in a fraction of a second and runs where no display is), so it reads the same
``composer_core_<lang>.qm`` catalogue itself. A ``.qm`` file is a tagged binary format:
after a 16-byte magic, blocks of (tag, 32-bit length); the messages block holds records of
(tag, value) fields ending in an end tag, each with the source text, its context, its
comment (the disambiguation) and the translation in UTF-16. Only those fields are read.

The language is the one the window would use: the Preferences choice (``settings.toml``),
else the system's (``LC_ALL``, ``LC_MESSAGES``, ``LANG``, then the ``LANGUAGE`` list).
"""

from __future__ import annotations

import logging
import os
import struct
from collections.abc import Callable, Mapping
from importlib import resources

from composer import i18n

__all__ = ["install", "language_for", "read_catalogue"]

log = logging.getLogger(__name__)

_SUPPORTED = ("en", "ko")
_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES = 0x69
# Field tags inside the messages block.
_END, _SOURCE16, _TRANSLATION, _CONTEXT16, _OBSOLETE1 = 1, 2, 3, 4, 5
_SOURCE, _CONTEXT, _COMMENT, _OBSOLETE2 = 6, 7, 8, 9
_NULL = 0xFFFFFFFF

Catalogue = dict[tuple[str, str, str], str]


def read_catalogue(data: bytes) -> Catalogue:
    """(context, source, comment) -> translation from a ``.qm`` file's bytes.

    Raises:
        ValueError: *data* is not a ``.qm`` file Composer can read.
    """
    if not data.startswith(_MAGIC):
        raise ValueError("not a .qm file")
    pos = len(_MAGIC)
    messages = b""
    while pos + 5 <= len(data):
        tag = data[pos]
        (length,) = struct.unpack_from(">I", data, pos + 1)
        if tag == _MESSAGES:
            messages = data[pos + 5 : pos + 5 + length]
        pos += 5 + length
    out: Catalogue = {}
    fields: dict[int, bytes] = {}
    pos = 0
    while pos < len(messages):
        tag = messages[pos]
        pos += 1
        if tag == _END:
            if _TRANSLATION in fields and _SOURCE in fields:
                key = (
                    fields.get(_CONTEXT, b"").decode("utf-8", "replace"),
                    fields[_SOURCE].decode("utf-8", "replace"),
                    fields.get(_COMMENT, b"").decode("utf-8", "replace"),
                )
                out.setdefault(key, fields[_TRANSLATION].decode("utf-16-be", "replace"))
            fields = {}
        elif tag in (_OBSOLETE1,):
            continue
        elif tag in (_SOURCE16, _TRANSLATION, _CONTEXT16, _SOURCE, _CONTEXT, _COMMENT, _OBSOLETE2):
            (length,) = struct.unpack_from(">I", messages, pos)
            pos += 4
            if length == _NULL:
                continue
            # Several translations are numerus forms; Korean has one, the first is kept.
            fields.setdefault(tag, messages[pos : pos + length])
            pos += length
        else:
            raise ValueError(f"unknown .qm field tag {tag}")
    return out


def language_for(setting: str, environ: Mapping[str, str]) -> str:
    """The language to use: *setting* ("en", "ko") or, for "system", the environment's."""
    if setting in _SUPPORTED:
        return setting
    primary = environ.get("LC_ALL") or environ.get("LC_MESSAGES") or environ.get("LANG") or ""
    for name in (primary, *environ.get("LANGUAGE", "").split(":")):
        code = name.replace("-", "_").split("_")[0].split(".")[0].lower()
        if code in _SUPPORTED:
            return code
    return "en"


def _translator(catalogue: Catalogue) -> i18n.Translator:
    def translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
        found = catalogue.get((context, text, disambiguation or ""))
        if found is None and disambiguation:
            found = catalogue.get((context, text, ""))
        if found is None:
            return text
        return found.replace("%n", str(n)) if n >= 0 else found

    return translate


def install(environ: Mapping[str, str] | None = None) -> Callable[[], None]:
    """Translate :func:`composer.i18n.translate` into the user's language for this command;
    returns what puts the earlier translator back. A missing or unreadable catalogue or
    settings file leaves the command in English."""
    previous = i18n.current()
    try:
        from composer.storage import appsettings

        language = language_for(appsettings.load().language, environ or os.environ)
        if language != "en":
            data = (
                resources.files("composer")
                .joinpath("resources", "translations", f"composer_core_{language}.qm")
                .read_bytes()
            )
            i18n.install(_translator(read_catalogue(data)))
    except (OSError, ValueError, struct.error) as exc:
        log.warning("The command line stays in English: %s", exc)
    return lambda: i18n.install(previous)
