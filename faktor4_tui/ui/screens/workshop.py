"""Pick a workshop or create one; on a file without workshops it asks for the first name."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from faktor4_tui.i18n import t
from faktor4_tui.store import op


class WorkshopScreen(ModalScreen[int | None]):
    """A dialog returning the chosen or newly created workshop's id (None: cancelled)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", t("key.close"), id="workshop.cancel", tooltip=t("key.close.tip")),
    ]

    def __init__(self, first: bool = False) -> None:
        super().__init__()
        self.first = first

    def compose(self):  # noqa: ANN201 - Textual compose
        """Title, existing workshops, the name input for a new one."""
        app = self.app
        with Vertical(classes="dialog"):
            yield Static(Content(t("workshop.first" if self.first else "workshop.title")), classes="dialog-title")
            if not self.first:
                options = [Option(Content(w.name), id=str(w.id)) for w in app.document.workshops]  # type: ignore[attr-defined]
                yield OptionList(*options, classes="workshop-list")
            yield Input(placeholder=t("workshop.new_placeholder"), classes="workshop-name")

    def on_mount(self) -> None:
        """Focus the list (or the name input when there is nothing to pick)."""
        lists = self.query(OptionList)
        if lists and lists.first().option_count:
            current = self.app.workshop_id  # type: ignore[attr-defined]
            option_list = lists.first()
            ids = [option.id for option in option_list.options]
            option_list.highlighted = ids.index(str(current)) if str(current) in ids else 0
            option_list.focus()
        else:
            self.query_one(Input).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter on a workshop picks it."""
        event.stop()
        if event.option.id is not None:
            self.dismiss(int(event.option.id))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter on a name creates the workshop (the name stays if saving failed)."""
        event.stop()
        if not event.value.strip():
            return
        new_id = self.app.apply_new(op("add_workshop", name=event.value))  # type: ignore[attr-defined]
        if new_id is not None:
            self.dismiss(new_id)

    def action_cancel(self) -> None:
        """Close without choosing (not possible before the first workshop exists)."""
        if not self.first:
            self.dismiss(None)
