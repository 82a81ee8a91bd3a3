"""The problem list: the Aufgaben of the current workshop, with their Aktionsplan marks."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static

from faktor4_tui.i18n import t
from faktor4_tui.store import op
from faktor4_tui.ui.sources import AufgabenSource
from faktor4_tui.ui.widgets.keylist import KeyList
from faktor4_tui.ui.widgets.status import StatusHeader

if TYPE_CHECKING:
    from faktor4_tui.deck.slides import SlideKey

PLAN_LIMIT = 4


class ProblemScreen(Screen[None]):
    """"Wo sehen Sie die drängendsten Probleme und Aufgaben?" as a keyboard list."""

    ready = False  # True once the first widget has focus; the app holds keys until then

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", t("key.open"), priority=True, id="problems.open", tooltip=t("key.open.tip")),
        Binding("space,x", "toggle_plan", t("key.plan"), priority=True, id="problems.plan", tooltip=t("key.plan.tip")),
    ]

    def compose(self):  # noqa: ANN201 - Textual compose
        """Header, question, plan warning, the list, footer."""
        yield StatusHeader(classes="status-header")
        yield Static(Content(t("problems.question")), classes="screen-question")
        yield Static(classes="plan-warning")
        yield KeyList(AufgabenSource(self.app), marks=True, id="aufgaben")  # type: ignore[arg-type]
        yield Footer(compact=True)

    @property
    def keylist(self) -> KeyList:
        """The Aufgaben list."""
        return self.query_one("#aufgaben", KeyList)

    def on_mount(self) -> None:
        """Start on the list."""
        self.keylist.focus_list()
        self.refresh_view()
        self.ready = True
        self.app.keys_ready()  # type: ignore[attr-defined]

    def on_screen_resume(self) -> None:
        """Back from an Aufgabe or dialog: show the latest state, keys go to the list."""
        self.refresh_view()
        self.keylist.focus_list()

    def refresh_view(self) -> None:
        """Show the current document (after a save, a reload or a workshop switch)."""
        self.keylist.refresh_rows()
        workshop = self.app.workshop  # type: ignore[attr-defined]
        count = len(workshop.plan) if workshop else 0
        warning = self.query_one(".plan-warning", Static)
        warning.display = count > PLAN_LIMIT
        warning.update(Content(t("plan.more_than_four", n=count)))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Open and plan keys act on the list, not while typing."""
        if action in ("open", "toggle_plan"):
            return self.app.focused is self.keylist.options
        return True

    def action_open(self, aufgabe_id: int | None = None) -> None:
        """Open the Aufgabe under the cursor with its six panes."""
        from faktor4_tui.ui.screens.aufgabe import AufgabeScreen

        row = self.keylist.current
        target = aufgabe_id if aufgabe_id is not None else (row.id if row else None)
        if target is not None:
            self.app.push_screen(AufgabeScreen(target))

    def on_key_list_chosen(self, event: KeyList.Chosen) -> None:
        """A click on an Aufgabe opens it."""
        self.action_open(event.row_id)

    def action_toggle_plan(self) -> None:
        """Put the Aufgabe into the Aktionsplan or take it out; warn beyond four Aktionen."""
        row = self.keylist.current
        if row is None or not self.app.apply(op("toggle_aktion", id=row.id)):  # type: ignore[attr-defined]
            return
        workshop = self.app.workshop  # type: ignore[attr-defined]
        if workshop is not None and len(workshop.plan) > PLAN_LIMIT:
            self.notify(t("plan.more_than_four", n=len(workshop.plan)), severity="warning")

    def slide_key(self) -> SlideKey:
        """Where a presentation started here begins: the problem list slide."""
        from faktor4_tui.deck.keys import slide_key_for  # the deck loads with the presentation

        return slide_key_for(self.app.workshop_id)  # type: ignore[attr-defined]
