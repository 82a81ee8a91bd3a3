"""A slide as rows of literal text with CSS classes, laid out as ``deck.measure`` counts them."""

from __future__ import annotations

from textual.content import Content

from faktor4_tui.deck import Line, Slide
from faktor4_tui.deck.text import block_title, line_label, line_suffix, slide_heading

LINE_CLASS = {"item": "entry-item", "note": "entry-note", "text": "slide-text", "empty": "entry-empty"}
BULLET = "•"  # in every console font (code page 437)
HIGHLIGHT = "»"


def line_marker(line: Line) -> str:
    """The marker column of a line: a bullet for entries, an arrow for the highlighted Aufgabe."""
    if line.highlight:
        return HIGHLIGHT
    return BULLET if line.kind in ("item", "note") else ""


def line_content(line: Line) -> Content:
    """One line, literally: the label bold, the user's text never parsed as markup."""
    label = line_label(line)
    parts: list[str | tuple[str, str]] = [(label, "bold")] if label else []
    return Content.assemble(*parts, line.text, line_suffix(line))


def slide_rows(slide: Slide) -> list[tuple[str, str, Content]]:
    """(classes, marker, content) per row of the slide body, top to bottom."""
    rows: list[tuple[str, str, Content]] = []
    for text, name in ((slide_heading(slide), "slide-heading"), (slide.warning, "slide-warning")):
        if text:
            rows.append((f"slide-row {name}", "", Content(text)))
    for block_index, block in enumerate(slide.blocks):
        starts_block = bool(rows)  # a blank row before the block (collapses with the one above)
        if block.question:
            lead = "" if rows else " -lead"
            rows.append((f"slide-row slide-question{lead}", "", Content(block_title(block))))
            starts_block = False
        for line_index, line in enumerate(block.lines):
            classes = ["slide-row", "slide-item", LINE_CLASS.get(line.kind, "entry-item")]
            if line.highlight:
                classes.append("item-highlight")
            if line_index and not slide.compact:
                classes.append("-spaced")
            if line_index == 0 and starts_block and block_index:
                classes.append("-block-start")
            rows.append((" ".join(classes), line_marker(line), line_content(line)))
    return rows
