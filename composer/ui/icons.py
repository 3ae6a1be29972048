"""Composer's icons: the desktop's icon theme first, bundled SVG artwork as the fallback.

Action icons are named by their freedesktop icon-naming names (:class:`IconName`), so on a
Linux desktop with an icon theme (Breeze, Adwaita, Papirus, ...) the toolbar matches the rest
of the desktop. Where the theme has no such icon (always on Windows and macOS), the bundled
SVG from ``composer/resources/icons/actions/`` is used. The monochrome ones are drawn in
``currentColor`` and rendered here in the palette's text colour, so they read on light and dark
palettes alike; the state icons (warning, error, ok) carry their own colours.

All artwork is package data read with :mod:`importlib.resources`, so it works from a source
checkout, an installed wheel and a PyInstaller build alike.
"""

from __future__ import annotations

import enum
from functools import cache
from importlib import resources

from PySide6.QtCore import QByteArray, QEvent, QObject, QRectF, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QGuiApplication,
    QIcon,
    QImage,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QAbstractButton

from composer.appinfo import APP_ID

__all__ = [
    "APP_ICON_SIZES",
    "COLOURED",
    "IconName",
    "app_icon",
    "bundled_app_icon",
    "bundled_icon",
    "icon",
    "set_icon",
]

#: The PNG sizes shipped for the application icon (the freedesktop hicolor sizes).
APP_ICON_SIZES: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256, 512)

# Pixel sizes rendered for a bundled action icon; QIcon picks the nearest and scales.
_ACTION_SIZES: tuple[int, ...] = (16, 22, 24, 32, 48, 64, 96)


class IconName(enum.StrEnum):
    """Every action and state icon Composer uses, by freedesktop icon-theme name."""

    SEND = "mail-send"
    ATTACH = "mail-attachment"
    PREVIEW = "document-print-preview"
    OUTBOX = "mail-folder-outbox"
    SWITCH_PROFILE = "system-switch-user"
    SAVE_DRAFT = "document-save"
    BOLD = "format-text-bold"
    ITALIC = "format-text-italic"
    UNDERLINE = "format-text-underline"
    BULLET_LIST = "format-list-unordered"
    NUMBERED_LIST = "format-list-ordered"
    LINK = "insert-link"
    QUOTE = "format-text-blockquote"
    CLEAR_FORMATTING = "edit-clear-all"
    MAIL_MERGE = "mail-merge"
    PREFERENCES = "preferences-system"
    TEST_CONNECTION = "network-transmit-receive"
    WARNING = "dialog-warning"
    ERROR = "dialog-error"
    OK = "dialog-ok"


#: Icons whose colour is their meaning: never tinted.
COLOURED: frozenset[IconName] = frozenset({IconName.WARNING, IconName.ERROR, IconName.OK})


def _icons_dir() -> resources.abc.Traversable:
    return resources.files("composer").joinpath("resources", "icons")


@cache
def _action_svg(name: IconName) -> str:
    return _icons_dir().joinpath("actions", f"{name.value}.svg").read_text(encoding="utf-8")


def _render(svg: str, size: int, colour: QColor | None) -> QPixmap:
    """Render *svg* to a square pixmap, drawing ``currentColor`` in *colour*."""
    opacity = 1.0
    if colour is not None:
        # SVG Tiny has no alpha in colour values: draw opaque, apply the alpha as opacity.
        svg = svg.replace("currentColor", colour.name(QColor.NameFormat.HexRgb))
        opacity = colour.alphaF()
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    if not renderer.isValid():
        raise ValueError("invalid SVG icon artwork")
    # Paint on a QImage: a QPixmap may be backed by a platform format without alpha.
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setOpacity(opacity)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return QPixmap.fromImage(image)


def _palette() -> QPalette:
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        return app.palette()
    return QPalette()


def bundled_icon(name: IconName, palette: QPalette | None = None) -> QIcon:
    """The bundled artwork for *name*, tinted for *palette* (default: the app's palette).

    The normal and active states use the window text colour, the disabled state the
    palette's disabled text colour, and the selected state the highlighted text colour.
    """
    palette = palette or _palette()
    svg = _action_svg(name)
    result = QIcon()
    modes: list[tuple[QIcon.Mode, QColor | None]]
    if name in COLOURED:
        modes = [(QIcon.Mode.Normal, None)]  # Qt derives the disabled look itself
    else:
        group, role = QPalette.ColorGroup, QPalette.ColorRole
        modes = [
            (QIcon.Mode.Normal, palette.color(group.Active, role.WindowText)),
            (QIcon.Mode.Active, palette.color(group.Active, role.WindowText)),
            (QIcon.Mode.Disabled, palette.color(group.Disabled, role.WindowText)),
            (QIcon.Mode.Selected, palette.color(group.Active, role.HighlightedText)),
        ]
    for mode, colour in modes:
        for size in _ACTION_SIZES:
            result.addPixmap(_render(svg, size, colour), mode, QIcon.State.Off)
    return result


def icon(name: IconName | str, palette: QPalette | None = None) -> QIcon:
    """The icon for *name*: the desktop theme's if it has one, else the bundled artwork.

    Args:
        name: an :class:`IconName` (or its freedesktop name as a string).
        palette: the palette to tint bundled artwork for; the application's by default.
            Call again after a palette change (light/dark switch) to get matching icons.

    Raises:
        ValueError: *name* is not one of :class:`IconName`.
    """
    name = IconName(name)
    themed = QIcon.fromTheme(name.value)
    if not themed.isNull():
        return themed
    return bundled_icon(name, palette)


def app_icon() -> QIcon:
    """Composer's application icon: the theme's (as installed by the desktop file) or ours."""
    themed = QIcon.fromTheme(APP_ID)
    if not themed.isNull():
        return themed
    return bundled_app_icon()


def bundled_app_icon() -> QIcon:
    """The application icon from the PNGs shipped in the package, every hicolor size."""
    hicolor = _icons_dir().joinpath("hicolor")
    result = QIcon()
    for size in APP_ICON_SIZES:
        data = hicolor.joinpath(f"{size}x{size}", "apps", f"{APP_ID}.png").read_bytes()
        pixmap = QPixmap()
        if not pixmap.loadFromData(data, "PNG"):
            raise ValueError(f"the bundled {size}px application icon is not a readable PNG")
        result.addPixmap(pixmap)
    return result


IconTarget = QAction | QAbstractButton


class _PaletteFollower(QObject):
    """Re-sets registered icons when the application palette changes (light/dark switch)."""

    def __init__(self, app: QGuiApplication) -> None:
        super().__init__(app)
        self._targets: dict[int, tuple[IconTarget, IconName]] = {}
        app.installEventFilter(self)

    def add(self, target: IconTarget, name: IconName) -> None:
        key = id(target)
        if key not in self._targets:
            target.destroyed.connect(lambda _=None, key=key: self._targets.pop(key, None))
        self._targets[key] = (target, name)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange and watched is self.parent():
            for target, name in list(self._targets.values()):
                target.setIcon(icon(name))
        return False


_follower: _PaletteFollower | None = None


def set_icon(target: IconTarget, name: IconName | str) -> None:
    """Give *target* the icon *name* now and again whenever the app's palette changes.

    Use this rather than ``target.setIcon(icon(name))`` so bundled icons, tinted for the
    palette, stay legible when the desktop switches between light and dark.
    """
    global _follower
    name = IconName(name)
    target.setIcon(icon(name))
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return
    if _follower is None or _follower.parent() is not app:
        _follower = _PaletteFollower(app)
    _follower.add(target, name)
