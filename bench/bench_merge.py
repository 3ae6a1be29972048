"""Benchmark the mail merge: CSV to sent, side by side with the baselines, in one run.

Run: ``.venv/bin/python bench/bench_merge.py [--rows 10000] [--delay-rows 1000]
[--memory-sizes 10000,100000,1000000]``

1. **Single connection vs the bare smtplib ceiling** (Postfix ``smtp-sink`` on 127.0.0.1):
   N rows from a CSV file to sent, through validation, rendering, ``composer.mail`` and the
   ledger (durable marks before and after each message), with one connection; against a
   bare ``smtplib`` loop sending the same messages as pre-built bytes over one connection.
   smtp-sink offers PIPELINING, so the merge announces each row's envelope together with
   the end of the message before it: one round trip per message.
2. **A server 20 ms away** (``bench/merge_delay_sink.py``: every reply 20 ms late,
   PIPELINING offered): the merge with its default settings against Django 5.2's
   ``send_mass_mail`` over one connection.
3. **Memory**: peak RSS of a whole merge (validate + send through the dummy backend, ledger
   on) as the CSV grows, each size in a fresh process.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import resource
import smtplib
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from sink import smtp_sink  # noqa: E402

from composer.mail import get_connection  # noqa: E402
from composer.merge import (  # noqa: E402
    CsvSource,
    EngineSettings,
    MergeEngine,
    MergeLedger,
    MergeOptions,
    MergePlan,
    MergeTemplate,
)
from composer.storage import paths  # noqa: E402

PARAGRAPH = (
    "Thank you for being part of our club this year. We wanted to let you know about the "
    "changes coming to the programme next month, and to invite you to the open evening. "
)
TEMPLATE = MergeTemplate(
    subject="Your membership, {{ name }}",
    text="Dear {{ name }},\n\n" + PARAGRAPH * 4 + "\n\nYour member number is {{ number }}.\n",
    from_email="Club Secretary <secretary@club.example>",
    to="{{ name }} <{{ email }}>",
)


def write_csv(path: Path, n: int) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write("name,email,number\n")
        for i in range(n):
            fh.write(f"Member {i},member{i}@example.org,{100000 + i}\n")
    return path


def smtp_factory(port: int) -> Any:
    return lambda: get_connection(
        "composer.mail.backends.smtp.EmailBackend", host="127.0.0.1", port=port, timeout=60
    )


def merge(csv_path: Path, factory: Any, settings: EngineSettings) -> tuple[float, float, int]:
    """(validate seconds, send seconds, rows sent) for one whole merge in a fresh ledger."""
    with tempfile.TemporaryDirectory() as home, paths.override_base(Path(home)):
        start = time.perf_counter()
        with MergeLedger() as ledger:
            plan = MergePlan(CsvSource(csv_path), TEMPLATE, ledger, MergeOptions())
            report = plan.validate()
            assert report.counts["ready"] == report.total, report.counts
            checked = time.perf_counter()
            result = MergeEngine(plan, factory, settings).run()
            done = time.perf_counter()
        assert result.outcome == "finished", result
        return checked - start, done - checked, result.progress.sent


def prebuilt(csv_path: Path) -> list[tuple[str, str, bytes]]:
    """The same messages as pre-built wire bytes (for the bare smtplib ceiling)."""
    source = CsvSource(csv_path)
    out = []
    with (
        tempfile.TemporaryDirectory() as home,
        paths.override_base(Path(home)),
        MergeLedger() as ledger,
    ):
        plan = MergePlan(source, TEMPLATE, ledger, MergeOptions())
        for row in source.rows():
            msg = plan.render(row).to_email(plan.from_email, message_id=f"<{row.number}@b>")
            out.append(
                (
                    "secretary@club.example",
                    row.values["email"],
                    msg.message().as_bytes(linesep="\r\n"),
                )
            )
    return out


def bare_smtplib(port: int, payloads: list[tuple[str, str, bytes]]) -> float:
    start = time.perf_counter()
    conn = smtplib.SMTP("127.0.0.1", port)
    for sender, rcpt, data in payloads:
        conn.sendmail(sender, [rcpt], data)
    conn.quit()
    return time.perf_counter() - start


def library_floor(port: int, csv_path: Path, announce: bool = False) -> float:
    """composer.mail alone: the same messages as ready-made objects, one connection.

    *announce*: ``send_message`` with ``next_message`` (each envelope goes out with the
    previous end of data) instead of ``send_messages`` one message at a time.
    """
    with (
        tempfile.TemporaryDirectory() as home,
        paths.override_base(Path(home)),
        MergeLedger() as ledger,
    ):
        plan = MergePlan(CsvSource(csv_path), TEMPLATE, ledger, MergeOptions())
        messages = [
            plan.render(row).to_email(plan.from_email, message_id=f"<{row.number}@b>")
            for row in plan.source.rows()
        ]
    backend = smtp_factory(port)()
    start = time.perf_counter()
    backend.open()
    if announce:
        for message, following in zip(messages, [*messages[1:], None], strict=True):
            backend.send_message(message, next_message=following)
    else:
        for message in messages:
            backend.send_messages([message])
    backend.close()
    return time.perf_counter() - start


def bench_single(rows: int, work: Path, rounds: int) -> None:
    csv_path = write_csv(work / "single.csv", rows)
    payloads = prebuilt(csv_path)
    print(f"\n## 1. {rows:,} rows, CSV to sent, ONE connection, against smtp-sink on 127.0.0.1")
    print(f"(best of {rounds} interleaved rounds; other processes share these CPUs)")
    bare, floor, announced, whole, checks, sends = [], [], [], [], [], []
    with smtp_sink() as port:
        bare_smtplib(port, payloads[:500])  # warm up
        for _ in range(rounds):
            bare.append(bare_smtplib(port, payloads))
            floor.append(library_floor(port, csv_path))
            announced.append(library_floor(port, csv_path, announce=True))
            v, s, sent = merge(csv_path, smtp_factory(port), EngineSettings(connections=1))
            assert sent == rows
            whole.append(v + s)
            checks.append(v)
            sends.append(s)
    ceiling = min(bare)
    print(f"{'':62} {'seconds':>8} {'msgs/s':>8} {'x ceiling':>9}")
    for label, seconds in (
        ("bare smtplib loop, pre-built bytes (the ceiling)", ceiling),
        ("composer.mail send_messages, ready-made message objects", min(floor)),
        ("composer.mail send_message, next message announced", min(announced)),
        ("merge, CSV to sent: validate + send, ledger on", min(whole)),
        ("  the send pass alone (render, build, ledger, SMTP)", min(sends)),
    ):
        print(f"{label:62} {seconds:8.2f} {rows / seconds:8,.0f} {ceiling / seconds:9.2f}")
    print(f"{'  the validation pass alone':62} {min(checks):8.2f} {rows / min(checks):8,.0f}")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def bench_delay(rows: int, django_rows: int, work: Path) -> None:
    csv_path = write_csv(work / "delay.csv", rows)
    port = _free_port()
    sink = subprocess.Popen(
        [sys.executable, str(HERE / "merge_delay_sink.py"), str(port), "20"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert sink.stdout is not None
        sink.stdout.readline()
        print("\n## 2. A server 20 ms away (every reply 20 ms late, PIPELINING offered)")
        dj_seconds = django_send_mass_mail(port, django_rows)
        dj_rate = django_rows / dj_seconds
        defaults = EngineSettings()
        v, s, sent = merge(csv_path, smtp_factory(port), defaults)
        ours = sent / (v + s)
        one_v, one_s, one_sent = merge(
            write_csv(work / "delay1.csv", django_rows),
            smtp_factory(port),
            EngineSettings(connections=1),
        )
        one = one_sent / (one_v + one_s)
    finally:
        sink.terminate()
        sink.wait()
    print(f"{'':62} {'rows':>6} {'msgs/s':>8} {'x Django':>9}")
    print(
        f"{'Django 5.2 send_mass_mail, one connection':62} {django_rows:6} {dj_rate:8.1f} "
        f"{1.0:9.2f}"
    )
    print(
        f"{'merge, 1 connection (pipelining only)':62} {django_rows:6} {one:8.1f} "
        f"{one / dj_rate:9.2f}"
    )
    print(
        f"{f'merge, default settings ({defaults.connections} connections), CSV to sent':62} "
        f"{rows:6} {ours:8.1f} {ours / dj_rate:9.2f}"
    )


def django_send_mass_mail(port: int, n: int) -> float:
    import django
    from django.conf import settings

    if not settings.configured:
        settings.configure(EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend")
        django.setup()
    import django.core.mail as dj

    datatuple = [
        (
            f"Your membership, Member {i}",
            f"Dear Member {i},\n\n" + PARAGRAPH * 4 + f"\n\nYour member number is {i}.\n",
            "Club Secretary <secretary@club.example>",
            [f"Member {i} <member{i}@example.org>"],
        )
        for i in range(n)
    ]
    conn = dj.get_connection(
        "django.core.mail.backends.smtp.EmailBackend", host="127.0.0.1", port=port
    )
    start = time.perf_counter()
    sent = dj.send_mass_mail(datatuple, connection=conn)
    assert sent == n
    return time.perf_counter() - start


def _status_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def memory_child(rows: int, csv_path: str) -> None:
    """In a fresh process: a whole merge through the dummy backend; print peak RSS."""
    factory = lambda: get_connection("composer.mail.backends.dummy.EmailBackend")  # noqa: E731
    # Reset the high-water mark left by the imports (Linux: clear_refs 5), so the peak
    # printed is the merge's own.
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")
    base = _status_kib("VmRSS")
    v, s, sent = merge(Path(csv_path), factory, EngineSettings(connections=1))
    peak = _status_kib("VmHWM")
    print(f"{rows} {sent} {base} {peak} {v:.1f} {s:.1f}")


def bench_memory(sizes: list[int], work: Path) -> None:
    print("\n## 3. Memory of a whole merge (validate + send, dummy backend, ledger on)")
    print(f"{'rows':>10} {'CSV MB':>8} {'peak RSS MB':>12} {'above start MB':>15} {'seconds':>8}")
    for n in sizes:
        path = write_csv(work / f"mem{n}.csv", n)
        out = subprocess.run(
            [sys.executable, __file__, "--memory-child", str(n), str(path)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        _rows, sent, base, peak, v, s = out
        assert int(sent) == n
        print(
            f"{n:>10,} {path.stat().st_size / 1e6:8.1f} {int(peak) / 1024:12.1f} "
            f"{(int(peak) - int(base)) / 1024:15.1f} {float(v) + float(s):8.1f}"
        )
        path.unlink()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--delay-rows", type=int, default=1_000)
    parser.add_argument("--django-rows", type=int, default=150)
    parser.add_argument("--memory-sizes", default="10000,100000,1000000")
    parser.add_argument("--only", choices=["single", "delay", "memory"])
    parser.add_argument("--memory-child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_child:
        memory_child(int(args.memory_child[0]), args.memory_child[1])
        return
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if args.only in (None, "single"):
            bench_single(args.rows, work, args.rounds)
        if args.only in (None, "delay"):
            bench_delay(args.delay_rows, args.django_rows, work)
        if args.only in (None, "memory"):
            bench_memory([int(x) for x in args.memory_sizes.split(",")], work)


if __name__ == "__main__":
    main()
