"""One row of a slide body: a 2-column marker (bullet) beside text that wraps under itself."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import HorizontalGroup
from textual.content import Content
from textual.widgets import Static


class SlideRow(HorizontalGroup):
    """A heading, question or item; items get a marker column so wrapped lines hang indented."""

    def __init__(self, classes: str, marker: str, content: Content) -> None:
        super().__init__(classes=classes)
        # Held here (not queried) so a row can be updated before it has finished mounting.
        self._marker = Static(Content(marker), classes="row-marker")
        self._text = Static(content, classes="row-text")

    def compose(self) -> ComposeResult:
        """The marker column and the text."""
        yield self._marker
        yield self._text

    def set(self, classes: str, marker: str, content: Content) -> None:
        """Show new classes, marker and text in place."""
        self.set_classes(classes)
        self._marker.update(Content(marker))
        self._text.update(content)

    @property
    def text(self) -> str:
        """The row's text as shown (without the marker)."""
        return str(self._text.content)
