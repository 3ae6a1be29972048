"""Benchmark composer.mail: sending rates, message-building rate, memory for a big attachment.

Run: ``.venv/bin/python bench/bench_mail.py [--n 10000] [--build-n 100000]``

Everything is measured side by side in one run, on this machine, against Postfix's
``smtp-sink`` on 127.0.0.1:

1. ``send_mass_mail`` of N personalised ~1 KB messages over one connection, with the sink
   offering PIPELINING and with it switched off (``smtp-sink -p``), against the ceiling:
   the same messages as pre-built bytes sent by a bare ``smtplib`` loop. Django 5.2's
   ``send_mass_mail`` is a reference row when Django is installed.
2. Building messages: ``message().as_bytes()`` for personalised messages, composer vs
   Django, and the memory growth as N grows.
3. Peak memory above the interpreter's baseline while sending one message with a 100 MB
   attachment (each in a fresh process), composer vs Django.
"""

from __future__ import annotations

import argparse
import gc
import os
import smtplib
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sink import smtp_sink

import composer.mail as cm
from composer.mail.conf import override_settings

SENDER = "Newsletter <news@example.com>"
PARAGRAPH = (
    "Thank you for being part of our community this year. We wanted to let you know "
    "about the changes coming to the programme next month, and to invite you to the "
    "open evening on the 14th. "
)


def personalised(i: int) -> tuple[str, str, str, list[str]]:
    """One ~1 KB personalised message: (subject, body, from, [to])."""
    name = f"Member {i}"
    body = f"Dear {name},\n\n" + (PARAGRAPH * 4) + f"\n\nYour member number is {i}.\n"
    return (f"Your update, {name}", body, SENDER, [f"{name} <member{i}@example.org>"])


def django_mail() -> Any | None:
    try:
        import django
        from django.conf import settings
    except ImportError:
        return None
    if not settings.configured:
        settings.configure(EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend")
        django.setup()
    import django.core.mail as dj

    return dj


def rate(n: int, seconds: float) -> float:
    return n / seconds if seconds else float("inf")


def timed(func: Callable[[], Any]) -> float:
    gc.collect()
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


# -- 1. sending ---------------------------------------------------------------------------


def bare_smtplib(port: int, payloads: list[tuple[str, str, bytes]]) -> None:
    conn = smtplib.SMTP("127.0.0.1", port)
    try:
        for sender, rcpt, data in payloads:
            conn.sendmail(sender, [rcpt], data)
    finally:
        conn.quit()


def composer_mass(port: int, data: list[tuple[str, str, str, list[str]]]) -> int:
    conn = cm.get_connection(
        "composer.mail.backends.smtp.EmailBackend", host="127.0.0.1", port=port
    )
    return cm.send_mass_mail(data, connection=conn) or 0


def django_mass(dj: Any, port: int, data: list[tuple[str, str, str, list[str]]]) -> int:
    conn = dj.get_connection(
        "django.core.mail.backends.smtp.EmailBackend", host="127.0.0.1", port=port
    )
    sent: int = dj.send_mass_mail(data, connection=conn)
    return sent


def bench_send(n: int) -> None:
    data = [personalised(i) for i in range(n)]
    prebuilt = []
    for subject, body, sender, to in data:
        msg = cm.EmailMessage(subject, body, sender, to).message()
        prebuilt.append(("news@example.com", to[0], msg.as_bytes(linesep="\r\n")))
    dj = django_mail()
    print(f"\n## Sending {n:,} personalised ~1 KB messages over one connection (smtp-sink)")
    rows: list[tuple[str, float, float]] = []
    for label, options in (("PIPELINING offered", ()), ("PIPELINING off", ("-p",))):
        with smtp_sink(*options) as port:
            ceiling = rate(n, timed(lambda p=port: bare_smtplib(p, prebuilt)))  # type: ignore[misc]
            ours = rate(n, timed(lambda p=port: composer_mass(p, data)))  # type: ignore[misc]
            rows.append((f"composer send_mass_mail, {label}", ours, ceiling))
            if dj is not None:
                theirs = rate(n, timed(lambda p=port: django_mass(dj, p, data)))  # type: ignore[misc]
                rows.append((f"Django 5.2 send_mass_mail, {label}", theirs, ceiling))
            rows.append((f"bare smtplib, pre-built bytes, {label}", ceiling, ceiling))
    print(f"{'':52} {'msgs/s':>10} {'x ceiling':>10}")
    for label, value, ceiling in rows:
        print(f"{label:52} {value:10,.0f} {value / ceiling:10.2f}")


# -- 2. building --------------------------------------------------------------------------


def build_all(module: Any, n: int) -> None:
    for i in range(n):
        subject, body, sender, to = personalised(i)
        module.EmailMessage(subject, body, sender, to).message().as_bytes()


def build_memory(module: Any, n: int) -> int:
    """Peak traced memory while building n messages one after another."""
    tracemalloc.start()
    build_all(module, n)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def bench_build(n: int) -> None:
    dj = django_mail()
    print(f"\n## Building message().as_bytes() for {n:,} personalised messages")
    ours = rate(n, timed(lambda: build_all(cm, n)))
    print(f"{'composer':30} {ours:10,.0f} msgs/s")
    if dj is not None:
        theirs = rate(n, timed(lambda: build_all(dj, n)))
        print(f"{'Django 5.2':30} {theirs:10,.0f} msgs/s")
        print(f"{'composer / Django':30} {ours / theirs:10.2f} x")
    small, large = build_memory(cm, 1_000), build_memory(cm, 10_000)
    print(
        f"peak traced memory building 1,000 vs 10,000 messages: {small / 1024:,.0f} KiB vs "
        f"{large / 1024:,.0f} KiB (flat means no growth with N)"
    )


# -- 3. memory with a 100 MB attachment ------------------------------------------------


def _rss_kib(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise RuntimeError(field)


def memory_child(which: str, port: int, path: str) -> None:
    """In a fresh process: send one message with the file attached; print peak - baseline."""
    if which == "django":
        mod = django_mail()
        assert mod is not None
    else:
        mod = cm
    # Warm up everything the send path imports before taking the baseline.
    with override_settings(EMAIL_HOST="127.0.0.1", EMAIL_PORT=port):
        conn = mod.get_connection(host="127.0.0.1", port=port)
        warm = mod.EmailMessage("warm", "x", "a@example.com", ["b@example.com"], connection=conn)
        warm.attach("w.bin", b"\0" * 1000)
        warm.send()
        gc.collect()
        baseline = _rss_kib("VmRSS")
        msg = mod.EmailMessage(
            "Big file", "Here it is.", "a@example.com", ["b@example.com"], connection=conn
        )
        msg.attach_file(path)
        msg.send()
        peak = _rss_kib("VmHWM")
    print(peak - baseline)


def bench_memory(size_mb: int) -> None:
    print(f"\n## Peak memory sending one message with a {size_mb} MB attachment")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.bin"
        with path.open("wb") as fh:
            for _ in range(size_mb):
                fh.write(os.urandom(1024 * 1024))
        size_kib = size_mb * 1024
        with smtp_sink() as port:
            for which in ("composer", "django"):
                if which == "django" and django_mail() is None:
                    continue
                out = subprocess.run(
                    [sys.executable, __file__, "--memory-child", which, str(port), str(path)],
                    capture_output=True,
                    text=True,
                    check=True,
                )
                above = int(out.stdout.strip().splitlines()[-1])
                print(
                    f"{which:10} peak above baseline: {above / 1024:8.1f} MiB = "
                    f"{above / size_kib:4.2f} x the attachment"
                )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="messages to send")
    parser.add_argument("--build-n", type=int, default=100_000, help="messages to build")
    parser.add_argument("--attachment-mb", type=int, default=100)
    parser.add_argument("--only", choices=["send", "build", "memory"])
    parser.add_argument("--memory-child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_child:
        which, port, path = args.memory_child
        memory_child(which, int(port), path)
        return
    print(f"composer.mail benchmark on {os.cpu_count()} CPUs, Python {sys.version.split()[0]}")
    if args.only in (None, "send"):
        bench_send(args.n)
    if args.only in (None, "build"):
        bench_build(args.build_n)
    if args.only in (None, "memory"):
        bench_memory(args.attachment_mb)


if __name__ == "__main__":
    main()
