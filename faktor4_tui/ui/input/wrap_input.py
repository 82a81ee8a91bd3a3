"""The add/edit field of the lists: a LineInput whose text wraps, so a long statement stays in sight.

It is still one line of text (Enter saves it, a paste is handled as by ``LineInput``); only the
drawing differs from Textual's Input, which scrolls sideways: the text is laid out in rows of
the field's width (words kept whole where they fit), the field grows to show them (up to its
``max-height``, then it scrolls to the cursor), and ``up``/``down`` move between the rows.
"""

from __future__ import annotations

from bisect import bisect_right

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.geometry import Offset, Region, Size
from textual.strip import Strip
from textual.widgets.input import Selection

from faktor4_tui.ui.input.line_input import LineInput


def row_starts(text: str, width: int) -> list[int]:
    """Where each row of ``text`` starts when laid out ``width`` cells wide.

    A word that does not fit on a row that has text goes to the next row; a word wider than a
    row is folded; spaces stay at the end of their row (past its edge if need be: never
    drawn, and a row never starts with the space that ended the one before).
    """
    starts = [0]
    if width <= 0:
        return starts
    column = 0
    for index, char in enumerate(text):
        if char == " ":
            column += 1
            continue
        if index and text[index - 1] == " " and column:  # a word starts: does it fit?
            end = text.find(" ", index)
            word = cell_len(text[index : end if end >= 0 else len(text)])
            if column + word > width:
                starts.append(index)
                column = 0
        size = cell_len(char)
        if column + size > width and column:
            starts.append(index)
            column = 0
        column += size
    return starts


def row_count(text: str, width: int) -> int:
    """The rows ``text`` takes with the cursor after its end (on a row of its own after a full row)."""
    starts = row_starts(text, width)
    return len(starts) + (cell_len(text[starts[-1] :]) >= width > 0)


def _row_actions() -> dict[str, str]:
    """LineInput's editing keys, and ``up``/``down`` between the rows."""
    return {**LineInput.ACTIONS, "up": "row_up", "down": "row_down"}


class WrapInput(LineInput):
    """A LineInput drawn over as many rows as its text needs (see the module's docstring)."""

    ACTIONS: dict[str, str] = _row_actions()

    def _text_width(self) -> int:
        return max(self.scrollable_content_region.width, 1)

    _laid_out: tuple[str, int, list[int]] = ("", 0, [0])

    def _rows(self) -> list[int]:
        """The row starts of the value at the field's width (kept until either changes)."""
        value, width = self.value, self._text_width()
        if self._laid_out[:2] != (value, width):
            self._laid_out = (value, width, row_starts(value, width))
        return self._laid_out[2]

    def _place(self, position: int) -> tuple[int, int]:
        """The (row, column) where the character at ``position`` (or the cursor there) is drawn."""
        starts = self._rows()
        row = bisect_right(starts, position) - 1
        column = cell_len(self.value[starts[row] : position])
        if column >= self._text_width():  # the cursor after a full last row: on the next one
            return row + 1, 0
        return row, column

    def _row_count(self) -> int:
        width = self._text_width()
        if not self.value:
            return len(row_starts(self.placeholder, width))
        starts = self._rows()
        return len(starts) + (cell_len(self.value[starts[-1] :]) >= width)

    def _index_at(self, column: int, row: int) -> int:
        """The position in the text drawn at (``column``, ``row``) of the laid-out text."""
        starts = self._rows()
        if row < 0:
            return 0
        if row >= len(starts):
            return len(self.value)
        end = starts[row + 1] if row + 1 < len(starts) else len(self.value)
        used = 0
        for index in range(starts[row], end):
            used += cell_len(self.value[index])
            if used > column:
                return index
        # past the row's text: its end (before the space a wrapped row ends with)
        return end - 1 if row + 1 < len(starts) and end > starts[row] else end

    # --- layout --------------------------------------------------------

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """As many rows as the text needs at ``width``."""
        if self.styles.scrollbar_gutter == "stable":  # ``width`` still holds the scrollbar's column
            width -= self.styles.scrollbar_size_vertical
        if not self.value:  # the placeholder (what Enter and Esc do) wraps too
            return len(row_starts(self.placeholder, max(width, 1)))
        return row_count(self.value, max(width, 1))

    def get_content_width(self, container: Size, viewport: Size) -> int:
        """The width it is given (the text wraps instead of scrolling sideways)."""
        return container.width

    def watch_value(self, value: str) -> None:
        """Lay the text out again, then tell ``value_handler`` (see LineInput)."""
        self.virtual_size = Size(self._text_width(), self._row_count())
        self.refresh(layout=True)
        super().watch_value(value)

    def on_resize(self) -> None:
        """New width, new rows."""
        self.virtual_size = Size(self._text_width(), self._row_count())
        self._scroll_to_cursor()

    def watch_selection(self, selection: Selection) -> None:
        """Keep the cursor's row in sight (Input's own watcher scrolls to the first row)."""
        self._scroll_to_cursor()

    def _scroll_to_cursor(self) -> None:
        row, _column = self._place(self.cursor_position)
        self.scroll_to_region(Region(0, row, 1, 1), force=True, animate=False, immediate=True)

    @property
    def cursor_screen_offset(self) -> Offset:
        """The cursor's place on the screen (the terminal's cursor, for input methods)."""
        x, y, _width, _height = self.content_region
        row, column = self._place(self.cursor_position)
        return Offset(x + column, y + row - self.scroll_offset.y)

    # --- drawing -------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        """Row ``y`` of the field: its part of the text, with selection and cursor."""
        width = self._text_width()
        row = y + self.scroll_offset.y
        if not self.value:
            return self._placeholder_row(row, width)
        starts = self._rows()
        start = starts[row] if row < len(starts) else len(self.value)
        end = starts[row + 1] if row + 1 < len(starts) else len(self.value)
        text = Text(self.value[start:end], no_wrap=True, overflow="ignore", end="")
        if self.has_focus:
            if not self.selection.is_empty:
                low, high = sorted(self.selection)
                low, high = max(low, start) - start, min(high, end) - start
                if low < high:
                    text.stylize_before(self.get_component_rich_style("input--selection"), low, high)
            cursor_row, _column = self._place(self.cursor_position)
            if self._cursor_visible and cursor_row == row:
                local = self.cursor_position - start
                if local >= len(text):
                    text.pad_right(1)
                text.stylize(self.get_component_rich_style("input--cursor"), local, local + 1)
        console = self.app.console
        strip = Strip(console.render(text, self.app.console_options.update_width(width + 1)))
        return strip.crop(0, width).extend_cell_length(width).apply_style(self.rich_style)

    def _placeholder_row(self, row: int, width: int) -> Strip:
        """Row ``row`` of the placeholder, the cursor on its first character."""
        starts = row_starts(self.placeholder, width)
        start = starts[row] if row < len(starts) else len(self.placeholder)
        end = starts[row + 1] if row + 1 < len(starts) else len(self.placeholder)
        text = Text(self.placeholder[start:end], self.get_component_rich_style("input--placeholder"), end="")
        if self.has_focus and self._cursor_visible and row == 0:
            if not text:
                text = Text(" ", end="")
            text.stylize(self.get_component_rich_style("input--cursor"), 0, 1)
        strip = Strip(self.app.console.render(text, self.app.console_options.update_width(width + 1)))
        return strip.crop(0, width).extend_cell_length(width).apply_style(self.rich_style)

    # --- keys and mouse --------------------------------------------------

    def action_row_up(self) -> None:
        """The cursor one row up (on the first row: to the start)."""
        row, column = self._place(self.cursor_position)
        self.cursor_position = self._index_at(column, row - 1) if row else 0

    def action_row_down(self) -> None:
        """The cursor one row down (on the last row: to the end)."""
        row, column = self._place(self.cursor_position)
        self.cursor_position = self._index_at(column, row + 1)

    async def _on_mouse_down(self, event: events.MouseDown) -> None:
        event.prevent_default()  # Input's own handler knows only one row (Widget's brokers the event: done here)
        await self.broker_event("mouse.down", event)
        self._pause_blink(visible=True)
        offset = event.get_content_offset_capture(self)
        self.selection = Selection.cursor(self._index_at(offset.x, offset.y + self.scroll_offset.y))
        self._selecting = True
        self.capture_mouse()

    async def _on_mouse_move(self, event: events.MouseMove) -> None:
        event.prevent_default()
        if self._selecting:
            offset = event.get_content_offset_capture(self)
            self.selection = Selection(self.selection.start, self._index_at(offset.x, offset.y + self.scroll_offset.y))
