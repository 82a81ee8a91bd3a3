"""xlsx export: the workbook for spreadsheets (Calc, Excel), written with XlsxWriter (extra "xlsx").

Sheets and columns come from export/xlsxtables.py, in the UI's language. An xlsx file is UTF-8
XML inside, so umlauts open right by double-click in any spreadsheet (unlike CSV, which stays
for programs). Every text is written with ``write_string``: a text starting with "=", "+", "-"
or "@" stays that text, never a formula; the workbook is also told not to turn strings into
formulas, links or numbers. Each sheet: a bold header row that stays in view (frozen), an
autofilter, column widths fitted to the content up to a cap, long texts wrapped.

Rows are streamed (XlsxWriter's constant_memory mode: each row goes to a temporary file as it is
written), so a 200,000-entry file costs time and memory in proportion to its size.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from faktor4_tui.export.errors import MissingDependency
from faktor4_tui.export.xlsxtables import Column, Table, xlsx_tables
from faktor4_tui.model import Document

# Widths in characters (Excel's unit is about one digit): a header also needs room for its filter button.
_FILTER_BUTTON = 3
_MIN_WIDTH = 6
# A line in the default font (Calibri/Carlito 11 pt) holds about 1.15 characters of running text per
# unit of column width (looked at in LibreOffice with Carlito, Calibri's metric twin); a line is 15 pt.
_CHARS_PER_WIDTH = 1.15
_LINE_HEIGHT = 15.0
_MAX_HEIGHT = 409.0  # Excel's highest row (points); a longer text is whole in its cell, seen in the edit line
_A4 = 9


def _workbook(out: io.BytesIO) -> Any:
    try:
        import xlsxwriter
    except ImportError:
        raise MissingDependency("XlsxWriter is not installed", package="XlsxWriter", extra="xlsx") from None
    options = {
        "constant_memory": True,
        "strings_to_formulas": False,
        "strings_to_urls": False,
        "strings_to_numbers": False,
    }
    return xlsxwriter.Workbook(out, options)


def _longest_line(text: str) -> int:
    return max(len(line) for line in text.split("\n")) if "\n" in text else len(text)


def _width(column: Column, widest: int) -> int:
    header = len(column.title) + _FILTER_BUTTON
    if column.kind == "number":
        return max(header, _MIN_WIDTH)
    return max(header, _MIN_WIDTH, min(widest + 1, column.width))


def _lines(text: str, per_line: int) -> int:
    """How many lines a text takes wrapped at spaces in a column holding ``per_line`` characters a line."""
    lines = 0
    for part in text.split("\n"):
        lines += 1
        used = 0
        for word in part.split(" "):
            size = len(word)
            if used and used + 1 + size > per_line:  # the word goes to the next line
                lines += 1
                used = 0
            elif used:
                used += 1
            while size > per_line:  # a word longer than the line is broken
                lines += 1
                size -= per_line
            used += size
    return lines


def _fit(table: Table) -> list[int]:
    """Each column's width: its longest text (line), within the column's cap."""
    widest = [0] * len(table.columns)
    for values in table.rows():
        for col, value in enumerate(values):
            if isinstance(value, str):
                size = _longest_line(value)
                if size > widest[col]:
                    widest[col] = size
    return [_width(column, size) for column, size in zip(table.columns, widest, strict=True)]


def _write_sheet(book: Any, table: Table, formats: dict[str, Any]) -> None:
    """One sheet: widths first, then the rows in order (streamed), each as high as its wrapped text.

    Row heights are written, not left to the spreadsheet: LibreOffice does not fit rows of an
    xlsx file to wrapped text when it opens one, and would draw the lines over each other.
    """
    sheet = book.add_worksheet(table.name)
    columns = table.columns
    widths = _fit(table)
    # A column fitted to its longest text (width = longest + 1) holds that text on one line.
    per_line = [max(width - 1, int(width * _CHARS_PER_WIDTH)) for width in widths]
    for col, width in enumerate(widths):
        sheet.set_column(col, col, width)
    for col, column in enumerate(columns):
        sheet.write_string(0, col, column.title, formats["header"])
    cell_formats = [formats[column.kind] for column in columns]
    row = 0
    for row, values in enumerate(table.rows(), start=1):
        lines = 1
        for col, value in enumerate(values):
            if isinstance(value, str) and (len(value) > per_line[col] or "\n" in value):
                lines = max(lines, _lines(value, per_line[col]))
        if lines > 1:
            sheet.set_row(row, min(lines * _LINE_HEIGHT, _MAX_HEIGHT))
        for col, value in enumerate(values):
            if value is None or value == "":
                continue
            if isinstance(value, int | float):
                sheet.write_number(row, col, value, cell_formats[col])
            else:
                sheet.write_string(row, col, value, cell_formats[col])
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(row, 1), len(columns) - 1)
    # Printed (or turned into PDF): A4 landscape, all columns on one page's width, the header on every page.
    sheet.set_landscape()
    sheet.set_paper(_A4)
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(0)


def render_xlsx(document: Document, workshop_id: int | None = None) -> bytes:
    """The workbook as bytes; raises MissingDependency without XlsxWriter."""
    out = io.BytesIO()
    book = _workbook(out)
    event = document.event
    book.set_properties({"title": event.title, "author": event.forum, "created": dt.datetime.now()})
    formats = {
        "header": book.add_format({"bold": True, "valign": "top", "bottom": 1, "bg_color": "#E7E6E6"}),
        "number": book.add_format({"valign": "top", "align": "center"}),
        "short": book.add_format({"valign": "top", "text_wrap": True}),
        "text": book.add_format({"valign": "top", "text_wrap": True}),
    }
    for table in xlsx_tables(document, workshop_id):
        _write_sheet(book, table, formats)
    book.close()
    return out.getvalue()
