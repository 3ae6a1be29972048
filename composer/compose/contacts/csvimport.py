"""Contacts from the CSV files address books export: Google, Outlook, Naver, and similar.

Columns are recognised by name, in English and Korean, whatever their order: a name (or
first, middle and last names; 성 and 이름), every column that holds an e-mail address, the
organisation, notes and groups (Google's "Labels" or "Group Membership" separated by
``:::``, Outlook's "Categories" by ``;``, Naver's 그룹). The file's encoding is found from
its bytes: UTF-8 with or without BOM, UTF-16, CP949 (Korean Excel and Naver), else
Windows-1252 (Outlook on Western Windows).
"""

from __future__ import annotations

import csv
import io
import re

from composer.compose.contacts.model import Contact
from composer.errors import ComposerError
from composer.i18n import translate

__all__ = ["ContactCsvError", "decode_csv", "read_contacts_csv"]


class ContactCsvError(ComposerError, ValueError):
    """A CSV file with no column Composer recognises as a name or an address."""


_NAME = {"name", "display name", "full name", "이름", "성명", "표시 이름", "name (display)"}
_FIRST = {"first name", "given name", "이름(名)"}
_MIDDLE = {"middle name", "additional name"}
_LAST = {"last name", "family name", "surname", "성"}
_ORG = {
    "company",
    "organization",
    "organisation",
    "organization name",
    "organization 1 - name",
    "회사",
    "회사명",
    "소속",
    "직장",
}
_NOTES = {"notes", "note", "메모", "비고"}
_GROUPS = {"labels", "group membership", "categories", "group", "groups", "그룹", "그룹명"}
_EMAIL = re.compile(r"e-?mail|이메일|메일")
_EMAIL_LABEL = re.compile(r"(type|label|display name|유형)$")
_SYSTEM_GROUPS = {"* mycontacts", "* starred", "* other contacts", "mycontacts"}


def decode_csv(data: bytes) -> str:
    """*data* as text in the encoding it was written in (see the module docstring)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    for encoding in ("utf-8", "cp949"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("cp1252", "replace")


def _groups(cell: str) -> list[str]:
    parts = re.split(r"\s*:::\s*|;", cell)
    return [p.strip() for p in parts if p.strip() and p.strip().lower() not in _SYSTEM_GROUPS]


def _join_name(first: str, middle: str, last: str) -> str:
    if last and first and all("\uac00" <= ch <= "\ud7a3" for ch in last + first):
        return f"{last}{first}"  # 김 + 철수
    return " ".join(p for p in (first, middle, last) if p)


def read_contacts_csv(data: bytes, source: str = "") -> list[Contact]:
    """The contacts of an address book's CSV export.

    Raises:
        ContactCsvError: no column holds names or addresses.
    """
    text = decode_csv(data)
    first_line = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first_line.count)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    header = [h.strip().lower() for h in next(reader, [])]

    def column(names: set[str]) -> int | None:
        return next((i for i, h in enumerate(header) if h in names), None)

    emails = [i for i, h in enumerate(header) if _EMAIL.search(h) and not _EMAIL_LABEL.search(h)]
    name, first, middle, last = column(_NAME), column(_FIRST), column(_MIDDLE), column(_LAST)
    # Korean exports with both 성 and 이름: 이름 is then the given name.
    if last is not None and name is not None and first is None and header[name] == "이름":
        first, name = name, None
    org, notes, groups = column(_ORG), column(_NOTES), column(_GROUPS)
    if not emails and name is None and first is None and last is None:
        raise ContactCsvError(
            translate("Contacts", "{file} has no column of names or e-mail addresses.").format(
                file=source or "The file"
            ),
            translate(
                "Contacts",
                "Export the contacts again as CSV for Google or Outlook, or as vCard (.vcf).",
            ),
        )

    def cell(row: list[str], index: int | None) -> str:
        return row[index].strip() if index is not None and index < len(row) else ""

    contacts = []
    for row in reader:
        if not any(c.strip() for c in row):
            continue
        full = cell(row, name) or _join_name(cell(row, first), cell(row, middle), cell(row, last))
        addresses: list[str] = []
        for index in emails:
            # Google puts several addresses in one cell, separated by " ::: ".
            addresses += [a for a in re.split(r"\s*:::\s*|[;,]\s*", cell(row, index)) if a]
        contact = Contact(
            name=full,
            emails=addresses,
            organisation=cell(row, org),
            notes=cell(row, notes),
            groups=_groups(cell(row, groups)),
        )
        if contact.emails or contact.name:
            contacts.append(contact)
    return contacts
