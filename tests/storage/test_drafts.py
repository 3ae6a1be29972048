import os
import stat
import subprocess
import sys

from composer.compose.drafts import draft_eml
from composer.compose.message import ComposedMessage, from_eml
from composer.storage.drafts import DraftStore


def test_save_load_delete() -> None:
    store = DraftStore()
    draft_id = store.new_id()
    msg = ComposedMessage(to=["a@example.com"], bcc=["b@example.com"], subject="s", text="t")
    store.save(draft_id, draft_eml(msg))
    assert from_eml(store.read(draft_id)) == msg
    assert [d.draft_id for d in store.saved()] == [draft_id]
    store.delete(draft_id)
    assert store.saved() == []


def test_orphaned_means_the_editing_process_is_gone() -> None:
    store = DraftStore()
    mine, crashed, closed, elsewhere = (store.new_id() for _ in range(4))
    for draft_id in (mine, crashed, closed, elsewhere):
        store.save(draft_id, draft_eml(ComposedMessage(text=draft_id)))
    store.mark_open(mine)
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    store.mark_open(crashed, int(dead.stdout))
    store.mark_open(closed)
    store.mark_closed(closed)
    # Another Composer process still editing its draft: it waits for its input to end.
    other = subprocess.Popen(
        [sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE
    )
    try:
        store.mark_open(elsewhere, other.pid)
        assert [d.draft_id for d in store.orphaned()] == [crashed]
    finally:
        assert other.stdin is not None
        other.stdin.close()
        other.wait(timeout=30)
    # Once that process is gone, its draft survived a crash as far as anyone can tell.
    assert sorted(d.draft_id for d in store.orphaned()) == sorted([crashed, elsewhere])


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
    msg = ComposedMessage(from_addr="Kim <kim@example.com>", text="t")
    path = store.save(draft_id, draft_eml(msg))
    store.mark_open(draft_id)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE((folder / f"{draft_id}.open").stat().st_mode) == 0o600
    head = path.read_bytes().split(b"\n\n", 1)[0]
    (line,) = [h for h in head.split(b"\n") if h.startswith(b"Message-ID:")]
    assert line.endswith(b"@example.com>")
    nameless = store.save(store.new_id(), draft_eml(ComposedMessage(text="no sender yet")))
    assert b"composer.invalid" not in nameless.read_bytes()
