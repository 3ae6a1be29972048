"""Every window fits a small screen and reopens at the size it was left; file dialogs start
in the folder last used for the same purpose, else the documents folder."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from composer.merge import MergeLedger, MergeTemplate
from composer.profiles.credentials import Credentials
from composer.profiles.model import BackendKind, Profile, ProfileBook, SmtpSettings
from composer.profiles.store import ProfileStore
from composer.storage.drafts import DraftStore
from composer.storage.sentbox import SentBox
from composer.ui.compose.profiles import ComposeProfiles
from composer.ui.compose.window import ComposeServices, ComposeWindow
from composer.ui.mailboxes.drafts import DraftsList
from composer.ui.mailboxes.previews import PreviewViewer
from composer.ui.mailboxes.sent import SentBrowser
from composer.ui.merge.dialog import MergeDialog
from composer.ui.merge.history import MergeHistoryDialog
from composer.ui.preferences.dialog import PreferencesDialog
from composer.ui.window_state import override_available_geometry

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise)\(\)"
)

SMALL = QRect(0, 0, 800, 600)


@pytest.fixture
def small_screen() -> Iterator[QRect]:
    with override_available_geometry(SMALL) as rect:
        yield rect


def compose_window() -> QWidget:
    book = ProfileBook([Profile("Work", smtp=SmtpSettings(host="smtp.example.com"))])
    return ComposeWindow(ComposeServices(ComposeProfiles(book)))


def preferences() -> QWidget:
    store = ProfileStore()
    if not store.path.exists():
        store.save(ProfileBook([Profile("Outbox", backend=BackendKind.LOCMEM)]))
    return PreferencesDialog(ProfileStore(), Credentials())


def merge_dialog() -> QWidget:
    template = MergeTemplate(subject="Hi {{ name }}", text="Dear {{ name }}", to="{{ email }}")
    dialog = MergeDialog(template, lambda: None)
    return dialog


WINDOWS: dict[str, Callable[[], QWidget]] = {
    "compose": compose_window,
    "preferences": preferences,
    "merge": merge_dialog,
    "merge-history": lambda: MergeHistoryDialog(MergeLedger()),
    "previews": lambda: PreviewViewer([]),
    "sent": lambda: SentBrowser(SentBox()),
    "drafts": lambda: DraftsList(DraftStore()),
}


def open_window(qtbot: QtBot, name: str) -> QWidget:
    window = WINDOWS[name]()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def close(window: QWidget) -> None:
    if isinstance(window, MergeDialog):
        window.shutdown()
    window.close()


def on_screen(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


@pytest.mark.parametrize("name", sorted(WINDOWS))
def test_every_window_fits_a_small_screen(qtbot: QtBot, small_screen: QRect, name: str) -> None:
    window = open_window(qtbot, name)
    assert small_screen.contains(window.frameGeometry()), window.frameGeometry()
    # Every button a person may need (OK, Cancel, Send, Close, ...) is on the screen.
    buttons = [
        b for b in window.findChildren(QAbstractButton) if b.isVisible() and not b.size().isEmpty()
    ]
    assert buttons
    for button in buttons:
        assert small_screen.contains(on_screen(button)), (button.text(), on_screen(button))
    close(window)


@pytest.mark.parametrize("name", sorted(WINDOWS))
def test_a_window_reopens_at_the_size_it_was_left(
    qtbot: QtBot, composer_home: Path, name: str
) -> None:
    window = open_window(qtbot, name)
    window.resize(QSize(700, 500))
    close(window)
    assert (composer_home / "config" / "window-state.ini").is_file()
    again = open_window(qtbot, name)
    assert again.size() == QSize(700, 500)
    close(again)


def test_a_remembered_size_larger_than_the_screen_still_fits(
    qtbot: QtBot, small_screen: QRect
) -> None:
    with override_available_geometry(QRect(0, 0, 1920, 1200)):
        window = open_window(qtbot, "preferences")
        window.resize(QSize(1800, 1100))
        close(window)
    again = open_window(qtbot, "preferences")  # now on the 800×600 screen
    assert small_screen.contains(again.frameGeometry())
    close(again)


# -- file dialogs ----------------------------------------------------------------------------


def opened_file_dialog() -> QFileDialog:
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog)]
    dialogs = [d for d in dialogs if d.isVisible()]
    assert len(dialogs) == 1, dialogs
    return dialogs[0]


def choose(dialog: QFileDialog, path: Path) -> None:
    dialog.selectFile(str(path))
    dialog.accept()


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[ComposeWindow]:
    win = open_window(qtbot, "compose")
    assert isinstance(win, ComposeWindow)
    yield win
    for dialog in win.findChildren(QFileDialog):
        dialog.close()
    win.close()


def test_file_dialogs_start_in_the_documents_folder_not_the_working_directory(
    window: ComposeWindow, composer_home: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "working-directory"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    documents = composer_home / "documents"
    for trigger in (
        window.attachments.choose_files,
        window.files.choose_open,
        window.files.choose_save_as,
    ):
        trigger()
        dialog = opened_file_dialog()
        assert Path(dialog.directory().absolutePath()) == documents, trigger
        dialog.reject()


def test_each_purpose_remembers_its_own_folder(
    qtbot: QtBot, window: ComposeWindow, composer_home: Path, tmp_path: Path
) -> None:
    photos = tmp_path / "photos"
    photos.mkdir()
    picture = photos / "trip.jpg"
    picture.write_bytes(b"\xff\xd8\xff")
    window.attachments.choose_files()
    choose(opened_file_dialog(), picture)
    assert [a.filename for a in window.attachments.attachments()] == ["trip.jpg"]

    window.attachments.choose_files()
    dialog = opened_file_dialog()
    assert Path(dialog.directory().absolutePath()) == photos  # the last folder for attaching
    dialog.reject()
    window.files.choose_open()
    dialog = opened_file_dialog()
    assert Path(dialog.directory().absolutePath()) == composer_home / "documents"
    dialog.reject()

    window.header.subject.setText("Trip report")
    window.files.choose_save_as()
    dialog = opened_file_dialog()
    assert dialog.selectedFiles() == [str(composer_home / "documents" / "Trip report.eml")]
    saved = tmp_path / "archive" / "Trip report.eml"
    saved.parent.mkdir()
    with qtbot.waitSignal(window.statusBar().messageChanged, timeout=10_000):
        choose(dialog, saved)
    assert saved.is_file()
    window.files.choose_save_as()
    dialog = opened_file_dialog()
    assert Path(dialog.directory().absolutePath()) == saved.parent
    dialog.reject()


def test_a_remembered_folder_that_is_gone_falls_back_to_documents(
    window: ComposeWindow, composer_home: Path, tmp_path: Path
) -> None:
    gone = tmp_path / "usb-stick"
    gone.mkdir()
    (gone / "a.txt").write_text("x", encoding="utf-8")
    window.attachments.choose_files()
    choose(opened_file_dialog(), gone / "a.txt")
    (gone / "a.txt").unlink()
    gone.rmdir()
    window.attachments.choose_files()
    dialog = opened_file_dialog()
    assert Path(dialog.directory().absolutePath()) == composer_home / "documents"
    dialog.reject()


def test_merge_data_and_export_dialogs_remember_their_folders(
    qtbot: QtBot, composer_home: Path, tmp_path: Path
) -> None:
    dialog = merge_dialog()
    assert isinstance(dialog, MergeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    data = tmp_path / "class" / "parents.csv"
    data.parent.mkdir()
    data.write_text("name,email\nAnn,ann@example.org\n", encoding="utf-8")
    dialog.data_page.choose_button.click()
    chooser = opened_file_dialog()
    assert Path(chooser.directory().absolutePath()) == composer_home / "documents"
    with qtbot.waitSignal(dialog.data_loaded, timeout=20_000):
        choose(chooser, data)
    assert dialog.source is not None
    dialog.data_page.choose_button.click()
    chooser = opened_file_dialog()
    assert Path(chooser.directory().absolutePath()) == data.parent
    chooser.reject()
    # Failed rows are offered beside their data file until another folder is chosen.
    dialog.send_step._on_export_button_clicked()  # the button waits for a failed row
    chooser = opened_file_dialog()
    assert chooser.selectedFiles() == [str(data.parent / "parents.failed.csv")]
    chooser.reject()
    dialog.shutdown()
