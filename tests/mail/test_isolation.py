"""composer.mail stands alone: standard library only, a checked public face (spec §1)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import composer
import composer.mail as mail

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = ["PySide6", "shiboken6", "keyring", "django", "aiosmtpd", "composer.ui"]
MODULES = [
    "composer.mail",
    "composer.mail.conf",
    "composer.mail.connection",
    "composer.mail.message",
    "composer.mail.addresses",
    "composer.mail.headers",
    "composer.mail.mimeparts",
    "composer.mail.errors",
    "composer.mail.utils",
    "composer.mail.fastpath",
    "composer.mail.backends.base",
    "composer.mail.backends.dummy",
    "composer.mail.backends.locmem",
    "composer.mail.backends.console",
    "composer.mail.backends.filebased",
    "composer.mail.backends.smtp",
]

REQUIRED = {
    "send_mail",
    "send_mass_mail",
    "mail_admins",
    "mail_managers",
    "get_connection",
    "EmailMessage",
    "EmailMultiAlternatives",
    "EmailAttachment",
    "EmailAlternative",
    "BadHeaderError",
    "DNS_NAME",
    "DEFAULT_ATTACHMENT_MIME_TYPE",
    "ImproperlyConfigured",
}
OPTIONAL = {
    "SafeMIMEText",
    "SafeMIMEMultipart",
    "make_msgid",
    "forbid_multi_line_headers",
    "CachedDnsName",
}
ADDITIONS = {"PlaintextAuthError", "SMTPUTF8RequiredError"}  # spec §14 / the errors module


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "DJANGO_SETTINGS_MODULE")}
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [sys.executable, "-W", "error", "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("module", MODULES)
def test_import_loads_nothing_heavy(module: str) -> None:
    code = f"""
import importlib, json, sys
importlib.import_module({module!r})
heavy = sorted(
    m for m in sys.modules
    if any(m == f or m.startswith(f + ".") for f in {FORBIDDEN!r})
)
print(json.dumps(heavy))
"""
    proc = run_python(code)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout.strip().splitlines()[-1]) == []


def test_works_when_heavy_packages_are_missing() -> None:
    """With the forbidden packages made unimportable, the library still sends mail."""
    code = f"""
import importlib.abc, io, json, sys
FORBIDDEN = {FORBIDDEN!r}

class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if any(name == f or name.startswith(f + ".") for f in FORBIDDEN):
            raise ImportError(f"blocked: {{name}}")
        return None

sys.meta_path.insert(0, Block())
import composer.mail as mail
for name in {MODULES!r}:
    importlib.import_module(name)
assert not hasattr(mail, "outbox")
conn = mail.get_connection("composer.mail.backends.locmem.EmailBackend")
assert mail.outbox == []
n = mail.send_mail("s", "b", "f@example.com", ["t@example.com"], connection=conn)
stream = io.StringIO()
console = mail.get_connection("composer.mail.backends.console.EmailBackend", stream=stream)
m = console.send_messages([mail.EmailMessage("s", "Grüße", "f@example.com", ["t@example.com"])])
print(json.dumps([n, len(mail.outbox), m, "Grüße" in stream.getvalue()]))
"""
    proc = run_python(code)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout.strip().splitlines()[-1]) == [1, 1, 1, True]


def test_settings_not_read_at_import() -> None:
    code = """
import composer.mail.conf as conf
conf.settings.DEFAULT_FROM_EMAIL = "changed@example.com"
import composer.mail as mail
print(mail.EmailMessage().from_email)
"""
    proc = run_python(code)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1] == "changed@example.com"


def test_all_matches_spec() -> None:
    exported = set(mail.__all__)
    assert len(mail.__all__) == len(exported), "duplicates in __all__"
    assert exported >= REQUIRED, REQUIRED - exported
    assert exported <= REQUIRED | OPTIONAL | ADDITIONS, exported - (REQUIRED | OPTIONAL | ADDITIONS)
    for name in mail.__all__:
        assert getattr(mail, name) is not None, name
    assert mail.DEFAULT_ATTACHMENT_MIME_TYPE == "application/octet-stream"
    assert issubclass(mail.BadHeaderError, ValueError)
    assert (
        mail.ImproperlyConfigured
        is __import__("composer.mail.conf", fromlist=["ImproperlyConfigured"]).ImproperlyConfigured
    )


def test_star_import_gives_exactly_all() -> None:
    namespace: dict[str, object] = {}
    exec("from composer.mail import *", namespace)
    assert set(namespace) - {"__builtins__"} == set(mail.__all__)


def test_backend_modules_expose_email_backend() -> None:
    import importlib

    from composer.mail.backends.base import BaseEmailBackend

    for name in ["smtp", "console", "filebased", "locmem", "dummy"]:
        module = importlib.import_module(f"composer.mail.backends.{name}")
        assert issubclass(module.EmailBackend, BaseEmailBackend), name


def test_outbox_absent_until_a_locmem_backend_exists() -> None:
    code = """
import composer.mail as mail
before = hasattr(mail, "outbox")
mail.get_connection("composer.mail.backends.dummy.EmailBackend")
after_dummy = hasattr(mail, "outbox")
mail.get_connection("composer.mail.backends.locmem.EmailBackend")
print(before, after_dummy, mail.outbox)
"""
    proc = run_python(code)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1] == "False False []"


def test_py_typed_present_and_packaged() -> None:
    package_dir = Path(composer.__file__).parent
    assert (package_dir / "py.typed").is_file()
    assert (package_dir / "mail").is_dir()
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert "py.typed" in pyproject["tool"]["setuptools"]["package-data"]["composer"]


def test_library_adds_only_a_null_handler() -> None:
    import logging

    handlers = logging.getLogger("composer.mail").handlers
    assert handlers
    assert all(isinstance(h, logging.NullHandler) for h in handlers)
