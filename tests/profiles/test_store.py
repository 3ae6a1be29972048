"""profiles.toml: readable, versioned, atomic, precise about errors, never overwritten silently."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

import pytest

from composer.profiles.model import (
    BackendKind,
    Identity,
    LibrarySettings,
    Profile,
    ProfileBook,
    Security,
    SmtpSettings,
)
from composer.profiles.store import (
    SCHEMA_VERSION,
    ProfileFileChanged,
    ProfileFileError,
    ProfileStore,
    dumps,
    loads,
)
from composer.storage import paths


def sample_book() -> ProfileBook:
    return ProfileBook(
        [
            Profile(
                "Work",
                smtp=SmtpSettings(
                    host="smtp.example.com",
                    port=465,
                    security=Security.SSL,
                    username="alice@example.com",
                    timeout=15.0,
                    cafile="/etc/ssl/company-ca.pem",
                ),
                identity=Identity(
                    "Alice Example", "alice@example.com", "team@example.com", "-- \nAlice\n"
                ),
                library=LibrarySettings(
                    default_charset="utf-8",
                    server_email="ops@example.com",
                    subject_prefix="[Ops] ",
                    admins=[("Ann, Admin", "ann@example.com"), ("", "root@example.com")],
                    managers=[("Max", "max@example.com")],
                ),
            ),
            Profile("Terminal", backend=BackendKind.CONSOLE),
            Profile("Files", backend=BackendKind.FILE, file_path="/tmp/mail-out"),
            Profile(
                "Custom",
                backend=BackendKind.CUSTOM,
                custom_backend="acme.mail.Backend",
                custom_options={"region": "eu", "retries": 3},
            ),
        ],
        active="Terminal",
    )


def test_round_trip_keeps_everything() -> None:
    book = sample_book()
    assert loads(dumps(book), Path("p.toml")) == book


def test_file_is_human_readable_toml_with_a_schema_version() -> None:
    text = dumps(sample_book())
    assert text.startswith("# Composer sending profiles.")
    doc = tomllib.loads(text)
    assert doc["schema_version"] == SCHEMA_VERSION
    assert doc["active"] == "Terminal"
    work = doc["profiles"][0]
    assert work["smtp"]["host"] == "smtp.example.com"
    assert work["smtp"]["security"] == "ssl"
    assert work["library"]["admins"] == ['"Ann, Admin" <ann@example.com>', "root@example.com"]
    assert "[[profiles]]" in text
    assert "[profiles.smtp]" in text


def test_store_lives_in_the_config_dir_and_honours_xdg_config_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert ProfileStore().path == paths.config_dir() / "profiles.toml"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("COMPOSER_HOME", raising=False)
    monkeypatch.setattr(paths, "_override", None)
    assert ProfileStore().path == tmp_path / "xdg" / "composer" / "profiles.toml"


def test_missing_file_gives_the_defaults() -> None:
    result = ProfileStore().load()
    assert result.error is None
    assert result.source is None
    assert result.book.active is not None
    assert not result.book.active.delivers


def test_save_then_read(composer_home: Path) -> None:
    store = ProfileStore()
    store.read()
    store.save(sample_book())
    assert ProfileStore().read() == sample_book()
    assert (store.path.stat().st_mode & 0o777) == 0o600
    assert store.last_good_path.read_text(encoding="utf-8") == store.path.read_text("utf-8")
    leftovers = [p.name for p in store.path.parent.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


def test_set_active_persists() -> None:
    store = ProfileStore()
    store.read()
    store.save(sample_book())
    store.set_active("Work")
    assert ProfileStore().read().active_name == "Work"


# -- errors name the line and the problem --------------------------------------------------------


def write(store: ProfileStore, text: str) -> None:
    store.path.parent.mkdir(parents=True, exist_ok=True)
    store.path.write_text(text, encoding="utf-8")


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


@pytest.mark.parametrize(
    ("old", "new", "needle", "words"),
    [
        ("port = 465", 'port = "465"', "port =", "port must be a whole number"),
        ('host = "smtp', 'hots = "smtp', "hots =", "Unknown setting 'hots'"),
        ('security = "ssl"', 'security = "tls"', "security =", 'security must be "none"'),
        ("port = 465", "port = 99999", "port =", "between 1 and 65535"),
        ('name = "Files"', 'name = "Work"', 'name = "Work"', "already a profile called 'Work'"),
        ('backend = "console"', 'backend = "sendgrid"', "sendgrid", "unknown backend 'sendgrid'"),
        ('active = "Terminal"', 'active = "Nope"', "active =", "no such profile"),
        ("schema_version = 1", "schema_version = 99", "schema_version", "newer Composer"),
        ('"root@example.com"', '"not an address <"', "admins = [", "in admins is not an address"),
    ],
)
def test_semantic_errors_name_the_line(old: str, new: str, needle: str, words: str) -> None:
    text = dumps(sample_book())
    assert old in text
    broken = text.replace(old, new, 1)
    with pytest.raises(ProfileFileError) as info:
        loads(broken, Path("/x/profiles.toml"))
    error = info.value
    expected_line = line_of(broken, needle)
    if needle == 'name = "Work"':  # the second profile called Work is the duplicate
        expected_line = [i for i, line in enumerate(broken.splitlines(), 1) if needle in line][1]
    assert error.line == expected_line, (error, broken)
    assert words in error.problem
    assert f"line {expected_line}" in str(error)


def test_toml_syntax_error_names_the_line() -> None:
    text = dumps(sample_book()).replace("[profiles.identity]", "[profiles.identity", 1)
    with pytest.raises(ProfileFileError) as info:
        loads(text, Path("profiles.toml"))
    assert info.value.line == line_of(text, "[profiles.identity")
    assert "not valid TOML" in info.value.problem


def test_corrupt_file_falls_back_to_the_last_good_copy_and_loses_nothing() -> None:
    store = ProfileStore()
    store.read()
    store.save(sample_book())
    corrupt = b"schema_version = 1\n[[profiles]\nname = \x00garbage"
    store.path.write_bytes(corrupt)

    fresh = ProfileStore()
    result = fresh.load()
    assert result.error is not None
    assert result.error.line == 2
    assert result.source == fresh.last_good_path
    assert result.book == sample_book()
    # loading did not touch the broken file
    assert store.path.read_bytes() == corrupt

    # saving keeps the broken file aside before replacing it
    aside = fresh.save(result.book)
    assert aside is not None
    assert aside.read_bytes() == corrupt
    assert "broken" in aside.name
    assert ProfileStore().read() == sample_book()


def test_non_utf8_file_is_an_error_too() -> None:
    store = ProfileStore()
    store.path.parent.mkdir(parents=True, exist_ok=True)
    store.path.write_bytes(b'schema_version = 1\nactive = "\xff"\n')
    result = store.load()
    assert result.error is not None
    assert "UTF-8" in result.error.problem
    assert result.source is None  # no last good copy yet: the defaults


def test_unknown_schema_version_is_refused_and_kept() -> None:
    store = ProfileStore()
    text = dumps(sample_book()).replace("schema_version = 1", "schema_version = 2")
    write(store, text)
    result = store.load()
    assert result.error is not None
    assert "schema version 2" in result.error.problem
    assert store.path.read_text(encoding="utf-8") == text
    aside = store.save(result.book)
    assert aside is not None
    assert aside.read_text(encoding="utf-8") == text


def test_profile_with_a_missing_backend_loads_and_survives_a_save() -> None:
    store = ProfileStore()
    text = dumps(ProfileBook([Profile("Ghost", backend=BackendKind.DUMMY)])).replace(
        'backend = "dummy"', 'backend = "acme.not_installed.EmailBackend"'
    )
    write(store, text)
    book = store.read()
    ghost = book.get("Ghost")
    assert ghost.backend is BackendKind.CUSTOM
    assert ghost.custom_backend == "acme.not_installed.EmailBackend"
    (problem,) = ghost.problems()
    assert "acme.not_installed" in problem.message
    store.save(book)
    assert ProfileStore().read().get("Ghost").custom_backend == "acme.not_installed.EmailBackend"


def test_changes_by_another_program_are_not_overwritten_silently() -> None:
    store = ProfileStore()
    store.read()
    store.save(sample_book())
    hand_edited = store.path.read_text(encoding="utf-8").replace("[Ops] ", "[Hand] ")
    store.path.write_text(hand_edited, encoding="utf-8")
    with pytest.raises(ProfileFileChanged):
        store.save(ProfileBook([Profile("Other")]))
    assert store.path.read_text(encoding="utf-8") == hand_edited
    aside = store.save(ProfileBook([Profile("Other")]), replace_changed=True)
    assert aside is not None
    assert aside.read_text(encoding="utf-8") == hand_edited
    assert ProfileStore().read().names() == ["Other"]


def test_save_without_reading_first_refuses_to_clobber_an_existing_file() -> None:
    first = ProfileStore()
    first.read()
    first.save(sample_book())
    with pytest.raises(ProfileFileChanged):
        ProfileStore().save(ProfileBook([Profile("Other")]))


def test_failed_write_leaves_the_old_file(monkeypatch: pytest.MonkeyPatch) -> None:
    store = ProfileStore()
    store.read()
    store.save(sample_book())
    before = store.path.read_bytes()

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError, match="No space"):
        store.save(ProfileBook([Profile("Other")]))
    monkeypatch.undo()
    assert store.path.read_bytes() == before


def test_no_password_field_exists_in_the_file_format() -> None:
    text = dumps(sample_book())
    keys = {line.split("=")[0].strip() for line in text.splitlines() if "=" in line}
    assert not any("password" in key and key != "ask_password" for key in keys)


def test_changed_on_disk() -> None:
    store = ProfileStore()
    assert not store.changed_on_disk()  # no file yet
    store.read()
    assert not store.changed_on_disk()
    store.save(sample_book())
    assert not store.changed_on_disk()
    store.path.write_text(store.path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert store.changed_on_disk()
