"""The Aktionsplan in PowerPoint: a table when every Aktion fits a slide whole, else the deck's blocks.

The deck's paging splits a plan as blocks of 24 pt text (an Aktion's heading, then Start,
Akteure, Sponsoren), a part holding the Aktionen it says. Shown as a table, a row is much
shorter than its block: the parts are merged again while their rows fit one slide, at the size
(24, 20 or 18 pt) every part fits at, and each slide's table holds only its own rows.
"""

from __future__ import annotations

from dataclasses import replace

from faktor4_tui.deck import Fit, Slide
from faktor4_tui.deck.measure import wrap_rows
from faktor4_tui.deck.text import slide_heading
from faktor4_tui.export.pptxlayout import MARGIN_X, ROW, column_widths, row_heights, table_pitch, table_size
from faktor4_tui.export.pptxxml import EMU_PER_PT, paragraph, run, table_shape

PLAN_KINDS = frozenset({"plan", "forum-plan"})
Table = tuple[int, list[int]]  # a plan's table: its text size and column widths


def _room(part: Slide, fit: Fit) -> int:
    """The height (EMU) a part's table has: the body less the heading and the warning."""
    heading = slide_heading(replace(part, continued=True, blocks=()))
    used = wrap_rows(heading, fit.width) + 1 + (wrap_rows(part.warning, fit.width) + 1 if part.warning else 0)
    return (fit.height - used) * ROW * EMU_PER_PT


def plan_table(parts: list[Slide], fit: Fit) -> Table | None:
    """The text size every part of a plan fits at as a table, and its columns (None: show blocks).

    Only a plan whose every Aktion is whole on one part is a table: a row cut over parts would
    show some columns on one slide and the rest, under the same Aktion, on the next. The columns
    are the same on every part.
    """
    if parts[0].kind not in PLAN_KINDS or len(parts[0].table) < 2:
        return None
    if any(block.continued for part in parts for block in part.blocks):
        return None
    widths = column_widths((parts[0].table[0], *(row for part in parts for row in part.table[1:])))
    sizes = []
    for part in parts:
        size = table_size(part.table, _room(part, fit), widths)
        if size is None:
            return None
        sizes.append(size)
    return min(sizes), widths


def _merged(chunk: list[Slide]) -> Slide:
    first = chunk[0]
    rows = tuple(row for part in chunk for row in part.table[1:])
    return replace(first, blocks=tuple(block for part in chunk for block in part.blocks), table=(first.table[0], *rows))


def packed(parts: list[Slide], fit: Fit) -> list[Slide]:
    """The parts of one slide; a plan shown as a table with consecutive parts merged while it fits."""
    table = plan_table(parts, fit)
    if table is None or len(parts) == 1:
        return parts
    size, widths = table
    chunks = [[parts[0]]]
    for part in parts[1:]:
        trial = _merged([*chunks[-1], part])
        if sum(row_heights(trial.table, widths, size)) <= _room(trial, fit):
            chunks[-1].append(part)
        else:
            chunks.append([part])
    return [
        replace(_merged(chunk), continued=index > 0, key=replace(chunk[0].key, part=index))
        for index, chunk in enumerate(chunks)
    ]


def table_xml(slide: Slide, table: Table, top: int) -> str:
    """The slide's table (its own rows under the column titles) at ``top``."""
    size, widths = table
    heights = row_heights(slide.table, widths, size)
    rows = [
        [[paragraph([run(text, size, bold=r == 0)], pitch=table_pitch(size))] for text in cells_text]
        for r, cells_text in enumerate(slide.table)
    ]
    return table_shape(4, (MARGIN_X, top), widths, heights, rows)
