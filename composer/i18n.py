"""Translating user-visible text, also in modules that must not import Qt.

Qt-free modules (sending, profiles, credentials, the merge engine, ...) write every sentence a
user may see as ``translate("Context", "Source text with {placeholders}")`` and fill the
placeholders afterwards with ``.format(...)``: never an f-string inside ``translate``, or the
text could not be looked up. ``pyside6-lupdate`` finds these calls like Qt's own
``QCoreApplication.translate``. Until the GUI installs Qt's translator with :func:`install`,
:func:`translate` returns the English source text, so the CLI and the library stay Qt-free.

A sentence about a number of things is written in both English forms and :func:`plural`
picks one: ``plural(n, translate("Ctx", "{count} row failed"), translate("Ctx", "{count} rows
failed")).format(count=n)``. (Qt's ``%n`` numerus forms need Qt's translator, which the CLI
does not have.) Korean has no plural: both forms get the same translation.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["current", "install", "plural", "translate"]

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


def current() -> Translator | None:
    """The translator installed now (None: English), to put back after a temporary one."""
    return _translator


def plural(n: int, one: str, other: str) -> str:
    """*one* when *n* is 1, else *other*: the two forms of a sentence about *n* things, each
    already passed through :func:`translate`."""
    return one if n == 1 else other
