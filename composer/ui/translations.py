"""The interface language: pick it, load Qt's translators for it, format for its locale.

The language is the Preferences override (:mod:`composer.storage.appsettings`) when set, else the
system locale. Composer's own messages come from ``composer_ui_<lang>.qm`` (windows and
dialogs) and ``composer_core_<lang>.qm`` (the Qt-free modules, reached through
:func:`composer.i18n.translate`); Qt's ``qtbase_<lang>.qm`` translates standard buttons.
"""

from __future__ import annotations

import logging
from datetime import datetime
from importlib import resources

from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from composer import i18n
from composer.storage import appsettings

__all__ = [
    "CATALOGS",
    "SUPPORTED",
    "current_language",
    "format_datetime",
    "format_timestamp",
    "install",
    "language_for",
    "standalone",
    "uninstall",
]

log = logging.getLogger(__name__)

#: Languages Composer is translated into (English is the source language).
SUPPORTED: tuple[str, ...] = ("en", "ko")
#: Composer's catalogues, each shipped as ``<name>_<lang>.qm``.
CATALOGS: tuple[str, ...] = ("composer_ui", "composer_core")

# Each translator with the catalogue bytes it reads from (Qt does not copy them).
_installed: list[tuple[QTranslator, bytes]] = []
_language = "en"


def language_for(setting: str, system: QLocale | None = None) -> str:
    """The language to use: *setting* ("en", "ko") or, for "system", the system locale's."""
    if setting in SUPPORTED:
        return setting
    locale = system if system is not None else QLocale.system()
    for name in (locale.name(), *locale.uiLanguages()):
        code = name.replace("-", "_").split("_")[0].lower()
        if code in SUPPORTED:
            return code
    return "en"


def _catalogue(name: str, language: str) -> bytes | None:
    path = resources.files("composer").joinpath(
        "resources", "translations", f"{name}_{language}.qm"
    )
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def install(language: str | None = None) -> str:
    """Install the translators for *language* (default: the saved choice); returns it.

    Replaces translators installed earlier by this function, sets the default
    :class:`QLocale` (dates, numbers, sizes) and routes :func:`composer.i18n.translate`
    through Qt's translators.
    """
    global _language
    uninstall()
    if language is None:
        language = language_for(appsettings.load().language)
    _language = language
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install() needs a QCoreApplication")
    for name in CATALOGS:
        data = _catalogue(name, language)
        if data is None:
            continue
        translator = QTranslator(app)
        if translator.load(data):
            _add(translator, data)
        else:
            log.warning("The translation %s_%s.qm is not readable", name, language)
    if language != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        translator = QTranslator(app)
        if translator.load(f"qtbase_{language}", qt_dir):
            _add(translator, b"")
    locale = QLocale(QLocale.Language.Korean if language == "ko" else QLocale.Language.English)
    if language == "en" and QLocale.system().language() == QLocale.Language.English:
        locale = QLocale.system()  # keep the user's English (en_GB dates, ...)
    QLocale.setDefault(locale)
    i18n.install(QCoreApplication.translate)
    log.info("Interface language: %s", language)
    return language


def _add(translator: QTranslator, data: bytes) -> None:
    QCoreApplication.installTranslator(translator)
    _installed.append((translator, data))


def current_language() -> str:
    """The language :func:`install` chose last ("en" before that)."""
    return _language


def standalone(language: str) -> i18n.Translator | None:
    """A translator for *language* that needs no QCoreApplication (for child processes).

    Returns None for English or when no catalogue is shipped. Plural forms get the number
    written in place of ``%n`` / ``%Ln``, as :meth:`QCoreApplication.translate` does.
    """
    if language == "en":
        return None
    loaded: list[tuple[QTranslator, bytes]] = []
    for name in CATALOGS:
        data = _catalogue(name, language)
        translator = QTranslator()
        if data is not None and translator.load(data):
            loaded.append((translator, data))
    if not loaded:
        return None
    locale = QLocale(QLocale.Language.Korean if language == "ko" else QLocale.Language.English)

    def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        for translator, _data in loaded:
            found = translator.translate(context, text, disambiguation, n)
            if found:
                text = found
                break
        if n >= 0:
            text = text.replace("%Ln", locale.toString(n)).replace("%n", str(n))
        return text

    return translate


def uninstall() -> None:
    """Remove the translators :func:`install` added (English source text again)."""
    global _language
    _language = "en"
    while _installed:
        translator, _data = _installed.pop()
        QCoreApplication.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(QLocale.system())
    i18n.install(None)


def format_datetime(when: datetime) -> str:
    """*when* (naive: local time) as the locale writes a short date and time."""
    moment = QDateTime.fromSecsSinceEpoch(int(when.timestamp()))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def format_timestamp(timestamp: float) -> str:
    """A Unix time as the locale writes a short date and time."""
    moment = QDateTime.fromSecsSinceEpoch(int(timestamp))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)
