"""Split a slide that needs more rows than the Fit gives into "(Forts.)" slides."""

from __future__ import annotations

from dataclasses import replace

from faktor4_tui.deck.measure import ITEM_INDENT, wrap_rows
from faktor4_tui.deck.slides import Block, Fit, Line, Slide
from faktor4_tui.deck.text import block_title, line_text, slide_heading


def line_rows(line: Line, width: int) -> int:
    """Rows one line of a block takes in a body ``width`` columns wide."""
    return wrap_rows(line_text(line), width - ITEM_INDENT)


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
        first = line_rows(block.lines[0], width) if block.lines else 0
        whole = _lines_rows(block, width, gap)
        fits_alone = title_rows(block, width) + whole <= budget
        # A block starts on a new slide if it would be split but fits a slide by itself,
        # or if not even its question and first line fit here.
        if pages[-1] and (used + head + (whole if fits_alone else first) > budget):
            pages.append([])
            used, head = 0, title_rows(block, width)
        used += head
        chunk: list[Line] = []
        continued = False
        for line in block.lines:
            rows = line_rows(line, width) + (gap if chunk else 0)
            if chunk and used + rows > budget:
                pages[-1].append(replace(block, lines=tuple(chunk), continued=continued))
                pages.append([])
                chunk, continued = [], True
                used = title_rows(replace(block, continued=True), width)
                rows = line_rows(line, width)
            chunk.append(line)
            used += rows
        pages[-1].append(replace(block, lines=tuple(chunk), continued=continued))
    return pages


def split(slide: Slide, fit: Fit) -> list[Slide]:
    """The slide as one or more slides that each fit ``fit``; compact if that saves slides."""
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
            continued=index > 0,
            compact=compact,
            key=replace(slide.key, part=index),
        )
        for index, blocks in enumerate(pages)
    ]
