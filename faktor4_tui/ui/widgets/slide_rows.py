"""A slide as rows of literal text with style names, spaced as ``deck.measure`` counts them."""

from __future__ import annotations

from typing import NamedTuple

from textual.content import Content

from faktor4_tui.deck import Line, Slide
from faktor4_tui.deck.text import block_title, line_label, line_suffix, slide_heading

# Style names (component classes of SlideBody, styled in app.tcss) per kind of line.
LINE_STYLE = {
    "item": "entry-item",
    "note": "entry-note",
    "text": "slide-text",
    "empty": "entry-empty",
    "heading": "slide-heading",
}
BULLET = "•"  # in every console font (code page 437)
HIGHLIGHT = "»"


class BodyRow(NamedTuple):
    """One row of a slide body: blank rows above it, the styles of its text and marker column.

    ``marker`` is None for rows that use the full width (heading, warning, question); lines
    of a block get a marker column (bullet, highlight arrow or blank) so wrapped text hangs.
    """

    gap: int
    styles: tuple[str, ...]
    content: Content
    marker: str | None = None
    marker_styles: tuple[str, ...] = ()


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


def slide_rows(slide: Slide) -> list[BodyRow]:
    """The rows of the slide body, top to bottom.

    Spacing (the layout contract of ``deck.measure``): one blank row after the heading and
    after the warning; around every question; before the first line of a block that has no
    question (but follows another); between the lines of a block unless the slide is compact.
    Adjacent spacing collapses to one blank row.
    """
    rows: list[BodyRow] = []
    after = 0  # blank rows the previous row asks for below itself
    for text, style in ((slide_heading(slide), "slide-heading"), (slide.warning, "slide-warning")):
        if text:
            rows.append(BodyRow(after, (style,), Content(text)))
            after = 1
    for block_index, block in enumerate(slide.blocks):
        starts_block = bool(rows)
        if block.question:
            rows.append(BodyRow(max(after, 1 if rows else 0), ("slide-question",), Content(block_title(block))))
            after, starts_block = 1, False
        for line_index, line in enumerate(block.lines):
            style = LINE_STYLE.get(line.kind, "entry-item")
            spaced = (line_index and not slide.compact) or (line_index == 0 and starts_block and block_index)
            text_styles: tuple[str, ...] = (style,)
            marker_styles: tuple[str, ...] = (style,)
            if line.highlight:
                text_styles, marker_styles = (style, "highlight-text"), (style, "highlight-marker")
            rows.append(
                BodyRow(
                    max(after, 1 if spaced else 0), text_styles, line_content(line), line_marker(line), marker_styles
                )
            )
            after = 0
    return rows


def row_text(row: BodyRow) -> str:
    """A row's text as shown, without its marker (tests and screen readers)."""
    return row.content.plain
