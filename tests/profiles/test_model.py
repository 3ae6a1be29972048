"""Sending profiles: the model, validation, and the one mapping onto composer.mail."""

from __future__ import annotations

from pathlib import Path

import pytest
import smtpserver

from composer import mail
from composer.mail import EmailMessage
from composer.mail.conf import override_settings, settings
from composer.profiles.model import (
    BackendKind,
    Identity,
    LibrarySettings,
    PasswordNeeded,
    Profile,
    ProfileBook,
    ProfileError,
    Security,
    SmtpSettings,
    apply_mail_settings,
    connection_for,
    default_book,
    is_valid_address,
    is_valid_host,
)


class FixedPasswords:
    def __init__(self, password: str | None) -> None:
        self.password = password
        self.asked: list[str] = []

    def password_for(self, profile: Profile) -> str | None:
        self.asked.append(profile.name)
        return self.password


def smtp_profile(**smtp: object) -> Profile:
    settings_ = SmtpSettings(host="smtp.example.com", username="alice@example.com")
    for key, value in smtp.items():
        setattr(settings_, key, value)
    return Profile("Work", smtp=settings_, identity=Identity("Alice", "alice@example.com"))


# -- backends ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "delivers"),
    [
        (BackendKind.SMTP, True),
        (BackendKind.CUSTOM, True),
        (BackendKind.CONSOLE, False),
        (BackendKind.FILE, False),
        (BackendKind.LOCMEM, False),
        (BackendKind.DUMMY, False),
    ],
)
def test_only_smtp_and_custom_backends_deliver(kind: BackendKind, delivers: bool) -> None:
    assert Profile("p", backend=kind).delivers is delivers
    assert bool(kind.preview_note) is not delivers


def test_security_offers_the_usual_ports() -> None:
    assert [s.default_port for s in Security] == [25, 587, 465]


# -- connection_kwargs and mail_settings --------------------------------------------------------


def test_smtp_connection_kwargs_map_every_setting(tmp_path: Path) -> None:
    ca = tmp_path / "ca.pem"
    profile = smtp_profile(
        port=465, security=Security.SSL, timeout=12.0, cafile=str(ca), allow_plaintext_auth=True
    )
    kwargs = profile.connection_kwargs("s3cret")
    assert kwargs == {
        "backend": "composer.mail.backends.smtp.EmailBackend",
        "host": "smtp.example.com",
        "port": 465,
        "username": "alice@example.com",
        "password": "s3cret",
        "use_tls": False,
        "use_ssl": True,
        "timeout": 12.0,
        "ssl_certfile": None,
        "ssl_keyfile": None,
        "ssl_cafile": str(ca),
        "allow_plaintext_auth": True,
    }


def test_starttls_sets_use_tls_only() -> None:
    kwargs = smtp_profile(security=Security.STARTTLS).connection_kwargs(None)
    assert (kwargs["use_tls"], kwargs["use_ssl"], kwargs["password"]) == (True, False, "")


def test_filebased_and_custom_kwargs(tmp_path: Path) -> None:
    files = Profile("f", backend=BackendKind.FILE, file_path=str(tmp_path))
    assert files.connection_kwargs() == {
        "backend": "composer.mail.backends.filebased.EmailBackend",
        "file_path": str(tmp_path),
    }
    custom = Profile(
        "c", backend=BackendKind.CUSTOM, custom_backend="x.y.Backend", custom_options={"k": 1}
    )
    assert custom.connection_kwargs() == {"backend": "x.y.Backend", "k": 1}


def test_mail_settings_never_hold_the_password() -> None:
    profile = smtp_profile()
    profile.library = LibrarySettings(
        default_charset="iso-8859-1",
        server_email="server@example.com",
        subject_prefix="[Ops] ",
        admins=[("Ann", "ann@example.com")],
        managers=[("Max", "max@example.com")],
    )
    values = profile.mail_settings()
    assert values["EMAIL_HOST_PASSWORD"] == ""
    assert values["DEFAULT_FROM_EMAIL"] == "Alice <alice@example.com>"
    assert values["DEFAULT_CHARSET"] == "iso-8859-1"
    assert values["SERVER_EMAIL"] == "server@example.com"
    assert values["EMAIL_SUBJECT_PREFIX"] == "[Ops] "
    assert values["ADMINS"] == [("Ann", "ann@example.com")]
    assert values["MANAGERS"] == [("Max", "max@example.com")]
    assert values["EMAIL_USE_TLS"] is True
    # every name is a real composer.mail setting
    for name in values:
        assert hasattr(settings, name), name


def test_server_email_falls_back_to_the_from_address() -> None:
    assert smtp_profile().mail_settings()["SERVER_EMAIL"] == "alice@example.com"


def test_apply_mail_settings_sets_the_library_settings() -> None:
    profile = Profile(
        "Preview",
        backend=BackendKind.LOCMEM,
        identity=Identity("Bob", "bob@example.com"),
        library=LibrarySettings(subject_prefix="[Test] ", admins=[("Ann", "ann@example.com")]),
    )
    names = list(profile.mail_settings())
    with override_settings(**{name: getattr(settings, name) for name in names}):
        apply_mail_settings(profile)
        assert settings.EMAIL_BACKEND == "composer.mail.backends.locmem.EmailBackend"
        assert settings.EMAIL_SUBJECT_PREFIX == "[Test] "
        mail.outbox = []
        assert mail.mail_admins("Disk full", "body") is None
        (sent,) = mail.outbox
        assert sent.subject == "[Test] Disk full"
        assert sent.to == ["ann@example.com"]
        assert sent.from_email == "bob@example.com"
        message = EmailMessage("s", "b", to=["x@example.com"])
        assert message.from_email == "Bob <bob@example.com>"


# -- connection_for against real backends ----------------------------------------------------------


def test_connection_for_a_preview_profile_needs_no_password() -> None:
    passwords = FixedPasswords(None)
    mail.outbox = []
    with connection_for(Profile("p", backend=BackendKind.LOCMEM), passwords) as connection:
        sent = connection.send_messages([EmailMessage("s", "b", "a@example.com", ["b@x.org"])])
    assert sent == 1
    assert len(mail.outbox) == 1
    assert passwords.asked == []


def test_connection_for_raises_password_needed_without_one() -> None:
    with pytest.raises(PasswordNeeded) as info:
        connection_for(smtp_profile(), FixedPasswords(None))
    assert info.value.account == "smtp://alice%40example.com@smtp.example.com:587"


def test_connection_for_sends_over_starttls_with_auth_and_private_ca(
    make_smtp_server: object, pki: smtpserver.TestPKI
) -> None:
    server: smtpserver.SMTPTestServer = make_smtp_server(  # type: ignore[operator]
        tls="starttls", pki=pki, auth=("alice", "s3cret"), require_starttls=True
    )
    profile = Profile(
        "Relay",
        smtp=SmtpSettings(
            host="127.0.0.1",
            port=server.port,
            security=Security.STARTTLS,
            username="alice",
            timeout=10,
            cafile=str(pki.ca_file),
        ),
    )
    message = EmailMessage("Hi", "Body", "alice@example.com", ["bob@example.com"])
    with connection_for(profile, FixedPasswords("s3cret")) as connection:
        assert connection.send_messages([message]) == 1
    (received,) = server.messages
    assert received.session.tls is True
    assert received.session.login == "alice"


def test_connection_for_file_profile_writes_there(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    profile = Profile("Files", backend=BackendKind.FILE, file_path=str(folder))
    with connection_for(profile, FixedPasswords(None)) as connection:
        connection.send_messages([EmailMessage("s", "body", "a@example.com", ["b@example.com"])])
    (written,) = folder.iterdir()
    assert b"Subject: s" in written.read_bytes()


# -- accounts -------------------------------------------------------------------------------------


def test_account_names_the_user_host_and_port() -> None:
    assert smtp_profile(port=465).account == "smtp://alice%40example.com@smtp.example.com:465"
    assert smtp_profile(host="SMTP.Example.COM").account == (
        "smtp://alice%40example.com@smtp.example.com:587"
    )
    assert smtp_profile(host="::1").account == "smtp://alice%40example.com@[::1]:587"
    assert smtp_profile(username="").account is None
    assert Profile("p", backend=BackendKind.CONSOLE).account is None


def test_repr_of_a_profile_holds_no_secret() -> None:
    # The profile has no password field at all: secrets only pass through connection_kwargs.
    assert "password=" not in repr(smtp_profile()).replace("ask_password=", "")


# -- validation -----------------------------------------------------------------------------------


def fields(profile: Profile) -> set[str]:
    return {problem.field for problem in profile.problems()}


def test_a_complete_smtp_profile_has_no_problems() -> None:
    assert smtp_profile().problems() == []


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"host": ""}, "smtp.host"),
        ({"host": "bad host"}, "smtp.host"),
        ({"host": "-bad.example.com"}, "smtp.host"),
        ({"port": 0}, "smtp.port"),
        ({"port": 70000}, "smtp.port"),
        ({"timeout": 0}, "smtp.timeout"),
        ({"cafile": "/nonexistent/ca.pem"}, "smtp.cafile"),
        ({"certfile": "/nonexistent/c.pem"}, "smtp.certfile"),
        ({"keyfile": "/nonexistent/k.pem"}, "smtp.keyfile"),
    ],
)
def test_smtp_problems_point_at_their_field(change: dict[str, object], field: str) -> None:
    assert field in fields(smtp_profile(**change))


def test_identity_and_library_addresses_are_checked() -> None:
    profile = smtp_profile()
    profile.identity.from_address = "not an address"
    profile.identity.reply_to = "a@b.com, c@d.com"
    profile.library.server_email = "root@"
    profile.library.default_charset = "no-such-charset"
    profile.library.admins = [("Ann", "ann")]
    assert fields(profile) == {
        "identity.from_address",
        "identity.reply_to",
        "library.server_email",
        "library.default_charset",
        "library.admins",
    }


def test_file_and_custom_backends_are_checked(tmp_path: Path) -> None:
    a_file = tmp_path / "f"
    a_file.write_text("x")
    assert fields(Profile("f", backend=BackendKind.FILE)) == {"file_path"}
    assert fields(Profile("f", backend=BackendKind.FILE, file_path=str(a_file))) == {"file_path"}
    assert fields(Profile("f", backend=BackendKind.FILE, file_path=str(tmp_path / "new"))) == set()
    missing = Profile("c", backend=BackendKind.CUSTOM, custom_backend="nowhere.to.Backend")
    (problem,) = missing.problems()
    assert problem.field == "custom_backend"
    assert "nowhere.to" in problem.message
    present = Profile(
        "c", backend=BackendKind.CUSTOM, custom_backend="composer.mail.backends.dummy.EmailBackend"
    )
    assert present.problems() == []


@pytest.mark.parametrize(
    ("address", "valid"),
    [
        ("alice@example.com", True),
        ("Alice <alice@example.com>", True),
        ('"Doe, Jane" <jane@example.com>', True),
        ("root@localhost", True),
        ("alice@example", False),
        ("alice", False),
        ("@example.com", False),
        ("a b@example.com", False),
        ("a@example.com, b@example.com", False),
    ],
)
def test_is_valid_address(address: str, valid: bool) -> None:
    assert is_valid_address(address) is valid


@pytest.mark.parametrize(
    ("host", "valid"),
    [
        ("smtp.gmail.com", True),
        ("localhost", True),
        ("127.0.0.1", True),
        ("::1", True),
        ("münchen.example", True),
        ("bad host", False),
        ("1.2.3", False),
        ("a..b", False),
    ],
)
def test_is_valid_host(host: str, valid: bool) -> None:
    assert is_valid_host(host) is valid


# -- the book -------------------------------------------------------------------------------------


def test_first_profile_added_becomes_active() -> None:
    book = ProfileBook()
    assert book.active is None
    book.add(Profile("A"))
    book.add(Profile("B"))
    assert book.active_name == "A"


def test_rename_keeps_active_and_refuses_duplicates() -> None:
    book = ProfileBook([Profile("A"), Profile("B")], active="A")
    book.rename("A", "Work")
    assert book.active_name == "Work"
    assert book.names() == ["Work", "B"]
    with pytest.raises(ProfileError):
        book.rename("B", "Work")
    with pytest.raises(ProfileError):
        book.rename("B", "  ")


def test_remove_active_makes_the_first_remaining_active() -> None:
    book = ProfileBook([Profile("A"), Profile("B"), Profile("C")], active="B")
    book.remove("B")
    assert book.active_name == "A"
    book.remove("A")
    book.remove("C")
    assert book.active is None
    with pytest.raises(ProfileError):
        book.remove("A")


def test_duplicate_is_a_deep_copy_placed_after_the_original() -> None:
    book = ProfileBook([smtp_profile(), Profile("Other")])
    clone = book.duplicate("Work")
    assert book.names() == ["Work", "Work (copy)", "Other"]
    clone.smtp.host = "changed.example.com"
    assert book.get("Work").smtp.host == "smtp.example.com"
    assert book.duplicate("Work").name == "Work (copy) 2"


def test_default_book_previews_so_nothing_is_sent_by_accident() -> None:
    book = default_book()
    assert book.active is not None
    assert not book.active.delivers
