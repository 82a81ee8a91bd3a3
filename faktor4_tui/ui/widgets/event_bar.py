"""The band above every slide: event title, forum, dates and "Workshop: NAME"."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Static

from faktor4_tui.deck import Slide
from faktor4_tui.deck.text import event_line, workshop_line


class EventBar(Horizontal):
    """Event and workshop of the slide on show (user text, shown literally)."""

    def compose(self) -> ComposeResult:
        """Event on the left, workshop on the right."""
        yield Static(id="slide-event", classes="slide-event")
        yield Static(id="slide-workshop", classes="slide-workshop")

    def show(self, slide: Slide) -> None:
        """Update the texts in place."""
        event = Content.assemble((event_line(slide), "bold"), "\n", slide.dates)
        self.query_one("#slide-event", Static).update(event)
        self.query_one("#slide-workshop", Static).update(Content(workshop_line(slide)))
