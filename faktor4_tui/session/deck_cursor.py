"""The deck on show and the place in it, rebuilt when the file or the slide size changes."""

from __future__ import annotations

from typing import NamedTuple

from faktor4_tui.deck import Fit, Slide, SlideKey, build_deck, locate
from faktor4_tui.deck.keys import highlight_part
from faktor4_tui.model import Document
from faktor4_tui.session.heap import settle_deck


class Room(NamedTuple):
    """A workshop the presenter can go to: its id, its name and its number (1-based)."""

    workshop_id: int
    name: str
    number: int


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
        self._rooms: list[Room] | None = None

    @property
    def current(self) -> Slide:
        """The slide on show."""
        return self.slides[self.index]

    @property
    def total(self) -> int:
        """How many slides the deck has."""
        return len(self.slides)

    def go(self, index: int) -> bool:
        """Show slide ``index`` (clamped: a slide chosen by number is that slide); True if that moved."""
        index = max(0, min(index, len(self.slides) - 1))
        moved, self.index = index != self.index, index
        return moved

    def next(self) -> bool:
        """One step forward; onto an Aktion's problem list it lands on the part showing the Aktion's
        Aufgabe (on a small screen the list continues over parts; the earlier part is one step back)."""
        index = min(self.index + 1, len(self.slides) - 1)
        if index != self.index and _group(self.slides[index].key) != _group(self.current.key):
            index = highlight_part(self.slides, index)
        return self.go(index)

    @property
    def rooms(self) -> list[Room]:
        """The workshops one can go to: the deck's, in its order; presenting one workshop, all of the file's."""
        if self._rooms is None:
            if self.workshop_id is not None:
                workshops = [(w.id, w.name) for w in self.document.workshops]
            else:
                seen = {s.key.workshop_id: s.workshop for s in self.slides if s.key.workshop_id is not None}
                workshops = [(workshop_id, name) for workshop_id, name in seen.items() if workshop_id is not None]
            self._rooms = [Room(workshop_id, name, n) for n, (workshop_id, name) in enumerate(workshops, start=1)]
        return self._rooms

    @property
    def room(self) -> Room | None:
        """The workshop on show (None on the forum's title, index and plans of all)."""
        workshop_id = self.workshop_id if self.workshop_id is not None else self.current.key.workshop_id
        return next((room for room in self.rooms if room.workshop_id == workshop_id), None)

    def _first(self, workshop_id: int) -> int | None:
        return next((i for i, slide in enumerate(self.slides) if slide.key.workshop_id == workshop_id), None)

    def step_room(self, step: int) -> bool:
        """To the first slide of the next (``step`` 1) or previous (-1) workshop; True if that moved.

        Before the first workshop (title, index) ``]`` goes to the first one; after the last one
        ``]`` goes to the deck's end (all rooms' plans, if any); ``[`` from the first workshop
        goes back to the index (or the title), from the plans of all to the last workshop.
        Presenting one workshop, ``]``/``[`` present the file's next or previous one instead.
        """
        rooms, room = self.rooms, self.room
        if not rooms:
            return False
        if room is not None:
            position = room.number - 1
        elif self.workshop_id is not None:
            return False  # the workshop presented is gone: nothing to count from
        else:
            position = -1 if self.index < (self._first(rooms[0].workshop_id) or 0) else len(rooms)
        target = position + step
        if 0 <= target < len(rooms):
            return self.go_room(rooms[target].workshop_id)
        if self.workshop_id is not None:
            return False
        if target < 0 <= position:  # from the first workshop back to the index, or the title
            kinds = [slide.key.kind for slide in self.slides]
            return self.go(kinds.index("index") if "index" in kinds else 0)
        if target >= len(rooms) > position:  # past the last workshop: the plans of all, if the deck has them
            kinds = [slide.key.kind for slide in self.slides]
            return "forum-plan" in kinds and self.go(kinds.index("forum-plan"))
        return False

    def go_room(self, workshop_id: int) -> bool:
        """To the first slide of this workshop; False if there is no such workshop (any more)."""
        if self.workshop_id is not None and workshop_id != self.workshop_id:
            if all(room.workshop_id != workshop_id for room in self.rooms):
                return False
            self.workshop_id = workshop_id  # presenting one workshop: now this one
            self.slides, self._rooms = build_deck(self.document, workshop_id, self.fit), None
            self.index = -1
        first = self._first(workshop_id)
        if first is None:
            return False
        self.go(first)
        return True

    def set_fit(self, fit: Fit) -> bool:
        """Rebuild for a new body size, staying on the same slide; True if anything changed."""
        if fit == self.fit:
            return False
        self.fit = fit
        self._rebuild(follow_new=False)
        settle_deck(len(self.slides))
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
        self._rooms = None
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
