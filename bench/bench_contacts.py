#!/usr/bin/env python3
"""Address completion benchmark: every keystroke's completion over 50,000 contacts.

Usage: .venv/bin/python bench/bench_contacts.py [--contacts N]

Builds an address book of N contacts (Korean and Latin names, two groups in ten), then
types names, addresses and Hangul initials one keystroke at a time and times each
completion (what the address field asks on every keystroke). Printed beside a baseline: the
plain substring scan the address history used (no initials, no groups). Also: the time to
build the index (done off the GUI thread) and to read the contacts from SQLite.
Target: every keystroke under 50 ms.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from composer.compose.contacts.completion import CompletionIndex
from composer.compose.contacts.model import Contact
from composer.compose.contacts.store import ContactStore

SURNAMES = "김이박최정강조윤장임한오서신권황안송류홍"
SYLLABLES = "민서지현우준영수철희진하은성호경재연주유동혁태윤아"
LATIN_FIRST = ["Alice", "Bob", "Carol", "David", "Emma", "Frank", "Grace", "Henry", "Iris", "Jack"]
LATIN_LAST = ["Martin", "Smith", "Dupont", "Müller", "Rossi", "Tanaka", "Silva", "Novak"]
QUERIES = [
    "ㄱㅊㅅ",
    "김철수",
    "ㅂㅁㅈ",
    "박민",
    "alice",
    "martin",
    "mül",
    "user12",
    "example.kr",
    "zzqx",
]


def contacts(n: int, rng: random.Random) -> list[Contact]:
    made = []
    for i in range(n):
        if i % 3:
            name = rng.choice(SURNAMES) + "".join(rng.choice(SYLLABLES) for _ in range(2))
            domain = "example.kr"
        else:
            name = f"{rng.choice(LATIN_FIRST)} {rng.choice(LATIN_LAST)}"
            domain = "example.com"
        groups = [f"group {i % 500}"] if i % 5 == 0 else []
        made.append(Contact(name, [f"user{i}@{domain}"], f"Org {i % 97}", groups=groups))
    return made


def baseline(displays: list[str], query: str) -> list[str]:
    needle = query.lower()
    return [d for d in displays if needle in d.lower()][:12]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=50_000)
    args = parser.parse_args()
    made = contacts(args.contacts, random.Random(3))
    store = ContactStore(Path(tempfile.mkdtemp(prefix="composer-bench-")) / "contacts.sqlite")
    store.save(made)
    start = time.perf_counter()
    loaded = store.contacts()
    read = time.perf_counter() - start
    start = time.perf_counter()
    index = CompletionIndex(loaded, [made[7].display(), made[11].display()])
    built = time.perf_counter() - start
    displays = [c.display() for c in loaded]
    print(f"{args.contacts:,} contacts: read from SQLite in {read * 1000:.0f} ms, "
          f"index built in {built * 1000:.0f} ms (both off the GUI thread)")  # fmt: skip
    ours: list[float] = []
    base: list[float] = []
    print(f"{'typed':14} {'results':>7} {'completion':>11} {'baseline scan':>14}")
    for query in QUERIES:
        for end in range(1, len(query) + 1):
            typed = query[:end]
            start = time.perf_counter()
            found = index.complete(typed)
            ours.append(time.perf_counter() - start)
            start = time.perf_counter()
            baseline(displays, typed)
            base.append(time.perf_counter() - start)
        print(f"{query:14} {len(found):7} {ours[-1] * 1000:8.2f} ms {base[-1] * 1000:11.2f} ms")
    print(
        f"every keystroke ({len(ours)}): median {statistics.median(ours) * 1000:.2f} ms, "
        f"max {max(ours) * 1000:.2f} ms; baseline median {statistics.median(base) * 1000:.2f} ms,"
        f" max {max(base) * 1000:.2f} ms (target: under 50 ms)"
    )


if __name__ == "__main__":
    main()
