import os
import stat
import subprocess
import sys

from composer.compose.message import ComposedMessage
from composer.storage.drafts import DraftStore


def test_save_load_delete() -> None:
    store = DraftStore()
    draft_id = store.new_id()
    msg = ComposedMessage(to=["a@example.com"], bcc=["b@example.com"], subject="s", text="t")
    store.save(draft_id, msg)
    assert store.load(draft_id) == msg
    assert [d.draft_id for d in store.saved()] == [draft_id]
    store.delete(draft_id)
    assert store.saved() == []


def test_orphaned_means_the_editing_process_is_gone() -> None:
    store = DraftStore()
    mine, crashed, closed = store.new_id(), store.new_id(), store.new_id()
    for draft_id in (mine, crashed, closed):
        store.save(draft_id, ComposedMessage(text=draft_id))
    store.mark_open(mine)
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    (store.folder / f"{crashed}.open").write_text(dead.stdout.strip())
    store.mark_open(closed)
    store.mark_closed(closed)
    assert [d.draft_id for d in store.orphaned()] == [crashed]
    assert os.getpid()  # this process is alive, so its own draft is not an orphan


def test_bad_ids_are_refused() -> None:
    store = DraftStore()
    for bad in ("", "../x", "ABC"):
        try:
            store.path(bad)
        except ValueError:
            continue
        raise AssertionError(bad)


def test_drafts_are_private_and_carry_the_senders_message_id(composer_home) -> None:
    folder = composer_home / "data" / "drafts"
    folder.mkdir(parents=True, mode=0o755)
    os.chmod(folder, 0o755)  # as an older version left it
    store = DraftStore()
    draft_id = store.new_id()
    path = store.save(draft_id, ComposedMessage(from_addr="Kim <kim@example.com>", text="t"))
    store.mark_open(draft_id)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE((folder / f"{draft_id}.open").stat().st_mode) == 0o600
    head = path.read_bytes().split(b"\n\n", 1)[0]
    (line,) = [h for h in head.split(b"\n") if h.startswith(b"Message-ID:")]
    assert line.endswith(b"@example.com>")
    nameless = store.save(store.new_id(), ComposedMessage(text="no sender yet"))
    assert b"composer.invalid" not in nameless.read_bytes()
