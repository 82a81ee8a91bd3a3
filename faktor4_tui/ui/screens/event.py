"""Edit the event: title, forum, dates, the Ausgangswert (Enter saves a field), Ziel and Ablauf lines (lists)."""

from __future__ import annotations

from functools import partial
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Footer, Input, Label

from faktor4_tui.deck.massnahmen import read_tonnes, tonnes
from faktor4_tui.i18n import t
from faktor4_tui.session import Session
from faktor4_tui.session.drafts import DraftSlot
from faktor4_tui.session.lists import LinesSource
from faktor4_tui.store.ops import SetAusgangswert, SetEventText
from faktor4_tui.store.ops.event import EventText
from faktor4_tui.ui.input.line_input import LineInput
from faktor4_tui.ui.input.router import hold_keys, release_keys
from faktor4_tui.ui.screens.base import SessionScreen
from faktor4_tui.ui.widgets.keylist import KeyList

FIELDS: tuple[EventText, ...] = ("title", "forum", "dates")


class EventScreen(SessionScreen):
    """The event editor; escape saves changed fields and goes back."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", t("key.back"), id="event.back", tooltip=t("key.event_back.tip")),
    ]

    def __init__(self, session: Session, first: bool = False) -> None:
        super().__init__(session)
        self.first = first  # a new file: asked once before the first workshop; Enter on the dates goes on
        event = session.document.event
        # What the person saw in each field (text, version): only changed fields are written, stating it.
        self._seen: dict[EventText, tuple[str, int]] = {
            name: (getattr(event, name), event.version(name)) for name in FIELDS
        }
        self._drafts: dict[EventText, DraftSlot] = {}
        self._baseline_seen = (tonnes(event.ausgangswert), event.version("ausgangswert"))
        self._baseline_draft = session.draft_slot(("event", "ausgangswert"), self._baseline_seen[0])
        hold_keys(self)

    def compose(self) -> ComposeResult:
        """Header, three fields, two line lists, footer."""
        yield self.header()
        event = self.session.document.event
        with VerticalScroll(classes="event-form"):
            yield Label(Content(t("event.screen")), classes="screen-question")
            if self.first:
                yield Label(Content(t("event.first")), classes="event-first")
            for name in FIELDS:
                yield Label(Content(t(f"event.{name}")), classes="field-label")
                # A LineInput takes Enter in the order keys come: "Titel⏎Forum⏎" typed fast fills both.
                field = LineInput(placeholder=t("event.field_hint"), compact=True)
                field.id = f"event-{name}"
                field.value = getattr(event, name)
                field.line_handler = partial(self._entered, field)
                yield field
            yield self._lines(LinesSource(self.session, "goal"), "event.goal")
            yield self._lines(LinesSource(self.session, "agenda"), "event.agenda")
            yield Label(Content(t("massnahme.field.ausgangswert")), classes="field-label")
            baseline = LineInput(placeholder=t("event.baseline_hint"), compact=True)
            baseline.id = "baseline"
            baseline.value = self._baseline_seen[0]
            baseline.line_handler = partial(self._entered, baseline)
            yield baseline
        yield Footer(compact=True)

    @staticmethod
    def _lines(source: LinesSource, title: str) -> KeyList:
        lines = KeyList(source, id=f"event-{source.field}", classes="pane event-lines")
        lines.border_title = t(title)
        return lines

    def on_mount(self) -> None:
        """Start in the title field; a field's unsaved draft is back in it, and follows every change."""
        event = self.session.document.event
        offered = False
        for name in FIELDS:
            field = self.query_one(f"#event-{name}", Input)
            draft = self._drafts[name] = self.session.draft_slot(("event", name), getattr(event, name))
            if draft.text:
                field.value = draft.text
                field.cursor_position = len(draft.text)
                offered = True
            self.watch(field, "value", partial(self._typed, name), init=False)
        baseline = self.query_one("#baseline", Input)
        if self._baseline_draft.text:
            baseline.value = self._baseline_draft.text
            offered = True
        self.watch(baseline, "value", lambda value: self._baseline_draft.keep(value), init=False)
        if offered:
            self.notify(t("draft.offered"), timeout=3)
        self.set_focus(self.query_one("#event-title", Input), scroll_visible=False)  # the form opens at its top
        release_keys(self)

    def _typed(self, name: EventText, value: str) -> None:
        self._drafts[name].keep(value)

    def _save_field(self, field: Input) -> bool:
        if field.id == "baseline":
            return self._save_baseline(field)
        name = next((known for known in FIELDS if field.id == f"event-{known}"), None)
        if name is None:
            return True
        seen_text, seen_version = self._seen[name]
        if field.value != seen_text and not self.session.apply(SetEventText(name, field.value, seen_version)):
            return False  # not changed here: others' text is left alone; not saved: the draft stays
        self._drafts[name].forget()
        self._drafts[name].save()
        self._show_field(name)
        return True

    def _save_baseline(self, field: Input) -> bool:
        """The Ausgangswert (t CO₂e per year): a number, saved stating the version seen; a bad one is said so."""
        seen_text, seen_version = self._baseline_seen
        if field.value == seen_text:
            return True
        try:
            value = read_tonnes(field.value)
        except ValueError:
            self.notify(t("massnahme.bad_number", text=field.value), severity="error")
            return False
        if not self.session.apply(SetAusgangswert(value, seen_version)):
            return False
        self._baseline_draft.forget()
        self._baseline_draft.save()
        self._show_baseline(field)
        return True

    def _show_baseline(self, field: Input) -> None:
        """Show the Ausgangswert as the file has it now, and remember that as what the person saw."""
        event = self.session.document.event
        self._baseline_seen = (tonnes(event.ausgangswert), event.version("ausgangswert"))
        if field.value != self._baseline_seen[0]:
            self._baseline_draft = self.session.draft_slot(("event", "ausgangswert"), self._baseline_seen[0])
            field.value = self._baseline_seen[0]

    def _show_field(self, name: EventText) -> None:
        """Show the field as the file has it now, and remember that as what the person saw."""
        event = self.session.document.event
        value = getattr(event, name)
        self._seen[name] = (value, event.version(name))
        field = self.query_one(f"#event-{name}", Input)
        if field.value != value:
            self._drafts[name] = self.session.draft_slot(("event", name), value)  # the new text is no draft
            field.value = value

    def _entered(self, field: Input, _text: str) -> None:
        """Enter saves the field and moves on (on a new file, Enter on the dates goes on to the workshop)."""
        if not self.is_current or not self._save_field(field):
            return
        if self.first and field.id == f"event-{FIELDS[-1]}":
            self.action_back()
        else:
            self.focus_next()

    def refresh_view(self) -> None:
        """Show the latest lines, and fields others changed that are not being changed here."""
        for lines in self.query(KeyList):
            lines.refresh_rows()
        for name in FIELDS:
            if name in self._drafts and self.query_one(f"#event-{name}", Input).value == self._seen[name][0]:
                self._show_field(name)
        baseline = self.query_one("#baseline", Input)
        if baseline.value == self._baseline_seen[0]:
            self._show_baseline(baseline)

    def action_back(self) -> None:
        """Save what was typed into the fields, then go back."""
        fields = [*(self.query_one(f"#event-{name}", Input) for name in FIELDS), self.query_one("#baseline", Input)]
        if all(self._save_field(field) for field in fields):
            self.dismiss()
