"""The band below every slide: key hint or notice, the timer, and the counter "n / total"."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Static

from faktor4_tui.i18n import t
from faktor4_tui.ui.widgets.countdown import Countdown


class PresentStatus(Horizontal):
    """Hint or notice on the left, countdown and slide counter on the right."""

    def compose(self) -> ComposeResult:
        """Notice, countdown, counter."""
        yield Static(Content(t("present.hint")), id="present-notice", classes="present-hint")
        yield Countdown(id="present-countdown")
        yield Static(id="present-counter", classes="slide-counter")

    _counter = ""
    _notice: tuple[str, bool] | None = None

    def show(self, counter: str, notice: str = "", warn: bool = False) -> None:
        """Update the counter and the notice (the key hint when there is none); only what changed."""
        if counter != self._counter:
            # A new layout only if the counter's width changed (it sits beside the notice).
            layout = len(counter) != len(self._counter)
            self._counter = counter
            self.query_one("#present-counter", Static).update(Content(counter), layout=layout)
        if (notice, warn) == self._notice:
            return
        self._notice = (notice, warn)
        note = self.query_one("#present-notice", Static)
        note.update(Content(notice or t("present.hint")))
        note.set_class(not notice, "present-hint")
        note.set_class(bool(notice) and not warn, "present-notice")
        note.set_class(warn, "present-error")
