#!/usr/bin/env python3
"""Spell-check benchmark: a 10,000-word Korean and English message in the real compose window.

Usage: .venv/bin/python bench/bench_spelling.py [--words N] [--keys K]

Printed, each beside a baseline with spell checking switched off (what Qt itself costs):

1. Opening the message: how long ``setPlainText`` blocks (Qt's layout plus the first slice of
   checking), the time until every block is checked, and the longest stall of the event loop
   meanwhile (a 1 ms timer on the GUI thread records how late each tick comes).
2. Typing: K keystrokes in the middle of the message, new misspelt words among them; for
   each, the time from the key press to its underline being in the layout (the latency) and
   the longest time a key press held the GUI thread (target for both: under 16 ms, a frame).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["COMPOSER_HOME"] = tempfile.mkdtemp(prefix="composer-bench-")  # never the real one

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from composer.profiles.model import ProfileBook
from composer.ui.compose.profiles import ComposeProfiles
from composer.ui.compose.window import ComposeServices, ComposeWindow

ENGLISH = [
    "the",
    "meeting",
    "report",
    "budget",
    "schedule",
    "please",
    "find",
    "attached",
    "document",
    "review",
    "thanks",
    "tomorrow",
    "morning",
    "office",
    "project",
    "team",
    "customer",
    "order",
    "delivery",
    "invoice",
    "question",
    "answer",
]
KOREAN = [
    "안녕하세요",
    "회의는",
    "내일",
    "오후",
    "세시에",
    "본관",
    "회의실에서",
    "열립니다",
    "보고서를",
    "첨부합니다",
    "감사합니다",
    "확인",
    "부탁드립니다",
    "일정이",
    "변경되었습니다",
    "고객",
    "주문",
    "배송",
    "문의",
]
MISSPELT = ["wrold", "recieve", "adress", "tommorow", "안녕하새요", "회으는"]


def message(n_words: int, rng: random.Random) -> str:
    paragraphs, words = [], []
    for i in range(n_words):
        pool = KOREAN if (i // 7) % 2 else ENGLISH
        words.append(rng.choice(MISSPELT) if rng.random() < 0.02 else rng.choice(pool))
        if len(words) == 60:
            paragraphs.append(" ".join(words) + ".")
            words = []
    paragraphs.append(" ".join(words))
    return "\n".join(paragraphs)


class StallMeter:
    """A 1 ms timer on the GUI thread: the longest gap between its ticks."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.longest = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return self.longest


def underlines(window: ComposeWindow) -> int:
    block = window.editor.textCursor().block()
    style = QTextCharFormat.UnderlineStyle.SpellCheckUnderline
    return sum(1 for r in block.layout().formats() if r.format.underlineStyle() == style)


def run(window: ComposeWindow, text: str, keys: int, rng: random.Random, on: bool) -> dict:
    app = QApplication.instance()
    spelling = window.spelling
    spelling.service.settings.spell_check = on
    spelling.highlighter.enabled = on
    window.editor.setPlainText("")
    meter = StallMeter()
    meter.start()
    start = time.perf_counter()
    window.editor.setPlainText(text)
    blocked = time.perf_counter() - start
    while spelling.highlighter.pending():
        app.processEvents()
    checked = time.perf_counter() - start
    for _ in range(50):
        app.processEvents()
    load_stall = meter.stop()

    # Type in the middle: letters of new words, and a space that ends each one.
    cursor = window.editor.textCursor()
    cursor.setPosition(len(text) // 2)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    window.editor.setTextCursor(cursor)
    window.editor.setFocus()
    latencies, holds = [], []
    typed = 0
    while typed < keys:
        word = "".join(rng.choice("bcdfghklmnprstvz") for _ in range(rng.randint(4, 8)))
        for ch in f" {word}":
            before = underlines(window)
            start = time.perf_counter()
            QTest.keyClick(window.editor, ch)
            held = time.perf_counter() - start
            holds.append(held)
            typed += 1
        # the space that ends the word makes it count
        before = underlines(window)
        start = time.perf_counter()
        QTest.keyClick(window.editor, " ")
        holds.append(time.perf_counter() - start)
        while on and underlines(window) <= before:
            app.processEvents()
        latencies.append(time.perf_counter() - start)
        QTest.keyClick(window.editor, "\b")  # back to the end of the word, for the next one
        typed += 2
    return {
        "blocked": blocked,
        "checked": checked,
        "load_stall": load_stall,
        "latency_median": statistics.median(latencies),
        "latency_max": max(latencies),
        "hold_median": statistics.median(holds),
        "hold_max": max(holds),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=10_000)
    parser.add_argument("--keys", type=int, default=300)
    args = parser.parse_args()
    app = QApplication([])
    services = ComposeServices(ComposeProfiles(ProfileBook([])))
    window = ComposeWindow(services)
    window.resize(860, 680)
    window.show()
    assert services.spelling is not None
    while not services.spelling.is_ready():
        app.processEvents()
    text = message(args.words, random.Random(7))
    print(f"A {args.words:,}-word Korean and English message, {len(text):,} characters")
    run(window, text, 20, random.Random(1), on=False)  # warm-up: fonts, caches
    off = run(window, text, args.keys, random.Random(1), on=False)
    on = run(window, text, args.keys, random.Random(1), on=True)
    ms = 1000.0
    rows = (
        ("opening: setPlainText blocks for", "blocked"),
        ("opening: every word checked after", "checked"),
        ("opening: longest event-loop stall", "load_stall"),
        ("typing: key press to underline, median*", "latency_median"),
        ("typing: key press to underline, max*", "latency_max"),
        ("typing: GUI held per key, median", "hold_median"),
        ("typing: GUI held per key, max", "hold_max"),
    )
    print(f"{'':42} {'checking off':>13} {'checking on':>13}")
    for label, key in rows:
        print(f"{label:42} {off[key] * ms:10.1f} ms {on[key] * ms:10.1f} ms")
    print("* with checking off: the key press alone (there is no underline to wait for)")
    print("target: every typing figure and the stall with checking on under 16 ms (a frame)")
    window.close()


if __name__ == "__main__":
    main()
