"""The committed icon files match their sources (resources/) and have the right sizes."""

from __future__ import annotations

import struct
from importlib import resources
from pathlib import Path

import pytest

from composer.appinfo import APP_ID

ROOT = Path(__file__).resolve().parents[2]
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def hicolor() -> resources.abc.Traversable:
    return resources.files("composer").joinpath("resources", "icons", "hicolor")


@pytest.mark.parametrize("size", SIZES)
def test_app_icon_png_has_its_size(size: int) -> None:
    data = hicolor().joinpath(f"{size}x{size}", "apps", f"{APP_ID}.png").read_bytes()
    assert png_size(data) == (size, size)


def test_scalable_app_icon_is_the_master_artwork() -> None:
    shipped = hicolor().joinpath("scalable", "apps", f"{APP_ID}.svg").read_bytes()
    assert shipped == (ROOT / "resources" / "app-icon.svg").read_bytes(), (
        "run scripts/render_icons.py after editing resources/app-icon.svg"
    )


def test_windows_ico_holds_png_images_up_to_256() -> None:
    data = (ROOT / "packaging" / "icons" / "composer.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for i in range(count):
        width, _, _, _, _, _, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * i : 22 + 16 * i]
        )
        image = data[offset : offset + length]
        assert png_size(image)[0] == (width or 256)
        sizes.add(width or 256)
    assert {16, 32, 48, 256} <= sizes


def test_macos_icns_holds_the_retina_sizes() -> None:
    data = (ROOT / "packaging" / "icons" / "composer.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    chunks, pos = {}, 8
    while pos < len(data):
        kind, length = data[pos : pos + 4], struct.unpack(">I", data[pos + 4 : pos + 8])[0]
        chunks[kind] = png_size(data[pos + 8 : pos + length])[0]
        pos += length
    assert chunks[b"ic07"] == 128
    assert chunks[b"ic10"] == 1024
    assert chunks[b"icp4"] == 16
