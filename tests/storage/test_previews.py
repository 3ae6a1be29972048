"""What preview profiles kept, read without a window: the in-app outbox and the files."""

from __future__ import annotations

from pathlib import Path

from composer.mail import EmailMessage, get_connection
from composer.storage.previews import file_previews, in_app_previews, load_previews


def message(subject: str, to: str) -> EmailMessage:
    return EmailMessage(subject, "Body", "me@example.com", [to])


def test_the_preview_mailbox_lists_what_the_locmem_backend_kept() -> None:
    from composer import mail

    with get_connection("composer.mail.backends.locmem.EmailBackend") as connection:
        connection.send_messages(
            [message("첫 편지", "a@example.com"), message("", "b@example.org")]
        )
    items = in_app_previews(mail.outbox)
    assert [i.title() for i in items] == [
        "첫 편지 — to a@example.com",
        "(no subject) — to b@example.org",
    ]
    assert {i.source for i in items} == {"Preview mailbox"}
    assert b"Subject: =?utf-8?" in items[0].raw


def test_the_file_backend_folders_are_read_message_by_message(tmp_path: Path) -> None:
    folder = tmp_path / "previews"
    with get_connection(
        "composer.mail.backends.filebased.EmailBackend", file_path=str(folder)
    ) as c:
        c.send_messages([message("One", "a@example.com"), message("Two", "b@example.com")])
    items = file_previews(folder)
    assert [i.title() for i in items] == ["One — to a@example.com", "Two — to b@example.com"]
    (log,) = folder.glob("*.log")
    assert {i.source for i in items} == {f"File {log.name}"}


def test_load_previews_reads_memory_first_and_skips_folders_that_are_gone(tmp_path: Path) -> None:
    folder = tmp_path / "previews"
    with get_connection(
        "composer.mail.backends.filebased.EmailBackend", file_path=str(folder)
    ) as c:
        c.send_messages([message("On disk", "a@example.com")])
    items = load_previews([message("In memory", "b@example.com")], [tmp_path / "gone", folder])
    assert [i.title() for i in items] == [
        "In memory — to b@example.com",
        "On disk — to a@example.com",
    ]
