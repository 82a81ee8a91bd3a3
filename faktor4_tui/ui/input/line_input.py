"""An Input that takes its keys in arrival order, so fast typing never mixes or loses lines."""

from __future__ import annotations

from collections.abc import Callable

from textual import events
from textual.binding import Binding
from textual.widgets import Input

from faktor4_tui.i18n import t
from faktor4_tui.model import sanitize
from faktor4_tui.store.ops.base import MAX_TEXT

# ctrl+j is a newline: what Enter becomes when typed before the terminal switched to raw mode.
ENTER_KEYS = ("enter", "ctrl+j")


def _input_actions() -> dict[str, str]:
    actions: dict[str, str] = {}
    for binding in Input.BINDINGS:
        if isinstance(binding, Binding):
            for key in binding.key.split(","):
                actions.setdefault(key.strip(), binding.action)
    return actions


def _too_long(text: str) -> bool:
    """Longer than the store takes once sanitized (escape sequences do not count); a text many
    times the limit is too long without looking closer."""
    if len(text) <= MAX_TEXT:
        return False
    return len(text) > 16 * MAX_TEXT or len(sanitize(text)) > MAX_TEXT


class LineInput(Input):
    """One line of text; Enter hands the line to ``line_handler`` synchronously.

    Textual routes each key to the focused widget's queue and resolves bindings only after
    the key bubbled back to the app, so in a burst (fast typing, SSH lag) keys after Enter
    could land in a line that is already saved, or in an input that is closing. The app
    therefore hands keys for a focused LineInput to ``type_key`` in its own task, in order;
    with ``continuous`` set the input empties itself on Enter for the next line.
    """

    ACTIONS: dict[str, str] = _input_actions()

    def __init__(self, *, placeholder: str = "", classes: str = "", compact: bool = True) -> None:
        # No select-on-focus: the Focus event arrives after keys typed in the same burst.
        super().__init__(placeholder=placeholder, classes=classes, compact=compact, select_on_focus=False)

    continuous = False
    line_handler: Callable[[str], None] | None = None
    value_handler: Callable[[str], None] | None = None
    """Hears every change of the value at once (not a queued message): a draft is never behind."""

    def watch_value(self, value: str) -> None:
        """Tell ``value_handler`` (Input's own watcher has already run)."""
        if self.value_handler is not None:
            self.value_handler(value)

    async def type_key(self, event: events.Key) -> bool:
        """Handle an editing key now; False for keys that are not for the input."""
        if event.key in ENTER_KEYS:
            self.enter()
            return True
        if event.is_printable and event.character is not None:
            selection = self.selection
            if selection.is_empty:
                self.insert_text_at_cursor(event.character)
            else:
                self.replace(event.character, *selection)
            return True
        action = self.ACTIONS.get(event.key)
        if action is None:
            return False
        await self.run_action(action)
        return True

    def enter(self) -> None:
        """The line is complete: empty the input (continuous mode) and hand the line over."""
        value = self.value
        if self.continuous:
            self.value = ""
        if self.line_handler is not None:
            self.line_handler(value)

    async def _on_key(self, event: events.Key) -> None:
        if event.key in ENTER_KEYS:
            event.stop()
            event.prevent_default()
            self.enter()
        # Other keys: Textual goes on to Input._on_key (handlers run per class unless prevented).

    def _on_paste(self, event: events.Paste) -> None:
        event.stop()
        event.prevent_default()
        self.paste(event.text)

    def paste(self, text: str) -> None:
        """Insert pasted text; in continuous mode each complete line is handed over as if Enter followed it.

        A paste that would make a line longer than ``MAX_TEXT`` is refused whole with a notice
        (nothing of it is inserted, the typed text stays): cutting it would save half a text.

        Blank pasted lines are skipped (they do not close the input); if a line is not saved,
        it and every line after it stay in the input, joined by spaces: nothing is lost.
        Without continuous mode the lines are joined by spaces (a line break is no content).
        """
        longest = max(text.splitlines(), key=len, default="") if self.continuous else text
        if _too_long(self.value + longest):
            # Refused whole, before anything is laid out: a 20 MB paste must not freeze the screen.
            length, limit = len(text), MAX_TEXT
            self.notify(t("input.paste_too_long", length=length, limit=limit), severity="warning")
            return
        lines = text.splitlines()
        if not lines:
            return
        if not self.continuous or len(lines) < 2:
            self._insert(" ".join(line for line in lines if line.strip()) if len(lines) > 1 else lines[0])
            return
        self._insert(lines[0])
        complete, rest = [self.value, *lines[1:-1]], lines[-1]
        for index, line in enumerate(complete):
            if not line.strip():
                continue
            self.value = ""
            if self.line_handler is not None:
                self.line_handler(line)
            if self.value:  # not saved: the handler gave the line back
                kept = [self.value, *complete[index + 1 :], rest]
                self.value = " ".join(part for part in kept if part.strip())
                self.cursor_position = len(self.value)
                return
        self.value = rest
        self.cursor_position = len(rest)

    def _insert(self, text: str) -> None:
        selection = self.selection
        if selection.is_empty:
            self.insert_text_at_cursor(text)
        else:
            self.replace(text, *selection)
