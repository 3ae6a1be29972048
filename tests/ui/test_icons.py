"""Icons: theme first, bundled artwork as the fallback, tinted for light and dark palettes."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QImage, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QToolButton

from composer.appinfo import APP_ID
from composer.ui import icons
from composer.ui.icons import COLOURED, IconName

MONOCHROME = [name for name in IconName if name not in COLOURED]


def dark_palette() -> QPalette:
    palette = QPalette()
    group, role = QPalette.ColorGroup, QPalette.ColorRole
    palette.setColor(role.Window, QColor("#202124"))
    palette.setColor(group.Active, role.WindowText, QColor("#F1F1F1"))
    palette.setColor(group.Disabled, role.WindowText, QColor("#6E6E6E"))
    palette.setColor(role.HighlightedText, QColor("#FFFFFF"))
    return palette


def light_palette() -> QPalette:
    palette = QPalette()
    group, role = QPalette.ColorGroup, QPalette.ColorRole
    palette.setColor(role.Window, QColor("#F6F6F6"))
    palette.setColor(group.Active, role.WindowText, QColor("#1E1E1E"))
    palette.setColor(group.Disabled, role.WindowText, QColor("#A0A0A0"))
    return palette


def ink(image: QImage) -> tuple[float, int]:
    """The mean lightness (0-255) of the clearly drawn pixels, and how many there are."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    values = [
        image.pixelColor(x, y).lightness()
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() > 160
    ]
    return (sum(values) / len(values) if values else 0.0), len(values)


@pytest.fixture
def empty_theme(tmp_path: Path, qapp: QApplication) -> Iterator[Path]:
    """An icon theme that has no icons at all, so every lookup falls back to the bundle."""
    # A fresh theme name per test: Qt caches lookups per theme name.
    name = f"Empty{abs(hash(tmp_path))}"
    root = tmp_path / "icons"
    theme = root / name
    (theme / "16x16" / "actions").mkdir(parents=True)
    (theme / "index.theme").write_text(
        f"[Icon Theme]\nName={name}\nComment=test\nDirectories=16x16/actions\n\n"
        "[16x16/actions]\nSize=16\nType=Fixed\nContext=Actions\n"
    )
    old_paths, old_name = QIcon.themeSearchPaths(), QIcon.themeName()
    old_fallback = QIcon.fallbackThemeName()
    QIcon.setThemeSearchPaths([str(root)])
    QIcon.setThemeName(name)
    QIcon.setFallbackThemeName(name)
    try:
        yield theme
    finally:
        QIcon.setThemeSearchPaths(old_paths)
        QIcon.setThemeName(old_name)
        QIcon.setFallbackThemeName(old_fallback)


def test_every_name_has_valid_bundled_artwork_and_nothing_is_stray() -> None:
    folder = resources.files("composer").joinpath("resources", "icons", "actions")
    shipped = {entry.name for entry in folder.iterdir() if entry.name.endswith(".svg")}
    assert shipped == {f"{name.value}.svg" for name in IconName}
    for name in IconName:
        data = folder.joinpath(f"{name.value}.svg").read_bytes()
        assert QSvgRenderer(data).isValid(), name


@pytest.mark.parametrize("name", MONOCHROME)
def test_monochrome_icons_are_drawn_in_currentcolor(name: IconName) -> None:
    svg = resources.files("composer").joinpath("resources", "icons", "actions", f"{name.value}.svg")
    text = svg.read_text(encoding="utf-8")
    assert "currentColor" in text
    assert "#" not in text, "a fixed colour would not follow the palette"


@pytest.mark.parametrize("name", MONOCHROME)
def test_bundled_icons_are_light_on_a_dark_palette_and_dark_on_a_light_one(
    qapp: QApplication, name: IconName
) -> None:
    on_dark, count = ink(icons.bundled_icon(name, dark_palette()).pixmap(24, 24).toImage())
    assert count > 10, "the icon draws (almost) nothing"
    on_light, _ = ink(icons.bundled_icon(name, light_palette()).pixmap(24, 24).toImage())
    assert on_dark > 200
    assert on_light < 60


def test_disabled_icons_use_the_palettes_disabled_text_colour(qapp: QApplication) -> None:
    bundled = icons.bundled_icon(IconName.SEND, dark_palette())
    normal, _ = ink(bundled.pixmap(24, 24, QIcon.Mode.Normal).toImage())
    disabled, _ = ink(bundled.pixmap(24, 24, QIcon.Mode.Disabled).toImage())
    assert abs(disabled - QColor("#6E6E6E").lightness()) < 25
    assert normal - disabled > 80


def test_state_icons_keep_their_own_colours(qapp: QApplication) -> None:
    for name, hue in ((IconName.ERROR, 0), (IconName.OK, 150), (IconName.WARNING, 40)):
        for palette in (dark_palette(), light_palette()):
            image = icons.bundled_icon(name, palette).pixmap(24, 24).toImage()
            centre_left = image.pixelColor(5, 15)
            distance = abs(centre_left.hslHue() - hue)
            assert min(distance, 360 - distance) < 25, (name, centre_left.name())


def test_icon_falls_back_to_the_bundle_and_follows_the_app_palette(
    qapp: QApplication, empty_theme: Path
) -> None:
    old = qapp.palette()
    qapp.setPalette(dark_palette())
    try:
        lightness, count = ink(icons.icon(IconName.BOLD).pixmap(24, 24).toImage())
    finally:
        qapp.setPalette(old)
    assert count > 10
    assert lightness > 200


def test_the_desktop_theme_wins_over_the_bundle(qapp: QApplication, empty_theme: Path) -> None:
    red = QImage(16, 16, QImage.Format.Format_ARGB32)
    red.fill(QColor("#FF0000"))
    assert red.save(str(empty_theme / "16x16" / "actions" / "mail-send.png"))
    image = icons.icon(IconName.SEND).pixmap(16, 16).toImage()
    assert image.pixelColor(8, 8) == QColor("#FF0000")
    assert icons.icon("mail-send").cacheKey() != 0


def test_icon_names_must_be_known() -> None:
    with pytest.raises(ValueError, match="no-such-icon"):
        icons.icon("no-such-icon")


def test_app_icon_falls_back_to_the_bundled_one(qapp: QApplication, empty_theme: Path) -> None:
    sizes = {size.width() for size in icons.app_icon().availableSizes()}
    assert sizes == set(icons.APP_ICON_SIZES)


def test_bundled_app_icon_has_every_hicolor_size(qapp: QApplication) -> None:
    app_icon = icons.bundled_app_icon()
    sizes = {size.width() for size in app_icon.availableSizes()}
    assert sizes == set(icons.APP_ICON_SIZES)
    image = app_icon.pixmap(16, 16).toImage()
    assert image.width() == 16
    assert image.pixelColor(8, 8).alpha() == 255  # the tile fills the middle


def test_app_icon_prefers_the_installed_theme_icon(qapp: QApplication, empty_theme: Path) -> None:
    folder = empty_theme / "16x16" / "actions"
    green = QImage(16, 16, QImage.Format.Format_ARGB32)
    green.fill(Qt.GlobalColor.green)
    assert green.save(str(folder / f"{APP_ID}.png"))
    assert icons.app_icon().pixmap(16, 16).toImage().pixelColor(8, 8) == QColor("#00FF00")


def test_bundled_icons_are_sharp_on_high_dpi_screens(qapp: QApplication) -> None:
    """At a device pixel ratio of 2 a 24 px icon comes from the 48 px rendering."""
    palette = light_palette()
    hidpi = icons.bundled_icon(IconName.SEND, palette).pixmap(QSize(24, 24), 2.0)
    assert hidpi.size() == QSize(48, 48)
    assert hidpi.devicePixelRatio() == 2.0
    reference = icons.bundled_icon(IconName.SEND, palette).pixmap(48, 48).toImage()
    assert hidpi.toImage().convertToFormat(reference.format()) == reference


def test_set_icon_follows_a_switch_to_a_dark_palette(qapp: QApplication, empty_theme: Path) -> None:
    action = QAction("Send")
    button = QToolButton()
    icons.set_icon(action, IconName.SEND)
    icons.set_icon(button, "format-text-bold")
    old = qapp.palette()
    qapp.setPalette(light_palette())
    try:
        assert ink(action.icon().pixmap(24, 24).toImage())[0] < 60
        qapp.setPalette(dark_palette())  # delivers ApplicationPaletteChange synchronously
        assert ink(action.icon().pixmap(24, 24).toImage())[0] > 200
        assert ink(button.icon().pixmap(24, 24).toImage())[0] > 200
    finally:
        qapp.setPalette(old)
        button.deleteLater()


def test_set_icon_forgets_deleted_targets(qapp: QApplication, empty_theme: Path) -> None:
    action = QAction("Bold")
    icons.set_icon(action, IconName.BOLD)
    follower = icons._follower
    assert follower is not None
    assert id(action) in follower._targets
    action.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert id(action) not in follower._targets
