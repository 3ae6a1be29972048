"""A real IMAP server on 127.0.0.1 for tests: a private Dovecot instance.

One instance serves a whole test session (start-up costs about 0.2 s, but a session may need
several kinds). Each test gets its own users (:meth:`DovecotServer.add_user`), so tests do not
see each other's mail. The server listens on two ports: plain IMAP (STARTTLS offered) and
IMAPS, both with a certificate from the session's test CA.

Kinds (``DovecotServer(folder, pki, kind=...)``):

* ``"special-use"``: the Sent mailbox is ``Sent``, flagged ``\\Sent`` (RFC 6154), created on
  first login, as Gmail, Outlook and most providers announce theirs.
* ``"plain-names"``: no SPECIAL-USE at all; the mailboxes are ``Sent Items`` and
  ``보낸편지함`` (modified UTF-7 on the wire), as older servers have them.

A user can be given a quota (``add_user(..., quota_kib=1)``): Dovecot then refuses APPEND
with ``[OVERQUOTA]``. Extra configuration (for example an OAuth 2.0 passdb) goes in
``extra_conf``.

Mail is read back from the Maildir on disk (:meth:`DovecotServer.messages`), not over IMAP, so
a test checks what the server really stored. Maildir keeps lines ending in LF: compare a
message with :attr:`StoredMessage.wire` (CRLF, as it went over IMAP) or the other way round.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import signal
import socket
import stat
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from smtpserver import TestPKI

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"
DOVEADM = shutil.which("doveadm") or "/usr/bin/doveadm"

_NAMESPACES = {
    "special-use": """
namespace inbox {
  inbox = yes
  separator = /
  mailbox Sent {
    special_use = \\Sent
    auto = create
  }
  mailbox Drafts {
    special_use = \\Drafts
    auto = create
  }
  mailbox Trash {
    special_use = \\Trash
    auto = create
  }
}
""",
    "plain-names": """
namespace inbox {
  inbox = yes
  separator = /
  mailbox "Sent Items" {
    auto = create
  }
  mailbox "보낸편지함" {
    auto = create
  }
}
""",
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
    return port


def free_ports(count: int) -> list[int]:
    """*count* distinct free ports: the sockets stay bound until all are chosen (two calls
    of :func:`free_port` in a row may get the same port back, and Dovecot then refuses a
    "duplicate listener")."""
    with contextlib.ExitStack() as stack:
        sockets = [stack.enter_context(socket.socket()) for _ in range(count)]
        for s in sockets:
            s.bind(("127.0.0.1", 0))
        return [s.getsockname()[1] for s in sockets]


@dataclass
class StoredMessage:
    """One message as Dovecot stored it in a mailbox."""

    path: Path
    raw: bytes
    flags: str  # the Maildir info flags, e.g. "S" for \\Seen

    @property
    def wire(self) -> bytes:
        """The message with CRLF line ends, as APPEND sent it and FETCH returns it."""
        return self.raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


@dataclass
class DovecotServer:
    """A private Dovecot on 127.0.0.1 with its own configuration, users and mail store."""

    folder: Path
    pki: TestPKI
    kind: str = "special-use"
    extra_conf: str = ""
    imap_port: int = 0
    imaps_port: int = 0
    host: str = "127.0.0.1"
    _users: dict[str, str] = field(default_factory=dict)
    _quota: dict[str, int] = field(default_factory=dict)
    _running: bool = False
    _users_path: str = ""

    @property
    def users_dir(self) -> Path:
        """One passwd-file per user. Outside pytest's folders: a test session running beside
        this one makes pytest's top folder private again, and Dovecot's auth process (its
        own user) must reach this folder at every login."""
        if not self._users_path:
            self._users_path = tempfile.mkdtemp(prefix="composer-dovecot-users-")
            os.chmod(self._users_path, 0o711)
        return Path(self._users_path)

    @property
    def conf(self) -> Path:
        return self.folder / "dovecot.conf"

    @property
    def mail_root(self) -> Path:
        return self.folder / "mail"

    @property
    def log_file(self) -> Path:
        return self.folder / "dovecot.log"

    def start(self) -> DovecotServer:
        # Dovecot's processes (its own users) reach this folder at every login and APPEND.
        # Under pytest's temporary tree a test session started beside this one (another
        # checkout on the same machine) makes the top folder private again, or prunes it:
        # the server lives in a folder of its own, and the one given keeps a link to it.
        given = self.folder
        self.folder = Path(tempfile.mkdtemp(prefix="composer-dovecot-"))
        with contextlib.suppress(OSError):
            given.mkdir(parents=True, exist_ok=True)
            (given / "server").symlink_to(self.folder)
        os.chmod(self.folder, 0o755)
        self._let_dovecot_through()
        for sub in ("run", "state", "mail"):
            (self.folder / sub).mkdir(exist_ok=True)
        nobody = pwd.getpwnam("nobody")
        os.chown(self.mail_root, nobody.pw_uid, nobody.pw_gid)
        cert = self.folder / "server.pem"
        key = self.folder / "server.key"
        cert.write_bytes(b"".join(blob.bytes() for blob in self.pki.server_cert.cert_chain_pems))
        self.pki.server_cert.private_key_pem.write_to_path(str(key))
        os.chmod(key, 0o600)
        spare = free_ports(2)
        self.imap_port = self.imap_port or spare[0]
        self.imaps_port = self.imaps_port or spare[1]
        self._write_users()
        self.conf.write_text(self._config(cert, key), encoding="utf-8")
        # The daemon keeps any pipe it inherits open: its output goes to a file, not a pipe.
        with open(self.folder / "start.log", "wb") as out:
            subprocess.run(
                [DOVECOT, "-c", str(self.conf)],
                check=True,
                stdout=out,
                stderr=out,
                stdin=subprocess.DEVNULL,
            )
        self._running = True
        self._wait_listening()
        return self

    def stop(self) -> None:
        if not self._running:
            return
        # SIGTERM to the master, which takes its children down with it (``doveadm stop`` would
        # wait seconds for idle login processes).
        pid_file = self.folder / "run" / "master.pid"
        with contextlib.suppress(OSError, ValueError):
            os.kill(int(pid_file.read_text().strip()), signal.SIGTERM)
        self._running = False
        if self._users_path:
            shutil.rmtree(self._users_path, ignore_errors=True)
            self._users_path = ""
        shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> DovecotServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- users and their mail ---------------------------------------------------------------

    def add_user(self, address: str, password: str, *, quota_kib: int | None = None) -> None:
        """Create (or change) a user; takes effect for the next login."""
        self._users[address] = password
        if quota_kib is not None:
            self._quota[address] = quota_kib
        if self._running:
            self._write_users()

    def mailbox_dir(self, user: str, mailbox: str) -> Path:
        """The Maildir folder of *mailbox* (``INBOX``, ``Sent``, ``Sent Items``, ...)."""
        home = self.mail_root / user
        if mailbox.upper() == "INBOX":
            return home
        # Maildir++ layout: ".Name", with Dovecot's own escaping of non-ASCII (UTF-7 on disk).
        encoded = mailbox.encode("utf-7").decode("ascii").replace("+", "&").replace("/", ",")
        return home / f".{encoded}"

    def messages(self, user: str, mailbox: str = "INBOX") -> list[StoredMessage]:
        """The messages in *mailbox*, oldest first."""
        folder = self.mailbox_dir(user, mailbox)
        found: list[StoredMessage] = []
        for sub in ("new", "cur"):
            for path in sorted((folder / sub).glob("*")) if (folder / sub).is_dir() else []:
                flags = path.name.partition(":2,")[2]
                found.append(StoredMessage(path, path.read_bytes(), flags))
        found.sort(key=lambda m: m.path.stat().st_mtime_ns)
        return found

    def deliver(self, user: str, raw: bytes, mailbox: str = "INBOX") -> None:
        """Put a message into *user*'s mailbox, as the server's own delivery would."""
        subprocess.run(
            [DOVEADM, "-c", str(self.conf), "save", "-u", user, "-m", mailbox],
            input=raw,
            check=True,
            capture_output=True,
        )

    # -- internals --------------------------------------------------------------------------

    def _let_dovecot_through(self) -> None:
        """Dovecot's own users (dovecot, nobody) must reach the folder: pytest makes its
        temporary folders private (0700), so each one above ours inside the temporary area
        gets the search bit for others (not read: nobody can list them)."""
        top = Path(tempfile.gettempdir()).resolve()
        for parent in self.folder.resolve().parents:
            if parent == top or top not in parent.parents:
                break
            mode = parent.stat().st_mode
            if not mode & stat.S_IXOTH:
                os.chmod(parent, stat.S_IMODE(mode) | stat.S_IXOTH)

    def _write_users(self) -> None:
        lines = []
        for user, password in self._users.items():
            extra = ""
            if user in self._quota:
                extra = f"userdb_quota_rule=*:storage={self._quota[user]}K"
            lines.append(f"{user}:{{PLAIN}}{password}::::::{extra}")
        path = self.folder / "users"
        part = self.folder / "users.part"
        part.write_text("\n".join(lines) + "\n", encoding="utf-8")
        os.chmod(part, 0o644)
        os.replace(part, path)
        # Dovecot looks at a passwd-file at most once a second: a user added within a second
        # of the last login would stay unknown. One file per user (read by the path the user
        # name gives) is new when the user is, so a new user is found at once.
        each = self.users_dir
        for line in lines:
            user = line.partition(":")[0]
            one = each / user
            if not one.exists() or one.read_text(encoding="utf-8") != line + "\n":
                # Renamed into place: a login at this moment reads the old file or the new
                # one, never an empty or half-written one.
                part = each / f".{user}.part"
                part.write_text(line + "\n", encoding="utf-8")
                os.chmod(part, 0o644)
                os.replace(part, one)

    def _config(self, cert: Path, key: Path) -> str:
        d = self.folder
        return f"""
base_dir = {d}/run
state_dir = {d}/state
log_path = {self.log_file}
info_log_path = {self.log_file}
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <{cert}
ssl_key = <{key}
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = dovecot
default_login_user = dovenull
mail_location = maildir:{d}/mail/%u
mail_plugins = $mail_plugins quota
protocol imap {{
  mail_plugins = $mail_plugins imap_quota
}}
plugin {{
  quota = maildir:User quota
}}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {self.users_dir}/%u
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {self.users_dir}/%u
  default_fields = uid=nobody gid=nogroup home={d}/mail/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {self.imap_port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {self.imaps_port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
}}
{_NAMESPACES[self.kind]}
{self.extra_conf}
"""

    def _wait_listening(self) -> None:
        """The master binds its listeners before it returns to the background; the greeting
        comes once a login process has taken the connection (a blocking read, no polling)."""
        try:
            with socket.create_connection((self.host, self.imap_port), timeout=10) as s:
                if s.recv(200).startswith(b"* OK"):
                    return
        except OSError:
            pass
        log = self.log_file.read_text() if self.log_file.exists() else ""
        raise RuntimeError(f"Dovecot did not start:\n{log}")
