"""An Aktion's Maßnahmenblatt as a keyboard form: Enter or Tab saves a field and goes on, Escape leaves.

Each field states the version it saw when it is saved (someone else's change meanwhile keeps both
texts, see store/ops/massnahmen.py). What is typed is kept as a draft at every change; Escape
leaves without saving the field being typed in, so its text waits as a draft for the next ``M``.
The THG-Minderung is checked as it is typed: a sentence under it says what is wrong.
"""

from __future__ import annotations

from functools import partial
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widgets import Footer, Label, Static

from faktor4_tui.deck.massnahmen import read_tonnes, sheet_title, status_label, tonnes
from faktor4_tui.i18n import t
from faktor4_tui.model import STATUSES, Aufgabe, MassnahmeField
from faktor4_tui.session import Session
from faktor4_tui.session.drafts import DraftSlot
from faktor4_tui.store.ops import SetMassnahme
from faktor4_tui.ui.input.line_input import LineInput
from faktor4_tui.ui.input.router import hold_keys, release_keys
from faktor4_tui.ui.screens.base import SessionScreen
from faktor4_tui.ui.widgets.status_choice import StatusChoice

# The typed fields in the Maßnahmenblatt's order (the status follows them).
TYPED: tuple[MassnahmeField, ...] = ("verantwortlich", "beginn", "dauer", "kosten", "finanzierung", "thg", "indikator")


def _key(key: str, action: str, name: str, show: bool = False) -> Binding:
    return Binding(
        key, action, t(f"key.{name}"), show=show, priority=True, id=f"massnahme.{name}", tooltip=t(f"key.{name}.tip")
    )


def shown_value(aufgabe: Aufgabe, name: MassnahmeField) -> str:
    """A field's value as the form shows it (the THG number written the UI language's way)."""
    if name == "thg":
        return tonnes(aufgabe.massnahme.thg)
    return str(aufgabe.massnahme.value(name) or "")


class MassnahmeScreen(SessionScreen):
    """The Maßnahmenblatt of the Aktion ``aufgabe_id`` (any room)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        _key("tab", "move(1)", "next_field"),
        _key("shift+tab", "move(-1)", "prev_field"),
        _key("escape", "back", "massnahme_back", show=True),
    ]

    def __init__(self, session: Session, aufgabe_id: int) -> None:
        super().__init__(session)
        self.aufgabe_id = aufgabe_id
        aufgabe = self._aufgabe()
        self._seen: dict[MassnahmeField, tuple[str, int]] = {}
        if aufgabe is not None:
            self._seen = {name: (shown_value(aufgabe, name), aufgabe.massnahme.version(name)) for name in TYPED}
        self._drafts: dict[MassnahmeField, DraftSlot] = {}
        hold_keys(self)

    def _aufgabe(self) -> Aufgabe | None:
        found = self.session.document.find_aufgabe(self.aufgabe_id)
        return found[1] if found else None

    def compose(self) -> ComposeResult:
        """Header, title, hint, the fields, the status, footer."""
        yield self.header()
        aufgabe = self._aufgabe()
        with VerticalScroll(classes="event-form massnahme-form"):
            yield Static(Content(sheet_title(aufgabe) if aufgabe else ""), classes="screen-question massnahme-title")
            yield Static(Content(t("massnahme.hint")), classes="massnahme-hint")
            for name in TYPED:
                with Horizontal(classes="sheet-row"):
                    yield Label(Content(t(f"massnahme.field.{name}")), classes="sheet-label")
                    field = LineInput(placeholder=t("empty"), compact=True)  # an empty field shows it is one
                    field.id = f"massnahme-{name}"
                    field.value = self._seen.get(name, ("", 0))[0]
                    field.line_handler = partial(self._entered, name)
                    yield field
                if name == "thg":
                    yield Static(classes="field-error", id="massnahme-thg-error")
            with Horizontal(classes="sheet-row"):
                yield Label(Content(t("massnahme.field.status")), classes="sheet-label")
                yield StatusChoice(
                    ("", *STATUSES), lambda s: status_label(s) or t("massnahme.no_status"), id="massnahme-status"
                )
            yield Static(Content(t("massnahme.status_hint")), classes="massnahme-hint")
            yield Static(Content(t("massnahme.parts_hint")), classes="massnahme-hint")
        yield Footer(compact=True)

    def field(self, name: MassnahmeField) -> LineInput:
        """The input of a typed field."""
        return self.query_one(f"#massnahme-{name}", LineInput)

    @property
    def status(self) -> StatusChoice:
        """The status choice."""
        return self.query_one("#massnahme-status", StatusChoice)

    def on_mount(self) -> None:
        """Offer the drafts back, follow every change, start in the first field."""
        offered = False
        for name in TYPED:
            field = self.field(name)
            slot = self._drafts[name] = self.session.draft_slot(("massnahme", self.aufgabe_id, name), field.value)
            if slot.text:
                field.value = slot.text
                field.cursor_position = len(slot.text)
                offered = True
            field.value_handler = partial(self._typed, name)
        self._check_number(self.field("thg").value)
        aufgabe = self._aufgabe()
        self.status.show(aufgabe.massnahme.status if aufgabe else "")
        self.status.chosen = self._chose_status
        if offered:
            self.notify(t("draft.offered"), timeout=3)
        self.set_focus(self.field(TYPED[0]), scroll_visible=False)
        release_keys(self)

    # --- typing and saving ------------------------------------------------------

    def _typed(self, name: MassnahmeField, value: str) -> None:
        if name in self._drafts:
            self._drafts[name].keep(value)
        if name == "thg":
            self._check_number(value)

    def _check_number(self, value: str) -> bool:
        """Say under the THG field whether what is typed is a number; True if it is (or empty)."""
        error = self.query_one("#massnahme-thg-error", Static)
        try:
            read_tonnes(value)
        except ValueError:
            error.update(Content(t("massnahme.bad_number", text=value)))
            error.display = True
            return False
        error.display = False
        return True

    def _save(self, name: MassnahmeField) -> bool:
        """Save a typed field if it was changed here; False if it cannot be (a bad number, a refused change)."""
        value = self.field(name).value
        seen_text, seen_version = self._seen[name]
        if value == seen_text:
            self._drafts[name].forget()
            return True
        if name == "thg":
            if not self._check_number(value):
                self.app.bell()
                return False
            if not self.session.apply(SetMassnahme(self.aufgabe_id, "thg", read_tonnes(value), seen_version)):
                return False
        elif not self.session.apply(SetMassnahme(self.aufgabe_id, name, value, seen_version)):
            return False
        self._drafts[name].forget()
        self._drafts[name].save()
        self._show(name)
        return True

    def _show(self, name: MassnahmeField) -> None:
        """Show the field as the file has it now, and remember that as what the person saw."""
        aufgabe = self._aufgabe()
        if aufgabe is None:
            return
        value = shown_value(aufgabe, name)
        self._seen[name] = (value, aufgabe.massnahme.version(name))
        field = self.field(name)
        if field.value != value:
            self._drafts[name] = self.session.draft_slot(("massnahme", self.aufgabe_id, name), value)
            field.value = value
            field.cursor_position = len(value)

    def _entered(self, name: MassnahmeField, _text: str) -> None:
        if self.is_current:
            self.action_move(1)

    def _chose_status(self, status: str) -> None:
        aufgabe = self._aufgabe()
        if aufgabe is not None and status != aufgabe.massnahme.status:
            self.session.apply(SetMassnahme(self.aufgabe_id, "status", status, aufgabe.massnahme.version("status")))

    def action_move(self, step: int) -> None:
        """Tab, Enter, shift+Tab: save the field being left, then go to the next (previous) one."""
        focused = self.focused
        name = next((known for known in TYPED if focused is not None and focused.id == f"massnahme-{known}"), None)
        if name is not None and not self._save(name):
            return
        if step > 0:
            self.focus_next()
        else:
            self.focus_previous()

    # --- following the file -----------------------------------------------------

    def refresh_view(self) -> None:
        """Show fields others changed that are not being changed here, and the status."""
        aufgabe = self._aufgabe()
        if aufgabe is None or not self._drafts:
            return
        for name in TYPED:
            if self.field(name).value == self._seen[name][0]:
                self._show(name)
        self.status.show(aufgabe.massnahme.status)
        self.query_one(".massnahme-title", Static).update(Content(sheet_title(aufgabe)))

    def lost_place(self) -> str | None:
        """The Aktion whose sheet is open was deleted."""
        if self._aufgabe() is None:
            return t("held.aufgabe_gone")
        return super().lost_place()

    def leave_lost_place(self) -> None:
        """Close the sheet of a deleted Aktion."""
        if self._aufgabe() is None and self.app.screen is self:
            self.dismiss()

    def action_back(self) -> None:
        """Escape: close; what is typed and not saved stays as a draft (and is said so)."""
        unsaved = [name for name in TYPED if name in self._seen and self.field(name).value != self._seen[name][0]]
        if unsaved:
            self.session.drafts.save()
            fields = ", ".join(t(f"massnahme.field.{name}") for name in unsaved)
            self.notify(t("massnahme.draft_kept", fields=fields), severity="warning")
        self.dismiss()


def open_massnahme(screen: SessionScreen, aufgabe: Aufgabe | None) -> None:
    """``M``: open the Maßnahmenblatt of an Aktion (an Aufgabe outside the plan has none: said so)."""
    if aufgabe is None:
        screen.app.bell()
        return
    if aufgabe.aktion is None:
        number = screen.session.numbering.aufgabe.get(aufgabe.id, 0)
        screen.notify(t("massnahme.not_aktion", n=number), severity="warning")
        return
    screen.app.push_screen(MassnahmeScreen(screen.session, aufgabe.id))
