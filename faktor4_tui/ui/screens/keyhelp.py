"""The help's content, generated from the live bindings of the app, the screens and the lists."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from textual.app import App
from textual.binding import Binding
from textual.dom import DOMNode

from faktor4_tui.ui.textual_seams import bindings_of, class_bindings

HelpGroup = tuple[str, Sequence[type[DOMNode]]]
"""A heading and the classes whose keys it lists."""


@dataclass(frozen=True)
class KeyHelp:
    """One line of help: the keys, what they do, and the longer explanation."""

    keys: str
    description: str
    tooltip: str


def _bindings(app: App[Any], node_class: type[DOMNode]) -> list[Binding]:
    """A live instance's bindings (keymap applied) if one is on screen, else the class's."""
    if isinstance(app, node_class):
        found = bindings_of(app)
    else:
        live = [
            node
            for screen in app.screen_stack
            for node in (screen, *screen.walk_children())
            if type(node) is node_class
        ]
        found = bindings_of(live[0]) if live else class_bindings(node_class)
    return [binding for binding in found if binding.id and not binding.system]


def describe(app: App[Any], node_class: type[DOMNode]) -> list[KeyHelp]:
    """The keys a class declares with an id, one line per meaning (alternative keys joined)."""
    lines: dict[tuple[str, str], list[str]] = {}
    for binding in _bindings(app, node_class):
        if not binding.description:
            continue
        keys = lines.setdefault((binding.description, binding.tooltip), [])
        shown = app.get_key_display(binding.with_key(binding.key))  # the raw key, not a footer abbreviation
        if shown not in keys:
            keys.append(shown)
    return [KeyHelp(_joined(keys), description, tooltip) for (description, tooltip), keys in lines.items()]


def _joined(keys: list[str]) -> str:
    """Alternative keys, "a / b"; a run of digits as "0–9" (the column stays narrow on 80 columns)."""
    digits = [key for key in keys if len(key) == 1 and key.isdigit()]
    if len(digits) > 2 and "".join(digits) in "0123456789":
        rest = [key for key in keys if key not in digits]
        keys = [f"{digits[0]}–{digits[-1]}", *rest]
    return " / ".join(keys)


def help_groups(app: App[Any], groups: Sequence[HelpGroup]) -> list[tuple[str, list[KeyHelp]]]:
    """Each group's heading with the keys of its classes."""
    return [
        (title, [line for node_class in classes for line in describe(app, node_class)]) for title, classes in groups
    ]
