"""vCard in and out, through vobject.

Export writes vCard 4.0 (RFC 6350): a card a contact (FN, N, EMAIL, ORG, NOTE, CATEGORIES
for its groups, UID), then a ``KIND:group`` card a group with a ``MEMBER`` for each member,
so both programs that read categories (Google, Thunderbird) and those that read group cards
(Apple Contacts) keep the groups. Import reads vCard 2.1, 3.0 and 4.0 files, in UTF-8 or, as
older Korean phones and mail services wrote them, CP949.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from composer.compose.contacts.model import Contact
from composer.errors import ComposerError
from composer.i18n import translate

__all__ = ["VCardError", "export_vcards", "read_vcards"]


class VCardError(ComposerError, ValueError):
    """A file that is not a vCard Composer can read."""


def _urn(uid: str) -> str:
    return uid if uid.startswith("urn:") else f"urn:uuid:{uid}"


def _plain_uid(value: str) -> str:
    return value[len("urn:uuid:") :] if value.lower().startswith("urn:uuid:") else value


def split_name(name: str) -> tuple[str, str]:
    """(family, given) as a vCard's N wants them: 김철수 → (김, 철수), Alice Martin →
    (Martin, Alice)."""
    if not name:
        return "", ""
    if " " not in name and "\uac00" <= name[0] <= "\ud7a3" and len(name) in (2, 3, 4):
        return name[0], name[1:]
    given, _, family = name.rpartition(" ")
    return family, given


def export_vcards(contacts: Iterable[Contact]) -> str:
    """*contacts* and their groups as one vCard 4.0 file's text."""
    import vobject

    cards: list[str] = []
    groups: dict[str, list[str]] = {}
    for contact in contacts:
        card = vobject.vCard()
        card.add("version").value = "4.0"
        card.add("uid").value = _urn(contact.uid)
        card.add("fn").value = contact.display_name or (contact.emails[0] if contact.emails else "")
        family, given = split_name(contact.name)
        card.add("n").value = vobject.vcard.Name(family=family, given=given)
        for address in contact.emails:
            card.add("email").value = address
        if contact.organisation:
            card.add("org").value = [contact.organisation]
        if contact.notes:
            card.add("note").value = contact.notes
        if contact.groups:
            card.add("categories").value = list(contact.groups)
            for group in contact.groups:
                groups.setdefault(group, []).append(contact.uid)
        cards.append(card.serialize())
    for name, members in groups.items():
        card = vobject.vCard()
        card.add("version").value = "4.0"
        card.add("uid").value = _urn(str(uuid.uuid5(uuid.NAMESPACE_URL, f"group:{name}")))
        card.add("kind").value = "group"
        card.add("fn").value = name
        for member in members:
            card.add("member").value = _urn(member)
        cards.append(card.serialize())
    return "".join(cards)


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    for encoding in ("utf-8", "cp949"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", "replace")


def _values(card: Any, name: str) -> list[Any]:
    return [line.value for line in card.contents.get(name, [])]


def _text(value: Any) -> str:
    if isinstance(value, list):
        return " ".join(str(v) for v in value if v)
    return str(value or "")


def read_vcards(data: bytes, source: str = "") -> list[Contact]:
    """The contacts of a vCard file's *data* (*source* names it in errors).

    Raises:
        VCardError: the file holds no vCard, or one that cannot be read.
    """
    import vobject

    text = _decode(data)
    contacts: dict[str, Contact] = {}
    group_cards: list[tuple[str, list[str]]] = []
    try:
        for card in vobject.readComponents(text, ignoreUnreadable=True):
            if card.name != "VCARD":
                continue
            kind = _text(_values(card, "kind")[0]).lower() if "kind" in card.contents else ""
            name = _text(_values(card, "fn")[0]) if "fn" in card.contents else ""
            if kind == "group":
                members = [_plain_uid(_text(v)) for v in _values(card, "member")]
                group_cards.append((name, members))
                continue
            if not name and "n" in card.contents:
                n = _values(card, "n")[0]
                name = " ".join(p for p in (_text(n.family), _text(n.given)) if p)
            uid = _plain_uid(_text(_values(card, "uid")[0])) if "uid" in card.contents else ""
            groups: list[str] = []
            for value in _values(card, "categories"):
                groups += [g for g in (value if isinstance(value, list) else [value]) if g]
            contact = Contact(
                name=name,
                emails=[_text(v) for v in _values(card, "email")],
                organisation=_text(_values(card, "org")[0]) if "org" in card.contents else "",
                notes="\n".join(_text(v) for v in _values(card, "note")),
                groups=[str(g) for g in groups],
                **({"uid": uid} if uid else {}),
            )
            contacts[contact.uid] = contact
    except Exception as exc:  # vobject raises many kinds (ParseError, ValueError, ...)
        raise VCardError(
            translate("Contacts", "{file} is not a vCard file Composer can read.").format(
                file=source or "The file"
            ),
            translate("Contacts", "Export the contacts again as vCard (.vcf), or as CSV."),
            repr(exc),
        ) from exc
    for name, members in group_cards:
        for member in members:
            if member in contacts and name not in contacts[member].groups:
                contacts[member].groups.append(name)
    if not contacts and not group_cards:
        raise VCardError(
            translate("Contacts", "{file} holds no contacts.").format(file=source or "The file"),
            translate("Contacts", "Choose a vCard (.vcf) file exported from an address book."),
        )
    return list(contacts.values())
