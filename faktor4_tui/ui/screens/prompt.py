"""Small dialogs for the command palette's flows: one line of text, or a yes/no question."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from faktor4_tui.i18n import t
from faktor4_tui.ui.input.line_input import LineInput
from faktor4_tui.ui.input.router import hold_keys, release_keys


class TextPrompt(ModalScreen[str | None]):
    """Ask for one line (a name, a path); Enter returns it, Escape returns None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", t("key.close"), id="prompt.cancel", tooltip=t("prompt.cancel.tip")),
    ]

    def __init__(self, title: str, value: str = "", hint: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.value = value
        self.hint = hint or t("prompt.hint")
        hold_keys(self)

    def compose(self) -> ComposeResult:
        """Title, the input, the hint."""
        with Vertical(classes="dialog prompt"):
            yield Static(Content(self.title_text), classes="dialog-title")
            yield LineInput(classes="prompt-input", compact=False)
            yield Static(Content(self.hint), classes="help-hint")

    def on_mount(self) -> None:
        """Fill in the proposed value and focus the input."""
        field = self.query_one(LineInput)
        field.value = self.value
        field.cursor_position = len(self.value)
        field.line_handler = self.take
        self.set_focus(field)
        release_keys(self)

    def take(self, text: str) -> None:
        """Enter: return the text (an empty line cancels)."""
        if self.is_current:
            self.dismiss(text.strip() or None)

    def action_cancel(self) -> None:
        """Escape: return None."""
        self.dismiss(None)


class ConfirmPrompt(ModalScreen[bool]):
    """A yes/no question: j/y/Enter answer yes, n/Escape no."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,y,enter", "answer(True)", t("prompt.yes"), id="confirm.yes", tooltip=t("prompt.yes.tip")),
        Binding("n,escape", "answer(False)", t("prompt.no"), id="confirm.no", tooltip=t("prompt.no.tip")),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        """The question and how to answer."""
        with Vertical(classes="dialog prompt"):
            yield Static(Content(self.question), classes="dialog-title")
            yield Static(Content(t("prompt.confirm_hint")), classes="help-hint")

    def action_answer(self, yes: bool) -> None:
        """Return the answer."""
        self.dismiss(yes)
