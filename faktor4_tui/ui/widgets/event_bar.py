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

    _shown: tuple[str, str, str] | None = None
    _width: int | None = None

    def show(self, slide: Slide, room: str | None = None, room_width: int | None = None) -> None:
        """Update the texts in place (only when they change: most slides share the band).

        ``room`` replaces "Workshop: NAME" (the presentation says "Workshop 2/5: NAME");
        ``room_width``, the cells of the widest room the deck can show, keeps the band's layout
        (and so the slide body's size and the slide numbers) the same on every slide.
        """
        shown = (event_line(slide), slide.dates, workshop_line(slide) if room is None else room)
        if room_width != self._width:
            self._width = room_width
            label = self.query_one("#slide-workshop", Static)
            label.styles.width = "auto" if room_width is None else room_width + label.styles.padding.left
        if shown == self._shown:
            return
        self._shown = shown
        self.query_one("#slide-event", Static).update(Content.assemble((shown[0], "bold"), "\n", shown[1]))
        self.query_one("#slide-workshop", Static).update(Content(shown[2]))
