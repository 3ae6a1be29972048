"""The library tour in docs/mail-library.md runs as written."""

from __future__ import annotations

import contextlib
import email
import io
import re
import textwrap
from pathlib import Path

import pytest
from smtpserver import SMTPTestServer

DOC = Path(__file__).resolve().parents[2] / "docs" / "mail-library.md"
BLOCKS = re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), re.DOTALL)


def test_the_tour_has_examples() -> None:
    assert len(BLOCKS) >= 4


@pytest.mark.parametrize("index", range(len(BLOCKS)))
def test_tour_example_runs(index: int, smtp_server: SMTPTestServer) -> None:
    # The tour points at `composer devserver --port 1025`; here a real test server stands in.
    code = textwrap.dedent(BLOCKS[index]).replace("1025", str(smtp_server.port))
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, f"{DOC.name} block {index}", "exec"), {})
    if "send_mail(" in code and "html_message" in code:
        assert out.getvalue().strip().endswith("1")
        received = email.message_from_bytes(smtp_server.messages[-1].data)
        assert received.get_content_type() == "multipart/alternative"
