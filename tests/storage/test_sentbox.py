import pytest

from composer.compose.message import ComposedMessage, to_eml
from composer.storage.sentbox import SentBox


def test_add_list_and_read_back(composer_home) -> None:
    box = SentBox()
    raw = to_eml(ComposedMessage(to=["a@example.com"], subject="첫 번째", text="x"))
    key = box.add(raw)
    (entry,) = box.entries()
    assert entry.key == key
    assert entry.subject == "첫 번째"
    assert entry.to == "a@example.com"
    assert box.get_bytes(key) == raw
    assert (composer_home / "data" / "Sent" / "cur").is_dir()
    box.remove(key)
    assert box.entries() == []


def test_listing_reads_headers_only_and_survives_odd_files(composer_home) -> None:
    from composer.storage.drafts import DraftStore
    from composer.ui.mailboxes.drafts import list_drafts

    box = SentBox()
    key = box.add(b"Subject: big\nTo: a@example.com\n\n" + b"QUFB\n" * 200_000)
    (box.folder / "cur" / "17.headers-only:2,S").write_bytes(b"Subject: cut short\n")
    entries = {e.subject: e for e in box.entries()}
    assert entries["big"].key == key
    assert entries["big"].size == len(box.get_bytes(key))
    assert "cut short" in entries
    store = DraftStore()
    store.path(store.new_id()).write_bytes(b"Subject: truncated draft\nTo: b@example.com")
    assert [row.subject for row in list_drafts(store)] == ["truncated draft"]


def test_a_copy_added_in_the_same_clock_tick_as_the_last_look_is_read_and_removed(
    composer_home,
) -> None:
    """entries() lists what is on disk; reading and removing find the same files even when
    the folder's time did not move since the last look (a copy made in the same tick)."""
    import os

    box = SentBox()
    first = box.add(b"Subject: one\r\n\r\nfirst\r\n")
    assert box.get_bytes(first).endswith(b"first\r\n")  # the box has looked at the folder
    cur = box.folder / "cur"
    before = os.stat(cur).st_mtime_ns
    second = box.add(b"Subject: two\r\n\r\nsecond\r\n")
    os.utime(cur, ns=(before, before))  # the same tick, as a coarse clock gives it
    box._box._last_read = 0.0  # type: ignore[attr-defined]  # looked long enough ago
    assert {e.key for e in box.entries()} == {first, second}
    assert box.get_bytes(second).endswith(b"second\r\n")
    box.remove(second)
    assert [e.key for e in box.entries()] == [first]
    for bad in ("", "../" + first, ".hidden"):
        with pytest.raises(KeyError):
            box.get_bytes(bad)
