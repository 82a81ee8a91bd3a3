"""The faktor4 Textual app: holds the store, the current document, undo/redo and the header state."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from textual import events
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.command import CommandPalette, Provider
from textual.driver import Driver
from textual.reactive import reactive
from textual.screen import ModalScreen, Screen
from textual.widgets import Input

from faktor4_tui.i18n import t
from faktor4_tui.model import Document, Numbering, Workshop, number_workshop
from faktor4_tui.store import Op, Store, StoreError
from faktor4_tui.store.history import History
from faktor4_tui.ui.widgets.lineinput import LineInput
from faktor4_tui.ui.widgets.status import Status

POLL_SECONDS = 0.25
MODAL_BLOCKED = frozenset({"undo", "redo", "workshop", "event", "help", "help_key", "present", "quit_key"})
# Single-letter keys (and undo/redo) never act while the user types or before a screen has focus.
NEEDS_LIST_FOCUS = frozenset({"quit_key", "help_key", "undo", "redo", "workshop", "event", "present"})


def _search_provider() -> type[Provider]:
    """The palette's search over every Aufgabe and entry (loaded when the palette opens)."""
    from faktor4_tui.ui.commands import SearchProvider

    return SearchProvider


class Faktor4App(App[None]):
    """Capture a workshop at typing speed; every change is saved to the store at once."""

    CSS_PATH = "app.tcss"
    TITLE = "faktor4"
    COMMANDS = App.COMMANDS | {_search_provider}
    # Priority bindings act the moment their key arrives, before later keys are routed, so a
    # fast burst ("a" then text) lands where it should; check_action keeps them out of inputs.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", t("key.quit"), show=False, priority=True, id="app.quit",
                tooltip=t("key.quit.tip")),
        Binding("q", "quit_key", t("key.quit"), show=False, priority=True, id="app.quit_q", tooltip=t("key.quit.tip")),
        Binding("f1", "help", t("key.help"), priority=True, id="app.help", tooltip=t("key.help.tip")),
        Binding("question_mark", "help_key", t("key.help"), show=False, priority=True, id="app.help_q",
                tooltip=t("key.help.tip")),
        Binding("ctrl+p", "command_palette", t("key.palette"), show=False, priority=True,
                id="app.palette", tooltip=t("key.palette.tip")),
        Binding("f5", "present", t("key.present"), show=False, priority=True, id="app.present",
                tooltip=t("key.present.tip")),
        Binding("ctrl+z,u", "undo", t("key.undo"), show=False, priority=True, id="app.undo",
                tooltip=t("key.undo.tip")),
        Binding("ctrl+y,U", "redo", t("key.redo"), show=False, priority=True, id="app.redo",
                tooltip=t("key.redo.tip")),
        Binding("w", "workshop", t("key.workshop"), show=False, priority=True, id="app.workshop",
                tooltip=t("key.workshop.tip")),
        Binding("E", "event", t("key.event"), show=False, priority=True, id="app.event",
                tooltip=t("key.event.tip")),
    ]

    status: reactive[Status] = reactive(Status(), always_update=True)

    def __init__(self, store: Store, *, workshop: str | None = None) -> None:
        super().__init__()
        self.store = store
        self.document: Document = store.load()
        self.workshop_id: int | None = None
        self.history = History(store.apply)
        self._numbering: tuple[Document, int, Numbering] | None = None
        self._pending_keys: list[events.Key | events.Paste] = []
        self._state = (t("save.readonly"), "readonly") if store.read_only else (t("save.opened"), "saved")
        wanted = workshop and self.document.workshop_named(workshop)
        first = wanted or (self.document.workshops[0] if self.document.workshops else None)
        self.workshop_id = first.id if first else None
        self._show_status()

    def get_driver_class(self) -> type[Driver]:
        """Textual's terminal driver, with pasted escape codes kept out of the keys (see paste_guard)."""
        from faktor4_tui.ui.paste_guard import guard_pastes

        driver_class = super().get_driver_class()
        guard_pastes(driver_class)
        return driver_class

    # --- state -------------------------------------------------------------

    @property
    def workshop(self) -> Workshop | None:
        """The workshop being captured, or None."""
        return self.document.workshop(self.workshop_id) if self.workshop_id is not None else None

    @property
    def numbering(self) -> Numbering:
        """Derived numbers of the current workshop (cached per document)."""
        workshop = self.workshop
        if workshop is None:
            return Numbering(aufgabe={}, entry={})
        cached = self._numbering
        if cached is None or cached[0] is not self.document or cached[1] != workshop.id:
            cached = (self.document, workshop.id, number_workshop(workshop))
            self._numbering = cached
        return cached[2]

    def _show_status(self) -> None:
        workshop = self.workshop
        self.status = Status(
            file=self.store.path.name,
            workshop=workshop.name if workshop else "",
            state=self._state[0],
            kind=self._state[1],
        )

    def show_error(self, message: str) -> None:
        """Put an error sentence into the header (it stays until the next save); ring once per new error."""
        if self._state == (message, "error"):  # the poll meets a broken file 4 times a second
            return
        self._state = (message, "error")
        self._show_status()
        self.bell()

    # --- start -------------------------------------------------------------

    def get_default_screen(self) -> Screen:
        """The problem list is the first screen (not pushed over a blank one: it shows sooner)."""
        from faktor4_tui.ui.screens.problems import ProblemScreen

        return ProblemScreen()

    def on_mount(self) -> None:
        """Apply the remembered theme, ask for a first workshop if there is none, follow the file."""
        from faktor4_tui.ui.theme_setting import remember_theme

        if self.store.read_only:
            self.notify(t("list.readonly"), severity="warning")
        remember_theme(self)
        if self.workshop_id is None and not self.store.read_only:
            self.action_workshop()
        self.set_interval(POLL_SECONDS, self.poll)

    def poll(self) -> None:
        """Follow changes another process wrote (a cheap stat)."""
        if self.store.changed():
            self.reload()
            return
        try:
            fresh = self.store.load()  # unchanged file: the cached document, no read
        except StoreError:
            return
        if fresh is not self.document:  # the presentation (f5) shares the store and read the change first
            self.reload()

    def reload(self) -> None:
        """Read the file again and show it, keeping every cursor on its item."""
        try:
            self.document = self.store.load()
        except StoreError as error:
            self.show_error(str(error))
            return
        if self.workshop is None and self.document.workshops:
            self.workshop_id = self.document.workshops[0].id
        self._show_status()
        for screen in self.screen_stack:
            refresh_view = getattr(screen, "refresh_view", None)
            # A screen still opening has no widgets to refresh yet; it shows the document once mounted.
            if refresh_view is not None and getattr(screen, "ready", True):
                refresh_view()

    # --- changes -----------------------------------------------------------

    def _commit(self, change: Op) -> list[int] | None:
        if self.store.read_only:
            self.notify(t("app.readonly_refused", path=self.store.path), severity="error")
            return None
        try:
            inverse, created = self.store.apply_with_ids(change)
        except StoreError as error:
            self.show_error(str(error))
            self.reload_quietly()
            return None
        self.history.record(inverse)
        self._saved()
        return created

    def apply(self, change: Op) -> bool:
        """Apply one change through the store and show it; False (error in the header) if not saved."""
        return self._commit(change) is not None

    def apply_new(self, change: Op) -> int | None:
        """Apply an ``add_*`` change; the new row's id, or None if it was not saved."""
        created = self._commit(change)
        return created[0] if created else None

    def reload_quietly(self) -> None:
        """Show the file's latest state without touching the header's error."""
        state = self._state
        self.reload()
        self._state = state
        self._show_status()

    def _saved(self) -> None:
        saved = self.store.last_saved
        self._state = (t("save.saved", time=saved.strftime("%H:%M:%S") if saved else ""), "saved")
        self.reload()

    def action_undo(self) -> None:
        """Undo the last change."""
        self._step(self.history.undo, "app.undone", "app.nothing_to_undo")

    def action_redo(self) -> None:
        """Redo the last undone change."""
        self._step(self.history.redo, "app.redone", "app.nothing_to_redo")

    def _step(self, step, done: str, nothing: str) -> None:  # noqa: ANN001 - a History method
        if self.store.read_only:
            self.notify(t("app.readonly_refused", path=self.store.path), severity="error")
            return
        try:
            if not step():
                self.notify(t(nothing))
                return
        except StoreError as error:
            self.show_error(str(error))
            return
        self.notify(t(done), timeout=1.5)
        self._saved()

    # --- navigation --------------------------------------------------------

    async def on_event(self, event: events.Event) -> None:
        """Keys and pastes go out in arrival order: held while a screen opens, typed here for line inputs."""
        typed = isinstance(event, events.Key) or (isinstance(event, events.Paste) and not event.is_forwarded)
        if not typed:
            await super().on_event(event)
            return
        if self._pending_keys or not self._keys_ready():
            self._pending_keys.append(event)
            if self._keys_ready():
                await self._flush_keys()
            return
        await self._route_key(event)

    def _keys_ready(self) -> bool:
        screen = self.screen
        return screen.id != "_default" and getattr(screen, "ready", True)

    async def _route_key(self, event: events.Key | events.Paste) -> None:
        focused = self.focused
        if isinstance(event, events.Paste):
            if isinstance(focused, LineInput):  # at once, so keys typed after it come after it
                focused.paste(event.text)
                return
        elif isinstance(focused, LineInput) and not self._has_priority_binding(event.key):
            if await focused.type_key(event):
                return
        await super().on_event(event)

    async def _flush_keys(self) -> None:
        while self._pending_keys and self._keys_ready():
            await self._route_key(self._pending_keys.pop(0))

    def keys_ready(self) -> None:
        """A screen has focused its first widget: replay the keys typed while it opened."""
        self.call_later(self._flush_keys)

    def _has_priority_binding(self, key: str) -> bool:
        active = self.screen.active_bindings.get(key)
        return active is not None and active.enabled and active.binding.priority

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

    def use_workshop(self, workshop_id: int) -> None:
        """Capture this workshop from now on (at once, so keys typed next already go to it)."""
        self.workshop_id = workshop_id
        self.reload()

    def select_workshop(self, workshop_id: int | None) -> None:
        """After the workshop dialog: back to the chosen workshop's problem list."""
        if workshop_id is None:
            return
        while len(self.screen_stack) > 1 and not isinstance(self.screen, ModalScreen):
            self.pop_screen()
        self.use_workshop(workshop_id)

    def action_workshop(self) -> None:
        """Switch workshop or create one (asks for the first one on a new file)."""
        from faktor4_tui.ui.screens.workshop import WorkshopScreen

        self.push_screen(WorkshopScreen(first=not self.document.workshops), self.select_workshop)

    def action_event(self) -> None:
        """Edit the event: title, forum, dates, Ziel and Ablauf."""
        from faktor4_tui.ui.screens.event import EventScreen

        if not isinstance(self.screen, EventScreen):
            self.push_screen(EventScreen())

    def action_help(self) -> None:
        """Show every key, generated from the live bindings."""
        from faktor4_tui.ui.screens.help import HelpScreen

        self.push_screen(HelpScreen())

    def action_present(self) -> None:
        """Present from here (the presentation screen loads lazily)."""
        from faktor4_tui.ui.screens.present import PresentScreen

        slide_key = getattr(self.screen, "slide_key", None)
        start = slide_key() if slide_key else None
        self.push_screen(PresentScreen(self.store, self.workshop_id, start))

    def action_command_palette(self) -> None:
        """ctrl+p: every command by name, and every Aufgabe and entry by its text."""
        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(CommandPalette(placeholder=t("palette.placeholder"), id="--command-palette"))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """The command palette's commands: faktor4's own, named in the UI's language."""
        from faktor4_tui.ui.commands import app_commands

        yield from app_commands(self, screen)
