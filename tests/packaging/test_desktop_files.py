"""The Linux desktop data: valid for the freedesktop validators, one app id everywhere."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path

import pytest

from composer.appinfo import APP_ID, __version__
from composer.profiles.credentials import CredentialStore

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is missing: scripts/setup.sh --test installs it")
    return path


def desktop_entry(path: Path = DESKTOP) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, comment_prefixes=("#",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


def test_desktop_file_validate_accepts_the_desktop_entry() -> None:
    result = subprocess.run(
        [tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True, check=False
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "error:" not in output
    assert "warning:" not in output


def test_appstreamcli_accepts_the_metainfo() -> None:
    result = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", "--explain", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_validators_can_fail(tmp_path: Path) -> None:
    """A broken copy of each file is rejected, so the two tests above really check."""
    broken_desktop = tmp_path / DESKTOP.name
    broken_desktop.write_text(DESKTOP.read_text().replace("Type=Application\n", ""))
    checked = subprocess.run(
        [tool("desktop-file-validate"), str(broken_desktop)], capture_output=True, check=False
    )
    assert checked.returncode != 0
    broken_meta = tmp_path / METAINFO.name
    broken_meta.write_text(
        METAINFO.read_text().replace("<metadata_license>CC0-1.0</metadata_license>", "")
    )
    assert (
        subprocess.run(
            [tool("appstreamcli"), "validate", "--no-net", str(broken_meta)],
            capture_output=True,
            check=False,
        ).returncode
        != 0
    )


def test_one_app_id_everywhere() -> None:
    entry = desktop_entry()
    root = metainfo()
    assert DESKTOP.stem == APP_ID
    assert entry["Icon"] == APP_ID
    assert root.findtext("id") == APP_ID
    assert METAINFO.name == f"{APP_ID}.metainfo.xml"
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert CredentialStore().service == APP_ID
    icon = resources.files("composer").joinpath(
        "resources", "icons", "hicolor", "scalable", "apps", f"{APP_ID}.svg"
    )
    assert icon.is_file()


def test_the_app_sets_the_desktop_file_name() -> None:
    """Wayland compositors match the window to the desktop entry by this name."""
    code = (
        "from composer.app import create_application\n"
        "print(create_application().desktopFileName())\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert result.stdout.strip() == APP_ID


def test_exec_and_binary_name_the_installed_command() -> None:
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    entry = desktop_entry()
    command = entry["Exec"].split()[0]
    assert command in scripts
    assert entry["TryExec"] == command
    assert metainfo().findtext("provides/binary") == command


def test_desktop_entry_content() -> None:
    entry = desktop_entry()
    assert entry["GenericName"] == "Mail Composer"
    assert entry["Exec"] == "composer %f"
    assert entry["Categories"] == "Network;Email;Office;"
    assert entry["MimeType"] == "message/rfc822;"
    for key in ("Name[ko]", "GenericName[ko]", "Comment[ko]", "Keywords[ko]"):
        assert any("\uac00" <= ch <= "\ud7a3" for ch in entry[key]), f"{key} is not Korean"
    assert entry["StartupWMClass"] == "Composer"  # Qt's WM_CLASS class: the app name


def test_metainfo_release_is_this_version_and_text_is_translated() -> None:
    root = metainfo()
    release = root.find("releases/release")
    assert release is not None
    assert (release.get("version"), release.get("date")) == (__version__, "2026-11-25")
    for tag in ("name", "summary", "description/p", "description/ul/li"):
        languages = {element.get(XML_LANG) for element in root.findall(tag)}
        assert {None, "ko"} <= languages, tag
    assert root.find("content_rating") is not None
    assert root.findtext("url[@type='homepage']", "").startswith("https://")


def test_screenshots_exist_in_the_repository() -> None:
    images = [element.text or "" for element in metainfo().findall("screenshots/screenshot/image")]
    assert images
    for url in images:
        assert url.startswith("https://")
        relative = url.split("/main/", 1)[1]
        assert (ROOT / relative).is_file(), relative


def test_install_script_installs_everything_under_prefix(tmp_path: Path) -> None:
    prefix = tmp_path / "prefix"
    env = {**os.environ, "PREFIX": str(prefix)}
    subprocess.run(
        ["bash", str(PACKAGING / "install-linux.sh")], env=env, check=True, capture_output=True
    )
    share = prefix / "share"
    assert (share / "applications" / DESKTOP.name).read_bytes() == DESKTOP.read_bytes()
    assert (share / "metainfo" / METAINFO.name).read_bytes() == METAINFO.read_bytes()
    hicolor = share / "icons" / "hicolor"
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert (hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (hicolor / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert not (prefix / "bin").exists()

    subprocess.run(
        ["bash", str(PACKAGING / "install-linux.sh"), "--uninstall"],
        env=env,
        check=True,
        capture_output=True,
    )
    assert not (share / "applications" / DESKTOP.name).exists()
    assert not (hicolor / "scalable" / "apps" / f"{APP_ID}.svg").exists()


def test_flatpak_manifest_uses_the_app_id_and_installs_the_desktop_data() -> None:
    manifest = (PACKAGING / f"{APP_ID}.yml").read_text(encoding="utf-8")
    top_level = dict(
        line.split(": ", 1) for line in manifest.splitlines() if ": " in line and line[0].isalpha()
    )
    assert top_level["app-id"] == APP_ID
    assert top_level["command"] == desktop_entry()["Exec"].split()[0]
    assert "packaging/${FLATPAK_ID}.desktop" in manifest
    assert "packaging/${FLATPAK_ID}.metainfo.xml" in manifest
    assert "composer/resources/icons/hicolor" in manifest
