"""Reading a merge's data: a CSV file of any common spreadsheet export, as a stream.

The reader never holds the file in memory: :meth:`CsvSource.rows` yields one row at a time,
so a file of a million rows costs what one row costs. Opening a file detects its encoding and
delimiter from the bytes (both can be overridden):

* encoding: a byte-order mark (UTF-8, UTF-16) wins; otherwise UTF-16 without a BOM is
  recognised by its NUL bytes; otherwise strict UTF-8 if the whole file decodes; otherwise
  CP949 (Korean Excel, a superset of EUC-KR) if the file decodes and its non-ASCII text is
  mostly Hangul; otherwise Windows-1252 (Western Excel), falling back to Latin-1.
* delimiter: the one of ``, ; TAB |`` that splits the first lines into the most fields, the
  same number on every line.

Blank lines are skipped; quoted fields may contain delimiters and newlines; the first
non-blank row is the header.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from composer.i18n import translate

__all__ = ["DELIMITERS", "CsvError", "CsvRow", "CsvSource", "detect_delimiter", "detect_encoding"]

DELIMITERS = (",", ";", "\t", "|")
_CHUNK = 1 << 18
_SNIFF_BYTES = 64 * 1024

csv.field_size_limit(64 * 1024 * 1024)


class CsvError(ValueError):
    """The data file cannot be read; the message says what happened and what to do."""


@dataclass(frozen=True)
class CsvRow:
    """One data row.

    Attributes:
        number: 1-based position among the data rows (blank lines and the header excluded).
        line: the file line the row starts on, for messages to the user.
        values: column name -> value ("" for a field the row lacks).
        short: the row has fewer fields than the header.
        extra: fields beyond the header's columns.
    """

    number: int
    line: int
    values: dict[str, str]
    short: bool = False
    extra: tuple[str, ...] = field(default_factory=tuple)


def _decodes(path: Path, encoding: str) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    try:
        with path.open("rb") as fh:
            while chunk := fh.read(_CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _hangul_share(path: Path) -> float:
    """The share of Hangul syllables among the non-ASCII characters of a CP949 sample."""
    with path.open("rb") as fh:
        sample = fh.read(_SNIFF_BYTES * 4)
    text = sample.decode("cp949", errors="ignore")
    non_ascii = [c for c in text if ord(c) > 127]
    if not non_ascii:
        return 0.0
    hangul = sum(1 for c in non_ascii if "\uac00" <= c <= "\ud7a3" or "\u3131" <= c <= "\u318e")
    return hangul / len(non_ascii)


def detect_encoding(path: Path) -> str:
    """Guess the text encoding of *path* (see the module docstring for the rules)."""
    path = Path(path)
    with path.open("rb") as fh:
        head = fh.read(_SNIFF_BYTES)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if len(head) >= 4:
        even_nuls = head[0::2].count(0)
        odd_nuls = head[1::2].count(0)
        half = len(head) // 2
        if odd_nuls > half * 0.3 and even_nuls < half * 0.05:
            return "utf-16-le"
        if even_nuls > half * 0.3 and odd_nuls < half * 0.05:
            return "utf-16-be"
    if _decodes(path, "utf-8"):
        return "utf-8"
    if _decodes(path, "cp949") and _hangul_share(path) >= 0.8:
        return "cp949"
    if _decodes(path, "cp1252"):
        return "cp1252"
    return "latin-1"


def detect_delimiter(sample: str) -> str:
    """Pick the delimiter that splits the first lines of *sample* most consistently."""
    best, best_score = ",", (0, 0)
    for delim in DELIMITERS:
        counts = []
        reader = csv.reader(io.StringIO(sample), delimiter=delim)
        try:
            for row in reader:
                if any(cell.strip() for cell in row):
                    counts.append(len(row))
                if len(counts) >= 20:
                    break
        except csv.Error:
            continue
        if not counts or counts[0] < 2:
            continue
        # Drop a last line that the sample may have cut short.
        body = counts[:-1] if len(counts) > 2 else counts
        consistent = sum(1 for c in body if c == counts[0])
        score = (consistent, counts[0])
        if score > best_score:
            best, best_score = delim, score
    return best


class CsvSource:
    """A CSV data file, read as a stream of :class:`CsvRow`.

    Args:
        path: the file.
        encoding: a codec name, or ``None`` to detect it.
        delimiter: one character, or ``None`` to detect it.

    Raises:
        CsvError: the file is missing, unreadable, not decodable in *encoding*, or has no
            header row.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        encoding: str | None = None,
        delimiter: str | None = None,
    ) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise CsvError(
                translate(
                    "MergeData", "The data file {path} does not exist. Choose the CSV file again."
                ).format(path=self.path)
            )
        if encoding:
            try:
                codecs.lookup(encoding)
            except LookupError:
                raise CsvError(
                    translate(
                        "MergeData",
                        "“{encoding}” is not a text encoding Composer knows. "
                        "Choose one such as utf-8, cp949 or cp1252.",
                    ).format(encoding=encoding)
                ) from None
        self.encoding = encoding or detect_encoding(self.path)
        if delimiter is None:
            delimiter = detect_delimiter(self._sample())
        if len(delimiter) != 1:
            raise CsvError(
                translate(
                    "MergeData", "The delimiter must be a single character. Choose , ; | or tab."
                )
            )
        self.delimiter = delimiter
        self.columns: tuple[str, ...] = self._read_header()

    def _open(self) -> io.TextIOWrapper:
        return open(self.path, encoding=self.encoding, newline="", errors="strict")

    def _sample(self) -> str:
        with self._open() as fh:
            try:
                return fh.read(_SNIFF_BYTES)
            except UnicodeDecodeError as exc:
                raise self._decode_error(exc) from exc

    def _decode_error(self, exc: UnicodeDecodeError) -> CsvError:
        return CsvError(
            translate(
                "MergeData",
                "{file} is not valid {encoding} text ({reason}). "
                "Choose the file's encoding by hand (for example cp949 or cp1252).",
            ).format(file=self.path.name, encoding=self.encoding, reason=exc.reason)
        )

    def _reader(self, fh: io.TextIOWrapper) -> Iterator[tuple[int, list[str]]]:
        reader = csv.reader(fh, delimiter=self.delimiter)
        line = 1
        try:
            for record in reader:
                start, line = line, reader.line_num + 1
                if not any(cell.strip() for cell in record):
                    continue
                yield start, record
        except UnicodeDecodeError as exc:
            raise self._decode_error(exc) from exc
        except csv.Error as exc:
            raise CsvError(
                translate(
                    "MergeData",
                    "{file} is not a well-formed CSV file near line {line} ({reason}). "
                    "Check that quotes are closed, or choose another delimiter.",
                ).format(file=self.path.name, line=line, reason=exc)
            ) from exc

    def _read_header(self) -> tuple[str, ...]:
        with self._open() as fh:
            for _line, record in self._reader(fh):
                names: list[str] = []
                for index, cell in enumerate(record, start=1):
                    name = cell.strip().lstrip("\ufeff") or f"column {index}"
                    while name in names:
                        name += "_"
                    names.append(name)
                return tuple(names)
        raise CsvError(
            translate(
                "MergeData",
                "{file} has no header row. Put the column names on the first line of the file.",
            ).format(file=self.path.name)
        )

    def rows(self) -> Iterator[CsvRow]:
        """Yield the data rows in file order, one at a time."""
        columns = self.columns
        width = len(columns)
        with self._open() as fh:
            records = self._reader(fh)
            next(records, None)  # the header
            for number, (line, record) in enumerate(records, start=1):
                short = len(record) < width
                if short:
                    record = record + [""] * (width - len(record))
                extra = tuple(record[width:]) if len(record) > width else ()
                yield CsvRow(
                    number=number,
                    line=line,
                    values=dict(zip(columns, record, strict=False)),
                    short=short,
                    extra=extra,
                )

    def count_rows(self) -> int:
        """Count the data rows (one streaming pass)."""
        return sum(1 for _ in self.rows())

    def fingerprint(self) -> str:
        """A stable identity for this data file: its resolved path."""
        return hashlib.sha256(str(self.path.resolve()).encode("utf-8")).hexdigest()[:16]
