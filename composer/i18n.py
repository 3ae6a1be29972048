"""Translating user-visible text, also in modules that must not import Qt.

Qt-free modules (sending, profiles, credentials, the merge engine, ...) write every sentence a
user may see as ``translate("Context", "Source text with {placeholders}")`` and fill the
placeholders afterwards with ``.format(...)``: never an f-string inside ``translate``, or the
text could not be looked up. ``pyside6-lupdate`` finds these calls like Qt's own
``QCoreApplication.translate``. Until the GUI installs Qt's translator with :func:`install`,
:func:`translate` returns the English source text, so the CLI and the library stay Qt-free.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["install", "translate"]

Translator = Callable[[str, str, "str | None", int], str]

_translator: Translator | None = None


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Return *text* in the user's language (English until a translator is installed)."""
    if _translator is None:
        return text
    return _translator(context, text, disambiguation, n)


def install(translator: Translator | None) -> None:
    """Route :func:`translate` through *translator* (e.g. ``QCoreApplication.translate``)."""
    global _translator
    _translator = translator
