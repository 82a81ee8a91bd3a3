"""The body of a slide: heading, questions and items, updated in place."""

from __future__ import annotations

from textual.containers import Vertical
from textual.message import Message

from faktor4_tui.deck import Fit, Slide
from faktor4_tui.ui.widgets.slide_row import SlideRow
from faktor4_tui.ui.widgets.slide_rows import slide_rows


class SlideBody(Vertical):
    """Shows one slide's content; reports its size so the deck can be fitted to it."""

    class Resized(Message):
        """The body's content area changed size."""

        def __init__(self, fit: Fit) -> None:
            super().__init__()
            self.fit = fit

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.slide: Slide | None = None

    @property
    def fit(self) -> Fit:
        """The space a slide body has here (columns, rows)."""
        size = self.content_size
        return Fit(size.width, size.height)

    def on_resize(self) -> None:
        """Tell the screen, which rebuilds the deck for the new size."""
        if self.content_size.width and self.content_size.height:
            self.post_message(self.Resized(self.fit))

    def show(self, slide: Slide) -> None:
        """Show ``slide``, reusing the row widgets already there (no flicker)."""
        if slide == self.slide:
            return
        self.slide = slide
        rows = slide_rows(slide)
        existing = list(self.query_children(SlideRow))
        with self.app.batch_update():
            for widget, row in zip(existing, rows):
                widget.set(*row)
            for widget in existing[len(rows):]:
                widget.remove()
            if len(rows) > len(existing):
                self.mount_all(SlideRow(*row) for row in rows[len(existing):])
