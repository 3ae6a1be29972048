"""Groups whose rows name different recipients (``--group-by`` on a column that is not the
address).

Grouping by a family number or a class puts rows together whose address cells may differ
(a mother's and a father's address). The message is addressed from the group's first row,
so the other addresses would get nothing, silently. :func:`split_recipients` finds the
address columns whose cells differ inside a group, for the check to say so before sending.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from composer.merge.data.grouping import GroupedSource, group_key

__all__ = ["SplitRecipients", "split_recipients"]


@dataclass(frozen=True)
class SplitRecipients:
    """Column *column* differs inside *groups* groups; *example* is one group's cells."""

    column: str
    groups: int
    example: tuple[str, ...]


def split_recipients(source: GroupedSource, columns: Iterable[str]) -> list[SplitRecipients]:
    """The *columns* (those the template addresses from) whose cells differ within a group,
    in the order given."""
    wanted = [c for c in dict.fromkeys(columns) if c in source.columns and c != source.column]
    counts = dict.fromkeys(wanted, 0)
    examples: dict[str, tuple[str, ...]] = {}
    for row in source.rows():
        if len(row.group) < 2:
            continue
        for column in wanted:
            cells = [values.get(column, "") for values in row.group]
            if len({group_key(c) for c in cells}) > 1:
                counts[column] += 1
                examples.setdefault(column, tuple(dict.fromkeys(c.strip() for c in cells)))
    return [SplitRecipients(c, n, examples[c]) for c, n in counts.items() if n]
