"""Addresses the user types: parsing and checking them, and remembering the ones used.

:func:`parse_addresses` splits what was typed into one field (commas or semicolons between
entries; ``Name <addr>``, ``"Last, First" <addr>`` or a bare address; Korean display names and
IDN domains welcome) and says, in words, what is wrong with each invalid entry.
:class:`AddressHistory` keeps the addresses that were sent to, in a small JSON file in the
data folder, and offers them for completion, most used first.
"""

from __future__ import annotations

import json
import logging
import re
import time
from dataclasses import dataclass
from pathlib import Path

from composer.i18n import translate
from composer.storage import paths
from composer.storage.atomic import write_text_atomic

log = logging.getLogger(__name__)

_LOCAL_OK = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.\-\u0080-\U0010ffff]+$")
_LABEL_OK = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$")


@dataclass(frozen=True)
class ParsedAddress:
    """One entry of an address field."""

    raw: str
    name: str
    addr: str
    error: str | None = None

    @property
    def display(self) -> str:
        """The entry as it should be shown and sent (``Name <addr>`` or the raw text)."""
        if self.error:
            return self.raw
        return format_address(self.name, self.addr)


def format_address(name: str, addr: str) -> str:
    """``Name <addr>``, quoting the name when it holds characters with a meaning in headers."""
    if not name:
        return addr
    if any(c in name for c in '()<>@,;:\\".[]'):
        escaped = name.replace("\\", "\\\\").replace('"', '\\"')
        name = f'"{escaped}"'
    return f"{name} <{addr}>"


def _split_entries(text: str) -> list[str]:
    entries, current, quoted, angle = [], [], False, 0
    escaped = False
    for ch in text:
        if escaped:
            current.append(ch)
            escaped = False
            continue
        if ch == "\\" and quoted:
            escaped = True
        elif ch == '"':
            quoted = not quoted
        elif ch == "<" and not quoted:
            angle += 1
        elif ch == ">" and not quoted:
            angle = max(angle - 1, 0)
        elif ch in ",;" and not quoted and not angle:
            entries.append("".join(current))
            current = []
            continue
        current.append(ch)
    entries.append("".join(current))
    return [e.strip() for e in entries if e.strip()]


def check_addr_spec(addr: str) -> str | None:
    """Why *addr* (``local@domain``) is not a usable address, or ``None`` when it is."""
    if not addr:
        return translate("AddressBook", "the address is empty")
    if any(c.isspace() for c in addr):
        return translate("AddressBook", "an address cannot contain spaces")
    if "@" not in addr:
        return translate("AddressBook", "the address has no @ and domain")
    local, _, domain = addr.rpartition("@")
    if not local:
        return translate("AddressBook", "there is nothing before the @")
    if not domain:
        return translate("AddressBook", "there is no domain after the @")
    if not (local.startswith('"') and local.endswith('"') and len(local) > 1) and (
        "@" in local or not _LOCAL_OK.match(local) or ".." in local or local[0] == "."
    ):
        return translate("AddressBook", "“{local}” is not a valid name before the @").format(
            local=local
        )
    if domain.startswith("[") and domain.endswith("]"):
        return None
    try:
        ascii_domain = domain.encode("idna").decode("ascii") if not domain.isascii() else domain
    except UnicodeError:
        return translate("AddressBook", "“{domain}” is not a valid domain").format(domain=domain)
    labels = ascii_domain.split(".")
    if "." not in ascii_domain or not all(_LABEL_OK.match(label) for label in labels):
        return translate("AddressBook", "“{domain}” is not a valid domain").format(domain=domain)
    return None


def _parse_entry(raw: str) -> ParsedAddress:
    if "<" in raw or ">" in raw:
        match = re.fullmatch(r"\s*(.*?)\s*<\s*([^<>]*?)\s*>\s*", raw, re.DOTALL)
        if match is None:
            return ParsedAddress(
                raw, "", "", translate("AddressBook", "the < and > around the address do not match")
            )
        name, addr = match.group(1), match.group(2)
        if len(name) >= 2 and name[0] == name[-1] == '"':
            name = name[1:-1].replace('\\"', '"').replace("\\\\", "\\")
        elif '"' in name:
            return ParsedAddress(
                raw, "", "", translate("AddressBook", "the quotes around the name do not match")
            )
    else:
        name, addr = "", raw.strip()
    if "\n" in raw or "\r" in raw:
        return ParsedAddress(
            raw, name, addr, translate("AddressBook", "an address cannot span lines")
        )
    error = check_addr_spec(addr)
    return ParsedAddress(raw, name, addr, error)


def parse_addresses(text: str) -> list[ParsedAddress]:
    """Split and check what was typed in an address field."""
    return [_parse_entry(entry) for entry in _split_entries(text)]


def address_errors(text: str) -> list[str]:
    """One line per invalid entry in *text*: ``“entry”: reason``."""
    line = translate("AddressBook", "“{entry}”: {error}")
    return [line.format(entry=p.raw, error=p.error) for p in parse_addresses(text) if p.error]


class AddressHistory:
    """Addresses used before, kept in ``addresses.json`` in the data folder."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.data_dir() / "addresses.json"
        self._entries: dict[str, dict[str, object]] = {}
        self._load()

    def _load(self) -> None:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError) as exc:
            log.warning("Address history %s is unreadable, starting afresh: %s", self.path, exc)
            return
        if isinstance(raw, dict):
            self._entries = {
                k.lower(): v for k, v in raw.get("addresses", {}).items() if isinstance(v, dict)
            }

    def record(self, displays: list[str]) -> None:
        """Remember the addresses in *displays* (``Name <addr>`` strings) as just used."""
        now = time.time()
        for parsed in parse_addresses(", ".join(displays)):
            if parsed.error:
                continue
            key = parsed.addr.lower()
            entry = self._entries.setdefault(key, {"addr": parsed.addr, "count": 0})
            if parsed.name:
                entry["name"] = parsed.name
            count = entry.get("count", 0)
            entry["count"] = (count if isinstance(count, int) else 0) + 1
            entry["last"] = now

    def save(self) -> None:
        write_text_atomic(
            self.path,
            json.dumps({"version": 1, "addresses": self._entries}, ensure_ascii=False, indent=1),
        )

    def displays(self) -> list[str]:
        """Every remembered address as ``Name <addr>``, most used first."""

        def rank(entry: dict[str, object]) -> tuple[float, float]:
            count, last = entry.get("count", 0), entry.get("last", 0)
            return (
                -float(count) if isinstance(count, int | float) else 0.0,
                -float(last) if isinstance(last, int | float) else 0.0,
            )

        out = []
        for entry in sorted(self._entries.values(), key=rank):
            name, addr = entry.get("name", ""), entry.get("addr", "")
            if isinstance(addr, str) and isinstance(name, str):
                out.append(format_address(name, addr))
        return out

    def complete(self, prefix: str, limit: int = 10) -> list[str]:
        """Remembered addresses whose name or address contains *prefix* (case-insensitive)."""
        needle = prefix.strip().lower()
        if not needle:
            return []
        return [d for d in self.displays() if needle in d.lower()][:limit]
