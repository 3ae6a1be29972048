import os
import subprocess
import sys

from composer.compose import ComposedMessage
from composer.drafts import DraftStore


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
