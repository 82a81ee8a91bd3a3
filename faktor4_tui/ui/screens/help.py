"""F1: every key, grouped by where it works, generated from the live bindings."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from faktor4_tui.i18n import t
from faktor4_tui.ui.screens.keyhelp import HelpGroup, help_groups
from faktor4_tui.ui.widgets.hanging import HangingRow


class HelpScreen(ModalScreen[None]):
    """The help dialog; escape, q or F1 closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,f1,question_mark", "close", t("key.close"), id="help.close", tooltip=t("help.close")),
    ]

    def __init__(self, groups: Sequence[HelpGroup]) -> None:
        super().__init__()
        self.groups = groups

    def compose(self) -> ComposeResult:
        """One block per group of keys."""
        with VerticalScroll(classes="dialog help"):
            yield Static(Content(t("help.title")), classes="dialog-title")
            groups = help_groups(self.app, self.groups)
            # One keys column for every group; descriptions wrap under the description column.
            width = max((len(line.keys) for _title, lines in groups for line in lines), default=0)
            for title, lines in groups:
                yield Static(Content(title), classes="help-group")
                for line in lines:
                    yield Static(
                        HangingRow(
                            Content.assemble((line.keys.ljust(width), "bold"), "  "),
                            Content.assemble(
                                line.description, ("  – " + line.tooltip, "italic") if line.tooltip else ""
                            ),
                        ),
                        classes="help-line",
                    )
            yield Static(Content(t("help.close")), classes="help-hint")

    def action_close(self) -> None:
        """Close the help."""
        self.dismiss()
