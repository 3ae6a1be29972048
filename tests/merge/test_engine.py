"""The send engine against a real aiosmtpd server on 127.0.0.1, with injected faults.

Every test checks both sides: what the server recorded and what the ledger says, so every
row ends in the right state. Backoff and rate-limit waits go through an injected sleep.
"""

from __future__ import annotations

import collections
import email
import email.policy
import errno
import smtplib
import threading
from pathlib import Path
from typing import Any

import pytest
from engine_helpers import (  # noqa: F401  (server_pipelining: autouse fixture)
    Sleeps,
    factory,
    received_to,
    run,
    server_pipelining,
    statuses,
)
from merge_helpers import letter, make_plan, people, write_csv
from smtpserver import SMTPTestServer

from composer.mail import get_connection
from composer.merge import (
    EngineSettings,
    MergeEngine,
    MergeLedger,
    MergeNotReady,
    RowEvent,
    send_test,
)
from composer.merge.data.csvsource import CsvSource
from composer.merge.export import export_plan_failures
from composer.merge.record import journal


def test_sends_every_row_once_and_records_replies(tmp_path: Path) -> None:
    data = people(tmp_path / "p.csv", 25)
    with SMTPTestServer(pipelining=True) as server, MergeLedger() as ledger:
        result, engine = run(data, server, ledger, unsubscribe_mailto="unsub@school.example")
        assert result.outcome == "finished"
        assert result.progress.sent == 25
        counts = received_to(server)
        assert sorted(counts) == sorted(f"p{i}@example.org" for i in range(1, 26))
        assert set(counts.values()) == {1}
        assert len(server.sessions) == 1  # one connection reused for every row
        rows = ledger.rows(engine.plan.merge_id)
        assert {r.status for r in rows} == {"sent"}
        by_id = {r.message_id: r for r in rows}
        for m in server.messages:
            parsed = email.message_from_bytes(m.data, policy=email.policy.default)
            assert parsed["Message-ID"] in by_id
            assert parsed["List-Unsubscribe"] == "<mailto:unsub@school.example?subject=unsubscribe>"
            assert parsed["Subject"].startswith("Hello Person ")
        assert all(r.reply.startswith("250") for r in rows)


def test_refused_recipients_fail_their_row_and_the_run_goes_on(tmp_path: Path) -> None:
    data = people(tmp_path / "p.csv", 10)
    with SMTPTestServer() as server, MergeLedger() as ledger:
        server.rcpt_reply = lambda a: (
            "550 5.1.1 No such user" if a in {"p3@example.org", "p7@example.org"} else None
        )
        result, engine = run(data, server, ledger)
        assert result.outcome == "finished"
        assert (result.progress.sent, result.progress.failed) == (8, 2)
        st = statuses(ledger, engine.plan.merge_id)
        assert st["p3@example.org"] == st["p7@example.org"] == "failed"
        failed = ledger.rows(engine.plan.merge_id, ["failed"])
        assert "550" in failed[0].reason
        assert "No such user" in failed[0].reason
        assert "p3@example.org" not in received_to(server)


def test_partly_refused_row_is_sent_with_a_note(tmp_path: Path) -> None:
    data = write_csv(
        tmp_path / "p.csv",
        ["name", "email", "parent"],
        [["A", "a@example.org", "gone@example.org"], ["B", "b@example.org", "ok@example.org"]],
    )
    with SMTPTestServer() as server, MergeLedger() as ledger:
        server.rcpt_reply = lambda a: "550 5.1.1 gone" if a == "gone@example.org" else None
        result, engine = run(data, server, ledger, template_kw={"cc": "{{ parent }}"})
        assert result.progress.sent == 2
        row = ledger.rows(engine.plan.merge_id)[0]
        assert row.status == "sent"
        assert "refused gone@example.org: 550" in row.reason


def test_421_mid_run_reconnects_and_resends_that_row(tmp_path: Path) -> None:
    data = people(tmp_path / "p.csv", 12)
    with SMTPTestServer(pipelining=True) as server, MergeLedger() as ledger:
        fired = []

        def data_reply(envelope: Any) -> str | None:
            if envelope.rcpt_tos == ["p5@example.org"] and not fired:
                fired.append(1)
                return "421 4.3.2 Service shutting down"
            return None

        server.data_reply = data_reply
        result, engine = run(data, server, ledger)
        assert result.outcome == "finished"
        assert result.progress.sent == 12
        assert set(received_to(server).values()) == {1}
        assert len(received_to(server)) == 12
        assert len(server.sessions) == 2
        assert ledger.rows(engine.plan.merge_id, ["sent"])[4].attempts == 2


def test_451_then_success_backs_off_and_retries(tmp_path: Path) -> None:
    data = people(tmp_path / "p.csv", 5)
    sleeps = Sleeps()
    with SMTPTestServer() as server, MergeLedger() as ledger:
        tries = collections.Counter[str]()

        def data_reply(envelope: Any) -> str | None:
            addr = envelope.rcpt_tos[0]
            tries[addr] += 1
            if addr == "p2@example.org" and tries[addr] <= 2:
                return "451 4.3.0 Temporary local problem, try later"
            return None

        server.data_reply = data_reply
        settings = EngineSettings(connections=1, backoff=(3.0, 7.0))
        result, _engine = run(data, server, ledger, settings=settings, sleep=sleeps)
        assert result.outcome == "finished"
        assert result.progress.sent == 5
        assert sleeps.calls == [3.0, 7.0]
        assert tries["p2@example.org"] == 3
        assert received_to(server)["p2@example.org"] == 1


def test_temporary_failure_gives_up_after_max_attempts(tmp_path: Path) -> None:
    data = people(tmp_path / "p.csv", 3)
    with SMTPTestServer() as server, MergeLedger() as ledger:
        server.data_reply = lambda e: (
            "452 4.3.1 Insufficient storage" if "p1@example.org" in e.rcpt_tos else None
        )
        settings = EngineSettings(connections=1, max_attempts=3)
        result, engine = run(data, server, ledger, settings=settings)
        assert (result.progress.sent, result.progress.failed) == (2, 1)
        row = ledger.rows(engine.plan.merge_id, ["failed"])[0]
        assert row.reason.startswith("gave up after 3 attempts: 452")


def test_550_on_data_fails_only_those_rows(tmp_path: Path) -> None:
    data = people(tmp_path / "p.csv", 9)
    with SMTPTestServer() as server, MergeLedger() as ledger:
        server.data_reply = lambda e: (
            "550 5.7.1 Message content rejected"
            if e.rcpt_tos[0] in {"p2@example.org", "p9@example.org"}
            else None
        )
        result, engine = run(data, server, ledger)
        assert (result.outcome, result.progress.sent, result.progress.failed) == ("finished", 7, 2)
        st = statuses(ledger, engine.plan.merge_id)
        assert [a for a, s in st.items() if s == "failed"] == ["p2@example.org", "p9@example.org"]


def test_the_same_refusal_on_many_rows_stops_the_run(tmp_path: Path) -> None:
    data = people(tmp_path / "p.csv", 30)
    with SMTPTestServer() as server, MergeLedger() as ledger:
        server.rcpt_reply = lambda a: "554 5.7.1 Relay access denied"
        settings = EngineSettings(connections=1, stop_after_same_failure=5)
        result, engine = run(data, server, ledger, settings=settings)
        assert result.outcome == "stopped"
        assert "every row" in result.message
        assert "Relay access denied" in result.message
        assert result.progress.failed == 5
        assert ledger.counts(engine.plan.merge_id)["pending"] == 25


def test_daily_limit_pauses_then_resume_after_cancel_sends_the_rest(tmp_path: Path) -> None:
    data = people(tmp_path / "p.csv", 10)
    with SMTPTestServer() as server, MergeLedger() as ledger:
        server.data_reply = lambda e: (
            "550 5.4.5 Daily user sending quota exceeded." if len(server.messages) >= 4 else None
        )
        paused = threading.Event()
        engines: list[MergeEngine] = []

        def on_event(event: RowEvent) -> None:
            if event.kind == "paused":
                paused.set()
                assert "daily sending limit" in event.detail
                engines[0].cancel()  # as the user would, e.g. closing the window

        plan = make_plan(data, ledger=ledger)
        plan.validate()
        engine = MergeEngine(
            plan, factory(server), EngineSettings(connections=1), on_event=on_event, sleep=Sleeps()
        )
        engines.append(engine)
        result = engine.run()
        assert paused.is_set()
        assert result.outcome == "cancelled"
        assert result.progress.sent == 4
        assert result.progress.failed == 0
        assert ledger.counts(plan.merge_id)["pending"] == 6
        server.data_reply = None
        result2, _ = run(data, server, ledger)
        assert result2.progress.sent == 6
        assert result2.progress.done_before == 4
        counts = received_to(server)
        assert len(counts) == 10
        assert set(counts.values()) == {1}


def test_daily_limit_ends_a_cli_style_run(tmp_path: Path) -> None:
    data = people(tmp_path / "p.csv", 6)
    with SMTPTestServer() as server, MergeLedger() as ledger:
        server.rcpt_reply = lambda a: (
            "421 4.7.0 Daily limit exceeded, try tomorrow" if a == "p3@example.org" else None
        )
        settings = EngineSettings(connections=1, stop_on_daily_limit=True)
        result, engine = run(data, server, ledger, settings=settings)
        assert result.outcome == "daily_limit"
        assert "resume it tomorrow" in result.message
        assert result.progress.sent == 2
        assert ledger.counts(engine.plan.merge_id)["pending"] == 4


def test_stalled_server_leaves_the_row_in_flight_not_resent(tmp_path: Path) -> None:
    data = people(tmp_path / "p.csv", 4)
    with SMTPTestServer() as server, MergeLedger() as ledger:
        server.stall_seconds = 1.0

        def rcpt_reply(address: str) -> str | None:
            server.data_behaviour = "stall" if address == "p2@example.org" else None
            return None

        server.rcpt_reply = rcpt_reply
        result, engine = run(data, server, ledger, backend_kw={"timeout": 0.3})
        assert result.outcome == "finished"
        assert (result.progress.sent, result.progress.in_flight) == (3, 1)
        row = next(r for r in ledger.rows(engine.plan.merge_id) if "p2@" in r.recipients)
        assert row.status == "unknown"
        assert "most likely delivered" in row.reason
        result2, _ = run(data, server, ledger)
        assert result2.progress.total == 0  # an in-flight row is never resent on its own
        result3, _ = run(
            data, server, ledger, settings=EngineSettings(connections=1, resend_unknown=True)
        )
        assert result3.progress.sent == 1


def test_server_stalling_before_the_content_is_not_in_doubt(tmp_path: Path) -> None:
    data = people(tmp_path / "p.csv", 4)
    with SMTPTestServer() as server, MergeLedger() as ledger:
        stalled = threading.Event()

        def rcpt_reply(address: str) -> str | None:
            if address == "p2@example.org" and not stalled.is_set():
                stalled.set()
                threading.Event().wait(1.0)  # the server's loop stops answering for 1 s
            return None

        server.rcpt_reply = rcpt_reply
        result, engine = run(data, server, ledger, backend_kw={"timeout": 0.3})
        assert stalled.is_set()
        assert result.outcome == "finished"
        # The client gave up waiting for the RCPT reply, before sending any content: the
        # row cannot have been delivered, so it is retried on a new connection, not left
        # "in flight".
        assert (result.progress.sent, result.progress.in_flight) == (4, 0)
        assert set(statuses(ledger, engine.plan.merge_id).values()) == {"sent"}
        counts = received_to(server)
        assert len(counts) == 4
        assert set(counts.values()) == {1}


class _AnsweringAuthServer(SMTPTestServer):
    """SMTPTestServer answers a failed AUTH with nothing (AuthResult's handled defaults to
    True, so aiosmtpd sends no 535 and the client times out); answer 535 like real servers."""

    def _authenticate(self, *args: Any) -> Any:
        from aiosmtpd.smtp import AuthResult

        result = super()._authenticate(*args)
        return result if result.success else AuthResult(success=False, handled=False)


def test_wrong_password_stops_before_any_row(tmp_path: Path) -> None:
    data = people(tmp_path / "p.csv", 5)
    with (
        _AnsweringAuthServer(auth=("teacher", "right")) as server,
        MergeLedger() as ledger,
    ):
        result, engine = run(
            data, server, ledger, backend_kw={"username": "teacher", "password": "wrong"}
        )
        assert result.outcome == "stopped"
        assert "password" in result.message
        assert "wrong" not in result.message
        assert server.messages == []
        assert ledger.counts(engine.plan.merge_id)["pending"] == 5


def test_refused_sender_stops_the_run(tmp_path: Path) -> None:
    data = people(tmp_path / "p.csv", 5)
    with SMTPTestServer() as server, MergeLedger() as ledger:
        server.mail_reply = lambda a: "553 5.7.1 Sender address rejected: not owned by user"
        result, engine = run(data, server, ledger)
        assert result.outcome == "stopped"
        assert "refused the sender" in result.message
        assert ledger.counts(engine.plan.merge_id)["pending"] == 5


def test_unreachable_server_stops_with_a_plain_message(tmp_path: Path) -> None:
    from smtpserver import refused_port

    data = people(tmp_path / "p.csv", 2)
    with MergeLedger() as ledger:
        plan = make_plan(data, ledger=ledger)
        plan.validate()
        port = refused_port()
        engine = MergeEngine(
            plan,
            lambda: get_connection(
                "composer.mail.backends.smtp.EmailBackend", host="127.0.0.1", port=port, timeout=2
            ),
            EngineSettings(connections=1),
            sleep=Sleeps(),
            host="127.0.0.1",
        )
        result = engine.run()
        assert result.outcome == "stopped"
        assert result.message.startswith("Nothing accepted the connection at 127.0.0.1")


def test_parallel_connections_send_each_row_once(tmp_path: Path) -> None:
    data = people(tmp_path / "p.csv", 60)
    with SMTPTestServer(pipelining=True) as server, MergeLedger() as ledger:
        result, _engine = run(data, server, ledger, settings=EngineSettings(connections=3))
        assert result.outcome == "finished"
        assert result.progress.sent == 60
        counts = received_to(server)
        assert len(counts) == 60
        assert set(counts.values()) == {1}
        assert 2 <= len(server.sessions) <= 3


def test_parallel_connections_with_faults(tmp_path: Path) -> None:
    data = people(tmp_path / "p.csv", 40)
    with SMTPTestServer() as server, MergeLedger() as ledger:
        hits = collections.Counter[str]()

        def data_reply(envelope: Any) -> str | None:
            addr = envelope.rcpt_tos[0]
            hits[addr] += 1
            n = int(addr[1:].split("@")[0])
            if n % 10 == 0:
                return "550 5.1.1 mailbox unavailable"
            if n % 7 == 0 and hits[addr] == 1:
                return "421 4.4.2 timeout, closing"
            return None

        server.data_reply = data_reply
        result, _engine = run(data, server, ledger, settings=EngineSettings(connections=4))
        assert result.outcome == "finished"
        assert (result.progress.sent, result.progress.failed) == (36, 4)
        counts = received_to(server)
        assert len(counts) == 36
        assert set(counts.values()) == {1}


def test_rate_limit_spaces_messages(tmp_path: Path) -> None:
    data = people(tmp_path / "p.csv", 5)
    now = [1000.0]
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(round(seconds, 6))
        now[0] += seconds

    with SMTPTestServer() as server, MergeLedger() as ledger:
        plan = make_plan(data, ledger=ledger)
        plan.validate()
        engine = MergeEngine(
            plan,
            factory(server),
            EngineSettings(connections=1, rate_per_minute=30),
            clock=lambda: now[0],
            sleep=sleep,
        )
        assert engine.run().progress.sent == 5
    assert waits == [2.0, 2.0, 2.0, 2.0]


def test_daily_cap_counts_earlier_sends(tmp_path: Path) -> None:
    data = people(tmp_path / "p.csv", 6)
    with SMTPTestServer() as server, MergeLedger() as ledger:
        settings = EngineSettings(connections=1, daily_cap=4, stop_on_daily_limit=True)
        result, _ = run(data, server, ledger, settings=settings)
        assert (result.outcome, result.progress.sent) == ("daily_limit", 4)
        result2, _ = run(data, server, ledger, settings=settings)
        assert (result2.outcome, result2.progress.sent) == ("daily_limit", 0)


def test_limit_then_rerun_sends_only_the_rest(tmp_path: Path) -> None:
    data = people(tmp_path / "p.csv", 20)
    with SMTPTestServer() as server, MergeLedger() as ledger:
        result, _ = run(data, server, ledger, settings=EngineSettings(connections=1, limit=7))
        assert (result.outcome, result.progress.sent) == ("limit", 7)
        result2, _ = run(data, server, ledger)
        assert (result2.outcome, result2.progress.sent, result2.progress.done_before) == (
            "finished",
            13,
            7,
        )
        result3, _ = run(data, server, ledger)
        assert result3.progress.total == 0
        counts = received_to(server)
        assert len(counts) == 20
        assert set(counts.values()) == {1}


def test_rows_reordered_or_fixed_in_the_csv_are_not_resent(tmp_path: Path) -> None:
    rows = [[f"P{i}", f"p{i}@example.org"] for i in range(1, 6)]
    rows[2][1] = "broken-address"
    data = write_csv(tmp_path / "p.csv", ["name", "email"], rows)
    with SMTPTestServer() as server, MergeLedger() as ledger:
        result, _ = run(data, server, ledger, skip_problems=True)
        assert (result.progress.sent, result.progress.skipped) == (4, 1)
        rows[2][1] = "p3@example.org"
        write_csv(data, ["name", "email"], list(reversed(rows)))
        result2, _ = run(data, server, ledger)
        assert (result2.progress.sent, result2.progress.done_before) == (1, 4)
        counts = received_to(server)
        assert len(counts) == 5
        assert set(counts.values()) == {1}


def test_problems_must_be_skipped_explicitly(tmp_path: Path) -> None:
    data = write_csv(tmp_path / "p.csv", ["name", "email"], [["A", "a@example.org"], ["B", "nope"]])
    with SMTPTestServer() as server, MergeLedger() as ledger:
        plan = make_plan(data, ledger=ledger)
        engine = MergeEngine(plan, factory(server), EngineSettings(connections=1))
        with pytest.raises(MergeNotReady, match="Check the merge before sending"):
            engine.run()
        plan.validate()
        with pytest.raises(MergeNotReady, match="1 row has problems"):
            engine.run()
        assert server.messages == []


def test_pause_resume_and_cancel_from_another_thread(tmp_path: Path) -> None:
    data = people(tmp_path / "p.csv", 30)
    with SMTPTestServer() as server, MergeLedger() as ledger:
        plan = make_plan(data, ledger=ledger)
        plan.validate()
        paused_at: list[int] = []
        holder: list[MergeEngine] = []
        resumed = threading.Event()

        def on_event(event: RowEvent) -> None:
            e = holder[0]
            if event.kind == "sent" and e.progress.sent == 5 and not paused_at:
                e.pause("user")
                paused_at.append(len(server.messages))
                threading.Thread(target=lambda: (resumed.set(), e.resume())).start()
            if event.kind == "sent" and e.progress.sent == 12:
                e.cancel()

        engine = MergeEngine(
            plan, factory(server), EngineSettings(connections=1), on_event=on_event
        )
        holder.append(engine)
        result = engine.run()
        assert resumed.is_set()
        assert result.outcome == "cancelled"
        assert result.progress.sent == 12
        assert "18 rows not sent" in result.message
        assert ledger.counts(plan.merge_id)["pending"] == 18
        counts = received_to(server)
        assert len(counts) == 12
        assert set(counts.values()) == {1}


@pytest.mark.parametrize("connections", [1, 4])
def test_a_ledger_that_cannot_be_written_stops_before_the_message_goes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, connections: int
) -> None:
    data = people(tmp_path / "p.csv", 40)
    with SMTPTestServer() as server, MergeLedger() as ledger:
        plan = make_plan(data, ledger=ledger)
        plan.validate()
        real = journal._write_at
        calls = {"sending": 0}

        def full_disk(fd: int, data: bytes, offset: int) -> None:
            if b'"e":"sending"' in data:
                calls["sending"] += 1
                if calls["sending"] >= 10:
                    raise OSError(errno.ENOSPC, "No space left on device")
            real(fd, data, offset)

        monkeypatch.setattr(journal, "_write_at", full_disk)
        engine = MergeEngine(plan, factory(server), EngineSettings(connections=connections))
        result = engine.run()  # returns: no connection thread is left waiting
        assert result.outcome == "stopped"
        assert "disk is full" in result.message
        assert str(ledger.path.parent) in result.message
        monkeypatch.setattr(journal, "_write_at", real)
        # Nine rows went out; the tenth, which could not be recorded, did not.
        got = received_to(server)
        assert len(got) == 9
        assert set(got.values()) == {1}
        st = statuses(ledger, plan.merge_id)
        assert {a for a, s in st.items() if s == "sent"} == set(got)
        assert {s for a, s in st.items() if a not in got} == {"pending"}
        # Space is back: the next run sends the rest, once.
        again = MergeEngine(plan, factory(server), EngineSettings(connections=connections))
        plan.validate()
        assert again.run().outcome == "finished"
        got = received_to(server)
        assert len(got) == 40
        assert set(got.values()) == {1}


def test_export_failed_rows_with_reason(tmp_path: Path) -> None:
    data = people(tmp_path / "p.csv", 4)
    with SMTPTestServer() as server, MergeLedger() as ledger:
        server.rcpt_reply = lambda a: "550 5.1.1 unknown user" if a == "p2@example.org" else None
        _result, engine = run(data, server, ledger)
        plan = engine.plan
        out = tmp_path / "failed.csv"
        n = export_plan_failures(plan, out)
        assert n == 1
        exported = list(CsvSource(out).rows())
        assert exported[0].values["email"] == "p2@example.org"
        assert exported[0].values["status"] == "failed"
        assert "550" in exported[0].values["reason"]


def test_send_a_test_to_me(tmp_path: Path) -> None:
    data = people(tmp_path / "p.csv", 3)
    with SMTPTestServer() as server, MergeLedger() as ledger:
        plan = make_plan(data, letter(cc="{{ email }}"), ledger)
        plan.validate()
        row = list(plan.source.rows())[1]
        reply = send_test(plan, row, "teacher@school.example", factory(server))
        assert reply.startswith("250")
        (m,) = server.messages
        assert m.rcpt_tos == ["teacher@school.example"]
        parsed = email.message_from_bytes(m.data, policy=email.policy.default)
        assert parsed["Subject"] == "[Test] Hello Person 2"
        assert parsed["Cc"] is None
        assert ledger.counts(plan.merge_id)["sent"] == 0


def test_a_server_allowing_fewer_connections_gets_fewer(tmp_path: Path) -> None:
    data = people(tmp_path / "p.csv", 60)
    with SMTPTestServer() as server, MergeLedger() as ledger:
        lock = threading.Lock()
        open_now: list[object] = []
        refused: list[int] = []
        make = factory(server)

        class TwoAtATime:
            """A backend for a server that answers a third connection with 421."""

            def __init__(self) -> None:
                self.inner = make()

            def open(self) -> bool | None:
                with lock:
                    if len(open_now) >= 2:
                        refused.append(1)
                        raise smtplib.SMTPConnectError(421, b"4.7.0 Too many connections")
                    open_now.append(self)
                return self.inner.open()  # type: ignore[no-any-return]

            def close(self) -> None:
                with lock:
                    if self in open_now:
                        open_now.remove(self)
                self.inner.close()

            def send_messages(self, messages: Any) -> int:
                return self.inner.send_messages(messages)  # type: ignore[no-any-return]

        plan = make_plan(data, ledger=ledger)
        plan.validate()
        events: list[RowEvent] = []
        engine = MergeEngine(
            plan, TwoAtATime, EngineSettings(connections=4), sleep=Sleeps(), on_event=events.append
        )
        result = engine.run()
        assert result.outcome == "finished"
        assert result.progress.sent == 60
        assert refused  # the server really said no
        counts = received_to(server)
        assert len(counts) == 60
        assert set(counts.values()) == {1}
        # Two at a time; the rows a refused connection held go out at the end.
        assert len(server.sessions) in (2, 3)
        assert any("fewer connections" in e.detail for e in events)
