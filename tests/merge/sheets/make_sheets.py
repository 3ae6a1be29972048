"""Write the committed .xls and .ods fixtures beside this script (run once, by hand).

LibreOffice is not installed where the tests run, and openpyxl writes only .xlsx, so the
two older formats were made with the libraries that write them natively, in a throwaway
virtual environment that the project does not depend on::

    python3 -m venv /tmp/fx && /tmp/fx/bin/pip install xlwt==1.3.0 odfpy==1.4.1
    /tmp/fx/bin/python tests/merge/sheets/make_sheets.py

Both files hold the same data: a Korean sheet "명단" (text, a number kept as text with
leading zeros, a phone number stored as a number, real dates, whole and fractional
numbers, a formula with its cached value, blank rows at the end) and a second sheet
"Other". xlwt stores formulas without a cached value, so the .xls formula column is left
out; the .ods file carries one (``office:value`` beside ``table:formula``).
"""

from __future__ import annotations

import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
HEADER = ["이름", "이메일", "학번", "전화", "생일", "금액"]
ROWS = [
    ["김철수", "kim@example.com", "00123", 1012345678, datetime.date(1990, 3, 5), 1234],
    ["이영희", "lee@example.com", "00456", "010-9876-5432", datetime.date(2001, 12, 31), 0.5],
]


def write_xls() -> None:
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("명단")
    dates = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    for col, name in enumerate(HEADER):
        sheet.write(0, col, name)
    for r, row in enumerate(ROWS, start=1):
        for col, value in enumerate(row):
            if isinstance(value, datetime.date):
                sheet.write(r, col, value, dates)
            else:
                sheet.write(r, col, value)
    other = book.add_sheet("Other")
    other.write(0, 0, "email")
    other.write(1, 0, "other@example.com")
    book.save(str(HERE / "people.xls"))


def write_ods() -> None:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    doc.automaticstyles.addElement(Style(name="co1", family="table-column"))

    def cell(value: object, formula: str | None = None) -> TableCell:
        if isinstance(value, datetime.date):
            c = TableCell(valuetype="date", datevalue=value.isoformat())
        elif isinstance(value, (int, float)):
            c = TableCell(valuetype="float", value=str(value))
        else:
            c = TableCell(valuetype="string")
        if formula:
            c.setAttribute("formula", formula)
        c.addElement(P(text=str(value)))
        return c

    table = Table(name="명단")
    head = TableRow()
    for name in [*HEADER, "합계"]:
        head.addElement(cell(name))
    table.addElement(head)
    for r, row in enumerate(ROWS, start=2):
        tr = TableRow()
        for value in row:
            tr.addElement(cell(value))
        amount = row[-1]
        assert isinstance(amount, (int, float))
        tr.addElement(cell(amount * 2, formula=f"of:=[.F{r}]*2"))
        table.addElement(tr)
    for _ in range(3):  # blank rows at the end, as a person leaves them
        blank = TableRow()
        blank.addElement(TableCell())
        table.addElement(blank)
    doc.spreadsheet.addElement(table)
    other = Table(name="Other")
    for value in ("email", "other@example.com"):
        tr = TableRow()
        tr.addElement(cell(value))
        other.addElement(tr)
    doc.spreadsheet.addElement(other)
    doc.save(str(HERE / "people.ods"))


if __name__ == "__main__":
    write_xls()
    write_ods()
