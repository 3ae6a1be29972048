"""A template file's own headers: the safe ones go out in every message, the rest are named."""

from __future__ import annotations

import email
import email.policy
import io
from pathlib import Path

from engine_helpers import factory
from merge_helpers import make_plan, people
from smtpserver import SMTPTestServer

from composer.cli.merge_results import header_notes
from composer.merge import EngineSettings, MergeEngine, MergeLedger
from composer.merge.templates.render import MergeTemplate

EML = (
    b"From: teacher@school.example\r\n"
    b"To: {{ name }} <{{ email }}>\r\n"
    b"Subject: Hello {{ name }}\r\n"
    b"X-Note: spring newsletter {{ name }}\r\n"
    b"X-Folded: one\r\n two\r\n"
    b"X-Encoded: =?utf-8?b?67CY6rCR7Iq164uI64uk?=\r\n"
    b"X-Smuggled: =?utf-8?q?a=0D=0ABcc:_evil@attacker.example?=\r\n"
    b"Organization: Hill School\r\n"
    b"In-Reply-To: <old@school.example>\r\n"
    b"X-Mozilla-Status: 0001\r\n"
    b"Received: from somewhere\r\n"
    b"MIME-Version: 1.0\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n"
    b"\r\n"
    b"Dear {{ name }},\r\n"
)


def test_safe_headers_go_out_as_written_and_the_rest_are_named(tmp_path: Path) -> None:
    eml = tmp_path / "letter.eml"
    eml.write_bytes(EML)
    template = MergeTemplate.from_eml(eml)
    assert template.left_out_headers == ["X-Smuggled", "In-Reply-To"]
    with SMTPTestServer() as server, MergeLedger() as ledger:
        plan = make_plan(people(tmp_path / "p.csv", 2), template, ledger)
        plan.validate()
        result = MergeEngine(plan, factory(server), EngineSettings(connections=1)).run()
        assert result.outcome == "finished"
        out = io.StringIO()
        header_notes(plan, out)
        received = [
            email.message_from_bytes(m.data, policy=email.policy.default) for m in server.messages
        ]
    assert len(received) == 2
    for message in received:
        # Headers are not templated: a data cell never becomes part of one.
        assert message["X-Note"] == "spring newsletter {{ name }}"
        assert message["X-Folded"] == "one two"
        assert message["X-Encoded"] == "반갑습니다"
        assert message["Organization"] == "Hill School"
        for gone in ("X-Smuggled", "In-Reply-To", "X-Mozilla-Status", "Received"):
            assert message[gone] is None
        assert message["Bcc"] is None
        assert "evil@attacker.example" not in message.as_string()
    assert out.getvalue().splitlines() == [
        "Note: the template's X-Smuggled header is not sent by merges.",
        "Note: the template's In-Reply-To header is not sent by merges.",
    ]
    assert all("evil@attacker.example" not in rcpt for m in server.messages for rcpt in m.rcpt_tos)
