"""The faktor4 Textual app: shows one person's Session and turns its events into the UI's."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, ClassVar

from textual.app import SystemCommand
from textual.binding import Binding, BindingType
from textual.command import CommandPalette, Provider
from textual.screen import ModalScreen, Screen
from textual.theme import Theme
from textual.widgets import Input

from faktor4_tui.i18n import t
from faktor4_tui.session import POLL_SECONDS, Changed, Session, SessionEvent
from faktor4_tui.ui.commands import navigation
from faktor4_tui.ui.commands.host import CommandHost
from faktor4_tui.ui.commands.legible import drop_ansi_themes, legible_theme, mark_few_colours
from faktor4_tui.ui.commands.signals import TerminalWatch, catch_exit_signals
from faktor4_tui.ui.commands.theme import remember_theme
from faktor4_tui.ui.screens.base import DocumentChanged
from faktor4_tui.ui.screens.held import GoneNotices, stop_if_place_vanished
from faktor4_tui.ui.screens.problems import ProblemScreen

if TYPE_CHECKING:
    from rich.console import RenderableType

# The screens the app opens on demand, and the palette, are imported when first needed:
# importing them all costs start-up time a note taker waits through (python -m benchmarks).

MODAL_BLOCKED = frozenset({"undo", "redo", "workshop", "event", "help", "help_key", "present", "quit_key"})
# Single-letter keys (and undo/redo) never act while the user types or before a screen has focus.
NEEDS_LIST_FOCUS = frozenset({"quit_key", "help_key", "undo", "redo", "workshop", "event", "present"})


def _search_provider() -> type[Provider]:
    """The palette's search over every Aufgabe and entry (loaded when the palette opens)."""
    from faktor4_tui.ui.commands.palette import SearchProvider

    return SearchProvider


def _key(keys: str, action: str, name: str, binding_id: str, *, show: bool = False) -> Binding:
    """A priority binding of the app (id ``app.ID``, remappable), described by key.NAME and key.NAME.tip."""
    return Binding(
        keys, action, t(f"key.{name}"), show=show, priority=True, id=f"app.{binding_id}", tooltip=t(f"key.{name}.tip")
    )


class Faktor4App(CommandHost):
    """Capture a workshop at typing speed; every change is saved at once by the session."""

    CSS_PATH = "app.tcss"
    TITLE = "faktor4"
    COMMANDS = CommandHost.COMMANDS | {_search_provider}
    # Priority bindings act the moment their key arrives, before later keys are routed, so a
    # fast burst ("a" then text) lands where it should; check_action keeps them out of inputs.
    BINDINGS: ClassVar[list[BindingType]] = [
        _key("ctrl+q", "quit", "quit", "quit"),
        _key("q", "quit_key", "quit", "quit_q"),
        _key("f1", "help", "help", "help", show=True),
        _key("question_mark", "help_key", "help", "help_q"),
        _key("ctrl+p", "command_palette", "palette", "palette"),
        _key("f5", "present", "present", "present"),
        _key("ctrl+z,u", "undo", "undo", "undo"),
        _key("ctrl+y,U", "redo", "redo", "redo"),
        _key("w", "workshop", "workshop", "workshop", show=True),
        _key("O", "workshop(True)", "overview", "overview", show=True),
        _key("E", "event", "event", "event"),
    ]

    def __init__(self, session: Session) -> None:
        super().__init__()
        drop_ansi_themes(self)
        self.session = session
        self._place_check_due = False
        self.notices = GoneNotices(self, self.NOTIFICATION_TIMEOUT)
        session.subscribe(self._heard)

    def get_theme(self, theme_name: str) -> Theme | None:
        """Every theme as faktor4 shows it: with text contrast of at least 4.5:1 (commands/legible.py)."""
        return legible_theme(super().get_theme(theme_name))

    def get_default_screen(self) -> Screen[None]:
        """The problem list is the first screen (not pushed over a blank one: it shows sooner)."""
        return ProblemScreen(self.session)

    def on_mount(self) -> None:
        """Apply the remembered theme, ask for a first workshop if there is none, follow the file."""
        if self.session.read_only:
            self.notify(self.session.store.read_only_reason or t("list.readonly"), severity="warning")
        remember_theme(self)
        mark_few_colours(self)
        if self.session.workshop_id is None and not self.session.read_only:
            self.ask_new_file()
        self.session.announce_drafts()
        self._catch_exit_signals(True)
        self._terminal = TerminalWatch(watching=not self.is_headless and not os.environ.get("TEXTUAL_DRIVER"))
        self.set_interval(POLL_SECONDS, self._tick)

    def _tick(self) -> None:
        """Follow the file; write the drafts once typing pauses; end if the terminal hung up unsignalled."""
        if self._terminal.gone():  # no SIGHUP came (nohup): end as if it had, drafts kept
            self._exit_on_signal(signal.SIGHUP)
            return
        self.session.poll()
        self.session.drafts.save_after_pause()

    def on_unmount(self) -> None:
        """Signals act as before once the app is gone."""
        self._catch_exit_signals(False)

    def _catch_exit_signals(self, catch: bool) -> None:
        catch_exit_signals(self._exit_on_signal, catch)

    def _exit_on_signal(self, signum: int) -> None:
        """SIGHUP/SIGTERM: keep the drafts, restore the terminal, end."""
        self.exit(return_code=128 + signum)

    def exit(self, result: None = None, return_code: int = 0, message: RenderableType | None = None) -> None:
        """Every way out (q, ctrl+q, a signal) writes what is typed and not saved first."""
        self.session.drafts.save()
        super().exit(result, return_code, message)

    def _heard(self, event: SessionEvent) -> None:
        """The session's events, as Textual's: every screen hears one DocumentChanged; notices are toasts."""
        if isinstance(event, Changed):
            if event.bell:
                self.bell()
            # Before the next key is routed (or right after what is running now, which may still
            # give a typed line back to its editor): is the place being typed into still there?
            self._place_check_due = True
            self.call_next(self.check_place)
            for screen in self.screen_stack:
                screen.post_message(DocumentChanged())
            self.notices.check(self.session)  # "… liegt im Papierkorb" goes once it is back
        else:
            self.notices.show(event.notice)

    # --- the place being typed into ------------------------------------------

    def before_key(self) -> None:
        """A change heard since the last key is checked before this key acts."""
        self.check_place()

    def check_place(self) -> None:
        """If the place the user types into vanished: leave it and hold the keys (see screens.held)."""
        if self._place_check_due and self.screen_stack:  # no screens: the app is closing (a late event)
            self._place_check_due = False
            stop_if_place_vanished(self, self.session)

    # --- keys --------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """faktor4's own keys wait while a dialog is open; letter keys wait while the user types."""
        if isinstance(self.screen, ModalScreen) and action in MODAL_BLOCKED:
            return False
        if action in NEEDS_LIST_FOCUS and (self.focused is None or isinstance(self.focused, Input)):
            return False
        return True

    def action_quit_key(self) -> None:
        """q: quit (everything is saved already)."""
        self.exit()

    def action_help_key(self) -> None:
        """?: the help."""
        self.action_help()

    def action_undo(self) -> None:
        """Undo the last change."""
        self.session.undo()

    def action_redo(self) -> None:
        """Redo the last undone change."""
        self.session.redo()

    # --- screens -----------------------------------------------------------

    def select_workshop(self, workshop_id: int | None) -> None:
        """After the workshop dialog: back to the chosen workshop's problem list."""
        if workshop_id is None:
            return
        while len(self.screen_stack) > 1 and not isinstance(self.screen, ModalScreen):
            self.pop_screen()
        self.session.use_workshop(workshop_id)

    def action_workshop(self, overview: bool = False) -> None:
        """The workshops (the forum overview)."""
        navigation.open_workshops(self, overview)

    def ask_new_file(self) -> None:
        """A new file: the event first, then the first workshop's name."""
        navigation.ask_new_file(self)

    def action_event(self) -> None:
        """Edit the event."""
        navigation.open_event(self)

    def action_help(self) -> None:
        """Show every key (while presenting: the presentation's)."""
        navigation.open_help(self)

    def action_present(self) -> None:
        """Present from here."""
        navigation.present_here(self)

    def action_command_palette(self) -> None:
        """ctrl+p: every command by name, and every Aufgabe and entry by its text."""
        if self.use_command_palette and not isinstance(self.screen, CommandPalette):
            self.push_screen(CommandPalette(placeholder=t("palette.placeholder"), id="--command-palette"))

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """The command palette's commands: faktor4's own, named in the UI's language."""
        from faktor4_tui.ui.commands.palette import app_commands

        yield from app_commands(self, screen)
