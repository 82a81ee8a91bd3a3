"""The baseline: a bare Textual app (a Static and a Footer), or a bare OptionList of N items."""

from __future__ import annotations

import sys
from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import BindingType
from textual.widgets import Footer, OptionList, Static

MARKER = "faktor4-bench bare app"


class BareApp(App[None]):
    """A Static and a Footer; with ``items`` a focused OptionList instead of the Static."""

    BINDINGS: ClassVar[list[BindingType]] = [("q", "quit", "Beenden")]

    def __init__(self, items: int = 0) -> None:
        super().__init__()
        self.items = items

    def compose(self) -> ComposeResult:
        """The two widgets (the file argument is ignored: the baseline reads nothing)."""
        if self.items:
            yield OptionList(*(f"Aufgabe {n}: {MARKER}" for n in range(1, self.items + 1)))
        else:
            yield Static(MARKER)
        yield Footer()


def main(argv: list[str]) -> None:
    """``python -m benchmarks.bare_app [FILE] [--list N]``."""
    items = int(argv[argv.index("--list") + 1]) if "--list" in argv else 0
    BareApp(items).run()


if __name__ == "__main__":
    main(sys.argv[1:])
