"""Per-row attachments come only from the chosen folder; the check lists each file.

A data cell naming ``~/.ssh/id_ed25519``, ``/etc/passwd``, ``../secret``, a Windows drive or
share, a hidden file or a symbolic link that leads out must never be read, let alone sent:
each test sends a real merge to aiosmtpd and looks at the attachments that arrived.
"""

from __future__ import annotations

import email
import email.policy
import os
from pathlib import Path

import pytest
from merge_helpers import write_csv
from smtpserver import SMTPTestServer

from composer.mail import get_connection
from composer.merge import EngineSettings, MergeEngine, MergeLedger, MergeOptions, MergePlan
from composer.merge import MergeTemplate as Template
from composer.merge.data.csvsource import CsvSource

SECRET = b"-----BEGIN OPENSSH PRIVATE KEY----- not for anyone"


def attachments_received(server: SMTPTestServer) -> dict[str, dict[str, bytes]]:
    """Recipient -> {file name: content} of every message the server accepted."""
    out: dict[str, dict[str, bytes]] = {}
    for m in server.messages:
        parsed = email.message_from_bytes(m.data, policy=email.policy.default)
        files = {
            str(p.get_filename()): p.get_payload(decode=True)  # type: ignore[attr-defined]
            for p in parsed.iter_attachments()
        }
        out[m.rcpt_tos[0]] = files
    return out


@pytest.fixture
def folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """(the data folder with its files, a secret outside it; ~ points at the secret's home)."""
    home = tmp_path / "home"
    (home / ".ssh").mkdir(parents=True)
    (home / ".ssh" / "id_ed25519").write_bytes(SECRET)
    monkeypatch.setenv("HOME", str(home))
    data = tmp_path / "class" / "data"
    (data / "reports").mkdir(parents=True)
    (data / "reports" / "ann.pdf").write_bytes(b"%PDF ann")
    (data / "bo.txt").write_bytes(b"bo's notes")
    (data / ".env").write_bytes(SECRET)
    (tmp_path / "class" / "secret.txt").write_bytes(SECRET)
    (data / "link-out.pdf").symlink_to(home / ".ssh" / "id_ed25519")
    (data / "link-in.pdf").symlink_to(data / "bo.txt")
    return data, home


CELLS = {
    "ann@example.org": "reports/ann.pdf",
    "bo@example.org": "bo.txt; link-in.pdf",
    "c1@example.org": "~/.ssh/id_ed25519",
    "c2@example.org": "/etc/passwd",
    "c3@example.org": "../secret.txt",
    "c4@example.org": "reports/../../secret.txt",
    "c5@example.org": "..\\secret.txt",
    "c6@example.org": "C:\\Windows\\win.ini",
    "c7@example.org": "\\\\server\\share\\x.pdf",
    "c8@example.org": "link-out.pdf",
    "c9@example.org": ".env",
    "c10@example.org": "bo.txt; ../secret.txt",
    "c11@example.org": "missing.pdf",
}


def test_files_outside_the_folder_are_never_sent(
    folders: tuple[Path, Path], smtp_server: SMTPTestServer
) -> None:
    data, _home = folders
    csv_path = write_csv(
        data / "class.csv", ["email", "files"], [[a, cell] for a, cell in CELLS.items()]
    )
    with MergeLedger() as ledger:
        plan = MergePlan(
            CsvSource(csv_path),
            Template(
                to="{{ email }}", subject="Report", text="Attached.", from_email="o@s.example"
            ),
            ledger,
            MergeOptions(skip_problems=True),
        )
        report = plan.validate()
        assert report.attachment_column == "files"
        assert report.attachments_dir == data.resolve()
        by_address = {r.recipients: r for r in report.rows}
        assert by_address["ann@example.org"].files == (("reports/ann.pdf", 8),)
        assert by_address["bo@example.org"].files == (("bo.txt", 10), ("link-in.pdf", 10))
        for address in CELLS:
            if address.startswith("c"):
                assert by_address[address].status == "problem", address
        assert "not inside the attachments folder" in by_address["c1@example.org"].problems[0]
        assert "hidden file" in by_address["c9@example.org"].problems[0]
        assert "not found" in by_address["c11@example.org"].problems[0]
        assert (report.attachment_files, report.attachment_bytes) == (3, 28)
        MergeEngine(
            plan,
            lambda: get_connection(
                "composer.mail.backends.smtp.EmailBackend",
                host=smtp_server.host,
                port=smtp_server.port,
            ),
            EngineSettings(connections=1),
        ).run()
    got = attachments_received(smtp_server)
    assert got == {
        "ann@example.org": {"ann.pdf": b"%PDF ann"},
        "bo@example.org": {"bo.txt": b"bo's notes", "link-in.pdf": b"bo's notes"},
    }
    assert not any(SECRET in m.data for m in smtp_server.messages)


def test_a_chosen_folder_replaces_the_data_files_folder(
    folders: tuple[Path, Path], tmp_path: Path
) -> None:
    data, _home = folders
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    (chosen / "bo.txt").write_bytes(b"from the chosen folder")
    csv_path = write_csv(data / "c.csv", ["email", "첨부"], [["bo@example.org", "bo.txt"]])
    with MergeLedger() as ledger:
        plan = MergePlan(
            CsvSource(csv_path),
            Template(to="{{ email }}", subject="x", from_email="o@s.example"),
            ledger,
            MergeOptions(attachments_dir=chosen),
        )
        report = plan.validate()
    assert report.attachment_column == "첨부"
    assert report.rows[0].files == (("bo.txt", 22),)
    assert report.counts["ready"] == 1


def test_a_file_swapped_for_a_link_after_the_check_is_not_read(
    folders: tuple[Path, Path], smtp_server: SMTPTestServer
) -> None:
    data, home = folders
    csv_path = write_csv(data / "c.csv", ["email", "files"], [["bo@example.org", "bo.txt"]])
    with MergeLedger() as ledger:
        plan = MergePlan(
            CsvSource(csv_path),
            Template(to="{{ email }}", subject="x", from_email="o@s.example"),
            ledger,
        )
        assert plan.validate().counts["ready"] == 1
        (data / "bo.txt").unlink()
        os.symlink(home / ".ssh" / "id_ed25519", data / "bo.txt")
        result = MergeEngine(
            plan,
            lambda: get_connection(
                "composer.mail.backends.smtp.EmailBackend",
                host=smtp_server.host,
                port=smtp_server.port,
            ),
            EngineSettings(connections=1),
        ).run()
    assert smtp_server.messages == []
    assert result.progress.sent == 0
