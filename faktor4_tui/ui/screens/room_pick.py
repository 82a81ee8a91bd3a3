"""The presentation's `w`: a short list of the deck's workshops; typing filters, Enter jumps there."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from faktor4_tui.i18n import t
from faktor4_tui.session.deck_cursor import Room
from faktor4_tui.ui.input.line_input import LineInput
from faktor4_tui.ui.input.router import hold_keys, release_keys


def matches(room: Room, query: str) -> bool:
    """A room matches when every word typed is in its name (any case), or the query is its number."""
    query = query.strip().casefold()
    name = room.name.casefold()
    return query == str(room.number) or all(word in name for word in query.split())


class RoomPicker(ModalScreen[int | None]):
    """Returns the chosen workshop's id, or None (Escape)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", t("key.close"), id="room_pick.cancel", tooltip=t("present.pick.cancel.tip")),
        Binding("up", "move(-1)", t("present.pick.move"), id="room_pick.up", tooltip=t("present.pick.move.tip")),
        Binding("down", "move(1)", t("present.pick.move"), id="room_pick.down", tooltip=t("present.pick.move.tip")),
    ]

    def __init__(self, rooms: Sequence[Room], current: int | None = None) -> None:
        super().__init__()
        self.rooms = list(rooms)
        self.current = current
        self.shown: list[Room] = list(rooms)
        hold_keys(self)

    def compose(self) -> ComposeResult:
        """Title, the filter line, the rooms, the hint."""
        with Vertical(classes="dialog room-pick"):
            yield Static(Content(t("present.pick.title")), classes="dialog-title")
            yield LineInput(placeholder=t("present.pick.placeholder"), classes="room-filter", compact=False)
            yield OptionList(classes="workshop-list room-list")
            yield Static(Content(t("present.pick.hint")), classes="help-hint")

    def on_mount(self) -> None:
        """Fill the list, mark the room on show, type into the filter."""
        field = self.query_one(LineInput)
        field.line_handler = self.take
        field.value_handler = self.filter
        options = self.query_one(OptionList)
        options.can_focus = False  # the keys go to the filter; ↑↓ move the choice
        self.filter("")
        ids = [room.workshop_id for room in self.shown]
        if self.current in ids:
            options.highlighted = ids.index(self.current)
        self.set_focus(field)
        release_keys(self)

    def filter(self, query: str) -> None:
        """Show the rooms that match what is typed; the first one is chosen."""
        self.shown = [room for room in self.rooms if matches(room, query)]
        options = self.query_one(OptionList)
        options.clear_options()
        if self.shown:
            options.add_options(
                [Option(Content(f"{room.number}  {room.name}"), id=str(room.workshop_id)) for room in self.shown]
            )
            options.highlighted = 0
        else:
            options.add_option(Option(Content(t("present.pick.none")), disabled=True))

    def action_move(self, step: int) -> None:
        """Choose the previous or next room of the list."""
        options = self.query_one(OptionList)
        if self.shown:
            options.highlighted = max(0, min(len(self.shown) - 1, (options.highlighted or 0) + step))

    def take(self, _text: str) -> None:
        """Enter: jump to the chosen room (nothing matches: stay open)."""
        highlighted = self.query_one(OptionList).highlighted
        if self.is_current and self.shown and highlighted is not None:
            self.dismiss(self.shown[highlighted].workshop_id)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """A click on a room jumps there too."""
        event.stop()
        if event.option.id is not None and self.is_current:
            self.dismiss(int(event.option.id))

    def action_cancel(self) -> None:
        """Escape: back to the slide, no jump."""
        self.dismiss(None)
