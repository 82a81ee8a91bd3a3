"""The problem list: the Aufgaben of the current workshop, with their Aktionsplan marks."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets import Footer, Static

from faktor4_tui.i18n import t
from faktor4_tui.session import Session
from faktor4_tui.session.lists import AufgabenSource
from faktor4_tui.store.ops import AddVotes, MoveAktion, ToggleAktion
from faktor4_tui.store.plans import propose_plan
from faktor4_tui.ui.input.router import hold_keys, release_keys
from faktor4_tui.ui.screens.base import SessionScreen
from faktor4_tui.ui.widgets.keylist import KeyList

if TYPE_CHECKING:  # the deck loads with the presentation, not at start-up
    from faktor4_tui.deck.slides import SlideKey

PLAN_LIMIT = 4
LIST_ACTIONS = ("open", "toggle_plan", "vote", "sort", "propose", "move_aktion", "massnahme", "massnahmen")


def _key(key: str, action: str, name: str, show: bool = False, group: Binding.Group | None = None) -> Binding:
    """A priority binding of the problem list, described by key.NAME and key.NAME.tip."""
    return Binding(
        key,
        action,
        t(f"key.{name}"),
        show=show,
        priority=True,
        id=f"problems.{name}",
        tooltip=t(f"key.{name}.tip"),
        group=group,
    )


# The footer shows "< > Aktion verschieben" once; the help lists both keys with their meaning.
PLAN_MOVE = Binding.Group(t("key.aktion_move"), compact=True)


class ProblemScreen(SessionScreen):
    """ "Wo sehen Sie die drängendsten Probleme und Aufgaben?" as a keyboard list."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", t("key.open"), priority=True, id="problems.open", tooltip=t("key.open.tip")),
        Binding("space,x", "toggle_plan", t("key.plan"), priority=True, id="problems.plan", tooltip=t("key.plan.tip")),
        _key("plus", "vote(1)", "vote_add"),
        _key("minus", "vote(-1)", "vote_remove"),
        _key("s", "sort", "sort"),
        _key("V", "propose", "propose"),
        _key("less_than_sign", "move_aktion(-1)", "aktion_earlier", show=True, group=PLAN_MOVE),
        _key("greater_than_sign", "move_aktion(1)", "aktion_later", show=True, group=PLAN_MOVE),
        _key("M", "massnahme", "massnahme"),
        _key("T", "massnahmen", "massnahmen", show=True),
    ]

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.source = AufgabenSource(session)
        hold_keys(self)

    def compose(self) -> ComposeResult:
        """Header, question, plan warning, the list, footer."""
        yield self.header()
        yield Static(Content(t("problems.question")), classes="screen-question")
        yield Static(classes="plan-warning")
        yield Static(Content(t("votes.sorted_hint")), classes="list-mode")
        yield KeyList(self.source, marks=True, id="aufgaben")
        yield Footer(compact=True)

    @property
    def keylist(self) -> KeyList:
        """The Aufgaben list."""
        return self.query_one("#aufgaben", KeyList)

    def on_mount(self) -> None:
        """Start on the list."""
        self.keylist.focus_list()
        self.refresh_view()
        release_keys(self)

    def on_screen_resume(self) -> None:
        """Back from an Aufgabe or dialog: show the latest state, keys go to the list."""
        self.refresh_view()
        self.keylist.focus_list()

    def refresh_view(self) -> None:
        """Show the current document (after a save, a reload or a workshop switch)."""
        self.keylist.refresh_rows()
        workshop = self.session.workshop
        count = len(workshop.plan) if workshop else 0
        warning = self.query_one(".plan-warning", Static)
        warning.display = count > PLAN_LIMIT
        warning.update(Content(t("plan.more_than_four", n=count)))
        self.query_one(".list-mode", Static).display = self.source.by_votes

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Open, plan and vote keys act on the list, not while typing."""
        if action in LIST_ACTIONS:
            return self.app.focused is self.keylist.options
        return True

    def action_open(self, aufgabe_id: int | None = None) -> None:
        """Open the Aufgabe under the cursor with its six panes."""
        from faktor4_tui.ui.screens.aufgabe import AufgabeScreen  # with the deck: not needed at start-up

        row = self.keylist.current
        target = aufgabe_id if aufgabe_id is not None else (row.id if row else None)
        if target is not None:
            self.app.push_screen(AufgabeScreen(self.session, target))

    def on_key_list_chosen(self, event: KeyList.Chosen) -> None:
        """A click on an Aufgabe opens it."""
        self.action_open(event.row_id)

    def action_toggle_plan(self) -> None:
        """Put the Aufgabe into the Aktionsplan or take it out; warn beyond four Aktionen."""
        row = self.keylist.current
        if row is None or not self.session.apply(ToggleAktion(row.id)):
            return
        workshop = self.session.workshop
        if workshop is not None and len(workshop.plan) > PLAN_LIMIT:
            self.notify(t("plan.more_than_four", n=len(workshop.plan)), severity="warning")

    def action_move_aktion(self, step: int) -> None:
        """< / >: the Aktion under the cursor one place earlier or later in the plan; the list stays."""
        row = self.keylist.current
        workshop = self.session.workshop
        aufgabe = workshop.aufgabe(row.id) if workshop and row else None
        if workshop is None or aufgabe is None:
            return
        if aufgabe.aktion is None:
            self.notify(t("plan.not_aktion", n=self.session.numbering.aufgabe[aufgabe.id]), severity="warning")
            return
        if not 1 <= aufgabe.aktion + step <= len(workshop.plan):
            key = "plan.already_first" if step < 0 else "plan.already_last"
            self.notify(t(key, k=aufgabe.aktion), severity="warning")
            return
        if self.session.apply(MoveAktion(aufgabe.id, step)):
            moved = self.session.workshop.aufgabe(aufgabe.id) if self.session.workshop else None
            if moved is not None and moved.aktion is not None:
                number = self.session.numbering.aufgabe[moved.id]
                self.notify(t("plan.moved", n=number, k=moved.aktion), timeout=2)

    def action_massnahme(self) -> None:
        """M: the Maßnahmenblatt of the Aktion under the cursor."""
        from faktor4_tui.ui.screens.massnahme import open_massnahme

        row = self.keylist.current
        workshop = self.session.workshop
        open_massnahme(self, workshop.aufgabe(row.id) if workshop and row else None)

    def action_massnahmen(self) -> None:
        """T: the Maßnahmen of all rooms."""
        from faktor4_tui.ui.screens.massnahmen import MassnahmenScreen

        self.app.push_screen(MassnahmenScreen(self.session))

    def action_vote(self, step: int) -> None:
        """+ / -: one dot vote more or less for the Aufgabe under the cursor (never below zero)."""
        row = self.keylist.current
        workshop = self.session.workshop
        aufgabe = workshop.aufgabe(row.id) if workshop and row else None
        if aufgabe is None or aufgabe.votes + step < 0:
            self.app.bell()
            return
        self.session.apply(AddVotes(aufgabe.id, step))  # an increment: votes of several people add up

    def action_sort(self) -> None:
        """s: show the list most votes first, or back in list order (a view; nothing is saved)."""
        self.source.by_votes = not self.source.by_votes
        self.refresh_view()

    def action_propose(self) -> None:
        """V: the top four by votes become the Aktionsplan, in one undo step."""
        workshop = self.session.workshop
        if workshop is None or not any(a.votes for a in workshop.aufgaben):
            self.notify(t("votes.none"), severity="warning")
            return
        if self.session.apply(propose_plan(workshop, PLAN_LIMIT)):
            numbers = self.session.numbering
            plan = self.session.workshop.plan if self.session.workshop else ()
            listed = ", ".join(t("aufgabe.label", n=numbers.aufgabe[a.id]) for a in plan)
            self.notify(t("votes.proposed", aufgaben=listed))

    def slide_key(self) -> SlideKey:
        """Where a presentation started here begins: the problem list slide."""
        from faktor4_tui.deck.keys import slide_key_for  # the deck loads with the presentation

        return slide_key_for(self.session.workshop_id)
