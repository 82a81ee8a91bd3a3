"""A one-line choice among a few values: ← → (or Space) step through them, the owner hears each step."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets import Static

from faktor4_tui.i18n import t


class StatusChoice(Static, can_focus=True):
    """Shows "◀ value ▶"; ``values`` in order ("" = none), ``label`` words a value, ``chosen`` hears a step."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left", "step(-1)", t("key.status_prev"), id="choice.prev", tooltip=t("key.status_prev.tip")),
        Binding("right,space", "step(1)", t("key.status_next"), id="choice.next", tooltip=t("key.status_next.tip")),
    ]

    def __init__(self, values: Sequence[str], label: Callable[[str], str], *, id: str | None = None) -> None:
        super().__init__(id=id, classes="status-choice")
        self.values = tuple(values)
        self.label = label
        self.value = self.values[0]
        self.chosen: Callable[[str], None] | None = None

    def on_mount(self) -> None:
        """Show the value."""
        self.show(self.value)

    def show(self, value: str) -> None:
        """Show ``value`` (without telling ``chosen``)."""
        self.value = value if value in self.values else self.values[0]
        self.update(Content(f"◀ {self.label(self.value)} ▶"))

    def action_step(self, step: int) -> None:
        """The previous or next value (wrapping round); ``chosen`` hears it."""
        index = (self.values.index(self.value) + step) % len(self.values)
        self.show(self.values[index])
        if self.chosen is not None:
            self.chosen(self.value)
