"""Translations: the catalogues match the code, Korean is complete, and the UI uses it.

A string added to the code without a Korean translation fails here: the committed .ts
files must hold exactly the messages lupdate finds, every Korean message must be finished,
and the compiled .qm files must be what lrelease makes of the .ts files. Fix it with
``scripts/update_translations.sh``, translate the new messages, and run it again.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from composer import i18n
from composer.compose.message import Attachment
from composer.profiles.model import ProfileBook
from composer.profiles.store import ProfileStore
from composer.storage import appsettings
from composer.storage.sentbox import SentBox
from composer.ui import translations
from composer.ui.compose.profiles import ComposeProfiles
from composer.ui.compose.window import ComposeServices, ComposeWindow

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = ROOT / "composer" / "resources" / "translations"
BIN = Path(sys.executable).parent
LUPDATE = BIN / "pyside6-lupdate"
LRELEASE = BIN / "pyside6-lrelease"


def ui_sources() -> list[Path]:
    return [*sorted((ROOT / "composer" / "ui").rglob("*.py")), ROOT / "composer" / "app.py"]


def core_sources() -> list[Path]:
    skip = (ROOT / "composer" / "ui", ROOT / "composer" / "mail")
    return [
        p
        for p in sorted((ROOT / "composer").rglob("*.py"))
        if not any(p.is_relative_to(s) for s in skip) and p != ROOT / "composer" / "app.py"
    ]


CATALOGUES = {"composer_ui": ui_sources, "composer_core": core_sources}


def catalogue(name: str) -> str:
    """*name*, once its Korean catalogue is there: a missing one fails, it is never skipped."""
    ts = TS_DIR / f"{name}_ko.ts"
    assert ts.is_file(), f"{ts} is missing: run scripts/update_translations.sh"
    return name


def tool(path: Path) -> Path:
    """A Qt translation tool of this venv (PySide6 installs it beside the interpreter)."""
    assert path.is_file(), f"{path} is missing: pip install PySide6-Essentials"
    return path


Message = tuple[str, str, str]  # context, source, disambiguation


def messages(ts: Path) -> dict[Message, ET.Element]:
    """The current messages of *ts* (obsolete and vanished ones left out)."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else None
            if kind in ("obsolete", "vanished"):
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A .ts per catalogue that lupdate makes from the code as it is now."""
    out = tmp_path_factory.mktemp("lupdate")
    made = {}
    for name, sources in CATALOGUES.items():
        ts = out / f"{name}.ts"
        subprocess.run(
            [str(tool(LUPDATE)), "-locations", "none", *map(str, sources()), "-ts", str(ts)],
            check=True,
            capture_output=True,
        )
        made[name] = ts
    return made


@pytest.mark.parametrize("name", CATALOGUES)
@pytest.mark.parametrize("lang", ["en", "ko"])
def test_committed_ts_files_match_the_code(name: str, lang: str, fresh: dict[str, Path]) -> None:
    committed = messages(TS_DIR / f"{catalogue(name)}_{lang}.ts")
    in_code = messages(fresh[name])
    missing = sorted(set(in_code) - set(committed))
    stale = sorted(set(committed) - set(in_code))
    assert not missing, f"not in {name}_{lang}.ts (run scripts/update_translations.sh): {missing}"
    assert not stale, f"in {name}_{lang}.ts but gone from the code: {stale}"
    for key, message in in_code.items():
        assert committed[key].get("numerus") == message.get("numerus"), key


PLACEHOLDER = re.compile(r"\{\w*\}|%L?n|%\d+")


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def mnemonic(text: str) -> str | None:
    found = re.search(r"&(\w)", text.replace("&&", ""))
    return found.group(1).lower() if found else None


@pytest.mark.parametrize("name", CATALOGUES)
def test_korean_is_complete_with_matching_placeholders(name: str) -> None:
    problems = []
    for (context, source, _), message in messages(TS_DIR / f"{catalogue(name)}_ko.ts").items():
        translation = message.find("translation")
        assert translation is not None
        where = f"{context}: {source!r}"
        if translation.get("type") == "unfinished":
            problems.append(f"unfinished {where}")
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")]
        texts = forms if message.get("numerus") == "yes" else [translation.text or ""]
        for text in texts:
            if not text.strip():
                problems.append(f"empty {where}")
            elif placeholders(text) != placeholders(source):
                problems.append(f"placeholders differ {where}: {text!r}")
            elif mnemonic(source) is not None and mnemonic(text) != mnemonic(source):
                problems.append(f"keyboard mnemonic lost {where}: {text!r}")
    assert not problems, "\n".join(problems)


def test_korean_mnemonics_are_distinct_within_a_menu() -> None:
    ko = messages(TS_DIR / "composer_ui_ko.ts")
    menus = {
        "file": ["&New message", "&Open…", "Save &as…", "Save &draft", "Draf&ts…",
                 "Disca&rd message…", "&Send", "Send &later…", "Attach &files…", "&Close"],
        "view": ["&Cc", "&Bcc", "&Reply-To", "&Sent messages", "&Preview mailbox (not delivered)",
                 "&Outbox (waiting to go out)"],
        "tools": ["&Mail merge…", "&Preferences…"],
        "bar": ["&File", "&View", "&Tools"],
    }  # fmt: skip
    for menu, sources in menus.items():
        keys = [
            mnemonic(ko[("ComposeWindow", s, "")].findtext("translation") or "") for s in sources
        ]
        assert None not in keys, menu
        duplicates = {k for k in keys if keys.count(k) > 1}
        assert not duplicates, (menu, keys)


@pytest.mark.parametrize("name", CATALOGUES)
@pytest.mark.parametrize("lang", ["en", "ko"])
def test_committed_qm_files_are_compiled_from_the_ts(name: str, lang: str, tmp_path: Path) -> None:
    ts = TS_DIR / f"{catalogue(name)}_{lang}.ts"
    qm = tmp_path / "out.qm"
    subprocess.run([str(tool(LRELEASE)), "-silent", str(ts), "-qm", str(qm)], check=True)
    committed = QM_DIR / f"{name}_{lang}.qm"
    assert committed.read_bytes() == qm.read_bytes(), f"{committed.name} is out of date"


# -- the language in the running app --------------------------------------------------------


@pytest.fixture
def korean(qapp: QApplication) -> Iterator[str]:
    """The Korean interface for one test; English again afterwards."""
    yield translations.install("ko")
    translations.install("en")


def make_window(qtbot: QtBot) -> ComposeWindow:
    services = ComposeServices(ComposeProfiles(ProfileBook()))
    window = ComposeWindow(services)
    qtbot.addWidget(window)
    window.resize(900, 700)
    window.show()
    return window


def clipped(root: QWidget) -> list[str]:
    """Visible buttons and one-line labels narrower than their text needs."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or not isinstance(widget, QAbstractButton | QLabel):
            continue
        if isinstance(widget, QLabel) and (widget.wordWrap() or not widget.text()):
            continue
        if widget.width() < widget.minimumSizeHint().width() - 1:
            found.append(f"{widget.metaObject().className()} {widget.text()!r}")
    return found


def test_the_compose_window_speaks_korean(qtbot: QtBot, korean: str, tmp_path: Path) -> None:
    assert korean == "ko"
    window = make_window(qtbot)
    assert window.send_button.text() == "보내기"
    assert window.attach_button.text() == "첨부…"
    labels = [w.text() for w in window.header.findChildren(QLabel) if w.isVisible() and w.text()]
    assert "받는 사람" in labels
    assert "제목" in labels
    assert [m.title() for m in window._menus.values()] == ["파일(&F)", "보기(&V)", "도구(&T)"]
    assert window.windowTitle() == "새 메시지 — Composer"
    assert not clipped(window), clipped(window)
    image = window.grab().toImage()
    assert image.save(str(tmp_path / "korean-ui.png"))  # a real PNG encodes, not only a grab
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, 120, 3)}
    assert len(colours) > 20  # drawn, not blank


def test_the_preferences_dialog_speaks_korean(qtbot: QtBot, korean: str) -> None:
    from composer.profiles.credentials import Credentials
    from composer.ui.preferences.dialog import PreferencesDialog

    dialog = PreferencesDialog(ProfileStore(), Credentials())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "환경 설정"
    assert dialog.tabs.tabText(1) == "일반(&G)"
    assert dialog.profiles.add_button.text() == "추가(&A)"
    assert dialog.general.language_combo.itemText(0) == "시스템 기본값"
    assert dialog.general.language_combo.itemText(2) == "한국어"
    assert "다시 시작" in dialog.general.language_note.text()
    assert not clipped(dialog), clipped(dialog)


def applied(qtbot: QtBot, dlg: Any) -> bool:
    """Apply (passwords and files are written in the background); True when all was saved."""
    with qtbot.waitSignal(dlg.apply_finished, timeout=20_000) as finished:
        dlg.apply()
    return bool(finished.args[0])


def test_the_language_choice_is_saved_and_wins_over_the_system_locale(
    qtbot: QtBot, qapp: QApplication
) -> None:
    from composer.profiles.credentials import Credentials
    from composer.ui.preferences.dialog import PreferencesDialog

    assert appsettings.load().language == "system"
    dialog = PreferencesDialog(ProfileStore(), Credentials())
    qtbot.addWidget(dialog)
    dialog.general.language_combo.setCurrentIndex(dialog.general.language_combo.findData("ko"))
    assert dialog.apply_button.isEnabled()
    assert applied(qtbot, dialog)
    assert appsettings.load().language == "ko"
    assert 'language = "ko"' in appsettings.settings_path().read_text(encoding="utf-8")
    english_system = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    assert translations.language_for("ko", english_system) == "ko"
    try:
        assert translations.install() == "ko"  # the saved choice, whatever the system says
        assert i18n.translate("ComposeWindow", "Send") == "보내기"
        assert QLocale().language() == QLocale.Language.Korean
    finally:
        translations.install("en")
    assert i18n.translate("ComposeWindow", "Send") == "Send"


def test_system_locale_picks_the_language_without_an_override() -> None:
    korean_system = QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)
    german_system = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert translations.language_for("system", korean_system) == "ko"
    assert translations.language_for("system", german_system) == "en"
    assert translations.language_for("en", korean_system) == "en"


def test_a_broken_settings_file_means_the_defaults(composer_home: Path) -> None:
    appsettings.settings_path().write_text("language = [", encoding="utf-8")
    assert appsettings.load().language == "system"
    appsettings.settings_path().write_text('[general]\nlanguage = "xx"\n', encoding="utf-8")
    assert appsettings.load().language == "system"
    with pytest.raises(ValueError, match="unknown language"):
        appsettings.save(appsettings.AppSettings(language="xx"))


def test_dates_and_sizes_follow_the_korean_locale(
    qtbot: QtBot, korean: str, tmp_path: Path
) -> None:
    from composer.ui.mailboxes.sent import SentBrowser
    from composer.ui.widgets.attachments import AttachmentList

    listing = AttachmentList()
    qtbot.addWidget(listing)
    listing.set_attachments([Attachment("보고서.pdf", "application/pdf", 1_500_000)])
    row = listing.tree.topLevelItem(0)
    assert row is not None
    assert row.text(1) == QLocale(QLocale.Language.Korean).formattedDataSize(
        1_500_000, 1, QLocale.DataSizeFormat.DataSizeSIFormat
    )
    assert row.text(2) == "PDF 문서"
    assert listing.summary.text().startswith("첨부 파일 1개")
    assert listing.tree.headerItem().text(1) == "크기"
    assert QLocale(QLocale.Language.Korean).formattedDataSize(512) == "512 바이트"

    box = SentBox(tmp_path / "sent")
    box.add(
        b"From: a@example.com\r\nTo: b@example.com\r\nSubject: hello\r\n"
        b"Date: Tue, 03 Mar 2026 14:30:00 +0000\r\n\r\nbody\r\n"
    )
    browser = SentBrowser(box)
    qtbot.addWidget(browser)
    with qtbot.waitSignal(browser.refresh().finished, timeout=10_000):
        pass
    item = browser.list.topLevelItem(0)
    assert item is not None
    entry = browser.entries()[0]
    when = datetime.fromtimestamp(entry.timestamp)
    assert item.text(2) == translations.format_datetime(when)
    assert any(mark in item.text(2) for mark in ("오전", "오후"))  # Korean short format
    assert browser.list.headerItem().text(2) == "날짜"


def test_korean_screenshots_render_hangul(qtbot: QtBot, korean: str) -> None:
    """Hangul is drawn with a real font (fonts-nanum), not as empty boxes."""
    from PySide6.QtGui import QFont, QFontMetrics

    metrics = QFontMetrics(QFont())
    assert metrics.inFontUcs4(ord("보"))
    assert metrics.horizontalAdvance("보내기") > metrics.horizontalAdvance("...")


def test_scripts_update_translations_exists_and_is_executable() -> None:
    script = ROOT / "scripts" / "update_translations.sh"
    assert script.stat().st_mode & 0o111
    assert shutil.which("bash") is not None


def test_standalone_translator_for_child_processes() -> None:
    translate = translations.standalone("ko")
    assert translate is not None
    assert translate("ComposeWindow", "Send", None, -1) == "보내기"
    assert (
        translate("AttachmentList", "%n attachment(s), {size}", None, 3) == "첨부 파일 3개, {size}"
    )
    assert translate("Nowhere", "Untranslated", None, -1) == "Untranslated"
    assert translations.standalone("en") is None


def test_a_send_in_the_child_process_reports_in_korean(qtbot: QtBot, korean: str) -> None:
    import socket

    from composer.compose.message import ComposedMessage
    from composer.profiles.model import BackendKind, Profile, Security, SmtpSettings
    from composer.sending.job import SendStatus
    from composer.ui.compose.send import SendJob

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: the connection is refused
    smtp = SmtpSettings(host="127.0.0.1", port=port, security=Security.NONE, timeout=5)
    profile = Profile("Relay", backend=BackendKind.SMTP, smtp=smtp)
    msg = ComposedMessage(from_addr="me@example.com", to=["a@example.com"], text="hi")
    job = SendJob(msg, profile, ComposeProfiles(ProfileBook([profile])), SentBox())
    with qtbot.waitSignal(job.finished, timeout=30_000) as blocker:
        job.start()
    qtbot.waitUntil(lambda: not job.is_running())
    (result,) = blocker.args
    assert result.status is SendStatus.FAILED
    assert re.search(r"[가-힣]", result.message.what), result.message.what
