"""Pick a workshop or create one; on a file without workshops it asks for the first name."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from faktor4_tui.i18n import t
from faktor4_tui.session import Session
from faktor4_tui.store.ops import AddWorkshop
from faktor4_tui.ui.input.line_input import LineInput
from faktor4_tui.ui.input.router import hold_keys, release_keys


class WorkshopScreen(ModalScreen[int | None]):
    """A dialog returning the chosen or newly created workshop's id (None: cancelled)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", t("key.close"), id="workshop.cancel", tooltip=t("key.close.tip")),
    ]

    def __init__(self, session: Session, first: bool = False) -> None:
        super().__init__()
        self.session = session
        self.first = first
        self._done = False
        hold_keys(self)

    def compose(self) -> ComposeResult:
        """Title, existing workshops, the name input for a new one."""
        with Vertical(classes="dialog"):
            yield Static(Content(t("workshop.first" if self.first else "workshop.title")), classes="dialog-title")
            if not self.first:
                workshops = self.session.document.workshops
                options = [Option(Content(w.name), id=str(w.id)) for w in workshops]
                yield OptionList(*options, classes="workshop-list")
            yield LineInput(placeholder=t("workshop.new_placeholder"), classes="workshop-name", compact=False)

    def on_mount(self) -> None:
        """Focus the list (or the name input when there is nothing to pick)."""
        lists = self.query(OptionList)
        if lists and lists.first().option_count:
            current = self.session.workshop_id
            option_list = lists.first()
            ids = [option.id for option in option_list.options]
            option_list.highlighted = ids.index(str(current)) if str(current) in ids else 0
            self.set_focus(option_list)
        else:
            self.set_focus(self.query_one(LineInput))
        self.query_one(LineInput).line_handler = self.create
        release_keys(self)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter on a workshop picks it."""
        event.stop()
        if event.option.id is not None:
            self._finish(int(event.option.id))

    def create(self, name: str) -> None:
        """Enter on a name creates the workshop (the name stays if saving failed)."""
        if not name.strip() or self._done:
            return
        new_id = self.session.apply_new(AddWorkshop(name))
        if new_id is not None:
            self._finish(new_id)

    def _finish(self, workshop_id: int) -> None:
        if self._done:
            return
        self._done = True
        self.session.use_workshop(workshop_id)
        self.dismiss(workshop_id)

    def action_cancel(self) -> None:
        """Close without choosing (not possible before the first workshop exists)."""
        if not self.first:
            self.dismiss(None)
