"""Keys and pastes reach their widget in arrival order (see the package docstring, steps 2-3)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from weakref import WeakKeyDictionary, WeakSet

from textual import events
from textual.app import App
from textual.driver import Driver
from textual.message import Message
from textual.screen import Screen

from faktor4_tui.ui.input.line_input import LineInput
from faktor4_tui.ui.input.paste_guard import guard_pastes

_opening: WeakSet[Screen[Any]] = WeakSet()
_taking_all: WeakKeyDictionary[Screen[Any], Callable[[events.Key | events.Paste], None]] = WeakKeyDictionary()


class KeysReady(Message):
    """A screen has focused its first widget: the keys held meanwhile can go to it."""


def hold_keys(screen: Screen[Any]) -> None:
    """Hold typed keys while ``screen`` opens (call in its constructor)."""
    _opening.add(screen)


def release_keys(screen: Screen[Any]) -> None:
    """``screen`` has focus where keys should go (call at the end of its on_mount): replay held keys."""
    _opening.discard(screen)
    screen.app.post_message(KeysReady())


def key_serial(app: App[Any]) -> int | None:
    """How many keys the app has routed so far (None for an app that does not route): "the next key" tests."""
    return app.keys_routed if isinstance(app, KeyRoutingApp) else None


def take_all_keys(screen: Screen[Any], handler: Callable[[events.Key | events.Paste], None]) -> None:
    """While ``screen`` is on top, every key and paste goes to ``handler`` alone (call in its constructor).

    No binding acts, not even a priority one (ctrl+p, ctrl+q, undo): the screen decides what a key
    means. For the held notice, which must not let a typist's keys run as commands.
    """
    _taking_all[screen] = handler


def keys_wait_for(screen: Screen[Any]) -> bool:
    """True while keys typed now must wait for ``screen`` (the blank default screen, or one opening)."""
    return screen.id == "_default" or screen in _opening


class KeyRoutingApp(App[None]):
    """An App whose keys and pastes go out in arrival order, held while a screen opens."""

    def __init__(self) -> None:
        super().__init__()
        self._pending_keys: list[events.Key | events.Paste] = []
        self.keys_routed = 0  # every key and paste counts, in the order it reaches its widget

    def get_driver_class(self) -> type[Driver]:
        """Textual's terminal driver, with pasted escape codes kept out of the keys (see paste_guard)."""
        driver_class = super().get_driver_class()
        guard_pastes(driver_class)
        return driver_class

    async def on_event(self, event: events.Event) -> None:
        """Keys and pastes go out in arrival order: held while a screen opens, typed here for line inputs."""
        typed = isinstance(event, events.Key) or (isinstance(event, events.Paste) and not event.is_forwarded)
        if not isinstance(event, (events.Key, events.Paste)) or not typed:
            await super().on_event(event)
            return
        if self._pending_keys or keys_wait_for(self.screen):
            self._pending_keys.append(event)
            await self._flush_keys()
            return
        await self._route_key(event)

    async def on_keys_ready(self, _message: KeysReady) -> None:
        """A screen is ready: replay the keys typed while it opened."""
        await self._flush_keys()

    async def _flush_keys(self) -> None:
        while self._pending_keys and not keys_wait_for(self.screen):
            await self._route_key(self._pending_keys.pop(0))

    def before_key(self) -> None:
        """Called before each key or paste is routed (the app checks here what changed since the last one)."""

    async def _route_key(self, event: events.Key | events.Paste) -> None:
        self.keys_routed += 1
        self.before_key()
        handler = _taking_all.get(self.screen)
        if handler is not None:
            handler(event)
            return
        focused = self.focused
        if isinstance(event, events.Paste):
            if isinstance(focused, LineInput):  # at once, so keys typed after it come after it
                focused.paste(event.text)
                return
        elif isinstance(focused, LineInput) and not self._has_priority_binding(event.key):
            if await focused.type_key(event):
                return
        await super().on_event(event)

    def _has_priority_binding(self, key: str) -> bool:
        active = self.screen.active_bindings.get(key)
        return active is not None and active.enabled and active.binding.priority
