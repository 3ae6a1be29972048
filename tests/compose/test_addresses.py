import pytest

from composer.compose.addresses import AddressHistory, address_errors, parse_addresses


def test_parse_names_commas_semicolons_korean_and_idn() -> None:
    parsed = parse_addresses(
        'Alice <alice@example.com>, bob@example.org; "Last, First" <lf@example.com>;'
        " 김철수 <kim@bücher.de>"
    )
    assert [(p.name, p.addr, p.error) for p in parsed] == [
        ("Alice", "alice@example.com", None),
        ("", "bob@example.org", None),
        ("Last, First", "lf@example.com", None),
        ("김철수", "kim@bücher.de", None),
    ]
    assert parsed[2].display == '"Last, First" <lf@example.com>'
    assert parsed[3].display == "김철수 <kim@bücher.de>"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("alice", "no @"),
        ("@example.com", "nothing before"),
        ("alice@", "no domain"),
        ("alice@example", "not a valid domain"),
        ("al ice@example.com", "spaces"),
        ("Alice <alice@example.com", "do not match"),
        ("alice@exa_mple.com", "not a valid domain"),
    ],
)
def test_invalid_entries_say_why(text: str, reason: str) -> None:
    (parsed,) = parse_addresses(text)
    assert parsed.error is not None
    assert reason in parsed.error
    assert address_errors(f"ok@example.com, {text}") == [f"“{text}”: {parsed.error}"]


def test_history_completes_most_used_first_and_persists() -> None:
    history = AddressHistory()
    history.record(["Alice <alice@example.com>", "bob@example.org"])
    history.record(["alice@example.com", "not an address"])
    history.save()
    again = AddressHistory()
    assert again.displays() == ["Alice <alice@example.com>", "bob@example.org"]
    assert again.complete("ali") == ["Alice <alice@example.com>"]
    assert again.complete("EXAMPLE.ORG") == ["bob@example.org"]
    assert again.complete("") == []


def test_history_survives_a_corrupt_file(composer_home) -> None:
    history = AddressHistory()
    history.path.write_text("{not json", encoding="utf-8")
    assert AddressHistory().displays() == []
