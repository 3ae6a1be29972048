"""Rows in doubt: the message's end of data went out and the server's reply never came.

The server below stores the message and then drops, resets or stalls the connection (or
breaks its TLS) instead of answering: the client cannot know the message arrived, and it
did. Such a row must never be sent again on its own. Before the end of data, a failure
delivers nothing, so the row is simply retried.
"""

from __future__ import annotations

import smtplib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
import smtpserver
from engine_helpers import (  # noqa: F401  (server_pipelining: autouse fixture)
    Sleeps,
    factory,
    received_to,
    run,
    server_pipelining,
    statuses,
)
from merge_helpers import people, write_csv
from smtpserver import SMTPTestServer

from composer.merge import EngineSettings, MergeLedger

DOOMED = {"p5@example.org", "p17@example.org", "p30@example.org"}


def _once_for(doomed: set[str], behaviour: str) -> Any:
    """A per-message data_behaviour: *behaviour* for the first message to each of *doomed*."""
    fired: set[str] = set()

    def choose(envelope: Any) -> str | None:
        (address,) = envelope.rcpt_tos
        if address in doomed and address not in fired:
            fired.add(address)
            return behaviour
        return None

    return choose


def _assert_in_doubt_not_resent(
    server: SMTPTestServer, ledger: MergeLedger, merge_id: int, n: int, result: Any
) -> None:
    got = received_to(server)
    # The server stored every message exactly once, the doomed ones included.
    assert sorted(got) == sorted(f"p{i}@example.org" for i in range(1, n + 1))
    assert set(got.values()) == {1}
    st = statuses(ledger, merge_id)
    assert {a for a, s in st.items() if s == "unknown"} == DOOMED
    assert {s for a, s in st.items() if a not in DOOMED} == {"sent"}
    assert (result.progress.sent, result.progress.in_flight) == (n - len(DOOMED), len(DOOMED))
    for row in ledger.rows(merge_id, ["unknown"]):
        assert row.message_id.startswith("<")  # stored before the content went out
        assert "most likely delivered" in row.reason


@pytest.mark.parametrize("connections", [1, 3])
@pytest.mark.parametrize("behaviour", ["store_then_drop", "store_then_reset", "store_then_stall"])
def test_a_lost_reply_to_the_end_of_data_is_never_resent(
    tmp_path: Path, behaviour: str, connections: int
) -> None:
    data = people(tmp_path / "p.csv", 30)
    with SMTPTestServer() as server, MergeLedger() as ledger:
        server.stall_seconds = 2.0
        server.data_behaviour = _once_for(DOOMED, behaviour)
        result, engine = run(
            data,
            server,
            ledger,
            settings=EngineSettings(connections=connections),
            backend_kw={"timeout": 0.5},
        )
        assert result.outcome == "finished"
        _assert_in_doubt_not_resent(server, ledger, engine.plan.merge_id, 30, result)
        again, _ = run(data, server, ledger, settings=EngineSettings(connections=connections))
        assert again.progress.total == 0
        assert sum(received_to(server).values()) == 30


@pytest.mark.parametrize("behaviour", ["store_then_drop", "store_then_garbage"])
def test_a_tls_connection_lost_after_the_end_of_data_is_never_resent(
    tmp_path: Path, pki: smtpserver.TestPKI, behaviour: str
) -> None:
    data = people(tmp_path / "p.csv", 30)
    with SMTPTestServer(tls="ssl", pki=pki) as server, MergeLedger() as ledger:
        server.data_behaviour = _once_for(DOOMED, behaviour)
        result, engine = run(
            data,
            server,
            ledger,
            backend_kw={"use_ssl": True, "ssl_cafile": str(pki.ca_file), "timeout": 2},
        )
        # A TLS error could hit every row, but here it does not: the run goes on.
        assert result.outcome == "finished"
        _assert_in_doubt_not_resent(server, ledger, engine.plan.merge_id, 30, result)


def test_a_dropped_connection_after_the_end_of_data_is_in_doubt_even_if_nothing_arrived(
    tmp_path: Path,
) -> None:
    data = people(tmp_path / "p.csv", 8)
    with SMTPTestServer() as server, MergeLedger() as ledger:
        # The server drops the connection at the end of data without storing the message:
        # the client cannot tell this from the case above, so it must not guess.
        server.data_behaviour = _once_for({"p4@example.org"}, "disconnect")
        result, engine = run(data, server, ledger)
        assert result.outcome == "finished"
        assert "p4@example.org" not in received_to(server)
        assert statuses(ledger, engine.plan.merge_id)["p4@example.org"] == "unknown"
        # Only the user's explicit choice sends it again.
        again, _ = run(data, server, ledger, settings=EngineSettings(resend_unknown=True))
        assert again.progress.sent == 1
        got = received_to(server)
        assert len(got) == 8
        assert set(got.values()) == {1}


def test_a_connection_lost_while_the_content_goes_out_is_retried(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before the end of data nothing can be delivered: the row is sent again, once."""
    (tmp_path / "report.bin").write_bytes(bytes(range(256)) * 1200)  # streamed in slices
    data = write_csv(
        tmp_path / "p.csv",
        ["name", "email", "attachment"],
        [[f"P{i}", f"p{i}@example.org", "report.bin"] for i in range(1, 5)],
    )
    cut = {"armed": True}
    real_send = smtplib.SMTP.send

    def send(self: smtplib.SMTP, s: Any) -> None:
        # A slice of the attachment, not the last write (which carries the terminator):
        # the connection is lost in the middle of the content.
        if cut["armed"] and len(s) > 50_000 and b"\r\n.\r\n" not in s:
            cut["armed"] = False
            self.close()
            raise smtplib.SMTPServerDisconnected("Server not connected")
        real_send(self, s)

    monkeypatch.setattr(smtplib.SMTP, "send", send)
    with SMTPTestServer() as server, MergeLedger() as ledger:
        result, engine = run(data, server, ledger)
        assert not cut["armed"]
        assert (result.outcome, result.progress.sent, result.progress.in_flight) == (
            "finished",
            4,
            0,
        )
        got = received_to(server)
        assert len(got) == 4
        assert set(got.values()) == {1}
        assert set(statuses(ledger, engine.plan.merge_id).values()) == {"sent"}


def test_a_sent_folder_lookup_settles_rows_in_doubt_by_message_id(tmp_path: Path) -> None:
    """The hook where an IMAP look in the Sent folder plugs in: Message-IDs in, found out."""
    import email
    import email.policy

    from composer.merge.record.doubt import rows_in_doubt, settle_from_sent_folder

    data = people(tmp_path / "p.csv", 30)
    with SMTPTestServer() as server, MergeLedger() as ledger:
        server.data_behaviour = _once_for(DOOMED, "store_then_drop")
        _result, engine = run(data, server, ledger)
        merge_id = engine.plan.merge_id
        # The Message-ID of each row in doubt is the one its message went out with.
        on_the_wire = {
            m.rcpt_tos[0]: email.message_from_bytes(m.data, policy=email.policy.default)[
                "Message-ID"
            ]
            for m in server.messages
        }
        doubtful = {
            r.recipients.split("<")[-1].rstrip(">"): r for r in rows_in_doubt(ledger, merge_id)
        }
        assert set(doubtful) == DOOMED
        for address, row in doubtful.items():
            assert row.message_id == on_the_wire[address]
        asked: list[list[str]] = []
        found_there = {on_the_wire["p5@example.org"], on_the_wire["p30@example.org"]}

        def sent_folder(message_ids: Sequence[str]) -> set[str]:
            asked.append(list(message_ids))
            return found_there & set(message_ids)

        assert settle_from_sent_folder(ledger, merge_id, sent_folder) == (2, 1)
        assert sorted(asked[0]) == sorted(r.message_id for r in doubtful.values())
        st = statuses(ledger, merge_id)
        assert (st["p5@example.org"], st["p30@example.org"]) == ("sent", "sent")
        assert st["p17@example.org"] == "unknown"
        row = next(r for r in ledger.rows(merge_id, ["sent"]) if "p5@" in r.recipients)
        assert row.reason == "found in the Sent folder"
