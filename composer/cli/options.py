"""Building the commands' options from tables, and the checked number types they share."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

__all__ = ["Option", "add_options", "checked_number"]

N = TypeVar("N", int, float)

#: One option: its flags, its help text (already translated; None for none), and argparse's
#: other arguments.
Option = tuple[str | tuple[str, ...], str | None, dict[str, Any]]


def add_options(
    parser: argparse.ArgumentParser | argparse._ArgumentGroup, options: Iterable[Option]
) -> None:
    """Add each option of *options* to *parser* (or to a group or exclusive group of it)."""
    for flags, help_text, kwargs in options:
        names = (flags,) if isinstance(flags, str) else flags
        parser.add_argument(*names, help=help_text, **kwargs)


def checked_number(convert: Callable[[str], N], ok: Callable[[N], bool], problem: str) -> Any:
    """An argparse ``type=`` that converts, checks, and otherwise says *problem*.

    *problem* has a ``{text!r}`` placeholder for what was typed.
    """

    def parse(text: str) -> N:
        try:
            value = convert(text)
        except ValueError:
            value = None
        if value is None or not ok(value):
            raise argparse.ArgumentTypeError(problem.format(text=text))
        return value

    return parse
