"""The deck on show and the place in it, rebuilt when the file or the slide size changes."""

from __future__ import annotations

from faktor4_tui.deck import Fit, Slide, SlideKey, build_deck, locate
from faktor4_tui.deck.keys import highlight_part
from faktor4_tui.model import Document


def _group(key: SlideKey) -> tuple[int | None, int | None, str]:
    return key.workshop_id, key.aufgabe_id, key.kind


def _entry_ids(slide: Slide) -> set[int]:
    return {line.entry_id for block in slide.blocks for line in block.lines if line.entry_id is not None}


class DeckCursor:
    """Keeps the presenter on the same slide (by SlideKey) while the deck is rebuilt underneath.

    No Textual here: the screen asks it to move, to fit a new size, or to show a newer document.
    """

    def __init__(self, document: Document, workshop_id: int | None = None, start: SlideKey | None = None) -> None:
        self.workshop_id = workshop_id
        self.fit: Fit | None = None
        self.document = document
        self.slides = build_deck(self.document, workshop_id, None)
        self.index = locate(self.slides, start) if start is not None else 0

    @property
    def current(self) -> Slide:
        """The slide on show."""
        return self.slides[self.index]

    @property
    def total(self) -> int:
        """How many slides the deck has."""
        return len(self.slides)

    def go(self, index: int) -> bool:
        """Show slide ``index`` (clamped); True if that moved.

        One step forward onto an Aktion's problem list lands on its part showing the Aktion's
        Aufgabe (on a small screen the list continues over parts; the earlier part is one step back).
        """
        index = max(0, min(index, len(self.slides) - 1))
        if index == self.index + 1 and _group(self.slides[index].key) != _group(self.current.key):
            index = highlight_part(self.slides, index)
        moved, self.index = index != self.index, index
        return moved

    def set_fit(self, fit: Fit) -> bool:
        """Rebuild for a new body size, staying on the same slide; True if anything changed."""
        if fit == self.fit:
            return False
        self.fit = fit
        self._rebuild(follow_new=False)
        return True

    def update(self, document: Document) -> bool:
        """Show a newer document, staying on the same slide (or going to new lines); True if it changed."""
        if document is self.document:
            return False
        self.document = document
        self._rebuild(follow_new=True)
        return True

    def _rebuild(self, follow_new: bool) -> None:
        old = self.slides
        key = self.current.key
        self.slides = build_deck(self.document, self.workshop_id, self.fit)
        self.index = locate(self.slides, key, self.index)
        if follow_new:
            self._show_new_entries(old)

    def _show_new_entries(self, old: list[Slide]) -> None:
        """If entries were added to the section on show but landed on another part of it, go there."""
        group = _group(self.current.key)
        known = set().union(*(_entry_ids(s) for s in old if _group(s.key) == group))
        if _entry_ids(self.current) - known:
            return
        for index, slide in enumerate(self.slides):
            if _group(slide.key) == group and _entry_ids(slide) - known:
                self.index = index
                return
