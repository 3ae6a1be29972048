"""CSV import: encodings real spreadsheets export, delimiters, quoting, streaming."""

from __future__ import annotations

import codecs
import tracemalloc
from pathlib import Path

import pytest

from composer.merge.data.csvsource import CsvError, CsvSource, detect_delimiter, detect_encoding

KOREAN = "이름,이메일\n김철수,kim@example.kr\n이영희,lee@example.kr\n박민준,park@example.kr\n"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (codecs.BOM_UTF8 + "name,email\nZoë,z@example.org\n".encode(), "utf-8-sig"),
        ("name,email\nZoë,z@example.org\n".encode(), "utf-8"),
        ("name,email\nZoë,z@example.org\n".encode("utf-16"), "utf-16"),
        ("name,email\nZoë,z@example.org\n".encode("utf-16-le"), "utf-16-le"),
        (KOREAN.encode("cp949"), "cp949"),
        (KOREAN.encode("euc-kr"), "cp949"),
        (
            "name,email\nJosé Müller,j@example.org\nRenée “Q”,r@example.org\n".encode("cp1252"),
            "cp1252",
        ),
    ],
)
def test_detects_encoding(tmp_path: Path, data: bytes, expected: str) -> None:
    path = write(tmp_path, "d.csv", data)
    assert detect_encoding(path) == expected
    source = CsvSource(path)
    rows = list(source.rows())
    assert len(rows) >= 1
    assert "@" in next(iter(rows[0].values.values())) or "@" in list(rows[0].values.values())[1]


def test_korean_excel_export_reads_names(tmp_path: Path) -> None:
    path = write(tmp_path, "k.csv", KOREAN.encode("cp949"))
    source = CsvSource(path)
    assert source.columns == ("이름", "이메일")
    assert [r.values["이름"] for r in source.rows()] == ["김철수", "이영희", "박민준"]


def test_utf8_bom_is_not_part_of_first_column(tmp_path: Path) -> None:
    path = write(tmp_path, "b.csv", codecs.BOM_UTF8 + b"email,name\na@example.org,A\n")
    assert CsvSource(path).columns == ("email", "name")


def test_encoding_override_wins(tmp_path: Path) -> None:
    path = write(tmp_path, "l.csv", "name,email\nSøren,s@example.org\n".encode("latin-1"))
    source = CsvSource(path, encoding="latin-1")
    assert next(source.rows()).values["name"] == "Søren"


def test_wrong_override_is_a_plain_error(tmp_path: Path) -> None:
    path = write(tmp_path, "k.csv", KOREAN.encode("cp949"))
    with pytest.raises(CsvError, match=r"not valid utf-8 text.*Choose the file's encoding"):
        list(CsvSource(path, encoding="utf-8").rows())
    with pytest.raises(CsvError, match="not a text encoding"):
        CsvSource(path, encoding="klingon")


@pytest.mark.parametrize("delim", [",", ";", "\t", "|"])
def test_sniffs_delimiter(tmp_path: Path, delim: str) -> None:
    text = delim.join(["name", "email", "city"]) + "\n"
    text += delim.join(["Ann", "ann@example.org", "Paris, France" if delim != "," else "Paris"])
    text += "\n" + delim.join(["Bo", "bo@example.org", "Oslo"]) + "\n"
    path = write(tmp_path, "d.csv", text.encode())
    source = CsvSource(path)
    assert source.delimiter == delim
    assert source.columns == ("name", "email", "city")
    assert [r.values["email"] for r in source.rows()] == ["ann@example.org", "bo@example.org"]


def test_semicolons_with_decimal_commas() -> None:
    assert detect_delimiter("name;amount\nAnn;1,50\nBo;2,75\n") == ";"


def test_quoted_newlines_blank_lines_and_line_numbers(tmp_path: Path) -> None:
    text = (
        'name,email,note\n\n"Ann",ann@example.org,"line one\nline two"\n\n\n'
        'Bo,bo@example.org,"say ""hi"""\n'
    )
    source = CsvSource(write(tmp_path, "q.csv", text.encode()))
    rows = list(source.rows())
    assert [r.number for r in rows] == [1, 2]
    assert rows[0].values["note"] == "line one\nline two"
    assert rows[0].line == 3
    assert rows[1].line == 7
    assert rows[1].values["note"] == 'say "hi"'


def test_short_rows_and_extra_fields_are_flagged(tmp_path: Path) -> None:
    text = "name,email,city\nAnn,ann@example.org\nBo,bo@example.org,Oslo,extra\n"
    rows = list(CsvSource(write(tmp_path, "s.csv", text.encode())).rows())
    assert rows[0].short
    assert rows[0].values["city"] == ""
    assert not rows[1].short
    assert rows[1].extra == ("extra",)


def test_missing_file_and_empty_file(tmp_path: Path) -> None:
    with pytest.raises(CsvError, match="does not exist"):
        CsvSource(tmp_path / "nope.csv")
    with pytest.raises(CsvError, match="no header row"):
        CsvSource(write(tmp_path, "e.csv", b"\n\n"))


def test_duplicate_and_empty_header_names_are_made_unique(tmp_path: Path) -> None:
    source = CsvSource(write(tmp_path, "h.csv", b"email,,email\na@example.org,x,y\n"))
    assert source.columns == ("email", "column 2", "email_")


def _peak_reading(path: Path) -> tuple[int, int]:
    tracemalloc.start()
    try:
        count = 0
        for _row in CsvSource(path).rows():
            count += 1
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return count, peak


def _write_people(path: Path, n: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write("name,email,city\n")
        for i in range(n):
            fh.write(f"Person {i},p{i}@example.org,City {i % 97}\n")


def test_100k_rows_stream_in_flat_memory(tmp_path: Path) -> None:
    small, big = tmp_path / "small.csv", tmp_path / "big.csv"
    _write_people(small, 10_000)
    _write_people(big, 100_000)
    n_small, peak_small = _peak_reading(small)
    n_big, peak_big = _peak_reading(big)
    assert (n_small, n_big) == (10_000, 100_000)
    # Ten times the rows, (almost) the same memory: the file is streamed, never held.
    assert peak_big < peak_small * 1.3 + 100_000
    assert peak_big < big.stat().st_size


# -- nothing garbled in silence -----------------------------------------------------------


def test_a_utf8_file_with_some_cp949_rows_marks_those_rows(tmp_path: Path) -> None:
    lines = [f"학생{i},s{i}@example.kr\n".encode() for i in range(1, 30)]
    lines[4] = "이영희,lee@example.kr\n".encode("cp949")
    path = write(tmp_path, "mixed.csv", b"name,email\n" + b"".join(lines))
    source = CsvSource(path)
    assert source.encoding == "utf-8"
    rows = list(source.rows())
    assert rows[0].values["name"] == "학생1"
    assert rows[0].suspect == ()
    bad = rows[4]
    assert len(bad.suspect) == 1
    assert "line 6 has bytes that are not utf-8 text" in bad.suspect[0]
    assert "\ufffd" in bad.values["name"]
    assert [r.number for r in rows if r.suspect] == [5]


def test_a_cp949_file_with_a_utf8_row_marks_that_row(tmp_path: Path) -> None:
    lines = [f"학생{i},s{i}@example.kr\n".encode("cp949") for i in range(1, 30)]
    lines[2] = "이영희,lee@example.kr\n".encode()
    path = write(tmp_path, "mixed.csv", "이름,email\n".encode("cp949") + b"".join(lines))
    source = CsvSource(path)
    assert source.encoding == "cp949"
    rows = list(source.rows())
    assert rows[0].values["이름"] == "학생1"
    assert [r.number for r in rows if r.suspect] == [3]


def test_utf8_text_in_a_western_file_is_called_out(tmp_path: Path) -> None:
    data = "name,email\nJosé,j@example.org\n".encode("cp1252") + "Renée,r@example.org\n".encode()
    path = write(tmp_path, "w.csv", data)
    source = CsvSource(path)
    assert source.encoding == "cp1252"
    rows = list(source.rows())
    assert rows[0].suspect == ()
    assert "looks like UTF-8 text read as cp1252" in rows[1].suspect[0]
    assert "“Renée”" in rows[1].suspect[0]


def test_a_quote_left_open_swallowing_rows_is_called_out(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "q.csv",
        b'name,email,note\nKim,kim@example.org,"see you\nLee,lee@example.org,hi\n'
        b'Park,park@example.org,yo"\nCho,cho@example.org,ok\n',
    )
    rows = list(CsvSource(path).rows())
    assert [r.values["email"] for r in rows] == ["kim@example.org", "cho@example.org"]
    assert "starting on line 2 runs over 2 more line(s)" in rows[0].suspect[0]
    assert rows[1].suspect == ()


def test_a_note_over_several_lines_is_not_suspect(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "n.csv",
        b'name,email,note\nKim,kim@example.org,"Dear parents,\nsee you at 5.\nThanks"\n',
    )
    (row,) = CsvSource(path).rows()
    assert row.suspect == ()


def test_odd_encodings_and_delimiters_are_sentences(tmp_path: Path) -> None:
    path = write(tmp_path, "d.csv", b"name,email\nAnn,a@example.org\n")
    for encoding in ("rot13", "base64", "zlib"):
        with pytest.raises(CsvError, match="not a text encoding"):
            CsvSource(path, encoding=encoding)
    for delimiter in ('"', "\n", "ab"):
        with pytest.raises(CsvError, match="single character"):
            CsvSource(path, delimiter=delimiter)
    half = write(tmp_path, "h.csv", "name,email\nAnn,a@example.org\n".encode("utf-16-le")[:-1])
    with pytest.raises(CsvError, match="not valid utf-16"):
        CsvSource(half, encoding="utf-16")


def test_a_broken_cp949_byte_before_a_delimiter_marks_the_row(tmp_path: Path) -> None:
    rows = [f"학생{i},s{i}@example.kr\n".encode("cp949") for i in range(1, 40)]
    rows[3] = b"\xb1,bad@example.kr\n"  # a lead byte cut off by the comma
    path = write(tmp_path, "k.csv", "이름,email\n".encode("cp949") + b"".join(rows))
    source = CsvSource(path)
    assert source.encoding == "cp949"
    found = list(source.rows())
    assert [r.number for r in found if r.suspect] == [4]
    assert found[3].values["email"] == "bad@example.kr"
    assert all(c < "\udc00" or c > "\udcff" for r in found for v in r.values.values() for c in v)


def test_a_header_name_given_twice_is_pointed_out(tmp_path: Path) -> None:
    """The second "email" is reached as {{ email_ }}; the check says so instead of letting
    {{ email }} silently mean the first."""
    source = CsvSource(write(tmp_path, "h.csv", b"email,name,email\na@example.org,x,y\n"))
    (note,) = source.notes()
    assert "Columns 1 and 3 of h.csv are both named “email”" in note
    assert "{{ email }} is column 1; column 3 is “email_”" in note
    assert CsvSource(write(tmp_path, "ok.csv", b"email,name\na@example.org,x\n")).notes() == []


def test_a_list_without_a_header_row_is_refused_with_words(tmp_path: Path) -> None:
    """Its first address would otherwise become a column name, and the check would only say
    the template's {{ email }} has no column."""
    with pytest.raises(CsvError, match=r"Line 2 of n.csv holds data \(kim@example.org\)"):
        CsvSource(write(tmp_path, "n.csv", b"\nKim,kim@example.org\nLee,lee@example.org\n"))
    assert CsvSource(write(tmp_path, "h.csv", b"name,e-mail@work\nKim,k@example.org\n"))
