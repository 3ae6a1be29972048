"""The merge's own cost: CPU seconds for N rows through a Discard profile, and the merge
against a bare smtplib loop to a local sink, in one run.

Run: ``.venv/bin/python bench/bench_merge_cost.py [--rows 10000] [--rounds 3]``

1. **CPU** (user + sys of this process, interpreter start-up excluded): a whole merge of
   N CSV rows (check pass + send pass, ledger on and as durable as always) through the
   dummy backend, which sends nothing, so the number is the merge's own work. Target:
   0.5 s for 10,000 rows.
2. **Against the bare loop** (Postfix ``smtp-sink`` on 127.0.0.1, one connection): the
   merge's send pass and whole run against ``smtplib`` sending the same messages as
   pre-built bytes. Target: >= 0.9x the bare loop.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from bench_merge import TEMPLATE, bare_smtplib, merge, prebuilt, smtp_factory, write_csv  # noqa: E402
from sink import smtp_sink  # noqa: E402

from composer.mail import get_connection  # noqa: E402
from composer.merge import (  # noqa: E402
    CsvSource,
    EngineSettings,
    MergeEngine,
    MergeLedger,
    MergeOptions,
    MergePlan,
)
from composer.storage import paths  # noqa: E402


def cpu() -> float:
    """User + system seconds of this process (all threads), to the microsecond."""
    return time.process_time()


def discard_cpu(csv_path: Path) -> tuple[float, float]:
    """(check CPU seconds, send CPU seconds) of one merge through the dummy backend."""
    with (
        tempfile.TemporaryDirectory() as home,
        paths.override_base(Path(home)),
        MergeLedger() as ledger,
    ):
        plan = MergePlan(CsvSource(csv_path), TEMPLATE, ledger, MergeOptions())
        start = cpu()
        report = plan.validate()
        checked = cpu()
        assert report.counts["ready"] == report.total
        result = MergeEngine(
            plan,
            lambda: get_connection("composer.mail.backends.dummy.EmailBackend"),
            EngineSettings(connections=1),
        ).run()
        done = cpu()
    assert result.outcome == "finished", result
    return checked - start, done - checked


def parts_cpu(csv_path: Path) -> dict[str, float]:
    """CPU seconds of the merge's parts done alone, for the same rows: where the time goes."""
    out: dict[str, float] = {}
    with (
        tempfile.TemporaryDirectory() as home,
        paths.override_base(Path(home)),
        MergeLedger() as ledger,
    ):
        plan = MergePlan(CsvSource(csv_path), TEMPLATE, ledger, MergeOptions())
        start = cpu()
        rows = list(plan.source.rows())
        out["reading the CSV file"] = cpu() - start
        start = cpu()
        for row in rows:
            plan.render(row)
        out["rendering every row (once)"] = cpu() - start
        plan.validate()
        keys = [
            key
            for key, _status in ledger.planned_range(
                plan.merge_id, plan.scan, 1, len(rows)
            ).values()
        ]
        start = cpu()
        for i, key in enumerate(keys):
            ledger.mark_sending(plan.merge_id, key, f"<{i}@club.example>", "x@example.org")
        out["ledger: 'sending' marks (journal write)"] = cpu() - start
        start = cpu()
        for i, key in enumerate(keys):
            ledger.mark_sent(plan.merge_id, key, "250 2.0.0 Ok", "", f"<{i}@club.example>")
        out["ledger: 'sent' marks (commit + journal write)"] = cpu() - start
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        csv_path = write_csv(Path(tmp) / "m.csv", args.rows)
        discard_cpu(csv_path)  # warm up imports and caches
        runs = [discard_cpu(csv_path) for _ in range(args.rounds)]
        check, send = min(runs, key=sum)
        print(f"## 1. {args.rows:,} rows through a Discard profile (best of {args.rounds})")
        print(f"CPU seconds: check {check:.2f} + send {send:.2f} = {check + send:.2f}")
        print("target: 0.50 for 10,000 rows")
        parts = min(
            (parts_cpu(csv_path) for _ in range(args.rounds)),
            key=lambda p: sum(p.values()),
        )
        print("\nwhere it goes (each part alone, same rows):")
        for label, seconds in parts.items():
            print(f"  {label:52} {seconds:6.3f}")
        rest = check + send - sum(parts.values())
        print(f"  {'the rest: checks, messages, engine, garbage collection':52} {rest:6.3f}")
        payloads = prebuilt(csv_path)
        bare, whole, sends = [], [], []
        with smtp_sink() as port:
            bare_smtplib(port, payloads[:500])
            for _ in range(args.rounds):
                bare.append(bare_smtplib(port, payloads))
                v, s, sent = merge(csv_path, smtp_factory(port), EngineSettings(connections=1))
                assert sent == args.rows
                whole.append(v + s)
                sends.append(s)
        ceiling = min(bare)
        print("\n## 2. against a bare smtplib loop to smtp-sink, one connection")
        print(f"{'':44} {'seconds':>8} {'x bare loop':>11}")
        for label, seconds in (
            ("bare smtplib loop, pre-built bytes", ceiling),
            ("merge send pass (render kept, ledger, SMTP)", min(sends)),
            ("merge, check + send", min(whole)),
        ):
            print(f"{label:44} {seconds:8.2f} {ceiling / seconds:11.2f}")
        # The sink's speed drifts from minute to minute (the bare loop itself varies
        # several times over on a busy machine): each round's own ratio says more.
        rounds = ", ".join(f"{b / s:.2f}" for b, s in zip(bare, sends, strict=True))
        print(f"send pass, x bare loop, round by round (each in the same minute): {rounds}")
        print("target: >= 0.90x the bare loop")


if __name__ == "__main__":
    main()
