"""Benchmark the memory it takes to keep the Sent copy of a message with a big attachment.

Run: ``.venv/bin/python bench/bench_sent_copy.py [--attachment-mb 256]``

Each row is one fresh process that sends one message with the attachment through the
compose window's send path (:func:`composer.sending.job.send_composed`) to Postfix's
``smtp-sink`` on 127.0.0.1, and prints its peak resident memory above the interpreter's
baseline:

* ``send only``: no Sent copy (the floor: the attachment is read once and streamed);
* ``send + Sent copy``: the copy streamed into the Sent Maildir, as the app does now; the
  row also gives the peak Python allocation while the copy was written (tracemalloc);
* ``send + old copy``: the copy built the way earlier versions did (``to_eml`` and
  ``mailbox.MaildirMessage``), for comparison (``--skip-old`` leaves it out).
"""

from __future__ import annotations

import argparse
import gc
import mailbox
import os
import subprocess
import sys
import tempfile
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sink import smtp_sink

from composer.compose.message import Attachment, ComposedMessage, to_eml
from composer.mail import get_connection
from composer.sending import job as sending
from composer.storage.sentbox import SentBox


def _rss_kib(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise RuntimeError(field)


def _send(port: int, attachment: Path | None, box: SentBox | None) -> sending.SendResult:
    conn = get_connection(
        "composer.mail.backends.smtp.EmailBackend", host="127.0.0.1", port=port, timeout=60
    )
    msg = ComposedMessage(
        from_addr="Kim <kim@example.com>",
        to=["a@example.com"],
        bcc=["b@example.com"],
        subject="Big file",
        text="Here it is.",
        attachments=[Attachment.from_path(attachment)] if attachment else [],
    )
    return sending.send_composed(msg, conn, profile="bench", sentbox=box)


def child(mode: str, port: int, path: str, folder: str) -> None:
    """In a fresh process: one send; print the peak above baseline (KiB) and, for the
    streamed copy, the peak Python allocation while the copy was written (bytes)."""
    box = SentBox(Path(folder))
    _send(port, None, box)  # warm up every import of the send and copy paths
    gc.collect()
    baseline = _rss_kib("VmRSS")
    copy_peak = -1
    if mode == "copy":
        keep = sending.keep_copy

        def traced_keep(*args: object, **kw: object) -> None:
            nonlocal copy_peak
            tracemalloc.start()
            keep(*args, **kw)  # type: ignore[arg-type]
            copy_peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()

        sending.keep_copy = traced_keep  # type: ignore[assignment]
        result = _send(port, Path(path), box)
        assert result.sent_key is not None, result
    elif mode == "old":
        result = _send(port, Path(path), None)
        msg = ComposedMessage(
            from_addr="Kim <kim@example.com>",
            to=["a@example.com"],
            bcc=["b@example.com"],
            subject="Big file",
            text="Here it is.",
            attachments=[Attachment.from_path(Path(path))],
        )
        data = to_eml(msg)
        mailbox.Maildir(Path(folder) / "old", create=True).add(mailbox.MaildirMessage(data))
    else:
        result = _send(port, Path(path), None)
    assert result.ok, result.message
    print(_rss_kib("VmHWM") - baseline, copy_peak)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--attachment-mb", type=int, default=256)
    parser.add_argument("--skip-old", action="store_true", help="leave out the old way")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        mode, port, path, folder = args.child
        child(mode, int(port), path, folder)
        return
    size_mb = args.attachment_mb
    print(f"## Peak memory keeping the Sent copy of a message with a {size_mb} MB attachment")
    modes = [("send", "send only"), ("copy", "send + Sent copy")]
    if not args.skip_old:
        modes.append(("old", "send + old copy"))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.bin"
        with path.open("wb") as fh:
            for _ in range(size_mb):
                fh.write(os.urandom(1024 * 1024))
        size_kib = size_mb * 1024
        with smtp_sink() as port:
            for mode, label in modes:
                folder = Path(tmp) / f"Sent-{mode}"
                out = subprocess.run(
                    [sys.executable, __file__, "--child", mode, str(port), str(path), str(folder)],
                    capture_output=True,
                    text=True,
                    check=True,
                )
                above, copy_peak = (int(v) for v in out.stdout.split()[-2:])
                line = (
                    f"{label:18} peak above baseline: {above / 1024:8.1f} MiB = "
                    f"{above / size_kib:4.2f} x the attachment"
                )
                if copy_peak >= 0:
                    line += f"; while writing the copy: {copy_peak / 1024:.0f} KiB allocated"
                print(line)


if __name__ == "__main__":
    main()
