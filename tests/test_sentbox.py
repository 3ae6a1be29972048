from composer.compose import ComposedMessage, to_eml
from composer.sentbox import SentBox


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
