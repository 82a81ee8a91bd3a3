"""Every place faktor4 uses Textual's private API: why no public API serves, and what it does.

Pinned to textual 8.2.x (pyproject); ``tests/ui/test_seams.py`` checks each one still works
on the installed Textual, so an upgrade that breaks one fails there first, by name.
"""

from __future__ import annotations

import sys
from collections.abc import Hashable
from typing import Any, cast

from textual._xterm_parser import (
    SPECIAL_SEQUENCES,
    XTermParser,
    _re_cursor_position,
    _re_in_band_window_resize,
    _re_mouse_event,
    _re_terminal_mode_response,
)
from textual.app import App
from textual.binding import Binding
from textual.css.styles import RulesMap
from textual.dom import DOMNode
from textual.notifications import Notification, Notify, SeverityLevel
from textual.visual import RenderOptions
from textual.widget import Widget

__all__ = [
    "XTermParser",
    "bindings_of",
    "class_bindings",
    "ends_sequence",
    "render_options",
    "style_key",
    "toast",
    "use_parser",
    "withdraw",
]


def use_parser(driver_class: type, parser_class: type[XTermParser]) -> bool:
    """Make ``driver_class``'s input thread build ``parser_class`` instead of XTermParser; True if it did.

    Why: Textual has no hook for the terminal parser, and faktor4 must clean bracketed pastes
    before they are split into keys (``ui.input.paste_guard``). The driver module looks the
    name ``XTermParser`` up when its input thread starts, so replacing that name is enough.
    """
    module = sys.modules.get(driver_class.__module__)
    if module is None or getattr(module, "XTermParser", None) is not XTermParser:
        return False
    vars(module)["XTermParser"] = parser_class
    return True


def ends_sequence(parser: XTermParser, sequence: str) -> bool:
    """True if Textual's parser, reading ``sequence`` (ESC ...) outside a paste, takes it as whole.

    Why: faktor4 reads ESC followed at once by a key as Escape, then the key
    (``ui.input.key_framing``), so it frames escape sequences itself and hands Textual's parser
    only whole ones; it must end a sequence exactly where ``XTermParser.parse`` would. That
    method checks these, in this order, with the module's private patterns.
    """
    return bool(
        sequence in SPECIAL_SEQUENCES
        or _re_in_band_window_resize.fullmatch(sequence)
        or _re_cursor_position.match(sequence)
        or any(True for _ in parser._sequence_to_key_events(sequence))
        or _re_mouse_event.match(sequence)
        or _re_terminal_mode_response.match(sequence)
    )


def class_bindings(node_class: type[DOMNode]) -> list[Binding]:
    """The bindings a class declares, inherited ones merged as Textual merges them.

    Why: the help lists the keys of screens that are not open; Textual merges BINDINGS
    along the class hierarchy only in the private ``_merge_bindings``.
    """
    return [binding for _key, binding in node_class._merge_bindings()]


def bindings_of(node: DOMNode) -> list[Binding]:
    """A live node's bindings with the user's keymap applied.

    Why: ``active_bindings`` covers only the focused chain; the help lists every key of a screen.
    """
    return [binding for _key, binding in node._bindings]


def style_key(widget: Widget) -> Hashable:
    """A value that changes whenever the widget's styles change (theme, NO_COLOR, CSS).

    Why: ``SlideBody`` caches its rendered lines; Textual exposes no public style version.
    """
    return widget.styles._cache_key


def render_options(widget: Widget) -> RenderOptions:
    """The options Textual renders a widget's Content with (its style lookup and styles).

    Why: ``SlideBody`` draws a whole slide as lines (one widget, one repaint) with
    ``Content.render_strips``, which needs the widget's private style lookup.
    """
    # Textual passes its RenderStyles as the RulesMap too (textual/visual.py, Visual.to_strips).
    return RenderOptions(widget._get_style, cast(RulesMap, widget.styles))


def toast(app: App[Any], text: str, severity: SeverityLevel, timeout: float) -> Notification:
    """Show ``text`` as ``app.notify`` does (literally, never as markup) and return its notification.

    Why: ``notify`` returns nothing, and a notice that became untrue (the workshop it says is in the
    Papierkorb is back) must go before its time is up: ``withdraw`` needs the notification.
    """
    notification = Notification(text, "", severity, timeout, markup=False)
    app.post_message(Notify(notification))
    return notification


def withdraw(app: App[Any], notification: Notification) -> None:
    """Take a notification shown by ``toast`` off the screen now (nothing if it is gone already).

    Why: Textual can clear all notifications (``clear_notifications``) but removes one only in the
    private ``_unnotify``.
    """
    if notification in app._notifications:
        app._unnotify(notification)
