"""The presentation timer: a countdown in big digits that changes look in the last 30 seconds."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.timer import Timer
from textual.widgets import Digits, Static

from faktor4_tui.i18n import t

ENDING = 30  # seconds left when the countdown starts to warn


class Countdown(Horizontal):
    """A countdown (default 3 minutes); hidden while stopped."""

    def __init__(
        self, minutes: int = 3, clock: Callable[[], float] = time.monotonic, *, id: str | None = None, classes: str = ""
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.minutes = minutes
        self.clock = clock
        self._end = 0.0
        self._ticker: Timer | None = None

    def compose(self) -> ComposeResult:
        """A label (plain text, for consoles without box-drawing glyphs) and the big digits."""
        yield Static(classes="countdown-label")
        yield Digits(classes="countdown-digits")

    @property
    def running(self) -> bool:
        """True while the countdown is on."""
        return self._ticker is not None

    @property
    def remaining(self) -> int:
        """Whole seconds left (rounded up), never below zero."""
        return max(0, math.ceil(self._end - self.clock()))

    def toggle(self) -> None:
        """Start a fresh countdown, or stop the one running."""
        if self._ticker is not None:
            self._ticker.stop()
            self._ticker = None
            self.display = False
            return
        self._end = self.clock() + self.minutes * 60
        self._ticker = self.set_interval(0.2, self.tick)
        self.display = True
        self.tick()

    def adjust(self, minutes: int) -> str:
        """Add (or take) minutes: to the running countdown, else to the next one. Returns a notice."""
        if self._ticker is None:
            self.minutes = max(1, min(99, self.minutes + minutes))
            return t("present.timer.preset", minutes=self.minutes)
        self._end = max(self.clock(), self._end + minutes * 60)
        self.tick()
        return ""

    def tick(self) -> None:
        """Redraw the digits and the warning state."""
        left = self.remaining
        text = f"{left // 60}:{left % 60:02d}"
        self.query_one(Digits).update(text)
        label = t("present.timer.over") if left == 0 else t("present.timer.label", time=text)
        self.query_one(".countdown-label", Static).update(Content(label))
        self.set_class(0 < left <= ENDING, "-ending")
        self.set_class(left == 0, "-over")
