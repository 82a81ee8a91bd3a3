"""Edit the event: title, forum, dates (Enter saves a field), Ziel and Ablauf lines (lists)."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Input, Label

from faktor4_tui.i18n import t

from faktor4_tui.ui.sources import LinesSource
from faktor4_tui.ui.widgets.keylist import KeyList
from faktor4_tui.ui.widgets.status import StatusHeader
from faktor4_tui.store.ops import SetEvent

FIELDS = ("title", "forum", "dates")


class EventScreen(Screen[None]):
    """The event editor; escape saves changed fields and goes back."""

    ready = False  # True once the first widget has focus; the app holds keys until then

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", t("key.back"), id="event.back", tooltip=t("key.event_back.tip")),
    ]

    def compose(self):  # noqa: ANN201 - Textual compose
        """Header, three fields, two line lists, footer."""
        yield StatusHeader(classes="status-header")
        event = self.app.document.event  # type: ignore[attr-defined]
        with VerticalScroll(classes="event-form"):
            yield Label(Content(t("event.screen")), classes="screen-question")
            for name in FIELDS:
                yield Label(Content(t(f"event.{name}")), classes="field-label")
                yield Input(getattr(event, name), id=f"event-{name}", placeholder=t("event.field_hint"), compact=True)
            for name, title in (("goal", "event.goal"), ("agenda", "event.agenda")):
                source = LinesSource(self.app, name)  # type: ignore[arg-type]
                lines = KeyList(source, id=f"event-{name}", classes="pane event-lines")
                lines.border_title = t(title)
                yield lines
        yield Footer(compact=True)

    def on_mount(self) -> None:
        """Start in the title field."""
        self.set_focus(self.query_one("#event-title", Input))
        self.ready = True
        self.app.keys_ready()  # type: ignore[attr-defined]

    def _save_field(self, field: Input) -> bool:
        name = (field.id or "").removeprefix("event-")
        if name not in FIELDS or field.value == getattr(self.app.document.event, name):  # type: ignore[attr-defined]
            return True
        return self.app.apply(SetEvent(**{name: field.value}))  # type: ignore[attr-defined]

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter saves the field and moves on."""
        if event.input.id and event.input.id.removeprefix("event-") in FIELDS:
            event.stop()
            if self._save_field(event.input):
                self.focus_next()

    def refresh_view(self) -> None:
        """Show the latest lines (fields are left alone while being typed in)."""
        for lines in self.query(KeyList):
            lines.refresh_rows()

    def action_back(self) -> None:
        """Save what was typed into the fields, then go back."""
        if all(self._save_field(self.query_one(f"#event-{name}", Input)) for name in FIELDS):
            self.dismiss()
