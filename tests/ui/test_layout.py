"""Capture polish at 80×24: wrapped rows hang under their text, titles shortened with "…", help in columns."""

from __future__ import annotations

from textual.content import Content

from faktor4_tui.i18n import question
from faktor4_tui.session import Session
from faktor4_tui.store import Store
from faktor4_tui.ui.app import Faktor4App
from faktor4_tui.ui.input.wrap_input import WrapInput, row_count, row_starts
from faktor4_tui.ui.screens.aufgabe import AufgabeScreen
from faktor4_tui.ui.screens.help import HelpScreen
from faktor4_tui.ui.widgets.hanging import HangingRow, shorten
from faktor4_tui.ui.widgets.keylist import KeyList
from tests.ui.helpers import entries, type_text

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


def test_the_add_field_lays_words_out_in_rows() -> None:
    text = "Ein sehr langer Satz, den die Gruppe gesagt hat"
    starts = row_starts(text, 20)
    rows = [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
    assert rows == ["Ein sehr langer ", "Satz, den die Gruppe ", "gesagt hat"]  # the space ending a row is not drawn
    assert all(not row.startswith(" ") for row in rows)
    folded = row_starts("Donaudampfschifffahrtsgesellschaft ist lang", 20)
    assert folded == [0, 20, 39]  # "Donaudampfschifffahr" "tsgesellschaft ist " "lang"
    assert row_count("x" * 20, 20) == 2  # the cursor after a full row has a row of its own


async def test_a_long_statement_wraps_in_the_add_field_and_enter_still_saves(demo_store: Store) -> None:
    long = "Ein sehr langer Satz, den die Gruppe gesagt hat und der nicht in eine einzige Zeile passt, am Ende"
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, AufgabeScreen)
        await pilot.press("a")
        await type_text(pilot, long)
        pane = app.screen.panes[0]
        editor = pane.editor
        assert isinstance(editor, WrapInput) and editor.value == long
        assert editor.size.height > 1 and editor.scroll_offset.x == 0
        rows = screen_lines(app)
        assert any("Ein sehr langer Satz" in row for row in rows)  # the start stays in sight
        assert any("am Ende" in row for row in rows)
        await pilot.press("up")
        assert editor.cursor_position < len(long) and editor.size.height > 1
        await type_text(pilot, "\n")
        assert (long, False) in entries(demo_store.path, app.screen.aufgabe_id, "loesungen")
        assert pane.mode == "add" and editor.value == ""  # open for the next line, as high as its hint
        assert editor.size.height == len(row_starts(editor.placeholder, editor.scrollable_content_region.width))
        await type_text(pilot, "kurz\n")
        assert ("kurz", False) in entries(demo_store.path, app.screen.aufgabe_id, "loesungen")
        await pilot.press("escape")
        assert pane.mode is None


async def test_a_click_in_the_wrapped_field_puts_the_cursor_there(demo_store: Store) -> None:
    long = "eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn"
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("enter", "a")
        await type_text(pilot, long)
        editor = app.screen.panes[0].editor
        starts = row_starts(long, editor.scrollable_content_region.width)
        assert len(starts) > 2 and editor.scroll_offset.y == 0
        await pilot.click(editor, offset=(3, 1))
        assert editor.cursor_position == starts[1] + 3
        await pilot.press("down")
        assert editor.cursor_position == starts[2] + 3
        await type_text(pilot, "X")
        assert editor.value == long[: starts[2] + 3] + "X" + long[starts[2] + 3 :]
