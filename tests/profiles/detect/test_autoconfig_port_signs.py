"""An autoconfig document whose port is a digit sign that is not a number ("²", "٣") is
refused in words, like any other bad port (found by the robustness test's hypothesis run)."""

from __future__ import annotations

import pytest

from composer.profiles.detect.autoconfig import AutoconfigError, parse_document

URL = "https://autoconfig.example.test/mail/config-v1.1.xml"


@pytest.mark.parametrize("port", ["²", "5²7", "٥٨٧"])
def test_a_port_of_digit_signs_is_a_clear_error(port: str) -> None:
    data = (
        "<clientConfig><emailProvider><outgoingServer type='smtp'><hostname>smtp.example.test"
        f"</hostname><port>{port}</port><socketType>STARTTLS</socketType></outgoingServer>"
        "</emailProvider></clientConfig>"
    ).encode()
    with pytest.raises(AutoconfigError) as refused:
        parse_document(data, "kim@example.test", URL)
    assert URL in refused.value.message.what
