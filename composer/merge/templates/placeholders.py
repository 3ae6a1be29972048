"""Which data column fills each placeholder of a template, as the Data step lists them.

:func:`describe_placeholders` compiles the template against the file's columns (and the
user's own choices of column) and says, per placeholder, whether a column of that name
fills it, a chosen one does, or none does; and which placeholders need a choice of column.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum

from composer.merge.templates.render import CompiledTemplate, MergeTemplate, TemplateSyntaxProblem

__all__ = ["Filled", "Placeholder", "PlaceholderReport", "describe_placeholders"]


class Filled(Enum):
    """How a placeholder gets its value."""

    NO_DATA = "no_data"  # no data file yet
    BY_NAME = "by_name"  # a column of that name
    BY_CHOICE = "by_choice"  # a column the user chose
    MISSING = "missing"  # no column at all: the merge cannot start


@dataclass(frozen=True)
class Placeholder:
    """One placeholder of the template (``{{ name }}``), and what fills it."""

    name: str
    filled: Filled
    column: str = ""


@dataclass(frozen=True)
class PlaceholderReport:
    """Every placeholder the template uses, sorted by name.

    Attributes:
        placeholders: the placeholders and what fills each.
        unmatched: placeholders no column of the file is named after (each needs a
            chooser, whether or not a column was chosen for it already).
        error: the template's syntax problem ("" when it compiles).
    """

    placeholders: list[Placeholder] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)
    error: str = ""


def describe_placeholders(
    template: MergeTemplate,
    columns: Sequence[str] | None,
    column_map: Mapping[str, str],
) -> PlaceholderReport:
    """What fills each placeholder of *template* from *columns* (None: no data file yet)."""
    names = tuple(columns or ())
    try:
        unmapped = CompiledTemplate(template, names)
        compiled = CompiledTemplate(template, names, column_map=column_map)
    except TemplateSyntaxProblem as exc:
        return PlaceholderReport(error=str(exc))
    used = sorted({n for found in compiled.used_columns().values() for n in found})
    missing = set(compiled.missing_columns())
    placeholders = []
    for name in used:
        # {{ row["E-mail"] }} is listed as E-mail, the column it names.
        pretty = name[4:-1] if name.startswith("row[") else name
        if columns is None:
            placeholders.append(Placeholder(pretty, Filled.NO_DATA))
        elif pretty in missing:
            placeholders.append(Placeholder(pretty, Filled.MISSING))
        elif pretty in compiled.column_map:
            placeholders.append(Placeholder(pretty, Filled.BY_CHOICE, compiled.column_map[pretty]))
        else:
            placeholders.append(Placeholder(pretty, Filled.BY_NAME))
    unmatched = unmapped.missing_columns() if columns is not None else []
    return PlaceholderReport(placeholders, unmatched)
