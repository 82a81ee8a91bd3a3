"""Hostile text through the real app: pasted and typed into the add line, stored sanitized, shown literally
in the lists and in the presentation; markup never acts (a click on "[@click=app.quit]x[/]" quits nothing)."""

from __future__ import annotations

from textual.geometry import Region

from faktor4_tui.model import sanitize
from faktor4_tui.session import Session
from faktor4_tui.store import Store
from faktor4_tui.ui.app import Faktor4App
from tests.reliability.helpers import assert_clean, check_file
from tests.reliability.hostile import HOSTILE
from tests.reliability.stats import count
from tests.reliability.tui import (
    SIZE,
    check_app_matches_file,
    file_aufgaben,
    file_entries,
    send_paste,
    send_text,
    settle,
)

# Characters a terminal could deliver as keys of their own: control characters arrive as
# escape sequences and key names, never as text, so only printable texts are typed key by key.
TYPABLE = [(name, text) for name, text in HOSTILE if text.isprintable() and text.strip() and len(text) <= 2_000]


def expected_lines(text: str) -> list[str]:
    """What a paste into the (continuous) add line followed by Enter must save: one entry per line."""
    return [sanitize(line) for line in text.splitlines() if line.strip() and sanitize(line)]


def rendered(widget) -> str:
    """The characters the widget puts on screen, all its rows joined, without spaces."""
    strips = widget.render_lines(Region(0, 0, widget.size.width, widget.size.height))
    return "".join("".join(strip.text for strip in strips).split())


def _bare(text: str) -> str:
    return "".join(text.split())


def _without_marker(row: str) -> str:
    """A rendered slide row without its bullet or highlight marker column."""
    from faktor4_tui.ui.widgets.slide_rows import BULLET, HIGHLIGHT

    return row[2:] if row[:1] in (BULLET, HIGHLIGHT) and row[1:2] == " " else row


async def _reopen_add_line(app: Faktor4App, pilot) -> None:
    pane = app.screen.query_one("#pane-loesungen")
    if pane.mode == "add" and not pane.editor.value:
        return
    if pane.mode == "add":
        await pilot.press("escape")  # drop a line that could not be saved
    await pilot.press("a")
    await settle(pilot)


async def test_every_hostile_text_pasted_shows_literally_in_pane_and_presentation(demo_store: Store) -> None:
    path = demo_store.path
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "1", "a")
        await settle(pilot)
        aufgabe = app.screen.aufgabe_id
        for name, text in HOSTILE:
            before = {i for i, _, _ in file_entries(check_file(path), aufgabe, "loesungen")}
            send_paste(app, text)
            send_text(app, "\n")
            await settle(pilot)
            data = check_app_matches_file(app, path)
            added = [t for i, t, _ in file_entries(data, aufgabe, "loesungen") if i not in before]
            assert added == expected_lines(text), f"{name}: stored {added!r}"
            for stored in added:
                assert_clean(stored)
            if not added and text.strip():  # nothing left after sanitizing: a sentence, the line kept
                assert app.session.status.kind == "error", name
            count("tui_hostile_typed")
            await _reopen_add_line(app, pilot)
        await pilot.press("escape")
        stored = {i: t for i, t, _ in file_entries(check_file(path), aufgabe, "loesungen")}
        await _check_presentation(app, pilot, stored)
        assert app.return_code is None


async def _check_presentation(app: Faktor4App, pilot, stored: dict[int, str]) -> None:
    from faktor4_tui.ui.screens.present import PresentScreen
    from faktor4_tui.ui.widgets.slide_body import SlideBody
    from faktor4_tui.ui.widgets.slide_rows import row_text

    await pilot.press("f5")
    await settle(pilot)
    screen = app.screen
    assert isinstance(screen, PresentScreen)
    seen: dict[int, str] = {}
    for index in range(screen.cursor.total):
        screen.go(index)
        await settle(pilot)
        slide = screen.cursor.current
        lines = [line for block in slide.blocks for line in block.lines]
        body = screen.query_one(SlideBody)
        texts = [row_text(row) for row in body.rows]
        on_screen = _bare("".join(_without_marker(strip.text) for strip in body.lines()))
        expected = "".join(_bare(text) for text in texts)
        assert on_screen == expected, f"slide {index + 1} shows {on_screen[:80]!r} for {expected[:80]!r}"
        assert not any(ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F for c in on_screen)
        for line in lines:
            if line.entry_id in stored:  # an entry taller than the slide continues on the next ones
                assert line.text in stored[line.entry_id]
                assert any(text.endswith(line.text) for text in texts), f"slide {index + 1} lacks {line.text[:60]!r}"
                seen[line.entry_id] = seen.get(line.entry_id, "") + line.text if line.continued else line.text
    assert seen == stored, "an entry never appeared in the presentation"
    await pilot.press("escape")


async def test_printable_hostile_texts_typed_key_by_key(demo_store: Store) -> None:
    """Typed as a fast typist (one key per character, in one burst): stored and listed exactly."""
    app = Faktor4App(Session(demo_store))
    path = demo_store.path
    workshop = int(next(iter(check_file(path)["workshops"])))
    async with app.run_test(size=SIZE) as pilot:
        send_text(app, "a")
        for _name, text in TYPABLE:
            send_text(app, text + "\n")
        await settle(pilot)
        data = check_app_matches_file(app, path)
        typed = [text for _, text in file_aufgaben(data, workshop)][-len(TYPABLE) :]
        assert typed == [sanitize(text) for _, text in TYPABLE]
        count("tui_hostile_typed", len(TYPABLE))


async def test_clicking_markup_text_does_nothing(demo_store: Store) -> None:
    from faktor4_tui.ui.widgets.slide_body import SlideBody

    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "1", "a")
        send_paste(app, "[@click=app.quit]x[/]")
        send_text(app, "\n")
        await settle(pilot)
        await pilot.press("escape")
        pane = app.screen.query_one("#pane-loesungen")
        options = pane.options
        last = options.option_count - 1
        options.highlighted = last
        options.scroll_to_highlight()
        await settle(pilot)
        row_y = options.region.y + last - int(options.scroll_offset.y)
        for x in range(options.region.x, options.region.x + 40, 3):  # label and text
            await pilot.click(offset=(x, row_y))
            assert app.return_code is None, "a click on the row quit the app"
        await pilot.press("escape", "f5")  # the presentation: Lösungen of Aufgabe 1, the entry on a slide
        await settle(pilot)
        screen = app.screen
        body = screen.query_one(SlideBody)
        for _ in range(screen.cursor.total):
            if "[@click=app.quit]x[/]" in body.text:
                break
            await pilot.press("right")
        rows = [y for y, strip in enumerate(body.lines()) if "[@click=app.quit]x[/]" in strip.text]
        assert rows, "the entry is not on any slide"
        region = body.content_region
        for x in range(region.x, region.x + 40, 3):
            await pilot.click(offset=(x, region.y + rows[0] - int(body.scroll_offset.y)))
        assert app.return_code is None and app.is_running, "a click in the presentation quit the app"
