"""Capture polish at 80×24: wrapped rows hang under their text, titles shortened with "…", help in columns."""

from __future__ import annotations

from textual.content import Content

from faktor4_tui.i18n import question
from faktor4_tui.session import Session
from faktor4_tui.store import Store
from faktor4_tui.ui.app import Faktor4App
from faktor4_tui.ui.screens.aufgabe import AufgabeScreen
from faktor4_tui.ui.screens.help import HelpScreen
from faktor4_tui.ui.widgets.hanging import HangingRow, shorten
from faktor4_tui.ui.widgets.keylist import KeyList

SMALL = (80, 24)


def screen_lines(app: Faktor4App) -> list[str]:
    """The screen as text rows."""
    return [strip.text for strip in app.screen._compositor.render_strips()]


def test_wrapped_rows_start_under_the_text() -> None:
    row = HangingRow(Content("Lösung 12: "), Content("eins zwei drei vier fünf sechs sieben acht neun zehn"))
    first, *rest = [line.plain for line in row.wrapped(30)]
    assert first.startswith("Lösung 12: eins") and rest
    assert all(line.startswith(" " * 11) and line[11] != " " for line in rest)
    assert " ".join(line.strip() for line in [first.removeprefix("Lösung 12: "), *rest]) == row.text.plain


def test_a_head_wider_than_half_the_row_hangs_by_two_columns() -> None:
    row = HangingRow(Content("Umsetzungsproblem 12: "), Content("eins zwei drei vier fünf sechs sieben"))
    first, *rest = [line.plain for line in row.wrapped(30)]
    assert first.startswith("Umsetzungsproblem 12: eins") and rest
    assert all(line.startswith("  ") and line[2] != " " for line in rest)


def test_shorten_marks_what_it_leaves_out() -> None:
    title = "Welche Probleme müssen für Umsetzung gelöst werden?"
    assert shorten(title, 80) == title
    assert shorten(title, 40) == "Welche Probleme müssen für Umsetzung…"
    assert shorten("Donaudampfschifffahrtsgesellschaft", 10) == "Donaudamp…"
    lines = HangingRow(Content("Aufgabe 7: "), Content("wort " * 40), max_lines=2).wrapped(40)
    assert len(lines) == 2 and lines[-1].plain.endswith("…") and all(line.cell_length <= 40 for line in lines)


async def test_lists_and_panes_hang_and_titles_are_marked_at_80x24(demo_store: Store) -> None:
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        rows = screen_lines(app)
        first = next(i for i, line in enumerate(rows) if "Aufgabe 1:" in line)
        text_column = rows[first].index("Verwaltungsintern")
        assert rows[first + 1][:text_column].strip() == "" and rows[first + 1][text_column] != " "
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, AufgabeScreen)
        pane = app.screen.query_one("#pane-umsetzungsprobleme", KeyList)
        full = question("umsetzungsprobleme")
        assert pane.border_title is not None and pane.border_title != full
        assert str(pane.border_title).endswith("…") and full.startswith(str(pane.border_title)[:-1])
        rows = screen_lines(app)
        assert any(str(pane.border_title) in line for line in rows)
        first = next(i for i, line in enumerate(rows) if "Lösung 1: " in line)
        column = rows[first].index("Lösung 1: ") + len("Lösung 1: ")
        assert rows[first + 1][column - 1] == " " and rows[first + 1][column] != " "


async def test_help_keys_and_descriptions_in_columns(demo_store: Store) -> None:
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        starts = set()
        for widget in app.screen.query(".help-line"):
            shown = widget.render()
            assert isinstance(shown, HangingRow)
            starts.add(shown.head.cell_length)
            lines = shown.wrapped(76)
            assert all(line.plain[: shown.head.cell_length].strip() == "" for line in lines[1:])
        assert len(starts) == 1  # one keys column for every group
