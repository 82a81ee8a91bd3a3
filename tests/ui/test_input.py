"""The input path (faktor4_tui/ui/input): each workaround on its own, fast, on a minimal app."""

from __future__ import annotations

from typing import ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.screen import Screen
from textual.widgets import OptionList

from faktor4_tui.ui.input.line_input import LineInput
from faktor4_tui.ui.input.router import KeyRoutingApp, hold_keys, keys_wait_for, release_keys, take_all_keys


class Typing(Screen[None]):
    """A screen with one continuous line input; it holds keys until ``open_up`` is called."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []
        hold_keys(self)

    def compose(self) -> ComposeResult:
        field = LineInput()
        field.continuous = True
        field.line_handler = self.lines.append
        yield field

    def open_up(self) -> None:
        self.set_focus(self.query_one(LineInput))
        release_keys(self)


class Minimal(KeyRoutingApp):
    def get_default_screen(self) -> Screen[None]:
        return Typing()


def _queue(app: KeyRoutingApp, text: str) -> None:
    """Queue characters as a terminal sends them: no waiting between keys ("\\n" is Enter)."""
    for char in text:
        event = events.Key("enter", "\r") if char == "\n" else events.Key(char, char)
        event.set_sender(app)
        app.post_message(event)


async def test_keys_typed_while_a_screen_opens_wait_and_arrive_in_order() -> None:
    app = Minimal()
    async with app.run_test() as pilot:
        screen = app.screen
        assert isinstance(screen, Typing) and keys_wait_for(screen)
        _queue(app, "erste\nzwei")
        await pilot.pause()
        assert screen.lines == [] and screen.query_one(LineInput).value == ""  # held, not lost
        screen.open_up()
        await pilot.pause()
        assert not keys_wait_for(screen)
        assert screen.lines == ["erste"] and screen.query_one(LineInput).value == "zwei"


class Closing(Typing):
    """Enter on an empty line closes the input (focus goes to the list), as a KeyList's editor does."""

    BINDINGS: ClassVar[list[BindingType]] = [("z", "pressed", "z")]

    def __init__(self) -> None:
        super().__init__()
        self.pressed = 0

    def compose(self) -> ComposeResult:
        yield from super().compose()
        yield OptionList("eins", "zwei")

    def on_mount(self) -> None:
        field = self.query_one(LineInput)
        field.line_handler = self.take

    def take(self, line: str) -> None:
        if line:
            self.lines.append(line)
        else:
            self.set_focus(self.query_one(OptionList))

    def action_pressed(self) -> None:
        self.pressed += 1


class ClosingApp(KeyRoutingApp):
    def get_default_screen(self) -> Screen[None]:
        return Closing()


async def test_keys_after_the_enter_that_closes_an_input_are_not_typed_into_it() -> None:
    app = ClosingApp()
    async with app.run_test() as pilot:
        screen = app.screen
        assert isinstance(screen, Closing)
        screen.open_up()
        await pilot.pause()
        _queue(app, "a\nb\n\nzz")
        await pilot.pause()
        assert screen.lines == ["a", "b"]
        assert screen.query_one(LineInput).value == "" and screen.pressed == 2


async def test_a_paste_into_a_line_input_keeps_its_place_among_the_keys() -> None:
    app = Minimal()
    async with app.run_test() as pilot:
        screen = app.screen
        assert isinstance(screen, Typing)
        screen.open_up()
        await pilot.pause()
        _queue(app, "x")
        paste = events.Paste("eins\nzwei")
        paste.set_sender(app)
        app.post_message(paste)
        _queue(app, "y\n")
        await pilot.pause()
        assert screen.lines == ["xeins", "zweiy"]


class Taking(Screen[None]):
    """A screen that takes every key itself (as the held notice does)."""

    def __init__(self) -> None:
        super().__init__()
        self.taken: list[str] = []
        take_all_keys(self, lambda event: self.taken.append(getattr(event, "key", "paste")))


async def test_a_screen_taking_all_keys_gets_them_before_any_binding() -> None:
    app = ClosingApp()
    async with app.run_test() as pilot:
        below = app.screen
        assert isinstance(below, Closing)
        below.open_up()
        await pilot.pause()
        taking = Taking()
        app.push_screen(taking)
        _queue(app, "z\nz")
        for key in ("ctrl+q", "ctrl+p", "escape"):
            event = events.Key(key, None)
            event.set_sender(app)
            app.post_message(event)
        await pilot.pause()
        assert taking.taken == ["z", "enter", "z", "ctrl+q", "ctrl+p", "escape"]
        assert below.pressed == 0 and below.lines == [] and app.is_running
        app.pop_screen()
        await pilot.pause()
        _queue(app, "z")
        await pilot.pause()
        assert below.query_one(LineInput).value == "z"  # keys go where they went before
