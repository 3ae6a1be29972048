"""The "exit status" line of each command's ``--help``, written once in the same form.

``composer send --help`` always ended with its exit statuses; the commands added since
(merge, preflight, bounces, outbox) did not, so a script writer had to read the README.
Each command's statuses are the ones its code returns; the README lists the same.
"""

from __future__ import annotations

import argparse
import textwrap

from composer.i18n import translate

__all__ = ["add_exit_statuses"]


def _statuses() -> dict[tuple[str, ...], str]:
    return {
        ("merge",): translate(
            "CliExit",
            "exit status: 0 every row sent (--dry-run: every row ready), 1 a row failed or the "
            "run stopped, 2 nothing sent (a problem to fix first, bad input), 3 rows in doubt "
            "need --mark-unknown-sent or --resend-unknown, 75 a provider's daily limit "
            "(resumes later), 130 interrupted.",
        ),
        ("preflight",): translate(
            "CliExit",
            "exit status: 0 no check failed (warnings and checks that could not be made do "
            "not fail), 1 a check failed (or --test-to-self did not pass), 2 bad input (an "
            "unknown profile, a data file, a DNS server address), 3 --test-to-self without "
            "an IMAP server.",
        ),
        ("bounces",): translate(
            "CliExit",
            "exit status: 0 the inbox was read, 1 the IMAP server could not be reached or "
            "refused the sign-in, 2 a request to fix (an unknown profile, no IMAP server, no "
            "password).",
        ),
        ("outbox",): translate(
            "CliExit",
            "exit status: list 0; run 0 nothing failed, 1 a message failed or waits for a "
            "retry, 4 one is in doubt (most likely delivered); cancel and retry 0 done, 1 too "
            "late (being sent, or sent), 2 an unknown id.",
        ),
        ("outbox", "run"): translate(
            "CliExit",
            "exit status: 0 nothing failed, 1 a message failed or waits for a retry, 4 one is "
            "in doubt (most likely delivered: it is not sent again unless you retry it).",
        ),
        ("outbox", "cancel"): translate(
            "CliExit",
            "exit status: 0 taken out (kept in Drafts), 1 too late (being sent, or sent), 2 "
            "an unknown id.",
        ),
        ("outbox", "retry"): translate(
            "CliExit",
            "exit status: 0 sent, 1 too late (being sent, or sent) or it failed again, 2 an "
            "unknown id, 4 in doubt (most likely delivered).",
        ),
    }


def _children(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def add_exit_statuses(parser: argparse.ArgumentParser) -> None:
    """Give each new command's ``--help`` its exit statuses (after any epilog it has)."""
    for path, text in _statuses().items():
        target: argparse.ArgumentParser | None = parser
        for name in path:
            target = _children(target).get(name) if target is not None else None
        if target is None:
            continue
        # Wrapped here: some commands keep their help text's own line breaks, the others
        # wrap it again themselves.
        wrapped = textwrap.fill(text, width=88)
        target.epilog = f"{target.epilog}\n\n{wrapped}" if target.epilog else wrapped
