"""Random access to a data file's rows: the preview jumps to any row without a rescan."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from composer.merge.data.csvsource import CsvError, CsvSource
from composer.merge.data.rowindex import RowIndex

# Rows a real spreadsheet export holds: quoted fields over lines, delimiters inside quotes,
# blank lines between rows, Korean text, a short row, an extra field.
AWKWARD = (
    "이름,메일,메모\n"
    '김철수,kim@example.kr,"첫 줄\n둘째 줄"\n'
    "\n"
    '"Lee, Younghee",lee@example.kr,"a ""quoted"" word"\n'
    "Park,park@example.kr\n"
    "Cho,cho@example.kr,note,extra\n"
    '"Multi\r\nline",m@example.kr,x\r\n'
)


def data_file(tmp_path: Path, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / f"rows-{encoding}.csv"
    path.write_bytes(text.encode(encoding))
    return path


def many(n: int) -> str:
    rows = "".join(f'P{i},p{i}@example.org,"note {i}\nsecond line {i}"\n' for i in range(1, n + 1))
    return "name,email,note\n" + rows


class CountingSource(CsvSource):
    """A CsvSource that counts the CSV records read from the file."""

    records_read = 0

    def _reader(
        self, fh: Any, first_line: int = 1, *, positions: bool = False
    ) -> Iterator[tuple[int, int, list[str]]]:
        for record in super()._reader(fh, first_line, positions=positions):
            self.records_read += 1
            yield record


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp949"])
@pytest.mark.parametrize("mark_every", [1, 2, 3, 256])
def test_every_row_by_number_is_the_row_the_stream_gives(
    tmp_path: Path, encoding: str, mark_every: int
) -> None:
    source = CsvSource(data_file(tmp_path, AWKWARD, encoding))
    streamed = list(source.rows())
    index = RowIndex(source, mark_every=mark_every)
    # Backwards first: every row is fetched after rows beyond it were marked.
    for row in reversed(streamed):
        assert index.row(row.number) == row
    for row in streamed:
        assert index.row(row.number) == row
    assert index.row(len(streamed) + 1) is None
    assert index.row(0) is None
    assert index.row_count() == len(streamed) == 5


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    order=st.lists(st.integers(min_value=1, max_value=45), min_size=1, max_size=30),
    mark_every=st.integers(min_value=1, max_value=9),
)
def test_any_order_of_jumps_gives_the_same_rows(
    tmp_path: Path, order: list[int], mark_every: int
) -> None:
    source = CsvSource(data_file(tmp_path, many(40)))
    streamed = {row.number: row for row in source.rows()}
    index = RowIndex(source, mark_every=mark_every)
    for number in order:
        assert index.row(number) == streamed.get(number)


def test_a_far_row_is_read_from_the_nearest_mark_not_from_the_top(tmp_path: Path) -> None:
    source = CountingSource(data_file(tmp_path, many(5000)))
    index = RowIndex(source, mark_every=100)
    last = index.row(5000)
    assert last is not None
    assert last.values["email"] == "p5000@example.org"
    assert last.line == 2 + 2 * 4999  # every row spans two lines
    # Once the file was read through, any row costs at most one mark's worth of rows.
    for number in (4999, 17, 2500, 1, 4321, 5000):
        before = source.records_read
        row = index.row(number)
        assert row is not None
        assert row.values["name"] == f"P{number}"
        assert source.records_read - before <= 100


def test_jumping_ahead_reads_only_what_was_never_read(tmp_path: Path) -> None:
    source = CountingSource(data_file(tmp_path, many(3000)))
    index = RowIndex(source, mark_every=50)
    assert index.row(1000) is not None
    first = source.records_read
    assert index.row(2000) is not None
    # From the mark at row 951 on, not from row 1 again.
    assert source.records_read - first <= 1000 + 50
    assert index.known_rows >= 1950


def test_a_file_changed_on_disk_is_marked_again(tmp_path: Path) -> None:
    path = data_file(tmp_path, many(300))
    source = CsvSource(path)
    index = RowIndex(source, mark_every=10)
    assert index.row_count() == 300
    # Longer rows: every remembered position now points into the middle of another row.
    path.write_text(
        "name,email,note\n" + "".join(f"Row number {i},r{i}@example.org,x\n" for i in range(400)),
        encoding="utf-8",
    )
    os.utime(path, ns=(1, 1))  # a different modification time even on a coarse clock
    row = index.row(250)
    assert row is not None
    assert row.values["name"] == "Row number 249"
    assert index.row_count() == 400


def test_a_file_that_went_away_says_so(tmp_path: Path) -> None:
    path = data_file(tmp_path, many(10))
    index = RowIndex(CsvSource(path))
    assert index.row(3) is not None
    path.unlink()
    with pytest.raises(CsvError, match="cannot be read"):
        index.row(5)


def test_mark_every_must_be_positive(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        RowIndex(CsvSource(data_file(tmp_path, many(2))), mark_every=0)
