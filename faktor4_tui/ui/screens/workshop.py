"""The workshops of a file (the forum overview): pick, create, rename, reorder, delete; the first name.

Each room shows its counts (Aufgaben, Aktionen, entries); the list is a KeyList over the
session's workshops, so its keys are the lists' keys (a e d K J / …), and every change is an
undoable operation (``u`` undoes it here too). The dialog follows the file while open (another
process renaming a room shows at once). On a file without workshops it asks for the first name.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Footer, Input, Static

from faktor4_tui.i18n import t
from faktor4_tui.session import Session
from faktor4_tui.session.lists import WorkshopsSource
from faktor4_tui.store.ops import AddWorkshop
from faktor4_tui.ui.input.line_input import LineInput
from faktor4_tui.ui.input.router import hold_keys, release_keys
from faktor4_tui.ui.screens.base import DocumentChanged
from faktor4_tui.ui.widgets.keylist import KeyList


def _key(keys: str, action: str, name: str, binding_id: str) -> Binding:
    return Binding(keys, action, t(f"key.{name}"), id=f"workshop.{binding_id}", tooltip=t(f"key.{name}.tip"))


class WorkshopScreen(ModalScreen[int | None]):
    """A dialog returning the chosen or newly created workshop's id (None: cancelled)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "choose", t("key.open"), id="workshop.open", tooltip=t("key.workshop_open.tip")),
        Binding("escape", "cancel", t("key.close"), id="workshop.cancel", tooltip=t("key.workshop_close.tip")),
        _key("ctrl+z,u", "undo", "undo", "undo"),
        _key("ctrl+y,U", "redo", "redo", "redo"),
    ]

    def __init__(self, session: Session, first: bool = False, overview: bool = False) -> None:
        super().__init__()
        self.session = session
        self.first = first
        self.overview = overview
        self.source = WorkshopsSource(session)
        self._done = False
        hold_keys(self)

    def compose(self) -> ComposeResult:
        """Title, the workshops with their counts, the name input for a new one, the hint."""
        with Vertical(classes="dialog workshops"):
            yield Static(Content(self._title()), classes="dialog-title")
            if self.first:
                yield LineInput(placeholder=t("workshop.new_placeholder"), classes="workshop-name", compact=False)
            else:  # a new one with `a`, like any list: no second field that looks typed into but is not
                yield KeyList(self.source, marks=True, id="workshops", classes="workshop-list")
                yield Static(Content(t("workshop.hint")), classes="help-hint")
        yield Footer(compact=True)

    def _title(self) -> str:
        if self.first:
            return t("workshop.first")
        if self.overview:
            return t("workshop.overview", n=len(self.session.document.workshops))
        return t("workshop.title")

    @property
    def keylist(self) -> KeyList | None:
        """The list of workshops (None while asking for the first one)."""
        found = self.query(KeyList)
        return found.first() if found else None

    def on_mount(self) -> None:
        """Focus the list on the current workshop (or the name input when there is nothing to pick)."""
        keylist = self.keylist
        if keylist is not None:
            if self.session.workshop_id is not None:
                keylist.refresh_rows(keep_id=self.session.workshop_id, force=True)
            keylist.focus_list()
        else:
            name = self.query_one(".workshop-name", LineInput)
            name.line_handler = self.create
            self.set_focus(name)
        release_keys(self)

    def on_document_changed(self, _message: DocumentChanged) -> None:
        """Someone (here or in another process) changed the workshops: show them as they are now."""
        self.query_one(".dialog-title", Static).update(Content(self._title()))
        keylist = self.keylist
        if keylist is not None:
            keylist.refresh_rows()

    def on_key_list_chosen(self, event: KeyList.Chosen) -> None:
        """Enter on a workshop opens it."""
        event.stop()
        self._finish(event.row_id)

    def create(self, name: str) -> None:
        """Enter on a name creates the workshop and opens it (the name stays if it was refused)."""
        if not name.strip() or self._done:
            return
        added = self.source.add(name) if not self.first else self.session.apply_new(AddWorkshop(name))
        if isinstance(added, int):
            self._finish(added)

    def _finish(self, workshop_id: int) -> None:
        if self._done:
            return
        self._done = True
        self.session.use_workshop(workshop_id)
        self.dismiss(workshop_id)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Open, undo and redo act on the list, not while a name is typed."""
        if action == "choose":
            keylist = self.keylist
            return keylist is not None and self.app.focused is keylist.options
        if action in ("undo", "redo"):
            return not isinstance(self.app.focused, Input)
        return True

    def action_choose(self) -> None:
        """Enter on a workshop opens it."""
        keylist = self.keylist
        row = keylist.current if keylist is not None else None
        if row is not None:
            self._finish(row.id)

    def action_undo(self) -> None:
        """Undo the last change (a room deleted, moved, renamed …)."""
        self.session.undo()

    def action_redo(self) -> None:
        """Redo the last undone change."""
        self.session.redo()

    def action_cancel(self) -> None:
        """Close without choosing (not possible before the first workshop exists)."""
        if self.session.document.workshops:
            self.dismiss(None)
