"""A real Postfix on 127.0.0.1 for tests: a private instance that accepts mail, relays it and
bounces it with real delivery-status notifications (RFC 3464), as a provider's server does.

One instance serves a test session (fixture ``postfix`` in ``tests/conftest.py``, started
only by the tests that ask for it). Everything lives in a private folder under the system's
temporary folder (configuration, queue, mailboxes, log); the SMTP port is a free one. Postfix
only accepts a configuration folder that its default ``/etc/postfix/main.cf`` names in
``alternate_config_directories``: the fixture adds its folder there (creating the file when
the package was installed with "No configuration", and dropping entries of folders that no
longer exist), under a lock, so several test sessions can run side by side.

What the instance does with a message (all decided when it starts: no reload races):

* to any address at ``sender.test`` (the senders' domain): delivered into one Maildir
  (:meth:`PostfixServer.received` picks an address's messages by their ``Delivered-To``);
* to ``local.test``: accepted, then bounced by Postfix's ``virtual`` agent ("unknown user",
  5.1.1): a mailbox that does not exist on the server the mail was handed to;
* to ``rcpt.test``: relayed to :attr:`PostfixServer.remote`, an aiosmtpd server standing for
  the recipients' provider (a test sets its ``rcpt_reply``); what it refuses is bounced with
  its reply as the diagnostic, as after a remote "550 5.1.1 user unknown";
* anything else: bounced ("domain not found", 5.4.4) without asking DNS, so a test never
  depends on the network.

A DSN goes back to the envelope sender: send with a ``...@sender.test`` From.
"""

from __future__ import annotations

import contextlib
import fcntl
import grp
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from smtpserver import SMTPTestServer

POSTFIX = shutil.which("postfix") or "/usr/sbin/postfix"
MASTER = "/usr/lib/postfix/sbin/master"
MAIN_CF = Path("/etc/postfix/main.cf")
SENDER_DOMAIN = "sender.test"
UNKNOWN_USERS_DOMAIN = "local.test"
REMOTE_DOMAIN = "rcpt.test"

# Only the services a relay needs, none chrooted (the queue is a private folder, not a
# prepared chroot).
_MASTER_CF = """\
{listen} inet n - n - - smtpd
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
local     unix  -       n       n       -       -       local
virtual   unix  -       n       n       -       -       virtual
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
"""


_QUEUES = (
    "active", "bounce", "corrupt", "defer", "deferred", "flush", "hold", "incoming", "private",
    "saved", "trace",
)  # fmt: skip


class PostfixError(RuntimeError):
    """Postfix could not be set up or started; the message says why and what to check."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


_KEY = "alternate_config_directories"


def _split_main_cf() -> tuple[list[str], list[str]]:
    """(the other lines of /etc/postfix/main.cf, the folders its alternate_config_directories
    names), continuation lines (starting with a blank) read as part of their parameter."""
    lines = MAIN_CF.read_text().splitlines() if MAIN_CF.exists() else []
    kept: list[str] = []
    dirs: list[str] = []
    ours = False
    for line in lines:
        if ours and line[:1].isspace() and line.strip():
            dirs += line.replace(",", " ").split()
            continue
        name, sep, value = line.partition("=")
        ours = bool(sep) and name.strip() == _KEY
        if ours:
            dirs += value.replace(",", " ").split()
        else:
            kept.append(line)
    return kept, dirs


def _write_main_cf(kept: list[str], dirs: list[str]) -> None:
    lines = [*kept, f"{_KEY} = {' '.join(dirs)}"] if dirs else kept
    if not any(line.strip() for line in lines):
        # Only our line was there (the package installed "No configuration"): leave no file.
        MAIN_CF.unlink(missing_ok=True)
        return
    MAIN_CF.parent.mkdir(parents=True, exist_ok=True)
    tmp = MAIN_CF.with_name("main.cf.composer-tmp")
    tmp.write_text("\n".join(lines) + "\n")
    os.replace(tmp, MAIN_CF)


@contextlib.contextmanager
def _main_cf_lock() -> Iterator[None]:
    # Several test sessions (other checkouts) may start or stop their Postfix at once.
    with (Path(tempfile.gettempdir()) / "composer-postfix-main-cf.lock").open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def _allow_config_dir(conf: Path) -> None:
    """Name *conf* in /etc/postfix/main.cf's ``alternate_config_directories`` (idempotent;
    entries whose folder is gone, left by sessions that were killed, are dropped)."""
    with _main_cf_lock():
        kept, dirs = _split_main_cf()
        dirs = [d for d in dict.fromkeys(dirs) if Path(d).is_dir() and d != str(conf)]
        _write_main_cf(kept, [*dirs, str(conf)])


def _forget_config_dir(conf: Path) -> None:
    with _main_cf_lock(), contextlib.suppress(OSError):
        kept, dirs = _split_main_cf()
        _write_main_cf(kept, [d for d in dict.fromkeys(dirs) if d != str(conf)])


class PostfixServer:
    """A private Postfix (see the module). Use as a context manager, or start()/stop()."""

    def __init__(self) -> None:
        self.host = "127.0.0.1"
        self.port = 0
        self.folder = Path()
        self.remote = SMTPTestServer()
        self._running = False

    @property
    def conf(self) -> Path:
        return self.folder / "conf"

    @property
    def mail_root(self) -> Path:
        return self.folder / "mail"

    @property
    def log_file(self) -> Path:
        return self.folder / "maillog"

    def start(self) -> PostfixServer:
        if os.geteuid() != 0:
            raise PostfixError(
                "The Postfix test server runs as root (as CI does): Postfix's own users "
                "must own its queue. Run the tests as root, or skip the DSN tests' machine."
            )
        if not Path(POSTFIX).exists() or not Path(MASTER).exists():
            raise PostfixError("Postfix is not installed: run scripts/setup.sh --test.")
        self.folder = Path(tempfile.mkdtemp(prefix="composer-postfix-"))
        try:
            self._start()
        except BaseException:
            self.stop()  # nothing left behind: no folder, no main.cf entry, no server
            raise
        return self

    def _start(self) -> None:
        os.chmod(self.folder, 0o755)  # postfix and nobody reach their folders inside
        postfix_user = pwd.getpwnam("postfix")
        nobody = pwd.getpwnam("nobody")
        for name in ("conf", "spool", "data", "mail"):
            (self.folder / name).mkdir()
        os.chown(self.folder / "data", postfix_user.pw_uid, postfix_user.pw_gid)
        os.chown(self.mail_root, nobody.pw_uid, nobody.pw_gid)
        self.remote.start()
        self._make_queue(postfix_user.pw_uid, postfix_user.pw_gid)
        self.port = free_port()
        (self.conf / "master.cf").write_text(_MASTER_CF.format(listen=f"{self.host}:{self.port}"))
        self._write_main()
        _allow_config_dir(self.conf)
        started = time.monotonic()
        # The master daemon itself, waiting until it is ready (-w): "postfix start" would
        # spend about 2 s logging its start through a log daemon that is not up yet.
        run = subprocess.run(
            [MASTER, "-c", str(self.conf), "-w"],
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
            timeout=60,
            check=False,
        )
        if run.returncode != 0:
            log = self.log_file.read_text(errors="replace") if self.log_file.exists() else ""
            raise PostfixError(
                f"Postfix did not start (exit {run.returncode}).\n{run.stdout}{run.stderr}\n"
                f"Its log:\n{log[-3000:]}"
            )
        self._running = True
        self._wait_listening(started + 30)

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self.remote.stop()
        if self._running:
            self._stop_master()
            self._running = False
        self._cleanup()

    def __enter__(self) -> PostfixServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- what the server does with mail ------------------------------------------------------

    def received(self, address: str) -> list[bytes]:
        """The messages delivered to *address* (at :data:`SENDER_DOMAIN`), oldest first."""
        new = self.mail_root / "sender" / "new"
        files = sorted(new.iterdir(), key=lambda p: p.stat().st_mtime_ns) if new.is_dir() else []
        wanted = f"delivered-to: {address.lower()}".encode()
        out = []
        for path in files:
            raw = path.read_bytes()
            head = raw.split(b"\n\n", 1)[0].lower()
            if any(line.strip() == wanted for line in head.splitlines()):
                out.append(raw)
        return out

    def wait_for_mail(self, address: str, count: int, timeout: float = 30.0) -> list[bytes]:
        """*address*'s messages once there are *count* of them (a bounded wait: the queue
        manager delivers within milliseconds, bounces within a second or two).

        Raises:
            PostfixError: they did not arrive in time (the log's tail says why).
        """
        deadline = time.monotonic() + timeout
        while True:
            found = self.received(address)
            if len(found) >= count:
                return found
            if time.monotonic() > deadline:
                log = self.log_file.read_text(errors="replace") if self.log_file.exists() else ""
                raise PostfixError(
                    f"{len(found)} of {count} messages for {address} arrived in {timeout} s.\n"
                    f"Postfix's log:\n{log[-3000:]}"
                )
            # A short pause between looks at a folder, as qtbot.waitUntil polls a condition.
            time.sleep(0.05)

    # -- internals ---------------------------------------------------------------------------

    def _maps(self, entries: dict[str, str]) -> str:
        # Each entry in braces: a value may hold blanks (an error transport's text).
        return "inline:{ " + ", ".join(f"{{ {k} = {v} }}" for k, v in entries.items()) + " }"

    def _write_main(self) -> None:
        mailboxes = {f"@{SENDER_DOMAIN}": "sender/"}
        transports = {
            SENDER_DOMAIN: "virtual:",
            UNKNOWN_USERS_DOMAIN: "virtual:",
            REMOTE_DOMAIN: f"smtp:[{self.remote.host}]:{self.remote.port}",
            # No DNS: a domain nobody routes is one that does not exist.
            "*": "error:5.4.4 Host or domain name not found (no such domain)",
        }
        f = self.folder
        settings = {
            "compatibility_level": "3.6",
            "queue_directory": f / "spool",
            "data_directory": f / "data",
            "mail_owner": "postfix",
            "setgid_group": "postdrop",
            "myhostname": "mx.sender.test",
            "mydomain": "sender.test",
            "myorigin": "$myhostname",
            "mydestination": "",
            "inet_interfaces": self.host,
            "inet_protocols": "ipv4",
            "mynetworks": "127.0.0.0/8",
            "smtpd_peername_lookup": "no",
            "smtputf8_enable": "yes",
            "smtpd_reject_unlisted_recipient": "no",
            "virtual_mailbox_domains": f"{SENDER_DOMAIN}, {UNKNOWN_USERS_DOMAIN}",
            "virtual_mailbox_base": self.mail_root,
            "virtual_mailbox_maps": self._maps(mailboxes),
            "virtual_uid_maps": "static:65534",
            "virtual_gid_maps": "static:65534",
            "virtual_mailbox_limit": "0",
            "transport_maps": self._maps(transports),
            "alias_maps": "",
            "alias_database": "",
            "local_recipient_maps": "",
            "relayhost": "",
            "disable_dns_lookups": "yes",
            "smtp_host_lookup": "native",
            "maillog_file": self.log_file,
            "maillog_file_prefixes": tempfile.gettempdir(),
            "biff": "no",
            "append_dot_mydomain": "no",
            # Bounce at once: no "delayed" notices, no retry of what will never work.
            "bounce_queue_lifetime": "0",
            "maximal_queue_lifetime": "0",
        }
        text = "".join(f"{k} = {v}\n" for k, v in settings.items())
        main = self.conf / "main.cf"
        main.write_text(text)
        # The master waits until a just-written main.cf is a few seconds old (an editor may
        # still be saving it); this one is complete.
        past = time.time() - 60
        for path in (main, self.conf / "master.cf"):
            if path.exists():
                os.utime(path, (past, past))

    def _stop_master(self) -> None:
        """What ``postfix stop`` does (SIGTERM to the master, which ends its children),
        without its logging detour; waits until the master is gone."""
        pid_file = self.folder / "spool" / "pid" / "master.pid"
        try:
            pid = int(pid_file.read_text().split()[0])
        except (OSError, ValueError, IndexError):
            return
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                return
            time.sleep(0.02)
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)

    def _make_queue(self, uid: int, gid: int) -> None:
        """The queue's folders, as ``postfix check`` would make them (it takes about 2 s)."""
        spool = self.folder / "spool"
        os.chmod(spool, 0o755)
        postdrop = grp.getgrnam("postdrop").gr_gid
        owned = {name: (uid, gid, 0o700) for name in _QUEUES}
        owned["maildrop"] = (uid, postdrop, 0o1730)
        owned["public"] = (uid, postdrop, 0o710)
        owned["pid"] = (0, 0, 0o755)
        for name, (owner, group, mode) in owned.items():
            path = spool / name
            path.mkdir()
            os.chown(path, owner, group)
            os.chmod(path, mode)

    def _wait_listening(self, deadline: float) -> None:
        while True:
            with (
                contextlib.suppress(OSError),
                socket.create_connection((self.host, self.port), timeout=1) as s,
            ):
                if s.recv(4).startswith(b"220"):
                    return
            if time.monotonic() > deadline:
                log = self.log_file.read_text(errors="replace") if self.log_file.exists() else ""
                raise PostfixError(
                    f"Postfix started but does not answer on {self.host}:{self.port}.\n"
                    f"Its log:\n{log[-3000:]}"
                )
            time.sleep(0.05)

    def _cleanup(self) -> None:
        if self.folder != Path() and self.folder.exists():
            _forget_config_dir(self.conf)
            shutil.rmtree(self.folder, ignore_errors=True)
