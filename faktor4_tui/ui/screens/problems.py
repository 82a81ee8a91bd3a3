"""The problem list: the Aufgaben of the current workshop, with their Aktionsplan marks."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static

from faktor4_tui.i18n import t

from faktor4_tui.store.plans import propose_plan
from faktor4_tui.ui.sources import AufgabenSource
from faktor4_tui.ui.widgets.keylist import KeyList
from faktor4_tui.ui.widgets.status import StatusHeader
from faktor4_tui.store.ops import SetVotes, ToggleAktion

if TYPE_CHECKING:
    from faktor4_tui.deck.slides import SlideKey

PLAN_LIMIT = 4
LIST_ACTIONS = ("open", "toggle_plan", "vote", "sort", "propose")


def _key(key: str, action: str, name: str, show: bool = False) -> Binding:
    """A priority binding of the problem list, described by key.NAME and key.NAME.tip."""
    return Binding(key, action, t(f"key.{name}"), show=show, priority=True, id=f"problems.{name}",
                   tooltip=t(f"key.{name}.tip"))


class ProblemScreen(Screen[None]):
    """"Wo sehen Sie die drängendsten Probleme und Aufgaben?" as a keyboard list."""

    ready = False  # True once the first widget has focus; the app holds keys until then

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", t("key.open"), priority=True, id="problems.open", tooltip=t("key.open.tip")),
        Binding("space,x", "toggle_plan", t("key.plan"), priority=True, id="problems.plan", tooltip=t("key.plan.tip")),
        _key("plus", "vote(1)", "vote_add"),
        _key("minus", "vote(-1)", "vote_remove"),
        _key("s", "sort", "sort"),
        _key("V", "propose", "propose"),
    ]

    def compose(self):  # noqa: ANN201 - Textual compose
        """Header, question, plan warning, the list, footer."""
        yield StatusHeader(classes="status-header")
        yield Static(Content(t("problems.question")), classes="screen-question")
        yield Static(classes="plan-warning")
        yield Static(Content(t("votes.sorted_hint")), classes="list-mode")
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
        self.query_one(".list-mode", Static).display = self.keylist.source.by_votes  # type: ignore[attr-defined]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Open, plan and vote keys act on the list, not while typing."""
        if action in LIST_ACTIONS:
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
        if row is None or not self.app.apply(ToggleAktion(id=row.id)):  # type: ignore[attr-defined]
            return
        workshop = self.app.workshop  # type: ignore[attr-defined]
        if workshop is not None and len(workshop.plan) > PLAN_LIMIT:
            self.notify(t("plan.more_than_four", n=len(workshop.plan)), severity="warning")

    def action_vote(self, step: int) -> None:
        """+ / -: one dot vote more or less for the Aufgabe under the cursor (never below zero)."""
        row = self.keylist.current
        workshop = self.app.workshop  # type: ignore[attr-defined]
        aufgabe = workshop.aufgabe(row.id) if workshop and row else None
        if aufgabe is None or aufgabe.votes + step < 0:
            self.app.bell()
            return
        self.app.apply(SetVotes(id=aufgabe.id, votes=aufgabe.votes + step))  # type: ignore[attr-defined]

    def action_sort(self) -> None:
        """s: show the list most votes first, or back in list order (a view; nothing is saved)."""
        source = self.keylist.source
        source.by_votes = not source.by_votes  # type: ignore[attr-defined]
        self.refresh_view()

    def action_propose(self) -> None:
        """V: the top four by votes become the Aktionsplan, in one undo step."""
        workshop = self.app.workshop  # type: ignore[attr-defined]
        if workshop is None or not any(a.votes for a in workshop.aufgaben):
            self.notify(t("votes.none"), severity="warning")
            return
        if self.app.apply(propose_plan(workshop, PLAN_LIMIT)):  # type: ignore[attr-defined]
            numbers = self.app.numbering  # type: ignore[attr-defined]
            plan = self.app.workshop.plan  # type: ignore[attr-defined]
            listed = ", ".join(t("aufgabe.label", n=numbers.aufgabe[a.id]) for a in plan)
            self.notify(t("votes.proposed", aufgaben=listed))

    def slide_key(self) -> SlideKey:
        """Where a presentation started here begins: the problem list slide."""
        from faktor4_tui.deck.keys import slide_key_for  # the deck loads with the presentation

        return slide_key_for(self.app.workshop_id)  # type: ignore[attr-defined]
