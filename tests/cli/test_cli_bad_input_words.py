"""Bad input on the new commands' options gets words and exit 2, never a silent guess or an
"unexpected error": each case runs the real ``composer`` command in a child process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

ROOT = Path(__file__).resolve().parents[2]


def _composer(home: Path, *args: str) -> tuple[int, str]:
    proc = subprocess.run(
        [sys.executable, "-m", "composer", *args],
        env=dict(os.environ, COMPOSER_HOME=str(home), PYTHONPATH=str(ROOT)),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    return proc.returncode, proc.stdout + proc.stderr


@pytest.fixture
def merge_inputs(tmp_path: Path) -> tuple[Path, Path]:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["이름", "email"])
    sheet.append(["김철수", "kim@example.com"])
    data = tmp_path / "list.xlsx"
    book.save(data)
    template = tmp_path / "t.eml"
    template.write_text(
        "From: me@example.com\nTo: {{ 이름 }} <{{ email }}>\nSubject: x\n\nHi\n", encoding="utf-8"
    )
    return data, template


def test_a_dry_run_through_a_profile_that_does_not_exist_says_so(
    composer_home: Path, merge_inputs: tuple[Path, Path]
) -> None:
    code, out = _composer(composer_home, "merge", *map(str, merge_inputs), "--dry-run",
                          "--profile", "Nope")  # fmt: skip
    assert code == 2, out
    assert "composer merge: There is no profile called 'Nope'." in out
    assert "Dry run" not in out


def test_header_row_zero_is_refused_not_read_as_the_first_row(
    composer_home: Path, merge_inputs: tuple[Path, Path]
) -> None:
    code, out = _composer(composer_home, "merge", *map(str, merge_inputs), "--dry-run",
                          "--header-row", "0")  # fmt: skip
    assert code == 2, out
    assert "The header row must be 1 or more" in out


@pytest.mark.parametrize("server", ["dns.nowhere.invalid", "127.0.0.1:abc", "127.0.0.1:70000"])
def test_preflight_with_a_dns_server_that_is_no_address_says_so(
    composer_home: Path, server: str
) -> None:
    code, out = _composer(composer_home, "preflight", "--dns-server", server)
    assert code == 2, out
    assert f"composer preflight: “{server}” is not the address of a DNS server." in out
    assert "unexpected" not in out


def test_preflight_of_a_preview_profile_says_there_is_nothing_to_check(
    composer_home: Path,
) -> None:
    code, out = _composer(composer_home, "profiles", "add", "Terminal", "--backend", "console",
                          "--from-address", "me@example.com")  # fmt: skip
    assert code == 0, out
    code, out = _composer(composer_home, "preflight", "--profile", "Terminal",
                          "--dns-server", "127.0.0.1:1")  # fmt: skip
    assert code == 2, out
    assert "“Terminal” is a preview profile" in out
    assert "through )" not in out
    assert "[" not in out


@pytest.mark.parametrize("option", ["--consent-column", "--pdf-password-column"])
def test_a_column_option_naming_no_column_is_refused_by_name(
    composer_home: Path, merge_inputs: tuple[Path, Path], option: str
) -> None:
    """Not "the template uses {{ 동의 }}", nor a silent "no consent column": the option's
    column is named, with the columns there are."""
    code, out = _composer(composer_home, "merge", *map(str, merge_inputs), "--dry-run",
                          "--advertising", option, "동의")  # fmt: skip
    assert code == 2, out
    assert f"list.xlsx has no column “동의” for {option}. Choose one of: 이름, email." in out
    assert "Dry run" not in out


def test_grouping_rows_with_different_addresses_says_who_gets_nothing(
    composer_home: Path, tmp_path: Path
) -> None:
    """--group-by a family column whose rows hold a mother's and a father's address: the
    message goes to the first row's address only, and the check says so before sending."""
    data = tmp_path / "families.csv"
    data.write_text(
        "family,email,child\nF1,mom@example.com,민수\nF1,dad@example.com,민지\n"
        "F2,lee@example.com,철수\nF2,LEE@example.com ,영희\n",
        encoding="utf-8",
    )
    template = tmp_path / "t.eml"
    template.write_text(
        "From: me@example.com\nTo: <{{ email }}>\nSubject: x\n\n"
        "{% for row in rows %}{{ row.child }}\n{% endfor %}",
        encoding="utf-8",
    )
    code, out = _composer(composer_home, "merge", str(data), str(template), "--dry-run",
                          "--group-by", "family")  # fmt: skip
    assert code == 0, out
    assert (
        "Note: Grouped by “family”, 1 group has rows with different “email” (such as "
        "mom@example.com, dad@example.com): its message goes only to its first row's address."
    ) in out
    code, out = _composer(composer_home, "merge", str(data), str(template), "--dry-run",
                          "--group-by", "email")  # fmt: skip
    assert code == 0, out
    assert "different" not in out


@pytest.mark.parametrize("when", [("--at", "2099-01-01 09:00"), ("--send-at-column", "when")])
def test_a_dry_run_with_a_send_time_checks_now_and_schedules_nothing(
    composer_home: Path, tmp_path: Path, when: tuple[str, str]
) -> None:
    data = tmp_path / "list.csv"
    data.write_text("email,when\na@example.com,2099-01-01 09:00\nb@example.com,\n", "utf-8")
    template = tmp_path / "t.eml"
    template.write_text("From: me@example.com\nTo: <{{ email }}>\nSubject: x\n\nHi\n", "utf-8")
    code, out = _composer(composer_home, "merge", str(data), str(template), "--dry-run", *when)
    assert code == 0, out
    assert "Dry run: 2 messages rendered" in out
    assert "Scheduled" not in out
    code, out = _composer(composer_home, "outbox", "list", "--all")
    assert code == 0, out
    assert "The outbox is empty." in out
