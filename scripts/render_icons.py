#!/usr/bin/env python3
"""Render Composer's application icon from its SVG masters, with Qt's own SVG renderer.

Reads ``resources/app-icon.svg`` (48 px and up) and ``resources/app-icon-small.svg``
(16-32 px, drawn for the pixel grid) and writes, all committed to git:

* ``composer/resources/icons/hicolor/<N>x<N>/apps/<APP_ID>.png`` for every hicolor size and
  ``.../hicolor/scalable/apps/<APP_ID>.svg`` (a copy of the master): package data, laid out
  like an icon theme so ``packaging/install-linux.sh`` and Flatpak copy the tree as is;
* ``packaging/icons/composer.ico`` (Windows) and ``packaging/icons/composer.icns`` (macOS),
  PNG-compressed, which PyInstaller puts on the executable and the app bundle;
* ``resources/icon-sheet.png``: every icon on a light and a dark background, for review.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/render_icons.py``
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPalette
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from composer.appinfo import APP_ID  # noqa: E402

MASTER = ROOT / "resources" / "app-icon.svg"
MASTER_SMALL = ROOT / "resources" / "app-icon-small.svg"
HICOLOR = ROOT / "composer" / "resources" / "icons" / "hicolor"
PACKAGING_ICONS = ROOT / "packaging" / "icons"
SHEET = ROOT / "resources" / "icon-sheet.png"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SMALL_MAX = 32  # sizes up to this use the small-size artwork


def render(svg: Path, size: int) -> QImage:
    """Render *svg* to a *size* x *size* image with a transparent background."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG for Qt")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def app_icon_image(size: int) -> QImage:
    return render(MASTER_SMALL if size <= SMALL_MAX else MASTER, size)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # stubs say bytes; runtime wants str
    buffer.close()
    return bytes(data.data())


def write_ico(path: Path, sizes: tuple[int, ...]) -> None:
    """A Windows .ico holding PNG-compressed images (supported since Windows Vista)."""
    images = [(size, png_bytes(app_icon_image(size))) for size in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, blob in images:
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs += blob
    path.write_bytes(header + entries + blobs)


def write_icns(path: Path) -> None:
    """A macOS .icns with PNG chunks for the 1x and 2x sizes Finder and the Dock use."""
    chunks = [
        (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
        (b"ic09", 512), (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256),
        (b"ic14", 512),
    ]  # fmt: skip
    body = b""
    for kind, size in chunks:
        blob = png_bytes(app_icon_image(size))
        body += kind + struct.pack(">I", 8 + len(blob)) + blob
    path.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)


def write_sheet(path: Path) -> None:
    """Every app icon size and every action icon, on a light and on a dark palette."""
    from composer.ui.icons import IconName, bundled_icon

    pad, action = 16, 24
    width = max(sum(SIZES[:-1]) + pad * len(SIZES), len(IconName) * (action + pad) + pad)
    row_h = 256 + 2 * pad
    sheet = QImage(width, 2 * row_h + 2 * (action * 2 + 2 * pad), QImage.Format.Format_ARGB32)
    painter = QPainter(sheet)
    y = 0
    for background, text in (("#F6F6F6", "#1F1F1F"), ("#2A2A2E", "#EDEDED")):
        palette = QPalette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
        painter.fillRect(0, y, width, row_h + 2 * action + 2 * pad, QColor(background))
        x = pad
        for size in SIZES[:-1]:
            painter.drawImage(x, y + pad, app_icon_image(size))
            x += size + pad
        y += row_h
        x = pad
        for name in IconName:
            painter.drawPixmap(x, y, bundled_icon(name, palette).pixmap(action, action))
            painter.drawPixmap(x, y + action + pad // 2, bundled_icon(name, palette).pixmap(16, 16))
            x += action + pad
        y += 2 * action + 2 * pad
    painter.end()
    sheet.save(str(path))


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication(sys.argv[:1])  # noqa: F841  (QPixmap needs an application)
    for size in SIZES:
        folder = HICOLOR / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        app_icon_image(size).save(str(folder / f"{APP_ID}.png"))
    scalable = HICOLOR / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(MASTER, scalable / f"{APP_ID}.svg")
    PACKAGING_ICONS.mkdir(parents=True, exist_ok=True)
    write_ico(PACKAGING_ICONS / "composer.ico", (16, 24, 32, 48, 64, 128, 256))
    write_icns(PACKAGING_ICONS / "composer.icns")
    write_sheet(SHEET)
    print(f"wrote {len(SIZES)} PNGs, the scalable SVG, composer.ico, composer.icns, {SHEET.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
