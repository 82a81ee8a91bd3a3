"""The Papierkorb: everything deleted, newest first; Enter brings the chosen item back whole."""

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
from faktor4_tui.session.trash import TrashLine, trash_lines
from faktor4_tui.ui.input.router import hold_keys, release_keys
from faktor4_tui.ui.screens.base import DocumentChanged
from faktor4_tui.ui.widgets.hanging import HangingRow


def line_prompt(line: TrashLine) -> HangingRow:
    """Number, when and what on the first line; the text (literal, never markup), where and who below,
    all under the text after the number (a hanging indent)."""
    below = [t("trash.quoted", text=line.text), line.where]
    if line.user:
        below.append(t("trash.by", user=line.user))
    return HangingRow(
        Content.styled(f"{line.number}  ", "bold"),
        Content.assemble(f"{line.when}  ", (line.what, "bold"), ("\n" + " · ".join(below), "italic")),
    )


class TrashScreen(ModalScreen[int | None]):
    """A dialog returning the trash item to restore (None: closed). It follows the file while open."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", t("key.close"), id="trash.cancel", tooltip=t("key.close.tip")),
    ]

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        hold_keys(self)

    def compose(self) -> ComposeResult:
        """Title, the items, how to use it."""
        with Vertical(classes="dialog trash"):
            yield Static(Content(t("trash.title")), classes="dialog-title")
            yield Static(Content(t("trash.empty")), classes="trash-empty")
            yield OptionList(classes="trash-list")
            yield Static(Content(t("trash.hint")), classes="help-hint")

    @property
    def items(self) -> OptionList:
        """The list of trash items."""
        return self.query_one(".trash-list", OptionList)

    def on_mount(self) -> None:
        """Fill the list and focus it."""
        self.show_items()
        self.set_focus(self.items)
        release_keys(self)

    def show_items(self) -> None:
        """Show the Papierkorb as it is now, the cursor staying on the same item."""
        options = self.items
        current = options.highlighted_option.id if options.highlighted_option is not None else None
        lines = trash_lines(self.session.document)
        options.set_options(Option(line_prompt(line), id=str(line.item)) for line in lines)
        self.query_one(".trash-empty").display = not lines
        ids = [str(line.item) for line in lines]
        if ids:
            options.highlighted = ids.index(current) if current in ids else 0

    def on_document_changed(self, _message: DocumentChanged) -> None:
        """Someone deleted or restored something meanwhile: show it."""
        self.show_items()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter on an item restores it."""
        event.stop()
        if event.option.id is not None:
            self.dismiss(int(event.option.id))

    def action_cancel(self) -> None:
        """Close without restoring anything."""
        self.dismiss(None)
