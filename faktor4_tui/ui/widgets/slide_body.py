"""The body of a slide: heading, questions and items, drawn by one widget."""

from __future__ import annotations

from typing import ClassVar

from rich.segment import Segment
from rich.style import Style as RichStyle
from textual.content import Content
from textual.message import Message
from textual.strip import Strip
from textual.style import Style as VisualStyle
from textual.widget import Widget

from faktor4_tui.deck import Fit, Slide
from faktor4_tui.ui.textual_seams import render_options, style_key
from faktor4_tui.ui.widgets.slide_rows import BodyRow, row_text, slide_rows

MARKER_WIDTH = 2  # deck.measure.ITEM_INDENT: the marker column left of every line of a block


class SlideBody(Widget):
    """Shows one slide's content; reports its size so the deck can be fitted to it.

    One widget renders the whole slide (Textual's line API), so changing the slide is one
    repaint, not a re-layout of a widget per row. Each row is wrapped by Textual's own
    text wrapping, styled by the component classes below (see app.tcss).
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "slide-heading",
        "slide-warning",
        "slide-question",
        "entry-item",
        "entry-note",
        "slide-text",
        "entry-empty",
        "highlight-text",
        "highlight-marker",
    }

    class Resized(Message):
        """The body's content area changed size."""

        def __init__(self, fit: Fit) -> None:
            super().__init__()
            self.fit = fit

    def __init__(self, *, id: str | None = None, classes: str = "") -> None:
        super().__init__(id=id, classes=classes)
        self.slide: Slide | None = None
        self.rows: list[BodyRow] = []
        self._lines: list[Strip] | None = None
        self._lines_key: tuple[object, ...] = ()

    @property
    def fit(self) -> Fit:
        """The space a slide body has here (columns, rows)."""
        size = self.content_size
        return Fit(size.width, size.height)

    @property
    def text(self) -> str:
        """The slide's rows as plain text, one per line (unwrapped, without markers)."""
        return "\n".join(row_text(row) for row in self.rows)

    def on_resize(self) -> None:
        """Tell the screen, which rebuilds the deck for the new size."""
        if self.content_size.width and self.content_size.height:
            self.post_message(self.Resized(self.fit))

    def show(self, slide: Slide) -> None:
        """Show ``slide`` (one repaint; nothing to do if it is the one on show)."""
        if slide == self.slide:
            return
        self.slide = slide
        self.rows = slide_rows(slide)
        self._lines = None
        self.refresh()

    def notify_style_update(self) -> None:
        """Styles changed (theme, NO_COLOR): draw the rows again."""
        self._lines = None
        super().notify_style_update()

    def lines(self) -> list[Strip]:
        """Every rendered row of the slide at the current width (may be more than fit: tests check)."""
        width = self.content_size.width
        key = (width, self.rows, style_key(self))
        if self._lines is None or key != self._lines_key:
            self._lines, self._lines_key = self._render_rows(width), key
        return self._lines

    def _render_rows(self, width: int) -> list[Strip]:
        if width <= 0:
            return []
        options = render_options(self)
        base, background = self.background_colors
        blank = RichStyle.from_color(bgcolor=(base + background).rich_color)
        gap = Segment(" " * MARKER_WIDTH, blank)
        lines: list[Strip] = []
        for row in self.rows:
            lines.extend([Strip([])] * row.gap)
            style = self._style(row.styles)
            if row.marker is None:
                lines.extend(row.content.render_strips(width, None, style, options))
                continue
            text = row.content.render_strips(max(1, width - MARKER_WIDTH), None, style, options) or [Strip([])]
            marker = Content(row.marker).render_strips(MARKER_WIDTH, 1, self._style(row.marker_styles), options)
            first = marker[0].extend_cell_length(MARKER_WIDTH, blank) if marker else Strip([gap])
            lines.append(Strip.join([first, text[0]]))
            lines.extend(Strip.join([Strip([gap]), strip]) for strip in text[1:])
        return lines

    def _style(self, names: tuple[str, ...]) -> VisualStyle:
        """The style of a part, as if it were a child widget with these classes."""
        style = self.get_visual_style(*names)
        # get_visual_style leaves out "reverse" (a child widget's visual_style keeps it)
        if any(self.get_component_styles(name).text_style.reverse for name in names):
            style += VisualStyle(reverse=True)
        return style

    def render_line(self, y: int) -> Strip:
        """One row of the body (rows past the slide's end are blank)."""
        lines = self.lines()
        return lines[y] if y < len(lines) else Strip([])
