"""The band above every slide: event title, forum, dates and "Workshop: NAME"."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Static

from faktor4_tui.deck import Slide
from faktor4_tui.deck.measure import cell_width
from faktor4_tui.deck.text import event_line, workshop_line


def title_band(slide: Slide, width: int) -> Content:
    """The band of the title slide: the event title, forum and dates under it, centred (by CSS).

    It takes the two rows of the band of the other slides ("title · forum", then the dates), so
    the slide body keeps its size (the deck is fitted to it): the title on the first row, forum
    and dates together under it if they fit, else the other slides' two lines; a line too long
    for the band ends in "…".
    """
    title, forum, dates = slide.title, slide.forum, slide.dates
    rows = 2  # as the band of every slide: the event line and the dates, each one row (shortened with …)
    layouts: list[list[list[str | tuple[str, str]]]] = [
        [[(title, ".event-title")], [forum], [dates]],
        [[(title, ".event-title")], [" · ".join(part for part in (forum, dates) if part)]],
        [[(title, ".event-title"), (" · " + forum if title and forum else forum, "bold")], [dates]],
    ]
    for layout in layouts:
        lines = [line for line in layout if any(part[0] if isinstance(part, tuple) else part for part in line)]
        used = len(lines)  # a line never wraps: one too long ends in … (CSS text-overflow)
        whole = all(cell_width("".join(p[0] if isinstance(p, tuple) else p for p in line)) <= width for line in lines)
        if width <= 0 or (used <= rows and whole) or layout is layouts[-1]:
            break
    parts: list[str | tuple[str, str]] = []
    for index, line in enumerate(lines):
        parts += [*(["\n"] if index else []), *line]
    return Content.assemble(*parts, "\n" * max(0, rows - used))


class EventBar(Horizontal):
    """Event and workshop of the slide on show (user text, shown literally)."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"event-title"}

    def compose(self) -> ComposeResult:
        """Event on the left, workshop on the right."""
        yield Static(id="slide-event", classes="slide-event")
        yield Static(id="slide-workshop", classes="slide-workshop")

    _shown: tuple[object, ...] | None = None
    _slide: Slide | None = None
    _room: str | None = None
    _width: int | None = None

    def show(self, slide: Slide, room: str | None = None, room_width: int | None = None) -> None:
        """Update the texts in place (only when they change: most slides share the band).

        ``room`` replaces "Workshop: NAME" (the presentation says "Workshop 2/5: NAME");
        ``room_width``, the cells of the widest room the deck can show, keeps the band's layout
        (and so the slide body's size and the slide numbers) the same on every slide.
        """
        self._slide, self._room = slide, room
        if room_width != self._width:
            self._width = room_width
            label = self.query_one("#slide-workshop", Static)
            label.styles.width = "auto" if room_width is None else room_width + label.styles.padding.left
        event = self.query_one("#slide-event", Static)
        title = slide.kind == "title"
        width = event.content_size.width if title else 0
        shown = (event_line(slide), slide.dates, workshop_line(slide) if room is None else room, title, width)
        if shown == self._shown:
            return
        self._shown = shown
        event.set_class(title, "-title")
        if title:
            event.update(title_band(slide, width))
        else:
            event.update(Content.assemble((event_line(slide), "bold"), "\n", slide.dates))
        self.query_one("#slide-workshop", Static).update(Content(str(shown[2])))

    def on_resize(self) -> None:
        """The title slide's band is laid out for its width (once the width is known)."""
        self.call_after_refresh(self._show_again)

    def _show_again(self) -> None:
        if self._slide is not None and self._slide.kind == "title":
            self.show(self._slide, self._room, self._width)
