"""Whatever a network answer or a user types, detection answers in words, never crashes."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from composer.profiles.detect import InvalidAddress, split_address
from composer.profiles.detect.autoconfig import AutoconfigError, parse_document

URL = "https://autoconfig.example.test/mail/config-v1.1.xml"

_VALUES = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["smtp.example.test", "%EMAILDOMAIN%", "587", "SSL", "STARTTLS", "plain"]),
)


@st.composite
def documents(draw: st.DrawFn) -> bytes:
    """Autoconfig-shaped XML with arbitrary values (and arbitrary bytes now and then)."""
    if draw(st.booleans()):
        return draw(st.binary(max_size=300))
    servers = []
    for _ in range(draw(st.integers(0, 3))):
        kind = draw(st.sampled_from(["outgoingServer", "incomingServer"]))
        typ = draw(st.sampled_from(["smtp", "imap", "pop3", ""]))
        fields = "".join(
            f"<{name}>{_escape(draw(_VALUES))}</{name}>"
            for name in ("hostname", "port", "socketType", "username", "authentication")
            if draw(st.booleans())
        )
        servers.append(f'<{kind} type="{typ}">{fields}</{kind}>')
    body = f"<clientConfig><emailProvider>{''.join(servers)}</emailProvider></clientConfig>"
    return body.encode("utf-8", "surrogatepass")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@given(documents())
def test_any_document_gives_servers_or_a_clear_error(data: bytes) -> None:
    try:
        servers = parse_document(data, "kim@example.test", URL)
    except AutoconfigError as exc:
        error: AutoconfigError | None = exc
    else:
        error = None
    if error is not None:
        assert URL in error.message.what
        return
    assert servers.smtp is not None
    assert 1 <= servers.smtp.port <= 65535
    assert "\n" not in servers.username
    assert "\r" not in servers.username


@given(st.text(max_size=80))
def test_any_text_is_an_address_or_refused_in_words(text: str) -> None:
    try:
        local, domain = split_address(text)
    except InvalidAddress as exc:
        refused: InvalidAddress | None = exc
    else:
        refused = None
    if refused is not None:
        assert "is not an email address" in refused.message.what
        return
    assert local
    assert "." in domain
    assert domain == domain.lower()
    assert domain.isascii()
