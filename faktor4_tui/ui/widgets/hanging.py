"""A row with a hanging indent: its head (mark, label) first, wrapped text continues under the text."""

from __future__ import annotations

from rich.cells import cell_len
from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual

ELLIPSIS = "…"
NARROW_HANG = 2
"""Where continuation rows start when the head leaves the text less than half the width."""


def shorten(text: str, width: int) -> str:
    """``text`` if it fits in ``width`` cells, else cut at a word boundary (a word cut only when
    nothing else fits) and marked with "…"."""
    if cell_len(text) <= width:
        return text
    if width <= 1:
        return ELLIPSIS[:width]
    cut = text[: _fitting(text, width - 1)]
    space = cut.rfind(" ")
    if space >= (width - 1) // 2:  # a word boundary not too far back
        cut = cut[:space]
    return cut.rstrip(" ,;:·-–") + ELLIPSIS


def _fitting(text: str, width: int) -> int:
    """How many characters of ``text`` fit in ``width`` cells."""
    used = 0
    for index, char in enumerate(text):
        used += cell_len(char)
        if used > width:
            return index
    return len(text)


class HangingRow(Visual):
    """``head`` then ``text``; every wrapped row of the text starts where the text starts.

    "Lösung 12: text text" wraps as

        Lösung 12: text text
                   text

    When the head is wider than half the row (a long label in a narrow pane), the whole row
    wraps with continuation rows indented by two columns, so the text never becomes a sliver.
    """

    def __init__(self, head: Content, text: Content, max_lines: int | None = None) -> None:
        self.head = head
        self.text = text
        self.max_lines = max_lines
        """At most this many rows; the last one then ends in "…" (never cut without a mark)."""
        self._cache: tuple[int, list[Content]] | None = None

    def __str__(self) -> str:
        return self.head.plain + self.text.plain

    @property
    def plain(self) -> str:
        """The row's text as shown on one line (tests, search)."""
        return str(self)

    def wrapped(self, width: int) -> list[Content]:
        """The rows of this row at ``width`` cells."""
        if self._cache is not None and self._cache[0] == width:
            return self._cache[1]
        indent = self.head.cell_length
        if width - indent >= max(width // 2, 1):
            rows = self.text.wrap(width - indent) or [Content("")]
            first = self.head + rows[0]
        else:
            indent = min(NARROW_HANG, max(width - 1, 0))
            rows = (self.head + self.text).wrap(max(width - indent, 1)) or [Content("")]
            first = rows[0]
        pad = Content(" " * indent)
        lines = [first, *(pad + row for row in rows[1:])]
        if self.max_lines is not None and len(lines) > self.max_lines > 0:
            lines = lines[: self.max_lines]
            last = lines[-1].rstrip()
            keep = len(last) if last.cell_length < width else len(shorten(last.plain, width)) - 1
            lines[-1] = last[:keep] + ELLIPSIS
        self._cache = (width, lines)
        return lines

    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        """The wrapped rows, drawn as Content draws them."""
        if not width:
            return []
        strips: list[Strip] = []
        for line in self.wrapped(width):
            strips.extend(line.render_strips(width, 1, style, options))
        return strips[:height] if height is not None else strips

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        """Head and text on one row."""
        return self.head.cell_length + self.text.get_optimal_width(rules, container_width)

    def get_minimal_width(self, rules: RulesMap) -> int:
        """The longest word of the text, after the head."""
        return self.head.cell_length + self.text.get_minimal_width(rules)

    def get_height(self, rules: RulesMap, width: int) -> int:
        """How many rows the text wraps to at ``width``."""
        return len(self.wrapped(width))
