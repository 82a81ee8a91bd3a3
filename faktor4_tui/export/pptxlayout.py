"""Where things sit on a PowerPoint slide, and how much text fits there.

The slide is 13.333 x 7.5 in (16:9). Text is laid out on a grid of rows: the body text is 24 pt
with its lines exactly ``ROW`` pt apart, so a body of ``PPTX_FIT.height`` rows is that many
times ``ROW`` high, and the deck's paging (which counts rows) decides what fits one slide.

Widths are counted in the deck's columns (terminal cells): one column is ``EM_PER_CELL`` of the
font size. The slides use the theme font (Calibri; Carlito in LibreOffice), whose German text
averages 0.43 em per character and 0.44 bold, its widest words about 0.5 em; 0.52 em leaves room
for those, so a line the deck counts as fitting does not wrap once more in PowerPoint. At 24 pt
the 12.3 in body holds 70 columns (about 84 characters of average German text).
"""

from __future__ import annotations

from faktor4_tui.deck import Fit
from faktor4_tui.deck.measure import ITEM_INDENT, cell_width, count_rows
from faktor4_tui.export.pptxxml import EMU_PER_IN, EMU_PER_PT, INSET_X, INSET_Y

SLIDE_W, SLIDE_H = 12192000, 6858000  # 13.333 x 7.5 in
MARGIN_X = EMU_PER_IN // 2
CONTENT_W = SLIDE_W - 2 * MARGIN_X
EM_PER_CELL = 0.52

BODY_SIZE = 24  # body text, questions, headings
ROW = 28  # pt between the lines of body text
HEADER_SIZE = 18  # event line, workshop line, counter
HEADER_PITCH = 22
HEADER_H = HEADER_PITCH * EMU_PER_PT + 2 * INSET_Y
HEADER_Y = round(0.12 * EMU_PER_IN)
BODY_TOP = HEADER_Y + 2 * HEADER_H + INSET_Y
COUNTER_Y = SLIDE_H - HEADER_H - round(0.08 * EMU_PER_IN)
TABLE_SIZES = (24, 20, 18)  # the largest at which a plan part's table fits is used; none: blocks


def cells(width: int, size: int, indent: int = 0) -> int:
    """Columns of text at ``size`` pt in a box ``width`` EMU wide (``indent`` EMU of it for a bullet)."""
    return max(1, int((width - 2 * INSET_X - indent) / (size * EM_PER_CELL * EMU_PER_PT)))


def cell_emu(size: int) -> int:
    """One column's width at ``size`` pt, in EMU."""
    return round(size * EM_PER_CELL * EMU_PER_PT)


BODY_ROWS = (COUNTER_Y - BODY_TOP - 2 * INSET_Y) // (ROW * EMU_PER_PT)
PPTX_FIT = Fit(width=cells(CONTENT_W, BODY_SIZE), height=BODY_ROWS)
"""The body of a slide in the deck's columns and rows at 24 pt (70 x 15)."""
ITEM_EMU = ITEM_INDENT * cell_emu(BODY_SIZE)  # the bullet column left of every line of a block
HEADER_CELLS = cells(CONTENT_W, HEADER_SIZE)


def rows_box(
    top: int, rows: int, left: int = MARGIN_X, width: int = CONTENT_W, pitch: int = ROW
) -> tuple[int, int, int, int]:
    """A text box at ``top`` holding ``rows`` lines ``pitch`` pt apart (insets included)."""
    return (left, top, width, rows * pitch * EMU_PER_PT + 2 * INSET_Y)


def row_top(rows: int) -> int:
    """Where the body's row ``rows`` (0 = the first) begins, as the top of a text box starting there."""
    return BODY_TOP + rows * ROW * EMU_PER_PT


def column_widths(table: tuple[tuple[str, ...], ...]) -> list[int]:
    """The Aktionsplan's column widths: (Workshop,) Aktion, Aufgabe, Start, Akteure, Sponsoren.

    Every column is at least as wide as its title at the largest table size (so "Aktion" is not
    broken); the Aktion column, which holds a number, no wider. Each other column gets at least
    1.5 in and a share of the rest by the square root of how much text it holds (a long list of
    Akteure gets room, a short Sponsoren column does not take it), so the table stays short.
    """
    header = table[0]
    number = len(header) - 5  # the Aktion column
    titles = [(cell_width(title) + 1) * cell_emu(TABLE_SIZES[0]) + 2 * INSET_X for title in header]
    least = [width if column == number else max(width, round(1.5 * EMU_PER_IN)) for column, width in enumerate(titles)]
    weights = [
        0.0 if column == number else max(8, sum(len(row[column]) for row in table[1:])) ** 0.5
        for column in range(len(header))
    ]
    spare, total = max(0, CONTENT_W - sum(least)), sum(weights)
    widths = [minimum + int(spare * weight / total) for minimum, weight in zip(least, weights, strict=True)]
    widths[-1] += CONTENT_W - sum(widths)
    return widths


def table_pitch(size: int) -> int:
    """Pt between the lines of table text at ``size`` pt."""
    return round(size * 7 / 6)


def row_heights(table: tuple[tuple[str, ...], ...], widths: list[int], size: int) -> list[int]:
    """Each table row's height in EMU at ``size`` pt: its tallest cell's lines plus the cell margins."""
    columns = [cells(width, size) for width in widths]
    limit = SLIDE_H // (table_pitch(size) * EMU_PER_PT) + 1  # a cell taller than a slide is not measured whole
    heights = []
    for cells_text in table:
        rows = max(
            count_rows(text[: limit * width * 2], width) for text, width in zip(cells_text, columns, strict=True)
        )
        heights.append(rows * table_pitch(size) * EMU_PER_PT + 2 * INSET_Y)
    return heights


def table_size(table: tuple[tuple[str, ...], ...], room: int, widths: list[int]) -> int | None:
    """The largest of ``TABLE_SIZES`` at which ``table`` in columns ``widths`` fits ``room`` EMU of
    height (None: at none)."""
    if len(table) < 2:
        return None
    for size in TABLE_SIZES:
        if sum(row_heights(table, widths, size)) <= room:
            return size
    return None
