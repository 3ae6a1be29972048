"""Shared pieces of the engine tests: a backend factory, a recording sleep, one-call runs."""

from __future__ import annotations

import collections
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from merge_helpers import letter, make_plan
from smtpserver import SMTPTestServer

from composer.mail import get_connection
from composer.merge import EngineSettings, MergeEngine, MergeLedger, RowEvent, RunResult


@pytest.fixture(autouse=True, params=[False, True], ids=["lockstep", "pipelining"])
def server_pipelining(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> bool:
    """Every test runs against a server without PIPELINING and one with it.

    With PIPELINING the engine announces each next row's envelope together with the end of
    the message before it, so every fault also lands while a transaction is announced.
    """
    monkeypatch.setattr(SMTPTestServer, "default_pipelining", request.param)
    return bool(request.param)


def factory(server: SMTPTestServer, **kw: Any) -> Callable[[], Any]:
    def make() -> Any:
        kw.setdefault("timeout", 5)
        return get_connection(
            "composer.mail.backends.smtp.EmailBackend", host=server.host, port=server.port, **kw
        )

    return make


class Sleeps:
    """An injected sleep that records and returns at once."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


def received_to(server: SMTPTestServer) -> collections.Counter[str]:
    with server.lock:
        return collections.Counter(r for m in server.messages for r in m.rcpt_tos)


def run(
    csv_path: Path,
    server: SMTPTestServer,
    ledger: MergeLedger,
    *,
    settings: EngineSettings | None = None,
    sleep: Callable[[float], None] | None = None,
    on_event: Callable[[RowEvent], None] | None = None,
    template_kw: dict[str, str] | None = None,
    backend_kw: dict[str, Any] | None = None,
    **options: object,
) -> tuple[RunResult, MergeEngine]:
    plan = make_plan(csv_path, letter(**(template_kw or {})), ledger, **options)
    plan.validate()
    engine = MergeEngine(
        plan,
        factory(server, **(backend_kw or {})),
        settings or EngineSettings(connections=1),
        sleep=sleep or Sleeps(),
        on_event=on_event,
    )
    return engine.run(), engine


def statuses(ledger: MergeLedger, merge_id: int) -> dict[str, str]:
    return {r.recipients.split("<")[-1].rstrip(">"): r.status for r in ledger.rows(merge_id)}
