"""Split a slide that needs more rows than the Fit gives into "(Forts.)" slides."""

from __future__ import annotations

from dataclasses import replace

from faktor4_tui.deck.measure import ITEM_INDENT, count_rows, fitting_prefix, wrap_rows
from faktor4_tui.deck.slides import Block, Fit, Line, Slide
from faktor4_tui.deck.text import block_title, line_label, line_text, slide_heading
from faktor4_tui.i18n import t


def line_rows(line: Line, width: int) -> int:
    """Rows one line of a block takes in a body ``width`` columns wide."""
    return wrap_rows(line_text(line), width - ITEM_INDENT)


MIN_ROOM = 2  # a line is cut only where a follow-up slide has this many rows for it (not under a huge heading)


def _rows_up_to(line: Line, width: int, limit: int) -> int:
    """``line_rows``, or any number above ``limit`` once that is sure (a huge text is not measured whole)."""
    text = line_text(line)
    cap = (limit + 1) * max(1, width)
    if len(text) > cap and (rows := count_rows(text[:cap], width - ITEM_INDENT)) > limit:
        return rows
    return line_rows(line, width) if len(text) <= cap else count_rows(text, width - ITEM_INDENT)


def title_rows(block: Block, width: int) -> int:
    """Rows of a block's question plus the blank row under it (0 without a question)."""
    return wrap_rows(block_title(block), width) + 1 if block.question else 0


def fixed_rows(slide: Slide, width: int) -> int:
    """Rows above the blocks: the heading and the warning, each followed by a blank row."""
    heading = slide_heading(replace(slide, continued=True, blocks=()))  # the longer variant
    return sum(wrap_rows(text, width) + 1 for text in (heading, slide.warning) if text)


def body_rows(slide: Slide, width: int, gap: int) -> int:
    """Rows the whole body of ``slide`` takes (see ``deck.measure`` for the layout)."""
    rows = fixed_rows(slide, width)
    for index, block in enumerate(slide.blocks):
        rows += (1 if index else 0) + title_rows(block, width) + _lines_rows(block, width, gap)
    return rows


def _lines_rows(block: Block, width: int, gap: int) -> int:
    return sum(line_rows(line, width) for line in block.lines) + gap * max(0, len(block.lines) - 1)


def _paginate(slide: Slide, fit: Fit, gap: int) -> list[list[Block]]:
    width = fit.width
    budget = fit.height - fixed_rows(slide, width)
    pages: list[list[Block]] = [[]]
    used = 0
    for block in slide.blocks:
        head = (1 if pages[-1] else 0) + title_rows(block, width)
        first = _rows_up_to(block.lines[0], width, budget) if block.lines else 0
        if first > budget - title_rows(block, width) and block.lines:  # taller than a slide: it is cut
            first = line_rows(replace(block.lines[0], text=block.lines[0].text[:1], votes=0), width)
        whole = sum(_rows_up_to(line, width, budget) for line in block.lines) + gap * max(0, len(block.lines) - 1)
        fits_alone = title_rows(block, width) + whole <= budget
        # A block starts on a new slide if it would be split but fits a slide by itself,
        # or if not even its question and first line fit here.
        if pages[-1] and (used + head + (whole if fits_alone else first) > budget):
            pages.append([])
            used, head = 0, title_rows(block, width)
        used += head
        chunk: list[Line] = []
        continued = False
        fresh = budget - title_rows(replace(block, continued=True), width)  # a follow-up slide's room
        for whole_line in block.lines:
            pending: Line | None = whole_line
            while pending is not None:
                spacing = gap if chunk else 0
                rows = _rows_up_to(pending, width, budget + 1) + spacing
                room = budget - used - spacing
                if rows - spacing > fresh >= MIN_ROOM and (room >= 1 or not chunk):
                    # Taller than any slide: what fits here stays, the rest continues on the next one.
                    part, rest = cut_line(pending, width, room, force=not chunk)
                    if part is not None:
                        chunk.append(part)
                        used += line_rows(part, width) + spacing
                        pending = rest
                        continue
                if not chunk or used + rows <= budget:
                    chunk.append(pending)
                    used += rows
                    pending = None
                    continue
                pages[-1].append(replace(block, lines=tuple(chunk), continued=continued))
                pages.append([])
                chunk, continued = [], True
                used = title_rows(replace(block, continued=True), width)
        pages[-1].append(replace(block, lines=tuple(chunk), continued=continued))
    return pages


def cut_line(line: Line, width: int, rows: int, force: bool = False) -> tuple[Line | None, Line | None]:
    """The part of ``line`` that fits ``rows`` rows, and the rest (None if it all fits).

    Every character of the text is in exactly one part, in order; the rest keeps the label
    (the reader knows whose text continues) and the votes go with the last part. When not
    even one character fits, the part is None, or with ``force`` the first character.
    """
    size = fitting_prefix(line.text, line_label(line), width - ITEM_INDENT, rows)
    if size == 0:
        if not force:
            return None, line
        size = 1
    if size >= len(line.text):
        return line, None
    return replace(line, text=line.text[:size], votes=0), replace(line, text=line.text[size:], continued=True)


def _part_table(table: tuple[tuple[str, ...], ...], blocks: list[Block]) -> tuple[tuple[str, ...], ...]:
    """The rows of the Aktionsplan table that a part's blocks say, with what of them is on it.

    A part never repeats the whole table (that made a long plan quadratic and overfull).
    """
    if not table:
        return table
    header, rows = table[0], []
    for block in blocks:
        if block.row and block.row < len(table):
            texts = {line.label: line.text for line in block.lines}
            # The last three columns (Start, Akteure, Sponsoren) are the block's lines; the others stay.
            rows.append(table[block.row][:-3] + tuple(texts.get(title, "") for title in header[-3:]))
    return (header, *rows)


FULL_HEADING_KINDS = frozenset({"aktion-problems", "index", "plan", "forum-plan"})
"""Slides that show a shortened heading's whole text in their body (an Aktion's first slide says
it for the four that follow; the others have no such first slide)."""
ELLIPSIS = "…"


def shortened(text: str, width: int, rows: int, tail: str = "") -> str:
    """``text`` cut to fit ``rows`` rows followed by "…" and ``tail`` (whole if it fits)."""
    if count_rows(text + tail, width) <= rows:
        return text
    low, high = 0, min(len(text), rows * max(1, width))
    while low < high:  # the longest prefix that fits with the ellipsis
        middle = (low + high + 1) // 2
        if count_rows(text[:middle].rstrip() + ELLIPSIS + tail, width) <= rows:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ELLIPSIS


def _headroom(fit: Fit) -> int:
    """Rows a heading or a block's question may take before it is shortened: a third of the body."""
    return max(1, fit.height // 3)


def _fold_titles(slide: Slide, fit: Fit) -> Slide:
    """Headings and questions taller than ``_headroom`` shortened with "…"; the whole text moves
    into the body as its first line (continued over slides like any long line), so nothing is lost."""
    width, room = fit.width, _headroom(fit)
    tail = f" {t('continued')}"
    blocks = list(slide.blocks)
    for index, block in enumerate(blocks):
        if block.question and wrap_rows(block.question + tail, width) > room:
            whole = Line(text=block.question, kind="heading")
            blocks[index] = replace(
                block, question=shortened(block.question, width, room, tail), lines=(whole, *block.lines)
            )
    heading = slide.heading
    if heading and wrap_rows(heading + tail, width) > room:
        heading = shortened(heading, width, room, tail)
        if slide.kind in FULL_HEADING_KINDS:
            blocks.insert(0, Block(question="", lines=(Line(text=slide.heading, kind="heading"),), section="heading"))
    if heading == slide.heading and blocks == list(slide.blocks):
        return slide
    return replace(slide, heading=heading, blocks=tuple(blocks))


def split(slide: Slide, fit: Fit) -> list[Slide]:
    """The slide as one or more slides that each fit ``fit``; compact if that saves slides."""
    slide = _fold_titles(slide, fit)
    pages = _paginate(slide, fit, fit.gap)
    compact = fit.gap == 0
    if len(pages) > 1 and fit.gap > 0:
        tight = _paginate(slide, fit, 0)
        if len(tight) < len(pages):
            pages, compact = tight, True
    if len(pages) == 1:
        return [replace(slide, compact=compact)]
    return [
        replace(
            slide,
            blocks=tuple(blocks),
            table=_part_table(slide.table, blocks),
            continued=index > 0,
            compact=compact,
            key=replace(slide.key, part=index),
        )
        for index, blocks in enumerate(pages)
    ]
