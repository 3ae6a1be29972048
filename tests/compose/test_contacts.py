"""The address book without Qt: vCard and CSV exports round-trip, completion, groups."""

from __future__ import annotations

from pathlib import Path

import vobject
from hypothesis import given
from hypothesis import strategies as st

from composer.compose.contacts.completion import CompletionIndex
from composer.compose.contacts.csvimport import read_contacts_csv
from composer.compose.contacts.hangul import choseong
from composer.compose.contacts.model import Contact
from composer.compose.contacts.store import ContactStore
from composer.compose.contacts.vcard import export_vcards, read_vcards

GOOGLE_CSV = (
    "First Name,Middle Name,Last Name,Nickname,Organization Name,Organization Title,"
    "Notes,Labels,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,"
    "Phone 1 - Label,Phone 1 - Value\n"
    'Alice,,Martin,,"Acme, Inc.",CEO,"Met at the fair,\nlikes tea",'
    "Clients ::: * myContacts,* Home,alice@example.com ::: alice.m@example.org,"
    "Work,am@acme.example,Mobile,+1 555 0100\n"
    "철수,,김,,,,,학부모 ::: * myContacts,* ,kim@example.kr,,,,\n"
)
OUTLOOK_CSV = (
    "First Name,Middle Name,Last Name,Title,Company,E-mail Address,E-mail Display Name,"
    "E-mail 2 Address,E-mail 3 Address,Notes,Categories\n"
    'Zoë,,Dupré,,Café Crème,zoe@example.fr,Zoë Dupré (zoe@example.fr),,,"VIP",Clients;Paris\n'
)
NAVER_CSV = (
    "이름,이메일,휴대폰,회사,부서,메모,그룹\n"
    "이영희,lee@example.kr,010-1234-5678,한빛초등학교,교무실,3학년 2반 담임,학부모\n"
    '박민수,"park@example.kr, minsu@example.com",,,,"두 줄\n메모",동호회\n'
)


def by_name(contacts: list[Contact]) -> dict[str, Contact]:
    return {c.name: c for c in contacts}


def same(a: Contact, b: Contact) -> bool:
    return (a.name, a.emails, a.organisation, a.notes, sorted(a.groups)) == (
        b.name,
        b.emails,
        b.organisation,
        b.notes,
        sorted(b.groups),
    )


def round_trip(contacts: list[Contact], tmp_path: Path) -> list[Contact]:
    """Into the store, out as a vCard file, and back."""
    store = ContactStore(tmp_path / "contacts.sqlite")
    store.import_contacts(contacts)
    path = tmp_path / "export.vcf"
    path.write_text(export_vcards(store.contacts()), encoding="utf-8")
    return read_vcards(path.read_bytes(), path.name)


def test_google_csv_round_trips(tmp_path: Path) -> None:
    contacts = by_name(read_contacts_csv(GOOGLE_CSV.encode("utf-8"), "google.csv"))
    alice = contacts["Alice Martin"]
    assert alice.emails == ["alice@example.com", "alice.m@example.org", "am@acme.example"]
    assert alice.organisation == "Acme, Inc."
    assert alice.notes == "Met at the fair,\nlikes tea"
    assert alice.groups == ["Clients"]
    assert contacts["김철수"].groups == ["학부모"]
    back = by_name(round_trip(list(contacts.values()), tmp_path))
    assert all(same(back[name], contact) for name, contact in contacts.items())


def test_outlook_csv_in_windows_1252_round_trips(tmp_path: Path) -> None:
    contacts = read_contacts_csv(OUTLOOK_CSV.encode("cp1252"), "outlook.csv")
    (zoe,) = contacts
    assert (zoe.name, zoe.emails, zoe.organisation) == (
        "Zoë Dupré",
        ["zoe@example.fr"],
        "Café Crème",
    )
    assert zoe.groups == ["Clients", "Paris"]
    (back,) = round_trip(contacts, tmp_path)
    assert same(back, zoe)


def test_naver_csv_in_cp949_round_trips(tmp_path: Path) -> None:
    data = NAVER_CSV.encode("cp949")
    contacts = by_name(read_contacts_csv(data, "naver.csv"))
    lee = contacts["이영희"]
    assert (lee.emails, lee.organisation, lee.notes, lee.groups) == (
        ["lee@example.kr"],
        "한빛초등학교",
        "3학년 2반 담임",
        ["학부모"],
    )
    park = contacts["박민수"]
    assert park.emails == ["park@example.kr", "minsu@example.com"]
    assert park.notes == "두 줄\n메모"
    back = by_name(round_trip(list(contacts.values()), tmp_path))
    assert all(same(back[name], contact) for name, contact in contacts.items())


def test_vcards_written_by_vobject_are_read(tmp_path: Path) -> None:
    cards = []
    for version in ("3.0", "4.0"):
        card = vobject.vCard()
        card.add("version").value = version
        card.add("fn").value = f"최지우 {version}"
        card.add("n").value = vobject.vcard.Name(family="최", given="지우")
        card.add("email").value = f"choi{version[0]}@example.kr"
        card.add("org").value = ["한빛; 주식회사"]
        card.add("note").value = "줄 하나\n줄 둘, 그리고; 셋"
        card.add("categories").value = ["동료", "서울"]
        cards.append(card.serialize())
    path = tmp_path / "phone.vcf"
    path.write_text("".join(cards), encoding="utf-8")
    contacts = read_vcards(path.read_bytes())
    assert [(c.name, c.emails, c.organisation, c.notes, c.groups) for c in contacts] == [
        (
            f"최지우 {v}",
            [f"choi{v[0]}@example.kr"],
            "한빛; 주식회사",
            "줄 하나\n줄 둘, 그리고; 셋",
            ["동료", "서울"],
        )
        for v in ("3.0", "4.0")
    ]
    back = round_trip(contacts, tmp_path)
    assert all(
        same(a, b) for a, b in zip(sorted(back, key=lambda c: c.name), contacts, strict=True)
    )
    exported = export_vcards(contacts)
    assert "VERSION:4.0" in exported
    assert "KIND:group" in exported


def test_a_vcard_2_1_in_cp949_is_read() -> None:
    data = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:홍길동\r\nEMAIL;INTERNET:hong@example.kr\r\nEND:VCARD\r\n"
    )
    (hong,) = read_vcards(data.encode("cp949"))
    assert (hong.name, hong.emails) == ("홍길동", ["hong@example.kr"])


def test_data_stays_data() -> None:
    evil = (
        "Name,E-mail Address\n"
        '"Mallory\r\nBcc: victim@example.com","mallory@example.com"\n'
        "Nobody,not an address\n"
    )
    contacts = read_contacts_csv(evil.encode(), "evil.csv")
    mallory, nobody = contacts
    assert mallory.display() == '"Mallory Bcc: victim@example.com" <mallory@example.com>'
    assert nobody.emails == []


def test_import_merges_the_same_person(tmp_path: Path) -> None:
    store = ContactStore(tmp_path / "contacts.sqlite")
    store.import_contacts([Contact("Alice", ["alice@example.com"], groups=["A"])])
    summary = store.import_contacts(
        [Contact("Alice Martin", ["ALICE@example.com", "am@example.org"], "Acme", groups=["B"])]
    )
    assert (summary.added, summary.merged) == (0, 1)
    (alice,) = store.contacts()
    assert (alice.name, alice.emails, alice.organisation, alice.groups) == (
        "Alice",
        ["alice@example.com", "am@example.org"],
        "Acme",
        ["A", "B"],
    )
    assert list(store.groups()) == ["A", "B"]


def test_completion_by_hangul_initials_latin_and_groups() -> None:
    index = CompletionIndex(
        [
            Contact("김철수", ["kim@example.kr"], "한빛", groups=["학부모"]),
            Contact("김치훈", ["chi@example.kr"]),
            Contact("Alice Martin", ["alice@example.com"], groups=["학부모"]),
        ],
        history=["Bob <bob@example.org>", "Alice Martin <alice@example.com>"],
    )

    def labels(query: str) -> list[str]:
        return [s.label for s in index.complete(query)]

    assert labels("ㄱㅊㅅ") == ["김철수 <kim@example.kr>"]
    assert labels("ㄱㅊ") == ["김철수 <kim@example.kr>", "김치훈 <chi@example.kr>"]
    assert labels("김ㅊㅎ") == ["김치훈 <chi@example.kr>"]
    assert labels("mart") == ["Alice Martin <alice@example.com>"]
    assert labels("bob") == ["Bob <bob@example.org>"]
    assert labels("한빛") == ["김철수 <kim@example.kr>"]
    group, bcc = index.complete("학부")
    assert group.label == "학부모 (group, 2 members)"
    assert group.addresses == ("김철수 <kim@example.kr>", "Alice Martin <alice@example.com>")
    assert bcc.bcc
    assert bcc.addresses == group.addresses
    # used before comes first, most used first (the history's order)
    assert labels("example")[:2] == ["Bob <bob@example.org>", "Alice Martin <alice@example.com>"]


@given(
    st.text(
        alphabet=st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3), min_size=2, max_size=4
    )
)
def test_initials_always_find_the_name(name: str) -> None:
    index = CompletionIndex([Contact(name, ["x@example.com"])])
    assert [s.label for s in index.complete(choseong(name))] == [f"{name} <x@example.com>"]
