"""The Maßnahmen of all rooms: room, Aktion, Aufgabe, Verantwortlich, Status, THG-Minderung.

``s`` sorts by room and Aktion, by status, or by THG-Minderung (largest first); below the table the
sum and, where the event holds a baseline (``b`` sets it), the share of the Faktor-4 reduction it
reaches: sum ÷ (0.75 × baseline). Enter opens the Maßnahmenblatt of the row.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets import DataTable, Footer, Static

from faktor4_tui.deck.massnahmen import SORTS, OverviewSort, goal_line, overview, read_tonnes, status_label, tonnes
from faktor4_tui.i18n import t
from faktor4_tui.session import Session
from faktor4_tui.store.ops import SetAusgangswert
from faktor4_tui.ui.input.router import hold_keys, release_keys
from faktor4_tui.ui.screens.base import SessionScreen
from faktor4_tui.ui.screens.massnahme import MassnahmeScreen
from faktor4_tui.ui.screens.prompt import TextPrompt

AKTION_WIDTH, STATUS_WIDTH, THG_WIDTH = 6, 14, 10


def _key(key: str, action: str, name: str, show: bool = True) -> Binding:
    return Binding(
        key, action, t(f"key.{name}"), show=show, priority=True, id=f"massnahmen.{name}", tooltip=t(f"key.{name}.tip")
    )


class MassnahmenScreen(SessionScreen):
    """The overview across all rooms, sortable, with the sum against the Faktor-4 goal."""

    BINDINGS: ClassVar[list[BindingType]] = [
        _key("s", "sort", "massnahmen_sort"),
        _key("b", "baseline", "baseline"),
        _key("escape", "back", "back"),
    ]

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.sort: OverviewSort = "aktion"
        self.row_ids: list[int] = []
        hold_keys(self)

    def compose(self) -> ComposeResult:
        """Header, title, sort line, the table, the sum, footer."""
        yield self.header()
        yield Static(Content(t("massnahme.heading")), classes="screen-question")
        yield Static(classes="list-mode massnahmen-sort")
        table: DataTable[Text] = DataTable(id="massnahmen-table", cursor_type="row", zebra_stripes=True)
        yield table
        yield Static(classes="massnahmen-total", id="massnahmen-total")
        yield Footer(compact=True)

    @property
    def table(self) -> DataTable[Text]:
        """The overview's table."""
        table: DataTable[Text] = self.query_one("#massnahmen-table", DataTable)
        return table

    def on_mount(self) -> None:
        """Columns, rows, focus on the table."""
        self.refresh_view()
        self.table.focus()
        release_keys(self)

    def on_resize(self) -> None:
        """The columns share the new width."""
        self.refresh_view()

    def _columns(self) -> None:
        """The six columns; room, Aufgabe and Verantwortlich share what the others leave of the width."""
        table = self.table
        rest = max(30, self.size.width - AKTION_WIDTH - STATUS_WIDTH - THG_WIDTH - 2 * 6 - 2)
        room, verantwortlich = rest // 5, rest * 3 // 10
        widths = (room, AKTION_WIDTH, rest - room - verantwortlich, verantwortlich, STATUS_WIDTH, THG_WIDTH)
        titles = (
            *("massnahme.col.room", "massnahme.col.aktion", "massnahme.col.aufgabe"),
            *("massnahme.field.verantwortlich", "massnahme.field.status", "massnahme.col.thg"),
        )
        table.clear(columns=True)
        for title, width in zip(titles, widths, strict=True):
            table.add_column(Text(t(title)), width=width)

    def on_screen_resume(self) -> None:
        """Back from a sheet: show what changed."""
        self.refresh_view()

    def refresh_view(self) -> None:
        """Rows in the chosen order (the cursor stays on its Aktion), the sort line and the sum."""
        table = self.table
        document = self.session.document
        current = self.row_ids[table.cursor_row] if 0 <= table.cursor_row < len(self.row_ids) else None
        rows = overview(document, self.sort)
        self._columns()
        self.row_ids = [row.aufgabe_id for row in rows]
        for row in rows:
            sheet = row.massnahme
            table.add_row(
                Text(row.room),
                Text(str(row.aktion), justify="right"),
                Text(row.text),
                Text(sheet.verantwortlich),
                Text(status_label(sheet.status)),
                Text(tonnes(sheet.thg), justify="right"),
            )
        if current in self.row_ids:
            table.move_cursor(row=self.row_ids.index(current))
        self.query_one(".massnahmen-sort", Static).update(Content(t(f"massnahme.sorted.{self.sort}")))
        text = goal_line(document) if rows else t("massnahme.none")
        self.query_one("#massnahmen-total", Static).update(Content(text))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """Enter: the Maßnahmenblatt of the row."""
        if 0 <= event.cursor_row < len(self.row_ids):
            self.app.push_screen(MassnahmeScreen(self.session, self.row_ids[event.cursor_row]))

    def action_sort(self) -> None:
        """s: the next order (room and Aktion, status, THG-Minderung)."""
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        self.refresh_view()

    def action_baseline(self) -> None:
        """b: ask for the event's Ausgangswert (t CO₂e per year)."""
        event = self.session.document.event
        seen = event.version("ausgangswert")
        prompt = TextPrompt(t("massnahme.field.ausgangswert"), tonnes(event.ausgangswert), t("massnahme.baseline_hint"))
        self.app.push_screen(prompt, lambda text: self._baseline(text, seen))

    def _baseline(self, text: str | None, seen: int) -> None:
        if text is None:
            return
        try:
            value = read_tonnes(text)
        except ValueError:
            self.notify(t("massnahme.bad_number", text=text), severity="error")
            return
        self.session.apply(SetAusgangswert(value, seen))

    def action_back(self) -> None:
        """Back."""
        self.dismiss()
