"""An Input that hands over each line in key order, so fast typing never mixes two lines."""

from __future__ import annotations

from textual import events
from textual.message import Message
from textual.widgets import Input


class LineInput(Input):
    """Enter is handled here, in the order the keys arrived (not after the key bubbled to the app).

    With ``continuous`` set the input empties itself at once on Enter, so characters typed
    right after Enter belong to the next line; a pasted block of lines becomes one line each.
    """

    class Line(Message):
        """One line was entered."""

        def __init__(self, line_input: LineInput, value: str) -> None:
            super().__init__()
            self.line_input = line_input
            self.value = value

        @property
        def control(self) -> LineInput:
            """The input the line came from."""
            return self.line_input

    continuous = False

    async def _on_key(self, event: events.Key) -> None:
        if event.key == "enter":
            event.stop()
            event.prevent_default()
            value = self.value
            if self.continuous:
                self.value = ""
            self.post_message(self.Line(self, value))
        # Other keys: Textual goes on to Input._on_key (handlers run per class unless prevented).

    def _on_paste(self, event: events.Paste) -> None:
        lines = event.text.splitlines()
        if not self.continuous or len(lines) < 2:
            return  # Input._on_paste inserts the first line
        event.stop()
        event.prevent_default()
        self.insert_text_at_cursor(lines[0])
        for line in [self.value, *lines[1:-1]]:
            self.post_message(self.Line(self, line))
        self.value = lines[-1]
        self.cursor_position = len(self.value)
