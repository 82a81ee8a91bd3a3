"""The help's content, generated from the live bindings of the app, the screens and the lists."""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import App
from textual.binding import Binding
from textual.dom import DOMNode

from faktor4_tui.i18n import t


@dataclass(frozen=True)
class KeyHelp:
    """One line of help: the keys, what they do, and the longer explanation."""

    keys: str
    description: str
    tooltip: str


def _bindings_of(app: App, node_class: type[DOMNode]) -> list[Binding]:
    """A live instance's bindings (keymap applied) if one is on screen, else the class's."""
    if isinstance(app, node_class):
        source = app._bindings
    else:
        live = [node for screen in app.screen_stack for node in (screen, *screen.walk_children())
                if type(node) is node_class]
        source = live[0]._bindings if live else node_class._merge_bindings()
    return [binding for _key, binding in source if binding.id and not binding.system]


def describe(app: App, node_class: type[DOMNode]) -> list[KeyHelp]:
    """The keys a class declares with an id, one line per meaning (alternative keys joined)."""
    lines: dict[tuple[str, str], list[str]] = {}
    tips: dict[tuple[str, str], str] = {}
    for binding in _bindings_of(app, node_class):
        if not binding.description:
            continue
        group = (binding.description, binding.tooltip)
        keys = lines.setdefault(group, [])
        shown = app.get_key_display(binding.with_key(binding.key))  # the raw key, not a footer abbreviation
        if shown not in keys:
            keys.append(shown)
        tips[group] = binding.tooltip
    return [KeyHelp(" / ".join(keys), group[0], tips[group]) for group, keys in lines.items()]


def help_groups(app: App) -> list[tuple[str, list[KeyHelp]]]:
    """Every group of keys: everywhere, problem list, Aufgabe, event, every list."""
    from faktor4_tui.ui.screens.aufgabe import AufgabeScreen
    from faktor4_tui.ui.screens.event import EventScreen
    from faktor4_tui.ui.screens.problems import ProblemScreen
    from faktor4_tui.ui.widgets.keylist import KeyList, RowOptions

    return [
        (t("help.group.app"), describe(app, type(app))),
        (t("help.group.problems"), describe(app, ProblemScreen)),
        (t("help.group.aufgabe"), describe(app, AufgabeScreen)),
        (t("help.group.list"), describe(app, RowOptions) + describe(app, KeyList)),
        (t("help.group.event"), describe(app, EventScreen)),
    ]
