"""Reading a merge's data: a CSV file of any common spreadsheet export, as a stream.

The reader never holds the file in memory: :meth:`CsvSource.rows` yields one row at a time,
so a file of a million rows costs what one row costs. Opening a file detects its encoding and
delimiter from the bytes (both can be overridden):

* encoding: a byte-order mark (UTF-8, UTF-16) wins; otherwise UTF-16 without a BOM is
  recognised by its NUL bytes; otherwise UTF-8 if the whole file decodes, or nearly all of
  its non-ASCII bytes do (a file pasted together from two sources); otherwise CP949 (Korean
  Excel, a superset of EUC-KR) if the file (nearly all) decodes and its non-ASCII text is
  mostly Hangul; otherwise Windows-1252 (Western Excel), falling back to Latin-1.
* delimiter: the one of ``, ; TAB |`` that splits the first lines into the most fields, the
  same number on every line.

Blank lines are skipped; quoted fields may contain delimiters and newlines; the first
non-blank row is the header.

Nothing is garbled in silence. A row with bytes that are not text in the file's encoding,
a row of UTF-8 text in a file read as Windows-1252, and a row whose quoted field runs over
lines that look like rows of their own (a quote left open swallows the rows after it) are
marked *suspect* (:attr:`CsvRow.suspect`, each with a sentence); the merge check shows them
and they are not sent unless the user accepts them.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from composer.errors import ComposerError
from composer.i18n import translate

__all__ = [
    "DELIMITERS",
    "CsvError",
    "CsvRow",
    "CsvSource",
    "detect_delimiter",
    "detect_encoding",
    "folder_given",
]

DELIMITERS = (",", ";", "\t", "|")
_CHUNK = 1 << 18
_SNIFF_BYTES = 64 * 1024

_HIGH_BYTES = bytes(range(128, 256))
_SURROGATES = re.compile("[\udc00-\udcff]")
_MARK_BAD_BYTES = "composer-mark-bad-bytes"


def _mark_bad_bytes(exc: UnicodeError) -> tuple[str, int]:
    """Decode error handler: each byte that is not text becomes a lone surrogate
    (U+DC00 + byte), so the rows holding one are found and marked; unlike surrogateescape
    it takes ASCII bytes too (a CP949 lead byte before a quote, a UTF-16 half)."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start : exc.end]
    return "".join(chr(0xDC00 + b) for b in bad), exc.end


codecs.register_error(_MARK_BAD_BYTES, _mark_bad_bytes)

csv.field_size_limit(64 * 1024 * 1024)


class CsvError(ComposerError, ValueError):
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
        suspect: why the row's text may be garbled (empty when it reads cleanly).
        group: when rows are grouped into one message (``--group-by``), the values of
            every row of the group, this one first; empty otherwise.
    """

    number: int
    line: int
    values: dict[str, str]
    short: bool = False
    extra: tuple[str, ...] = field(default_factory=tuple)
    suspect: tuple[str, ...] = ()
    group: tuple[dict[str, str], ...] = ()


def _decodes(path: Path, encoding: str) -> bool:
    return _decode_stats(path, encoding)[0] == 0


def _decode_stats(path: Path, encoding: str) -> tuple[int, int]:
    """(bytes that do not decode in *encoding*, non-ASCII bytes) of the whole file."""
    decoder = codecs.getincrementaldecoder(encoding)(_MARK_BAD_BYTES)
    bad = high = 0
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            high += len(chunk) - len(chunk.translate(None, _HIGH_BYTES))
            bad += len(_SURROGATES.findall(decoder.decode(chunk)))
        bad += len(_SURROGATES.findall(decoder.decode(b"", final=True)))
    return bad, high


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
    bad, high = _decode_stats(path, "utf-8")
    # Nearly all valid UTF-8: a few rows came from elsewhere; they are shown as suspect.
    if bad == 0 or bad * 20 <= high:
        return "utf-8"
    bad, high = _decode_stats(path, "cp949")
    if bad * 20 <= high and _hangul_share(path) >= 0.8:
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


def _as_utf8(cell: str, encoding: str) -> str | None:
    """*cell* re-read as UTF-8 if its bytes in *encoding* are UTF-8 text, else None."""
    if cell.isascii():
        return None
    try:
        fixed = cell.encode(encoding).decode("utf-8")
    except UnicodeError:
        return None
    return fixed if fixed != cell else None


def folder_given(path: Path) -> str:
    """The words for a data file that is a folder."""
    return translate(
        "MergeData",
        "{path} is a folder, not a data file. Choose the CSV file or the workbook inside it.",
    ).format(path=path)


# A header cell that is an e-mail address is a data row, not column names.
_ADDRESS_LIKE = re.compile(r"[^@\s<>,;]+@[^@\s<>,;]+\.[^@\s<>,;.]+")


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
        if self.path.is_dir():
            raise CsvError(folder_given(self.path))
        if not self.path.is_file():
            raise CsvError(
                translate(
                    "MergeData", "The data file {path} does not exist. Choose the CSV file again."
                ).format(path=self.path)
            )
        if encoding:
            try:
                # Also refuses codecs that are not text encodings (rot13, base64, zlib).
                b"\x00\x00".decode(encoding, "ignore")
            except LookupError:
                raise CsvError(
                    translate(
                        "MergeData",
                        "“{encoding}” is not a text encoding Composer knows. "
                        "Choose one such as utf-8, cp949 or cp1252.",
                    ).format(encoding=encoding)
                ) from None
        if delimiter is not None and (len(delimiter) != 1 or delimiter in '"\r\n'):
            raise self._delimiter_error()
        try:
            self._inspect(encoding, delimiter)
        except UnicodeError as exc:  # a UTF-16 file cut in half, ...
            raise self._decode_error(encoding or "utf-16") from exc
        except OSError as exc:
            raise self.unreadable(exc) from exc

    def unreadable(self, exc: OSError) -> CsvError:
        """The error to raise when reading the file failed with *exc*."""
        return CsvError(
            translate(
                "MergeData",
                "The data file {path} cannot be read ({reason}). "
                "Check that it is there and that you may read it.",
            ).format(path=self.path, reason=exc.strerror or exc)
        )

    def _inspect(self, encoding: str | None, delimiter: str | None) -> None:
        self.encoding = encoding or detect_encoding(self.path)
        bad, high = _decode_stats(self.path, self.encoding)
        if bad * 5 > high:
            raise self._decode_error(self.encoding)
        # Rows are checked for undecodable bytes only when the file has some.
        self.undecodable_bytes = bad
        self._utf8_inside = False
        if self.encoding.replace("_", "-").lower() in ("cp1252", "windows-1252", "latin-1"):
            utf8_bad, utf8_high = _decode_stats(self.path, "utf-8")
            self._utf8_inside = utf8_high - utf8_bad > 0
        if delimiter is None:
            delimiter = detect_delimiter(self._sample())
        self.delimiter = delimiter
        # Header names given twice, made unique: (name, its column, the renamed column).
        self._renamed: list[tuple[str, int, int]] = []
        self.columns: tuple[str, ...] = self._read_header()

    def _delimiter_error(self) -> CsvError:
        return CsvError(
            translate("MergeData", "The delimiter must be a single character. Choose , ; | or tab.")
        )

    def _open(self) -> io.TextIOWrapper:
        # Undecodable bytes become lone surrogates: the rows holding them are marked.
        return open(self.path, encoding=self.encoding, newline="", errors=_MARK_BAD_BYTES)

    def _sample(self) -> str:
        with self._open() as fh:
            return fh.read(_SNIFF_BYTES)

    def _decode_error(self, encoding: str) -> CsvError:
        return CsvError(
            translate(
                "MergeData",
                "{file} is not valid {encoding} text ({reason}). "
                "Choose the file's encoding by hand (for example cp949 or cp1252).",
            ).format(
                file=self.path.name,
                encoding=encoding,
                reason=translate("MergeData", "many bytes are not characters in it"),
            )
        )

    def _reader(
        self, fh: io.TextIOWrapper, first_line: int = 1, *, positions: bool = False
    ) -> Iterator[tuple[int, int, list[str]]]:
        """(first line, next line, fields) of each non-blank record from *fh*'s position.

        With *positions*, lines are pulled with ``readline`` (iteration disables
        ``tell()``), so ``fh.tell()`` between two records is where the next one starts
        (:mod:`composer.merge.data.rowindex`); streaming without it is faster.
        """
        lines = iter(fh.readline, "") if positions else fh
        reader = csv.reader(lines, delimiter=self.delimiter)
        line = first_line
        try:
            for record in reader:
                start, line = line, first_line + reader.line_num
                if not any(cell.strip() for cell in record):
                    continue
                yield start, line, record
        except UnicodeError as exc:
            raise self._decode_error(self.encoding) from exc
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
            for line, _next, record in self._reader(fh):
                data = [c.strip() for c in record if _ADDRESS_LIKE.fullmatch(c.strip())]
                if data:
                    # A list without a header: its first row would become column names.
                    raise CsvError(
                        translate(
                            "MergeData",
                            "Line {line} of {file} holds data ({example}), not column names, "
                            "so the file has no header row. Add a first line of column names "
                            "(such as 이름,email) above the list.",
                        ).format(line=line, file=self.path.name, example=data[0])
                    )
                names: list[str] = []
                for index, cell in enumerate(record, start=1):
                    name = _SURROGATES.sub("\ufffd", cell.strip().lstrip("\ufeff"))
                    name = name or f"column {index}"
                    given = name
                    while name in names:
                        name += "_"
                    if name != given:
                        self._renamed.append((given, names.index(given) + 1, index))
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
        with self._open() as fh:
            records = self._reader(fh)
            next(records, None)  # the header
            make = self._row
            for number, (line, _next, record) in enumerate(records, start=1):
                yield make(number, line, record)

    def _row(self, number: int, line: int, record: list[str]) -> CsvRow:
        """The data row *number* that starts on *line*, from its fields."""
        columns = self.columns
        width = len(columns)
        short = len(record) < width
        if short:
            record = record + [""] * (width - len(record))
        extra = tuple(record[width:]) if len(record) > width else ()
        suspect = self._suspect(line, record)
        if suspect and self.undecodable_bytes:
            record = [_SURROGATES.sub("\ufffd", cell) for cell in record]
        return CsvRow(
            number=number,
            line=line,
            values=dict(zip(columns, record, strict=False)),
            short=short,
            extra=extra,
            suspect=suspect,
        )

    def _suspect(self, line: int, record: list[str]) -> tuple[str, ...]:
        """Why *record* (starting on *line*) may be garbled; empty for a clean row."""
        found: list[str] = []
        if self.undecodable_bytes and any(_SURROGATES.search(cell) for cell in record):
            found.append(
                translate(
                    "MergeData",
                    "line {line} has bytes that are not {encoding} text (shown as �); "
                    "fix them in the file or choose its encoding",
                ).format(line=line, encoding=self.encoding)
            )
        if self._utf8_inside:
            for cell in record:
                fixed = _as_utf8(cell, self.encoding)
                if fixed is not None:
                    found.append(
                        translate(
                            "MergeData",
                            "line {line} looks like UTF-8 text read as {encoding}: "
                            "“{seen}” is probably “{meant}”",
                        ).format(line=line, encoding=self.encoding, seen=cell, meant=fixed)
                    )
                    break
        width = len(self.columns)
        for cell in record:
            if "\n" not in cell and "\r" not in cell:
                continue
            rows_inside = [
                part
                for part in cell.splitlines()[1:]
                if part.count(self.delimiter) >= max(1, width - 1)
            ]
            if rows_inside:
                found.append(
                    translate(
                        "MergeData",
                        "a quoted field starting on line {line} runs over {count} more "
                        'line(s) that look like rows of their own; a closing quote (") is '
                        "probably missing",
                    ).format(line=line, count=len(rows_inside))
                )
                break
        return tuple(found)

    def notes(self) -> list[str]:
        """What the user should know about the header: a name given to two columns (the
        second is reached as ``name_``)."""
        return [
            translate(
                "MergeData",
                "Columns {first} and {second} of {file} are both named “{name}”: "
                "{{{{ {name} }}}} is column {first}; column {second} is “{renamed}”. Rename "
                "one of them in the file if that is not what you meant.",
            ).format(
                first=first,
                second=second,
                file=self.path.name,
                name=name,
                renamed=self.columns[second - 1],
            )
            for name, first, second in self._renamed
        ]

    def count_rows(self) -> int:
        """Count the data rows (one streaming pass)."""
        return sum(1 for _ in self.rows())

    def fingerprint(self) -> str:
        """A stable identity for this data file: its resolved path."""
        return hashlib.sha256(str(self.path.resolve()).encode("utf-8")).hexdigest()[:16]
