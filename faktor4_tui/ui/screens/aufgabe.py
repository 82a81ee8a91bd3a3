"""One Aufgabe with its six panes (Lösungen … Sponsoren), each a keyboard list."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Footer, Static

from faktor4_tui.deck.builder import aktion_heading
from faktor4_tui.deck.keys import slide_key_for
from faktor4_tui.deck.slides import SlideKey
from faktor4_tui.i18n import question, t
from faktor4_tui.model import SECTIONS, Aufgabe, Section
from faktor4_tui.session import Session
from faktor4_tui.session.lists import EntrySource
from faktor4_tui.ui.input.router import hold_keys, release_keys
from faktor4_tui.ui.screens.base import SessionScreen
from faktor4_tui.ui.widgets.hanging import HangingRow
from faktor4_tui.ui.widgets.keylist import KeyList, RowOptions


def _key(key: str, action: str, name: str, show: bool = False) -> Binding:
    """A priority binding described by the catalog entries key.NAME and key.NAME.tip."""
    return Binding(
        key, action, t(f"key.{name}"), show=show, priority=True, id=f"aufgabe.{name}", tooltip=t(f"key.{name}.tip")
    )


def _pane_bindings() -> list[BindingType]:
    bindings: list[BindingType] = []
    for index, section in enumerate(SECTIONS):
        short = t(f"section.{section}.short")
        bindings.append(
            Binding(
                str(index + 1),
                f"pane({index})",
                t("key.pane") if index == 0 else short,
                priority=True,
                show=index == 0,
                key_display="1–6" if index == 0 else None,
                id=f"aufgabe.pane{index + 1}",
                tooltip=t("key.pane.tip", n=index + 1, name=short),
            )
        )
    return bindings


class AufgabeScreen(SessionScreen):
    """The six panes of one Aufgabe; 1–6 jump, tab cycles, [ ] switch Aufgabe, escape goes back."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *_pane_bindings(),
        _key("tab", "cycle(1)", "next_pane"),
        _key("shift+tab", "cycle(-1)", "prev_pane"),
        _key("left_square_bracket", "switch(-1)", "prev_aufgabe"),
        _key("right_square_bracket", "switch(1)", "next_aufgabe"),
        _key("escape", "back", "back", show=True),
        _key("M", "massnahme", "massnahme"),
    ]

    def __init__(
        self, session: Session, aufgabe_id: int, section: Section | None = None, entry_id: int | None = None
    ) -> None:
        super().__init__(session)
        self.aufgabe_id = aufgabe_id
        self.pane_index = self.start_pane = SECTIONS.index(section) if section in SECTIONS else 0
        self.start_entry = entry_id
        hold_keys(self)

    def compose(self) -> ComposeResult:
        """Header, the Aufgabe heading, three rows of two panes, footer."""
        yield self.header()
        yield Static(classes="aufgabe-heading")
        with Vertical(classes="panes"):
            for row in range(3):
                with Horizontal(classes=f"pane-row pane-row-{row + 1}"):
                    for section in SECTIONS[row * 2 : row * 2 + 2]:
                        source = EntrySource(self.session, lambda: self.aufgabe_id, section)
                        pane = KeyList(source, id=f"pane-{section}", classes=f"pane pane-{section}")
                        pane.full_title = question(section)
                        pane.border_subtitle = str(SECTIONS.index(section) + 1)
                        yield pane
        yield Footer(compact=True)

    @property
    def panes(self) -> list[KeyList]:
        """The six panes in section order."""
        return [self.query_one(f"#pane-{section}", KeyList) for section in SECTIONS]

    def on_mount(self) -> None:
        """Start in the Lösungen pane (or the pane and entry a search jumped to)."""
        self.refresh_view()
        self.action_pane(self.start_pane)  # auto focus may have moved pane_index meanwhile
        if self.start_entry is not None:
            self.panes[self.pane_index].show_row(self.start_entry)
        release_keys(self)

    def _aufgabe(self) -> Aufgabe | None:
        workshop = self.session.workshop
        return workshop.aufgabe(self.aufgabe_id) if workshop else None

    def refresh_view(self) -> None:
        """Show the latest document (if this Aufgabe was deleted elsewhere, the app holds the keys and leaves)."""
        aufgabe = self._aufgabe()
        if aufgabe is None:
            return
        numbers = self.session.numbering
        heading = aktion_heading(aufgabe, numbers)
        head = heading.removesuffix(aufgabe.text)  # the text hangs under itself, two rows at most
        self.query_one(".aufgabe-heading", Static).update(
            HangingRow(Content(head), Content(heading[len(head) :]), max_lines=2)
        )
        for pane in self.panes:
            pane.refresh_rows()

    def lost_place(self) -> str | None:
        """The Aufgabe typed into was deleted (or an entry being changed in it)."""
        if self._aufgabe() is None:
            return t("held.aufgabe_gone")
        return super().lost_place()

    def leave_lost_place(self) -> None:
        """Back to the problem list if the Aufgabe is gone, else close the editor of the gone entry."""
        if self._aufgabe() is None:
            if self.app.screen is self:  # dismiss() pops the top screen
                self.dismiss()
            return
        super().leave_lost_place()

    def on_screen_resume(self) -> None:
        """Uncovered again (help, event editor, presentation closed): leave if the Aufgabe is gone."""
        if self._aufgabe() is None:
            # Only while on top: Screen.is_current is also true under a dialog, and dismiss() pops the top.
            if self.app.screen is self:
                self.notify(t("app.aufgabe_gone"), severity="warning")
                self.dismiss()
            return
        self.refresh_view()

    def on_descendant_focus(self) -> None:
        """Remember which pane has focus."""
        for index, pane in enumerate(self.panes):
            if pane.has_focus_within:
                self.pane_index = index

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Pane and Aufgabe keys wait while the user types; escape first closes a pane's filter."""
        if action == "cycle":
            return True
        if not isinstance(self.app.focused, RowOptions):
            return False
        if action == "back":
            return not self.panes[self.pane_index].filter_input.display
        return True

    def action_pane(self, index: int) -> None:
        """Jump to pane ``index`` (0-based)."""
        self.pane_index = index % len(SECTIONS)
        self.panes[self.pane_index].focus_list()

    def action_cycle(self, step: int) -> None:
        """Next/previous pane."""
        self.action_pane(self.pane_index + step)

    def action_switch(self, step: int) -> None:
        """Open the previous/next Aufgabe of the list, same pane."""
        workshop = self.session.workshop
        index = workshop.index_of(self.aufgabe_id) if workshop else None
        if workshop is None or index is None or not 0 <= index + step < len(workshop.aufgaben):
            self.app.bell()
            return
        self.aufgabe_id = workshop.aufgaben[index + step].id
        for pane in self.panes:
            if pane.mode:
                pane.close_editor()
        self.refresh_view()
        self.action_pane(self.pane_index)

    def action_massnahme(self) -> None:
        """M: this Aktion's Maßnahmenblatt."""
        from faktor4_tui.ui.screens.massnahme import open_massnahme

        open_massnahme(self, self._aufgabe())

    def action_back(self) -> None:
        """Back to the problem list."""
        self.dismiss()

    def slide_key(self) -> SlideKey:
        """Where a presentation started here begins: the slide showing the focused pane."""
        section = SECTIONS[self.pane_index]
        return slide_key_for(self.session.workshop_id, self.aufgabe_id, section)
