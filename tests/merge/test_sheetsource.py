"""Spreadsheets as merge data: .xlsx written by openpyxl, .xls and .ods committed files.

Values must read as the sheet shows them, the header as a person laid it out, and every
bad workbook must end in one sentence of what is wrong and what to do.
"""

from __future__ import annotations

import datetime
import os
import shutil
from pathlib import Path

import msoffcrypto.format.ooxml
import pytest
from hypothesis import given
from hypothesis import strategies as st
from sheet_helpers import SHEETS, merge_cells, with_cached_values, workbook

from composer.merge.data.cells import cell_text
from composer.merge.data.csvsource import CsvError
from composer.merge.data.opening import open_data, row_index
from composer.merge.data.sheetsource import SheetError, SpreadsheetSource

HEADER = ["이름", "이메일", "학번", "전화", "생일", "금액", "합계"]


def people(tmp_path: Path) -> Path:
    path = workbook(
        tmp_path / "명단.xlsx",
        {
            "명단": [
                HEADER,
                [
                    "김철수",
                    "kim@example.com",
                    "00123",
                    1012345678,
                    datetime.date(1990, 3, 5),
                    1234,
                    "=F2*2",
                ],
                [
                    "이영희",
                    "lee@example.com",
                    "00456",
                    "010-9876-5432",
                    datetime.datetime(2001, 12, 31, 9, 30),
                    0.1 + 0.2,
                    "=F3*2",
                ],
                [],
                [],
            ],
            "Other": [["email"], ["other@example.com"]],
        },
    )
    return with_cached_values(path, {"F2*2": "2468", "F3*2": "0.6000000000000001"})


def test_xlsx_values_read_as_the_sheet_shows_them(tmp_path: Path) -> None:
    source = open_data(people(tmp_path))
    assert isinstance(source, SpreadsheetSource)
    assert source.sheet == "명단"
    assert source.sheet_names == ("명단", "Other")
    assert source.columns == tuple(HEADER)
    rows = list(source.rows())
    assert [r.values for r in rows] == [
        {"이름": "김철수", "이메일": "kim@example.com", "학번": "00123", "전화": "1012345678",
         "생일": "1990-03-05", "금액": "1234", "합계": "2468"},
        {"이름": "이영희", "이메일": "lee@example.com", "학번": "00456", "전화": "010-9876-5432",
         "생일": "2001-12-31 09:30", "금액": "0.3", "합계": "0.6"},
    ]  # fmt: skip
    # Blank trailing rows are no rows; the row's line is the sheet's row number.
    assert [r.line for r in rows] == [2, 3]
    assert source.count_rows() == 2


@pytest.mark.parametrize("name", ["people.xls", "people.ods"])
def test_xls_and_ods_read_like_the_xlsx(tmp_path: Path, name: str) -> None:
    source = open_data(SHEETS / name)
    assert isinstance(source, SpreadsheetSource)
    assert source.sheet_names == ("명단", "Other")
    first, second = source.rows()
    assert first.values["이름"] == "김철수"
    assert first.values["학번"] == "00123"
    assert first.values["전화"] == "1012345678"
    assert first.values["생일"] == "1990-03-05"
    assert first.values["금액"] == "1234"
    assert second.values["금액"] == "0.5"
    assert second.values["전화"] == "010-9876-5432"
    if name.endswith(".ods"):  # the formula's cached value (xlwt stores none)
        assert [first.values["합계"], second.values["합계"]] == ["2468", "1"]
    other = open_data(SHEETS / name, sheet="Other")
    assert [r.values for r in other.rows()] == [{"email": "other@example.com"}]


def test_xlsm_is_read_too(tmp_path: Path) -> None:
    path = people(tmp_path)
    xlsm = path.with_suffix(".xlsm")
    shutil.copy(path, xlsm)
    assert [r.values["이메일"] for r in open_data(xlsm).rows()] == [
        "kim@example.com",
        "lee@example.com",
    ]


def test_a_workbook_named_csv_is_still_read_as_a_workbook(tmp_path: Path) -> None:
    wrong = tmp_path / "list.csv"
    shutil.copy(people(tmp_path), wrong)
    assert isinstance(open_data(wrong), SpreadsheetSource)


def test_numbers_formatted_with_leading_zeros_keep_them(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "zip.xlsx",
        {"s": [["email", "우편번호"], ["a@example.com", 1234], ["b@example.com", 6035]]},
        B2="00000",
        B3="00000",
    )
    assert [r.values["우편번호"] for r in open_data(path).rows()] == ["01234", "06035"]


def test_the_sheet_and_the_header_row_can_be_chosen(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "report.xlsx",
        {
            "표지": [["2027 회원 명단"]],
            "회원": [["2027 회원 명단"], [], ["email", "name"], ["a@example.com", "가"]],
        },
    )
    # Row 1 holds a title; the user says the names are on row 3.
    source = open_data(path, sheet="회원", header_row=3)
    assert source.columns == ("email", "name")
    assert [r.values for r in source.rows()] == [{"email": "a@example.com", "name": "가"}]
    # Found without help too: the one-cell title above the list is not the header.
    assert open_data(path, sheet="회원").header_row == 3
    assert open_data(path, sheet="회원", header_row=1).columns[0] == "2027 회원 명단"
    # A sheet of one-cell rows is a one-column list, its first row the header.
    single = workbook(tmp_path / "one.xlsx", {"s": [["email"], ["a@example.com"]]})
    assert [r.values for r in open_data(single).rows()] == [{"email": "a@example.com"}]
    # The ledger keeps the sheet where a CSV file keeps its encoding: it reopens the same.
    again = open_data(path, source.encoding)
    assert (again.sheet, again.columns) == ("회원", ("email", "name"))
    assert again.fingerprint() == source.fingerprint()
    assert open_data(path, sheet="표지").fingerprint() != source.fingerprint()


def test_merged_group_headers_name_their_sub_columns(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "merged.xlsx",
        {
            "s": [
                ["이름", "연락처", None, "비고"],
                [None, "전화", "이메일", None],
                ["김", "010", "kim@example.com", "x"],
            ]
        },
    )
    merge_cells(path, ["B1:C1", "A1:A2", "D1:D2"])
    source = open_data(path)
    assert source.columns == ("이름", "연락처 전화", "연락처 이메일", "비고")
    assert [r.values["연락처 이메일"] for r in source.rows()] == ["kim@example.com"]


def test_a_merged_header_over_data_columns_names_each(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "wide.xlsx", {"s": [["email", "연락처", None], ["a@example.com", "010", "02"]]}
    )
    merge_cells(path, ["B1:C1"])
    source = open_data(path)
    assert source.columns == ("email", "연락처", "연락처 2")
    assert [r.values for r in source.rows()] == [
        {"email": "a@example.com", "연락처": "010", "연락처 2": "02"}
    ]


def test_preview_fetches_any_row_and_sees_a_changed_file(tmp_path: Path) -> None:
    rows = [["email", "n"]]
    for i in range(1, 1201):
        rows.append([f"u{i}@example.com", i])
        if i % 100 == 0:
            rows.append([])  # blank rows inside are skipped, numbering stays the data's
    path = workbook(tmp_path / "many.xlsx", {"s": rows})
    index = row_index(open_data(path))
    row = index.row(1000)
    assert row is not None
    assert row.values == {"email": "u1000@example.com", "n": "1000"}
    assert row.line == 1000 + 1 + 9
    assert index.row_count() == 1200
    assert index.row(1201) is None
    assert index.row(0) is None
    workbook(path, {"s": [["email", "n"], ["new@example.com", 7]]})
    os.utime(path, ns=(1, 1))  # a different stamp even within the same clock tick
    again = index.row(1)
    assert again is not None
    assert again.values["email"] == "new@example.com"
    assert index.row_count() == 1


# -- bad input -------------------------------------------------------------------------


def test_a_password_protected_workbook_says_how_to_open_it(tmp_path: Path) -> None:
    plain = people(tmp_path)
    locked = tmp_path / "locked.xlsx"
    with plain.open("rb") as src, locked.open("wb") as out:
        msoffcrypto.format.ooxml.OOXMLFile(src).encrypt("secret", out)
    with pytest.raises(SheetError) as err:
        open_data(locked)
    text = str(err.value)
    assert "locked.xlsx is protected with a password" in text
    assert "clear the password" in text


def test_a_damaged_workbook_is_named_not_crashed(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.xlsx"
    damaged.write_bytes(people(tmp_path).read_bytes()[:600])
    with pytest.raises(SheetError, match=r"damaged.xlsx cannot be read as a spreadsheet.*save it"):
        open_data(damaged)
    garbage = tmp_path / "notes.ods"
    garbage.write_text("this is not a spreadsheet", encoding="utf-8")
    with pytest.raises(SheetError, match=r"notes.ods cannot be read as a spreadsheet"):
        open_data(garbage)


def test_a_sheet_without_a_header_row_is_refused(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "noheader.xlsx",
        {"s": [["kim@example.com", "김철수"], ["lee@example.com", "이영희"]], "e": []},
    )
    with pytest.raises(SheetError, match=r"Row 1 .* holds data \(kim@example.com\).*no header"):
        open_data(path)
    with pytest.raises(SheetError, match=r"“e” in noheader.xlsx is empty"):
        open_data(path, sheet="e")
    with pytest.raises(SheetError, match=r"Row 5 .* is empty"):
        open_data(path, header_row=5)
    with pytest.raises(SheetError, match=r"no sheet named “x”. Choose one of: s, e"):
        open_data(path, sheet="x")


def test_two_columns_with_the_same_name_are_refused(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "dup.xlsx", {"s": [["email", "이름", "email"], ["a@x.org", "가", "b"]]}
    )
    with pytest.raises(SheetError, match=r"Columns A and C .* both named “email”"):
        open_data(path)


def test_a_date_column_in_three_formats_is_noted_and_kept(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "dates.xlsx",
        {
            "s": [
                ["email", "생년월일"],
                ["a@example.com", datetime.date(1990, 3, 5)],
                ["b@example.com", "1991.04.06"],
                ["c@example.com", "04/07/1992"],
                ["d@example.com", datetime.date(1993, 1, 2)],
            ]
        },
    )
    source = open_data(path)
    assert [r.values["생년월일"] for r in source.rows()] == [
        "1990-03-05",
        "1991.04.06",
        "04/07/1992",
        "1993-01-02",
    ]
    (note,) = source.notes()
    assert "“생년월일” writes its dates in 3 ways" in note
    assert "“1991.04.06” (row 3" in note
    assert "“04/07/1992” (row 4" in note


def test_a_sheet_option_on_a_csv_file_is_refused(tmp_path: Path) -> None:
    csv = tmp_path / "a.csv"
    csv.write_text("email\na@example.com\n", encoding="utf-8")
    with pytest.raises(CsvError, match="text \\(CSV\\) file, which has no sheets"):
        open_data(csv, sheet="Sheet1")


@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e14, max_value=1e14))
def test_a_number_reads_back_as_the_same_number_without_noise(value: float) -> None:
    text = cell_text(value)
    assert "e" not in text.lower()
    assert float(text) == pytest.approx(value, rel=1e-14, abs=1e-300)
    assert not text.endswith(".0")
    assert len(text.lstrip("-").replace(".", "").lstrip("0")) <= 15 or value.is_integer()


def test_formulas_without_saved_results_are_named_in_a_note(tmp_path: Path) -> None:
    """openpyxl (and other programs) write formulas without results: their cells read as
    empty, and the user is told which column and how to store the results."""
    rows = [["email", "금액", "합계"], ["a@example.com", 1234, "=B2*2"], ["b@example.com", 1, 5]]
    bare = open_data(workbook(tmp_path / "bare.xlsx", {"명단": rows}))
    assert [r.values["합계"] for r in bare.rows()] == ["", "5"]
    (note,) = bare.notes()
    assert "“합계” holds formulas whose results were never saved" in note
    assert "save it once" in note
    saved = workbook(tmp_path / "saved.xlsx", {"명단": rows})
    source = open_data(with_cached_values(saved, {"B2*2": "2468"}))
    assert [r.values["합계"] for r in source.rows()] == ["2468", "5"]
    assert source.notes() == []


def test_phone_and_id_formats_with_separators_show_as_the_sheet_does(tmp_path: Path) -> None:
    """A phone number or a 주민번호-like ID stored as a number under a format such as
    ``000-0000-0000`` reads in Excel with its leading zero and hyphens; so it does here."""
    rows = [
        ["email", "전화", "번호", "우편", "금액"],
        ["a@example.com", 1012345678, 101013234567, 1234, 1234.5],
        ["b@example.com", 212345678, 9901011234567, 61234, 3],
    ]
    path = workbook(
        tmp_path / "phones.xlsx",
        {"명단": rows},
        B2="000-0000-0000", B3="000-0000-0000", C2="000000\\-0000000", C3="000000\\-0000000",
        D2="00000", D3="00000", E2="0.00", E3="0.00",
    )  # fmt: skip
    values = [r.values for r in open_data(path).rows()]
    assert [v["전화"] for v in values] == ["010-1234-5678", "002-1234-5678"]
    assert [v["번호"] for v in values] == ["010101-3234567", "990101-1234567"]
    assert [v["우편"] for v in values] == ["01234", "61234"]
    assert [v["금액"] for v in values] == ["1234.5", "3"]  # a decimal format pads nothing


@pytest.mark.parametrize("name", ["lists", "lists.xlsx"])
def test_a_folder_given_as_the_data_file_is_called_a_folder(tmp_path: Path, name: str) -> None:
    folder = tmp_path / name
    folder.mkdir()
    with pytest.raises(CsvError, match="is a folder, not a data file"):
        open_data(folder)
