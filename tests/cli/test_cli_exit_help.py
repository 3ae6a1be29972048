"""Every command's ``--help`` ends with its exit statuses, in the same form as ``send``'s."""

from __future__ import annotations

import argparse

import pytest

from composer.cli import build_parser


def _help(*path: str) -> str:
    parser: argparse.ArgumentParser = build_parser()
    for name in path:
        (sub,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        parser = sub.choices[name]
    return parser.format_help()


@pytest.mark.parametrize(
    ("path", "codes"),
    [
        (("send",), ["0 sent", "2 bad input", "with --at: 0 queued", "1 it could not be written"]),
        (("merge",), ["0 every row sent", "2 nothing sent", "3 rows in doubt", "75 a provider"]),
        (("preflight",), ["0 no check failed", "1 a check failed", "2 bad input"]),
        (("bounces",), ["0 the inbox was read", "1 the IMAP server", "2 a request to fix"]),
        (("outbox",), ["run 0 nothing failed", "4 one is in doubt", "2 an unknown id"]),
        (("outbox", "run"), ["0 nothing failed", "4 one is in doubt"]),
        (("outbox", "cancel"), ["0 taken out", "1 too late", "2 an unknown id"]),
        (("outbox", "retry"), ["0 sent", "1 too late", "2 an unknown id"]),
    ],
)
def test_each_command_says_its_exit_statuses(path: tuple[str, ...], codes: list[str]) -> None:
    text = " ".join(_help(*path).split())  # argparse wraps lines where it likes
    assert "exit status: " in text
    for code in codes:
        assert code in text, (path, code)
