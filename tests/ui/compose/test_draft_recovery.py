"""Kill -9 a process that is writing a message; the next start restores it exactly."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from composer.profiles.model import BackendKind, Profile, ProfileBook
from composer.ui.compose.profiles import ComposeProfiles
from composer.ui.compose.recovery import offer_recovery
from composer.ui.compose.window import ComposeServices, ComposeWindow

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise)\(\)"
)

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from draft_writer import BCC, BOLD, PLAIN, SUBJECT, TO  # noqa: E402


def run_and_kill(home: Path, attachment: Path) -> Path:
    env = dict(os.environ, COMPOSER_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen(
        [sys.executable, str(HERE / "draft_writer.py"), str(attachment)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert proc.stdout is not None
        ready, _, _ = select.select([proc.stdout], [], [], 60)  # the autosave, or give up
        assert ready, "the writer never reported an autosave"
        line = proc.stdout.readline()
        assert line.startswith("saved "), (line, proc.stderr.read() if proc.stderr else "")
        proc.send_signal(signal.SIGKILL)
        assert proc.wait(timeout=30) == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()
    return Path(line.split(" ", 1)[1].strip())


def test_killed_draft_is_restored_exactly(
    qtbot: QtBot, composer_home: Path, tmp_path: Path
) -> None:
    attachment = tmp_path / "계약서.pdf"
    attachment.write_bytes(b"%PDF-1.5\n" + os.urandom(5000))
    saved = run_and_kill(composer_home, attachment)
    assert saved.is_file()
    content = attachment.read_bytes()
    attachment.unlink()  # the draft must carry the file itself

    services = ComposeServices(
        ComposeProfiles(ProfileBook([Profile("Out", backend=BackendKind.LOCMEM)]))
    )
    window = ComposeWindow(services)
    qtbot.addWidget(window)
    window.show()
    box = offer_recovery(window)
    assert box is not None
    assert box.text() == "Composer closed unexpectedly while 1 message was being written."
    restore = next(b for b in box.buttons() if b.text() == "Restore")
    restore.click()

    msg = window.message()
    assert window.drafts.draft_id == saved.stem
    assert msg.to == TO
    assert msg.bcc == BCC
    assert window.header.is_field_visible("bcc")
    assert msg.subject == SUBJECT
    assert window.editor.toPlainText() == PLAIN + BOLD
    assert msg.html is not None
    assert f"<b>{BOLD}</b>" in msg.html
    assert msg.text == f"{PLAIN} *{BOLD.strip()}*"
    (att,) = msg.attachments
    assert att.filename == "계약서.pdf"
    assert att.read() == content
    # a clean close is not a crash: nothing is offered next time
    window.close()
    assert services.drafts.orphaned() == []
    assert [d.draft_id for d in services.drafts.saved()] == [saved.stem]
