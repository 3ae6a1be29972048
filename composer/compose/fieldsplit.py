"""Splitting an address field as it was written, merge placeholders and all.

``{{ 이름 }} <{{ 이메일 }}>, "Kim, Chulsoo" <k@example.kr>`` is two entries: a field splits at
its own commas and semicolons, never inside a quoted name, angle brackets or a template tag
(``{{ }}``, ``{% %}``, ``{# #}``), and each entry splits into its name and address parts.
Reading a template's fields (:mod:`composer.merge.templates.addresses`) and reading an
``.eml`` file whose fields hold placeholders (:func:`composer.compose.message.from_eml`) both
split this way.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["split_entries", "split_entry", "unquote_name"]

_TAG_CLOSE = {"{{": "}}", "{%": "%}", "{#": "#}"}


def _is_tag(source: str, i: int) -> bool:
    return source[i : i + 2] in _TAG_CLOSE


def _skip_tag(source: str, i: int) -> int:
    """The index just after the template tag that starts at *i*."""
    close = _TAG_CLOSE[source[i : i + 2]]
    end = source.find(close, i + 2)
    return len(source) if end < 0 else end + 2


def _unquoted(source: str) -> Iterator[int]:
    """The indexes of the characters of *source* outside template tags and quoted names
    (the quotes themselves, and backslash escapes inside them, are passed over)."""
    i = 0
    quoted = False
    n = len(source)
    while i < n:
        if _is_tag(source, i):
            i = _skip_tag(source, i)
            continue
        c = source[i]
        if quoted:
            if c == "\\":
                i += 2
                continue
            if c == '"':
                quoted = False
        elif c == '"':
            quoted = True
        else:
            yield i
        i += 1


def unquote_name(name: str) -> str:
    """``"Kim, Chulsoo"`` -> ``Kim, Chulsoo`` (escapes undone); other text unchanged."""
    if len(name) >= 2 and name[0] == '"' and name[-1] == '"':
        return re.sub(r"\\(.)", r"\1", name[1:-1])
    return name


def split_entries(source: str) -> list[str]:
    """Split an address-field template at its own commas and semicolons.

    Separators inside template tags, quoted names and angle brackets do not split. Empty
    entries are dropped.
    """
    entries: list[str] = []
    start = 0
    angle = 0
    for i in _unquoted(source):
        c = source[i]
        if c == "<":
            angle += 1
        elif c == ">":
            angle = max(0, angle - 1)
        elif c in ",;" and angle == 0:
            entries.append(source[start:i])
            start = i + 1
    entries.append(source[start:])
    return [e.strip() for e in entries if e.strip()]


def split_entry(entry: str) -> tuple[str, str | None, str]:
    """(name source, address source or None, trailing text) of one entry.

    ``{{ name }} <{{ email }}>`` -> ``("{{ name }}", "{{ email }}", "")``; an entry
    without angle brackets (``{{ email }}``, ``{{ parent }}``) -> ``(entry, None, "")``.
    Literal quotes around the name part are removed: the name is re-quoted when built.
    """
    n = len(entry)
    for i in _unquoted(entry):
        if entry[i] != "<":
            continue
        j = i + 1
        while j < n:
            if _is_tag(entry, j):
                j = _skip_tag(entry, j)
                continue
            if entry[j] == ">":
                break
            j += 1
        return unquote_name(entry[:i].strip()), entry[i + 1 : j].strip(), entry[j + 1 :].strip()
    return entry, None, ""
